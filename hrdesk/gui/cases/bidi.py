"""User text inside a right-to-left layout (or the reverse), kept in its own reading order.

A Latin sentence shown in an Arabic table cell takes the cell's direction as its paragraph
direction, so its closing quote or full stop jumps to the wrong end. Wrapping it in a Unicode
"first strong isolate" lets the text choose its own direction while the cell keeps aligning
to the layout's leading side. The helper itself lives in :mod:`hrdesk.domain.isolate`.
"""

from __future__ import annotations

from hrdesk.domain.isolate import FSI as FIRST_STRONG_ISOLATE
from hrdesk.domain.isolate import PDI as POP_DIRECTIONAL_ISOLATE
from hrdesk.domain.isolate import isolated

__all__ = ["FIRST_STRONG_ISOLATE", "POP_DIRECTIONAL_ISOLATE", "isolated"]
