"""Redaction leaves no one identifiable (issue #14): names in three scripts with their spellings,
Arabic proclitics and Russian case forms go; institutions and "Unknown" stay; letters follow the
printed brief only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hrdesk.brief.options import BriefOptions, Variant
from hrdesk.brief.redaction import Pseudonymiser, is_person_name, names_in
from hrdesk.brief.render import render_brief
from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from hrdesk.domain.case import Case, Disclosure, EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate
from tests.brief.brief_case import page_texts

PEOPLE = "Leila Haddad; ليلى الحداد; Гульнара Каримова"
TEXT = (
    "Ms Haddad was followed. أُبلغت ليلى الحداد بالتهديد، ثم استُدعيت والحداد إلى النيابة، "
    "وقيل للحداد أن يصمت. "
    "Следователь вызвал Каримову, затем угрожал Гульнаре Каримовой. The National Security Agency and the "
    "State Security Prosecution deny it; the caller was Unknown and accessed it from an Unknown IP."
)


def redactor(lang: str = "en", people: str = PEOPLE) -> Pseudonymiser:
    fields = [people, "National Security Agency", "State Security Prosecution", "Unknown", "FSB"]
    return Pseudonymiser([n for f in fields for n in names_in(f)], brief_texts(lang))


def test_institutions_and_placeholders_are_not_people() -> None:
    for name in ("National Security Agency", "State Security Prosecution", "Unknown", "FSB", "مجهول",
                 "Неизвестный", "Fiscalía General", "جهاز الأمن الوطني", "Прокуратура района"):  # fmt: skip
        assert not is_person_name(name), name
    for name in ("Leila Haddad", "ليلى الحداد", "Гульнара Каримова", "Col. Pérez"):
        assert is_person_name(name), name


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_every_spelling_and_form_goes_and_institutions_stay(lang: str) -> None:
    out = redactor(lang).apply(TEXT)
    for leak in ("Haddad", "الحداد", "لحداد", "حداد", "Каримов", "Гульнар", "Leila", "ليلى"):
        assert leak not in out, (leak, out)
    for kept in (
        "National Security Agency",
        "State Security Prosecution",
        "Unknown IP",
        "the caller was Unknown",
    ):
        assert kept in out
    person = brief_texts(lang).get("document.person", letter="@").split("@")[0].strip()
    assert out.count(person[1:]) >= 6  # [1:]: "للشخص" drops the article's alef
    # Proclitics stay with the pseudonym: "و" + "Person A", "ل" + "Person A".
    arabic = redactor(lang)
    assert arabic.apply("والحداد") == "و" + arabic.pseudonym("ليلى الحداد")
    assert arabic.apply("للحداد") == ("ل" + arabic.pseudonym("ليلى الحداد")).replace("لال", "لل")
    assert arabic.apply("وليلى") == "و" + arabic.pseudonym("ليلى الحداد")


def test_a_name_and_its_words_are_one_person() -> None:
    one = redactor("en", "Leila Haddad")
    assert one.apply(
        "Leila Haddad, Ms Haddad, Haddad's lawyer"
    ) == "Person A, Ms Person A, Haddad's lawyer".replace("Haddad's", "Person A's")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_letters_follow_the_printed_brief_only(lang: str, tmp_path: Path) -> None:
    case = Case("Case of the committee", at_risk="Leila Haddad")
    case.timeline = [
        TimelineEvent(PartialDate(2024, 1, 1), EventKind.THREAT, "Threat", who="Omar Said"),
        TimelineEvent(
            PartialDate(2024, 2, 1),
            EventKind.THREAT,
            "Hidden",
            who="Hidden Witness",
            disclosure=Disclosure.NOTES_ONLY,
        ),
        TimelineEvent(PartialDate(2024, 3, 1), EventKind.THREAT, "Raid", who="Nadia Farouk"),
    ]
    t = brief_texts(lang)
    pdf = render_brief(case, BriefOptions(language=lang, redact_names=True))
    text = " ".join(" ".join(page_texts(pdf, tmp_path)).split())
    letters = t.get("document.person_letters")
    for index in range(3):  # A, B, C: the notes-only witness leaves no gap
        assert t.get("document.person", letter=letters[index]) in text
    assert t.get("document.person", letter=letters[3]) not in text
    for name in ("Haddad", "Omar", "Farouk", "Witness"):
        assert name not in text
    notes = render_brief(case, BriefOptions(language=lang, redact_names=True, variant=Variant.NOTES))
    assert t.get("document.person", letter=letters[3]) in " ".join(
        " ".join(page_texts(notes, tmp_path)).split()
    )


def held_out_case() -> Case:
    """Names in three scripts for one protected person, a perpetrator not protected, institutions."""
    from hrdesk.domain.case import Person, PersonRole

    case = Case("Threats against the committee", at_risk="Leila Haddad")
    case.people = [
        Person("Leila Haddad", ["ليلى الحداد", "Лейла Хаддад"], PersonRole.AT_RISK, protected=True),
        Person("Omar Said", [], PersonRole.WITNESS, protected=True),
        Person("Colonel Tobias Krell", [], PersonRole.PERPETRATOR, protected=False),
    ]
    case.summary = (
        "Ms Haddad (وللحداد أيضًا، Хаддад) was summoned by the State Security Prosecution; Omar Said saw it. "
        "The National Security Agency and Colonel Tobias Krell deny it; the caller was Unknown."
    )
    case.request.ask = "Ask about Лейлы Хаддад and ليلى الحداد."
    case.timeline = [
        TimelineEvent(
            PartialDate(2024, 1, 1), EventKind.THREAT, "Call from an Unknown number", who="Unknown"
        ),
        TimelineEvent(PartialDate(2024, 2, 1), EventKind.RAID, "Raid", who="National Security Agency"),
    ]
    return case


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_held_out_case_redacts_completely_with_institutions_kept(lang: str) -> None:
    from hrdesk.brief.email_draft import draft_meeting_email

    t = brief_texts(lang)
    text = draft_meeting_email(held_out_case(), BriefOptions(language=lang, redact_names=True)).as_text()
    for leak in ("Haddad", "Хаддад", "حداد", "Leila", "Лейл", "ليلى", "Omar", "Said"):
        assert leak not in text, (leak, text)
    a, b = (t.get("document.person", letter=t.get("document.person_letters")[i]) for i in range(2))
    assert a in text and b in text  # the three scripts are one person: A; the witness is B
    assert t.get("document.person", letter=t.get("document.person_letters")[2]) not in text
    for kept in ("State Security Prosecution", "National Security Agency", "Colonel Tobias Krell", "Unknown"):
        assert kept in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_held_out_case_in_the_pdf(lang: str, tmp_path: Path) -> None:
    pdf = render_brief(held_out_case(), BriefOptions(language=lang, redact_names=True))
    text = " ".join(" ".join(page_texts(pdf, tmp_path)).split())
    for leak in ("Haddad", "Хаддад", "Leila", "Лейл", "Omar"):
        assert leak not in text
    for kept in ("State Security Prosecution", "National Security Agency", "Krell", "Unknown"):
        assert kept in text


def test_descriptive_words_around_a_name_are_not_replaced_on_their_own() -> None:
    """Found reading a redacted demo brief: "radio" and "and" of "Riverside community radio and
    its presenter Ana Ruiz" became "Person A" everywhere. Only the name's own words go alone."""
    names = Pseudonymiser(["Riverside community radio and its presenter Ana Ruiz"], brief_texts("en"))
    out = names.apply("The radio and the community met Ruiz; Ana spoke on the radio.")
    assert out == "The radio and the community met Person A; Person A spoke on the radio."
    # The whole spelling still goes, wherever it appears.
    assert (
        names.apply("Riverside community radio and its presenter Ana Ruiz was warned.")
        == "Person A was warned."
    )
    # Typed all in lower case, every word of the name still counts (no capitals to tell them apart).
    lower = Pseudonymiser(["leila haddad"], brief_texts("en"))
    assert lower.apply("Haddad and Leila") == "Person A and Person A"
    # Arabic has no capitals: a name's words count, the everyday words around them do not.
    arabic = Pseudonymiser(["ليلى الحداد على الإذاعة"], brief_texts("ar"))
    assert "على" in arabic.apply("وقف الحداد على الباب") and "الحداد" not in arabic.apply(
        "وقف الحداد على الباب"
    )
