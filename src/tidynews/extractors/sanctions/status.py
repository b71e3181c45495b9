"""Sanctions' status: imposed, existing, proposed, threatened, lifted or negated, read from the
words between the imposer and the cue (modals, negations, "urged", "warned", "lifted") and
from around the measure ("since …", "in force", "under"). Background acts, dated before the
news ("in January 2018" in a 2019 article, "had frozen", "last August"), are existing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...document import AnnotatedArticle, Mention
from ...people import FROZEN_THINGS, POSSESSIVES
from ..clauses import (
    BLOCKING_VERBS,
    BULLETS,
    CLAUSE_BOUNDARIES,
    CONDITION_WORDS,
    DENIALS,
    MODALS,
    MONTH_WORDS,
    OPPOSING_ACTS,
    OWNING_DETERMINERS,
    PLAIN_NEGATIONS,
    RELATIVE_WORDS,
    STRONG_BOUNDARIES,
    SUBORDINATORS,
    VERB_GROUP,
    SentenceView,
    clause_end,
    clause_start,
    conjoined_clause_start,
    date_word,
    finite_verb_word,
    fronted_nor,
    has_condition,
    has_negation,
    look_back,
    neither_nor,
    previous_sentence,
    sentence_view,
    strong_end,
    window_words,
)
from ..numbers import MONTH_NAMES
from .imposers import (
    CONDEMNING_VERBS,
    MEASURE_MODIFIERS,
    NEWS_DAYS,
    ROUND_NOUNS,
    _fronted_predicate,
    _imposing_verb_between,
    _modifier_run,
    _perfect_in_an_aside,
    _reduced_relative,
    _relative_on_measure,
    _spelled_out_after_colon,
    _waged,
    adopting_verb_of_content,
    attribution_comma,
    blamed_for_its,
    first_of_coordinated_that,
    owning_pronoun,
    participle_agent,
    relative_aside,
)
from .targets import FROZEN_PARTICIPLES, MORE_WORDS, OWNER_PRONOUNS, _count
from .vocabulary import (
    ADVOCATING,
    DECISION_VERBS,
    DELISTING_VERBS,
    DETERMINERS,
    DUE_TO,
    EXEMPTING_VERBS,
    EXISTING,
    FACE_VERBS,
    GENERAL_MEASURES,
    GROUP_KINDS,
    IMPOSING_VERBS,
    LIFTED,
    LIST_ADD_VERBS,
    MEASURE_ADJECTIVES,
    NOUN_MEASURES,
    PASSIVE_AUXILIARIES,
    PREPOSITION_INGS,
    PROPOSED,
    REPORTING_VERBS,
    RETALIATING_WORDS,
    THREATENED,
    TRIED_ACTS,
    TRYING,
    VAGUE_MULTITUDES,
    VETOES,
    Cue,
    Targets,
)

# Entry bans in other words: "refusing entry to", "stop X from entering"
REFUSING_ENTRY = DENIALS | {"refuse", "refuses", "refused", "refusing"}
CLOSING_VERBS = frozenset({"close", "closes", "closed", "closing", "shut", "shuts", "shutting"})
# What a state closes to another's planes, ships or people, and the measure that makes
CLOSED_SPACES = {
    "airspace": "airspace ban",
    "skies": "airspace ban",
    "ports": "port ban",
    "harbours": "port ban",
    "harbors": "port ban",
    "border": "travel ban",  # "closed its border to Russian tourists"
    "borders": "travel ban",
    "frontier": "travel ban",
    "frontiers": "travel ban",
}


def anchor_of(cue: Cue) -> int:
    """The token a cue's clause is read from (the governing verb for list and SWIFT cues)."""
    return cue.verb if cue.form in {"swift", "list_add", "list_drop"} else cue.index


FACED_ADJECTIVES = frozenset(
    """further new more tougher possible being comparable similar such the same secondary
    additional fresh harsher stiffer""".split()
)


RISK_VERBS = frozenset({"risk", "risks", "risked", "risking"})


def _face_verb(view: SentenceView, cue: int) -> int:
    """The "face" / "risk" governing the measure ('would face further sanctions', 'risk US
    sanctions': past adjectives and the imposer's name), or -1."""
    index = cue - 1
    while view.lower(index) in FACED_ADJECTIVES or (
        (view.mention_covering(index) is not None or view.lower(index) in MEASURE_MODIFIERS)
        and index >= cue - 6  # "faces a near-total U.S. embargo"
    ):
        index -= 1
    return index if view.lower(index) in FACE_VERBS else -1


def _threat_faced(view: SentenceView, cue: int) -> bool:
    """'risk US sanctions', 'could face penalties': a measure the target is threatened with."""
    verb = _face_verb(view, cue)
    if verb < 0:
        return False
    return view.lower(verb) in RISK_VERBS or view.lower(verb - 1) in (
        {"could", "would", "may", "might", "will", "'ll", "can"}
    )


# Verbs that hit their object "with" a measure: "targeted four judges with sanctions".
HIT_WITH_VERBS = frozenset(
    """target targets targeted targeting hit hits hitting slap slaps slapped slapping punish
    punishes punished punishing""".split()
)


# The heads of measure phrases a coordinated measure may follow: "hit with an asset freeze
# and travel ban", "with sanctions and a travel ban"
COORDINATED_MEASURE_HEADS = frozenset(
    """sanctions freeze freezes ban bans embargo embargoes curbs restrictions""".split()
)


def _hit_with(view: SentenceView, cue: int) -> tuple[int, int] | None:
    """For '<verb> X with (new) sanctions', 'X was hit with sanctions' or 'subjected X to
    sanctions', the verb's position and the "with"'s (or "to"'s), if so. A measure
    coordinated after another shares its "with" ("hit with a UK asset freeze and travel
    ban")."""
    position = cue - 1
    while True:
        word = view.lower(position)
        if word in MEASURE_ADJECTIVES or word in MEASURE_MODIFIERS:
            position -= 1  # "hit Roman Abramovich with an asset freeze"
            continue
        if word in {"and", ","} and view.lower(position - 1) in COORDINATED_MEASURE_HEADS:
            position -= 2  # "… asset freeze and travel ban": back to the first measure
            continue
        if word == "of" and view.lower(position - 1) in PACKAGE_HEADS:
            position -= 2  # "target Russia with a round of sanctions", "a raft of measures"
            continue
        imposer = view.mention_covering(position)
        if imposer is None or imposer.entity_type not in {"country", "org"}:
            break
        position = imposer.token_start - 1  # "was hit with EU sanctions"
    linking = view.lower(position)
    if linking not in {"with", "to"}:
        return None
    verbs = HIT_WITH_VERBS if linking == "with" else SUBJECTING_VERBS
    for verb in range(position - 1, max(view.start, position - 10) - 1, -1):
        word = view.lower(verb)
        if word in verbs:
            return verb, position
        if word in CLAUSE_BOUNDARIES or word in {",", "."}:
            break
    return None


# Verbs that put their object under a measure with "to": "subjected 11 officials to sanctions"
SUBJECTING_VERBS = frozenset({"subject", "subjects", "subjected", "subjecting"})


# Nouns of an amount of measures: "a (new) round of sanctions", "a package of measures"
PACKAGE_HEADS = ROUND_NOUNS | {"package", "packages", "wave", "raft", "series", "set", "slew"}


FRESH_WORDS = frozenset({"new", "fresh", "latest"})
TALKING_VERBS = frozenset("spoke spoken speak speaks speaking talk talks talked talking".split())
LOOKING_VERBS = frozenset("look looks looking looked".split())


def _talked_of(words: list[str]) -> bool:
    """'spoken of further sanctions', 'talked about an embargo', 'was looking at additional
    sanctions': a measure talked of or looked at, not yet taken (whatever "previously" says
    of the talking)."""
    return any(
        (word in TALKING_VERBS and following in {"of", "about"})
        or (word in LOOKING_VERBS and following in {"at", "into"})
        for word, following in pairwise(words)
    )


def _risked_hit(view: SentenceView, cue: int) -> bool:
    """ "risks being hit with EU sanctions": a hit the target risks, a threat."""
    hit = _hit_with(view, cue)
    if hit is None:
        return False
    before = hit[0] - 1
    while before > view.start and view.lower(before) in {"being", "be", "getting", "get"}:
        before -= 1
    return view.lower(before) in RISK_VERBS


def _default_status(view: SentenceView, cue: Cue, imposers: list[Mention]) -> str:
    """A measure named by its imposer with no act of imposing ('U.S. sanctions on Venezuela')
    is one already in force, and so is one a participle presupposes ("officials sanctioned by
    Tokyo")."""
    if _reduced_relative(view, cue):
        return "existing"  # "one of seven officials sanctioned by the Obama administration"
    if cue.form != "noun" or _hit_with(view, cue.index) is not None:
        return "imposed"  # ("was hit with EU sanctions": hitting is the act)
    verb = cue.index + 1 + (view.lower(cue.index + 1) in {"also", "have", "had"})
    if view.lower(verb) in PAST_TARGETING:
        return "imposed"  # "The U.K. sanctions targeted top Russian officials": the act told
    if blamed_for_its(view, cue.index) >= 0:
        return "existing"  # "denounced the US for its sanctions": the measure as it stands
    modifiers = {m.entity_id for m in _modifier_run(view, cue.index)}
    owned = modifiers and {m.entity_id for m in imposers} <= modifiers
    if _exempted_from_it(view, cue.index):
        return "existing"  # "a licence exempting it from sanctions on the oil sector"
    if _response_cause(view, cue.index):
        return "existing"  # "as retaliation for Canberra's sanctions on Moscow"
    if _sourced_in_passing(view, cue.index) or _present_relative(view, cue.index):
        return "existing"  # "rejects the coercive measures applied by the United States"
    if owned or owning_pronoun(view, cue.index) is not None:  # ("Its sanctions on X are …")
        start = clause_start(view, cue.index)
        fresh = any(view.lower(i) in FRESH_WORDS for i in range(start, cue.index))
        if not fresh and not _imposing_verb_between(view, start, cue.index):
            # "The EU's ban on Russian coal came into force on Monday" (the news); "is due to
            # start in February" (decided, not yet in force)
            return (
                _taking_effect(view, start, cue.index) or "existing"
            )  # ("The new EU measures target 11 officials": the news)
    return "imposed"


def _sourced_in_passing(view: SentenceView, cue: int) -> bool:
    """Is the measure named with its source participle ("the sanctions imposed by the United
    States") as the object of some other act, with no imposing verb, fresh word or news
    day in its clause? Then the sentence is about the measure as it stands, not the act
    of imposing it ("the declaration rejects the measures applied by the US against
    Venezuela")."""
    if participle_agent(view, cue + 1) < 0:
        return False
    start = clause_start(view, cue)
    if any(view.lower(i) in FRESH_WORDS for i in range(start, cue)):
        return False
    if any(view.lower(i) in PAST_REACTIONS for i in range(start, cue)):
        return False  # "Russia condemned the sanctions imposed by Washington": the day's act
    if _imposing_verb_between(view, start, cue):
        return False
    return NEWS_DAYS.isdisjoint(window_words(view, start, strong_end(view, cue)))


# A reaction told in the past reacts to the day's act; in the present ("the declaration
# rejects the measures applied by …") to the regime as it stands
PAST_REACTIONS = frozenset(w for w in CONDEMNING_VERBS if w.endswith("ed")) | {"rejected"}


