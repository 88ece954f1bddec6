"""Dates typed as people write them, in the officer dialog and elsewhere (issue #12)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Embassy
from hrdesk.gui.common.typed_date_edit import parse_typed_date
from hrdesk.gui.contacts.officer_dialog import OfficerDialog
from hrdesk.services.contacts import ContactLog
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

FEB_4 = QDate(2027, 2, 4)


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("en_US", "2027-02-04", FEB_4),
        ("fr_FR", "2027-2-4", FEB_4),
        ("fr_FR", "4/2/2027", FEB_4),  # day first in French
        ("en_GB", "04/02/2027", FEB_4),
        ("en_US", "4/2/2027", QDate(2027, 4, 2)),  # month first in U.S. English
        ("en_US", "February 4, 2027", FEB_4),
        ("en_US", "4 Feb 2027", FEB_4),
        ("fr_FR", "4 février 2027", FEB_4),
        ("es_ES", "4 de febrero de 2027", FEB_4),
        ("ru_RU", "4 февраля 2027", FEB_4),
        ("ar_EG", "4 February 2027", FEB_4),  # English month names work everywhere
        ("en_US", "2027-02-30", None),
        ("en_US", "next week", None),
    ],
)
def test_typed_dates(qapp: QApplication, locale: str, typed: str, expected: QDate | None) -> None:
    assert parse_typed_date(typed, QLocale(locale)) == expected


def test_officer_dialog_takes_typed_dates(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    log = ContactLog(controller.context.session.vault)
    embassy_id = log.save_embassy(Embassy("Canada"))
    dialog = OfficerDialog(log, None, embassy_id, controller.window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Jane Doe")
    dialog.start.known.setChecked(True)
    for typed in ("2027-02-04", "February 4, 2027", "2/4/2027"):  # the UI language is U.S. English here
        field = dialog.start.edit
        field.setDate(QDate(2020, 1, 1))
        field.setFocus()
        field.lineEdit().selectAll()
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert field.date() == FEB_4, typed
    dialog.save_button.click()
    assert [officer.posting_start for officer in log.officers(embassy_id)] == [dt.date(2027, 2, 4)]
