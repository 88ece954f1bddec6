from hrdesk.domain.passphrase import Strength, assess


def test_short_is_too_short() -> None:
    assert assess("abc").strength is Strength.TOO_SHORT


def test_common_and_repetitive_are_weak() -> None:
    assert assess("password").strength is Strength.WEAK
    assert assess("aaaaaaaaaaaa").strength is Strength.WEAK
    assert assess("12345678").strength is Strength.WEAK


def test_several_words_are_at_least_good() -> None:
    assert assess("violet river lantern copper").strength >= Strength.GOOD
    assert assess("بحر قمر نجمة شجرة").strength >= Strength.GOOD


def test_longer_is_never_weaker() -> None:
    base = "Tr0ub4dor&3"
    assert assess(base + "x9!Q").strength >= assess(base).strength
