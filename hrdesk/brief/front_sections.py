"""The header block, the summary and the request: the first things an officer reads."""

from __future__ import annotations

from reportlab.platypus import Flowable

from hrdesk.brief.date_format import format_date
from hrdesk.brief.layout import Layout
from hrdesk.brief.options import BriefOptions, Variant
from hrdesk.domain.case import Case
from hrdesk.domain.countries import display_government
from hrdesk.domain.rules import officers_to_meet


def header_block(case: Case, options: BriefOptions, lay: Layout) -> list[Flowable]:
    """Which document this is, the case title, and who it was prepared for and when."""
    t, s = lay.texts, lay.styles
    kind = "document.title_notes" if options.variant is Variant.NOTES else "document.title_hand_over"
    rows = [(t.get("header.prepared"), format_date(options.prepared, t))]
    candidates = [
        # Countries in the brief's language (CLDR), whatever was typed ("EG", "Egypt").
        ("header.embassy", display_government(options.embassy, t.lang)),
        ("header.country", display_government(case.country, t.lang)),
        ("header.at_risk", case.at_risk),
        ("header.organisation", case.organisation),
    ]
    rows += [(t.get(key), value) for key, value in candidates if value.strip()]
    return [lay.label(t.get(kind), s.kicker), lay.user(case.title, s.title), lay.pairs(rows)]


#: A summary longer than this (in words) is shortened on page 1 and printed whole in an annex:
#: the officer must reach the request on page 1 (the advice is a brief of one or two pages).
SUMMARY_WORDS = 120


def summary_is_long(case: Case) -> bool:
    return len(case.summary.split()) > SUMMARY_WORDS


def _shortened(summary: str) -> str:
    """The first paragraph when it is short enough, else the first words up to the limit."""
    first = summary.strip().split("\n")[0].strip()
    if len(first.split()) <= SUMMARY_WORDS:
        return first
    return " ".join(first.split()[:SUMMARY_WORDS]) + " …"


def summary_section(case: Case, lay: Layout) -> list[Flowable]:
    if not case.summary.strip():
        return []
    heading = lay.heading(lay.texts.get("sections.summary"))
    if not summary_is_long(case):
        return [*heading, lay.user(case.summary)]
    return [*heading, lay.user(_shortened(case.summary)), lay.label(lay.texts.get("summary.in_annex"))]


def summary_annex(case: Case, lay: Layout) -> list[Flowable]:
    """The whole of a long summary, after everything else."""
    if not summary_is_long(case):
        return []
    return [*lay.heading(lay.texts.get("summary.annex")), lay.user(case.summary)]


def _embassy_can_do(text: str, options: BriefOptions, lay: Layout) -> list[Flowable]:
    """The defender's words, then the government's own defender policy (from the reference
    content), which the guidance advises citing when asking that government for help."""
    t, s = lay.texts, lay.styles
    body: list[Flowable] = [lay.user(text)] if text.strip() else []
    if options.policies:
        body.append(lay.label(t.get("request.policy_intro"), s.body))
        for policy in options.policies:
            body.append(lay.label("• " + policy.title, s.body))
            body.append(lay.indented(policy.summary, s.body))
            source = t.get(
                "request.policy_source", organisation=policy.organisation, document=policy.document
            )
            body.append(lay.indented(source, s.body))
    return [*lay.subheading(t.get("request.embassy_can_do")), *body] if body else []


def request_section(case: Case, options: BriefOptions, lay: Layout) -> list[Flowable]:
    """The specific request: kinds of support in plain words, the ask, whom to meet, and why."""
    t, s = lay.texts, lay.styles
    request = case.request
    body: list[Flowable] = []
    if request.support:
        body += lay.subheading(t.get("request.support"))
        for item in request.support:
            body.append(lay.label("• " + t.label("support_kinds", item.kind), s.body))
            if item.note.strip():
                body.append(lay.indented(item.note, s.body))
    for key, text in (("request.ask", request.ask), ("request.urgency", request.urgency)):
        if text.strip():
            body += [*lay.subheading(t.get(key)), lay.user(text)]
    if request.deadline is not None:
        body += [*lay.subheading(t.get("request.deadline")), lay.label(format_date(request.deadline, t))]
    officers = officers_to_meet(case)
    if officers:
        body += lay.subheading(t.get("request.officers"))
        body += [lay.label("• " + t.label("officer_roles", role)) for role in officers]
    if request.why_it_matters.strip():
        body += [*lay.subheading(t.get("request.why_it_matters")), lay.user(request.why_it_matters)]
    body += _embassy_can_do(request.embassy_can_do, options, lay)
    if not body:
        body.append(lay.label(t.get("request.nothing")))
    return [*lay.heading(t.get("sections.request")), *body]
