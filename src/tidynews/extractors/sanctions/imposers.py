"""Sanctions' imposers: who imposes a measure. Read from the clause's subject (past asides,
participles and reporting clauses), a modifier ("US sanctions"), a passive's "by" agent, a
relative clause on the measure ("the sanctions that Washington imposed"), and for a bare
reported passive the reporter when it is a sanctioning office (a treasury, OFAC). Also the
clause tests the other stages share (passives, reduced relatives, asides).
"""

from __future__ import annotations

from itertools import pairwise

from ...document import AnnotatedArticle, Mention
from ...people import (
    FROZEN_THINGS,
    GOVERNMENT_NOUNS,
    HONORIFICS,
    POSSESSIVES,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from ..clauses import (
    CLAUSE_BOUNDARIES,
    COLLECTIVE_NOUNS,
    MONTH_WORDS,
    OWNING_DETERMINERS,
    POSSESSIVE_SUBJECTS,
    QUOTE_MARKS,
    RELATIVE_WORDS,
    SUBJECT_PRONOUN_WORDS,
    SUBORDINATORS,
    VERB_GROUP,
    VERB_GROUP_OPENERS,
    SentenceView,
    absolute_with_opening,
    aside_antecedent,
    clause_end,
    clause_start,
    date_word,
    decision_owner,
    forward_run,
    heading_actors,
    is_actor_like,
    label_actors,
    nearest_run,
    opening_run,
    pronoun_before,
    relative_antecedent,
    relative_aside_close,
    relative_aside_opener,
    resolve_pronoun,
    sentence_view,
    urged_party,
    urged_unnamed,
    window_words,
)
from .targets import FROZEN_PARTICIPLES, _second_predicate
from .vocabulary import (
    ATTRIBUTING_VERBS,
    BE_FORMS,
    EVADING_WORDS,
    FOLLOW_VERBS,
    FREEZE_WORDS,
    GROUP_KINDS,
    IMPOSING_VERBS,
    MEASURE_HEADS,
    PARTICIPLE_ADVERBS,
    PASSIVE_AUXILIARIES,
    PROPOSED,
    PUNITIVE_ADJECTIVES,
    REPORTING_VERBS,
    SINGLE_KINDS,
    SWIFT_VERBS,
    TARGET_PREPOSITIONS,
    THREATENED,
    VERB_MEASURES,
    Cue,
    Targets,
    _CueContext,
    passive_verb_at,
)

ENTERING = frozenset({"entering", "travelling", "traveling", "visiting"})


def _barred_destination(view: SentenceView, cue: Cue) -> list[Mention]:
    """The country a passive travel ban keeps someone out of ("is barred from entering the
    UK"): with no agent named, the state whose border it is imposes it."""
    if cue.measure != "travel ban":
        return []
    for index in range(cue.index + 1, min(view.end, cue.index + 12)):
        if view.lower(index) in ENTERING and view.lower(index - 1) == "from":
            mention = view.mention_starting(index + 1)
            if mention is not None and mention.entity_type == "country":
                return _listed_countries_from(view, mention)
            if (view.lower(index + 1), view.lower(index + 2)) == ("the", "country"):
                return _named_state_before(view, cue.index)
            return []
    return []


def entry_destination(view: SentenceView, enter: int) -> Mention | None:
    """The state or bloc named right after "enter" (past "the"): whose border it is."""
    first = enter + 1 + (view.lower(enter + 1) == "the")
    return view.mention_starting(first)


def _listed_countries_from(view: SentenceView, first: Mention) -> list[Mention]:
    """The country and those listed with it ("from entering Estonia, Latvia, Lithuania or
    Poland": each state keeps them out of its own territory)."""
    run = forward_run(view, first.token_start, clause_end(view, first.token_start), set())
    listed = [m for m in run if m.entity_type == "country" and m.kind != "demonym"]
    return listed or [first]


def _named_state_before(view: SentenceView, index: int) -> list[Mention]:
    """ "barred from entering the country": the state named last before the measure in its
    own sentence ("Russia's foreign ministry has published a list of 500 Americans who are
    barred from entering the country": Russia). Not measure.country_antecedent, which reads
    "the country" as a target: a destination is no demonym of those barred ("Americans"),
    and with no state in the sentence the last imposer is the likelier one (a passive's)."""
    for mention in reversed(view.mentions):
        if mention.token_end > index or mention.sentence_id != view.sentence_id:
            continue
        if mention.entity_type == "country" and mention.kind != "demonym":
            return [mention]
    return []


def _can_own_measures(mention: Mention) -> bool:
    return mention.entity_type in {"country", "org"} and mention.kind != "demonym"


# Words inside a measure's noun phrase: "with an asset freeze", "under a US trade embargo".
MEASURE_MODIFIERS = frozenset(
    """a an asset assets travel visa arms oil trade financial economic tough tougher crippling
    sweeping harsh broad sectoral crushing punishing punitive stringent severe comprehensive
    heavy stiff blanket unprecedented total near longstanding long standing -""".split()
)  # ("-": "a near-total US embargo", "long-standing sanctions")


JURISDICTION_TYPES = frozenset({"country", "org"})


def _freezing_place(view: SentenceView, cue: Cue, exclude: set[str]) -> list[Mention]:
    """The state or bloc a passive freeze holds assets in, which is the state that froze
    them: "those whose assets are now frozen in Switzerland", "whose assets in the EU are
    frozen". Only for the participle of a freeze with no agent, and only a state or bloc
    (not a city or a bank) right after "in"."""
    if view.lower(cue.index) not in FROZEN_PARTICIPLES:
        return []
    places = [cue.index + 2]  # "frozen in Switzerland"
    # "assets in the EU are (now) frozen"
    for index in range(cue.index - 2, max(view.start, cue.index - 7), -1):
        if view.lower(index) == "in" and view.lower(index - 1) in FROZEN_THINGS:
            places.append(index + 2 if view.lower(index + 1) == "the" else index + 1)
            break
    if view.lower(cue.index + 1) != "in":
        places = places[1:]
    for place in places:
        named = view.mention_starting(place)
        if named is None or named.kind == "demonym" or named.entity_id in exclude:
            continue
        if named.entity_type in JURISDICTION_TYPES:
            return [named]
    return []


def _held_assets_state(view: SentenceView, cue: Cue, exclude: set[str]) -> list[Mention]:
    """The state a demonym places frozen assets in: "has had his British assets frozen" (by
    Britain). ``exclude`` holds the targets and the case's contested states, whose demonym
    names the owner ("had their Russian assets frozen"), not the place."""
    if view.lower(cue.index) not in FROZEN_PARTICIPLES:
        return []
    if view.lower(cue.index - 1) not in FROZEN_THINGS:
        return []
    named = view.mention_ending(cue.index - 2)
    if named is None or named.kind != "demonym" or named.entity_type != "country":
        return []
    if any(
        m.entity_id == named.entity_id and m.token_end <= named.token_start for m in view.mentions
    ):
        return []  # "Belarusian businessman X has had his Belarusian assets frozen": his own
    return [] if named.entity_id in exclude else [named]


# Measure verbs whose participle does not end in "-ed" ("has been forbidden from entering")
IRREGULAR_MEASURE_PARTICIPLES = frozenset({"forbidden"})


def _participle(word: str) -> bool:
    """Is a measure verb's form its past participle ("barred", "forbidden")?"""
    return word.endswith("ed") or word in IRREGULAR_MEASURE_PARTICIPLES


def _is_passive(view: SentenceView, cue: Cue) -> bool:
    """'X was sanctioned', 'X had been blacklisted' (a verb cue after an auxiliary), a
    reduced relative with its agent ("nine officials sanctioned by Tokyo"), and a factbox
    bullet's reduced passive ("* Seven banks removed from SWIFT")."""
    verb = cue.verb if cue.form in {"swift", "list_add", "list_drop"} else cue.index
    if cue.form in {"swift", "verb"} and _bullet_passive(view, verb):
        return True
    if _fronted_predicate(view, cue.index):
        return True  # "Also subject to the freeze are …": no agent, like a passive
    if cue.form == "swift" and _swift_passive(view, cue):
        return True  # "Sberbank will be excluded from SWIFT"
    if cue.form == "noun" and _those_on_the_list(view, cue.index):
        return True  # "Those on the sanctions list include A, B and C": no agent named
    if cue.form == "noun" and those_frame_link(view, cue.index) >= 0:
        return True  # "Those hit by the new sanctions are A, B and C"
    if cue.form == "noun" and measure_noun_passive(view, cue.index) >= 0:
        return True  # "Similar restrictions were imposed on 61 citizens": no agent named
    if cue.form != "verb" or not _participle(view.lower(cue.index)):
        return False
    before = view.lower(cue.index - 1)
    if before in {"been", "was", "were", "is", "are", "be", "being"}:
        return True
    if _reduced_relative(view, cue):
        return True  # "nine officials sanctioned by Tokyo"
    if _among_those(view, cue.index):
        return True  # "Among those sanctioned on Friday are …"
    return before in {"already", "also", "previously"} and view.lower(cue.index - 2) in {
        "been",
        "was",
        "were",
        "is",
        "are",
    }


THOSE_LINKS = frozenset({"are", "is", "were", "was", "include", "includes", "included"})


def _freeze_passive(view: SentenceView, cue: Cue, anchor: int) -> bool:
    """Is a freezing participle passive, past its adverbs ("Sberbank's assets were also
    frozen", "Gazprom's stake was frozen")? With no agent, the last imposer froze them."""
    if cue.form != "freeze" or not view.lower(anchor).endswith(("en", "ed")):
        return False
    before = anchor - 1
    while view.lower(before) in PARTICIPLE_ADVERBS:
        before -= 1
    opening = clause_start(view, anchor)
    if {view.lower(opening), view.lower(opening - 1)} & (RELATIVE_WORDS | {"whose"}):
        return False  # "Delcy Rodríguez, whose assets were frozen in 2018": whoever froze them
    return view.lower(before) in {"was", "were", "is", "are", "been", "be", "being"}


# Participles of a passive whose subject is the measure itself: "sanctions were imposed
# against 14 officials", "sanctions on A and B were lifted"
MEASURE_PASSIVE_PARTICIPLES = frozenset(
    """imposed introduced announced adopted placed slapped levied applied extended expanded
    lifted eased suspended removed dropped""".split()
)
PASSIVE_MODALS = frozenset({"would", "will", "could", "may", "might", "should", "must", "'ll"})
MEASURE_SUBJECT_REACH = 12  # tokens of "sanctions on Serenity Maritime and Lima Shipping were"


def measure_noun_passive(view: SentenceView, cue: int) -> int:
    """Where the participle stands when the measure noun is the subject of a passive with no
    agent of its own ("sanctions were imposed against …", "sanctions on A and B are
    lifted", "restrictions have also been introduced on …"); -1 otherwise. The nearest
    auxiliary in the noun's clause decides: a finite verb of another kind before it ends
    the search."""
    end = min(clause_end(view, cue), cue + MEASURE_SUBJECT_REACH, view.end)
    for index in range(cue + 1, end):
        word = view.lower(index)
        if word in {"which", "that", "who", "whose", ","}:
            return -1  # a relative clause or an aside: not the noun's own predicate
        if word not in {"was", "were", "is", "are", "been", "be"}:
            continue
        if view.lower(index - 1) in PASSIVE_MODALS:
            return -1  # "promised that sanctions would be announced": whose, the clause says
        participle = index + 1
        while view.lower(participle) in PARTICIPLE_ADVERBS:
            participle += 1
        if view.lower(participle) not in MEASURE_PASSIVE_PARTICIPLES:
            return -1
        return -1 if view.lower(participle + 1) == "by" else participle
    return -1


def _reduced_relative(view: SentenceView, cue: Cue) -> bool:
    """A participle right after the noun it describes, with its agent: "seven officials
    sanctioned by the Obama administration". It names people already under the measure; a
    frame that opens the sentence to list them ("Those designated by the Treasury are …")
    tells the act."""
    before = view.lower(cue.index - 1)
    return (
        cue.form == "verb"
        and view.lower(cue.index + 1) == "by"
        and (before in GROUP_KINDS or before in SINGLE_KINDS)
        and those_frame_link(view, cue.index) < 0
    )


def _bullet_passive(view: SentenceView, verb: int) -> bool:
    """A participle right after the names or group that open a factbox bullet, with no
    auxiliary: "* March 2: Seven banks removed from SWIFT" (headline style)."""
    if verb < 0 or not view.lower(verb).endswith("ed"):
        return False
    if not heading_actors(view.article, view.sentence_id, set()):
        return False
    if view.lower(verb + 1) not in BULLET_PASSIVE_FOLLOWERS:
        return False  # "* President Donald Trump barred U.S. banks …": active, with an object
    named = view.mention_ending(verb - 1)
    if named is not None:
        return named.entity_type == "org" or named.kind == "detected"  # a company, not an actor
    return view.lower(verb - 1) in GROUP_KINDS


BULLET_PASSIVE_FOLLOWERS = frozenset(
    {"from", "off", "out", "under", "to", "in", "on", "by", "for", "over", ",", ".", ";"}
)


def _among_those(view: SentenceView, cue: int) -> bool:
    """ "Among those sanctioned on Friday are A and B", "Those sanctioned include A, B",
    "Others sanctioned were A and B": the targets follow the copula or "include"."""
    if _fronted_participle(view, cue) or _fronted_predicate(view, cue):
        return True
    if _fronted_group_participle(view, cue):
        return True  # "The two banks designated are Promsvyazbank and VEB"
    head = cue - 1 - (view.lower(cue - 1) in THOSE_ADVERBS)  # "Others also sanctioned include"
    if view.lower(head) in {"those", "others"} and view.lower(head - 1) == "among":
        return True
    return those_frame_link(view, cue) >= 0


def those_frame_link(view: SentenceView, cue: int) -> int:
    """Where the copula or "include" of a sentence-opening frame of the sanctioned stands,
    whose targets follow it: "Those sanctioned include …", "Those newly-sanctioned by the UK
    include …", "Those hit by the new sanctions are …", "The latest companies to be
    sanctioned include …" (the cue is the participle, or the measure its "by" names); -1
    when the sentence opens on no such frame."""
    head = view.start
    while view.lower(head) in {'"', "“", "-", "–", "—"}:
        head += 1
    if _one_of_the(view, head):
        head += 2  # "One of the four regional leaders sanctioned Monday is …"
    if view.lower(head) in {"those", "others"}:
        position = head + 1
    elif view.lower(head) == "the":
        noun = next((i for i in range(head + 1, head + 4) if view.lower(i) in GROUP_KINDS), -1)
        if noun < 0 or any(view.mention_covering(i) for i in range(head + 1, noun)):
            return -1  # (plain words only: "The latest companies", not "Russia's banks")
        position = noun + 1
    else:
        return -1
    while view.lower(position) in THOSE_ADVERBS or view.lower(position) in {"-", "–"}:
        position += 1  # "Those newly-sanctioned", "Others also sanctioned"
    if (view.lower(position), view.lower(position + 1)) == ("to", "be"):
        position += 2  # "The latest companies to be sanctioned"
    participle = view.lower(position)
    if not (_participle(participle) or participle in THOSE_IRREGULAR_PARTICIPLES) or cue < position:
        return -1
    if cue > position and not (
        view.lower(position + 1) == "by" and cue - position <= THOSE_AGENT_REACH
    ):
        return -1  # (the measure a "by" names: "Those hit by the new sanctions are …")
    for index in range(cue + 1, min(view.end, cue + THOSE_AGENT_REACH + 1)):
        if view.lower(index) in THOSE_LINKS:
            return index
        if view.lower(index) in {",", ";", ":"} or view.lower(index) in CLAUSE_BOUNDARIES:
            return -1
    return -1


def _one_of_the(view: SentenceView, index: int) -> bool:
    """Does "one of the" or "another of the" open a group at ``index``?"""
    return (
        view.lower(index) in {"one", "another"}
        and view.lower(index + 1) == "of"
        and (view.lower(index + 2) == "the")
    )


# Subordinators a gerund adjunct may open on; its subject is the main clause's
GERUND_OPENERS = frozenset({"while", "after", "before", "when", "since"})
THOSE_AGENT_REACH = 6  # tokens of "by the new sanctions" or "by the UK on Monday"
THOSE_IRREGULAR_PARTICIPLES = frozenset({"hit", "cut", "struck"})  # "Those hit by …"


LIST_MEMBER_WORDS = frozenset({"those", "others", "people", "names", "individuals", "officials"})


def _those_on_the_list(view: SentenceView, cue: int) -> bool:
    """ "Those on the sanctions list include A, B and C", "Others on its blacklist are …": the
    list's members named after the copula or "include"."""
    listed = cue + (view.lower(cue) == "sanctions" and view.lower(cue + 1) in {"list", "lists"})
    return (
        view.lower(cue - 1) in {"the", "its", "their", "this", "that"}
        and view.lower(cue - 2) == "on"
        and view.lower(cue - 3) in LIST_MEMBER_WORDS
        and view.lower(listed) in {"list", "lists", "blacklist"}
        and view.lower(listed + 1) in THOSE_LINKS
    )


THOSE_ADVERBS = frozenset({"also", "newly", "now", "recently", "previously"})


GROUP_OPENING_REACH = 4  # words of "The two banks" / "The seven new individuals"


def _fronted_group_participle(view: SentenceView, cue: int) -> bool:
    """ "The two banks designated are …", "The seven individuals sanctioned include …": a
    group noun opening the sentence, its participle, then the copula or "include" and the
    targets."""
    if not _participle(view.lower(cue)) or view.lower(cue + 1) not in THOSE_LINKS:
        return False
    noun = cue - 1
    if view.lower(noun) not in GROUP_KINDS or noun - view.start > GROUP_OPENING_REACH:
        return False
    # (plain words only: "The two banks", not "Russia's banks" nor "banks, he said,")
    return all(view.lower(i).isalnum() for i in range(view.start, noun)) and not any(
        view.mention_starting(i) for i in range(view.start, noun)
    )


FRONTING_ADVERBS = frozenset({"also", "newly", "likewise", "further", "separately"})
FRONTED_LINKS = frozenset({"are", "is", "were", "was"})


def _fronted_participle(view: SentenceView, cue: int) -> bool:
    """ "Also sanctioned are Igor Sechin, …", "Sanctioned were four judges": a participle
    fronted before its copula, the targets after it (the inverted passive)."""
    if not _participle(view.lower(cue)) or view.lower(cue + 1) not in FRONTED_LINKS:
        return False
    start = cue - 1 if view.lower(cue - 1) in FRONTING_ADVERBS else cue
    return start == view.start or view.lower(start - 1) in {'"', "“", "-", "–", "—", ":"}


SUBJECT_TO_REACH = 5  # tokens from "subject to" to the measure it names


# How a fronted predicate that puts its subject under a measure opens: "subject to the
# freeze", "added to the list", "making the sanctions list", "on the list", "named on …"
FRONTED_PREDICATE_OPENERS = frozenset(
    {
        ("subject", "to"),
        ("added", "to"),
        ("named", "on"),
        ("named", "in"),
        ("named", "to"),
        ("included", "in"),
        ("included", "on"),
        ("placed", "on"),
        ("put", "on"),
        ("making", "the"),
        ("making", "it"),
        ("on", "the"),
    }
)


def _fronted_predicate(view: SentenceView, cue: int) -> bool:
    """ "Also subject to the asset freeze are Oleg Deripaska and Igor Sechin", "Also added to
    the list were …", "Also making the sanctions list are …": a predicate that puts its
    subject under the measure, fronted with the measure before its copula, the targets after
    it (the sentence's opening words; nothing but the measure's own words between)."""
    if view.lower(cue + 1) not in FRONTED_LINKS:
        return False
    start = view.start + (1 if view.lower(view.start) in FRONTING_ADVERBS else 0)
    return (view.lower(start), view.lower(start + 1)) in FRONTED_PREDICATE_OPENERS and (
        cue - start <= SUBJECT_TO_REACH
    )


CONDEMNING_VERBS = frozenset(
    """condemn condemns condemned condemning denounce denounces denounced denouncing
    criticise criticises criticised criticising criticize criticizes criticized criticizing
    decry decries decried slam slams slammed blast blasts blasted deplore deplores deplored
    protest protests protested""".split()
)


def _condemned(view: SentenceView, cue: int) -> bool:
    """Is the measure noun the object of a verb of condemning ("Russia condemned the
    sanctions imposed on Gazprom")? Who condemns a measure never imposed it."""
    for index in range(cue - 1, max(view.start, cue - CONDEMNED_REACH) - 1, -1):
        word = view.lower(index)
        if word in CONDEMNING_VERBS:
            return True
        if word in {"and", ",", "but", ";"} or word in IMPOSING_VERBS:
            return False  # ("condemned the invasion and announced new sanctions …")
    return False


# words from a verb of condemning to the measure: "denounced the US government for its
# continuous "criminal sanctions"", "slammed the United States for what it termed
# "one-sided" sanctions"
CONDEMNED_REACH = 14


def blamed_for_its(view: SentenceView, cue: int) -> int:
    """ "denounced the US government for its continuous "criminal sanctions"": the position
    of the owner's "its" / "their" after "for", a few adjectives or quote marks before the
    measure; -1 when the measure is not so owned. "for what it termed "one-sided" sanctions"
    owns them the same way (the position of "what")."""
    for index in range(cue - 1, max(view.start, cue - BLAMED_REACH) - 1, -1):
        word = view.lower(index)
        if word in {"its", "their"}:
            return index if view.lower(index - 1) == "for" else -1
        if word == "what" and view.lower(index - 1) == "for":
            return index if view.lower(index + 1) in {"it", "they"} else -1
        if not (word.isalpha() or word in QUOTE_MARKS or word == "-") or word in {
            "and",
            "or",
            "new",
        }:
            return -1
    return -1


BLAMED_REACH = 9  # tokens of "for what it termed " one - sided "" before the measure


def _condemned_for_its(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """ "denounced the US government for its continuous sanctions": the one condemned for its
    measures owns them (the state or body named right before "for its")."""
    pronoun = blamed_for_its(view, cue)
    if pronoun < 0:
        return []
    owner = view.mention_ending(pronoun - 2)
    if view.lower(pronoun - 2) in GOVERNMENT_NOUNS:
        owner = view.mention_covering(pronoun - 3)
    if owner is None or owner.entity_id in exclude or owner.entity_type == "person":
        return []
    return [owner]


PASSIVE_IMPOSER_REACH = 3  # sentences back to the imposer an agentless passive continues


BE_GOVERNORS = frozenset("to will would could can may might must should shall not n't 'll".split())


def _demanded_passive(view: SentenceView, verb: int) -> bool:
    """ "insisted that Patriarch Kirill … be dropped from the list": a bare "be" with no
    modal or "to" before it is a demand's subjunctive, no act of the imposer just named."""
    auxiliary = verb - 1
    while view.lower(auxiliary) in {"also", "then", "later"}:
        auxiliary -= 1
    return view.lower(auxiliary) == "be" and view.lower(auxiliary - 1) not in BE_GOVERNORS


# Verbs by which the measures a relative clause spells out are adopted: "approved sanctions
# that will freeze …", "agreed to a sixth package that will include a ban on …"
ADOPTING_MEASURE_VERBS = frozenset(
    """approved approves adopted adopts agreed agrees passed unveiled unveils imposed imposes
    announced announces""".split()
)
MEASURE_PACKAGES = frozenset("sanctions package measures penalties".split())
# What may stand between the relative pronoun and the measure it spells out: "that will
# (also) include a near-total ban", "which would freeze"
RELATIVE_CONTENT_WORDS = frozenset(
    "will would also now include includes cover covers contain contains near full".split()
)


def _subject_relative(
    view: SentenceView, anchor: int, exclude: set[str]
) -> tuple[list[Mention], int]:
    """The antecedent of the subject relative (", which has barred …", ", which recognises X
    and has barred …") whose predicate holds the measure, or []. An object relative (",
    which Washington sanctioned") has a subject of its own: a name right after the
    pronoun."""
    opener = relative_aside_opener(view, anchor)
    if opener < 0 or view.lower(opener) not in {"which", "who"}:
        return [], -1
    following = view.lower(opener + 1)
    if view.mention_starting(opener + 1) is not None or following in SUBJECT_OPENERS:
        return [], -1
    return relative_antecedent(view, opener + 1, exclude), opener + 1


# Words that open a relative clause's own subject (an object relative): ", which the EU …"
SUBJECT_OPENERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "it", "they", "he", "she", "we", "i"}
)


