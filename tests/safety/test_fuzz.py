"""Fuzzing (hypothesis) of the two parsers that take files from outside: case files and backups.

Case import: on any bytes, ``import_case_file`` raises nothing but ``CaseFileError``; what it
accepts is stored whole or not at all. Restore: on any bytes, only the documented refusals
(``BackupError`` = exit 4, ``WrongPassphrase`` = exit 3), and nothing is written anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdesk.services import backups
from hrdesk.services.case_files import CaseFileError, case_to_json, export_case, import_case_file
from hrdesk.services.cases import CaseService
from hrdesk.services.demo import example_case
from hrdesk.vault.backup_file import BackupError
from hrdesk.vault.errors import VaultError, WrongPassphrase
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.safety.conftest import PASS, fingerprint

FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
VALID = export_case(example_case(), include_never=True)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def case_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = Vault.create(VaultFolder(tmp_path_factory.mktemp("fuzz") / "v"), PASS)
    # Speed only: atomicity comes from the transaction, not from fsync (the kill loop tests that).
    vault.connection.execute("PRAGMA synchronous = OFF")
    yield vault
    vault.close()
    vault.folder.release()


def count_rows(vault: Vault) -> tuple[int, int, int]:
    conn = vault.connection
    return tuple(  # type: ignore[return-value]
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
        for table in ("cases", "timeline_events", "outreach")
    )


def import_through_service(vault: Vault, data: bytes) -> None:
    """What ``hrdesk case import`` does: parse completely, then store in one transaction."""
    before = count_rows(vault)
    try:
        case = import_case_file(data)
    except CaseFileError:
        assert count_rows(vault) == before
        return
    try:
        case_id = CaseService(vault).import_case(case)
    except VaultError:  # a rule of the vault (an empty title): refused whole
        assert count_rows(vault) == before
        return
    after = count_rows(vault)
    assert after == (before[0] + 1, before[1] + len(case.timeline), before[2] + len(case.outreach))
    stored = CaseService(vault).load_case(case_id)
    assert case_to_json(stored, include_never=True)["case"]["title"] == case.title


@FUZZ
@given(data=st.binary(max_size=2000))
def test_case_import_of_arbitrary_bytes(case_vault: Vault, data: bytes) -> None:
    import_through_service(case_vault, data)


@FUZZ
@given(data=st.data())
def test_case_import_of_byte_mutated_files(case_vault: Vault, data: st.DataObject) -> None:
    raw = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if action == "flip":
            raw[position] ^= data.draw(st.integers(1, 255))
        elif action == "delete":
            del raw[position]
        elif action == "insert":
            raw[position:position] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            del raw[position:]
        if not raw:
            break
    import_through_service(case_vault, bytes(raw))


def paths(node: Any, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*prefix, index))


@FUZZ
@given(data=st.data())
def test_case_import_of_structurally_mutated_documents(case_vault: Vault, data: st.DataObject) -> None:
    document = json.loads(VALID)
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(list(paths(document))))
        if not where:
            document = data.draw(json_values)
            break
        parent = document
        for step in where[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[where[-1]] = data.draw(json_values)
        elif action == "delete":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=12))] = data.draw(json_values)
        else:
            parent.insert(where[-1], data.draw(json_values))
    import_through_service(case_vault, json.dumps(document, ensure_ascii=data.draw(st.booleans())).encode())


def test_case_file_errors_are_one_line_even_for_odd_field_names() -> None:
    document = json.loads(VALID)
    document["case"]["new\nline"] = 1
    with pytest.raises(CaseFileError) as caught:
        import_case_file(json.dumps(document).encode())
    assert "\n" not in str(caught.value)


# -- restore -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    root = tmp_path_factory.mktemp("restore-fuzz")
    vault = Vault.create(VaultFolder(root / "v"), PASS)
    CaseService(vault).import_case(example_case())
    data = backups.create_backup(vault, PASS)
    vault.close()
    vault.folder.release()
    return root, data


def refused_and_untouched(root: Path, data: bytes) -> None:
    before = fingerprint(root / "v")
    target = root / "target"
    try:
        backups.restore_backup(data, target, PASS)
    except (BackupError, WrongPassphrase):
        assert not target.exists()
        assert [p.name for p in root.iterdir()] == ["v"]
    else:
        pytest.fail("a changed backup file was accepted")
    assert fingerprint(root / "v") == before


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=4000))
def test_restore_of_arbitrary_bytes(made: tuple[Path, bytes], data: bytes) -> None:
    refused_and_untouched(made[0], data)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_restore_of_mutated_backups(made: tuple[Path, bytes], data: st.DataObject) -> None:
    raw = bytearray(made[1])
    action = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate", "append", "splice"]))
    position = data.draw(st.integers(0, len(raw) - 1))
    if action == "flip":
        raw[position] ^= data.draw(st.integers(1, 255))
    elif action == "delete":
        del raw[position : position + data.draw(st.integers(1, 64))]
    elif action == "insert":
        raw[position:position] = data.draw(st.binary(min_size=1, max_size=64))
    elif action == "truncate":
        del raw[position:]
    elif action == "append":
        raw += data.draw(st.binary(min_size=1, max_size=64))
    else:
        chunk = data.draw(st.binary(min_size=1, max_size=64))
        raw[position : position + len(chunk)] = chunk
    if bytes(raw) == made[1]:
        return
    refused_and_untouched(made[0], bytes(raw))
