"""A slot that raises with a marker in its message, in an app set up as hrdesk's: stderr (read by the
test) must name the type and place only; the user is told once."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from hrdesk.gui.app import create_application
from hrdesk.gui.common.exception_hook import ExceptionHook
from hrdesk.gui.common.messages import Messages

MARKER = "MARKER-Case-Title-Zq7"


def failing_slot() -> None:
    raise ValueError(f"could not save {MARKER}")


if __name__ == "__main__":
    ExceptionHook().install()
    app = create_application()
    Messages.log, Messages.answer = [], lambda kind, title, text: True
    QTimer.singleShot(0, failing_slot)
    QTimer.singleShot(0, failing_slot)
    QTimer.singleShot(200, app.quit)
    app.exec()
    print("\n".join(f"{kind}|{title}|{text}" for kind, title, text in Messages.log))
    sys.exit(0)