EXEMPTION_NOUNS = frozenset({"exemption", "exemptions", "waiver", "waivers", "carve-out"})
EXEMPTION_REACH = 5  # tokens from "from" back to "exempting it", "an exemption for X"


def _exempted_from_it(view: SentenceView, cue: int) -> bool:
    """Is the measure what someone is exempted from ("a licence exempting it from sanctions
    on Venezuela's oil sector", "a waiver from the sanctions")? An exemption presupposes the
    measure in force."""
    position = cue - 1
    while view.lower(position) in DETERMINERS or view.lower(position) in MEASURE_MODIFIERS:
        position -= 1
    if view.lower(position) != "from":
        return False
    for index in range(position - 1, max(view.start, position - EXEMPTION_REACH) - 1, -1):
        word = view.lower(index)
        if word in EXEMPTING_VERBS or word in EXEMPTION_NOUNS:
            return True
        if word in CLAUSE_BOUNDARIES or word == ",":
            return False
    return False


# Nouns and verbs of answering an act; the measure they answer stood before the answer
ANSWERING_WORDS = RETALIATING_WORDS | {"reaction", "answer", "revenge", "riposte"}
CAUSE_PREPOSITIONS = frozenset({"for", "to", "against", "at"})
RESPONSE_CAUSE_REACH = 12  # tokens of "for Canberra's 'unfriendly actions' including the suite of"


def _response_cause(view: SentenceView, cue: int) -> bool:
    """Is the measure what an answer answers ("entry bans … as retaliation for Canberra's
    sanctions on Moscow", "in response to Western sanctions")? It was in force before the
    answer, which is the news."""
    for index in range(cue - 1, max(view.start, cue - RESPONSE_CAUSE_REACH) - 1, -1):
        word = view.lower(index)
        if word in {";", ".", ":", "by"} or word in STRONG_BOUNDARIES:
            return False  # ("responded to it by imposing sanctions": the answer itself)
        if word in CAUSE_PREPOSITIONS and view.lower(index - 1) in ANSWERING_WORDS:
            return True
    return False


# Present-tense imposing verbs of a relative clause on a measure: the regime as it stands
PRESENT_IMPOSING = frozenset(
    "impose imposes apply applies maintain maintains enforce enforces keep keeps".split()
)


def _present_relative(view: SentenceView, cue: int) -> bool:
    """Is the measure described by a relative clause whose imposer holds it now, in the
    simple present with no auxiliary ("the coercive measures that the United States applies
    against Venezuela, Cuba and Nicaragua")? A rule kept up is in force, not news."""
    run, verb = _relative_on_measure(view, cue, set())
    if verb < 0 or view.lower(verb) not in PRESENT_IMPOSING:
        return False
    return bool(run) and view.lower(verb - 1) not in VERB_GROUP


# A measure's own past verb of whom it hit: the act told, not a regime described
PAST_TARGETING = frozenset({"targeted", "covered"})


# A measure's entry into force: the reported event, not a description of one in force
TAKING_EFFECT = frozenset(
    {
        ("took", "effect"),
        ("takes", "effect"),
        ("take", "effect"),
        ("came", "into"),
        ("comes", "into"),
        ("come", "into"),
        ("entered", "into"),
        ("enters", "into"),
        ("kicked", "in"),
        ("kicks", "in"),
    }
)


STARTING_WORDS = frozenset({"start", "begin", "apply"})
ALONGSIDE = frozenset({"alongside", "together", "along"})
SCHEDULED = frozenset({("due", "to"), ("set", "to"), ("expected", "to")})


def _taking_effect(view: SentenceView, start: int, cue: int) -> str | None:
    """The status a measure's entry into force in its own clause gives: "imposed" when it
    took effect ("… ban on Russian coal came into force on Monday", "The cap, which takes
    effect on Monday together with the EU's ban"), "proposed" when it is still to ("is due
    to start in February", "will take effect"), None when the clause says neither or dates
    the entry by a month (left to the dating rules)."""
    relative = start > view.start and view.lower(start - 1) in {"which", "that"}
    first = start - 1 if relative else start
    if view.lower(start) in ALONGSIDE or view.lower(start + 1) == "with":
        first = view.start  # "…is due to start in February, alongside an EU ban on …"
    words = window_words(view, first, strong_end(view, cue))
    pairs = set(pairwise(words))
    scheduled = bool(pairs & SCHEDULED) or not FUTURE_MODALS.isdisjoint(words)
    if scheduled and (pairs & TAKING_EFFECT or not STARTING_WORDS.isdisjoint(words)):
        return "proposed"
    if not MONTH_WORDS.isdisjoint(words):
        return None  # "which entered into force on December 5": a dated act, read as such
    return "imposed" if pairs & TAKING_EFFECT else None


IRREGULAR_PASTS = frozenset({"froze", "seized", "shut", "hit", "slapped", "put", "set"})


def _own_past_conjunct(view: SentenceView, cue: Cue, words: list[str]) -> list[str]:
    """A past-tense verb coordinated after another predicate has its own status: in "Japan
    said it would join the move … and froze the assets of Mr Putin" the freeze happened, so
    the words before that "and" do not set it. A base form shares the modal ("would freeze
    X and ban Y")."""
    if cue.form == "noun" and words[:1] == ["and"]:
        return _perfect_shared_by_noun_conjunct(view, cue, words)
    at = cue.index
    if cue.form == "noun" and view.lower(at - 1) in IMPOSING_VERBS:
        at -= 1  # "revoked a separate licence and reimposed sanctions on Minerven"
    elif cue.form not in {"verb", "freeze"}:
        return words
    if view.lower(at - 1) != "and":
        return words
    verb = view.lower(at)
    if "and" not in words:
        return words
    after_and = len(words) - words[::-1].index("and")
    if verb.endswith("ing"):
        # "…, banning exports of goods that could be used as weapons and blocking dealings
        # with four banks": the second participle shares the first's status, whatever the
        # first's object says
        opener = _participle_opener(words[:after_and])
        return words[: opener + 2] + words[after_and:] if opener >= 0 else words
    if not (verb.endswith("ed") or verb in IRREGULAR_PASTS):
        return words
    before = words[: after_and - 1]
    perfect = [i for i, word in enumerate(before) if word in {"has", "have", "had"}]
    if perfect and _one_predicate(before[perfect[-1] + 1 :]):
        # "has already frozen the assets of … and barred US companies from …": a participle
        # sharing the perfect (and its adverbs) of the verb before it
        group = before[perfect[-1] : perfect[-1] + 1]
        group += [word for word in before[perfect[-1] + 1 : perfect[-1] + 3] if word in EXISTING]
        return group + words[after_and:]
    return words[after_and:]


def _perfect_shared_by_noun_conjunct(view: SentenceView, cue: Cue, words: list[str]) -> list[str]:
    """A conjunct "and imposed sanctions on …" whose window starts at its "and" shares the
    perfect of the predicate before it: in "Japan had already frozen the assets of Mr Putin
    and Mr Lavrov and imposed sanctions on Russia's central bank" the sanctions, too, were in
    force before the news. ``words`` run from that "and" to the measure, unbroken."""
    conjunction = cue.index - len(words) + 1
    verb = words[1] if len(words) > 2 else ""
    if view.lower(conjunction) != "and" or not (verb.endswith("ed") or verb in IRREGULAR_PASTS):
        return words
    before = window_words(view, clause_start(view, conjunction - 1), conjunction)
    perfect = [
        i
        for i, word in enumerate(before)
        if word in {"has", "have", "had"} and before[i - 1 : i] not in (["has"], ["have"])
    ]  # (not the participle of "has had enough")
    if not perfect or not _one_predicate(before[perfect[-1] + 1 :]):
        return words
    group = before[perfect[-1] : perfect[-1] + 1]
    group += [word for word in before[perfect[-1] + 1 : perfect[-1] + 3] if word in EXISTING]
    return group + words[1:]


# Words that open a predicate of their own between a perfect and the "and" of its conjunct
OTHER_PREDICATE_WORDS = frozenset(
    "is are was were has have had will would said says which who that but while".split()
)


def _one_predicate(words: list[str]) -> bool:
    """Do the words after a perfect's auxiliary, up to the conjunct's "and", hold no other
    predicate? Commas may set off an apposition ("has frozen the assets of the state oil
    company, PDVSA, and sanctioned …"), not a clause of their own."""
    return OTHER_PREDICATE_WORDS.isdisjoint(words)


def _own_modal_conjunct(words: list[str]) -> list[str]:
    """A predicate coordinated with its own modal has its own status: in "Japan cannot
    overlook this and will respond by imposing strong sanctions" the negation is the first
    predicate's, so the words before that "and" do not set the measure's."""
    for position in range(len(words) - 2, 0, -1):
        if words[position] == "and" and words[position + 1] in MODALS:
            return words[position + 1 :]
    return words


def _participle_opener(words: list[str]) -> int:
    """The position of the comma opening the last ", V-ing" clause in ``words``, or -1."""
    for position in range(len(words) - 2, -1, -1):
        if words[position] == "," and words[position + 1].endswith("ing"):
            return position
    return -1


PROPOSAL_NOUNS = frozenset("proposal proposals plan plans bid move attempt idea push".split())
PROPOSAL_ADJECTIVES = frozenset({"proposed", "planned", "mooted"})  # ("possible": often a threat)
DROPPING = BLOCKING_VERBS | frozenset(
    "dropped abandoned shelved scrapped rejected withdrawn killed defeated failed".split()
)
ADOPTING = frozenset({"adopted", "approved", "passed", "enacted", "agreed"})
# Where the proposal's own predicate ends: another clause's verb is not its fate
FATE_STOPS = SUBORDINATORS | {"even", "whereas"}


def _past_participle_clause(words: list[str]) -> list[str]:
    """The words after the last ", V-ing" clause opener: in "has not followed Washington in
    targeting state companies, preferring travel bans on officials" the negation stays with
    the main verb; the participle says what the subject does instead."""
    opener = _participle_opener(words)
    return words[opener + 1 :] if opener >= 0 else words


def _after_but(words: list[str]) -> list[str]:
    """The words after the last "but": a denial before it is another predicate's ("not only
    rejects a price cap but bans sending crude …", "did not recognise X but imposed …")."""
    last = len(words) - 1 - words[::-1].index("but") if "but" in words else -1
    return words[last + 1 :] if last >= 0 else words


# Verbs that ask for a measure ("called for", "demanded", "had pressed for a full ban on
# Russian diamonds", "pushed for")
CALLING = frozenset(
    """call calls called calling demand demands demanded press presses pressed pressing push
    pushes pushed pushing""".split()
)


def _called_for(words: list[str]) -> bool:
    """ "called for" (or "demanded") the measure, with at most a short phrase between the verb
    and "for" ("called in a non-binding resolution for an embargo"): asked for, not done."""
    for position, word in enumerate(words):
        if word in CALLING and word.startswith("demand"):
            return True
        if word in CALLING and "for" in words[position + 1 : position + 9]:
            return True
    return False


def _standing_passive(view: SentenceView, cue: int) -> bool:
    """A present passive with "also", "still" or "already" ("are also sanctioned by",
    "is still listed"): a standing fact, not the news."""
    return (
        view.lower(cue - 1) in {"also", "still", "already"}
        and view.lower(cue - 2) in {"is", "are"}
        and view.lower(cue).endswith("ed")
    )


