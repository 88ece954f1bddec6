"""How strong a passphrase looks, to guide (not block) the person choosing one.

A rough guess-count estimate: long phrases of several words score well; short, repetitive,
sequential or very common choices score badly. The GUI turns ``Strength`` into words.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from enum import IntEnum


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


MIN_LENGTH = 8

_COMMON = {
    "password", "passw0rd", "123456789", "12345678", "qwertyuiop", "qwerty123", "iloveyou", "11111111",
    "abc12345", "password1", "letmein1", "welcome1", "admin123", "contraseña", "motdepasse", "пароль123",
}  # fmt: skip


@dataclass(frozen=True)
class Assessment:
    strength: Strength
    bits: float


def assess(passphrase: str) -> Assessment:
    """Estimate the guessing entropy in bits and bucket it."""
    if len(passphrase) < MIN_LENGTH:
        return Assessment(Strength.TOO_SHORT, 0.0)
    if passphrase.casefold() in _COMMON:
        return Assessment(Strength.WEAK, 10.0)
    alphabet = 0
    if re.search(r"[a-z]", passphrase):
        alphabet += 26
    if re.search(r"[A-Z]", passphrase):
        alphabet += 26
    if re.search(r"[0-9]", passphrase):
        alphabet += 10
    if re.search(r"[^\w\s]", passphrase, re.ASCII):
        alphabet += 33
    if re.search(r"[^\x00-\x7f]", passphrase):
        alphabet += 60  # Arabic, Cyrillic, accented letters
    if re.search(r"\s", passphrase):
        alphabet += 1
    # Count runs of a repeated character or a +1 sequence ("aaaa", "1234") as one character each.
    effective = 1
    for previous, current in itertools.pairwise(passphrase):
        if ord(current) - ord(previous) not in (0, 1):
            effective += 1
    bits = effective * math.log2(max(alphabet, 2))
    words = len(re.findall(r"\w{3,}", passphrase))
    if words >= 4:
        bits = max(bits, 60.0)
    if bits < 40:
        strength = Strength.WEAK
    elif bits < 60:
        strength = Strength.FAIR
    elif bits < 80:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return Assessment(strength, bits)
