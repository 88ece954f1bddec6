"""The brief's multilingual text layer, checked by reading the PDFs back.

Word positions come from ``pdftotext -bbox`` (poppler), fonts from the PDF objects (pypdf).
Run as a script to write the sample page that ``docs/screenshots/brief-text-sample.png``
is rendered from::

    PYTHONPATH=. python -m tests.brief.test_multilingual_text /tmp/brief-text-sample.pdf
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from hrdesk.brief.bidi_lines import resolve_levels, visual_order
from hrdesk.brief.direction import is_rtl, mirror_columns, mirror_table_style
from hrdesk.brief.fonts import FONT_FILES, font_pair, register_fonts
from hrdesk.brief.line_layout import place_line, prepare_words, wrap_words
from hrdesk.brief.rtl_paragraph import MixedParagraph
from hrdesk.brief.textrun import script_runs, shape_run
from hrdesk.resources import resource_path
from tests.brief.brief_case import logical_word

STYLE = ParagraphStyle("body", fontSize=11, leading=17)
BOLD = ParagraphStyle("bold", parent=STYLE, fontName="HrSans-Bold")
MARGIN = 20 * mm
PAD = 6  # SimpleDocTemplate frame padding
LEFT_EDGE = MARGIN + PAD
RIGHT_EDGE = A4[0] - MARGIN - PAD

AR = "تلقى المدافع عن حقوق الإنسان تهديدات متكررة بعد نشر تقريره عن الاعتقالات التعسفية في المدينة"
AR_MIXED = (
    "صادقت الدولة على العهد الدولي (ICCPR) في 2024 ثم راسلنا السفارة في 15/03/2024 على info@example.org"
)
RU = "Правозащитник получил повторные угрозы после публикации доклада о произвольных задержаниях"
EN = "The Customer office received the defender's request for a meeting with the human rights officer"

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (Debian poppler-utils) is not installed"
)

Word = tuple[int, float, float, float, float, str]  # page, xMin, yMin, xMax, yMax, text


def render(flowables: list, pagesize: tuple[float, float] = A4) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN
    )
    doc.build(flowables)
    return buf.getvalue()


def bbox_words(pdf: bytes, tmp_path: Path) -> list[Word]:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words: list[Word] = []
    for page, chunk in enumerate(out.split("<page ")[1:]):
        for m in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', chunk
        ):
            words.append((page, *(float(v) for v in m.groups()[:4]), logical_word(html.unescape(m.group(5)))))
    return words


def lines_of(words: list[Word], rtl: bool) -> list[list[Word]]:
    """Words grouped into lines (top to bottom, page by page), each in reading order."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w[0], w[2])):
        if lines and lines[-1][0][0] == w[0] and abs(lines[-1][0][2] - w[2]) < 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: -w[1] if rtl else w[1]) for line in lines]


def reading_order(words: list[Word], rtl: bool) -> list[str]:
    return [w[5] for line in lines_of(words, rtl) for w in line]


# -- units without a PDF --------------------------------------------------------------


def test_fonts_and_licence_are_shipped_and_registration_is_idempotent() -> None:
    for filename in FONT_FILES.values():
        assert resource_path("fonts", filename).stat().st_size > 100_000
    assert "SIL OPEN FONT LICENSE" in resource_path("fonts", "OFL.txt").read_text()
    register_fonts()
    register_fonts()
    assert font_pair(bold=True).arabic == "HrArabic-Bold"


def test_direction_helpers() -> None:
    assert is_rtl("ar") and is_rtl("ar-EG") and is_rtl("AR_sa")
    assert not any(is_rtl(code) for code in ("en", "es", "fr", "ru", "", None))
    assert mirror_columns([[1, 2, 3], ["a", "b", "c"]], rtl=True) == [[3, 2, 1], ["c", "b", "a"]]
    assert mirror_columns([[1, 2, 3]], rtl=False) == [[1, 2, 3]]
    style = [("BACKGROUND", (0, 0), (0, -1), "grey"), ("ALIGN", (1, 0), (-1, -1), "LEFT")]
    assert mirror_table_style(style, 3, rtl=True) == [
        ("BACKGROUND", (2, 0), (2, -1), "grey"),
        ("ALIGN", (0, 0), (1, -1), "RIGHT"),
    ]


def test_script_runs_send_arabic_to_the_arabic_font_only() -> None:
    text = "الدولة،(ICCPR)٢٠٢٤"
    assert [(text[a:b], arabic) for a, b, arabic in script_runs(text)] == [
        ("الدولة،", True),
        ("(ICCPR)", False),
        ("٢٠٢٤", True),
    ]


