"""The brief's fonts, registered with ReportLab once per process.

ReportLab has no font fallback: a string drawn in one font shows empty boxes for every
character that font lacks. Noto Sans covers Latin and Cyrillic but not Arabic; Noto Naskh
Arabic covers Arabic but not Latin letters or ``( ) / %``. So the text layer picks a font
per run of text (see :mod:`hrdesk.brief.textrun`), and this module only makes both
families available under stable names, embedded from the files shipped in
``resources/fonts/`` (never from the system, so every machine prints the same brief).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import cast

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hrdesk.brief import to_unicode
from hrdesk.resources import resource_path

LATIN = "HrSans"
LATIN_BOLD = "HrSans-Bold"
ARABIC = "HrArabic"
ARABIC_BOLD = "HrArabic-Bold"
SYMBOLS = "HrSymbols"
MATH = "HrMath"

#: ReportLab font name -> file under ``resources/fonts/``.
FONT_FILES: dict[str, str] = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
    MATH: "NotoSansMath-Regular.ttf",
}

#: Fonts tried, in order, for a character the run's own font lacks (✓ ★ ☎ → ≈ ≤ −). They
#: have one weight only: bold text shows such a symbol regular rather than a synthesised bold.
FALLBACK_FONTS: tuple[str, ...] = (SYMBOLS, MATH)

#: Drawn in place of a character no bundled font has (an emoji, say): U+FFFD REPLACEMENT
#: CHARACTER, a visible "?" in a diamond, from Noto Sans. Never an empty box (issue #13).
SUBSTITUTE = "\ufffd"

#: Size of each font relative to the paragraph's nominal size. Noto Naskh Arabic at the
#: same point size as Noto Sans looks about a fifth smaller (its letters sit on a lower
#: x-height), so Arabic runs are drawn larger to read as the same size as the Latin.
SIZE_SCALE: dict[str, float] = {LATIN: 1.0, LATIN_BOLD: 1.0, ARABIC: 1.2, ARABIC_BOLD: 1.2}

_lock = threading.Lock()
_registered = False


@dataclass(frozen=True, slots=True)
class FontPair:
    """The two fonts one weight of text needs: one for Arabic runs, one for the rest."""

    latin: str
    arabic: str


REGULAR = FontPair(LATIN, ARABIC)
BOLD = FontPair(LATIN_BOLD, ARABIC_BOLD)


def register_fonts() -> None:
    """Register the four fonts with ReportLab (safe to call any number of times).

    Called by every public entry point of the text layer, so callers never have to
    remember it. A font already registered under our name (e.g. by an earlier call in
    the same process) is left alone, because re-registering would drop ReportLab's
    per-font subset state and the private glyph codes the shaper has assigned.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name in registered:
                continue
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"brief font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
        pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD)
        to_unicode.install()
        _registered = True


def tt_font(font_name: str) -> TTFont:
    """The registered font ``font_name`` (register_fonts() first): every brief font is TrueType."""
    # pdfmetrics.getFont is typed as returning the base Font; ours are all registered as TTFont.
    return cast(TTFont, pdfmetrics.getFont(font_name))


def has_glyph(font_name: str, ch: str) -> bool:
    """Whether the registered font ``font_name`` has a glyph for ``ch``."""
    register_fonts()
    return ord(ch) in tt_font(font_name).face.charToGlyph


def font_pair(bold: bool = False) -> FontPair:
    """The Latin/Arabic font names for a weight, with the fonts registered."""
    register_fonts()
    return BOLD if bold else REGULAR
