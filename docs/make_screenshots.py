"""Grab the real app's windows to PNG, in every language asked for (``make screenshots``).

Runs offscreen on a throw-away vault in a temporary folder, with fictional data only, so the
README's pictures are made from the code as it is. Files are named after what they show and
the language: ``unlock-ar.png``, ``main-window-en.png``. Later features add their own shots to
``SHOTS``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# The laptop the app is made for: a 1366x768 screen (Qt's offscreen default is 800x800).
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parents[1] / 'tests' / 'offscreen_1366x768.json'}"
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)
os.environ["HRDESK_TEST_FAST_KDF"] = "1"

from case_shots import SHOTS as CASE_SHOTS  # docs/case_shots.py: fictional cases and wizard pages
from contact_shots import SHOTS as CONTACT_SHOTS  # docs/contact_shots.py: a fictional contact log
from dialog_shots import SHOTS as DIALOG_SHOTS  # docs/dialog_shots.py: dialogs, errors included
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from hrdesk.gui.app import build_context, create_application
from hrdesk.gui.context import AppContext
from hrdesk.gui.dialogs.create_vault import CreateVaultDialog
from hrdesk.gui.dialogs.unlock import UnlockDialog
from hrdesk.gui.main_window import MainWindow
from hrdesk.vault.folder import VaultFolder

PASSPHRASE = "fictional demo passphrase"  # noqa: S105 - throw-away vault
OUT = Path(__file__).resolve().parent / "screenshots"


def _create_vault(context: AppContext) -> QWidget:
    dialog = CreateVaultDialog(context)
    dialog.passphrase.setText("violet river lantern")
    dialog.repeat.setText("violet river lantern")
    return dialog


def _unlock(context: AppContext) -> QWidget:
    return UnlockDialog(context)


def _main_window(context: AppContext) -> QWidget:
    window = MainWindow(context)
    window.resize(1366, 720)  # maximised on a 1366x768 laptop, below its panel
    return window


def _settings(context: AppContext) -> QWidget:
    window = _main_window(context)
    assert isinstance(window, MainWindow)  # noqa: S101
    window.show_screen("settings")
    return window


def _settings_part(box: str) -> Callable[[AppContext], QWidget]:
    """Settings scrolled to one box: one screen cannot show them all at 1366x720."""

    def factory(context: AppContext) -> QWidget:
        window = _settings(context)
        window.show()
        QApplication.processEvents()
        screen = window.screens["settings"]  # type: ignore[attr-defined]
        screen.findChild(QScrollArea).ensureWidgetVisible(getattr(screen, box), 0, 0)
        return window

    return factory


def _reference(context: AppContext) -> QWidget:
    window = _main_window(context)
    assert isinstance(window, MainWindow)  # noqa: S101
    window.show_screen("reference")
    window.screens["reference"].show_entry("human-rights-officer")
    return window


def _reference_entry(entry_id: str) -> Callable[[AppContext], QWidget]:
    def factory(context: AppContext) -> QWidget:
        window = _reference(context)
        assert isinstance(window, MainWindow)  # noqa: S101
        window.screens["reference"].show_entry(entry_id)
        return window

    return factory


# (name, needs an unlocked vault, factory)
SHOTS: list[tuple[str, bool, Callable[[AppContext], QWidget]]] = [
    ("create-vault", False, _create_vault),
    ("unlock", False, _unlock),
    ("main-window", True, _main_window),
    ("settings", True, _settings),
    ("settings-safety", True, _settings_part("safety_box")),
    ("reference", True, _reference),
    # The first topic, opened by the "In danger now" button, and the embassy security topic.
    ("reference-in-danger", True, _reference_entry("in-danger-tonight")),
    ("reference-embassy-security", True, _reference_entry("foreign-agent-laws")),
    *CASE_SHOTS,
    *CONTACT_SHOTS,
    *DIALOG_SHOTS,
]


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    after_show = getattr(widget, "after_show", None)  # e.g. a dialog that then shows an error
    if after_show is not None:
        after_show()
        for _ in range(5):
            QApplication.processEvents()
    widget.grab().save(str(path))
    widget.hide()
    widget.deleteLater()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default="en,ar", help="comma-separated language codes")
    parser.add_argument("--only", default="", help="comma-separated shot names")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HRDESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        app = create_application(sys.argv[:1])
        context = build_context(app, VaultFolder(Path(tmp) / "vault"))
        context.session.acquire()
        wanted = set(filter(None, args.only.split(",")))
        for language in args.languages.split(","):
            context.languages.apply(language)
            for name, needs_vault, factory in SHOTS:
                if wanted and name not in wanted:
                    continue
                if needs_vault and not context.session.is_unlocked:
                    if context.session.has_vault:
                        context.session.unlock(PASSPHRASE)
                    else:
                        context.session.create(PASSPHRASE)
                if not needs_vault:
                    context.session.lock()
                path = args.out / f"{name}-{language}.png"
                grab(factory(context), path)
                print(path)
        context.session.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
