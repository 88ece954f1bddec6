"""The rows of issue #16 for ``benchmarks/run.py``: what a user meets after a year of use.

Each function runs in its own process (``run.py --one NAME``) and returns rows as ``run.py``
prints them: ``seconds`` and the ``floor`` or peer measured in the same run (or ``None``).

- ``populated``: start to the main window on a vault with N interactions (N = 10,000 by
  default, 100,000 with ``--large``), the KDF taken out; its floor is the start on an empty vault.
- ``first_unlock``: the automatic backup of the day as the app runs it (a worker thread, a
  progress relay), while a 10 ms timer on the GUI thread measures the longest frame; peak RSS.
  The window is left to settle for a second first: its own first paint is the start-up row's.
- ``check``: ``hrdesk check`` as a command (a fresh Python, imports, unlock, quick check) on a
  vault of 100,000 interactions (1,000,000 with ``--large``); its peer is ``check --full``.
- ``brief_scale``: ms per event at 5,000 events against 500 (English).
- ``arabic_brief``: the 500-event Arabic brief against the English bare-table floor.
- ``keepassxc``: ``hrdesk check`` on an empty vault against ``keepassxc-cli ls`` whose key
  derivation takes as long (only when KeePassXC is installed).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "benchmark passphrase"  # noqa: S105 - throw-away vaults


def filled_vault(folder: Path, interactions: int, fast_kdf: bool) -> float:
    """Create a vault in ``folder`` with fictional data; return the seconds the filling took."""
    from contacts_bench import fill

    from hrdesk.vault.folder import VaultFolder
    from hrdesk.vault.vault import Vault

    if fast_kdf:
        os.environ["HRDESK_TEST_FAST_KDF"] = "1"
    else:
        os.environ.pop("HRDESK_TEST_FAST_KDF", None)
    vault_folder = VaultFolder(folder)
    vault = Vault.create(vault_folder, PASSPHRASE)
    started = time.perf_counter()
    if interactions:  # 0: the empty vault of a first start
        fill(vault, interactions, 400, 40, 30, 7)
    seconds = time.perf_counter() - started
    vault.close()
    vault_folder.release()
    return seconds


def installed_env(tmp: str) -> dict[str, str]:
    """The environment for timing ``hrdesk`` as a command, as an installed copy runs it.

    pip and the bundle compile hrdesk's modules to bytecode when they install it; a checkout run
    with ``PYTHONDONTWRITEBYTECODE`` (set in the project's sessions) compiles about 50 modules
    from source at every start instead, 10-15 ms a run. So the bytecode goes to a folder of
    the run (``PYTHONPYCACHEPREFIX``, nothing written in the checkout) and the first, compiling
    run is not timed (see ``warm_up``).
    """
    env = {**os.environ, "HRDESK_CONFIG_DIR": str(Path(tmp) / "config")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
    return env


def warm_up(command: list[str], env: dict[str, str]) -> None:
    """One untimed run: compiles the bytecode and brings the files into the page cache."""
    subprocess.run(command, input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, check=True)


def first_unlock(args: argparse.Namespace) -> list[dict]:
    """The automatic backup at first unlock: longest GUI frame while it runs, and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["HRDESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        size = args.populated
        filled_vault(Path(tmp) / "vault", size, fast_kdf=True)
        from PySide6.QtCore import QElapsedTimer, QTimer

        from hrdesk.gui.app import build_context, create_application
        from hrdesk.gui.main_window import MainWindow
        from hrdesk.gui.safety.actions import _backup_worker
        from hrdesk.gui.safety.auto_backup_status import AutoBackupStatus
        from hrdesk.services.backups import make_auto_backup
        from hrdesk.vault.folder import VaultFolder

        app = create_application(sys.argv[:1])
        context = build_context(app, VaultFolder(Path(tmp) / "vault"))
        context.session.acquire()
        vault = context.session.unlock(PASSPHRASE)
        window = MainWindow(context)
        # Made with the window, as SafetyActions.attach_window does: making it later (it adds the
        # window's status bar) relaid Today out in the first measured frame (76 ms at 100,000).
        status = AutoBackupStatus(window)
        window.show()
        # The window's own first paint and Today's rows come first: Today fills a few rows per
        # turn of the event loop, and its longest turn is reported apart from the backup's.
        today = window.screens["today"]
        settle, turns, filled_at = time.perf_counter(), [], None
        while filled_at is None or time.perf_counter() - max(settle + 0.7, filled_at) < 0.3:
            turn = time.perf_counter()
            app.processEvents()
            turns.append(time.perf_counter() - turn)
            if filled_at is None and not today.rows.pending:  # type: ignore[attr-defined]
                filled_at = time.perf_counter()  # its last rows are laid out in the turns after
            time.sleep(0.001)
        clock, longest, ticks = QElapsedTimer(), [0], [0]
        timer = QTimer()
        timer.setInterval(10)

        longest_at = [0.0]  # when, after the backup started, the longest frame ended

        def tick() -> None:
            ticks[0] += 1
            frame = clock.restart()
            if frame > longest[0]:
                longest[0], longest_at[0] = frame, time.perf_counter() - started

        timer.timeout.connect(tick)
        started = time.perf_counter()
        future = _backup_worker.submit(make_auto_backup, vault, force=True, progress=status.report)
        status.watch(future)
        clock.start()
        timer.start()
        while not future.done():
            app.processEvents()
            time.sleep(0.001)
        seconds = time.perf_counter() - started
        timer.stop()
        path = future.result()
        assert path is not None and ticks[0] > 0
        backup_mb = path.stat().st_size / 1024**2
        context.session.release()
        return [
            {
                "name": f"first unlock: automatic backup, {size:,} interactions",
                "seconds": seconds,
                "floor": None,
                "extra": {
                    "longest_frame_ms": longest[0],
                    "longest_frame_ended_at_ms": round(longest_at[0] * 1000),
                    # The first turn is the window's first paint (the start-up row's); then Today fills.
                    "today_fill_longest_turn_ms": round(max(turns[1:], default=0.0) * 1000),
                    "backup_mb": round(backup_mb, 1),
                    "frames": ticks[0],
                },
            }
        ]


def check(args: argparse.Namespace) -> list[dict]:
    """``hrdesk check`` (quick, the default) as a user runs it; its peer: ``check --full``."""
    size = args.check_size
    with tempfile.TemporaryDirectory() as tmp:
        fill_s = filled_vault(Path(tmp) / "vault", size, fast_kdf=True)
        env = installed_env(tmp)
        command = [sys.executable, "-m", "hrdesk", "check", "--vault", str(Path(tmp) / "vault")]
        warm_up(command, env)

        def run(*extra: str) -> float:
            started = time.perf_counter()
            subprocess.run(
                [*command, *extra],
                input=PASSPHRASE + "\n",
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            return time.perf_counter() - started

        quick = sorted(run() for _ in range(args.repeat))[args.repeat // 2]
        full = run("--full")
        return [
            {
                "name": f"check, {size:,} interactions",
                "seconds": quick,
                "floor": full,
                "extra": {"full_check_seconds": full, "generate_seconds": round(fill_s, 1)},
            }
        ]


def brief_scale(args: argparse.Namespace) -> list[dict]:
    """ms per event at 5,000 events (seconds column) against 500 events (floor column)."""
    from brief_bench import fictional_case
    from timing import median_seconds

    from hrdesk.brief.options import BriefOptions
    from hrdesk.brief.render import render_brief

    options = BriefOptions(language="en")
    render_brief(fictional_case(5, "en"), options)
    # A new case each run, at both sizes: the brief keeps prepared paragraphs between renders, so
    # rendering the same 500 events again was a warm run (0.5 ms an event) against a cold 5,000.
    large_runs = max(1, args.repeat // 3)
    small = iter([fictional_case(500, "en", seed=2000 + n) for n in range(args.repeat)])
    large = iter([fictional_case(5000, "en", seed=3000 + n) for n in range(large_runs)])
    per_small = median_seconds(lambda: render_brief(next(small), options), args.repeat) / 500
    per_large = median_seconds(lambda: render_brief(next(large), options), large_runs) / 5000
    return [{"name": "brief, 5,000 events, per event vs 500", "seconds": per_large, "floor": per_small}]


def arabic_brief(args: argparse.Namespace) -> list[dict]:
    """The 500-event Arabic brief against ReportLab's bare table of the English case."""
    from brief_bench import bare_table, fictional_case
    from timing import median_seconds

    from hrdesk.brief.options import BriefOptions
    from hrdesk.brief.render import render_brief

    options = BriefOptions(language="ar")
    render_brief(fictional_case(5, "ar"), options)
    # A new case each run: the brief keeps the words of recurring paragraphs (names, places,
    # dates) between renders, and a user's first brief of a case starts without them.
    arabic = iter([fictional_case(500, "ar", seed=1000 + n) for n in range(args.repeat)])
    english = fictional_case(500, "en")
    seconds = median_seconds(lambda: render_brief(next(arabic), options), args.repeat)
    floor = median_seconds(lambda: bare_table(english, "en"), args.repeat)
    return [{"name": "Arabic brief, 500 events", "seconds": seconds, "floor": floor}]


def cli_vs_keepassxc(args: argparse.Namespace) -> list[dict]:
    """``hrdesk check`` on an empty vault at the default Argon2id cost, against ``keepassxc-cli ls``
    on an empty database whose key derivation takes as long.

    KeePassXC's CLI cannot set Argon2 parameters: ``db-create -t MS`` sets AES-KDF rounds for a
    target time, so "the same cost" is the same time, measured here as hrdesk's KDF takes it.
    No row when ``keepassxc-cli`` is not installed (Debian: ``apt-get install keepassxc``).
    """
    import shutil
    import statistics

    from hrdesk.vault.kdf import default_params, derive_key

    keepassxc = shutil.which("keepassxc-cli")
    if keepassxc is None:
        return []
    with tempfile.TemporaryDirectory() as tmp:
        filled_vault(Path(tmp) / "vault", 0, fast_kdf=False)
        params = default_params()
        kdf = statistics.median(_seconds(lambda: derive_key(PASSPHRASE, params)) for _ in range(3))
        database = str(Path(tmp) / "peer.kdbx")
        subprocess.run(
            [keepassxc, "db-create", "-q", "-p", "-t", str(round(kdf * 1000)), database],
            input=f"{PASSPHRASE}\n{PASSPHRASE}\n", capture_output=True, text=True, check=True,
        )  # fmt: skip
        env = installed_env(tmp)
        ours = [sys.executable, "-m", "hrdesk", "check", "--vault", str(Path(tmp) / "vault")]
        peer = [keepassxc, "ls", "-q", database]
        warm_up(ours, env)
        warm_up(peer, env)

        def run(command: list[str]) -> float:
            return _seconds(
                lambda: subprocess.run(
                    command, input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, check=True
                )
            )

        seconds = statistics.median(run(ours) for _ in range(args.repeat))
        floor = statistics.median(run(peer) for _ in range(args.repeat))
    return [
        {
            "name": "CLI check vs keepassxc-cli ls, same KDF time",
            "seconds": seconds,
            "floor": floor,
            "extra": {"kdf_seconds": kdf},
        }
    ]


def _seconds(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


MEASUREMENTS = {
    "first_unlock": first_unlock,
    "check": check,
    "brief_scale": brief_scale,
    "arabic_brief": arabic_brief,
    "keepassxc": cli_vs_keepassxc,
}
