"""The facts of the source guidance that defenders need most are in the reference, in all five
languages, and the five files agree on every address, source and check date.

The guidance (ERI/Freedom House factsheet 2020, State Department best practices, Human Rights
First 2012, ALLIED 2025) publishes contact channels, figures and limits that a defender under
threat must be able to find in their own language. Each row below names the entry that carries a
fact and the words that show it is there, per language where the words are translated.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hrdesk.reference.content import LANGUAGES, Entry, ReferenceLibrary
from hrdesk.reference.loading import load_library

ROOT = Path(__file__).resolve().parents[2]
TODAY_CHECKED = "2026-12-04"
FACTSHEET_URL = (
    "https://www.business-humanrights.org/en/latest-news/"
    "factsheet-advice-for-human-rights-defenders-on-how-to-engage-with-the-us-government/"
)
ALLIED_URL = "https://allied-global.org/hrd-guide"
THOUSANDS = {"en": "4,000", "es": "4\u00a0000", "fr": "4\u00a0000", "ar": "4000", "ru": "4\u00a0000"}
ROTATION = {
    "en": "three or four years",
    "es": "tres o cuatro años",
    "fr": "trois ou quatre ans",
    "ar": "ثلاث أو أربع سنوات",
    "ru": "три-четыре года",
}
# Lifeline's 20 government backers as ALLIED lists them (January 2025).
LIFELINE_GOVERNMENTS = {
    "en": (
        "Australia",
        "Benin",
        "Canada",
        "Chile",
        "Costa Rica",
        "Czech Republic",
        "Denmark",
        "Estonia",
        "Finland",
        "Latvia",
        "Lithuania",
        "Luxembourg",
        "Mongolia",
        "Netherlands",
        "Norway",
        "Poland",
        "Sweden",
        "United Kingdom",
        "United States",
        "Uruguay",
    ),
    "es": (
        "Australia",
        "Benín",
        "Canadá",
        "Chile",
        "Costa Rica",
        "República Checa",
        "Dinamarca",
        "Estonia",
        "Finlandia",
        "Letonia",
        "Lituania",
        "Luxemburgo",
        "Mongolia",
        "Países Bajos",
        "Noruega",
        "Polonia",
        "Suecia",
        "Reino Unido",
        "Estados Unidos",
        "Uruguay",
    ),
    "fr": (
        "Australie",
        "Bénin",
        "Canada",
        "Chili",
        "Costa Rica",
        "République tchèque",
        "Danemark",
        "Estonie",
        "Finlande",
        "Lettonie",
        "Lituanie",
        "Luxembourg",
        "Mongolie",
        "Pays-Bas",
        "Norvège",
        "Pologne",
        "Suède",
        "Royaume-Uni",
        "États-Unis",
        "Uruguay",
    ),
    "ar": (
        "أستراليا",
        "بنين",
        "كندا",
        "تشيلي",
        "كوستاريكا",
        "جمهورية التشيك",
        "الدنمارك",
        "إستونيا",
        "فنلندا",
        "لاتفيا",
        "ليتوانيا",
        "لكسمبرغ",
        "منغوليا",
        "هولندا",
        "النرويج",
        "بولندا",
        "السويد",
        "المملكة المتحدة",
        "الولايات المتحدة",
        "أوروغواي",
    ),
    "ru": (
        "Австралия",
        "Бенин",
        "Канада",
        "Чили",
        "Коста-Рика",
        "Чехия",
        "Дания",
        "Эстония",
        "Финляндия",
        "Латвия",
        "Литва",
        "Люксембург",
        "Монголия",
        "Нидерланды",
        "Норвегия",
        "Польша",
        "Швеция",
        "Великобритания",
        "США",
        "Уругвай",
    ),
}

# (entry id, words found in every language, words per language)
FACTS: list[tuple[str, tuple[str, ...], dict[str, tuple[str, ...]]]] = [
    (
        "requesting-a-meeting",
        ("civilsociety@state.gov",),
        {
            "en": (
                "Bureau of Democracy, Human Rights, and Labor",
                "why it matters to that embassy's country",
            ),
            "es": (
                "Oficina de Democracia, Derechos Humanos y Trabajo",
                "por qué importa al país de esa embajada",
            ),
            "fr": (
                "Bureau de la démocratie, des droits de l’homme et du travail",
                "pour le pays de cette ambassade",
            ),
            "ar": ("مكتب الديمقراطية وحقوق الإنسان والعمل", "تهمّ بلد تلك السفارة"),
            "ru": ("Бюро по вопросам демократии, прав человека и труда", "для страны этого посольства"),
        },
    ),
    (
        "preparing-a-submission",
        ("7031c@state.gov", "kirk@earthrights.org", "7031"),
        {
            "en": ("country of birth", "enforced disappearance", "confidential"),
            "es": ("país de nacimiento", "desapariciones forzadas", "confidencial"),
            "fr": ("pays de naissance", "disparitions forcées", "confidentielle"),
            "ar": ("بلد الميلاد", "الاختفاء القسري", "بسرية"),
            "ru": ("страну рождения", "насильственных исчезновений", "конфиденциально"),
        },
    ),
    (
        "lifeline-fund",
        ("info@csolifeline.org", "Lifeline@icnl.org", "2011", "126"),
        {
            "en": ("encrypted", "two international foundations", "Freedom House"),
            "es": ("cifrado", "dos fundaciones internacionales", "Freedom House"),
            "fr": ("chiffré", "deux fondations internationales", "Freedom House"),
            "ar": ("مشفّرة", "مؤسستان دوليتان", "Freedom House"),
            "ru": ("зашифрованные", "два международных благотворительных фонда", "Freedom House"),
        },
    ),
    ("front-line-defenders", ("coordinator@allied-global.org", "ALLIED"), {}),
    (
        "freedom-house-eap",
        ("info@hrdassist.org", "2025"),
        {
            "en": ("came to a halt in January 2025", "three months"),
            "es": ("se paralizó en enero de 2025", "tres meses"),
            "fr": ("s’est arrêté en janvier 2025", "trois mois"),
            "ar": ("توقف في كانون الثاني/يناير 2025", "الأشهر الثلاثة"),
            "ru": ("остановилась в январе 2025 года", "три месяца"),
        },
    ),
    (
        "emergency-visas-relocation",
        ("2012", "Human Rights First"),
        {
            "en": ("Chen Guangcheng", "asylum", "corruption", "for you and your family"),
            "es": ("Chen Guangcheng", "asilo", "corrupción", "para usted y para su familia"),
            "fr": ("Chen Guangcheng", "l’asile", "corruption", "pour vous comme pour votre famille"),
            "ar": ("Chen Guangcheng", "اللجوء", "فساد", "لك ولعائلتك"),
            "ru": ("Чэнь Гуанчэна", "убежище", "коррупции", "и вам, и вашей семье"),
        },
    ),
    (
        "protective-presence",
        (),
        {
            "en": ("food and medical care",),
            "es": ("alimentos y atención médica",),
            "fr": ("nourriture et des soins médicaux",),
            "ar": ("الطعام والرعاية الطبية",),
            "ru": ("еду и медицинскую помощь",),
        },
    ),
    (
        "protectdefenders-eu",
        ("EUTRP", "Urgent Helpdesk"),
        {
            "en": ("psychosocial", "office protection"),
            "es": ("psicosocial", "de la oficina"),
            "fr": ("psychosocial", "des bureaux"),
            "ar": ("نفسي اجتماعي", "حماية للمكاتب"),
            "ru": ("психосоциальную", "защиту офиса"),
        },
    ),
    (
        "human-rights-officer",
        (),
        {
            "en": ("parliamentarians", "United Nations", ROTATION["en"]),
            "es": ("parlamentarios", "Naciones Unidas", ROTATION["es"]),
            "fr": ("parlementaires", "Nations unies", ROTATION["fr"]),
            "ar": ("البرلمانيين", "الأمم المتحدة", ROTATION["ar"]),
            "ru": ("парламентариями", "ООН", ROTATION["ru"]),
        },
    ),
    (
        "other-officers",
        (),
        {
            "en": ("Labour or commercial officers",),
            "es": ("asuntos laborales o comerciales",),
            "fr": ("questions de travail ou des affaires commerciales",),
            "ar": ("الشؤون العمالية أو التجارية",),
            "ru": ("трудовым или торговым вопросам",),
        },
    ),
    ("staff-rotation", (), {language: (words,) for language, words in ROTATION.items()}),
    (
        "follow-up",
        (),
        {
            "en": ("whether they are doing something",),
            "es": ("si está actuando",),
            "fr": ("s’ils agissent",),
            "ar": ("هل يفعلون شيئًا",),
            "ru": ("занимаются ли они этим",),
        },
    ),
    (
        "why-read-policies",
        ("1998",),
        {
            "en": ("UN Declaration on Human Rights Defenders",),
            "es": ("Declaración de las Naciones Unidas sobre los defensores de los derechos humanos",),
            "fr": ("Déclaration des Nations unies sur les défenseurs des droits de l’homme",),
            "ar": ("إعلان الأمم المتحدة بشأن المدافعين عن حقوق الإنسان",),
            "ru": ("Декларацию ООН о правозащитниках",),
        },
    ),
    ("neighbouring-countries", ("ALLIED",), {}),
    # ALLIED's figure for Canada beside the newer official one.
    ("canada-hrd-stream", ("250", "500", "ALLIED", "2025"), {}),
    ("eu-visas", ("ProtectDefenders.eu",), {}),
]

# Wording that said the guidance's addresses could not be verified; the guidance is the source.
UNVERIFIED = {
    "en": ("could be verified", "could not confirm"),
    "es": ("no se pudo verificar", "no hemos podido confirmar"),
    "fr": ("n’a pu être vérifiée", "pas pu en vérifier"),
    "ar": ("تعذّر التحقق من أي عنوان", "لم نتمكن من التحقق"),
    "ru": ("не удалось проверить", "не удалось его подтвердить"),
}
ADDRESS = re.compile(r"https?://[^\s,;)»\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@pytest.fixture(scope="module")
def libraries() -> dict[str, ReferenceLibrary]:
    return {language: load_library(language) for language in LANGUAGES}


def text_of(entry: Entry) -> str:
    return "\n".join((entry.title, entry.summary, *entry.body, *(c.label for c in entry.contacts)))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("entry_id", "everywhere", "translated"), FACTS, ids=[f[0] for f in FACTS])
def test_guidance_fact_is_in_the_entry(
    libraries: dict[str, ReferenceLibrary],
    language: str,
    entry_id: str,
    everywhere: tuple[str, ...],
    translated: dict[str, tuple[str, ...]],
) -> None:
    entry = libraries[language].entry(entry_id)
    text = text_of(entry)
    missing = [words for words in (*everywhere, *translated.get(language, ())) if words not in text]
    assert not missing, f"{language} {entry_id}: missing {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_lifeline_names_all_twenty_governments_and_its_reach(
    libraries: dict[str, ReferenceLibrary], language: str
) -> None:
    text = text_of(libraries[language].entry("lifeline-fund"))
    names = LIFELINE_GOVERNMENTS[language]
    assert len(set(names)) == 20
    assert [name for name in names if name not in text] == []
    assert THOUSANDS[language] in text and "126" in text and "2011" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_published_address_sits_in_a_contact_and_in_the_text(
    libraries: dict[str, ReferenceLibrary], language: str
) -> None:
    for entry_id, everywhere, _ in FACTS:
        entry = libraries[language].entry(entry_id)
        emails = [words for words in everywhere if "@" in words]
        values = {c.value for c in entry.contacts if c.kind == "email"}
        assert [e for e in emails if e not in values] == [], entry_id
        assert [e for e in emails if not any(e in p for p in entry.body)] == [], entry_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_says_the_addresses_could_not_be_verified(
    libraries: dict[str, ReferenceLibrary], language: str
) -> None:
    for entry in libraries[language].entries():
        text = text_of(entry)
        assert not [p for p in UNVERIFIED[language] if p in text], f"{language} {entry.id}"


def test_every_address_source_and_date_is_the_same_in_all_five(
    libraries: dict[str, ReferenceLibrary],
) -> None:
    english = libraries["en"]
    for language, library in libraries.items():
        assert [e.id for e in library.entries()] == [e.id for e in english.entries()], language
        for entry in library.entries():
            other = english.entry(entry.id)
            where = f"{language} {entry.id}"
            assert [(c.kind, c.value) for c in entry.contacts] == [
                (c.kind, c.value) for c in other.contacts
            ], where
            assert entry.source.url == other.source.url and entry.checked == other.checked, where
            # Every web or email address written anywhere in the entry is written in all five.
            assert sorted(ADDRESS.findall(text_of(entry))) == sorted(ADDRESS.findall(text_of(other))), where


def test_source_lines_cite_the_document_that_carries_the_facts(
    libraries: dict[str, ReferenceLibrary],
) -> None:
    english = libraries["en"]
    factsheet = ("specific-request", "timeline-of-facts", "prior-outreach", "other-officers", "contact-log")
    for entry_id in (
        *factsheet,
        "requesting-a-meeting",
        "follow-up",
        "staff-rotation",
        "preparing-a-submission",
    ):
        assert english.entry(entry_id).source.url == FACTSHEET_URL, entry_id
    for entry_id in ("lifeline-fund", "protectdefenders-eu", "emergency-visas-relocation"):
        assert english.entry(entry_id).source.url == ALLIED_URL, entry_id
    for entry in english.entries():
        # A document published before 2020 cannot be the source of what happened in 2025.
        published = [int(year) for year in re.findall(r"\b(?:19|20)[0-9]{2}\b", entry.source.document)]
        if published and max(published) < 2020:
            assert "2025" not in " ".join(entry.body), entry.id


def test_entries_checked_against_the_guidance_today_say_so(libraries: dict[str, ReferenceLibrary]) -> None:
    checked_today = (
        "lifeline-fund",
        "protectdefenders-eu",
        "emergency-visas-relocation",
        "requesting-a-meeting",
        "preparing-a-submission",
        "staff-rotation",
        "human-rights-officer",
        "protective-presence",
    )
    for entry_id in checked_today:
        assert str(libraries["en"].entry(entry_id).checked) == TODAY_CHECKED, entry_id


@pytest.mark.parametrize("language", ["es", "fr", "ar", "ru"])
def test_officer_dialog_uses_the_same_rotation_figure(
    libraries: dict[str, ReferenceLibrary], language: str
) -> None:
    """The dialog's posting hint and the reference say the same "three or four years"."""
    tree = ET.parse(ROOT / "translations" / f"hrdesk_{language}.ts")  # noqa: S314 - our own file
    hints = [
        message.findtext("translation") or ""
        for context in tree.getroot().iter("context")
        if context.findtext("name") == "OfficerDialog"
        for message in context.iter("message")
        if ROTATION["en"] in (message.findtext("source") or "")
    ]
    assert hints and all(ROTATION[language] in hint for hint in hints)
    assert ROTATION[language] in " ".join(libraries[language].entry("staff-rotation").body)


def test_officer_dialog_source_text_uses_the_rotation_figure() -> None:
    source = (ROOT / "hrdesk" / "gui" / "contacts" / "officer_dialog.py").read_text(encoding="utf-8")
    assert f"every {ROTATION['en']}" in source
    assert "rotate after three years" not in source
