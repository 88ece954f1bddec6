"""An exception in a slot prints its type and place only (stderr is kept by desktop sessions) and
the user gets one calm message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

PROBE = Path(__file__).with_name("exception_probe.py")


def test_raising_slot_prints_type_and_place_only(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "MARKER-Case-Title-Zq7" not in done.stderr + done.stdout
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("hrdesk: unexpected error")]
    line = 1 + PROBE.read_text().splitlines().index('    raise ValueError(f"could not save {MARKER}")')
    assert (
        errors == [f"hrdesk: unexpected error: ValueError at exception_probe.py:{line} in failing_slot"] * 2
    )
    (shown,) = done.stdout.splitlines()  # two failures, one message
    assert shown.startswith("error|Something went wrong|")
