"""Where the files of ``resources/`` and the compiled ``translations/*.qm`` are at run time.

- Installed from a wheel (pip, Flatpak): inside the package as ``hrdesk/data/`` and
  ``hrdesk/data/locale/`` (see setup.py), found with ``importlib.resources``.
- A PyInstaller bundle: unpacked next to the executable (``sys._MEIPASS``), as the spec lays out.
- A source checkout (editable install, or ``PYTHONPATH`` at the repository): the top-level
  ``resources/`` and ``translations/`` folders beside the package.

Only real folders are supported (no zipped installs): fonts and Qt catalogues are opened by path.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def _folders() -> tuple[Path, Path]:
    """(the resources folder, the folder of compiled translations)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources", Path(bundle) / "translations"
    installed = resources.files("hrdesk") / "data"
    if installed.is_dir():
        data = Path(str(installed))
        return data, data / "locale"
    checkout = Path(__file__).resolve().parent.parent
    return checkout / "resources", checkout / "translations"


def running_from_checkout() -> bool:
    """True in a source checkout (where the test suite runs), False installed or bundled."""
    if getattr(sys, "frozen", False) or getattr(sys, "_MEIPASS", None):
        return False
    checkout = Path(__file__).resolve().parent.parent
    return _folders()[0] == checkout / "resources" and (checkout / "pyproject.toml").is_file()


def resource_path(*parts: str) -> Path:
    """A path under ``resources/``, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    return _folders()[0].joinpath(*parts)


def translations_path(*parts: str) -> Path:
    """A compiled translation, e.g. ``translations_path("hrdesk_ar.qm")``."""
    return _folders()[1].joinpath(*parts)
