"""On the Request page: the defender policy of each government chosen, with a link to read it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from hrdesk.gui.common.icons import icon
from hrdesk.services.policies import EmbassyPolicies, policies_for_embassies


class PoliciesPanel(QWidget):
    """``requested(entry_id)`` when a policy's link is clicked."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setColumnStretch(1, 1)
        self._embassies: list[str] = []
        self.rows: list[EmbassyPolicies] = []
        self.buttons: dict[tuple[str, str], QPushButton] = {}  # (embassy, entry id)

    def set_embassies(self, embassies: list[str]) -> None:
        self._embassies = list(embassies)
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)

    def _rebuild(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item is not None and (widget := item.widget()):
                widget.deleteLater()
        self.buttons = {}
        language = QLocale().name()[:2]
        self.rows = policies_for_embassies(self._embassies, language)
        if not self.rows:
            self._add_text(0, 0, self.tr("Add an embassy above to see its government's policy."), span=2)
            return
        row = 0
        for line in self.rows:
            name = QLabel(line.embassy)
            name.setTextFormat(Qt.TextFormat.PlainText)  # typed by the user
            self._layout.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            if not line.policies:
                self._add_text(row, 1, self._no_policy_text(line))
                row += 1
            for entry in line.policies:
                button = QPushButton(icon("mdi6.book-open-variant"), entry.title)
                button.setFlat(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setAccessibleName(self.tr("Read: %1").replace("%1", entry.title))
                button.setToolTip(entry.summary)
                button.clicked.connect(lambda _checked=False, e=entry.id: self.requested.emit(e))
                self._layout.addWidget(button, row, 1, Qt.AlignmentFlag.AlignLeading)
                self.buttons[(line.embassy, entry.id)] = button
                row += 1

    def _no_policy_text(self, line: EmbassyPolicies) -> str:
        if line.government is None:
            return self.tr("Not a government hrdesk recognises: no policy to show.")
        return self.tr("The reference holds no published defender policy of this government yet.")

    def _add_text(self, row: int, column: int, text: str, span: int = 1) -> None:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        self._layout.addWidget(label, row, column, 1, span)
