"""Sanctions over a whole article: each sentence holding a cue word (``CUE_STEMS``) read into
rows, with what the sentences before it said: a story's sole imposer for its agentless
passives, members named in the sentence after their group ("Among them is VTB."), followers
("…, and the US and Britain followed"); a member restated from the sentence before is dropped,
so the table has one row per fact."""

from __future__ import annotations

import re

from ...cases import Case
from ...document import AnnotatedArticle, Mention
from ...people import TITLE_WORDS
from ..clauses import (
    SentenceView,
    _past_fronted_adverbial,
    clause_end,
    follows_alone,
    in_open_question,
    in_relative_clause,
    in_supposition,
    in_theory,
    is_question,
    is_time_phrase,
    run_ending_before,
    sentence_view,
    sentence_views,
)
from .cues import _cues
from .imposers import NEWS_DAYS, THOSE_ADVERBS
from .measure import _implicit_target, _rows_for_cue
from .records import _kind_of, _unique
from .status import ADOPTING, PACKAGE_HEADS
from .targets import _count
from .vocabulary import (
    CUE_STEMS,
    GROUP_KINDS,
    MEASURED_PARTICIPLES,
    MEMBER_OPENING_REACH,
    MEMBER_SENTENCE,
    MEMBER_TYPES,
    MEMBERS_NEXT,
    NAMING_COPULAS,
    PROPOSED,
    REPORTING_VERBS,
    THREATENED,
    CaseFacts,
)


def extract_sanctions(article: AnnotatedArticle, case: Case) -> list[dict]:
    """Sanction rows for one annotated article."""
    facts = CaseFacts(
        article.companies,
        case.home_country if case is not None else None,
        case.contested if case is not None else frozenset(),
    )
    rows: list[dict] = []
    recent_imposers: list[Mention] = []
    recent_at = -2  # the sentence the recent imposers last imposed in
    # what was just sanctioned: a later "it" that imposes is not that ("… imposed sanctions on
    # the state oil company, PDVSA. In March, it sanctioned Minerven.")
    just_targeted: set[str] = set()
    just_targeted_at = -1  # the sentence that targeted them (its memory lasts two sentences)
    # an act naming no target ("The EU adopted new sanctions.") lends its imposer to the next
    # sentence only ("Sberbank will be excluded from SWIFT."); then the memory before it is back
    untargeted_until, kept = -1, (recent_imposers, recent_at)
    adoptions: dict[int, set[str]] = {}  # sentence -> who adopted a package in it
    for view in sentence_views(article, CUE_STEMS):
        if 0 <= untargeted_until < view.sentence_id:
            (recent_imposers, recent_at), untargeted_until = kept, -1
        if is_question(article.text, article.sentences[view.sentence_id]):
            continue
        targeted_here: set[str] = set()
        adopters = _adopters_of_a_package(view)
        if adopters:
            adoptions[view.sentence_id] = adopters
        if recent_imposers and _one_imposer_so_far(rows):
            # a story of one state's measures: its agentless passives are that state's, however
            # far back it was last named ("Putin and Lavrov were added the following day")
            recent_at = max(recent_at, view.sentence_id - 1)
        for cue in _cues(view):
            if in_supposition(view, cue.index, modal_ends=False) or in_theory(view, cue.index):
                continue  # "If Germany backed an embargo on Russian gas, …": supposed
            if in_open_question(view, cue.index):
                continue  # "Asked whether the US might consider sanctions on Turkey": a question
            found, imposers = _rows_for_cue(
                article,
                view,
                cue,
                facts,
                recent_imposers,
                _still_just_targeted(just_targeted, just_targeted_at, view) | targeted_here,
                recent_at,
                targeted_here,
                _implicit_target(article, view, rows, facts.home, cue),
            )
            rows.extend(found)
            targeted_here.update(row["target_id"] for row in found if row["target_id"])
            if imposers and found:
                recent_imposers, recent_at = imposers, view.sentence_id
                untargeted_until = -1
            elif imposers and untargeted_until < 0:
                kept = (recent_imposers, recent_at)
                recent_imposers, recent_at = imposers, view.sentence_id
                untargeted_until = view.sentence_id + 1
        copies, followers = _followed(
            view, [r for r in rows if r["sentence_id"] == view.sentence_id]
        )
        if followers:  # "… froze the assets of Sberbank and Japan followed suit": no target
            rows = [
                r
                for r in rows
                if r["sentence_id"] != view.sentence_id or r["target_id"] not in followers
            ]
        rows.extend(copies)
        _content_of_an_adoption(view, rows, adoptions)
        _reported_content(view, rows)
        _held_measures_spelled_out(article, view, rows)
        _at_the_same_time_as_before(view, rows)
        rows.extend(_as_was_too(view, [r for r in rows if r["sentence_id"] == view.sentence_id]))
        rows.extend(_members_named_next(article, view, rows))
        if targeted_here:
            just_targeted, just_targeted_at = targeted_here, view.sentence_id
    rows.extend(_followed_next(article, rows))
    rows = _officials_for_the_story_state(rows, facts.contested)
    return _unique(_without_restated_members(rows))


