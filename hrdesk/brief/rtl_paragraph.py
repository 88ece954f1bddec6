"""``MixedParagraph``: a ReportLab flowable for Arabic, Latin and Cyrillic text, mixed at will.

ReportLab's ``Paragraph`` cannot do this (no bidi without the unpublished ``rlbidi``, no
font fallback, ``dlig`` forced on). This flowable wraps words in logical order using their
shaped widths, orders each line visually, and draws it piece by piece with HarfBuzz
glyphs (see :mod:`hrdesk.brief.line_layout`). It supports ``split()`` for page breaks
and reports exact heights, so it also works inside ``Table`` cells.

Text extraction (copy, search, screen readers, ``pdftotext``, pypdf) gives the logical text
(issue #13): glyphs read back as the letters they draw (:mod:`hrdesk.brief.to_unicode`),
each line is drawn in logical order with real spaces, and combining marks and words
without Arabic letters (mirrored brackets, numbers) get ``/ActualText`` spans; see
:meth:`MixedParagraph._draw_line`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Literal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from hrdesk.brief.drawn_pieces import PieceWriter
from hrdesk.brief.fonts import font_pair
from hrdesk.brief.line_layout import Placed, Word, line_width, place_line_and_gaps, prepare_words, wrap_words
from hrdesk.brief.reportlab_internals import add_operator, shape_data
from hrdesk.brief.textrun import is_arabic_char, shape_run
from hrdesk.brief.to_unicode import anchor_code, typed_brackets

Direction = Literal["ltr", "rtl"]

#: Where the first baseline sits below the top of its line box, as a share of the font
#: size, on top of half the extra leading: keeps Latin capitals and Arabic marks inside.
_ASCENT = 0.8


def _is_bold_style(style: ParagraphStyle) -> bool:
    name = (style.fontName or "").lower()
    return "bold" in name


#: How far (in 1/1000 of the font size) before its base a mark's span starts: enough for
#: poppler to sort it before the base letter, too little for pypdf to see a word gap.
_ANCHOR_LEAD = 20


def _show_with_marks(text: PDFTextObject, glyphs: ShapedStr, logical: str, font: str) -> None:
    """Draw shaped glyphs with each combining mark (a zero-advance glyph) in a span.

    A mark is drawn on a raised baseline (``Ts``), so poppler would read it as a word of
    its own on a line of its own. Each mark gets an ``/ActualText`` span with its letter
    that starts and ends with an empty anchor glyph on the baseline, just before the base
    letter (marks come before their base in the visual order HarfBuzz gives): poppler puts
    the mark inside the word, and after the base letter once it has reordered the word.
    pypdf ignores spans and reads the marks' own glyphs. The pen moves exactly as before,
    so the page looks the same.
    """
    data = shape_data(glyphs)
    starts = sorted({sd.cluster for sd in data})
    ends = dict(zip(starts, [*starts[1:], len(logical)], strict=True))
    anchor = chr(anchor_code(font))
    i = 0
    while i < len(data):
        j = i
        mark = data[i].x_advance == 0
        while j < len(data) and (data[j].x_advance == 0) == mark:
            j += 1
        if not mark:
            text.textOut(ShapedStr(glyphs[i:j], shapeData=data[i:j]))  # type: ignore[arg-type]  # a list, as ReportLab makes
        else:
            # One span per mark, each anchored a little further left than the next, so that
            # stacked marks (shadda and a vowel) keep their order once poppler reverses them.
            for k in range(i, j):
                start = data[k].cluster
                lead = -_ANCHOR_LEAD * (j - k)
                anchors = (
                    ShapeData(start, 0, 0, lead, 0, 0),
                    ShapeData(start, 0, 0, lead + _ANCHOR_LEAD, 0, 0),
                )
                own = logical[start : ends[start]]
                letters = "".join(ch for ch in own if unicodedata.category(ch)[0] == "M") or own
                add_operator(text, _actual_text_marker(letters))
                text.textOut(
                    ShapedStr(anchor + glyphs[k] + anchor, shapeData=[anchors[0], data[k], anchors[1]])  # type: ignore[arg-type]
                )
                add_operator(text, "EMC")
        i = j


def _show_in_spans(
    text: PDFTextObject, word: Word, where: dict[int, float], size: float, show: Callable[..., None]
) -> None:
    """Draw a word without Arabic letters that is set right to left (brackets, numbers, stops).

    A word whose pieces sit side by side gets one span with its logical text, so poppler
    keeps it whole; its pieces are drawn in logical order for pypdf, between empty anchors
    at the word's two edges, since poppler takes a span's box from its first and last
    glyphs. Otherwise each piece that needs one gets its own span.
    """
    side = sorted(word.pieces, key=lambda p: where[id(p)])
    if all(abs(where[id(a)] + a.shaped.width(size) - where[id(b)]) < 0.01 for a, b in pairwise(side)):
        font = side[0].font
        add_operator(text, _actual_text_marker(word.text))
        show(where[id(side[0])], font, 1.0, chr(anchor_code(font)))
        for piece in word.pieces:
            show(where[id(piece)], piece.font, piece.shaped.scale, piece.shaped.glyphs, piece.text)
        show(where[id(side[-1])] + side[-1].shaped.width(size), font, 1.0, chr(anchor_code(font)))
        add_operator(text, "EMC")
        return
    for piece in word.pieces:
        own = piece.shaped.actual_text
        if own:
            add_operator(text, _actual_text_marker(own))
        show(where[id(piece)], piece.font, piece.shaped.scale, piece.shaped.glyphs, piece.text)
        if own:
            add_operator(text, "EMC")


def _draw_glyphs(text: PDFTextObject, font: str, glyphs: str, logical: str) -> None:
    """Draw one piece's glyphs in the font just selected: brackets as typed, marks in spans."""
    if isinstance(glyphs, ShapedStr) and any(map(unicodedata.mirrored, logical)):
        glyphs = typed_brackets(font, glyphs, logical)
    if isinstance(glyphs, ShapedStr) and any(sd.x_advance == 0 for sd in shape_data(glyphs)):
        _show_with_marks(text, glyphs, logical, font)
    else:
        text.textOut(glyphs)


