"""Screenshots of the Cases screen and each wizard page, on FICTIONAL cases (``make screenshots``).

Every name, place and event below is invented. The governments whose embassies are approached
are real, because that is what a user types; nothing is said about them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from hrdesk.domain.case import (
    Case,
    CaseRequest,
    CaseStatus,
    Channel,
    Disclosure,
    EventKind,
    OfficerRole,
    Outreach,
    Person,
    PersonRole,
    SupportKind,
    SupportRequest,
    TimelineEvent,
)
from hrdesk.domain.dates import PartialDate
from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.gui.context import AppContext
from hrdesk.gui.main_window import MainWindow
from hrdesk.services.cases import CaseService

MAIN_TITLE = "Lake Serin fishing cooperative"


def _main_case() -> Case:
    day, month, year = PartialDate.parse, PartialDate.parse, PartialDate.parse
    return Case(
        title=MAIN_TITLE,
        country="Arvandia (fictional)",
        at_risk="R. Calder (pseudonym), cooperative secretary",
        people=[
            Person("R. Calder", ["Calder", "ر. كالدر", "Р. Колдер"], PersonRole.AT_RISK),
            Person("M. Osei", [], PersonRole.WITNESS),
            Person("Commander V. Strand", [], PersonRole.PERPETRATOR, protected=False),
        ],
        organisation="Lake Serin Fishers' Cooperative",
        summary=(
            "Since the fish-farm concession was granted, members who objected have been followed, "
            "threatened and charged. A hearing against the secretary is set for June."
        ),
        business_involved=True,
        security_forces_involved=True,
        request=CaseRequest(
            support=[
                SupportRequest(SupportKind.TRIAL_MONITORING, "hearing of 12 June"),
                SupportRequest(SupportKind.PUBLIC_STATEMENT, "jointly with other embassies"),
                SupportRequest(SupportKind.FIELD_VISIT),
            ],
            ask="Send an observer to the hearing and visit the cooperative before it.",
            urgency="The hearing is on 12 June",
            deadline=day("2026-06-12"),
            embassies=["Canada", "Germany", "Norway"],
            why_it_matters="A company based in your country holds the concession.",
            embassy_can_do="Attend the hearing; raise the case with the Interior Ministry.",
        ),
        timeline=[
            TimelineEvent(
                year("2019", approximate=True),
                EventKind.OTHER,
                "Concession granted without consultation",
                place="Lake Serin",
                source="Official gazette",
            ),
            TimelineEvent(
                month("2024-02"),
                EventKind.SURVEILLANCE,
                "Unmarked car outside the cooperative office",
                end_date=month("2024-04"),
                place="Serin town",
                who="Two men, not identified",
            ),
            TimelineEvent(
                day("2024-03-05"),
                EventKind.THREAT,
                "Phone call: «stop or your family pays»",
                place="Serin town",
                who="Unknown caller",
                source="Call log",
                disclosure=Disclosure.NOTES_ONLY,
            ),
            TimelineEvent(
                day("2024-09-18"),
                EventKind.CHARGES,
                "Secretary charged with «obstructing public works»",
                place="District court",
                who="Public prosecutor",
                source="Charge sheet",
            ),
            TimelineEvent(
                day("2025-01-22"),
                EventKind.SMEAR,
                "حملة تشهير على وسائل التواصل الاجتماعي",
                who="Anonymous accounts",
                source="Screenshots",
                disclosure=Disclosure.NEVER,
            ),
        ],
        outreach=[
            Outreach(
                day("2024-10-02"),
                "Embassy of Canada",
                Channel.EMAIL,
                "Political section",
                "A meeting",
                "Acknowledged, no date yet",
                "Call again in November",
            ),
            Outreach(
                month("2025-02"),
                "UN Special Rapporteur on defenders",
                Channel.LETTER,
                "",
                "An urgent appeal",
                "Appeal sent to the government",
                "",
            ),
        ],
    )


def _other_cases() -> list[Case]:
    return [
        Case(
            title="Teachers' union, Kessa district",
            country="Arvandia (fictional)",
            request=CaseRequest(ask="A prison visit to the detained union leader."),
        ),
        Case(
            title="Journalist N. — border reporting",
            country="Ostrava Republic (fictional)",
            status=CaseStatus.ARCHIVED,
        ),
        Case(
            title="Women's shelter, north coast",
            country="Arvandia (fictional)",
            timeline=[TimelineEvent(PartialDate.parse("2025-03"), EventKind.RAID, "Shelter raided at night")],
            no_prior_outreach=True,
        ),
    ]


def _main_case_id(context: AppContext) -> int:
    """Store the fictional cases once per vault; returns the id of the detailed one."""
    assert context.session.vault is not None  # noqa: S101
    service = CaseService(context.session.vault)
    for summary in service.list_cases():
        if summary.title == MAIN_TITLE:
            return summary.id
    for case in _other_cases():
        service.import_case(case)
    return service.import_case(_main_case())


def _cases(context: AppContext) -> QWidget:
    _main_case_id(context)
    window = MainWindow(context)
    window.resize(1366, 720)
    window.show_screen("cases")
    screen = window.screens["cases"]
    screen.list_panel.status_filter.setCurrentIndex(2)  # all cases, archived too
    return window


def _wizard(page: PageId) -> Callable[[AppContext], QWidget]:
    def factory(context: AppContext) -> QWidget:
        case_id = _main_case_id(context)
        window = MainWindow(context)
        window.resize(1366, 720)
        window.show_screen("cases")
        window.screens["cases"].open_case(case_id, page)  # type: ignore[attr-defined]
        return window

    return factory


def _request_part(part: str) -> Callable[[AppContext], QWidget]:
    """The Request page scrolled to one part: the officers (a security role ticked, so its warning
    shows) or the "at a glance" fields."""

    def factory(context: AppContext) -> QWidget:
        window = _wizard(PageId.REQUEST)(context)
        page = window.screens["cases"].wizard.pages[PageId.REQUEST]  # type: ignore[attr-defined]
        if part == "officers":
            row = list(OfficerRole).index(OfficerRole.LAW_ENFORCEMENT)
            page.officers.list.item(row).setCheckState(Qt.CheckState.Checked)
        window.show()
        QApplication.processEvents()
        target = page.officers_box if part == "officers" else page.glance_box
        if part == "people":
            page = window.screens["cases"].wizard.pages[PageId.BASICS]  # type: ignore[attr-defined]
            window.screens["cases"].wizard.go_to(PageId.BASICS)  # type: ignore[attr-defined]
            QApplication.processEvents()
            target = page.people_box
        page.findChild(QScrollArea).ensureWidgetVisible(target, 0, 0)
        return window

    return factory


SHOTS: list[tuple[str, bool, Callable[[AppContext], QWidget]]] = [
    ("cases", True, _cases),
    ("wizard-basics", True, _wizard(PageId.BASICS)),
    ("wizard-request", True, _wizard(PageId.REQUEST)),
    ("wizard-request-officers", True, _request_part("officers")),
    ("wizard-request-glance", True, _request_part("glance")),
    ("wizard-basics-people", True, _request_part("people")),
    ("wizard-timeline", True, _wizard(PageId.TIMELINE)),
    ("wizard-outreach", True, _wizard(PageId.OUTREACH)),
    ("wizard-review", True, _wizard(PageId.REVIEW)),
]
