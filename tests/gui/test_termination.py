"""A real app process ended by SIGTERM (logout, shutdown) locks cleanly and leaves no demo vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("delay", [0.0, 0.5])
def test_sigterm_ends_the_demo_and_erases_it(tmp_path: Path, delay: float) -> None:
    """``delay`` 0: the signal comes while the app is still starting (before its event loop runs):
    it was lost (the app ran on) or, when handled by calling Qt inside the handler, crashed it."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
        "HRDESK_CONFIG_DIR": str(tmp_path / "config"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "hrdesk", "--demo"], env=env, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("hrdesk-demo-*/vault/vault.db")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(tmp_path.glob("hrdesk-demo-*/vault/vault.db")), "the demo never started"
    time.sleep(delay)  # 0.5: let the window come up
    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=20) == 0
    assert "Traceback" not in (app.stderr.read() if app.stderr else "")
    assert list(tmp_path.glob("hrdesk-demo-*")) == []
