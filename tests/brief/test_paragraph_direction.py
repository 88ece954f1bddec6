"""Issue #13 in the brief: each line of typed text takes its own direction and side, and
left-to-right values (phone numbers, addresses, dates, case numbers) read as typed inside
Arabic. Checked from word positions (``pdftotext -bbox``), not by eye."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hrdesk.brief.brief_paragraph import brief_paragraph, user_paragraph
from hrdesk.brief.isolation import isolated_levels, ltr_values
from tests.brief.test_multilingual_text import (
    AR,
    EN,
    LEFT_EDGE,
    RIGHT_EDGE,
    STYLE,
    bbox_words,
    needs_pdftotext,
    reading_order,
    render,
)

PHONE_LINE = "اتصلوا بالمحامي على (+20 10 123 4567) أو على lawyer@example.org قبل 2024-03-15"


def test_values_that_read_left_to_right_are_found() -> None:
    spans = ltr_values(PHONE_LINE + " القضية (03-2019) حجمها 128 MiB انظر https://example.org/a.")
    found = [
        (PHONE_LINE + " القضية (03-2019) حجمها 128 MiB انظر https://example.org/a.")[a:b] for a, b in spans
    ]
    assert found == [
        "+20 10 123 4567",
        "lawyer@example.org",
        "2024-03-15",
        "03-2019",
        "128 MiB",
        "https://example.org/a",
    ]
    assert ltr_values("في عام 2019") == []  # a lone short number already reads as typed


def test_isolated_values_stay_one_left_to_right_unit() -> None:
    text = "رقم +20 10 123 4567 هنا"
    levels = isolated_levels(text, rtl=True)
    start = text.index("+")
    end = start + len("+20 10 123 4567")
    assert len(levels) == len(text)
    assert set(levels[start:end]) == {2}  # spaces included: the groups never swap
    assert levels[0] == 1 and levels[-1] == 1


@needs_pdftotext
def test_each_line_takes_its_own_side_in_either_brief(tmp_path: Path) -> None:
    english_in_arabic = user_paragraph(EN, STYLE, "rtl")
    arabic_in_english = user_paragraph(AR, STYLE, "ltr")
    mixed = user_paragraph("Attend the hearing.\nاحضروا الجلسة.", STYLE, "ltr")
    words = bbox_words(render([english_in_arabic, arabic_in_english, mixed]), tmp_path)
    x = {w[5]: w for w in words}
    # English paragraph in an Arabic brief: flush left, full stop-less first word at the left edge.
    assert abs(x["The"][1] - LEFT_EDGE) < 1
    # Arabic paragraph in an English brief: flush right, first word at the right edge.
    assert abs(x["تلقى"][3] - RIGHT_EDGE) < 1
    assert x["تلقى"][1] > x["المدافع"][1]  # and right to left
    # One typed text, two lines, two sides.
    assert abs(x["Attend"][1] - LEFT_EDGE) < 1
    assert abs(x["احضروا"][3] - RIGHT_EDGE) < 1
    # The brief's own words still follow the brief.
    words = bbox_words(render([brief_paragraph("Summary", STYLE, "rtl")]), tmp_path)
    assert abs(words[0][3] - RIGHT_EDGE) < 1


@needs_pdftotext
@pytest.mark.parametrize("document", ["rtl", "ltr"])
def test_a_phone_number_inside_arabic_reads_as_typed(tmp_path: Path, document: str) -> None:
    words = bbox_words(render([user_paragraph(PHONE_LINE, STYLE, document)]), tmp_path)  # type: ignore[arg-type]
    x = {w[5].strip("()"): w[1] for w in words}
    # The groups of the number run left to right, as typed, with the Arabic around it right to left.
    assert x["+20"] < x["10"] < x["123"] < x["4567"]
    assert x["اتصلوا"] > x["بالمحامي"] > x["4567"]
    assert x["+20"] > x["أو"] > x["lawyer@example.org"] > x["قبل"] > x["2024-03-15"]
    order = reading_order(words, rtl=True)
    assert order[:3] == ["اتصلوا", "بالمحامي", "على"]


@needs_pdftotext
def test_a_date_is_never_broken_across_lines(tmp_path: Path) -> None:
    from hrdesk.brief.date_format import format_date
    from hrdesk.brief.texts import brief_texts
    from hrdesk.domain.dates import PartialDate

    date = format_date(PartialDate(2023, 12, 5), brief_texts("ar"))
    filler = "كلمة " * 9
    # Narrow enough that a breakable date would be split; every width keeps it whole.
    for cut in range(len(filler) // 5):
        text = f"{filler[: cut * 5]}في {date} انتهى"
        words = bbox_words(render([user_paragraph(text, STYLE, "rtl")], pagesize=(260, 400)), tmp_path)
        # poppler cuts words at the no-break spaces and the slash: every part, one line.
        parts = set(re.split(r"[\xa0/]", date))
        tops = [w[2] for w in words if w[5] in parts]
        assert parts <= {w[5] for w in words} and max(tops) - min(tops) < STYLE.leading / 2, cut


SYMBOLS = "≈ − ≥ ≤ → ← ✓ ★ ☎"


def test_symbols_fall_back_per_character_and_the_unknown_is_a_visible_substitute() -> None:
    from hrdesk.brief.fonts import MATH, SUBSTITUTE, font_pair, has_glyph
    from hrdesk.brief.fonts import SYMBOLS as SYMBOL_FONT
    from hrdesk.brief.textrun import font_runs, with_substitutes

    fonts = font_pair()
    text = with_substitutes(f"a {SYMBOLS} ب 😀", fonts)
    assert text == f"a {SYMBOLS} ب {SUBSTITUTE}"  # the emoji only: every symbol has a font
    runs = {text[a:b]: font for a, b, font in font_runs(text, fonts)}
    assert runs["✓"] == SYMBOL_FONT and runs["≈"] == MATH and runs["ب"] == fonts.arabic
    for start, end, font in font_runs(text, fonts):
        assert all(has_glyph(font, ch) for ch in text[start:end] if not ch.isspace()), text[start:end]


def test_no_empty_box_is_drawn_for_symbols(tmp_path: Path) -> None:
    """Every glyph drawn is a real glyph: no .notdef (glyph 0) in any run of the paragraph."""
    from reportlab.pdfbase import pdfmetrics

    from hrdesk.brief.fonts import font_pair
    from hrdesk.brief.line_layout import prepare_words

    for bold in (False, True):
        for word in prepare_words(f"{SYMBOLS} 😀 نص", font_pair(bold), rtl=False, auto=True):
            for piece in word.pieces:
                face = pdfmetrics.getFont(piece.font).face
                for ch in str(piece.shaped.glyphs):
                    assert face.charToGlyph.get(ord(ch), 0) != 0, (piece.text, piece.font)


@needs_pdftotext
def test_symbols_extract_as_typed(tmp_path: Path) -> None:
    words = bbox_words(render([user_paragraph(f"Risk {SYMBOLS} high", STYLE, "ltr")]), tmp_path)
    assert " ".join(w[5] for w in words) == f"Risk {SYMBOLS} high"
