"""trie_pattern: the same matches as a plain alternation of the words, longest first."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tidynews.extractors.patterns import trie_pattern

WORDS = st.lists(st.text(alphabet="abc -", min_size=1, max_size=5), min_size=1, max_size=8)


def plain(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join(re.escape(word) for word in ordered))


@given(WORDS, st.text(alphabet="abc -x", max_size=40))
def test_a_trie_matches_what_the_alternation_matches(words: list[str], text: str) -> None:
    trie = re.compile(trie_pattern(words))
    expected = [match.span() for match in plain(words).finditer(text)]
    assert [match.span() for match in trie.finditer(text)] == expected


def test_the_longest_word_wins_where_words_share_a_start() -> None:
    pattern = re.compile(trie_pattern(["four", "fourteen", "forty"]) + r"\b")
    assert pattern.findall("fourteen four forty") == ["fourteen", "four", "forty"]
    assert trie_pattern(["ab", "a"]) == "(?:a(?:b)?)"
