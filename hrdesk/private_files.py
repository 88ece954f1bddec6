"""Files and folders that only the current user may read (umask 077, 0700 folders, 0600 files).

Every file hrdesk writes goes through these helpers, so a shared computer's other accounts
never see even the shape of a vault.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

# Half-written files start with this, so a crash's leftovers can be found and removed.
TEMP_PREFIX = ".tmp-"


def restrict_umask() -> None:
    """Make every file the process creates from now on private to the user (POSIX only)."""
    if os.name == "posix":
        os.umask(0o077)


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700 and return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def write_private_file(path: Path, data: bytes) -> None:
    """Write one of hrdesk's own files atomically, creating its private folder if needed."""
    make_private_dir(path.parent)
    _atomic_write(path, data)


def write_private_stream(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write_private_file`` for content too large to hold in memory: ``write`` fills the file."""
    make_private_dir(path.parent)
    _atomic_write_with(path, write)


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (a file the user chose) so that it is whole or absent.

    The folder must already exist: hrdesk never creates folders the user did not ask for.
    """
    write_export_stream(path, lambda handle: handle.write(data))


def write_export_stream(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write_export`` for content too large to hold in memory: ``write`` fills the file."""
    target = path.expanduser()
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(target.parent))
    if target.is_dir():
        raise IsADirectoryError(21, "Is a folder", str(target))
    _atomic_write_with(target, write)


def _atomic_write(path: Path, data: bytes) -> None:
    _atomic_write_with(path, lambda handle: handle.write(data))


def _atomic_write_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """A private temp file in the same folder (so the rename cannot cross file systems), fsync,
    then rename: a crash at any instant leaves the old file or the new one, never a mixture."""
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries so a rename survives a power cut (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
