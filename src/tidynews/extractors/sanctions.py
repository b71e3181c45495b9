"""Sanctions: who imposes which measure on whom, and whether it is imposed, already in force,
proposed, threatened, lifted or ruled out.

Around each measure word ("sanctions", "curbs", "asset freeze", "travel ban", "embargo") we find
the imposer like a stance's actor (the nearest coordinated names before the cue, "by X" after a
passive, the party urged to act in "urged EU nations to impose", or a modifier as in "EU
sanctions"), the targets after "on/against/targeting" (named people, companies and countries
get their ids; anything else a kind, with a count when one is given: "18 Venezuelans"), and
the status from the words around the cue.
"""

from __future__ import annotations

import re

from ..annotate import AnnotatedArticle, Mention
from ..cases import Case
from .clauses import (
    SentenceView,
    clause_end,
    clause_start,
    forward_run,
    has_negation,
    nearest_run,
    pronoun_before,
    resolve_pronoun,
    sentence_views,
    urged_party,
    window_words,
)

SANCTION_COLUMNS = (
    "article_id",
    "sentence_id",
    "start",
    "end",
    "evidence",
    "imposer_id",
    "imposer_name",
    "target_id",
    "target_name",
    "target_kind",
    "measure",
    "status",
    "n_targets",
)

# Measure words, by the (lower-cased) token that carries them, and the measure they name.
MEASURES: dict[str, str] = {
    **dict.fromkeys(["sanction", "sanctions", "sanctioned", "sanctioning"], "sanctions"),
    **dict.fromkeys(["curbs", "curb"], "curbs"),
    **dict.fromkeys(["embargo", "embargoes"], "embargo"),
    **dict.fromkeys(["blacklist", "blacklisted", "blacklisting"], "blacklisting"),
}
PHRASE_MEASURES: dict[tuple[str, str], str] = {
    ("asset", "freeze"): "asset freeze",
    ("assets", "freeze"): "asset freeze",
    ("travel", "ban"): "travel ban",
    ("travel", "bans"): "travel ban",
    ("visa", "ban"): "travel ban",
    ("visa", "bans"): "travel ban",
    ("visa", "restrictions"): "travel ban",
    ("entry", "ban"): "travel ban",
    ("froze", "assets"): "asset freeze",
    ("frozen", "assets"): "asset freeze",
    ("freeze", "assets"): "asset freeze",
    ("freezing", "assets"): "asset freeze",
    ("barred", "entry"): "travel ban",
    ("arms", "embargo"): "embargo",
}
CUE_STEMS = (
    "sanction",
    "curb",
    "embargo",
    "blacklist",
    "freeze",
    "froze",
    "frozen",
    "ban",
    "barred",
    "visa restriction",
)
EXISTING = frozenset(
    "existing already previously remain remains remained since earlier prior standing "
    "current currently".split()
)
PROPOSED = frozenset(
    "urge urges urged urging consider considers considered considering plan plans planned "
    "planning propose proposes proposed proposing call calls called calling push pushes "
    "pushed weigh weighs weighing mulling discuss discussed discussing could would expected "
    "may might seek seeks sought draft drafting prepare prepares preparing".split()
)
THREATENED = frozenset(
    "threaten threatens threatened threatening warn warns warned warning".split()
)
LIFTED = frozenset(
    "lift lifts lifted lifting ease eases eased easing remove removes removed "
    "removing revoke revoked suspend suspended delisted delist".split()
)
TARGET_PREPOSITIONS = frozenset({"on", "against", "targeting", "targets", "target", "over"})
KIND_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "officials official figures individuals people persons members leaders venezuelans "
        "russians generals judges ministers lawmakers oligarchs allies associates "
        "businessmen relatives family families officers".split(),
        "people",
    ),
    **dict.fromkeys(
        "company companies firm firms bank banks entities entity businesses corporations".split(),
        "company",
    ),
    **dict.fromkeys(
        "official chief head director minister governor general judge officer businessman "
        "oligarch commander president vice-president ally".split(),
        "person",
    ),
    **dict.fromkeys("government regime administration state".split(), "government"),
    **dict.fromkeys(
        "sector sectors industry industries oil gold mining debt bonds trade "
        "exports imports shipping".split(),
        "sector",
    ),
}
NUMBER = re.compile(r"^\d[\d,]*$")
WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
}


def extract_sanctions(article: AnnotatedArticle, case: Case) -> list[dict]:
    """Sanction rows for one annotated article."""
    subjects = {party.id for party in case.subjects}
    rows: list[dict] = []
    for view in sentence_views(article, CUE_STEMS):
        for cue, measure in _cues(view):
            rows.extend(_rows_for_cue(article, view, cue, measure, subjects))
    return _unique(rows)


def _cues(view: SentenceView) -> list[tuple[int, str]]:
    found = []
    for index in range(view.start, view.end):
        pair = (view.lower(index - 1), view.lower(index))
        if pair in PHRASE_MEASURES:
            found.append((index, PHRASE_MEASURES[pair]))
        elif view.lower(index) in MEASURES:
            found.append((index, MEASURES[view.lower(index)]))
    # A phrase and its head word ("travel ban" then "ban") are one cue: keep the first.
    kept: list[tuple[int, str]] = []
    for index, measure in found:
        if kept and index - kept[-1][0] <= 1:
            continue
        kept.append((index, measure))
    return kept


