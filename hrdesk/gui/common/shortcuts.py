"""Keyboard shortcuts that survive a language switch.

``QAbstractButton.setText`` replaces the button's shortcut with the mnemonic of the new text
(none at all when the text has no ``&``), so a shortcut set with ``button.setShortcut`` is lost
the first time ``retranslate()`` runs. Shortcuts therefore live in a ``QShortcut`` owned by the
area where they apply, and press the button from there: its text can change freely.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

AREA = Qt.ShortcutContext.WidgetWithChildrenShortcut


def press_on_keys(
    area: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, button: QAbstractButton
) -> QShortcut:
    """``keys`` anywhere in ``area`` click ``button``, as long as it can be clicked."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    shortcut = QShortcut(sequence, area, context=AREA)
    shortcut.activated.connect(lambda: button.click() if button.isVisible() and button.isEnabled() else None)
    return shortcut
