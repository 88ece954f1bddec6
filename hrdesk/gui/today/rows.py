"""The words of each kind of row on Today: what is due, whose posting ends, who has gone quiet.

Functions, not widgets' methods, so each sentence is one literal ``translate("Today", ...)``
call with its own plural forms (translators see whole sentences, never fragments).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

from hrdesk.domain.contacts import FollowUp, FollowUpSource, ItemRow, QuietContact
from hrdesk.domain.isolate import isolated
from hrdesk.domain.rotation import DueState, RotationAlert, RotationReason, days_since, due_state
from hrdesk.gui.contacts.labels import channel_label, item_kind_label, role_label
from hrdesk.gui.contacts.text import day_text, first_line, names_text

SEP = " · "
LRM, RLM = "\u200e", "\u200f"


def joined(parts: Iterable[str]) -> str:
    """The parts of a detail line, each in its own isolate: in Arabic a run of Latin names and
    embassies otherwise merged into one left-to-right run, the "و" glued to the wrong name."""
    # With every part isolated no letter is left to set the line's direction: a mark sets the UI's
    # (a Russian line started with an Arabic name was laid out right to left).
    mark = RLM if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else LRM
    return mark + SEP.join(isolated(p) for p in parts if p)


def names(values: Iterable[str]) -> str:
    return names_text(values)


class Today(QObject):
    """The Today rows' plural texts (translation context "Today").

    Qt 6.11's lupdate finds a plural (%n) text only inside self.tr(), so plural texts live here.
    """

    def overdue(self, days: int) -> str:
        return self.tr("Overdue by %n day(s)", "", days)

    def expected_to_leave(self, days: int) -> str:
        return self.tr("Was expected to leave %n day(s) ago", "", days)

    def posting_ends(self, days: int) -> str:
        return self.tr("Posting ends in %n day(s), on %1", "", days)

    def promised(self, days: int) -> str:
        return self.tr("Promised for %1, %n day(s) ago", "", days)

    def no_contact(self, days: int) -> str:
        return self.tr("No contact for %n day(s)", "", days)

    def due_in(self, days: int) -> str:
        return self.tr("Due in %n day(s), on %1", "", days)


def due_tag(due: dt.date, today: dt.date) -> str:
    if due_state(due, today) == DueState.OVERDUE:
        days = (today - due).days
        return Today().overdue(days)
    if due == today + dt.timedelta(days=1):  # "Coming up" rows are in the future
        return QCoreApplication.translate("Today", "Due tomorrow")
    if due > today:
        return Today().due_in((due - today).days).replace("%1", isolated(day_text(due)))
    return QCoreApplication.translate("Today", "Due today")


def follow_up_texts(follow_up: FollowUp, today: dt.date) -> tuple[str, str, str]:
    """(tag, title, detail) of a follow-up row."""
    if follow_up.source == FollowUpSource.INTERACTION and follow_up.channel is not None:
        what = (
            QCoreApplication.translate(
                "Today", "%1 on %2", "kind of contact, then its date: Meeting on 3 May 2026"
            )
            .replace("%1", isolated(channel_label(follow_up.channel)))
            .replace("%2", isolated(day_text(follow_up.happened)))
        )
    elif follow_up.item_kind is not None:
        what = item_kind_label(follow_up.item_kind)
    else:
        what = ""
    title = first_line(follow_up.title) or what
    parts = [
        what if title != what else "",
        names(follow_up.officer_names),
        names(follow_up.embassy_names),
    ]
    return due_tag(follow_up.due, today), title, joined(parts)


def rotation_texts(alert: RotationAlert, embassy: str) -> tuple[str, str, str]:
    officer = alert.officer
    days = alert.days_left or 0
    if alert.reason == RotationReason.LEFT_WITHOUT_SUCCESSOR:
        tag = QCoreApplication.translate("Today", "Left on %1, no successor recorded").replace(
            "%1", day_text(alert.end)
        )
    elif alert.reason == RotationReason.PAST_EXPECTED_END:
        tag = Today().expected_to_leave(-days)
    elif days == 0:
        tag = QCoreApplication.translate("Today", "Posting ends today")
    else:
        tag = Today().posting_ends(days).replace("%1", isolated(day_text(alert.end)))
    return tag, officer.name, joined((role_label(officer.role), embassy))


def commitment_texts(row: ItemRow, today: dt.date) -> tuple[str, str, str]:
    due = row.item.due or today
    tag = Today().promised((today - due).days).replace("%1", isolated(day_text(due)))
    return tag, first_line(row.item.what), joined((row.officer, row.embassy, row.case))


def quiet_texts(contact: QuietContact, today: dt.date) -> tuple[str, str, str]:
    days = days_since(contact.last, today)
    if days is None:
        tag = QCoreApplication.translate("Today", "No contact logged yet")
        detail = ""
    else:
        tag = Today().no_contact(days)
        detail = QCoreApplication.translate("Today", "Last contact on %1").replace(
            "%1", day_text(contact.last)
        )
    return tag, contact.name, detail