JUST_TARGETED_REACH = 2  # sentences after a target in which "it" does not name it


def _still_just_targeted(targeted: set[str], at: int, view: SentenceView) -> set[str]:
    """What was just sanctioned, while it is recent: "… imposed sanctions on PDVSA. In March,
    it sanctioned Minerven" (not PDVSA); ten paragraphs on, "It has not joined the Western
    sanctions" may well be the country the EU once declined to sanction."""
    return targeted if 0 <= view.sentence_id - at <= JUST_TARGETED_REACH else set()


def _officials_for_the_story_state(rows: list[dict], contested: frozenset[str]) -> list[dict]:
    """An official whose state the article never names for them ("Scott Morrison has slapped
    sanctions on Vladimir Putin", "Chief Cabinet Secretary Hirokazu Matsuno said asset
    freezes … were under consideration") imposes for the state that imposes most of the
    story's other measures (more than half of them); with no such state the row keeps the
    person. The case's contested people act for no state here."""
    states = [r["imposer_id"] for r in rows if r["imposer_id"] and _is_a_state_or_bloc(r)]
    if not states:
        return rows
    top = max(set(states), key=states.count)
    if states.count(top) * 2 <= len(states):
        return rows
    name = next(r["imposer_name"] for r in rows if r["imposer_id"] == top)
    return [
        {**r, "imposer_id": top, "imposer_name": name}
        if (r["imposer_id"] or "").startswith("person:") and r["imposer_id"] not in contested
        else r
        for r in rows
    ]


def _is_a_state_or_bloc(row: dict) -> bool:
    return row["imposer_id"].startswith(("country:", "org:"))


def _followed_next(article: AnnotatedArticle, rows: list[dict]) -> list[dict]:
    """ "The EU imposed sanctions on Sberbank. Canada followed suit on Monday.": a sentence
    with no cue of its own whose subject repeats the measures of the sentence before (by
    ``_followed``), with its own provenance."""
    by_sentence: dict[int, list[dict]] = {}
    for row in rows:
        by_sentence.setdefault(row["sentence_id"], []).append(row)
    copies: list[dict] = []
    for sentence_id, here in by_sentence.items():
        following = sentence_id + 1
        if following in by_sentence or following >= len(article.sentences):
            continue
        view = sentence_view(article, following)
        found, _ = _followed(view, here, opening=True)
        copies += [{**row, **article.provenance(following)} for row in found]
    return copies


def _one_imposer_so_far(rows: list[dict]) -> bool:
    """Have all the article's measures so far one imposer, a state or bloc?"""
    imposers = {row["imposer_id"] for row in rows}
    return (
        len(imposers) == 1
        and next(iter(imposers)) is not None
        and not next(iter(imposers)).startswith("person:")
    )


