"""Key slots: the vault's random master key, wrapped once per way of unlocking it.

Like LUKS or KeePassXC's key files: the database is encrypted with a random 256-bit master
key that never changes; each slot wraps it with AES-256-GCM under a key-encryption key
(from the passphrase through Argon2id, or a random device key kept in the OS keyring).
Changing the passphrase rewrites one small file, and destroying this file makes the
database undecryptable even with the passphrase.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hrdesk.private_files import fsync_dir, write_private_file
from hrdesk.vault.errors import NotAVault, WrongPassphrase
from hrdesk.vault.kdf import KEY_BYTES, KdfParams, default_params, derive_key, normalise, passphrase_forms

FORMAT = "hrdesk-keyslots"
VERSION = 1
PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
KEYRING = "keyring"
NONCE_BYTES = 12


@dataclass
class Slot:
    """One wrapped copy of the master key."""

    kind: str
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind,
            "nonce": self.nonce.hex(),
            "wrapped": self.wrapped.hex(),
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        return data


@dataclass
class KeySlots:
    """The content of a vault's ``keyslots.json``."""

    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    opened_with_typed_form: bool = field(default=False, compare=False)

    # -- wrapping ---------------------------------------------------------------------------
    def _aad(self, kind: str) -> bytes:
        return f"{FORMAT}:{self.vault_id}:{kind}".encode()

    def _wrap(self, kind: str, kek: bytes, master_key: bytes, kdf: KdfParams | None) -> Slot:
        nonce = os.urandom(NONCE_BYTES)
        wrapped = AESGCM(kek).encrypt(nonce, master_key, self._aad(kind))
        return Slot(kind, nonce, wrapped, kdf)

    def _unwrap(self, slot: Slot, kek: bytes) -> bytes:
        try:
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.kind))
        except InvalidTag:
            raise WrongPassphrase("The passphrase is not correct.") from None
        except ValueError:  # a nonce of the wrong length: the key file was altered
            raise NotAVault("The vault's key file is damaged.") from None
        if len(key) != KEY_BYTES:
            raise NotAVault("The vault's key file is damaged.")
        return key

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def set_passphrase(self, master_key: bytes, passphrase: str, params: KdfParams | None = None) -> None:
        """Replace the passphrase slot (creating it if absent), under the normalised passphrase."""
        params = params or default_params()
        new = self._wrap(PASSPHRASE, derive_key(normalise(passphrase), params), master_key, params)
        self.slots = [s for s in self.slots if s.kind != PASSPHRASE] + [new]
        self.opened_with_typed_form = False

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        """The master key. The normalised form is tried first, then the form as typed (a slot made
        before normalisation); ``opened_with_typed_form`` then tells the caller to re-wrap it."""
        slot = self.slot(PASSPHRASE)
        if slot is None or slot.kdf is None:
            raise NotAVault("The vault has no passphrase slot.")
        forms = passphrase_forms(passphrase)
        for n, form in enumerate(forms):
            try:
                key = self._unwrap(slot, derive_key(form, slot.kdf))
            except WrongPassphrase:
                if n == len(forms) - 1:
                    raise
                continue
            self.opened_with_typed_form = n > 0
            return key
        raise WrongPassphrase("The passphrase is not correct.")  # not reached: forms is never empty

    def set_device_key(self, master_key: bytes, device_key: bytes) -> None:
        """Add (or replace) the slot opened by a random key kept in the OS keyring."""
        new = self._wrap(KEYRING, device_key, master_key, None)
        self.slots = [s for s in self.slots if s.kind != KEYRING] + [new]

    def unlock_with_device_key(self, device_key: bytes) -> bytes:
        slot = self.slot(KEYRING)
        if slot is None:
            raise WrongPassphrase("This vault is not remembered on this device.")
        return self._unwrap(slot, device_key)

    def remove(self, kind: str) -> None:
        self.slots = [s for s in self.slots if s.kind != kind]

    # -- files ------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(data, indent=1).encode("ascii")

    def save(self, path: Path) -> None:
        write_private_file(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """Read and check a key-slot file; anything malformed is ``NotAVault``."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotAVault("No vault found in this folder.") from None
        except OSError as exc:
            raise NotAVault(f"The vault's key file cannot be read ({exc.strerror}).") from None
        try:
            data = json.loads(raw.decode("ascii"))
            if data.get("format") != FORMAT:
                raise ValueError("foreign file")
            if data.get("version") != VERSION:
                raise ValueError("unsupported version")
            vault_id = str(data["vault_id"])
            slots = []
            for item in data["slots"]:
                kdf = KdfParams.from_json(item["kdf"]) if "kdf" in item else None
                nonce, wrapped = bytes.fromhex(item["nonce"]), bytes.fromhex(item["wrapped"])
                if len(nonce) != NONCE_BYTES or len(wrapped) != KEY_BYTES + 16:
                    raise ValueError("bad wrapped key")
                slots.append(Slot(str(item["kind"]), nonce, wrapped, kdf))
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise NotAVault("The vault's key file is damaged or is not an hrdesk file.") from None
        return cls(vault_id, slots)


def destroy(path: Path) -> None:
    """Overwrite the key-slot file with random bytes, flush, and delete it.

    On SSDs and copy-on-write filesystems the overwrite may land elsewhere; what matters
    is that the wrapped keys are small and useless without the passphrase *and* the file.
    """
    try:
        size = max(path.stat().st_size, 4096)
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    fsync_dir(path.parent)
