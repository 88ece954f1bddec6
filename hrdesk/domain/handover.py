"""Handing over what an officer who left still had open: requests, commitments, follow-ups.

Officers rotate every three or four years. What the defender asked of them, what they promised
and the follow-ups after meetings with them do not end when they leave: they pass to the
successor, or stay with the embassy until a new point of contact is known.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FollowUpOwner:
    """Who a follow-up after an interaction is with: the officers met (``handed_over`` False),
    or since a hand-over ``officer_id`` (None: the embassy, nobody named)."""

    follow_up_id: int
    handed_over: bool = False
    officer_id: int | None = None


@dataclass(frozen=True)
class OpenWork:
    """What is still open with one officer (ids of tracked items and of follow-ups)."""

    officer_id: int
    requests: tuple[int, ...] = ()
    commitments: tuple[int, ...] = ()
    follow_ups: tuple[FollowUpOwner, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.requests or self.commitments or self.follow_ups)


@dataclass(frozen=True)
class HandOverResult:
    """What a hand-over moved, and enough to undo it."""

    from_officer_id: int
    to_officer_id: int | None  # None: kept with the embassy
    moved: OpenWork

    @property
    def requests(self) -> int:
        return len(self.moved.requests)

    @property
    def commitments(self) -> int:
        return len(self.moved.commitments)

    @property
    def follow_ups(self) -> int:
        return len(self.moved.follow_ups)
