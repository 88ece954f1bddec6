"""Is this Qt binding safe to type in? A cheap check shared by ``hrdesk --self-test`` and the tests.

PySide6 6.12.0 drops one reference to ``None`` on every call that returns ``None``
(``parent()``, ``QApplication.focusWidget()``, ...). On Python 3.11, where ``None`` is not
immortal, the interpreter aborts ("none_dealloc") after a few thousand keystrokes. Counting
``None``'s references around a loop of such calls finds a bad binding in a few milliseconds.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

CALLS = 2_000
# A sound binding leaves the count where it was, give or take a few references taken by caches.
TOLERANCE = 50


def none_references_lost(calls: int = CALLS) -> int:
    """How many references to ``None`` ``calls`` rounds of None-returning Qt calls lost."""
    orphan = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        orphan.parent()
        QApplication.activePopupWidget()
    return before - sys.getrefcount(None)


def binding_problem(calls: int = CALLS) -> str | None:
    """One line naming the defect and the PySide6 version, or None when the binding is sound."""
    lost = none_references_lost(calls)
    if lost <= TOLERANCE:
        return None
    return (
        f"PySide6 {PySide6.__version__} loses a reference to None on calls that return None "
        f"({lost} lost in {calls} rounds): Python would abort while the user types. "
        "Install a PySide6 version without this defect (hrdesk pins >=6.6,<6.12)."
    )
