"""Bidi levels per character and visual order per line (Unicode UBA, via python-bidi).

The trap this avoids: reordering a whole paragraph and then wrapping it prints the lines
bottom-up, and reordering then shaping reverses Arabic twice. So levels are resolved
once per paragraph on the *logical* text (rules P-X-W-N-I of UAX #9, with python-bidi's
pure-Python ``bidi.algorithm`` functions), the paragraph is wrapped in logical order, and
only then is each line put in visual order (rule L2) by :func:`visual_order`.

python-bidi's pure-Python algorithm predates Unicode 6.3, so rule N0 (paired brackets, as
in "Human Rights Watch (HRW)" inside Arabic text) is added here; the tests compare the
result with python-bidi's Rust implementation, which follows the current UAX #9 but only
returns display strings. Mirroring (rule L4) is left to HarfBuzz, which mirrors brackets
in any run it shapes right-to-left; that is why levels, not strings, come out of here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from unicodedata import bidirectional

from bidi import algorithm as uba


class _ClassCodes(dict[int, str]):
    """Code point -> one letter for its bidi class (for ``str.translate``), filled as asked."""

    def __missing__(self, code: int) -> str:
        letter = _LETTER[bidirectional(chr(code))]
        self[code] = letter
        return letter


_LETTER = {
    "L": "L", "R": "R", "AL": "A", "EN": "E", "AN": "N", "WS": "W", "ET": "T", "NSM": "M",
    "ES": "s", "CS": "c", "BN": "b", "B": "B", "S": "S", "ON": "o",
    "LRE": "1", "LRO": "2", "RLE": "3", "RLO": "4", "PDF": "5",
    "LRI": "6", "RLI": "7", "FSI": "8", "PDI": "9",
}  # fmt: skip
_CLASS_CODES = _ClassCodes()

#: Bidi classes that can make any character of a left-to-right paragraph leave level 0.
_NOT_PLAIN_LTR = frozenset("RAN123456789")
#: Bidi classes that can make any character of a right-to-left paragraph leave level 1.
_NOT_PLAIN_RTL = frozenset("LEN123456789")
#: What is resolved as one character (the run's first), in class letters:
#: - a run of one class among letters, numbers, spaces, terminators and marks, whose every
#:   character resolves like its first wherever it is (rules W1-W7, N1-N2 and I1-I2 look at
#:   such runs as a whole, not at their length). Not separators (rule W4 changes one ES or CS
#:   between numbers, not two), not brackets (rule N0 pairs them one by one), not explicit
#:   formatting characters;
#: - letters of one direction with spaces between them, which take that direction (rule N1):
#:   "word word" as "w".
_SQUEEZE = re.compile(r"([LRA])(?:\1|W+\1)*|([ENWTM])\2*|.", re.DOTALL)
#: python-bidi's pure-Python algorithm predates isolates (Unicode 6.3); treat them as
#: the embeddings they approximate so the algorithm sees only classes it knows.
_ISOLATE_AS_EMBEDDING = str.maketrans(
    {"\u2066": "\u202a", "\u2067": "\u202b", "\u2068": "\u202a", "\u2069": "\u202c"}
)


#: Paired brackets (Bidi_Paired_Bracket_Type Open -> its Close) that briefs can contain.
_OPEN_TO_CLOSE = {
    "(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u207d": "\u207e", "\u208d": "\u208e",
    "\u2329": "\u232a", "\u27e6": "\u27e7", "\u27e8": "\u27e9", "\u27ea": "\u27eb", "\u2983": "\u2984",
    "\u3008": "\u3009", "\u300a": "\u300b", "\u300c": "\u300d", "\u300e": "\u300f", "\u3010": "\u3011",
    "\u3014": "\u3015", "\u3016": "\u3017", "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d",
}  # fmt: skip
_CLOSERS = frozenset(_OPEN_TO_CLOSE.values())
_CANONICAL = {"\u232a": "\u3009"}  # U+2329/U+232A are canonically equivalent to U+3008/U+3009
_MAX_BRACKET_DEPTH = 63


def _strong(bidi_type: str) -> str | None:
    """Direction a resolved type counts as inside rule N0 (numbers count as R)."""
    if bidi_type == "L":
        return "L"
    if bidi_type in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _bracket_pairs(chars: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Rule BD16: matching bracket pairs of one level run, sorted by opening position."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, entry in enumerate(chars):
        ch = entry["ch"]
        if entry["type"] != "ON":
            continue
        if ch in _OPEN_TO_CLOSE:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((_CANONICAL.get(_OPEN_TO_CLOSE[ch], _OPEN_TO_CLOSE[ch]), i))
        elif ch in _CLOSERS:
            closing = _CANONICAL.get(ch, ch)
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == closing:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_paired_brackets(storage: dict[str, Any]) -> None:
    """Rule N0: a bracket pair takes the direction of what it encloses or surrounds it."""
    for run in storage["runs"]:
        chars = storage["chars"][run["start"] : run["start"] + run["length"]]
        pairs = _bracket_pairs(chars)
        if not pairs:
            continue
        embedding = "R" if chars[0]["level"] % 2 else "L"
        for opening, closing in pairs:
            inside = {_strong(chars[k]["type"]) for k in range(opening + 1, closing)}
            if embedding in inside:
                new = embedding
            elif inside - {None}:
                before = run["sor"]
                for k in range(opening - 1, -1, -1):
                    found = _strong(chars[k]["type"])
                    if found:
                        before = found
                        break
                new = before  # the opposite direction if the context before has it, else ours
            else:
                continue
            for index in (opening, closing):
                chars[index]["type"] = new
                k = index + 1
                while k < len(chars) and chars[k]["orig"] == "NSM":
                    chars[k]["type"] = new
                    k += 1


def resolve_levels(text: str, rtl: bool) -> list[int]:
    """Embedding level of every character of one paragraph (no line breaks inside).

    ``rtl`` is the paragraph (base) direction: the document's direction, not a guess
    from the first strong character, so an Arabic brief whose first paragraph starts
    with "ICCPR" still reads right-to-left. Odd levels run right-to-left.
    """
    if not text:
        return []
    codes = text.translate(_CLASS_CODES)
    classes = set(codes)
    if not rtl and classes.isdisjoint(_NOT_PLAIN_LTR):
        return [0] * len(text)
    if rtl and classes.isdisjoint(_NOT_PLAIN_RTL):
        return [1] * len(text)
    # The pure-Python algorithm costs per character; a word is resolved as one letter.
    runs = [m.span() for m in _SQUEEZE.finditer(codes)]
    if len(runs) == len(text):
        return _resolve(text, rtl)
    levels: list[int] = []
    for level, (start, end) in zip(_resolve("".join(text[a] for a, _ in runs), rtl), runs, strict=True):
        levels += [level] * (end - start)
    return levels


def _resolve(text: str, rtl: bool) -> list[int]:
    base = 1 if rtl else 0
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text.translate(_ISOLATE_AS_EMBEDDING), storage)
    chars = list(storage["chars"])  # keep every entry: rule X9 drops format characters
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage, False)
    _resolve_paired_brackets(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    kept = {id(entry) for entry in storage["chars"]}
    levels: list[int] = []
    previous = base
    for entry in chars:
        # Removed format characters (RLE, ZWJ, ...) draw nothing; give them their neighbour's level.
        level = entry["level"] if id(entry) in kept else previous
        levels.append(level)
        previous = level
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of the items of one line in left-to-right drawing order (rule L2).

    ``levels`` holds one resolved level per item (a piece of text or a word gap), in
    logical order. From the highest level down to the lowest odd one, every maximal
    sequence at that level or above is reversed.
    """
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    current = list(levels)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        n = len(order)
        while i < n:
            if current[i] >= level:
                j = i
                while j < n and current[j] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                current[i:j] = current[i:j][::-1]
                i = j
            else:
                i += 1
    return order
