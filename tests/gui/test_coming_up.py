"""Today's "Coming up": a follow-up due in three days is visible, and Settings choose how far ahead."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Interaction
from hrdesk.domain.isolate import plain
from hrdesk.services.contacts import ContactLog
from hrdesk.settings import COMING_UP_DAYS
from hrdesk.vault.vault import Vault
from tests.gui.test_contacts import open_app, two_officers_and_a_case  # noqa: F401 - the fixture

TODAY = dt.date.today()


def _fill(log: ContactLog, vault: Vault) -> dict[str, int]:
    ids = two_officers_and_a_case(log, vault)
    log.log_interaction(
        Interaction(TODAY, [ids["ana"]], summary="Ask about the visa", follow_up=TODAY + dt.timedelta(days=3))
    )
    log.log_interaction(
        Interaction(TODAY, [ids["bo"]], summary="Next month", follow_up=TODAY + dt.timedelta(days=20))
    )
    return ids


def _go(qtbot: QtBot, window, name: str):
    window.show_screen(name)
    screen = window.screens[name]
    qtbot.waitUntil(screen.isVisible)
    return screen


def test_a_follow_up_due_in_three_days_is_coming_up(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, log, _ids = open_app(_fill)
    today = window.screens["today"]
    assert today.isVisible() and not today.follow_ups.isVisible()  # nothing due today...
    assert today.coming.isVisible()  # ...but the next days are in sight
    assert today.coming.heading.text() == "Coming up (1)"
    assert today.coming.note.text() == "Follow-ups due in the next 7 days."
    (row,) = today.coming.rows
    assert row.tag.text().startswith("Due in 3 days, on ")
    assert row.title.text() == "Ask about the visa"
    assert "Ana Pérez" in row.detail.text()
    done = row.buttons.itemAt(0).widget()
    assert done.text() == "Done"
    assert plain(done.accessibleName()) == "Mark the follow-up done: Ask about the visa"
    done.setFocus()
    qtbot.keyClick(done, Qt.Key.Key_Space)
    assert today.coming.rows == [] and today.coming.empty.isVisible()
    assert today.coming.empty.text() == "Nothing is due in the next 7 days."
    assert log.coming_up(TODAY, 7) == ([], 0)


def test_settings_choose_how_far_ahead(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, _ids = open_app(_fill)
    settings = _go(qtbot, window, "settings")
    spin = settings.today_box.days
    assert spin.value() == 7 and settings.today_box.days_label.buddy() is spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    assert settings.context.settings.get(COMING_UP_DAYS) == 30
    today = _go(qtbot, window, "today")
    assert [r.title.text() for r in today.coming.rows] == ["Ask about the visa", "Next month"]
    assert today.coming.heading.text() == "Coming up (2)"
    settings = _go(qtbot, window, "settings")
    spin.selectAll()
    qtbot.keyClicks(spin, "0")
    assert spin.value() == 0 and spin.specialValueText() == "Off"
    today = _go(qtbot, window, "today")
    assert not today.coming.isVisible() and today.coming.rows == []


def test_tomorrow_is_said_in_words(qtbot: QtBot, open_app) -> None:  # noqa: F811
    def fill(log: ContactLog, vault: Vault) -> dict[str, int]:
        ids = two_officers_and_a_case(log, vault)
        log.log_interaction(
            Interaction(TODAY, [ids["ana"]], summary="Call", follow_up=TODAY + dt.timedelta(1))
        )
        return ids

    window, _log, _ids = open_app(fill)
    assert [r.tag.text() for r in window.screens["today"].coming.rows] == ["Due tomorrow"]
