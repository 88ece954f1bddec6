import pytest

from hrdesk.domain.passphrase import (
    GENERATED_WORDS,
    MIN_LENGTH,
    Hint,
    Strength,
    WordListMissing,
    assess,
    eff_long_words,
    generate_passphrase,
)
from hrdesk.vault import vault


def test_short_is_too_short() -> None:
    assert assess("abc").strength is Strength.TOO_SHORT
    assert assess("x" * (MIN_LENGTH - 1)).strength is Strength.TOO_SHORT


def test_common_and_repetitive_are_very_weak_and_say_why() -> None:
    assert assess("password").hints[0] is Hint.COMMON_PASSWORD
    assert assess("aaaaaaaaaaaa").hints == (Hint.REPEAT,)
    assert Hint.NAME in assess("maria1985").hints
    for weak in ("password", "aaaaaaaaaaaa", "12345678", "qwertyuiop"):
        assert assess(weak).strength is Strength.VERY_WEAK, weak


def test_a_city_and_a_year_is_weak_and_must_be_confirmed() -> None:
    """Found by a reviewer: the old estimator rated "cairo2024" Fair and let it through silently."""
    assessment = assess("cairo2024")
    assert assessment.strength < Strength.FAIR
    assert Hint.YEAR_OR_DATE in assessment.hints
    assert assessment.needs_confirmation


def test_several_words_are_strong() -> None:
    for phrase in ("violet river lantern copper", "بحر قمر نجمة شجرة", "correct horse battery"):
        assessment = assess(phrase)
        assert assessment.strength is Strength.STRONG and not assessment.needs_confirmation, phrase
        assert assessment.hints == ()


def test_a_clever_password_is_only_fair() -> None:
    # zxcvbn's top score, but a seized laptop can be attacked offline for months.
    assert assess("Tr0ub4dor&3").strength is Strength.FAIR


def test_very_long_input_is_assessed_without_error() -> None:
    assert assess("lantern " * 40).strength >= Strength.VERY_WEAK


def test_generated_passphrase_is_six_eff_words_and_strong() -> None:
    words = set(eff_long_words())
    assert len(words) == 7776  # the EFF long list, whole
    seen = set()
    for _ in range(5):
        phrase = generate_passphrase()
        parts = phrase.split(" ")
        assert len(parts) == GENERATED_WORDS == 6 and set(parts) <= words
        assert assess(phrase).strength is Strength.STRONG
        seen.add(phrase)
    assert len(seen) == 5


def test_one_minimum_length_rule() -> None:
    assert vault.MIN_PASSPHRASE_LENGTH is MIN_LENGTH


def test_self_test_fails_when_the_word_list_is_missing(monkeypatch, tmp_path) -> None:
    """A bundle that left out xkcdpass's data must fail ``hrdesk --self-test``, not the first run,
    and never fall back to another list (xkcdpass's own lookup would)."""
    from hrdesk.domain import passphrase
    from hrdesk.selftest import run_self_test

    monkeypatch.setattr(passphrase, "eff_long_path", lambda: tmp_path / "eff-long")
    with pytest.raises(WordListMissing):
        generate_passphrase()
    (tmp_path / "eff-long").write_text("only\nthree\nwords\n", encoding="utf-8")
    with pytest.raises(WordListMissing):
        eff_long_words()
    lines: list[str] = []
    assert run_self_test(lines.append) == 1
    assert any(line.startswith("FAIL") and "suggest passphrases" in line for line in lines)
