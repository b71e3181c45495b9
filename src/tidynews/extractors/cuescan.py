"""Which sentences hold any of a set of cue needles, found in one vectorised pass.

The cue filters of stances and sanctions look for about a hundred needles ("recogni",
"sanction", "the price", …) in an article's lower-cased text. One ``str.find`` per needle
scans the whole text each time. Here the text's characters become a numpy array once per
article, and a hash of the four and five characters opening at every position is computed
with a few whole-array operations (shared by both filters); a needle can only stand where
the hash of its opening is in that needle set's table. Those few places are then checked
with ``str.startswith``, so the answer is exactly the one a ``str.find`` per needle gives.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from ..document import AnnotatedArticle

_BITS = 20  # size of the hash tables: 2**20 booleans, 1 MB per needle set
_MULTIPLIER = np.uint32(0x9E3779B1)  # (Fibonacci hashing of the running key)
_STEP = np.uint32(131)
_SHIFT = np.uint32(32 - _BITS)


def _code(character: str) -> int:
    """A character's code as the arrays hold it: ASCII as itself, anything else 127."""
    return min(ord(character), 127)


def _hash(opening: str) -> int:
    """The table slot of a four- or five-character opening, as ``_hashes`` computes it."""
    key = 0
    for character in opening:
        key = (key * 131 + _code(character)) & 0xFFFFFFFF
    return ((key * 0x9E3779B1) & 0xFFFFFFFF) >> (32 - _BITS)


class _NeedleTable:
    """One needle set, split by length: five or more characters are looked up by the hash of
    their first five, four by the hash of all four, shorter ones by ``str.find``."""

    __slots__ = ("by_five", "by_four", "short", "table_five", "table_four")

    def __init__(self, needles: Sequence[str]) -> None:
        unique = [needle for needle in dict.fromkeys(needles) if needle]
        # a needle holding another is found wherever that one is (as _needle_groups reads it)
        unique = [n for n in unique if not any(other != n and other in n for other in unique)]
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


def _hashes(article: AnnotatedArticle, lowered: str) -> tuple[np.ndarray, np.ndarray]:
    """The hash of the four and of the five characters opening at each position of the
    lower-cased text (made once per article, for every needle set)."""
    found = article.shared.get("cue hashes")
    if found is None or found[0] is not lowered:
        codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        codes = np.minimum(codes, np.uint32(127))
        size = len(codes)
        key = codes[: size - 3] * _STEP
        key += codes[1 : size - 2]
        key *= _STEP
        key += codes[2 : size - 1]
        key *= _STEP
        key += codes[3:]
        five = key[:-1] * _STEP
        five += codes[4:]
        key *= _MULTIPLIER
        key >>= _SHIFT
        five *= _MULTIPLIER
        five >>= _SHIFT
        found = article.shared["cue hashes"] = (lowered, key, five)
    return found[1], found[2]


def sentences_holding_any(
    article: AnnotatedArticle, needles: tuple[str, ...], lowered: str
) -> list[int]:
    """Ids of the sentences whose text holds any of the needles whole, in order (the same
    answer as ``clauses.sentences_holding``); ``lowered`` is as long as the text."""
    firsts = article.sentence_firsts()
    sentences = article.sentences
    table = _needle_table(needles)
    kept: set[int] = set()
    if len(lowered) >= 5:
        four, five = _hashes(article, lowered)
        for width, hashes, slots, by_lead in (
            (5, five, table.table_five, table.by_five),
            (4, four, table.table_four, table.by_four),
        ):
            if not by_lead:
                continue
            for found in np.flatnonzero(slots[hashes]).tolist():
                sentence_id = bisect_right(firsts, found) - 1
                if sentence_id < 0 or sentence_id in kept:
                    continue
                members = by_lead.get(lowered[found : found + width])
                if members is None:
                    continue
                end = sentences[sentence_id].end
                for needle in members:
                    if found + len(needle) <= end and lowered.startswith(needle, found):
                        kept.add(sentence_id)
                        break
        short = table.short
    else:
        short = tuple(dict.fromkeys(needles))
    count = len(sentences)
    for needle in short:
        if not needle:
            continue
        found = lowered.find(needle)
        while found != -1:
            sentence_id = bisect_right(firsts, found) - 1
            if sentence_id >= 0 and (
                sentence_id in kept or found + len(needle) <= sentences[sentence_id].end
            ):
                kept.add(sentence_id)
                if sentence_id + 1 >= count:
                    break
                found = lowered.find(needle, firsts[sentence_id + 1])
            else:
                found = lowered.find(needle, found + 1)
    return sorted(kept)
