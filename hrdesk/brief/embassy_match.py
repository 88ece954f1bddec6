"""Which government an embassy typed in the export options belongs to, and which rows of the
contact history are with that embassy.

A brief is prepared for one embassy; the officer reading it should see that government's own
policy and the history of contacts with *their* embassy, not with others (which could also
tell one government what the defender said to another).
"""

from __future__ import annotations

from hrdesk.domain.countries import EUROPEAN_UNION, country_code

#: How the contact log labels an embassy: "Canada — Tegucigalpa" (see ``Embassy.label``).
LABEL_SEPARATOR = " — "

_EU_NAMES = {"eu", "european union", "union europea", "union europeenne", "union européenne",
             "الاتحاد الأوروبي", "евросоюз", "европейский союз"}  # fmt: skip


def government_code(embassy: str) -> str | None:
    """The ISO code (or "EU") of the government behind ``embassy``: "Canada", "Canada — Tegucigalpa",
    "Embassy of Canada", "كندا"; None when no government can be recognised."""
    text = embassy.split(LABEL_SEPARATOR)[0].strip()
    if not text:
        return None
    if text.casefold() in _EU_NAMES:
        return EUROPEAN_UNION
    code = country_code(text)
    if code is not None:
        return code
    words = text.split()
    for start in range(1, len(words)):  # "Embassy of the United Kingdom" -> "United Kingdom"
        tail = " ".join(words[start:])
        if tail.casefold() in _EU_NAMES:
            return EUROPEAN_UNION
        code = country_code(tail)
        if code is not None:
            return code
    return None


def same_embassy(logged: str, chosen: str) -> bool:
    """Whether an embassy named in the contact log is the one the brief is for."""
    if logged.strip().casefold() == chosen.strip().casefold():
        return True
    if logged.split(LABEL_SEPARATOR)[0].strip().casefold() == chosen.strip().casefold():
        return True
    code = government_code(chosen)
    return code is not None and government_code(logged) == code
