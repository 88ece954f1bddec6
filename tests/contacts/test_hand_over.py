"""Handing over a departed officer's open work (real SQLCipher vault): what moves, what stays, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from hrdesk.domain.contacts import Interaction, ItemKind, ItemStatus, TrackedItem
from hrdesk.services.contacts import ContactLog, ContactLogError, Refusal
from hrdesk.services.handover import OfficerHandOver
from hrdesk.vault.vault import Vault
from tests.contacts.conftest import add_embassy, add_officer

TODAY = dt.date(2026, 12, 4)
SOON = TODAY + dt.timedelta(days=3)


def _setup(log: ContactLog) -> dict[str, int]:
    embassy = add_embassy(log)
    other = add_embassy(log, "Norway", "Embassy in Guatemala City")
    ids = {
        "embassy": embassy,
        "ana": add_officer(log, embassy, "Ana Pérez"),
        "bo": add_officer(log, embassy, "Bo Lindqvist"),
        "cy": add_officer(log, embassy, "Cy Okafor"),
        "kari": add_officer(log, other, "Kari Nordmann"),
    }

    def item(kind: ItemKind, what: str, status: ItemStatus, follow_up: dt.date | None = None) -> int:
        return log.save_item(TrackedItem(kind, what, embassy, status, ids["ana"], next_follow_up=follow_up))

    ids["request"] = item(ItemKind.REQUEST, "Trial observation", ItemStatus.ASKED, SOON)
    ids["commitment"] = item(ItemKind.COMMITMENT, "Statement", ItemStatus.PROMISED)
    ids["closed"] = item(ItemKind.REQUEST, "Visa letter", ItemStatus.DONE)
    log.log_interaction(Interaction(TODAY, [ids["ana"]], summary="Alone with Ana", follow_up=SOON))
    log.log_interaction(Interaction(TODAY, [ids["ana"], ids["cy"]], summary="With Cy too", follow_up=SOON))
    log.log_interaction(
        Interaction(TODAY, [ids["ana"]], summary="Done already", follow_up=SOON, follow_up_done=True)
    )
    return ids


def _titles_with(log: ContactLog, name: str) -> list[str]:
    return sorted(f.title for f in log.coming_up(TODAY, 7)[0] if name in f.officer_names)


def test_open_work_counts_only_what_is_still_open_and_theirs(vault: Vault, log: ContactLog) -> None:
    ids = _setup(log)
    work = OfficerHandOver(vault).open_work(ids["ana"])
    assert work.requests == (ids["request"],) and work.commitments == (ids["commitment"],)
    # Cy is still in post: the follow-up of the meeting with both of them stays as it is.
    assert len(work.follow_ups) == 1
    assert OfficerHandOver(vault).open_work(ids["bo"]).empty


def test_hand_over_to_the_successor_shows_in_the_tracker_and_today(vault: Vault, log: ContactLog) -> None:
    ids = _setup(log)
    log.mark_left(ids["ana"], TODAY, successor_id=ids["bo"])
    result = OfficerHandOver(vault).hand_over(ids["ana"], ids["bo"])
    assert (result.requests, result.commitments, result.follow_ups) == (1, 1, 1)
    tracker = {row.item.what: row.officer for row in log.items()}
    assert tracker == {
        "Trial observation": "Bo Lindqvist",
        "Statement": "Bo Lindqvist",
        "Visa letter": "Ana Pérez",
    }
    assert _titles_with(log, "Bo Lindqvist") == ["Alone with Ana", "Trial observation"]
    assert _titles_with(log, "Ana Pérez") == ["With Cy too"]  # history stays: she was in that meeting
    assert log.interaction(log.interactions()[0].id).officer_ids  # interactions are not rewritten
    assert [r.officer_names for r in log.interactions() if r.summary == "Alone with Ana"] == [("Ana Pérez",)]
    assert OfficerHandOver(vault).open_work(ids["ana"]).empty
    assert OfficerHandOver(vault).open_work(ids["bo"]).requests == (ids["request"],)


def test_keep_with_the_embassy_names_nobody(vault: Vault, log: ContactLog) -> None:
    ids = _setup(log)
    log.mark_left(ids["ana"], TODAY)
    OfficerHandOver(vault).hand_over(ids["ana"], None)
    rows = {row.item.what: row for row in log.items(open_only=True)}
    assert {what: row.officer for what, row in rows.items()} == {"Trial observation": "", "Statement": ""}
    assert all(row.embassy == "Canada — Embassy in Tegucigalpa" for row in rows.values())
    alone = next(f for f in log.coming_up(TODAY, 7)[0] if f.title == "Alone with Ana")
    assert alone.officer_names == () and alone.embassy_names == ("Canada — Embassy in Tegucigalpa",)


def test_undo_puts_back_exactly_what_moved(vault: Vault, log: ContactLog) -> None:
    ids = _setup(log)
    service = OfficerHandOver(vault)
    result = service.hand_over(ids["ana"], ids["bo"])
    # Meanwhile the commitment is given to Cy by hand: the undo leaves that choice alone.
    commitment = log.item(ids["commitment"])
    commitment.officer_id = ids["cy"]
    log.save_item(commitment)
    service.undo(result)
    tracker = {row.item.what: row.officer for row in log.items()}
    assert tracker["Trial observation"] == "Ana Pérez" and tracker["Statement"] == "Cy Okafor"
    assert _titles_with(log, "Ana Pérez") == ["Alone with Ana", "Trial observation", "With Cy too"]
    assert len(service.open_work(ids["ana"]).follow_ups) == 1


def test_a_handed_over_follow_up_can_be_handed_on(vault: Vault, log: ContactLog) -> None:
    ids = _setup(log)
    service = OfficerHandOver(vault)
    service.hand_over(ids["ana"], ids["bo"])
    log.mark_left(ids["bo"], TODAY)
    service.hand_over(ids["bo"], ids["cy"])
    assert _titles_with(log, "Cy Okafor") == ["Alone with Ana", "Trial observation", "With Cy too"]


@pytest.mark.parametrize(
    ("target", "reason"),
    [("ana", Refusal.OWN_SUCCESSOR), ("kari", Refusal.OTHER_EMBASSY), ("left", Refusal.SUCCESSOR_LEFT)],
)
def test_refused_targets_change_nothing(vault: Vault, log: ContactLog, target: str, reason: Refusal) -> None:
    ids = _setup(log)
    if target == "left":
        log.mark_left(ids["cy"], TODAY)
        target = "cy"
    with pytest.raises(ContactLogError) as refused:
        OfficerHandOver(vault).hand_over(ids["ana"], ids[target])
    assert refused.value.reason == reason
    assert {row.officer for row in log.items()} == {"Ana Pérez"}


def test_unknown_officers_are_refused(vault: Vault, log: ContactLog) -> None:
    ids = _setup(log)
    with pytest.raises(ContactLogError):
        OfficerHandOver(vault).hand_over(9999, ids["bo"])
    with pytest.raises(ContactLogError):
        OfficerHandOver(vault).hand_over(ids["ana"], 9999)