def _rows_for_cue(
    article: AnnotatedArticle, view: SentenceView, cue: int, measure: str, subjects: set[str]
) -> list[dict]:
    targets, kind, count = _targets(view, cue, subjects)
    if not targets and kind is None:
        return []
    exclude = {t.entity_id for t in targets}
    start = clause_start(view, cue)
    imposers, status = _imposers_and_status(article, view, cue, start, exclude)
    if not imposers:
        return []
    rows = []
    for imposer in imposers:
        if targets:
            for target in targets:
                rows.append(
                    _row(
                        article,
                        view,
                        imposer,
                        target,
                        _kind_of(target, case_kind=None),
                        measure,
                        status,
                        None,
                    )
                )
        else:
            rows.append(_row(article, view, imposer, None, kind, measure, status, count))
    return rows


def _targets(
    view: SentenceView, cue: int, subjects: set[str]
) -> tuple[list[Mention], str | None, int | None]:
    """Targets after the cue ('sanctions on X and Y', 'against 18 Venezuelans'), or before a
    passive verb ('X was sanctioned by the US')."""
    end = clause_end(view, cue)
    index = cue + 1
    if view.lower(cue + 1) == "by":
        before = nearest_run(view, clause_start(view, cue), cue, set(), frozenset({"of"}))
        return before, None, None
    # "sanctioned X" (verb) takes its object directly; nouns take a preposition.
    if view.lower(cue) not in {
        "sanctioned",
        "sanctioning",
        "blacklisted",
        "froze",
        "frozen",
        "freeze",
        "freezing",
    }:
        while index < end and view.lower(index) not in TARGET_PREPOSITIONS:
            index += 1
            if index - cue > 6:
                return [], None, None
        index += 1
    mentions: list[Mention] = []
    count: int | None = None
    kind: str | None = None
    stop = min(end, index + 12)
    cursor = index
    while cursor < stop:
        word = view.lower(cursor)
        mention = view.mention_starting(cursor)
        if mention is not None:
            following = view.lower(mention.token_end)
            if mention.kind == "demonym" or following in {"'s", "’s"}:
                if mention.kind == "demonym" and word.endswith("s") and kind is None:
                    kind = "people"
                cursor = mention.token_end
                continue
            if mention.entity_type in {"person", "org", "country"}:
                mentions.append(mention)
            cursor = mention.token_end
            continue
        if NUMBER.match(word) or word in WORD_NUMBERS:
            count = int(word.replace(",", "")) if NUMBER.match(word) else WORD_NUMBERS[word]
        elif word in KIND_WORDS and kind is None:
            kind = KIND_WORDS[word]
        elif word in {"who", "which", "accused", "for", "over", "after", "in", "to", "that"} and (
            mentions or kind
        ):
            break
        cursor += 1
    if mentions:
        return mentions, None, None
    return [], kind, count


def _imposers_and_status(
    article: AnnotatedArticle, view: SentenceView, cue: int, start: int, exclude: set[str]
) -> tuple[list[Mention], str]:
    urged = urged_party(view, start, cue, exclude)
    if urged:
        return urged, _status(view, urged[-1].token_end, cue, default="proposed")
    # Modifier: "EU sanctions", "US curbs", "new US sanctions".
    modifier = view.mention_ending(cue - 1) or view.mention_ending(cue - 2)
    # Passive: "were sanctioned by the US".
    if view.lower(cue + 1) == "by":
        run = forward_run(view, cue + 2, clause_end(view, cue + 1), exclude)
        if run:
            return run, _status(view, start, cue)
    run = nearest_run(view, start, cue, exclude, frozenset({"of"}))
    if run:
        return run, _status(view, run[-1].token_end, cue)
    if modifier is not None and modifier.entity_id not in exclude:
        return [modifier], _status(view, start, cue)
    found = pronoun_before(view, start, cue)
    if found is not None:
        actors = resolve_pronoun(article, view, found[0], found[1], exclude)
        return actors, _status(view, start, cue)
    return [], "imposed"


def _status(view: SentenceView, first: int, cue: int, default: str = "imposed") -> str:
    words = window_words(view, first, cue + 1)
    after = window_words(view, cue + 1, cue + 4)
    if any(word in LIFTED for word in words):
        return "lifted"
    if has_negation(words):
        return "negated"
    if any(word in THREATENED for word in words):
        return "threatened"
    in_place = after[:2] == ["in", "place"]
    if any(word in EXISTING for word in words) or "regime" in after or in_place:
        return "existing"
    if any(word in PROPOSED for word in words) or "will" in words:
        return "proposed"
    return default


def _kind_of(target: Mention, case_kind: str | None) -> str:
    if target.entity_type == "person":
        return "person"
    if target.entity_type == "country":
        return "country"
    return case_kind or "company"


def _row(
    article: AnnotatedArticle,
    view: SentenceView,
    imposer: Mention,
    target: Mention | None,
    kind: str | None,
    measure: str,
    status: str,
    count: int | None,
) -> dict:
    sentence = article.sentences[view.sentence_id]
    party = imposer.party_id or imposer.entity_id
    return {
        "article_id": article.article_id,
        "sentence_id": view.sentence_id,
        "start": sentence.start,
        "end": sentence.end,
        "evidence": article.text[sentence.start : sentence.end],
        "imposer_id": party,
        "imposer_name": imposer.name,
        "target_id": target.entity_id if target else None,
        "target_name": target.name if target else None,
        "target_kind": kind,
        "measure": measure,
        "status": status,
        "n_targets": count,
    }


def _unique(rows: list[dict]) -> list[dict]:
    seen = set()
    unique = []
    for row in rows:
        key = (
            row["sentence_id"],
            row["imposer_id"],
            row["target_id"],
            row["target_kind"],
            row["status"],
        )
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique
