"""Screenshots of the Today view, an officer's page and an embassy's history, on a FICTIONAL contact log.

Every person, case and place below is invented (the country is the same fictional Arvandia as
the case screenshots). The governments are real, because that is what a user types; nothing
is said about them. Dates are relative to today so Today always has something to show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from hrdesk.gui.context import AppContext
from hrdesk.gui.main_window import MainWindow
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from hrdesk.services.demo import example_contacts

CASE_TITLES = ("Lake Serin fishing cooperative", "Teachers' union, Kessa district")


def _ago(days: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=days)


def _log(context: AppContext) -> tuple[ContactLog, dict[str, int]]:
    """Fill the fictional contact log once per vault; returns the ids the shots open."""
    assert context.session.vault is not None  # noqa: S101
    log = ContactLog(context.session.vault)
    ids: dict[str, int] = {}
    if log.counts()[0]:
        for row in log.officer_rows():
            ids[row.officer.name] = row.officer.id or 0
        for embassy_row in log.embassies():
            ids[embassy_row.embassy.government] = embassy_row.embassy.id or 0
        return log, ids
    cases = CaseService(context.session.vault)
    known = {c.title: c.id for c in cases.list_cases()}
    case_ids = [known.get(title) or cases.create_case(title).id for title in CASE_TITLES]
    lake, teachers = (int(c or 0) for c in case_ids)

    ids.update(example_contacts(context.session.vault, [lake, teachers]))
    return log, ids


def _window(context: AppContext, screen: str) -> MainWindow:
    window = MainWindow(context)
    window.resize(1366, 720)
    window.show_screen(screen)
    return window


def _today(context: AppContext) -> QWidget:
    _log(context)
    window = _window(context, "today")
    window.resize(1366, 720)
    return window


def _officer(context: AppContext) -> QWidget:
    _, ids = _log(context)
    window = _window(context, "contacts")
    window.screens["contacts"].open_officer(ids["Ana Pérez"])  # type: ignore[attr-defined]
    return window


def _embassy(context: AppContext) -> QWidget:
    _, ids = _log(context)
    window = _window(context, "contacts")
    window.screens["contacts"].open_embassy(ids["Canada"])  # type: ignore[attr-defined]
    return window


SHOTS: list[tuple[str, bool, Callable[[AppContext], QWidget]]] = [
    ("today", True, _today),
    ("officer", True, _officer),
    ("embassy", True, _embassy),
]
