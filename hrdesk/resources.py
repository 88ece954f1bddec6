"""Where the files under ``resources/`` and ``translations/`` live at run time.

In a source checkout (editable install) they sit beside the package; in a PyInstaller
bundle they are unpacked next to the executable (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder that holds ``resources/`` and ``translations/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path under ``resources/``, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    return project_root().joinpath("resources", *parts)


def translations_path(*parts: str) -> Path:
    """A path under ``translations/``."""
    return project_root().joinpath("translations", *parts)
