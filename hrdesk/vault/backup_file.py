"""The backup file format: one authenticated, encrypted blob that reveals nothing but its size.

Layout (integers big-endian)::

    magic    8 bytes   b"HRDESKBK"
    version  1 byte    1
    length   4 bytes   length of the header
    header   ASCII JSON (below)
    digest   32 bytes  SHA-256 of everything before it
    chunks   AES-256-GCM: CHUNK plaintext bytes each (the last one shorter, never empty) + 16-byte tag;
             nonce = chunk index (12 bytes); associated data = digest + index (8 bytes) + final flag
             (1 byte), so a reordered, dropped, truncated or appended chunk fails to decrypt.

The header tells how to obtain the 256-bit root key, from which the chunk key is derived with
HKDF (``salt`` is random per file):

* ``{"key": "passphrase", "kdf": {Argon2id costs and salt}, "nonce", "wrapped", "salt", "chunk"}``:
  a random root key wrapped with AES-256-GCM under Argon2id(passphrase). Backups the user takes
  elsewhere: a fresh salt, so the file cannot be linked to the vault it came from.
* ``{"key": "vault", "vault_id", "salt", "chunk"}``: the root key is derived from the vault's
  master key. Automatic backups inside the vault folder: they open with the vault's key file
  and its current passphrase, and die with the key file on erase.

The digest is no secret: it tells a damaged header from a wrong passphrase before any key
derivation runs (and before a forged header could ask for gigabytes of Argon2id memory).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hrdesk.vault.errors import NotAVault, WrongPassphrase
from hrdesk.vault.kdf import (
    KEY_BYTES,
    SALT_BYTES,
    KdfParams,
    default_params,
    derive_key,
    normalise,
    passphrase_forms,
)
from hrdesk.vault.subkeys import subkey

MAGIC = b"HRDESKBK"
VERSION = 1
CHUNK = 1024 * 1024
TAG_BYTES = 16
DIGEST_BYTES = 32
MAX_HEADER_BYTES = 4096
MAX_BACKUP_BYTES = 2 * 1024**3
# A forged header must not make us allocate gigabytes or spin for minutes: KdfParams.from_json
# enforces the same bounds as for key files (hrdesk.vault.kdf.MAX_*), these are kept for callers.
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_PASSES = 16
_PREFIX = struct.Struct(">8sBI")
_WRAP_AAD = b"hrdesk-backup-v1:root"
_CHUNK_PURPOSE = "hrdesk backup chunks v1"
PASSPHRASE_KEY = "passphrase"  # noqa: S105 - a header field value, not a secret
VAULT_KEY = "vault"
# Told the number of plaintext bytes sealed (or opened) so far, after every chunk.
Progress = Callable[[int], None]


class BackupError(NotAVault):
    """Not an hrdesk backup, or a damaged, truncated or altered one (the CLI's exit code 4)."""


@dataclass(frozen=True)
class ParsedBackup:
    """A backup whose structure was checked; nothing is decrypted yet."""

    header: dict[str, Any]
    digest: bytes
    body: memoryview

    @property
    def kind(self) -> str:
        return str(self.header["key"])

    @property
    def vault_id(self) -> str:
        return str(self.header.get("vault_id", ""))

    @property
    def kdf(self) -> KdfParams:
        return KdfParams.from_json(self.header["kdf"])


# -- writing ---------------------------------------------------------------------------------
def seal_with_passphrase(payload: bytes, passphrase: str, kdf: KdfParams | None = None) -> bytes:
    """Encrypt ``payload`` under a random root key wrapped by Argon2id(``passphrase``)."""
    out = io.BytesIO()
    seal_stream_with_passphrase(io.BytesIO(payload), out, passphrase, kdf)
    return out.getvalue()


def seal_with_vault_key(payload: bytes, vault_id: str, root: bytes) -> bytes:
    """Encrypt ``payload`` under ``root`` (derived from the vault's master key by the caller)."""
    out = io.BytesIO()
    seal_stream_with_vault_key(io.BytesIO(payload), out, vault_id, root)
    return out.getvalue()


def seal_stream_with_passphrase(
    source: BinaryIO,
    out: BinaryIO,
    passphrase: str,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> int:
    """``seal_with_passphrase`` from ``source`` into ``out``, one chunk in memory at a time."""
    kdf = kdf or default_params()
    root = os.urandom(KEY_BYTES)
    nonce = os.urandom(12)
    wrapped = AESGCM(derive_key(normalise(passphrase), kdf)).encrypt(nonce, root, _WRAP_AAD)
    header = {"key": PASSPHRASE_KEY, "kdf": kdf.to_json(), "nonce": nonce.hex(), "wrapped": wrapped.hex()}
    return _seal(source, out, header, root, progress)


def seal_stream_with_vault_key(
    source: BinaryIO, out: BinaryIO, vault_id: str, root: bytes, progress: Progress | None = None
) -> int:
    """``seal_with_vault_key`` from ``source`` into ``out``, one chunk in memory at a time."""
    return _seal(source, out, {"key": VAULT_KEY, "vault_id": vault_id}, root, progress)


def _seal(
    source: BinaryIO, out: BinaryIO, header: dict[str, Any], root: bytes, progress: Progress | None
) -> int:
    """Write the sealed file; return its size. Memory stays at two chunks whatever the vault's size:
    a chunk is encrypted once the next one is read (only then is it known whether it is the last)."""
    salt = os.urandom(SALT_BYTES)
    header = {**header, "salt": salt.hex(), "chunk": CHUNK}
    raw = json.dumps(header, sort_keys=True).encode("ascii")
    prefix = _PREFIX.pack(MAGIC, VERSION, len(raw)) + raw
    digest = hashlib.sha256(prefix).digest()
    aead = AESGCM(subkey(root, _CHUNK_PURPOSE, salt))
    piece = _read_full(source, CHUNK)
    if not piece:
        raise ValueError("nothing to back up")
    out.write(prefix + digest)
    written, done, index = len(prefix) + DIGEST_BYTES, 0, 0
    while piece:
        following = _read_full(source, CHUNK)
        sealed = aead.encrypt(_nonce(index), piece, _aad(digest, index, not following))
        out.write(sealed)
        written += len(sealed)
        done += len(piece)
        if progress is not None:
            progress(done)
        piece, index = following, index + 1
    return written


def _read_full(source: BinaryIO, size: int) -> bytes:
    """Exactly ``size`` bytes unless the source ends first (``read`` may return fewer)."""
    parts: list[bytes] = []
    wanted = size
    while wanted:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _aad(digest: bytes, index: int, final: bool) -> bytes:
    return digest + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


# -- reading ---------------------------------------------------------------------------------
def parse(data: bytes) -> ParsedBackup:
    """Check the structure of a backup file (no key needed); anything wrong is ``BackupError``."""
    header, digest, start = _parse_start(data, len(data))
    return ParsedBackup(header, digest, memoryview(data)[start:])


def parse_file(handle: BinaryIO, size: int) -> tuple[ParsedBackup, int]:
    """``parse`` of an open file of ``size`` bytes, reading only its start.

    Returns the backup (with an empty ``body``) and the body's size; ``handle`` is left at the
    body's first byte, ready for ``decrypt_into``.
    """
    start_bytes = handle.read(_PREFIX.size + MAX_HEADER_BYTES + DIGEST_BYTES)
    header, digest, start = _parse_start(start_bytes, size)
    handle.seek(start)
    return ParsedBackup(header, digest, memoryview(b"")), size - start


def _parse_start(data: bytes, size: int) -> tuple[dict[str, Any], bytes, int]:
    """Check a file's first bytes (``data``; the whole file is ``size`` bytes long)."""
    if size > MAX_BACKUP_BYTES:
        raise BackupError("The file is too large to be an hrdesk backup.")
    if len(data) < _PREFIX.size or data[: len(MAGIC)] != MAGIC:
        raise BackupError("This file is not an hrdesk backup.")
    _magic, version, length = _PREFIX.unpack_from(data)
    if version != VERSION:
        raise BackupError(f"This backup has format version {version}, which this hrdesk cannot read.")
    end = _PREFIX.size + length
    if length > MAX_HEADER_BYTES or len(data) < end + DIGEST_BYTES:
        raise BackupError("The backup file is damaged or truncated.")
    digest = data[end : end + DIGEST_BYTES]
    if hashlib.sha256(data[:end]).digest() != digest:
        raise BackupError("The backup file is damaged or was altered.")
    header = _check_header(data[_PREFIX.size : end])
    if size - (end + DIGEST_BYTES) <= TAG_BYTES:
        raise BackupError("The backup file is damaged or truncated.")
    return header, bytes(digest), end + DIGEST_BYTES


def _check_header(raw: bytes) -> dict[str, Any]:
    try:
        header = json.loads(raw.decode("ascii"))
        if not isinstance(header, dict) or not isinstance(header.get("chunk"), int):
            raise ValueError("bad header")
        if not 4096 <= header["chunk"] <= 64 * 1024 * 1024:
            raise ValueError("bad chunk size")
        if len(bytes.fromhex(header["salt"])) != SALT_BYTES:
            raise ValueError("bad salt")
        if header.get("key") == PASSPHRASE_KEY:
            kdf = KdfParams.from_json(header["kdf"])
            if kdf.memory_kib > MAX_KDF_MEMORY_KIB or max(kdf.time_cost, kdf.parallelism) > MAX_KDF_PASSES:
                raise ValueError("key derivation costs out of range")
            if kdf.memory_kib < 8 * kdf.parallelism:  # Argon2's own minimum
                raise ValueError("key derivation memory out of range")
            if len(bytes.fromhex(header["nonce"])) != 12 or len(bytes.fromhex(header["wrapped"])) != 48:
                raise ValueError("bad wrapped key")
        elif header.get("key") == VAULT_KEY:
            if not isinstance(header.get("vault_id"), str) or not header["vault_id"]:
                raise ValueError("bad vault id")
        else:
            raise ValueError("unknown key kind")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise BackupError("The backup file is damaged or is not an hrdesk backup.") from None
    return header


def root_from_passphrase(parsed: ParsedBackup, passphrase: str) -> bytes:
    """Unwrap the root key of a passphrase-protected backup (``WrongPassphrase`` if it does not fit)."""
    header = parsed.header
    for form in passphrase_forms(passphrase):  # normalised; then as typed (a backup made before)
        try:
            return AESGCM(derive_key(form, parsed.kdf)).decrypt(
                bytes.fromhex(header["nonce"]), bytes.fromhex(header["wrapped"]), _WRAP_AAD
            )
        except InvalidTag:
            continue
    raise WrongPassphrase("The passphrase does not open this backup.")


def decrypt(parsed: ParsedBackup, root: bytes) -> bytes:
    """Decrypt and authenticate every chunk; any change anywhere is ``BackupError``."""
    out = io.BytesIO()
    decrypt_into(parsed, root, io.BytesIO(parsed.body), len(parsed.body), out)
    return out.getvalue()


def decrypt_into(
    parsed: ParsedBackup,
    root: bytes,
    source: BinaryIO,
    body_size: int,
    out: BinaryIO,
    progress: Progress | None = None,
) -> None:
    """``decrypt`` of the ``body_size`` bytes of ``source`` into ``out``, one chunk at a time.

    What reaches ``out`` is authenticated chunk by chunk; only the end tells that nothing was cut
    off, so on ``BackupError`` the caller must discard what was written.
    """
    aead = AESGCM(subkey(root, _CHUNK_PURPOSE, bytes.fromhex(parsed.header["salt"])))
    size = int(parsed.header["chunk"]) + TAG_BYTES
    count = (body_size + size - 1) // size
    done = 0
    for index in range(count):
        piece = _read_full(source, min(size, body_size - index * size))
        try:
            plain = aead.decrypt(_nonce(index), piece, _aad(parsed.digest, index, index == count - 1))
        except InvalidTag:
            raise BackupError("The backup file is damaged, truncated or was altered.") from None
        out.write(plain)
        done += len(plain)
        if progress is not None:
            progress(done)
