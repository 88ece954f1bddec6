"""The meeting-request email: a plain-text draft in the language of the embassy brief.

Two drafts. The default is the *first message* the app's own reference advises: who you are,
what your work is, that you want to discuss a human rights concern, and how to share details
safely; no names, no facts, no numbers, nothing of the case that ordinary email could leak
(the subject line names nobody). The *detailed* draft is an explicit second choice, for a
channel the embassy has confirmed as safe: published advice for a meeting request says what
is important about the issue, why it matters to that government, what the embassy can do, and
makes a concrete ask, so it follows that order, filled from the case (only items marked "hand
over"). The words around the case's own text come from the language file.
"""

from __future__ import annotations

from dataclasses import dataclass

from hrdesk.brief.date_format import format_date, format_span
from hrdesk.brief.options import BriefOptions
from hrdesk.brief.redaction import Pseudonymiser, names_in
from hrdesk.brief.texts import BriefTexts, brief_texts
from hrdesk.domain.case import Case, Disclosure, EventKind
from hrdesk.domain.rules import officers_to_meet

#: How many of the latest events the email recalls (the brief carries the full timeline).
RECENT_EVENTS = 3


@dataclass(frozen=True)
class EmailDraft:
    subject: str
    body: str

    def as_text(self) -> str:
        """Subject line and body, ready to paste into a mail program."""
        return f"{self.subject}\n\n{self.body}"


def _in_sentence(label: str) -> str:
    """A label as it reads inside a sentence ("Human rights officer" -> "human rights officer")."""
    return label[:1].lower() + label[1:]


def _block(heading: str, *lines: str) -> list[str]:
    kept = [line for line in lines if line.strip()]
    return ["", heading, *kept] if kept else []


def _issue(case: Case, t: BriefTexts, names: Pseudonymiser) -> list[str]:
    shown = [e for e in case.sorted_timeline() if e.disclosure is Disclosure.HAND_OVER][-RECENT_EVENTS:]
    events = []
    for event in shown:
        what = names.apply(event.what.strip())
        when = format_span(event.date, event.end_date, t)
        if event.kind is EventKind.OTHER and what:  # "Other event" would say nothing
            events.append(f"- {when}: {what}")
        else:
            label = t.label("event_kinds", event.kind)
            events.append(f"- {when}: {label}" + (f". {what}" if what else ""))
    lines = [names.apply(case.summary.strip())]
    if events:
        lines += [t.get("email.recent_events"), *events]
    return _block(t.get("email.issue"), *lines)


def _ask(case: Case, t: BriefTexts, names: Pseudonymiser) -> list[str]:
    request = case.request
    lines = [names.apply(request.ask.strip())]
    if request.support:
        lines.append(t.get("email.support"))
        for item in request.support:
            note = names.apply(item.note.strip())
            lines.append(f"- {t.label('support_kinds', item.kind)}" + (f" ({note})" if note else ""))
    officers = officers_to_meet(case)
    if officers:
        lines.append(
            t.get("email.officers", officers=t.join([t.label("officer_roles", o) for o in officers]))
        )
    if request.deadline is not None:
        lines.append(t.get("email.deadline", deadline=format_date(request.deadline, t)))
    return _block(t.get("email.ask"), *lines)


def draft_first_email(case: Case, options: BriefOptions | None = None) -> EmailDraft:
    """The short first message (about 100 words): nothing of the case but whether it is urgent."""
    options = options or BriefOptions()
    t = brief_texts(options.language, options.number_style)
    urgent = case.request.deadline is not None or bool(case.request.urgency.strip())
    lines = [options.embassy.strip(), ""] if options.embassy.strip() else []
    lines += [t.get("email.greeting", recipient=t.get("email.recipient")), ""]
    lines += [t.get("first_email.introduce"), ""]
    lines.append(t.get("first_email.concern") + (" " + t.get("first_email.urgent") if urgent else ""))
    lines += [t.get("first_email.safe_channel"), "", t.get("first_email.confidential")]
    lines += [t.get("first_email.closing"), "", t.get("email.sign_off"), t.get("email.signature")]
    return EmailDraft(t.get("first_email.subject"), "\n".join(lines))


def detailed_email_warning(language: str) -> str:
    """What to know before using the detailed draft, in the draft's language."""
    return brief_texts(language).get("first_email.warning")


def draft_email(case: Case, options: BriefOptions | None = None, *, detailed: bool = False) -> EmailDraft:
    """The first message by default; the detailed meeting request only when asked for."""
    return draft_meeting_email(case, options) if detailed else draft_first_email(case, options)


def draft_meeting_email(case: Case, options: BriefOptions | None = None) -> EmailDraft:
    """The detailed draft for ``case`` in ``options.language`` (pseudonymised when ``redact_names``)."""
    options = options or BriefOptions()
    t = brief_texts(options.language, options.number_style)
    fields = [case.at_risk, *(e.who for e in case.timeline), *(o.contact for o in case.outreach)]
    people: list[str | list[str]] = [p.spellings() for p in case.people if p.protected]
    people += [n for text in fields for n in names_in(text)]
    kept = [s for p in case.people if not p.protected for s in p.spellings()]
    names = Pseudonymiser(people, t, enabled=options.redact_names, keep=kept)
    title = names.apply(case.title.strip())
    lines = [
        t.get("email.greeting", recipient=t.get("email.recipient")),
        "",
        t.get("email.opening", title=title),
    ]
    lines += _issue(case, t, names)
    lines += _block(t.get("email.why_it_matters"), names.apply(case.request.why_it_matters.strip()))
    lines += _block(t.get("email.embassy_can_do"), names.apply(case.request.embassy_can_do.strip()))
    lines += _ask(case, t, names)
    lines += ["", t.get("email.brief_offer"), t.get("email.confidential"), "", t.get("email.closing"), ""]
    lines += [t.get("email.sign_off"), t.get("email.signature")]
    if case.organisation.strip():
        lines.append(names.apply(case.organisation.strip()))
    return EmailDraft(t.get("email.subject", title=title), "\n".join(lines))
