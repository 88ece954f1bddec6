"""Hand over what an officer who left still had open: to a colleague at the embassy, or to the
embassy itself until the new point of contact is known.

Opened right after "Mark as left" when something is open, and from the officer's page later.
The dialog is the confirmation: it lists what will move and where before anything changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from hrdesk.domain.contacts import Officer
from hrdesk.domain.handover import HandOverResult, OpenWork
from hrdesk.domain.isolate import isolated
from hrdesk.gui.contacts.dialog_base import ContactDialog
from hrdesk.gui.contacts.widgets import plain_label
from hrdesk.services.contacts import ContactLog
from hrdesk.services.handover import OfficerHandOver


class HandOverTexts(QObject):
    """The plural lines of a hand-over (translation context "HandOverTexts").

    Qt 6.11's lupdate finds a plural (%n) text only inside self.tr(), so plural texts live here.
    """

    def requests(self, count: int) -> str:
        return self.tr("%n open request(s)", "", count)

    def commitments(self, count: int) -> str:
        return self.tr("%n open commitment(s)", "", count)

    def follow_ups(self, count: int) -> str:
        return self.tr("%n follow-up(s) still to make", "", count)

    def lines(self, work: OpenWork) -> str:
        """One bulleted line per kind that is not empty."""
        counts = (
            (len(work.requests), self.requests),
            (len(work.commitments), self.commitments),
            (len(work.follow_ups), self.follow_ups),
        )
        return "\n".join(f"• {text(count)}" for count, text in counts if count)

    def summary(self, result: HandOverResult, successor: str) -> str:
        """What moved and where it is now (the message after a hand-over)."""
        if successor:
            where = self.tr("Now with %1:").replace("%1", isolated(successor))
        else:
            where = self.tr("Now with the embassy, no officer named:")
        return "\n".join(
            (
                where,
                self.lines(result.moved),
                "",
                self.tr(
                    "They are in the Tracker and on Today. To undo, use Undo the hand-over on this page."
                ),
            )
        )


class HandOverDialog(ContactDialog):
    def __init__(
        self, log: ContactLog, service: OfficerHandOver, officer: Officer, parent: QWidget | None = None
    ) -> None:
        super().__init__(log, parent)
        self.service = service
        self.officer = officer
        self.work = service.open_work(officer.id or 0)
        self.outcome: HandOverResult | None = None  # not "result": that is QDialog.result()
        self.intro = plain_label()
        self.form.addRow(self.intro)
        self.what = plain_label()
        self.form.addRow(self.what)
        self.to_label = QLabel()
        choices = QWidget()
        box = QVBoxLayout(choices)
        box.setContentsMargins(0, 0, 0, 0)
        self.to_colleague, self.to_embassy = QRadioButton(), QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.to_colleague)
        self.group.addButton(self.to_embassy)
        self.colleague = QComboBox()
        colleagues = [o for o in log.officers(officer.embassy_id) if o.id != officer.id and o.in_post]
        for colleague in colleagues:
            self.colleague.addItem(colleague.name, colleague.id)
        successor = self.colleague.findData(officer.successor_id) if officer.successor_id else -1
        self.colleague.setCurrentIndex(max(successor, 0))
        box.addWidget(self.to_colleague)
        box.addWidget(self.colleague)
        box.addWidget(self.to_embassy)
        self.to_colleague.setEnabled(bool(colleagues))
        (self.to_colleague if colleagues else self.to_embassy).setChecked(True)
        self.group.buttonToggled.connect(self._enable)
        self.add_row(self.to_label, choices)
        self.note = plain_label()
        self.note.setObjectName("hint")
        self.form.addRow(self.note)
        self._enable()
        self.retranslate()

    def _enable(self) -> None:
        self.colleague.setEnabled(self.to_colleague.isChecked())

    def target(self) -> int | None:
        """The officer chosen, or None for the embassy."""
        if self.to_colleague.isChecked() and self.colleague.currentData() is not None:
            return int(self.colleague.currentData())
        return None

    def retranslate(self) -> None:
        name = isolated(self.officer.name)
        self.setWindowTitle(self.tr("Hand over open items"))
        self.heading.setText(self.tr("Hand over what %1 left open").replace("%1", name))
        self.intro.setText(self.tr("%1 has left, but these are still open with them:").replace("%1", name))
        self.what.setText(HandOverTexts().lines(self.work))
        self.to_label.setText(self.tr("Hand them to"))
        self.to_colleague.setText(self.tr("A colleague at the same embassy:"))
        self.colleague.setAccessibleName(self.tr("The colleague who takes them over"))
        self.to_embassy.setText(self.tr("The embassy, with no officer named, until you know who takes over"))
        self.note.setText(
            self.tr(
                "Past interactions still name %1: only what is open moves. "
                "Cancel leaves everything with them; you can hand it over later from their page."
            ).replace("%1", name)
        )
        self.save_button.setText(self.tr("Hand over"))

    def save(self) -> int:
        self.outcome = self.service.hand_over(self.officer.id or 0, self.target())
        return self.officer.id or 0
