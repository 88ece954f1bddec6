"""Test-wide setup: offscreen Qt, a cheap KDF, and every folder the app touches under tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

# Offscreen Qt on the screen of the laptop the app is made for (1366x768), not its 800x800 default,
# so "fits on the screen" tests and screenshots see what a user sees.
_LAPTOP = Path(__file__).with_name("offscreen_1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_LAPTOP}"
os.environ["HRDESK_TEST_FAST_KDF"] = "1"

from tests.helpers import InMemoryKeyring  # noqa: E402 - after the environment is set up

REAL_SECRET_SERVICE = os.environ.get("HRDESK_SECRET_SERVICE") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if REAL_SECRET_SERVICE:
        return
    skip = pytest.mark.skip(reason="needs a real Secret Service: run under .ci/run (HRDESK_SECRET_SERVICE=1)")
    for item in items:
        if "keyring_service" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Vault and config folders of each test live in its tmp_path."""
    monkeypatch.setenv("HRDESK_VAULT_DIR", str(tmp_path / "vault"))
    monkeypatch.setenv("HRDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HRDESK_DATA_DIR", str(tmp_path / "data"))  # installed reference updates
    return tmp_path


@pytest.fixture(autouse=True)
def no_keyring(request: pytest.FixtureRequest) -> Iterator[None]:
    """Unit tests never touch a real keyring: by default there is none at all."""
    if "keyring_service" in request.keywords:
        yield
        return
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[InMemoryKeyring]:
    backend = InMemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
