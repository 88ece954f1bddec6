"""Settings → Reference updates: import a signed pack with the real widgets; a bad one changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.reference import packs
from hrdesk.reference.installed import bundled_date, installed_pack_path
from hrdesk.reference.packs import build_pack
from tests.gui.cases.helpers import open_cases_screen
from tests.reference.test_packs import changed_files


@pytest.fixture
def answer_open(tmp_path: Path) -> Iterator[list[Path]]:
    chosen: list[Path] = []
    FileDialogs.answer = lambda kind, title: str(chosen[-1]) if kind == "open" else ""
    yield chosen
    FileDialogs.answer = None


def test_settings_imports_an_update_and_the_reference_shows_it(
    qtbot: QtBot, make_controller, messages, answer_open, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = Ed25519PrivateKey.generate()
    monkeypatch.setattr(packs, "bundled_public_key", key.public_key)
    controller, _cases = open_cases_screen(qtbot, make_controller)
    window = controller.window
    window.show_screen("settings")
    box = window.screens["settings"].reference_updates
    assert "bundled" in box.status.text()

    date = bundled_date() + timedelta(days=3)
    good = build_pack(changed_files("Updated"), "Test signer", date, key)
    cut = tmp_path / "cut.hrdpack"
    cut.write_bytes(good[:-40])
    answer_open.append(cut)
    qtbot.mouseClick(box.import_button, Qt.MouseButton.LeftButton)
    assert messages[-1][0] == "error" and "nothing changed" in messages[-1][2]
    assert not installed_pack_path().exists() and "bundled" in box.status.text()

    pack = tmp_path / "update.hrdpack"
    pack.write_bytes(good)
    answer_open.append(pack)
    qtbot.mouseClick(box.import_button, Qt.MouseButton.LeftButton)
    assert messages[-1][0] == "info" and "Test signer" in messages[-1][2]
    assert "signed by Test signer" in box.status.text()
    window.show_screen("reference")
    reference = window.screens["reference"]
    titles = [
        reference.tree.topLevelItem(0).child(i).text(0)
        for i in range(reference.tree.topLevelItem(0).childCount())
    ]
    assert "Updated (en)" in titles
