"""Values placed into translated sentences, kept in their own reading order.

A translated sentence such as "Saved to %1." in Arabic is laid out right to left; a path,
a date, a size or a phone number put into it is reordered by the bidi algorithm
(``/home/ana/brief.pdf`` prints as ``brief.pdf/ana/home/``, ``128 MiB`` as ``MiB 128``). Each
value is therefore wrapped in Unicode isolates (UAX #9): FSI ... PDI lets the value take its
own direction from its first strong letter (an Arabic name stays right to left, a path left
to right) without disturbing the sentence around it. This is the one helper for that: every
``%1``-style placeholder of a translated sentence is filled through :func:`fill`.

For display only: isolates must never be stored, nor put into file names.
"""

from __future__ import annotations

import re

FSI = "\u2068"  # first strong isolate
LRI = "\u2066"  # left-to-right isolate
PDI = "\u2069"  # pop directional isolate

_PLACEHOLDER = re.compile(r"%([1-9])")


def isolated(value: object) -> str:
    """``value`` as text in a first-strong isolate.

    Left as it is: "", a value already isolated, and a lone number (digits of any script,
    which read the same in either direction and need no isolate).
    """
    text = str(value)
    if not text or text.isdigit() or (text[0] in (FSI, LRI) and text[-1] == PDI):
        return text
    return f"{FSI}{text}{PDI}"


def isolated_ltr(value: object) -> str:
    """``value`` forced left to right (a path or a number with no letters to decide by)."""
    text = str(value)
    return f"{LRI}{text}{PDI}" if text else text


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2`` ... replaced by the isolated ``values``, in one pass.

    One pass, unlike chained ``str.replace``: a value that itself contains ``%2`` is not
    replaced again. A placeholder with no value is left as it is.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return isolated(values[index]) if index < len(values) else match.group()

    return _PLACEHOLDER.sub(value, template)


#: A number with a unit written in Latin letters ("128 MiB"): inside Arabic the bidi algorithm
#: shows it as "MiB 128", so the pair is kept together left to right.
_NUMBER_WITH_UNIT = re.compile(r"(?<![\w\u2066])(\d+(?:[.,]\d+)?[ \u00a0](?:[KMGT]i?B|[KMG]B|bytes?))\b")


def isolate_units(text: str) -> str:
    """``text`` (a translated sentence already filled in) with each "number unit" isolated."""
    return _NUMBER_WITH_UNIT.sub(lambda m: isolated_ltr(m.group(1)), text)


def plain(text: str) -> str:
    """``text`` without the isolate marks :func:`fill` added (to compare or to copy)."""
    return text.replace(FSI, "").replace(LRI, "").replace(PDI, "")
