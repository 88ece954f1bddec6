"""Today: the screen a defender opens every morning.

Calm sections, each hidden behind a single reassuring line when there is nothing to do:
follow-ups due or overdue (done, snooze, reschedule), officers about to rotate ("ask for a new
point of contact"), commitments past their date, follow-ups coming up in the next days (how
many days is a setting), and embassies or open cases with no contact for a chosen number of
days. It reads the vault each time it is shown and after every action.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from hrdesk.domain.contacts import FollowUp, FollowUpSource, ItemRow, QuietContact
from hrdesk.domain.isolate import isolated
from hrdesk.domain.rotation import QUIET_DAYS_RANGE, SNOOZE_CHOICES, RotationAlert
from hrdesk.gui.common.date_text import long_date
from hrdesk.gui.common.empty_state import EmptyState
from hrdesk.gui.common.icons import icon
from hrdesk.gui.common.plain_label import PlainLabel
from hrdesk.gui.common.reference_links import ReferenceLinks
from hrdesk.gui.common.screen import Screen
from hrdesk.gui.context import AppContext
from hrdesk.gui.screen_list import screen_title
from hrdesk.gui.today.danger import IN_DANGER_ENTRY, DangerLink
from hrdesk.gui.today.lazy_rows import LazyRows
from hrdesk.gui.today.reschedule_dialog import RescheduleDialog
from hrdesk.gui.today.rows import commitment_texts, follow_up_texts, quiet_texts, rotation_texts
from hrdesk.gui.today.section import Section, TodayRow
from hrdesk.services.contacts import ContactLog, TodayView
from hrdesk.settings import COMING_UP_DAYS


class TodayScreen(Screen):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        vault = context.session.vault
        assert vault is not None  # noqa: S101 - the main window exists only while unlocked
        self.log = ContactLog(vault)
        self.settings = context.settings
        self.view: TodayView | None = None
        self.coming_up: list[FollowUp] = []
        self.coming_up_total = 0
        self.coming_up_days = 0
        self.dialog: RescheduleDialog | None = None
        self.rows = LazyRows(self)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(22)
        self.heading = PlainLabel()
        self.heading.setObjectName("heading")
        self.date_line = PlainLabel()
        self.date_line.setObjectName("hint")
        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.heading)
        top.addWidget(self.date_line)
        self.links = ReferenceLinks()
        self.links.requested.connect(context.show_reference)
        top.addWidget(self.links)
        self.danger = DangerLink()
        self.danger.clicked.connect(lambda: context.show_reference(IN_DANGER_ENTRY))
        top.addWidget(self.danger, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addLayout(top)
        self.all_clear = EmptyState("mdi6.weather-sunny")
        layout.addWidget(self.all_clear)
        self.follow_ups = Section("mdi6.bell-outline")
        self.rotations = Section("mdi6.account-switch-outline")
        self.commitments = Section("mdi6.handshake-outline")
        self.coming = Section("mdi6.calendar-clock")  # due soon, after today: seen before it is late
        self.quiet = Section("mdi6.timer-sand")
        for section in (self.follow_ups, self.rotations, self.commitments, self.coming, self.quiet):
            layout.addWidget(section)
        layout.addStretch(1)
        self.quiet_label = QLabel()
        self.quiet_days = QSpinBox()
        self.quiet_days.setRange(*QUIET_DAYS_RANGE)
        self.quiet_label.setBuddy(self.quiet_days)
        self.quiet.extra.addWidget(self.quiet_label)
        self.quiet.extra.addWidget(self.quiet_days)
        self._quiet_timer = QTimer(self)
        self._quiet_timer.setSingleShot(True)
        self._quiet_timer.setInterval(500)
        self._quiet_timer.timeout.connect(self._save_quiet_days)
        self.quiet_days.valueChanged.connect(lambda _v: self._quiet_timer.start())
        self.retranslate()

    @classmethod
    def title(cls) -> str:
        return screen_title("today")

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.log.is_open:  # locked: this screen is about to be destroyed
            return
        today = dt.date.today()
        self.view = view = self.log.today(today)
        self.quiet_days.blockSignals(True)
        self.quiet_days.setValue(view.quiet_days)
        self.quiet_days.blockSignals(False)
        self.coming_up_days = self.settings.get(COMING_UP_DAYS)
        self.coming_up, self.coming_up_total = self.log.coming_up(today, self.coming_up_days)
        self.rows.restart()
        for section in (self.follow_ups, self.rotations, self.commitments, self.coming, self.quiet):
            section.clear()
        # Rows are queued, not built: the first few now, the rest once the screen has painted.
        for follow_up in view.follow_ups:
            self.rows.add(self.follow_ups, self._follow_up_row, follow_up, today, self.follow_ups)
        for follow_up in self.coming_up:
            self.rows.add(self.coming, self._follow_up_row, follow_up, today, self.coming)
        for alert in view.rotations:
            self.rows.add(self.rotations, self._rotation_row, alert, view)
        for item_row in view.overdue_commitments:
            self.rows.add(self.commitments, self._commitment_row, item_row, today)
        for contact in view.quiet_embassies:
            self.rows.add(self.quiet, self._quiet_embassy_row, contact, today)
        for contact in view.quiet_cases:
            self.rows.add(self.quiet, self._quiet_case_row, contact, today)
        self._set_section_texts()
        self.rows.start()

    def _rotation_row(self, alert: RotationAlert, view: TodayView) -> None:
        row = self.rotations.add(
            TodayRow(*rotation_texts(alert, view.embassy_labels.get(alert.officer.embassy_id, "")))
        )
        open_button = row.add_button(
            self.tr("Open"),
            "mdi6.account-outline",
            self.tr("Open %1").replace("%1", isolated(alert.officer.name)),
        )
        open_button.clicked.connect(
            lambda _c=False, o=alert.officer.id: self._contacts_call("open_officer", o)
        )

    def _commitment_row(self, item_row: ItemRow, today: dt.date) -> None:
        row = self.commitments.add(TodayRow(*commitment_texts(item_row, today)))
        open_button = row.add_button(
            self.tr("Update…"), "mdi6.pencil-outline", self.tr("Update the commitment")
        )
        open_button.clicked.connect(lambda _c=False, i=item_row.item.id: self._contacts_call("open_item", i))

    def _quiet_embassy_row(self, contact: QuietContact, today: dt.date) -> None:
        row = self.quiet.add(TodayRow(*quiet_texts(contact, today)))
        button = row.add_button(
            self.tr("Open"), "mdi6.bank-outline", self.tr("Open %1").replace("%1", isolated(contact.name))
        )
        button.clicked.connect(lambda _c=False, e=contact.id: self._contacts_call("open_embassy", e))

    def _quiet_case_row(self, contact: QuietContact, today: dt.date) -> None:
        row = self.quiet.add(TodayRow(*quiet_texts(contact, today)))
        button = row.add_button(
            self.tr("Log an interaction"),
            "mdi6.message-plus-outline",
            self.tr("Log an interaction for %1").replace("%1", isolated(contact.name)),
        )
        button.clicked.connect(lambda _c=False, c=contact.id: self._contacts_call("log_interaction", (), [c]))

    def _follow_up_row(self, follow_up: FollowUp, today: dt.date, section: Section) -> None:
        """Done, Later (snooze a few days, or pick a date), Open: three buttons, the first the usual one."""
        tag, title, detail = follow_up_texts(follow_up, today)
        row = section.add(TodayRow(tag, title, detail))
        done = row.add_button(
            self.tr("Done"),
            "mdi6.check",
            self.tr("Mark the follow-up done: %1").replace("%1", isolated(title)),
        )
        done.clicked.connect(lambda _c=False, f=follow_up.id: self.mark_done(f))
        menu = QMenu(row)
        for days in SNOOZE_CHOICES:
            action = QAction(self.tr("In %n day(s)", "", days), menu)
            action.triggered.connect(lambda _c=False, f=follow_up.id, d=days: self.snooze(f, d))
            menu.addAction(action)
        menu.addSeparator()
        pick = QAction(icon("mdi6.calendar-edit"), self.tr("On another day…"), menu)
        pick.triggered.connect(lambda _c=False, f=follow_up: self.reschedule(f))
        menu.addAction(pick)
        row.add_menu_button(
            self.tr("Later"),
            "mdi6.alarm-snooze",
            self.tr("Snooze or reschedule: %1").replace("%1", isolated(title)),
            menu,
        )
        source = "open_interaction" if follow_up.source == FollowUpSource.INTERACTION else "open_item"
        open_button = row.add_button(
            self.tr("Open"), "mdi6.open-in-app", self.tr("Open: %1").replace("%1", isolated(title))
        )
        open_button.clicked.connect(
            lambda _c=False, s=source, i=follow_up.source_id: self._contacts_call(s, i)
        )

    # -- acting -------------------------------------------------------------------------------
    def mark_done(self, follow_up_id: int) -> None:
        self.log.follow_up_done(follow_up_id)
        self._after_action()

    def snooze(self, follow_up_id: int, days: int) -> None:
        self.log.snooze(follow_up_id, days, dt.date.today())
        self._after_action()

    def reschedule(self, follow_up: FollowUp) -> None:
        dialog = RescheduleDialog(
            follow_up_texts(follow_up, dt.date.today())[1], follow_up.due, dt.date.today(), self
        )
        self.dialog = dialog

        def chosen() -> None:
            self.log.reschedule(follow_up.id, dialog.chosen())
            self._after_action()

        dialog.accepted.connect(chosen)
        dialog.open()

    def _after_action(self) -> None:
        self.refresh()
        # Keep the keyboard where it was: on the next follow-up, or on the section heading.
        first = self.follow_ups.rows[0].buttons.itemAt(0) if self.follow_ups.rows else None
        target = (first.widget() if first is not None else None) or self.quiet_days
        target.setFocus()

    def _save_quiet_days(self) -> None:
        self.log.set_quiet_days(self.quiet_days.value())
        self.refresh()

    def _contacts_call(self, method: str, *args: object) -> None:
        """Open the record on the Contacts screen (the main window owns both screens)."""
        window = self.window()
        screens = getattr(window, "screens", {})
        contacts = screens.get("contacts")
        if contacts is None:
            return
        window.show_screen("contacts")  # type: ignore[attr-defined]
        getattr(contacts, method)(*args)

    # -- words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.date_line.setText(long_date(QDate.currentDate()))
        self.links.set_links(
            self.tr("Why this matters:"),
            [
                ("follow-up", self.tr("Following up after a meeting")),
                ("staff-rotation", self.tr("When officials move on")),
            ],
        )
        self.danger.retranslate()
        self.quiet_label.setText(self.tr("&Days without contact:"))
        self.quiet_days.setAccessibleName(self.tr("Days without contact before an embassy or case is listed"))
        self.all_clear.set_texts(
            self.tr("Nothing needs you today"),
            self.tr("No follow-ups are due, no officer is about to leave and no commitment is overdue."),
        )
        if self.view is not None:
            self.refresh()

    def _set_section_texts(self) -> None:
        view = self.view
        if view is None:
            return
        shown, total = len(view.follow_ups), view.follow_ups_total
        self.follow_ups.set_texts(
            self.tr("Follow-ups (%n)", "", total),
            note=self.tr("Showing the %n oldest. Mark some done to see the rest.", "", shown)
            if total > shown
            else "",
        )
        self.rotations.set_texts(
            self.tr("Ask for a new point of contact"),
            note=self.tr(
                "These officers are leaving or have left. "
                "Ask the embassy who takes over, then record the successor."
            ),
        )
        self.commitments.set_texts(self.tr("Overdue commitments"))
        days = self.coming_up_days
        self.coming.set_texts(
            self.tr("Coming up (%n)", "", self.coming_up_total),
            empty=self.tr("Nothing is due in the next %n day(s).", "", days),
            # With nothing due, the "nothing is due" line says it all: no note repeating the period.
            note=(
                self.tr("Follow-ups due in the next %n day(s).", "", days)
                + (
                    " " + self.tr("Showing the first %n.", "", len(self.coming_up))
                    if self.coming_up_total > len(self.coming_up)
                    else ""
                )
            )
            if self.coming_up
            else "",
        )
        self.coming.setVisible(days > 0)
        self.quiet.set_texts(
            self.tr("No recent contact"),
            empty=self.tr(
                "Every embassy and open case has had contact in the last %n day(s).", "", view.quiet_days
            ),
            note=self.tr("Engage early and often, so the embassy knows you before an emergency."),
        )
        busy = bool(view.follow_ups or view.rotations or view.overdue_commitments)
        self.follow_ups.setVisible(bool(view.follow_ups))
        self.rotations.setVisible(bool(view.rotations))
        self.commitments.setVisible(bool(view.overdue_commitments))
        self.quiet.note.setVisible(bool(view.quiet_embassies or view.quiet_cases))
        self.all_clear.setVisible(not busy)
