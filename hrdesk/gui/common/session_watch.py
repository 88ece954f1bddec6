"""Lock when the desktop session locks or the machine is about to sleep (Linux, over D-Bus).

Listens, where they exist, to logind (PrepareForSleep on the system bus; Lock on the session)
and to the screen savers' ActiveChanged signals on the session bus (freedesktop, GNOME, KDE,
MATE, Cinnamon). On Windows and macOS these buses do not exist: there hrdesk relies on the idle
timer and Ctrl+L, as the README says.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

_SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)
_LOGIN1 = "org.freedesktop.login1"


class SessionWatcher(QObject):
    """Emits ``lock_needed`` when the screen locks or the system suspends."""

    lock_needed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            # SLOT() gives a str, which connect() takes; PySide6's stubs type the slot as bytes.
            for service, path, interface in _SCREEN_SAVERS:
                # An empty service name matches the signal from any sender (screen savers often
                # emit from a unique bus name rather than the well-known one).
                if session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("screen_saver_changed(bool)")
                ):
                    self.listening.append(service)
            if session.connect("", "", f"{_LOGIN1}.Session", "Lock", self, SLOT("session_locked()")):  # type: ignore[call-overload]
                self.listening.append("login1 session lock")
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
            _LOGIN1,
            "/org/freedesktop/login1",
            f"{_LOGIN1}.Manager",
            "PrepareForSleep",
            self,
            SLOT("sleeping(bool)"),
        ):
            self.listening.append("login1 sleep")

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.lock_needed.emit()

    @Slot()
    def session_locked(self) -> None:
        self.lock_needed.emit()

    @Slot(bool)
    def sleeping(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_needed.emit()