def adopting_verb_of_content(view: SentenceView, cue: int) -> int:
    """Is the cue inside a relative clause ("that will freeze …", "which would include …")
    on a measure the clause before adopts? Its "will" is what the measure does once in
    force, not a plan: the measure is imposed, by the adopting verb's subject. The verb's
    index, or -1."""
    relative = next(
        (
            i
            for i in range(cue - 1, max(view.start, cue - 9) - 1, -1)
            if view.lower(i) in {"that", "which"}
        ),
        -1,
    )
    if relative < 0 or any(
        view.lower(i) not in RELATIVE_CONTENT_WORDS and view.lower(i) not in MEASURE_MODIFIERS
        for i in range(relative + 1, cue)
    ):
        return -1
    for position in range(relative - 1, max(view.start, relative - 10) - 1, -1):
        word = view.lower(position)
        if word in ADOPTING_MEASURE_VERBS:
            between = window_words(view, position + 1, relative)
            return position if not MEASURE_PACKAGES.isdisjoint(between) else -1
        if word in CLAUSE_BOUNDARIES or word in {",", ";"}:
            return -1
    return -1


def _imposers(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    targets: Targets,
    exclude: set[str],
    modifier_start: int,
    context: _CueContext,
    own_act: bool = False,
) -> tuple[list[Mention], int]:
    """Who imposes, and the first token of the window the status is read from (``context``:
    the recent imposers, what was just targeted, the case's contested parties; ``own_act``:
    the subject's taking up of a measure another imposed, so the measure's own source,
    "imposed by X", is not asked for)."""
    recent, just_targeted, recent_at, _, contested, _ = context
    pronoun_exclude = exclude | just_targeted  # a pronoun is not what was just sanctioned
    anchor = cue.verb if cue.form in {"swift", "list_add", "list_drop"} else cue.index
    if targets.verb >= 0:
        anchor = targets.verb
    if modifier_start >= 0:  # "X has been under US and EU sanctions"
        run = [m for m in _modifier_run(view, cue.index) if m.entity_id not in exclude]
        # "X is already under sanctions from the US and Canada"
        run = run or _source_after(view, cue.index, exclude)
        # "X is already under sanctions in the United States and Europe"
        run = run or _jurisdiction_after(view, cue.index, exclude)
        # (a factbox bullet: "* VTB placed under full blocking sanctions" under its state)
        run = run or heading_actors(article, view.sentence_id, exclude)
        if not run and recent and view.lower(modifier_start - 1) == "on":
            # "Almaz-Antey has been on the sanctions list since 2014" with no owner named:
            # being on a list is having been put there, as an agentless passive tells it
            last = max(recent_at, recent[0].sentence_id)
            if last >= view.sentence_id - PASSIVE_IMPOSER_REACH:
                run = [m for m in recent if m.entity_id not in exclude]
        return run, clause_start(view, modifier_start)
    sourced = view.lower(cue.index + 1) in SOURCE_PARTICIPLES
    if cue.form == "noun" and not own_act and not sourced:
        sourced = _agent_after_the_target(view, cue.index) >= 0
    if cue.form == "noun" and sourced and not own_act:
        source = _source_after(view, cue.index, exclude)
        if source:  # "Russia condemned the sanctions imposed by Washington on PDVSA"
            return source, cue.index  # (what the sentence's subject does to them is not theirs)
    if cue.form == "noun" and not own_act and _condemned(view, cue.index):
        # "Russia condemned the sanctions imposed on Gazprom", "with Erdogan criticising
        # sanctions against Venezuela", "Russia condemned US sanctions on PDVSA": the critic
        # imposed nothing; the measure's owner, if named
        owner = [m for m in _modifier_run(view, cue.index) if m.entity_id not in exclude]
        owner = owner or _condemned_for_its(view, cue.index, exclude)
        return owner, cue.index
    adopting = adopting_verb_of_content(view, cue.index)
    if adopting >= 0:  # "Kishida approved sanctions that will freeze the assets of …"
        adopters = nearest_run(
            view, clause_start(view, adopting), adopting, exclude, frozenset({"of"})
        )
        if adopters:
            return adopters, adopting
    apposed = _apposed_agent(view, cue.index, exclude) if cue.form == "noun" else []
    if apposed:  # "A price cap on Russian crude, agreed by the G7 and the EU, came into force"
        return apposed, cue.index
    passive = _by_agent(view, cue, exclude)
    if passive:
        return passive, clause_start(view, anchor)
    owner = _decision_owner(view, anchor, exclude)
    if owner:  # "The EU's sixth package, adopted on June 3, bans …"
        return owner, view.start
    place = _freezing_place(view, cue, exclude) or _held_assets_state(
        view, cue, exclude | contested
    )
    if place:  # "those whose assets are now frozen in Switzerland", "whose assets in the EU are"
        return place, clause_start(view, anchor)
    heading = heading_actors(article, view.sentence_id, exclude)
    if (
        heading
        and not _subject_run(view, clause_start(view, anchor), anchor, exclude)
        # ("* The United States sanctioned X …, and has since blacklisted …": a bullet whose
        # sentence opens on its own actor is that actor's, a heading of suppliers or not)
        and not opening_run(view, anchor, exclude, across=True)
    ):
        return heading, clause_start(view, anchor)  # a factbox bullet under "UNITED STATES"
    listed = _list_opener_adopter(article, view, exclude)
    if listed and not _subject_run(view, clause_start(view, anchor), anchor, exclude):
        # "The EU agreed on a new package of sanctions, which also included: - An asset
        # freeze and travel ban on individuals": an item of the package its adopter adopted
        return listed, clause_start(view, anchor)
    entered = entry_destination(view, cue.index) if cue.form == "no_entry" else None
    if entered is not None:  # "Russian tourists can no longer enter Estonia or Latvia"
        return _listed_countries_from(view, entered), cue.index  # (after "no longer")
    destination = _barred_destination(view, cue) if _is_passive(view, cue) else []
    if destination:
        return destination, clause_start(view, anchor)  # "X is barred from entering the UK"
    # "X was dropped from the list", "X would be added to the list": a passive listing
    dropped = cue.form in {"list_drop", "list_add"} and passive_verb_at(view, cue.verb)
    # (a passive with no agent looks back a paragraph for the last imposer: "The Treasury
    # imposed sanctions on Arreaza. … In March, Minerven and its president were designated")
    last_imposed = max(recent_at, recent[0].sentence_id) if recent else -PASSIVE_IMPOSER_REACH - 1
    recent_enough = last_imposed >= view.sentence_id - PASSIVE_IMPOSER_REACH
    owner = _modifier_run(view, cue.index) if dropped else []
    if owner:
        return owner, clause_start(view, anchor)  # "X was added to the US sanctions list"
    passive = _is_passive(view, cue) or dropped or targets.passive
    announcers = _announcing_gerund_subject(view, clause_start(view, anchor), exclude)
    frozen_passive = cue.form == "freeze" and view.lower(anchor - 1) in {"be", "been"}
    if (passive or frozen_passive) and announcers:
        return announcers, clause_start(view, anchor)
    attributed = _closing_attribution(article, view, anchor, exclude, context) if passive else []
    if attributed:  # "Sberbank will be cut off from SWIFT, the EU said": the EU's own act
        return attributed, clause_start(view, anchor)
    owned = _modifier_run(view, cue.index) if passive and cue.form == "noun" else []
    # (not a contested party's demonym: "subject to Russian sanctions" means sanctions on it)
    owned = [
        m
        for m in owned
        if m.entity_id not in exclude
        and not (m.kind == "demonym" and (m.party_id or m.entity_id) in article.contested)
    ]
    if owned:
        # "Both are also subject to British sanctions imposed in March 2022": the measure's
        # own owner, whoever imposed the measures just told
        return owned, clause_start(view, anchor)
    if (
        (passive or _freeze_passive(view, cue, anchor))
        and recent_enough
        and not _demanded_passive(view, anchor)
    ):
        # "The Treasury sanctioned the central bank. Its director was designated the same
        # day.": a passive with no agent, right after a measure, is the same imposer's
        return [m for m in recent if m.entity_id not in exclude], clause_start(view, anchor)
    start = _past_adverbial_aside(view, clause_start(view, anchor))
    owner = _whose_measures(view, start, anchor, exclude)
    if owner:  # "the European Union, whose sanctions are limited to an arms embargo"
        return owner, start
    pair = _neither_of_the_pair(article, view, anchor, exclude)
    if pair:  # "Turkey and India … Neither country has joined the Western sanctions"
        return pair, view.start
    colon = _spelled_out_after_colon(view, anchor)
    if colon >= 0:
        elaborated, first = _measures_before_colon(view, colon, exclude)
        if elaborated:  # "Switzerland adopted its own measures in March 2018: an arms embargo"
            return elaborated, first
    joined_at = _and_before_verb(view, anchor)
    if cue.form in {"freeze", "verb", "visa", "swift", "list_add"} and joined_at >= 0:
        # "has imposed sanctions on PDVSA and frozen the assets of …", "… and later that
        # month blacklisted BANDES": the sentence's subject
        shared = _opening_pronoun(article, view, joined_at + 1, pronoun_exclude) or opening_run(
            view, joined_at + 1, exclude, across=True
        )
        if shared:
            return shared, shared[-1].token_end
        if recent and recent_at == view.sentence_id and _subject_unnamed(view):
            # "The administration has already frozen the assets of PDVSA, and sanctioned
            # Maduro himself": the first predicate's imposer, found for its cue just before
            return [m for m in recent if m.entity_id not in exclude], view.start
    conj = _and_imposing(view, start, anchor)
    if conj >= 0:  # "… cut Sberbank out of the US financial system and imposed sanctions on VTB"
        shared = (
            _opening_pronoun(article, view, conj, pronoun_exclude)
            or _joined_clause_subject(view, conj, exclude | set(just_targeted))
            or opening_run(view, conj, exclude | set(just_targeted), across=True)
        )
        if shared:
            return shared, conj
    follower = _follower_acting(view, anchor, exclude)
    if follower:  # "the European Union followed five days later, blacklisting him"
        return follower, follower[-1].token_end
    listed_verb = anchor if cue.form in {"freeze", "verb", "visa", "swift"} else -1
    if cue.form == "noun":
        listed_verb = _governing_verb_after_comma(view, cue)
    if listed_verb >= 0 and view.lower(listed_verb - 1) == ",":
        shared, holder = _verb_list_subject(view, listed_verb, exclude)
        if shared:  # "Japan would suspend bond sales, freeze the assets of … and deny …"
            return shared, shared[-1].token_end
        if holder == view.start:  # "It has already frozen …, cut seven banks off from SWIFT"
            shared = _opening_pronoun(article, view, listed_verb, pronoun_exclude)
            if shared:
                return shared, view.start
    if targets.before_cue:
        start = anchor
    urged = urged_party(view, start, anchor, exclude)
    if urged:
        return urged, -1  # urged to act: proposed, whatever the words after the urging
    if urged_unnamed(view, start, anchor):
        return [], start  # "urged other governments to sanction X": no one to name
    by_gerund = view.lower(anchor - 1) == "by" and view.lower(anchor).endswith("ing")
    modifiers = (
        [m for m in _modifier_run(view, cue.index) if m.entity_id not in exclude]
        if cue.form in {"noun", "list_add", "list_drop"}
        else []
    )
    # "Switzerland adopted the EU sanctions": the subject stands before the measure's owner
    subject_end = min(anchor, modifiers[0].token_start) if modifiers else anchor
    named = target_modifier(view, cue.index) if cue.form == "noun" else None
    if named is not None:  # "Canada expands Venezuela sanctions": the subject stands before
        subject_end = min(subject_end, named.token_start)
    absolute = _absolute_with_subject(view, anchor, exclude)
    if absolute:  # "…, with the United States, Britain and Canada all announcing sanctions"
        return absolute, absolute[-1].token_end
    issuer = _issuer_of_text(view, start, exclude)
    if issuer:
        return issuer, start  # "Trump signed an order that imposes sanctions on PDVSA"
    issuer = _issuer_before(article, view, start, anchor, exclude)
    if issuer:  # "Putin signed a decree on Tuesday. The decree bans the supply of oil to …"
        return issuer, view.start
    if recent_enough and recent and _decision_subject(view, anchor):
        # "EU leaders agreed to ban Russian oil. The deal also removes Sberbank from SWIFT":
        # the decision just reported acts for whoever took it
        return [m for m in recent if m.entity_id not in exclude], view.start
    listed = [] if targets.before_cue else _members_listed_before(view, start, exclude)
    if listed:
        return listed, start  # "EU nations, including Italy and Poland, imposed travel bans"
    verbal = cue.form in {"verb", "freeze", "visa", "swift", "list_add"}
    subject_relative, relative_start = (
        _subject_relative(view, anchor, exclude)
        if verbal and not targets.before_cue and not by_gerund
        else ([], -1)
    )
    if subject_relative:
        # "Jair Bolsonaro's government, which recognises Juan Guaidó … and has barred senior
        # officials of Maduro's government from entering Brazil": the antecedent, not a
        # name the relative's first predicate governs
        return subject_relative, relative_start
    run = [] if targets.before_cue or by_gerund else _subject_run(view, start, subject_end, exclude)
    subject_pronoun = _pronoun_subject_of(view, anchor)
    if run and subject_pronoun > run[-1].token_end:
        # "… to topple Venezuela's Nicolas Maduro as it slapped sanctions on …": the verb's own
        # subject is the pronoun after the names, not the nearest name
        word = view.lower(subject_pronoun)
        found = resolve_pronoun(article, view, subject_pronoun, word, pronoun_exclude)
        return found, subject_pronoun
    if run and _complied_with(view, run[-1].token_end, cue.index):
        # "Russia will not comply with the price cap", "would not accept the cap": the one
        # the measure binds, not its imposer (whose it is, its own words say)
        owner = modifiers or decision_owner(view, anchor, exclude)
        return owner, (owner[0].token_start if owner else cue.index)  # (its status, not theirs)
    if run and _judged_by_reporter(view, run[-1].token_end, cue.index, anchor):
        # "Lavrov said the sanctions on Russian banks were illegal": the speaker judges a
        # measure; its imposer is the one the measure's own words name, or nobody
        owner = modifiers or decision_owner(view, anchor, exclude)
        return owner, start
    if run and modifiers and not _imposing_verb_between(view, run[-1].token_end, cue.index):
        return modifiers, start
    if run:
        return run, run[-1].token_end
    held = aside_antecedent(view, start, exclude)
    if (
        held
        and modifiers
        and not targets.before_cue
        and _imposing_verb_between(view, start, cue.index)
    ):
        # "Canada and Mexico, which trade with Havana, have refused to follow U.S. measures":
        # the subject before the aside, not the measure's owner (who only takes part by a
        # verb of imposing or following: "X, which …, called U.S. sanctions illegal" is not)
        return held, start
    if modifiers and _imposing_verb_between(view, start, cue.index):
        # "Switzerland said it would adopt the EU's sanctions": the adopter imposes them
        found = pronoun_before(view, start, anchor)
        adopters = (
            resolve_pronoun(article, view, found[0], found[1], pronoun_exclude) if found else []
        )
        if adopters:
            return adopters, start
        adopters = _subject_relative(view, anchor, exclude)[0]
        if adopters:
            # "Switzerland, which (… but) has adopted the European Union's sanctions against
            # Russia, …": the relative's antecedent adopts them, and their owner holds them
            return adopters + modifiers, start
    if modifiers:
        return modifiers, start
    held = aside_antecedent(view, start, exclude)
    if held and not targets.before_cue:
        return held, start  # "… as the EU, which has frozen X's reserves, formally cut …"
    if _measure_includes(view, start):
        # "… sanctions against Russia for its attack on Ukraine, which includes financial
        # penalties against 58 individuals": the relative hangs on the package, whose
        # imposer is the sentence's subject, not the name before the comma
        run = opening_run(view, start, exclude, across=True)
        if run:
            return run, start
    antecedent = relative_antecedent(view, start, exclude)
    # (an object relative has its own subject: "a Moscow lender …, which it accused of
    # helping PDVSA evade the sanctions": not Moscow's)
    own_subject = view.lower(start) in SUBJECT_PRONOUN_WORDS or view.mention_starting(start)
    if antecedent and not targets.before_cue and not own_subject:
        return antecedent, start  # "Mexico, which has not joined the sanctions on …"
    if antecedent and view.lower(start) in SUBJECT_PRONOUN_WORDS:
        # "The Treasury blacklisted a Moscow lender, which it accused of helping PDVSA evade
        # the sanctions …": the relative's pronoun is the sentence's subject, not the lender
        run = opening_run(view, start, exclude | {m.entity_id for m in antecedent}, across=True)
        if run:
            return run, start
    found = pronoun_before(view, start, anchor)
    if found is None and cue.form == "noun":
        found = owning_pronoun(view, cue.index)  # "Meanwhile, its sanctions on Venezuela …"
    if found is not None:
        return resolve_pronoun(article, view, found[0], found[1], pronoun_exclude), start
    if by_gerund and start == view.start:
        # "Russia hit back by barring Biden … from entering", "Moscow responded by freezing
        # …": the means of the subject's own act
        run = _opening_pronoun(article, view, anchor, pronoun_exclude) or opening_run(
            view, anchor, exclude
        )
        if run:
            return run, run[-1].token_end
    owner = _its_body_owner(view, start, anchor, exclude)
    if owner:
        return owner, start  # "South Korea joined …, and on March 1 its finance ministry banned …"
    if start > view.start and (
        view.lower(start) in {"as", "and", "plus"}
        or view.lower(start).endswith("ing")
        or view.lower(anchor - 1) == "by"
    ):
        # "… maintains an embargo on X, as well as a ban on Y", "…, and later announced
        # sanctions", "adopted a package …, banning imports of …": the sentence's subject
        # (past a subordinator: "… has supplied arms while imposing a ban on …")
        adjunct = view.lower(start).endswith("ing") and view.lower(start - 1) in GERUND_OPENERS
        run = _opening_pronoun(article, view, start, pronoun_exclude) or opening_run(
            view, start, exclude, across=adjunct
        )
        if run:
            return run, run[-1].token_end
    if _second_predicate(view, start):
        # "Turkey has sold drones to Ukraine but has not imposed sanctions on Russia", "The US
        # recognised X and, a week later, imposed sanctions on PDVSA"
        run = _opening_pronoun(article, view, start, pronoun_exclude) or opening_run(
            view, start, exclude, across=True
        )
        if run:
            return run, start
    appositive = _appositive_subject(view, start, exclude)
    if appositive:
        return appositive, start  # "Japan's prime minister, Fumio Kishida, announced …"
    subject = opening_run(view, start, exclude)
    if subject and _aside_between(view, subject[-1].token_end, start):
        return subject, start  # "Mexico, which has declined to …, has ruled out joining …"
    # (a passive's own clause: "announced that selected banks would be removed from SWIFT")
    reported = _reporting_subject(view, start, exclude) or _reporting_subject(
        view, clause_start(view, anchor), exclude
    )
    if reported and _complained_of(view, anchor):
        reported = []  # "Putin said that Bank Rossiya had been sanctioned illegally"
    passive = _is_passive(view, cue) or (
        cue.form == "list_add" and passive_verb_at(view, cue.verb)  # "have been added to"
    )
    if not reported and passive and not _complained_of(view, anchor):
        reported = [
            m
            for m in _bare_reporting_subject(view, anchor, exclude)
            if (_sanctioning_office(article, m) or _head_reporting_on_others(article, view, m))
            and (m.party_id or m.entity_id) not in contested
        ]
    if reported:
        return reported, reported[-1].token_end
    refers = targets.measure_subject or _refers_to_measures(view, view.start, anchor)
    attributed = _closing_attribution(article, view, anchor, exclude, context) if refers else []
    if attributed:  # "The new measures target VTB and Sberbank, the Treasury said"
        return attributed, view.start
    if refers and recent:
        return [m for m in recent if m.entity_id not in exclude], view.start
    adopter = _adopter_before(article, view, exclude) if refers else []
    if adopter:
        return adopter, view.start  # "The EU adopted a fifth package. The package bans …"
    body = _body_anaphor(article, view, start, anchor, exclude, recent)
    if body:
        return body, start  # "Biden signed an order. The administration imposed …"
    labelled = label_actors(article, view, anchor, exclude, any_case=True)
    if labelled:
        return labelled, anchor  # a factbox line: "UNITED STATES - sanctioned Sberbank …"
    return [], start


