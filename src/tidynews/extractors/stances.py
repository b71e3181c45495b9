"""Stances: who recognises, backs, stays neutral on or opposes the case's contested parties.

A stance needs a cue in its own sentence (annotation guide): a recognition word, a support
word, "neutral" or "oppose". Around each cue we find the subject (a contested party from the
case file) and the actors, by construction:

- active: "Russia and China continue to back Mr Maduro" (actors before the cue)
- passive: "was recognised by the US and ..." (actors after "by")
- compound: "US-backed interim president Juan Guaidó"
- noun: "has the backing of Russia, China, and Turkey", "support for X from Y", "X's support"
- urged: "urged EU nations to recognise X" (the urged party, intended)
- joined: "they will join the US in recognising X" (the joiner; the joined already do)

Officials stand for their state or bloc (``party_id``); unnamed groups ("several Latin
American countries") give a row with a null actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..annotate import AnnotatedArticle, Mention
from ..cases import Case
from .clauses import (
    OBJECT_PRONOUNS,
    SentenceView,
    clause_end,
    clause_start,
    forward_run,
    modality,
    nearest_run,
    pronoun_before,
    resolve_pronoun,
    sentence_views,
    urged_party,
)

STANCE_COLUMNS = (
    "article_id",
    "sentence_id",
    "start",
    "end",
    "evidence",
    "actor_id",
    "actor_name",
    "party_id",
    "stance",
    "subject_id",
    "subject_name",
    "modality",
)

CUES: dict[str, str] = {
    **dict.fromkeys(
        "recognise recognises recognised recognising recognize recognizes recognized "
        "recognizing recognition".split(),
        "recognises",
    ),
    **dict.fromkeys(
        "back backs backed backing support supports supported supporting endorse endorses "
        "endorsed endorsing".split(),
        "backs",
    ),
    **dict.fromkeys("neutral neutrality".split(), "neutral"),
    **dict.fromkeys("oppose opposes opposed opposing".split(), "opposes"),
}
# Cheap sentence filter: a sentence without one of these stems has no stance cue.
CUE_STEMS = (
    "recogni",
    "back",
    "support",
    "endors",
    "neutral",
    "oppos",
    "legitimate",
    "stand with",
    "stands with",
    "stood with",
    "allied with",
    "sided with",
)
PHRASE_CUES = {
    ("stand", "with"): "backs",
    ("stands", "with"): "backs",
    ("stood", "with"): "backs",
    ("standing", "with"): "backs",
    ("allied", "with"): "backs",
    ("sided", "with"): "backs",
    ("side", "with"): "backs",
}
LEGITIMATE_HEADS = frozenset({"president", "leader", "head", "government", "representative"})
# "win support", "seek backing": the subject wants support, it does not give it.
SEEKING = frozenset(
    "win wins won winning seek seeks sought seeking gain gains gained garner rally rallied "
    "lobby lobbying lose loses lost losing need needs needed withdrawal".split()
)
NOT_AFTER_BACK = frozenset({"to", "in", "from", "home", "down", "off", "out", "away", "into"})
UNNAMED_GROUP = re.compile(
    r"\b(?:several|many|some|most|other|dozens of|a number of|more than \w+|over \w+|"
    r"about \w+|\d[\d,]*|[a-z]+-)\s+(?:[A-Z][\w-]*\s+){0,2}(?:other\s+)?"
    r"(?:countries|nations|governments|states)\b"
)


@dataclass(frozen=True)
class Cue:
    index: int  # token index of the cue word (last word of a phrase cue)
    stance: str


def extract_stances(article: AnnotatedArticle, case: Case) -> list[dict]:
    """Stance rows for one annotated article."""
    subjects = {party.id for party in case.subjects}
    rows: list[dict] = []
    for view in sentence_views(article, CUE_STEMS):
        if not any(m.entity_id in subjects for m in view.mentions) and not _has_object_pronoun(
            view
        ):
            continue
        for cue in _cues(view):
            rows.extend(_rows_for_cue(article, view, cue, subjects))
    return _unique(rows)


def _has_object_pronoun(view: SentenceView) -> bool:
    return any(view.lower(i) in OBJECT_PRONOUNS for i in range(view.start, view.end))


def _cues(view: SentenceView) -> list[Cue]:
    cues = []
    for index in range(view.start, view.end):
        word = view.lower(index)
        stance = CUES.get(word)
        if stance == "backs" and word == "back" and view.lower(index + 1) in NOT_AFTER_BACK:
            continue
        if stance is None and (view.lower(index - 1), word) in PHRASE_CUES:
            stance = PHRASE_CUES[(view.lower(index - 1), word)]
        if stance is None and word == "legitimate" and view.lower(index + 1) in LEGITIMATE_HEADS:
            stance = "recognises"
        if stance is not None:
            cues.append(Cue(index, stance))
    return cues


def _rows_for_cue(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, subjects: set[str]
) -> list[dict]:
    if view.lower(cue.index - 1) in SEEKING or view.lower(cue.index - 2) in SEEKING:
        return []
    subject = _subject(article, view, cue, subjects)
    if subject is None:
        return []
    exclude = {subject.entity_id}
    actors, mood, unnamed = _actors(article, view, cue, subject, exclude)
    rows = [_row(article, view, actor, cue.stance, subject, mood) for actor in actors]
    if unnamed:
        rows.append(_row(article, view, None, cue.stance, subject, mood))
    return rows


def _subject(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, subjects: set[str]
) -> Mention | None:
    """The contested party the cue points at: after it, or before it for passives and nouns."""
    end = clause_end(view, cue.index)
    if view.lower(cue.index - 1) == "-":  # "US-backed interim president Juan Guaidó"
        end = min(view.end, cue.index + 8)
    for index in range(cue.index + 1, min(end, cue.index + 9)):
        mention = view.mention_covering(index)
        if mention is not None and mention.entity_id in subjects:
            return mention
        if view.lower(index) in OBJECT_PRONOUNS:
            return _subject_before(article, view, index, subjects)
    return _subject_before(article, view, cue.index, subjects)


def _subject_before(
    article: AnnotatedArticle, view: SentenceView, index: int, subjects: set[str]
) -> Mention | None:
    char = article.doc[index].idx
    earlier = [
        m
        for m in article.mentions
        if m.entity_id in subjects and m.end <= char and m.sentence_id >= view.sentence_id - 1
    ]
    same_sentence = [m for m in earlier if m.sentence_id == view.sentence_id]
    pool = same_sentence or earlier
    return pool[-1] if pool else None


def _actors(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, subject: Mention, exclude: set[str]
) -> tuple[list[Mention], str, bool]:
    """Who takes the stance, the modality, and whether an unnamed group takes it too."""
    index = cue.index
    start = clause_start(view, index)
    by_prep = frozenset({"of"})
    # Compound: "US-backed".
    if view.lower(index - 1) == "-":
        mention = view.mention_ending(index - 2)
        if mention is not None and mention.entity_id not in exclude:
            return [mention], "asserted", False
        return [], "asserted", False
    # Passive: "recognised by the US and ...".
    after = index + 1
    while view.lower(after) in {"so", "far", "already", "formally", "officially", "now"}:
        after += 1
    if view.lower(after) == "by":
        run = forward_run(view, after + 1, clause_end(view, after), exclude)
        return run, modality(view, start, index), _unnamed_after(view, after)
    # Noun: "the backing of Russia", "support from X".
    if view.lower(index + 1) in {"of", "from"} and view.lower(index - 1) in {
        "the",
        "full",
        "its",
        "their",
        "strong",
    }:
        run = forward_run(view, index + 2, clause_end(view, index + 1), exclude)
        if run:
            return run, modality(view, start, index), False
    # Urged: "urged EU nations to recognise".
    urged = urged_party(view, start, index, exclude)
    if urged:
        return urged, "intended" if modality(view, start, index) != "negated" else "negated", False
    # Joined: "they will join the United States in recognising".
    joined = _joiner(view, start, index)
    if joined is not None:
        start, index_limit = joined
        run = nearest_run(view, start, index_limit, exclude, by_prep)
        actors = run or _pronoun_actors(article, view, start, index_limit, exclude)
        return actors, modality(view, start, index), False
    run = nearest_run(view, start, index, exclude, by_prep)
    if run:
        return run, modality(view, run[-1].token_end, index), _unnamed_before(view, start, index)
    actors = _pronoun_actors(article, view, start, index, exclude)
    return actors, modality(view, start, index), _unnamed_before(view, start, index)


def _joiner(view: SentenceView, start: int, cue: int) -> tuple[int, int] | None:
    """For 'X will join Y in recognising', the token range where X (the joiner) stands."""
    for index in range(cue - 1, start - 1, -1):
        if view.lower(index) in {"join", "joins", "joined", "joining"}:
            return start, index
    return None


def _pronoun_actors(
    article: AnnotatedArticle, view: SentenceView, start: int, end: int, exclude: set[str]
) -> list[Mention]:
    found = pronoun_before(view, start, end)
    if found is None:
        return []
    return resolve_pronoun(article, view, found[0], found[1], exclude)


def _unnamed_before(view: SentenceView, start: int, cue: int) -> bool:
    text = view.article.text[view.doc[start].idx : view.doc[cue].idx]
    return bool(UNNAMED_GROUP.search(text))


def _unnamed_after(view: SentenceView, by: int) -> bool:
    end = clause_end(view, by)
    text = view.article.text[view.doc[by].idx : view.doc[end - 1].idx + len(view.doc[end - 1])]
    return bool(UNNAMED_GROUP.search(text))


def _row(
    article: AnnotatedArticle,
    view: SentenceView,
    actor: Mention | None,
    stance: str,
    subject: Mention,
    mood: str,
) -> dict:
    sentence = article.sentences[view.sentence_id]
    return {
        "article_id": article.article_id,
        "sentence_id": view.sentence_id,
        "start": sentence.start,
        "end": sentence.end,
        "evidence": article.text[sentence.start : sentence.end],
        "actor_id": actor.entity_id if actor else None,
        "actor_name": actor.name if actor else None,
        "party_id": actor.party_id if actor else None,
        "stance": stance,
        "subject_id": subject.entity_id,
        "subject_name": subject.name,
        "modality": mood,
    }


def _unique(rows: list[dict]) -> list[dict]:
    seen = set()
    unique = []
    for row in rows:
        key = (
            row["sentence_id"],
            row["actor_id"],
            row["stance"],
            row["subject_id"],
            row["modality"],
        )
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique
