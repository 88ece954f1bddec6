"""The crash of issue #12: a binding that loses references to None kills Python while the user types.

PySide6 6.12.0 dropped one reference to None on every call that returns None; on Python 3.11 the
interpreter aborted ("none_dealloc") after a few thousand keystrokes in the real app. These tests
type like a long working session through the app's real event filters (lock-and-hide, idle lock)
and fail on such a binding, so it cannot be shipped again.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrdesk.gui import binding_check
from hrdesk.gui.main_window import MainWindow
from hrdesk.selftest import run_self_test
from tests.gui.conftest import PASS
from tests.gui.test_shell import unlock_with

KEY_EVENTS = 20_000


def test_twenty_thousand_keystrokes_leave_none_alone(qtbot: QtBot, make_controller) -> None:
    controller = make_controller(existing_vault=True)
    unlock_with(qtbot, controller, PASS)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    assert isinstance(window, MainWindow)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_screen("cases")
    panel = window.screens["cases"].list_panel
    panel.start_new_case()
    field = panel.new_case.title
    qtbot.waitUntil(field.hasFocus)
    filters_seen = {"idle": 0}
    controller.idle.idle.connect(lambda: filters_seen.__setitem__("idle", filters_seen["idle"] + 1))

    before = sys.getrefcount(None)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for n in range(KEY_EVENTS // 2):
        # A letter then Backspace: each edits the text, so the field's Python slots run every time.
        QTest.keyClick(field, letters[n % len(letters)])
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        if n % 50 == 0:
            QTest.mouseMove(window, QPoint(100 + n % 400, 200 + n % 300))
            # Checked on the way, so a bad binding fails here with a message before Python aborts.
            lost = before - sys.getrefcount(None)
            assert lost <= binding_check.TOLERANCE, (
                f"PySide6 {PySide6.__version__} lost {lost} references to None in {2 * n + 2} key events"
            )
    assert before - sys.getrefcount(None) <= binding_check.TOLERANCE
    # Alive and still itself: the field took every key, the vault is open, nothing locked by accident.
    assert field.text() == ""
    QTest.keyClicks(field, "still here")
    assert field.text() == "still here"
    assert controller.window is window and controller.context.session.is_unlocked
    assert filters_seen["idle"] == 0 and controller.idle.active
    assert binding_check.binding_problem() is None


def test_self_test_names_a_bad_binding(monkeypatch) -> None:
    monkeypatch.setattr(binding_check, "none_references_lost", lambda calls=0: 2_000)
    lines: list[str] = []
    assert run_self_test(lines.append) == 1
    failure = next(line for line in lines if line.startswith("FAIL"))
    assert "Qt binding" in failure and f"PySide6 {PySide6.__version__}" in failure
    assert lines[-1].startswith("self-test FAILED")
