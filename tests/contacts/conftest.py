"""A real, throw-away vault for the contact-log tests, and a way to add cases to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk.domain.contacts import Embassy, Officer
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault

PASS = "correct horse battery"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    folder = VaultFolder(tmp_path / "vault")
    made = Vault.create(folder, PASS)
    yield made
    made.close()
    folder.release()


@pytest.fixture
def log(vault: Vault) -> ContactLog:
    return ContactLog(vault)


def add_case(vault: Vault, title: str, status: str = "open", deleted: bool = False) -> int:
    """Cases belong to the cases feature; the contact log only links to them, so insert one directly."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with vault.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO cases(title, status, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (title, status, now if deleted else None, now, now),
        )
    return int(cur.lastrowid)


def add_embassy(log: ContactLog, government: str = "Canada", place: str = "Embassy in Tegucigalpa") -> int:
    return log.save_embassy(Embassy(government, place))


def add_officer(log: ContactLog, embassy_id: int, name: str, **fields: object) -> int:
    return log.save_officer(Officer(name=name, embassy_id=embassy_id, **fields))  # type: ignore[arg-type]
