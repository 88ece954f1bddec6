"""The accountability package: stored in the vault (schema v4), and printed as its own PDF."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from hrdesk.domain.accountability import (
    Conduct,
    ConductCategory,
    IdentityGap,
    ResponsiblePerson,
    identity_gaps,
)
from hrdesk.domain.case import Case, Disclosure, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.services.accountability import AccountabilityService, render_package
from hrdesk.services.cases import CaseService, InvalidCase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.migrations import MIGRATIONS, m004_accountability
from hrdesk.vault.vault import Vault
from tests.brief.brief_case import fictional_case, pdf_words


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    opened = Vault.create(VaultFolder(tmp_path / "vault"), "correct horse battery")
    yield opened
    opened.close()
    opened.folder.release()


def unpunctuated(word: str) -> str:
    """A word without the punctuation around it: in right-to-left text poppler reads a
    bracket, quote or full stop set in the Latin font as a word of its own."""
    return word.strip(".:,;،؛«»()")


def test_migration_is_number_four_in_a_gapless_list() -> None:
    assert MIGRATIONS[3] is m004_accountability and m004_accountability.VERSION == 4
    assert [m.VERSION for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def _case_with_people(vault: Vault) -> tuple[int, AccountabilityService, Case]:
    cases = CaseService(vault)
    case_id = cases.import_case(fictional_case())
    case = cases.load_case(case_id)
    service = AccountabilityService(vault)
    colonel = service.add_person(
        case_id,
        ResponsiblePerson(
            "Tobias Krell Marquand",
            aliases=[" El Coronel ", ""],
            country_of_birth="Freedonia",
            birth_date=PartialDate(1968, approximate=True),
            position="Commander, 3rd Rural Police Battalion",
            notes="Drives a grey pick-up",
        ),
    )
    hand_over = next(e for e in case.timeline if e.disclosure is Disclosure.HAND_OVER and e.who)
    never = next(e for e in case.timeline if e.disclosure is Disclosure.NEVER)
    assert colonel.id is not None and hand_over.id is not None and never.id is not None
    other_case = cases.import_case(Case("Another case", timeline=[TimelineEvent(PartialDate(2020))]))
    foreign_event = cases.load_case(other_case).timeline[0].id
    assert foreign_event is not None
    service.add_conduct(
        case_id,
        Conduct(
            colonel.id,
            ConductCategory.ARBITRARY_DETENTION,
            "Ordered the overnight detention at the checkpoint.",
            "Lawyer's notes, kept by the committee's lawyer",
            [hand_over.id, never.id, foreign_event],
        ),
    )
    service.add_person(case_id, ResponsiblePerson("Mayor Ilse Dravencourt"))
    return case_id, service, case


def test_people_and_conduct_round_trip_with_links_inside_the_case_only(vault: Vault) -> None:
    case_id, service, case = _case_with_people(vault)
    file = service.load(case_id)
    colonel, mayor = file.people
    assert colonel.aliases == ["El Coronel"]
    assert colonel.birth_date == PartialDate(1968, approximate=True)
    (conduct,) = file.conduct_of(colonel.id)
    timeline_ids = {e.id for e in case.timeline}
    assert set(conduct.event_ids) <= timeline_ids and len(conduct.event_ids) == 2  # not the other case's
    assert identity_gaps(colonel, file.conduct_of(colonel.id)) == []
    # A second act without evidence or linked events is a gap, even though the first has both.
    bare = Conduct(colonel.id or 0, ConductCategory.TORTURE, "Beatings in custody")
    assert identity_gaps(colonel, [*file.conduct_of(colonel.id), bare]) == [
        IdentityGap.LINKED_EVENTS,
        IdentityGap.EVIDENCE,
    ]
    assert identity_gaps(mayor, []) == [
        IdentityGap.ALIASES,
        IdentityGap.COUNTRY_OF_BIRTH,
        IdentityGap.BIRTH_DATE,
        IdentityGap.POSITION,
        IdentityGap.CONDUCT,
    ]
    # Deleting an event drops its link; deleting a person drops their conduct.
    CaseService(vault).delete_event(case_id, conduct.event_ids[0])
    assert len(service.load(case_id).conduct[0].event_ids) == 1
    service.delete_person(case_id, colonel.id)
    assert service.load(case_id).conduct == []
    with pytest.raises(InvalidCase):
        service.add_person(case_id, ResponsiblePerson("   "))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_package_pdf_names_the_people_with_checklist_and_reminder(
    vault: Vault, tmp_path: Path, lang: str
) -> None:
    case_id, service, _ = _case_with_people(vault)
    pdf = service.export_package(case_id, lang, prepared=dt.date(2025, 11, 3))
    words = pdf_words(pdf, tmp_path)
    present = {unpunctuated(w.text) for w in words}
    pages = max(w.page for w in words)
    t = brief_texts(lang)

    def printed(text: str) -> bool:  # every word of it, wherever bidi placed them
        return all(unpunctuated(word) in present for word in text.split())

    for expected in (
        "Tobias Krell Marquand",
        "El Coronel",
        "Commander, 3rd Rural Police Battalion",
        "Drives a grey pick-up",
        "Ordered the overnight detention",
        "HANDOVEREVENTTWO",  # the linked hand-over event
        "Mayor Ilse Dravencourt",
        t.get("accountability.reminder_heading"),
        t.get("accountability.checklist"),
        t.get("conduct_categories.arbitrary_detention"),
        t.get("accountability.gaps.country_of_birth"),  # the mayor's record is incomplete
        t.get("document.page", page=pages, pages=pages),
    ):
        assert printed(expected), (lang, expected)
    assert "NEVERPRINTEVENT" not in present  # a linked event marked "never print" stays out


def test_package_can_be_password_protected(vault: Vault) -> None:
    case_id, service, _ = _case_with_people(vault)
    reader = PdfReader(io.BytesIO(service.export_package(case_id, "en", password="long secret words")))
    assert reader.is_encrypted and not reader.decrypt("") and reader.decrypt("long secret words")


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_package_says_who_submits_it_and_how_to_reach_them(vault: Vault, tmp_path: Path, lang: str) -> None:
    """Item 8 of the State Department's list: the submitter's contact details, from the case's
    organisation and its "how to reach you safely" field; their absence is pointed out."""
    case_id, service, _ = _case_with_people(vault)
    cases = CaseService(vault)
    case = cases.load_case(case_id)
    t = brief_texts(lang)

    def printed(pdf: bytes, text: str) -> bool:
        present = {unpunctuated(w.text) for w in pdf_words(pdf, tmp_path)}
        return all(unpunctuated(word) in present for word in text.split())

    case.organisation, case.request.safe_channel = "", ""
    cases.save_case(case)
    bare = service.export_package(case_id, lang)
    assert printed(bare, t.get("accountability.submitter")) and printed(
        bare, t.get("accountability.no_submitter")
    )

    case.organisation = "Freedonia Land Rights Collective"
    case.request.safe_channel = "SAFECHANNELMARK through the lawyer"
    case.request.confirmed_by = "CONFIRMERMARK"
    cases.save_case(case)
    filled = service.export_package(case_id, lang)
    for text in (
        "Freedonia Land Rights Collective",
        "SAFECHANNELMARK",
        "CONFIRMERMARK",
        t.get("glance.reach"),
    ):
        assert printed(filled, text), (lang, text)
    assert not printed(filled, t.get("accountability.no_submitter"))


def test_package_rendered_from_copies_shows_the_date_asked_for(vault: Vault) -> None:
    """The GUI renders copies off its thread with ``render_package``: the prepared date it passes
    is printed, as with ``export_package``, and a password encrypts."""
    case_id, service, _ = _case_with_people(vault)
    case, file = service.cases.load_case(case_id), service.load(case_id)
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(render_package(case, file, "en", prepared=dt.date(2025, 11, 3)))).pages
    )
    assert "3 November 2025" in text or "November 3, 2025" in text, text[:400]
    reader = PdfReader(io.BytesIO(render_package(case, file, "en", password="long secret words")))
    assert reader.is_encrypted and reader.decrypt("long secret words")
