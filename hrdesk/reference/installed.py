"""Where an imported reference pack lives, and when it is used instead of the bundled files.

The reference is public content, not case data, so it lives beside the app's other data in
the platform data folder (``$HRDESK_DATA_DIR`` in tests), never in the vault. The verified pack
is kept whole in one file written atomically: the five languages change together or not at
all. It is verified again when read (a changed file on disk is ignored, the bundled content
is used), and used only while it is newer than the content bundled with this version of hrdesk.
"""

from __future__ import annotations

import os
from datetime import date
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir

from hrdesk.private_files import write_private_file
from hrdesk.reference.content import parse_library
from hrdesk.reference.packs import Ed25519PublicKey, PackError, ReferencePack, read_pack
from hrdesk.resources import resource_path

DATA_DIR_ENV = "HRDESK_DATA_DIR"
PACK_NAME = "reference-update.hrdpack"


def installed_pack_path() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    base = Path(override).expanduser() if override else Path(user_data_dir("hrdesk", appauthor=False))
    return base / "reference" / PACK_NAME


@cache
def bundled_date() -> date:
    """The newest ``checked`` date in the bundled English file: how recent the app's own content is."""
    path = resource_path("reference", "en.json")
    return max(e.checked for e in parse_library(path.read_bytes(), str(path), "en").entries())


@cache
def _read(path: Path, stamp: tuple[int, int]) -> ReferencePack | None:
    # ``stamp`` (mtime, size) makes a replaced file read again; the same file is verified once.
    try:
        return read_pack(path.read_bytes())
    except (OSError, PackError):
        return None


def installed_pack() -> ReferencePack | None:
    """The installed pack if there is one, still valid and newer than the bundled content."""
    path = installed_pack_path()
    try:
        info = path.stat()
    except OSError:
        return None
    pack = _read(path, (info.st_mtime_ns, info.st_size))
    return pack if pack is not None and pack.date > bundled_date() else None


def installed_text(language: str) -> tuple[bytes, str] | None:
    """(bytes, a name for messages) of the installed update's language file, or None."""
    pack = installed_pack()
    return None if pack is None else (pack.files[language], f"{language}.json (update of {pack.date})")


def current_content() -> tuple[date, str | None]:
    """(date, signer) of the content in use; signer None for the content bundled with the app."""
    pack = installed_pack()
    return (pack.date, pack.signer) if pack is not None else (bundled_date(), None)


def install_pack(data: bytes, public_key: Ed25519PublicKey | None = None) -> ReferencePack:
    """Verify ``data`` completely, refuse it unless newer than what is in use, then install it.

    Returns the installed ReferencePack; raises PackError and changes nothing otherwise.
    """
    pack = read_pack(data, public_key)
    in_use, _signer = current_content()
    if pack.date <= in_use:
        raise PackError(
            f"this pack is dated {pack.date}, the reference in use is from {in_use}: "
            "only a newer pack can replace it"
        )
    write_private_file(installed_pack_path(), data)
    return pack
