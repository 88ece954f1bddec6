"""How strong a passphrase looks, to guide the person choosing one, and a generated one to offer.

The estimate is zxcvbn's (it knows common passwords, names, years, dates, keyboard walks and
l33t substitutions), not a home-made count of character classes: "cairo2024" must read as weak.
zxcvbn's own feedback sentences are English, so we hand the GUI ``Hint`` values it can translate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum, auto
from pathlib import Path
from typing import Any

# The one minimum-length rule: the vault, backups and protected PDFs all import it from here.
MIN_LENGTH = 8

# zxcvbn refuses longer input (its matching is quadratic); what lies beyond only adds strength.
_ZXCVBN_MAX = 72

# zxcvbn's top score starts at 10^10 guesses, enough against an online attacker. A seized laptop
# lets someone guess offline for months, so "strong" here asks for a hundred times more.
_STRONG_GUESSES_LOG10 = 12.0

GENERATED_WORDS = 6  # about 77 bits from the EFF long list (7,776 words)


class WordListMissing(RuntimeError):
    """The word list for suggested passphrases is missing or incomplete."""


class Strength(IntEnum):
    TOO_SHORT = 0
    VERY_WEAK = 1  # zxcvbn score 0-1: a common password, a name, a repeat
    WEAK = 2  # zxcvbn score 2: "cairo2024"
    FAIR = 3  # guessable by someone with time and the seized computer
    STRONG = 4


class Hint(Enum):
    """What makes a passphrase guessable, in words the GUI translates."""

    COMMON_PASSWORD = auto()
    COMMON_WORD = auto()
    NAME = auto()
    YEAR_OR_DATE = auto()
    KEYBOARD = auto()
    REPEAT = auto()
    SEQUENCE = auto()
    SUBSTITUTION = auto()
    TOO_FEW_WORDS = auto()


@dataclass(frozen=True)
class Assessment:
    strength: Strength
    guesses_log10: float
    hints: tuple[Hint, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        """Long enough to be allowed, but not strong: the person must accept the risk once."""
        return Strength.TOO_SHORT < self.strength < Strength.STRONG


_NAME_LISTS = {"male_names", "female_names", "surnames"}
_WORD_LISTS = {"english_wikipedia", "us_tv_and_film"}


def _hints(sequence: list[dict[str, Any]]) -> tuple[Hint, ...]:
    found: list[Hint] = []
    for match in sequence:
        pattern = match.get("pattern")
        hint: Hint | None = None
        if pattern == "dictionary":
            name = match.get("dictionary_name")
            if match.get("l33t"):
                hint = Hint.SUBSTITUTION
            elif name == "passwords":
                hint = Hint.COMMON_PASSWORD
            elif name in _NAME_LISTS:
                hint = Hint.NAME
            elif name in _WORD_LISTS and len(sequence) == 1:
                hint = Hint.COMMON_WORD
        elif pattern == "date" or (pattern == "regex" and match.get("regex_name") == "recent_year"):
            hint = Hint.YEAR_OR_DATE
        elif pattern == "spatial":
            hint = Hint.KEYBOARD
        elif pattern == "repeat":
            hint = Hint.REPEAT
        elif pattern == "sequence":
            hint = Hint.SEQUENCE
        if hint is not None and hint not in found:
            found.append(hint)
    return tuple(found)


def assess(passphrase: str, user_inputs: tuple[str, ...] = ("hrdesk",)) -> Assessment:
    """zxcvbn's guess estimate, bucketed for a vault that can be attacked offline."""
    if len(passphrase) < MIN_LENGTH:
        return Assessment(Strength.TOO_SHORT, 0.0)
    # ~20 ms to load its lists: imported only once someone types a passphrase.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_ZXCVBN_MAX], user_inputs=list(user_inputs))
    guesses = float(result["guesses_log10"])
    score = int(result["score"])
    if score <= 1:
        strength = Strength.VERY_WEAK
    elif score == 2:
        strength = Strength.WEAK
    elif guesses < _STRONG_GUESSES_LOG10:
        strength = Strength.FAIR
    else:
        strength = Strength.STRONG
    hints = _hints(result["sequence"]) if strength < Strength.STRONG else ()
    if strength < Strength.STRONG and not hints:
        hints = (Hint.TOO_FEW_WORDS,)
    return Assessment(strength, guesses, hints)


EFF_LONG_SIZE = 7776  # 6^5 words: five dice throws pick one


def eff_long_path() -> Path:
    """The EFF long list inside the xkcdpass package (its own lookup would fall back to other lists)."""
    from xkcdpass import xkcd_password

    return Path(xkcd_password.__file__).with_name("static") / "eff-long"


def eff_long_words() -> list[str]:
    """The EFF long word list as xkcdpass ships it (7,776 short, distinct English words).

    Raises ``WordListMissing`` when the list is not there whole (a broken install or bundle):
    suggesting words from some other list would quietly be weaker."""
    from xkcdpass import xkcd_password

    path = eff_long_path()
    if not path.is_file():
        raise WordListMissing(str(path))
    try:
        words = xkcd_password.generate_wordlist(wordfile=str(path), min_length=1, max_length=20)
    except SystemExit as error:  # xkcdpass exits on an empty list: never let it end the app
        raise WordListMissing(str(path)) from error
    if len(words) != EFF_LONG_SIZE:
        raise WordListMissing(str(path))
    return list(words)


def generate_passphrase(words: int = GENERATED_WORDS) -> str:
    """Random words joined by spaces, chosen by xkcdpass with the system's secure random source
    (it refuses to fall back to a weak one unless told to)."""
    from xkcdpass import xkcd_password

    return str(xkcd_password.generate_xkcdpassword(eff_long_words(), numwords=words, delimiter=" "))