TEXT_NOUNS = frozenset(
    """order decree law bill package resolution regulation directive decision""".split()
)
# Nouns a colon may spell out as a list of measures: "its own measures: an arms embargo, …"
ELABORATED_NOUNS = frozenset(
    "measures sanctions framework regime package penalties restrictions steps".split()
)


# Words of a time adverbial between "and" and a coordinated verb: "and later that month".
VERB_TIME_WORDS = frozenset(
    """later then also that this the same last month week year day days weeks months
    afterwards subsequently soon after shortly on in monday tuesday wednesday thursday friday
    saturday sunday""".split()
)


BODY_POSSESSIVES = frozenset({"its", "their"})  # a body's, not a person's


def owning_pronoun(view: SentenceView, noun: int) -> tuple[int, str] | None:
    """The "its"/"their" that owns the measure noun at ``noun`` and opens its clause ("Its
    sanctions on Venezuela are aimed at …", "Meanwhile, their own sanctions …"), with the
    subject pronoun that resolves it. Not an object's ("Which country extended its
    sanctions?": the clause's subject owns them) and not past other words ("services their
    aircraft now risks penalties")."""
    index = noun - 1
    while index > noun - 3 and view.lower(index) in OWNED_MEASURE_WORDS:
        index -= 1
    word = view.lower(index)
    if word not in BODY_POSSESSIVES:
        return None
    opens = index == view.start or view.lower(index - 1) in {",", ";", "and", "but"}
    return (index, POSSESSIVE_SUBJECTS[word]) if opens else None


