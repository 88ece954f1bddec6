"""Font runs and HarfBuzz shaping for the brief, measured and ready to draw.

Why not ReportLab's own shaping (``drawString(..., shaping=True)``)? It guesses the
direction of each string (so a bracket or an Arabic-Indic number cannot be told to run
right-to-left or left-to-right), it turns on the ``dlig`` feature (which prints "ﬆ" in
"Customer"), and it knows nothing about choosing a font per script. Here every run is
shaped with an explicit direction, script and feature set, and the result is a
ReportLab ``ShapedStr`` that ReportLab's text machinery already knows how to draw.

Shaping is done in font units (1/1000 em), so one cached result serves every font size.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from hrdesk.brief.fonts import (
    ARABIC,
    ARABIC_BOLD,
    FALLBACK_FONTS,
    SIZE_SCALE,
    SUBSTITUTE,
    FontPair,
    has_glyph,
    register_fonts,
    tt_font,
)
from hrdesk.brief.to_unicode import remember

#: Discretionary ligatures off (no "ﬆ" in "Customer"); standard ones and kerning on.
FEATURES: dict[str, bool] = {"kern": True, "liga": True, "dlig": False}
# Latin and Cyrillic are drawn with the font's plain advances, as ReportLab draws them itself:
# without kerning and ligatures a run needs no per-glyph positions, so the words of a line can
# be drawn as one string, which halves the time of a long brief.
PLAIN_FEATURES: dict[str, bool] = {"kern": False, "liga": False, "dlig": False}

_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFC),
)
_JOINERS = {"\u200c", "\u200d"}
_ARABIC_FONTS = frozenset({ARABIC, ARABIC_BOLD})


@lru_cache(maxsize=4096)  # per character: a brief asks about the same few dozen letters 100,000 times
def is_arabic_char(ch: str) -> bool:
    """True for characters of the Arabic blocks (letters, marks, Arabic-Indic digits, ،؛؟)."""
    cp = ord(ch)
    if cp < 0x0600:
        return False
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


@lru_cache(maxsize=4096)
def _follows_previous(ch: str) -> bool:
    """Marks and joiners belong to the run of the character before them."""
    return ch in _JOINERS or unicodedata.category(ch) in ("Mn", "Me")


def script_runs(text: str) -> list[tuple[int, int, bool]]:
    """Split ``text`` into ``(start, end, is_arabic)`` runs, in logical order.

    Arabic runs go to the Arabic font; everything else (Latin, Cyrillic, digits,
    brackets, punctuation) to Noto Sans, which has all of those.
    """
    runs: list[tuple[int, int, bool]] = []
    start = 0
    current: bool | None = None
    for i, ch in enumerate(text):
        arabic = current if (current is not None and _follows_previous(ch)) else is_arabic_char(ch)
        if arabic != current:
            if current is not None:
                runs.append((start, i, current))
            start, current = i, arabic
    if current is not None:
        runs.append((start, len(text), current))
    return runs


def font_for_run(fonts: FontPair, arabic: bool) -> str:
    """The ReportLab font name for a run."""
    return fonts.arabic if arabic else fonts.latin


@lru_cache(maxsize=8192)  # fonts are registered once and never change while the app runs
def _drawn_by(ch: str, font: str) -> str | None:
    """The font that draws ``ch`` in a run of ``font``: the font itself, else a fallback."""
    if has_glyph(font, ch):
        return font
    for fallback in FALLBACK_FONTS:
        if has_glyph(fallback, ch):
            return fallback
    return None


@lru_cache(maxsize=4096)
def _invisible(ch: str) -> bool:
    """Format characters, marks and spaces: never replaced (HarfBuzz hides what a font lacks)."""
    return unicodedata.category(ch)[0] in "CMZ"


def with_substitutes(text: str, fonts: FontPair) -> str:
    """``text`` with every visible character that no bundled font has replaced by
    :data:`~hrdesk.brief.fonts.SUBSTITUTE` (same length, so offsets still hold)."""
    if text.isascii() or all(_kept(ch, fonts) for ch in set(text)):
        return text
    return "".join(ch if _kept(ch, fonts) else SUBSTITUTE for ch in text)


@lru_cache(maxsize=8192)
def _kept(ch: str, fonts: FontPair) -> bool:
    """Whether ``ch`` is drawn as itself. A visible character's run (:func:`script_runs`) is
    Arabic exactly when the character is: only marks and joiners follow the one before."""
    return _invisible(ch) or _drawn_by(ch, font_for_run(fonts, is_arabic_char(ch))) is not None


def font_runs(text: str, fonts: FontPair) -> list[tuple[int, int, str]]:
    """``(start, end, font)`` runs in logical order: the script's font, and per character a
    fallback font (symbols, mathematics) for what that font lacks. Marks stay with their base.

    Call :func:`with_substitutes` first: a character no font has stays in the run's font.
    """
    runs: list[tuple[int, int, str]] = []
    for start, end, arabic in script_runs(text):
        base = font_for_run(fonts, arabic)
        if text[start:end].isascii():
            runs.append((start, end, base))
            continue
        current, begin = "", start
        for i in range(start, end):
            ch = text[i]
            font = current if current and _follows_previous(ch) else _drawn_by(ch, base) or base
            if font != current:
                if current:
                    runs.append((begin, i, current))
                current, begin = font, i
        runs.append((begin, end, current))
    return runs


@dataclass(frozen=True, slots=True)
class ShapedRun:
    """One run shaped for drawing.

    ``glyphs`` is what to hand to ReportLab's text object: a plain ``str`` when shaping
    changed nothing (ReportLab's fast path), else a ``ShapedStr`` of glyph codes in
    visual order with their HarfBuzz positions. ``advance`` is in 1/1000 of the nominal
    size and already includes ``scale``, the font's size relative to the nominal one
    (see :data:`hrdesk.brief.fonts.SIZE_SCALE`): draw the glyphs at ``size * scale``.
    ``actual_text`` is the logical text when the glyphs do not read back as that text
    (Arabic contextual forms, ligatures, mirrored brackets, right-to-left order): the
    drawer wraps such runs in a PDF ``/ActualText`` span so copy, search and
    ``pdftotext`` give the real words.
    """

    glyphs: str
    advance: float
    actual_text: str | None
    scale: float = 1.0

    def width(self, size: float) -> float:
        """Width in points at ``size``."""
        return self.advance * size / 1000.0


@lru_cache(maxsize=16)
def _hb_font(font_name: str) -> hb.Font:
    register_fonts()
    ttf = tt_font(font_name)
    # hbFont() also installs ttf.hbAddPrivate, used below for glyphs with no code point.
    return ttf.hbFont(1000)


@lru_cache(maxsize=65536)
def shape_run(text: str, font_name: str, rtl: bool) -> ShapedRun:
    """Shape ``text`` in one font and one direction (cached per text, font and direction).

    ``rtl`` is the resolved bidi direction of the run, not its script: brackets inside
    Arabic text are shaped right-to-left, which makes HarfBuzz mirror them, and Latin
    words or numbers inside Arabic text are shaped left-to-right.
    """
    hbfont = _hb_font(font_name)
    ttf = tt_font(font_name)
    face = ttf.face
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    # Fixed, not the process locale's language (HarfBuzz's default), so that a brief comes
    # out the same on every machine: no locale-specific (e.g. Bulgarian Cyrillic) forms.
    buf.language = "ar" if font_name in _ARABIC_FONTS else "en"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(hbfont, buf, FEATURES if font_name in _ARABIC_FONTS else PLAIN_FEATURES)

    chars: list[str] = []
    data: list[ShapeData] = []
    plain = not rtl
    advance = 0.0
    starts = sorted({info.cluster for info in buf.glyph_infos})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    face_name = face.name.decode("latin-1")
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        # glyphToChar and hbAddPrivate (installed by hbFont()) are real but missing from types-reportlab.
        codes = face.glyphToChar.get(gid)  # type: ignore[attr-defined]
        code = codes[0] if codes else ttf.hbAddPrivate(hbfont.glyph_to_string(gid), gid, pos.x_advance)  # type: ignore[attr-defined]
        if not codes:  # a glyph of no character (a ligature): make it read back as its letters
            remember(face_name, code, text[info.cluster : ends[info.cluster]])
        x_adv = ttf.pdfScale(pos.x_advance)
        x_off = ttf.pdfScale(pos.x_offset)
        width = face.charWidths[code]
        advance += x_adv
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster, x_adv, ttf.pdfScale(pos.y_advance), x_off, ttf.pdfScale(pos.y_offset), width
            )
        )
        if plain and (x_off or pos.y_offset or x_adv != width):
            plain = False
    drawn = "".join(chars)
    faithful = not rtl and drawn == text
    scale = SIZE_SCALE.get(font_name, 1.0)
    if plain and faithful:
        return ShapedRun(text, advance * scale, None, scale)
    # ShapedStr carries one ShapeData per glyph; types-reportlab types it as a single ShapeData.
    return ShapedRun(ShapedStr(drawn, shapeData=data), advance * scale, None if faithful else text, scale)  # type: ignore[arg-type]


def text_width(text: str, fonts: FontPair, size: float) -> float:
    """Shaped width in points of a word or short text, each script run in its font.

    Arabic runs are measured right-to-left and the others left-to-right; for words
    inside a paragraph :mod:`hrdesk.brief.rtl_paragraph` measures the exact bidi pieces.
    """
    total = 0.0
    text = with_substitutes(text, fonts)
    for start, end, font in font_runs(text, fonts):
        total += shape_run(text[start:end], font, font in _ARABIC_FONTS).advance
    return total * size / 1000.0
