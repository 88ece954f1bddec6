"""Files and folders that only the current user may read (umask 077, 0700 folders, 0600 files).

Every file hrdesk writes goes through these helpers, so a shared computer's other accounts
never see even the shape of a vault.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

# Half-written files start with this, so a crash's leftovers can be found and removed.
TEMP_PREFIX = ".tmp-"
# Half-written exports (in folders the user chose) carry our name too, so that sweeping a
# folder removes only what hrdesk left there, never another program's temp files.
EXPORT_TEMP_PREFIX = TEMP_PREFIX + "hrdesk-"


def restrict_umask() -> None:
    """Make every file the process creates from now on private to the user (POSIX only)."""
    if os.name == "posix":
        os.umask(0o077)


class InputTooLarge(OSError):
    """A file to read is larger than any file of its kind can be."""


def read_input_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file the user named (a case file, a backup), refusing anything that is not a
    regular file or is larger than ``max_bytes`` before reading it: ``/dev/zero`` or a FIFO would
    otherwise be read until memory runs out, or block for ever.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(0, "Not a regular file", str(path))
        if info.st_size > max_bytes:
            raise InputTooLarge(0, "Too large", str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since fstat
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise InputTooLarge(0, "Too large", str(path))
    return data


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


class NotARegularFile(OSError):
    """The chosen path exists and is a FIFO, a device, a symlink or a socket: never replaced."""


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (a file the user chose) so that it is whole or absent.

    The folder must already exist: hrdesk never creates folders the user did not ask for. An
    existing path must be a regular file: replacing a FIFO, a device node or a symlink with a
    file of case content would put it where the user did not mean it to go. Leftovers of an
    export killed half-way in the same folder are removed first.
    """
    write_export_stream(path, lambda handle: handle.write(data))


def write_export_stream(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``write_export`` for content too large to hold in memory: ``write`` fills the file."""
    target = path.expanduser()
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "No such folder", str(target.parent))
    with contextlib.suppress(FileNotFoundError):
        mode = target.lstat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a folder", str(target))
        if not stat.S_ISREG(mode):
            raise NotARegularFile(0, "Exists and is not a regular file", str(target))
    sweep_export_leftovers(target.parent)
    _atomic_write_with(target, write, EXPORT_TEMP_PREFIX)


def sweep_export_leftovers(folder: Path) -> list[Path]:
    """Delete half-written exports that an earlier, killed hrdesk left in ``folder``.

    Each export holds an OS lock on its temp file while writing, so a file that can be locked
    belongs to nobody: the process that wrote it is gone (the OS drops locks of dead processes).
    """
    removed = []
    for leftover in folder.glob(EXPORT_TEMP_PREFIX + "*"):
        try:
            fd = os.open(leftover, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue  # a symlink, or gone already: not ours to touch
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode) or not _try_lock(fd):
                continue  # another hrdesk is writing it right now
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
        finally:
            os.close(fd)
    return removed


def _atomic_write(path: Path, data: bytes, prefix: str = TEMP_PREFIX) -> None:
    _atomic_write_with(path, lambda handle: handle.write(data), prefix)


def _atomic_write_with(path: Path, write: Callable[[BinaryIO], object], prefix: str = TEMP_PREFIX) -> None:
    """A private temp file in the same folder (so the rename cannot cross file systems), fsync,
    then rename: a crash at any instant leaves the old file or the new one, never a mixture.
    The temp file is locked while it is written (see ``sweep_export_leftovers``) and removed on
    any failure (a full disk, an interrupt)."""
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    try:
        _try_lock(fd)
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
            if os.name == "posix":  # renamed while still locked: no sweep can take it in between
                os.replace(tmp_name, path)
        if os.name != "posix":  # Windows cannot rename a file that is open
            os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)


def _try_lock(fd: int) -> bool:
    """Take an exclusive, non-blocking lock on ``fd`` (released when it is closed); False if held."""
    if os.name != "posix":
        return True  # Windows refuses to delete a file another process has open
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries so a rename survives a power cut (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