def _and_before_verb(view: SentenceView, verb: int) -> int:
    """The "and"/"but" that coordinates the verb at ``verb`` with the predicate before,
    past a short time adverbial ("and later that month blacklisted"), or -1."""
    index = verb - 1
    while index > view.start and verb - index <= 4 and view.lower(index) in VERB_TIME_WORDS:
        index -= 1
    return index if view.lower(index) in {"and", "but"} else -1


def _perfect_in_an_aside(view: SentenceView, anchor: int) -> bool:
    """Is the measure told in a present perfect passive inside a relative clause set off
    by a comma ("Roman Abramovich, whose assets have been frozen by Britain and the EU,
    dropped anchor …")? Background to the sentence's own news: in force already."""
    opener, aside = relative_aside(view, anchor)
    if opener < 0:
        return False
    # (a passive: the clause describes its antecedent, the target; "Washington, which has
    # frozen $7 billion of PDVSA's assets, welcomed …" is the imposer's act, the news)
    words = [view.lower(i) for i in range(opener, anchor)]
    if any(pair in PERFECTS for pair in pairwise(words)):
        return True
    # an active perfect in an aside before the main predicate: "The EU, which has an arms
    # embargo on Venezuela and has sanctioned 18 of its officials, did not follow …"
    return bool({"has", "have"} & set(aside)) and NEWS_DAYS.isdisjoint(aside)


def relative_aside(view: SentenceView, anchor: int) -> tuple[int, list[str]]:
    """The relative pronoun opening the comma-set clause that holds ``anchor`` (-1 if none)
    and the words of that clause when a predicate follows it (else [])."""
    opener = relative_aside_opener(view, anchor)
    if opener < 0:
        return -1, []
    close = relative_aside_close(view, anchor)
    return opener, [view.lower(i) for i in range(opener, close)] if close >= 0 else []


PERFECTS = frozenset({("has", "been"), ("have", "been")})


NEITHER_NOUNS = frozenset({"country", "government", "state", "nation", "capital"})
PAIR_REACH = 3  # sentences back to the two states "neither" points at


def _named_kind(view: SentenceView, index: int) -> bool:
    """A capitalised word no gazetteer knows right before a "neither" noun: a region or
    grouping that narrows it ("Neither Gulf state", "Neither Baltic government")."""
    return (
        view.lower(index + 1) in NEITHER_NOUNS
        and view.mention_covering(index) is None
        and view.article.tokens.text(index)[:1].isupper()
    )


def _neither_of_the_pair(
    article: AnnotatedArticle, view: SentenceView, anchor: int, exclude: set[str]
) -> list[Mention]:
    """The two states a sentence opening "Neither country has …" / "Neither has …" points back
    at: the last pair joined by "and" in the sentences before (within PAIR_REACH). Its
    "neither" negates the act (``_status`` reads it)."""
    if view.lower(view.start) != "neither" or "nor" in view.word_set():
        return []  # ("Neither India nor China has …" names its pair: neither_nor's)
    following = view.lower(view.start + 1)
    if _named_kind(view, view.start + 1):
        following = view.lower(view.start + 2)  # "Neither Gulf state has …"
    if following not in NEITHER_NOUNS and following not in {"has", "have", "had", "is", "was"}:
        return []
    if any(view.mention_covering(i) is not None for i in range(view.start, anchor)):
        return []  # a subject of its own
    tokens = article.tokens
    for sentence_id in range(view.sentence_id - 1, view.sentence_id - PAIR_REACH - 1, -1):
        if sentence_id < 0:
            break
        states = [
            m
            for m in article.mentions_in(sentence_id)
            if m.entity_type == "country" and m.kind != "demonym" and m.entity_id not in exclude
        ]
        for first, second in pairwise(states):
            # a pair joined by "and" ("Turkey and India have become the exceptions")
            # (or "Saudi Arabia and the UAE")
            gap = second.token_start - first.token_end
            joined = tokens.lower(first.token_end) == "and"
            if joined and (gap == 1 or (gap == 2 and tokens.lower(first.token_end + 1) == "the")):
                return [first, second]
    return _last_two_opening_states(article, view, exclude)


PAIR_SUBJECT_REACH = 10  # sentences back to two states that opened sentences of their own


def _last_two_opening_states(
    article: AnnotatedArticle, view: SentenceView, exclude: set[str]
) -> list[Mention]:
    """The last two states that opened sentences before ("Kazakhstan is a member of … .
    Uzbekistan went further … . Neither government has joined the sanctions"), when no pair
    joined by "and" was named: the story's two subjects, in their order."""
    found: list[Mention] = []
    for sentence_id in range(view.sentence_id - 1, view.sentence_id - PAIR_SUBJECT_REACH - 1, -1):
        if sentence_id < 0:
            break
        first, _ = article.token_range(sentence_id)
        opening = next(
            (m for m in article.mentions_in(sentence_id) if m.token_start in (first, first + 1)),
            None,
        )
        if (
            opening is not None
            and opening.entity_type == "country"
            and opening.kind != "demonym"
            and opening.entity_id not in exclude
            and opening.entity_id not in {m.entity_id for m in found}
        ):
            found.insert(0, opening)
            if len(found) == 2:
                return found
    return []


def _whose_measures(
    view: SentenceView, start: int, anchor: int, exclude: set[str]
) -> list[Mention]:
    """The antecedent of "whose" + a measures noun opening the cue's clause ("the European
    Union, whose sanctions are limited to an arms embargo and travel bans"): their owner."""
    whose = next((i for i in (start, start - 1) if view.lower(i) == "whose"), -1)
    if whose < 0 or view.lower(whose + 1) not in ELABORATED_NOUNS | {"own"}:
        return []
    named = view.mention_ending(whose - 2) if view.lower(whose - 1) == "," else None
    if named is None or named.entity_id in exclude or not _can_own_measures(named):
        return []
    return [named]


def _spelled_out_after_colon(view: SentenceView, anchor: int) -> int:
    """The colon whose list the measure at ``anchor`` belongs to ("…: an arms embargo, plus
    financial sanctions and entry bans on …"), or -1: no verb of imposing or reporting
    between them (after "…, the ministry said: the EU imposed …" the list is a clause)."""
    for index in range(anchor - 1, view.start - 1, -1):
        word = view.lower(index)
        if word == ":":
            return index
        if word in IMPOSING_VERBS or word in REPORTING_VERBS or word in {";", '"', "“"}:
            return -1
        named = view.mention_covering(index)
        if named is not None and named.kind != "demonym":
            return -1  # "…: the United States has frozen …" is a clause with its own subject
    return -1


