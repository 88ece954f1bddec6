"""Translated names for the contact log's enum values (officer roles come from the cases' labels).

Each name is a literal ``translate("ContactLabels", ...)`` call, evaluated when asked for,
so Qt Linguist finds it and a language switch takes effect at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import InteractionChannel, ItemKind, ItemStatus, OfficerStatus
from hrdesk.gui.common.labels import officer_role_label

_CHANNEL: dict[InteractionChannel, Callable[[], str]] = {
    InteractionChannel.MEETING: lambda: QCoreApplication.translate("ContactLabels", "Meeting"),
    InteractionChannel.CALL: lambda: QCoreApplication.translate("ContactLabels", "Call"),
    InteractionChannel.EMAIL: lambda: QCoreApplication.translate("ContactLabels", "Email"),
    InteractionChannel.EVENT: lambda: QCoreApplication.translate(
        "ContactLabels", "Event", "a reception, a panel or another event where an officer was met"
    ),
    InteractionChannel.SITE_VISIT: lambda: QCoreApplication.translate("ContactLabels", "Site visit"),
    InteractionChannel.COURT_HEARING: lambda: QCoreApplication.translate(
        "ContactLabels", "Court hearing attended"
    ),
}

_ITEM_KIND: dict[ItemKind, Callable[[], str]] = {
    ItemKind.REQUEST: lambda: QCoreApplication.translate(
        "ContactLabels", "Request", "something we asked for"
    ),
    ItemKind.COMMITMENT: lambda: QCoreApplication.translate(
        "ContactLabels", "Commitment", "something the embassy said it would do"
    ),
}

_ITEM_STATUS: dict[ItemStatus, Callable[[], str]] = {
    ItemStatus.ASKED: lambda: QCoreApplication.translate("ContactLabels", "Asked"),
    ItemStatus.PROMISED: lambda: QCoreApplication.translate("ContactLabels", "Promised"),
    ItemStatus.IN_PROGRESS: lambda: QCoreApplication.translate(
        "ContactLabels", "In progress", "the officer says something is being done"
    ),
    ItemStatus.DONE: lambda: QCoreApplication.translate("ContactLabels", "Done", "status of a request"),
    ItemStatus.DECLINED: lambda: QCoreApplication.translate("ContactLabels", "Declined"),
    ItemStatus.NO_ANSWER: lambda: QCoreApplication.translate("ContactLabels", "No answer"),
}

_OFFICER_STATUS: dict[OfficerStatus, Callable[[], str]] = {
    OfficerStatus.IN_POST: lambda: QCoreApplication.translate("ContactLabels", "In post"),
    OfficerStatus.LEFT: lambda: QCoreApplication.translate(
        "ContactLabels", "Left", "an officer who left the post"
    ),
}


def channel_label(channel: InteractionChannel) -> str:
    return _CHANNEL[channel]()


def item_kind_label(kind: ItemKind) -> str:
    return _ITEM_KIND[kind]()


def item_status_label(status: ItemStatus) -> str:
    return _ITEM_STATUS[status]()


def officer_status_label(status: OfficerStatus) -> str:
    return _OFFICER_STATUS[status]()


def role_label(role: OfficerRole) -> str:
    return officer_role_label(role)
