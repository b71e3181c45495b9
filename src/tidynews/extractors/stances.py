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
from itertools import pairwise
from typing import NamedTuple

from ..cases import Case, Party
from ..document import AnnotatedArticle, Mention
from ..people import (
    BE_AND_HAVE,
    HONORIFICS,
    INCLUDING_LINKS,
    INVERTED_SPEECH_VERBS,
    POSSESSIVES,
    SPEECH_VERBS,
    STATE_OFFICES,
    TITLE_WORDS,
    is_name_word,
)
from .clauses import (
    ACCUSING_VERBS,
    ALLY_NOUNS,
    ASIDE_OPENING_PREPOSITIONS,
    BLOCKING_VERBS,
    CLAUSE_BOUNDARIES,
    COUNTED_GROUP_NOUNS,
    DASHES,
    DENIALS,
    FINITE_AUXILIARIES,
    GROUP_HEADS_PLURAL,
    INVERTED_AUXILIARIES,
    JOIN_FORMS,
    MODALS,
    OBJECT_PRONOUNS,
    OPPOSING_ACTS,
    OWNING_PRONOUNS,
    PHRASE_FILLERS,
    PLAIN_NEGATIONS,
    PREPOSITIONS,
    QUOTE_MARKS,
    RELATIVE_WORDS,
    STRONG_BOUNDARIES,
    SUBORDINATORS,
    TIME_CONJUNCTIONS,
    TIME_PHRASE_OPENERS,
    TIME_PHRASE_WORDS,
    URGE_WORDS,
    VERB_GROUP,
    VERB_GROUP_OPENERS,
    SentenceView,
    absolute_with_opening,
    aside_antecedent,
    clause_end,
    clause_start,
    companions_of,
    counted_group_head,
    counted_set,
    date_word,
    decision_owner,
    describes,
    finite_verb_word,
    follows_alone,
    forward_run,
    governed_by_preposition,
    has_negation,
    heading_actors,
    in_open_question,
    in_relative_clause,
    in_supposition,
    is_actor_like,
    is_hyphen,
    is_question,
    is_time_phrase,
    label_actors,
    last_org,
    last_two_named,
    look_back,
    modality,
    nearest_run,
    object_relative_antecedent,
    opening_run,
    partitive_head,
    previous_sentence,
    pronoun_before,
    relative_antecedent,
    relative_aside_close,
    resolve_pronoun,
    run_ending_before,
    same_act_by,
    sentence_views,
    speaker_of,
    stance_act_at,
    strong_end,
    urged_party,
    urged_unnamed,
    window_words,
)
from .numbers import COUNT_WORDS

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

PROP_WORDS = frozenset({"prop", "props", "propped", "propping"})
CONDEMNING = frozenset("condemn condemns condemned condemning".split())
# Words after which a gerund is its clause's own act ("by condemning Moscow", "while
# condemning the invasion"); after a noun it is the noun's content ("a vote condemning …")
GERUND_OPENERS = frozenset({"by", "in", "without", "after", "while", "before", "for", "on"})
# What a party does that condemning it condemns the party: "condemned Russia's invasion"
CONDEMNED_ACTS = frozenset(
    """invasion aggression annexation attack attacks war offensive assault actions crackdown
    repression""".split()
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
    **dict.fromkeys(
        "ally allies backer backers supporter supporters defender defenders patron patrons "
        "champion champions friend friends".split(),
        "backs",
    ),
    # "were among the first to congratulate Maduro", "congratulated him on his victory": a
    # government's congratulations on a contested win take the winner's side
    **dict.fromkeys(
        "congratulate congratulates congratulated congratulating".split(),
        "backs",
    ),
    # "expressed their solidarity with X", "pledged loyalty / allegiance to X"
    **dict.fromkeys("solidarity loyalty allegiance".split(), "backs"),
    # "propped up by Cuba and Russia", "has propped up Maduro" (with "up" only: _cues)
    **dict.fromkeys(PROP_WORDS, "backs"),
    **dict.fromkeys("neutral neutrality".split(), "neutral"),
    **dict.fromkeys("oppose opposes opposed opposing".split(), "opposes"),
    # "Nigeria condemned Russia's invasion", "has refused to condemn Moscow" (its object a
    # party, or a party's act: see _condemned_party)
    **dict.fromkeys(CONDEMNING, "opposes"),
}
# Cheap sentence filter: a sentence without one of these stems has no stance cue.
CUE_STEMS = (
    *("recogni", "back", "support", "endors", "neutral", "oppos", "legitimate", "condemn"),
    *("stand", "stood", "allied with", "sided with", "siding with", "side with", "ally", "allies"),
    *("behind",),
    *("defender", "stuck with", "stuck by", "stick with", "stick by", "sticks with"),
    *("patron", "champion", "propped up", "propping up", "props up", "prop up", "friend"),
    *("solidarity", "loyalty", "allegiance", "sides", "congratulat"),
    # ("came to X's defence / aid / rescue", "the defence of X", "on X's side", "on the side
    # of X": written out, so "defence minister" and "the other side" pass no sentence)
    *("'s defen", "’s defen", "defence of", "defense of", "'s aid", "’s aid", "aid of"),
    *("'s rescue", "’s rescue", "rescue of", "'s side", "’s side", "the side of"),
    *("regard", "consider", "acknowledg", "deem", "accept", "call"),
)
# (and "stuck with": "Russia and China have stuck with Maduro")
STAND_WORDS = frozenset(
    {"stand", "stands", "stood", "standing", "side", "sided", "sides", "siding"}
    | {"stuck", "stick", "sticks", "sticking"}
)
PHRASE_CUES = {("allied", "with"): "backs"}
COMING_VERBS = frozenset("came come comes coming rushed rushes rush rushing".split())
# Verbs of taking the floor for someone: "spoke in defence of the Maduro government"
SPEAKING_UP_VERBS = frozenset("spoke speaks speak speaking spoken".split())
# What one comes to when one takes a party's part: "came to Maduro's defence / aid / rescue"
HELP_NOUNS = frozenset("defence defense aid rescue".split())
# "on Mr Maduro's side", "on the side of X"
SIDE_NOUNS = frozenset({"side"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "remain", "remains"})
# Words before "behind" that make it support: "threw its weight behind X", "lined up behind
# X", "rallied behind X", "is squarely behind X" (not "the man behind the plan").
BEHIND_WORDS = frozenset(
    """weight up rallied rally rallies rallying united unite unites uniting squarely firmly
    solidly fully four-square""".split()
)
# Words that may stand between two coordinated stance verbs sharing one object ("recognise
# and fully support X"); anything else there is the first verb's own object.
SHARED_OBJECT_GLUE = frozenset("and or also , to then will would now continue continued".split())
# Words that open a list of an ally noun's members: "Maduro's allies, including Russia, …".
APPOSITION_MARKERS = frozenset({"including", "notably", "namely", "chiefly", "such"})
# Verbs of taking someone for something: "regards X as interim president" is recognition.
REGARD_VERBS = frozenset(
    """regard regards regarded regarding consider considers considered deem deems deemed
    acknowledge acknowledges acknowledged accept accepts accepted call calls calling""".split()
)
# Verbs that take their complement without "as": "considers X the interim president",
# "stopped calling Juan Guaidó the country's interim president".
BARE_COMPLEMENT_VERBS = frozenset(
    "consider considers considered deem deems deemed call calls calling".split()
)
TITLE_FILLERS = frozenset({"the", "its", "their", "country", "'s", "’s", "only", "true", "sole"})


# "Belarus is his closest friend", "two old friends of Caracas": a state's friendship is
# backing only when the text weighs it (not "Maduro's friend, a businessman").
FRIEND_QUALIFIERS = frozenset(
    """closest close best staunchest strongest oldest old greatest great loyal firmest
    powerful reliable""".split()
)
LEGITIMATE_HEADS = frozenset(
    {"president", "leader", "head", "government", "representative", "authority"}
)
# "win support", "seek backing": the subject wants support, it does not give it.
SEEKING = frozenset(
    "win wins won winning seek seeks sought seeking gain gains gained garner rally rallied "
    "lobby lobbying lose loses lost losing need needs needed withdrawal".split()
)
# Verbs whose "back" is an adverb ("no turning back", "fought back", "scaled back")
ADVERB_BACK_VERBS = frozenset(
    """turn turns turned turning go goes went going come comes came coming push pushes pushed
    pushing fight fights fought fighting hold holds held holding scale scales scaled scaling
    roll rolls rolled rolling pull pulls pulled pulling step steps stepped stepping cut cuts
    cutting bring brings brought bringing""".split()
)
NOT_AFTER_BACK = frozenset({"to", "in", "from", "home", "down", "off", "out", "away", "into"})
UNNAMED_GROUP = re.compile(
    r"\b(?:several|many|some|most|other|dozens of|(?:a|the) number of|more than \w+|over \w+|"
    r"about \w+|\d[\d,]*|[a-z]+-)\s+(?:[A-Z][\w-]*\s+){0,2}(?:other\s+)?"
    r"(?:countries|nations|governments|states)\b"
    r"|\b(?:several|many|some|most)\s+other\s+members\b"
    # the rest of a group ("and most of the group's other members have not withdrawn …")
    r"|\b(?:the|its|their|most\s+of\s+(?:the|its|their))(?:\s+\w+['’]s)?\s+other\s+"
    r"(?:countries|nations|governments|states|members)\b"
    # a part of a region ("much of Europe recognised X", "most of Latin America")
    r"|\b(?:much|most|all|parts?|half)\s+of\s+(?:the\s+)?(?:Europe|Latin\s+America|Africa|Asia"
    r"|West|western\s+hemisphere|region|world|continent)\b"
)


@dataclass(frozen=True)
class Cue:
    index: int  # token index of the cue word (last word of a phrase cue)
    stance: str
    mood: str | None = None  # a modality the cue fixes itself, whatever the words before it


def extract_stances(article: AnnotatedArticle, case: Case) -> list[dict]:
    """Stance rows for one annotated article."""
    subjects = {party.id for party in case.subjects}
    rows: list[dict] = []
    # discourse state: the party the article last took a stance on; the incumbent, whose
    # "new term" a cue may name without naming him
    memory: dict = {
        "incumbent": _incumbent(case),
        "subjects": case.subjects,
        "home": case.home_country,
    }
    for view in sentence_views(article, (*CUE_STEMS, *PRO_FORM_STEMS)):
        if is_question(article.text, article.sentences[view.sentence_id]):
            continue
        has_subject = any(m.entity_id in subjects for m in view.mentions)
        rows.extend(_stance_repeated(view, memory))  # "So did Brazil.", "They were joined by X"
        if not (
            has_subject
            or _pro_forms(view, memory)
            or _has_object_pronoun(view)
            or _names_a_term(view, memory)
            or (memory.get("subject") is not None and _bare_recognition_in(view))
            or _names_a_leader_epithet(view)
            or _backed_description(view)
            or _a_pronoun_receives(view)
            or _may_be_a_pronouns_passive(view)
        ):
            continue
        for cue in _cues(view):
            rows.extend(_rows_for_cue(article, view, cue, subjects, memory))
        rows.extend(_neither_have(view, memory))  # "…, and neither have Mexico and Uruguay"
        for index in _pro_forms(view, memory):  # after the cues: "… and urged X to do so"
            rows.extend(_rows_for_pro_form(article, view, index, memory))
    return _unique(rows)


# "… would consider doing so", "urged the bloc to do the same", "Syria followed suit": the
# stance just reported, taken again by another actor.
PRO_FORM_STEMS = (
    *("do so", "does so", "did so", "doing so", "done so", "the same", " suit"),
    *("so did ", "so has ", "so have "),
    *("nor has ", "nor have ", "nor did ", "neither has ", "neither have ", "neither did "),
    *("followed", "follows", "joined by", "joined within", "joined on", "joined later"),
)
DO_FORMS = frozenset({"do", "does", "did", "doing", "done"})
FOLLOW_FORMS = frozenset({"follow", "follows", "followed", "following"})
# a pro-form holds one of these ("followed" alone: "Peru followed within minutes")
PRO_FORM_SECOND_WORDS = frozenset({"so", "same", "suit"}) | FOLLOW_FORMS


def _stance_repeated(view: SentenceView, memory: dict) -> list[dict]:
    """A sentence that repeats the last stance of the sentence before with new actors, in its
    modality: "So did Brazil and Colombia.", "They were joined within hours by Sweden,
    Denmark and Austria"."""
    last = memory.get("last")
    if last is None or last[0] != view.sentence_id - 1:
        return []
    _, _, stance, targets, mood = last
    first = _so_did_actors(view, mood)
    if first < 0:
        first = _joined_by_actors(view)
    if first < 0:
        return []
    exclude = {target.entity_id for target in targets}
    actors = forward_run(view, first, view.end, exclude)
    return [_row(view.article, view, a, stance, t, mood) for t in targets for a in actors]


def _so_did_actors(view: SentenceView, mood: str) -> int:
    """Where the actors of "So did X" / "So has X" opening the sentence start, or, after a
    negated stance, those of "Nor has X" / "(And) neither have X", else -1."""
    first = view.start + (view.lower(view.start) == "and")
    opener, auxiliary = view.lower(first), view.lower(first + 1)
    if opener == "so" and auxiliary in {"did", "has", "have"}:
        return first + 2
    if mood == "negated" and opener in NEITHER_WORDS and auxiliary in INVERTED_AUXILIARIES:
        return first + 2
    return -1


JOINED_SUBJECTS = frozenset({"they", "it", "he", "she"})
NEITHER_WORDS = frozenset({"neither", "nor"})
# what may close the actors of "neither have X" (no verb of their own follows)
NEITHER_RUN_ENDS = frozenset({".", ",", ";", ")", "either", "too", ""})


def _neither_have(view: SentenceView, memory: dict) -> list[dict]:
    """A negated stance taken again by new actors in its own sentence: "Italy has not
    recognised him, and neither have Mexico and Uruguay" (a sentence of its own, "Nor have
    Mexico and Uruguay.", is _stance_repeated's). Only a bare "neither/nor" + auxiliary +
    names, with no verb of their own after them ("…, nor does Brazil back Maduro" says what
    Brazil does not do itself)."""
    last = memory.get("last")
    if last is None or last[4] != "negated":
        return []
    sentence_id, cue_index, stance, targets, _ = last
    if sentence_id != view.sentence_id or NEITHER_WORDS.isdisjoint(view.word_set()):
        return []
    exclude = {target.entity_id for target in targets}
    rows = []
    for index in range(view.start, view.end - 2):
        if (
            view.lower(index) not in NEITHER_WORDS
            or view.lower(index + 1) not in INVERTED_AUXILIARIES
            or index < cue_index  # (it follows the stance it repeats)
        ):
            continue
        actors = forward_run(view, index + 2, view.end, exclude)
        if not actors or view.lower(actors[-1].token_end) not in NEITHER_RUN_ENDS:
            continue
        rows += [_row(view.article, view, a, stance, t, "negated") for t in targets for a in actors]
    return rows


def _joined_by_actors(view: SentenceView) -> int:
    """Where the actors of "They were joined (within hours) by X" start, else -1 (the pronoun
    is the last stance's actors; a time phrase may stand before "by")."""
    start = view.start
    if view.lower(start) not in JOINED_SUBJECTS or view.lower(start + 1) not in {"was", "were"}:
        return -1
    if view.lower(start + 2) != "joined":
        return -1
    by = next((i for i in range(start + 3, min(view.end, start + 8)) if view.lower(i) == "by"), -1)
    between = [view.lower(i) for i in range(start + 3, by)]  # "within hours", "on Tuesday"
    if by < 0 or not all(word in TIME_PHRASE_WORDS or word[:1].isdigit() for word in between):
        return -1
    return by + 1


def _pro_forms(view: SentenceView, memory: dict) -> list[int]:
    """Where "do so" / "do the same" / "follow suit" stand, when a stance was reported in this
    sentence or the one before (a pro-form reaches no further)."""
    last = memory.get("last")
    if last is None or last[0] < view.sentence_id - 1:
        return []
    if PRO_FORM_SECOND_WORDS.isdisjoint(view.word_set()):
        return []
    found = []
    for index in range(view.start, view.end - 1):
        word, following = view.lower(index), view.lower(index + 1)
        does_so = following == "so" or (following == "the" and view.lower(index + 2) == "same")
        if (word in DO_FORMS and does_so) or (word in FOLLOW_FORMS and following == "suit"):
            found.append(index)
        elif word in {"followed", "follows"} and follows_alone(view, index):
            found.append(index)  # "Peru followed within minutes", "Chile quickly followed."
    return found


def _other_predicate_after(
    article: AnnotatedArticle, sentence_id: int, cue: int, view: SentenceView, index: int
) -> bool:
    """Does another verb phrase stand between the stance cue and the pro-form ("to step
    down", "and called for elections"), after the cue or earlier in the pro-form's own
    sentence ("It urged Mr Maduro to step down, but he refused to do so")? Then "do so" may
    stand for that one instead."""
    if sentence_id == view.sentence_id:
        return _verb_phrase_in(article, cue + 1, index)
    return _verb_phrase_in(article, cue + 1, article.token_range(sentence_id)[1]) or (
        _verb_phrase_in(article, view.start, index)
    )


def _verb_phrase_in(article: AnnotatedArticle, first: int, end: int) -> bool:
    """An infinitive ("to step down") or a coordinated past verb ("and called …") in the
    tokens [first, end), not counting a pro-form's own "to" / "and" right before ``end``."""
    words = article.tokens.words
    for position in range(first, end - 2):
        word, following = words[position], words[position + 1]
        named = article.tokens.text(position + 1)[:1].isupper()  # "according to Reuters"
        if (
            word == "to"
            and following.isalpha()
            and following not in NOT_VERBS_AFTER_TO
            and not named
        ):
            return True
        if word in {"and", "but"} and following.endswith("ed") and following not in URGE_WORDS:
            return True  # "and called for elections" (but "and urged X to do so" is ours)
    return False


# Words after "to" that make it a preposition, not an infinitive marker.
NOT_VERBS_AFTER_TO = frozenset(
    "the a an his her its their this that these those power office him them".split()
)


def _rows_for_pro_form(
    article: AnnotatedArticle, view: SentenceView, index: int, memory: dict
) -> list[dict]:
    """The last stance again, with this clause's actor and modality ("Minsk would consider
    doing so": Belarus, intended). Only a stance reported before the pro-form counts."""
    sentence_id, cue_index, stance, targets, first_mood = memory["last"]
    if sentence_id == view.sentence_id and cue_index > index:
        return []
    if _other_predicate_after(view.article, sentence_id, cue_index, view, index):
        return []  # "… and called on Mr Maduro to step down. He refused to do so."
    exclude = {target.entity_id for target in targets}
    # "followed suit", "did the same" repeat the act as reported: a promise stays one
    # ("Spain will recognise X. Britain followed suit."); "did so" reports the deed itself
    repeats_the_act = view.lower(index) in FOLLOW_FORMS or view.lower(index + 1) == "the"
    rows = []
    for target in targets:
        actors, mood, unnamed = _actors(article, view, Cue(index, stance), target, exclude)
        if repeats_the_act and mood == "asserted" and first_mood in {"intended", "conditional"}:
            mood = first_mood
        elif mood == "intended" and first_mood == "conditional":
            # "France would recognise X if no vote is called, and Berlin would do the same":
            # the condition goes with the act repeated
            mood = first_mood
        if actors:  # "the UK will do so unless …, in step with France and Spain"
            companions = companions_of(view, index, exclude, actors=actors)
            actors = actors + [a for a in companions if a not in actors]
        rows += [_row(article, view, actor, stance, target, mood) for actor in actors]
        if unnamed:
            rows.append(_row(article, view, None, stance, target, mood))
    return rows


def _incumbent(case: Case) -> Party | None:
    """The one subject on the government's side, if the case has exactly one: the holder of
    the office whose "new term" or "inauguration" the text may name without naming him."""
    holders = [party for party in case.subjects if party.side == "government"]
    return holders[0] if len(holders) == 1 else None


# "recognise the new term", "the inauguration": the incumbent's office, named without him.
TERM_NOUNS = frozenset(
    """term mandate inauguration re-election reelection swearing-in presidency result results
    outcome""".split()
)
TERM_MODIFIERS = frozenset(
    """the new second fresh next six-year disputed election electoral presidential vote
    official""".split()
)
# "the result of the May 20 election": the incumbent's, named by what elected him
ELECTION_OUTCOMES = frozenset({"result", "results", "outcome"})
ELECTION_WORDS = frozenset({"election", "elections", "vote", "poll", "ballot"})


def _names_a_term(view: SentenceView, memory: dict) -> bool:
    return memory.get("incumbent") is not None and not TERM_NOUNS.isdisjoint(view.word_set())


def _term_slot(view: SentenceView, cue: int, index: int) -> bool:
    """Is ``index`` the cue's object: right after it, or after "the legitimacy of"?"""
    between = [view.lower(i) for i in range(cue + 1, index)]
    return between in ([], ["the", "legitimacy", "of"], ["legitimacy", "of"])


def _incumbent_term(view: SentenceView, index: int, memory: dict) -> Mention | None:
    """'the new term' at ``index`` (with "the", not "his", which is a pronoun): the incumbent,
    as a mention spanning the phrase."""
    incumbent = memory.get("incumbent")
    if incumbent is None or view.lower(index) != "the":
        return None
    position = index + 1
    while view.lower(position) in TERM_MODIFIERS:
        position += 1
    if view.lower(position) not in TERM_NOUNS:
        return None
    if view.lower(position) in ELECTION_OUTCOMES and view.lower(position + 1) == "of":
        following = {view.lower(i) for i in range(position + 2, position + 8)}
        if ELECTION_WORDS & following and not _other_subject_in(view, position + 2, position + 8):
            return _phrase_mention(view, index, position + 1, incumbent, "incumbent")
        return None  # "the result of the talks"
    if view.lower(position + 1) in {"of", "'s", "’s"}:
        return None  # "the presidency of Mr Guaidó": somebody else's
    return _phrase_mention(view, index, position + 1, incumbent, "incumbent")


def _other_subject_in(view: SentenceView, first: int, last: int) -> bool:
    """A name in the phrase: "the result of Mr Guaidó's election" is about him."""
    return any(view.mention_covering(i) is not None for i in range(first, min(last, view.end)))


RIVAL_NOUNS = frozenset(
    "rival rivals opponent challenger foe nemesis adversary arch-rival archrival".split()
)


def _rival(
    article: AnnotatedArticle, view: SentenceView, index: int, subjects: set[str], memory: dict
) -> Mention | None:
    """'Maduro's (young) rival', 'his rival' at ``index``: not the possessor but the other
    side: the name in apposition (", Juan Guaidó,"), else the one subject of the case on
    another side than the possessor's."""
    mention = view.mention_covering(index)
    if mention is not None and view.lower(mention.token_end) in POSSESSIVES:
        owner: Mention | None = mention if mention.entity_id in subjects else None
        position = mention.token_end + 1
    elif view.lower(index) in {"his", "her"}:
        owner, position = None, index + 1
    else:
        return None
    modifiers = 0
    while view.lower(position) not in RIVAL_NOUNS:
        if modifiers == 2 or not view.lower(position).isalpha():
            return None
        position, modifiers = position + 1, modifiers + 1
    if view.lower(position + 1) == ",":
        named = view.mention_starting(position + 2)
        if named is not None and named.entity_id in subjects:
            return named  # "Maduro's rival, Juan Guaidó,"
    if owner is None:
        owner = _pronoun_subject(article, view, index, subjects, memory)
    other = _other_side(memory, owner.entity_id) if owner is not None else None
    if other is None:
        return None
    return _phrase_mention(view, index, position + 1, other, "rival")


def _other_side(memory: dict, entity_id: str) -> Party | None:
    """The one case subject on another side than ``entity_id``'s (none if not exactly one)."""
    parties: list[Party] = memory.get("subjects", [])
    side = next((p.side for p in parties if p.id == entity_id), None)
    if side is None:
        return None
    others = [p for p in parties if p.side and p.side != side]
    return others[0] if len(others) == 1 else None


def _phrase_mention(view: SentenceView, first: int, last: int, party: Party, kind: str) -> Mention:
    """A mention of a case subject spanning tokens [first, last) that name it without its
    name ("the new term", "his rival")."""
    start, end = view.char(first), view.article.tokens.end(last - 1)
    return Mention(
        start,
        end,
        view.article.text[start:end],
        party.id,
        "person",
        party.name,
        view.sentence_id,
        kind,
        None,
        first,
        last,
    )


def _has_object_pronoun(view: SentenceView) -> bool:
    """'recognised him', the pair anaphora 'both entities', 'the two republics', and an
    epithet 'the 35-year-old'."""
    words = view.word_set()
    return not ANAPHORIC_OBJECTS.isdisjoint(words) or ("year" in words and "old" in words)


# "recognised both entities", "the two breakaway republics", "both men": the two contested
# parties of that kind named last.
PAIR_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "entities republics regions statelets territories provinces enclaves".split(), "org"
    ),
    **dict.fromkeys("men leaders rivals claimants presidents politicians".split(), "person"),
}
PAIR_SINGULARS: dict[str, str] = {
    **dict.fromkeys("entity republic region statelet territory province enclave".split(), "org"),
    **dict.fromkeys("man leader rival claimant president politician".split(), "person"),
}
_PAIR_WORDS = frozenset({"both", "either", "neither", *PAIR_NOUNS, *PAIR_SINGULARS})


# Words that may stand for contested parties named earlier: a sentence with one of them and no
# party named is still read ("recognised him", "both entities", "the breakaway republics").
ANAPHORIC_OBJECTS = (
    OBJECT_PRONOUNS
    | {"both", "two", "them", "either", "neither"}
    | {noun for noun, kind in PAIR_NOUNS.items() if kind == "org"}
)


STATEHOOD_NOUNS = frozenset({"independence", "sovereignty", "statehood"})


def _object_start(view: SentenceView, cue: int) -> int:
    """Where the cue's object starts, past an aside (", and never would,") and a statehood
    noun ("the independence (and sovereignty) of"): what is recognised comes next."""
    position = cue + 1
    if view.lower(position) == ",":
        close = next(
            (i for i in range(position + 1, min(view.end, position + 6)) if view.lower(i) == ","),
            -1,
        )
        if close > 0 and view.lower(position + 1) in {"and", "or", "nor", "but"}:
            position = close + 1  # "did not recognise, and never would, the independence …"
    if view.lower(position) == "the" and view.lower(position + 1) in STATEHOOD_NOUNS:
        for index in range(position + 2, min(view.end, position + 6)):
            if view.lower(index) == "of":
                return index + 1
            if view.lower(index) not in STATEHOOD_NOUNS and view.lower(index) != "and":
                break
    return position


def _pair_anaphora(
    article: AnnotatedArticle, view: SentenceView, cue: int, subjects: set[str]
) -> list[Mention]:
    if view.word_set().isdisjoint(_PAIR_WORDS):
        return []  # (every pair this reads holds one of these words)
    first_object = _object_start(view, cue)
    for index in range(first_object, min(view.end, first_object + 2)):
        word = view.lower(index)
        if word in {"both", "either", "neither"} or (
            word == "the" and view.lower(index + 1) == "two"
        ):
            first = index + (2 if word == "the" else 1)
            if word != "the" and view.lower(first) == "of" and view.lower(first + 1) == "them":
                return _last_pair(article, view, cue, subjects)  # "either of them"
            for noun in range(first, min(view.end, first + 3)):
                # "either republic", "neither entity": the singular names one of the pair
                kind = PAIR_NOUNS.get(view.lower(noun)) or (
                    PAIR_SINGULARS.get(view.lower(noun)) if word != "both" else None
                )
                if kind is not None:
                    return _last_two(article, view, cue, subjects, kind)
            if word != "the":
                return []
        if word == "the":
            # "the breakaway republics": places named in the plural are the pair too (not
            # "the men", too loose for people)
            for noun in range(index + 1, min(view.end, index + 6)):  # "the so-called republics"
                if PAIR_NOUNS.get(view.lower(noun)) == "org":
                    return _last_two(article, view, cue, subjects, "org")
                if view.mention_covering(noun) is not None or view.lower(noun) in {",", "of"}:
                    break
            return []
    return []


PERSON_PAIR_REACH = 3  # sentences


def _last_pair(
    article: AnnotatedArticle, view: SentenceView, cue: int, subjects: set[str]
) -> list[Mention]:
    """ "either of them": the pair of places or of people named last, whichever is nearer."""
    pairs = [p for p in (_last_two(article, view, cue, subjects, k) for k in PAIR_KINDS) if p]
    return max(pairs, key=lambda pair: pair[-1].start) if pairs else []


PAIR_KINDS = ("org", "person")


def _last_two(
    article: AnnotatedArticle, view: SentenceView, cue: int, subjects: set[str], kind: str
) -> list[Mention]:
    """The last two distinct contested parties of a kind named before the cue, in the order
    the text names them. "Both men" looks three sentences back at most (people come and go
    in a story); "the two republics" anywhere before (contested places stay its topic)."""
    reach = PERSON_PAIR_REACH if kind == "person" else view.sentence_id
    return last_two_named(
        article,
        view.char(cue),
        view.sentence_id - reach,
        lambda m: m.entity_id in subjects and m.entity_type == kind,
    )


# Words that are a cue only with their neighbours (checked after the plain CUES lookup).
CONTEXT_CUE_WORDS = (
    frozenset({"sides", "with", "by", "behind", "legitimate", "on"})
    | COMING_VERBS
    | SPEAKING_UP_VERBS
    | REGARD_VERBS
    | {second for _, second in PHRASE_CUES}
)