def _without_restated_members(rows: list[dict]) -> list[dict]:
    """Drop a member copied from the sentence before ("The US sanctioned five officials.
    Those sanctioned include X.") when the member's own sentence already gives that fact
    through a cue of its own: one row per fact, where it is stated."""
    stated = {
        (row["sentence_id"], row["imposer_id"], row["target_id"], row["status"])
        for row in rows
        if MEMBER_SENTENCE not in row
    }
    kept = []
    for row in rows:
        member_sentence = row.pop(MEMBER_SENTENCE, None)
        key = (member_sentence, row["imposer_id"], row["target_id"], row["status"])
        if member_sentence is None or key not in stated:
            kept.append(row)
    return kept


def _members_named_next(
    article: AnnotatedArticle, view: SentenceView, rows: list[dict]
) -> list[dict]:
    """ "The EU banned seven Russian banks from SWIFT. Among them is VTB.": the members a
    next sentence opening "Among them" / "They include" names are targets of the group's
    measure, with its imposer and status (the sentence has no cue of its own)."""
    # (past a sentence that reported no measure of its own: "Canada imposed sanctions on five
    # officials. The ministry said the sanctions targets 'have been implicated in …'. Those
    # targeted include A.")
    told_here = any(row["sentence_id"] == view.sentence_id for row in rows)
    group_sentence = view.sentence_id if told_here else view.sentence_id - 1
    groups = [
        row
        for row in rows
        if row["sentence_id"] == group_sentence
        and row["target_id"] is None
        and row["target_kind"] in MEMBER_TYPES
    ]
    following = view.sentence_id + 1
    if not groups or following >= len(article.sentences):
        return []
    first, _ = article.token_range(following)
    opening = article.tokens.words[first : first + MEMBER_OPENING_REACH]
    after = 2 if tuple(opening[:2]) in MEMBERS_NEXT else _those_measured_are(opening)
    if after < 0:
        return []
    members = [
        m
        for m in article.mentions_in(following)
        if m.kind != "demonym"
        and m.token_start >= first + after
        and not _related_to(article, m)
        # (not a name a member's description holds: "Caryslia Rodríguez, the president of the
        # Supreme Court, which last month certified Maduro's re-election")
        and not (in_relative_clause(article, m) and m.entity_type == "person")
        and article.tokens.lower(m.token_end) not in {"'s", "’s"}
        # (not a title in an "as" description: "Luis Parra, whom the government recognised
        # as president of the National Assembly" lists Parra, not the title's usual holder)
        and article.tokens.lower(m.token_start - 1) != "as"
    ]
    if _list_place_opening(opening) >= 0:
        # "Top of the list is A, boss of the National Guard": the names the copula
        # coordinates, not those their descriptions name
        members = _coordinated_from(article, first + after, members)
    copies = []
    for row in groups:
        for member in members:
            if member.entity_type == MEMBER_TYPES[row["target_kind"]]:
                kind = "person" if member.entity_type == "person" else "company"
                copy = {**row, "target_id": member.entity_id, "target_name": member.name}
                copies.append(
                    {**copy, "target_kind": kind, "n_targets": None, MEMBER_SENTENCE: following}
                )
    return copies


RELATING_WORDS = frozenset({"linked", "close", "tied", "loyal", "connected", "related", "allied"})
RELATION_TITLE_REACH = 4  # title words between "linked to" and the name ("Russian President")


def _related_to(article: AnnotatedArticle, mention: Mention) -> bool:
    """Is the name the one a listed group is related to ("businessmen linked to Russian
    President Vladimir Putin", "oligarchs close to the Kremlin"), not a member of it?"""
    words = article.tokens.words
    position = mention.token_start - 1
    while (
        position > 0
        and mention.token_start - position <= RELATION_TITLE_REACH
        and (words[position] in TITLE_WORDS or article.tokens.text(position)[:1].isupper())
    ):
        position -= 1  # past "Russian President"
    return words[position] in {"to", "with"} and words[position - 1] in RELATING_WORDS


