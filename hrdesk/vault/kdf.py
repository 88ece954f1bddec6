"""Passphrase to key-encryption key, with Argon2id (memory-hard).

The parameters are stored with each key slot so they can be raised later without breaking
old vaults. The default costs about half a second and 128 MiB on a 2-core machine.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from hrdesk.resources import running_from_checkout
from hrdesk.vault.errors import VaultError

KEY_BYTES = 32
SALT_BYTES = 16

# Test suites create hundreds of vaults; this opt-in switch lets them use a cheap KDF. It works only
# in a source checkout: a bundle ignores it, an installed app refuses to make a vault while it is
# set (someone could set it to make the user's new vault cheap to guess). It only affects vaults
# created while it is set, and `hrdesk check` reports the stored costs.
FAST_KDF_ENV = "HRDESK_TEST_FAST_KDF"


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
        if not all(isinstance(v, int) and v > 0 for v in (memory, time_cost, lanes)):
            raise ValueError("bad key derivation parameters")
        salt = bytes.fromhex(str(data["salt"]))
        if len(salt) < SALT_BYTES:
            raise ValueError("key derivation salt too short")
        return cls(int(memory), int(time_cost), int(lanes), salt)  # type: ignore[arg-type]


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
    """The 32-byte key-encryption key for ``passphrase`` under ``params``."""
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
