"""Which embassy officers to ask to meet: pre-filled by the rules, changed by the user.

While the user has not changed anything the case stores "follow the suggestions" (None), so
ticking "security forces are involved" on the Basics page updates the list by itself. Once the
user ticks or unticks a role, their choice is kept until "Reset to suggestions".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.rules import is_security_service
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.labels import officer_role_label


class OfficersEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: list[OfficerRole] | None = None
        self._suggested: list[OfficerRole] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        for role in OfficerRole:
            item = QListWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setData(Qt.ItemDataRole.UserRole, role.value)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.state_label.setWordWrap(True)
        self.reset_button = QPushButton(icon("mdi6.restore"), "")
        row.addWidget(self.state_label, 1)
        row.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        # Shown while a security-service role is ticked: the user chose it, so it is printed.
        self.security_warning = QLabel()
        self.security_warning.setObjectName("warning")
        self.security_warning.setWordWrap(True)
        self.security_warning.setVisible(False)
        layout.addWidget(self.security_warning)
        self.list.itemChanged.connect(self._item_changed)
        self.reset_button.clicked.connect(self.reset)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Officers to ask to meet"))
        self.reset_button.setText(self.tr("Reset to suggestions"))
        self.security_warning.setText(
            self.tr(
                "Careful: a written request to meet defence, law-enforcement or intelligence staff can be "
                'used against you, for example in espionage or "foreign agent" charges. The brief and the '
                "email will name these roles. Usually it is better to ask the human rights officer, who can "
                "bring such colleagues if the embassy thinks it useful."
            )
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_state(self, chosen: list[OfficerRole] | None, suggested: list[OfficerRole]) -> None:
        self._chosen = None if chosen is None else list(chosen)
        self._suggested = list(suggested)
        self._show()

    def chosen(self) -> list[OfficerRole] | None:
        """The user's own choice, or None while the suggestions are followed."""
        return None if self._chosen is None else list(self._chosen)

    def reset(self) -> None:
        self._chosen = None
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        effective = self._suggested if self._chosen is None else self._chosen
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            role = OfficerRole(item.data(Qt.ItemDataRole.UserRole))
            label = officer_role_label(role)
            if role in self._suggested:
                label = self.tr("%1 (suggested)", "an officer role suggested by the rules").replace(
                    "%1", label
                )
            item.setText(label)
            item.setCheckState(Qt.CheckState.Checked if role in effective else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.security_warning.setVisible(any(is_security_service(role) for role in effective))
        self.reset_button.setEnabled(self._chosen is not None and self._chosen != self._suggested)
        if self._chosen is None:
            self.state_label.setText(
                self.tr("Following the suggestions, which change with the facts on the Basics page.")
            )
        elif not self._chosen:
            self.state_label.setText(
                self.tr("No officer chosen: choose at least one, usually the human rights officer.")
            )
        else:
            self.state_label.setText(
                self.tr("Your own choice: the facts on the Basics page no longer change it.")
            )

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._chosen = [
            OfficerRole(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        self._show()
        self.changed.emit()
