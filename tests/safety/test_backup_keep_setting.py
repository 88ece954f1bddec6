"""How many automatic backups are kept is a setting (1-10, 5 by default), and Settings says how
many there are and how much space they take."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from hrdesk.services.backups import (
    DEFAULT_KEEP,
    KEEP_RANGE,
    auto_backups_usage,
    keep_within_range,
    list_auto_backups,
    make_auto_backup,
)
from hrdesk.services.cases import CaseService
from hrdesk.settings import AUTO_BACKUPS_KEPT, Settings
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with
from tests.safety.test_gui_safety import safety_box


def old_backups(folder: Path, days: int) -> None:
    """A vault with an automatic backup for each of the last ``days`` days (none today)."""
    vault_folder = VaultFolder(folder)
    vault = Vault.create(vault_folder, PASS)
    CaseService(vault).create_case("A case worth keeping")  # an empty vault never rotates backups out
    now = datetime.now(UTC)
    for day in range(days, 0, -1):
        make_auto_backup(vault, keep=10, now=now - timedelta(days=day), force=True)
    vault.close()
    vault_folder.release()


def test_usage_counts_the_backups_and_their_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert auto_backups_usage(folder) == (0, 0)
    old_backups(folder, 3)
    backups = list_auto_backups(folder)
    assert auto_backups_usage(folder) == (3, sum(p.stat().st_size for p in backups))
    assert [keep_within_range(n) for n in (-3, 0, 1, 7, 10, 99)] == [1, 1, 1, 7, 10, 10]
    assert KEEP_RANGE == (1, 10) and Settings().get(AUTO_BACKUPS_KEPT) == DEFAULT_KEEP


def test_the_number_kept_is_chosen_in_settings_and_applied_at_the_next_backup(
    qtbot: QtBot, make_controller, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    old_backups(folder, 4)
    Settings().set(AUTO_BACKUPS_KEPT, 2)
    controller = make_controller()  # on the vault made above
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    controller.safety.backup.result(timeout=30)  # today's, then only the newest 2 stay
    assert len(list_auto_backups(folder)) == 2
    box = safety_box(controller)
    _count, size = auto_backups_usage(folder)
    size_text = QLocale().formattedDataSize(size)
    assert box.keep.value() == 2 and "(the last 2)" in box.backups_note.text()
    assert box.usage.text() == f"Now: 2 automatic backups, \u2068{size_text}\u2069 in all."
    # Raised to 4: saved at once; nothing is deleted or made until the next automatic backup.
    box.keep.setFocus()
    box.keep.selectAll()
    qtbot.keyClicks(box.keep, "4")
    assert Settings().get(AUTO_BACKUPS_KEPT) == 4 and "(the last 4)" in box.backups_note.text()
    # Lowered to 1: the extra backup stays until the next automatic backup, and Settings says so.
    box.keep.selectAll()
    qtbot.keyClicks(box.keep, "1")
    qtbot.keyClick(box.keep, Qt.Key.Key_Return)
    assert Settings().get(AUTO_BACKUPS_KEPT) == 1 and len(list_auto_backups(folder)) == 2
    assert box.usage.text().endswith("The oldest are deleted at the next automatic backup.")
