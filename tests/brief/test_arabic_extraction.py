"""Issue #13, "text that can be copied": every Arabic line a brief draws reads back in reading
order from the PDF's text, with poppler (``pdftotext``, plain and ``-layout``) and with pypdf.

The expected text is not typed here: every line :class:`MixedParagraph` draws is recorded as
it is drawn (in logical order), and its Arabic stretches are looked for in what the extractors
give. Extractors differ in white space and add bidi controls, so both sides are normalised;
letters, diacritics, lam-alef ligatures and word order must match exactly.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from hrdesk.brief.options import BriefOptions
from hrdesk.brief.render import render_brief
from hrdesk.brief.rtl_paragraph import MixedParagraph
from hrdesk.domain.case import Case
from tests.brief.brief_case import PREPARED, contact_rows, fictional_case
from tests.brief.test_arabic_brief import ARABIC_SUMMARY

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

# Diacritics (shadda with a vowel, tanween), lam-alef ligatures, Latin and digits inside.
TITLE = "تهديدات ضد لجنة الأرض في الوادي الأخضر"
ASK = "نطلب حضور مراقبٍ مستقلّ جلسةَ المحاكمة، وإثارة القضية مع المحافظ قبل 1 كانون الأول."
EVENT = "احتُجزت المدافعة عند حاجز تفتيش طوال الليل ثم أُطلق سراحها دون تهمة."

_CONTROLS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# Punctuation that poppler sets apart with a space on the wrong side (its own bidi pass
# counts it with numbers): spaces around it carry no meaning for the comparison.
_PUNCTUATION = "،؛؟.:!"
_ARABIC = re.compile(r"[\u0600-\u06ff](?:[\u0600-\u06ff .:!]*[\u0600-\u06ff])?")


def normalised(text: str) -> str:
    """NFC, without bidi controls, one space between words, none around punctuation."""
    text = unicodedata.normalize("NFC", text.translate(_CONTROLS))
    text = re.sub(r"\s+", " ", text)
    return re.sub(rf" ?([{_PUNCTUATION}]) ?", r"\1", text).strip()


def arabic_stretches(line: str, clauses: bool = False) -> Iterator[str]:
    """The stretches of Arabic words of a line (Latin, digits and brackets cut them); with
    ``clauses``, also cut at punctuation."""
    for stretch in _ARABIC.findall(normalised(line)):
        parts = re.split(rf"[{_PUNCTUATION}]", stretch) if clauses else [stretch]
        yield from (p.strip() for p in parts if any(ch.isalpha() for ch in p))


def arabic_case() -> Case:
    case = fictional_case()
    case.title, case.summary, case.country = TITLE, ARABIC_SUMMARY, "EG"
    case.request.ask = ASK
    case.timeline[0].what = EVENT
    return case


def drawn_lines(monkeypatch: pytest.MonkeyPatch, case: Case, language: str) -> tuple[bytes, list[str]]:
    """The brief, and the text of every line its paragraphs drew, in logical order."""
    lines: list[str] = []
    draw = MixedParagraph._draw_line

    def recording(canv, line, layout, x0, y, size, space_font):  # type: ignore[no-untyped-def]
        lines.append("".join(w.text + (" " if w.gap_level is not None else "") for w in line))
        draw(canv, line, layout, x0, y, size, space_font)

    monkeypatch.setattr(MixedParagraph, "_draw_line", staticmethod(recording))
    options = BriefOptions(embassy="Germany", prepared=PREPARED, contact_history=contact_rows())
    pdf = render_brief(case, dataclasses.replace(options, language=language))
    return pdf, [line for line in lines if any("\u0600" <= ch <= "\u06ff" for ch in line)]


def poppler(pdf: bytes, tmp_path: Path, *mode: str) -> str:
    path = tmp_path / "extract.pdf"
    path.write_bytes(pdf)
    run = subprocess.run(["pdftotext", *mode, str(path), "-"], capture_output=True, text=True, check=True)
    return run.stdout


def pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def missing(lines: list[str], extracted: str, clauses: bool = False) -> list[str]:
    text = normalised(extracted)
    return [s for line in lines for s in arabic_stretches(line, clauses) if s not in text]


def test_normalising_keeps_letters_and_order() -> None:
    assert normalised("\u202bالزراعية\u202a ،\u202cولا  يزال\n") == "الزراعية،ولا يزال"
    assert list(arabic_stretches("على (+20 10) أو على lawyer@example.org.")) == ["على", "أو على"]
    assert list(arabic_stretches("الزراعية، ولا يزال", clauses=True)) == ["الزراعية", "ولا يزال"]
    # A reversed word or swapped words are not found: the check can fail.
    assert missing(["تترأس المدافعة"], "سأرتت ةعفادملا") == ["تترأس المدافعة"]
    assert missing(["تترأس المدافعة"], "المدافعة تترأس") == ["تترأس المدافعة"]


def test_every_arabic_line_of_an_arabic_brief_extracts_in_reading_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pdf, lines = drawn_lines(monkeypatch, arabic_case(), "ar")
    assert len(lines) > 40  # the brief's own headings and labels, and the case's text
    for word in ("قائمًا", "مستقلّ", "احتُجزت", "الأراضي", "ولا", "إلا"):  # marks and lam-alef
        assert any(word in line for line in lines), word
    assert missing(lines, poppler(pdf, tmp_path)) == []
    assert missing(lines, poppler(pdf, tmp_path, "-layout")) == []
    assert missing(lines, pypdf_text(pdf)) == []
    # pypdf reads the phone number, its brackets and the address where they were typed.
    assert normalised(ARABIC_SUMMARY) in normalised(pypdf_text(pdf))
    # Whole sentences too, across the end of a line.
    first = ARABIC_SUMMARY.split(". ")[0] + "."
    for extracted in (poppler(pdf, tmp_path), pypdf_text(pdf)):
        assert normalised(first) in normalised(extracted)
        assert normalised(ASK.split(" قبل")[0]) in normalised(extracted)


def test_every_arabic_line_of_an_english_brief_extracts_in_reading_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    case = arabic_case()
    case.title = "Threats against the Valle Verde land committee"
    pdf, lines = drawn_lines(monkeypatch, case, "en")
    assert any("قائمًا" in line for line in lines) and any("احتُجزت" in line for line in lines)
    assert missing(lines, pypdf_text(pdf)) == []
    assert normalised(ARABIC_SUMMARY) in normalised(pypdf_text(pdf))
    # On a page whose main direction is left to right, poppler's own bidi pass keeps each
    # clause in reading order but lists the clauses of a right-to-left line from the left,
    # cut at punctuation (it counts "،" and "." with numbers): checked clause by clause.
    assert missing(lines, poppler(pdf, tmp_path), clauses=True) == []
    assert missing(lines, poppler(pdf, tmp_path, "-layout"), clauses=True) == []