def _proposal_of(view: SentenceView, cue: Cue) -> str:
    """The status a proposal gives the measure: "A proposal to put Patriarch Kirill on the
    EU's blacklist" and "the EU's proposed embargo" are proposed; negated when their own
    predicate says they were dropped (blocked, vetoed, shelved, failed), imposed when it says
    they were adopted (approved, passed); "" when no proposal governs the measure."""
    verb = cue.verb if cue.verb >= 0 else cue.index
    noun = view.lower(verb - 1) == "to" and view.lower(verb - 2) in PROPOSAL_NOUNS
    adjective = cue.form == "noun" and view.lower(cue.index - 1) in PROPOSAL_ADJECTIVES
    if not (noun or adjective):
        return ""
    if noun and _no_plan(view, verb - 2):
        return "negated"  # "the bloc had no immediate plans to add names to its list"
    for index in range(cue.index + 1, view.end):
        word = view.lower(index)
        if word in FATE_STOPS or word in STRONG_BOUNDARIES:
            break
        if word in DROPPING:
            return "negated"
        if word in ADOPTING:
            return "imposed"
    return "proposed"


PLAN_QUALIFIERS = frozenset({"immediate", "current", "further", "concrete", "new", "such"})


def _no_plan(view: SentenceView, noun: int) -> bool:
    """Is the proposal noun denied by "no" ("has no plans to", "no immediate plans to")?"""
    before = noun - 1
    if view.lower(before) in PLAN_QUALIFIERS:
        before -= 1
    return view.lower(before) == "no"


def _status(view: SentenceView, first: int, cue: Cue, targets: Targets, default: str) -> str:
    if view.lower(cue.index) in CLOSED_SPACES:
        # "would also close EU ports to …": the owner of the ports stands after the verb, and
        # the verb's own modal says the status
        closing = look_back(view, cue.index, CLOSING_VERBS, 3)
        while closing > view.start and view.lower(closing - 1) in VERB_GROUP:
            closing -= 1  # "would also close"
        first = min(first, closing) if closing >= 0 else first
    # a visa cue is its revoking verb, which says the act, not a lifting; so is a suspending
    # verb that is the cue ("suspended dealings with the central bank")
    verb_is_cue = cue.form == "visa" or (
        cue.form == "verb"
        and view.lower(cue.index) in LIFTED
        and view.lower(cue.index) not in DELISTING_VERBS  # (a delisting is a lifting)
    )
    last = cue.index if verb_is_cue else cue.index + 1
    if first > cue.index:  # a relative clause after the measure: "the sanctions X had imposed"
        last = next(
            (i + 1 for i in range(first, view.end) if view.lower(i) in IMPOSING_VERBS), first
        )
    words = _own_modal_conjunct(
        _own_past_conjunct(view, cue, _without_relative_clauses(window_words(view, first, last)))
    )
    if _reduced_relative(view, cue):
        # "would not name the individuals sanctioned by Australia": the main clause's
        # negation or modal is not the participle's; only its own adverb counts
        words = words[-2:]
    if words and view.lower(cue.index) in REFUSING_ENTRY:
        words = words[:-1]  # "are refusing entry to …": the refusal is the measure, no negation
    after = window_words(view, cue.index + 1, strong_end(view, cue.index))
    # a lifting word near the measure ("expect relief, and warned … they could face further
    # sanctions" lifts nothing)
    lifting = words[-8:]
    if cue.form == "swift" and cue.verb >= first:
        # "remove Russian banks from SWIFT": the removal is the measure itself
        lifting = window_words(view, max(first, cue.verb - 8), cue.verb)
    elif cue.form in {"freeze", "verb", "visa"} and "," in lifting:
        # "would suspend bond sales, freeze the assets of …": another predicate's lifting
        lifting = lifting[len(lifting) - lifting[::-1].index(",") :]
    if targets.exempted:
        return "negated"  # spared the measure: it was not imposed on them
    if adopting_verb_of_content(view, cue.index) >= 0:
        return "imposed"  # "agreed to a package of sanctions that will include a ban on …"
    lifting_named = any(word in LIFTED for word in lifting)
    if (
        lifting_named
        and cue.form != "list_drop"
        and _lifting_not_done(words)
        # ("announced that it would ease most of the sanctions": a lifting decided is done)
        and not _announced_decision(view, first, words, cue.index)
    ):
        # "refused to lift", "weighing whether to lift", "calling on Washington to lift
        # sanctions on Venezuela": a lifting not done, so the measure is still in force (and
        # no proposal to impose it)
        return "existing"
    proposal = _proposal_of(view, cue)
    if proposal:  # "A proposal to put Kirill on the EU's blacklist was dropped"
        return proposal
    if lifting_named or cue.form == "list_drop":
        if cue.form == "list_drop" and INSISTENCE & set(after):
            return "negated"  # "dropped from the sanctions list at Hungary's insistence"
        return "lifted"
    lifted_after = _passive_lifting_after(after)
    if lifted_after:  # "sanctions on officials could be lifted if …", "… were eased"
        return lifted_after
    if _not_ruled_out(words) or _without_hesitation(words):
        return "threatened"  # "did not rule out new sanctions": kept open as a threat
    if default == "imposed" and _named_as_sanctioned(view, cue.index):
        return "existing"  # "belongs to the sanctioned Russian billionaire Suleiman Kerimov"
    if _objection_denied(words):
        # "Athens has not objected to the EU's restrictive measures": the objection is
        # denied, the measures stand
        return "existing" if default == "imposed" else default
    if (
        has_negation(_after_but(_past_participle_clause(words)))
        or _vetoed(words)
        # ("nor joined the sanctions that the US has imposed": the relative clause's own act
        # after the measure is not the pair's)
        or (neither_nor(view, cue.index) and first <= cue.index)
        or _none_of_which(view, cue.index)
    ):
        return "negated"
    if fronted_nor(view, cue.index):
        return "negated"  # "Nor has Brazil imposed sanctions"
    if _rejection_of(view, cue.index):
        return "negated"  # "the rejection of sanctions against Russia"
    if any(word in THREATENED for word in words) or _threat_clause(view, cue.index):
        return "threatened"
    if _conditional_future(view, cue.index):
        return "threatened"  # "further sanctions would follow if Russian forces moved …"
    if _power_to(view, cue.index):
        return "threatened"  # "gave Washington the authority to sanction foreign companies"
    if _whoever_does(words, after, targets):
        return "threatened"  # "could sanction countries that help Russia"
    if after[:1] in (["will"], ["would"], ["'ll"]) and "be" in after[1:3]:
        # "a full embargo will be placed on Cuba": announced, not done; under a condition
        # or a warning, a threat
        if _threat_clause(view, cue.index) or has_condition(view, cue.index):
            return "threatened"
        return "proposed"
    if (cue.form == "noun" or view.lower(cue.index - 1) == "being") and _threat_faced(
        view, cue.index
    ):  # ("risked being sanctioned themselves")
        return "threatened"  # "Turkey could face penalties", "banks risk US sanctions"
    if _risked_hit(view, cue.index):
        return "threatened"  # "Venezuela risks being hit with EU sanctions"
    # (for "added X to its sanctions list" the adding is the act, not "in addition to")
    held = [w for w in words if w not in LIST_ADD_VERBS] if cue.form == "list_add" else words
    if _off_the_table(after[:12]):
        return "negated"  # "sanctions on state companies were not on the table"
    if _on_the_table(after[:8]):
        return "proposed"  # "sanctions on the financial sector were under consideration"
    if _talked_of(words):
        return "proposed"  # "officials have previously spoken of further sanctions"
    if _standing_passive(view, cue.index):
        return "existing"  # "Both are also sanctioned by the US, the EU and Canada"
    if _fronted_predicate(view, cue.index) and not EXISTING.intersection(held):
        # "Britain froze the assets of seven oligarchs. Also subject to the freeze are A and
        # B": more targets of the act just told, not a measure described as in force
        held = [word for word in held if word not in {"subject", "to"}]
    if _in_force(held, _before_a_participle_clause(after), targets) or _waged(view, cue.index):
        return "existing"  # (a campaign waged, a regime maintained: kept up, so in force)
    if "whose" in words[:2] and not _imposing_verb_between(view, first, cue.index):
        return "existing"  # "the EU, whose sanctions are limited to … travel bans": held
    if default == "imposed" and _perfect_in_an_aside(view, anchor_of(cue)):
        return "existing"  # "Roman Abramovich, whose assets have been frozen by Britain, …"
    if default == "imposed" and _dated_in_an_aside(view, anchor_of(cue)):
        return "existing"  # "Washington, which reimposed its sanctions in April, has said …"
    if _perfect_at(view, cue.index) and _since_a_starting_point([], after):
        return "existing"  # "The US, which has sanctioned PDVSA … since January, says …"
    if _perfect_object(view, cue) and _since_a_date_past_the_targets(after):
        # "has imposed sanctions on PDVSA, on the central bank and on the government, freezing
        # its assets since August 2019": the record's start may follow a long list of targets
        return "existing"
    opening = window_words(view, view.start, first)
    if default == "imposed" and _background_opening(opening):
        return "existing"  # "Previously, a coalition … set the price cap at $60"
    since_then = _since_opening(opening) and NEWS_DAYS.isdisjoint(words)
    if {"has", "have"} & set(words) and (_since_a_year(opening) or since_then):
        return "existing"  # "Since 2017, Washington has imposed sanctions on Minerven"
    if {"has", "have"} & set(words) and _since_a_month_before_the_news(
        view.article, window_words(view, view.start, cue.index), words
    ):
        return "existing"  # "Since January Washington has blocked …" (in an August article)
    advocated = any(word in ADVOCATING for word in words[-4:])  # "supports the sanctions"
    if _announced_decision(view, first, words, cue.index):
        return "imposed"  # "announced that Switzerland would take over the EU's sanctions"
    if advocated or any(word in PROPOSED for word in words) or _on_the_table(after):
        return "proposed"
    if _trying_to(words):
        return "proposed"  # "EU governments are trying to finalise a 12th package"
    if _called_for(words):
        return "proposed"  # "the European Parliament called (in a resolution) for an embargo"
    if not DUE_TO.isdisjoint(pairwise(words)) or _set_to(words):
        return "proposed"  # "is due to", "The EU is set to sanction seven more officials"
    if not COMMITTED_TO.isdisjoint(pairwise(words)):
        return "proposed"  # "said they were committed to removing selected banks from SWIFT"
    if default == "imposed" and _dated_when_clause(view, anchor_of(cue)):
        return "existing"  # "measures announced on Friday, when the EU froze …": background
    if default == "imposed" and _lagging_act(view, anchor_of(cue)):
        return "existing"  # "…, a week after it froze PDVSA's assets": before the news
    if default == "imposed" and _running_tally(view, cue, words, after, targets):
        return "existing"  # "Canada has sanctioned more than 100 Venezuelan officials"
    if default == "imposed" and _past_perfect(view, first, cue.index, words):
        return "existing"  # "The Treasury had blacklisted the central bank": before the news
    if default == "imposed" and _dated_before_the_news(view, anchor_of(cue)):
        return "existing"  # "… were added to the list in September 2018" (in a 2020 article)
    return default


DATE_PREPOSITIONS = frozenset({"in", "since", "of", "during"})
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


ATTRIBUTIVE_PARTICIPLES = frozenset({"sanctioned", "blacklisted"})
DESCRIBED_NAME_REACH = 4  # words of a description between "the sanctioned" and the name


