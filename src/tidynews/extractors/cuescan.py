"""Where a set of needles is written in an article's lower-cased text, found in one
vectorised pass.

The cue filters of stances and sanctions look for about a hundred needles ("recogni",
"sanction", "the price", …), the number-word scan of figures for some forty words. One
``str.find`` per needle scans the whole text each time, and a regex alternation is tried at
every position. Here the text's characters become a numpy array once per article, and a hash
of the three, four and five characters opening at every position is computed with a few
whole-array operations (shared by every reader of the article); a needle can only stand
where the hash of its opening is in that needle set's table. Those few places are then
checked with ``str.startswith``, so the answer is exactly the one a ``str.find`` per needle
gives.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from os.path import commonprefix
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from ..document import AnnotatedArticle

_BITS = 16  # size of the hash tables: 2**16 booleans, 64 kB per needle set and width
_MULTIPLIER = np.uint32(0x9E3779B1)  # (Fibonacci hashing of the running key)
_STEP = np.uint32(131)
_SHIFT = np.uint32(32 - _BITS)


def _code(character: str) -> int:
    """A character's code as the arrays hold it: ASCII as itself, anything else 127."""
    return min(ord(character), 127)


def _hash(opening: str) -> int:
    """The table slot of a three-, four- or five-character opening, as ``_hashes`` computes
    it."""
    key = 0
    for character in opening:
        key = (key * 131 + _code(character)) & 0xFFFFFFFF
    return ((key * 0x9E3779B1) & 0xFFFFFFFF) >> (32 - _BITS)


def _outermost(needles: Sequence[str]) -> list[str]:
    """The needles (in order, each once) less any that holds another: "issuing visas" is found
    wherever "visa" is, and the shorter finds every sentence the longer would."""
    unique = [needle for needle in dict.fromkeys(needles) if needle]
    return [n for n in unique if not any(other != n and other in n for other in unique)]


class _NeedleTable:
    """One needle set, split by length: five or more characters are looked up by the hash of
    their first five, four by the hash of all four, shorter ones by ``str.find``."""

    __slots__ = ("by_five", "by_four", "short", "table_five", "table_four")

    def __init__(self, needles: Sequence[str]) -> None:
        unique = _outermost(needles)
        self.by_five: dict[str, tuple[str, ...]] = {}
        self.by_four: dict[str, tuple[str, ...]] = {}
        self.short = tuple(needle for needle in unique if len(needle) < 4)
        self.table_five = np.zeros(1 << _BITS, dtype=bool)
        self.table_four = np.zeros(1 << _BITS, dtype=bool)
        for needle in unique:
            if len(needle) >= 5:
                lead = needle[:5]
                self.by_five[lead] = (*self.by_five.get(lead, ()), needle)
                self.table_five[_hash(lead)] = True
            elif len(needle) == 4:
                self.by_four[needle] = (needle,)
                self.table_four[_hash(needle)] = True


@lru_cache(maxsize=16)
def _needle_table(needles: tuple[str, ...]) -> _NeedleTable:
    return _NeedleTable(needles)


_last: tuple = (None, None, None, None, None)  # (text, its codes, its hashes): the article read
_KEPT_LENGTH = 64  # shorter texts (a word parse_quantities reads) are not kept, not to evict it


def _codes(lowered: str) -> np.ndarray:
    """The text's characters as code points (the article's are kept with its hashes)."""
    found = _last
    if found[0] is lowered:
        return found[1]
    return np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _hashes(lowered: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The hash of the three, four and five characters opening at each position of the
    lower-cased text (``len(lowered) >= 5``), made once per article for every needle set (the
    last text's are kept: the article's ``lowered()`` is one string, asked for by each)."""
    global _last
    found = _last
    if found[0] is not lowered:
        raw = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        codes = np.minimum(raw, np.uint32(127))
        size = len(codes)
        key = codes[: size - 2] * _STEP
        key += codes[1 : size - 1]
        key *= _STEP
        key += codes[2:]
        four = key[:-1] * _STEP
        four += codes[3:]
        five = four[:-1] * _STEP
        five += codes[4:]
        for array in (key, four, five):
            array *= _MULTIPLIER
            array >>= _SHIFT
        found = (lowered, raw, key, four, five)
        if len(lowered) >= _KEPT_LENGTH:
            _last = found
    return found[2], found[3], found[4]


def decimal_positions(text: str) -> list[int]:
    """The positions of the characters a regex's ``\\d`` matches (``str.isdecimal``: ASCII
    digits, and any other decimal digit, looked at one by one among the non-ASCII
    characters), in order."""
    raw = _codes(text)
    found = np.flatnonzero((raw - np.uint32(48)) < np.uint32(10)).tolist()
    wide = np.flatnonzero(raw > np.uint32(127))
    if len(wide):
        others = [p for p in wide.tolist() if text[p].isdecimal()]
        if others:
            found = sorted(found + others)
    return found


def sentences_holding_any(
    article: AnnotatedArticle, needles: tuple[str, ...], lowered: str
) -> list[int]:
    """Ids of the sentences whose text holds any of the needles whole, in order (the same
    answer as ``sentences_holding``); ``lowered`` is as long as the text."""
    if len(lowered) < 5:
        return sentences_holding(article, needles, lowered)
    firsts = article.sentence_firsts()
    sentences = article.sentences
    table = _needle_table(needles)
    _, four, five = _hashes(lowered)
    kept: set[int] = set()
    candidates = (
        (5, five, table.table_five, table.by_five),
        (4, four, table.table_four, table.by_four),
    )
    for found, members in _hashed_candidates(lowered, candidates):
        sentence_id = bisect_right(firsts, found) - 1
        if sentence_id < 0 or sentence_id in kept:
            continue
        end = sentences[sentence_id].end
        for needle in members:
            if found + len(needle) <= end and lowered.startswith(needle, found):
                kept.add(sentence_id)
                break
    if table.short:
        return sentences_holding(article, table.short, lowered, kept)
    return sorted(kept)


_Candidates = tuple[tuple[int, np.ndarray, np.ndarray, dict[str, tuple[str, ...]]], ...]


def _hashed_candidates(
    lowered: str, candidates: _Candidates
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(position, the needles whose opening is written there) for each (width, the text's
    hashes of that width, the table of the needles' openings, the needles by opening): the
    hash says where an opening may stand, the text says whether it does."""
    for width, hashes, slots, by_lead in candidates:
        if not by_lead:
            continue
        for found in np.flatnonzero(slots.take(hashes)).tolist():
            members = by_lead.get(lowered[found : found + width])
            if members is not None:
                yield found, members


