"""The catalogue of the 13 kinds of support an embassy can give: tick what you ask for, add a note.

The note field appears under a kind once it is ticked. The order in which kinds were ticked is
kept (it is the order of the brief), and a note stays attached to its kind even while unticked,
so a slip of the mouse does not lose it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from hrdesk.domain.case import SupportKind, SupportRequest
from hrdesk.gui.common.labels import support_kind_label

MAX_NOTE = 2000


class SupportCatalogue(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.checks: dict[SupportKind, QCheckBox] = {}
        self.notes: dict[SupportKind, QLineEdit] = {}
        self._order: list[SupportKind] = []
        self._rows: list[QHBoxLayout] = []
        for kind in SupportKind:
            check = QCheckBox()
            note = QLineEdit()
            note.setMaxLength(MAX_NOTE)
            note.hide()  # shown under its kind once ticked: the list stays short and calm
            row = QHBoxLayout()
            self._rows.append(row)
            row.addWidget(note)
            layout.addWidget(check)
            layout.addLayout(row)
            check.toggled.connect(lambda on, k=kind: self._toggled(k, on))
            note.textEdited.connect(lambda _text: self.changed.emit())
            self.checks[kind], self.notes[kind] = check, note
        self._indent()
        self.retranslate()

    def _indent(self) -> None:
        """Each note sits under its label, past the box: on the right in a right-to-left layout
        (a layout's margins are not mirrored by Qt, so this is done here)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for row in self._rows:
            row.setContentsMargins(0, 0, 28, 6) if rtl else row.setContentsMargins(28, 0, 0, 6)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._indent()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for kind, check in self.checks.items():
            label = support_kind_label(kind)
            check.setText(label)
            note = self.notes[kind]
            note.setPlaceholderText(self.tr("Note (optional)"))
            note.setAccessibleName(self.tr("Note on: %1").replace("%1", label))

    def set_support(self, support: list[SupportRequest]) -> None:
        self._order = [s.kind for s in support]
        notes = {s.kind: s.note for s in support}
        for kind, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(kind in notes)
            check.blockSignals(False)
            self.notes[kind].setText(notes.get(kind, ""))
            self.notes[kind].setVisible(kind in notes)

    def support(self) -> list[SupportRequest]:
        return [SupportRequest(kind, self.notes[kind].text().strip()) for kind in self._order]

    def clear(self) -> None:
        self.set_support([])

    def _toggled(self, kind: SupportKind, on: bool) -> None:
        if on and kind not in self._order:
            self._order.append(kind)
        elif not on and kind in self._order:
            self._order.remove(kind)
        self.notes[kind].setVisible(on)
        self.changed.emit()