def _cues(view: SentenceView) -> list[Cue]:
    """Stance cues of a sentence, in order. Most words are no cue: one dictionary lookup and
    one set test decide that before any rule looks at the neighbours."""
    cues = []
    words = view.article.tokens.words
    for index in range(view.start, view.end):
        word = words[index]
        stance = CUES.get(word)
        if stance is None:
            if word not in CONTEXT_CUE_WORDS:
                continue
            cue = _context_cue(view, index, word)
            if cue is not None:
                cues.append(cue)
            continue
        if stance == "backs" and word == "back" and view.lower(index + 1) in NOT_AFTER_BACK:
            continue
        if word == "back" and view.lower(index - 1) in {"its", "his", "her", "their", "our"}:
            continue  # "turned its back on Maduro": the opposite of backing him
        if word == "back" and view.lower(index - 1) in ADVERB_BACK_VERBS:
            continue  # "no turning back until Maduro leaves", "pushed back": an adverb
        if word in PROP_WORDS and view.lower(index + 1) != "up":
            continue  # ("a prop", "props for the stage")
        if stance == "neutral" and not _explicit_neutral(view, index):
            continue
        if stance == "opposes" and word in OPPOSING_ACTS and _stance_act_follows(view, index):
            continue  # "opposing recognizing Guaido": opposed to the act (a negation of it)
        cues.append(Cue(index, stance))
    if len(cues) > 1:
        cues = [cue for cue in cues if not _complement_of_a_recognition(view, cue, cues)]
    return cues


COMPLEMENT_REACH = 20  # tokens from "recognised" to "as a legitimate leader"


def _complement_of_a_recognition(view: SentenceView, cue: Cue, cues: list[Cue]) -> bool:
    """Is the cue "legitimate" the complement of a recognition cue before it ("Maduro is not
    recognized by the U.S. … as a legitimate leader")? That verb's cue says the stance and
    its modality; the epithet read again would say it a second time, unnegated."""
    if view.lower(cue.index) != "legitimate":
        return False
    before = cue.index - 1
    if view.lower(before) in {"a", "the", "its", "their"}:
        before -= 1
    if view.lower(before) != "as":
        return False
    # (not when a verb of regarding governs "as": "… recognised X, and 50 governments now
    # regard him as the legitimate head of state")
    return any(
        other.stance == "recognises"
        and 0 < cue.index - other.index <= COMPLEMENT_REACH
        and not any(view.lower(i) in REGARD_VERBS for i in range(other.index + 1, before))
        for other in cues
    )


def _stance_act_follows(view: SentenceView, index: int) -> bool:
    """Does a stance act follow the opposing verb ("opposing recognizing X", "opposed the
    recognition of X")? The verb then refuses that act, not the party."""
    return stance_act_at([view.lower(index + 1), view.lower(index + 2)], 0)


def _context_cue(view: SentenceView, index: int, word: str) -> Cue | None:
    """A cue made by a word with its neighbours: "refused to take sides", "allied with",
    "stood by", "threw its weight behind", "the legitimate president"."""
    if word == "on" or word in COMING_VERBS:  # (frequent words: their own test only)
        taken = _on_the_side_of(view, index) if word == "on" else _came_to_the_defence(view, index)
        return Cue(index, "backs") if taken else None
    if word in SPEAKING_UP_VERBS:
        return Cue(index, "backs") if _spoke_in_defence(view, index) else None
    if _refused_sides(view, index) or _refused_either_side(view, index):
        return Cue(index, "neutral", "asserted")  # the refusal is the neutrality, not negated
    stance = _phrase_stance(view, index, word)
    return Cue(index, stance) if stance is not None else None


def _phrase_stance(view: SentenceView, index: int, word: str) -> str | None:
    phrase = PHRASE_CUES.get((view.lower(index - 1), word))
    if phrase is not None:
        return phrase
    if word in {"with", "by", "behind"} and _after_stand(view, index):
        return "backs"  # "stood by", "stands firmly with", "sided with"
    if word == "behind" and view.lower(index - 1) in BEHIND_WORDS:
        return "backs"  # "threw its weight behind", "lined up behind", "rallied behind"
    if (
        word == "legitimate"
        and _legitimate_head(view, index)
        and not _backed_as(view, index)
        and not _toppled(view, index)
    ):
        return "recognises"
    if word in REGARD_VERBS and _regarded_as_leader(view, index):
        return "recognises"  # "Berlin regards Mr Guaidó as interim president"
    return None


def _came_to_the_defence(view: SentenceView, index: int) -> bool:
    """ "came to X's defence", "came to the defence of X", "rushed to X's aid": the verb is
    the cue, so its subject backs the one named after it. The one defended must be named
    (not "came to the defence of the constitution"): the object search finds no party else."""
    if view.lower(index + 1) != "to":
        return False
    after = index + 2
    if view.lower(after) == "the":
        if view.lower(after + 1) not in HELP_NOUNS or view.lower(after + 2) != "of":
            return False
        defended = after + 3
        while view.lower(defended) in HONORIFICS:
            defended += 1
        named = view.mention_starting(defended)
        # (not a party's own people: "came to the aid of Maduro's opponents")
        return named is None or view.lower(named.token_end) not in POSSESSIVES
    while view.lower(after) in HONORIFICS:
        after += 1  # "came to Mr Maduro's defence"
    named = view.mention_starting(after)
    if named is None or view.lower(named.token_end) not in {"'s", "’s"}:
        return False
    return view.lower(named.token_end + 1) in HELP_NOUNS


def _spoke_in_defence(view: SentenceView, index: int) -> bool:
    """ "spoke (up) in defence of the Maduro government": the speaker backs the one named
    after "of" (named, as for "came to the defence of")."""
    after = index + 1 + (view.lower(index + 1) == "up")
    if (view.lower(after), view.lower(after + 2)) != ("in", "of"):
        return False
    if view.lower(after + 1) not in HELP_NOUNS:
        return False
    defended = after + 3 + (view.lower(after + 3) == "the")
    return view.mention_starting(defended) is not None


def _on_the_side_of(view: SentenceView, index: int) -> bool:
    """ "on Mr Maduro's side", "on the side of Guaidó": a party's side taken. Not a place ("on
    Russia's side of the border") nor a side with no party ("on the side of caution")."""
    after = index + 1
    if view.lower(after) == "the" and view.lower(after + 1) in SIDE_NOUNS:
        if view.lower(after + 2) != "of":
            return False
        named = view.mention_starting(after + 3) or view.mention_starting(after + 4)
        return named is not None and named.entity_type == "person"
    if view.lower(after) in HONORIFICS:
        after += 1
    named = view.mention_starting(after)
    if named is None or view.lower(named.token_end) not in {"'s", "’s"}:
        return False
    side = named.token_end + 1
    return view.lower(side) in SIDE_NOUNS and view.lower(side + 1) != "of"


def _heads_the_state(view: SentenceView, after: int) -> bool:
    """After "as the head": nothing, or "of" the country ("the president of Venezuela"), not
    "of a criminal enterprise" or "of a coup"."""
    if view.lower(after) != "of":
        return True
    following = after + 2 if view.lower(after + 1) == "the" else after + 1
    place = view.mention_starting(following) or view.mention_starting(after + 1)
    return (place is not None and place.entity_type == "country") or view.lower(following) in {
        "country",
        "nation",
        "state",
    }


def _regarded_as_leader(view: SentenceView, index: int) -> bool:
    """'regarded Mr Guaidó as (the) interim president', 'considers X the country's rightful
    leader': a contested party taken for a leader. With "legitimate" in the title the
    adjective is the cue already (``_legitimate_head``)."""
    position = index + 1
    passive = _passive_regard(view, index)
    if passive >= 0:  # "Guaidó, who is regarded by Washington as the interim leader"
        return _titled_leader(view, passive, None)
    if view.lower(position) in HONORIFICS:
        position += 1
    taken = view.mention_starting(position)
    if view.lower(position) in {"him", "her"}:
        position += 1  # "regards him as the interim president": whom "him" is, is _subject's
    elif taken is None or taken.entity_type != "person":
        return False
    else:
        position = taken.token_end
    if view.lower(position) == "as":
        position += 1
    elif view.lower(index) not in BARE_COMPLEMENT_VERBS:
        return False
    return _titled_leader(view, position, taken)


PASSIVE_REGARD_REACH = 12  # tokens from "regarded" past "by Washington and most of Europe"


def _passive_regard(view: SentenceView, index: int) -> int:
    """Where the title starts after a passive verb of regarding ("is regarded as interim
    president", "is regarded by Washington and most of Europe as the interim leader"), or
    -1 when the verb is no passive or no "as" follows."""
    if view.lower(index - 1) not in BE_FORMS and view.lower(index - 1) != "widely":
        return -1
    position = index + 1
    if view.lower(position) == "by":
        end = min(view.end, position + PASSIVE_REGARD_REACH)
        position = next((i for i in range(position + 1, end) if view.lower(i) == "as"), -1)
        if position < 0:
            return -1
    return position + 1 if view.lower(position) == "as" else -1


def _titled_leader(view: SentenceView, position: int, taken: Mention | None) -> bool:
    """Do the words from ``position`` name a leader's title ("the interim president",
    "Venezuela's rightful leader"), the taken party's if a title names one?"""
    while position < view.end:
        word = view.lower(position)
        title = view.mention_covering(position)
        if word == "legitimate":
            return False
        if word in LEGITIMATE_HEADS:
            return _heads_the_state(view, position + 1)
        if (
            title is not None
            and title.entity_type == "country"
            and view.lower(title.token_end) in POSSESSIVES
        ):
            position = title.token_end + 1  # "Venezuela's interim leader": whose title
            continue
        if title is not None and (taken is None or title.entity_id == taken.entity_id):
            return title.surface.lower().rsplit(None, 1)[-1] in LEGITIMATE_HEADS
        if title is None and word not in TITLE_FILLERS and word not in HEAD_MODIFIERS:
            return False
        position = title.token_end if title is not None else position + 1
    return False


# Words between "legitimate" and its head: "the legitimate interim president".
HEAD_MODIFIERS = frozenset(
    {"interim", "constitutional", "acting", "elected", "rightful", "sitting"}
)


def _backed_as(view: SentenceView, legitimate: int) -> bool:
    """Is "the legitimate president" the object of a verb of backing ("Russia, China and
    Mexico support the legitimate president Nicolas Maduro")? The backing is the stance; the
    epithet is the writer's, no act of recognition by the backers."""
    verb = legitimate - 1
    if view.lower(verb) in {"the", "a"}:
        verb -= 1
    return CUES.get(view.lower(verb)) == "backs" and verb >= view.start


TOPPLING_VERBS = frozenset(
    """overthrow overthrowing overthrew topple toppling toppled oust ousting ousted
    undermine undermining subvert subverting destabilise destabilize destabilising
    destabilizing""".split()
)
TOPPLED_REACH = 5  # tokens of "overthrow the country's legitimate" back to the verb


def _toppled(view: SentenceView, legitimate: int) -> bool:
    """Is "the legitimate government" the object of a verb of toppling ("accused Guaidó of
    conspiring to overthrow the country's legitimate government")? The epithet is the
    accuser's claim for the government, no recognition by the one accused."""
    for index in range(legitimate - 1, max(view.start, legitimate - TOPPLED_REACH) - 1, -1):
        word = view.lower(index)
        if word in TOPPLING_VERBS:
            # (a reported judgement stays one: "Russia said the U.S. measures were an attempt
            # to overthrow a legitimate government" is Russia's, see _reported_judge)
            return not any(view.lower(i) in SPEECH_VERBS for i in range(view.start, index))
        if word in CLAUSE_BOUNDARIES or word == ",":
            return False
    return False


def _legitimate_head(view: SentenceView, index: int) -> bool:
    following = index + 1
    if view.lower(following) in HEAD_MODIFIERS:
        following += 1
    return view.lower(following) in LEGITIMATE_HEADS


def _after_stand(view: SentenceView, index: int) -> bool:
    if view.lower(index) == "by" and view.lower(index + 1) in IDLE_BY_FOLLOWERS:
        return False  # "We will not stand by as Putin annexes …", "stand idly by while …"
    before = view.lower(index - 1)
    if before in {"stuck", "stick"} and view.lower(index - 2) in BE_FORMS:
        return False  # "Germany is stuck with Moscow as its supplier": burdened, not backing
    if before in STAND_WORDS:
        return True
    if before == "shoulder" and view.lower(index - 2) == "to":
        return view.lower(index - 4) in STAND_WORDS  # "stand shoulder to shoulder with"
    return before.endswith("ly") and view.lower(index - 2) in STAND_WORDS


# Words after "stand by" that make it standing aside, not standing by someone
IDLE_BY_FOLLOWERS = frozenset({"as", "while", "when", "and", ",", ".", "!"})


# "neutral in the dispute between X and Y": the matter neutrality is kept in.
DISPUTE_NOUNS = frozenset(
    "dispute standoff stand-off crisis conflict row struggle feud showdown rivalry".split()
)


def _explicit_neutral(view: SentenceView, index: int) -> bool:
    """Neutrality is scored only where stated outright toward a party: "neutral on X",
    "neutral in the dispute between X and Y"."""
    towards = {"on", "toward", "towards", "between", "about", "over"}
    following = index + 1
    if view.lower(following) in NEUTRAL_ROLES:
        following += 1
    if view.lower(following) == "in" and view.lower(following + 1) in {"the", "this", "a"}:
        if view.lower(following + 2) in DISPUTE_NOUNS:
            following += 3  # "in the dispute between", "in the power struggle over"
        elif view.lower(following + 3) in DISPUTE_NOUNS:
            following += 4
    return view.lower(following) in towards


TAKE_SIDES = frozenset("take takes taking took taken choose chooses choosing chose".split())


def _refused_sides(view: SentenceView, index: int) -> bool:
    """'refused to take sides between X and Y', 'did not take sides': neutrality, stated."""
    if view.lower(index) != "sides" or view.lower(index - 1) not in TAKE_SIDES:
        return False
    if view.lower(index + 1) not in {"between", "in", "on", "over"}:
        return False  # "took sides with X" is support, not neutrality
    return modality(view, clause_start(view, index), index) == "negated"


def _refused_either_side(view: SentenceView, index: int) -> bool:
    """'refused to side with either Russia or the West', 'would not side with either', 'to
    side with neither camp': a negated "side with either" or "side with neither" is
    neutrality, stated."""
    if view.lower(index) != "with" or view.lower(index - 1) not in {"side", "sides", "sided"}:
        return False
    if view.lower(index + 1) == "neither":
        return True  # "sought to side with neither camp"
    if view.lower(index + 1) != "either":
        return False
    return modality(view, clause_start(view, index), index) == "negated"


def _rows_for_cue(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, subjects: set[str], memory: dict
) -> list[dict]:
    if view.lower(cue.index) in {"friend", "friends"} and not (
        FRIEND_QUALIFIERS & {view.lower(cue.index - 1), view.lower(cue.index - 2)}
    ):
        return []  # "Maduro's friend, a businessman": no state's backing
    seeking = _sought(view, cue.index)
    if seeking and view.lower(cue.index) != "behind" and not _won_from(view, cue.index):
        return []  # "to win support": sought; but "rallied behind X", "won backing from Y"
    if in_open_question(view, cue.index) or _denied_before(view, cue.index):
        return []
    if _unnamed_absolute_subject(view, cue.index):
        return []  # "…, with most Western nations recognizing Guaidó": nobody named does it
    if _condemned_stance(view, cue.index):
        return []  # "she condemned the recognition but …": someone else's, condemned
    if view.lower(cue.index) in CONDEMNING and not _condemned_party(view, cue.index):
        return []  # "condemned the sanctions", "condemned the recognition of X": no party
    if _with_the_support_of(view, cue.index):
        return []  # "claimed the presidency with the support of Maduro's allies": who backs
        # whom is the other way round, and the backers here are unnamed
    if _unsaid(view, cue.index):
        return []  # "Mexico has not said that it backs X": no stance reported either way
    if _indefinite_backer(view, cue.index) or _support_for_an_act(view, cue.index):
        return []  # "sanctions on anyone who supports X", "support for ousting X": nobody
        # named backs X
    if _support_given_up(view, cue.index):
        return []  # "to abandon its support for him"
    if _thanks_of_no_party(view, cue.index, subjects):
        return []  # "Fernández thanked Putin for his support": Putin backs Fernández (no party)
    if _thanked_unnamed_for(view, cue.index):
        return []  # "he thanked the governments in the room for standing with Guaidó"
    if _support_had_from_nobody(view, cue.index):
        return []  # "admitting he does not have the necessary support": nobody named gives it
    if _apposed_passive_on_a_noun(view, cue.index):
        return []  # "the high command, supported by Russia, …": backing of no case party
    if _reason_for_a_measure(view, cue.index):
        return []  # "sanctioned 400 entities for supporting Russia's war": the targets' act,
        # given as the imposer's reason; the imposer backs nobody
    if in_supposition(view, cue.index) or _warned_against(view, cue.index):
        return []  # "if Beijing were to provide support to Moscow": nobody took the stance
    given = _support_given_in_relative(view, cue, subjects)
    if given:
        return given  # "the support that Russia, China and Cuba give Maduro"
    owned = view.lower(cue.index - 1) in POSSESSIVES  # "Moscow's recognition of …": see _subject
    pair = [] if owned else _pair_anaphora(article, view, cue.index, subjects)
    pair = pair or _them(view, cue.index, memory)  # "Syria recognised them"
    pair = pair or _either_side(view, cue.index, memory)  # "has not recognised either side"
    subject = pair[0] if pair else _subject(article, view, cue, subjects, memory)
    if subject is None:
        return []
    targets = pair or _coordinated_subjects(view, subject, subjects)
    exclude = {target.entity_id for target in targets} | _office_holder(view, cue.index)
    if view.lower(cue.index) in ALLY_NOUNS:
        actors, mood, unnamed = _ally_actors(
            article, view, cue, subject, exclude, memory.get("home")
        )
        if actors:  # "one of Maduro's main backers alongside Russia"
            companions = companions_of(view, cue.index, exclude, actors=actors)
            actors = actors + [a for a in companions if a not in actors]
    else:
        actors, mood, unnamed = _actors(article, view, cue, subject, exclude)
        if not actors:
            actors = _members_listed_after(view, cue.index, exclude) or _group_led_by(
                view, cue.index, exclude
            )
            unnamed = unnamed or bool(actors)  # "Eleven members …, among them A and B"
        actors = actors + [a for a in _as_did(view, cue, exclude) if a not in actors]
        if actors:  # "…, and it was followed by Canada, Brazil and Colombia"
            actors = actors + [a for a in _followers(view, cue.index, exclude) if a not in actors]
            # "Israel recognised X on Sunday and Australia on Monday"
            actors = actors + [a for a in _gapped(view, cue.index, exclude) if a not in actors]
        # (a compound's backer is its own first half: "the US-backed opposition leader" in
        # "Turkey joined Russia … in standing by Maduro against the US-backed …")
        compound = view.lower(cue.index - 1) == "-"
        companions = [] if compound else companions_of(view, cue.index, exclude, actors=actors)
        actors = actors + [a for a in companions if a not in actors]
        if companions and not unnamed:
            unnamed = _unnamed_head(view)  # "Most of Latin America, along with …"
    mood = cue.mood or mood
    if mood != "negated" and _what_the_actor_called(view, cue.index):
        mood = "asserted"  # "… military action to remove what she called Venezuela's
        # legitimate president": the naming is the actor's own, said now
    if _gerund_subject_denied(view, cue.index):
        mood = "negated"  # "said that recognising the two republics was not on the agenda"
    refused = _did_not_after(view, cue, exclude)  # "…, but Italy did not."
    actors = [a for a in actors if a not in refused]
    elliptical, elliptical_mood = _as_having_done(view, cue, exclude)
    joined = _joined_in(view, cue.index, exclude)
    if joined and not elliptical:
        # "Ireland has joined Spain and Britain in recognising X", "Spain refused to join
        # France in recognising X": the ones joined did it already, whatever the joiner does
        actors = [a for a in actors if a not in joined]
        elliptical, elliptical_mood = joined, "asserted"
    joined_after = [] if joined or elliptical else _joining_after(view, cue.index, exclude)
    if joined_after and mood == "asserted":
        # "Spain recognised Guaidó, joining the United States and Canada": they had already
        elliptical, elliptical_mood = joined_after, "asserted"
    elliptical = [a for a in elliptical if a not in actors]
    if refused and not elliptical:
        elliptical, elliptical_mood = refused, "negated"
    rows = []
    for target in targets:
        rows += [_row(article, view, actor, cue.stance, target, mood) for actor in actors]
        if unnamed:
            rows.append(_row(article, view, None, cue.stance, target, mood))
        rows += [
            _row(article, view, actor, cue.stance, target, elliptical_mood) for actor in elliptical
        ]
    if rows:
        memory["subject"] = subject
        if cue.stance == "recognises":
            memory["recognised"] = subject
    # a pro-form repeats the last stance reported, named actor or not: "Several governments
    # recognised X. Mexico has refused to do so."
    memory["last"] = (view.sentence_id, cue.index, cue.stance, targets, mood)
    return rows


NAMING_VERBS = frozenset({"called", "calls", "termed", "terms", "dubbed"})
WHAT_CALLED_REACH = 6  # tokens of "what she called Venezuela's legitimate" before the cue


def _what_the_actor_called(view: SentenceView, cue: int) -> bool:
    """Is the cue inside "what <someone> called …" ("to remove what she called Venezuela's
    legitimate president")? Whatever the clause around it plans or fears, the naming is
    asserted by whoever called it so."""
    for index in range(cue - 1, max(view.start, cue - WHAT_CALLED_REACH), -1):
        if view.lower(index) in NAMING_VERBS:
            return view.lower(index - 2) == "what" or view.lower(index - 3) == "what"
    return False


CONDEMNING_VERBS = frozenset(
    """condemn condemns condemned condemning denounce denounces denounced denouncing criticise
    criticises criticised criticising criticize criticizes criticized criticizing deplore
    deplores deplored deploring reject rejects rejected rejecting slam slams slammed""".split()
)


GERUND_SUBJECT_REACH = 10  # tokens of "recognising the two breakaway republics" to its verb
DENYING_PREDICATES = (("not", "on", "the", "agenda"), ("out", "of", "the", "question"))


def _gerund_subject_denied(view: SentenceView, cue: int) -> bool:
    """Is the cue a gerund opening its clause as the subject of a denied predicate
    ("that recognising the two republics was not on the agenda", "recognising him is out
    of the question")?"""
    word = view.lower(cue)
    opener = view.lower(cue - 1)
    if not word.endswith("ing") or (
        opener not in {"that", ",", "but", ""} and opener not in SAYING_VERBS
    ):
        return False
    for index in range(cue + 1, min(view.end, cue + GERUND_SUBJECT_REACH)):
        if view.lower(index) in COPULAS:
            following = tuple(view.lower(i) for i in range(index + 1, index + 5))
            negated = following[:1] in (("not",), ("never",), ("n't",))
            return negated or following in DENYING_PREDICATES
        if view.lower(index) in {",", ";", "."} or view.lower(index) in CUES:
            return False
    return False


def _condemned_stance(view: SentenceView, cue: int) -> bool:
    """Is the stance noun the bare object of a verb of condemning ("she condemned the
    recognition but …")? Then it is another's act, and the condemner takes no such stance
    (with its object and agent named, "condemned the recognition of X by Y" is Y's, read by
    ``_noun_possessor``)."""
    if view.lower(cue) not in CUE_NOUNS or view.lower(cue + 1) in {"of", "for", "by"}:
        return False
    position = cue - 1
    while position > view.start and (
        view.lower(position) in NOUN_DETERMINERS or _modifies_a_noun(view.lower(position))
    ):
        position -= 1
    return view.lower(position) in CONDEMNING_VERBS


def _condemned_party(view: SentenceView, cue: int) -> bool:
    """Is what a condemning verb takes a party, or a party's act, named right after it
    ("condemned Moscow", "condemned Russia's invasion")?
    Condemning that is opposing the party; condemning anything else ("the sanctions", "the
    recognition of Guaidó") takes no stance on one. Nor does a text's content: "a UN vote
    condemning Russia" is the vote's wording, not a stance of whoever named it."""
    if view.lower(cue) == "condemning" and view.lower(cue - 1) not in GERUND_OPENERS:
        return False
    party = view.mention_starting(cue + 1)
    if party is None or party.entity_type not in {"country", "org", "person"}:
        return False
    if party.kind == "demonym":
        return False  # ("the Russian invasion": the object finder reads no demonym)
    if view.lower(party.token_end) in POSSESSIVES:
        return view.lower(party.token_end + 1) in CONDEMNED_ACTS
    return True


INDEFINITE_BACKERS = frozenset({"anyone", "anybody", "everyone", "whoever", "those", "others"})
RELATIVE_OPENERS = frozenset({"who", "that", "which"})


# Groups of no state: "Russian firms propping up Maduro", "companies backing the war"
PRIVATE_GROUPS = frozenset(
    """firms companies banks businesses entities traders individuals people oligarchs
    tycoons investors shippers""".split()
)


def _indefinite_backer(view: SentenceView, cue: int) -> bool:
    """Is the backing cue's subject an indefinite relative ("anyone who supports the
    government", "those who back Maduro", "any company that supports X", "whoever backs
    him"), or a private group its participle describes ("Russian firms propping up
    Maduro")? It names no party, so no row: the threat is about hypothetical backers."""
    before = cue - 1
    while before > view.start and view.lower(before) in QUOTE_MARKS:
        before -= 1
    if view.lower(before) == "whoever":
        return True
    if view.lower(cue).endswith("ing") and view.lower(before) in PRIVATE_GROUPS:
        return True  # (a cue is a verb's participle, never "including")
    if view.lower(before) not in RELATIVE_OPENERS:
        return False
    head = before - 1
    if view.lower(head) in INDEFINITE_BACKERS:
        return True
    return view.lower(head - 1) == "any"  # "any company that supports …"


def _support_for_an_act(view: SentenceView, cue: int) -> bool:
    """Is the backing noun's object an act, a gerund ("support for ousting Maduro", "backing
    for removing him")? The backing is of the act, and its object is the act's."""
    if view.lower(cue) not in CUE_NOUNS or view.lower(cue + 1) not in {"for", "of"}:
        return False
    following = view.lower(cue + 2)
    return following.endswith("ing") and following.isalpha() and following not in CUES


GIVING_UP_VERBS = frozenset(
    """abandon abandons abandoned abandoning withdraw withdraws withdrew withdrawing withdrawn
    drop drops dropped dropping end ends ended ending lose loses lost losing""".split()
)


def _support_given_up(view: SentenceView, cue: int) -> bool:
    """Is the backing noun the object of an infinitive of giving up ("rallying the military
    to abandon its support for him")? The infinitive's subject is the main verb's object,
    someone else than the sentence's subject, and it gives the backing up: no stance is
    read. (A recognition withdrawn is a negated one, read elsewhere.)"""
    if view.lower(cue) not in {"support", "backing"}:
        return False
    verb = cue - 1
    if view.lower(verb) in {"its", "his", "her", "their", "the"}:
        verb -= 1
    return view.lower(verb) in GIVING_UP_VERBS and view.lower(verb - 1) == "to"


# Words that open a reason given for a measure: "sanctioned X for supporting Y", "over
# support for Y"; and the words of punishing that such a reason follows.
REASON_OPENERS = frozenset({"for", "over"})
PUNISHING_STEMS = (
    *("sanction", "blacklist", "designat", "penalis", "penaliz", "punish"),
    *("impose", "imposi", "curb"),  # "imposed export controls on 28 entities", "put curbs on"
)
REASON_REACH = 25  # tokens back from the reason to the punishing word


def _reason_for_a_measure(view: SentenceView, cue: int) -> bool:
    """Is the backing cue a reason given for punishing someone, with no possessor of its own
    ("imposed sanctions on 400 entities for supporting Russia's war effort", "US sanctions
    companies in China, Turkey over support for Russia's war", "blacklisted a firm for
    allegedly propping up Maduro")? The backing is the targets', not the punisher's, and the
    targets are whatever the measure names, so no actor is read here. ("warned Beijing over
    its support for Moscow" has its possessor, and stays.)"""
    opener = cue - 1
    while opener > view.start and view.lower(opener).endswith("ly"):
        opener -= 1  # "for allegedly propping up"
    if view.lower(opener) == "in" and view.lower(opener - 1).endswith("ing"):
        opener -= 2  # "for acting in support of Russia's military"
    if view.lower(opener) not in REASON_OPENERS:
        return False
    return any(
        view.lower(index).startswith(PUNISHING_STEMS)
        for index in range(max(view.start, opener - REASON_REACH), opener)
    )


def _with_the_support_of(view: SentenceView, cue: int) -> bool:
    """Does "with / without the support of …" report no stance of a named party? "claimed
    the presidency with the support of Maduro's allies": unnamed allies back the clause's
    subject (the possessor after "of" is never the one backed, nor the subject the backer);
    "without the backing of X" says nothing of X. But "clung on to power with the backing
    of Russia, China and Cuba" names its givers right after "of": they back the clause's
    subject, as after "has the backing of"."""
    if not (
        view.lower(cue + 1) == "of"
        and view.lower(cue - 1) == "the"
        and view.lower(cue - 2) in {"with", "without"}
    ):
        return False
    if view.lower(cue - 2) == "without":
        return True
    giver = view.mention_starting(cue + 2)  # ("the United States" may hold its "the")
    if giver is None and view.lower(cue + 2) == "the":
        giver = view.mention_starting(cue + 3)
    if giver is None or view.lower(giver.token_end) in POSSESSIVES:
        return True
    return not _backed_opens_the_clause(view, cue - 2)