def test_customer_is_shaped_without_the_st_ligature() -> None:
    run = shape_run("Customer", font_pair().latin, rtl=False)
    assert str(run.glyphs) == "Customer"
    assert run.actual_text is None  # extraction below reads the real glyphs, not a span


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVu Sans (Debian fonts-dejavu-core) is not installed")
def test_dlig_stays_off_even_in_a_font_that_has_the_st_ligature() -> None:
    # Noto Sans 2.004 has no "st" ligature, so prove the feature switch on DejaVu Sans, which has one.
    if "TestDejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TestDejaVu", str(DEJAVU)))
    assert "ﬆ" in str(shapeStr("Customer", "TestDejaVu", 10))  # ReportLab's own shaping: the trap
    assert str(shape_run("Customer", "TestDejaVu", rtl=False).glyphs) == "Customer"


def test_brackets_mirror_only_when_shaped_right_to_left() -> None:
    assert str(shape_run("(", font_pair().latin, rtl=True).glyphs) == ")"
    assert str(shape_run("(", font_pair().latin, rtl=False).glyphs) == "("


def _visual_text(text: str, rtl: bool) -> str:
    """Our visual order of one unwrapped line as characters (right-to-left pieces reversed).

    Mirroring is HarfBuzz's job (tested above), so it is left out here, as it is in
    python-bidi's Rust ``get_display``, the current-UAX #9 reference this is compared with.
    """
    out = []
    end = None
    for p in place_line(prepare_words(text, font_pair(), rtl), 10, 3):
        if end is not None and p.x > end + 1e-6:
            out.append(" ")
        out.append(p.piece.text[::-1] if p.piece.level % 2 else p.piece.text)
        end = p.x + p.piece.shaped.width(10)
    return "".join(out)


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        (AR_MIXED, True),
        ("أرسلنا التقرير إلى Human Rights Watch (HRW) أمس", True),
        ("العهد (ICCPR) Article 19 المادة", True),
        ("The officer wrote «مرحبا بكم في السفارة» on 2024-03-15 (twice)", False),
        ("قال: [انظر الملحق 3] ثم غادر.", True),
        ("نسبة 45% من الحالات (2023-2024)", True),
    ],
    ids=[
        "ar-iccpr-date-email",
        "ar-hrw-brackets",
        "ar-bracket-then-latin",
        "en-quoted-ar",
        "ar-square",
        "ar-pct",
    ],
)
def test_line_order_matches_the_reference_bidi_algorithm(text: str, rtl: bool) -> None:
    assert _visual_text(text, rtl) == get_display(text, base_dir="R" if rtl else "L")


_BIDI_ALPHABET = st.sampled_from(list("ابجدهوزحطي") + list("abcXYZ") + list("0123٤٥") + list(" ()[].,:/-%@"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(_BIDI_ALPHABET, min_size=1, max_size=40), rtl=st.booleans())
def test_visual_order_agrees_with_the_rust_reference(text: str, rtl: bool) -> None:
    normalised = " ".join(text.split())
    if normalised:
        assert _visual_text(normalised, rtl) == get_display(normalised, base_dir="R" if rtl else "L")


def test_visual_order_rule_l2() -> None:
    assert visual_order([0, 0, 0]) == [0, 1, 2]
    assert visual_order([1, 1, 1]) == [2, 1, 0]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]
    assert resolve_levels("abc", rtl=False) == [0, 0, 0]


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["الدولة", "(ICCPR)", "2024", "Привет", "office", "info@example.org", "،", "x" * 40]),
        min_size=1,
        max_size=30,
    ),
    width=st.floats(min_value=20, max_value=400),
    rtl=st.booleans(),
)
def test_wrapping_keeps_every_character_once_and_within_width(
    words: list[str], width: float, rtl: bool
) -> None:
    prepared = prepare_words(" ".join(words), font_pair(), rtl)
    lines = wrap_words(prepared, width, 10, 3)
    assert "".join(w.text for line in lines for w in line) == "".join(words)
    for line in lines:
        placed = place_line(line, 10, 3)
        assert sorted(p.piece.text for p in placed) == sorted(p.text for w in line for p in w.pieces)
        if len(line) > 1:  # a single unbreakable character may overflow; nothing else does
            assert sum(w.advance for w in line) * 10 / 1000 + 3 * (len(line) - 1) <= width + 1e-6


