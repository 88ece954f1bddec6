"""``render_brief(case, options) -> bytes``: the printable brief as a PDF, built in memory.

What is printed follows the defender's choices on each item: the hand-over brief holds only
items marked "hand over"; the speaker notes add the items marked "for my eyes only" in a
separate part headed "not to be handed over", with a banner on every page; items marked
"never print" appear in neither. The bytes never touch the disk here: the caller writes
them where the user asked (or encrypts them first, see :mod:`hrdesk.brief.protect`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from hrdesk.brief.direction import direction_for
from hrdesk.brief.document import build_document, page_frame
from hrdesk.brief.embassy_match import same_embassy
from hrdesk.brief.front_sections import header_block, request_section, summary_annex, summary_section
from hrdesk.brief.glance import glance_box, talking_points
from hrdesk.brief.layout import Layout
from hrdesk.brief.options import BriefOptions, ContactHistoryRow, Section, Variant
from hrdesk.brief.page_frame import page_decorator
from hrdesk.brief.redaction import Pseudonymiser, names_in
from hrdesk.brief.styles import brief_styles
from hrdesk.brief.table_sections import contacts_table, outreach_table, timeline_table
from hrdesk.brief.texts import brief_texts
from hrdesk.domain.case import Case, Disclosure

#: Room above the text for the speaker notes' banner.
BANNER_ROOM = 12 * mm


def _people(case: Case, options: BriefOptions) -> list[str | list[str]]:
    """Every person the brief could print: the protected people of the case (each with all their
    spellings), then every name from the people fields (hidden items included, so a name typed in
    a hidden item's "who" is still replaced if it appears in printed text)."""
    people: list[str | list[str]] = [p.spellings() for p in case.people if p.protected]
    fields = [case.at_risk]
    fields += [event.who for event in case.timeline]
    fields += [item.contact for item in case.outreach]
    fields += [row.officer for row in _history_for(options)]
    return people + [name for text in fields for name in names_in(text)]


def _unprotected(case: Case) -> list[str]:
    """Spellings of people the user chose not to protect (a named perpetrator, say)."""
    return [s for p in case.people if not p.protected for s in p.spellings()]


def _history_for(options: BriefOptions) -> list[ContactHistoryRow]:
    """The contact history with the embassy the brief is for (all of it when none is named)."""
    rows = list(options.contact_history)
    if not options.embassy.strip():
        return rows
    return [r for r in rows if any(same_embassy(name, options.embassy) for name in r.embassies)]


class _Disclosed(Protocol):
    @property
    def disclosure(self) -> Disclosure: ...


# Any out: the three sections below reuse the names ``shown, private`` for their own item types.
def _split(items: Sequence[_Disclosed], private_too: bool) -> tuple[list[Any], list[Any]]:
    """Items to hand over, and items for the speaker notes only ("never" items are in neither)."""
    hand_over = [i for i in items if i.disclosure is Disclosure.HAND_OVER]
    notes = [i for i in items if i.disclosure is Disclosure.NOTES_ONLY] if private_too else []
    return hand_over, notes


def _main_sections(case: Case, options: BriefOptions, lay: Layout) -> tuple[list[Flowable], list[Flowable]]:
    """The hand-over story and, for speaker notes, the notes-only story."""
    t = lay.texts
    story: list[Flowable] = []
    notes: list[Flowable] = []
    wanted = options.sections
    # Private items are laid out only for the speaker notes: building them for the hand-over
    # brief too would give their people pseudonym letters, leaving gaps that reveal them.
    private_too = options.variant is Variant.NOTES
    if Section.SUMMARY in wanted:
        story += summary_section(case, lay)
    if Section.REQUEST in wanted:
        story += request_section(case, options, lay)
    if Section.TIMELINE in wanted:
        shown, private = _split(case.timeline, private_too)
        story += lay.heading(t.get("sections.timeline"))
        story.append(timeline_table(shown, lay) if shown else lay.label(t.get("timeline.empty")))
        if private:
            notes += [*lay.subheading(t.get("notes.timeline")), timeline_table(private, lay)]
    if Section.OUTREACH in wanted:
        shown, private = _split(case.outreach, private_too)
        story += lay.heading(t.get("sections.outreach"))
        if shown:
            story.append(outreach_table(shown, lay))
        else:
            empty = "outreach.none_made" if case.no_prior_outreach else "outreach.empty"
            story.append(lay.label(t.get(empty)))
        if private:
            notes += [*lay.subheading(t.get("notes.outreach")), outreach_table(private, lay)]
    history = _history_for(options)
    if Section.CONTACTS in wanted and history:
        shown, private = _split(history, private_too)
        story += lay.heading(t.get("sections.contacts"))
        story.append(contacts_table(shown, lay) if shown else lay.label(t.get("contacts.empty")))
        if private:
            notes += [*lay.subheading(t.get("notes.contacts")), contacts_table(private, lay)]
    if Section.SUMMARY in wanted:  # built last, as printed: pseudonym letters follow reading order
        story += summary_annex(case, lay)
    return story, notes


def render_brief(case: Case, options: BriefOptions | None = None) -> bytes:
    """The brief for ``case`` as PDF bytes (see :class:`BriefOptions` for the choices)."""
    options = options or BriefOptions()
    texts = brief_texts(options.language, options.number_style)
    direction = direction_for(options.language)
    styles = brief_styles(direction == "rtl")
    notes_variant = options.variant is Variant.NOTES
    frame = page_frame(BANNER_ROOM if notes_variant else 0.0)
    names = Pseudonymiser(
        _people(case, options), texts, enabled=options.redact_names, keep=_unprotected(case)
    )
    lay = Layout(texts, styles, direction, names, frame.width)

    story = header_block(case, options, lay)
    if notes_variant:
        # Speaker notes open with what to say, then what only the defender sees, then the brief
        # as handed over (for reference while speaking).
        story += talking_points(case, options, lay)
        glance = glance_box(case, lay)
        body, private = _main_sections(case, options, lay)
        if private:
            story += [
                *lay.heading(texts.get("sections.notes"), styles.warning_heading),
                lay.label(texts.get("notes.intro")),
                *private,
            ]
        story += [PageBreak(), *lay.heading(texts.get("notes.as_handed_over")), *glance, *body]
    else:
        story += glance_box(case, lay)
        story += _main_sections(case, options, lay)[0]

    title = texts.get("document.title_notes" if notes_variant else "document.title_hand_over")
    running = texts.get("document.running", title=title, embassy=options.embassy.strip())
    if not options.embassy.strip():
        running = texts.get("document.running_plain", title=title)
    decorate = page_decorator(frame, texts, styles, direction, notes_variant, running)
    return build_document(story, frame, title, options.language, decorate)
