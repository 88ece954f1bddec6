"""The accountability package as its own PDF: the people responsible, their conduct linked to
the case's timeline, a checklist of what the State Department asks for, and what is missing.

It opens with a reminder that such requests are confidential and slow. Linked events are
printed only when marked "hand over": the package leaves the defender's hands like the brief.
Names are never pseudonymised here: identifying the people responsible is its purpose.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from hrdesk.brief.date_format import format_date, format_span
from hrdesk.brief.direction import direction_for
from hrdesk.brief.document import build_document, page_frame
from hrdesk.brief.fonts import LATIN
from hrdesk.brief.layout import Layout
from hrdesk.brief.page_frame import page_decorator
from hrdesk.brief.redaction import Pseudonymiser
from hrdesk.brief.styles import NOTES_FILL, WARNING, brief_styles
from hrdesk.brief.texts import brief_texts
from hrdesk.domain.accountability import AccountabilityFile, Conduct, ResponsiblePerson, identity_gaps
from hrdesk.domain.case import Case, Disclosure, TimelineEvent
from hrdesk.domain.countries import display_government

_CHECKLIST = (
    "names",
    "identifiers",
    "conduct",
    "responsibility",
    "evidence",
    "corroboration",
    "ties",
    "consent",
)


def _reminder(lay: Layout) -> Flowable:
    t, s = lay.texts, lay.styles
    box = Table(
        [
            [
                [
                    lay.label(t.get("accountability.reminder_heading"), s.subheading),
                    lay.label(t.get("accountability.reminder")),
                ]
            ]
        ],
        colWidths=[lay.width],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, WARNING),
                ("BACKGROUND", (0, 0), (-1, -1), NOTES_FILL),
                ("FONTNAME", (0, 0), (-1, -1), LATIN),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _person(
    person: ResponsiblePerson, conduct: list[Conduct], events: dict[int, TimelineEvent], lay: Layout
) -> list[Flowable]:
    t, s = lay.texts, lay.styles
    rows = [
        (t.get("accountability.aliases"), t.join(person.aliases)),
        (t.get("accountability.country_of_birth"), display_government(person.country_of_birth, t.lang)),
        (t.get("accountability.birth_date"), format_date(person.birth_date, t) if person.birth_date else ""),
        (t.get("accountability.position"), person.position),
        (t.get("accountability.notes"), person.notes),
    ]
    story: list[Flowable] = [*lay.subheading(person.full_name)]
    shown = [(label, value) for label, value in rows if value.strip()]
    if shown:
        story.append(lay.pairs(shown, label_mm=45))
    if not conduct:
        story.append(lay.label(t.get("accountability.no_conduct")))
    for item in conduct:
        story.append(Spacer(0, 4))
        story.append(lay.label("• " + t.label("conduct_categories", item.category), s.cell_bold))
        if item.description.strip():
            story.append(lay.indented(item.description, s.body))
        linked = [events[i] for i in item.event_ids if i in events]
        if linked:
            # Date and description on lines of their own, so each keeps its own direction.
            story.append(lay.indented(t.get("accountability.linked_events"), s.cell_small))
            for event in sorted(linked, key=TimelineEvent.sort_key):
                story.append(lay.indented(format_span(event.date, event.end_date, t), s.cell_bold))
                story.append(lay.indented(event.what, s.cell, amount=10 * mm))
        if item.evidence.strip():
            story.append(lay.indented(t.get("accountability.evidence_heading"), s.cell_small))
            story.append(lay.indented(item.evidence, s.cell))
    return story


def _submitter(case: Case, lay: Layout) -> list[Flowable]:
    """Who sends the package and how to reach them safely (item 8 of the checklist): the case's
    organisation and the "at a glance" contact fields, typed once on the Request page."""
    t = lay.texts
    rows = [
        (t.get(label), value.strip())
        for label, value in (
            ("header.organisation", case.organisation),
            ("glance.reach", case.request.safe_channel),
            ("glance.confirmed_by", case.request.confirmed_by),
        )
        if value.strip()
    ]
    story: list[Flowable] = [*lay.heading(t.get("accountability.submitter"))]
    if not case.organisation.strip() or not case.request.safe_channel.strip():
        story.append(lay.label(t.get("accountability.no_submitter"), lay.styles.subheading))
    if rows:
        story.append(lay.pairs(rows, label_mm=52))
    return story


def _checklist(file: AccountabilityFile, lay: Layout) -> list[Flowable]:
    t = lay.texts
    story: list[Flowable] = [*lay.heading(t.get("accountability.checklist"))]
    story += [
        lay.label(f"{n}. {t.get(f'accountability.checklist_items.{key}')}")
        for n, key in enumerate(_CHECKLIST, 1)
    ]
    for person in file.people:
        gaps = identity_gaps(person, file.conduct_of(person.id))
        if gaps:
            items = t.join([t.get(f"accountability.gaps.{gap.value}") for gap in gaps])
            text = t.get("accountability.missing", name=person.full_name, items=items)
        else:
            text = t.get("accountability.complete", name=person.full_name)
        story.append(lay.user(text, lay.styles.subheading if gaps else lay.styles.body))
    return story


def render_accountability(
    case: Case, file: AccountabilityFile, language: str = "en", prepared: dt.date | None = None
) -> bytes:
    """The package for ``case`` as PDF bytes, in ``language``."""
    texts = brief_texts(language)
    direction = direction_for(language)
    styles = brief_styles(direction == "rtl")
    frame = page_frame()
    lay = Layout(texts, styles, direction, Pseudonymiser([], texts, enabled=False), frame.width)
    events = {e.id: e for e in case.timeline if e.id is not None and e.disclosure is Disclosure.HAND_OVER}

    story: list[Flowable] = [
        lay.label(texts.get("accountability.title"), styles.kicker),
        lay.user(case.title, styles.title),
        lay.label(texts.get("accountability.subtitle")),
        lay.pairs([(texts.get("header.prepared"), format_date(prepared or dt.date.today(), texts))]),
        _reminder(lay),
        *_submitter(case, lay),
        *lay.heading(texts.get("accountability.people")),
    ]
    if not file.people:
        story.append(lay.label(texts.get("accountability.no_people")))
    for person in file.people:
        story += _person(person, file.conduct_of(person.id), events, lay)
    story += _checklist(file, lay)

    decorate = page_decorator(frame, texts, styles, direction, notes=False)
    return build_document(story, frame, texts.get("accountability.title"), language, decorate)
