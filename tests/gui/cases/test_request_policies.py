"""The Request page shows the defender policy of each government chosen, and links to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrdesk.gui.cases.wizard.page_ids import PageId
from hrdesk.services.policies import policies_for_embassies
from tests.gui.cases.helpers import new_case, open_cases_screen, service_of


def add_embassy(qtbot: QtBot, request, name: str) -> None:
    qtbot.keyClicks(request.embassies.input, name)
    qtbot.keyClick(request.embassies.input, Qt.Key.Key_Return)


def test_request_page_lists_policies_and_opens_them(qtbot: QtBot, make_controller) -> None:
    controller, screen = open_cases_screen(qtbot, make_controller)
    window = controller.window
    case_id = new_case(qtbot, screen, "Policies")
    screen.wizard.go_to(PageId.REQUEST)
    request = screen.wizard.pages[PageId.REQUEST]
    assert not request.policies.buttons
    for name in ("Canada", "Sweden", "Atlantis"):
        add_embassy(qtbot, request, name)
    buttons = request.policies.buttons
    assert ("Canada", "canada-voices-at-risk") in buttons
    assert ("Sweden", "eu-guidelines") in buttons  # an EU member state applies the EU's guidelines
    assert not [key for key in buttons if key[0] == "Atlantis"]
    assert [line.government for line in request.policies.rows] == ["CA", "SE", None]
    assert service_of(controller).load_case(case_id).request.embassies == ["Canada", "Sweden", "Atlantis"]

    qtbot.mouseClick(buttons[("Canada", "canada-voices-at-risk")], Qt.MouseButton.LeftButton)
    reference = window.screens["reference"]
    assert window.stack.currentWidget() is reference
    assert reference.view.entry.id == "canada-voices-at-risk"


def test_policies_follow_the_language() -> None:
    (norway,) = policies_for_embassies(["النرويج"], "ar")
    assert norway.government == "NO"
    assert [e.id for e in norway.policies] == ["norway-guidelines"]
    assert norway.policies[0].title.startswith("المبادئ")
    (nobody,) = policies_for_embassies(["Atlantis"], "en")
    assert nobody.government is None and nobody.policies == ()


def test_request_page_shows_germanys_and_britains_own_policies(qtbot: QtBot, make_controller) -> None:
    _controller, screen = open_cases_screen(qtbot, make_controller)
    new_case(qtbot, screen, "Policies of two governments")
    screen.wizard.go_to(PageId.REQUEST)
    request = screen.wizard.pages[PageId.REQUEST]
    for name in ("Germany", "United Kingdom"):
        add_embassy(qtbot, request, name)
    assert sorted(request.policies.buttons) == [
        ("Germany", "eu-guidelines"),
        ("Germany", "germany-policy"),
        ("United Kingdom", "united-kingdom-principles"),
    ]
    button = request.policies.buttons[("United Kingdom", "united-kingdom-principles")]
    assert button.text().startswith("United Kingdom: Guiding Principles")
    assert "December 2025" in button.toolTip()


def test_policies_of_new_governments_follow_the_language() -> None:
    germany, britain = policies_for_embassies(["ألمانيا", "المملكة المتحدة"], "ar")
    assert [e.id for e in germany.policies] == ["germany-policy", "eu-guidelines"]
    assert [e.id for e in britain.policies] == ["united-kingdom-principles"]
    assert britain.policies[0].title.startswith("المملكة المتحدة")
