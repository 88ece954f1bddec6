"""The unlock-attempt counter: a small authenticated file in the vault folder, and the vault's own copy
of the limit.

``attempts.json`` holds the limit and the failures in a row, with an HMAC-SHA256 keyed from the
vault id in the key file. That key is no secret to someone who reads the folder and the source
code: the MAC makes an edited or hand-made counter file *noticeable*, it cannot make one
impossible. The limit is also stored inside the encrypted database (``meta.attempt_limit``), so a
counter file that was deleted is noticed at the next successful unlock at the latest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from hrdesk.private_files import write_private_file
from hrdesk.vault.database import Connection, transaction
from hrdesk.vault.side_files import attempts_file

FORMAT = "hrdesk-attempts"
VERSION = 1
META_KEY = "attempt_limit"


class CounterTampered(Exception):
    """The counter file exists but is damaged, edited or not this vault's."""


@dataclass(frozen=True)
class AttemptState:
    """How many passphrases may fail in a row, how many did, and a tampering notice to show once."""

    limit: int
    failures: int = 0
    notice: str = ""  # "", or why the counter was not trusted: "edited" or "missing"

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.failures)


def _mac(vault_id: str, fields: dict[str, object]) -> str:
    key = hashlib.sha256(b"hrdesk-attempts-v1\x00" + vault_id.encode("utf-8")).digest()
    message = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def save_state(vault_dir: Path, vault_id: str, state: AttemptState) -> None:
    """Write the counter atomically and durably (fsync): a crash cannot skip a counted attempt."""
    fields: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "limit": state.limit,
        "failures": state.failures,
        "notice": state.notice,
    }
    data = {**fields, "mac": _mac(vault_id, fields)}
    write_private_file(attempts_file(vault_dir), json.dumps(data, indent=1).encode("ascii"))


def read_state(vault_dir: Path, vault_id: str) -> AttemptState | None:
    """The counter, None when there is no counter file, ``CounterTampered`` when it does not check."""
    try:
        raw = attempts_file(vault_dir).read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise CounterTampered("unreadable") from None
    try:
        data = json.loads(raw.decode("ascii"))
        mac = data.pop("mac")
        if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(vault_id, data)):
            raise ValueError("bad mac")
        if data["format"] != FORMAT or data["version"] != VERSION:
            raise ValueError("foreign file")
        limit, failures, notice = data["limit"], data["failures"], data["notice"]
        if not (isinstance(limit, int) and isinstance(failures, int) and isinstance(notice, str)):
            raise ValueError("bad types")
        if limit < 1 or failures < 0:
            raise ValueError("bad values")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise CounterTampered("does not check") from None
    return AttemptState(limit, failures, notice)


def remove_state(vault_dir: Path) -> None:
    attempts_file(vault_dir).unlink(missing_ok=True)


def read_vault_limit(conn: Connection) -> int:
    """The limit recorded inside the encrypted vault (0 = off): the copy nobody can edit unseen."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    try:
        return max(0, int(row[0])) if row else 0
    except ValueError:
        return 0


def write_vault_limit(conn: Connection, limit: int) -> None:
    with transaction(conn):
        if limit:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (META_KEY, str(limit)))
        else:
            conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
