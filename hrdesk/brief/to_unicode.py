"""Glyphs that read back as the letters they draw (the PDF's ToUnicode maps).

ReportLab maps each glyph of a font subset to the character code it drew. For shaped Arabic
that code is a presentation form (U+FE8E for a final alef) or, for glyphs no character maps
to (the lam-alef ligatures, some contextual forms), a private-use code (U+E000...). Readers
that ignore ``/ActualText`` (pypdf, many screen readers) then extract those codes, and the
ligatures disappear from copied or searched text (issue #13). Here the map is written with
the logical letters instead: a presentation form maps to its letter (its NFKC form), and a
private code to the characters HarfBuzz shaped into that glyph, recorded at shaping time.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from typing import cast

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr

from hrdesk.brief.reportlab_internals import add_private_glyph, shape_data

_PRIVATE = range(0xE000, 0xF900)
_PRESENTATION = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))
_lock = threading.Lock()
#: face name (as in the PDF's BaseFont after "+") -> private code -> the letters it draws.
_LOGICAL: dict[str, dict[int, str]] = {}
_original = ttfonts.makeToUnicodeCMap


def remember(face_name: str, code: int, letters: str) -> None:
    """Record that ``code`` of ``face_name`` draws ``letters`` (first record wins)."""
    if code in _PRIVATE and letters:
        with _lock:
            _LOGICAL.setdefault(face_name, {}).setdefault(code, letters)


def letters_for(face_name: str, code: int) -> str:
    """What the glyph drawn with ``code`` reads as."""
    if code in _PRIVATE:
        return _LOGICAL.get(face_name, {}).get(code, chr(code))
    if any(code in block for block in _PRESENTATION):
        return unicodedata.normalize("NFKC", chr(code))
    return chr(code)


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap for one subset, with logical letters (same structure)."""
    cmap = _original(fontname, subset)
    face = fontname.split("+", 1)[-1]
    lines = cmap.split("\n")
    for i, code in enumerate(subset):
        letters = letters_for(face, code)
        if letters != chr(code):
            old = f"<{i:02X}> <{code:04X}>"
            index = lines.index(old)
            lines[index] = f"<{i:02X}> <{_utf16(letters)}>"
    return "\n".join(lines)


def install() -> None:
    """Make ReportLab write these maps (idempotent; ReportLab looks the function up per PDF)."""
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


@lru_cache(maxsize=16)
def _with_private_codes(font_name: str) -> ttfonts.TTFont:
    """The font, ready to take private codes (``hbFont`` installs ``hbAddPrivate``)."""
    ttf = cast(ttfonts.TTFont, pdfmetrics.getFont(font_name))  # every brief font is TrueType
    ttf.hbFont(1000)
    return ttf


@lru_cache(maxsize=16)
def anchor_code(font_name: str) -> int:
    """A code of ``font_name`` that draws nothing, advances nothing and reads as nothing.

    The drawer puts it on the baseline at the start of an ``/ActualText`` span around a
    combining mark (see :mod:`hrdesk.brief.rtl_paragraph`): poppler places a span's text
    where the span's first glyph is, so the mark then reads back inside its word instead of
    as a word of its own on the raised baseline it is drawn on. pypdf, which reads glyphs
    and not spans, gets an empty string for it.
    """
    ttf = _with_private_codes(font_name)
    code = add_private_glyph(ttf, "hrdesk.anchor", ttf.face.charToGlyph[0x20], 0)
    with _lock:
        _LOGICAL.setdefault(ttf.face.name.decode("latin-1"), {})[code] = ""
    return code


def typed_brackets(font_name: str, glyphs: ShapedStr, logical: str) -> ShapedStr:
    """``glyphs`` with each mirrored bracket drawn through a code that reads as the bracket typed.

    Shaped right to left, "(" is drawn with the glyph of ")" (bidi mirroring), whose code
    reads back as ")": readers that take the glyphs' text (pypdf) would print ")+20 10(".
    The same glyph gets a private code of its own, mapped to the typed bracket.
    """
    ttf = _with_private_codes(font_name)
    face = ttf.face
    codes = list(glyphs)
    changed = False
    for k, sd in enumerate(shape_data(glyphs)):
        typed = logical[sd.cluster] if 0 <= sd.cluster < len(logical) else ""
        drawn = codes[k]
        if typed and drawn != typed and unicodedata.mirrored(typed) and ord(drawn) in face.charToGlyph:
            gid = face.charToGlyph[ord(drawn)]
            name = f"hrdesk.typed.{ord(typed):04X}.{gid}"
            code = add_private_glyph(ttf, name, gid, face.charWidths[ord(drawn)])
            with _lock:
                _LOGICAL.setdefault(face.name.decode("latin-1"), {})[code] = typed
            codes[k], changed = chr(code), True
    return ShapedStr("".join(codes), shapeData=shape_data(glyphs)) if changed else glyphs  # type: ignore[arg-type]