def test_wrap_reports_height_for_width_and_breaks_a_very_long_word() -> None:
    url = "https://example.org/" + "a-very-long-path-segment/" * 12
    para = MixedParagraph(url, STYLE)
    _, narrow = para.wrap(120, 10_000)
    _, wide = para.wrap(450, 10_000)
    assert narrow == len(para._layout(120)) * STYLE.leading
    assert narrow > wide >= STYLE.leading
    assert "".join(w.text for line in para._layout(120) for w in line) == url
    assert para.minWidth() > 120  # a Table would give it at least the long word's width


def test_newlines_start_lines_and_blank_lines_survive_inside_only() -> None:
    fonts = font_pair()
    assert len(wrap_words(prepare_words("one\ntwo", fonts, False), 500, 10, 3)) == 2
    assert len(wrap_words(prepare_words("\none\n\n two\n\n", fonts, False), 500, 10, 3)) == 3
    para = MixedParagraph("", STYLE)
    assert para.wrap(100, 100) == (100, 0)


# -- PDFs read back ---------------------------------------------------------------------


@needs_pdftotext
def test_arabic_words_run_right_to_left_and_lines_top_to_bottom(tmp_path: Path) -> None:
    para = MixedParagraph(" ".join([AR] * 3), STYLE, "rtl")
    words = bbox_words(render([para]), tmp_path)
    lines = lines_of(words, rtl=True)
    assert len(lines) >= 3
    assert [w[5] for w in lines[0][:3]] == AR.split()[:3]  # first logical words on the top line
    assert reading_order(words, rtl=True) == " ".join([AR] * 3).split()
    first_line = lines[0]
    assert first_line[0][1] == max(w[1] for w in first_line)  # first word has the largest x
    for line in lines:  # right-aligned
        assert abs(max(w[3] for w in line) - RIGHT_EDGE) < 1.5


@needs_pdftotext
def test_latin_is_left_aligned_and_cyrillic_extracts_intact(tmp_path: Path) -> None:
    words = bbox_words(render([MixedParagraph(f"{EN} {RU} {EN}", STYLE)]), tmp_path)
    lines = lines_of(words, rtl=False)
    assert len(lines) >= 2
    for line in lines:
        assert abs(line[0][1] - LEFT_EDGE) < 1.5
    assert reading_order(words, rtl=False) == f"{EN} {RU} {EN}".split()
    assert "ﬆ" not in "".join(w[5] for w in words)
    assert "Customer" in [w[5] for w in words]


@needs_pdftotext
def test_mixed_arabic_latin_numbers_brackets_email(tmp_path: Path) -> None:
    text = AR_MIXED + " أرسلنا التقرير إلى Human Rights Watch أمس"
    words = bbox_words(render([MixedParagraph(text, STYLE, "rtl")]), tmp_path)
    got = reading_order(words, rtl=True)
    # Every token comes out whole, dates and the address not reversed.
    for token in ("(ICCPR)", "2024", "15/03/2024", "info@example.org"):
        assert token in got
    x = {w[5]: w[1] for w in words}
    # Single Latin tokens sit between their Arabic neighbours in right-to-left order...
    assert x["العهد"] > x["الدولي"] > x["(ICCPR)"] > x["في"]
    # ...and a run of Latin words keeps its own left-to-right order inside the RTL line.
    assert x["إلى"] > x["Watch"] > x["Rights"] > x["Human"] > x["أمس"]


@needs_pdftotext
def test_split_across_pages_keeps_every_word_once(tmp_path: Path) -> None:
    text = " ".join(f"{AR} {n}" for n in range(60))
    pdf = render([MixedParagraph(text, STYLE, "rtl")], pagesize=(A4[0], 110 * mm))
    words = bbox_words(pdf, tmp_path)
    assert len({w[0] for w in words}) >= 3
    assert reading_order(words, rtl=True) == text.split()

    para = MixedParagraph(text, STYLE, "rtl")
    head, tail = para.split(300, 5 * STYLE.leading)
    assert len(head._lines) == 5
    assert head.text.split() + tail.text.split() == text.split()


def test_every_glyph_comes_from_an_embedded_font_including_bold() -> None:
    pdf = render([MixedParagraph(f"{EN} {AR}", STYLE, "rtl"), MixedParagraph(f"{RU} {AR}", BOLD, "rtl")])
    used: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"]["/Font"]
        current = None
        for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in (b"Tj", b"TJ", b"'", b'"'):
                font = fonts[current].get_object()
                assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
                used.add(str(font["/BaseFont"]).split("+", 1)[1])
    # (ReportLab's page preamble selects Helvetica but draws nothing with it.)
    assert used == {"NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"}


