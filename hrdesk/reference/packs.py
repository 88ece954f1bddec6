"""Signed reference packs: updated reference content carried on a USB stick, never downloaded.

Policies and channels change; a defender's laptop may never go online. A pack holds all five
language files, the date the content was assembled and who signed it, signed with Ed25519.
The public key ships with the app (``resources/keys/reference-signing.pem``); the private key
never enters the repository. A pack is checked completely — signature, format, every language
file, and the languages against each other — before anything is installed. The format is
documented in ``docs/reference-packs.md``.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hrdesk.reference.content import LANGUAGES, ReferenceContentError, compare_languages, parse_library
from hrdesk.resources import resource_path

PACK_FORMAT = "hrdesk-reference-pack"
PACK_VERSION = 1
MAX_PACK_BYTES = 20 * 1024 * 1024  # the five files are a few hundred kB; refuse anything absurd


class PackError(ValueError):
    """A pack that must not be installed; the message is one line for the user."""


@dataclass(frozen=True)
class ReferencePack:
    date: date
    signer: str
    files: dict[str, bytes]  # language -> the bytes of <language>.json, all validated


def bundled_public_key() -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(resource_path("keys", "reference-signing.pem").read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise PackError("the bundled reference signing key is not an Ed25519 key")
    return key


def build_pack(files: dict[str, bytes], signer: str, made: date, private_key: Ed25519PrivateKey) -> bytes:
    """Sign the five language files as one pack (after checking them exactly as an import would)."""
    payload = json.dumps(
        {
            "date": made.isoformat(),
            "signer": signer,
            "files": {lang: files[lang].decode("utf-8") for lang in LANGUAGES},
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    _check_content(files)
    envelope = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "payload": base64.b64encode(payload).decode("ascii"),
        "signature": base64.b64encode(private_key.sign(payload)).decode("ascii"),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode("ascii")


def read_pack(data: bytes, public_key: Ed25519PublicKey | None = None) -> ReferencePack:
    """Verify and validate a pack; raise PackError saying why it cannot be used.

    ``public_key`` is for tests, which sign with a throw-away key; the app uses the bundled one.
    """
    if len(data) > MAX_PACK_BYTES:
        raise PackError("not a reference pack (far too large)")
    try:
        envelope = json.loads(data.decode("utf-8"))
        if envelope.get("format") != PACK_FORMAT:
            raise PackError("not a reference pack")
        if envelope.get("version") != PACK_VERSION:
            raise PackError(
                f"a reference pack of version {envelope.get('version')!r}, which this hrdesk cannot read"
            )
        payload = base64.b64decode(envelope["payload"], validate=True)
        signature = base64.b64decode(envelope["signature"], validate=True)
    except PackError:
        raise
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError, KeyError, TypeError, binascii.Error):
        raise PackError("not a reference pack, or an incomplete (truncated) one") from None
    try:
        (public_key or bundled_public_key()).verify(signature, payload)
    except InvalidSignature:
        raise PackError(
            "the signature does not match: the pack was changed or not signed by hrdesk"
        ) from None
    try:
        body = json.loads(payload.decode("utf-8"))
        made = date.fromisoformat(body["date"])
        signer = str(body["signer"]).strip()
        files = {lang: body["files"][lang].encode("utf-8") for lang in LANGUAGES}
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
        raise PackError("the signed pack is malformed (a language file or its date is missing)") from None
    if not signer:
        raise PackError("the signed pack does not say who signed it")
    _check_content(files)
    return ReferencePack(made, signer, files)


def _check_content(files: dict[str, bytes]) -> None:
    try:
        libraries = [parse_library(files[lang], f"{lang}.json (in the pack)", lang) for lang in LANGUAGES]
    except ReferenceContentError as exc:
        raise PackError(f"the pack's content is invalid: {exc}") from None
    if problems := compare_languages(libraries):
        raise PackError(f"the pack's languages disagree: {problems[0]}")
