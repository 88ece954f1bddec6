"""Backups and restores run in a worker thread and show how far they got, while the window stays
live: timers tick, screens switch and the vault locks during the backup.

A gate holds the worker at its first progress report until the test has seen the GUI thread
running (so nothing here depends on how fast the machine is). Were the work done on the GUI
thread, the window would show no progress and no timer would tick while it is held.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from hrdesk.gui.common import background
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.safety.auto_backup_status import AutoBackupStatus
from hrdesk.gui.safety.restore_dialog import RestoreDialog
from hrdesk.vault import backup_file
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with
from tests.safety.test_gui_backup import (
    CLICK,
    file_answers,  # noqa: F401 (a fixture)
    open_backup,
    press_backup,
    restore_in,
    shown,
    wait_for_backup,
    with_a_case,
)
from tests.safety.test_gui_safety import safety_box, unlocked


class Gate:
    """Once armed, holds the worker at its first progress report until released."""

    def __init__(self) -> None:
        self.armed = False
        self.released = threading.Event()
        self.reports: list[tuple[int, int]] = []

    def held(self, done: int, total: int) -> None:
        if not self.armed:
            return
        self.reports.append((done, total))
        if len(self.reports) == 1:
            self.released.wait(30)


class Ticker:
    """A GUI-thread timer counting its ticks."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate()
    monkeypatch.setattr(backup_file, "CHUNK", 4096)  # many chunks, so many reports, from a small vault
    original = background._Latest.report

    def report(latest: background._Latest, done: int, total: int) -> None:
        original(latest, done, total)
        gate.held(done, total)

    monkeypatch.setattr(background._Latest, "report", report)
    yield gate
    gate.released.set()  # never leave a worker waiting


def gui_stays_live(qtbot: QtBot) -> None:
    ticker = Ticker()
    qtbot.waitUntil(lambda: ticker.count >= 3, timeout=10_000)
    ticker.timer.stop()


def test_the_automatic_backup_reports_progress_and_the_window_stays_live(
    qtbot: QtBot, make_controller, gate: Gate, tmp_path: Path
) -> None:
    gate.armed = True
    controller = unlocked(qtbot, make_controller)
    window = controller.window
    status = window.findChild(AutoBackupStatus)
    qtbot.waitUntil(lambda: status.status_bar.isVisible(), timeout=10_000)
    assert status.label.text().startswith("Automatic backup: ") and status.label.text().endswith("% done")
    assert status.bar.maximum() == 100
    # The worker is held in mid-backup: the GUI thread runs timers and switches screens.
    gui_stays_live(qtbot)
    window.show_screen("cases")
    assert window.stack.currentWidget() is window.screens["cases"]
    assert not controller.safety.backup.done()
    # Locking works during the backup; the backup finishes on its own connection.
    controller.lock()
    assert controller.window is None and isinstance(controller.dialog, UnlockDialog)
    gate.released.set()
    made = controller.safety.backup.result(timeout=30)
    assert made is not None and made.exists()
    assert len(gate.reports) > 2 and gate.reports[-1][0] == gate.reports[-1][1]
    assert [done for done, _ in gate.reports] == sorted(done for done, _ in gate.reports)


def test_no_status_line_when_no_backup_is_due(qtbot: QtBot, make_controller) -> None:
    controller = unlocked(qtbot, make_controller)
    controller.safety.backup.result(timeout=30)
    controller.lock()
    unlock_with_pass(qtbot, controller)
    status = controller.window.findChild(AutoBackupStatus)
    assert controller.safety.backup.result(timeout=30) is None  # already made today
    qtbot.waitUntil(lambda: not status._watch.isActive())
    assert not status.status_bar.isVisible() and status.label.text() == ""


def unlock_with_pass(qtbot: QtBot, controller) -> None:
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)


def test_backup_and_restore_from_settings_show_a_percentage(
    qtbot: QtBot,
    make_controller,
    gate: Gate,
    file_answers,  # noqa: F811
    messages,
    tmp_path: Path,
) -> None:
    controller = with_a_case(qtbot, make_controller)
    controller.safety.backup.result(timeout=30)  # the automatic backup of the day is out of the way
    dialog = open_backup(qtbot, controller)
    qtbot.keyClicks(dialog.vault_passphrase, PASS)
    out = tmp_path / "progress.hrdesk-backup"
    file_answers.append(str(out))
    gate.armed = True
    press_backup(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 100, timeout=10_000)
    assert dialog.status.text().startswith("Backing up… ") and dialog.status.text().endswith("% done.")
    assert not dialog.save_button.isEnabled()
    gui_stays_live(qtbot)
    gate.released.set()
    wait_for_backup(qtbot, dialog)
    assert dialog.saved_to == out and dialog.status.text().startswith("Done.")
    assert len(gate.reports) > 2 and gate.reports[-1][0] == gate.reports[-1][1]
    qtbot.mouseClick(dialog.close_button, CLICK)

    gate.reports.clear()
    gate.released.clear()
    qtbot.mouseClick(safety_box(controller).restore, CLICK)
    restore = shown(RestoreDialog)
    file_answers.append(str(out))
    Messages.answer = lambda kind, title, text: True
    restore_in(qtbot, restore, out, PASS)
    qtbot.waitUntil(lambda: restore.progress.maximum() == 100, timeout=10_000)
    assert restore.status.text().startswith("Checking the backup… ")
    gui_stays_live(qtbot)
    gate.released.set()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockDialog), timeout=30_000)
    assert len(gate.reports) > 2 and gate.reports[-1][0] == gate.reports[-1][1]
    assert messages[-1][1] == "Vault restored"