def sentences_holding(
    article: AnnotatedArticle, needles: Iterable[str], lowered: str, known: set[int] | None = None
) -> list[int]:
    """Ids of the sentences whose text (``lowered``, the article's lower-cased text) holds
    any of the needles whole, in order, by one ``str.find`` scan of the whole text per needle
    group (``_needle_groups``: needles sharing a long opening are looked for together). The
    plain scan: ``sentences_holding_any`` uses it for needles too short to hash, and
    tests/test_cuescan.py checks the vectorised reading against it. ``known``: sentences
    already found to hold one (skipped at once; the answer includes them)."""
    firsts = article.sentence_firsts()
    sentences = article.sentences
    count = len(sentences)
    kept: set[int] = set() if known is None else known
    for lead, members in _needle_groups(tuple(needles)):
        alone = len(members) == 1  # (the lead is the needle)
        found = lowered.find(lead)
        while found != -1:
            sentence_id = bisect_right(firsts, found) - 1
            if sentence_id >= 0 and (
                sentence_id in kept
                or (
                    found + len(lead) <= sentences[sentence_id].end
                    if alone
                    else any(
                        found + len(needle) <= sentences[sentence_id].end
                        and lowered.startswith(needle, found)
                        for needle in members
                    )
                )
            ):
                kept.add(sentence_id)
                if sentence_id + 1 >= count:
                    break
                found = lowered.find(lead, firsts[sentence_id + 1])
            else:
                found = lowered.find(lead, found + 1)
    return sorted(kept)


NEEDLE_LEAD = 5  # characters of opening that needles must share to be looked for together


@lru_cache(maxsize=16)
def _needle_groups(needles: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The needles as (opening, needles) groups: those sharing their first ``NEEDLE_LEAD``
    characters or more ("joined by", "joined on": "joined "), in order of length, each alone
    otherwise. A needle holding another ("issuing visas", "visa") is left out: the other
    finds every sentence it would, and more."""
    unique = _outermost(needles)
    groups: list[tuple[str, list[str]]] = []
    for needle in sorted(unique):
        # (characters, not path parts, are what needles share)
        lead = commonprefix([groups[-1][0], needle]) if groups else ""  # noqa: RUF071
        if len(lead) >= NEEDLE_LEAD:
            groups[-1] = (lead, [*groups[-1][1], needle])
        else:
            groups.append((needle, [needle]))
    return tuple((lead, tuple(sorted(members, key=len))) for lead, members in groups)


class _WordTable:
    """Words of three characters or more, looked up by the hash of their first three (three
    characters long) or first four (longer)."""

    __slots__ = ("by_four", "by_three", "table_four", "table_three")

    def __init__(self, words: Sequence[str]) -> None:
        self.by_three: dict[str, tuple[str, ...]] = {}
        self.by_four: dict[str, tuple[str, ...]] = {}
        self.table_three = np.zeros(1 << _BITS, dtype=bool)
        self.table_four = np.zeros(1 << _BITS, dtype=bool)
        for word in dict.fromkeys(words):
            if len(word) < 3:
                raise ValueError(f"word_starts needs words of three characters or more: {word!r}")
            by_lead, slots = (
                (self.by_three, self.table_three)
                if len(word) == 3
                else (self.by_four, self.table_four)
            )
            lead = word[: 3 if len(word) == 3 else 4]
            by_lead[lead] = (*by_lead.get(lead, ()), word)
            slots[_hash(lead)] = True


@lru_cache(maxsize=16)
def _word_table(words: tuple[str, ...]) -> _WordTable:
    return _WordTable(words)


def word_starts(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Every position of ``lowered`` where one of ``words`` (three characters or more) is
    written, inside a word or not, in order: what a ``str.find`` loop per word would give,
    merged and sorted."""
    table = _word_table(words)
    if len(lowered) < 5:
        return sorted(
            {
                start
                for start in range(len(lowered))
                if any(lowered.startswith(word, start) for word in words)
            }
        )
    three, four, _ = _hashes(lowered)
    candidates = (
        (3, three, table.table_three, table.by_three),
        (4, four, table.table_four, table.by_four),
    )
    return sorted(
        found
        for found, members in _hashed_candidates(lowered, candidates)
        if any(lowered.startswith(word, found) for word in members)
    )