def _those_measured_are(words: list[str]) -> int:
    """Where the names start after an opening that restates the measured group as the
    subject of a list ("The officials targeted were …", "Those sanctioned include …", "The
    people named by the Treasury are …"), or -1."""
    on_the_list = _list_place_opening(words)
    if on_the_list >= 0:
        return on_the_list  # "Top of the list is …", "The fifth man on the list is …"
    start = 1 if words[:1] == ["among"] else 0  # "Among the Russian oligarchs named are …"
    before_the_group = _measured_before_the_group(words, start)
    if before_the_group >= 0:
        return before_the_group  # "The sanctioned Venezuelan state governors include …"
    bare = words[start : start + 1] not in (["the"], ["those"])
    # the group noun, past up to two modifiers ("the seven Russian banks"), or opening the
    # sentence after up to three ("Putin political allies now sanctioned include …")
    first = start if bare else start + 1
    group = next(
        (i for i in range(first, min(len(words), start + 4)) if words[i] in GROUP_KINDS), -1
    )
    if group < 0 and not bare and _count(words[first] if first < len(words) else "") is not None:
        group = first  # "The three listed are A; B; and C": the count stands for the group
    index = group + 1 if group >= 0 else start + 1
    if (words[start] == "the" or bare) and group < 0:
        return -1  # "The affected economy is …": no group of the measured
    while bare and words[index : index + 1] and words[index] in THOSE_ADVERBS:
        index += 1
    if words[index : index + 1] == [] or words[index] not in MEASURED_PARTICIPLES:
        return -1
    for position in range(index + 1, len(words)):
        if words[position] in NAMING_COPULAS:
            return position + 1
        if words[position] in {",", ".", ";", ":"}:
            return -1
    return -1


# (the adopting pasts of a proposal's fate, and the acts that announce a package)
ADOPTING_PASTS = ADOPTING | {"unveiled", "announced", "endorsed", "imposed", "introduced"}
PACKAGE_WORDS = PACKAGE_HEADS | {"measures", "sanctions", "decree", "order"}
# What makes a "will" a plan, not the content of what was just adopted
PLANNING_WORDS = (PROPOSED - {"will", "'ll", "shall"}) | {"if", "unless", "when", "once"}
# Words of more measures to come: "we will hit the regime with a new package", "further"
MORE_TO_COME = frozenset({"further", "another", "next", "more", "additional"})
ADOPTION_REACH = 2  # sentences from the adoption to the one that spells out its content


def _adopters_of_a_package(view: SentenceView) -> set[str]:
    """Who the sentence says adopted a package ("Japan's Cabinet on Tuesday approved a new
    package of sanctions", "The EU adopted its 14th sanctions package"): the parties named
    before the adopting verb; empty when it reports none."""
    words = view.word_set()
    if words.isdisjoint(ADOPTING_PASTS) or words.isdisjoint(PACKAGE_WORDS):
        return set()
    verb = next(i for i in range(view.start, view.end) if view.lower(i) in ADOPTING_PASTS)
    return {
        m.party_id or m.entity_id
        for m in view.mentions
        if m.token_end <= verb and m.entity_type in {"country", "org"} and m.kind != "demonym"
    }


def _restatus(
    rows: list[dict],
    sentence_id: int,
    old: str,
    new: str,
    imposers: set[str] | frozenset[str] | None = None,
) -> None:
    """Give the sentence's rows of status ``old`` (by one of ``imposers``, when given) the
    status ``new``: what a later reading of the sentence's context says they are."""
    for row in rows:
        if (
            row["sentence_id"] == sentence_id
            and row["status"] == old
            and (imposers is None or row["imposer_id"] in imposers)
        ):
            row["status"] = new


def _content_of_an_adoption(
    view: SentenceView, rows: list[dict], adoptions: dict[int, set[str]]
) -> None:
    """A bare "will" right after a package was adopted tells what the package does, not a
    plan: "… approved a new package of sanctions. The new measures will impose restrictions
    on 33 entities" is imposed, by those who adopted it. A "will" with a word of planning
    ("could", "plans", "if") stays proposed."""
    adopters = set()
    for sentence in range(view.sentence_id - ADOPTION_REACH, view.sentence_id):
        adopters |= adoptions.get(sentence, set())
    if not adopters or not view.word_set().isdisjoint(PLANNING_WORDS | MORE_TO_COME):
        return
    if any(
        view.lower(i) == "a" and view.lower(i + 1) == "new" for i in range(view.start, view.end)
    ):
        return  # "we will hit the regime with a new package": one more to come
    if view.word_set().isdisjoint({"will", "'ll"}):
        return
    _restatus(rows, view.sentence_id, "proposed", "imposed", adopters)


