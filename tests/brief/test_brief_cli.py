"""``hrdesk brief`` in a real process: exit codes, one-line errors, and files only where asked."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from hrdesk.brief.texts import brief_texts
from hrdesk.domain.accountability import ResponsiblePerson
from hrdesk.services.accountability import AccountabilityService
from hrdesk.services.cases import CaseService
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.brief.brief_case import fictional_case
from tests.helpers import run_cli

PASS = "correct horse battery"
VaultCase = tuple[Path, int]


@pytest.fixture
def vault_with_case(tmp_path: Path) -> VaultCase:
    folder = VaultFolder(tmp_path / "vault")
    vault = Vault.create(folder, PASS)
    case_id = CaseService(vault).import_case(fictional_case())
    vault.close()
    folder.release()
    return folder.path, case_id


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hrdesk: ") and "Traceback" not in stderr, stderr
    return lines[0]


def only_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_brief_is_written_only_to_the_file_asked_for(vault_with_case: VaultCase, tmp_path: Path) -> None:
    vault, case_id = vault_with_case
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "brief.pdf"
    result = run_cli(
        "brief", str(case_id), "--vault", str(vault), "--out", str(out), "--lang", "ar",
        "--variant", "notes", "--redact-names", "--sections", "request,timeline", "outreach",
        stdin=PASS + "\n",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    # Like the export dialog, the CLI says what redaction cannot catch (nothing of the case).
    assert result.stderr.startswith("warning: --redact-names") and "cannot catch nicknames" in result.stderr
    assert only_files(out_dir) == ["brief.pdf"]
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert not reader.is_encrypted and len(reader.pages) >= 1
    assert reader.metadata.title == brief_texts("ar").get("document.title_notes")


def test_encrypt_reads_the_pdf_password_from_line_two(vault_with_case: VaultCase, tmp_path: Path) -> None:
    vault, case_id = vault_with_case
    out = tmp_path / "locked.pdf"
    result = run_cli(
        "brief", str(case_id), "--vault", str(vault), "--out", str(out), "--encrypt",
        stdin=f"{PASS}\npdf secret words\n",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.is_encrypted and not reader.decrypt("") and reader.decrypt("pdf secret words")


@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["--encrypt"], PASS + "\n", 2),  # no password line
        (["--encrypt"], PASS + "\n\n", 2),  # an empty password
        (["--encrypt"], PASS + "\nx\n", 2),  # a 1-character password: the passphrase rule, 8 at least
        ([], "wrong passphrase\n", 3),
        (["--sections", "timeline,appendix"], PASS + "\n", 2),
        (["--lang", "de"], PASS + "\n", 2),
    ],
    ids=[
        "no-pdf-password",
        "empty-pdf-password",
        "short-pdf-password",
        "wrong-passphrase",
        "bad-section",
        "bad-language",
    ],
)
def test_errors_are_one_line_with_the_documented_code_and_write_nothing(
    vault_with_case: VaultCase, tmp_path: Path, args: list[str], stdin: str, code: int
) -> None:
    vault, case_id = vault_with_case
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = run_cli(
        "brief", str(case_id), "--vault", str(vault), "--out", str(out_dir / "b.pdf"), *args, stdin=stdin
    )
    assert result.code == code, result.stderr
    one_line_error(result.stderr)
    assert only_files(out_dir) == []


def test_unknown_case_and_missing_folder(vault_with_case: VaultCase, tmp_path: Path) -> None:
    vault, case_id = vault_with_case
    out = str(tmp_path / "b.pdf")
    missing = run_cli("brief", "999", "--vault", str(vault), "--out", out, stdin=PASS + "\n")
    assert missing.code == 1 and "999" in one_line_error(missing.stderr)
    assert not (tmp_path / "b.pdf").exists()
    nowhere = tmp_path / "no" / "such" / "folder" / "b.pdf"
    result = run_cli("brief", str(case_id), "--vault", str(vault), "--out", str(nowhere), stdin=PASS + "\n")
    assert result.code == 1 and "does not exist" in one_line_error(result.stderr)
    assert not (tmp_path / "no").exists()


def test_accountability_package_command(tmp_path: Path) -> None:
    folder = VaultFolder(tmp_path / "vault")
    vault = Vault.create(folder, PASS)
    case_id = CaseService(vault).import_case(fictional_case())
    AccountabilityService(vault).add_person(case_id, ResponsiblePerson("Tobias Krell Marquand"))
    vault.close()
    folder.release()
    out = tmp_path / "package.pdf"
    args = ["--vault", str(folder.path), "--out", str(out)]
    result = run_cli("accountability", str(case_id), *args, stdin=PASS + "\n")
    assert result.code == 0, result.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert "Tobias" in reader.pages[0].extract_text()
    missing = run_cli("accountability", "42", *args, stdin=PASS + "\n")
    assert missing.code == 1 and "42" in one_line_error(missing.stderr)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ar", "ru"])
def test_email_prints_the_short_first_message_by_default(vault_with_case: VaultCase, lang: str) -> None:
    vault, case_id = vault_with_case
    result = run_cli("email", str(case_id), "--vault", str(vault), "--lang", lang, stdin=PASS + "\n")
    assert result.code == 0, result.stderr
    assert result.stderr.strip() == ""
    t = brief_texts(lang)
    subject, _, body = result.stdout.partition("\n\n")
    assert subject == t.get("first_email.subject")
    assert t.get("first_email.safe_channel") in body
    case = fictional_case()
    for secret in (case.title, case.at_risk, "REQUESTASK", "WHYMATTERS", "HANDOVEREVENT", "Valle Verde"):
        assert secret not in result.stdout
    assert not re.search(r"[0-9\u0660-\u0669]", result.stdout)  # no dates, numbers or phone numbers
    assert len(result.stdout.split()) <= 120


def test_email_detailed_warns_and_embassy_is_addressed(vault_with_case: VaultCase) -> None:
    vault, case_id = vault_with_case
    short = run_cli(
        "email", str(case_id), "--vault", str(vault), "--embassy", "Embassy of Canada", stdin=PASS + "\n"
    )
    assert short.code == 0 and "Embassy of Canada" in short.stdout.splitlines()[2]
    detailed = run_cli("email", str(case_id), "--vault", str(vault), "--detailed", stdin=PASS + "\n")
    assert detailed.code == 0, detailed.stderr
    assert "REQUESTASK" in detailed.stdout and "NOTESONLY" not in detailed.stdout
    assert detailed.stderr.startswith("warning:") and "REQUESTASK" not in detailed.stderr
    missing = run_cli("email", "999", "--vault", str(vault), stdin=PASS + "\n")
    assert missing.code == 1 and "999" in one_line_error(missing.stderr)
