"""The Reference screen: topics, search, reading language, copy buttons, links that ask first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.reference.screen import ReferenceScreen
from hrdesk.vault.folder import VaultFolder


@pytest.fixture
def screen(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> ReferenceScreen:
    create_application()
    context = build_context(qapp, VaultFolder(tmp_path / "v"))
    context.languages.apply("en")
    widget = ReferenceScreen(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def entry_titles(screen: ReferenceScreen) -> list[str]:
    tree = screen.tree
    return [
        tree.topLevelItem(i).child(j).text(0)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def test_lists_every_entry_and_shows_source_and_date(screen: ReferenceScreen) -> None:
    library = screen.library()
    assert library is not None
    assert entry_titles(screen) == [e.title for e in library.entries()]
    screen.show_entry("human-rights-officer")
    assert screen.view.entry is not None and screen.view.entry.id == "human-rights-officer"
    assert "Source:" in screen.view.source.text() and "Facts last checked" in screen.view.source.text()


def test_search_narrows_the_list_and_says_when_nothing_matches(qtbot: QtBot, screen: ReferenceScreen) -> None:
    qtbot.keyClicks(screen.search, "magnitsky")
    titles = entry_titles(screen)
    assert titles and len(titles) < len(screen.library().entries())
    assert screen.view.entry is not None
    screen.search.clear()
    qtbot.keyClicks(screen.search, "zzqqxx")
    assert entry_titles(screen) == []
    assert "Nothing found" in screen.tree.topLevelItem(0).text(0)


def test_copy_button_puts_the_address_on_the_clipboard(qtbot: QtBot, screen: ReferenceScreen) -> None:
    library = screen.library()
    with_contacts = next(e for e in library.entries() if e.contacts)
    screen.show_entry(with_contacts.id)
    qtbot.mouseClick(screen.view.copy_buttons[0], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == with_contacts.contacts[0].value


def test_links_open_only_after_confirmation(
    screen: ReferenceScreen, messages: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrdesk.gui.common.messages import Messages

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    Messages.answer = lambda kind, title, text: False
    screen.view.text.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == [] and messages[-1][0] == "confirm" and "offline" in messages[-1][2]
    Messages.answer = lambda kind, title, text: True
    screen.view.text.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == [QUrl("https://example.org/")]


def test_reading_language_can_differ_from_the_ui(screen: ReferenceScreen) -> None:
    spanish = screen.reading.findData("es")
    screen.reading.setCurrentIndex(spanish)
    screen.reading.activated.emit(spanish)
    assert screen.reading_language == "es"
    assert screen.context.languages.current == "en"
    screen.show_entry("human-rights-officer")
    assert screen.view.entry is not None
    assert screen.view.entry.title != screen._libraries["en"].entry("human-rights-officer").title


def test_contents_keep_a_minimum_width_and_cannot_vanish(qtbot: QtBot, screen: ReferenceScreen) -> None:
    """Issue #13: a long URL squeezed the list of contents to a sliver that could disappear."""
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.splitter.setSizes([0, 2000])  # what dragging the handle to the edge does
    assert not screen.splitter.childrenCollapsible()
    assert screen.tree.width() >= screen.tree.minimumWidth() >= 100
    assert screen.splitter.sizes()[0] > 0
