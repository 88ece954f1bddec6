"""Passphrase to key-encryption key, with Argon2id (memory-hard).

The parameters are stored with each key slot so they can be raised later without breaking
old vaults. The default costs about half a second and 128 MiB on a 2-core machine.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw

from hrdesk.resources import running_from_checkout
from hrdesk.vault.errors import NotAVault, VaultError

KEY_BYTES = 32
SALT_BYTES = 16

# Test suites create hundreds of vaults; this opt-in switch lets them use a cheap KDF. It works only
# in a source checkout: a bundle ignores it, an installed app refuses to make a vault while it is
# set (someone could set it to make the user's new vault cheap to guess). It only affects vaults
# created while it is set, and `hrdesk check` reports the stored costs.
FAST_KDF_ENV = "HRDESK_TEST_FAST_KDF"


# The most any key file or backup header may ask for (a forged one must not hang an unlock or
# allocate gigabytes): 1 GiB of memory, 16 passes, 16 lanes, and memory x passes at most 4 GiB,
# about 3 s on a 2-core laptop. The default (128 MiB x 5) is far below. See docs/security.md.
MAX_MEMORY_KIB = 1024 * 1024
MAX_PASSES = 16
MAX_LANES = 16
MAX_WORK_KIB = 4 * 1024 * 1024


def normalise(passphrase: str) -> str:
    """The form a passphrase is derived in: Unicode NFKC.

    The same passphrase arrives as different code points depending on the keyboard and system: an
    accent composed or not (NFD ``e`` + U+0301 against NFC ``é``), Arabic presentation forms
    (U+FE8D ... against the base letters), full-width Latin. NFKC makes them one; it also folds
    ligatures and superscripts (``ﬁ`` to ``fi``, ``²`` to ``2``), a small loss we accept.
    Vaults and backups made before are opened with the form typed and re-wrapped (see KeySlots).
    """
    return unicodedata.normalize("NFKC", passphrase)


def passphrase_forms(passphrase: str) -> list[str]:
    """The forms to try when opening: normalised first, then as typed if that differs."""
    normal = normalise(passphrase)
    return [normal] if normal == passphrase else [normal, passphrase]


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters plus the salt of one key slot."""

    memory_kib: int
    time_cost: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unknown key derivation function")
        memory, time_cost, lanes = data["memory_kib"], data["time_cost"], data["parallelism"]
        # type(...) is int rather than isinstance: a JSON true must not pass as 1.
        if not (type(memory) is int and type(time_cost) is int and type(lanes) is int):
            raise ValueError("bad key derivation parameters")
        if min(memory, time_cost, lanes) <= 0:
            raise ValueError("bad key derivation parameters")
        check_costs(memory, time_cost, lanes)
        salt = bytes.fromhex(str(data["salt"]))
        if len(salt) < SALT_BYTES:
            raise ValueError("key derivation salt too short")
        return cls(memory, time_cost, lanes, salt)


def check_costs(memory_kib: int, time_cost: int, parallelism: int) -> None:
    """``ValueError`` unless the costs are within what a real laptop can pay (see MAX_*)."""
    if memory_kib > MAX_MEMORY_KIB or time_cost > MAX_PASSES or parallelism > MAX_LANES:
        raise ValueError("key derivation costs out of range")
    if memory_kib * time_cost > MAX_WORK_KIB:
        raise ValueError("key derivation costs out of range")
    if memory_kib < 8 * parallelism:  # Argon2's own minimum
        raise ValueError("key derivation memory out of range")


def default_params() -> KdfParams:
    """Fresh parameters with a new random salt (tuned to about 0.5 s on a 2-core laptop)."""
    salt = os.urandom(SALT_BYTES)
    if _fast_kdf_for_tests():
        return KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1, salt=salt)
    # 128 MiB and 5 passes: about half a second on 2 cores, and the app's peak memory stays under
    # 300 MB (256 MiB with 3 passes costs the same time but doubles the peak). See docs/security.md.
    return KdfParams(memory_kib=128 * 1024, time_cost=5, parallelism=4, salt=salt)


def _fast_kdf_for_tests() -> bool:
    if os.environ.get(FAST_KDF_ENV) is None:
        return False
    if getattr(sys, "frozen", False):
        return False  # a bundle never honours it
    if not running_from_checkout():
        raise VaultError(
            f"{FAST_KDF_ENV} is set: it is for hrdesk's own tests only and would make a vault that is "
            "cheap to guess. Nothing was created; unset it and try again."
        )
    return os.environ[FAST_KDF_ENV] == "1"


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key for ``passphrase`` under ``params`` (``NotAVault`` when the
    stored parameters cannot be used: a damaged key file or header)."""
    try:
        return hash_secret_raw(
            secret=passphrase.encode("utf-8", "surrogatepass"),
            salt=params.salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    except (HashingError, OverflowError) as exc:
        raise NotAVault(f"The key derivation parameters are damaged ({type(exc).__name__}).") from None