def _backed_opens_the_clause(view: SentenceView, with_at: int) -> bool:
    """Does a person open the clause the "with the backing of" phrase ends ("Maduro, 56, has
    clung on to power with …", "Guaidó was sworn in with …")? Only that subject is backed;
    a name inside the clause is some other act's object ("kept up the pressure on Maduro
    with the backing of Brazil") and a possessor is not the subject ("Maduro's opponents,
    with the backing of the US, …")."""
    for start in (clause_start(view, with_at), view.start):  # (past "Maduro, 56, has …")
        while view.lower(start) == "the" or view.lower(start) in HONORIFICS | TITLE_WORDS:
            start += 1
        opener = view.mention_starting(start)
        if opener is not None:
            return (
                opener.entity_type == "person"
                and view.lower(opener.token_end) not in POSSESSIVES
                and not _reports_another_act(view, opener.token_end, with_at)
            )
    return False


# Words that make a noun phrase the predicate of its clause ("The US is the country that …",
# "Peru was one of the first that …"): its relative clause is the subject's
PREDICATE_OPENERS = frozenset(
    "is was are were be been being became become becomes remains remained as".split()
)


def _relative_on_a_noun(view: SentenceView, start: int, exclude: set[str]) -> list[Mention] | None:
    """For a clause opened by "that/which/who" right after an indefinite common noun ("a
    regional block that supports X"), who acts: the names the noun phrase is apposed to
    (", a regional block that"), or nobody ([]). None when the clause is not such a
    relative, or when the noun phrase is a predicate ("Peru is a country that …": the
    subject acts)."""
    relative = start - 1
    if view.lower(relative) not in {"that", "which", "who"}:
        return None
    noun = relative - 1
    if view.lower(noun) not in ACTOR_NOUNS or not _common_word(view, noun):
        return None  # ("said in a statement that the US backs X": a complement clause)
    opening = noun
    while opening - 1 >= view.start and noun - opening < 2 and _common_word(view, opening - 1):
        opening -= 1  # ("a regional block": its adjectives)
    if view.lower(opening - 1) in {"a", "an"}:
        opening -= 1
    before = view.lower(opening - 1)
    if view.lower(opening) not in {"a", "an"} or before in PREDICATE_OPENERS:
        return None
    if before == "of" and view.lower(opening - 2) in {"one", "among"}:
        return None  # "Peru is one of a handful of states that …": the subject's
    if before == ",":
        end = opening - 1
        if view.lower(end - 1) in GROUP_NOUNS_AFTER_A_NAME:
            end -= 1  # "Lima Group countries, a regional block"
        named = view.mention_ending(end - 1)
        if named is not None and named.entity_id not in exclude and is_actor_like(view, named):
            return [named]
    return []


def _common_word(view: SentenceView, index: int) -> bool:
    """A lower-case word that may stand in a noun phrase (no preposition, verb of being or
    name)."""
    word = view.lower(index)
    return (
        word.isalpha()
        and view.article.tokens.text(index).islower()
        and word not in PREPOSITIONS
        and word not in PREDICATE_OPENERS
        and view.mention_covering(index) is None
    )


# Nouns for one who can take a stance: the head of a relative clause whose act is theirs
ACTOR_NOUNS = frozenset(
    """block bloc group alliance coalition country nation state government organisation
    organization body grouping union""".split()
)
GROUP_NOUNS_AFTER_A_NAME = frozenset({"countries", "members", "nations", "states", "governments"})


def _reports_another_act(view: SentenceView, first: int, last: int) -> bool:
    """Does the opener say or accuse before the phrase ("Maduro accused the opposition of
    seeking to stage a coup with the support of the United States")? Then the phrase
    belongs to the act reported, whose doer is not the opener."""
    words = window_words(view, first, last)
    return not (ACCUSING_VERBS | SPEECH_VERBS).isdisjoint(words)


def _office_holder(view: SentenceView, cue: int) -> set[str]:
    """The possessor of "legitimate president" is the state whose office it is, never the one
    who takes the stance: "Russia said Maduro is Venezuela's legitimate president"."""
    if view.lower(cue) != "legitimate" or view.lower(cue - 1) not in POSSESSIVES:
        return set()
    possessor = view.mention_ending(cue - 2)
    return {possessor.entity_id} if possessor is not None else set()


WON = frozenset(
    "won wins winning gained gains gaining garnered garners secured secures securing".split()
)


SOUGHT_REACH = 4  # "wins more European backing": the verb, then determiners and adjectives


def _sought(view: SentenceView, cue: int) -> bool:
    """Is the cue noun the object of a verb of seeking or winning ("to win support", "wins
    more European backing")? Looks back over a few modifiers, never across a clause or a
    possessor."""
    if view.word_set().isdisjoint(SEEKING):
        return False
    for index in range(cue - 1, max(view.start, cue - SOUGHT_REACH) - 1, -1):
        word = view.lower(index)
        if word in SEEKING:
            return True
        if view.mention_covering(index) is not None and index < cue - 2:
            return False  # "won Russia's backing": the possessor gives it (see _subject)
        capitalised = view.article.tokens.text(index)[:1].isupper()
        if (
            word not in SOUGHT_MODIFIERS
            and not capitalised
            and view.mention_covering(index) is None
        ):
            return False  # a verb or "to": "sought to reaffirm its support" is support given
    return False


# Words between a verb of seeking and its object: "wins more European backing".
SOUGHT_MODIFIERS = frozenset(
    """the a an more further new fresh wider broader international regional its his her their
    much some greater key crucial vital strong""".split()
)


THANKING_VERBS = frozenset("thank thanks thanked thanking".split())


def _thanks_of_no_party(view: SentenceView, cue: int, subjects: set[str]) -> bool:
    """ "X thanked Y for his support": Y backs X; when X is none of the case's parties the
    support is of nobody the tables chart (never X backing Y)."""
    if view.lower(cue - 1) not in {"his", "her", "its", "their"} or view.lower(cue - 2) != "for":
        return False
    thanked = view.mention_ending(cue - 3)
    if thanked is None or view.lower(thanked.token_start - 1) not in THANKING_VERBS:
        return False
    thanker = view.mention_ending(thanked.token_start - 2)
    return thanker is not None and thanker.entity_id not in subjects


def _thanked_unnamed_for(view: SentenceView, cue: int) -> bool:
    """ "he thanked the governments in the room for standing with Guaidó": the ones thanked
    take the stance, and when no name says who they are, nobody the tables can chart does
    (not the one who thanks them)."""
    verb = cue
    while view.lower(verb - 1) in STAND_WORDS:
        verb -= 1  # ("for standing (firmly) with": the gerund's "for")
    if view.lower(verb - 1) != "for" or not view.lower(verb).endswith("ing"):
        return False
    for index in range(verb - 2, max(view.start, verb - THANKED_REACH) - 1, -1):
        if view.lower(index) in THANKING_VERBS:
            return not any(view.mention_covering(i) for i in range(index + 1, verb - 1))
        if view.lower(index) in CLAUSE_BOUNDARIES:
            return False
    return False


THANKED_REACH = 10  # tokens of "thanked [the governments in the room] for"


HAVING = frozenset("have has had having lack lacks lacked lacking enjoy enjoys enjoyed".split())
HAD_MODIFIERS = frozenset("the necessary enough sufficient much any popular broad".split())


def _support_had_from_nobody(view: SentenceView, cue: int) -> bool:
    """ "he does not have the necessary support", "lacks enough backing": support a party has
    or lacks, from no giver named (not "has the backing of Russia", "has Moscow's support")."""
    if view.lower(cue) not in {"support", "backing"} or _giver_named(view, cue):
        return False
    if view.lower(cue + 1) in {"of", "from"}:
        return False  # "has the support of the opposition and the US": a giver follows
    index = cue - 1
    while index > view.start and view.lower(index) in HAD_MODIFIERS:
        index -= 1
    return view.lower(index) in HAVING


PASSIVE_STANCE_PARTICIPLES = frozenset({"supported", "backed"})


def _apposed_passive_on_a_noun(view: SentenceView, cue: int) -> bool:
    """ "the military high command, supported by Russia and Cuba, has remained loyal": a
    participle set off by commas hangs on the noun before it; when that noun names no one,
    the backing is of no case party (not the sentence's other subject)."""
    if view.lower(cue) not in PASSIVE_STANCE_PARTICIPLES or view.lower(cue + 1) != "by":
        return False
    if view.lower(cue - 1) != ",":
        return False
    head = cue - 2
    if view.mention_covering(head) is not None or not view.lower(head).isalpha():
        return False
    if view.article.tokens.text(head)[:1].isupper():
        return False
    # an aside inside the clause, closed by a comma before its predicate ("…, supported by
    # Russia and Cuba, has remained"), not a participle closing the sentence ("he remains in
    # power, backed by Russia and Cuba"), which is the subject's
    closing = next(
        (i for i in range(cue + 2, min(view.end, cue + 12)) if view.lower(i) in {",", "."}), -1
    )
    return closing >= 0 and view.lower(closing) == ","


def _won_from(view: SentenceView, cue: int) -> bool:
    """'winning swift recognition from the US', 'won the backing of Russia', 'won Russia's
    backing': support received from a named giver, not sought ('trying to win support from
    the army' is still sought)."""
    if not _giver_named(view, cue):
        return False
    for index in range(cue - 1, max(view.start, cue - SOUGHT_REACH) - 1, -1):
        if view.lower(index) in WON:
            return view.lower(index - 1) not in {"to", "seeking", "trying", "hoping", "bid"}
    return False


def _giver_named(view: SentenceView, cue: int) -> bool:
    """Is a giver named after the cue ("from X", "of the US") or as its possessor ("X's")?"""
    if view.lower(cue + 1) in {"from", "of"}:
        first = cue + 3 if view.lower(cue + 2) == "the" else cue + 2
        return (
            view.mention_starting(first) is not None
            or view.mention_starting(cue + 2) is not None
            # "the recognition of more than 50 countries, including Colombia"
            or bool(_members_listed_after(view, cue + 1, set()))
        )
    return view.lower(cue - 1) in POSSESSIVES and view.mention_ending(cue - 2) is not None


def _them(view: SentenceView, cue: int, memory: dict) -> list[Mention]:
    """ "them" right after the cue: the two or more parties of the last stance reported, in
    this sentence or the one before ("Russia recognised the DPR and the LPR. Syria recognised
    them.")."""
    if view.lower(cue + 1) != "them":
        return []
    last = memory.get("last")
    if last is None or last[0] < view.sentence_id - 1 or len(last[3]) < 2:
        return []
    return list(last[3])


# The nouns of "either side", "both camps", "neither claimant" (not SIDE_NOUNS: "on
# Venezuela's president" takes no side, "on Maduro's side" does)
EITHER_SIDE_NOUNS = frozenset(
    {
        "side",
        "sides",
        "camp",
        "camps",
        "claimant",
        "claimants",
        "leader",
        "man",
        "president",
        "rival",
    }
)


def _either_side(view: SentenceView, cue: int, memory: dict) -> list[Mention]:
    """ "either side", "both sides", "either of them" right after the cue: the case's subjects
    on the two sides (when the case has exactly one on each)."""
    first, second = view.lower(cue + 1), view.lower(cue + 2)
    if not (first in {"either", "both", "neither"} and second in EITHER_SIDE_NOUNS | {"of"}):
        return []
    parties = [p for p in memory.get("subjects", []) if p.side]
    if len(parties) != 2 or parties[0].side == parties[1].side:
        return []
    last = cue + 3 if second != "of" else cue + 4
    return [_phrase_mention(view, cue + 1, last, party, "either") for party in parties]


def _unnamed_absolute_subject(view: SentenceView, cue: int) -> bool:
    """Is the cue the gerund of an absolute clause ", with <group> V-ing" whose subject is an
    unnamed group ("…, with most Western and Latin American nations recognizing X")? Its act
    is that group's, not the main clause subject's."""
    if not view.lower(cue).endswith("ing"):
        return False
    opening = absolute_with_opening(view, cue, ABSOLUTE_REACH)
    if opening < 0 or any(view.mention_covering(i) for i in range(opening + 1, cue)):
        return False
    return not GROUP_HEADS_PLURAL.isdisjoint(window_words(view, opening + 1, cue))


ABSOLUTE_REACH = 8  # tokens of "with most Western and Latin American nations"


# Verbs and prepositions whose object a relative may hang on: "will target those propping
# up X", "involved in operations that are propping up X" (not "of": "one of the countries
# that back X" is said of the subject)
OBJECT_GOVERNORS = frozenset(
    """target targets targeted targeting pursue pursues punish punishes sanction sanctions
    sanctioned sanctioning warned warns warn penalise penalize hit on against to for with at
    involved in""".split()
)


def _relative_on_an_object(view: SentenceView, cue: int) -> bool:
    """Is the cue the verb of a relative (or a reduced "-ing" one) on an unnamed plural noun
    or "those" that stands in the predicate, after its verb or a preposition ("will target
    those propping up Maduro", "those involved in operations that are propping up the
    Maduro regime")? Then the noun acts, and it names nobody."""
    position = cue - 1
    while position > view.start and (
        view.lower(position) in BE_AND_HAVE
        or view.lower(position).endswith("ly")
        # "operations that have continued to prop up the regime"
        or (view.lower(position) == "to" and view.lower(position - 1) in CATENATIVE_VERBS)
        or (view.lower(position) in CATENATIVE_VERBS and view.lower(position + 1) == "to")
    ):
        position -= 1
    relative = view.lower(position) in {"that", "who", "which"}
    if relative and position == cue - 1 and view.lower(cue).endswith("s"):
        return False  # "a bloc of countries that backs X": the verb agrees with the bloc
    if relative:
        position -= 1
    elif not view.lower(cue).endswith("ing"):
        return False
    head = view.lower(position)
    if (
        view.mention_covering(position) is not None
        or not view.article.tokens.text(position).islower()
    ):
        return False
    if not (
        head in {"those", "people"} or (head.endswith("s") and head.isalpha() and len(head) > 3)
    ):
        return False
    # (past a noun's modifiers: "pursue illicit gold operations that …")
    for governor in range(position - 1, max(view.start, position - 4) - 1, -1):
        if view.lower(governor) in OBJECT_GOVERNORS:
            return True
        if not _common_word(view, governor) and not view.lower(governor).isdigit():
            return False  # (past a count: "sanctioned 20 companies that back …")
    return False


# Verbs that take the stance verb as their infinitive ("have continued to prop up X")
CATENATIVE_VERBS = frozenset(
    """continue continues continued continuing help helps helped helping seek seeks sought
    try tries tried trying seem seems seemed appear appears appeared""".split()
)
# Verbs that report a clause ("said oil revenues prop up …"); not "states" or "notes", which
# are nouns as often, nor "urged", whose object is spoken to
REPORTING_FORMS = frozenset(
    """said says saying told tells adding added noting noted arguing argued insisted insists
    stressed explained warned warns claimed claims""".split()
)
# First words of a reported clause whose subject may stand for a state: a pronoun, an owner
# ("his government"), or a state's noun after "the" ("the country", "the government")
ACTING_OPENERS = frozenset("he she it they we i his her its their our the this these a an".split())
REPORTED_REACH = 12  # tokens from the reporting verb to the cue
# Collective nouns a reported clause's subject may stand for a state or bloc with ("said
# allies would stand with Ukraine", said by NATO's head): left to the other readings
ACTING_GROUPS = frozenset(
    """allies partners members leaders governments government nations countries states
    officials diplomats ministers authorities administration ministry country""".split()
)


def _reported_clause_of_no_actor(view: SentenceView, cue: int) -> bool:
    """Is the cue the verb of a reported clause ("X said (that) …", "…, saying …") whose
    subject is a plain noun phrase naming no actor ("oil revenues have helped to prop up
    Putin")? Then the reporter does not take the stance, and nobody named does. Only a
    clause with no name and no pronoun in it, opening with a lower-case content word."""
    if view.lower(cue - 1) in NOUN_DETERMINERS or view.lower(cue - 1) in POSSESSIVES:
        return False  # a stance noun ("their support"), not a verb
    for verb in range(cue - 1, max(view.start, cue - REPORTED_REACH) - 1, -1):
        if view.lower(verb) in {",", ";", ":"} or view.mention_covering(verb) is not None:
            return False  # (a name first: "saying the United States stands with …")
        if view.lower(verb) in REPORTING_FORMS:
            break
    else:
        return False
    first = verb + 1
    that = next((i for i in range(cue - 1, verb, -1) if view.lower(i) == "that"), -1)
    if that > 0:
        first = that + 1  # "told lawmakers that the government stood with Ukraine"
    if first >= cue:
        return False
    words = [view.article.tokens.text(i) for i in range(first, cue)]
    return (
        words[0].islower()
        and words[0] not in ACTING_OPENERS
        and not ACTING_GROUPS.intersection(words)
        and words[0] not in PREPOSITIONS
        and all((word.isalpha() and word.islower()) or word == "-" for word in words)
        and not any(word in SUBJECT_PRONOUNS or date_word(word) for word in words)
    )


# Verbs of saying whose negation leaves what follows unsaid, and the words that negate them.
SAYING_VERBS = SPEECH_VERBS | frozenset(
    """confirm confirms confirmed confirming indicate indicates indicated signal signals
    signalled signaled announce""".split()
)

SAYING_NEGATORS = frozenset("not n't never declined declines refused refuses".split())


def _unsaid(view: SentenceView, cue: int) -> bool:
    """Is the cue in what someone did not say ("has not said that it backs X", "did not say
    it would recognise X", "declined to say it supports X")? That reports no stance, neither
    taken nor refused."""
    words = view.word_set()
    if words.isdisjoint(SAYING_NEGATORS) or words.isdisjoint(SAYING_VERBS):
        return False
    for index in range(cue - 1, max(view.start, cue - 8) - 1, -1):
        if view.lower(index) in SAYING_VERBS:
            first = max(view.start, index - 3)
            return any(view.lower(i) in SAYING_NEGATORS for i in range(first, index))
    return False


WARNING_VERBS = frozenset("warned warns warn warning cautioned cautions cautioning".split())


def _warned_against(view: SentenceView, cue: int) -> bool:
    """ "Washington warned Beijing against providing military support to Moscow": the
    stance warned against is not taken."""
    if "against" not in view.word_set() or view.word_set().isdisjoint(WARNING_VERBS):
        return False
    for index in range(cue - 1, max(view.start, cue - 4) - 1, -1):
        if view.lower(index) == "against" and (
            view.lower(index + 1).endswith("ing") or index + 1 == cue
        ):
            first = max(view.start, index - 5)
            return any(view.lower(i) in WARNING_VERBS for i in range(first, index))
    return False


def _denied_before(view: SentenceView, cue: int) -> bool:
    """'Russia denied that it had sent troops to support Mr Maduro': a denied report gives no
    stance. ('denied backing X' right before the cue is a negation, read by ``modality``.)"""
    if view.word_set().isdisjoint(DENIALS):
        return False
    return any(view.lower(i) in DENIALS for i in range(view.start, cue - 1))


def _coordinated_subjects(view: SentenceView, first: Mention, subjects: set[str]) -> list[Mention]:
    """'recognising the DPR and the LPR': every contested party in the coordination."""
    if first.sentence_id != view.sentence_id:
        return [first]
    found = [first]
    index = first.token_end
    while index < view.end:
        mention = view.mention_starting(index)
        if mention is not None:
            if mention.entity_id not in subjects:
                break
            if mention.entity_id not in {m.entity_id for m in found}:
                found.append(mention)
            index = mention.token_end
            continue
        word = view.lower(index)
        if word in {",", "and", "or", "the", "nor", "(", ")"} or word in HONORIFICS:
            index += 1
            continue
        if word in QUOTE_MARKS:  # 'the "Donetsk People's Republic" and "Luhansk …"'
            index += 1
            continue
        # an abbreviation in brackets after a name: "the Donetsk People's Republic (DPR)"
        if view.lower(index - 1) == "(":
            index += 1
            continue
        break
    return _coordinated_before(view, first, subjects) + found


def _coordinated_predicate_subject(
    view: SentenceView, cue: int, exclude: set[str]
) -> list[Mention]:
    """The sentence's subject when the cue is a finite verb right after "and" ("… and stands
    by", "… and also backs"): a second predicate, whose subject is not the name before "and"
    (the first predicate's object or complement: "has lent Caracas $60 billion and")."""
    verb = cue
    while view.lower(verb - 1) in STAND_WORDS or view.lower(verb - 1).endswith("ly"):
        verb -= 1  # "stands (firmly) by", "sided with": the verb before the preposition
    if view.lower(cue) in GOVERNED_NOUNS:
        # a stance noun after its verb: "… and pledged (his) allegiance to Guaidó"
        verb = cue - 1
        while view.lower(verb) in NOUN_DETERMINERS or view.lower(verb) in OWNING_PRONOUNS:
            verb -= 1
    catenative = view.lower(verb - 1) == "to" and view.lower(verb - 2).isalpha()
    if catenative:
        verb -= 2  # "… and has declined to recognise X": the verb the infinitive hangs on
    word = view.lower(verb)
    finite = word.endswith("s") or word.endswith("ed")
    if not (finite or catenative) or view.mention_covering(verb) is not None:
        return []
    before = verb - 1
    while (
        view.lower(before) in COORDINATED_ADVERBS
        or view.lower(before).endswith("ly")
        or (catenative and view.lower(before) in VERB_GROUP_OPENERS)
    ):
        before -= 1
    if view.lower(before) != "and":
        return []
    if any(other.index == before - 1 for other in _cues(view)):
        # "Payne said that Canberra recognises and supports X": two stance verbs share the
        # subject right before the first, not the sentence's opening one
        first = before - 1
        if view.lower(first - 1) in QUOTE_MARKS:
            first -= 1  # 'Canberra "recognises and supports …"'
        shared = run_ending_before(view, first, exclude)
        if shared:
            return shared
    return opening_run(view, before, exclude, across=True)


COORDINATED_ADVERBS = frozenset(
    {"also", "still", "now", "openly", "firmly", "continues", "no", "longer", "not", "never"}
)
# Stance nouns a verb governs in a second predicate ("and pledged allegiance to X")
GOVERNED_NOUNS = frozenset({"allegiance", "loyalty", "support", "backing", "solidarity"})


def _outside_a_quoted_predicate(
    view: SentenceView,
    start: int,
    index: int,
    run: list[Mention],
    exclude: set[str],
    by_prep: bool,
) -> list[Mention]:
    """The names before a quoted predicate the cue's own predicate follows: in "Her Majesty's
    Government "recognises Mr Guaidó as … President of Venezuela" and does not recognise Mr
    Maduro", Venezuela is inside the first predicate's quoted words; the subject stands
    before the opening mark."""
    if not run:
        return run
    marks = [i for i in range(start, index) if view.lower(i) in QUOTE_MARKS]
    if len(marks) != 2 or not marks[0] < run[0].token_start < marks[1]:
        return run
    return _without_objects(view, nearest_run(view, start, marks[0], exclude, by_prep)) or run


def _without_objects(view: SentenceView, run: list[Mention]) -> list[Mention]:
    """Drop the names at a run's head that are the object of an earlier verb: in
    "Russia backs Mr Maduro and the US backs Mr Guaidó", Maduro is backed, and does not
    back Guaidó with the US."""
    while run:
        before = run[0].token_start - 1
        while view.lower(before) in HONORIFICS or view.lower(before) == "the":
            before -= 1
        word = view.lower(before)
        participle = word.isalpha() and word.endswith("ing") and word not in NOT_VERBS
        if (word not in CUES or word in ALLY_NOUNS) and not participle:
            break  # (a participle's object too: "went further, disavowing Maduro and …")
        dropped = run[0].entity_id
        run = run[1:]
        while run and run[0].entity_id == dropped:
            run = run[1:]  # "recognized Guaidó as interim president": the same one again
    return run


# Words ending like a participle that are no verb before a name, or a verb whose clause the
# name opens as its subject ("…, saying the United States stands with Ukraine")
NOT_VERBS = frozenset(
    """including during according notwithstanding saying adding noting arguing insisting
    stressing warning claiming explaining""".split()
)


def _coordinated_before(view: SentenceView, last: Mention, subjects: set[str]) -> list[Mention]:
    """The contested parties coordinated before one ("The DPR and LPR have been backed by
    Moscow" reaches the DPR from the LPR)."""
    found: list[Mention] = []
    index = last.token_start - 1
    while index >= view.start:
        mention = view.mention_ending(index)
        if mention is not None:
            if mention.entity_id not in subjects or mention.entity_id == last.entity_id:
                break
            found.insert(0, mention)
            index = mention.token_start - 1
            continue
        if view.lower(index) in {",", "and", "the"} or view.lower(index) in HONORIFICS:
            index -= 1
            continue
        break
    return found if found and view.lower(last.token_start - 1) in {"and", "the", ","} else []


def _whom_someone_else(view: SentenceView, cue: int, subjects: set[str]) -> bool:
    """Is the cue's object, an object relative's antecedent (``object_relative_antecedent``),
    a person who is no contested party, with "as" right after the cue ("Luis Parra, whom the
    government recognised as president of the National Assembly")?"""
    if view.lower(cue + 1) != "as":
        return False
    named = object_relative_antecedent(view, cue)
    return named is not None and named.entity_type == "person" and named.entity_id not in subjects