def _named_as_sanctioned(view: SentenceView, cue: int) -> bool:
    """Is the participle a description of a person or firm named right after it ("the
    sanctioned Russian billionaire Suleiman Kerimov", "a blacklisted Moscow bank, VTB" stops
    at its comma)?
    The name is described as under the measure already: in force."""
    if view.lower(cue) not in ATTRIBUTIVE_PARTICIPLES or view.lower(cue - 1) not in {"the", "a"}:
        return False
    for index in range(cue + 1, min(view.end, cue + 2 + DESCRIBED_NAME_REACH)):
        mention = view.mention_starting(index)
        if mention is not None and mention.kind != "demonym":
            return mention.entity_type in {"person", "org"}
        if not view.lower(index).isalpha() and view.mention_covering(index) is None:
            return False
    return False


# Verbs of objecting to a measure: denied, they leave it standing
OBJECTING_VERBS = OPPOSING_ACTS | frozenset(
    "object objects objected objecting challenge challenges challenged challenging".split()
)


def _objection_denied(words: list[str]) -> bool:
    """Is the measure the object of a denied objection ("has not objected to", "did not
    oppose", "never challenged")?"""
    for position, word in enumerate(words[:-1]):
        if word in PLAIN_NEGATIONS and words[position + 1] in OBJECTING_VERBS:
            return True
    return False


def _set_to(words: list[str]) -> bool:
    """ "is set to", "are set to": planned, not done."""
    return any(
        words[i] in {"is", "are", "was", "were"} and words[i + 1] == "set" and words[i + 2] == "to"
        for i in range(len(words) - 2)
    )


# A commitment to a measure is a pledge of it, not the act ("committed to removing …")
COMMITTED_TO = frozenset({("committed", "to"), ("commitment", "to"), ("commitments", "to")})


def _latest_year(article: AnnotatedArticle) -> int:
    """The article's own year: its publication date's, else the latest year it names (once)."""
    if "latest year" not in article.shared:
        years = [int(year) for year in _YEAR.findall(article.text)]
        if article.published:
            years.append(int(article.published[:4]))
        article.shared["latest year"] = max(years, default=0)
    return article.shared["latest year"]


def _since_a_month_before_the_news(
    article: AnnotatedArticle, before: list[str], words: list[str]
) -> bool:
    """A present perfect counted from a month before the publication's: "Since January
    Washington has blocked …", or "has since sanctioned" after an act "in January" in the
    same sentence (an August article): a record up to now, in force before the news.
    ``before`` are the sentence's words up to the measure, ``words`` the clause's."""
    since = [i for i, word in enumerate(before) if word == "since"]
    if not since:
        return False
    for index in since:
        following = before[index + 1 : index + 3]
        if following[:1] and following[0] in MONTH_NUMBERS:
            stated = following[1] if len(following) > 1 and following[1].isdigit() else ""
            if stated:
                return _months_before_the_news(article, following[0], int(stated)) > 0
            return _months_before_the_news(article, following[0]) >= BARE_MONTH_MARGIN
    if not any(pair in HAS_SINCE for pair in pairwise(words)):
        return False
    return any(
        word in MONTH_NUMBERS
        and before[i - 1] == "in"
        and _months_before_the_news(article, word) >= BARE_MONTH_MARGIN
        for i, word in enumerate(before)
        if i > 0
    )


def _months_before_the_news(article: AnnotatedArticle, month: str, year: int | None = None) -> int:
    """How many months "<month> [<year>]" lies before the publication's (negative when after
    it; 0 when the date or the month is unknown). A month named without its year is the
    latest one not after the publication's: "November" in a January article is two months
    before, "January" in it none."""
    if not article.published or month not in MONTH_NUMBERS:
        return 0
    published_year, published_month = int(article.published[:4]), int(article.published[5:7])
    if year is None:
        return (published_month - MONTH_NUMBERS[month]) % 12
    return (published_year - year) * 12 + published_month - MONTH_NUMBERS[month]


HAS_SINCE = frozenset({("has", "since"), ("have", "since")})


SEASONS = frozenset({"year", "spring", "summer", "autumn", "fall", "winter", "decade"})


def _dated_in_an_aside(view: SentenceView, anchor: int) -> bool:
    """Is the measure told inside a relative aside dated a month or more before the news
    ("Washington, which reimposed its oil sanctions in April after …, has said it will judge
    the election …", in late May)? The main predicate is the news; not "Abramovich, whose
    assets Britain froze on 10 March, …" in a March article, nor an aside naming a news day."""
    aside = relative_aside(view, anchor)[1]
    if not aside or not NEWS_DAYS.isdisjoint(aside):
        return False
    return any(
        _months_before_the_news(view.article, word) > 0 for word in aside if word in MONTH_NUMBERS
    )


def _month_numbers() -> dict[str, int]:
    """Month words as the tokens have them ("december", "dec", "dec.") -> 1..12, from the
    month names the number parser knows."""
    numbers: dict[str, int] = {}
    for name in MONTH_NAMES.split("|"):
        number = next(i for i, full in enumerate(FULL_MONTHS, 1) if full.startswith(name[:3]))
        numbers[name.lower()] = numbers[f"{name.lower()}."] = number
    return numbers


FULL_MONTHS = MONTH_NAMES.split("|")[:12]
MONTH_NUMBERS = _month_numbers()
AGO_UNITS = frozenset({"years", "year", "months", "month", "weeks", "decade", "decades"})


SEQUENCE_WORDS = frozenset({"later", "earlier", "same"})


def _long_ago(words: list[str]) -> bool:
    """ "last August", "that September", "last year", "two years ago", "a month ago",
    "earlier this month", "the following year": before the news ("last week" and "last
    Friday" may be the news itself)."""
    for position, word in enumerate(words[:-1]):
        following = words[position + 1]
        if word in {"last", "that"} and (following in MONTH_WORDS or following in SEASONS):
            return True  # "last August", "that September" (a story's past)
        if word == "that" and following == "month":
            # "Britain, which froze his assets that month, …" ("later that month" follows the
            # story's own sequence instead)
            return position == 0 or words[position - 1] not in SEQUENCE_WORDS
        if word == "last" and following == "month":
            return True  # "was also sanctioned last month": before this story's news
        if word == "earlier" and following in {"this", "that", "in"}:
            return True  # "Earlier this month, the Treasury blacklisted …": background
        if word == "following" and following in SEASONS | {"month"} and position > 0:
            return words[position - 1] == "the"  # "The following year it barred 14 more"
        if word in AGO_UNITS and following == "ago":
            return True
        if word in AGO_UNITS and following in {"before", "earlier"} and position > 0:
            # "Canada sanctioned Padrino the year before", "a few months earlier": told
            # from a point before the news
            return words[position - 1] in {"the", "a", "few", "several", "two", "three", "some"}
        if word in {"previous", "preceding"} and following in SEASONS | {"month"}:
            return True  # "the previous year"
    return False


def _fronted_adverbial(view: SentenceView, clause: int) -> bool:
    """Do the words before the clause (up to its comma) form a short phrase with no name,
    set off at the sentence's start ("Earlier this month, …")?"""
    if view.lower(clause - 1) != ",":
        return False
    # (longer when it opens on a preposition: "In September, 2017, under the Special
    # Economic Measures Act, Ottawa froze …")
    reach = 14 if view.lower(view.start) in FRONTED_PREPOSITIONS else 7
    if clause - view.start > reach:
        return False
    return not any(view.mention_covering(i) for i in range(view.start, clause - 1))


FRONTED_PREPOSITIONS = frozenset({"in", "on", "under", "after", "before", "during", "since"})


LISTED_TARGET_OPENERS = OWNING_DETERMINERS | {"the"}
LISTED_TARGET_REACH = 16  # tokens of "his eldest son Viktor and six other officials in …"


def _past_a_listed_target(view: SentenceView, end: int) -> int:
    """Past the last items of a target list the clause's comma cut off: in "Britain and
    Canada sanctioned him, his eldest son Viktor and six other officials in September 2020"
    the date after the list dates the act. The items after the comma open on a name or a
    determiner and close the list with "and"; else ``end`` as it was."""
    if view.lower(end) != ",":
        return end
    opening = end + 1
    if view.lower(opening) not in LISTED_TARGET_OPENERS and view.mention_starting(opening) is None:
        return end
    last = min(view.end, opening + LISTED_TARGET_REACH)
    closing = next((i for i in range(opening, last) if view.lower(i) in {",", ";", ".", ":"}), last)
    words = [view.lower(i) for i in range(opening, closing) if view.mention_covering(i) is None]
    if "and" not in words or any(_verb_like(word) for word in words):
        return end  # ("…, the opposition and rights groups having demanded it": a clause)
    return closing


APPOSITION_ARTICLES = frozenset({"the", "a", "an"})
SET_OFF_REACH = 10  # tokens of "the Novatek-led plant in the Arctic", "Meroe Gold and M Invest"
DATE_OPENERS = frozenset({"in", "on", "last", "that", "earlier"})  # "…, in November"


def _past_a_set_off_target(view: SentenceView, end: int) -> int:
    """Past what commas set off right after the target, when it only names or describes it:
    the date after it dates the act. A name alone ("froze the assets of North Korea's defence
    minister, Kang Sun Nam, in February"), or before a date the targets' names ("sanctioned
    two companies, Meroe Gold and M Invest, as long ago as July 2020") or a description with
    an article and no verb ("sanctioned Arctic LNG 2, the Novatek-led plant in the Arctic, in
    November"). ``end`` may be the comma that opens it or, when the clause's end was read
    past the description, the one that closes it; else ``end`` as it was."""
    if view.lower(end) != ",":
        return end
    apposed = view.mention_starting(end + 1)
    if apposed is not None and view.lower(apposed.token_end) == ",":
        return clause_end(view, apposed.token_end)
    last = min(view.end, end + SET_OFF_REACH)
    closing = next((i for i in range(end + 1, last) if view.lower(i) == ","), -1)
    if closing > 0 and _names_or_describes(view, end + 1, closing):
        return clause_end(view, closing + 1)
    first = max(view.start, end - SET_OFF_REACH)
    opening = next((i for i in range(end - 1, first - 1, -1) if view.lower(i) == ","), -1)
    if opening >= 0 and _names_or_describes(view, opening + 1, end):
        return clause_end(view, end + 1)
    return end


def _names_or_describes(view: SentenceView, first: int, closing: int) -> bool:
    """Is the stretch up to the comma at ``closing`` the targets' names or a description
    (an article, then no verb and no "and"), with a date right after the comma?"""
    if not _opens_a_date(view, closing + 1):
        return False
    if _names_only(view, first, closing):
        return True
    if view.lower(first) not in APPOSITION_ARTICLES:
        return False
    # (a participle after a hyphen is part of a compound: "Novatek-led"; a word in -ing may
    # be a noun's modifier: "the shipping group")
    words = [view.lower(i) for i in range(first, closing) if view.lower(i - 1) != "-"]
    return not any(finite_verb_word(word) or word in {"and", "or"} for word in words)


def _opens_a_date(view: SentenceView, index: int) -> bool:
    """ "in November", "on Friday", "last year", "as long ago as July 2020"."""
    if view.lower(index) in DATE_OPENERS:
        return True
    return [view.lower(index + i) for i in range(4)] == ["as", "long", "ago", "as"]


def _names_only(view: SentenceView, first: int, end: int) -> bool:
    """Are the tokens capitalised words joined by "and" ("Meroe Gold and M Invest")?"""
    texts = [view.article.tokens.text(i) for i in range(first, end)]
    return (
        "and" in texts
        and texts[0][:1].isupper()
        and all(text == "and" or text[:1].isupper() for text in texts)
    )


