"""Schema migrations: from every earlier version to the latest, with data kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrdesk.domain.contacts import SearchKind
from hrdesk.vault import contacts_search
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


def test_version_8_re_keys_the_interaction_index_by_date(tmp_path: Path) -> None:
    """Interactions indexed by id before version 8 are found after it, newest first, and only once."""
    conn = open_database(tmp_path / "db", KEY)
    migrate(conn, target=7)
    now = "2026-01-01T00:00:00+00:00"
    for iid, date, summary in [
        (1, "2026-05-14", "visa new"),
        (2, "2024-03-01", "visa old"),
        (3, "2025-01-09", "other"),
    ]:
        conn.execute(
            "INSERT INTO interactions(id, date, channel, summary, asked, committed, created_at, updated_at) "
            "VALUES (?, ?, 'meeting', ?, '', '', ?, ?)",
            (iid, date, summary, now, now),
        )
        conn.execute("INSERT INTO interactions_fts(rowid, text) VALUES (?, ?)", (iid, summary))
    assert migrate(conn) == LATEST_VERSION
    found = contacts_search.matching_ids(conn, "visa", limit=10)
    assert found.interactions == [1, 2]  # by date, not by id
    assert contacts_search.count_matches(conn, "visa")[SearchKind.INTERACTION] == 2
    assert contacts_search.count_matches(conn, "other")[SearchKind.INTERACTION] == 1
    assert conn.execute("SELECT count(*) FROM interactions_fts").fetchone() == (3,)
