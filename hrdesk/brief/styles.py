"""Paragraph styles of the brief, one set per reading direction.

Arabic lines need more room than Latin ones (Noto Naskh Arabic has tall ascenders and deep
descenders and is drawn a fifth larger, see :mod:`hrdesk.brief.fonts`), so leading is
1.6× the size in right-to-left briefs and 1.35× otherwise. Colours are dark enough to
photocopy legibly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from hrdesk.brief.fonts import LATIN, LATIN_BOLD, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#4d4d4d")
ACCENT = colors.HexColor("#1f3a5f")
WARNING = colors.HexColor("#9b1c1c")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e8edf3")
NOTES_FILL = colors.HexColor("#fbeaea")


@dataclass(frozen=True)
class BriefStyles:
    title: ParagraphStyle
    kicker: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    footer: ParagraphStyle
    banner: ParagraphStyle
    warning_heading: ParagraphStyle


def _style(name: str, size: float, factor: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=LATIN_BOLD if bold else LATIN,
        fontSize=size,
        leading=round(size * factor, 2),
        textColor=extra.pop("textColor", INK),
        **extra,
    )


def brief_styles(rtl: bool) -> BriefStyles:
    """The styles for a brief written left-to-right or right-to-left."""
    register_fonts()
    f = 1.6 if rtl else 1.35
    return BriefStyles(
        title=_style("title", 17, 1.4 if not rtl else 1.6, bold=True, textColor=ACCENT, spaceAfter=6),
        kicker=_style("kicker", 9, f, bold=True, textColor=MUTED, spaceAfter=2),
        heading=_style("heading", 13, f, bold=True, textColor=ACCENT, spaceBefore=14, spaceAfter=5),
        subheading=_style("subheading", 10.5, f, bold=True, spaceBefore=7, spaceAfter=2),
        body=_style("body", 10, f, spaceAfter=3),
        cell=_style("cell", 9, f),
        cell_bold=_style("cell_bold", 9, f, bold=True),
        cell_small=_style("cell_small", 8, f, textColor=MUTED),
        footer=_style("footer", 7.5, f, textColor=MUTED),
        banner=_style("banner", 9.5, f, bold=True, textColor=colors.white),
        warning_heading=_style("warning", 13, f, bold=True, textColor=WARNING, spaceBefore=6, spaceAfter=5),
    )