def _verb_like(word: str) -> bool:
    """A word that makes a span a clause: an auxiliary, or a verb form in -ing or -ed."""
    return finite_verb_word(word) or (word.isalpha() and word.endswith("ing"))


def _dated_before_the_news(view: SentenceView, anchor: int) -> bool:
    """An act the clause dates to a year before the latest the article names ("PDVSA was
    designated in January 2019" in an article about 2020): background, already in force when
    the news happened. The year must date the act ("in 2017", "in September 2018")."""
    first, end = clause_start(view, anchor), clause_end(view, anchor)
    if view.lower(end) in {"before", "earlier"} and view.lower(end - 1) in AGO_UNITS:
        end += 1  # "sanctioned Padrino the year before": no subordinate clause
    elif view.lower(end) in {"after", "before"} and view.lower(end + 1) == "the":
        # "froze the reserves in the days after the invasion in February 2022": a phrase
        # that dates the act, no clause of its own
        end = clause_end(view, end + 1)
    relative = first if view.lower(first) in {"which", "that"} else first - 1
    if view.lower(relative) in {"which", "that"} and view.lower(relative - 1) == ",":
        first = clause_start(view, relative - 2)  # "the order signed last August, which froze"
    if view.lower(end) == "that" and view.lower(end + 1) in MONTH_WORDS | SEASONS | {"month"}:
        end += 2  # "froze the assets of 40 officials that September", "… that month"
    else:
        relative_verb = _relative_on_measure(view, anchor, set())[1]
        if relative_verb > end:
            # "the sanctions (campaign) that Washington imposed on PDVSA in January": the
            # relative clause on the measure dates it
            end = clause_end(view, relative_verb)
    if (
        view.lower(end) == ","
        and view.lower(end - 1).isdigit()
        and view.lower(end - 2) in MONTH_WORDS
        and _YEAR.fullmatch(view.lower(end + 1))
    ):
        end += 2  # "on January 28, 2019": the comma of the date ends no clause
    companion = _companion_aside_end(view, end)
    if companion > end:
        # "Britain froze it, with the rest of his assets here, in March 2022": the date after
        # the aside dates the act
        end = clause_end(view, companion)
    end = _past_a_listed_target(view, end)  # "sanctioned him, his son and six others in …"
    end = _past_a_set_off_target(view, end)  # "Kang Sun Nam, in", "the Novatek-led plant, in"
    if first > view.start and _fronted_adverbial(view, first):
        first = view.start  # "Earlier this month, the Treasury blacklisted …"
    first = _past_a_dating_aside(view, first)  # "The US, in December last year, sanctioned"
    first = _dated_report(view, first)  # "Seoul said in February that it had sanctioned …"
    opening = first
    while view.lower(opening) in {"and", "or"}:
        opening += 1
    if first > view.start and view.lower(first - 1) == "," and view.lower(opening).endswith("ing"):
        # "Trump went further in 2017, imposing sanctions on Mr Maduro": the participle's
        # act is dated by the clause it hangs on
        first = clause_start(view, first - 2)
    elif _companion_phrase(view, first):
        # "… introduced it in December 2022 at $60, alongside the EU's embargo on …": the
        # phrase has no verb of its own; the clause it hangs on dates the measure
        first = clause_start(view, first - 2)
    colon = _spelled_out_after_colon(view, anchor)
    if colon > view.start:  # "adopted its own measures in March 2018: an arms embargo, …"
        first = min(first, clause_start(view, colon - 1))
    when = first if view.lower(first) == "when" else first - 1
    if view.lower(when) == "when" and view.lower(when - 1) == ",":
        # "The biggest blow came at the end of February, when the US … froze …": the clause
        # the when-clause hangs on dates it
        first = clause_start(view, when - 2)
    elif _at_the_same_time(view, first):
        # "In April the Treasury blocked …, at the same time as it put sanctions on …": one
        # time for both acts
        first = view.start
    words = view.article.tokens.words[first:end]
    if _names_a_news_day(words):
        return False  # "Canada on Monday imposed …": the news itself
    if _long_ago(words):
        return True  # "last August", "last year", "two years ago"
    if _lag_after(words) and _previous_act_long_before(view):
        return True  # "In April, Washington sanctioned … Britain listed them days later."
    for index in range(first, end):
        word = view.lower(index)
        if len(word) != 4 or not word.isdigit() or _YEAR.fullmatch(word) is None:
            continue
        before = view.lower(index - 1)
        if (
            before == ","
            and view.lower(index - 2).isdigit()
            and view.lower(index - 3) in MONTH_WORDS
        ):
            before = view.lower(index - 3)  # "on January 28, 2019": the month dates it
        if before in MONTH_WORDS and _months_before_the_news(view.article, before, int(word)) > 0:
            return True  # "in December 2018", reported in January 2019
        if before in DATE_PREPOSITIONS or before in MONTH_WORDS:
            return int(word) < _latest_year(view.article)
    return _bare_month_long_before(view, first, end)


def _lag_after(words: list[str]) -> bool:
    """Does the clause place its act a measured lag after the one told before ("days later",
    "a week later", "weeks afterwards", "a year later": any unit of `LAG_UNITS`)?"""
    return any(
        word in LAG_UNITS and following in {"later", "afterwards", "after"}
        for word, following in pairwise(words)
    )


def _previous_act_long_before(view: SentenceView) -> bool:
    """Is the sentence before (the act a "days later" counts from) dated a few months or
    years before the news ("In April, Washington sanctioned …", in an August article)?"""
    earlier = previous_sentence(view.article, view.sentence_id)
    if earlier < 0:
        return False
    before = sentence_view(view.article, earlier)
    words = view.article.tokens.words[before.start : before.end]
    if _names_a_news_day(words):
        return False
    return _long_ago(words) or _bare_month_long_before(before, before.start, before.end)


def _dated_report(view: SentenceView, first: int) -> int:
    """The reporting verb of a that-clause when a time phrase stands between them ("Seoul
    said in February that it had sanctioned two ships"): the report is dated, and what it
    reports was done by then; else ``first``."""
    that = first if view.lower(first) == "that" else first - 1
    if view.lower(that) != "that":
        return first
    for verb in range(that - 2, max(view.start, that - DATED_REPORT_REACH) - 1, -1):
        if view.lower(verb) in REPORTING_VERBS:
            between = [view.lower(i) for i in range(verb + 1, that)]
            dated = between[0] in DATE_PREPOSITIONS | {"on", "last", "earlier"}
            return verb if dated else first
    return first


DATED_REPORT_REACH = 6  # tokens from the reporting verb to "that": "said on 3 March 2024 that"


DATING_ASIDE_OPENERS = frozenset({"in", "on", "last", "earlier", "back", "since"})
DATING_ASIDE_REACH = 8  # tokens of "in December last year" between the commas


def _past_a_dating_aside(view: SentenceView, first: int) -> int:
    """The start of a time aside between the subject and the verb ("The US, in December
    last year, sanctioned four firms"): it dates the act, though commas set it off."""
    if view.lower(first - 1) != ",":
        return first
    for comma in range(first - 2, max(view.start, first - DATING_ASIDE_REACH) - 1, -1):
        if view.lower(comma) == ",":
            subject_before = view.mention_ending(comma - 1) is not None
            dating = view.lower(comma + 1) in DATING_ASIDE_OPENERS
            return comma + 1 if subject_before and dating else first
    return first


COMPANION_ASIDE_OPENERS = frozenset({"with", "along", "together"})
COMPANION_ASIDE_REACH = 12  # tokens of ", with the rest of his assets here,"


def _companion_aside_end(view: SentenceView, end: int) -> int:
    """The comma that closes a companion aside opening at the clause's end (", with the rest
    of his assets here,", ", along with his wife,"), or -1: the clause goes on past it."""
    if view.lower(end) != "," or view.lower(end + 1) not in COMPANION_ASIDE_OPENERS:
        return -1
    for index in range(end + 2, min(view.end, end + 2 + COMPANION_ASIDE_REACH)):
        if view.lower(index) in {",", ";", ":"}:
            return index + 1 if view.lower(index) == "," else -1
    return -1


def _companion_phrase(view: SentenceView, first: int) -> bool:
    """Does the clause open, after a comma, on a companion phrase with no verb of its own
    (", alongside the EU's embargo", ", along with a ban", ", together with …")?"""
    if first <= view.start or view.lower(first - 1) != ",":
        return False
    opener = view.lower(first)
    if opener == "alongside":
        return True
    return opener in {"along", "together"} and view.lower(first + 1) == "with"


def _at_the_same_time(view: SentenceView, first: int) -> bool:
    """Does the clause open on "at the same time as", so that it shares the time of the
    clause it hangs on?"""
    opening = [view.lower(i) for i in range(first, first + 5)]
    return opening == ["at", "the", "same", "time", "as"] and first > view.start


def _names_a_news_day(words: list[str]) -> bool:
    """Do the words name the news's own day or week ("on Monday", "this week", "last week")?
    "Within a week of the invasion" and "a week later" measure a lag and name no news day."""
    if NEWS_DAYS.isdisjoint(words):
        return False
    return any(
        word != "week" or (index > 0 and words[index - 1] in NEWS_WEEK_OPENERS)
        for index, word in enumerate(words)
        if word in NEWS_DAYS
    )


NEWS_WEEK_OPENERS = frozenset({"this", "last", "past", "next"})


# Months between an undated month and the publication's for the act to be background: "in
# January" in an April article is; in a February or March one it may be the news the story
# follows (held-out golds disagree at two months)
BARE_MONTH_MARGIN = 3


def _bare_month_long_before(view: SentenceView, first: int, end: int) -> bool:
    """ "in January" with no year or day, at least two months before the publication's month
    ("blocked the assets of PDVSA in January", reported in August): background. A month just
    before may still be the news ("in January" in a 1 February article)."""
    if _timeline_entry(view):
        return False  # "* April 17 - The central bank is added …": each entry is the news
    for index in range(first, end):
        word = view.lower(index)
        if word not in MONTH_NUMBERS or not _dates_the_act(view, index):
            continue
        if len(view.lower(index + 1)) == 4 and view.lower(index + 1).isdigit():
            continue  # "in January 2019": the year's rule, above
        if _months_before_the_news(view.article, word) >= BARE_MONTH_MARGIN:
            return True
    return False


def _timeline_entry(view: SentenceView) -> bool:
    """Is the sentence an entry of a timeline or factbox: a bullet ("* The EU froze …"), or a
    date set off by a dash or colon ("JULY 31, 2017 - The US Treasury freezes …", "Aug. 5:
    …")? Its dated act is what the entry reports, however long ago."""
    if view.lower(view.start) in BULLETS:
        return True
    opening = [view.lower(i) for i in range(view.start, min(view.end, view.start + 6))]
    dated = any(word in MONTH_NUMBERS for word in opening[:3])
    return dated and any(word in BULLETS or word == ":" for word in opening[1:])


def _dates_the_act(view: SentenceView, month: int) -> bool:
    """Is the month word a date ("in January", "on March 10", "on 10 March", "at the end of
    February", "February 28"), not the modal "may" or a name ("the March 8 movement" still
    dates)?"""
    before, after = view.lower(month - 1), view.lower(month + 1)
    if view.lower(month) == "may" and not (after.isdigit() or before in {"in", "of"}):
        return False  # "may" the modal
    if before in {"in", "on", "of", "since", "by", "until", "after", "before"}:
        return True  # ("broadened sanctions on Minsk after February")
    day = after if after.isdigit() else before
    return day.isdigit() and len(day) <= 2


