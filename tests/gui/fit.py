"""What "fits on a 1366x768 laptop" means, checked on a shown window (issue #12).

The available height on such a laptop is about 720 pixels once the desktop's panels are drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollBar,
    QSizePolicy,
    QWidget,
)

from hrdesk.gui.common.dialog_fit import FRAME

AVAILABLE = QRect(0, 0, 1366, 720)


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def fit_problems(window: QWidget) -> list[str]:
    """Why ``window`` (shown, laid out) does not fit a 1366x768 laptop; empty when it does."""
    QApplication.processEvents()
    problems = []
    name = type(window).__name__
    if window.width() + FRAME.width() > AVAILABLE.width() or window.height() + FRAME.height() > 768:
        problems.append(f"{name} is {window.width()}x{window.height()}: taller or wider than the screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QScrollBar) or widget.isWindow():
            continue
        label = widget.objectName() or getattr(widget, "text", lambda: "")()
        what = f"{name}: {type(widget).__name__} {label!r}"
        if isinstance(widget, QAbstractButton) and not _inside_scroll_area(widget, window):
            box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not window.rect().contains(box):
                problems.append(f"{what} lies outside the window")
        policy = widget.sizePolicy()
        hint = widget.minimumSizeHint()
        ignored = QSizePolicy.Policy.Ignored
        if isinstance(widget.parentWidget(), (QAbstractScrollArea, QLineEdit, QAbstractSpinBox, QComboBox)):
            continue  # a scroll area's viewport, a field's own small buttons: sized by their owner
        # A maximum below the hint is a deliberate choice (a thin strength meter), not a squashed widget.
        short = (
            policy.verticalPolicy() != ignored
            and widget.maximumHeight() >= hint.height() > 0
            and widget.height() < hint.height()
        )
        narrow = (
            policy.horizontalPolicy() != ignored
            and widget.maximumWidth() >= hint.width() > 0
            and widget.width() < hint.width()
        )
        if isinstance(widget, QLabel) and widget.wordWrap():
            narrow = False  # a wrapping label's minimum width is whatever it wraps to
            needed = widget.heightForWidth(widget.width())
            short = needed > 0 and widget.height() < needed
        if short or narrow:
            problems.append(
                f"{what} is {widget.width()}x{widget.height()}, "
                f"below its minimum {hint.width()}x{hint.height()}"
            )
    return problems


def text_problems(window: QWidget) -> list[str]:
    """Labels and buttons of ``window`` whose text does not fit the space they were given."""
    QApplication.processEvents()
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or (widget.isWindow() and widget is not window):
            continue
        if isinstance(widget, QLabel):
            # An ElidedLabel shows what fits, ending with an ellipsis: check that, not the whole text.
            text = widget.shown_text() if hasattr(widget, "shown_text") else widget.text()
            if not text or widget.textFormat() == Qt.TextFormat.RichText or "<" in text or widget.pixmap():
                continue
            shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&") if widget.buddy() else text
            room = widget.contentsRect()
            metrics = widget.fontMetrics()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(
                        f"wrapped label {shown[:60]!r} needs {needed} px high, has {widget.height()}"
                    )
            else:
                lines = shown.split("\n")
                wide = max(metrics.horizontalAdvance(line) for line in lines)
                # The label's own height hint: Arabic text is laid out in a fallback font whose
                # lines are shorter than the primary font's height.
                high = widget.sizeHint().height() - 2 * widget.margin()
                if wide > room.width() + 1 or high > room.height() + 1:
                    problems.append(
                        f"label {shown[:60]!r} needs {wide}x{high}, has {room.width()}x{room.height()}"
                    )
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            # The chosen item whole, not cut mid-word: the combo is at least as wide as its text.
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 30
            if widget.width() < needed and widget.maximumWidth() >= needed:
                problems.append(
                    f"combo {widget.currentText()[:60]!r} needs {needed} px, has {widget.width()}"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and not isinstance(widget.parentWidget(), QLineEdit)
        ):
            hint = widget.sizeHint()
            if widget.width() + 1 < hint.width() and widget.maximumWidth() >= hint.width():
                problems.append(
                    f"button {widget.text()[:60]!r} needs {hint.width()} px wide, has {widget.width()}"
                )
    return problems


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2
    return None


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys that two visible controls of ``window`` share: Alt then only cycles between
    them, so the second never gets focus with one key press."""
    owners: dict[str, list[str]] = {}
    if isinstance(window, QMainWindow):  # the menu titles (File, View, Help) take Alt+letter too
        for action in window.menuBar().actions():
            if (letter := _mnemonic(action.text())) is not None:
                owners.setdefault(letter, []).append(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, (QAbstractButton, QGroupBox)):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        else:
            continue
        letter = _mnemonic(text)
        if letter is not None:
            owners.setdefault(letter, []).append(text)
    name = type(window).__name__
    return [f"{name}: Alt+{k} is shared by {v}" for k, v in owners.items() if len(v) > 1]
