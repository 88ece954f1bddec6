"""What every wizard page shares: a title, loading a case, saving, dropping the case on close.

Pages hold case data only between ``load`` and ``unload``: the wizard unloads them when the
user goes back to the list, and the whole screen is deleted when the vault locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from hrdesk.gui.cases.wizard.editor import CaseEditor
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.common.plain_label import hint_label


class WizardPage(QWidget):
    page_id: PageId

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: CaseEditor | None = None

    def title(self) -> str:
        """The page's name in the step list."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called at creation and on every language change."""

    def load(self, editor: CaseEditor) -> None:
        """Show ``editor.case``; register collectors for fields read only when saving."""
        self.editor = editor

    def unload(self) -> None:
        """Forget the case (models, texts), so nothing of it stays in memory after closing."""
        self.editor = None

    def flush(self) -> None:
        """Commit anything half-edited in this page (an open table cell editor, for instance)."""

    def refresh(self) -> None:
        """The case changed elsewhere (another page): update what this page derives from it."""

    def add_heading(self, layout: QVBoxLayout) -> None:
        """The page's heading and the short explanation under it (``retranslate`` sets their texts)."""
        self.heading = heading_label()
        self.intro = hint_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

    def save_soon(self) -> None:
        """Something was typed: save after a short pause (typing on is not interrupted)."""
        if self.editor is not None:
            self.editor.schedule_save()

    def save_now(self) -> None:
        """A choice that other pages derive from (ticks, lists): save at once, so they follow."""
        if self.editor is not None:
            self.editor.schedule_save()
            self.editor.flush()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def scrolling(content: QWidget) -> QScrollArea:
    """Wrap a tall form so it scrolls instead of squeezing at 200% scaling."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def heading_label() -> QLabel:
    """A page's heading: larger and bold, relative to the user's font so it scales with it."""
    label = QLabel()
    label.setObjectName("pageHeading")
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    return layout
