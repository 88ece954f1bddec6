"""The "at a glance" box that opens page 1 of every brief: what an officer must know in one minute.

The app's own advice is a brief of one or two pages; an officer with a pile of them reads the
top of page 1 first. So the box says, before any story: what we ask, by when, how to reach the
defender safely, what the embassy must not do, and who can confirm the facts. Where the
defender left "how to reach us" or "please do not" empty, a safe default is printed rather
than nothing (the consent principle of defender policies, such as Canada's, backs it).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from hrdesk.brief.date_format import format_date
from hrdesk.brief.direction import mirror_columns, mirror_table_style
from hrdesk.brief.fonts import LATIN
from hrdesk.brief.layout import Layout
from hrdesk.brief.options import BriefOptions
from hrdesk.brief.styles import HEADER_FILL, RULE
from hrdesk.domain.case import Case

_PAD = 5
_LABEL_MM = 42


def _ask(case: Case, lay: Layout) -> str:
    request = case.request
    if request.ask.strip():
        return request.ask
    kinds = [lay.texts.label("support_kinds", item.kind) for item in request.support]
    return lay.texts.join(kinds) if kinds else lay.texts.get("request.nothing")


def glance_rows(case: Case, lay: Layout) -> list[tuple[str, str, bool]]:
    """(label, text, is the defender's own text) for each line of the box, in printed order."""
    t, request = lay.texts, case.request
    rows = [(t.get("glance.ask"), _ask(case, lay), bool(request.ask.strip()))]
    if request.deadline is not None:
        rows.append((t.get("glance.deadline"), format_date(request.deadline, t), False))
    elif request.urgency.strip():
        rows.append((t.get("glance.deadline"), request.urgency, True))
    reach = request.safe_channel.strip()
    rows.append((t.get("glance.reach"), reach or t.get("glance.reach_default"), bool(reach)))
    please = request.please_do_not.strip()
    rows.append(
        (t.get("glance.please_do_not"), please or t.get("glance.please_do_not_default"), bool(please))
    )
    if request.confirmed_by.strip():
        rows.append((t.get("glance.confirmed_by"), request.confirmed_by, True))
    return rows


def glance_box(case: Case, lay: Layout) -> list[Flowable]:
    """The box, framed and shaded, its title on the first line."""
    s = lay.styles
    widths = [_LABEL_MM * mm, lay.width - _LABEL_MM * mm]
    # The title in both cells of the spanned row: in Arabic the columns are mirrored, and a
    # span shows its first cell's content.
    data: list[list[object]] = [[lay.label(lay.texts.get("glance.title"), s.cell_bold) for _ in range(2)]]
    for label, text, own in glance_rows(case, lay):
        value = lay.user(text, s.cell) if own else lay.label(text, s.cell)
        data.append([lay.label(label, s.cell_bold), value])
    commands = [
        ("SPAN", (0, 0), (1, 0)),
        ("BOX", (0, 0), (-1, -1), 0.9, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    table = Table(
        mirror_columns(data, lay.rtl),
        colWidths=mirror_columns([widths], lay.rtl)[0],
        hAlign="RIGHT" if lay.rtl else "LEFT",
        spaceBefore=4,
        spaceAfter=8,
    )
    table.setStyle(TableStyle(mirror_table_style(commands, 2, lay.rtl)))
    return [table]


def talking_points(case: Case, options: BriefOptions, lay: Layout) -> list[Flowable]:
    """The top of the speaker notes: the ask, why it matters to this government, what to avoid."""
    t, s, request = lay.texts, lay.styles, case.request
    embassy = options.embassy.strip()
    why_label = t.get("notes.tp_why", embassy=embassy) if embassy else t.get("notes.tp_why_plain")
    points: list[Flowable] = [*lay.subheading(t.get("notes.tp_ask")), lay.user(_ask(case, lay))]
    if request.deadline is not None:
        points.append(lay.label(t.get("email.deadline", deadline=format_date(request.deadline, t)), s.body))
    why = request.why_it_matters.strip()
    points += [*lay.subheading(why_label), lay.user(why) if why else lay.label(t.get("notes.tp_why_missing"))]
    points += [*lay.subheading(t.get("notes.tp_avoid")), lay.label(t.get("notes.tp_avoid_text"))]
    if request.please_do_not.strip():
        points.append(lay.user(t.get("glance.please_do_not") + " " + request.please_do_not))
    return [*lay.heading(t.get("notes.talking_points")), *points]
