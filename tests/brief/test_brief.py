"""The brief PDF, read back: what is printed, what is not, and how it is laid out.

Text comes from ``pdftotext`` (poppler), fonts and encryption from pypdf and pikepdf.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from hrdesk.brief.options import BriefOptions, Section, Variant
from hrdesk.brief.protect import EmptyPassword, PasswordTooShort, encrypt_pdf
from hrdesk.brief.render import render_brief
from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from hrdesk.domain.case import Case, EventKind, TimelineEvent
from hrdesk.domain.dates import PartialDate
from hrdesk.domain.passphrase import MIN_LENGTH
from tests.brief.brief_case import (
    AT_RISK,
    HAND_OVER_MARKERS,
    HAND_OVER_WHO,
    NAMES,
    NEVER_MARKERS,
    NOTES_MARKERS,
    NOTES_WHO,
    OFFICER,
    OUTREACH_CONTACT,
    PREPARED,
    Word,
    contact_rows,
    fictional_case,
    page_texts,
    pdf_words,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def options(**changes: object) -> BriefOptions:
    base = BriefOptions(embassy="Embassy of Ruritania", prepared=PREPARED, contact_history=contact_rows())
    return dataclasses.replace(base, **changes)


def full_text(pdf: bytes, tmp_path: Path) -> str:
    return "\n".join(page_texts(pdf, tmp_path))


@pytest.fixture(scope="module")
def hand_over() -> bytes:
    return render_brief(fictional_case(), options())


@pytest.fixture(scope="module")
def notes() -> bytes:
    return render_brief(fictional_case(), options(variant=Variant.NOTES))


def test_hand_over_brief_has_every_section_and_only_hand_over_items(hand_over: bytes, tmp_path: Path) -> None:
    text = full_text(hand_over, tmp_path)
    t = brief_texts("en")
    for key in ("summary", "request", "timeline", "outreach", "contacts"):
        assert t.get(f"sections.{key}") in text
    for key in ("support", "ask", "urgency", "deadline", "officers", "why_it_matters", "embassy_can_do"):
        assert t.get(f"request.{key}") in text
    for marker in ("REQUESTASK", "WHYMATTERS", "CANDO", "Monitoring the trial", "Human rights officer"):
        assert marker in text
    for header in ("Date", "What happened", "Place", "Who", "What we asked", "Outcome", "Officer"):
        assert header in text
    assert "Case brief" in text and "Embassy of Ruritania" in text and "3 November 2025" in text
    for marker in HAND_OVER_MARKERS:
        assert marker in text
    for marker in NEVER_MARKERS + NOTES_MARKERS + (NOTES_WHO, t.get("sections.notes")):
        assert marker not in text
    assert t.get("document.notes_banner") not in text


def test_notes_add_for_my_eyes_items_under_their_own_heading_and_never_items_stay_out(
    notes: bytes, tmp_path: Path
) -> None:
    pages = page_texts(notes, tmp_path)
    text = "\n".join(pages)
    for marker in HAND_OVER_MARKERS + NOTES_MARKERS:
        assert marker in text
    for marker in NEVER_MARKERS:
        assert marker not in text
    t = brief_texts("en")
    heading = brief_texts("en").get("sections.notes")
    start = text.index(heading)
    # Talking points first, then the private items, then the brief as handed over.
    assert text.index(t.get("notes.talking_points")) < start
    handed_over = text.index(t.get("notes.as_handed_over"))
    for marker in NOTES_MARKERS:
        assert start < text.index(marker) < handed_over  # after the "not to be handed over" heading
    for marker in HAND_OVER_MARKERS:
        assert text.index(marker) > handed_over
    banner = brief_texts("en").get("document.notes_banner")
    assert all(banner in page for page in pages)
    assert "Speaker notes" in pages[0]


def test_page_numbers_and_confidentiality_line_on_every_page(
    notes: bytes, hand_over: bytes, tmp_path: Path
) -> None:
    t = brief_texts("en")
    for pdf, footer in ((notes, "document.notes_footer"), (hand_over, "document.confidential")):
        pages = page_texts(pdf, tmp_path)
        assert len(pages) >= 2
        footer_start = " ".join(t.get(footer).split()[:6])
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in page
            assert footer_start in " ".join(page.split())
    # The hand-over brief's continuation pages carry a running header; page 1 has the title.
    pages = page_texts(hand_over, tmp_path)
    running = t.get(
        "document.running", title=t.get("document.title_hand_over"), embassy="Embassy of Ruritania"
    )
    assert running not in " ".join(pages[0].split())
    assert all(running in " ".join(page.split()) for page in pages[1:])


def test_timeline_is_in_date_order_with_dates_at_their_precision(hand_over: bytes, tmp_path: Path) -> None:
    text = " ".join(full_text(hand_over, tmp_path).split())
    assert text.index("c. 2019") < text.index("HANDOVEREVENTONE") < text.index("HANDOVEREVENTTWO")
    assert "5 March 2024 – 6 March 2024" in text
    assert "2024-03-05" not in text


def test_redacted_names_are_gone_everywhere_and_replaced_consistently(tmp_path: Path) -> None:
    for variant in Variant:
        pdf = render_brief(fictional_case(), options(redact_names=True, variant=variant))
        text = full_text(pdf, tmp_path)
        for name in NAMES:
            for part in name.split():
                if len(part) > 3 and part not in ("Colonel",):
                    assert part not in text, (variant, name)
        assert "Person A" in text and "Person B" in text
        info = PdfReader(io.BytesIO(pdf)).metadata or {}
        assert not any(name in str(value) for value in info.values() for name in NAMES)
    flat = " ".join(text.split())
    # The person at risk is named first (header block), so is Person A wherever named.
    assert "Person at risk Person A" in flat
    assert "HANDOVEREVENTTWO Person A held" in flat


def test_without_redaction_the_names_are_printed(hand_over: bytes, tmp_path: Path) -> None:
    text = " ".join(full_text(hand_over, tmp_path).split())
    for name in (AT_RISK, HAND_OVER_WHO, OUTREACH_CONTACT, OFFICER):
        assert name in text


def test_sections_can_be_left_out(tmp_path: Path) -> None:
    pdf = render_brief(fictional_case(), options(sections=frozenset({Section.TIMELINE})))
    text = full_text(pdf, tmp_path)
    t = brief_texts("en")
    assert t.get("sections.timeline") in text and "HANDOVEREVENTONE" in text
    for key in ("request", "outreach", "contacts", "summary"):
        assert t.get(f"sections.{key}") not in text
    assert "Embassy of Ruritania" in text  # the header block is always there


def test_password_protected_brief_opens_only_with_its_password(hand_over: bytes, tmp_path: Path) -> None:
    secret = "blue heron 42"
    locked = encrypt_pdf(hand_over, secret)
    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    assert not reader.decrypt("") and not reader.decrypt("wrong")
    path = tmp_path / "locked.pdf"
    path.write_bytes(locked)
    refused = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=False)
    assert refused.returncode != 0 and "HANDOVEREVENTONE" not in refused.stdout
    assert b"HANDOVEREVENTONE" not in locked
    assert reader.decrypt(secret)
    assert "HANDOVEREVENTONE" in " ".join(w.text for w in pdf_words(locked, tmp_path, password=secret))
    with pikepdf.open(io.BytesIO(locked), password=secret) as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
        assert str(pdf.encryption.stream_method).endswith("aesv3")
    with pytest.raises(EmptyPassword):
        encrypt_pdf(hand_over, "")
    with pytest.raises(PasswordTooShort):
        encrypt_pdf(hand_over, "x" * (MIN_LENGTH - 1))
    # A fresh /ID: nothing ties the encrypted copy to a plain copy of the same brief.
    with (
        pikepdf.open(io.BytesIO(hand_over)) as plain,
        pikepdf.open(io.BytesIO(locked), password=secret) as enc,
    ):
        plain_ids = {bytes(i) for i in plain.trailer.ID}
        assert not plain_ids & {bytes(i) for i in enc.trailer.ID}


def _fonts_drawn(pdf: bytes) -> set[str]:
    used: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            font = fonts[name].get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]  # embedded, every one
        current = None
        for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in (b"Tj", b"TJ") and current is not None:
                used.add(str(fonts[current].get_object()["/BaseFont"]).split("+", 1)[1])
    return used


def test_fonts_are_embedded_including_arabic(tmp_path: Path) -> None:
    ours = {"NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"}
    arabic = _fonts_drawn(render_brief(arabic_case(), options(language="ar")))
    assert {"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold", "NotoSans-Regular"} <= arabic <= ours
    assert _fonts_drawn(render_brief(fictional_case(), options(language="ru"))) == {
        "NotoSans-Regular",
        "NotoSans-Bold",
    }


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
def test_every_language_prints_its_own_words(lang: str, tmp_path: Path) -> None:
    t = brief_texts(lang)
    pdf = render_brief(fictional_case(), options(language=lang, variant=Variant.NOTES))
    words = " ".join(w.text for w in pdf_words(pdf, tmp_path))
    for key in ("sections.timeline", "sections.notes", "timeline.date", "document.title_notes"):
        for word in t.get(key).split():
            assert word in words, (lang, key, word)
    assert t.label("event_kinds", "detention") in words
    assert t.get("document.page", page=1, pages=2).split()[0] in words


# -- Arabic ---------------------------------------------------------------------------------


def arabic_case() -> Case:
    case = fictional_case()
    case.title = "تهديدات ضد لجنة الأرض في الوادي الأخضر"
    case.summary = (
        "تترأس المدافعة لجنة تدافع عن الأراضي الزراعية في مواجهة امتياز تعدين منحته الحكومة "
        "لشركة أجنبية (Mining Corp) في 2023، وتلقت منذ ذلك الحين تهديدات متكررة عبر الهاتف."
    )
    case.timeline[0].what = "احتُجزت المدافعة عند حاجز تفتيش طوال الليل HANDOVEREVENTTWO"
    return case


def lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines (Latin and Arabic tops differ by a few points on one line)."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.page, w.y0)):
        if out and out[-1][0].page == w.page and abs(out[-1][0].y0 - w.y0) < 4:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def test_arabic_layout_runs_right_to_left(tmp_path: Path) -> None:
    pdf = render_brief(arabic_case(), options(language="ar"))
    words = pdf_words(pdf, tmp_path)
    page_one = [w for w in words if w.page == 1]
    right_edge = max(w.x1 for w in page_one)
    x: dict[str, Word] = {}
    for w in words:
        x.setdefault(w.text, w)  # first occurrence

    # Headings and the title are right-aligned.
    for word in ("ملخص", "طلبنا", "تهديدات"):
        assert right_edge - x[word].x1 < 2, word
    # Table columns mirrored: the date column is the rightmost, "who" the leftmost.
    assert x["التاريخ"].x0 > x["حدث"].x0 > x["المكان"].x0 > x["مَن"].x0
    # A date reads "from 5 March 2024" right to left, held together by no-break spaces (issue #13).
    # (poppler cuts it into words at the no-break spaces and the slash, where fonts change.)
    date = ["من", "5", "آذار", "/", "مارس", "2024"]
    rows = [[w.text for w in sorted(row, key=lambda w: -w.x0)] for row in lines(words)]
    assert any(row[i : i + len(date)] == date for row in rows for i in range(len(row))), rows
    # The wrapped summary starts on its top line at the right edge, and the Latin in it stays whole.
    summary = [w for w in words if w.text in ("تترأس", "(Mining", "Corp)")]
    assert {w.text for w in summary} == {"تترأس", "(Mining", "Corp)"}
    first = x["تترأس"]
    assert right_edge - first.x1 < 2
    assert first.y0 < x["(Mining"].y0 or first.x0 > x["(Mining"].x0
    assert x["(Mining"].x0 < x["Corp)"].x0  # Latin keeps its own left-to-right order
    # The page number is in Arabic words, at the left end of the footer.
    footer = [w for w in page_one if w.text == "صفحة"]
    assert footer and footer[0].x0 < 150


def test_english_text_inside_an_arabic_brief_keeps_its_full_stop_at_its_end(tmp_path: Path) -> None:
    case = arabic_case()
    case.request.ask = "Attend the hearing."
    words = pdf_words(render_brief(case, options(language="ar")), tmp_path)
    hearing = next(w for w in words if w.text == "hearing.")
    attend = next(w for w in words if w.text == "Attend")
    assert attend.x0 < hearing.x0  # not ".Attend the hearing"


# -- size -----------------------------------------------------------------------------------


def test_a_case_with_500_events_renders(tmp_path: Path) -> None:
    case = fictional_case()
    case.timeline = [
        TimelineEvent(
            PartialDate(2000 + n % 25, n % 12 + 1, n % 28 + 1),
            list(EventKind)[n % len(EventKind)],
            f"EVENT{n:03d} men in a grey car followed the defender from the office to her home again",
            place=f"Place {n}",
            who=f"Unit {n % 7}",
        )
        for n in range(500)
    ]
    pdf = render_brief(case, options())
    pages = page_texts(pdf, tmp_path)
    assert len(pages) > 15
    text = "\n".join(pages)
    assert all(f"EVENT{n:03d}" in text for n in range(0, 500, 37))
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_an_event_longer_than_a_page_is_split_across_pages_without_losing_words(tmp_path: Path) -> None:
    case = fictional_case()
    case.timeline[1].what = " ".join(f"w{n}" for n in range(2500))
    pdf = render_brief(case, options(sections=frozenset({Section.TIMELINE})))
    words = [w.text for w in pdf_words(pdf, tmp_path)]
    numbered = [w for w in words if re.fullmatch(r"w\d+", w)]
    assert numbered == [f"w{n}" for n in range(2500)]
    assert len({w.page for w in pdf_words(pdf, tmp_path)}) >= 3