def _subject(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, subjects: set[str], memory: dict
) -> Mention | None:
    """The contested party the cue points at: after it, or before it for passives and nouns.

    An object pronoun ("recognised him") refers to the party the article was just talking
    about: the subject of its last stance, else the nearest contested party before it.
    """
    if view.lower(cue.index) in ALLY_NOUNS:
        return _ally_subject(article, view, cue.index, subjects, memory)
    end = clause_end(view, cue.index)
    if _whom_someone_else(view, cue.index, subjects):
        # "Luis Parra, whom the government recognised as president of the National
        # Assembly": Parra is recognised; the title after "as" is his, not its usual holder's
        return None
    if _hyphened(view, cue.index):  # "US-backed interim president Juan Guaidó"
        # ("two Russian-backed separatist regions in eastern Ukraine, the self-proclaimed
        # Donetsk People's Republic and …": the names in the apposition)
        compound = _compound_subject(view, cue.index, subjects)
        compound = compound or _apposed_object(view, cue.index, subjects)
        if compound is None and _describes_a_leader(view, cue.index):
            # "Juan Guaidó arrived. … the U.S.-backed leader tried to …": as for "him"
            compound = _pronoun_subject(article, view, cue.index + 1, subjects, memory)
        return compound
    # "has the backing of Russia, China and Turkey": who backs follows, the backed stands
    # before ("the recognition of X" is X's, read on)
    givers_follow = (
        cue.stance == "backs"
        and view.lower(cue.index + 1) in {"of", "from"}
        and view.lower(cue.index - 1) in NOUN_DETERMINERS
    )
    reach = OBJECT_SCAN_REACH
    if any(view.lower(i) in OFFICE_NOUNS for i in range(cue.index + 1, cue.index + reach)):
        # "do not recognise the legitimacy of the new presidential term of Nicolás Maduro":
        # the office's holder comes after its noun phrase
        reach += OFFICE_PHRASE_EXTRA
    if any(
        view.lower(i) in {"headed", "led"} and view.lower(i + 1) == "by"
        for i in range(cue.index + 1, cue.index + reach)
    ):
        # "support the legitimate government of Venezuela headed by President Nicolás
        # Maduro": the head is named after the government's noun phrase
        reach += OFFICE_PHRASE_EXTRA
    first = _past_a_raised_conjunct(view, cue.index)
    if first > cue.index + 1:  # "does not recognise, and will never recognise, X"
        end = clause_end(view, first)
    first = _past_an_age(view, first)  # "recognising the 35-year-old Guaidó"
    scan_end = cue.index + 1 if givers_follow else min(end, first - 1 + reach)
    titled = None if givers_follow else _person_apposed_to_a_title(view, first, end)
    if titled is not None and titled.entity_id in subjects:
        return titled  # "solidarity with the constitutional President, Nicolás Maduro"
    for index in range(first, scan_end):
        if _next_cue_takes_it(view, cue.index, index):
            break  # "opposed outside interference and continued to support Mr Maduro"
        if view.lower(index) in OBJECT_STOP_NOUNS and view.mention_covering(index) is None:
            break  # "supports the sanctions against Russia": the sanctions are supported
        if view.lower(index) in {"against", "over"}:
            # "refused to side with the US against Maduro": whom it is against; "solidarity
            # with the West over … Moscow's severe breach": what the stance is about
            break
        if _modifier_compound(view, index):
            continue  # "recognised the Russia-backed breakaway states": Russia backs them
        if view.lower(index) == "by" and _passive_by(view, cue.index) == index:
            break  # "the DPR has been backed by Moscow": the agent is no object
        rival = _rival(article, view, index, subjects, memory)
        if rival is not None:
            return rival  # "recognised Maduro's rival, Juan Guaidó," / "his young rival"
        mention = view.mention_covering(index)
        if mention is not None and _part_of(view, mention):
            break  # "recognition of the breakaway regions of Ukraine": part of it, not it
        if mention is not None and _located_in(view, mention):
            continue  # "recognised two separatist enclaves in eastern Ukraine": a place
        if mention is not None and _its_dissenters(view, mention):
            continue  # "supporting Russia's civil society and independent voices": not Russia
            # (read on: "… Venezuela's democratic opposition and its leader Juan Guaidó")
        if mention is not None and cue.stance == "recognises" and _owns_a_thing(view, mention):
            # "deplored the recognition as a violation of Ukraine's integrity", "will never
            # recognise Russia's claims" (but backing "Ukraine's sovereignty" backs Ukraine)
            continue
        if mention is not None and mention.entity_id in subjects and mention.kind != "demonym":
            return mention
        if mention is not None and mention.entity_id in subjects and _the_people_of(view, mention):
            return mention  # "solidarity with the Ukrainian people": with the nation
        if _named_object_elsewhere(view, cue, mention):
            return None  # "withdrew its recognition of Mr Maduro" in a case not about him
        if view.lower(index) in OBJECT_PRONOUNS or _sided_with_it(view, cue.index, index):
            parallel = _parallel_object(view, cue, index, subjects)
            if parallel is not None:
                return parallel  # "Spain recognised Guaidó …, but Italy has not recognised him"
            return _pronoun_subject(article, view, index, subjects, memory)
        if view.lower(index) == "the" and _age_at(article, index + 1):
            return _epithet_subject(article, view, index + 1, subjects, memory)
        if view.lower(index) == "the" and _self_styled_leader(view, index + 1):
            # "refused to recognise the self-appointed leader": the challenger just named
            return _recent_challenger(article, view, index, memory)
        if view.lower(index) == "the" and (
            _leader_epithet(view, index + 1) or _loyalty_to_the_leader(view, cue.index, index)
        ):
            # "backed the beleaguered leader", "pledged the army's loyalty to the president":
            # the incumbent, when just named
            return _recent_incumbent(
                article, view, index, memory, _loyalty_to_the_leader(view, cue.index, index)
            )
        term = _incumbent_term(view, index, memory) if _term_slot(view, cue.index, index) else None
        if term is not None:
            return term  # "declined to recognise the new term"
    if _support_needed(view, cue.index):
        return None  # "Warsaw needs far more support from Brussels": wanted, not given to X
    apposed = _apposed_object(view, cue.index, subjects)
    if apposed is not None:
        return apposed  # "recognised two breakaway regions, the Donetsk People's Republic and …"
    named = _titled_object(view, cue.index, end, subjects)
    if named is not None:
        return named  # "recognises the president of the National Assembly, Juan Guaidó, as"
    regarded = _regarded_pronoun(view, cue.index)
    if regarded >= 0:  # "The Kremlin described him as the legitimate president"
        return _pronoun_subject(article, view, regarded, subjects, memory)
    if cue.stance == "opposes":
        return None  # "opposed outside interference": opposition needs its object named
    opens = cue.index == view.start or view.lower(cue.index - 1) in {",", ";", ":", "—", "–"}
    if opens and (view.lower(cue.index), view.lower(cue.index + 1)) == ("recognition", "from"):
        # "Recognition from Canada and Brazil followed": of whom the story last reported
        # recognised (none named yet: no stance)
        return memory.get("recognised")
    whom = object_relative_antecedent(view, cue.index)
    if whom is not None and whom.entity_id in subjects:
        return whom  # "Juan Guaidó, whom Russia does not recognise, …"
    if _direct_object_follows(view, cue.index):
        return None  # "accused the US of backing a coup", "would not support sanctions"
    if _support_for_a_thing(view, cue.index):
        return None  # "will strengthen support for civil society": for that, not a party
    if not _object_may_precede(view, cue.index):
        return None  # an active verb takes its object after it: "Russia recognised the DPR"
    if view.lower(cue.index - 1) in POSSESSIVES | OWNING_PRONOUNS | GIVING_VERBS:
        given = _support_given_to(article, view, cue, subjects, memory)
        if given.recipient is not None:
            return given.recipient  # "called Mr Maduro to assure him of Moscow's support"
        if given.by_a_party:
            return None  # "Guaidó telephoned Sánchez to express solidarity": his, to Spain
    if (
        view.lower(cue.index - 1) in POSSESSIVES
        and view.lower(cue.index) != "legitimate"  # "X is Venezuela's legitimate president"
        and not _won_from(view, cue.index)
    ):
        return None  # "Moscow's recognition of ...": the object follows or is not named
    if (
        view.lower(cue.index) == "recognition"
        and view.lower(cue.index + 1) == "of"
        and view.lower(cue.index - 2) in POSSESSIVES | OWNING_PRONOUNS
        and _common_word(view, cue.index - 1)
    ):
        return None  # "for its unilateral recognition of the independence of two regions"
    received = _received_by_a_pronoun(view, cue.index)
    if received is not None:
        # "He has the backing of the United States": whom "he" is, the one contested person
        # named before it in the sentence ("Maduro still controls the army, and he retains
        # the backing of Russia"), else the subject of the sentence before when one opens it
        named = {
            m.entity_id: m
            for m in view.mentions
            if m.entity_id in subjects
            and m.entity_type == "person"
            and m.token_end <= received
            and view.lower(m.token_end) not in POSSESSIVES
        }
        if len(named) == 1:
            return next(iter(named.values()))
        return _opening_subject_before(article, view, subjects)
    fronted = _fronted_passive_subject(view, cue.index, subjects)
    if fronted is not None:
        return fronted  # "Backed by Russia and China, Maduro refused to step down"
    found = _subject_before(article, view, cue.index, subjects)
    # (not the possessor in "Mr Putin's decision … held back from formal recognition")
    possessed = (
        view.lower(cue.index) == "recognition" and found is not None and _possessor(view, found)
    )
    if found is not None and found.sentence_id == view.sentence_id and not possessed:
        recognised = memory.get("recognised")
        if (
            view.lower(cue.index) == "recognition"
            and recognised is not None
            and any(view.lower(i) in STRONG_BOUNDARIES for i in range(found.token_end, cue.index))
        ):
            # "Greece has expressed sympathy for Maduro, while Cyprus and Slovakia have held
            # back from recognition": the recognition the story is about, not the party named
            # in another clause
            return recognised
        return found
    pronoun = _passive_pronoun_subject(view, cue.index)
    if pronoun >= 0:  # "He has since been recognised by the US and Canada"
        return _passive_pronoun_referent(article, view, pronoun, subjects, memory)
    if _bare_recognition(view, cue.index):
        # "stopped short of formal recognition": of the topic, the party last recognised
        # (or, with none, the last one backed) but never a party only just named as the
        # owner of something ("support for Putin's decision but has not extended formal
        # recognition")
        topic = memory.get("recognised") or memory.get("subject")
        if topic is not None and topic.sentence_id == view.sentence_id and _possessor(view, topic):
            return None
        return topic
    return None


# Verbs that take someone "as" the legitimate holder of an office
AS_VERBS = REGARD_VERBS | frozenset(
    "describe describes described describing call calls called calling".split()
)


def _regarded_pronoun(view: SentenceView, cue: int) -> int:
    """The index of "him"/"her" in "regards him as the legitimate president", "considers her
    the country's rightful leader", "called him Venezuela's legitimate president", before a
    "legitimate" or title cue; else -1."""
    index = cue - 1
    while index > max(view.start, cue - 8):
        word = view.lower(index)
        if word in {"him", "her"}:
            return index if view.lower(index - 1) in AS_VERBS else -1
        owner = view.mention_ending(index - 1) if word in POSSESSIVES else None
        if owner is not None and owner.entity_type == "country":
            index = owner.token_start - 1  # "called him Venezuela's legitimate president"
            continue
        if word != "as" and word not in TITLE_FILLERS:
            return -1
        index -= 1
    return -1


def _passive_pronoun_referent(
    article: AnnotatedArticle, view: SentenceView, pronoun: int, subjects: set[str], memory: dict
) -> Mention | None:
    """Whom "he" is in "He is backed by Russia": a contested person named before it in the
    sentence; else the only one the sentences before name, or the one opening the sentence
    before ("Maduro met Guaidó. He is backed by Russia." is Maduro); else nobody."""
    if any(m.entity_id in subjects and m.token_end <= pronoun for m in view.mentions):
        return _pronoun_subject(article, view, pronoun, subjects, memory)
    previous = {m.entity_id: m for m in _last_named_subjects(article, view.sentence_id, subjects)}
    if len(previous) == 1:
        return next(iter(previous.values()))
    return _opening_subject_before(article, view, subjects)


def _may_be_a_pronouns_passive(view: SentenceView) -> bool:
    """Might "he"/"she" be the subject of a passive cue ("He is backed by Russia")? A cheap
    test on the sentence's words; ``_passive_pronoun_subject`` decides at the cue."""
    words = view.word_set()
    return "by" in words and not words.isdisjoint({"he", "she"})


def _passive_pronoun_subject(view: SentenceView, cue: int) -> int:
    """The index of "he"/"she" as the subject of the cue's passive ("He has since been
    recognised by …"), right before its verb group; -1 if the cue is no such passive."""
    if _passive_by(view, cue) is None:
        return -1
    position = cue - 1
    while position >= view.start and view.lower(position) in VERB_GROUP:
        position -= 1
    return position if view.lower(position) in {"he", "she"} else -1


def _support_given_in_relative(view: SentenceView, cue: Cue, subjects: set[str]) -> list[dict]:
    """ "the support that Russia, China, Cuba and Turkey give Maduro": the relative clause's
    subjects back the party its giving verb names (whatever the main clause thinks of it)."""
    if view.lower(cue.index) not in CUE_NOUNS or view.lower(cue.index + 1) not in {"that", "which"}:
        return []
    reach = range(cue.index + 2, min(view.end, cue.index + 18))
    verb = next((i for i in reach if view.lower(i) in GIVING_VERBS), -1)
    recipient = verb + 1
    if view.lower(recipient) == "to":
        recipient += 1  # "have given to President Maduro"
    while view.lower(recipient) in TITLE_WORDS and view.mention_starting(recipient) is None:
        recipient += 1
    subject = view.mention_starting(recipient) if verb > 0 else None
    if subject is None or subject.entity_id not in subjects:
        return []
    actors = forward_run(view, cue.index + 2, verb, {subject.entity_id})
    between = range(actors[-1].token_end, verb) if actors else range(0)
    if not actors or not all(view.lower(i) in GIVERS_TO_VERB for i in between):
        # (the verb group may stand between: "that Cuba no longer gives Maduro", and an aside:
        # "that Russia and China, among many others, have given to President Maduro")
        return []
    mood = modality(view, actors[-1].token_end, verb)  # "the support that Cuba no longer gives"
    return [_row(view.article, view, actor, cue.stance, subject, mood) for actor in actors]


GIVERS_TO_VERB = VERB_GROUP | {"no", "longer", ",", "among", "many", "others", "other"}

# Verbs that give support to someone: "called him to pledge Belarus's support", "the support
# that Russia and China give Maduro"
GIVING_VERBS = frozenset(
    """offer offers offered offering pledge pledges pledged pledging promise promises promised
    express expresses expressed reaffirm reaffirms reaffirmed assure assures assured
    assuring guarantee guaranteed convey conveyed give gives gave given giving lend lends lent
    lending provide provides provided extend extends extended""".split()
)


class _Given(NamedTuple):
    """Whom support is given to (None: nobody named), and whether a contested party gives
    it (the caller in "Zelensky telephoned Biden to express solidarity": nobody backs him)."""

    recipient: Mention | None
    by_a_party: bool = False


def _support_given_to(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, subjects: set[str], memory: dict
) -> _Given:
    """Whom a possessor's support is given to: "called Mr Maduro to assure him of Moscow's
    support" (the one assured), "phoned him to pledge Belarus's support" (the one phoned): the
    contested party or object pronoun before the giving verb, in the cue's clause."""
    if view.lower(cue.index - 1) in OWNING_PRONOUNS:
        verb = cue.index - 2  # "phoned him to offer his support"
    elif view.lower(cue.index - 1) in GIVING_VERBS:
        verb = cue.index - 1  # "telephoned Maduro to express solidarity"
    else:
        possessor = view.mention_ending(cue.index - 2)
        if possessor is None:
            return _Given(None)
        verb = possessor.token_start - 1
    if view.lower(verb) == "of":
        verb -= 2  # "assure him of Moscow's support", "assure him of their support"
    if view.lower(verb) not in GIVING_VERBS:
        return _Given(None)
    for index in range(verb - 1, max(view.start, verb - 8) - 1, -1):
        if view.lower(index) in OBJECT_PRONOUNS:
            return _Given(_pronoun_subject(article, view, index, subjects, memory))
        mention = view.mention_covering(index)
        if mention is not None and mention.entity_id in subjects and mention.kind != "demonym":
            # the one called, right after the calling verb ("telephoned Maduro to …"), or
            # the caller ("Guaidó telephoned Sánchez to express solidarity")
            if _object_of_a_verb(view, mention):
                return _Given(mention)
            return _Given(None, by_a_party=True)
        if _named_object_elsewhere(view, cue, mention):
            return _Given(None)  # "withdrew its recognition of Mr Maduro" in a case not about him
        if view.lower(index) in {",", ";", "and", "but"}:
            return _Given(None)
    return _Given(None)


NOT_BEFORE_AN_OBJECT = frozenset({"and", "or", "but", "nor", "then", "also", "still"})


def _object_of_a_verb(view: SentenceView, mention: Mention) -> bool:
    """Is the name an object: does a lower-case word that is no preposition or conjunction
    stand right before it (past an honorific): "telephoned Maduro", "would telephone Guaidó",
    "called Maduro's opponent Guaidó"? A clause's subject has none ("Guaidó telephoned …")."""
    before = mention.token_start - 1
    while view.lower(before) in HONORIFICS:
        before -= 1
    if before < view.start:
        return False
    word = view.lower(before)
    return (
        word.isalpha()
        and view.article.tokens.text(before)[:1].islower()
        and word not in PREPOSITIONS | NOT_BEFORE_AN_OBJECT
    )


NEEDING = frozenset(
    "need needs needed needing want wants wanted seek seeks sought seeking lacks lacked".split()
)


APPOSED_OBJECT_REACH = 16  # tokens of "the independence of two Russian-backed separatist
# regions in eastern Ukraine" before the comma
APPOSITION_OPENING_REACH = 5  # tokens of "the self - proclaimed" before the names
# (only these: "two regions, a move condemned by Ukraine" names who condemned, not them)
APPOSITION_OPENERS = frozenset(
    "the - self so proclaimed called declared styled breakaway separatist".split()
)
DESCRIBED_OBJECTS = frozenset(
    """regions region republics republic territories territory entities entity areas
    provinces states statelets enclaves governments government leader leaders""".split()
)


def _apposed_object(view: SentenceView, cue: int, subjects: set[str]) -> Mention | None:
    """The contested party named in the apposition after a verb cue's described object:
    "recognised two breakaway regions, the Donetsk People's Republic and …" (a description
    naming no party, a comma, then the names)."""
    if not view.lower(cue).isalpha() or view.lower(cue + 1) in PREPOSITIONS:
        return None
    described = False
    for index in range(cue + 1, min(view.end, cue + APPOSED_OBJECT_REACH)):
        word = view.lower(index)
        if word == ",":
            break
        another_cue = word in CUES and view.lower(index - 1) != "-"  # (not "Russian-backed")
        if word in CLAUSE_BOUNDARIES or word in {";", ":", "."} or another_cue:
            return None
        mention = view.mention_covering(index)
        # (a place in the description, or a demonym modifying it: "two Russian-backed
        # separatist regions in eastern Ukraine, the …")
        placed = mention is not None and (_located_in(view, mention) or mention.kind == "demonym")
        if mention is not None and mention.entity_id in subjects and not placed:
            return None  # the object is named before any comma: read as usual
        described = described or word in DESCRIBED_OBJECTS
    else:
        return None
    if not described:
        return None
    position = index + 1  # past "the self-proclaimed", "the so-called"
    while (
        position - index <= APPOSITION_OPENING_REACH
        and view.mention_starting(position) is None
        and view.lower(position) in APPOSITION_OPENERS
    ):
        position += 1
    mention = view.mention_starting(position)
    if mention is None or mention.entity_id not in subjects or mention.kind == "demonym":
        return None
    after = view.lower(mention.token_end)
    if after in SAYING_VERBS or after in POSSESSIVES:
        return None  # "…, Guaidó told reporters": the source, not the object
    return mention


NATION_NOUNS = frozenset({"people", "nation"})


def _the_people_of(view: SentenceView, mention: Mention) -> bool:
    """Is the demonym the nation's: "the Ukrainian people", "the Ukrainian nation" (not
    "Ukrainian refugees", some of its people, nor a people set against its state)?"""
    if not (
        mention.kind == "demonym"
        and view.lower(mention.token_start - 1) == "the"
        and view.lower(mention.token_end) in NATION_NOUNS
    ):
        return False
    # ("stands with the Russian people, not with Putin's war": the people against the state)
    following = [view.lower(i) for i in range(mention.token_end + 1, mention.token_end + 4)]
    return not {"not", "rather", "against"} & set(following)


def _support_needed(view: SentenceView, cue: int) -> bool:
    """A stance noun its clause's subject asks for ("needs more support from Brussels"): the
    one who needs it is backed, never a party named before."""
    if view.lower(cue) not in CUE_NOUNS:
        return False
    return any(view.lower(i) in NEEDING for i in range(max(view.start, cue - 4), cue))


def _titled_object(view: SentenceView, cue: int, end: int, subjects: set[str]) -> Mention | None:
    """An object named by its title, the name set off after it: "recognised the president of
    the National Assembly, Juan Guaidó, as …"."""
    if view.lower(end) != "," or view.lower(cue + 1) not in {"the", "its", "his", "their"}:
        return None
    if not any(view.lower(i) in TITLE_WORDS for i in range(cue + 1, end)):
        return None
    first = end + 1
    while view.lower(first) in HONORIFICS and view.mention_starting(first) is None:
        first += 1  # "…, Mr Juan Guaidó, as …"
    named = view.mention_starting(first)
    return named if named is not None and named.entity_id in subjects else None


def _bare_recognition(view: SentenceView, index: int) -> bool:
    """ "recognition" with no object, ending its clause, given or withheld by the clause's
    subject ("stopped short of formal recognition.", "granted recognition"); "condemned the
    recognition" is someone else's."""
    following = view.lower(index + 1)
    if view.lower(index) != "recognition" or (
        following not in CLAUSE_ENDS
        and following not in TIME_OPENERS
        and not _time_phrase_at(view, index + 1)
    ):
        return False
    before = {view.lower(i) for i in range(max(view.start, index - 4), index)}
    return bool(before & RECOGNITION_GIVING or before & OWN_STANCE_VERBS)


# Words opening a time phrase after a bare "recognition" ("announced their own recognition
# within hours"): its clause has ended as far as the object goes
TIME_OPENERS = frozenset(
    {"within", "on", "today", "yesterday", "later", "shortly", "soon", "until", "till"}
)


def _time_phrase_at(view: SentenceView, index: int) -> bool:
    """Does a dated time phrase fill the clause from ``index`` ("the same day", "on Monday")?"""
    return is_time_phrase([view.lower(i) for i in range(index, clause_end(view, index))])


CLAUSE_ENDS = frozenset({".", ",", ";", "and", "but", ""})
# Verbs by which the subject gives or withholds recognition itself.
RECOGNITION_GIVING = frozenset(
    """short grant grants granted granting extend extends extended extending give gives gave
    given offer offers offered withhold withholds withheld withdraw withdraws withdrew
    withdrawn join joins joined joining""".split()
)


def _bare_recognition_in(view: SentenceView) -> bool:
    if "recognition" not in view.word_set():
        return False
    return any(_bare_recognition(view, i) for i in range(view.start, view.end))


# Things a stance verb may take as its own object, so that a party named after them is not
# what is supported: "supports the sanctions against Russia", "backed the resolution on X".
OBJECT_STOP_NOUNS = frozenset(
    """sanctions measures embargo resolution statement declaration move decision plan proposal
    bid talks deal invasion war attack annexation referendum elections election vote
    ceasefire shipments shipment deliveries delivery transfers supplies dialogue negotiations
    negotiation mediation democracy transition peace corruption terrorism repression
    aggression refugees migrants civilians process campaign initiative drive
    push""".split()
)  # the stance is on this thing, not a party named after it: "opposed the West's weapon
# shipments to Ukraine", "support for dialogue between Maduro and the opposition"


def _next_cue_takes_it(view: SentenceView, cue: int, index: int) -> bool:
    """Is ``index`` a later stance verb, after the cue already took an object of its own?
    ('opposed outside interference and continued to support X': X is what is supported, not
    what is opposed; 'recognise and fully support X' shares X.)"""
    if view.lower(index) not in CUES or view.lower(index - 1) == "-":
        return False  # "stood by the Kremlin-backed Maduro government": a modifier, not a verb
    between = [view.lower(i) for i in range(cue + 1, index)]
    if not {"and", "but", "while"} & set(between):
        return False  # no second clause: "backs the recognition of X" is one object
    return any(w not in SHARED_OBJECT_GLUE and not w.endswith("ly") for w in between)


def _backed_description(view: SentenceView) -> bool:
    """Does the sentence call a party by a backed leader's word ("the U.S.-backed leader")?"""
    if view.word_set().isdisjoint({"backed", "supported"}):
        return False
    return any(
        _describes_a_leader(view, i)
        for i in range(view.start, view.end - 1)
        if view.lower(i) in {"backed", "supported"} and _hyphened(view, i)
    )


def _describes_a_leader(view: SentenceView, cue: int) -> bool:
    """Is a leader's word, naming nobody itself, right after "X-backed" ("the U.S.-backed
    leader tried to …")? It names again a contested party, as "him" would."""
    return view.lower(cue + 1) in LEADER_HEADS and view.mention_covering(cue + 1) is None


def _compound_subject(view: SentenceView, cue: int, subjects: set[str]) -> Mention | None:
    """'US-backed Juan Guaidó' (after), or an apposition: 'the DPR and the LPR, the two
    Kremlin-backed statelets' (the parties right before the comma)."""
    for index in range(cue + 1, min(view.end, cue + 5)):
        mention = view.mention_covering(index)
        if mention is not None:
            return mention if mention.entity_id in subjects else None
    start = cue - 2
    while start > view.start and view.lower(start - 1) not in {",", "(", "—", "–"}:
        start -= 1
        if cue - start > 4:
            return None
    comma = start - 1
    if view.lower(comma) != ",":
        return None
    before = [m for m in view.mentions if m.token_end <= comma and m.entity_id in subjects]
    if not before or before[-1].token_end < comma - 2:
        return None
    run = [before[-1]]
    for mention in reversed(before[:-1]):
        gap = [view.lower(i) for i in range(mention.token_end, run[0].token_start)]
        if all(w in {",", "and", "or", "the", "(", ")"} or w.isupper() for w in gap):
            run.insert(0, mention)
        else:
            break
    return run[0]


# Words that may follow a cue whose object stands before it ("the backing of X", "X, backed
# by Y", "support among the military", "recognition as president"): anything else right after
# the cue is its own object ("backing a coup", "support sanctions").
NOT_OBJECTS = PREPOSITIONS | frozenset(
    """by behind after before without upon around besides beside except as and or but nor yet
    so then now too also again since until while when because whom who which that up""".split()
)


def _direct_object_follows(view: SentenceView, cue: int) -> bool:
    """A verb cue with its own object right after it. Not for "stood by you" (the cue is the
    preposition) or "regarded X as the legitimate president" (the cue is the adjective)."""
    following = view.lower(cue + 1)
    if view.lower(cue) in {"with", "by", "behind"} and following in OBJECT_DETERMINERS:
        return True  # "would stand with the Venezuelan people": an object of its own
    if view.lower(cue) in {"with", "by", "behind", "legitimate"}:
        return False
    if _time_phrase_at(view, cue + 1):
        return False  # "extended recognition the same day": a time, no object
    return following.isalpha() and following not in NOT_OBJECTS


OBJECT_DETERMINERS = frozenset("the a an this these those its their his her our".split())
SUPPORT_NOUNS = frozenset({"support", "backing", "solidarity"})


def _support_for_a_thing(view: SentenceView, cue: int) -> bool:
    """Is the support noun's recipient, right after "for"/"to", a common noun no name
    covers ("support for civil society", "backing for reforms")? Then it backs that thing,
    and no party before the noun."""
    if view.lower(cue) not in SUPPORT_NOUNS or view.lower(cue + 1) not in {"for", "to"}:
        return False
    index = cue + 2
    while view.lower(index) in OBJECT_DETERMINERS:
        index += 1
    demonym = view.mention_covering(index)
    if demonym is not None and demonym.kind == "demonym" and demonym.token_end < view.end:
        # "financial support to Russian decision-makers": the people a demonym qualifies
        word = view.article.tokens.text(demonym.token_end)
        return word[:1].islower() and view.mention_covering(demonym.token_end) is None
    word = view.article.tokens.text(index) if index < view.end else ""
    return word.isalpha() and word.islower() and view.mention_covering(index) is None


def _object_may_precede(view: SentenceView, index: int) -> bool:
    """Passives, nouns and "stood by" may have their object before the cue."""
    word = view.lower(index)
    if _passive_by(view, index) is not None or _hyphened(view, index):
        return True
    if word in {"with", "by", "behind", "legitimate"} or word in ALLY_NOUNS:
        return True  # "regards Maduro as the 'legitimate president'": the title after him
    if view.lower(index - 1) in NOUN_DETERMINERS:
        return True
    if word in {"backing", "support", "recognition", "solidarity"}:
        return True
    # "Guaidó, recognised as president by ...", "X was recognised", "X is backed"
    return word.endswith("ed") and view.lower(index - 1) in {
        "was",
        "is",
        "been",
        "be",
        "being",
        "were",
        "are",
        ",",
    }


def _own_clause_names(view: SentenceView, run: list[Mention], subject: Mention) -> list[Mention]:
    """The names of a run that belong to the clause holding its last one: not past ", and",
    ", but", "while" ("Russia backs Maduro, and Colombia, where …, backs Guaidó": Colombia),
    and never the contested party the stance is about."""
    if not run:
        return run
    first = view.start
    for index in range(run[-1].token_start - 1, view.start - 1, -1):
        word = view.lower(index)
        if word in {"but", "while", "whereas", ";"} or (
            word == "and" and view.lower(index - 1) == ","
        ):
            first = index + 1
            break
    return [m for m in run if m.token_start >= first and m.entity_id != subject.entity_id]


def _parallel_object(
    view: SentenceView, cue: Cue, pronoun: int, subjects: set[str]
) -> Mention | None:
    """The object of an earlier cue of the same stance in the sentence, when the pronoun
    repeats that verb's object: "Most EU governments recognised Mr Guaidó when an ultimatum
    to Mr Maduro expired, but Italy has not recognised him", "Brazil backs Guaidó against
    Maduro, but Mexico does not back him". A party named in between is no antecedent here:
    the repeated verb points back to its own object. The object must agree with the pronoun
    ("him" a man or a person the article does not gender, "it" no person)."""
    word = view.lower(pronoun)
    if word not in {"him", "her", "it"}:
        return None
    found: Mention | None = None
    for index in range(view.start, cue.index):
        if CUES.get(view.lower(index)) != cue.stance:
            continue
        after = index + 1
        if view.lower(after) in HONORIFICS:
            after += 1
        named = view.mention_starting(after)
        if (
            named is not None
            and named.entity_id in subjects
            and named.kind != "demonym"
            and view.lower(named.token_end) not in POSSESSIVES
            and _agrees(view.article, named, word)
        ):
            found = named
    if found is None or not _only_oblique_between(view, found, pronoun, subjects):
        return None
    return found


def _only_oblique_between(
    view: SentenceView, found: Mention, pronoun: int, subjects: set[str]
) -> bool:
    """Is every other contested party between the earlier object and the pronoun governed by
    a preposition ("an ultimatum to Mr Maduro", "backs Guaidó against Maduro")? One that is a
    clause's subject ("…, but Maduro still controls the army, and Russia backs him") is
    what the pronoun means, as ordinary coreference reads it."""
    for mention in view.mentions:
        if not found.token_end <= mention.token_start < pronoun:
            continue
        if mention.entity_id not in subjects or mention.entity_id == found.entity_id:
            continue
        if not governed_by_preposition(view, mention, frozenset()):
            return False
    return True


def _agrees(article: AnnotatedArticle, mention: Mention, pronoun: str) -> bool:
    """Can ``pronoun`` ("him", "her", "it") stand for the mention?"""
    if pronoun == "it":
        return mention.entity_type != "person"
    if mention.entity_type != "person":
        return False
    gender = article.pronoun_for(mention.entity_id)
    return gender is None or gender == ("he" if pronoun == "him" else "she")


def _pronoun_subject(
    article: AnnotatedArticle, view: SentenceView, index: int, subjects: set[str], memory: dict
) -> Mention | None:
    """'him' is the one contested party just talked about, else the article's current topic."""
    in_sentence = [m for m in view.mentions if m.entity_id in subjects and m.token_end <= index]
    if in_sentence:
        return _last_outside_adverbial_clause(view, in_sentence, index)
    previous = _last_named_subjects(article, view.sentence_id, subjects)
    if len({m.entity_id for m in previous}) > 1:
        # "Guaidó argued that Maduro's term was illegitimate. Canada recognised him.": a
        # possessor is no antecedent beside a party named on its own
        previous = [m for m in previous if article.tokens.lower(m.token_end) not in POSSESSIVES]
    if len({m.entity_id for m in previous}) == 1:
        return previous[-1]
    recognised_again = _recognised_again(view, index, previous)
    if recognised_again is not None:
        return recognised_again
    if not previous:
        chained = _chained_referent(article, view.sentence_id, view.lower(index), subjects)
        if chained is not None:
            return chained
        if _topic_is_another_person(article, view.sentence_id, view.lower(index), subjects):
            return None  # "Edmundo González … is in Santo Domingo. He met Biden. … calls him …"
    return memory.get("subject") or _subject_before(article, view, index, subjects)


