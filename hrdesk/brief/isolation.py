"""Values that read left to right (phone numbers, addresses, dates, case numbers) kept intact
inside right-to-left text, and each line's own base direction.

Inside Arabic, the bidi algorithm reorders the parts of ``+20 10 123 4567`` (a space between
two numbers takes the paragraph's direction), so the groups print backwards, and the ``+``
or a bracket lands at the wrong end. A typed value like that is one left-to-right unit: it
is resolved as if wrapped in LRI ... PDI (UAX #9 isolates), which keeps its own order and
lets the surrounding Arabic flow around it. The isolate marks are used only to resolve the
levels; they are never drawn or extracted, so the PDF's text is exactly what was typed.
"""

from __future__ import annotations

import re
from unicodedata import bidirectional

from hrdesk.brief.bidi_lines import resolve_levels

_LRI, _PDI = "\u2066", "\u2069"

#: One left-to-right value: a URL, an e-mail address, or a run of Western digits joined by
#: separators or single spaces (phone numbers, dates such as 2024-03-15 or 15/03/2024, case
#: numbers such as 03-2019, sizes with their unit such as 128 MiB). A leading ``+`` belongs
#: to a phone number; ``x`` stands for a digit in a partly hidden number (``10x xxx xxxx``).
LTR_VALUE = re.compile(
    r"(?:https?://|www\.)[^\s]+?(?=[.,;:!?\u060c\u061b)\]]*(?:\s|$))"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\+?[0-9][0-9xX]*(?:(?:[ \u00a0]|[-./:]|[ \u00a0]?-[ \u00a0]?)[0-9xX]+)*"
    r"(?:[ \u00a0](?:[KMGT]i?B|bytes?)\b)?"
)


def first_strong_rtl(text: str, default: bool) -> bool:
    """Whether the first strong character is right-to-left (UAX #9 rules P2-P3)."""
    for ch in text:
        kind = bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return default


def ltr_values(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each value in ``text`` that must read left to right as typed.

    A lone number of up to four digits needs no isolate (it already reads as typed), so
    it is left out to keep the common case cheap.
    """
    spans = []
    for match in LTR_VALUE.finditer(text):
        value = match.group()
        if value.isdigit() and len(value) <= 4:
            continue
        spans.append(match.span())
    return spans


def isolated_levels(text: str, rtl: bool) -> list[int]:
    """Bidi levels of ``text`` (one paragraph) with every :func:`ltr_values` span isolated."""
    # A left-to-right line needs isolates only when right-to-left letters could capture a value.
    needed = rtl or any(bidirectional(ch) in ("R", "AL") for ch in text)
    spans = ltr_values(text) if needed else []
    if not spans:
        return resolve_levels(text, rtl)
    marked: list[str] = []
    keep: list[bool] = []
    previous = 0
    for start, end in spans:
        marked += [text[previous:start], _LRI, text[start:end], _PDI]
        keep += [True] * (start - previous) + [False] + [True] * (end - start) + [False]
        previous = end
    marked.append(text[previous:])
    keep += [True] * (len(text) - previous)
    levels = resolve_levels("".join(marked), rtl)
    return [level for level, kept in zip(levels, keep, strict=True) if kept]
