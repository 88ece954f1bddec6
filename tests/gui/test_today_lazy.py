"""Today paints first, then fills: with hundreds of follow-ups due, the screen shows a first batch
of rows at once and builds the rest from the event loop, a chunk at a time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Embassy, Interaction, Officer
from hrdesk.gui.today.lazy_rows import CHUNK, FIRST_BATCH
from hrdesk.gui.today.screen import TodayScreen
from hrdesk.services.contacts import TODAY_LIMIT, ContactLog
from hrdesk.vault.contacts_repository import ContactsRepository
from hrdesk.vault.vault import Vault
from tests.gui.test_contacts import open_app  # noqa: F401 (a fixture)

TODAY = dt.date.today()
DUE = 500


def many_due(log: ContactLog, vault: Vault) -> dict[str, int]:
    embassy = log.save_embassy(Embassy("Canada", "Embassy in Tegucigalpa"))
    officer = log.save_officer(Officer("Ana Pérez", embassy))
    with vault.transaction() as conn:  # one transaction: 500 interactions in a blink
        repo = ContactsRepository(conn)
        for n in range(DUE):
            when = TODAY - dt.timedelta(days=30 + n)
            repo.save_interaction(
                Interaction(when, [officer], summary=f"Ask again #{n}", follow_up=when + dt.timedelta(days=7))
            )
    return {"embassy": embassy}


def test_today_shows_a_first_batch_then_fills_the_rest(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, _ids = open_app(many_due)
    qtbot.waitUntil(lambda: window.screens["today"].rows.pending == 0, timeout=10_000)
    today = TodayScreen(window.context)
    qtbot.addWidget(today)
    today.resize(1166, 700)
    today.show()  # shown: refreshed, not one event processed yet
    assert len(today.follow_ups.rows) == FIRST_BATCH
    assert today.rows.pending == TODAY_LIMIT - FIRST_BATCH > CHUNK
    assert today.follow_ups.heading.text() == f"Follow-ups ({DUE})"
    today.grab()  # the first paint: still only the first batch
    assert len(today.follow_ups.rows) == FIRST_BATCH
    # The oldest first, in order, and none twice once the rest is built.
    with qtbot.waitSignal(today.rows.filled, timeout=10_000):
        pass
    titles = [row.title.text() for row in today.follow_ups.rows]
    assert len(titles) == TODAY_LIMIT == len(set(titles))
    assert titles[0] == f"Ask again #{DUE - 1}" and titles[-1] == f"Ask again #{DUE - TODAY_LIMIT}"
    assert not today.quiet.empty.isVisible() or not today.quiet.rows


def test_acting_while_rows_are_still_coming_rebuilds_cleanly(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, log, _ids = open_app(many_due)
    today = window.screens["today"]
    today.refresh()
    assert len(today.follow_ups.rows) == FIRST_BATCH and today.rows.pending
    qtbot.mouseClick(today.follow_ups.rows[0].buttons.itemAt(0).widget(), Qt.MouseButton.LeftButton)
    assert len(today.follow_ups.rows) == FIRST_BATCH  # rebuilt from the start, nothing doubled
    qtbot.waitUntil(lambda: today.rows.pending == 0, timeout=10_000)
    titles = [row.title.text() for row in today.follow_ups.rows]
    assert len(titles) == TODAY_LIMIT == len(set(titles))
    assert f"Ask again #{DUE - 1}" not in titles  # the one marked done
    assert today.follow_ups.heading.text() == f"Follow-ups ({DUE - 1})"
    assert len(log.due_follow_ups(TODAY)) == DUE - 1
