"""A vault folder on disk: where its files are, and the lock that keeps a second process out."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from platformdirs import user_data_dir

from hrdesk.private_files import make_private_dir
from hrdesk.vault.errors import VaultError, VaultInUse

VAULT_DIR_ENV = "HRDESK_VAULT_DIR"
DATABASE_NAME = "vault.db"
KEYSLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"


def default_vault_dir() -> Path:
    """``$HRDESK_VAULT_DIR`` if set, else the platform's per-user data folder."""
    override = os.environ.get(VAULT_DIR_ENV)
    if override is not None:
        if not override.strip():  # never "the default vault" by accident (hrdesk erase!)
            raise VaultError(f"{VAULT_DIR_ENV} is set but empty: set it to a folder, or unset it.")
        return Path(override).expanduser()
    return Path(user_data_dir("hrdesk", appauthor=False)) / "vault"


class VaultFolder:
    """Paths of one vault plus an exclusive, non-blocking OS lock on it.

    The lock is an advisory lock on ``vault.lock`` (flock on POSIX, msvcrt on Windows); the
    OS drops it when the process dies, so a crash never leaves the vault stuck "in use".
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock_fd: int | None = None

    @property
    def database(self) -> Path:
        return self.path / DATABASE_NAME

    @property
    def keyslots(self) -> Path:
        return self.path / KEYSLOTS_NAME

    @property
    def lock_file(self) -> Path:
        return self.path / LOCK_NAME

    def exists(self) -> bool:
        """True when the folder holds a vault (its key file is what makes it one)."""
        return self.keyslots.exists() or self.database.exists()

    @property
    def locked(self) -> bool:
        return self._lock_fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise ``VaultInUse`` at once if another process holds it."""
        if self._lock_fd is not None:
            return
        make_private_dir(self.path)
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse("This vault is open in another hrdesk window or command.") from None
        self._lock_fd = fd

    def release(self) -> None:
        if self._lock_fd is None:
            return
        fd, self._lock_fd = self._lock_fd, None
        _unlock_fd(fd)
        os.close(fd)

    def __enter__(self) -> VaultFolder:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
