"""Where hrdesk keeps its device files that are not in the vault: settings, the attempt counter.

Apart from ``hrdesk.settings`` because unlocking needs the folder (the attempt counter lives
there) but not the settings' registry, which brings in the domain's rules: ``hrdesk check``
should not pay for them at every start.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir

CONFIG_DIR_ENV = "HRDESK_CONFIG_DIR"  # overrides the platform's folder (tests, portable use)


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override).expanduser() if override else Path(user_config_dir("hrdesk", appauthor=False))
