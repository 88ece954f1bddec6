"""Case files: the documented shape is accepted, anything invalid is refused with its location,
and arbitrary cases survive export and import unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdesk.domain.case import (
    Case,
    CaseRequest,
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
from hrdesk.services.case_files import (
    CaseFileError,
    case_from_json,
    case_to_json,
    export_case,
    import_case_file,
)
from hrdesk.services.cases import CaseService
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault

ISSUE_EXAMPLE = {
    "format": "hrdesk-case",
    "version": 2,
    "case": {
        "title": "...",
        "country": "...",
        "summary": "...",
        "request": {
            "support": ["trial_monitoring", "public_statement"],
            "ask": "...",
            "embassies": ["United States", "Canada"],
            "urgency": "...",
            "why_it_matters": "...",
        },
        "timeline": [
            {
                "date": "2024-03-05",
                "precision": "day",
                "approximate": False,
                "place": "...",
                "kind": "threat",
                "what": "...",
                "who": "...",
                "source": "...",
                "disclosure": "hand_over",
            }
        ],
        "outreach": [
            {
                "date": "2024-01-10",
                "institution": "...",
                "channel": "email",
                "contact": "...",
                "asked": "...",
                "outcome": "...",
                "next_step": "...",
                "disclosure": "hand_over",
            }
        ],
    },
}


def test_the_documented_shape_is_accepted() -> None:
    case = import_case_file(json.dumps(ISSUE_EXAMPLE).encode())
    assert [s.kind for s in case.request.support] == [
        SupportKind.TRIAL_MONITORING,
        SupportKind.PUBLIC_STATEMENT,
    ]
    assert case.timeline[0].date == PartialDate(2024, 3, 5) and case.timeline[0].kind is EventKind.THREAT
    assert case.outreach[0].channel is Channel.EMAIL


def _broken(path: list[str | int], value: object) -> bytes:
    document = json.loads(json.dumps(ISSUE_EXAMPLE))
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (b"{not json", "bad JSON at line 1"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[]", "file: expected an object"),
        (_broken(["format"], "something-else"), "file.format"),
        (_broken(["version"], 3), "file.version"),
        (_broken(["case", "title"], KeyError), "case.title: missing"),
        (_broken(["case", "title"], "   "), "case.title: empty"),
        (_broken(["case", "title"], 7), "case.title: wrong type"),
        (_broken(["case", "timeline", 0, "date"], "2024-02-30"), "case.timeline[0].date"),
        (_broken(["case", "timeline", 0, "precision"], "month"), "case.timeline[0].date"),
        (_broken(["case", "timeline", 0, "kind"], "meteor"), "case.timeline[0].kind: unknown value"),
        (_broken(["case", "timeline", 0, "approximate"], "no"), "case.timeline[0].approximate: wrong type"),
        (_broken(["case", "outreach", 0, "disclosure"], "public"), "case.outreach[0].disclosure"),
        (_broken(["case", "request", "support"], ["world_peace"]), "case.request.support[0]"),
        (_broken(["case", "request", "embassies"], "Canada"), "case.request.embassies: wrong type"),
        (_broken(["case", "colour"], "blue"), "case.colour: unknown field"),
    ],
)
def test_invalid_files_name_what_and_where(data: bytes, where: str) -> None:
    with pytest.raises(CaseFileError) as caught:
        import_case_file(data)
    message = str(caught.value)
    assert where in message and "\n" not in message


def test_never_items_are_left_out_unless_asked() -> None:
    case = Case(
        "t",
        timeline=[
            TimelineEvent(PartialDate(2024), what="shown"),
            TimelineEvent(PartialDate(2024), what="secret", disclosure=Disclosure.NEVER),
        ],
    )
    assert [e["what"] for e in case_to_json(case)["case"]["timeline"]] == ["shown"]
    assert len(case_to_json(case, include_never=True)["case"]["timeline"]) == 2


# -- round trip ------------------------------------------------------------------------------
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
words = st.sampled_from(["", "Tegucigalpa", "محكمة", "суд", "🙂", "e\u0301", "a\u200fb", "(ICCPR)", "\n\t"])
texts = st.one_of(any_text, st.lists(words, max_size=6).map("".join))


@st.composite
def partial_dates(draw: st.DrawFn, approximate: bool = True) -> PartialDate:
    year = draw(st.integers(1900, 2100))
    month = draw(st.none() | st.integers(1, 12))
    day = None if month is None else draw(st.none() | st.integers(1, 28))
    return PartialDate(year, month, day, draw(st.booleans()) if approximate else False)


events = st.builds(
    TimelineEvent,
    date=partial_dates(),
    kind=st.sampled_from(EventKind),
    what=texts,
    place=texts,
    who=texts,
    source=texts,
    disclosure=st.sampled_from(Disclosure),
)
outreach_items = st.builds(
    Outreach,
    date=partial_dates(),
    institution=texts,
    channel=st.sampled_from(Channel),
    contact=texts,
    asked=texts,
    outcome=texts,
    next_step=texts,
    disclosure=st.sampled_from(Disclosure),
)
requests = st.builds(
    CaseRequest,
    support=st.lists(st.sampled_from(SupportKind), unique=True).flatmap(
        lambda kinds: st.tuples(*[texts for _ in kinds]).map(
            lambda notes: [SupportRequest(k, n) for k, n in zip(kinds, notes, strict=True)]
        )
    ),
    ask=texts,
    urgency=texts,
    deadline=st.none() | partial_dates(approximate=False),
    embassies=st.lists(texts, max_size=4),
    officers=st.none() | st.lists(st.sampled_from(OfficerRole), unique=True),
    why_it_matters=texts,
    embassy_can_do=texts,
    please_do_not=texts,
    safe_channel=texts,
    confirmed_by=texts,
)
cases = st.builds(
    Case,
    title=texts.filter(lambda t: t.strip() != ""),
    country=texts,
    at_risk=texts,
    organisation=texts,
    summary=texts,
    business_involved=st.booleans(),
    security_forces_involved=st.booleans(),
    high_profile=st.booleans(),
    request=requests,
    timeline=st.lists(events, max_size=6),
    outreach=st.lists(outreach_items, max_size=4),
    no_prior_outreach=st.booleans(),
    default_disclosure=st.sampled_from(Disclosure),
    people=st.lists(
        st.builds(
            Person,
            name=texts.filter(lambda t: t.strip() != ""),
            variants=st.lists(texts, max_size=3),
            role=st.sampled_from(PersonRole),
            protected=st.booleans(),
        ),
        max_size=3,
    ),
)


def comparable(case: Case) -> dict:
    """Everything of a case but ids and timestamps; events in date order (the vault's order)."""
    document = case_to_json(case, include_never=True)["case"]
    document["timeline"].sort(key=lambda e: (e["date"], json.dumps(e, sort_keys=True)))
    document["outreach"].sort(key=lambda e: (e["date"], json.dumps(e, sort_keys=True)))
    return document


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> CaseService:
    folder = VaultFolder(tmp_path_factory.mktemp("roundtrip") / "v")
    return CaseService(Vault.create(folder, "correct horse battery"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=cases)
def test_any_case_survives_export_and_import_through_the_vault(service: CaseService, case: Case) -> None:
    new_id = service.import_case(import_case_file(export_case(case, include_never=True)))
    stored = service.load_case(new_id)
    assert comparable(stored) == comparable(case)
    again = import_case_file(export_case(stored, include_never=True))
    assert comparable(again) == comparable(case)


def test_huge_fields_and_a_thousand_events(service: CaseService) -> None:
    big = "نص طويل — long text — длинный текст 🙂 " * 2600  # about 100 kB
    case = Case(
        big,
        summary=big,
        timeline=[
            TimelineEvent(PartialDate(2000 + i % 25, i % 12 + 1), what=f"{i} {big[:200]}")
            for i in range(1000)
        ],
    )
    assert len(big.encode()) > 100_000
    new_id = service.import_case(import_case_file(export_case(case)))
    stored = service.load_case(new_id)
    assert comparable(stored) == comparable(case)


def test_cli_import_refuses_invalid_files_and_imports_nothing(tmp_path: Path) -> None:
    from tests.helpers import run_cli

    vault = str(tmp_path / "v")
    assert run_cli("init", "--vault", vault, stdin="correct horse battery\n").code == 0
    bad = tmp_path / "bad.json"
    bad.write_bytes(_broken(["case", "timeline", 0, "date"], "2023-02-29"))
    result = run_cli("case", "import", str(bad), "--vault", vault, stdin="correct horse battery\n")
    assert result.code == 4
    assert len(result.stderr.strip().splitlines()) == 1 and "case.timeline[0].date" in result.stderr
    listing = run_cli("case", "list", "--vault", vault, stdin="correct horse battery\n")
    assert listing.code == 0 and listing.stdout == ""

    good = tmp_path / "good.json"
    good.write_text(json.dumps(ISSUE_EXAMPLE))
    imported = run_cli("case", "import", str(good), "--vault", vault, stdin="correct horse battery\n")
    assert imported.code == 0, imported.stderr
    case_id = imported.stdout.strip()
    assert (
        run_cli("case", "list", "--vault", vault, stdin="correct horse battery\n").stdout
        == f"{case_id}\t...\n"
    )
    out = tmp_path / "out.json"
    exported = run_cli(
        "case", "export", case_id, "--out", str(out), "--vault", vault, stdin="correct horse battery\n"
    )
    assert exported.code == 0, exported.stderr
    assert json.loads(out.read_text())["case"]["timeline"][0]["date"] == "2024-03-05"
    missing = run_cli(
        "case", "export", "999", "--out", str(out), "--vault", vault, stdin="correct horse battery\n"
    )
    assert missing.code == 1 and "999" in missing.stderr


def test_schema_lists_the_same_values_as_the_code() -> None:
    from hrdesk.resources import resource_path

    schema = json.loads(resource_path("schema", "case.schema.json").read_text())
    case = schema["properties"]["case"]["properties"]
    assert case["request"]["properties"]["support"]["items"]["enum"] == [k.value for k in SupportKind]
    assert case["timeline"]["items"]["properties"]["kind"]["enum"] == [k.value for k in EventKind]
    assert case["outreach"]["items"]["properties"]["channel"]["enum"] == [c.value for c in Channel]
    # every field the exporter writes is described by the schema
    written = case_to_json(
        Case("t", timeline=[TimelineEvent(PartialDate(2024))], outreach=[Outreach(PartialDate(2024))])
    )
    assert set(written["case"]) <= set(case)
    assert set(written["case"]["request"]) <= set(case["request"]["properties"])
    assert set(written["case"]["timeline"][0]) <= set(case["timeline"]["items"]["properties"])
    assert set(written["case"]["outreach"][0]) <= set(case["outreach"]["items"]["properties"])


def test_a_file_written_before_the_glance_fields_still_imports() -> None:
    older = {"format": "hrdesk-case", "version": 1, "case": {"title": "Old", "request": {"ask": "Help"}}}
    case = case_from_json(older)
    assert case.request.ask == "Help" and case.people == []
    assert (case.request.please_do_not, case.request.safe_channel, case.request.confirmed_by) == ("", "", "")


def test_a_version_1_file_is_migrated_its_person_at_risk_becomes_a_protected_person() -> None:
    older = {
        "format": "hrdesk-case",
        "version": 1,
        "case": {"title": "Old", "at_risk": "Leila Haddad; ليلى الحداد"},
    }
    case = case_from_json(older)
    assert [(p.name, p.role, p.protected) for p in case.people] == [
        ("Leila Haddad", PersonRole.AT_RISK, True),
        ("ليلى الحداد", PersonRole.AT_RISK, True),
    ]
    newer = case_to_json(case)
    assert newer["version"] == 2 and case_from_json(newer).people == case.people
    bad = {
        "format": "hrdesk-case",
        "version": 2,
        "case": {"title": "x", "people": [{"name": "A", "role": "boss"}]},
    }
    with pytest.raises(CaseFileError, match=r"case\.people\[0\]\.role"):
        case_from_json(bad)
