"""The vault: create, unlock, lock, change passphrase, remember on this device, check."""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType

from hrdesk import __version__
from hrdesk.domain.passphrase import MIN_LENGTH as MIN_PASSPHRASE_LENGTH
from hrdesk.private_files import make_private_dir
from hrdesk.vault.database import Connection, DatabaseError, open_database, transaction
from hrdesk.vault.errors import NotAVault, VaultError, VaultExists
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.kdf import KEY_BYTES, KdfParams, default_params, normalise
from hrdesk.vault.keyslots import KEYRING, PASSPHRASE, KeySlots, destroy
from hrdesk.vault.migrations import migrate, schema_version
from hrdesk.vault.side_files import TEMP_PREFIX, remove_side_files
from hrdesk.vault.subkeys import subkey

# The smallest SQLCipher database: one page (4096 bytes by default, 512 at the very least).
MIN_DATABASE_BYTES = 512
DAMAGED_DATABASE = "The vault's database is empty or damaged (its records are missing)."


def _device_keyring() -> ModuleType:
    """The keyring module, imported on first use: the keyring library takes ~60 ms to load, and
    most starts never need it."""
    from hrdesk.vault import device_keyring

    return device_keyring


@dataclass(frozen=True)
class CheckReport:
    """What ``Vault.check`` found: integrity, schema version, KDF costs and rows per table."""

    ok: bool
    problems: tuple[str, ...]
    schema_version: int
    kdf: KdfParams | None
    counts: dict[str, int]