def _topic_is_another_person(
    article: AnnotatedArticle, sentence_id: int, pronoun: str, subjects: set[str]
) -> bool:
    """Is the paragraph's topic a person who is no contested party: the sentence before opens
    on the pronoun's own family ("He met Joe Biden …") and the one before that opens on
    that person's name ("Edmundo González, who had promised …, is in Santo Domingo")? Then
    "Milei … calls him Venezuela's president-elect" is about that person, not the party the
    story talked about paragraphs ago."""
    family = next((f for f in PRONOUN_FAMILIES if pronoun in f), None)
    before = previous_sentence(article, sentence_id)
    if family is None or before < 0:
        return False
    first, _ = article.token_range(before)
    if article.tokens.lower(first) not in family:
        return False
    opening = previous_sentence(article, before)
    if opening < 0:
        return False
    named = article.mentions_in(opening)
    start = article.token_range(opening)[0]
    return bool(named) and (
        named[0].entity_type == "person"
        and named[0].entity_id not in subjects
        and named[0].token_start <= start + 1
    )


RECOGNISED_OBJECT_REACH = 4  # words of "Venezuelan opposition leader" after "recognised"


def _recognised_again(view: SentenceView, index: int, previous: list[Mention]) -> Mention | None:
    """The party the sentence before recognised, when it named both parties and the pronoun
    is again what a recognising verb takes: "Nineteen states recognised Guaidó after Maduro
    let their deadline pass. Spain and Britain were the first to recognise him." ("him" is
    Guaidó, as the repeated verb says, though Maduro was named last)."""
    if not previous or CUES.get(view.lower(index - 1)) != "recognises":
        return None
    tokens = view.article.tokens
    sentence_start = view.article.token_range(previous[0].sentence_id)[0]
    for mention in previous:
        # the first party after a recognising verb, a few words on at most
        first = max(sentence_start, mention.token_start - RECOGNISED_OBJECT_REACH)
        between = range(first, mention.token_start)
        if any(CUES.get(tokens.lower(i)) == "recognises" for i in between):
            return mention
    return None


PRONOUN_FAMILIES = (
    frozenset({"he", "him", "his", "himself"}),
    frozenset({"she", "her", "hers", "herself"}),
)
CHAIN_REACH = 8  # sentences back along a chain of the same pronoun


def _unlisted_name_in(article: AnnotatedArticle, sentence_id: int) -> bool:
    """Two name words in a row that no mention holds, past the sentence's first word
    ("Guaidó named Carlos Vecchio as his envoy"): someone the annotation does not know, whom a
    later pronoun may mean."""
    first, last = article.token_range(sentence_id)
    covered = {
        i for m in article.mentions_in(sentence_id) for i in range(m.token_start, m.token_end)
    }
    run = 0
    for index in range(first + 1, last):
        name = index not in covered and is_name_word(article.tokens.text(index))
        run = run + 1 if name else 0
        if run >= 2:
            return True
    return False


def _chained_referent(
    article: AnnotatedArticle, sentence_id: int, pronoun: str, subjects: set[str]
) -> Mention | None:
    """Whom a pronoun means when every sentence back to the last one naming a contested
    party uses the same pronoun: in a Q&A explainer, "Juan Guaidó, 35, is … On January 23
    he declared … Which countries recognise him? … Canada … recognised him" is Guaidó. A
    party named only as a possessor ("Nicolás Maduro's re-election") does not break the
    chain; a sentence with neither the pronoun nor the party does."""
    family = next((f for f in PRONOUN_FAMILIES if pronoun in f), None)
    if family is None:
        return None
    tokens = article.tokens
    current = sentence_id
    for _ in range(CHAIN_REACH):
        current = previous_sentence(article, current)
        if current < 0:
            return None
        named = [
            m
            for m in article.mentions_in(current)
            if m.entity_type == "person" and tokens.lower(m.token_end) not in POSSESSIVES
        ]
        if named:  # (a person who is no party ends it: "Guaidó named Carlos Vecchio …")
            ids = {m.entity_id for m in named}
            if len(ids) != 1 or not ids <= subjects or _unlisted_name_in(article, current):
                return None
            return named[0]
        first, last = article.token_range(current)
        if family.isdisjoint(tokens.words[first:last]):
            return None
    return None


def _age_at(article: AnnotatedArticle, index: int) -> str:
    """The age of "35-year-old" starting at token ``index`` (tokenised "35 - year - old"),
    else ""."""
    words = article.tokens.words[index : index + 5]
    if len(words) == 5 and words[0].isdigit() and words[1:] == ["-", "year", "-", "old"]:
        return words[0]
    return ""


SIDE_TITLES = frozenset({"opposition", "legitimate", "interim", "rival", "new", "former", "acting"})
LEADER_HEADS = frozenset({"leader", "strongman", "incumbent", "president", "autocrat", "ruler"})


def _loyalty_to_the_leader(view: SentenceView, cue: int, the: int) -> bool:
    """ "the military's loyalty to the president": loyalty owed to a bare office, which is
    the incumbent's (as "loyalty to the government" would be); no name or "of" after it."""
    head = the + 1
    return (
        view.lower(cue) in {"loyalty", "allegiance"}
        and view.lower(the - 1) == "to"
        and view.lower(head) in {"president", "leader"}
        and view.lower(head + 1) not in {"of", "'s", "’s"}
        and view.mention_covering(head) is None
        and view.mention_starting(head + 1) is None
    )


def _leader_epithet(view: SentenceView, index: int) -> bool:
    """ "the beleaguered leader", "the embattled president": one or two lower-case
    adjectives and a leader's head word, naming nobody itself (not "the president of …")."""
    tokens = view.article.tokens
    position = index
    while position < index + 2 and view.lower(position) not in LEADER_HEADS:
        word = tokens.text(position)
        if not (word.isalpha() and word.islower()) or view.mention_covering(position) is not None:
            return False
        if word in PREPOSITIONS or word in {"and", "or"}:
            return False  # "the government of President X": no adjective
        if word in SIDE_TITLES:
            return False  # "the opposition leader", "the legitimate president": a side's title
        position += 1
    return (
        position > index
        and view.lower(position) in LEADER_HEADS
        and view.mention_covering(position) is None
        and view.lower(position + 1) not in {"of", "'s", "’s"}
        and view.mention_starting(position + 1) is None  # ("the embattled president Maduro")
    )


EPITHET_REACH = 2  # sentences back to the incumbent a leader's epithet names again


def _recent_incumbent(
    article: AnnotatedArticle,
    view: SentenceView,
    index: int,
    memory: dict,
    owed: bool = False,
) -> Mention | None:
    """The case's incumbent (its one government-side person) when the person named last
    before ``index``, in this sentence or the two before, is he: whom "the beleaguered
    leader" means; nobody when another person was named since ("Guaidó met Pence. Russia
    backed the embattled president"). Loyalty ``owed`` to "the president" looks at the
    contested people only: the one pledging it is named in between."""
    incumbent = memory.get("incumbent")
    if incumbent is None:
        return None
    before = view.char(index)
    contested = {party.id for party in memory.get("subjects", ())}
    people = [
        m
        for m in article.mentions
        if m.entity_type == "person"
        and m.start < before
        and view.sentence_id - EPITHET_REACH <= m.sentence_id <= view.sentence_id
        and (not owed or m.entity_id in contested)
    ]
    return people[-1] if people and people[-1].entity_id == incumbent.id else None


SELF_STYLED = frozenset({"proclaimed", "appointed", "declared", "styled"})


def _self_styled_leader(view: SentenceView, index: int) -> bool:
    """ "the self-proclaimed president", "the self-appointed leader" (an optional "interim"
    between), naming nobody itself: the challenger's epithet in his opponents' words."""
    if (view.lower(index), view.lower(index + 1)) != ("self", "-"):
        return False
    if view.lower(index + 2) not in SELF_STYLED:
        return False
    head = index + 3 + (view.lower(index + 3) == "interim")
    return (
        view.lower(head) in LEADER_HEADS
        and view.lower(head + 1) not in {"of", "'s", "’s"}
        and view.mention_starting(head + 1) is None
    )


def _recent_challenger(
    article: AnnotatedArticle, view: SentenceView, index: int, memory: dict
) -> Mention | None:
    """The contested person other than the incumbent named last before ``index``, in this
    sentence or the two before: whom "the self-proclaimed president" means."""
    incumbent = memory.get("incumbent")
    contested = {party.id for party in memory.get("subjects", ())}
    before = view.char(index)
    people = [
        m
        for m in article.mentions
        if m.entity_type == "person"
        and m.entity_id in contested
        and (incumbent is None or m.entity_id != incumbent.id)
        and m.start < before
        and view.sentence_id - EPITHET_REACH <= m.sentence_id <= view.sentence_id
    ]
    return people[-1] if people else None


def _names_a_leader_epithet(view: SentenceView) -> bool:
    words = view.word_set()
    if LEADER_HEADS.isdisjoint(words):
        return False
    if not words.isdisjoint({"loyalty", "allegiance"}):
        return True  # ("loyalty to the president": _loyalty_to_the_leader decides at the cue)
    return any(
        view.lower(i) == "the"
        and (_leader_epithet(view, i + 1) or _self_styled_leader(view, i + 1))
        for i in range(view.start, view.end)
    )


def _epithet_subject(
    article: AnnotatedArticle, view: SentenceView, index: int, subjects: set[str], memory: dict
) -> Mention | None:
    """ "recognised the 35-year-old": the contested party whose age the article gave before
    ("Juan Guaidó, 35,", "the 35-year-old Guaidó"), else the one the article is talking about,
    as for "him"."""
    age = _age_at(article, index)
    tokens = article.tokens
    for mention in article.mentions:
        if mention.token_start >= index:
            break
        if mention.entity_id not in subjects:
            continue
        stated = tokens.lower(mention.token_end) == "," and tokens.lower(mention.token_end + 1)
        if stated == age or _age_at(article, mention.token_start - 5) == age:
            return mention
    return _pronoun_subject(article, view, index, subjects, memory)


PRONOUN_REACH = 2  # sentences back, link lines not counted


def _last_named_subjects(
    article: AnnotatedArticle, sentence_id: int, subjects: set[str]
) -> list[Mention]:
    """The contested parties of the nearest sentence before that names any (two back at most,
    "Read more: …" lines skipped): 'Mr Maduro cut ties. "…," he said. Moscow stood by him.'"""
    current = sentence_id
    for _ in range(PRONOUN_REACH):
        current = previous_sentence(article, current)
        if current < 0:
            break
        found = [m for m in article.mentions_in(current) if m.entity_id in subjects]
        if found:
            return found
    return []


def _sided_with_it(view: SentenceView, cue: int, index: int) -> bool:
    """'sided with it', 'stood by them': a state or bloc as the pronoun after a stance phrase."""
    return (
        index == cue + 1
        and view.lower(cue) in {"with", "by", "behind"}
        and view.lower(index) in {"it", "them"}
    )


def _possessor_of_cue(article: AnnotatedArticle, mention: Mention, cue: int) -> bool:
    """'Moscow's recognition': the possessor of a noun cue is its actor, never its object."""
    following = article.tokens.lower(mention.token_end)
    return mention.token_end + 1 == cue and following in POSSESSIVES


def _titled_name_after(view: SentenceView, demonym: Mention) -> bool:
    """Does a title and a person's name follow the demonym ("Russian President Vladimir
    Putin")? The demonym only qualifies the title."""
    index = demonym.token_end
    while view.lower(index) in TITLE_WORDS:
        index += 1
    named = view.mention_starting(index)
    return index > demonym.token_end and named is not None and named.entity_type == "person"


def _modifier_compound(view: SentenceView, index: int) -> bool:
    """Is the name at ``index`` the first half of a hyphened modifier ("the Russia-backed
    breakaway states", "Kremlin-controlled media")? It modifies the object; it is none."""
    mention = view.mention_covering(index)
    return (
        mention is not None
        and view.lower(mention.token_end) == "-"
        and view.lower(mention.token_end + 1).endswith("ed")
    )


def _past_a_raised_conjunct(view: SentenceView, cue: int) -> int:
    """Where the cue's object starts: right after it, or past a conjunct of the same verb set
    off by commas that shares the object ("does not recognise, and will never recognise, the
    usurper Juan Guaidó")."""
    if view.lower(cue + 1) != "," or view.lower(cue + 2) not in {"and", "or", "but"}:
        return cue + 1
    stem = view.lower(cue)[:5]
    for index in range(cue + 3, min(view.end, cue + 3 + RAISED_CONJUNCT_REACH)):
        if view.lower(index) == ",":
            return cue + 1
        if view.lower(index)[:5] == stem and view.lower(index + 1) == ",":
            return index + 2
    return cue + 1


RAISED_CONJUNCT_REACH = 5  # words of "and will never recognise"


def _past_an_age(view: SentenceView, first: int) -> int:
    """Past "the 35-year-old" before a name (an age, whose number and hyphens would end the
    object's scan)."""
    start = first + (view.lower(first) == "the")
    if _age_at(view.article, start) and view.mention_starting(start + 5) is not None:
        return start + 5  # (not "recognised the 35-year-old on Friday": the age names him)
    return first


def _person_apposed_to_a_title(view: SentenceView, first: int, end: int) -> Mention | None:
    """A person named in apposition to the title the cue's object opens with: "with the
    constitutional President, Nicolás Maduro" ("with" and "the" and an adjective or two)."""
    index = first + (view.lower(first) in {"with", "for", "of", "to"})
    index += view.lower(index) == "the"
    for position in range(index, min(end, index + 3)):
        if view.lower(position) in TITLE_WORDS and view.lower(position + 1) == ",":
            named = view.mention_starting(position + 2)
            return named if named is not None and named.entity_type == "person" else None
    return None


OBJECT_SCAN_REACH = 9  # tokens after the cue where its object's name may stand
OFFICE_PHRASE_EXTRA = 3
# Nouns of an office or its tenure, whose holder is named after them ("the new term of X")
OFFICE_NOUNS = frozenset({"legitimacy", "term", "mandate", "presidency", "re-election"})


def _ally_subject(
    article: AnnotatedArticle, view: SentenceView, index: int, subjects: set[str], memory: dict
) -> Mention | None:
    if view.lower(index + 1) == "of":
        for cursor in range(index + 2, min(view.end, index + 6)):
            mention = view.mention_covering(cursor)
            if (
                mention is not None
                and mention.kind == "demonym"
                and _titled_name_after(view, mention)
            ):
                continue  # "an avid supporter of Russian President Vladimir Putin": Putin
            if mention is not None:
                return mention if mention.entity_id in subjects else None
            if view.lower(cursor) in OBJECT_PRONOUNS:
                return _subject_before(article, view, index, subjects) or memory.get("subject")
        return None
    for cursor in range(index - 1, max(view.start, index - 6) - 1, -1):
        mention = view.mention_ending(cursor - 1) if view.lower(cursor) in POSSESSIVES else None
        if view.lower(cursor) == "whose":  # "Maduro, whose main backers are Russia and China"
            mention = view.mention_ending(cursor - (2 if view.lower(cursor - 1) == "," else 1))
            return mention if mention is not None and mention.entity_id in subjects else None
        if mention is not None and mention.entity_id not in subjects:
            # "Tehran's ally, Venezuelan President Nicolas Maduro", "Maduro, Moscow's closest
            # ally in Latin America": a state's ally named beside the noun
            return _ally_named_beside(view, index, mention, subjects)
        if mention is not None:
            return mention
        if view.lower(cursor) in {"his", "her", "its", "their"}:
            nearest = _nearest_name_before(view, cursor, view.lower(cursor))
            if nearest is not None and _leader_of_apposed(view, cursor, nearest):
                nearest = None  # "… Putin, a reminder that Russia, his backer": not Putin's
            if (
                nearest is not None
                and nearest.entity_id not in subjects
                and (
                    view.lower(cursor) in {"his", "her"} and _is_ally_subject(view, nearest, cursor)
                )
            ):
                # "Piñera has remained one of his most vocal allies": not his own; the
                # contested person before him, or the one talked about
                return _contested_person_before(view, nearest, subjects) or _pronoun_subject(
                    article, view, cursor, subjects, memory
                )
            if nearest is not None:  # "The US, together with its allies, …": the US's allies
                return nearest if nearest.entity_id in subjects else None
            found = _subject_before(article, view, index, subjects) or memory.get("subject")
            if found is None and view.lower(cursor) in {"his", "her"}:
                # "Russia, his most important foreign backer": the person talked about
                found = _pronoun_subject(article, view, cursor, subjects, memory)
            return found
    return None


def _is_ally_subject(view: SentenceView, person: Mention, pronoun: int) -> bool:
    """Is the person the subject whose "his" follows in "X has remained / is one of his …"
    (only verb-group words, a copula and "one of" between)?"""
    between = {view.lower(i) for i in range(person.token_end, pronoun)}
    return bool(between) and between <= VERB_GROUP | COPULAS | {"remained", "one", "of", "among"}


def _contested_person_before(
    view: SentenceView, person: Mention, subjects: set[str]
) -> Mention | None:
    """The one contested person named before ``person`` in the sentence, if exactly one."""
    before = {
        m.entity_id: m
        for m in view.mentions
        if m.entity_id in subjects
        and m.entity_type == "person"
        and m.token_end <= person.token_start
    }
    return next(iter(before.values())) if len(before) == 1 else None


def _leader_of_apposed(view: SentenceView, pronoun: int, person: Mention) -> bool:
    """Does the person stand for the state or body the ally phrase is set beside ("Russia,
    his most important backer" after "Vladimir Putin")? A state is never its own leader's
    backer, so "his" is someone else."""
    if view.lower(pronoun - 1) != ",":
        return False
    apposed = view.mention_ending(pronoun - 2)
    return (
        apposed is not None
        and person.party_id is not None
        and person.party_id == (apposed.party_id or apposed.entity_id)
    )


def _nearest_name_before(view: SentenceView, index: int, pronoun: str) -> Mention | None:
    """The last name before ``index`` in the sentence that the possessive pronoun there can
    refer to: a person for "his"/"her", a state or body for "its", any for "their" ("Cuba and
    Nicaragua, his allies": not Nicaragua)."""
    kinds = {"his": {"person"}, "her": {"person"}, "its": {"country", "org"}}.get(
        pronoun, {"country", "org", "person"}
    )
    named = [
        m
        for m in view.mentions
        if m.token_end <= index
        and m.token_start >= view.start
        and m.entity_type in kinds
        and m.kind != "demonym"
    ]
    if named and _heads_apposition(view, named[-1], index):
        named.pop()  # "President Jair Bolsonaro, one of his firmest allies": not Bolsonaro's
    return named[-1] if named else None


PARTITIVE_OPENERS = frozenset({"one", "of", "among", "a", "an", "the", "two", "some"})


def _heads_apposition(view: SentenceView, mention: Mention, pronoun: int) -> bool:
    """Is ``mention`` the head of an apposition that the pronoun opens (", one of his
    allies")? A pronoun there refers past the head it describes."""
    comma = mention.token_end
    if view.lower(comma) != ",":
        return False
    return all(view.lower(i) in PARTITIVE_OPENERS for i in range(comma + 1, pronoun))


def _subject_before(
    article: AnnotatedArticle, view: SentenceView, index: int, subjects: set[str]
) -> Mention | None:
    char = article.tokens.start(index)
    earlier = [
        m
        for m in article.mentions
        if m.entity_id in subjects
        and m.end <= char
        and m.sentence_id >= view.sentence_id - 1
        and m.kind != "demonym"
        and not _possessor_of_cue(article, m, index)
    ]
    same_sentence = [m for m in earlier if m.sentence_id == view.sentence_id]
    if same_sentence:
        return _last_outside_adverbial_clause(view, same_sentence, index)
    return earlier[-1] if earlier else None


def _last_outside_adverbial_clause(
    view: SentenceView, mentions: list[Mention], cue: int
) -> Mention:
    """The last of the sentence's mentions, passing over the subject of an adverbial clause
    when another is named: in "The US recognised Guaidó after Maduro let a deadline lapse,
    and 50 governments now regard him as …", "him" is Guaidó."""
    main = [m for m in mentions if view.lower(m.token_start - 1) not in SUBORDINATORS]
    # "Maduro, who has called Guaidó a puppet, retains the backing of Russia": a relative
    # clause closed before the cue describes its antecedent; the antecedent is the subject
    outside = [m for m in main if not _in_closed_relative(view, m, cue)]
    return (outside or main or mentions)[-1]


def _in_closed_relative(view: SentenceView, mention: Mention, cue: int) -> bool:
    """Is the mention inside a relative clause (", who …,") closed by a comma before the
    cue?"""
    return 0 <= relative_aside_close(view, mention.token_start) < cue


# A text that would take the stance, and verbs that stop it from being adopted.
STANCE_TEXTS = frozenset(
    """statement declaration resolution motion text communique communiqué letter bid proposal
    position""".split()
)
# Blocking a text is refusing it, too: "rejected a declaration recognising X".
TEXT_BLOCKING_VERBS = BLOCKING_VERBS | {"rejected", "rejects", "rejecting", "reject"}


def _blocked_text(view: SentenceView, start: int, cue: int) -> bool:
    """A cue on a statement someone blocked: a participle ('vetoed a resolution recognising
    X') or a relative clause ('vetoed an EU statement that would have recognised X')."""
    if view.lower(cue).endswith("ing") and view.lower(cue - 1) in STANCE_TEXTS:
        first, text = max(start, cue - 7), cue - 1
    elif view.lower(cue - 1) in {"in", "to"} and view.lower(cue - 2) in STANCE_TEXTS:
        # "blocked a statement in support of X", "blocked a joint European Union position to
        # recognize X" (the blocking verb before the text, its owner between)
        first, text = max(view.start, cue - 10), cue - 2
    elif view.lower(start - 1) in {"that", "which"} and view.lower(start - 2) in STANCE_TEXTS:
        first, text = max(view.start, start - 9), start - 2
    else:
        return False
    return any(view.lower(i) in TEXT_BLOCKING_VERBS for i in range(first, text))


# Nouns of a part taken in an act: "Russia's role in propping up Maduro"
ROLE_NOUNS = frozenset({"role", "part", "hand", "help", "efforts", "effort", "involvement"})


def _owner_of_a_role_in(view: SentenceView, index: int, exclude: set[str]) -> list[Mention]:
    """The name owning a part taken in the gerund cue ("Russia's role in propping up Maduro",
    "China's part in shoring up the government"): the actor, whatever governs the phrase."""
    if view.lower(index - 1) != "in" or view.lower(index - 2) not in ROLE_NOUNS:
        return []
    if view.lower(index - 3) not in POSSESSIVES or not view.lower(index).endswith("ing"):
        return []
    owner = view.mention_ending(index - 4)
    return [owner] if owner is not None and owner.entity_id not in exclude else []


def _actors(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, subject: Mention, exclude: set[str]
) -> tuple[list[Mention], str, bool]:
    """Who takes the stance, the modality, and whether an unnamed group takes it too."""
    joined = _joined_those(view, cue.index)
    if joined >= 0:  # "had joined the list of those recognising Guaidó": the joiners
        cue = Cue(joined, cue.stance, cue.mood)
    index = cue.index
    start = clause_start(view, index)
    by_prep = frozenset({"of"})
    judge = _reported_judge(view, index, exclude)
    if judge:
        # "Russia, which …, said the U.S. measures were an attempt to overthrow a legitimate
        # government": calling it legitimate is the speaker's judgement
        return judge, modality(view, judge[-1].token_end, index), False
    accused = _accused_of_doing(view, index, exclude)
    if accused is not None:  # "The Treasury accused the bank of propping up Maduro"
        return accused, "asserted", False
    # Compound: "US-backed".
    if _hyphened(view, index):
        mention = view.mention_ending(index - 2)
        if mention is not None and mention.entity_id not in exclude:
            return [mention], "asserted", False
        return [], "asserted", False
    # Passive: "recognised by the US and ...".
    after = _passive_by(view, index)
    if after is not None:
        end = clause_end(view, after)
        run = _without_reporter(view, forward_run(view, after + 1, end, exclude))
        if run and _list_goes_on_to_members(view, run[-1].token_end):
            # "by the US, Canada and most of Latin America, including Brazil and Colombia":
            # the members a part of the list names act too
            listed = _members_listed_after(
                view, run[-1].token_end - 1, exclude | {m.entity_id for m in run}
            )
            run = run + [m for m in listed if m not in run]
        run = run or _members_listed_after(view, after, exclude)  # "by 50 countries, including"
        run = run or _past_unnamed_conjunct(view, after + 1, end, exclude)
        return run, modality(view, start, index), _unnamed_after(view, after)
    if _relative_on_an_object(view, index):
        # "The US will target those propping up Maduro", "… operations that are propping up
        # the Maduro regime": whoever props him up is that unnamed object, not the subject
        return [], modality(view, index, index), True
    if _reported_clause_of_no_actor(view, index):
        # "Trudeau said oil revenues have helped to prop up Putin": the reported clause has
        # a subject of its own, and it is no state, bloc or person
        return [], "asserted", False
    # "Moscow's decision to recognise the DPR": the decision's owner acts, not the subject
    # of the verb that governs the decision ("Nicaragua backed …")
    owner = decision_owner(view, index, exclude)
    if owner:
        # the decision's own words say its modality ("Moscow's decision not to recognise");
        # the clause governing it ("has neither endorsed nor criticised Moscow's decision")
        # says nothing of it
        words = window_words(view, owner[0].token_end, index + 1)
        return owner, "negated" if has_negation(words) else "asserted", False
    # Possessed noun: "the EU's support for Ukraine" (the possessor acts), "Western support
    # for Kyiv" (nobody named acts).
    possessed = _noun_possessor(view, index)
    if possessed is not None:
        actors = [m for m in possessed if m.entity_id not in exclude]
        return actors, modality(view, start, index), False
    # Noun: "the backing of Russia", "support from X".
    object_follows = subject.token_start in (index + 2, index + 3)
    noun = view.lower(index - 1) in NOUN_DETERMINERS or view.lower(index + 1) == "from"
    if view.lower(index + 1) in {"of", "from"} and noun and not object_follows:
        end = clause_end(view, index + 1)
        run = _without_reporter(view, forward_run(view, index + 2, end, exclude))
        run = run or _past_unnamed_conjunct(view, index + 2, end, exclude)
        # "won the recognition of more than 50 countries, including Colombia and Brazil"
        run = run or _members_listed_after(view, index + 1, exclude)
        return run, modality(view, start, index), False
    # Won from its possessor: "Maduro won Russia's backing".
    if view.lower(index - 1) in POSSESSIVES and _won_from(view, index):
        giver = view.mention_ending(index - 2)
        actors = [giver] if giver is not None and giver.entity_id not in exclude else []
        return actors, modality(view, start, index), False
    if view.lower(index) == "with" and view.lower(index - 1) == "allied":
        # "Cuba-allied with"…, "Serbia is (closely) allied with Russia", "Belarus, which has
        # long been allied with Moscow,"
        position = index - 2
        while position > view.start and (
            view.lower(position) in COPULAS | ALLIED_ADVERBS or view.lower(position).endswith("ly")
        ):
            position -= 1
        if view.lower(position) in {"which", "who"}:
            run = relative_antecedent(view, position + 1, exclude)
            return run, modality(view, position, index), False
        mention = view.mention_ending(position)
        actors = [mention] if mention is not None and mention.entity_id not in exclude else []
        return actors, modality(view, position + 1, index), False
    # A restrictive relative on an unnamed group: "the countries that recognised X,
    # including Spain" (the members listed act), "governments that back X" (nobody named).
    if view.lower(start - 1) in {"who", "which"} and (
        start - 1 == view.start or view.lower(start - 2) in {"and", "or", "but"}
    ):
        return [], modality(view, start, index), False  # "Who backs X and who stands by Y?"
    group_head = _group_before_relative(view, start - 1)
    relative_on_a_group = view.lower(start - 1) in {"that", "which", "who"} and group_head >= 0
    among = _copula_subject_among(view, group_head, exclude) if relative_on_a_group else []
    if among:  # "Costa Rica and Ecuador are among the governments that recognised X"
        return among, modality(view, start, index), False
    if relative_on_a_group and not _subject_among(view, group_head):
        members = _members_after_relative(view, index, exclude)
        members = members or _members_listed_after(view, index, exclude)
        members = members or _apposed_body(view, group_head, exclude)
        return members, modality(view, start, index), not members
    if _relative_on_unnamed_people(view, start):
        # "The authorities detained 40 protesters who backed Guaidó": the protesters back him
        return [], modality(view, start, index), True
    role_owner = _owner_of_a_role_in(view, index, exclude)
    if role_owner:  # "… report to Congress on Russia's role in propping up Maduro": Russia's
        return role_owner, modality(view, role_owner[-1].token_end, index), False
    # Urged: "urged EU nations to recognise".
    urged = urged_party(view, start, index, exclude)
    if urged and view.lower(index - 1) in STOPPING:
        return urged, "asserted", False  # "urged Russia to stop backing Maduro": it backs him
    if urged:
        return urged, "intended" if modality(view, start, index) != "negated" else "negated", False
    if urged_unnamed(view, start, index):
        return [], "intended", True  # "urged other governments to back": no named actor
    # Joined: "they will join the United States in recognising".
    joined = _joiner(view, start, index)
    if joined is not None:
        start, index_limit = joined
        run = nearest_run(view, start, index_limit, exclude, by_prep)
        actors = run or _pronoun_actors(article, view, start, index_limit, exclude)
        return actors, modality(view, start, index), False
    # "four governments that sided with it, Belarus, North Korea, Eritrea and Syria"
    members = _members_after_relative(view, index, exclude)
    if members:
        return members, modality(view, start, index), False
    # "Italy blocked an EU statement recognising Mr Guaido": nobody recognised anyone.
    if _blocked_text(view, start, index):
        return [], "negated", False
    # A text's own clause: "the EU issued a statement that stopped short of recognition".
    issuer = _text_issuer(view, start, exclude)
    if issuer:
        return issuer, modality(view, start, index), False
    # Relative clause: "Russia and China, which back Mr Maduro, ...".
    # (not for "whom": "Guaidó, whom Russia does not recognise": the clause's own subject acts)
    antecedent = (
        []
        if view.lower(start - 1) == "whom" and view.lower(start - 2) == ","
        else relative_antecedent(view, start, exclude)
        or _pair_antecedent(article, view, start, exclude)
    )
    if antecedent:
        return antecedent, modality(view, start - 1, index), False
    head = _relative_on_a_noun(view, start, exclude)
    if head is not None:
        # "… of Lima Group countries, a regional block that supports Guaidó": the bloc the
        # noun is apposed to; "a meeting of a group that backs Guaidó": nobody named
        return head, modality(view, start - 1, index), not head
    aside = _own_clause_names(view, aside_antecedent(view, start, exclude), subject)
    if aside and not nearest_run(view, start, index, exclude, by_prep):
        # "…, but Italy, which is divided, has not recognised X": the aside's name, when the
        # predicate names no one itself ("…, has accused the US of backing X": the US)
        return aside, modality(view, start, index), False
    listed = _names_between_dashes(view, start, exclude)
    if listed:  # "seven — France, Germany, … and Denmark — recognised Mr Guaidó"
        return listed, modality(view, start, index), False
    shared = _coordinated_predicate_subject(view, index, exclude)
    if shared:
        # "China has lent Caracas $60 billion and stands by Mr Maduro": China stands by him
        return shared, modality(view, shared[-1].token_end, index), False
    run = _without_objects(view, nearest_run(view, start, index, exclude, by_prep))
    run = _outside_a_quoted_predicate(view, start, index, run, exclude, by_prep)
    run = run or _time_clause_subject(view, start, index, exclude)
    if run:  # "Ecuador, which hosted the meeting, and Costa Rica both recognise X"
        run = _conjunct_before_relative(view, run[0], exclude) + run
    subject_pronoun = _pronoun_subject_of_verb(view, run[-1].token_end if run else start, index)
    if subject_pronoun is not None:
        # "The EU has given Mr Maduro eight days … or it will recognise …": "it" acts
        position, word = subject_pronoun
        actors = resolve_pronoun(article, view, position, word, exclude)
        if actors:
            if view.lower(position - 2) in {"nor", "neither"}:
                return actors, "negated", False  # "…, nor has it endorsed Maduro's term"
            return actors, modality(view, position, index), False
    reporter = _reporter(view, run, index, exclude) if run else []
    if reporter:
        # "Putin said Ukraine was part of Russia and recognised the DPR": Putin recognised it
        return reporter, modality(view, reporter[-1].token_end, index), False
    if run:
        run = _named_beside_group(view, start, run, exclude) + run
        return run, modality(view, run[-1].token_end, index), _unnamed_before(view, start, index)
    actors = _pronoun_actors(article, view, start, index, exclude)
    if actors:
        return actors, modality(view, start, index), False
    if _infinitive_after_comma(view, start):
        # '"I consider it necessary to take a decision, to immediately recognise …"': the
        # infinitive's subject is the clause's before the comma
        outer = clause_start(view, start - 1)
        while view.lower(outer) in QUOTE_MARKS:
            outer += 1
        if view.lower(outer) in SUBJECT_PRONOUNS:
            actors = resolve_pronoun(article, view, outer, view.lower(outer), exclude)
            if actors:
                return actors, modality(view, outer, index), False
    if _unnamed_conjunct_subject(view, start, index):
        # "The US recognised X, and more than 50 governments now regard him as …" (checked before
        # an apposition closing at the comma: "… on PDVSA, and 19 EU countries have …"): the
        # second clause has a subject of its own, an unnamed group, not the sentence's
        return [], modality(view, start, index), True
    parenthetical = _subject_before_parenthetical(view, start, exclude)
    if parenthetical:  # "Mr Putin, in a rambling, hour-long address, recognised …"
        return parenthetical, modality(view, start, index), False
    # An apposition closing right before the clause: "Turkey's president, Mr Erdoğan, called"
    # (past an adverb after the comma: "Most EU members, including Spain, then recognised X")
    comma = start - 1
    while comma > view.start and view.lower(comma) in CLAUSE_ADVERBS:
        comma -= 1
    inner = clause_start(view, comma)
    # (not the members a relative clause lists: "The Lima Group, which includes A and B,
    # recognised X" is the group's act)
    # (nor a name inside one: "The US, whose allies include Britain, backs X")
    if view.lower(comma) == "," and view.lower(inner - 1) not in {
        "which",
        "who",
        "that",
        "whose",
    }:
        # (the name an apposition describes first: in "Kazakhstan, a member of the
        # Russian-led CSTO, does not recognise X" the bloc only describes Kazakhstan)
        described = _described_before(view, inner, comma, exclude)
        if described:
            return described, modality(view, start, index), False
        before = nearest_run(view, inner, comma, exclude, by_prep)
        if before:  # "the US, Canada and most of Latin America and the EU"
            before = _past_unnamed_member(view, inner, before[0], exclude) + before
        if before and _list_tail(view, before[-1].token_end, comma):
            before = _named_beside_group(view, view.start, before, exclude) + before
            return before, modality(view, start, index), False
    # The sentence's own subject, across an apposition: "Canada, ..., all members of the Lima
    # Group, quickly followed and recognised Mr Guaidó"; or across "but" / "and" when the
    # clause has no subject of its own ("Japan expressed support but has not recognised him").
    opening = opening_run(view, index, exclude, across=_subjectless_clause(view, start))
    if opening:
        return opening, modality(view, opening[-1].token_end, index), False
    # a factbox line ("BRAZIL - Recognized Guaidó") or a bullet under a heading that is one
    # state's name ("UNITED STATES" / "* Recognised Guaidó on Jan. 23")
    labelled = label_actors(article, view, index, exclude) or heading_actors(
        article, view.sentence_id, exclude
    )
    if labelled:
        return labelled, modality(view, start, index), False
    if view.lower(index) == "legitimate":
        asserter = _asserter(article, view, index, exclude)
        if asserter:
            return asserter, modality(view, start, index), False
    return [], modality(view, start, index), _unnamed_before(view, start, index)


