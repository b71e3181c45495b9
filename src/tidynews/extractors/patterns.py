"""Regular-expression helpers shared by the extractors.

Why a module of its own: the cue filters and the number-word scan run a pattern over every
position of every article, so how an alternation is written decides much of their cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of words written as a trie ("f(?:i(?:ft(?:een|y)|ve)|o(?:rty|ur(?:teen)?))").

    Python's regex engine tries the branches of an alternation one after the other at each
    position; as a trie it follows one branch per letter, and the longest word still wins
    where several share a start ("fourteen" before "four"). Matches what ``"|".join`` of the
    words (longest first) matches.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{emit(tree)})"
