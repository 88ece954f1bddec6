"""How the contact log scales: 100,000 interactions in a temporary encrypted vault.

Times what a defender waits for — the Contacts screen's first paint, a full-text search, the
Today query — beside the bare SQL query each one rests on (the floor: what SQLCipher itself
needs). Not a test: run it by hand and read the table.

    python benchmarks/contacts_bench.py --interactions 100000

Targets: search and Today under 50 ms; the screen opens without a visible pause (~100 ms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HRDESK_TEST_FAST_KDF"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import (
    Embassy,
    Interaction,
    InteractionChannel,
    ItemKind,
    ItemStatus,
    Officer,
    TrackedItem,
)
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.contacts_repository import ContactsRepository
from hrdesk.vault.contacts_search import match_expression
from hrdesk.vault.vault import Vault

PASSPHRASE = "benchmark passphrase"  # noqa: S105 - a throw-away vault
WORDS = (  # noqa: SIM905 - easier to read and extend as sentences
    "trial observation visa referral statement hearing threat community land water detention lawyer "
    "embassy officer support letter emergency fund relocation prison visit report journalist union "
    "судебный процесс наблюдение виза заявление угроза задержание адвокат "
    "محاكمة مراقبة تأشيرة بيان تهديد احتجاز محامي مجتمع أرض"
).split()
GOVERNMENTS = ["Canada", "Norway", "Germany", "Spain", "France", "Sweden", "Ireland", "Netherlands", "Japan"]
SEARCHES = ("visa", "trial observation", "la", "судеб", "محاكمة", "4242", "zzzz-not-there")


def fill(vault: Vault, interactions: int, officers: int, embassies: int, cases: int, seed: int) -> None:
    """Fictional data through the repository, so the search index is built exactly as in use."""
    rng = random.Random(seed)
    today = dt.date.today()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with vault.transaction() as conn:
        repo = ContactsRepository(conn)
        case_ids = [
            int(
                conn.execute(
                    "INSERT INTO cases(title, created_at, updated_at) VALUES (?, ?, ?)",
                    (f"Case {n}", now, now),
                ).lastrowid
            )
            for n in range(cases)
        ]
        embassy_ids = [
            repo.save_embassy(
                Embassy(rng.choice(GOVERNMENTS), f"Office {n}", priorities=" ".join(rng.sample(WORDS, 6)))
            )
            for n in range(embassies)
        ]
        by_embassy: dict[int, list[int]] = {e: [] for e in embassy_ids}
        for n in range(officers):
            embassy = rng.choice(embassy_ids)
            start = today - dt.timedelta(days=rng.randint(0, 3 * 365))
            officer = Officer(
                f"Officer {n} {rng.choice(WORDS)}",
                embassy,
                rng.choice(list(OfficerRole)),
                posting_start=start,
            )
            by_embassy[embassy].append(repo.save_officer(officer))
        staffed = [e for e, people in by_embassy.items() if people]
        for n in range(interactions):
            embassy = rng.choice(staffed)
            people = rng.sample(
                by_embassy[embassy], min(len(by_embassy[embassy]), rng.choice((1, 1, 1, 2, 3)))
            )
            when = today - dt.timedelta(days=rng.randint(0, 3650))
            follow = when + dt.timedelta(days=7) if rng.random() < 0.2 else None
            repo.save_interaction(
                Interaction(
                    when,
                    people,
                    rng.choice(list(InteractionChannel)),
                    case_ids=rng.sample(case_ids, 1) if case_ids and rng.random() < 0.3 else [],
                    summary=" ".join(rng.choices(WORDS, k=12)) + f" #{n}",
                    asked=" ".join(rng.choices(WORDS, k=5)) if rng.random() < 0.3 else "",
                    follow_up=follow,
                    follow_up_done=follow is not None and follow < today - dt.timedelta(days=30),
                )
            )
        for n in range(min(interactions // 50, 2000)):
            repo.save_item(
                TrackedItem(
                    rng.choice(list(ItemKind)),
                    f"Item {n} {rng.choice(WORDS)}",
                    rng.choice(staffed),
                    rng.choice(list(ItemStatus)),
                    due=today + dt.timedelta(days=rng.randint(-60, 60)),
                )
            )


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, worst) in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def first_paint(context: object) -> Callable[[], object]:
    """Build the Contacts screen, show it and paint it once: the cold start, at unlock."""
    from PySide6.QtWidgets import QApplication

    from hrdesk.gui.contacts.screen import ContactsScreen

    def run() -> object:
        screen = ContactsScreen(context)  # type: ignore[arg-type]
        screen.resize(1100, 720)
        screen.show()
        QApplication.processEvents()
        screen.grab()
        rows = screen.lists.interactions.rowCount()
        assert rows == 200, rows  # the first page, not all 100,000
        screen.hide()
        screen.deleteLater()
        QApplication.processEvents()
        return rows

    return run


def shown_again(context: object) -> tuple[Callable[[], object], Callable[[], object]]:
    """Show the built screen (it reads the vault again, as when the user navigates to it) and paint."""
    from PySide6.QtWidgets import QApplication

    from hrdesk.gui.contacts.screen import ContactsScreen

    screen = ContactsScreen(context)  # type: ignore[arg-type]
    screen.resize(1100, 720)

    def run() -> object:
        screen.hide()
        screen.show()
        QApplication.processEvents()
        return screen.grab()

    def scroll_to_end() -> object:
        """Scroll the interactions to the bottom once: the next page arrives (200 more rows)."""
        view = screen.lists.interactions_view
        before = screen.lists.interactions.rowCount()
        view.scrollToBottom()
        QApplication.processEvents()
        return screen.lists.interactions.rowCount() - before

    return run, scroll_to_end


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--interactions", type=int, default=100_000)
    parser.add_argument("--officers", type=int, default=400)
    parser.add_argument("--embassies", type=int, default=40)
    parser.add_argument("--cases", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from hrdesk.gui.app import build_context, create_application
    from hrdesk.vault.folder import VaultFolder

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HRDESK_CONFIG_DIR"] = str(Path(tmp) / "config")
        app = create_application(sys.argv[:1])
        context = build_context(app, VaultFolder(Path(tmp) / "vault"))
        context.session.acquire()
        vault = context.session.create(PASSPHRASE)
        start = time.perf_counter()
        fill(vault, args.interactions, args.officers, args.embassies, args.cases, args.seed)
        print(f"generated {args.interactions:,} interactions in {time.perf_counter() - start:.1f} s")
        log = ContactLog(vault)
        conn = vault.connection
        today = dt.date.today()
        rows: list[tuple[str, tuple[float, float], tuple[float, float]]] = []

        page_sql = "SELECT id, date, channel, summary FROM interactions ORDER BY date DESC, id DESC LIMIT 200"
        rows.append(
            (
                "Contacts screen, built + first paint (unlock)",
                timed(first_paint(context), args.repeat),
                timed(lambda: conn.execute(page_sql).fetchall(), args.repeat),
            )
        )
        again, scroll = shown_again(context)
        rows.append(
            (
                "Contacts screen, navigated to (refresh + paint)",
                timed(again, args.repeat),
                timed(lambda: conn.execute(page_sql).fetchall(), args.repeat),
            )
        )
        rows.append(
            (
                "  scrolled to the end: next page arrives",
                timed(scroll, args.repeat),
                timed(lambda: conn.execute(page_sql).fetchall(), args.repeat),
            )
        )
        rows.append(
            (
                "  first page of interactions (service)",
                timed(lambda: log.interactions(limit=200), args.repeat),
                timed(lambda: conn.execute(page_sql).fetchall(), args.repeat),
            )
        )
        for query in SEARCHES:
            expression = match_expression(query)
            rows.append(
                (
                    f"search “{query}”",
                    timed(lambda q=query: log.search(q), args.repeat),
                    timed(
                        lambda e=expression: conn.execute(
                            "SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ? LIMIT 26", (e,)
                        ).fetchall(),
                        args.repeat,
                    ),
                )
            )
        rows.append(
            (
                "Today (all four sections)",
                timed(lambda: log.today(today), args.repeat),
                timed(
                    lambda: conn.execute(
                        "SELECT id FROM follow_ups WHERE done_at IS NULL AND due <= ? ORDER BY due LIMIT 50",
                        (today.isoformat(),),
                    ).fetchall(),
                    args.repeat,
                ),
            )
        )
        busiest = conn.execute(
            "SELECT embassy_id FROM interaction_officers GROUP BY embassy_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        rows.append(
            (
                "busiest embassy's history, first page",
                timed(lambda: log.interactions(limit=200, embassy_id=busiest), args.repeat),
                timed(
                    lambda: conn.execute(
                        "SELECT interaction_id FROM interaction_officers WHERE embassy_id = ? "
                        "ORDER BY date DESC LIMIT 200",
                        (busiest,),
                    ).fetchall(),
                    args.repeat,
                ),
            )
        )
        width = max(len(name) for name, _, _ in rows)
        print(f"\n{'operation':<{width}}  {'median ms':>10}  {'worst ms':>9}  {'floor ms':>9}")
        for name, (median, worst), (floor, _) in rows:
            print(f"{name:<{width}}  {median:>10.1f}  {worst:>9.1f}  {floor:>9.1f}")
        print(f"\n{args.repeat} runs each; floor = the bare SQL query the operation rests on (median).")
        context.session.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
