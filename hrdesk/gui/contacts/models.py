"""The contact log's tables: which columns each list shows, over the lazy model.

Interactions page through the vault 200 at a time (any history can hold 100,000 of them);
embassies, officers and tracked items are few and load at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHeaderView, QTableView

from hrdesk.domain.contacts import EmbassyRow, InteractionRow
from hrdesk.domain.rotation import expected_end
from hrdesk.gui.contacts.labels import (
    channel_label,
    item_kind_label,
    item_status_label,
    officer_status_label,
    role_label,
)
from hrdesk.gui.contacts.lazy_model import Column, LazyTableModel
from hrdesk.gui.contacts.text import day_text, first_line, names_text
from hrdesk.services.contacts import ContactLog


def _follow_up(row: InteractionRow) -> str:
    if row.follow_up is None:
        return ""
    if row.follow_up_done:
        return QCoreApplication.translate("ContactColumns", "Done (%1)", "a follow-up that was done").replace(
            "%1", day_text(row.follow_up)
        )
    return day_text(row.follow_up)


class InteractionColumn(IntEnum):
    DATE = 0
    SUMMARY = 1
    HOW = 2
    WITH = 3
    EMBASSY = 4
    FOLLOW_UP = 5


INTERACTION_COLUMNS = [
    Column(lambda: QCoreApplication.translate("ContactColumns", "Date"), lambda r: day_text(r.date)),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Summary"),
        lambda r: first_line(r.summary),
        lambda r: r.summary,
    ),
    Column(lambda: QCoreApplication.translate("ContactColumns", "How"), lambda r: channel_label(r.channel)),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "With"),
        lambda r: names_text(r.officer_names),
        lambda r: names_text(r.officer_names),
    ),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Embassy"),
        lambda r: names_text(r.embassy_names),
        lambda r: names_text(r.embassy_names),
    ),
    Column(lambda: QCoreApplication.translate("ContactColumns", "Follow-up"), _follow_up),
]


def fit_interaction_columns(view: QTableView, hidden: Iterable[InteractionColumn] = ()) -> None:
    """The summary takes the room left over; dates get the width of the longest date in this
    language, names about twenty characters."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(InteractionColumn.SUMMARY, QHeaderView.ResizeMode.Stretch)
    metrics = view.fontMetrics()
    padding = 3 * metrics.averageCharWidth()
    longest = max(
        (day_text(dt.date(2000, month, 28)) for month in range(1, 13)), key=metrics.horizontalAdvance
    )
    header.resizeSection(InteractionColumn.DATE, metrics.horizontalAdvance(longest) + padding)
    header.resizeSection(InteractionColumn.FOLLOW_UP, metrics.horizontalAdvance(longest) + padding)
    header.resizeSection(InteractionColumn.HOW, 12 * metrics.averageCharWidth())
    header.resizeSection(InteractionColumn.WITH, 20 * metrics.averageCharWidth())
    header.resizeSection(InteractionColumn.EMBASSY, 20 * metrics.averageCharWidth())
    for column in hidden:
        view.setColumnHidden(column, True)


def interactions_model(
    log: ContactLog, officer_id: int | None = None, embassy_id: int | None = None, case_id: int | None = None
) -> LazyTableModel:
    def fetch(after: tuple[str, int] | None, limit: int) -> list[InteractionRow]:
        if not log.is_open:  # a view may ask for rows while the locked window is being destroyed
            return []
        return log.interactions(after, limit, officer_id=officer_id, embassy_id=embassy_id, case_id=case_id)

    return LazyTableModel(fetch, INTERACTION_COLUMNS, key=lambda row: row.page_key)


OFFICER_COLUMNS = [
    Column(lambda: QCoreApplication.translate("ContactColumns", "Name"), lambda r: r.officer.name),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Role"), lambda r: role_label(r.officer.role)
    ),
    Column(lambda: QCoreApplication.translate("ContactColumns", "Embassy"), lambda r: r.embassy),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Status"),
        lambda r: officer_status_label(r.officer.status),
    ),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Expected to leave"),
        lambda r: day_text(expected_end(r.officer)) if r.officer.in_post else "",
    ),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Last contact"),
        lambda r: day_text(r.last_contact),
    ),
]


def officers_model(log: ContactLog) -> LazyTableModel:
    return LazyTableModel(lambda _after, _limit: log.officer_rows() if log.is_open else [], OFFICER_COLUMNS)


def _officers_in_post(row: EmbassyRow) -> str:
    return QLocale().toString(row.officers_in_post)


EMBASSY_COLUMNS = [
    Column(lambda: QCoreApplication.translate("ContactColumns", "Embassy"), lambda r: r.embassy.label),
    Column(lambda: QCoreApplication.translate("ContactColumns", "Officers in post"), _officers_in_post),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Last contact"),
        lambda r: day_text(r.last_contact),
    ),
    Column(lambda: QCoreApplication.translate("ContactColumns", "Website"), lambda r: r.embassy.website),
]


def embassies_model(log: ContactLog) -> LazyTableModel:
    return LazyTableModel(lambda _after, _limit: log.embassies() if log.is_open else [], EMBASSY_COLUMNS)


ITEM_COLUMNS = [
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "What"),
        lambda r: first_line(r.item.what),
        lambda r: "\n\n".join(t for t in (r.item.what, r.item.status_note) if t.strip()),
    ),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Kind"), lambda r: item_kind_label(r.item.kind)
    ),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Status"),
        lambda r: item_status_label(r.item.status),
    ),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "With"),
        lambda r: " · ".join(name for name in (r.officer, r.embassy) if name),
    ),
    Column(lambda: QCoreApplication.translate("ContactColumns", "Case"), lambda r: r.case),
    Column(lambda: QCoreApplication.translate("ContactColumns", "Due"), lambda r: day_text(r.item.due)),
    Column(
        lambda: QCoreApplication.translate("ContactColumns", "Next follow-up"),
        lambda r: day_text(r.item.next_follow_up),
    ),
]


def items_model(
    log: ContactLog, embassy_id: int | None = None, open_only: Callable[[], bool] = lambda: False
) -> LazyTableModel:
    """The tracker; ``open_only`` is asked at each load (the "Open items only" box)."""
    return LazyTableModel(
        lambda _after, _limit: log.items(open_only(), embassy_id) if log.is_open else [], ITEM_COLUMNS
    )