def _time_clause_subject(
    view: SentenceView, start: int, index: int, exclude: set[str]
) -> list[Mention]:
    """ "The consulates closed in 2019, after Washington recognised Guaidó": the names right
    after a comma's "after" or "before" (one, or several joined: "after Washington and
    Ottawa recognised") are the subject of the clause they open when a finite verb follows
    them (an auxiliary or a past tense), not the object of a preposition as in "the second
    state, after Russia, to recognise …"."""
    if view.lower(start - 1) not in TIME_CONJUNCTIONS or view.lower(start - 2) != ",":
        return []
    first = start + (view.lower(start) == "the")
    mention = view.mention_covering(first)
    if mention is None or mention.token_start not in {start, first}:
        return []  # (a name may hold its "the": "after the United States recognised")
    first = mention.token_start
    run = [m for m in forward_run(view, first, index, exclude) if m.token_end <= index]
    if not run or run[0].token_start != first or not all(is_actor_like(view, m) for m in run):
        return []  # ("…, after Washington and Ottawa recognised Guaidó": both)
    return run if finite_verb_word(view.lower(run[-1].token_end)) else []


PARENTHETICAL_REACH = 20  # tokens of ", in a rambling, hour-long address to the nation,"
PARENTHETICAL_OPENERS = ASIDE_OPENING_PREPOSITIONS | {"during", "at", "before", "under", "facing"}
NOT_IN_PARENTHETICALS = frozenset(
    "said says has have had is are was were will would which who that and but".split()
)


CLAUSE_ADVERBS = frozenset({"then", "later", "also", "quickly", "soon", "subsequently"})


def _subject_before_parenthetical(
    view: SentenceView, start: int, exclude: set[str]
) -> list[Mention]:
    """The name before a parenthetical phrase set off by commas that opens on a preposition
    ("Mr Putin, in a rambling, hour-long address to the Russian nation, recognised …"), when
    the cue's clause starts right after it: the name is the clause's subject."""
    if view.lower(start - 1) != ",":
        return []
    for comma in range(start - 3, max(view.start, start - PARENTHETICAL_REACH) - 1, -1):
        word = view.lower(comma)
        if word in NOT_IN_PARENTHETICALS:
            return []
        opener = view.lower(comma + 1)
        participle = opener.endswith("ing") and opener.isalpha() and opener not in NOT_VERBS
        if word != "," or (opener not in PARENTHETICAL_OPENERS and not participle):
            continue  # (", meeting in Bogotá with Pence,": a participle's aside too)
        named = view.mention_ending(comma - 1)
        if named is None or named.entity_id in exclude or not is_actor_like(view, named):
            return []
        return [named]
    return []


def _infinitive_after_comma(view: SentenceView, start: int) -> bool:
    """Does the clause open on an infinitive right after a comma ("…, to recognise X"), one
    that is no subject of a verb after it ("…, to recognise X would be madness")?"""
    first = start + 1 if view.lower(start) in {"immediately", "formally", "also"} else start
    if view.lower(start - 1) != "," or view.lower(first) != "to":
        return False
    return not any(
        view.lower(i) in FINITE_AFTER_INFINITIVE for i in range(first + 2, clause_end(view, first))
    )


FINITE_AFTER_INFINITIVE = MODALS | {"is", "was", "could", "can", "may", "might"}


PART_WORDS = frozenset({"most", "much", "all", "some", "parts", "part", "many"})


def _past_unnamed_member(
    view: SentenceView, first: int, named: Mention, exclude: set[str]
) -> list[Mention]:
    """The names listed before an unnamed member inside a list ("the United States, Canada
    and most of Latin America and the European Union": the US and Canada before "most of
    Latin America"), ending right before it."""
    glue = named.token_start - 1
    if view.lower(glue) == "the":
        glue -= 1
    if view.lower(glue) not in {"and", ","}:
        return []
    for part in range(glue - 2, max(first, glue - 7) - 1, -1):
        if view.lower(part) in PART_WORDS and view.lower(part + 1) == "of":
            if view.lower(part - 1) not in {"and", ","}:
                return []
            run = nearest_run(view, first, part - 1, exclude, frozenset({"of"}))
            return run if run and run[-1].token_end == part - 1 else []
        if view.lower(part) in {",", ";"}:
            return []
    return []


def _conjunct_before_relative(
    view: SentenceView, first: Mention, exclude: set[str]
) -> list[Mention]:
    """The first conjunct of a subject cut off by its own relative clause: in "Ecuador, which
    hosted the meeting, and Costa Rica both recognise X", Ecuador (before ", which …, and")."""
    if view.lower(first.token_start - 1) != "and" or view.lower(first.token_start - 2) != ",":
        return []
    for index in range(first.token_start - 3, max(view.start, first.token_start - 16), -1):
        word = view.lower(index)
        if (word in RELATIVE_WORDS or word == "where") and view.lower(index - 1) == ",":
            named = view.mention_ending(index - 2)  # (", where the coalition is divided,")
            if named is None or named.entity_id in exclude or not is_actor_like(view, named):
                return []
            if clause_start(view, named.token_start) != named.token_start:
                return []  # (the first conjunct must open its clause, as a subject does)
            return [named]
        if word in {",", ";", ":"} or view.mention_covering(index) is not None:
            return []  # (the relative clause holds no other comma or name)
    return []


def _named_object_elsewhere(view: SentenceView, cue: Cue, mention: Mention | None) -> bool:
    """Does "recognition of" name its object right after it, a person or state that is not a
    case subject? Then the recognition is not of any case subject (nor of a name before)."""
    return (
        mention is not None
        and cue.stance == "recognises"
        and view.lower(cue.index + 1) == "of"
        and mention.token_start in (cue.index + 2, cue.index + 3)
        and mention.entity_type in {"person", "country"}
        and mention.kind != "demonym"
    )


DASH_LIST_REACH = 30  # tokens of "— France, Germany, Spain, Britain, Austria, Sweden and Denmark —"