def _measures_before_colon(
    view: SentenceView, colon: int, exclude: set[str]
) -> tuple[list[Mention], int]:
    """The imposer of measures a colon spells out, from the clause before it, when that
    clause ends on a measures noun's phrase: its possessive owner ("The European Union's
    measures remain narrower than Canada's: …") or the clause's subject ("Although it is not
    in the EU, Switzerland adopted its own measures in March 2018: …"). Also where the
    status is read from (the clause before the colon, which holds the act's verb and date)."""
    first = clause_start(view, colon - 1)
    nouns = [i for i in range(first, colon) if view.lower(i) in ELABORATED_NOUNS]
    responses = [i for i in range(first, colon) if view.lower(i) in RESPONSE_NOUNS]
    if not nouns and responses:
        # "The American response came the same night: an executive order banning …": the
        # state the response's adjective names
        owner = view.mention_ending(responses[0] - 1)
        if owner is not None and owner.entity_type == "country" and owner.entity_id not in exclude:
            return [owner], first
    if not nouns:
        return [], -1
    noun = nouns[0]
    owner = view.mention_ending(noun - 2) if view.lower(noun - 1) in POSSESSIVES else None
    if owner is not None and owner.entity_id not in exclude:
        return [owner], first
    subject = opening_run(view, noun, exclude)
    commas = [i for i in range(first, noun) if view.lower(i) == ","]
    if not subject and commas:  # past a fronted clause: "Although it is not in the EU, …"
        after = commas[-1] + 1 + (view.lower(commas[-1] + 1) == "the")
        named = view.mention_starting(after)
        if named is not None and named.entity_id not in exclude:
            subject, first = forward_run(view, after, noun, exclude), after
    return [m for m in subject if m.token_end <= noun], first


# Nouns of a state's answer a colon may spell out as measures ("The British response: …")
RESPONSE_NOUNS = frozenset({"response", "answer", "reply", "retaliation", "riposte"})


ISSUING_VERBS = frozenset(
    """signed signs issued issues adopted adopts approved approves passed passes published
    unveiled announced enacted""".split()
)


# Nouns of a decision that, as a subject, act for whoever took it ("The deal also bans …")
DECISION_NOUNS = (TEXT_NOUNS - {"bill"}) | {"deal", "agreement", "measures", "embargo", "accord"}


ROUND_NOUNS = frozenset({"round", "rounds", "tranche", "batch"})
_DECISION_WORDS = DECISION_NOUNS | ROUND_NOUNS


def _decision_owner(view: SentenceView, anchor: int, exclude: set[str]) -> list[Mention]:
    """The state or bloc that owns the decision opening the sentence (or its clause, past a
    fronted phrase) as the measure's subject: "The EU's sixth package, adopted on June 3,
    bans …", "This round of EU measures freezes …", "After a month of wrangling, the EU's
    sixth package of sanctions against Russia was adopted". Only when the subject phrase (to
    its first comma) names one state or bloc and a decision noun, and no other name acts
    between it and the measure."""
    if view.word_set().isdisjoint(_DECISION_WORDS):
        return []  # (the subject phrase must hold one of them)
    owner = _decision_owner_from(view, view.start, anchor, exclude)
    fronted = clause_start(view, anchor)
    if not owner and fronted > view.start and view.lower(fronted - 1) == ",":
        owner = _decision_owner_from(view, fronted, anchor, exclude)
    return owner


def _decision_owner_from(
    view: SentenceView, begin: int, anchor: int, exclude: set[str]
) -> list[Mention]:
    if view.lower(begin) not in {"the", "this", "that"}:
        return []
    end = next((i for i in range(begin + 1, anchor) if view.lower(i) in {",", ";"}), anchor)
    words = {view.lower(i) for i in range(begin + 1, end)}
    if not (DECISION_NOUNS | ROUND_NOUNS) & words or words & CLAUSE_BOUNDARIES:
        return []
    owners = [
        m
        for m in view.mentions
        if begin < m.token_start < end
        and m.entity_type in {"country", "org"}
        and (m.kind != "demonym" or _owns_the_decision(view, m))
    ]
    if len({m.party_id or m.entity_id for m in owners}) != 1 or owners[0].entity_id in exclude:
        return []
    acting = [m for m in view.mentions if end <= m.token_start < anchor and is_actor_like(view, m)]
    return [] if acting else owners[:1]


def _owns_the_decision(view: SentenceView, demonym: Mention) -> bool:
    """Does a demonym modify the decision or its measures ("the British package", "this
    round of Canadian sanctions"), not a target ("… sanctions targeting Russian banks")?"""
    following = view.lower(demonym.token_end)
    return following in DECISION_NOUNS or following in ROUND_NOUNS or following in MEASURE_TEXTS


def _decision_subject(view: SentenceView, anchor: int) -> bool:
    """Does the sentence open on a decision ("The deal", "The new package", "This decision")
    that is the measure's subject, with no name acting between it and the measure?"""
    if view.lower(view.start) not in {"the", "this", "that"}:
        return False
    noun = next(
        (i for i in range(view.start + 1, view.start + 4) if view.lower(i) in DECISION_NOUNS), -1
    )
    if noun < 0 or noun >= anchor or view.lower(noun + 1) in {"of", "on", "against"}:
        return False  # ("the embargo on Russian oil": the measure itself, read as a noun cue)
    return not any(
        m.token_start > noun and m.token_start < anchor and is_actor_like(view, m)
        for m in view.mentions
    )


