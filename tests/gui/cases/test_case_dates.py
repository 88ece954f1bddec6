"""The cases list writes its "Last change" in the UI language's words, not Qt's numeric short form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTimeZone
from pytestqt.qtbot import QtBot

from hrdesk.domain.number_style import ARABIC_INDIC, LEVANTINE, WESTERN, NumberStyle
from hrdesk.gui.cases.list_model import CaseColumn, changed_text
from tests.gui.cases.helpers import solo_service

# 4 December 2026 at noon local time, written as the vault stores it (UTC, ISO 8601).
NOON = QDateTime(dt.date(2026, 12, 4), dt.time(12, 0), QTimeZone.systemTimeZone())
STORED = NOON.toUTC().toString("yyyy-MM-ddTHH:mm:ss") + "+00:00"


def test_the_last_change_is_a_date_in_words(qtbot: QtBot, solo_screen) -> None:
    context, screen = solo_screen
    solo_service(context).create_case("First")
    screen.list_panel.refresh()
    shown = screen.list_panel.model.index(0, CaseColumn.CHANGED).data()
    today = dt.date.today()
    assert str(today.year) in shown and today.strftime("%B") in shown
    assert "/" not in shown


def test_each_language_writes_the_month_its_way(qtbot: QtBot, solo_screen) -> None:
    context, _screen = solo_screen
    expected = {"en": "December 4, 2026", "es": "diciembre", "fr": "4 décembre 2026", "ru": "декабря 2026"}
    for language, words in expected.items():
        context.languages.apply(language)
        text = changed_text(STORED)
        assert words in text, (language, text)
        assert "12/4/26" not in text and "04.12.26" not in text
    context.languages.apply("ar", NumberStyle(WESTERN))
    assert "كانون الأول/ديسمبر 2026" in changed_text(STORED)
    context.languages.apply("ar", NumberStyle(ARABIC_INDIC, LEVANTINE))
    arabic = changed_text(STORED)
    assert "كانون الأول ٢٠٢٦" in arabic and "ديسمبر" not in arabic
    assert not any(c in arabic for c in "0123456789")  # the time too follows the chosen digits


def test_an_unreadable_stamp_shows_nothing(qtbot: QtBot, solo_screen) -> None:
    assert changed_text("not a date") == ""