class Vault:
    """An unlocked vault. Create one with ``Vault.create`` or ``Vault.unlock``; ``close`` locks it."""

    def __init__(self, folder: VaultFolder, keyslots: KeySlots, master_key: bytes, new: bool = False) -> None:
        """Open the database; ``new`` only from ``create`` (an existing vault must hold its schema)."""
        self.folder = folder
        self._keyslots = keyslots
        # A bytearray so close() can overwrite it (best effort: Python may hold other copies).
        self._master_key = bytearray(master_key)
        # close() (GUI thread) and derive_key() (a background backup) must not interleave: a key
        # read half-zeroed would seal a backup under a guessable key.
        self._key_guard = threading.Lock()
        self._conn: Connection | None = None
        try:
            if not new:
                _refuse_emptied_database(folder)
            self._conn = open_database(folder.database, master_key)
            if not new and schema_version(self._conn) < 1:
                raise NotAVault(DAMAGED_DATABASE)
            migrate(self._conn)
        except BaseException:
            self.close()  # a refused vault keeps neither an open connection nor the key
            raise

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: VaultFolder, passphrase: str, kdf: KdfParams | None = None) -> Vault:
        """Make a new vault in ``folder`` (which must not hold one) protected by ``passphrase``."""
        check_new_passphrase(passphrase)
        make_private_dir(folder.path)
        folder.acquire()
        if folder.exists():
            raise VaultExists("A vault already exists in this folder.")
        master_key = secrets.token_bytes(KEY_BYTES)
        keyslots = KeySlots(vault_id=secrets.token_hex(16))
        keyslots.set_passphrase(master_key, passphrase, kdf)
        # The key file goes first: a database without it would be undecryptable garbage.
        keyslots.save(folder.keyslots)
        vault = cls(folder, keyslots, master_key, new=True)
        with vault.transaction() as conn:
            now = datetime.now(UTC).isoformat(timespec="seconds")
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('created_at', ?), ('created_by', ?)", (now, __version__)
            )
        return vault

    @classmethod
    def unlock(cls, folder: VaultFolder, passphrase: str, keyslots: KeySlots | None = None) -> Vault:
        """Open the vault with its passphrase (``WrongPassphrase``, ``NotAVault``, ``VaultInUse``);
        ``keyslots``: the key file as the caller already loaded it under the folder's lock."""
        folder.acquire()
        keyslots = keyslots or KeySlots.load(folder.keyslots)
        if not folder.database.exists():
            raise NotAVault("The vault's database is missing.")
        vault = cls(folder, keyslots, keyslots.unlock_with_passphrase(passphrase))
        if keyslots.opened_with_typed_form:  # made before passphrases were normalised: migrate
            slot = keyslots.slot(PASSPHRASE)
            costs = slot.kdf if slot is not None else None
            fresh = default_params()
            params = (
                KdfParams(costs.memory_kib, costs.time_cost, costs.parallelism, fresh.salt)
                if costs
                else fresh
            )
            keyslots.set_passphrase(bytes(vault._master_key), passphrase, params)
            keyslots.save(folder.keyslots)
        return vault

    @classmethod
    def unlock_with_keyring(cls, folder: VaultFolder) -> Vault | None:
        """Open the vault with the device key in the OS keyring, or return None if not remembered."""
        folder.acquire()
        keyslots = KeySlots.load(folder.keyslots)
        device_key = _device_keyring().load_device_key(keyslots.vault_id)
        if device_key is None or keyslots.slot(KEYRING) is None:
            return None
        return cls(folder, keyslots, keyslots.unlock_with_device_key(device_key))

    @staticmethod
    def is_remembered_on_device(folder: VaultFolder) -> bool:
        """True when the key file has a keyring slot (whether or not the keyring still has the key)."""
        try:
            return KeySlots.load(folder.keyslots).slot(KEYRING) is not None
        except NotAVault:
            return False

    # -- using ------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return self._conn

    @property
    def vault_id(self) -> str:
        return self._keyslots.vault_id

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return transaction(self.connection)

    def close(self) -> None:
        """Lock: close the database and forget the key. The folder's process lock is kept."""
        with self._key_guard:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            for i in range(len(self._master_key)):
                self._master_key[i] = 0

    # -- keys -------------------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the master key under ``new``; the database itself is untouched (instant)."""
        check_new_passphrase(new)
        master_key = self._keyslots.unlock_with_passphrase(old)
        self._keyslots.set_passphrase(master_key, new, kdf)
        self._keyslots.save(self.folder.keyslots)

    def remember_on_device(self) -> None:
        """Add a keyring slot (raises ``KeyringUnavailable`` when there is no keyring)."""
        device_key = _device_keyring().store_device_key(self.vault_id)
        self._keyslots.set_device_key(bytes(self._master_key), device_key)
        self._keyslots.save(self.folder.keyslots)

    def forget_on_device(self) -> None:
        self._keyslots.remove(KEYRING)
        self._keyslots.save(self.folder.keyslots)
        _device_keyring().delete_device_key(self.vault_id)

    @property
    def remembered_on_device(self) -> bool:
        return self._keyslots.slot(KEYRING) is not None

    @property
    def kdf_params(self) -> KdfParams | None:
        slot = self._keyslots.slot(PASSPHRASE)
        return slot.kdf if slot else None

    # -- backups ----------------------------------------------------------------------------
    def open_reader(self) -> Connection:
        """A second connection, for a consistent snapshot (WAL) taken in a background thread:
        it never joins a transaction of the main connection."""
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return open_database(self.folder.database, bytes(self._master_key))

    def derive_key(self, purpose: str) -> bytes:
        """A key for one purpose (``hrdesk.vault.subkeys``); the master key never leaves this class."""
        with self._key_guard:
            if self._conn is None:
                raise VaultError("The vault is locked.")
            return subkey(bytes(self._master_key), purpose)

    # -- checking ---------------------------------------------------------------------------
    def holds_records(self) -> bool:
        """True when any table of the user's data has a row (the vault's own ``meta`` aside)."""
        conn = self.connection
        for table in _user_tables(conn):
            if table != "meta" and conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():  # noqa: S608
                return True
        return False

    def check(self, full: bool = True, progress: Callable[[], object] | None = None) -> CheckReport:
        """Verify every page's HMAC and the b-trees, and count rows in each table.

        ``full=False`` runs ``quick_check`` (every page read, indexes not matched against their
        tables) through a larger cache: seconds instead of a minute at a million interactions.
        ``progress`` is called now and then while SQLite works (it cannot tell how far it is).
        """
        conn = self.connection
        problems: list[str] = []
        # The pages' HMACs are verified (and the rows counted) on a second connection in a thread
        # while this one walks the b-trees: two full reads of the file at once instead of one
        # after the other (SQLite lets go of the GIL while it works), on two cores.
        beside = _PagesAndCounts(self.open_reader())
        if progress is not None:
            conn.set_progress_handler(lambda: (progress(), 0)[1], 200_000)  # 0: go on
        cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        try:
            conn.execute(f"PRAGMA cache_size = {-_CHECK_CACHE_KIB}")
            pragma = "integrity_check" if full else "quick_check"
            problems += [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}") if row[0] != "ok"]
        except DatabaseError as exc:
            problems.append(str(exc))
        finally:
            page_problems, counts = beside.result()  # waits for the thread, whatever happened here
            problems[:0] = page_problems
            conn.execute(f"PRAGMA cache_size = {cache}")
            if progress is not None:
                conn.set_progress_handler(None, 0)
        return CheckReport(not problems, tuple(problems), schema_version(conn), self.kdf_params, counts)


