"""Issue #13 on whole briefs: Arabic, English-in-Arabic and Arabic-in-English briefs checked
from word positions (``pdftotext -bbox``) and from extracted text (poppler and pypdf)."""

from __future__ import annotations

import dataclasses
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from hrdesk.brief.options import BriefOptions
from hrdesk.brief.render import render_brief
from hrdesk.domain.case import Case
from tests.brief.brief_case import PREPARED, Word, contact_rows, fictional_case, pdf_words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

ARABIC_SUMMARY = (
    "تترأس المدافعة لجنة تدافع عن الأراضي الزراعية، ولا يزال الخطر قائمًا إلا إذا تدخلت السفارة. "
    "اتصلوا بالمحامي على (+20 10 123 4567) أو على lawyer@example.org."
)
ENGLISH_SUMMARY = "The defender chairs a land committee and has received repeated threats since 2023."


def options(**changes: object) -> BriefOptions:
    base = BriefOptions(embassy="Germany", prepared=PREPARED, contact_history=contact_rows())
    return dataclasses.replace(base, **changes)


def case_with(summary: str, country: str = "EG") -> Case:
    case = fictional_case()
    case.summary = summary
    case.country = country
    return case


def lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines, top to bottom, page by page."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.page, w.y0)):
        if out and out[-1][0].page == w.page and abs(out[-1][0].y0 - w.y0) < 4:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def arabic_words(text: str) -> list[str]:
    return [w.strip("().،,") for w in text.split() if any("\u0600" <= ch <= "\u06ff" for ch in w)]


def reading_order(words: list[Word], first: str) -> list[str]:
    """The words of the paragraph that starts with ``first``, right to left, top to bottom."""
    start = next(i for i, line in enumerate(lines(words)) if any(w.text == first for w in line))
    out: list[str] = []
    for line in lines(words)[start : start + 4]:
        out += [w.text.strip("().،,") for w in sorted(line, key=lambda w: -w.x0)]
    return out


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_arabic_paragraph_is_right_aligned_and_reads_in_order(tmp_path: Path, language: str) -> None:
    pdf = render_brief(case_with(ARABIC_SUMMARY), options(language=language))
    words = pdf_words(pdf, tmp_path)
    right_edge = max(w.x1 for w in words if w.page == 1)
    first = next(w for w in words if w.text == "تترأس")
    assert right_edge - first.x1 < 2  # flush right in an English brief too
    # Reading order from the extracted words: every Arabic word, in the order it was typed.
    order = [w for w in reading_order(words, "تترأس") if any("\u0600" <= ch <= "\u06ff" for ch in w)]
    expected = arabic_words(ARABIC_SUMMARY)
    assert order[: len(expected)] == expected
    # The phone number reads as typed, left to right.
    x = {w.text.strip("()"): w.x0 for w in words}
    assert x["+20"] < x["10"] < x["123"] < x["4567"]


def test_an_english_paragraph_in_an_arabic_brief_is_left_aligned(tmp_path: Path) -> None:
    pdf = render_brief(case_with(ENGLISH_SUMMARY), options(language="ar"))
    words = pdf_words(pdf, tmp_path)
    left_edge = min(w.x0 for w in words if w.page == 1)
    the = next(w for w in words if w.text == "The")
    assert the.x0 - left_edge < 2
    line = next(line for line in lines(words) if the in line)
    assert [w.text for w in sorted(line, key=lambda w: w.x0)][:3] == ["The", "defender", "chairs"]


def test_pypdf_reads_every_arabic_word_with_its_letters_and_ligatures(tmp_path: Path) -> None:
    """Readers that ignore /ActualText use the ToUnicode maps: presentation forms and the
    lam-alef ligatures (لا، إلا) must read back as the letters typed, not as private codes."""
    pdf = render_brief(case_with(ARABIC_SUMMARY), options(language="ar"))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert not any("\ue000" <= ch <= "\uf8ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)
    for word in arabic_words(ARABIC_SUMMARY):
        assert word in text, word


def test_countries_are_named_in_the_brief_s_language(tmp_path: Path) -> None:
    arabic = pdf_words(render_brief(case_with(ARABIC_SUMMARY, "EG"), options(language="ar")), tmp_path)
    assert "مصر" in {w.text for w in arabic}  # typed "EG"
    assert "ألمانيا" in {w.text for w in arabic}  # the embassy, typed "Germany"
    french = pdf_words(render_brief(case_with(ENGLISH_SUMMARY, "Egypt"), options(language="fr")), tmp_path)
    assert "Égypte" in {w.text for w in french}
    kept = pdf_words(render_brief(case_with(ENGLISH_SUMMARY, "Freedonia"), options(language="ar")), tmp_path)
    assert "Freedonia" in {w.text for w in kept}  # not a country: printed as typed
