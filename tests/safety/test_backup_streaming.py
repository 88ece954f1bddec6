"""Backups are sealed and opened chunk by chunk: the vault never has to fit in memory.

Each test watches the order of reads and writes (a sealed chunk is written before the next
plaintext beyond it is read), so a return to "read everything, then write" fails them.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from hrdesk.services import backups
from hrdesk.vault import backup_file
from hrdesk.vault.backup_file import BackupError
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.safety.conftest import PASS, case_documents, filled_vault

CHUNK = 4096


class WatchedSource(io.BytesIO):
    """A plaintext source that records the largest read and how far it was read at each write."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.largest_read = 0

    def read(self, size: int | None = -1) -> bytes:
        part = super().read(size)
        self.largest_read = max(self.largest_read, len(part))
        return part


class WatchedSink(io.BytesIO):
    def __init__(self, source: io.BytesIO) -> None:
        super().__init__()
        self.source = source
        self.read_so_far: list[int] = []

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.read_so_far.append(self.source.tell())
        return super().write(data)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_file, "CHUNK", CHUNK)


@pytest.mark.parametrize("size", [1, CHUNK - 1, CHUNK, CHUNK + 1, 7 * CHUNK, 7 * CHUNK + 5])
def test_sealing_reads_and_writes_one_chunk_at_a_time(small_chunks: None, size: int) -> None:
    plain = os.urandom(size)
    source = WatchedSource(plain)
    sink = WatchedSink(source)
    written = backup_file.seal_stream_with_vault_key(source, sink, "vault-id", b"k" * 32)
    assert written == len(sink.getvalue())
    assert source.largest_read <= CHUNK
    # Each chunk is written when at most the chunk after it has been read: two chunks in memory.
    chunk_writes = sink.read_so_far[1:]
    assert all(read <= (index + 2) * CHUNK for index, read in enumerate(chunk_writes))
    assert len(chunk_writes) == (size + CHUNK - 1) // CHUNK
    # The streamed file is the same format the whole-file reader opens.
    parsed = backup_file.parse(sink.getvalue())
    assert backup_file.decrypt(parsed, b"k" * 32) == plain


def test_an_empty_source_is_refused_and_nothing_is_written() -> None:
    sink = io.BytesIO()
    with pytest.raises(ValueError, match="nothing"):
        backup_file.seal_stream_with_vault_key(io.BytesIO(b""), sink, "vault-id", b"k" * 32)
    assert sink.getvalue() == b""


def test_opening_writes_each_chunk_before_reading_far_ahead(small_chunks: None) -> None:
    plain = os.urandom(9 * CHUNK + 17)
    data = backup_file.seal_with_passphrase(plain, PASS)
    handle = io.BytesIO(data)
    parsed, body_size = backup_file.parse_file(handle, len(data))
    assert len(parsed.body) == 0 and body_size == len(backup_file.parse(data).body)
    root = backup_file.root_from_passphrase(parsed, PASS)
    sink = WatchedSink(handle)
    backup_file.decrypt_into(parsed, root, handle, body_size, sink)
    assert sink.getvalue() == plain
    start, size = len(data) - body_size, CHUNK + 16
    assert sink.read_so_far == [min(start + (i + 1) * size, len(data)) for i in range(10)]


def test_a_truncated_file_opened_in_chunks_is_refused(small_chunks: None) -> None:
    data = backup_file.seal_with_passphrase(os.urandom(3 * CHUNK + 1), PASS)
    for cut in (1, 16, CHUNK + 16):
        handle = io.BytesIO(data[:-cut])
        parsed, body_size = backup_file.parse_file(handle, len(data) - cut)
        with pytest.raises(BackupError):
            backup_file.decrypt_into(
                parsed, backup_file.root_from_passphrase(parsed, PASS), handle, body_size, io.BytesIO()
            )


def test_a_backup_streamed_to_a_file_restores_the_same_cases_from_the_file(
    small_chunks: None, tmp_path: Path
) -> None:
    vault = filled_vault(tmp_path / "v")
    try:
        expected = case_documents(vault)
        told: list[tuple[int, int]] = []
        with (tmp_path / "b.hrdesk-backup").open("wb") as out:
            size = backups.write_backup_to(out, vault, PASS, progress=lambda d, t: told.append((d, t)))
    finally:
        vault.close()
        vault.folder.release()
    assert size == (tmp_path / "b.hrdesk-backup").stat().st_size
    total = told[-1][1]
    assert told[-1][0] == total and len(told) == (total + CHUNK - 1) // CHUNK
    assert [d for d, _ in told] == sorted(d for d, _ in told)

    backups.restore_backup_file(tmp_path / "b.hrdesk-backup", tmp_path / "restored", PASS)
    restored = Vault.unlock(VaultFolder(tmp_path / "restored"), PASS)
    try:
        assert restored.check().ok
        assert case_documents(restored) == expected
    finally:
        restored.close()
        restored.folder.release()


def test_an_automatic_backup_is_streamed_and_restores(tmp_path: Path, monkeypatch) -> None:
    def whole_snapshot(*args: object) -> bytes:
        raise AssertionError("the automatic backup must not build the snapshot in memory")

    monkeypatch.setattr("hrdesk.vault.backup.take_snapshot", whole_snapshot)
    vault = filled_vault(tmp_path / "v")
    try:
        expected = case_documents(vault)
        path = backups.make_auto_backup(vault, force=True)
    finally:
        vault.close()
        vault.folder.release()
    assert path is not None
    backups.restore_backup_file(path, tmp_path / "restored", PASS)
    restored = Vault.unlock(VaultFolder(tmp_path / "restored"), PASS)
    try:
        assert case_documents(restored) == expected
    finally:
        restored.close()
        restored.folder.release()