def _past_perfect(view: SentenceView, first: int, cue: int, words: list[str]) -> bool:
    """An act in the past perfect, told in the reporter's own voice: it was in force before
    the reported event ("Barack Obama had frozen the assets of seven officials"). After a
    reporting verb the past perfect is the report's tense ("said it had imposed sanctions")."""
    if "had" not in words or "had" in words[-1:]:
        return False
    had = words.index("had")
    if words[had - 1 : had] in (["has"], ["have"]) or words[had + 1] in POSSESSIVES | DETERMINERS:
        return False  # "has had his assets frozen": a present perfect of "have"
    if any(view.lower(i) in REPORTING_VERBS for i in range(view.start, first)):
        return False
    if any(word in REPORTING_VERBS for word in words[:had]):
        return False
    # "Canada had imposed sanctions on PDVSA, officials said"
    return not any(
        view.lower(i) in REPORTING_VERBS and view.lower(i - 1) != "had"
        for i in range(cue + 1, view.end)
    )


FUTURE_MODALS = frozenset({"will", "would", "'ll"})
DECISION_REACH = 8  # tokens back from the status window to the announcing verb


def _announced_decision(view: SentenceView, first: int, words: list[str], cue: int) -> bool:
    """A future announced as decided is the act: "the Federal Council announced that
    Switzerland would take over the EU's sanctions" (as "announced sanctions on" is), or
    "Switzerland will adopt the EU's sanctions, the government announced on Monday". Only a
    bare will/would: "announced it would consider sanctions" still proposes."""
    proposing = {word for word in words if word in PROPOSED}
    if not proposing or not proposing <= FUTURE_MODALS:
        return False
    if _trailing_announcement(view, cue):
        return True
    for position, word in enumerate(words[:-1]):
        if word in DECISION_VERBS and words[position + 1] == "that":
            # "Britain and Canada announced that four lenders would be cut off from …"
            return all(w not in THREATENED for w in words[:position])
    # ("announced that selected banks would be removed … and that the assets of Russia's
    # central bank would be frozen": the second reported clause of the same verb)
    first = first_of_coordinated_that(view, first, DECISION_VERBS)
    for index in range(first - 1, max(view.start, first - DECISION_REACH) - 1, -1):
        word = view.lower(index)
        if word in DECISION_VERBS:
            return True
        if word in {";", ":"} or word in PROPOSED or word in THREATENED:
            return False
    return False


def _trailing_announcement(view: SentenceView, cue: int) -> bool:
    """Does the sentence close with an attribution by a deciding verb after the measure?"""
    return attribution_comma(view, cue, DECISION_VERBS) >= 0


RULE_FORMS = frozenset({"rule", "rules", "ruled", "ruling"})
HESITATING = frozenset({"hesitate", "hesitation"})


def _without_hesitation(words: list[str]) -> bool:
    """ "would not hesitate to sanction", "will have no hesitation in imposing": the negation
    is of the hesitating, so the measure is a threat, not ruled out."""
    for position, word in enumerate(words):
        if word in HESITATING and {"not", "n't", "no", "never"} & set(
            words[max(0, position - 2) : position]
        ):
            return True
    return False


NONE_WORDS = frozenset({"none", "neither"})


def _none_of_which(view: SentenceView, cue: int) -> bool:
    """Does the measure's clause open ", none of which" / ", neither of whom" ("Turkey and
    the UAE, none of which has joined Western sanctions")? The relative's subject denies
    the act for every name it points back at, though no negation word sits in the clause."""
    start = clause_start(view, cue)
    return (
        view.lower(start - 1) in RELATIVE_WORDS
        and view.lower(start - 2) == "of"
        and view.lower(start - 3) in NONE_WORDS
    )


def _not_ruled_out(words: list[str]) -> bool:
    """ "did not rule out", "refused to rule out", "would not rule out": a negated ruling-out
    keeps the measure open, and nothing else in the window negates it."""
    for position, word in enumerate(words[:-1]):
        if word in RULE_FORMS and words[position + 1] == "out":
            before = words[max(0, position - 3) : position]
            return has_negation(before) and not has_negation(words[position + 2 :])
    return False


# Someone else's demand that kept a name off a list: it was never sanctioned.
INSISTENCE = frozenset({"insistence", "request", "demand", "objection", "objections", "veto"})


def _conditional_future(view: SentenceView, cue: int) -> bool:
    """A future measure on a condition, in the cue's clause: "will impose sanctions if",
    "sanctions would follow unless", "more sanctions could be added if Moscow continues",
    "has promised further sanctions if the Kremlin fails to halt …" (a threat, whoever says
    it)."""
    if view.word_set().isdisjoint(CONDITION_WORDS):
        return False
    end = strong_end(view, cue)
    condition = next((i for i in range(cue + 1, end) if view.lower(i) in {"if", "unless"}), -1)
    if condition < 0:
        return False
    if any(
        view.lower(i) == "," and view.lower(i + 1) in {"and", "but"} for i in range(cue, condition)
    ):
        return False  # "have sanctioned 18 people, and have said they could add names if …"
    start = clause_start(view, cue)
    # the modal puts the measure itself in the future: before it in its clause, or as its
    # own verb right after it ("more sanctions could be added if"), not another verb's
    # ("called on Belgrade to align with EU sanctions and warned that talks could stall if")
    after = range(cue + 1, min(condition, cue + 1 + MODAL_AFTER_REACH))
    if any(view.lower(i) in CONDITIONAL_FUTURES for i in [*range(start, cue), *after]):
        return True
    # or a later modal whose own object is more measures ("backs the EU's sanctions and
    # would support further measures if the war continued")
    modal = next((i for i in range(cue + 1, condition) if view.lower(i) in CONDITIONAL_FUTURES), -1)
    return modal >= 0 and any(
        view.lower(i) in FURTHER_MEASURES for i in range(modal + 1, condition)
    )


# (the measure nouns, and "steps": "would take further steps if …")
FURTHER_MEASURES = GENERAL_MEASURES | frozenset(NOUN_MEASURES) | {"steps"}


MODAL_AFTER_REACH = 3  # tokens from the measure to its own modal: "sanctions on X could"


# Words that put a measure in the future, so a condition after it makes it a threat


POSSIBLE_MODALS = frozenset({"could", "would", "may", "might"})
# Words that put a measure in the future, so a condition after it makes it a threat
CONDITIONAL_FUTURES = (
    MODALS
    | POSSIBLE_MODALS
    | frozenset("promised promises promise pledged pledges pledge vowed vows vow".split())
)


REJECTION_NOUNS = frozenset({"rejection", "rejections"})
REJECTED_MEASURE_REACH = 4  # tokens from "of" to the measure: "of the anti-Russian sanctions"


def _rejection_of(view: SentenceView, cue: int) -> bool:
    """Is the measure the object of a rejection noun ("the rejection of sanctions [against
    Russia]", "his rejection of the anti-Russian sanctions")? Only that noun's own object: a
    rejection of something else ("rejection of this coup") says nothing of a measure."""
    for of in range(cue - 1, max(view.start, cue - REJECTED_MEASURE_REACH) - 1, -1):
        if view.lower(of) == "of":
            return view.lower(of - 1) in REJECTION_NOUNS
    return False


def _whoever_does(words: list[str], after: list[str], targets: Targets) -> bool:
    """A possible measure on whoever does something ("could sanction countries that help
    Russia", "would impose sanctions on anyone who …"): a threat aimed at a behaviour, with
    no one named."""
    if targets.named or not targets.groups or not POSSIBLE_MODALS & set(words[-6:]):
        return False
    # (a relative, not a coordinated "and that": "… would be removed from SWIFT and that the
    # assets of Russia's central bank would be frozen" reports a second measure)
    return any(
        word in {"who", "that", "which"} and (position == 0 or after[position - 1] != "and")
        for position, word in enumerate(after[:8])
    )


LIFTED_AFTER_REACH = 12  # words from the measure to the participle of its lifting
LIFTING_MODALS = frozenset({"could", "would", "may", "might", "will", "should", "can", "'ll"})


def _passive_lifting_after(after: list[str]) -> str | None:
    """The measure as the subject of a passive lifting after its target ("sanctions on
    officials were lifted", "the sanctions on Figuera have been removed"): ``lifted``; with a
    modal, a negation or a proposal before it ("could be lifted if they defect", "will not
    be eased") the lifting is not done and the measure is ``existing``. None when another
    predicate (a comma, an imposing verb) comes first."""
    for position, word in enumerate(after[:LIFTED_AFTER_REACH]):
        if word in {",", ";", ":"} or word in IMPOSING_VERBS:
            return None
        if word in LIFTED and position and after[position - 1] in PASSIVE_AUXILIARIES:
            before = after[:position]
            undone = LIFTING_MODALS & set(before) or _lifting_not_done([*before, word])
            return "existing" if undone else "lifted"
    return None


def _lifting_not_done(words: list[str]) -> bool:
    """A lifting refused, weighed, planned or threatened: the measure is still in force."""
    before_lift = words[: next(i for i, word in enumerate(words) if word in LIFTED)]
    return (
        has_negation(before_lift)
        or any(
            word in PROPOSED or word in THREATENED or word in ASKING_WORDS for word in before_lift
        )
        or "whether" in before_lift
    )


# Words of asking for a lifting: "calling on the administration to lift", "demanded that
# the sanctions be lifted" (asked for, not done)
ASKING_WORDS = frozenset(
    """call calls called calling ask asks asked asking demand demands demanded demanding
    request requests requested requesting appeal appeals appealed appealing""".split()
)


def _trying_to(words: list[str]) -> bool:
    """A verb of trying with "to" and a verb of making a measure: "are trying to finalise a
    package of sanctions" (wanted, so proposed), not "countries that try to circumvent
    American sanctions" nor "trying to comply with US sanctions" (in force)."""
    return any(
        word in TRYING and following == "to" and after in TRIED_ACTS
        for word, following, after in zip(words, words[1:], words[2:], strict=False)
    )


def _vetoed(words: list[str]) -> bool:
    """A veto or opposition before the measure (the last word). "Full blocking sanctions" are a
    kind of measure, not a veto ("Hungary is blocking sanctions" still is one)."""
    for position, word in enumerate(words[:-1]):
        if word == "against" and _predicative_against(words, position):
            return True  # "Turkey is against sanctions on Russia": opposition
        if word not in VETOES:
            continue
        before = words[position - 1] if position else ""
        kind = word == "blocking" and words[position + 1] in NOUN_MEASURES
        if FROZEN_THINGS & set(words[position + 1 : position + 4]):
            continue  # "the measures block PDVSA assets": the US term for a freeze
        if words[position + 1 : position + 3] == ["access", "to"]:
            continue  # "is blocking access to 81 media outlets": the measure itself
        if {"and", ",", "but"} & set(words[position + 1 :]):
            continue  # "blocked 34 vessels … and sanctioned two firms": another predicate
        if not kind or before in PASSIVE_AUXILIARIES:
            return True
    return False


OPPOSITION_ADVERBS = frozenset({"firmly", "strongly", "still", "also", "totally", "flatly"})


def _predicative_against(words: list[str], position: int) -> bool:
    """Is the "against" at ``position`` the predicate of a form of "be" ("is against", "are
    firmly against"), an opposition rather than a measure's target ("sanctions against")?"""
    before = position - 1
    while before >= 0 and words[before] in OPPOSITION_ADVERBS:
        before -= 1
    return before >= 0 and words[before] in {"is", "are", "was", "were", "remains", "remain"}


