"""One icon set for the whole app (QtAwesome's Material Design Icons), mirrored where it points."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QGuiApplication, QIcon, QPalette, Qt

# Icons that point somewhere: they flip for right-to-left languages.
_DIRECTIONAL = frozenset({"mdi6.arrow-left", "mdi6.arrow-right", "mdi6.chevron-left", "mdi6.chevron-right"})


def icon(name: str) -> QIcon:
    """``name`` like "mdi6.lock"; coloured for the current (light or dark) palette."""
    app = QGuiApplication.instance()
    color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText) if app else None
    options: dict[str, object] = {}
    if color is not None:
        options["color"] = color
    if name in _DIRECTIONAL and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        options["hflip"] = True
    made: QIcon = qtawesome.icon(name, **options)  # QtAwesome ships no type hints
    return made
