"""Signed reference updates: built, verified, refused and installed with real keys and files."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.cli.main import main
from hrdesk.reference import packs
from hrdesk.reference.content import LANGUAGES
from hrdesk.reference.installed import bundled_date, current_content, install_pack, installed_pack_path
from hrdesk.reference.loading import load_library
from hrdesk.reference.packs import PackError, build_pack, read_pack
from hrdesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def bundled_files() -> dict[str, bytes]:
    return {lang: resource_path("reference", f"{lang}.json").read_bytes() for lang in LANGUAGES}


def changed_files(new_title: str) -> dict[str, bytes]:
    """The bundled content with the first entry's title changed in every language."""
    files = {}
    for lang, raw in bundled_files().items():
        data = json.loads(raw)
        data["topics"][0]["entries"][0]["title"] = f"{new_title} ({lang})"
        files[lang] = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return files


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    """A throw-away key pair; the app is made to trust its public half instead of the bundled one."""
    private = Ed25519PrivateKey.generate()
    monkeypatch.setattr(packs, "bundled_public_key", private.public_key)
    return private


def newer() -> date:
    return bundled_date() + timedelta(days=1)


def test_a_valid_pack_is_installed_and_preferred(key: Ed25519PrivateKey) -> None:
    first_id = load_library("en").entries()[0].id
    pack = build_pack(changed_files("Updated"), "Test signer", newer(), key)
    installed = install_pack(pack)
    assert installed.signer == "Test signer" and installed.date == newer()
    assert installed_pack_path().read_bytes() == pack
    assert installed_pack_path().stat().st_mode & 0o077 == 0
    for lang in LANGUAGES:
        assert load_library(lang).entry(first_id).title == f"Updated ({lang})"
    assert current_content() == (newer(), "Test signer")


def test_the_bundled_key_rejects_a_pack_signed_by_another(tmp_path: Path) -> None:
    stranger = Ed25519PrivateKey.generate()
    with pytest.raises(PackError, match="signature does not match"):
        read_pack(build_pack(bundled_files(), "Someone", newer(), stranger))


def refused(data: bytes, match: str) -> None:
    before = load_library("en").entries()[0].title
    with pytest.raises(PackError, match=match):
        install_pack(data)
    assert not installed_pack_path().exists()
    assert load_library("en").entries()[0].title == before


def test_tampered_truncated_invalid_and_old_packs_change_nothing(key: Ed25519PrivateKey) -> None:
    good = build_pack(changed_files("Updated"), "Test signer", newer(), key)
    envelope = json.loads(good)
    payload = bytearray(base64.b64decode(envelope["payload"]))
    payload[payload.index(b"Updated")] = ord("X")
    envelope["payload"] = base64.b64encode(bytes(payload)).decode()
    refused(json.dumps(envelope).encode(), "signature does not match")
    refused(good[: len(good) // 2], "truncated")
    refused(b"\x00\x01 not json", "not a reference pack")
    refused(build_pack(bundled_files(), "Test signer", bundled_date(), key), "only a newer pack")

    # Signed, but one language lacks an entry: the content checks run on every file.
    files = bundled_files()
    ru = json.loads(files["ru"])
    ru["topics"][0]["entries"].pop()
    files["ru"] = json.dumps(ru, ensure_ascii=False).encode()
    with pytest.raises(PackError, match="languages disagree"):
        build_pack(files, "Test signer", newer(), key)


def test_an_older_pack_than_the_installed_one_is_refused(key: Ed25519PrivateKey) -> None:
    install_pack(build_pack(changed_files("Second"), "Test signer", newer() + timedelta(days=5), key))
    installed = installed_pack_path().read_bytes()
    with pytest.raises(PackError, match="only a newer pack"):
        install_pack(build_pack(changed_files("First"), "Test signer", newer(), key))
    assert installed_pack_path().read_bytes() == installed
    assert load_library("fr").entries()[0].title == "Second (fr)"


def test_a_changed_installed_file_is_ignored(key: Ed25519PrivateKey) -> None:
    install_pack(build_pack(changed_files("Updated"), "Test signer", newer(), key))
    path = installed_pack_path()
    path.write_bytes(path.read_bytes().replace(b'"signature": "', b'"signature": "AAAA'))
    assert load_library("en").entries()[0].title != "Updated (en)"  # back to the bundled content
    assert current_content() == (bundled_date(), None)


def test_cli_import_reports_and_refuses_with_exit_4(
    key: Ed25519PrivateKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "update.hrdpack"
    good.write_bytes(build_pack(changed_files("Updated"), "Test signer", newer(), key))
    bad = tmp_path / "cut.hrdpack"
    bad.write_bytes(good.read_bytes()[:300])
    assert main(["reference", "import", str(bad)]) == 4
    out = capsys.readouterr()
    assert out.err.count("\n") == 1 and "refused" in out.err and not installed_pack_path().exists()
    assert main(["reference", "import", str(good)]) == 0
    assert "signed by Test signer" in capsys.readouterr().out
    assert main(["reference", "import", str(good)]) == 4  # the same date again is not newer
    assert "only a newer pack" in capsys.readouterr().err


def test_make_reference_pack_script_signs_with_a_key_from_the_command_line(tmp_path: Path) -> None:
    private = Ed25519PrivateKey.generate()
    key_file = tmp_path / "private.pem"
    key_file.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    out = tmp_path / "pack.hrdpack"
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_reference_pack.py"), "--key", str(key_file),
         "--signer", "Maintainers", "--out", str(out), "--date", "2030-01-02"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pack = read_pack(out.read_bytes(), private.public_key())
    assert pack.signer == "Maintainers" and pack.date == date(2030, 1, 2)
    assert pack.files == bundled_files()
    assert b"PRIVATE" not in out.read_bytes()


def test_signed_but_invalid_content_is_refused(key: Ed25519PrivateKey) -> None:
    """A pack signed with the right key is still checked: here Arabic has an HTML tag."""
    files = {lang: raw.decode("utf-8") for lang, raw in bundled_files().items()}
    ar = json.loads(files["ar"])
    ar["topics"][0]["entries"][0]["summary"] = "<b>نص</b>"
    files["ar"] = json.dumps(ar, ensure_ascii=False)
    payload = json.dumps({"date": newer().isoformat(), "signer": "Test signer", "files": files}).encode()
    envelope = {
        "format": "hrdesk-reference-pack",
        "version": 1,
        "payload": base64.b64encode(payload).decode(),
        "signature": base64.b64encode(key.sign(payload)).decode(),
    }
    refused(json.dumps(envelope).encode(), "content is invalid: ar.json")
    del files["ru"]
    payload = json.dumps({"date": newer().isoformat(), "signer": "Test signer", "files": files}).encode()
    envelope["payload"] = base64.b64encode(payload).decode()
    envelope["signature"] = base64.b64encode(key.sign(payload)).decode()
    refused(json.dumps(envelope).encode(), "malformed")
