"""User text inside a right-to-left layout (or the reverse), kept in its own reading order.

A Latin sentence shown in an Arabic table cell takes the cell's direction as its paragraph
direction, so its closing quote or full stop jumps to the wrong end. Wrapping it in a Unicode
"first strong isolate" lets the text choose its own direction while the cell keeps aligning
to the layout's leading side.
"""

from __future__ import annotations

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(text: str) -> str:
    """``text`` as an isolated run for display (never for storing or editing)."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text
