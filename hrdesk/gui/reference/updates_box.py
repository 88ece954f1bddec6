"""Settings → Reference updates: which content is in use, and importing a signed update."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hrdesk.gui.common.date_text import long_date
from hrdesk.gui.common.file_dialogs import FileDialogs
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.messages import Messages
from hrdesk.reference.installed import current_content, install_pack
from hrdesk.reference.packs import PackError


class ReferenceUpdatesBox(QGroupBox):
    """``updated`` after a pack is installed, so the Reference screen reloads its content."""

    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        self.import_button = QPushButton(icon("mdi6.file-certificate-outline"), "")
        self.import_button.clicked.connect(self.choose_and_import)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reference updates"))
        self.note.setText(
            self.tr(
                "Updated reference content comes as a signed file, for example on a USB stick. "
                "hrdesk checks the signature and every language before using it, and never goes online."
            )
        )
        self.import_button.setText(self.tr("&Import update…"))
        self.import_button.setAccessibleName(self.tr("Import a signed reference update"))
        made, signer = current_content()
        shown = long_date(QDate(made.year, made.month, made.day))
        self.status.setText(
            self.tr("In use: the content bundled with hrdesk, checked up to %1.").replace("%1", shown)
            if signer is None
            else self.tr("In use: an update of %1, signed by %2.").replace("%1", shown).replace("%2", signer)
        )

    def choose_and_import(self) -> None:
        title = self.tr("Import a reference update")
        path = FileDialogs.open_path(self, title, self.tr("Reference updates (*.hrdpack);;All files (*)"))
        if not path:
            return
        try:
            pack = install_pack(Path(path).read_bytes())
        except (OSError, PackError) as exc:
            Messages.error(
                self, title, self.tr("The file was not used; nothing changed.\n\n%1").replace("%1", str(exc))
            )
            return
        self.retranslate()
        self.updated.emit()
        Messages.info(self, title, self.tr("The reference now holds the update of %1, signed by %2.")
                      .replace("%1", pack.date.isoformat()).replace("%2", pack.signer))  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
