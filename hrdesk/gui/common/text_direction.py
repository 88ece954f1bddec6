"""Every text editor of the app reads each paragraph in its own direction (issue #13).

Qt lays a text box out in the widget's direction: Arabic typed into a box of the English UI
starts at the left, English typed in the Arabic UI has its full stop at the wrong end. Like
``dir="auto"`` in HTML, each paragraph should take its direction (and so its side) from its
first strong letter. One application-wide event filter does this for every editor, so no
page or dialog (nor a table's cell editor) can forget it:

- multi-line boxes (``QPlainTextEdit``, ``QTextEdit``): the document's default text option
  gets ``LayoutDirectionAuto``; Qt then resolves each block (paragraph) from its own text;
- single-line boxes (``QLineEdit``): the box takes the direction of what it holds, and goes
  back to the window's direction when it holds no letter. Boxes inside spin boxes, date
  edits and combo boxes (numbers, dates, fixed choices) and password boxes are left alone.

Qt resets the text option whenever the widget's own direction changes, so it is set again
after each such change, once the widget has handled it.

Table, list and tree cells get the same rule: a view still using Qt's standard delegate gets
``AutoDirectionDelegate`` when first shown (the app's own delegates derive from
it). Drop-down lists of combo boxes keep the window's direction: one column of fixed choices.

The same filter gives every calendar (a date edit's popup) the weekend of its locale: Qt
colours Saturday and Sunday whatever the locale, but in Egypt the weekend is Friday and
Saturday (``QLocale.weekdays()`` holds the working days).
"""

from __future__ import annotations

from unicodedata import bidirectional

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

_DONE = "hrdeskAutoDirection"


def first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """Direction of the first strong letter of ``text``; None when it has none."""
    for ch in text:
        kind = bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def auto_direction_text_box(box: QPlainTextEdit | QTextEdit) -> None:
    """Let every paragraph of ``box`` take its own direction and side."""
    document = box.document()
    option = document.defaultTextOption()
    # QPlainTextEdit's layout (Qt 6.11) orders an auto-direction paragraph right but does not
    # move it to its side with AlignLeft; with AlignJustify the last (or only) line of each
    # paragraph goes to its own start side, and wrapped lines are justified as in print.
    align = Qt.AlignmentFlag.AlignJustify if isinstance(box, QPlainTextEdit) else option.alignment()
    if option.textDirection() != Qt.LayoutDirection.LayoutDirectionAuto or option.alignment() != align:
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setAlignment(align)
        document.setDefaultTextOption(option)


def _follow_text(edit: QLineEdit) -> None:
    if not isValid(edit):
        return
    direction = first_strong_direction(edit.text())
    if direction is None:
        if edit.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
            edit.unsetLayoutDirection()
    elif direction != edit.layoutDirection():
        edit.setLayoutDirection(direction)


def auto_direction_line(edit: QLineEdit) -> None:
    """Let ``edit`` take the direction of what it holds (once per box)."""
    if edit.property(_DONE):
        return
    edit.setProperty(_DONE, True)
    edit.textChanged.connect(lambda _text, edit=edit: _follow_text(edit))
    _follow_text(edit)


def locale_weekend(calendar: QCalendarWidget) -> None:
    """Mark the days that are not working days in ``calendar``'s locale as the weekend."""
    working = set(calendar.locale().weekdays())
    weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday)
    plain = calendar.weekdayTextFormat(Qt.DayOfWeek.Monday)
    if Qt.DayOfWeek.Saturday in working:  # the stock weekend format is Saturday's, unless moved
        weekend = QTextCharFormat(plain)
        weekend.setForeground(Qt.GlobalColor.red)
    for day in Qt.DayOfWeek:
        if day is not Qt.DayOfWeek.Monday or day not in working:
            calendar.setWeekdayTextFormat(day, plain if day in working else weekend)


class AutoDirectionDelegate(QStyledItemDelegate):
    """The standard delegate, with each cell's direction taken from its own text's first strong
    letter (a cell with none, a date or a number, keeps the view's)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = first_strong_direction(option.text)
        if direction is not None:
            option.direction = direction  # AlignLeft/AlignLeading then mean that text's start side


def auto_direction_cells(view: QAbstractItemView) -> None:
    """Give ``view`` the auto-direction delegate if it still has Qt's standard one."""
    if type(view.itemDelegate()) is not QStyledItemDelegate or _in_combo_box(view):
        return
    view.setItemDelegate(AutoDirectionDelegate(view))


def _in_combo_box(view: QWidget) -> bool:
    popup = view.parentWidget()
    return popup is not None and isinstance(popup.parentWidget(), QComboBox)


def _is_free_text_line(edit: QLineEdit) -> bool:
    if edit.echoMode() != QLineEdit.EchoMode.Normal:
        return False
    parent = edit.parentWidget()
    return not isinstance(parent, (QAbstractSpinBox, QComboBox))


class AutoTextDirection(QObject):
    """The event filter; install once on the application (:func:`install`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.LayoutDirectionChange) and isinstance(watched, QWidget):
            if isinstance(watched, (QPlainTextEdit, QTextEdit)):
                if kind == QEvent.Type.Show:
                    auto_direction_text_box(watched)
                else:  # after Qt's own handler has reset the option
                    QTimer.singleShot(
                        0, lambda box=watched: auto_direction_text_box(box) if isValid(box) else None
                    )
            elif isinstance(watched, QLineEdit) and kind == QEvent.Type.Show and _is_free_text_line(watched):
                auto_direction_line(watched)
            elif isinstance(watched, QCalendarWidget) and kind == QEvent.Type.Show:
                locale_weekend(watched)
            elif isinstance(watched, QAbstractItemView) and kind == QEvent.Type.Show:
                auto_direction_cells(watched)
        return False


def install(app: QApplication) -> AutoTextDirection:
    """Install the filter on ``app`` (parented to it, so it lives as long as the app)."""
    existing = app.findChild(AutoTextDirection)
    if existing is not None:
        return existing
    direction_filter = AutoTextDirection(app)
    app.installEventFilter(direction_filter)
    return direction_filter