POWER_NOUNS = frozenset(
    "authority power powers right mandate option ability tools licence license leeway".split()
)


def _power_to(view: SentenceView, cue: int) -> bool:
    """ "the authority to sanction foreign companies", "the power to freeze assets": a power
    held, a threat kept in hand rather than an act."""
    if view.lower(cue - 1) != "to" or view.lower(cue - 2) not in POWER_NOUNS:
        return False
    user = cue - 4 if view.lower(cue - 3) in DETERMINERS | OWNER_PRONOUNS else cue - 3
    return view.lower(user) not in POWER_USED  # ("used its authority to sanction PDVSA": done)


POWER_USED = frozenset("used uses using exercised exercises invoked invokes invoking".split())


def _threat_clause(view: SentenceView, cue: int) -> bool:
    """'warned that the EU would impose sanctions': a measure inside a warning (also past a
    restrictive relative clause on the warned clause's subject: "warned that foreign
    companies that did business with X could be hit with sanctions")."""
    start = clause_start(view, cue)
    pronoun, head = view.lower(start - 1), view.lower(start - 2)
    if pronoun == "who" or (pronoun == "that" and head in GROUP_KINDS):
        start = clause_start(view, start - 1)
    return view.lower(start - 1) == "that" and view.lower(start - 2) in THREATENED


IN_FORCE = frozenset({("in", "place"), ("in", "force")})
HAVING_HAD = frozenset({("has", "had"), ("have", "had")})
PUTTING_IN_PLACE = frozenset({"put", "puts", "putting", "placed", "places", "placing"})


PROLONGING = frozenset("extend extends extended extending".split())
UNTIL_WORDS = frozenset({"until", "till", "through"})
PROLONGED_REACH = 8  # words after the measure to its "until" ("on Russia until the end of")


def _prolonged(words: list[str], after: list[str]) -> bool:
    """A measure extended in time ("extended its economic sanctions on Russia until the end of
    July", "for another six months") is one in force, renewed, as "renewed" says; not one
    extended to new targets ("extended the ban to Belarus"), which is a new act."""
    if PROLONGING.isdisjoint(words[-4:]):
        return False
    window = after[:PROLONGED_REACH]
    if "to" in window[:3]:
        return False
    if not UNTIL_WORDS.isdisjoint(window):
        return True
    # "for another six months", "for a further year" (not "for a range of new sectors")
    return any(
        word == "for"
        and window[i + 1 : i + 2] in (["another"], ["a"])
        and not DURATION_WORDS.isdisjoint(window[i + 2 : i + 5])
        for i, word in enumerate(window)
    )


DURATION_WORDS = frozenset(
    "year years month months week weeks day days six three twelve 12 further".split()
)


# A span of the news's own days before "earlier": "a day earlier", "hours earlier"
NEWS_CYCLE_SPANS = frozenset({("a", "day"), ("the", "day"), ("hours",), ("minutes",)})


def _past_news_cycle_earlier(words: list[str]) -> list[str]:
    """The words without an "earlier" that counts back within the news's own days ("Britain
    moved a day earlier, sanctioning four officials": one more act of the same news, not a
    measure in force before it)."""
    kept = []
    for position, word in enumerate(words):
        if word == "earlier" and any(
            tuple(words[max(0, position - len(span)) : position]) == span
            for span in NEWS_CYCLE_SPANS
        ):
            continue
        kept.append(word)
    return kept


def _before_a_participle_clause(after: list[str]) -> list[str]:
    """The words after a measure up to a participle clause set off by a comma ("imposed
    further penalties on Russia under a 1991 law, adding to sanctions that have been in
    force since 2018"): what that clause says is in force is another measure."""
    for position, (word, following) in enumerate(pairwise(after)):
        if word == "," and following.endswith("ing") and following not in PREPOSITION_INGS:
            return after[:position]
    return after


def _in_force(words: list[str], after: list[str], targets: Targets) -> bool:
    """Described as already in force: "existing", "under sanctions", "has had an embargo on X
    in place since 2017" (but "put sanctions in place" is the act of imposing them)."""
    if any(word in EXISTING for word in _past_news_cycle_earlier(words)):
        return True
    under = len(words) - 1 - words[::-1].index("under") if "under" in words else -1
    held_under = under >= 0 and (
        under >= len(words) - UNDER_REACH
        or not FURTHER_MEASURES.isdisjoint(words[under + 1 : under + 1 + UNDER_MEASURE_REACH])
    )
    if held_under and not PUTTING_IN_PLACE & set(words[:under]):
        # "is under sanctions", "Under the EU's restrictive measures, …" (but "placed X
        # under sanctions" is the act, and "block all property under U.S. jurisdiction and
        # bar …" puts nothing under a measure)
        return True
    if ("subject", "to") in set(pairwise(words)) and not FUTURE_MODALS & set(words):
        # "has been subject to US sanctions since January" (not "would be subject to …": a
        # threat, read as such below)
        return True
    if after[:1] == ["regime"]:
        return True
    if set(pairwise(after)) & IN_FORCE and not PUTTING_IN_PLACE & {*words, *after}:
        return True
    if _having_had(words) or _added_to(words):
        return True
    if _prolonged(words, after):
        return True  # "extended its economic sanctions on Russia until the end of July"
    if len(words) >= 2 and words[-2] in {"has", "have"} and words[-1] in NOUN_MEASURES:
        return True  # "The EU has sanctions against 18 officials": held, in force
    if _holds_measure(words):
        return True  # "The European Union has an arms embargo on Venezuela"
    if "since" in after[:8] and targets.before_cue:
        return True
    if {"has", "have"} & set(words) and _since_a_year(after) and not _superlative(words, after):
        return True  # "has imposed sanctions on dozens of officials since 2017": a standing regime
    if {"has", "have"} & set(words[-6:]) and _since_a_starting_point(words, after):
        return True  # "have since been sanctioned", "has blacklisted PDVSA since January"
    if {"has", "have"} & set(words[-6:]) and (
        set(pairwise(words[-6:])) & RUNNING_TOTALS or set(pairwise(after[:10])) & RUNNING_TOTALS
    ):
        # "The Treasury has by now designated more than 150 officials", "it has sanctioned
        # 18 people so far": a tally
        return True
    if {"has", "have"} & set(words[-6:]) and set(pairwise(after[:10])) & HELD_FOR:
        return True  # "have been barred from entering the United States for years"
    return "been" in words and "since" in after[:8]


UNDER_REACH = 4  # words from "under" to the cue: "is under tough new US sanctions"
UNDER_MEASURE_REACH = (
    6  # words after "under" to a measure word: "Under the EU's restrictive measures"
)


# A perfect's duration that says the measure has long been in force
HELD_FOR = frozenset(("for", unit) for unit in ("years", "months", "decades")) | frozenset(
    {("for", "many"), ("for", "several")}
)


def _running_tally(
    view: SentenceView, cue: Cue, words: list[str], after: list[str], targets: Targets
) -> bool:
    """Is the measure a present perfect whose target is a counted group, past the article's
    lead and with nothing in its sentence that makes it the day's news ("Canada has
    sanctioned more than 100 Venezuelan officials" in the tenth sentence)? Told as
    background, a count of everyone sanctioned so far is a record, in force before the news.
    In the lead a present perfect is how news is told ("The State Department has revoked the
    visas of 340 people"); "has sanctioned 14 more people", "… on Monday", "…, Freeland
    announced", "in response", a reported "Canada said it has sanctioned …" are the news
    wherever they stand."""
    if view.sentence_id < LEAD_SENTENCES:
        return False
    people = [count for kind, count in targets.groups if kind == "people"]
    if not any(people) and not (people and _unnamed_multitude(after)):
        return False  # (banks cut off, goods banned: acts, not a tally of the sanctioned)
    if not (_perfect_at(view, anchor_of(cue)) or _perfect_object(view, cue)):
        return False
    sentence = view.article.tokens.words[view.start : view.end]
    # (the markers of the measure's own clause: in "In August 2017 Washington barred PDVSA
    # from raising new debt, and it has sanctioned dozens of officials" the other clause's
    # "new debt" makes no news of the tally)
    own_clause = conjoined_clause_start(view, view.start, anchor_of(cue))
    own = view.article.tokens.words[own_clause : view.end]
    marked = [
        word
        for word, following in pairwise([*own, ""])
        if word in NEWS_MARKERS and not (word == "more" and following == "than")
    ]  # ("more than 100 officials" is a hedge, "14 more people" the news)
    if marked or not ANNOUNCING.isdisjoint(sentence):
        return False  # "…, Freeland announced", "in response", "in a statement released …"
    # a reported or attributed act is the news told: "Canada said it has sanctioned 43
    # officials", "…, the department said"
    reported = any(view.lower(i) in REPORTING_VERBS for i in range(view.start, cue.index))
    return not reported and attribution_comma(view, cue.index, REPORTING_VERBS) < 0


# Words that make a target group one the story has picked out ("the officials who
# organised the vote", "those responsible"): an act against them is news, not a record
DEFINITE_OPENERS = frozenset("the these those this that its his her their our".split())


def _unnamed_multitude(after: list[str]) -> bool:
    """Is the target an uncounted multitude, no group the story picks out: "dozens of
    officials", or a bare plural ("have also sanctioned North Korean officials and Russian
    firms", "imposed their own sanctions on people and firms")? Told past the lead with a
    present perfect, that is the record of who is under sanctions, not the day's act."""
    opening = after[1:2] if after[:1] in (["on"], ["against"]) else after[:1]
    return _vague_multitude(after) or (bool(opening) and opening[0] not in DEFINITE_OPENERS)


def _vague_multitude(after: list[str]) -> bool:
    """Does the target phrase open on "dozens of" / "hundreds of" ("has sanctioned dozens of
    Venezuelan officials", "has imposed sanctions on hundreds of people")? A count too, if
    an unstated one."""
    for position, word in enumerate(after[:3]):
        if word in VAGUE_MULTITUDES:
            return after[position + 1 : position + 2] == ["of"]
        if word not in {"on", "against", "more", "than"}:
            return False
    return False


# A perfect counted up to now: the record, in force before the news
RUNNING_TOTALS = frozenset({("by", "now"), ("so", "far"), ("to", "date"), ("in", "all")})


VERB_LIKE = frozenset({"imposed", "sanctioned", "frozen", "added", "blacklisted", "designated"})


def _perfect_at(view: SentenceView, verb: int) -> bool:
    """Is the verb at ``verb`` a present perfect ("has sanctioned", "have also frozen",
    "have all imposed")?"""
    before = verb - 1
    if view.lower(before) in {"also", "already", "now", "all", "both"}:
        before -= 1
    return view.lower(before) in {"has", "have"}


def _perfect_object(view: SentenceView, cue: Cue) -> bool:
    """Is the measure noun the object of a present perfect imposing verb ("has imposed
    sanctions", "have already slapped sanctions", "have all imposed their own sanctions")?"""
    verb = cue.index - 1
    verb -= view.lower(verb) == "own"
    verb -= view.lower(verb) in OWNING_DETERMINERS
    return cue.form == "noun" and view.lower(verb) in IMPOSING_VERBS and _perfect_at(view, verb)


