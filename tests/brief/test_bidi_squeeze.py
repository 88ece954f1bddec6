"""Resolving bidi levels on a squeezed paragraph (a run of one class as one character) gives
every character the level the full algorithm gives it (``bidi_lines.resolve_levels``).

Runs of letters, digits, spaces, terminators and marks are squeezed, and so are spaces between
two letters of one direction; separators (``1,2`` against ``1,,2``) and brackets are not, and
the alphabet has all of them, repeated.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hrdesk.brief.bidi_lines import _resolve, resolve_levels

_CHARS = [*"ابجد", "\u064e", "\u0651", *"abXY", *"0129", "\u0664", "\u0665", *" ()[].,:/-+%$#@«»", "\u05d0"]
_CHARS += ["\u2066", "\u2069", "\u202b", "\u202c", "\u200d", "\u00a0", "\t"]  # isolate, embedding, joiner...
_RUN = st.builds(lambda ch, n: ch * n, st.sampled_from(_CHARS), st.integers(1, 4))


@settings(max_examples=400, deadline=None)
@given(runs=st.lists(_RUN, min_size=1, max_size=25), rtl=st.booleans())
def test_squeezed_levels_are_the_full_algorithms(runs: list[str], rtl: bool) -> None:
    text = "".join(runs)
    assert resolve_levels(text, rtl) == _resolve(text, rtl)


def test_a_run_of_separators_between_numbers_is_not_squeezed() -> None:
    # One comma between digits takes their direction (rule W4); two do not.
    assert resolve_levels("ا 1,2", rtl=True) == [1, 1, 2, 2, 2]
    assert resolve_levels("ا 1,,2", rtl=True) == [1, 1, 2, 1, 1, 2]


def test_words_of_one_direction_around_another_keep_their_levels() -> None:
    text = "رجلين من (Mining Corp) منذ 2023"
    assert resolve_levels(text, rtl=True) == [1] * 10 + [2] * 11 + [1] * 6 + [2] * 4