def _issuer_of_text(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """For a measure in a relative clause on a text ("an order that imposes sanctions"), the
    subject of the verb that issued the text ("Trump signed …")."""
    if view.lower(start - 1) not in {"that", "which"} or view.lower(start - 2) not in TEXT_NOUNS:
        return []
    for verb in range(start - 3, max(view.start, start - 8) - 1, -1):
        if view.lower(verb) in ISSUING_VERBS:
            return nearest_run(view, clause_start(view, verb), verb, exclude, frozenset({"of"}))
    return []


def _and_imposing(view: SentenceView, start: int, anchor: int) -> int:
    """The "and" of "… and imposed (blocking) sanctions on X" in the measure's own clause,
    when no name stands between it and the measure (the predicate shares the subject)."""
    for index in range(anchor - 1, max(start, anchor - 4) - 1, -1):
        if view.lower(index) not in IMPOSING_VERBS:
            if view.mention_covering(index) is not None:
                return -1
            continue
        glue = index - 1
        while glue > start and view.lower(glue) in VERB_GROUP_OPENERS:
            glue -= 1  # "… and has not joined the Western sanctions on Russia"
        if view.lower(glue) in {"and", "but"}:
            return glue
    return -1


def _subject_unnamed(view: SentenceView) -> bool:
    """Does the sentence open on a subject no name covers ("The administration has …", not
    "The EU has …")?"""
    return (
        view.lower(view.start) in {"the", "its"}
        and view.mention_starting(view.start) is None
        and view.mention_starting(view.start + 1) is None
    )


def _joined_clause_subject(view: SentenceView, conj: int, exclude: set[str]) -> list[Mention]:
    """The subject of a clause that ", and" opens, whose second predicate the cue's "and"
    joins: in "The US and Canada already have sanctions on X, and the EU has frozen the assets
    of 18 of them and keeps an arms embargo on the country" the EU keeps the embargo, not the
    names that open the sentence."""
    start = clause_start(view, conj)
    if view.lower(start) not in {"and", "but"} or view.lower(start - 1) != ",":
        return []
    return _subject_run(view, start + 1, conj, exclude)


LIST_MODALS = frozenset({"would", "will", "'ll", "to", "could", "should", "must"})


def _verb_list_subject(
    view: SentenceView, verb: int, exclude: set[str]
) -> tuple[list[Mention], int]:
    """The subject of a list of predicates under one auxiliary ("Japan would suspend bond
    sales, freeze the assets of … and deny …", "the bloc has frozen X, excluded seven banks
    from SWIFT, imposed asset freezes on …"): the measure verb after a comma shares it. The
    predicates before it are walked back, each opening on a verb after a comma, to the one
    holding the auxiliary. Also where that clause starts (-1 when there is none), for a
    subject that is a pronoun."""
    position = verb
    for _ in range(PREDICATE_LIST_REACH):
        previous = clause_start(view, position - 1)
        if previous > view.start and view.lower(previous - 1) not in {",", "and", "that"}:
            return [], -1  # a relative or adverbial clause ("the Duma members who voted to …")
        auxiliary = next(
            (i for i in range(position - 2, previous - 1, -1) if view.lower(i) in LIST_AUXILIARIES),
            -1,
        )
        if auxiliary >= 0:
            if view.lower(auxiliary) in LIST_MODALS and view.lower(auxiliary + 1) in {"be", "have"}:
                return [], -1
            return nearest_run(view, previous, auxiliary, exclude, frozenset({"of"})), previous
        if view.lower(previous - 1) != "," or not _opens_a_predicate(view, previous):
            return [], -1
        position = previous
    return [], -1


# Verbs of following suit with no object, which a participle after a comma spells out
FOLLOWING_SUIT = FOLLOW_VERBS | frozenset(
    "act acts acted moved moves responded responds retaliated retaliates".split()
)


def _follower_acting(view: SentenceView, anchor: int, exclude: set[str]) -> list[Mention]:
    """The subject of "X followed (five days later), blacklisting him" / "X acted on Friday,
    freezing …": a participle after a comma spelling out how the subject followed suit.
    Empty when the verb has a named object ("followed Washington, …" is read elsewhere)."""
    if view.lower(anchor - 1) != "," or not view.lower(anchor).endswith("ing"):
        return []
    start = clause_start(view, anchor - 2)
    verb = next(
        (i for i in range(anchor - 2, start - 1, -1) if view.lower(i) in FOLLOWING_SUIT), -1
    )
    if verb < 0 or any(verb < m.token_start < anchor for m in view.mentions):
        return []
    return nearest_run(view, start, verb, exclude, frozenset({"of"}))


PREDICATE_LIST_REACH = 5  # predicates back to the auxiliary
LIST_AUXILIARIES = LIST_MODALS | {"has", "have", "had"}


def _opens_a_predicate(view: SentenceView, index: int) -> bool:
    """A past participle or a measure verb opening a listed predicate ("excluded seven banks",
    "froze the assets"), no name or determiner."""
    word = view.lower(index)
    return view.mention_starting(index) is None and (
        word in IMPOSING_VERBS
        or word in FREEZE_WORDS
        or word in VERB_MEASURES
        or word in SWIFT_VERBS
        or (word.endswith("ed") and word.isalpha())
    )


def _governing_verb_after_comma(view: SentenceView, cue: Cue) -> int:
    """The imposing verb a noun measure is the object of, when it opens a listed predicate
    (", imposed asset freezes and travel bans on …"), or -1."""
    for index in range(cue.index - 1, max(view.start, cue.index - 4) - 1, -1):
        if view.lower(index) in IMPOSING_VERBS:
            return index if view.lower(index - 1) == "," else -1
    return -1


def _members_listed_before(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """The members an aside names right before the clause: "Several countries, including
    Chile and Peru, are considering …" (the named members act, the group is unnamed)."""
    if view.lower(start - 1) != ",":
        return []
    for comma in range(start - 3, max(view.start, start - 14) - 1, -1):
        if view.lower(comma) != ",":
            continue
        opener, following = view.lower(comma + 1), view.lower(comma + 2)
        if opener in {"including", "notably", "namely"}:
            first = comma + 2
        elif (opener, following) in {("such", "as"), ("among", "them")}:
            first = comma + 3
        else:
            return []
        return forward_run(view, first, start - 1, exclude)
    return []


def _pronoun_subject_of(view: SentenceView, verb: int) -> int:
    """Where a subject pronoun stands right before the verb (past its auxiliaries and
    adverbs: "as it has also slapped …"; for a measure noun, past the verb before it), or
    -1."""
    index = verb - 1
    if view.lower(index) in IMPOSING_VERBS:
        index -= 1  # the measure noun's verb: "as it slapped sanctions on …"
    while index > view.start and (
        view.lower(index) in PASSIVE_AUXILIARIES or view.lower(index) in PARTICIPLE_ADVERBS
    ):
        index -= 1
    word = view.lower(index)
    return index if word in {"it", "they", "he", "she"} else -1


def _opening_pronoun(
    article: AnnotatedArticle, view: SentenceView, last: int, exclude: set[str]
) -> list[Mention]:
    """'He announced …, and cut …': a sentence opening on a pronoun has it as its subject."""
    opening = min(last, view.start + 4)
    found = pronoun_before(view, view.start, opening)
    if found is None or any(view.mention_covering(i) for i in range(view.start, found[0])):
        return []  # a name before the pronoun is the subject ("Canada said it …")
    return resolve_pronoun(article, view, found[0], found[1], exclude)


def _appositive_subject(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """'…, Fumio Kishida, announced': the named apposition right before the verb."""
    if view.lower(start - 1) != ",":
        return []
    mention = view.mention_ending(start - 2)
    if mention is None or mention.entity_id in exclude or mention.kind == "demonym":
        return []
    if mention.entity_type != "person" or view.lower(mention.token_start - 1) != ",":
        return []
    return [mention]


def _aside_between(view: SentenceView, first: int, last: int) -> bool:
    """A relative clause or apposition between a subject and its verb (', which …,')."""
    words = window_words(view, first, last)
    return bool(words) and words[0] == "," and words[-1] == ","


def _subject_run(view: SentenceView, start: int, anchor: int, exclude: set[str]) -> list[Mention]:
    """The clause's subject before the cue, skipping 'followed Washington in sanctioning'."""
    run = nearest_run(view, start, anchor, exclude, frozenset({"of"}))
    following = run[0].token_start - 1 if run else -1
    if view.lower(following) in {"the", "its"} and view.lower(following - 1) in FOLLOW_VERBS:
        following -= 1  # "join the U.S. and its allies in imposing …"
    if (
        run
        and view.lower(following) in FOLLOW_VERBS
        and _in_doing_between(view, run[-1].token_end, anchor)
    ):
        joiner = nearest_run(view, start, following, exclude, frozenset({"of"}))
        found = None if joiner else pronoun_before(view, start, following)
        if found is not None:
            # "Taiwan said it would join the U.S. … in imposing sanctions": "it" joins
            joiner = resolve_pronoun(view.article, view, found[0], found[1], exclude)
        return joiner
    run = _past_fronted_subordinate(view, run)
    subjects = _not_objects(view, run)
    if subjects and view.lower(subjects[0].token_start - 1) in OWNING_DETERMINERS:
        # (a name right after a possessive determiner modifies the owned noun)
        subjects = []  # "has aligned much of its Belarus regime with …": a modifier, owned
    if run and not subjects:  # "Canada recognised Mr Guaidó and later imposed …": Canada
        subjects = nearest_run(view, start, run[0].token_start - 1, exclude, frozenset({"of"}))
    return subjects


# Verbs by which a package holds its measures: "a tranche …, which includes penalties on …"
INCLUDING_VERBS = frozenset(
    "include includes included comprise comprises comprised contain contains contained".split()
)


def _measure_includes(view: SentenceView, start: int) -> bool:
    """Does the cue's clause open with ", which includes" (a package's contents)?"""
    relative = start - 1
    return (
        view.lower(relative) in {"which", "that"}
        and view.lower(relative - 1) == ","
        and view.lower(start + (view.lower(start) == "also")) in INCLUDING_VERBS
    )


def _past_fronted_subordinate(view: SentenceView, run: list[Mention]) -> list[Mention]:
    """The run without the names of a fronted subordinate clause that a comma closes ("five
    days after Juan Guaidó declared himself interim president, the Treasury designated …":
    the Treasury, not a list of two)."""
    if len(run) < 2:
        return run
    commas = [i for i in range(run[0].token_end, run[-1].token_start) if view.lower(i) == ","]
    if not commas:
        return run
    comma = commas[-1]
    opened = any(view.lower(i) in SUBORDINATORS for i in range(view.start, run[0].token_start))
    left = [m for m in run if m.token_end <= comma][-1]
    listed = view.lower(left.token_start - 1) in {",", "and", "or", "the"} | SUBORDINATORS
    # ("When the United States, the EU and Canada agreed to freeze …": a list, kept whole)
    return [m for m in run if m.token_start > comma] if opened and not listed else run


def _in_doing_between(view: SentenceView, first: int, anchor: int) -> bool:
    """Does "in" and a gerund come between ``first`` and the cue, in one clause ("joined the
    United States and Europe in cutting …")? Whom the subject joins or follows ends there."""
    for index in range(first, min(anchor, view.end)):
        word = view.lower(index)
        if word == "in":
            return view.lower(index + 1).endswith("ing")
        if word == "with" and anchor - index <= FOLLOWED_WITH_REACH:
            return True  # "would not follow the United States with a general freeze"
        if word in CLAUSE_BOUNDARIES:
            return False
    return False


FOLLOWED_WITH_REACH = 4  # tokens from "with" to the measure: "with a general asset freeze"


def _not_objects(view: SentenceView, run: list[Mention]) -> list[Mention]:
    """Drop the names at a run's head that a verb before them takes as its object: in "Canada
    recognised Mr Guaidó and later imposed sanctions" (or "declined to recognise Guaidó and
    has not joined …") Guaidó imposes nothing."""
    while run:
        before = run[0].token_start - 1
        # ("recognised opposition leader Juan Guaidó": a title before the name is its own)
        while view.lower(before) in _TITLE_HONORIFIC_OR_THE:
            before -= 1
        word = view.lower(before)
        past = word.endswith("ed") and word.isalpha() and word not in NOT_OBJECT_VERBS
        # "has declined to recognise Guaidó and has not joined …": an infinitive's object
        infinitive = word.isalpha() and view.lower(before - 1) == "to"
        if not (past or infinitive or word in IRREGULAR_MEASURE_VERBS):  # "cut Sberbank out"
            break
        if not any(m.token_end <= before for m in view.mentions if m.token_start >= view.start):
            break  # no subject before the verb: "A united EU imposed …" (an adjective)
        # (and the object's own complement: "recognised Juan Guaidó as Venezuela's interim
        # president" names him twice, and neither imposes)
        dropped = run[0].entity_id
        run = [m for m in run[1:] if m.entity_id != dropped]
    return run


_TITLE_HONORIFIC_OR_THE = HONORIFICS | TITLE_WORDS | {"the"}


# Irregular past forms that take the name after them as their object.
IRREGULAR_MEASURE_VERBS = frozenset({"cut", "hit", "put", "set", "shut", "struck", "froze"})
# Past forms before a name that are no verb taking it as an object.
NOT_OBJECT_VERBS = frozenset({"led", "based", "backed", "allied", "owned", "controlled"})


# Words between a measure's owner and the measure: "Canada's earlier sanctions".
OWNED_MEASURE_WORDS = frozenset(
    """full new blocking tougher fresh economic earlier previous existing current own original
    latest first second third initial proposed planned mooted threatened possible""".split()
)  # ("the EU's proposed embargo": the status word is read from the window as ever)


# Nouns of an act on measures, whose owner imposes them ("Washington's tightening of …")
ACT_NOMINALS = frozenset(
    """imposition tightening extension expansion escalation introduction renewal widening
    broadening""".split()
)


def _modifier_run(view: SentenceView, cue: int) -> list[Mention]:
    """'US sanctions', 'the EU's sanctions', 'US and EU sanctions', 'the Canadian sanctions';
    the owner of an act on them too ("Washington's tightening of sanctions", "the US
    imposition of sanctions")."""
    index = cue - 1
    if view.lower(index) == "of" and view.lower(index - 1) in ACT_NOMINALS:
        index -= 2
    listed = view.lower(cue) in {"list", "lists", "blacklist"}
    while (
        view.lower(index) in OWNED_MEASURE_WORDS
        or view.lower(index) in PUNITIVE_ADJECTIVES  # "the EU's restrictive measures"
        or (view.lower(index) in MEASURE_MODIFIERS and view.lower(index) not in {"a", "an"})
        or (listed and view.lower(index) in {"entry", "stop"})  # "Russia's entry blacklist"
        or _date_modifier(view, index)
    ):
        index -= 1  # "a US trade embargo", "the EU's January 2018 sanctions"
    if view.lower(index) == "and" and view.lower(index - 1) in MEASURE_HEADS:
        # "the EU's travel bans and asset freezes": the owner of the first is the second's
        return _modifier_run(view, index - 1)
    if view.lower(index) in POSSESSIVES:
        index -= 1
    mention = view.mention_ending(index)
    if mention is None or mention.entity_type not in {"country", "org"}:
        return []
    if names_the_target(view, mention):
        return []  # "Canada expands Venezuela sanctions": the measures are on Venezuela
    owned_sector = any(
        SINGLE_KINDS.get(view.lower(i)) == "sector" for i in range(mention.token_end, cue)
    )
    if owned_sector and mention.entity_id in view.article.contested:
        return []  # "the licence that eased Venezuela's oil sanctions": on its oil
    run = [mention]
    position = mention.token_start - 1
    while view.lower(position) in {"and", ","}:
        previous = view.mention_ending(position - 1)
        if previous is None or previous.entity_type not in {"country", "org"}:
            break
        run.insert(0, previous)
        position = previous.token_start - 1
    return run


def names_the_target(view: SentenceView, mention: Mention) -> bool:
    """Is a bare name before a measure noun the state the measures are on ("Venezuela
    sanctions", "the bloc's Russia sanctions regime"), not the one imposing them ("US
    sanctions")? It is when the name is a contested state of the case (for Venezuela 2019,
    Venezuela; for Russia 2022, Russia or Ukraine), written bare: not a demonym ("Russian
    sanctions on Western airlines" are Russia's) and not a possessor ("Russia's sanctions")."""
    return (
        mention.entity_type == "country"
        and mention.kind != "demonym"
        and view.lower(mention.token_end) not in POSSESSIVES
        and mention.entity_id in view.article.contested
    )


def target_modifier(view: SentenceView, cue: int) -> Mention | None:
    """The contested state a measure noun is named after ("Venezuela sanctions", "new Russia
    sanctions"), past the measure's own modifiers; None if the noun has no such name."""
    index = cue - 1
    while view.lower(index) in MEASURE_MODIFIERS and view.lower(index) not in {"a", "an"}:
        index -= 1
    mention = view.mention_ending(index)
    return mention if mention is not None and names_the_target(view, mention) else None


# Verbs by which a reported clause judges the measure that is its subject.
JUDGING_VERBS = frozenset(
    """was were is are amounted amounts amount constituted constitutes represented represents
    violated violates breached breaches""".split()
)


def _date_modifier(view: SentenceView, index: int) -> bool:
    """A month or a year inside a measure's noun phrase ("the EU's January 2018 sanctions")."""
    word = view.lower(index)
    return (word.isdigit() and len(word) == 4) or word in MONTH_WORDS


def _judged_by_reporter(view: SentenceView, run_end: int, cue: int, anchor: int) -> bool:
    """Is the run a reporter whose reported clause has the measure for its subject ("Lavrov
    said the sanctions on Russian banks were illegal", "Peskov said the decision to freeze
    the reserves amounted to theft")? Not when the clause names who imposes ("Pompeo said
    the US would impose …") or says the speaker's own plan ("… said sanctions would follow")."""
    said = next((i for i in range(run_end, cue) if view.lower(i) in SPEECH_VERBS), -1)
    if said < 0 or _imposing_verb_between(view, said + 1, cue):
        return False
    if any(
        m.token_start > said and m.token_end <= cue and m.entity_type != "person"
        for m in view.mentions
    ) and not decision_owner(view, anchor, set()):
        return False  # "said the US sanctions …": a named owner, read as before
    end = clause_end(view, cue)
    # (a name's word is no verb: "IS Bank")
    return any(
        view.lower(i) in JUDGING_VERBS and view.mention_covering(i) is None
        for i in range(cue + 1, end)
    )


COMPLYING_VERBS = EVADING_WORDS | frozenset(
    """comply complies complied complying accept accepts accepted accepting abide abides
    abided abiding respect respects respected respecting observe observes observed observing
    honour honours honoured honoring honor honors honored""".split()
)
COMPLY_REACH = 4  # words from the verb to the measure ("comply with the G7 price cap")


def _complied_with(view: SentenceView, run_end: int, cue: int) -> bool:
    """Is the measure the object of the subject's complying with, accepting or evading it
    ("Russia would not accept the cap", "firms that comply with the sanctions")?"""
    first = max(run_end, cue - COMPLY_REACH - 1)
    return any(view.lower(i) in COMPLYING_VERBS for i in range(first, cue))


def _imposing_verb_between(view: SentenceView, first: int, last: int) -> bool:
    return any(view.lower(i) in IMPOSING_VERBS for i in range(first, last))


SOURCE_PARTICIPLES = frozenset({"imposed", "levied", "introduced", "adopted", "taken", "applied"})


def _relative_imposer(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The subject of a relative clause on the measure, its pronoun often left out: "the
    sanctions (that) Washington had already imposed on PDVSA" (the clause's own verb group
    gives the status, so the window starts at that subject)."""
    return _relative_on_measure(view, cue, exclude)[0]


def _unlisted_first_conjunct(view: SentenceView, index: int, first: int) -> bool:
    """Do the names start at ``index``, or after a capitalised name the gazetteer does not
    know and "and" ("the sanctions that Europe and Canada have imposed")?"""
    if first == index:
        return True
    between = range(index, first)
    return (
        first - index <= 3
        and view.lower(first - 1) in {"and", ","}
        and all(
            view.lower(i) in {"and", ","} or view.article.tokens.text(i)[:1].isupper()
            for i in between
        )
    )


UNNAMED_CONJUNCT_WORDS = frozenset(
    "and its their other western european allies partners governments countries".split()
)


def _past_unnamed_partners(view: SentenceView, position: int) -> int:
    """Past "and its allies", "and other Western governments" after the names of a
    relative clause's subject (up to five words), when a verb group follows."""
    if view.lower(position) not in {"and", "or"}:
        return position
    for index in range(position + 1, min(view.end, position + 6)):
        word = view.lower(index)
        if word in VERB_GROUP or word in IMPOSING_VERBS:
            return index
        if word not in UNNAMED_CONJUNCT_WORDS:
            return position
    return position


RELATIVE_RUN_REACH = 14  # tokens of "the United States, the European Union and Britain"


def _relative_on_measure(
    view: SentenceView, cue: int, exclude: set[str]
) -> tuple[list[Mention], int]:
    """That relative clause's subject and imposing verb, or ([], -1). The clause may hang on
    a head the measure modifies ("the sanctions campaign that the US has waged against
    Caracas")."""
    if view.word_set().isdisjoint(_RELATIVE_VERBS):
        return [], -1  # (the clause's verb must be one of them)
    index = cue + 1
    if view.lower(index) in CAMPAIGN_HEADS:
        index += 1
    if view.lower(index) in {"that", "which"}:
        index += 1
    if view.lower(index) == "the" and view.mention_starting(index) is None:
        index += 1  # "the sanctions the EU imposed on …"
    first = next(
        (i for i in range(index, min(view.end, index + 4)) if view.mention_starting(i)), -1
    )
    if first < 0 or not _unlisted_first_conjunct(view, index, first):
        return [], -1
    run = forward_run(view, first, min(view.end, first + RELATIVE_RUN_REACH), exclude)
    if not run or run[0].token_start != first:
        return [], -1
    position = run[-1].token_end
    while view.lower(position) in COLLECTIVE_NOUNS:
        position += 1  # "the sanctions that the Trump administration has imposed"
    position = _past_unnamed_partners(view, position)  # "that Washington and its allies …"
    while view.lower(position) in VERB_GROUP or view.lower(position).endswith("ly"):
        position += 1
    verb = view.lower(position)
    return (run, position) if verb in IMPOSING_VERBS or verb in WAGING_VERBS else ([], -1)


# Heads a measure noun modifies, which a relative clause naming the imposer may follow
CAMPAIGN_HEADS = frozenset({"campaign", "regime", "programme", "program", "policy", "drive"})
# Verbs of keeping a campaign going, imposing only in a relative clause on the measure
WAGING_VERBS = frozenset(
    """wage wages waged waging pursue pursues pursued pursuing maintained run ran
    led""".split()
)
_RELATIVE_VERBS = IMPOSING_VERBS | WAGING_VERBS


def _waged(view: SentenceView, cue: int) -> bool:
    """Is the measure a campaign a relative clause says its imposer keeps up ("the sanctions
    campaign that Washington has waged against Caracas")?"""
    verb = _relative_on_measure(view, cue, set())[1]
    return verb >= 0 and view.lower(verb) in WAGING_VERBS


# Adverbs between a measure and the participle naming its source ("already imposed by")
SOURCE_ADVERBS = frozenset({"already", "previously", "earlier", "recently", "first"})


def participle_agent(view: SentenceView, participle: int) -> int:
    """The "by" of a source participle's agent, past an adverb or a short date between them
    ("imposed in 2019 by the United States", "unilaterally imposed by the US"); -1 when the
    word at ``participle`` (or after its adverb) is no source participle or no agent follows."""
    if view.lower(participle).endswith("ly"):
        participle += 1
    if view.lower(participle) not in SOURCE_PARTICIPLES:
        return -1
    index = participle + 1
    if view.lower(index).endswith("ly"):
        index += 1  # "imposed unilaterally by"
    if view.lower(index) in {"in", "on", "since", "last"}:
        after = index + (view.lower(index) != "last")
        while after < view.end and after - index <= 3 and date_word(view.lower(after)):
            after += 1
        index = after if after > index + 1 or view.lower(index) == "last" else index
    return index if view.lower(index) == "by" else -1


def _agent_after_the_target(view: SentenceView, cue: int) -> int:
    """ "sanctions against Venezuela unilaterally imposed by the US administration": the "by"
    of a source participle right after the measure's own target phrase (a name or two), or
    -1."""
    if view.lower(cue + 1) not in TARGET_PREPOSITIONS or "by" not in view.word_set():
        return -1
    index = cue + 2
    while index < view.end and index - cue <= AGENT_AFTER_TARGET_REACH:
        mention = view.mention_starting(index)
        if mention is not None:
            index = mention.token_end
            continue
        by = participle_agent(view, index)
        if by >= 0:
            return by
        if view.lower(index) in CLAUSE_BOUNDARIES or view.lower(index) in {",", ";"}:
            return -1
        index += 1
    return -1


AGENT_AFTER_TARGET_REACH = 6  # tokens from the measure to its participle past its target


def _source_after(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """'under sanctions from the US and Canada', 'under sanctions imposed by the EU', 'the
    sanctions already imposed by the EU on Russia', 'sanctions imposed in 2019 by the United
    States on Caracas', 'sanctions against Venezuela imposed by the US'."""
    by = participle_agent(view, cue + 1 + (view.lower(cue + 1) in SOURCE_ADVERBS))
    if by < 0:
        by = _agent_after_the_target(view, cue)
    if by >= 0:
        return forward_run(view, by + 1, clause_end(view, by), exclude)
    index = cue + 1 + (view.lower(cue + 1) in SOURCE_ADVERBS)
    if view.lower(index) in SOURCE_PARTICIPLES:
        index += 1
        # "sanctions imposed on Russia by the United States": past the target to the agent
        for position in range(index, min(view.end, index + 7)):
            word = view.lower(position)
            if word == "by":
                index = position
                break
            if word in CLAUSE_BOUNDARIES or word in {",", ";", "."}:
                break
    genitive = index == cue + 1 and view.lower(index) == "of"  # "the sanctions of the EU"
    if view.lower(index) not in {"from", "by"} and not genitive:
        return []
    found = forward_run(view, index + 1, clause_end(view, index), exclude)
    return [m for m in found if m.entity_type in {"country", "org"}] if genitive else found


def _jurisdiction_after(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """ "under sanctions in the United States and Europe": the states (or blocs) the measure
    holds in, named right after "in"."""
    if view.lower(cue + 1) != "in":
        return []
    run = forward_run(view, cue + 2, clause_end(view, cue + 1), exclude)
    return [m for m in run if m.entity_type in JURISDICTION_TYPES and m.kind != "demonym"]


def _swift_passive(view: SentenceView, cue: Cue) -> bool:
    """ "X was excluded from SWIFT", "X has been cut off from …", and a factbox bullet's
    "* Seven banks removed from SWIFT": the verb is passive."""
    if view.lower(cue.verb + 1) not in {"from", "off"}:
        return False
    return passive_verb_at(view, cue.verb) or _bullet_passive(view, cue.verb)


# Participles whose agent, set off by commas after a measure, made it ("…, agreed by the G7,")
APPOSED_PARTICIPLES = SOURCE_PARTICIPLES | {
    "agreed",
    "approved",
    "announced",
    "unveiled",
    "delivered",
    "issued",
}
APPOSED_REACH = 14  # tokens from the measure to the comma: "a price cap of $60 a barrel on …"


def _apposed_agent(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The agents of a participle set off by a comma after the measure's noun phrase ("A
    price cap of $60 a barrel on Russian crude, agreed by the G7, the EU and Australia, came
    into force"): they made the measure, whatever the sentence's own verb says of it. The
    first comma after the measure must open the participle."""
    for index in range(cue + 1, min(view.end, cue + APPOSED_REACH)):
        word = view.lower(index)
        if word == ",":
            if view.lower(index + 1) in APPOSED_PARTICIPLES and view.lower(index + 2) == "by":
                return forward_run(view, index + 3, clause_end(view, index + 2), exclude)
            return []
        if word in {";", ".", ":", "which", "who", "that"}:
            return []
    return []


def _measures_own_passive(view: SentenceView, cue: Cue, participle: int) -> bool:
    """Is the participle before "by" the measure noun's own passive ("Sanctions on
    Venezuela's oil industry were first imposed by …")?"""
    if cue.form != "noun" or view.lower(participle) not in SOURCE_PARTICIPLES:
        return False
    before = participle - 1
    while view.lower(before) in PARTICIPLE_ADVERBS or view.lower(before) in SOURCE_ADVERBS:
        before -= 1
    return view.lower(before) in BE_FORMS


BY_AGENT_REACH = 11  # tokens of "sanctions on Venezuela's oil industry were first imposed by"


def _by_agent(view: SentenceView, cue: Cue, exclude: set[str]) -> list[Mention]:
    """'were sanctioned by the US', 'a travel ban imposed on him by the court'."""
    for index in range(cue.index + 1, min(view.end, cue.index + BY_AGENT_REACH)):
        word = view.lower(index)
        if word == "by":
            participle = index - 1
            if (
                participle > cue.index
                and view.lower(participle).endswith(("ed", "wn", "en"))
                and not _measures_own_passive(view, cue, participle)
            ):
                break  # "sanctioned 34 vessels owned by PDVSA": another participle's agent
            agents = forward_run(view, index + 1, clause_end(view, index), exclude)
            return agents + [m for m in _second_by_agent(view, agents, exclude) if m not in agents]
        if word in {",", ";", ".", "which", "who"}:
            break
    return []


SECOND_AGENT_REACH = 8  # tokens of "on 28 February and by" after the first agent


def _second_by_agent(view: SentenceView, agents: list[Mention], exclude: set[str]) -> list[Mention]:
    """The agents of a second "and by" ("was sanctioned by the EU on 28 February and by the
    United States and Britain on 3 March"): they, too, imposed the measure."""
    if not agents:
        return []
    start = agents[-1].token_end
    for index in range(start, min(view.end - 2, start + SECOND_AGENT_REACH)):
        word = view.lower(index)
        if word in {";", ".", "which", "who", "but"}:
            return []
        if word == "and" and view.lower(index + 1) == "by":
            return forward_run(view, index + 2, clause_end(view, index + 1), exclude)
    return []


def _reporting_subject(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """'Trump warned that a … embargo would be placed on Cuba': the reporter is the imposer
    (also past a fronted condition: "warned that if Cuban troops stay, a full embargo …")."""
    if view.lower(start - 1) == ",":
        that = next(
            (
                i
                for i in range(start - 2, max(view.start, start - 14) - 1, -1)
                if view.lower(i) == "that" and view.lower(i + 1) in {"if", "unless", "when"}
            ),
            -1,
        )
        start = that + 1 if that >= 0 else start
    if view.lower(start - 1) == "that" and view.lower(start - 2) in REPORTING_VERBS:
        return nearest_run(view, view.start, start - 2, exclude, frozenset({"of"}))
    return []


ATTRIBUTION_REACH = 6  # tokens from the comma to the verb: ", the Swiss government announced"
ATTRIBUTION_TAILS = frozenset(
    {*", . ; : on in at late early yesterday today last this after".split(), ""}
)


def attribution_comma(view: SentenceView, start: int, verbs: frozenset[str]) -> int:
    """The comma after ``start`` that opens an inverted attribution closing the sentence
    (", the Swiss government announced on Monday", ", officials said"), or -1."""
    for comma in range(start + 1, view.end):
        if view.lower(comma) != ",":
            continue
        for index in range(comma + 1, min(view.end, comma + 1 + ATTRIBUTION_REACH)):
            word = view.lower(index)
            if word in {",", ";", ":", "that"} or word in PROPOSED or word in THREATENED:
                break
            if word in verbs:
                tail = view.lower(index + 1) in ATTRIBUTION_TAILS
                if index > comma + 1 and tail:
                    return comma
                break
    return -1


def _closing_attribution(
    article: AnnotatedArticle,
    view: SentenceView,
    anchor: int,
    exclude: set[str],
    context: _CueContext,
) -> list[Mention]:
    """The state, bloc or official whose attribution closes a sentence that names no imposer
    in its own clause ("Promsvyazbank and VEB will be cut off from SWIFT, the EU said on
    Friday", "The sanctions target five banks, Britain announced"): who announces a measure
    nobody else is said to take announces their own. Not a company, a case subject or the
    case's home state, whose word on a measure is a complaint or a domestic matter, nor a
    reporter who calls it unlawful."""
    comma = attribution_comma(view, anchor, ATTRIBUTING_VERBS)
    if comma < 0 or _complained_of(view, anchor):
        return []
    verb = next(i for i in range(comma + 1, view.end) if view.lower(i) in ATTRIBUTING_VERBS)
    speakers = nearest_run(view, comma + 1, verb, exclude, frozenset({"of"}))
    barred = {*context.contested, context.home, *article.companies}
    return [
        m
        for m in speakers
        if m.entity_id not in barred
        and (m.party_id or m.entity_id) not in barred
        and (m.entity_type != "person" or m.party_id)
    ]


ANNOUNCING_GERUNDS = frozenset({"announcing", "saying", "confirming", "warning"})


def _announcing_gerund_subject(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """ "The US, EU, Britain and Canada agreed to do just that, announcing that selected
    Russian banks would be removed from SWIFT": the gerund's subject, the sentence's, is who
    imposes what the reported passive tells (not the last imposer named before)."""
    start = first_of_coordinated_that(view, start, ANNOUNCING_GERUNDS)
    if not (
        view.lower(start - 1) == "that"
        and view.lower(start - 2) in ANNOUNCING_GERUNDS
        and view.lower(start - 3) == ","
    ):
        return []
    return opening_run(view, start - 3, exclude)


COORDINATED_THAT_REACH = 30  # tokens back from "and that" to the verb's first "that"


def first_of_coordinated_that(view: SentenceView, start: int, verbs: frozenset[str]) -> int:
    """Where the first reported clause starts when ``start`` opens a second one after "and
    that" ("announcing that selected banks would be removed … and that the assets of Russia's
    central bank would be frozen"), its verb among ``verbs``; ``start`` otherwise."""
    if view.lower(start - 1) != "that" or view.lower(start - 2) != "and":
        return start
    for index in range(start - 3, max(view.start, start - COORDINATED_THAT_REACH), -1):
        if view.lower(index) == "that" and view.lower(index - 1) in verbs:
            return index + 1
    return start


# Words by which a reporter disowns the measure reported: someone else's, complained of
COMPLAINT_WORDS = frozenset(
    """illegally unlawfully unfairly unjustly wrongly arbitrarily illegitimately
    illegal unlawful unjust""".split()
)


def _complained_of(view: SentenceView, anchor: int) -> bool:
    """Does the reported passive call the measure unlawful or unfair ("had been sanctioned
    illegally", "in an illegal move")? Then its reporter is the one complaining, no imposer."""
    return not COMPLAINT_WORDS.isdisjoint(window_words(view, anchor - 2, clause_end(view, anchor)))


# Offices that make sanctions, as the case file's roles write them ("treasury secretary")
SANCTIONING_ROLE_WORDS = frozenset({"treasury", "finance", "sanctions", "exchequer"})


def _sanctioning_office(article: AnnotatedArticle, mention: Mention) -> bool:
    """Does the mention name a body or office that makes its state's sanctions (a treasury
    or finance ministry, its minister), whose report of a passive is its own act? Any other
    reporter may be complaining of someone else's ("Arreaza said PDVSA had been sanctioned
    illegally")."""
    if _state_agency(mention):
        name = mention.name.lower()
        return any(word in name for word in SANCTIONING_ROLE_WORDS | {"foreign assets control"})
    role = (getattr(article, "roles", None) or {}).get(mention.entity_id, "")
    return any(word in role.split() for word in SANCTIONING_ROLE_WORDS)


def _bare_reporting_subject(view: SentenceView, anchor: int, exclude: set[str]) -> list[Mention]:
    """ "Janet Yellen said Bank Rossiya had been sanctioned": a passive in a reported clause
    with no "that" (the clause opens right after the reporting verb); the reporter imposes
    when a sanctioning office (``_sanctioning_office``)."""
    for index in range(anchor - 1, view.start, -1):
        word = view.lower(index)
        if word in CLAUSE_BOUNDARIES or word in {",", ";", ":"}:
            return []
        if word in REPORTING_VERBS:
            if view.lower(index + 1) in {"that", ",", "on"} or index + 1 >= anchor:
                return []  # (the "that" form is _reporting_subject's)
            return nearest_run(view, view.start, index, exclude, frozenset({"of"}))
    return []


# Bodies a text names by their noun alone once their state or bloc is known.
STATE_BODIES = frozenset({"administration", "government", "ministry", "cabinet", "department"})
BLOC_BODIES = frozenset({"commission", "bloc"})  # (not "council": the EU's or a state's)
AGENCY_BODIES = frozenset({"department", "ministry"})
BODY_REACH = 3  # sentences back


def _state_agency(mention: Mention) -> bool:
    """An organisation acting for a state (the Treasury, OFAC, a foreign ministry)."""
    party = mention.party_id or ""
    return mention.entity_type == "org" and party.startswith("country:")


# The offices whose holder's government "the government" is ("President Joe Biden signed an
# order. The administration imposed …"); a foreign minister's is not named by it
GOVERNMENT_HEADS = frozenset({"president", "prime", "premier", "chancellor", "leader"})


def _head_reporting_on_others(article: AnnotatedArticle, view: SentenceView, head: Mention) -> bool:
    """Is the reporter of a passive a head of government, and does nothing after the report
    belong to his own state ("Trudeau said 35 more people have been added to the sanction
    list": Canada's act)? "Putin said 35 Russian officials have been added …" is not
    Russia's: a head reports his own state's measures, not those his people suffer."""
    if not _heads_a_government(article, head):
        return False
    own = head.party_id
    return all(
        own not in (m.entity_id, m.party_id)
        for m in view.mentions
        if m.token_start > head.token_end
    )


def _heads_a_government(article: AnnotatedArticle, mention: Mention) -> bool:
    """Is the person a head of state or government (by the case file's role, else by the
    title before the name)? "Kuleba urged the EU to act. The government also froze …" is
    not Ukraine's act (unless an official reports it: ``_body_anaphor``)."""
    if mention.entity_type != "person" or not mention.party_id:
        return False
    role = (getattr(article, "roles", None) or {}).get(mention.entity_id)
    if role is not None:
        return not GOVERNMENT_HEADS.isdisjoint(role.lower().split())
    title = article.tokens.words[max(mention.token_start - 3, 0) : mention.token_start]
    return "minister" not in title or "prime" in title


def _absolute_with_subject(view: SentenceView, anchor: int, exclude: set[str]) -> list[Mention]:
    """The named subject of an absolute clause ", with A, B and C (all) (already) V-ing" whose
    gerund imposes the measure at ``anchor`` (its own verb, or the measure noun's verb a few
    words before): "…, with the United States, Britain and Canada all already announcing new
    sanctions on Russia"."""
    gerund = next(
        (
            i
            for i in range(anchor, max(view.start, anchor - 3) - 1, -1)
            if view.lower(i).endswith("ing")
            and view.lower(i) in IMPOSING_VERBS | ANNOUNCING_GERUNDS
        ),
        -1,
    )
    opening = absolute_with_opening(view, gerund, ABSOLUTE_SUBJECT_REACH) if gerund >= 0 else -1
    if opening < 0:
        return []
    run = forward_run(view, opening + 1, gerund, exclude)
    between = set(window_words(view, run[-1].token_end, gerund)) if run else set()
    return run if run and between <= ABSOLUTE_FILLERS else []


ABSOLUTE_SUBJECT_REACH = 16  # tokens of "with the United States, Britain and Canada all already"
ABSOLUTE_FILLERS = frozenset({"all", "both", "already", "also", "now", "each"})


def _its_body_owner(
    view: SentenceView, start: int, anchor: int, exclude: set[str]
) -> list[Mention]:
    """ "…, and on March 1 its finance ministry banned …": a state's (or bloc's) body named
    with "its" acts for the state or bloc that is the sentence's subject."""
    bodies = STATE_BODIES | BLOC_BODIES
    its = next(
        (
            i
            for i in range(start, anchor - 1)
            if view.lower(i) == "its" and bodies & {view.lower(i + 1), view.lower(i + 2)}
        ),
        -1,
    )
    if its < 0 or any(view.mention_covering(i) is not None for i in range(its, anchor)):
        return []
    subject = opening_run(view, its, exclude, across=True)
    return [m for m in subject if m.entity_type in {"country", "org"}]


def _body_anaphor(
    article: AnnotatedArticle,
    view: SentenceView,
    start: int,
    anchor: int,
    exclude: set[str],
    recent: list[Mention] = (),
) -> list[Mention]:
    """ "The administration imposed …", "the ministry barred …" with no name in the clause:
    the state (or bloc) whose body was named last, within three sentences (a body named with
    its state, "The Russian foreign ministry", or for an administration or government, the
    state a named leader speaks for: "President Joe Biden signed an order.", or the state
    that imposed the last measure (``recent``) when no other state was named since:
    "Britain froze the assets of Sberbank. The government also banned Aeroflot")."""
    if any(view.mention_covering(i) is not None for i in range(start, anchor)):
        return []
    bodies = STATE_BODIES | BLOC_BODIES
    # the first "the" before a body noun ("the administration", "the finance ministry")
    article_at, noun = next(
        (
            (i, view.lower(i + 1) if view.lower(i + 1) in bodies else view.lower(i + 2))
            for i in range(start, anchor - 1)
            if view.lower(i) == "the"
            and (view.lower(i + 1) in bodies or view.lower(i + 2) in bodies)
        ),
        (-1, ""),
    )
    if article_at < 0:
        return []
    char = article.tokens.start(start)
    earlier = [
        m
        for m in article.mentions
        if m.end <= char
        and m.sentence_id >= view.sentence_id - BODY_REACH
        and (m.party_id or m.entity_id) not in exclude
    ]
    words = article.tokens.words
    imposing_states = {m.entity_id for m in recent if m.entity_type == "country"}
    # "The envoy said the administration was weighing …": an official's own government
    reported = not REPORTING_VERBS.isdisjoint(window_words(view, view.start, article_at))
    last_state = True  # no other state named between the mention and the body
    for mention in reversed(earlier):
        if mention.entity_type == "country" and mention.kind != "demonym":
            imposed_last = last_state and mention.entity_id in imposing_states
            if noun in GOVERNMENT_NOUNS and imposed_last:
                return [mention]
            last_state = False
        following = words[mention.token_end : mention.token_end + 3]
        named_with = noun in following and all(
            w.isalpha() for w in following[: following.index(noun)]
        )
        leader = noun in {"administration", "government"} and (
            _heads_a_government(article, mention) or (reported and bool(mention.party_id))
        )
        bloc = noun in BLOC_BODIES and mention.entity_type == "org"
        # "The Treasury acted. The department blacklisted X": a state's agency named before
        agency = noun in AGENCY_BODIES and _state_agency(mention)
        if leader and mention.party_id in view.article.contested and imposing_states:
            # "Canada sanctioned 23 Russians. … hold Putin accountable … the federal government
            # is sanctioning …": a contested leader named in passing is not the government
            # acting; the state imposing the article's measures is
            state = next(m for m in recent if m.entity_type == "country")
            return [] if state.entity_id in exclude else [state]
        if named_with or leader or bloc or agency:
            return [mention]
    return []


ADOPTING_VERBS = ISSUING_VERBS | frozenset(
    "agreed agrees imposed imposes introduced introduces rolled".split()
)


def _adopter_before(
    article: AnnotatedArticle, view: SentenceView, exclude: set[str]
) -> list[Mention]:
    """Who adopted the measures "the package" or "the measures" refers to: the subject of the
    last sentence (of the two before) that adopts, approves or announces a package or
    measures ("The EU adopted a fifth package on Friday.")."""
    for sentence_id in (view.sentence_id - 1, view.sentence_id - 2):
        if sentence_id < 0:
            return []
        adopter = _adopter_in(article, sentence_id, exclude)
        if adopter is not None:
            return adopter
    return []


def _issuer_before(
    article: AnnotatedArticle, view: SentenceView, start: int, anchor: int, exclude: set[str]
) -> list[Mention]:
    """Whoever issued the text the clause's subject names ("The decree bans …", "The order
    also blocks …"): the subject of a sentence of the two before that signs, issues or adopts
    a text of that name."""
    noun = next(
        (
            view.lower(i)
            for i in range(start, anchor)
            if view.lower(i) in TEXT_NOUNS and view.lower(i - 1) in {"the", "this", "that"}
        ),
        "",
    )
    if not noun:
        return []
    for sentence_id in (view.sentence_id - 1, view.sentence_id - 2):
        if sentence_id < 0:
            return []
        first, end = article.token_range(sentence_id)
        words = article.tokens.words
        for verb in range(first, end):
            if words[verb] in ADOPTING_VERBS and noun in words[verb + 1 : min(end, verb + 4)]:
                earlier = sentence_view(article, sentence_id)
                return nearest_run(
                    earlier, clause_start(earlier, verb), verb, exclude, frozenset({"of"})
                )
    return []


def _adopter_in(
    article: AnnotatedArticle, sentence_id: int, exclude: set[str]
) -> list[Mention] | None:
    """The subject of the sentence's verb adopting a package or measures; None when it has
    no such verb."""
    start, end = article.token_range(sentence_id)
    words = article.tokens.words
    for verb in range(start, end):
        if words[verb] not in ADOPTING_VERBS:
            continue
        if MEASURE_TEXTS.isdisjoint(words[verb + 1 : min(end, verb + 6)]):
            continue
        earlier = sentence_view(article, sentence_id)
        return nearest_run(earlier, clause_start(earlier, verb), verb, exclude, frozenset({"of"}))
    return None


BULLET_MARKS = frozenset({"-", "*", "•", "–", "—", "·"})
LIST_ITEMS_REACH = 12  # items back from a bullet to the line that opens the list


def _list_opener_adopter(
    article: AnnotatedArticle, view: SentenceView, exclude: set[str]
) -> list[Mention]:
    """Who adopted the package a bulleted list spells out: the subject of the line ending in
    a colon that opens the list ("The EU agreed on a new package of sanctions, which also
    included:"), when every line between is a bullet too."""
    if article.tokens.text(view.start) not in BULLET_MARKS:
        return []
    for sentence_id in range(
        view.sentence_id - 1, max(-1, view.sentence_id - LIST_ITEMS_REACH), -1
    ):
        start, end = article.token_range(sentence_id)
        while end > start and not article.tokens.text(end - 1).strip():
            end -= 1  # (the line break closing it)
        if end > start and article.tokens.text(end - 1) == ":":
            return _adopter_in(article, sentence_id, exclude) or []
        if end <= start or article.tokens.text(start) not in BULLET_MARKS:
            return []
    return []


def _refers_to_measures(view: SentenceView, start: int, anchor: int) -> bool:
    """'The package also bans …', 'The measures target …', 'The draft would also cut …': the
    imposer was named before."""
    words = window_words(view, start, anchor)
    return bool(set(words) & MEASURE_TEXTS)


MEASURE_TEXTS = frozenset(
    "package measures sanctions move decision order draft proposal proposals restrictions"
    " penalties designation designations".split()
)


def _past_adverbial_aside(view: SentenceView, start: int) -> int:
    """Where the clause starts when a short adverbial aside set off by commas stands before
    ``start`` ("Japan has not, so far, imposed …", "The EU, however, froze …"): the start of
    the clause the aside interrupts; ``start`` itself otherwise."""
    if view.lower(start - 1) != ",":
        return start
    for opening in range(start - 2, max(view.start, start - 6) - 1, -1):
        if view.lower(opening) != ",":
            continue
        inside = range(opening + 1, start - 1)
        if 0 < len(inside) <= 3 and all(
            view.lower(i).isalpha()
            and view.lower(i) in ASIDE_ADVERBIALS
            and view.mention_covering(i) is None
            for i in inside
        ):
            return clause_start(view, opening - 1)
        return start
    return start


ASIDE_ADVERBIALS = frozenset(
    """so far however though too also meanwhile instead still yet in turn for now its part
    for their part his her now already reportedly""".split()
)
NEWS_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    week""".split()
)
