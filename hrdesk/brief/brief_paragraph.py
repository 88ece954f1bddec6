"""The brief's paragraph: text the defender typed is read and aligned in its own direction.

An English sentence inside an Arabic brief must keep its own base direction, or its full
stop jumps to the wrong end (".Attend, visit, speak"), and an Arabic paragraph in an
English brief set flush left reads as broken. Like HTML's ``dir="auto"``, the first strong
character of each line of what was typed decides both its order and its alignment (issue
#13), and values such as phone numbers and addresses are isolated inside it
(:mod:`hrdesk.brief.isolation`). The brief's own words keep the brief's direction.
"""

from __future__ import annotations

from unicodedata import bidirectional

from reportlab.lib.styles import ParagraphStyle

from hrdesk.brief.line_layout import Word
from hrdesk.brief.rtl_paragraph import Direction, MixedParagraph


def text_direction(text: str, default: Direction) -> Direction:
    """Direction of the first strong character (UAX #9 rules P2-P3), else ``default``."""
    for ch in text:
        kind = bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


class BriefParagraph(MixedParagraph):
    """A :class:`MixedParagraph` that may align to a side other than its bidi base direction."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        direction: Direction,
        align_right: bool | None = None,
        auto: bool = False,
    ) -> None:
        super().__init__(text, style, direction, auto=auto)
        self.align_right = direction == "rtl" if align_right is None else align_right

    @property
    def rtl(self) -> bool:
        """The alignment side: the base class right-aligns when this is true."""
        return self.align_right

    def _part(self, lines: list[list[Word]], avail_width: float) -> MixedParagraph:
        part = super()._part(lines, avail_width)
        part.__class__ = BriefParagraph
        part.align_right = self.align_right  # type: ignore[attr-defined]
        return part


def brief_paragraph(text: str, style: ParagraphStyle, document: Direction) -> BriefParagraph:
    """A paragraph of the brief's own words, in the brief's direction."""
    return BriefParagraph(text, style, document)


def user_paragraph(text: str, style: ParagraphStyle, document: Direction) -> BriefParagraph:
    """A paragraph of user text in a brief written in ``document`` direction.

    Each line takes its own direction and side; a line with no letters (a date, a number)
    follows the brief.
    """
    return BriefParagraph(text, style, document, auto=True)
