"""Mixed-script paragraphs as measured words, wrapped in logical order, drawn in visual order.

The three steps, kept apart so each can be tested and reused without a canvas:

1. :func:`prepare_words` resolves bidi levels once per paragraph and cuts each word into
   *pieces* of one font and one level, each shaped (cached) to know its exact width.
2. :func:`wrap_words` fills lines greedily in logical order, so the first words of the
   paragraph are on the top line whatever the direction; a word too long for a line is
   broken between characters.
3. :func:`place_line` orders one line's pieces visually (rule L2) and gives each an x.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from hrdesk.brief.bidi_lines import resolve_levels, visual_order
from hrdesk.brief.fonts import FontPair
from hrdesk.brief.isolation import first_strong_rtl, isolated_levels
from hrdesk.brief.textrun import ShapedRun, font_runs, shape_run, with_substitutes

# Breakable white space; no-break spaces (U+00A0, U+2007, U+202F) stay inside words.
_WORD = re.compile(r"[^ \t\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+")


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a word in one font at one bidi level, with its shaping."""

    text: str
    font: str
    level: int
    shaped: ShapedRun


@dataclass(frozen=True, slots=True)
class Word:
    """A unit of wrapping. ``advance`` is in 1/1000 of the nominal size (x size/1000 = points).

    ``gap_level`` is the bidi level of the space that follows the word (``None`` when no
    space follows: end of a paragraph line, or a part of a word broken across lines).
    ``hard_break`` starts a new line (the text had a newline); ``blank`` is an empty line.
    """

    text: str
    pieces: tuple[Piece, ...]
    advance: float
    gap_level: int | None
    hard_break: bool = False
    blank: bool = False
    rtl: bool = False  # base direction of the line of text (bidi paragraph) the word is in


def _pieces(text: str, levels: list[int], fonts: FontPair) -> tuple[Piece, ...]:
    return _cached_pieces(text, tuple(levels), fonts)


@lru_cache(maxsize=32768)  # a word recurs many times at the same levels: cut and shape it once per run
def _cached_pieces(text: str, levels: tuple[int, ...], fonts: FontPair) -> tuple[Piece, ...]:
    out: list[Piece] = []
    for start, end, font in font_runs(text, fonts):
        i = start
        while i < end:
            j = i + 1
            while j < end and levels[j] == levels[i]:
                j += 1
            part = text[i:j]
            out.append(Piece(part, font, levels[i], shape_run(part, font, levels[i] % 2 == 1)))
            i = j
    return tuple(out)


def prepare_words(text: str, fonts: FontPair, rtl: bool, auto: bool = False) -> list[Word]:
    """Cut ``text`` into measured words. Newlines start new bidi paragraphs and new lines.

    Blank lines inside the text are kept (as empty lines); blank lines around it are not.
    With ``auto`` each line of the text takes its base direction from its first strong
    character (``rtl`` when it has none), like ``dir="auto"`` in HTML; phone numbers,
    addresses and dates are isolated inside it (:mod:`hrdesk.brief.isolation`).
    """
    return list(_prepared(text, fonts, rtl, auto))


@lru_cache(maxsize=4096)  # names, places, dates and headings recur in a brief's cells: prepare each once
def _prepared(text: str, fonts: FontPair, rtl: bool, auto: bool) -> tuple[Word, ...]:
    words: list[Word] = []
    blocks = with_substitutes(text, fonts).replace("\r\n", "\n").split("\n")
    while blocks and not blocks[-1].strip():
        blocks.pop()
    while blocks and not blocks[0].strip():
        blocks.pop(0)
    for index, block in enumerate(blocks):
        tokens = _WORD.findall(block)
        if not tokens:
            words.append(Word("", (), 0.0, None, hard_break=index > 0, blank=True, rtl=rtl))
            continue
        logical = " ".join(tokens)
        block_rtl = first_strong_rtl(logical, rtl) if auto else rtl
        levels = isolated_levels(logical, block_rtl) if auto else resolve_levels(logical, rtl)
        offset = 0
        for n, token in enumerate(tokens):
            end = offset + len(token)
            pieces = _pieces(token, levels[offset:end], fonts)
            gap = levels[end] if n < len(tokens) - 1 else None
            words.append(
                Word(token, pieces, _advance(pieces), gap, hard_break=index > 0 and n == 0, rtl=block_rtl)
            )
            offset = end + 1
    return tuple(words)


