"""Full-text search inside the encrypted database: Latin, Cyrillic, Arabic, prefixes, grouping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdesk.domain.contacts import Embassy, Interaction, SearchKind
from hrdesk.services.contacts import ContactLog
from hrdesk.vault.contacts_search import fold_for_search, match_expression
from hrdesk.vault.database import open_database
from hrdesk.vault.vault import Vault
from tests.contacts.conftest import add_embassy, add_officer
from tests.helpers import files_containing

TODAY = dt.date(2026, 5, 14)


@pytest.fixture
def filled(log: ContactLog) -> ContactLog:
    canada = log.save_embassy(Embassy("Canada", "Embassy in Tegucigalpa", priorities="Indigenous rights"))
    russia_office = log.save_embassy(Embassy("Норвегия", "Посольство в Москве"))
    arab = log.save_embassy(Embassy("كندا", "السفارة في عمّان"))
    ana = add_officer(log, canada, "Ana Müller", languages="English, Español")
    olga = add_officer(log, russia_office, "Ольга Смирнова")
    mohammed = add_officer(log, arab, "مُحَمَّد الحُسَيْنِي")
    log.log_interaction(Interaction(TODAY, [ana], summary="Asked for trial observation in São Paulo"))
    log.log_interaction(Interaction(TODAY, [olga], summary="Обсудили визу и заявление"))
    log.log_interaction(Interaction(TODAY, [mohammed], summary="طلبنا مراقبة المحاكمة"))
    return log


def names(results: list) -> list[str]:
    return [hit.title for hit in results]


@pytest.mark.parametrize(
    ("query", "kind", "expected"),
    [
        ("tegu", SearchKind.EMBASSY, ["Canada — Embassy in Tegucigalpa"]),
        ("indigenous", SearchKind.EMBASSY, ["Canada — Embassy in Tegucigalpa"]),
        ("muller", SearchKind.OFFICER, ["Ana Müller"]),  # accents do not matter
        ("MÜL", SearchKind.OFFICER, ["Ana Müller"]),
        ("espan", SearchKind.OFFICER, ["Ana Müller"]),
        ("ольг", SearchKind.OFFICER, ["Ольга Смирнова"]),  # Cyrillic prefix, any case
        ("ОЛЬГА смир", SearchKind.OFFICER, ["Ольга Смирнова"]),
        ("посольство москве", SearchKind.EMBASSY, ["Норвегия — Посольство в Москве"]),
        ("محمد", SearchKind.OFFICER, ["مُحَمَّد الحُسَيْنِي"]),  # vowel marks do not matter
        ("الحسين", SearchKind.OFFICER, ["مُحَمَّد الحُسَيْنِي"]),
        ("السفاره", SearchKind.EMBASSY, ["كندا — السفارة في عمّان"]),  # ة typed as ه
        ("sao paulo", SearchKind.INTERACTION, ["Asked for trial observation in São Paulo"]),
        ("виз", SearchKind.INTERACTION, ["Обсудили визу и заявление"]),
        ("مراقب", SearchKind.INTERACTION, ["طلبنا مراقبة المحاكمة"]),
    ],
)
def test_finds_in_every_script(filled: ContactLog, query: str, kind: SearchKind, expected: list[str]) -> None:
    results = filled.search(query)
    group = {
        SearchKind.EMBASSY: results.embassies,
        SearchKind.OFFICER: results.officers,
        SearchKind.INTERACTION: results.interactions,
    }[kind]
    assert names(group) == expected


def test_results_are_grouped_and_all_words_must_match(filled: ContactLog) -> None:
    results = filled.search("trial")
    assert names(results.interactions) == ["Asked for trial observation in São Paulo"]
    assert results.interactions[0].names == ("Ana Müller",) and results.interactions[0].date == TODAY
    assert results.embassies == [] and results.officers == []
    assert filled.search("trial moscow").empty
    assert filled.search("").empty and filled.search('"*()').empty


def test_edits_and_deletes_reach_the_index(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana")
    iid = log.log_interaction(Interaction(TODAY, [ana], summary="zebra"))
    interaction = log.interaction(iid)
    interaction.summary = "giraffe"
    log.log_interaction(interaction)
    assert log.search("zebra").empty and names(log.search("giraffe").interactions) == ["giraffe"]
    log.delete_interaction(iid)
    assert log.search("giraffe").empty


def test_more_results_than_shown_are_flagged(log: ContactLog) -> None:
    ana = add_officer(log, add_embassy(log), "Ana")
    for n in range(7):
        log.log_interaction(Interaction(TODAY - dt.timedelta(days=n), [ana], summary=f"visa talk {n}"))
    results = log.search("visa", limit=5)
    assert len(results.interactions) == 5 and SearchKind.INTERACTION in results.more
    assert names(results.interactions)[0] == "visa talk 0"  # newest first


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_typed_text_is_a_valid_query(text: str) -> None:
    """Whatever the user types becomes a safe FTS5 query (or none): never a syntax error."""
    conn = _memory_index()
    expression = match_expression(text)
    if expression:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


def _memory_index():  # one per example is fine: in memory, unkeyed, tiny
    conn = open_database(Path(":memory:"), b"k" * 32)
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
    return conn


def test_folding() -> None:
    assert fold_for_search("Łódź Müller") == "lodz muller"
    assert fold_for_search("أحمد إبراهيم آمنة") == "احمد ابراهيم امنه"
    assert fold_for_search("ЁЛКА") == "елка"


def test_no_plaintext_in_the_vault_folder(tmp_path: Path, log: ContactLog, vault: Vault) -> None:
    """Names, notes and summaries — and the search index built from them — stay encrypted on disk."""
    marker_name = "Zyxwvut Officerson"
    marker_note = "Qqmarkerqq summary"
    embassy = log.save_embassy(Embassy("Xylophonia", "Embassy in Qqplace"))
    officer = add_officer(log, embassy, marker_name, notes="Qqnoteqq")
    log.log_interaction(Interaction(TODAY, [officer], summary=marker_note, asked="Qqaskedqq"))
    assert names(log.search("qqmarker").interactions) == [marker_note]
    markers = (marker_name, "qqmarkerqq", "Qqmarkerqq", "Xylophonia", "Qqplace", "Qqnoteqq", "Qqaskedqq")
    for marker in markers:  # while open (WAL in use) ...
        assert files_containing(marker, tmp_path) == [], marker
    vault.close()
    for marker in markers:  # ... and once locked
        assert files_containing(marker, tmp_path) == [], marker


def test_pages_follow_each_other_newest_first_with_nothing_lost_or_repeated(log: ContactLog) -> None:
    ana = add_officer(log, add_embassy(log), "Ana")
    days = [7, 2, 9, 0, 5, 11, 1, 8, 3, 10, 6, 4]  # entered out of date order
    for n in days:
        log.log_interaction(Interaction(TODAY - dt.timedelta(days=n), [ana], summary=f"visa talk {n}"))
    log.log_interaction(Interaction(TODAY, [ana], summary="nothing about it"))
    pages = [log.search("visa", limit=5, offset=offset) for offset in (0, 5, 10)]
    seen = [hit.title for page in pages for hit in page.interactions]
    assert seen == [f"visa talk {n}" for n in range(12)]
    assert [SearchKind.INTERACTION in page.more for page in pages] == [True, True, False]
    assert log.search("visa", limit=5, offset=12).interactions == []


def test_a_re_dated_interaction_moves_in_the_results_and_leaves_nothing_behind(log: ContactLog) -> None:
    """The index keeps matches in (date, id) order; an edited date must move the row, not copy it."""
    ana = add_officer(log, add_embassy(log), "Ana")
    same_day = [log.log_interaction(Interaction(TODAY, [ana], summary=f"visa talk {n}")) for n in range(3)]
    older = log.log_interaction(Interaction(TODAY - dt.timedelta(days=400), [ana], summary="visa old"))
    assert names(log.search("visa").interactions) == ["visa talk 2", "visa talk 1", "visa talk 0", "visa old"]
    moved = log.interaction(older)
    moved.date = TODAY + dt.timedelta(days=1)
    log.log_interaction(moved)
    assert names(log.search("visa").interactions) == ["visa old", "visa talk 2", "visa talk 1", "visa talk 0"]
    assert log.search_counts("visa")[SearchKind.INTERACTION] == 4
    log.delete_interaction(same_day[1])
    assert names(log.search("visa").interactions) == ["visa old", "visa talk 2", "visa talk 0"]
    assert log.search_counts("visa")[SearchKind.INTERACTION] == 3


def test_embassies_and_officers_come_by_relevance_a_page_at_a_time(log: ContactLog) -> None:
    """bm25: a name that is mostly the word searched comes before one where it is a small part."""
    long = "land " + "water forests rivers " * 20
    log.save_embassy(Embassy("Canada", "Embassy in Ottawa", priorities=long))
    log.save_embassy(Embassy("Norway", "Land office", priorities="land land land"))
    log.save_embassy(Embassy("Spain", "Embassy in Madrid", priorities="land rights"))
    first = log.search("land", limit=2)
    second = log.search("land", limit=2, offset=2)
    assert [h.title for h in first.embassies] == ["Norway — Land office", "Spain — Embassy in Madrid"]
    assert [h.title for h in second.embassies] == ["Canada — Embassy in Ottawa"]
    assert SearchKind.EMBASSY in first.more and SearchKind.EMBASSY not in second.more


def test_counts_come_separately(log: ContactLog) -> None:
    embassy = add_embassy(log)
    ana = add_officer(log, embassy, "Ana Visa-Lopez")
    for n in range(30):
        log.log_interaction(Interaction(TODAY, [ana], summary=f"visa talk {n}" if n % 3 else f"trial {n}"))
    assert log.search_counts("visa") == {
        SearchKind.EMBASSY: 0,
        SearchKind.OFFICER: 1,
        SearchKind.INTERACTION: 20,
    }
    assert log.search_counts("visa talk 2") == {
        SearchKind.EMBASSY: 0,
        SearchKind.OFFICER: 0,
        SearchKind.INTERACTION: 8,  # every word a prefix: 2, 20, 22, 23, 25, 26, 28, 29 (not n % 3 == 0)
    }
    assert set(log.search_counts("").values()) == {0}
