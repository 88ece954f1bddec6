"""Device settings that are not secret: language, idle minutes, window geometry.

They live in a small JSON file in the platform's config folder (``$HRDESK_CONFIG_DIR``
overrides it, for tests) and never hold case content: only the keys registered below are
read or written, each with a type and a default.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrdesk.config_folder import config_dir as config_dir  # re-exported: where settings.json lives
from hrdesk.domain.number_style import NumberStyle
from hrdesk.domain.rotation import DEFAULT_COMING_UP_DAYS
from hrdesk.private_files import write_private_file

FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


LANGUAGE = Setting("language", str, "")  # "" = not chosen yet: follow the system locale
IDLE_MINUTES = Setting("idle_minutes", int, 5)
WINDOW_GEOMETRY = Setting("window_geometry", str, "")  # base64 of QWidget.saveGeometry()
# Lock and hide: locks at once and hides every window (a Qt key sequence in portable text form).
LOCK_HIDE_SHORTCUT = Setting("lock_hide_shortcut", str, "Ctrl+Shift+L")
# How Arabic writes numbers and month names (hrdesk.domain.number_style): one choice for the
# UI, the brief and the e-mail.
ARABIC_DIGITS = Setting("arabic_digits", str, "western")  # or "arabic_indic"
ARABIC_MONTHS = Setting("arabic_months", str, "both")  # or "levantine", "egyptian"
# Today's "Coming up" section: how many days ahead (0: not shown). A habit, not case content.
COMING_UP_DAYS = Setting("coming_up_days", int, DEFAULT_COMING_UP_DAYS)
# How many automatic backups the vault folder keeps (services.backups.KEEP_RANGE; 5 = DEFAULT_KEEP).
AUTO_BACKUPS_KEPT = Setting("auto_backups_kept", int, 5)
REGISTRY = {
    s.key: s
    for s in (
        LANGUAGE,
        IDLE_MINUTES,
        WINDOW_GEOMETRY,
        LOCK_HIDE_SHORTCUT,
        ARABIC_DIGITS,
        ARABIC_MONTHS,
        COMING_UP_DAYS,
        AUTO_BACKUPS_KEPT,
    )
}


def number_style(settings: Settings) -> NumberStyle:
    """The Arabic number and month style chosen in ``settings`` (unknown values: the default)."""
    return NumberStyle(settings.get(ARABIC_DIGITS), settings.get(ARABIC_MONTHS))


IDLE_MINUTES_RANGE = (1, 120)


class Settings:
    """Read once, written through on every change; a damaged file falls back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / FILE_NAME
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            loaded = {}
        if isinstance(loaded, dict):
            for key, value in loaded.items():
                setting = REGISTRY.get(key)
                if setting and type(value) is setting.type:
                    self._values[key] = value

    def get(self, setting: Setting) -> Any:
        return self._values.get(setting.key, setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        if type(value) is not setting.type:
            raise TypeError(f"{setting.key} must be {setting.type.__name__}")
        self._values[setting.key] = value
        # Settings are a convenience: a read-only or full disk must not stop the app.
        with contextlib.suppress(OSError):
            write_private_file(self.path, json.dumps(self._values, indent=1, sort_keys=True).encode())
