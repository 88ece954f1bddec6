"""The timeline, prior outreach and contact history, each as a table in date order.

The same row builders serve the hand-over tables and the speaker notes' "not to be handed
over" tables, so an item looks the same wherever it is printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.platypus import Flowable

from hrdesk.brief.date_format import format_date, format_span
from hrdesk.brief.layout import Cell, Layout
from hrdesk.brief.options import ContactHistoryRow
from hrdesk.domain.case import EventKind, Outreach, TimelineEvent
from hrdesk.domain.dates import PartialDate

TIMELINE_WIDTHS = (34, 76, 30, 30)
OUTREACH_WIDTHS = (30, 32, 28, 40, 40)
CONTACT_WIDTHS = (30, 38, 28, 74)


def _partial(date: PartialDate | dt.date) -> PartialDate:
    return date if isinstance(date, PartialDate) else PartialDate.from_date(date)


def _cell(lay: Layout, main: str, extra: str = "", bold_main: bool = False) -> list[Flowable]:
    """A cell of user text with an optional smaller line under it."""
    s = lay.styles
    parts: list[Flowable] = []
    if main.strip():
        parts.append(lay.user(main, s.cell_bold if bold_main else s.cell))
    if extra.strip():
        parts.append(lay.user(extra, s.cell_small))
    return parts


def timeline_table(events: Sequence[TimelineEvent], lay: Layout) -> Flowable:
    t, s = lay.texts, lay.styles
    rows: list[list[Cell]] = []
    for event in sorted(events, key=TimelineEvent.sort_key):
        source = t.get("timeline.source", source=event.source.strip()) if event.source.strip() else ""
        # The kind as a bold lead-in, except "other", which says nothing the description does not.
        what: list[Flowable] = []
        if event.kind is not EventKind.OTHER or not event.what.strip():
            what.append(lay.label(t.label("event_kinds", event.kind), s.cell_bold))
        what += _cell(lay, event.what, source)
        rows.append(
            [
                lay.label(format_span(event.date, event.end_date, t), s.cell),
                what,
                _cell(lay, event.place),
                _cell(lay, event.who),
            ]
        )
    header = [t.get(f"timeline.{k}") for k in ("date", "event", "place", "who")]
    return lay.table(header, rows, TIMELINE_WIDTHS)


def outreach_table(items: Sequence[Outreach], lay: Layout) -> Flowable:
    t, s = lay.texts, lay.styles
    rows: list[list[Cell]] = []
    for item in sorted(items, key=lambda o: (o.date.sort_key(), o.id or 0)):
        step = t.get("outreach.next_step", next_step=item.next_step.strip()) if item.next_step.strip() else ""
        institution = _cell(lay, item.institution)
        institution.append(lay.label(t.label("channels", item.channel), s.cell_small))
        rows.append(
            [
                lay.label(format_date(item.date, t), s.cell),
                institution,
                _cell(lay, item.contact),
                _cell(lay, item.asked),
                _cell(lay, item.outcome, step),
            ]
        )
    header = [t.get(f"outreach.{k}") for k in ("date", "institution", "contact", "asked", "outcome")]
    return lay.table(header, rows, OUTREACH_WIDTHS)


def contacts_table(items: Sequence[ContactHistoryRow], lay: Layout) -> Flowable:
    t, s = lay.texts, lay.styles
    rows: list[list[Cell]] = []
    for item in sorted(items, key=lambda c: _partial(c.date).sort_key()):
        follow = item.follow_up.strip()
        follow = t.get("contacts.follow_up", follow_up=follow) if follow else ""
        officer = _cell(lay, item.officer)
        if item.role is not None:
            officer.append(lay.label(t.label("officer_roles", item.role), s.cell_small))
        rows.append(
            [
                lay.label(format_date(_partial(item.date), t), s.cell),
                officer,
                lay.label(t.label("channels", item.channel), s.cell) if item.channel else [],
                _cell(lay, item.summary, follow),
            ]
        )
    header = [t.get(f"contacts.{k}") for k in ("date", "officer", "channel", "summary")]
    return lay.table(header, rows, CONTACT_WIDTHS)
