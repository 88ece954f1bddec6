"""What hrdesk prints and drafts is safe by default (issue #14): no security-service role unless
the user chose it, and a first email that carries nothing of the case."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from hrdesk.brief.email_draft import draft_email, draft_first_email, draft_meeting_email
from hrdesk.brief.options import BriefOptions
from hrdesk.brief.render import render_brief
from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from hrdesk.domain.case import OfficerRole
from hrdesk.domain.rules import SECURITY_SERVICE_ROLES
from tests.brief.brief_case import NAMES, fictional_case, page_texts

SECURITY_ROLES = sorted(SECURITY_SERVICE_ROLES)


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_security_forces_never_bring_a_written_request_for_security_staff(lang: str) -> None:
    case = fictional_case()
    assert case.security_forces_involved and case.request.officers is None
    t = brief_texts(lang)
    body = draft_meeting_email(case, BriefOptions(language=lang)).body
    assert t.label("officer_roles", OfficerRole.HUMAN_RIGHTS) in body
    for role in SECURITY_ROLES:
        assert t.label("officer_roles", role) not in body
    # Chosen explicitly (after the wizard's warning): then, and only then, it is printed.
    case.request.officers = [OfficerRole.HUMAN_RIGHTS, OfficerRole.INTELLIGENCE]
    body = draft_meeting_email(case, BriefOptions(language=lang)).body
    assert t.label("officer_roles", OfficerRole.INTELLIGENCE) in body


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["en", "es", "fr", "ru"])  # Arabic is checked through the email above
def test_brief_names_no_security_role_by_default(lang: str, tmp_path: Path) -> None:
    text = " ".join(
        " ".join(page_texts(render_brief(fictional_case(), BriefOptions(language=lang)), tmp_path)).split()
    )
    t = brief_texts(lang)
    assert t.label("officer_roles", OfficerRole.HUMAN_RIGHTS) in text
    for role in SECURITY_ROLES:
        assert t.label("officer_roles", role) not in text


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_first_email_is_short_and_carries_nothing_of_the_case(lang: str) -> None:
    case = fictional_case()
    draft = draft_email(case, BriefOptions(language=lang, embassy="Embassy of Canada"))
    t = brief_texts(lang)
    assert draft.subject == t.get("first_email.subject")
    text = draft.as_text()
    assert len(text.split()) <= 120  # "about 100 words"
    for secret in (case.title, case.summary, case.organisation, *NAMES, "REQUESTASK", "HANDOVEREVENT"):
        assert secret not in text
    assert not re.search(r"[0-9\u0660-\u0669\u06f0-\u06f9]", text)  # no dates, numbers or phone numbers
    assert t.get("first_email.urgent") in text  # the case has a deadline: said without the date
    assert text.splitlines()[2] == "Embassy of Canada"
    case.request.deadline = None
    case.request.urgency = ""
    assert t.get("first_email.urgent") not in draft_first_email(case, BriefOptions(language=lang)).body


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_detailed_email_is_the_explicit_second_choice(lang: str) -> None:
    case = fictional_case()
    detailed = draft_email(case, BriefOptions(language=lang), detailed=True)
    assert "REQUESTASK" in detailed.body and detailed != draft_email(case, BriefOptions(language=lang))
    assert brief_texts(lang).get("first_email.warning")