def _since_a_date_past_the_targets(after: list[str]) -> bool:
    """ "since" and a month or year anywhere in the measure's clause after it ("… since August
    2019", "since 2017"): the start of a record, however long the list before it; an event
    ("since the invasion began") is weighed only near the measure."""
    if "since" not in after[10:]:
        return False
    following = after[after.index("since", 10) + 1 :][:1]
    return (
        bool(following)
        and date_word(following[0])
        and _since_a_starting_point([], after, len(after))
    )


def _since_a_starting_point(words: list[str], after: list[str], reach: int = 10) -> bool:
    """For a present perfect: "since" and its starting point in its clause, a record up to
    now, in force before the news ("has blacklisted PDVSA since January", "has sanctioned
    Russian banks since the invasion"); not after a superlative ("its toughest sanctions since
    2014"), and not the bare adverb ("has since imposed sanctions" may be the news).
    ``words`` are the clause's words before the measure, ``after`` those after it."""
    window = [*words[-4:], *after[:reach]]
    if "since" not in window:
        return False
    whole = [*words[-4:], *after]  # (what follows "since" may lie past the window)
    following = whole[whole.index("since") + 1 :][:2]
    if not NEWS_DAYS.isdisjoint(following):
        return False  # "has imposed sanctions … since Monday": the news itself
    if any(word.isdigit() and len(word) <= 2 for word in following):
        return False  # "since 22 February", "since Feb. 24": days ago, the news's own span
    if not following or following[0] in PASSIVE_AUXILIARIES or following[0] in VERB_LIKE:
        return False  # "has since imposed", "have since been sanctioned": after what? unsaid
    return not _superlative(words, after)


def _superlative(words: list[str], after: list[str]) -> bool:
    """ "its toughest since 2014", "the first since the war": "since" measures the record."""
    window = [*words, *after[:10]]
    return any(
        (word.endswith("est") or word in {"first", "most", "biggest", "largest"})
        and before in {"the", "its", "their", "his", "her"}
        for before, word in pairwise(window)
    )


# What new measures are added to is in force already: "The measures come on top of an asset
# freeze on the central bank", "in addition to existing curbs".
ADDED_TO = ("on top of", "in addition to", "adding to", "add to", "adds to", "added to")
ADDED_TO += ("heels of", "follows months of", "follow months of", "builds on", "build on")


def _added_to(words: list[str]) -> bool:
    """Is the measure the thing new ones come on top of (in the few words before it)?"""
    near = " ".join(words[-7:])
    return any(phrase in near for phrase in ADDED_TO)


LAG_UNITS = frozenset("day days week weeks month months year years fortnight".split())


DATING_WORDS = NEWS_DAYS | MONTH_WORDS | {"earlier", "ago", "last", "previous", "before"}


def _dated_when_clause(view: SentenceView, anchor: int) -> bool:
    """Is the measure told in a "when" clause that dates an earlier event of the sentence
    (", when" right after a time: "measures announced on Friday, when the EU and the US froze
    …", "in March, when Washington blacklisted …")? It is background, already in force."""
    start = clause_start(view, anchor)
    when = start - 1 if view.lower(start - 1) == "when" else start
    if view.lower(when) != "when" or view.lower(when - 1) != ",":
        return False
    dated = {view.lower(i) for i in range(max(view.start, when - 4), when - 1)}
    return bool(dated & DATING_WORDS) or any(_YEAR.fullmatch(word) for word in dated)


def _lagging_act(view: SentenceView, anchor: int) -> bool:
    """Is the measure told in a clause opened by a measured "after" ("a week after it froze
    the assets of PDVSA", "days after the Treasury sanctioned X")? The main clause's news
    comes later; the measure was in force by then. A measured "before" ("a day before he
    was placed under sanctions") is as old as the event the sentence dates before it, so
    in force when that event lies in an earlier year."""
    start = clause_start(view, anchor)
    linker = start if view.lower(start) in {"after", "before"} else start - 1
    if view.lower(linker) not in {"after", "before"} or view.lower(linker - 1) not in LAG_UNITS:
        return False
    return view.lower(linker) == "after" or _year_before_the_lag(view, linker - 1)


LAG_AMOUNTS = frozenset({"a", "an", "few", "several", "just", "only"})  # (and count words)


def _year_before_the_lag(view: SentenceView, unit: int) -> bool:
    """Is the event a measured "before" follows dated, right before its lag, to a year before
    the article's publication ("sold his stake in Gunvor in 2014, a day before he was placed
    under US sanctions"; not "in power since 2013, left … a day before")?"""
    published = view.article.published
    if not published:
        return False
    lag = unit
    while view.lower(lag - 1) in LAG_AMOUNTS or _count(view.lower(lag - 1)) is not None:
        lag -= 1
    if view.lower(lag - 1) == ",":
        lag -= 1
    year, preposition = view.lower(lag - 1), view.lower(lag - 2)
    dated = _YEAR.fullmatch(year) is not None and (
        preposition == "in" or preposition in MONTH_NUMBERS
    )
    return dated and int(year) < int(published[:4])


TODAY_PARTS = frozenset({"morning", "afternoon", "evening", "weekend", "overnight"})
# What marks a present perfect's counted group as the day's news, not a running total
# (_running_tally): "has sanctioned 14 more people", "18 new names", "this morning".
NEWS_MARKERS = FRESH_WORDS | MORE_WORDS | NEWS_DAYS | TODAY_PARTS | {"additional"}
ANNOUNCING = frozenset(
    "announced announces announcing statement response responding reacting".split()
)
# The sentences that open an article with its news (a headline, when the text holds one,
# and the first paragraph of an inverted pyramid): a present perfect there is the news.
LEAD_SENTENCES = 3


def _background_opening(opening: list[str]) -> bool:
    """A sentence opening on "Previously," or "In the past,", or labelled "Background:" or
    "For context:": what it tells happened before the news ("Earlier," is left out: it is
    often earlier the same day)."""
    opened = opening[:2] in (["previously", ","], ["formerly", ","], ["background", ":"])
    labelled = opening[:3] in (["for", "context", ":"], ["for", "background", ":"])
    return opened or labelled or opening[:4] == ["in", "the", "past", ","]


def _since_opening(before: list[str]) -> bool:
    """A sentence opening on "Since then" or "Since the invasion": a record counted from a
    point the story has told, up to now (with a present perfect: in force before the
    news); not "Since Monday", "Since 24 February" (the news's own days)."""
    if before[:1] != ["since"] or len(before) < 2:
        return False
    phrase = before[: before.index(",")] if "," in before else before
    if not NEWS_DAYS.isdisjoint(phrase) or not TODAY_PARTS.isdisjoint(phrase):
        return False  # "Since the invasion began on Thursday, …", "Since the morning, …"
    following = before[1:3]
    if not NEWS_DAYS.isdisjoint(following) or following[0] in MONTH_WORDS:
        return False  # (months: _since_a_month_before_the_news weighs them)
    if any(word.isdigit() and len(word) <= 2 for word in following):
        return False
    # ("Since Russia's annexation of Crimea in 2014, …": a possessor opens the event too;
    # "Since passing the Russia Sanctions Act in March 2022, …": so does a gerund)
    gerund = following[0].endswith("ing") and following[0].isalpha()
    return (
        gerund
        or following[0] in {"then", "the", "that", "its", "their"}
        or following[1:2] in (["'s"], ["’s"])
    )


def _since_a_year(after: list[str]) -> bool:
    """'… since 2017', '… since March 2018' after the measure: in force for years, not an act
    of this week."""
    for position, word in enumerate(after[:12]):
        if word == "since":
            following = after[position + 1 : position + 3]
            if following[:1] and following[0] in MONTH_WORDS:
                following = following[1:]  # "since March 2018"
            return bool(following) and following[0].isdigit() and len(following[0]) == 4
    return False


HELD_MODIFIERS = frozenset(
    {"an", "a", "its", "their", "own", "arms", "trade", "oil", "financial", "asset", "travel"}
)


HELD_HEADS = frozenset({*NOUN_MEASURES, "ban", "bans", "freeze", "freezes"})


def _holds_measure(words: list[str]) -> bool:
    """ "has an arms embargo", "have their own sanctions": the measure held, the only
    words between "has" and it a determiner or a kind of measure; and the second of two
    held measures ("has an arms embargo on Venezuela and travel bans on 18 officials")."""
    if _held_at_end(words):
        return True
    if "and" not in words[-4:]:
        return False
    conjunction = len(words) - 1 - words[::-1].index("and")
    second = words[conjunction + 1 :]
    if not second or not all(word.isalpha() and not word.endswith("ed") for word in second):
        return False
    for end in range(conjunction, max(conjunction - 8, 0), -1):
        if words[end - 1] in HELD_HEADS:
            return _held_at_end(words[:end])
    return False


def _held_at_end(words: list[str]) -> bool:
    """Do the words end with "has/have", a determiner or kinds of measure, and the measure?"""
    if len(words) < 3:
        return False
    for back in (2, 3):
        if len(words) > back and words[-back - 1] in {"has", "have"}:
            between = words[-back:-1]
            return all(word in HELD_MODIFIERS for word in between)
    return False


def _having_had(words: list[str]) -> bool:
    """'has had an arms embargo' (the measure right after 'has had'), not 'has had enough and
    imposed sanctions' (another verb in between), nor 'has had his assets frozen' (a passive
    that reports the act)."""
    for position, pair in enumerate(pairwise(words)):
        if pair in HAVING_HAD:
            rest = words[position + 2 :]
            return len(rest) <= 3 and not any(
                word in {"and", "but", ",", "then"}
                or word.endswith("ed")
                or word in FROZEN_PARTICIPLES
                for word in rest
            )
    return False


def _off_the_table(after: list[str]) -> bool:
    """ "not on the table", "off the table", "not under discussion": ruled out, not
    proposed."""
    for i in range(len(after) - 2):
        if after[i + 1 : i + 3] == ["the", "table"] and (
            after[i] == "off" or (after[i] == "on" and i > 0 and after[i - 1] in {"not", "n't"})
        ):
            return True
    return any(
        (after[i], after[i + 1]) in UNDER_CONSIDERATION and after[i - 1] in {"not", "n't"}
        for i in range(1, len(after) - 1)
    )


def _on_the_table(after: list[str]) -> bool:
    """ "on the table", "under consideration", "being considered": proposed, not in force."""
    if any(after[i : i + 3] == ["on", "the", "table"] for i in range(len(after))):
        return True
    return bool(set(pairwise(after)) & UNDER_CONSIDERATION)


UNDER_CONSIDERATION = frozenset(
    {
        ("under", "consideration"),
        ("under", "discussion"),
        ("under", "review"),
        ("being", "considered"),
        ("being", "discussed"),
        ("being", "weighed"),
    }
)


def _without_relative_clauses(words: list[str]) -> list[str]:
    """Drop ', which has declined to …,' so an aside does not set the main clause's status."""
    kept: list[str] = []
    skipping = False
    for position, word in enumerate(words):
        if word in {"which", "who", "whose"} and position and words[position - 1] == ",":
            skipping = True
            kept.pop()
            continue
        if skipping:
            if word == ",":
                skipping = False
            continue
        kept.append(word)
    return _without_free_relative_modal(kept)


def _without_free_relative_modal(words: list[str]) -> list[str]:
    """Drop the modal of a free relative that describes the measure ("have placed what
    could be devastating sanctions on Putin"): it says how the measure may turn out, not
    whether it was imposed."""
    for position in range(len(words) - 2):
        if (
            words[position] == "what"
            and words[position + 1] in LIFTING_MODALS  # (the modals of a possibility)
            and words[position + 2] == "be"
        ):
            return words[:position] + words[position + 3 :]
    return words