def _actual_text_marker(text: str) -> str:
    hexed = text.encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <FEFF{hexed}>>> BDC"


class MixedParagraph(Flowable):
    """A paragraph of any mix of the brief's five languages.

    ``direction`` is the document's direction (``"rtl"`` for Arabic briefs): it sets the
    bidi base level and the alignment (right for RTL, left for LTR; ``TA_CENTER`` in the
    style centres). ``bold`` defaults to whether ``style.fontName`` names a bold font.
    From the style it uses fontSize, leading, textColor, leftIndent, rightIndent,
    spaceBefore, spaceAfter, allowWidows and allowOrphans. Newlines in ``text`` start new
    lines. With ``auto`` each line of ``text`` takes its own base direction and alignment
    from its first strong character (``direction`` only decides for lines with none).
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        direction: Direction = "ltr",
        bold: bool | None = None,
        auto: bool = False,
    ) -> None:
        super().__init__()
        if direction not in ("ltr", "rtl"):
            raise ValueError(f"direction must be 'ltr' or 'rtl', not {direction!r}")
        self.text = text
        self.style = style
        self.direction: Direction = direction
        self.auto = auto
        self.bold = _is_bold_style(style) if bold is None else bold
        self.fonts = font_pair(self.bold)
        self._words: list[Word] = prepare_words(text, self.fonts, direction == "rtl", auto)
        self._space_before: float = style.spaceBefore
        self._space_after: float = style.spaceAfter
        self._wrapped_for: float | None = None
        self._lines: list[list[Word]] = []

    # -- geometry ---------------------------------------------------------------------

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def gap(self) -> float:
        """Width in points of the space between words (the paragraph font's own space)."""
        font = self.fonts.arabic if self.rtl else self.fonts.latin
        return shape_run(" ", font, False).width(self.style.fontSize)

    def _text_width(self, avail_width: float) -> float:
        return max(0.0, avail_width - self.style.leftIndent - self.style.rightIndent)

    def _layout(self, avail_width: float) -> list[list[Word]]:
        width = self._text_width(avail_width)
        if self._wrapped_for != width:
            self._lines = wrap_words(self._words, width, self.style.fontSize, self.gap)
            self._wrapped_for = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Wrap to ``availWidth``; the height is the number of lines times the leading."""
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.style.leading
        return availWidth, self.height

    def minWidth(self) -> float:
        """The widest word plus indents: what a ``Table`` column needs at the least."""
        widest = max((w.advance for w in self._words), default=0.0) * self.style.fontSize / 1000.0
        return widest + self.style.leftIndent + self.style.rightIndent

    def getSpaceBefore(self) -> float:
        return self._space_before

    def getSpaceAfter(self) -> float:
        return self._space_after

    # -- page breaks ------------------------------------------------------------------

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Cut after as many whole lines as fit in ``availHeight``; ``[]`` if none may."""
        lines = self._layout(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        if not getattr(self.style, "allowWidows", 1) and len(lines) - fit == 1:
            fit -= 1
        if fit <= 0 or (fit == 1 and not getattr(self.style, "allowOrphans", 0)):
            return []
        head = self._part(lines[:fit], availWidth)
        tail = self._part(lines[fit:], availWidth)
        head._space_after = 0.0
        tail._space_before = 0.0
        return [head, tail]

    def _part(self, lines: list[list[Word]], avail_width: float) -> MixedParagraph:
        part = MixedParagraph.__new__(MixedParagraph)
        Flowable.__init__(part)
        part.text = "".join(w.text + (" " if w.gap_level is not None else "") for line in lines for w in line)
        part.style, part.direction, part.bold, part.fonts = self.style, self.direction, self.bold, self.fonts
        part.auto = self.auto
        part._words = [w for line in lines for w in line]
        part._space_before, part._space_after = self._space_before, self._space_after
        part._lines = lines
        part._wrapped_for = self._text_width(avail_width)
        return part

    # -- drawing ----------------------------------------------------------------------

    def draw(self) -> None:
        canv: Canvas = self.canv
        style = self.style
        size, leading = style.fontSize, style.leading
        width = self._text_width(self.width)
        gap = self.gap
        canv.saveState()
        canv.setFillColor(style.textColor)
        top = self.height
        for index, line in enumerate(self._lines):
            if not line or line[0].blank:
                continue
            natural = line_width(line, size, gap)
            if style.alignment == TA_CENTER:
                x0 = style.leftIndent + (width - natural) / 2
            elif line[0].rtl if self.auto else self.rtl:
                x0 = style.leftIndent + width - natural
            else:
                x0 = style.leftIndent
            baseline = top - index * leading - (leading - size) / 2 - _ASCENT * size
            layout = place_line_and_gaps(line, size, gap)
            self._draw_line(canv, line, layout, x0, baseline, size, self.fonts.latin)
        canv.restoreState()

    @staticmethod
    def _draw_line(
        canv: Canvas,
        line: list[Word],
        layout: tuple[list[Placed], dict[int, float]],
        x0: float,
        y: float,
        size: float,
        space_font: str,
    ) -> None:
        """Draw one line in one text object: pieces at their visual x, in logical order.

        Text extractors read the page two ways, and the line is written for both:
        poppler (``pdftotext``, and readers like it) places every character by position
        and reorders right-to-left text itself, so each piece's glyphs are drawn left to
        right and read back through the ToUnicode maps (:mod:`hrdesk.brief.to_unicode`) as
        logical letters; pypdf reads in drawing order and reverses right-to-left runs of one
        string, so the pieces are drawn in logical order, each after a font selection that
        ends the previous run, with a real space character at every gap between words (it
        finds no gap when the next word is to the left).
        """
        placed, gaps = layout
        # Where each piece goes, per word: a word that recurs in a line shares its (cached) pieces,
        # so a piece alone does not say which occurrence it is.
        where: dict[int, dict[int, float]] = {}
        for p in placed:
            where.setdefault(p.word, {})[id(p.piece)] = p.x
        text = canv.beginText(x0, y)
        # Plain pieces (shaping changed nothing) that follow each other in one font, one
        # space apart, are drawn as one string with real spaces: one text operator per run
        # of words instead of one per word, which is most of the drawing time of a long brief.
        run: list[str] = []
        run_font, run_scale, run_x, run_end = "", 1.0, 0.0, 0.0
        pending_gap: float | None = None

        writer = PieceWriter(canv, text, _draw_glyphs)

        def show(x: float, font: str, scale: float, glyphs: str, logical: str = "") -> None:
            writer.show(x0 + x, y, font, size * scale, glyphs, logical)

        def flush_run() -> None:
            if run:
                show(run_x, run_font, run_scale, "".join(run))
                run.clear()

        def end_run() -> None:
            """Draw the run so far, then the space pending before the next piece."""
            nonlocal pending_gap
            flush_run()
            if pending_gap is not None:
                show(pending_gap, space_font, 1.0, " ")
                pending_gap = None

        def draw_pieces(word: Word, at: dict[int, float]) -> None:
            nonlocal run_font, run_scale, run_x, run_end, pending_gap
            for piece in word.pieces:
                x, shaped = at[id(piece)], piece.shaped
                if type(shaped.glyphs) is str:
                    width = shaped.width(size)
                    if run and piece.font == run_font and shaped.scale == run_scale:
                        space = stringWidth(" ", run_font, size * run_scale)
                        if pending_gap is None and abs(x - run_end) < 0.01:
                            run.append(shaped.glyphs)
                            run_end = x + width
                            continue
                        if pending_gap is not None and abs(x - run_end - space) < 0.01:
                            run.append(" " + shaped.glyphs)
                            run_end, pending_gap = x + width, None
                            continue
                    end_run()
                    run.append(shaped.glyphs)
                    run_font, run_scale, run_x, run_end = piece.font, shaped.scale, x, x + width
                    continue
                end_run()
                show(x, piece.font, shaped.scale, shaped.glyphs, piece.text)

        for n, word in enumerate(line):
            if any(p.shaped.actual_text for p in word.pieces) and not any(map(is_arabic_char, word.text)):
                end_run()
                _show_in_spans(text, word, where[n], size, show)
            else:
                draw_pieces(word, where[n])
            if n in gaps:
                pending_gap = gaps[n]  # (drawn before the next word's first piece)

        flush_run()
        canv.drawText(text)
