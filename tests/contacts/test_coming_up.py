"""Follow-ups coming up in the next days: what Today lists under "Coming up" (real SQLCipher vault)."""

from __future__ import annotations

import datetime as dt

from hrdesk.domain.contacts import Interaction, ItemKind, ItemStatus, TrackedItem
from hrdesk.services.contacts import ContactLog
from tests.contacts.conftest import add_embassy, add_officer

TODAY = dt.date(2026, 12, 4)


def _in(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


def _fill(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana Pérez")
    for days, summary in ((-2, "Overdue"), (0, "Today"), (1, "Tomorrow"), (3, "In three days"), (9, "Later")):
        log.log_interaction(Interaction(TODAY, [ana], summary=summary, follow_up=_in(days)))
    item = TrackedItem(
        ItemKind.REQUEST, "Trial observation", embassy, ItemStatus.ASKED, ana, next_follow_up=_in(5)
    )
    log.save_item(item)
    done = TrackedItem(ItemKind.REQUEST, "Closed", embassy, ItemStatus.DONE, ana, next_follow_up=_in(2))
    log.save_item(done)  # closed items have no follow-up


def test_coming_up_is_after_today_within_the_days_soonest_first(log: ContactLog) -> None:
    _fill(log)
    coming, total = log.coming_up(TODAY, 7)
    assert [f.title for f in coming] == ["Tomorrow", "In three days", "Trial observation"]
    assert total == 3
    assert [f.due for f in coming] == [_in(1), _in(3), _in(5)]
    assert coming[2].officer_names == ("Ana Pérez",)
    # What is due today or overdue stays in its own section, not here.
    assert [f.title for f in log.due_follow_ups(TODAY)] == ["Overdue", "Today"]


def test_the_number_of_days_is_respected_and_bounded(log: ContactLog) -> None:
    _fill(log)
    assert [f.title for f in log.coming_up(TODAY, 1)[0]] == ["Tomorrow"]
    assert log.coming_up(TODAY, 0) == ([], 0)  # 0 turns the section off
    assert log.coming_up(TODAY, -5) == ([], 0)
    assert [f.title for f in log.coming_up(TODAY, 400)[0]][-1] == "Later"  # at most 30 days
    # From 25 days ago, 30 days reach 5 days from now: every follow-up but the one in 9 days.
    assert [f.title for f in log.coming_up(TODAY - dt.timedelta(days=25), 400)[0]] == [
        "Overdue",
        "Today",
        "Tomorrow",
        "In three days",
        "Trial observation",
    ]


def test_the_limit_keeps_the_total(log: ContactLog) -> None:
    _fill(log)
    coming, total = log.coming_up(TODAY, 30, limit=2)
    assert len(coming) == 2 and total == 4


def test_done_or_snoozed_follow_ups_move(log: ContactLog) -> None:
    _fill(log)
    first = log.coming_up(TODAY, 7)[0][0]
    log.follow_up_done(first.id)
    assert [f.title for f in log.coming_up(TODAY, 7)[0]] == ["In three days", "Trial observation"]
    overdue = log.due_follow_ups(TODAY)[0]
    log.snooze(overdue.id, 3, TODAY)
    assert "Overdue" in [f.title for f in log.coming_up(TODAY, 7)[0]]
