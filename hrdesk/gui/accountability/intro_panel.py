"""A calm explanation of what an accountability request is, with links to the reference entries."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hrdesk.gui.common.icons import icon

#: The reference entries this panel links to, in the order of its buttons.
REFERENCE_ENTRIES = ("section-7031c", "global-magnitsky", "preparing-a-submission")


class AccountabilityIntro(QFrame):
    """Emits ``reference_requested(entry_id)`` when one of the "read more" buttons is pressed."""

    reference_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountabilityIntro")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.caution = QLabel()
        self.caution.setWordWrap(True)
        self.caution.setObjectName("warning")
        layout.addWidget(self.what)
        layout.addWidget(self.caution)
        links = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for entry_id in REFERENCE_ENTRIES:
            button = QPushButton(icon("mdi6.book-open-variant"), "")
            button.clicked.connect(lambda _=False, e=entry_id: self.reference_requested.emit(e))
            self.buttons[entry_id] = button
            links.addWidget(button)
        links.addStretch(1)
        layout.addLayout(links)
        for label in (self.what, self.caution):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    def retranslate(self) -> None:
        self.what.setText(
            self.tr(
                "The United States can refuse entry to officials involved in gross violations of "
                "human rights or significant corruption (Section 7031(c)), and can freeze their assets "
                "and bar dealings with them (Global Magnitsky sanctions). Anyone may send the State "
                "Department information for such a decision. Here you record who is responsible, what "
                "they did, which events of your timeline show it and what evidence exists, then print "
                "it as a separate document."
            )
        )
        self.caution.setText(
            self.tr(
                "This package names people who may retaliate. Keep it confidential and send it only "
                "through a channel you trust. Decisions are slow, often more than a year, and you may "
                "never hear the outcome. It does not replace urgent protection."
            )
        )
        self.buttons["section-7031c"].setText(self.tr("About Section &7031(c)"))
        self.buttons["global-magnitsky"].setText(self.tr("About &Global Magnitsky"))
        self.buttons["preparing-a-submission"].setText(self.tr("Preparing a &submission"))
        for button in self.buttons.values():
            button.setToolTip(self.tr("Opens the entry in Reference"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