def _names_between_dashes(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """The names a pair of dashes sets off right before the clause ("Of the EU's 28
    members, seven — France, Germany, … and Denmark — recognised X"): the subject's members,
    who act. The aside must hold names, commas and "and" only."""
    closing = start - 1
    if view.lower(closing) not in DASHES:
        return []
    opening = next(
        (
            i
            for i in range(closing - 1, max(view.start, closing - DASH_LIST_REACH) - 1, -1)
            if view.lower(i) in DASHES
        ),
        -1,
    )
    if opening < 0:
        return []
    first = opening + 1 + (view.lower(opening + 1) == "the")
    if view.mention_starting(first) is None:
        return []  # (the aside must open on a name: not "— which Spain and France lead —")
    run = forward_run(view, first, closing, exclude)
    if not run or run[-1].token_end != closing:
        return []  # (an aside that is more than a list of names: "— Caracas's oldest allies —")
    return run


def _reported_judge(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """For "legitimate" in a clause reported by the sentence's subject ("Russia said the
    U.S. measures were an attempt to overthrow a legitimate government"), that subject."""
    if view.lower(cue) != "legitimate":
        return []
    said = next(
        (
            i
            for i in range(cue - 1, view.start, -1)
            if view.lower(i) in {"said", "says", "insisted"}
        ),
        -1,
    )
    if said < 0 or view.lower(said + 1) in {",", "."}:
        return []
    return opening_run(view, said, exclude, across=True)


def _asserter(
    article: AnnotatedArticle, view: SentenceView, cue: int, exclude: set[str]
) -> list[Mention]:
    """Who calls a party legitimate when the clause names nobody: the speaker of the quote it
    stands in ('"Mr Guaidó is the legitimate president," Pompeo said') or the attribution
    closing the sentence ("…, Pompeo said", "…, said Mike Pompeo", "…, according to Pompeo").
    Without one the claim is the reporter's own, and gives no row."""
    quoted, speaker = speaker_of(article, view.char(cue), exclude)
    if quoted:
        return speaker
    for index in range(cue + 1, view.end - 1):
        if view.lower(index) != ",":
            continue
        following = view.lower(index + 1)
        if following in INVERTED_SPEECH_VERBS:
            return forward_run(view, index + 2, view.end, exclude)  # ", said Mike Pompeo"
        if following == "according" and view.lower(index + 2) == "to":
            return forward_run(view, index + 3, view.end, exclude)
        run = forward_run(view, index + 1, view.end, exclude)
        if run and view.lower(run[-1].token_end) in SPEECH_VERBS:
            return run  # ", Pompeo said"
    return []


CUE_NOUNS = frozenset({"support", "backing", "recognition", "endorsement"})
# Verbs by which a subject states its own stance with "the" + a stance noun ("announced the
# recognition of X"); after any other ("condemned the recognition of X") the stance is
# someone else's
OWN_STANCE_VERBS = frozenset(
    """announce announces announced announcing confirm confirms confirmed confirming
    formalise formalises formalised formalize formalizes formalized reaffirm reaffirms
    reaffirmed reiterate reiterates reiterated express expresses expressed declare declares
    declared complete completes completed finalise finalises finalised finalize finalizes
    finalized approve approves approved agree agrees agreed""".split()
)
AGREEING_VERBS = frozenset({"agree", "agrees", "agreed", "consented", "moved"})
# Adjectives between a possessor and its stance noun ("the EU's continued support"): these,
# and words with an adjective's ending; not a verb ("reaffirmed their support").
NOUN_MODIFIERS = frozenset(
    """continued sustained renewed strong firm full steadfast unconditional staunch total
    swift early initial tacit formal explicit open vocal broad wide clear""".split()
)
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ing", "ful", "ic", "ary")
MODIFIER_REACH = 3


def _modifies_a_noun(word: str) -> bool:
    return word in NOUN_MODIFIERS or (word.isalpha() and word.endswith(ADJECTIVE_ENDINGS))


def _coordinated_possessors(view: SentenceView, owner: Mention) -> list[Mention]:
    """The possessors coordinated before the last one ("China's and Russia's support",
    "Cuba's, Iran's and Russia's backing"), in the text's order."""
    found: list[Mention] = []
    index = owner.token_start - 1
    while view.lower(index) in {"and", ","}:
        apostrophe = index - 1
        if view.lower(apostrophe) not in POSSESSIVES:
            break
        earlier = view.mention_ending(apostrophe - 1)
        if earlier is None or earlier.kind == "demonym":
            break
        if earlier.entity_type not in {"country", "org", "person"}:
            break
        found.insert(0, earlier)
        index = earlier.token_start - 1
    return found


def _noun_possessor(view: SentenceView, cue: int) -> list[Mention] | None:
    """Who a stance noun belongs to, when its own words say so: the possessor ("the EU's
    support for Ukraine", "Washington's strong backing", "the United States' support"), or
    nobody named ("the West's support", "Western support for Kyiv"), given as []. None when
    the noun has neither, and the clause's subject is looked for as usual."""
    if view.lower(cue) not in CUE_NOUNS:
        return None
    tokens = view.article.tokens
    position = cue - 1
    while (
        cue - position <= MODIFIER_REACH
        and position > view.start
        and _modifies_a_noun(view.lower(position))
        and view.mention_covering(position) is None
        and tokens.text(position)[:1].islower()
    ):
        position -= 1  # "continued", "strong", "military"
    word = view.lower(position)
    if word in {"our", "my"}:
        # '"Our support for Juan Guaidó is undiminished," Maas said': the speaker's, inside
        # a quote (outside one, the article's own voice names nobody); not when its own
        # predicate ends, doubts or conditions it ("Our support for Maduro is over")
        if _noun_predicate_hedged(view, cue):
            return []
        return resolve_pronoun(view.article, view, position, "we", set())
    if word in POSSESSIVES or (word in {"'", "’"} and view.lower(position - 1).endswith("s")):
        owner = view.mention_ending(position - 1)
        if owner is None:
            return []  # "the West's support"
        acts = owner.entity_type in {"country", "org", "person"} and owner.kind != "demonym"
        return [*_coordinated_possessors(view, owner), owner] if acts else []
    # (its object after it: "recognition of X", "support for X"; "the backing of Russia"
    # names the backer)
    object_follows = view.lower(cue + 1) == "for" or (
        view.lower(cue + 1) == "of" and view.lower(cue) == "recognition"
    )
    if word in {"the", "a", "an"} and object_follows:
        verb = view.lower(position - 1)
        if verb == "to" and view.lower(position - 2) in AGREEING_VERBS:
            verb = view.lower(position - 2)  # "Austria agreed to the recognition of X"
        if verb in BLOCKING_VERBS:
            return []  # "Italy blocked the recognition of X by the EU": nobody's, it was blocked
        receiving = verb in RECEIVING_VERBS  # "won the recognition of 50 countries": theirs
        if not receiving and verb not in RECOGNITION_GIVING and verb not in OWN_STANCE_VERBS:
            # "Moscow condemned the recognition of Guaidó", "considers the recognition of
            # X illegitimate", "a statement on the recognition of X": someone else's, the
            # agent's when one follows ("the recognition of Guaidó by the United States")
            return _noun_agent(view, cue)
    if object_follows and (position < view.start or word in {",", ";", ":", "—", "–"}):
        # a bare stance noun opening its clause: "Recognition of Guaidó by the US came
        # within minutes", "Support for Maduro from Russia and China has kept him afloat"
        # (not a passive's agent, "Recognition of X was condemned by Russia", nor a noun
        # its own predicate doubts: "Recognition of X by Spain is expected on Monday")
        agents = [] if _noun_predicate_hedged(view, cue) else _noun_agent(view, cue, direct=True)
        if agents:
            return agents
    opening = position < view.start or word in {",", ";", ":", "—", "–"}
    if opening and view.lower(cue + 1) == "from" and not _noun_predicate_hedged(view, cue):
        # "Recognition from Canada, Brazil and Peru followed within hours": the givers right
        # after "from", the one recognised the last one the story named
        return forward_run(view, cue + 2, clause_end(view, cue), set())
    adjective = tokens.text(position)
    if (
        position > view.start
        and view.lower(cue + 1) in {"for", "of"}
        and adjective[:1].isupper()
        and adjective.isalpha()
        and view.mention_covering(position) is None
    ):
        return []  # "Western support for Kyiv": a capitalised adjective that names nobody
    return None


RECEIVING_VERBS = frozenset(
    """won win wins winning gained gain gains earned earn earns secured secure secures
    received receive receives has have had enjoys enjoy enjoyed lost loses lose retains retain
    retained keeps keep kept maintains maintain maintained""".split()
)


def _opening_subject_before(
    article: AnnotatedArticle, view: SentenceView, subjects: set[str]
) -> Mention | None:
    """The contested person opening the sentence before (its subject: "Guaidó, who …, said
    … Maduro's departure …. He has …" is Guaidó), if one does."""
    if view.sentence_id == 0:
        return None
    mentions = article.mentions_in(view.sentence_id - 1)
    if not mentions:
        return None
    first = mentions[0]
    first_word = article.token_range(view.sentence_id - 1)[0]
    opens = first.token_start <= first_word + 1  # (past an opening quote mark)
    tokens = article.tokens
    people = {  # (a possessor names no one acting: "Maduro's departure")
        m.entity_id
        for m in mentions
        if m.entity_type == "person"
        and tokens.lower(m.token_end) not in POSSESSIVES
        and tokens.lower(m.token_start - 1) not in PREPOSITIONS  # ("talks with Maduro's …")
    }
    # (one person named there, or "she" might be another: "Maduro named Delcy Rodríguez to
    # lead the talks. She has the backing of Russia")
    if opens and first.entity_id in subjects and first.entity_type == "person" and len(people) == 1:
        return first
    return None


def _a_pronoun_receives(view: SentenceView) -> bool:
    words = view.word_set()
    if not {"he", "she"} & words or CUE_NOUNS.isdisjoint(words):
        return False
    return any(
        _received_by_a_pronoun(view, i) is not None
        for i in range(view.start, view.end)
        if view.lower(i) in CUE_NOUNS
    )


def _received_by_a_pronoun(view: SentenceView, cue: int) -> int | None:
    """The index of "he"/"she" in "He has (won) the backing of X": the pronoun that receives
    a stance noun whose givers follow it; None otherwise."""
    if view.lower(cue) not in CUE_NOUNS or view.lower(cue + 1) not in {"of", "from"}:
        return None
    position = cue - 1
    while position > view.start and (
        view.lower(position) in NOUN_DETERMINERS or _modifies_a_noun(view.lower(position))
    ):
        position -= 1
    if view.lower(position) not in RECEIVING_VERBS:
        return None
    found = pronoun_before(view, clause_start(view, position), position)
    if found is None or found[1] not in {"he", "she"}:
        return None
    return found[0]


def _noun_agent(view: SentenceView, cue: int, direct: bool = False) -> list[Mention]:
    """The names after "by" or "from" that follow a stance noun's object in its clause ("the
    support for Maduro from China and Russia"), or nobody; ``direct``: with no verb between
    (a passive's "by" names no giver: "Recognition of X was condemned by Russia")."""
    for index in range(cue + 2, min(view.end, cue + 8)):
        word = view.lower(index)
        if word in {"by", "from"}:
            return forward_run(view, index + 1, view.end, set())
        if word in CLAUSE_BOUNDARIES or word == ",":
            break
        if direct and (word in COPULAS or word in {"has", "have", "had"}):
            break
    return []


# Words of a stance noun's own predicate that end, doubt or condition it: "Our support for
# Maduro is over", "Recognition of X by Spain is expected", "… remains out of the question"
# (a bare negation may deny a doubt: "My support for Maduro never wavered")
HEDGING_PREDICATE_WORDS = frozenset(
    """over ended ends evaporated vanished waned withdrawn would will could might may
    expected likely unlikely impossible question depend depends depending conditional
    blocked""".split()
)


def _noun_predicate_hedged(view: SentenceView, cue: int) -> bool:
    """Does the clause a stance noun opens say, after the noun phrase, that the stance ended,
    is doubted, expected or conditional?"""
    end = clause_end(view, cue)
    return any(view.lower(i) in HEDGING_PREDICATE_WORDS for i in range(cue + 1, end))


# Words that make the sentence's subject one of a group after them: "led a wave of EU
# countries that recognised X", "one of the countries that", "among the governments that".
MEMBERSHIP_HEADS = frozenset("one wave group number handful coalition list first last".split())


def _subject_among(view: SentenceView, head: int) -> bool:
    """Is the group at ``head`` one the sentence's subject belongs to ("Spain … led a wave of
    EU countries that recognised X")? Then the subject acts, read as usual."""
    for index in range(head - 1, max(view.start, head - 5) - 1, -1):
        word = view.lower(index)
        if word == "among" or (word == "of" and view.lower(index - 1) in MEMBERSHIP_HEADS):
            # (not a named body's own: "a meeting of the Lima Group of countries that
            # recognise X" is the group's act, read by _apposed_body)
            return view.mention_covering(index - 1) is None
    return False


def _copula_subject_among(view: SentenceView, head: int, exclude: set[str]) -> list[Mention]:
    """The names a copula says are among (or one of) the group a relative clause describes:
    "Costa Rica and Ecuador are among the governments that recognised X", "Chile is one of
    the 14 nations that back Y" (the relative's act is theirs)."""
    index = head - 1
    while index > view.start and view.lower(index) not in {"among", "of"}:
        if not (view.lower(index).isalpha() or view.lower(index).isdigit()):
            return []
        index -= 1
        if head - index > 4:
            return []
    if view.lower(index) == "of" and view.lower(index - 1) in {"one", "two", "three"}:
        index -= 1  # "one of the governments that …"
    copula = index - 1
    while view.lower(copula) in {"also", "now", "still", "already"}:
        copula -= 1
    if view.lower(copula) not in COPULAS:
        return []
    return run_ending_before(view, copula, exclude)


# Verbs before a gerund cue that say the stance is held now: "urged Russia to stop backing X".
STOPPING = frozenset({"stop", "end", "cease", "quit", "halt"})


# Heads of an unnamed group a restrictive relative clause may describe.
GROUP_OF_RELATIVE = GROUP_HEADS_PLURAL | {"those", "others", "allies"}

UNNAMED_CONJUNCT_REACH = 6  # "the armed forces", "almost all Western Hemisphere countries"
CONJUNCT_GLUE = frozenset({",", "and", "of", "as", "well", "by", "from"})


def _past_unnamed_conjunct(
    view: SentenceView, first: int, end: int, exclude: set[str]
) -> list[Mention]:  # ``end``: the clause's end, where the first conjunct must close
    """The named agents after an unnamed first one: "backed by the military, Russia and
    China", "the support of the armed forces and of Russia", "… as well as Cuba". The first
    conjunct is a few words, no name among them, closed by a comma or "and"."""
    index = first
    while index < min(end, first + UNNAMED_CONJUNCT_REACH):
        word = view.lower(index)
        if word in {",", "and", "as"} or view.mention_covering(index) is not None:
            break
        if not word.replace("'", "").isalpha():
            return []
        index += 1
    if index == first or view.lower(index) not in {",", "and", "as"}:
        return []
    if view.lower(index) == "as" and view.lower(index + 1) != "well":
        return []
    while index < view.end and view.lower(index) in CONJUNCT_GLUE:
        index += 1
    # the list runs on past the comma; "backed by the military, Russia said": the reporter
    return _without_reporter(view, forward_run(view, index, view.end, exclude))


def _without_reporter(view: SentenceView, run: list[Mention]) -> list[Mention]:
    """A run's last name set off by a comma and followed by a speech verb reports the
    sentence; it is not one of the run ("… the support of the US, Spain said")."""
    reported = run and view.lower(run[-1].token_end) in SPEECH_VERBS
    if reported and view.lower(run[-1].token_start - 1) == ",":
        return run[:-1]
    return run


def _hyphened(view: SentenceView, index: int) -> bool:
    """Is the word at ``index`` the second half of a hyphenated compound ("US-backed")?"""
    return view.lower(index - 1) == "-" and is_hyphen(view, index - 1)


FINITE_VERBS = frozenset(
    "is are was were has have had will would can could must should does did".split()
)


def _reporter(view: SentenceView, run: list[Mention], cue: int, exclude: set[str]) -> list[Mention]:
    """The subject of a speech verb when the run found is the subject of the clause it
    reports and the cue is a second predicate after "and": in "Putin said Ukraine was part of
    Russia and recognised the DPR" Putin recognised it, not Ukraine."""
    conjunction = next(
        (
            i
            for i in range(cue - 1, max(run[-1].token_end, cue - 6) - 1, -1)
            if view.lower(i) in {"and", ","} or view.mention_covering(i) is not None
        ),
        -1,
    )  # "… and recognised", "… and pledged to stand with"
    if view.lower(conjunction) != "and":
        return []
    if not any(view.lower(i) in FINITE_VERBS for i in range(run[-1].token_end, conjunction)):
        return []  # "… said Ukraine and Russia …": the run is no subject of its own
    speech = run[0].token_start - 1
    if view.lower(speech) == "that":
        speech -= 1
    if view.lower(speech) not in SPEECH_VERBS:
        return []
    return nearest_run(view, view.start, speech, exclude, frozenset({"of"}))


def _named_beside_group(
    view: SentenceView, start: int, run: list[Mention], exclude: set[str]
) -> list[Mention]:
    """Names coordinated with an unnamed group whose members the run lists: "The US, Canada
    and most Latin American nations, including Brazil and Peru, have recognised X" gives the
    US and Canada besides Brazil and Peru."""
    index = run[0].token_start - 1
    if view.lower(index) == "of" and view.lower(index - 1) == "those":
        index -= 2  # "…, among them those of Argentina and Peru": their ministers
    if view.lower(index) == "as" and view.lower(index - 1) == "such":
        index -= 1
    elif view.lower(index) in {"them", "whom"} and view.lower(index - 1) == "among":
        index -= 1  # "Canada and a string of Latin American governments, among them Brazil"
    if view.lower(index) not in {"including", "among"}:
        return []
    leader = _group_leader(view, index, exclude)
    if leader:
        return leader  # "a coalition led by the US and including Britain"
    index -= 2 if view.lower(index - 1) == "," else 1
    bloc = view.mention_ending(index)
    if bloc is not None and bloc.entity_id not in exclude and _bloc_meeting(view, bloc):
        # "foreign ministers of the Lima Group, among them those of Argentina and Peru": the
        # bloc acts with its members (not "members of the EU, including Italy": some of them)
        return [bloc]
    group = False
    for position in range(index, max(start, index - 8) - 1, -1):
        word = view.lower(position)
        group = group or word in GROUP_ANAPHORA or word in {"members", "allies"}
        if view.mention_covering(position) is not None and not group:
            return []  # a name may stand inside the group ("most Latin American nations")
        if word in {"and", "or"}:
            if not group or view.mention_ending(position - 1) is None:
                return []
            return nearest_run(view, start, position, exclude, frozenset({"of"}))
    return []


MEETING_HEADS = frozenset("ministers leaders envoys representatives delegates heads".split())


def _bloc_meeting(view: SentenceView, bloc: Mention) -> bool:
    """Is the bloc named as the officials who meet in it ("foreign ministers of the Lima
    Group", "leaders of the G7"), so that what they do the bloc does?"""
    if bloc.entity_type != "org" or not is_actor_like(view, bloc):
        return False
    of = bloc.token_start - 1
    if view.lower(of) == "the":
        of -= 1
    if view.lower(of) != "of" or view.lower(of - 1) not in MEETING_HEADS:
        return False
    # (some of them are not the bloc: "Several leaders of the European Union, including Italy")
    return not partitive_head(view.lower(of - 2))


LED_WORDS = frozenset({"led", "headed", "spearheaded", "chaired"})


def _described_before(
    view: SentenceView, first: int, comma: int, exclude: set[str]
) -> list[Mention]:
    """The name an apposition [first, comma) describes, right before it: "…, and Canada, a
    Lima Group member, recognises X" (Canada acts, not the sentence's first subject)."""
    if first <= view.start or view.lower(first - 1) != "," or not describes(view, first, comma):
        return []
    mention = view.mention_ending(first - 2)
    if mention is None or mention.entity_id in exclude or not is_actor_like(view, mention):
        return []
    return [mention]


PART_NOUNS = frozenset(
    """regions region parts part areas area territory territories provinces province
    districts oblasts east west south north""".split()
)


def _located_in(view: SentenceView, mention: Mention) -> bool:
    """Is the mention a place after "in" (past a determiner or a place adjective, as
    ``clauses.PHRASE_FILLERS`` lists them): "enclaves in eastern Ukraine", "regions in
    Ukraine"?"""
    before = mention.token_start - 1
    while before >= view.start and view.lower(before) in PHRASE_FILLERS:
        before -= 1
    return view.lower(before) == "in"


def _part_of(view: SentenceView, mention: Mention) -> bool:
    """ "the breakaway regions of Ukraine", "parts of eastern Ukraine", "two breakaway regions
    in eastern Ukraine": a part of the place."""
    after = view.lower(mention.token_end)
    if mention.entity_type == "country" and (after in PART_MODIFIERS or after in PART_NOUNS):
        return True  # "recognising Ukraine separatist republics": a state naming its parts
    if mention.entity_type != "country":
        return False  # "the separatist regions of Donetsk and Luhansk" are those entities
    before = mention.token_start - 1
    if view.lower(before) in COMPASS_ADJECTIVES:
        before -= 1
    if view.lower(before) not in {"of", "in"}:
        return False  # ("in": "two breakaway regions in eastern Ukraine")
    return view.lower(before - 1) in PART_NOUNS or view.lower(before - 2) in PART_NOUNS


# Words after a state's name that make it a modifier of its own parts: "Ukraine separatist
# republics", "Ukraine rebel regions"
PART_MODIFIERS = frozenset({"separatist", "breakaway", "rebel", "rebel-held", "separatist-held"})


COMPASS_ADJECTIVES = frozenset(
    "eastern western southern northern south-eastern southeastern north-eastern".split()
)


TERRITORY_NOUNS = frozenset(
    "territorial territory sovereignty integrity borders border independence".split()
)


def _owns_a_thing(view: SentenceView, mention: Mention) -> bool:
    """ "Ukraine's territorial integrity", "Russia's claims": a thing the state owns, not the
    state as the object of a recognition (but "Venezuela's interim president" is a title,
    and a person's "new term" is his)."""
    if not _possessor(view, mention):
        return False
    owned_at = mention.token_end + 1
    while view.lower(owned_at) in QUOTE_MARKS:
        owned_at += 1  # "Russia's "republics" of Donetsk and Luhansk"
    owned = view.lower(owned_at)
    if owned in TERRITORY_NOUNS or owned in APPOINTEE_NOUNS:
        return True  # ("recognise Juan Guaidó's choice as ambassador": his appointee's)
    # (a person's term, presidency or government is his: "recognise Mr Maduro's new term")
    return mention.entity_type != "person" and owned.isalpha() and owned not in TITLE_WORDS | RULERS


# Who in a state stands apart from its rulers: backing them is no backing of the state
DISSENT_NOUNS = frozenset(
    """opposition dissidents activists journalists protesters protestors democrats
    voices""".split()
)
DISSENT_REACH = 3  # words of "civil society" or "independent voices" after the possessive
DISSENT_FOLLOWERS = frozenset({"and", "or", "in", "at", "who", "which", "that"})


def _its_dissenters(view: SentenceView, mention: Mention) -> bool:
    """Does the state's possessive name people who stand apart from its rulers ("Russia's civil
    society", "Belarus's democratic opposition")?"""
    if mention.entity_type != "country" or not _possessor(view, mention):
        return False
    first = mention.token_end + 1
    for index in range(first, first + DISSENT_REACH):
        civil = view.lower(index) == "society" and view.lower(index - 1) == "civil"
        if view.lower(index) in DISSENT_NOUNS or civil:  # (not "Ukraine's society and economy")
            # the head of its phrase: not a modifier ("Venezuela's opposition leader Juan
            # Guaidó" names a person to recognise)
            following = view.lower(index + 1)
            return not following.isalpha() or following in DISSENT_FOLLOWERS
    return False


RULERS = frozenset("government regime authorities leadership administration rulers".split())
# Someone a party appoints: recognising them is no recognition of the party itself
APPOINTEE_NOUNS = frozenset(
    "choice pick appointee appointees nominee nominees envoy envoys ambassador".split()
)


def _possessor(view: SentenceView, mention: Mention) -> bool:
    return view.lower(mention.token_end) in POSSESSIVES


ALLIED_ADVERBS = frozenset({"long", "also", "still", "has", "have", "had", "not", "never"})


GROUP_PLACE_PREPOSITIONS = frozenset({"in", "of", "from", "across", "around"})


def _group_before_relative(view: SentenceView, relative: int) -> int:
    """The group noun a relative pronoun hangs on, past a short place phrase ("the bloc of
    countries in the Americas that recognise X"): its index, or -1 for no group noun."""
    if view.lower(relative - 1) in GROUP_OF_RELATIVE:
        return relative - 1
    for position in range(relative - 1, max(view.start, relative - 6) - 1, -1):
        if view.lower(position) in GROUP_PLACE_PREPOSITIONS:
            head = position - 1
            named = view.mention_covering(head) is not None  # ("Organization of American States")
            return head if view.lower(head) in GROUP_OF_RELATIVE and not named else -1
        if view.lower(position) in {",", ";", "and", "that", "which", "who"}:
            return -1
        if view.mention_covering(position) is not None:
            return -1  # ("the members of the Russian State Duma who voted …": a body's own)
    return -1


def _relative_on_unnamed_people(view: SentenceView, start: int) -> bool:
    """Does the clause open with a restrictive "who" on a common noun that names nobody
    ("40 protesters who backed X", "soldiers who recognise X")? Its subject is those people,
    never the sentence's subject before them."""
    if view.lower(start - 1) != "who" or start - 2 < view.start:
        return False
    head = start - 2
    word = view.article.tokens.text(head)
    if not (word.isalpha() and word[:1].islower()) or view.mention_covering(head) is not None:
        return False
    if _group_before_relative(view, start - 1) >= 0:
        return False  # "leaders who …", "countries that …": the group rules read those
    # (not a copula's complement: "The US was the first country who recognised X" is the US)
    return all(view.lower(i) not in COPULAS for i in range(max(view.start, head - 6), head))


def _apposed_body(view: SentenceView, group: int, exclude: set[str]) -> list[Mention]:
    """The named body a group noun phrase describes: "The Lima Group, a bloc of countries that
    backs X," (the group is the Lima Group, not an unnamed one); or the states a plural
    group noun is apposed to ("Russia, Cuba or Nicaragua, the governments that have stood by
    Maduro")."""
    for comma in range(group - 1, max(view.start, group - 6) - 1, -1):
        if view.lower(comma) == ",":
            if view.lower(comma + 1) not in {"a", "an", "the"}:
                return []
            body = view.mention_ending(comma - 1)
            if (
                body is not None
                and body.entity_type == "country"
                and view.lower(group) in COUNTED_GROUP_NOUNS
            ):
                # "Russia, Cuba or Nicaragua, the governments that have stood by Maduro"
                listed = run_ending_before(view, comma, exclude)
                return listed if len(listed) > 1 else []
            if body is None or body.entity_type != "org" or body.entity_id in exclude:
                return []
            return [body]
        covering = view.mention_covering(comma)
        if covering is not None:
            # "the bloc of countries that …": a bloc's anaphor names the body itself
            named = covering.entity_type == "org" and covering.kind != "demonym"
            return [covering] if named and covering.entity_id not in exclude else []
    return []


def _followers(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """Those who "followed" the actor in the same act, named after the cue in its sentence:
    "The US recognised X, and it was followed by Canada and Brazil", "…, followed by Peru"."""
    if "followed" not in view.word_set():
        return []
    for index in range(cue + 1, view.end - 1):
        if view.lower(index) == "followed" and view.lower(index + 1) == "by":
            before = {view.lower(i) for i in range(max(cue, index - 4), index)}
            if "," not in before and "and" not in before:
                return []  # "X recognised Y followed by …" without a break reads otherwise
            return forward_run(view, index + 2, strong_end(view, index + 2), exclude)
        if view.lower(index) in {";", "but", "while"}:
            return []
    return []


GAP_ENDINGS = (["too"], ["as", "well"])  # "Russia backs Maduro, and China too"
FOLLOWING_TAILS = (["suit"], ["so"], ["the", "same"], ["likewise"])
FOLLOWING_TIMES = frozenset({"within", "soon", "shortly", "later", "quickly", "days", "hours"})


def _gapped(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The actors of a gapped conjunct after the cue's clause: "Israel recognised Guaidó on
    Sunday and Australia on Monday", "Washington recognised Guaidó within minutes, Canada
    within the hour, and Peru by the afternoon" (verb and object left out, a time phrase or
    "too" in their place, and nothing else up to the clause's end). "… and Australia's envoy said",
    "and Italy on Monday called for talks" are no gap."""
    end = strong_end(view, cue)
    gapped: list[Mention] = []
    for index in range(cue + 1, end):
        word = view.lower(index)
        if word not in {"and", ","} or (word == "," and view.lower(index + 1) == "and"):
            continue
        run = forward_run(view, index + 1, end, exclude)
        if not run or view.mention_starting(index + 1) is None:
            continue
        after = run[-1].token_end
        words = [view.lower(i) for i in range(after, clause_end(view, after - 1))]
        if words in GAP_ENDINGS:
            return gapped + run
        if words[:1] in (["followed"], ["did"]) and (
            len(words) == 1
            or words[1:] in FOLLOWING_TAILS
            or is_time_phrase(words[1:])
            or (words[1] in FOLLOWING_TIMES and len(words) <= 5)
        ):
            return gapped + run  # "…, and Canada, Brazil and Peru followed within hours"
        opened = bool(words) and words[0] in TIME_PHRASE_OPENERS
        if not (opened and is_time_phrase(words)):
            if word == "and":
                return []
            continue  # ", Canada said …": no gap here; an "and" may still open one
        gapped += run
        if word == "and":
            return gapped
    return gapped


def _group_leader(view: SentenceView, including: int, exclude: set[str]) -> list[Mention]:
    """The leader named before "and including": "a coalition led by the United States and
    including Britain" has the US among its members."""
    if view.lower(including - 1) != "and":
        return []
    leader = view.mention_ending(including - 2)
    if leader is None or leader.entity_id in exclude:
        return []
    by = leader.token_start - 1
    if view.lower(by) != "by" or view.lower(by - 1) not in LED_WORDS:
        return []
    return [leader]


def _pair_antecedent(
    article: AnnotatedArticle, view: SentenceView, start: int, exclude: set[str]
) -> list[Mention]:
    """'The two countries, which have refused to recognise X, …': "the two countries" before
    the relative clause stands for the two named before, as "they" would."""
    comma = start - 2
    if view.lower(start - 1) not in {"which", "who"} or view.lower(comma) != ",":
        return []
    noun = comma - 1
    if view.lower(noun) not in GROUP_ANAPHORA:
        return []
    if view.lower(noun - 1) == "both":
        opener = noun - 1
    elif view.lower(noun - 1) == "two" and view.lower(noun - 2) == "the":
        opener = noun - 2
    else:
        return []
    return _last_two_states(article, view.article.tokens.start(opener), view.sentence_id, exclude)


def _last_two_states(
    article: AnnotatedArticle, char: int, sentence_id: int, exclude: set[str]
) -> list[Mention]:
    """The last two countries named before ``char`` (three sentences back at most), not
    after a preposition ("dialogue in Venezuela" names a place, not one of the two)."""
    tokens = article.tokens
    return last_two_named(
        article,
        char,
        sentence_id - 3,
        lambda m: (
            m.entity_type == "country"
            and m.entity_id not in exclude
            and tokens.lower(m.token_start - 1) not in PREPOSITIONS
        ),
    )


def _list_tail(view: SentenceView, first: int, comma: int) -> bool:
    """Do the words from ``first`` to the comma close a list of names, with at most an unnamed
    last member ("the US, Canada and most of Latin America,")?"""
    if first == comma:
        return True
    tail = [view.lower(i) for i in range(first, comma)]
    if tail in (["among", "them"], ["included"]):
        return True  # "Most of the group's members, Brazil and Peru among them, recognised X"
    return (
        len(tail) <= 9  # ("and most of the larger Latin American democracies")
        and tail[0] in {"and", "or", ","}
        and not any(word in CLAUSE_BOUNDARIES for word in tail[1:])
    )


# Words that open a verb group: a clause starting with one has no subject of its own.


def _subjectless_clause(view: SentenceView, start: int) -> bool:
    """'… but has not formally recognised him': a second predicate of the sentence's subject;
    so is a participle after a comma ("…, having declined to recognise him", "…, declining
    to recognise him"), whatever stands between."""
    word = view.lower(start)
    if view.lower(start - 1) == ",":
        participle = (word == "having" and view.lower(start + 1).endswith("ed")) or (
            word.endswith("ing") and view.lower(start + 1) == "to"
        )
        return participle and not _subject_between(view, view.start, start)
    if view.lower(start - 1) not in {"but", "and", "yet"}:
        return False
    if word in VERB_GROUP_OPENERS:
        return True
    # "… but stopped short of recognising X", "… and refused to recognise him": a past verb
    # (an adjective would go on to its noun: "and armed groups")
    return word.endswith("ed") and view.lower(start + 1) in PAST_VERB_FOLLOWERS


def _subject_between(view: SentenceView, first: int, last: int) -> bool:
    """Does a clause with a subject of its own open in [first, last)? A joiner not followed
    by a verb group ("…, but Mexico stayed neutral, declining to …"): the participle after it
    is that clause's, not the sentence's first subject's."""
    for index in range(first, last):
        if view.lower(index) in CLAUSE_JOINERS or view.lower(index) == ";":
            following = view.lower(index + 1)
            if following not in VERB_GROUP_OPENERS and not following.endswith("ed"):
                return True
    return False


def _unnamed_conjunct_subject(view: SentenceView, start: int, cue: int) -> bool:
    """ ", and more than 50 governments now regard him as …": a clause joined by a comma and
    a conjunction whose own subject is an unnamed group (so the sentence's subject does not
    carry over to it)."""
    if view.lower(start) in COORDINATORS and view.lower(start - 1) == ",":
        start += 1  # the clause may be read from its conjunction
    if view.lower(start - 1) == "that" and _unnamed_before(view, start, cue):
        # "on the same day that much of Europe recognised X": a clause with a subject of
        # its own, an unnamed one
        return not _subjectless_clause(view, start)
    if view.lower(start - 1) not in COORDINATORS or view.lower(start - 2) != ",":
        return False
    return not _subjectless_clause(view, start) and _unnamed_before(view, start, cue)


COORDINATORS = frozenset({"and", "but", "yet"})
# Words that join a clause which may have a subject of its own
CLAUSE_JOINERS = COORDINATORS | {"while", "whereas", "although", "though"}


PAST_VERB_FOLLOWERS = frozenset(
    """short to that its their his her on with for the a an by behind in from""".split()
)


TITLED_BY_REACH = 10  # "recognised as the country's legitimate interim president by"


FRONTED_SUBJECT_REACH = 4  # tokens from the comma to the subject ("Venezuela's Nicolás")


def _fronted_passive_subject(view: SentenceView, cue: int, subjects: set[str]) -> Mention | None:
    """The subject after a passive participle that opens the sentence with its agents
    ("Supported by Russia, China, Turkey and Cuba, Nicolás Maduro has refused …"): the
    contested party named right after the comma closing the agents."""
    if cue != view.start:
        return None
    by = _passive_by(view, cue)
    if by is None:
        return None
    # (the agents' run reads on past the comma into the subject: a list's glue)
    agents = forward_run(view, by + 1, view.end, set())
    for previous, mention in pairwise(agents):
        comma = previous.token_end
        if view.lower(comma) != "," or mention.token_start - comma > FRONTED_SUBJECT_REACH:
            continue
        if mention.entity_id in subjects and view.lower(mention.token_end) not in {",", "and"}:
            return mention
    return None


def _passive_by(view: SentenceView, cue: int) -> int | None:
    """The "by" of a passive ("recognised as interim president by the US"), if there is one."""
    if view.lower(cue) in {"by", "with", "behind"} or not view.lower(cue).endswith(("ed", "ised")):
        return None
    # "recognised as the country's interim president by X": the "as" phrase is the title,
    # whatever names it holds
    titled = view.lower(cue + 1) == "as"
    end = min(clause_end(view, cue), cue + (TITLED_BY_REACH if titled else 8))
    for index in range(cue + 1, end):
        word = view.lower(index)
        if word == "by":
            if titled and index - 1 > cue + 1 and view.lower(index - 1).endswith(("ed", "en")):
                return None  # "recognised as president of a country controlled by X": its by
            return index
        if titled:
            continue
        mention = view.mention_covering(index)
        # "recognised as interim president by X": a title after "as", however many words
        title = mention is not None and mention.entity_type == "person"
        if (
            mention is not None
            and word != "as"
            and not (title and view.lower(mention.token_start - 1) == "as")
        ):
            return None
    return None


NOUN_DETERMINERS = frozenset({"the", "full", "its", "their", "strong", "firm", "his", "her"})


def _as_did(view: SentenceView, cue: Cue, exclude: set[str]) -> list[Mention]:
    """'X recognised Y, as did A, B and C', 'the first to recognise Y, followed by A and B':
    the names after "as did" or "followed by" act the same way."""
    same = same_act_by(view, cue.index, exclude)  # "…, and so did Brazil"
    if same:
        return same
    for index in range(cue.index + 1, view.end - 1):
        word, following = view.lower(index), view.lower(index + 1)
        if word in {"followed", "joined"} and following == "by" and view.lower(index - 1) == ",":
            return forward_run(view, index + 2, view.end, exclude)
        if word == "as" and view.lower(index - 1) == ",":
            # "…, as Russia, China and Cuba do": the names before the auxiliary
            run = forward_run(view, index + 1, view.end, exclude)
            auxiliary = run[-1].token_end if run else -1
            if (
                run
                and view.lower(auxiliary) in ELLIPSIS_AUXILIARIES
                and _elided_after(view, auxiliary)
            ):
                return run
    return []


def _elided_after(view: SentenceView, auxiliary: int) -> bool:
    """Does the auxiliary stand for a verb left out ("as Russia and Cuba do.", "as the US did
    last week", "as Mexico did not"), not one it opens ("as Bolivia have condemned it")?"""
    following = view.lower(auxiliary + 1)
    return (
        auxiliary + 1 >= view.end
        or not following.isalpha()
        or following in {"not", "so", "too", "last", "this", "earlier", "on", "in", "before"}
    )


def _group_led_by(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The leaders named in an aside on an unnamed group before the cue ("Roughly 54
    governments, led by the United States and Canada, recognise X"): members that act."""
    for index in range(cue - 1, max(view.start, cue - 30), -1):
        if view.lower(index) in {";", ":"}:
            return []  # ("Talks led by Norway have stalled; many recognise X": another clause)
        if view.lower(index) == "led" and view.lower(index + 1) == "by":
            if view.lower(index - 1) != "," or not _unnamed_before(view, view.start, index):
                return []
            return forward_run(view, index + 2, cue, exclude)
    return []


ELLIPSIS_AUXILIARIES = frozenset({"has", "have", "had", "did", "does", "do"})
_DONE_OR_NOT = frozenset({"done", "so", "not", "n't"})  # (what follows the auxiliary)


def _unnamed_tail(words: list[str]) -> bool:
    """Nothing, or an unnamed last conjunct ("and most of Latin America"), between a run of
    names and its auxiliary (not "Venezuela's interim president, he")."""
    if not words:
        return True
    return words[0] in {"and", "or"} and not ({",", "'s", "’s"} | RELATIVE_WORDS) & set(words)


def _as_having_done(view: SentenceView, cue: Cue, exclude: set[str]) -> tuple[list[Mention], str]:
    """ "Jamaica declined to recognise Juan Guaidó, as the United States has done": the names
    before "has done" take the stance the infinitive names, asserted whatever the main
    clause's refusal ("…, as Uruguay has not": negated)."""
    if "as" not in view.word_set() or view.word_set().isdisjoint(_DONE_OR_NOT):
        return [], ""
    for index in range(cue.index + 1, view.end - 2):
        if view.lower(index) != "as":
            continue
        run = forward_run(view, index + 1, min(view.end, index + 12), exclude)
        if not run or run[0].token_start > index + 2:
            continue
        # (past an unnamed last conjunct: "…, Canada and most of Latin America have done")
        after = next(
            (
                i
                for i in range(run[-1].token_end, min(view.end, run[-1].token_end + 7))
                if view.lower(i) in ELLIPSIS_AUXILIARIES
            ),
            -1,
        )
        if after < 0 or not _unnamed_tail(window_words(view, run[-1].token_end, after)):
            continue
        following = view.lower(after + 1)
        if following in {"done", "so"}:
            return run, "asserted"
        if following in {"not", "n't"}:
            return run, "negated"
    return [], ""


ELLIPSIS_OPENERS = frozenset({"but", "and", "while", "whereas", ";", ","})
NEGATIONS = PLAIN_NEGATIONS
CLAUSE_ENDS = frozenset({".", ",", ";", ":", "", "yet", "so", "either"})


def _did_not_after(view: SentenceView, cue: Cue, exclude: set[str]) -> list[Mention]:
    """ "Spain recognised Guaidó, but Italy did not", "…, but the EU never did", "…; so did
    Israel, and Italy did not": the names of an elided clause after the cue that denies the
    act. Only a bare auxiliary and negation ending the clause: "but Italy did not recognise
    Maduro" has its own cue."""
    if view.word_set().isdisjoint(NEGATIONS):
        return []  # ("never" is one of them)
    for index in range(cue.index + 1, view.end - 3):
        if view.lower(index) not in ELLIPSIS_OPENERS:
            continue
        run = forward_run(view, index + 1, min(view.end, index + 12), exclude)
        if not run or run[0].token_start > index + 2:
            continue
        # ("" past the sentence's end: view.lower is empty there)
        first, second, rest = (view.lower(run[-1].token_end + step) for step in range(3))
        denied = (first in ELLIPSIS_AUXILIARIES and second in NEGATIONS) or (
            first == "never" and second in ELLIPSIS_AUXILIARIES
        )  # "did not." / "has not yet" / "never did."
        if denied and rest in CLAUSE_ENDS:
            return run
    return []


MEMBER_LIST_OPENERS = frozenset({"including", "among", "notably", "such"})


COPULAS_OF_A_LIST = frozenset({"are", "were", "include", "included", "includes"})


def _in_a_relative_on_a_group(view: SentenceView, cue: int) -> bool:
    """Is the cue in a relative clause on a plural group noun ("Other countries which have
    recognised X", "The states that back Y")?"""
    for index in range(cue - 1, max(view.start, cue - 4) - 1, -1):
        if view.lower(index) in RELATIVE_OPENERS:
            return view.lower(index - 1) in GROUP_HEADS_PLURAL
    return False


def _members_listed_after(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """Named members listed after the cue when its subject is an unnamed group: "Eleven of
    the 14 members have recognised X, among them Argentina and Chile", "Several EU states
    recognised X, including Spain"."""
    for index in range(cue + 1, view.end - 2):
        if view.lower(index) == ":":
            # "Some 50 countries recognise X: the United States, Canada, Brazil …"
            if not _bare_list_after_colon(view, cue, index):
                return []
            first = index + 1
            if view.mention_starting(first) is None and view.lower(first) == "the":
                first += 1
            if view.mention_starting(first) is None:
                return []
            end = strong_end(view, first)  # (past parts named unnamed: "most of the EU")
            return [
                m
                for m in view.mentions
                if first <= m.token_start < end
                and m.entity_id not in exclude
                and m.kind != "demonym"
                and m.entity_type in {"country", "org"}
                and is_actor_like(view, m)
            ]
        if view.lower(index) in COPULAS_OF_A_LIST and _in_a_relative_on_a_group(view, cue):
            # "Other countries which have recognised Guaidó are Canada, the UK and Brazil"
            first = index + 1 + (view.lower(index + 1) == "the")
            if view.mention_starting(first) is None:
                return []
            return forward_run(view, first, strong_end(view, first), exclude)
        # ("by nearly 60 countries, led by the United States, Canada …": the group's leaders)
        led = (view.lower(index + 1), view.lower(index + 2)) == ("led", "by") and (
            view.lower(index - 1) in LISTED_GROUPS  # (not "against a … group, led by X")
        )
        opens = view.lower(index + 1) in MEMBER_LIST_OPENERS or led
        # (or with no comma after a plural group: "the support of allies including Russia")
        if not opens or (view.lower(index) != "," and view.lower(index) not in LISTED_GROUPS):
            continue
        first = index + 2 + led
        if view.lower(index + 1) in {"among", "such"}:
            if view.lower(first) not in {"them", "whom", "as"}:
                continue
            first += 1
        if view.lower(first) == "the" and view.mention_starting(first) is None:
            first += 1
        if view.mention_starting(first) is None:
            return []
        return forward_run(view, first, strong_end(view, first), exclude)
    return []


LISTED_GROUPS = GROUP_HEADS_PLURAL | {"allies", "partners", "backers", "supporters"}
# Words a bare list of members after a colon may hold besides names ("…: the United States,
# Canada, most of the European Union and Israel")
MEMBER_LIST_WORDS = frozenset({",", "and", "the", "most", "much", "some", "of", "all", "."})


CONTRAST_WORDS = frozenset({"but", "except", "yet", "although", "though", "however", "save"})


def _bare_list_after_colon(view: SentenceView, cue: int, colon: int) -> bool:
    """Does the colon follow the cue with no speech or contrast between them and open a
    bare list of names running to the sentence's end ("Several nations back Maduro: Russia,
    China and Cuba")? Not "…, a senior official said: Russia remains with Maduro", "… one
    holdout stands out: Mexico", "… the reason is simple: the United States asked them"."""
    between = {view.lower(i) for i in range(cue + 1, colon)}
    if between & (SPEECH_VERBS | CONTRAST_WORDS) or ";" in between:
        return False  # (", but one holdout stands out: Mexico" names the exception)
    index = colon + 1
    while index < view.end:
        mention = view.mention_starting(index)
        if mention is not None:
            index = mention.token_end
            continue
        word = view.lower(index)
        named = view.article.tokens.text(index)[:1].isupper()  # ("most of Latin America")
        if word not in MEMBER_LIST_WORDS and not named:
            return word in {"\n", "\n\n"}
        index += 1
    return True


def _unnamed_head(view: SentenceView) -> bool:
    """Is the subject the companions go along with an unnamed group ('Most of Latin America,
    along with the US')? Only a quantifier at the sentence's start says so."""
    return view.lower(view.start) in {"most", "many", "several", "some", "much", "dozens"}


COPULAS = frozenset("is are was were been be remains remain remained became become becomes".split())
EMERGING = frozenset("emerged emerges emerge emerging".split())


def _emerged_as(view: SentenceView, index: int) -> bool:
    """Is the word at ``index`` the "as" of "has emerged as", a copula like "has become":
    "Moscow has emerged as Mr Maduro's most important foreign backer"."""
    return view.lower(index) == "as" and view.lower(index - 1) in EMERGING


# "a neutral mediator between X and Y": neutrality stated through the role it names.
NEUTRAL_ROLES = frozenset("mediator mediators broker party stance position role observer".split())


ALLY_LINKS = frozenset({"are", "is", "were", "was", "include", "includes", "included"})


def _ally_actors(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    subject: Mention,
    exclude: set[str],
    home: str | None = None,
) -> tuple[list[Mention], str, bool]:
    """Ally nouns: "Russia, Mr Maduro's closest ally", "Bolivia, a close ally of X",
    "X's ally Cuba", "Cuba is Maduro's main backer", "Maduro's allies in Moscow and Beijing".
    The noun must name whose ally it is. ``home`` is the case's home country, whose capital
    holds no foreign ally ("Guaidó's supporters in Caracas")."""
    index = cue.index
    owner = _ally_owner(view, index, subject)
    if owner is not None:
        return ([owner] if owner.entity_id not in exclude else []), "asserted", False
    if not _ally_of(view, index, subject):
        return [], "asserted", False
    cursor = index - 1
    companions: list[Mention] = []  # "China remains, with Russia, one of Maduro's backers"
    # (room for a coordinated apposition: "Bolivia, a member of the group and Maduro's
    # closest ally in South America, …")
    while cursor >= view.start and cursor > index - ALLY_REACH:
        if view.lower(cursor) == ",":
            aside = _with_aside(view, cursor, exclude)
            if aside is None:
                break
            cursor, named = aside
            companions += named
            continue
        if (
            view.lower(cursor) in COPULAS and not _verb_after_copula(view, cursor, index)
        ) or _emerged_as(view, cursor):
            officer_of = _whose_officer(view, cursor, exclude) or _whose_state(
                view, cursor, exclude
            )
            if officer_of:  # "Turkey, whose president, Erdoğan, is one of Maduro's backers"
                return officer_of + companions, modality(view, cursor, index), False
            subject_end = _before_relative_clause(view, view.start, cursor)
            run = _second_predicate_subject(view, cursor, exclude)
            run = run or nearest_run(view, view.start, subject_end, exclude, frozenset({"of"}))
            # ("The four countries have been among Ukraine's staunchest backers": the four
            # states of the list named before)
            run = run or counted_set(article, view, view.start, exclude)
            return run + companions, modality(view, cursor, index), False
        cursor -= 1
    if companions:
        return companions, "asserted", False
    relative = any(view.lower(i) in RELATIVE_WORDS for i in range(cursor + 1, index))
    # (nor past a clause of its own: in "…'s eastern members, said the United States stood
    # with Ukraine and would stand by its NATO allies" the allies are no apposition)
    clause = any(view.lower(i) in APPOSITION_BREAKERS for i in range(cursor + 1, index))
    if view.lower(cursor) == "," and not relative and not clause:  # (", which Guaidó's allies
        # dismissed": the allies are the relative clause's subject, no apposition)
        run = nearest_run(view, clause_start(view, cursor), cursor, exclude, PREPOSITIONS)
        if run and not view.lower(index).endswith("s"):
            # a singular noun is one state's: "between Moscow and Washington, Kyiv's biggest
            # military backer" (not "Russia and China, Maduro's closest allies")
            run = run[-1:]
        if run:
            return run, "asserted", False
    first = index + 1
    if view.lower(first) == "in":
        # (not in an apposition: "Rubio, one of Guaidó's most prominent backers in
        # Washington" is Rubio, named or not; nor allies no more: "his former allies in Quito")
        apposed = (
            view.lower(cursor) == ","
            and not relative
            and view.lower(cursor + 1) not in {"and", "but", "or", "while"}
        )
        lapsed = view.lower(index - 1) in LAPSED_WORDS
        # (supporters in a city are people there: "Guaidó's supporters in Madrid, where tens
        # of thousands of Venezuelans live"; allies and backers in a capital are governments)
        crowd = view.lower(index) in {"supporter", "supporters"}
        own = {home, subject.party_id, subject.entity_id}
        placed = [] if apposed or lapsed or crowd else _allies_in(view, first, exclude, own)
        return placed, "asserted", False
    linked = first
    while view.lower(linked) in LINK_ADVERBS:
        linked += 1  # "whose main backers also include Russia and China"
    if view.lower(linked) in ALLY_LINKS:
        first = linked + 1  # "whose main backers are Russia and China", "… include Cuba"
    elif view.lower(first) == ",":
        first += 1  # an apposition: "Maduro's closest allies, Russia and China, have …"
        first += 1 if view.lower(first) in APPOSITION_MARKERS else 0  # ", including the US,"
        first += 1 if view.lower(first) == "as" and view.lower(first - 1) == "such" else 0
        if (view.lower(first), view.lower(first + 1)) == ("among", "them"):
            first += 2  # "Ukraine's main backers, among them Germany's Olaf Scholz, …"
        if view.mention_starting(first) is None and view.lower(first) != "the":
            return [], "asserted", False
    after = forward_run(view, first, clause_end(view, first), exclude)
    return after, "asserted", False


# Words that open a subordinate clause whatever follows (not those that are prepositions
# too: "since 2007", "after the vote")
CLAUSE_OPENERS = SUBORDINATORS - {"after", "before", "since", "until", "once"} | {"whereas"}


def _second_predicate_subject(view: SentenceView, copula: int, exclude: set[str]) -> list[Mention]:
    """ "China has lent Caracas $60 billion and remains one of Maduro's main backers": a
    copula after "and" is a second predicate, whose subject opens the sentence (not the
    first predicate's object, Caracas)."""
    before = copula - 1
    while view.lower(before) in COORDINATED_ADVERBS:
        before -= 1
    if view.lower(before) != "and":
        return []
    # (the sentence's own first predicate only: not past a saying verb or a subordinate
    # clause, "Washington says Cuba props up Maduro and is …", "…, while Bolivia … and is")
    between = {view.lower(i) for i in range(view.start, before)}
    if not between.isdisjoint(SAYING_VERBS | CLAUSE_OPENERS) or "," in between:
        return []
    return opening_run(view, before, exclude, across=True)


ALLY_REACH = 14  # tokens back from an ally noun to the comma opening its apposition
# Words of a clause, not of an apposition's noun phrase: a saying verb, an auxiliary
APPOSITION_BREAKERS = SAYING_VERBS | FINITE_AUXILIARIES
WITH_ASIDE_REACH = 8  # tokens of ", with Russia and Cuba," between two commas


def _with_aside(
    view: SentenceView, comma: int, exclude: set[str]
) -> tuple[int, list[Mention]] | None:
    """An aside ", with X (and Y)," closing at ``comma``, of names only: where to read on
    before it, and the names (they stand with the subject: "China remains, with Russia, one
    of Maduro's main backers"). None for any other comma."""
    cursor = comma - 1
    named: list[Mention] = []
    while cursor > comma - WITH_ASIDE_REACH and cursor > view.start:
        word = view.lower(cursor)
        mention = view.mention_covering(cursor)
        if mention is not None:
            if mention.entity_id not in exclude and mention.entity_type in {"country", "org"}:
                named.insert(0, mention)
            cursor = mention.token_start - 1
        elif word == "with" and view.lower(cursor - 1) == "," and named:
            return cursor - 2, named
        elif word in {"and", "the"}:
            cursor -= 1
        else:
            return None
    return None


LINK_ADVERBS = frozenset({"also", "still", "now", "reportedly"})
# Participles a copula takes before a predicate noun ("is becoming Maduro's main backer")
LINKING_PARTICIPLES = frozenset({"being", "becoming", "remaining", "leading"})


def _verb_after_copula(view: SentenceView, copula: int, noun: int) -> bool:
    """Is the "is" an auxiliary of another verb that governs the ally noun ("The US is
    seeking to stop Maduro and his allies"), so the noun is no predicate of the subject?"""
    return any(
        view.lower(i) == "to"
        or (
            view.lower(i).endswith("ing")
            and len(view.lower(i)) > 4
            and view.lower(i) not in LINKING_PARTICIPLES
        )
        for i in range(copula + 1, noun)
    )


# Offices that speak for a state ("whose president", "whose foreign minister", "whose leader")
STATE_LEADERS = STATE_OFFICES | {"leader", "ruler"}


def _whose_officer(view: SentenceView, copula: int, exclude: set[str]) -> list[Mention]:
    """The state whose office holder is the copula's subject: "Turkey, whose president,
    Recep Tayyip Erdoğan, is one of Maduro's most vocal backers", "Bolivia, whose president
    Evo Morales remains …". The person stands for the state the relative hangs on, whatever
    the case file says of him (and the clause before names other states, not him)."""
    index = copula - 1
    index -= view.lower(index) == ","
    person = view.mention_ending(index)
    if person is None or person.entity_type != "person":
        return []
    index = person.token_start - 1
    index -= view.lower(index) == ","
    title = set()
    while view.lower(index) in TITLE_WORDS:
        title.add(view.lower(index))
        index -= 1  # "whose president", "whose foreign minister"
    if not title & STATE_LEADERS or view.lower(index) != "whose":
        return []  # (not "Lima, whose mayor, Jorge Muñoz, …": a city's office)
    state = view.mention_ending(index - 2) if view.lower(index - 1) == "," else None
    if state is None or state.entity_type not in {"country", "org"} or state.entity_id in exclude:
        return []
    return [state]


# What "whose" may own for the copula's subject to be the state itself ("whose country has
# been a long-time ally of Maduro's", "whose government is Ukraine's staunchest backer")
STATE_NOUNS_OWNED = frozenset({"country", "government", "nation", "state", "administration"})
COPULA_ADVERBS = frozenset({"has", "have", "had", "long", "also", "always", "since"})


def _whose_state(view: SentenceView, copula: int, exclude: set[str]) -> list[Mention]:
    """The state (or the official standing for it) a relative "whose country" hangs on, when
    that is the copula's subject: "Bolivia Foreign Minister Diego Pary, whose country has
    been a long-time ally of Maduro's" (Pary, for Bolivia), "Cuba, whose government is …"."""
    index = copula - 1
    while view.lower(index) in COPULA_ADVERBS and index > view.start:
        index -= 1
    if view.lower(index) not in STATE_NOUNS_OWNED or view.lower(index - 1) != "whose":
        return []
    if view.lower(index - 2) != ",":
        return []
    named = view.mention_ending(index - 3)
    if named is None or named.entity_id in exclude:
        return []
    if named.entity_type == "country" or (named.entity_type == "person" and named.party_id):
        return [named] if (named.party_id or named.entity_id) not in exclude else []
    return []


# Words that make an ally a past one: "his former allies in Quito"
LAPSED_WORDS = frozenset("former erstwhile one-time onetime ex old".split())


def _allies_in(
    view: SentenceView, at: int, exclude: set[str], own: set[str | None]
) -> list[Mention]:
    """The governments after "X's allies in" ("Maduro's allies in Moscow and Beijing", "his
    backers in Washington", "Guaidó's allies in the Lima Group"): where the allies sit is who
    they are, when it is a capital (the government by metonymy) or a bloc. Nobody for a
    country's name ("Russia's allies in Serbia" may be its sympathisers there), the party's
    own state or the case's ("supporters in Caracas", "allies in Kyiv"), or a body that is no
    state ("allies in the military", "backers in Congress")."""
    start = at + 2 if view.lower(at + 1) == "the" else at + 1
    run = forward_run(view, start, clause_end(view, start), exclude)
    if not run or run[0].token_start != start:
        return []
    for mention in run:
        governing = mention.kind == "capital" or (
            mention.entity_type == "org" and mention.kind != "demonym"
        )
        if not governing or mention.entity_id in own:
            return []
    return run


JOINED_GROUPS = frozenset({"list", "ranks", "club", "group", "camp", "number", "chorus"})


def _joined_those(view: SentenceView, cue: int) -> int:
    """The "joined" of "joined the (growing) list / ranks / camp of those recognising X",
    whose subject takes the stance; -1 otherwise."""
    if (view.lower(cue - 1), view.lower(cue - 2)) != ("those", "of"):
        return -1
    if view.lower(cue - 3) not in JOINED_GROUPS:
        return -1
    return look_back(view, cue - 3, JOIN_FORMS, 3)


def _accused_of_doing(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention] | None:
    """Whom "accused X of propping up Maduro" says takes the stance: X, the accused (the
    accuser only reports it); nobody named when X is not a name ("accused the bank of …").
    None when the cue is no such gerund, or X stands before a relative pronoun ("Russia and
    China, which he accused of propping up Maduro": read as any relative clause)."""
    if not view.lower(cue).endswith("ing") or view.lower(cue - 1) != "of":
        return None
    verb = look_back(view, cue - 1, ACCUSING_VERBS, 9, CLAUSE_BOUNDARIES)
    if verb < 0:
        return None
    accused = [m for m in view.mentions if verb < m.token_start and m.token_end <= cue - 1]
    if not accused and any(
        view.lower(i) in RELATIVE_WORDS for i in range(max(view.start, verb - 3), verb)
    ):
        return None
    return [m for m in accused if m.entity_id not in exclude]


def _text_issuer(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """For a clause opened by "that" / "which" on a statement, resolution or declaration, the
    party that issued it ("the E.U. issued a weaker statement that stopped short of formal
    recognition": the EU), named in the clause the text noun stands in."""
    relative = start - 1
    if view.lower(relative) not in {"that", "which"}:
        return []
    noun = relative - 1 if view.lower(relative - 1) != "," else relative - 2
    if view.lower(noun) not in STANCE_TEXTS:
        return []
    return nearest_run(view, clause_start(view, noun), noun, exclude, frozenset({"of"}))


def _before_relative_clause(view: SentenceView, start: int, end: int) -> int:
    """Where the subject ends when a relative clause stands between it and ``end`` ("Russia,
    which has lent Caracas billions, has been …": not Caracas)."""
    for index in range(start + 1, end):
        if view.lower(index) in RELATIVE_WORDS and view.lower(index - 1) == ",":
            return index - 1
    return end


# Words after a possessive that show it owns no noun: "an ally of Maduro's, said …", "a
# friend of Maduro's since 2013"
GENITIVE_CLOSERS = frozenset({"and", "or", "but", "who", "which", "since", "for", "in", "as"})


def _double_genitive(view: SentenceView, possessive: int) -> bool:
    """Does the possessive at ``possessive`` own nothing ("a long-time ally of Maduro's,")?
    Then "of X's" names X, as "of X" does."""
    following = view.lower(possessive + 1)
    return not following[:1].isalpha() or following in GENITIVE_CLOSERS


ALLY_BESIDE_REACH = 6  # tokens from the ally noun to the apposed name ("ally, Venezuelan
# President Nicolas Maduro")


def _ally_named_beside(
    view: SentenceView, noun: int, owner: Mention, subjects: set[str]
) -> Mention | None:
    """The contested party a state's ally noun is apposed to: after it ("Tehran's ally,
    Venezuelan President Nicolas Maduro", "Moscow's ally Maduro") or before it ("Maduro,
    Moscow's closest ally in Latin America"). The owner must be a state or bloc."""
    if owner.entity_type not in {"country", "org"} or owner.kind == "demonym":
        return None
    if view.lower(noun) not in {"ally", "backer", "friend", "partner", "patron", "protege"}:
        return None  # (one party: "Moscow's allies" are many, none of them apposed)
    for index in range(noun + 1, min(view.end, noun + ALLY_BESIDE_REACH)):
        mention = view.mention_starting(index)
        if mention is not None:
            return mention if mention.entity_id in subjects else None
        if view.lower(index) not in {","} and not (
            view.lower(index) in TITLE_WORDS or view.article.tokens.text(index)[:1].isupper()
        ):
            break
    opening = owner.token_start - 1
    while opening > view.start and _common_word(view, opening):
        opening -= 1  # ("Maduro, a close ally" has no owner; "Maduro, Moscow's closest ally")
    if view.lower(opening) == ",":
        before = view.mention_ending(opening - 1)
        if before is not None and before.entity_id in subjects:
            return before
    return None


def _ally_owner(view: SentenceView, noun: int, subject: Mention) -> Mention | None:
    """The state whose ally the subject is named as ("Tehran's ally, … Maduro"), or None."""
    possessive = noun - 1
    while possessive > noun - 3 and _common_word(view, possessive):
        possessive -= 1  # ("Moscow's closest ally")
    if view.lower(possessive) not in POSSESSIVES:
        return None
    owner = view.mention_ending(possessive - 1)
    if owner is None or owner.entity_id == subject.entity_id:
        return None
    if _ally_named_beside(view, noun, owner, {subject.entity_id}) is subject:
        return owner
    return None


def _ally_of(view: SentenceView, index: int, subject: Mention) -> bool:
    """Is the ally noun at ``index`` tied to the subject ("X's ally", "ally of X", "his ally")?"""
    if view.lower(index + 1) == "of":
        if view.lower(subject.token_end) in POSSESSIVES and not _double_genitive(
            view, subject.token_end
        ):
            return False  # "the backer of Maduro's rivals": the rivals are backed, not him
        return subject.token_start == index + 2 or (
            subject.token_start > index and subject.token_start <= index + 4
        )
    for cursor in range(index - 1, max(view.start, index - 6) - 1, -1):
        word = view.lower(cursor)
        if word in POSSESSIVES and subject.token_end == cursor:
            return True
        if word in {"his", "her", "its", "their"}:
            return True
        if word == "whose":  # "Maduro, whose main backers are …"
            return subject.token_end in (cursor, cursor - 1)
        if word == ",":
            break
    return False


def _joiner(view: SentenceView, start: int, cue: int) -> tuple[int, int] | None:
    """For 'X will join Y in recognising', the token range where X (the joiner) stands."""
    if view.word_set().isdisjoint(_JOINER_WORDS):
        return None
    for index in range(cue - 1, start - 1, -1):
        if view.lower(index) in JOIN_VERBS:
            return start, index
        if view.lower(index) in FOLLOW_VERBS and view.lower(cue - 1) == "in":
            return start, index  # "North Korea followed Syria in recognising the DPR"
    return None


JOIN_VERBS = frozenset({"join", "joins", "joined", "joining"})


def _joined_in(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The ones joined or followed "in" doing the cue ("has joined Spain, Britain and other EU
    states in recognising X", "followed Syria in recognising"): they did it already."""
    if view.lower(cue - 1) != "in" or not view.lower(cue).endswith("ing"):
        return []
    for index in range(cue - 2, view.start - 1, -1):
        word = view.lower(index)
        if word in JOIN_VERBS or word in FOLLOW_VERBS:
            run = forward_run(view, index + 1, cue - 1, exclude)
            return [m for m in run if m.token_end <= cue - 1]
        if word in CLAUSE_BOUNDARIES or word in {";", ":"}:
            return []
    return []


FOLLOW_VERBS = frozenset({"follow", "follows", "followed", "following"})
_JOINER_WORDS = JOIN_VERBS | FOLLOW_VERBS  # (a joiner stands before one of these)


def _joining_after(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The ones a participle after the cue's clause says the actors joined ("Spain recognised
    Guaidó on Monday, joining the United States, Canada and most of Latin America"): they
    hold the stance already."""
    if "joining" not in view.word_set():
        return []
    end = view.end
    for index in range(cue + 1, end):
        if view.lower(index) in {";", ":", "but", "while", "whereas"}:
            return []
        if view.lower(index) == "joining" and view.lower(index - 1) == ",":
            if view.mention_starting(index + 1) is None:
                return []
            run = forward_run(view, index + 1, end, exclude)
            return [m for m in run if m.entity_type in {"country", "org"}]
    return []


GROUP_ANAPHORA = COUNTED_GROUP_NOUNS


def _group_anaphor(view: SentenceView, index: int) -> bool:
    """ "The three governments", "these countries", "the 11 nations": a definite group that
    points back at the states just named, as "they" does."""
    if view.lower(index) in {"these", "those"}:
        return view.lower(index + 1) in GROUP_ANAPHORA
    if view.lower(index) not in {"the", "all"}:  # ("All three governments recognise him")
        return False
    counted = view.lower(index + 1)
    return (counted.isdigit() or counted in COUNT_WORDS) and view.lower(index + 2) in GROUP_ANAPHORA


def _bare_count(view: SentenceView, index: int, cue: int) -> bool:
    """ "The four recognise Guaidó": "the" and a count standing alone as the subject."""
    counted = view.lower(index + 1)
    return (
        view.lower(index) in {"the", "all"}
        and (counted.isdigit() or counted in COUNT_WORDS)
        and view.lower(index + 2) not in GROUP_ANAPHORA
        and counted_group_head(view, index + 2, cue)
    )


BODY_ANAPHORA = frozenset({"group", "organisation", "organization", "alliance", "body"})


def _members_after_relative(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """Named members listed after a relative clause on an unnamed group: 'four governments
    that sided with it, Belarus, North Korea, Eritrea and Syria'."""
    index = cue - 1
    while index > view.start and (
        view.lower(index) in STAND_WORDS | {"has", "have", "had", "also", "openly", "firmly"}
        or view.lower(index).endswith("ly")
    ):
        index -= 1
    if view.lower(index) not in {"that", "which", "who"}:
        return []
    head = view.lower(index - 1)
    counted = head.isdigit() or head == "those"  # "The 54 that recognise him include …"
    if head not in GROUP_ANAPHORA and not counted:
        return []
    end = clause_end(view, cue)
    including = next(
        (i for i in range(cue + 1, min(view.end, cue + 4)) if view.lower(i) in INCLUDING_LINKS),
        -1,
    )
    if including >= 0:  # "The 54 that recognise him include the United States, Canada, …"
        return forward_run(view, including + 1, view.end, exclude)
    if view.lower(end) not in {",", ":"} or counted:
        return []
    return forward_run(view, end + 1, view.end, exclude)


SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def _pronoun_subject_of_verb(view: SentenceView, first: int, cue: int) -> tuple[int, str] | None:
    """A subject pronoun whose verb group runs straight to the cue ('… or it will recognise'),
    after the nearest named actor: the pronoun, not that name, is the subject."""
    index = cue - 1
    while index >= first and view.lower(index) in VERB_GROUP:
        index -= 1
    if index >= first and view.lower(index) in SUBJECT_PRONOUNS:
        return index, view.lower(index)
    return None


def _pronoun_actors(
    article: AnnotatedArticle, view: SentenceView, start: int, end: int, exclude: set[str]
) -> list[Mention]:
    found = pronoun_before(view, start, end)
    if found is not None and _people_own_countries(view, found[0]):
        people = _people_before(view, found[0], exclude)
        if len(people) > 1:
            return people  # "Sánchez, joined by Macron and Merkel, said their countries …"
    if found is None and _both_as_subject(view, start, end):
        leaders = _two_leaders_before(article, view, start, exclude)
        if leaders:
            return leaders  # "Cuba's Díaz-Canel and Nicaragua's Ortega …; both have stood by"
        found = (start, "they")  # "Both have since recognised Guaidó"
    if found is None:
        for index in range(start, end - 1):
            if view.lower(index) in {"both", "two"} and view.lower(index + 1) in GROUP_ANAPHORA:
                pair = _two_states_before(article, view, index, exclude)
                if pair:
                    return pair  # "Mexico … Uruguay … Both governments have declined to …"
                found = (index, "they")  # "Both governments back Mr Maduro"
                break
            if _bare_count(view, index, end):
                # only a list of exactly that many states: "the two" may be two people
                counted = counted_set(article, view, index, exclude, end)
                if counted:
                    return counted
                break
            if _group_anaphor(view, index):
                counted = counted_set(article, view, index, exclude)
                if counted:
                    return counted  # "Spain, Britain, France and Germany … The four governments"
                found = (index, "they")  # "The three governments reiterated their recognition"
                break
            if (
                view.lower(index) == "the"
                and view.lower(index + 1) in BODY_ANAPHORA
                and view.lower(index - 1) not in PREPOSITIONS
            ):
                # "The group's ministers reaffirmed" (not "broke ranks with the group and
                # recognised X": a preposition's object is no subject)
                return last_org(article, view, index)
    if found is None:
        return []
    if found[1] == "it" and _expletive_it(view, found[0], end):
        # '"It is our duty to support Ukraine," Scholz said': "it" points at nothing; the
        # duty is the speaker's when "our" names its owner
        owner = next((i for i in range(found[0], end) if view.lower(i) in {"our", "my"}), -1)
        if owner < 0:
            return []
        return resolve_pronoun(article, view, owner, "we", exclude)
    resolved = resolve_pronoun(article, view, found[0], found[1], exclude)
    if not resolved and found[1] == "they":
        return _two_leaders_before(article, view, found[0], exclude)
    return resolved


LEADER_PAIR_GAP = 4  # tokens between two coordinated leaders ("and Nicaragua 's")


def _two_leaders_before(
    article: AnnotatedArticle, view: SentenceView, index: int, exclude: set[str]
) -> list[Mention]:
    """The two people named last before ``index`` (in its sentence or the one before), each
    standing for a state other than a contested party's, coordinated in one sentence:
    "Cuba's Miguel Díaz-Canel and Nicaragua's Daniel Ortega were the only foreign heads of
    state in the chamber; both have stood by Maduro". A plural pronoun never resolves to
    people otherwise, so such a pair named by their leaders was read as nobody."""
    contested = article.contested
    pair = last_two_named(
        article,
        view.char(index),
        view.sentence_id - 1,
        lambda m: (
            m.entity_type == "person"
            and bool(m.party_id)
            and m.party_id not in contested
            and m.entity_id not in exclude
        ),
    )
    if not pair or pair[0].sentence_id != pair[1].sentence_id:
        return []
    between = [article.tokens.lower(i) for i in range(pair[0].token_end, pair[1].token_start)]
    if "and" not in between or len(between) > LEADER_PAIR_GAP:
        return []
    return pair


def _expletive_it(view: SentenceView, index: int, end: int) -> bool:
    """Is "it" the dummy subject of an extraposed infinitive ("It is our duty to …", "it was
    right to …", "It would be a mistake to …")? Then it refers to nothing."""
    if view.lower(index + 1) not in {"is", "was", "'s", "’s", "would", "will", "remains"}:
        return False
    return any(view.lower(i) == "to" for i in range(index + 2, end))


def _two_states_before(
    article: AnnotatedArticle, view: SentenceView, index: int, exclude: set[str]
) -> list[Mention]:
    """The last two states named in the three sentences before "both governments" (or "the
    two countries"), the case's contested parties and home country and a compound's
    modifier ("a US-drafted resolution") left out: "… said Mexico's foreign
    minister … "who governs Venezuela" … at Uruguay's foreign ministry. Both governments
    have declined to recognise Guaidó" is Mexico and Uruguay."""
    contested = article.contested
    return last_two_named(
        article,
        view.char(index),
        view.sentence_id - PERSON_PAIR_REACH,
        lambda m: (
            m.entity_type == "country"
            and (m.party_id or m.entity_id) not in contested
            and m.entity_id not in exclude
            and article.tokens.lower(m.token_end) != "-"
        ),  # ("a US-drafted resolution")
    )


def _people_own_countries(view: SentenceView, index: int) -> bool:
    """ "their countries", "their governments": owned by people, each speaking for a state."""
    return view.lower(index) == "their" and view.lower(index + 1) in {"countries", "governments"}


def _people_before(view: SentenceView, index: int, exclude: set[str]) -> list[Mention]:
    """The people named before ``index`` in its sentence who can act, outside relative
    clauses: the owners "their countries" points back at."""
    return [
        m
        for m in view.mentions
        if m.token_end <= index
        and m.entity_type == "person"
        and m.entity_id not in exclude
        and is_actor_like(view, m)
        and not in_relative_clause(view.article, m)
    ]


def _both_as_subject(view: SentenceView, start: int, cue: int) -> bool:
    """ "Both" / "All" / "Neither" standing alone as the subject, a verb group (or the cue)
    right after ("Mexico and Uruguay say they are neutral. Neither recognises X.")."""
    if view.lower(start) not in {"both", "all", "neither"} or view.mention_starting(start + 1):
        return False
    following = view.lower(start + 1)
    return following in VERB_GROUP or following.endswith("ed") or start + 1 == cue


def _unnamed_before(view: SentenceView, start: int, cue: int) -> bool:
    text = view.article.text[view.char(start) : view.char(cue)]
    return bool(UNNAMED_GROUP.search(text))


# What may stand between a passive's last agent and the "including" that lists members of a
# part of its list: "…, Canada, most of the European Union and most of Latin America, including"
PART_OF_LIST_WORDS = frozenset({",", "and", "most", "much", "many", "of", "the", "parts", "all"})


def _list_goes_on_to_members(view: SentenceView, end: int) -> bool:
    """Does the agents' list go on, past parts of it named by quantity ("most of Latin
    America"), to an "including" / "among them" that lists members? Not past a negation, a
    relative clause or a new clause ("but not by most of Latin America, including Mexico";
    "Washington, which has imposed sanctions on officials, including …")."""
    for index in range(end, min(view.end, end + 16)):
        word = view.lower(index)
        if word in MEMBER_LIST_OPENERS:
            return True
        named = view.mention_covering(index) is not None or (
            view.article.tokens.text(index)[:1].isupper()  # a region: "Latin America"
        )
        if word not in PART_OF_LIST_WORDS and not named:
            return False
    return False


def _unnamed_after(view: SentenceView, by: int) -> bool:
    end = clause_end(view, by)
    text = view.article.text[view.char(by) : view.article.tokens.end(end - 1)]
    return bool(UNNAMED_GROUP.search(text))


def _row(
    article: AnnotatedArticle,
    view: SentenceView,
    actor: Mention | None,
    stance: str,
    subject: Mention,
    mood: str,
) -> dict:
    return {
        **article.provenance(view.sentence_id),
        "actor_id": actor.entity_id if actor else None,
        "actor_name": actor.name if actor else None,
        "party_id": actor.party_id if actor else None,
        "stance": stance,
        "subject_id": subject.entity_id,
        "subject_name": subject.name,
        "modality": mood,
    }


def _unique(rows: list[dict]) -> list[dict]:
    """Rows without duplicates, nor any of a party toward itself ("Putin backs Russia": a
    pronoun resolved to the object's own side)."""
    seen = set()
    unique = []
    for row in rows:
        if row["subject_id"] in {row["actor_id"], row["party_id"]}:
            continue
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
