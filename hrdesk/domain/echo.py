"""Values from a file or the user, quoted in a one-line message: never whole, never spanning lines.

A case file can hold a 10 MB string; echoed whole, the CLI printed a 10 MB line and the GUI froze
for minutes laying it out in a message box (with the panic key dead). Control characters are
escaped (a terminal must not interpret what a file says).
"""

from __future__ import annotations

import reprlib

ECHO_LIMIT = 80

_repr = reprlib.Repr()
_repr.maxstring = ECHO_LIMIT
_repr.maxother = ECHO_LIMIT
_repr.maxlong = 40


def shown(value: object, limit: int = ECHO_LIMIT) -> str:
    """``repr(value)``, cut to at most ``limit`` characters with an ellipsis."""
    text = _repr.repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(message: str, limit: int = 400) -> str:
    """A message as one line of at most ``limit`` characters (a last guard for whole messages)."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
