"""Schema migrations: from every earlier version to the latest, with data kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdesk.vault.database import open_database
from hrdesk.vault.errors import NotAVault
from hrdesk.vault.migrations import LATEST_VERSION, MIGRATIONS, _statements, migrate, schema_version

KEY = b"m" * 32


def test_versions_are_numbered_without_gaps() -> None:
    assert [m.VERSION for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("start", range(LATEST_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    conn = open_database(tmp_path / "db", KEY)
    assert migrate(conn, target=start) == start
    if start >= 1:
        conn.execute("INSERT INTO meta(key, value) VALUES ('survivor', 'yes')")
    assert migrate(conn) == LATEST_VERSION
    assert schema_version(conn) == LATEST_VERSION
    if start >= 1:
        assert conn.execute("SELECT value FROM meta WHERE key = 'survivor'").fetchone() == ("yes",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "db", KEY)
    migrate(conn)
    assert migrate(conn) == LATEST_VERSION


def test_a_newer_vault_is_refused(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "db", KEY)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(NotAVault):
        migrate(conn)


def test_statement_splitter_keeps_triggers_whole() -> None:
    sql = "CREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    assert len(_statements(sql)) == 2