# "Washington already has measures of its own in place.": a sentence that announces the
# state's measures in force, which the next one spells out
_HELD_IN_PLACE = re.compile(
    r"\b(?:already|long)\s+(?:has|have|had)\b[^.;]{0,40}?\b(?:measures|sanctions|restrictions)"
    r"\b[^.;]{0,20}?\bin\s+place\b",
    re.IGNORECASE,
)


def _held_measures_spelled_out(
    article: AnnotatedArticle, view: SentenceView, rows: list[dict]
) -> None:
    """ "Washington already has measures of its own in place. On the first day of the war
    the US Treasury designated 24 …": the act the next sentence tells is one of the measures
    in force, unless it names a news day ("on Monday")."""
    if view.sentence_id == 0:
        return
    previous = article.sentences[view.sentence_id - 1]
    held = _HELD_IN_PLACE.search(article.text, previous.start, previous.end)
    if held is None:
        return
    # the holder is the name right before "already has" ("Against Russia, Britain already
    # has measures in place": Britain)
    holder = next(
        (
            m.party_id or m.entity_id
            for m in reversed(article.mentions_in(previous.id))
            if m.end <= held.start() and m.entity_type in {"country", "org"} and m.kind != "demonym"
        ),
        None,
    )
    if holder is None or not NEWS_DAYS.isdisjoint(view.word_set()):
        return
    _restatus(rows, view.sentence_id, "imposed", "existing", {holder})


SAME_TIME_UNITS = frozenset({"day", "time"})


def _at_the_same_time_as_before(view: SentenceView, rows: list[dict]) -> None:
    """ "… froze his assets in February 2022. Lavrov was listed at the same time.": an act
    dated by the acts just told, all of them in force, is in force too (an imposed row
    becomes existing; nothing else changes)."""
    if "same" not in view.word_set():
        return
    if not any(
        view.lower(i) == "same"
        and view.lower(i + 1) in SAME_TIME_UNITS
        and view.lower(i - 1) == "the"
        for i in range(view.start + 1, view.end - 1)
    ):
        return
    if not NEWS_DAYS.isdisjoint(view.word_set()):
        return  # ("… the same day, while Britain froze … on Tuesday": the news's own days)
    before = [row for row in rows if row["sentence_id"] == view.sentence_id - 1]
    if not before or any(row["status"] != "existing" for row in before):
        return
    _restatus(rows, view.sentence_id, "imposed", "existing")


# Nouns that restate the act just reported: "the action", "the measures", "the order"
ACT_RESTATING_NOUNS = frozenset(
    "action measures sanctions move order decision designation designations package".split()
)


def _reported_content(view: SentenceView, rows: list[dict]) -> None:
    """ "Mnuchin said the action would freeze about $7 billion in PDVSA assets", right after
    the act was reported: a reported "would" with the act as its subject tells what the act
    does, not a plan. Rows of the sentence, proposed by an imposer whose act was reported
    in the two sentences before, become imposed."""
    would = _reported_act_would(view)
    if would < 0 or not view.word_set().isdisjoint(PLANNING_WORDS - {"would"}):
        return
    acted = {
        row["imposer_id"]
        for row in rows
        if view.sentence_id - ADOPTION_REACH <= row["sentence_id"] < view.sentence_id
        and row["status"] == "imposed"
    }
    _restatus(rows, view.sentence_id, "proposed", "imposed", acted)


def _reported_act_would(view: SentenceView) -> int:
    """Where "would" stands in "<reporting verb> (that) the <act noun> would", else -1."""
    if "would" not in view.word_set():
        return -1
    for index in range(view.start + 2, view.end):
        if view.lower(index) != "would" or view.lower(index - 1) not in ACT_RESTATING_NOUNS:
            continue
        if view.lower(index - 2) != "the":
            continue
        verb = index - 3 - (view.lower(index - 3) == "that")
        if view.lower(verb) in REPORTING_VERBS - THREATENED:
            return index
    return -1


