"""The unlock use case reads what it needs once: the key file, the attempt counter and this
device's note of the limit, then unlocks and settles (no back-and-forth between the layers)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from hrdesk.services import attempt_limits, unlock_guard
from hrdesk.services.attempt_limits import set_attempt_limit
from hrdesk.vault import attempts
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.keyslots import KeySlots
from tests.safety.conftest import PASS, filled_vault


@pytest.mark.parametrize("limit", [0, 5])
def test_one_unlock_reads_key_file_counter_and_note_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    vault = filled_vault(tmp_path / "v")
    if limit:
        set_attempt_limit(vault, limit)
    vault.close()
    vault.folder.release()

    reads: Counter[str] = Counter()

    def counted(name: str, real):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            reads[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(KeySlots, "load", classmethod(counted("key file", KeySlots.load.__func__)))
    monkeypatch.setattr(attempts, "read_state", counted("counter", attempts.read_state))
    monkeypatch.setattr(attempt_limits, "device_limits", counted("note", attempt_limits.device_limits))

    folder = VaultFolder(tmp_path / "v")
    try:
        outcome = unlock_guard.unlock(folder, PASS)
        assert outcome.vault.is_open and outcome.notice == ""
        outcome.vault.close()
    finally:
        folder.release()
    assert reads == Counter({"key file": 1, "counter": 1, "note": 1})
    state = attempt_limits.status(VaultFolder(tmp_path / "v"))
    assert (state.remaining if state else 0) == limit  # settled: the count is back to the limit
