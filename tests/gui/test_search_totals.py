"""Search shows its first hits at once; how many match in all is counted after, and only when a
group shows fewer than all of its hits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.domain.contacts import Embassy, Interaction, Officer
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.vault import Vault
from tests.gui.test_contacts import go_to_contacts, open_app  # noqa: F401 (a fixture)

TODAY = dt.date.today()


def thirty_visa_talks(log: ContactLog, vault: Vault) -> dict[str, int]:
    embassy = log.save_embassy(Embassy("Canada", "Embassy in Tegucigalpa"))
    ana = log.save_officer(Officer("Ana Pérez", embassy))
    for n in range(30):
        log.log_interaction(Interaction(TODAY - dt.timedelta(days=n), [ana], summary=f"Visa talk {n}"))
    return {"embassy": embassy}


def group_titles(screen) -> list[str]:
    tree = screen.results
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_total_follows_the_first_page(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, _ids = open_app(thirty_visa_talks)
    screen = go_to_contacts(qtbot, window)
    qtbot.keyClicks(screen.search, "visa")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert group_titles(screen) == ["Interactions: the newest 25"]  # shown before anything is counted
    assert screen.results.topLevelItem(0).child(0).text(0) == "Visa talk 0"
    qtbot.waitUntil(lambda: group_titles(screen) == ["Interactions: the newest 25 of 30"], timeout=5_000)
    # A search with every hit shown is never counted again.
    screen.search.clear()
    qtbot.keyClicks(screen.search, "tegucigalpa")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert group_titles(screen) == ["Embassies (1)"] and screen.results.totals == {}


def test_show_more_brings_the_next_page_of_a_group(qtbot: QtBot, open_app) -> None:  # noqa: F811
    window, _log, _ids = open_app(thirty_visa_talks)
    screen = go_to_contacts(qtbot, window)
    qtbot.keyClicks(screen.search, "visa")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    group = screen.results.topLevelItem(0)
    more = group.child(group.childCount() - 1)
    assert group.childCount() == 26 and more.text(0) == "Show more…"
    screen.results.setFocus()
    screen.results.setCurrentItem(more)
    qtbot.keyClick(screen.results, Qt.Key.Key_Return)  # activated from the keyboard
    titles = [group.child(i).text(0) for i in range(group.childCount())]
    assert titles == [f"Visa talk {n}" for n in range(30)]  # newest first, none twice, no "more" line
    assert group_titles(screen) == ["Interactions (30)"]
    assert screen.results.currentItem().text(0) == "Visa talk 25"  # the first of the new page
