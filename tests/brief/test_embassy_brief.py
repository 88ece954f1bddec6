"""A brief for one embassy: that government's own defender policy under "What the embassy can
do", the contact history with that embassy only, and the CLI doing the same (issue #14)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from hrdesk.brief.embassy_match import government_code, same_embassy
from hrdesk.brief.options import BriefOptions, ContactHistoryRow
from hrdesk.brief.render import render_brief
from hrdesk.brief.texts import BRIEF_LANGUAGES, brief_texts
from hrdesk.domain.case import OfficerRole
from hrdesk.domain.contacts import Embassy, Interaction, Officer
from hrdesk.reference.loading import load_library
from hrdesk.services.briefs import embassy_policies, for_embassy
from hrdesk.services.cases import CaseService
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.folder import VaultFolder
from hrdesk.vault.vault import Vault
from tests.brief.brief_case import fictional_case, page_texts
from tests.brief.test_brief_cli import one_line_error
from tests.helpers import run_cli

PASS = "correct horse battery"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def flat(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(" ".join(page_texts(pdf, tmp_path)).split())


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Canada", "CA"), ("Embassy of Canada", "CA"), ("Canada — Tegucigalpa", "CA"), ("Norway", "NO"),
     ("Embajada de Noruega", "NO"), ("كندا", "CA"), ("Посольство Канады", None), ("EU", "EU"),
     ("Delegation of the European Union", "EU"), ("Germany", "DE"), ("Embassy of Ruritania", None),
     ("", None)],
)  # fmt: skip
def test_the_government_behind_an_embassy(typed: str, code: str | None) -> None:
    assert government_code(typed) == code


def test_contact_rows_match_their_embassy() -> None:
    assert same_embassy("Canada — Tegucigalpa", "Canada")
    assert same_embassy("Canada — Tegucigalpa", "Embassy of Canada")
    assert not same_embassy("Norway — Tegucigalpa", "Canada")
    assert same_embassy("Embassy of Ruritania", "embassy of ruritania")


@pytest.mark.parametrize("lang", BRIEF_LANGUAGES)
@pytest.mark.parametrize(("embassy", "ids"), [
    ("Canada", ["canada-voices-at-risk"]),
    ("Norway", ["norway-guidelines"]),
    ("Germany", ["germany-policy", "eu-guidelines"]),  # a member state: its own, then the EU's
    ("Embassy of the United Kingdom", ["united-kingdom-principles"]),
    ("Switzerland", ["switzerland-guidelines"]),
    ("Embassy of the Netherlands", ["netherlands-policy", "eu-guidelines"]),
    ("United States", ["united-states-guidelines"]),
    ("Embassy of Ruritania", []),
])  # fmt: skip
def test_policies_come_from_the_reference_in_the_briefs_language(
    lang: str, embassy: str, ids: list[str]
) -> None:
    policies = embassy_policies(embassy, lang)
    assert [p.id for p in policies] == ids if ids else policies == ()
    titles = {e.id: e.title for e in load_library(lang).entries()}
    assert all(p.title == titles[p.id] for p in policies)


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "es", "fr", "ru"])  # Arabic: the options are checked above
def test_brief_for_canada_cites_canadas_policy_under_what_the_embassy_can_do(
    lang: str, tmp_path: Path
) -> None:
    t = brief_texts(lang)
    options = for_embassy(BriefOptions(language=lang, embassy="Canada"))
    (policy,) = options.policies
    text = flat(render_brief(fictional_case(), options), tmp_path)
    can_do = text.index(t.get("request.embassy_can_do"))
    assert text.index(" ".join(t.get("request.policy_intro").split())) > can_do
    assert " ".join(policy.title.split()) in text[can_do:]
    norway = flat(
        render_brief(fictional_case(), for_embassy(BriefOptions(language=lang, embassy="Norway"))), tmp_path
    )
    assert " ".join(policy.title.split()) not in norway
    plain = flat(render_brief(fictional_case(), BriefOptions(language=lang)), tmp_path)
    assert " ".join(t.get("request.policy_intro").split()) not in plain


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_brief_for_germany_cites_germanys_own_policy_then_the_eus(lang: str, tmp_path: Path) -> None:
    t = brief_texts(lang)
    options = for_embassy(BriefOptions(language=lang, embassy="Germany"))
    germany, eu = options.policies
    assert (germany.id, eu.id) == ("germany-policy", "eu-guidelines")
    text = flat(render_brief(fictional_case(), options), tmp_path)
    can_do = text.index(t.get("request.embassy_can_do"))
    assert can_do < text.index(" ".join(germany.title.split())) < text.index(" ".join(eu.title.split()))
    assert " ".join(germany.document.split()[:4]) in text  # its source is named
    uk = flat(
        render_brief(fictional_case(), for_embassy(BriefOptions(language=lang, embassy="United Kingdom"))),
        tmp_path,
    )
    assert " ".join(germany.title.split()) not in uk
    (british,) = for_embassy(BriefOptions(language=lang, embassy="United Kingdom")).policies
    assert " ".join(british.title.split()) in uk


@needs_poppler
def test_contact_history_is_limited_to_the_embassy(tmp_path: Path) -> None:
    rows = (
        ContactHistoryRow(
            dt.date(2026, 3, 2), "Ana Quispe", summary="CANADAMEETING", embassies=("Canada — Tegucigalpa",)
        ),
        ContactHistoryRow(
            dt.date(2026, 4, 2), "Ola Nordmann", summary="NORWAYMEETING", embassies=("Norway",)
        ),
    )
    base = BriefOptions(contact_history=rows)
    everything = flat(render_brief(fictional_case(), base), tmp_path)
    assert "CANADAMEETING" in everything and "NORWAYMEETING" in everything
    canada = flat(
        render_brief(fictional_case(), dataclasses.replace(base, embassy="Embassy of Canada")), tmp_path
    )
    assert "CANADAMEETING" in canada and "NORWAYMEETING" not in canada and "Ola Nordmann" not in canada


@needs_poppler
def test_cli_brief_loads_the_contact_history_for_the_embassy(tmp_path: Path) -> None:
    folder = VaultFolder(tmp_path / "vault")
    vault = Vault.create(folder, PASS)
    case_id = CaseService(vault).import_case(fictional_case())
    log = ContactLog(vault)
    for government, summary in (("Canada", "CANADAMEETING"), ("Norway", "NORWAYMEETING")):
        embassy = log.save_embassy(Embassy(government, "Tegucigalpa"))
        officer = log.save_officer(Officer(f"Officer {government}", embassy, OfficerRole.HUMAN_RIGHTS))
        log.log_interaction(Interaction(dt.date(2026, 3, 2), [officer], case_ids=[case_id], summary=summary))
    vault.close()
    folder.release()
    out = tmp_path / "b.pdf"
    common = ["brief", str(case_id), "--vault", str(folder.path), "--out", str(out)]
    result = run_cli(*common, "--embassy", "Canada", "--sections", "request", "contacts", stdin=PASS + "\n")
    assert result.code == 0, result.stderr
    text = flat(out.read_bytes(), tmp_path)
    assert "CANADAMEETING" in text and "NORWAYMEETING" not in text
    assert "Voices at Risk" in text
    result = run_cli(*common, stdin=PASS + "\n")  # by default no contact history (it names officers)
    assert result.code == 0 and "CANADAMEETING" not in flat(out.read_bytes(), tmp_path)


def test_cli_refuses_an_embassy_that_names_nothing_it_knows(tmp_path: Path) -> None:
    """A typo in --embassy ("Canda") would quietly give a brief citing no policy: exit 2, one line,
    no file. A government hrdesk knows, or an embassy of the contact log, is accepted."""
    folder = VaultFolder(tmp_path / "vault")
    vault = Vault.create(folder, PASS)
    case_id = CaseService(vault).import_case(fictional_case())
    ContactLog(vault).save_embassy(Embassy("Xylophonia", "Tegucigalpa"))  # a government no list knows
    vault.close()
    folder.release()
    out = tmp_path / "b.pdf"
    common = ["brief", str(case_id), "--vault", str(folder.path), "--out", str(out)]
    typo = run_cli(*common, "--embassy", "Canda", "--encrypt", stdin=PASS + "\n")
    assert typo.code == 2 and not out.exists()
    line = one_line_error(typo.stderr)
    assert "Canda" in line and "two-letter code" in line  # refused before any PDF password is asked
    email = run_cli(
        "email", str(case_id), "--vault", str(folder.path), "--embassy", "Canda", stdin=PASS + "\n"
    )
    assert email.code == 2 and email.stdout == "" and "Canda" in one_line_error(email.stderr)
    for known in ("Japan", "DE", "Xylophonia", "Xylophonia — Tegucigalpa"):
        result = run_cli(*common, "--embassy", known, stdin=PASS + "\n")
        assert result.code == 0, (known, result.stderr)