@needs_pdftotext
def test_paragraphs_in_a_mirrored_table(tmp_path: Path) -> None:
    header = ["التاريخ", "الحدث", "الجهة"]
    body = ["15/03/2024", "اعتقال تعسفي بعد مظاهرة سلمية أمام وزارة العدل في العاصمة", "الشرطة (Police)"]
    rows = mirror_columns([header, body], rtl=True)
    cells = [[MixedParagraph(text, STYLE, "rtl") for text in row] for row in rows]
    widths = mirror_columns([[30 * mm, 80 * mm, 40 * mm]], rtl=True)[0]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle(mirror_table_style([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)], 3, True)))
    _, height = table.wrap(A4[0] - 2 * MARGIN, A4[1])
    event_lines = len(cells[1][1]._layout(80 * mm - 12))  # 6 pt default padding each side
    assert event_lines >= 2
    assert height == pytest.approx(STYLE.leading * (1 + event_lines) + 2 * 6, abs=0.01)
    x = {w[5]: w[1] for w in bbox_words(render([table]), tmp_path)}
    assert x["التاريخ"] > x["الحدث"] > x["الجهة"]  # first logical column on the right
    assert x["15/03/2024"] > x["اعتقال"] > x["(Police)"]


# -- the sample page --------------------------------------------------------------------

SAMPLES = {
    "en": "The defender asks the embassy to attend the next court hearing and to raise the case "
    "with the minister.",
    "es": "La defensora pide a la embajada que asista a la próxima audiencia y que plantee el caso "
    "al ministro.",
    "fr": "Le défenseur demande à l'ambassade d'assister à la prochaine audience et d'évoquer le "
    "dossier au ministère.",
    "ar": "يطلب المدافع من السفارة حضور جلسة المحكمة القادمة وإثارة قضيته مع الوزير في أقرب فرصة ممكنة.",
    "ru": "Правозащитник просит посольство присутствовать на следующем заседании суда и поднять "
    "вопрос перед министром.",
}


def sample_story() -> list:
    title = ParagraphStyle(
        "title", parent=STYLE, fontName="HrSans-Bold", fontSize=13, leading=20, spaceBefore=6
    )
    story: list = []
    for lang, text in SAMPLES.items():
        direction = "rtl" if is_rtl(lang) else "ltr"
        story.append(MixedParagraph(lang.upper(), title, direction))
        story.append(MixedParagraph(text, STYLE, direction))
    story.append(MixedParagraph("AR + Latin + numbers + brackets", title, "rtl"))
    story.append(
        MixedParagraph(AR_MIXED + " (نسخة إلى [Human Rights Watch] بتاريخ 2024/04/01)", STYLE, "rtl")
    )
    header = [MixedParagraph(t, BOLD, "rtl") for t in ("التاريخ", "الحدث", "الجهة")]
    row = [
        MixedParagraph(t, STYLE, "rtl")
        for t in ("15/03/2024", "اعتقال تعسفي أمام وزارة العدل (OHCHR)", "الشرطة")
    ]
    widths = mirror_columns([[30 * mm, 80 * mm, 40 * mm]], True)[0]
    table = Table(mirror_columns([header, row], True), colWidths=widths, hAlign="RIGHT")
    logical_style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ("BACKGROUND", (0, 1), (0, -1), colors.lightyellow),  # the date column: rightmost in Arabic
    ]
    table.setStyle(TableStyle(mirror_table_style(logical_style, 3, True)))
    story.append(table)
    return story


def test_sample_page_renders() -> None:
    assert render(sample_story()).startswith(b"%PDF")


if __name__ == "__main__":
    Path(sys.argv[1]).write_bytes(render(sample_story()))


@needs_pdftotext
@pytest.mark.parametrize(
    ("text", "direction"),
    [("the cat and the dog and the bird", "ltr"), ("ذكر مصادرنا أو الأشخاص أو القضية", "rtl")],
)
def test_a_word_that_recurs_in_a_line_is_drawn_at_each_of_its_places(
    tmp_path: Path, text: str, direction: str
) -> None:
    """A recurring word shares its cached pieces; each occurrence still gets its own place (after
    a merge, the second "أو" of the brief's "please do not" line was drawn over the first)."""
    words = bbox_words(render([MixedParagraph(text, STYLE, direction)]), tmp_path)
    assert sorted(w[5] for w in words) == sorted(text.split())
    assert len({round(w[1]) for w in words}) == len(words)  # no two words at one place