# A check reads every page once: a larger cache saves re-reading (and re-decrypting) b-tree pages.
_CHECK_CACHE_KIB = 64 * 1024


class _PagesAndCounts:
    """``PRAGMA cipher_integrity_check`` (every page's HMAC), then the rows of each table, on a
    connection of its own, in a thread."""

    def __init__(self, reader: Connection) -> None:
        self._reader = reader
        self._problems: list[str] = []
        self._counts: dict[str, int] = {}
        self._thread = threading.Thread(target=self._run, name="hrdesk-page-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = self._reader
        try:
            self._problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
            self._counts = {name: _count_rows(conn, name) for name in _user_tables(conn)}
        except DatabaseError as exc:
            self._problems.append(str(exc))
            self._counts = {}
        finally:
            conn.close()

    def result(self) -> tuple[list[str], dict[str, int]]:
        """The problems found (none: every page is intact) and the rows per table, once done."""
        self._thread.join()
        return self._problems, self._counts


def check_new_passphrase(passphrase: str, what: str = "The passphrase") -> None:
    """A new passphrase needs ``MIN_PASSPHRASE_LENGTH`` characters (once normalised), not all spaces."""
    normal = normalise(passphrase)
    if len(normal) < MIN_PASSPHRASE_LENGTH:
        raise VaultError(f"{what} must have at least {MIN_PASSPHRASE_LENGTH} characters.")
    if not normal.strip():
        raise VaultError(f"{what} cannot be spaces only.")


def _refuse_emptied_database(folder: VaultFolder) -> None:
    """An existing vault's database emptied or cut short (``: > vault.db``) is damage, not a new vault.

    Checked before SQLCipher opens the file: opening an empty file would write a fresh, empty
    database into it, and everything after (``check``, automatic backups) would call it healthy.
    """
    wal = folder.database.with_name(folder.database.name + "-wal")
    try:
        size = folder.database.stat().st_size
    except FileNotFoundError:
        raise NotAVault("The vault's database is missing.") from None
    if size < MIN_DATABASE_BYTES and not (wal.exists() and wal.stat().st_size > 0):
        raise NotAVault(DAMAGED_DATABASE)


def _count_rows(conn: Connection, table: str) -> int:
    return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # noqa: S608 - name from sqlite_master


def _user_tables(conn: Connection) -> Iterator[str]:
    """Tables the user's data lives in (not SQLite's, not full-text-search shadow tables)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    )
    shadow_suffixes = ("_data", "_idx", "_content", "_docsize", "_config")
    names = [row[0] for row in rows]
    virtual = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
    }
    for name in names:
        if any(name == v + suffix for v in virtual for suffix in shadow_suffixes):
            continue
        yield name


def erase_vault(folder: VaultFolder) -> None:
    """Destroy the key file first (then nothing can decrypt the rest), then remove the vault's files,
    its automatic backups and attempt counter, and forget its keyring entry."""
    with contextlib.suppress(NotAVault):
        _device_keyring().delete_device_key(KeySlots.load(folder.keyslots).vault_id)
    destroy(folder.keyslots)
    for stray in folder.path.glob(TEMP_PREFIX + "*"):  # possibly a key file caught half-written
        destroy(stray)
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = folder.database.with_name(folder.database.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    remove_side_files(folder.path)
