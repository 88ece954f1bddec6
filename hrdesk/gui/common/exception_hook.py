"""What happens to an exception nobody caught in the app (in a slot, a timer, a thread).

Python's default prints the whole traceback with the exception's text to stderr, which a desktop
session keeps on disk (journald, ~/.xsession-errors), and hrdesk's exceptions can carry what the
user typed. This hook prints the type and where it was raised, nothing else, and tells the user
calmly that something went wrong (once at a time: a burst of errors makes one message).
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer

from hrdesk.gui.common.messages import Messages


def describe(kind: type[BaseException], tb: TracebackType | None) -> str:
    """``ValueError at hrdesk/gui/x.py:12 in load``: the type and innermost location, no message."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return kind.__name__
    last = frames[-1]
    path = Path(last.filename)
    parts = path.parts
    where = "/".join(parts[parts.index("hrdesk") :]) if "hrdesk" in parts else path.name
    return f"{kind.__name__} at {where}:{last.lineno} in {last.name}"


class ExceptionHook:
    def __init__(self) -> None:
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, kind: type[BaseException], error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error if error is not None else kind(), None)
            return
        sys.stderr.write(f"hrdesk: unexpected error: {describe(kind, tb)}\n")
        if QCoreApplication.instance() is not None and not self._showing:
            self._showing = True
            QTimer.singleShot(0, self._tell_user)  # on the GUI thread, after the failing slot

    def _tell_user(self) -> None:
        try:
            Messages.error(
                None,
                QCoreApplication.translate("ExceptionHook", "Something went wrong"),
                QCoreApplication.translate(
                    "ExceptionHook",
                    "hrdesk met an unexpected problem and could not finish what you asked. What you "
                    "saved before is safe. If it happens again, lock the vault and open it again.",
                ),
            )
        finally:
            self._showing = False