def _slice(word: Word, start: int, end: int) -> tuple[Piece, ...]:
    """The pieces covering characters ``start:end`` of ``word`` (cut pieces re-shaped)."""
    out: list[Piece] = []
    i = 0
    for p in word.pieces:
        a, b = max(start, i), min(end, i + len(p.text))
        if a < b:
            part = p.text[a - i : b - i]
            out.append(
                p
                if part == p.text
                else Piece(part, p.font, p.level, shape_run(part, p.font, p.level % 2 == 1))
            )
        i += len(p.text)
    return tuple(out)


def _advance(pieces: tuple[Piece, ...]) -> float:
    return sum(p.shaped.advance for p in pieces)


def _cut_word(word: Word, limit: float) -> tuple[Word, Word]:
    """Split ``word`` so the head fits in ``limit`` (in ``advance`` units); at least one character.

    Used only for a word wider than a whole line (a URL, an e-mail address, a long
    number): it is broken between characters rather than overflowing into the margin.
    """
    n = len(word.text)
    lo, hi, best = 1, n - 1, 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if _advance(_slice(word, 0, mid)) <= limit:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    while best < n - 1 and unicodedata.category(word.text[best])[0] == "M":
        best += 1  # never strand a combining mark at the start of a line
    head, tail = _slice(word, 0, best), _slice(word, best, n)
    return (
        Word(word.text[:best], head, _advance(head), None, word.hard_break, rtl=word.rtl),
        Word(word.text[best:], tail, _advance(tail), word.gap_level, rtl=word.rtl),
    )


def wrap_words(words: list[Word], width: float, size: float, gap: float) -> list[list[Word]]:
    """Greedy line filling in logical order; ``width`` and ``gap`` in points."""
    scale = size / 1000.0
    lines: list[list[Word]] = []
    line: list[Word] = []
    used = 0.0
    pending = list(reversed(words))
    while pending:
        word = pending.pop()
        if word.blank:
            if line:
                lines.append(line)
            lines.append([word])
            line, used = [], 0.0
            continue
        if word.hard_break and line:
            lines.append(line)
            line, used = [], 0.0
        w = word.advance * scale
        if line and used + gap + w <= width + 1e-6:
            line.append(word)
            used += gap + w
            continue
        if line:
            lines.append(line)
            line, used = [], 0.0
        if w > width + 1e-6 and len(word.text) > 1 and width > 0:
            head, tail = _cut_word(word, width / scale)
            lines.append([head])
            pending.append(tail)
            continue
        line, used = [word], w
    if line:
        lines.append(line)
    return lines


def line_width(line: list[Word], size: float, gap: float) -> float:
    """Natural width in points of one wrapped line."""
    scale = size / 1000.0
    gaps = sum(1 for w in line[:-1] if w.gap_level is not None)
    return sum(w.advance for w in line) * scale + gaps * gap


@dataclass(frozen=True, slots=True)
class Placed:
    """A piece at its x offset (points from the line's left edge), in drawing order."""

    x: float
    piece: Piece
    word: int  # index of the word in the line, to group ActualText spans


def place_line(line: list[Word], size: float, gap: float) -> list[Placed]:
    """The line's pieces in visual (left-to-right) order with their x offsets."""
    return place_line_and_gaps(line, size, gap)[0]


def place_line_and_gaps(line: list[Word], size: float, gap: float) -> tuple[list[Placed], dict[int, float]]:
    """:func:`place_line`, and the x offset of the space after each word that has one
    (keyed by the word's index in the line): the drawer writes a real space there."""
    items: list[tuple[int, Piece | None, int]] = []  # (level, piece or gap, word index)
    for n, word in enumerate(line):
        for part in word.pieces:
            items.append((part.level, part, n))
        if n < len(line) - 1 and word.gap_level is not None:
            items.append((word.gap_level, None, n))
    # Rule L1 (trailing white space at the paragraph level) needs nothing: lines carry none.
    scale = size / 1000.0
    placed: list[Placed] = []
    gaps: dict[int, float] = {}
    x = 0.0
    for index in visual_order([level for level, _, _ in items]):
        _, piece, n = items[index]
        if piece is None:
            gaps[n] = x
            x += gap
            continue
        placed.append(Placed(x, piece, n))
        x += piece.shaped.advance * scale
    return placed, gaps