ELLIPTIC_COPULAS = frozenset({"was", "were"})
MEMBER_INTRODUCERS = (("among", "them"), ("including",))


def _as_was_too(view: SentenceView, here: list[dict]) -> list[dict]:
    """ "A was also designated, as was B": the names after ", as was / as were" take the
    measure the sentence reported for a named target, with its imposer and status; "as were
    members of the Security Council, among them C and D" names its members after "among
    them" or "including". "…, as was expected" names nobody."""
    named = [row for row in here if row["target_id"]]
    if not named or "as" not in view.word_set():
        return []
    for index in range(view.start + 1, view.end - 2):
        if (view.lower(index - 1), view.lower(index)) != (",", "as"):
            continue
        if view.lower(index + 1) not in ELLIPTIC_COPULAS:
            continue
        start = index + 2
        for introducer in MEMBER_INTRODUCERS:
            at = _phrase_at(view, start, view.end, introducer)
            if at >= 0 and view.mention_starting(start) is None:
                start = at + len(introducer)  # "as were members of …, among them C and D"
        mentions = [m for m in view.mentions if m.token_start >= start and m.kind != "demonym"]
        run = _coordinated_from(view.article, start, mentions)
        done = {row["target_id"] for row in here}
        return [
            {**row, "target_id": m.entity_id, "target_name": m.name, "target_kind": _kind_of(m)}
            for m in run
            if m.entity_id not in done
            for row in _one_per_imposer(named)
        ]
    return []


def _phrase_at(view: SentenceView, start: int, end: int, phrase: tuple[str, ...]) -> int:
    """Where the words of ``phrase`` first stand between ``start`` and ``end``, or -1."""
    for index in range(start, end - len(phrase) + 1):
        if tuple(view.lower(index + i) for i in range(len(phrase))) == phrase:
            return index
    return -1


def _one_per_imposer(rows: list[dict]) -> list[dict]:
    """One row per imposer and status (the first), to copy for another target."""
    kept: dict[tuple[str, str], dict] = {}
    for row in rows:
        kept.setdefault((row["imposer_id"], row["status"]), row)
    return list(kept.values())


def _coordinated_from(
    article: AnnotatedArticle, start: int, members: list[Mention]
) -> list[Mention]:
    """The names from ``start`` that follow one another joined by nothing but "and", "or",
    a comma or a title ("A, B and C"); a name inside a description stops the run."""
    run: list[Mention] = []
    position = start
    for member in members:
        between = article.tokens.words[position : member.token_start]
        if member.token_start < position or any(w not in RUN_GLUE for w in between):
            break
        run.append(member)
        position = member.token_end
    return run


# What may stand between the coordinated names: joiners, and a title before a name ("Major
# General Richard López Vargas")
RUN_GLUE = frozenset({",", "and", "or", "major", "former"}) | TITLE_WORDS
LIST_PLACE_REACH = 6  # opening words before "list": "the fifth man on the list"
LIST_DETERMINERS = frozenset({"the", "its", "their", "that"})
PLACE_COPULAS = frozenset({"is", "are", "was", "were"})


def _measured_before_the_group(words: list[str], start: int) -> int:
    """Where the names start after "the <participle> <group> include / are" ("The sanctioned
    individuals include …", "the designated state governors are …"), or -1."""
    if words[start : start + 1] != ["the"] or words[start + 1 : start + 2] == []:
        return -1
    if words[start + 1] not in MEASURED_PARTICIPLES:
        return -1
    for index in range(start + 2, min(len(words) - 1, start + 6)):
        if words[index] in GROUP_KINDS:
            return index + 2 if words[index + 1] in NAMING_COPULAS else -1
    return -1


