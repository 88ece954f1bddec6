"""The contact log on a real encrypted vault: records, histories, paging, follow-ups, Today."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import (
    Embassy,
    FollowUpSource,
    Interaction,
    InteractionChannel,
    ItemKind,
    ItemStatus,
    Officer,
    OfficerStatus,
    TrackedItem,
)
from hrdesk.domain.rotation import RotationReason
from hrdesk.services.contacts import ContactLog, ContactLogError, Refusal
from hrdesk.vault.vault import Vault
from tests.contacts.conftest import add_case, add_embassy, add_officer

TODAY = dt.date(2026, 5, 14)
DAY = dt.timedelta(days=1)


def meet(log: ContactLog, officers: list[int], when: dt.date, **fields: object) -> int:
    return log.log_interaction(Interaction(date=when, officer_ids=officers, **fields))  # type: ignore[arg-type]


def test_a_meeting_shows_on_every_history(log: ContactLog, vault: Vault) -> None:
    canada = add_embassy(log)
    norway = add_embassy(log, "Norway", "Embassy in Guatemala City")
    ana = add_officer(log, canada, "Ana Pérez")
    bo = add_officer(log, canada, "Bo Lindqvist", role=OfficerRole.POLITICAL)
    case = add_case(vault, "Land defenders of Río Blanco")
    iid = meet(log, [ana, bo], TODAY, case_ids=[case], summary="Trial observation asked")
    meet(log, [add_officer(log, norway, "Kari")], TODAY, summary="Unrelated")

    for history in (
        log.interactions(officer_id=ana),
        log.interactions(officer_id=bo),
        log.interactions(embassy_id=canada),  # once, though two of its officers were there
        log.interactions(case_id=case),
    ):
        assert [row.id for row in history] == [iid]
    row = log.interactions(officer_id=ana)[0]
    assert row.officer_names == ("Ana Pérez", "Bo Lindqvist")
    assert row.embassy_names == ("Canada — Embassy in Tegucigalpa",)
    assert len(log.interactions()) == 2
    saved = log.interaction(iid)
    assert saved.officer_ids == sorted([ana, bo]) and saved.case_ids == [case]


def test_editing_the_date_moves_it_in_every_history(log: ContactLog, vault: Vault) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana")
    case = add_case(vault, "Case")
    early = meet(log, [ana], TODAY - 10 * DAY, case_ids=[case])
    late = meet(log, [ana], TODAY - 5 * DAY, case_ids=[case])
    interaction = log.interaction(early)
    interaction.date = TODAY
    log.log_interaction(interaction)
    for history in (log.interactions(officer_id=ana), log.interactions(case_id=case), log.interactions()):
        assert [r.id for r in history] == [early, late]


def test_keyset_paging_walks_every_row_once(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana")
    made = [meet(log, [ana], TODAY - (i % 7) * DAY) for i in range(23)]
    for kwargs in ({}, {"officer_id": ana}, {"embassy_id": embassy}):
        seen, after = [], None
        while True:
            page = log.interactions(after, 5, **kwargs)
            seen += [r.id for r in page]
            if len(page) < 5:
                break
            after = page[-1].page_key
        assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))
        dates = [log.interaction(i).date for i in seen]
        assert dates == sorted(dates, reverse=True)


def test_deleting_a_case_removes_only_its_links(log: ContactLog, vault: Vault) -> None:
    ana = add_officer(log, add_embassy(log), "Ana")
    case = add_case(vault, "Case")
    iid = meet(log, [ana], TODAY, case_ids=[case])
    with vault.transaction() as conn:
        conn.execute("DELETE FROM cases WHERE id = ?", (case,))
    assert log.interaction(iid).case_ids == []
    assert [r.id for r in log.interactions(officer_id=ana)] == [iid]


def test_only_open_cases_are_offered(log: ContactLog, vault: Vault) -> None:
    add_case(vault, "Open")
    add_case(vault, "Archived", status="archived")
    add_case(vault, "Deleted", deleted=True)
    assert [c.title for c in log.cases()] == ["Open"]
    assert [c.title for c in log.cases(include_archived=True)] == ["Archived", "Open"]


def test_history_is_kept_officers_and_embassies_cannot_vanish_with_it(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana")
    meet(log, [ana], TODAY)
    with pytest.raises(ContactLogError) as refused:
        log.delete_officer(ana)
    assert refused.value.reason == Refusal.OFFICER_HAS_HISTORY and refused.value.count == 1
    with pytest.raises(ContactLogError) as refused:
        log.delete_embassy(embassy)
    assert refused.value.reason == Refusal.EMBASSY_HAS_OFFICERS
    unused = add_officer(log, embassy, "Never met")
    log.delete_officer(unused)
    empty = add_embassy(log, "Empty")
    log.delete_embassy(empty)
    assert [r.embassy.government for r in log.embassies()] == ["Canada"]


def test_refusals(log: ContactLog) -> None:
    embassy = add_embassy(log)
    for call, reason in (
        (lambda: log.save_embassy(Embassy(" ")), Refusal.EMPTY_GOVERNMENT),
        (lambda: add_officer(log, embassy, "  "), Refusal.EMPTY_NAME),
        (lambda: meet(log, [], TODAY), Refusal.NO_OFFICER),
        (lambda: log.save_item(TrackedItem(ItemKind.REQUEST, " ", embassy)), Refusal.EMPTY_ITEM),
        (
            lambda: add_officer(log, embassy, "X", posting_start=TODAY, posting_end=TODAY - DAY),
            Refusal.ENDS_BEFORE_START,
        ),
        (lambda: log.officer(999), Refusal.UNKNOWN),
        (lambda: add_officer(log, 999, "Nowhere"), Refusal.NO_EMBASSY),
        (lambda: log.save_item(TrackedItem(ItemKind.REQUEST, "x", 999)), Refusal.NO_EMBASSY),
    ):
        with pytest.raises(ContactLogError) as refused:
            call()
        assert refused.value.reason == reason


def test_mark_left_with_a_new_successor_keeps_the_role_history(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana", posting_start=dt.date(2022, 8, 1))
    successor = log.mark_left(ana, TODAY, successor=Officer("Carla", embassy_id=0, email="c@example.org"))
    assert successor is not None
    old, new = log.officer(ana), log.officer(successor)
    assert old.status == OfficerStatus.LEFT and old.left_on == TODAY and old.successor_id == successor
    assert new.embassy_id == embassy and new.role == OfficerRole.HUMAN_RIGHTS and new.posting_start == TODAY
    assert [o.name for o in log.officers(embassy)] == ["Ana", "Carla"]
    with pytest.raises(ContactLogError):
        log.mark_left(successor, TODAY, successor_id=successor)


def test_mark_left_without_successor_asks_for_a_new_contact(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana")
    assert log.mark_left(ana, TODAY - DAY) is None
    alerts = log.today(TODAY).rotations
    assert [(a.officer.name, a.reason) for a in alerts] == [("Ana", RotationReason.LEFT_WITHOUT_SUCCESSOR)]
    other = add_officer(log, embassy, "Bea")
    log.mark_left(ana, TODAY - DAY, successor_id=other)
    assert log.today(TODAY).rotations == []


def test_follow_ups_due_snooze_reschedule_done(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana")
    overdue = meet(log, [ana], TODAY - 9 * DAY, follow_up=TODAY - 2 * DAY, summary="Ask about the hearing")
    meet(log, [ana], TODAY - 8 * DAY, follow_up=TODAY + 20 * DAY, summary="Not yet")
    meet(log, [ana], TODAY - 7 * DAY, follow_up=TODAY - DAY, follow_up_done=True, summary="Already done")
    item = log.save_item(
        TrackedItem(ItemKind.REQUEST, "Support letter", embassy, officer_id=ana, next_follow_up=TODAY)
    )
    due = log.due_follow_ups(TODAY)
    assert [(f.source, f.source_id) for f in due] == [
        (FollowUpSource.INTERACTION, overdue),
        (FollowUpSource.ITEM, item),
    ]
    assert due[0].title == "Ask about the hearing" and due[0].officer_names == ("Ana",)
    assert due[0].channel == InteractionChannel.MEETING and due[1].item_kind == ItemKind.REQUEST
    assert due[1].embassy_names == ("Canada — Embassy in Tegucigalpa",)

    assert log.snooze(due[0].id, 3, TODAY) == TODAY + 3 * DAY
    log.reschedule(due[1].id, TODAY + 10 * DAY)
    assert log.due_follow_ups(TODAY) == []
    assert [f.source_id for f in log.due_follow_ups(TODAY + 3 * DAY)] == [overdue]
    log.follow_up_done(due[0].id)
    assert [f.source_id for f in log.due_follow_ups(TODAY + 10 * DAY)] == [item]
    assert log.interaction(overdue).follow_up_done
    # Closing the item closes its follow-up.
    closed = log.item(item)
    closed.status = ItemStatus.DONE
    log.save_item(closed)
    assert log.due_follow_ups(TODAY + 10 * DAY) == []


def test_logging_can_open_tracker_items(log: ContactLog, vault: Vault) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana")
    case = add_case(vault, "Case")
    iid = log.log_interaction(
        Interaction(TODAY, [ana], case_ids=[case], asked="Observe the trial", committed="Will raise it"),
        track_asked=True,
        track_committed=True,
    )
    rows = log.items()
    assert {(r.item.kind, r.item.status, r.item.what) for r in rows} == {
        (ItemKind.REQUEST, ItemStatus.ASKED, "Observe the trial"),
        (ItemKind.COMMITMENT, ItemStatus.PROMISED, "Will raise it"),
    }
    assert {(r.officer, r.case, r.item.interaction_id) for r in rows} == {("Ana", "Case", iid)}


def test_today_view(log: ContactLog, vault: Vault) -> None:
    quiet_embassy = add_embassy(log, "Germany", "Embassy")
    busy_embassy = add_embassy(log, "Canada")
    never = add_embassy(log, "Spain")
    old = add_officer(log, quiet_embassy, "Old contact")
    leaving = add_officer(log, busy_embassy, "Leaving", posting_start=dt.date(2023, 6, 1))
    quiet_case = add_case(vault, "Quiet case")
    busy_case = add_case(vault, "Busy case")
    meet(log, [old], TODAY - 61 * DAY, case_ids=[quiet_case])
    meet(log, [leaving], TODAY - 3 * DAY, case_ids=[busy_case])
    log.save_item(
        TrackedItem(
            ItemKind.COMMITMENT, "Public statement", busy_embassy, ItemStatus.PROMISED, due=TODAY - DAY
        )
    )
    view = log.today(TODAY)
    assert view.quiet_days == 60
    assert [(c.id, c.last) for c in view.quiet_embassies] == [
        (never, None),
        (quiet_embassy, TODAY - 61 * DAY),
    ]
    assert [c.name for c in view.quiet_cases] == ["Quiet case"]
    assert [(a.officer.name, a.days_left) for a in view.rotations] == [("Leaving", 18)]
    assert [r.item.what for r in view.overdue_commitments] == ["Public statement"]
    log.set_quiet_days(90)
    view = log.today(TODAY)
    assert view.quiet_days == 90 and [c.id for c in view.quiet_embassies] == [never]
    assert view.quiet_cases == []
    log.set_quiet_days(1)
    assert log.quiet_days == 7  # clamped to the allowed range
