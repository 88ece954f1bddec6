"""Starting the desktop app: hardening, translators, style, the vault lock, the controller."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hrdesk.gui.common import text_direction as auto_text_direction
from hrdesk.gui.common.exception_hook import ExceptionHook
from hrdesk.gui.common.messages import Messages
from hrdesk.gui.common.signal_wakeup import SignalWakeup
from hrdesk.gui.context import AppContext
from hrdesk.gui.controller import AppController
from hrdesk.gui.i18n import LanguageSwitcher, system_language
from hrdesk.hardening import harden_process
from hrdesk.resources import resource_path
from hrdesk.services.demo import DemoVault
from hrdesk.services.vault_session import VaultSession
from hrdesk.settings import LANGUAGE, Settings, number_style
from hrdesk.vault.errors import VaultInUse
from hrdesk.vault.folder import VaultFolder, default_vault_dir

EXIT_NO_DISPLAY = 1
EXIT_IN_USE = 5


NO_DISPLAY = (
    "no display: DISPLAY and WAYLAND_DISPLAY are not set. Start hrdesk from a desktop session, "
    "or use its commands without a window ('hrdesk --help')"
)
NO_XCB_CURSOR = (
    "Qt's X11 support needs the system library libxcb-cursor (Debian/Ubuntu: sudo apt install "
    "libxcb-cursor0); or run hrdesk in a Wayland session"
)


def display_problem(environ: dict[str, str] | None = None) -> str:
    """Why no window can open here ("" when one can): checked before Qt, whose own message on a
    missing display or library blames the xcb plugin and aborts the process."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""  # Windows and macOS always have a display; an explicit platform is the user's choice
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return NO_DISPLAY
    if not env.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return NO_XCB_CURSOR
    return ""


def no_dbus_autolaunch(environ: dict[str, str] | None = None) -> None:
    """Without a session bus, libdbus (through Qt, for the screen-lock signals) would start its own
    dbus-daemon, which outlives the app. Use the user's bus where it is found, else none at all."""
    env = os.environ if environ is None else environ
    if env.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    runtime = env.get("XDG_RUNTIME_DIR")
    bus = Path(runtime, "bus") if runtime else None
    if bus is not None and bus.is_socket():
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    else:
        env["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"  # libdbus: never connect, never autolaunch


def keep_no_qt_settings() -> None:
    """Qt's own file dialog records its folders and history in ``~/.config/QtProject.conf`` (shared by
    every Qt app, and not removed by an erase). hrdesk keeps its settings in its own JSON file, so
    Qt's settings are pointed where nothing can be written: no trace of where exports went."""
    nowhere = os.devnull if os.name == "posix" else ""  # "/dev/null/QtProject.conf" cannot be created
    if nowhere:
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, nowhere)
            QSettings.setPath(kind, QSettings.Scope.SystemScope, nowhere)


def create_application(argv: list[str] | None = None) -> QApplication:
    keep_no_qt_settings()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101
    app.setApplicationName("hrdesk")
    app.setOrganizationName("hrdesk")
    app.setDesktopFileName("org.hrdesk.HRDesk")
    app.setStyleSheet(resource_path("style", "app.qss").read_text("utf-8"))
    auto_text_direction.install(app)
    return app


def build_context(app: QApplication, folder: VaultFolder, demo: bool = False) -> AppContext:
    settings = Settings()
    languages = LanguageSwitcher(app)
    languages.apply(settings.get(LANGUAGE) or system_language(), number_style(settings))
    return AppContext(settings=settings, languages=languages, session=VaultSession(folder), demo=demo)


def quit_on_termination(app: QApplication) -> None:
    """Logout, shutdown or Ctrl+C in a terminal end the event loop normally, so the vault is
    locked (what is typed is saved first) and a demo vault is erased, instead of dying mid-way."""
    requested: list[int] = []
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            # The handler only notes the signal: it may run in the middle of any Qt call, where
            # calling into Qt again crashed the app when the signal came during start-up.
            signal.signal(getattr(signal, name), lambda number, _frame: requested.append(number))
    # The signal wakes the event loop through a pipe (no polling timer, so an idle app has no
    # wakeups); the loop then quits. A signal that came before ``exec`` waits in the pipe, so it
    # is not lost (``quit`` before the loop runs does nothing).
    SignalWakeup(app, lambda: bool(requested) and app.quit())


def run_gui(args: argparse.Namespace) -> int:
    harden_process()  # done already by hrdesk.cli.main; again here for any other caller
    problem = display_problem()
    if problem:
        sys.stderr.write(f"hrdesk: {problem}\n")
        return EXIT_NO_DISPLAY
    no_dbus_autolaunch()
    ExceptionHook().install()  # type and place only on stderr, never an exception's text
    app = create_application()
    quit_on_termination(app)
    if getattr(args, "demo", False):
        return run_demo(app)
    vault_dir = Path(args.vault) if getattr(args, "vault", None) else default_vault_dir()
    context = build_context(app, VaultFolder(vault_dir))
    try:
        context.session.acquire()
    except VaultInUse:
        Messages.error(
            None,
            app.translate("App", "hrdesk is already open"),
            app.translate("App", "This vault is already open in another hrdesk window. Use that window."),
        )
        return EXIT_IN_USE
    controller = AppController(app, context)
    controller.start()
    try:
        return app.exec()
    finally:
        context.session.release()


def run_demo(app: QApplication) -> int:
    """A throw-away vault with fictional data, a clear banner, and nothing kept after quitting."""
    demo = DemoVault()
    context = build_context(app, demo.folder, demo=True)
    try:
        context.session.vault = demo.create()
        controller = AppController(app, context)
        controller.start()
        return app.exec()
    finally:
        context.session.lock()
        demo.erase()