def _list_place_opening(words: list[str]) -> int:
    """Where the names start after an opening that gives a place on the list just reported,
    with no verb of its own ("Top of the list is …", "The fifth man on the list is …", "Next
    on the list are …"), or -1. The list is the measure's: the sentence before reported it."""
    for position, word in enumerate(words[:LIST_PLACE_REACH]):
        if word != "list":
            continue
        if position == 0 or words[position - 1] not in LIST_DETERMINERS:
            return -1
        following = words[position + 1 : position + 2]
        return position + 2 if following and following[0] in PLACE_COPULAS else -1
    return -1


def _followed(
    view: SentenceView, here: list[dict], opening: bool = False
) -> tuple[list[dict], set[str]]:
    """ "The EU froze Usmanov's assets on February 28, and the US and Britain followed in
    March": the states before an intransitive "followed" (after "and", or a comma) take the
    measures the sentence already reported, with the same targets and status. Returns the
    new rows and the followers (never targets themselves). ``opening``: the followers may
    open the sentence (one after the measure's own)."""
    if not here or view.word_set().isdisjoint(FOLLOWING_WORDS):
        return [], set()
    done = {row["imposer_id"] for row in here}
    followers: set[str] = set()
    copies: list[dict] = []
    for index in range(view.start, view.end):
        subject_end, status = _following_verb(view, index)
        if subject_end < 0:
            continue
        targets = {row["target_id"] for row in here if row["target_id"]}
        run = run_ending_before(view, subject_end)
        while run and run[0].entity_id in targets and len(run) > 1:
            run = run[1:]  # "… the assets of Sberbank and Japan followed suit": Japan only
        if not run:
            continue  # "… and protests followed": no state right before the verb
        opener = run[0].token_start - 1
        if view.lower(opener) == "the":
            opener -= 1
        opens = opening and _opens_its_sentence(view, opener)
        if view.lower(opener) not in {"and", ",", "then"} and not opens:
            continue
        for mention in run:
            party = mention.party_id or mention.entity_id
            if mention.entity_type not in {"country", "org"} or party in done:
                continue
            followers.add(mention.entity_id)
            done.add(party)
        copies += [
            {
                **row,
                "imposer_id": m.party_id or m.entity_id,
                "imposer_name": m.name,
                "status": status or row["status"],
            }
            for m in run
            if m.entity_id in followers
            for row in here
            if row["target_id"] not in followers
        ]
    return copies, followers


def _opens_its_sentence(view: SentenceView, last: int) -> bool:
    """Do the tokens before a follower (up to ``last``) open its sentence as nothing but a
    time phrase or fronted adverbial ("Hours later", "On Monday,", "Later,"), if any?"""
    words = [view.lower(i) for i in range(view.start, last + 1)]
    if words[-1:] == [","]:
        words = words[:-1]
    return not words or is_time_phrase(words) or _past_fronted_adverbial(view, last + 1) > last


FOLLOWING_WORDS = frozenset({"followed", "did", "done", "do"})
DONE_AUXILIARIES = frozenset({"has", "have", "had"})
PROMISING_MODALS = frozenset({"will", "would", "'ll"})


def _following_verb(view: SentenceView, index: int) -> tuple[int, str | None]:
    """Where the subject of a repeated measure ends, and the status the repetition gives
    (None: the measure's own), for an intransitive "followed" ("…, and Britain followed")
    or "did the same" ("Poland closed its skies to Russian airlines, and Estonia and Latvia
    did the same"; "has done the same"; "will do the same", proposed); -1 elsewhere."""
    word = view.lower(index)
    if word == "followed":
        return (index, None) if follows_alone(view, index) else (-1, None)
    if word not in {"did", "done", "do"} or (view.lower(index + 1), view.lower(index + 2)) != (
        "the",
        "same",
    ):
        return -1, None
    rest = [view.lower(i) for i in range(index + 3, clause_end(view, index))]
    if rest and not is_time_phrase(rest):
        return -1, None  # "Russia did the same to Western banks": another target
    before = view.lower(index - 1)
    if word == "did":
        return index, None
    if word == "done" and before in DONE_AUXILIARIES:
        return index - 1, None
    if word == "do" and before in PROMISING_MODALS:
        return index - 1, "proposed"
    return -1, None
