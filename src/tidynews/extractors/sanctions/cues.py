"""Sanctions' cues: which words of a sentence name a measure ("sanctions", "froze the assets
of", "barred … from entering", "added … to its list", "cut off from SWIFT", "price cap"), and
of what form, so the measure stage knows where to look for its targets and imposer. Only
sentences holding a word of ``CUE_STEMS`` (vocabulary) get here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ...document import AnnotatedArticle
from ...gazetteer import bloc_ids
from ...people import FROZEN_THINGS, POSSESSIVES, TITLE_PREFIXES, TITLE_WORDS
from ..clauses import (
    ACCUSING_VERBS,
    CLAUSE_BOUNDARIES,
    ENTITY_GROUP_NOUNS,
    OWNING_DETERMINERS,
    PREPOSITIONS,
    QUOTE_MARKS,
    SentenceView,
    clause_end,
    clause_start,
    look_back,
    strong_start,
    window_words,
)
from .imposers import (
    ENTERING,
    MEASURE_MODIFIERS,
    MEASURE_TEXTS,
    SOURCE_PARTICIPLES,
    _among_those,
    _fronted_predicate,
    _relative_on_measure,
    _sanctioning_office,
    _those_on_the_list,
    entry_destination,
    measure_noun_passive,
)
from .status import CLOSED_SPACES, CLOSING_VERBS, REFUSING_ENTRY, _face_verb, _hit_with
from .targets import (
    FROZEN_PARTICIPLES,
    MORE_WORDS,
    _count,
    _described_name,
    _parse_targets,
)
from .vocabulary import (
    BAN_MODIFIERS,
    BE_FORMS,
    BLOCK_WORDS,
    CUT_VERBS,
    DETERMINERS,
    FREEZE_WORDS,
    GENERAL_MEASURE_VERBS,
    GENERAL_MEASURES,
    GROUP_KINDS,
    LIST_ADD_VERBS,
    LIST_DROP_VERBS,
    MEASURE_ADJECTIVES,
    MEASURE_HEADS,
    NOUN_MEASURES,
    PARTICIPLE_ADVERBS,
    PUNITIVE_ADJECTIVES,
    REFLEXIVES,
    RESTRICTION_MODIFIERS,
    SANCTION_VERB_ADVERBS,
    SINGLE_KINDS,
    SUBJECT_TARGETING_VERBS,
    SWIFT_VERBS,
    TARGET_PREPOSITIONS,
    TRADE_MODIFIERS,
    TRADE_NOUNS,
    VERB_BEFORE_SANCTION,
    VERB_MEASURES,
    VISA_VERBS,
    CaseFacts,
    Cue,
    Targets,
    passive_verb_at,
)

# Tokens from "SWIFT" back to its verb: room for a counted object with named members
# ("excluded seven Russian banks, including VTB and Bank Rossiya, from SWIFT").
SWIFT_REACH = 16


def _cues(view: SentenceView) -> list[Cue]:
    found: list[Cue] = []
    words, cue_words = view.article.tokens.words, _cue_words()
    for index in range(view.start, view.end):
        if words[index] not in cue_words:
            continue  # most words of a cue sentence: one set lookup, not the tests below
        cue = _cue_at(view, index)
        if cue is None:
            continue
        if found and _restrains_at(view, found[-1].index) == index:
            continue  # "sanctions that bar it from selling oil": the measure's content
        if not (found and index - found[-1].index <= 1):
            found.append(cue)
        elif cue.form in {"list_add", "list_drop"}:
            found[-1] = cue  # "the asset-freeze list": the list, named by its measure
    return found


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every word ``_cue_at`` can return a cue at (each of its branches starts by testing the
    word itself); held to it by a test."""
    return (
        frozenset(
            {"sanctions", "blacklist", "off", "out", "swift", "ban", "bans", "restrictions", "list"}
        )
        | {"lists"}
        | {"controls", "ceiling"}
        | CLOSED_SPACES.keys()
        | HALT_VERBS
        | IMPORTING_VERBS
        | REFUSING_ENTRY
        | RESTRICTING_VERBS
        | CLOSING_VERBS
        | STOPPING_ENTRY
        | {"issuing", "enter"}
        | CAP_VERBS
        | BLOCK_WORDS
        | FREEZE_WORDS
        | GENERAL_MEASURES
        | set(NOUN_MEASURES)
        | VISA_VERBS
        | set(VERB_MEASURES)
        | ADDING_VERBS
        | LISTING_VERBS
        | TARGETING_VERBS
        | DESIGNATION_NOUNS
    )


def _cue_at(view: SentenceView, index: int) -> Cue | None:
    word, before, after = view.lower(index), view.lower(index - 1), view.lower(index + 1)
    if word == "sanctions" and after in {"list", "lists"}:
        if _under_position(view, index) >= 0:
            return Cue(index, "sanctions", "noun")  # "has been on US sanctions lists since"
        if _fronted_predicate(view, index + 1):
            return Cue(index + 1, "sanctions", "noun")  # "Also making the sanctions list are"
        if _those_on_the_list(view, index):
            return Cue(index, "sanctions", "noun")  # "Those on the sanctions list include …"
        if view.lower(index + 2) == "of" and look_back(view, index, PUBLISHING_VERBS, 4) >= 0:
            # "Poland published a national sanctions list of 50 Russian people and companies":
            # who the list names follow "of", as a verb's object
            return Cue(index + 2, "sanctions", "verb")
        return _list_cue(view, index)
    if (
        word == "sanctions"
        and after in {"package", "packages"}
        and _added_to_a_package(view, index)
    ):
        return _list_cue(view, index)  # "considering adding her to the next EU sanctions package"
    if word in LIST_WORDS and after in LIST_LINKS and _a_sanctions_list(view, index):
        # "Russia's entry blacklist includes A, B and C", "the blacklist names …"
        return Cue(index, "travel ban" if view.lower(index - 1) == "entry" else "sanctions", "noun")
    if word == "blacklist" and _under_position(view, index) >= 0:
        return Cue(index, "blacklisting", "noun")  # "has been on the Treasury's blacklist"
    if word == "list" and _on_an_owners_list(view, index):
        return Cue(index, "sanctions", "noun")  # "Mr Kovalchuk was already on Japan's list"
    if word == "blacklist" and before in {"its", "the", "a", "their", "his", "her", "treasury"}:
        return _list_cue(view, index)  # "added the central bank to its blacklist"
    if word == "blacklist" and before in POSSESSIVES and _owner_before(view, index - 1):
        return _list_cue(view, index)  # "added 200 people to the bloc's blacklist"
    if word == "list" and before == "entity":  # the US Commerce Department's export-control list
        cue = _list_cue(view, index)  # "added 91 companies to its Entity List"
        return Cue(cue.index, "export controls", cue.form, cue.verb) if cue else None
    if word == "list" and before in MEASURE_LISTS:
        # "was added to the EU's asset-freeze list": the cue stands where the compound starts,
        # right after its owner, as "sanctions" does in "the EU's sanctions list"
        first = index - 1
        while view.lower(first - 1) in MEASURE_LIST_WORDS:
            first -= 1
        cue = _list_cue(view, first)
        return Cue(cue.index, MEASURE_LISTS[before], cue.form, cue.verb) if cue else None
    if word == "list" and _list_of_the_subjected(view, index):
        return _list_cue(view, index)  # "the list of persons subject to restrictive measures"
    if word in DESIGNATION_NOUNS and (
        (after == "of" and not _as_complement(view, index))
        or (after in DESIGNATION_LINKS and view.lower(index - 1) != "terrorist")
    ):
        # "announced the designation of Sovcombank", "The new designations included 14
        # persons": who follows "of" or the linking verb, as a verb's object
        return Cue(index + 1, "sanctions", "verb")
    if word == "list" and _designated_nationals_list(view, index):
        # "OFAC added PDVSA to its SDN List": the cue stands where the list's name starts, so
        # the words of the name ("… and Blocked Persons List") say nothing of the status;
        # its defined short form after it ("… List ("SDN List")") is no second list
        start = _name_start(view, index)
        if view.lower(start - 1) in QUOTE_MARKS and view.lower(start - 2) == "(":
            return None
        if _on_the_list_named(view, start):
            # "Almaz-Antey has been on the Specially Designated Nationals list since 2014":
            # being on it, as "on the sanctions list" is
            return Cue(start, "sanctions", "noun")
        return _list_cue(view, start)
    if word == "out" and before == "phase" and _trade_follows(view, index):
        return Cue(index, "ban", "verb")  # "will phase out imports of Russian coal"
    if word in IMPORTING_VERBS and before in STOPPING_VERBS and _goods_follow(view, index):
        return Cue(index, "ban", "verb")  # "will stop importing Russian coal"
    if word == "list" and _list_of_the_favoured(view, index):
        return None  # "removed Russia from its list of most-favoured trading partners"
    if (
        word == "list"
        and before in {"its", "the", "their"}
        and _fronted_predicate(view, index)
        and look_back(view, index, LIST_ADD_VERBS, LISTED_REACH) < 0
        and _measure_named_before(view)
    ):
        return Cue(index, "sanctions", "noun")  # "… froze the assets of … Also named on the
        # list are A and B" (no adding verb: the fronted predicate puts them on it)
    if (
        word == "list"
        and before in {"its", "the", "their"}
        # ("the list of people to be sanctioned" is described, not owned: "its list of those
        # prohibited from entering" is the owner's)
        and (after != "of" or before != "the")
        and (
            _measure_named_before(view)
            or _measure_in_sentence(view)
            or _listed_by_a_state_verb(view, index)
        )
    ):
        return _list_cue(view, index)  # "… sanctioned PDVSA. In April it added X to its list"
    if (
        word == "off"
        and view.lower(index + 1) in TRADE_NOUNS
        and view.lower(index - 1) in CUT_VERBS
    ):
        return Cue(index, "restrictions", "verb")  # "cut off transactions with Sberbank"
    trade = index + 2 if after in TRADE_MODIFIERS else index + 1
    if (
        word in HALT_VERBS | BLOCK_WORDS
        and view.lower(trade) in TRADE_NOUNS
        and "with" in window_words(view, trade + 1, trade + 3)
    ):
        # "would halt transactions with the banks", "blocking financial dealings with four
        # Russian banks"
        return Cue(index, "restrictions", "verb")
    if word == "out" and view.lower(index + 1) == "of" and _financial_system_after(view, index):
        verb = look_back(view, index, CUT_VERBS, 8)  # "cut Sberbank out of the US financial system"
        return Cue(index, "financial cut-off", "swift", verb) if verb >= 0 else None
    if word == "off" and view.lower(index + 1) == "from" and view.lower(index + 2) != "swift":
        verb = look_back(view, index, CUT_VERBS, 8)  # "cut Russia's government off from …"
        if verb >= 0 and _result_of_a_measure(view, verb):
            return None  # "imposed sanctions on PDVSA, cutting Maduro's government off from …"
        return Cue(index, "financial cut-off", "swift", verb) if verb >= 0 else None
    if word == "swift":
        verb = look_back(view, index, SWIFT_VERBS, SWIFT_REACH)
        return Cue(index, "SWIFT exclusion", "swift", verb) if verb >= 0 else None
    if (
        (word in BLOCK_WORDS or word in RESTRICTING_VERBS)
        and (after, view.lower(index + 2)) == ("access", "to")
        and _outlets_after(view, index + 3)
    ):
        # "was blocking access to 81 media outlets": the cue stands at "to", so the target
        # phrase after it is read as a verb's object
        return Cue(index + 2, "ban", "verb")
    if word in BLOCK_WORDS and FROZEN_THINGS & {view.lower(i) for i in range(index + 1, index + 4)}:
        return Cue(index, "asset freeze", "freeze")  # "blocked PDVSA assets"
    if word == "blocked" and _state_acts_on_a_party(view, index):
        return Cue(index, "sanctions", "verb")  # "In June Washington blocked the state miner"
    if word in TARGETING_VERBS and _targets_in_a_sanctions_story(view, index):
        return Cue(index, "sanctions", "verb")  # "In March the Treasury targeted Minerven"
    if word == "targeted" and _targeted_in_a_sanctions_story(view, index):
        return Cue(index, "sanctions", "verb")  # "Russian banks have also been targeted."
    if _accused_of(view, index):
        return None  # "accused the Trump administration of trying to seize its assets"
    if word in FREEZE_WORDS:
        participle = word in FROZEN_PARTICIPLES
        if before in {"asset", "assets"} and not participle:
            return Cue(index, "asset freeze", "noun")
        if word in {"freeze", "freezes"} and _face_verb(view, index) >= 0:
            # "Cuba and Syria face a near-total U.S. freeze": a measure named as a noun,
            # whoever faces it its target, as with "face sanctions"
            return Cue(index, "asset freeze", "noun")
        if word == "freezes" and after in {"on", "against"}:
            return Cue(index, "asset freeze", "noun")  # "face U.S. freezes on their assets"
        if (
            word == "freeze"
            and after in {"on", "against"}
            and before not in VERB_FREEZE_OPENERS
            and not _owned_things_after(view, index + 2)
        ):
            # "a general freeze on Venezuelan state assets" (not "will freeze on Monday"; "a
            # freeze on all property of the government" is read as a freeze of the property)
            return Cue(index, "asset freeze", "noun")
        reach = 8 if participle else 3  # "the assets of Diosdado Cabello were frozen"
        # "froze more than $7 billion in assets of …": room for an amount before the assets
        if any(view.lower(i) in FROZEN_THINGS for i in range(index + 1, index + 12)) or any(
            view.lower(i) in FROZEN_THINGS for i in range(index - reach, index)
        ):
            return Cue(index, "asset freeze", "freeze")
        return None
    # "extended the SWIFT ban to Sberbank", "extended the same restrictions to Belarus"
    widened = after == "to" and _widening_verb_before(view, index)
    if word in {"ban", "bans"} and (
        before in BAN_MODIFIERS or after in {"on", "against"} or widened
    ):
        return Cue(index, BAN_MODIFIERS.get(before, "ban"), "noun")
    if word == "restrictions" and not (
        before in RESTRICTION_MODIFIERS
        or after in TARGET_PREPOSITIONS
        or widened
        # "restrictions imposed by the US on Russian airlines"
        or (after in SOURCE_PARTICIPLES and view.lower(index + 2) in {"by", "on", "against"})
        or _hit_with(view, index) is not None  # "oligarchs slapped with restrictions"
        or _passive_on_a_target(view, index)  # "Similar restrictions were imposed on …"
        or refuses_to_join(view, index)  # "China and India, none of which has imposed …"
    ):
        return None
    if word == "controls" and before != "export" and not _on_exports(view, index):
        # "export controls" or "controls on exports" only: "capital controls", "border
        # controls" are none
        return None
    if word in {"cap", "caps"} and before == "price":
        return Cue(index, "price cap", "noun")  # "a price cap on Russian seaborne crude"
    if word == "cap" and before == "the" and _price_cap_told_before(view):
        return Cue(index, "price cap", "noun")  # "… have not signed up to the cap"
    if word in CLOSED_SPACES and after == "to" and look_back(view, index, CLOSING_VERBS, 3) >= 0:
        # "closed its airspace to Russian airlines", "shut its ports to Russian ships"
        return Cue(index, CLOSED_SPACES[word], "verb")
    if word in {"ceiling", "cap"} and after == "on" and _price_of_after(view, index + 1):
        # "put a ceiling on the price of Russian oil" (the cue stands at "on": its target is
        # read four words on, as for "cap the price of")
        return Cue(index + 1, "price cap", "verb")
    if word in CAP_VERBS and (after, view.lower(index + 2), view.lower(index + 3)) in PRICE_OF:
        return Cue(index, "price cap", "verb")  # "agreed to cap the price of Russian oil"
    if word in GENERAL_MEASURES:
        return Cue(index, "sanctions", "noun") if _general_measure(view, index) else None
    if word in NOUN_MEASURES:
        if word == "sanction" and (
            before in VERB_BEFORE_SANCTION or view.mention_starting(index + 1)
        ):
            if _power_only(view, index):
                return None  # "allows Washington to sanction foreign companies"
            return Cue(index, "sanctions", "verb")  # "to sanction X", "… and sanction Sberbank"
        if word == "sanctions" and _sanctions_is_verb(view, index):
            return Cue(index, "sanctions", "verb")  # "Canada already sanctions 70 officials"
        return Cue(index, NOUN_MEASURES[word], "noun")
    if word in VISA_VERBS and _visa_after(view, index) >= 0:
        return Cue(index, "travel ban", "visa", index)  # "revoked the visas of X"
    if word in ADDING_VERBS and _adds_more_to_a_measure(view, index):
        return Cue(index, "sanctions", "verb")  # "A week later it added four more firms - …"
    if word == "added" and before in {"were", "was", "been", "being"} and _added_more(view, index):
        return Cue(index, "sanctions", "verb")  # "Eleven more, including X, were added in June"
    if word in LISTING_VERBS and _among_those(view, index):
        return Cue(index, "sanctions", "verb")  # "Those listed include A, B and C"
    if word in LISTING_VERBS and _state_acts_on_a_party(view, index):
        return Cue(index, "sanctions", "verb")  # "The EU first listed seven officials in 2018"
    if word == "listed" and _targeted_in_a_sanctions_story(view, index):
        # "Twenty members of the Belarusian military had already been listed", after a
        # sentence naming the list: the passive of listing
        return Cue(index, "sanctions", "verb")
    if word in DESIGNATING and _as_complement(view, index):
        return None  # "designated X as the legitimate ambassador": an appointment
    if word == "designate" and (before in TITLE_WORDS or before == "-" or before in {"the", "a"}):
        return None  # "Prime Minister designate Mishustin", "president-designate": a title
    if word in VERB_MEASURES and (_attributive(view, index) or _power_only(view, index)):
        return None  # "the most heavily sanctioned countries", "allows Washington to sanction"
    if (word in REFUSING_ENTRY or word in RESTRICTING_VERBS | CLOSING_VERBS) and after == "entry":
        # "are refusing entry to Russian tourists", "would restrict entry to Russian citizens",
        # "will close entry to all Russian citizens with Schengen visas"
        return Cue(index, "travel ban", "verb")
    if word in STOPPING_ENTRY and _from_entering(view, index):
        return Cue(index, "travel ban", "verb")  # "will stop Russian tourists from entering"
    if word == "enter" and _no_longer_allowed(view, index):
        # "Russian tourists can no longer enter Estonia, Latvia or Poland": the states named
        # keep them out (a state, not a demonym, must follow)
        return Cue(index, "travel ban", "no_entry", index - 3)
    if word == "issuing" and before in STOPPING_VERBS and after == "visas":
        return Cue(index, "travel ban", "verb")  # "stopped issuing visas to Russian citizens"
    if word in VERB_MEASURES:
        if VERB_MEASURES[word] == "ban" and _barred_from(view, index) in LEAVING:
            return None  # "bars him from leaving the country": a domestic exit ban
        if VERB_MEASURES[word] == "ban" and (after == "entry" or _from_entering(view, index)):
            return Cue(index, "travel ban", "verb")  # "barred entry to X", "banned X from entering"
        return Cue(index, VERB_MEASURES[word], "verb")
    return None


DESIGNATING = frozenset({"designate", "designated", "designates", "designating"})
ACCUSATION_STOPS = CLAUSE_BOUNDARIES | {","}
TRYING = frozenset({"trying", "attempting", "seeking", "plotting", "planning", "wanting"})


# Words before "freeze" that make it a verb ("to freeze", "would freeze", "and freeze")
VERB_FREEZE_OPENERS = frozenset(
    "to will would could may might can should must and or not also then".split()
)


def _owned_things_after(view: SentenceView, index: int) -> bool:
    """ "(all) property of", "the assets of", "much of its central bank's reserves" at
    ``index``: the things frozen, with their owner named (read as a freeze of them)."""
    while view.lower(index) in {"all", "the"}:
        index += 1
    if view.lower(index) in FROZEN_THINGS and view.lower(index + 1) == "of":
        return True
    for position in range(index, min(view.end, index + OWNED_THINGS_REACH)):
        if view.lower(position) in FROZEN_THINGS:
            owner = view.lower(position - 1)
            return owner in POSSESSIVES or owner in OWNING_DETERMINERS
    return False


OWNED_THINGS_REACH = 7  # "on much of its central bank's reserves"


def _accused_of(view: SentenceView, index: int) -> bool:
    """Is the measure what someone is accused of ("accused Washington of trying to seize
    the company's assets", "of freezing its reserves")? An accusation, not a measure."""
    position = index - 1
    if view.lower(position) == "to" and view.lower(position - 1) in TRYING:
        position -= 2
    if view.lower(position) != "of":
        return False
    return look_back(view, position, ACCUSING_VERBS, 8, ACCUSATION_STOPS) >= 0


ENABLING_VERBS = frozenset(
    """allow allows allowed allowing authorise authorises authorised authorize authorizes
    authorized empower empowers empowered enable enables enabled permit permits
    permitted""".split()
)
# ("a law, which allows Washington to sanction …": the enabling text may be a relative aside)
ENABLING_STOPS = (CLAUSE_BOUNDARIES - {"which"}) | {","}
ATTRIBUTIVE_OPENERS = frozenset({"most", "more", "heavily", "the", "a", "an", "already"}) | {
    # "other sanctioned individuals", "transactions involving sanctioned individuals and
    # entities", "the assets of sanctioned people": a description of whoever is under it
    *("other", "involving", "with", "of", "for", "from"),
}


def _attributive(view: SentenceView, index: int) -> bool:
    """A participle modifying the noun after it ("one of the most heavily sanctioned
    countries", "an already sanctioned bank"): a description, no act."""
    word, following = view.lower(index), view.lower(index + 1)
    if not word.endswith("ed") or (following not in GROUP_KINDS and following not in SINGLE_KINDS):
        return False
    before = view.lower(index - 1)
    if before == "of" and view.lower(index - 2) in {"list", "lists"}:
        return True  # "added X to its list of sanctioned companies": the list's name
    adverb = before.endswith("ly") and before != "only" and view.mention_covering(index - 1) is None
    return before in ATTRIBUTIVE_OPENERS or adverb  # ("Italy sanctioned …" is no adverb)


def _power_only(view: SentenceView, index: int) -> bool:
    """ "The order allows Washington to sanction foreign companies": a power granted, not a
    measure taken (nor one proposed)."""
    if view.lower(index - 1) != "to":
        return False
    return look_back(view, index - 1, ENABLING_VERBS, 7, ENABLING_STOPS) >= 0


CAP_VERBS = frozenset({"cap", "caps", "capped", "capping"})
HALT_VERBS = frozenset(
    "halt halts halted halting cease ceases ceased suspend suspends suspended suspending".split()
)
STOPPING_VERBS = HALT_VERBS | frozenset("stop stops stopped stopping end ends ended ending".split())
# Verbs that limit someone's entry: "restrict entry to Russian citizens"
RESTRICTING_VERBS = frozenset(
    """restrict restricts restricted restricting limit limits limited limiting suspend
    suspends suspended suspending""".split()
)
STOPPING_ENTRY = frozenset(
    "stop stops stopped stopping prevent prevents prevented preventing".split()
)
IMPORTING_VERBS = frozenset({"importing", "buying", "purchasing"})
PRICE_OF = frozenset({("the", "price", "of"), ("the", "prices", "of")})
ADDING_VERBS = frozenset({"added", "adds", "adding"})
MEASURE_CONTEXT_REACH = 2  # sentences back to the measure a growing list continues


LISTING_VERBS = frozenset({"listed", "lists", "listing"})
# "targeted", "targets", "targeting": verbs that name no measure on their own (see
# LIST_CONTEXT_WORDS; TARGETING_VERBS, below, are every form a cue may be read at)
TARGETING_NEEDLES = frozenset({"targeted", "targets", "targeting"})


def _targets_in_a_sanctions_story(view: SentenceView, index: int) -> bool:
    """ "The Treasury targeted Minerven and its president", "has since targeted dozens of
    officials": a state or bloc targeting a person, a company or a counted group, where the
    sentence or the two before name a measure (not "Russia targeted Kyiv's power grid"
    in a war report without one); "targeted X with sanctions" is the noun's."""
    acts = _state_acts_on_a_party(view, index) or _perfect_on_a_count(view, index)
    if not acts and not _a_measure_targets(view, index):
        return False
    if any(view.lower(i) == "with" for i in range(index + 1, min(view.end, index + 8))):
        return False
    named = view.mention_starting(index + 1 + (view.lower(index + 1) == "the"))
    if named is not None and view.lower(named.token_end) in POSSESSIVES:
        return False  # "targeted Ukrenergo's substations": a strike on its property
    return _measure_in_sentence(view) or _measure_named_before(view)


def _targeted_in_a_sanctions_story(view: SentenceView, index: int) -> bool:
    """ "Russian banks have also been targeted", "Its president was targeted too": a passive
    "targeted" with no "with" (that is the noun's) whose subject, opening the sentence, is a
    party or a group a measure may hit, right after a sentence naming a measure."""
    auxiliary = index - 1
    while view.lower(auxiliary) in PARTICIPLE_ADVERBS and auxiliary > view.start:
        auxiliary -= 1
    if view.lower(auxiliary) not in BE_FORMS:
        return False
    if any(view.lower(i) == "with" for i in range(index + 1, min(view.end, index + 8))):
        return False
    if _by_a_sanctioning_office(view, index):
        return True  # "… were targeted by the US Treasury Department": its measures
    subject_end = auxiliary
    while subject_end > view.start and (
        view.lower(subject_end - 1) in PARTICIPLE_ADVERBS | {"have", "has", "had"}
    ):
        subject_end -= 1  # "have also been"
    if any(view.lower(i) in {",", ";", ":"} for i in range(view.start, subject_end)):
        return False  # the subject must open the sentence ("…, and officials were targeted")
    head = view.lower(subject_end - 1)
    named = view.mention_ending(subject_end - 1)
    kind = GROUP_KINDS.get(head) in {"people", "company"} or (
        named is not None and named.entity_type in {"person", "org"}
    )
    # (or a group head before its "of": "Twenty members of the Belarusian military")
    kind = kind or any(
        view.lower(i + 1) == "of" and GROUP_KINDS.get(view.lower(i)) in {"people", "company"}
        for i in range(view.start, subject_end - 1)
    )
    return kind and (_measure_in_sentence(view) or _measure_named_before(view))


def _by_a_sanctioning_office(view: SentenceView, participle: int) -> bool:
    """Is the participle's agent a body that makes its state's sanctions ("targeted by the
    US Treasury Department", "targeted by OFAC")? What it targets, it sanctions."""
    agent = participle + 1
    if view.lower(agent) != "by":
        return False
    mention = view.mention_starting(agent + 1) or view.mention_starting(agent + 2)
    return mention is not None and _sanctioning_office(view.article, mention)


MEASURE_SUBJECT_WORDS = frozenset({"the", "this", "its", "their", "new", "latest", "also"})


def _a_measure_targets(view: SentenceView, index: int) -> bool:
    """ "The package targets the 351 members of the Duma", "It targets …" (after a sentence
    adopting a package): a measure, or a pronoun opening the sentence after one, as the
    subject of "targets", and a party or a counted group as its object."""
    if view.lower(index) not in {"targets", "target", "targeted"}:
        return False
    subject = [view.lower(i) for i in range(view.start, index)]
    measure = (
        bool(subject)
        and subject[-1] in MEASURE_TEXTS
        and all(word in MEASURE_SUBJECT_WORDS or word.isalpha() for word in subject[:-1])
    )
    pronoun = subject in (["it"], ["they"], ["it", "also"], ["they", "also"])
    if not measure and not (pronoun and _measure_named_before(view)):
        return False
    following = view.lower(index + 1)
    if following == "the":
        following = view.lower(index + 2)
    named = view.mention_starting(index + 1 + (view.lower(index + 1) == "the"))
    return (named is not None and named.entity_type in {"person", "org"}) or (
        _count(following) is not None or following in GROUP_KINDS or following in SINGLE_KINDS
    )


def _perfect_on_a_count(view: SentenceView, index: int) -> bool:
    """ "…, which imposed sanctions … and has since targeted dozens of officials": the verb
    after "has (since)", its object a counted group."""
    before = index - 1
    while view.lower(before) in {"since", "also", "now", "already"}:
        before -= 1
    following = view.lower(index + 1)
    counted = _count(following) is not None or following in {"dozens", "hundreds", "scores"}
    return view.lower(before) in {"has", "have", "had"} and counted


LISTING_ADVERBS = frozenset(
    {"first", "also", "then", "later", "has", "had", "have", "already", "previously", "since"}
)


def _result_of_a_measure(view: SentenceView, verb: int) -> bool:
    """Is the verb a participle after a comma that tells what a measure named before it in
    the sentence does ("… imposed sanctions on PDVSA, cutting Maduro's government off from its
    most important source of cash")? Its effect, not a second measure."""
    if not view.lower(verb).endswith("ing") or view.lower(verb - 1) != ",":
        return False
    measures = set(NOUN_MEASURES) | set(VERB_MEASURES) | FREEZE_WORDS
    return any(view.lower(i) in measures for i in range(view.start, verb - 1))


def _added_more(view: SentenceView, index: int) -> bool:
    """A passive "were added" whose subject counts more ("Eleven more, including X, were
    added in June 2018"), after a measure named in the two sentences before: the list grows.
    ("were added to the agenda" adds to something else.)"""
    onto = {view.lower(i) for i in range(index + 2, index + 6)}
    if view.lower(index + 1) == "to" and not {"list", "blacklist", "lists"} & onto:
        return False
    subject = {view.lower(i) for i in range(strong_start(view, index), index)}
    return bool(MORE_WORDS & subject) and _measure_named_before(view)


def _state_acts_on_a_party(view: SentenceView, index: int) -> bool:
    """ "The EU first listed seven officials", "Washington blocked the state mining company":
    the verb with a state or bloc as its subject right before it (an adverb between) and a
    person, a company or a counted group after. "Rosneft is listed in Moscow", "the firms
    listed below", "Protesters blocked the road" are none."""
    if not _state_subject(view, index):
        return False
    following = view.lower(index + 1)
    if following == "the":
        following = view.lower(index + 2)  # "blocked the state mining company"
        if following == "state":
            return True
    named = view.mention_starting(index + 1)
    if named is not None and named.entity_type in {"person", "org"}:
        return True
    if _count(following) is not None or following in GROUP_KINDS or following in SINGLE_KINDS:
        return True
    # past a modifier or a title: "has since listed senior figures", "listed Vice-President
    # Delcy Rodríguez"
    position = _past_modifiers(view, index + 1)
    named = view.mention_starting(position)
    if named is not None and named.entity_type == "person":
        return True
    # a group past words of rank only (not a title's "former officials")
    ranked = all(view.lower(i) in RANK_WORDS for i in range(index + 1, position))
    return position > index + 1 and ranked and view.lower(position) in GROUP_KINDS


PARTY_MODIFIER_REACH = 3  # words of "senior" or "Vice - President" before the party
# Words of rank or scope before a party a state acts on ("senior figures", "not only
# individuals"; not any adjective: "blocked former officials from the talks")
RANK_WORDS = frozenset("senior top key leading high-ranking not only".split())


def _past_modifiers(view: SentenceView, first: int) -> int:
    """Where the party starts past a few words of rank or title ("senior figures",
    "Vice-President Delcy Rodríguez")."""
    position = first
    while position < min(view.end, first + PARTY_MODIFIER_REACH) and (
        view.lower(position) in TITLE_WORDS
        or view.lower(position) in TITLE_PREFIXES
        or view.lower(position) == "-"
        or view.lower(position) in RANK_WORDS
    ):
        if view.lower(position) in GROUP_KINDS or view.mention_starting(position) is not None:
            break
        position += 1
    return position


def _adds_more_to_a_measure(view: SentenceView, index: int) -> bool:
    """ "A week later it added four more shipping firms - …": "added" with a counted "more"
    object continues the measure of a sentence just before (a list grows without naming
    itself). "He added that …" and "added two more flights" after no measure are none."""
    words = [view.lower(i) for i in range(index + 1, min(view.end, index + 4))]
    if not MORE_WORDS & set(words) or (words and words[0] in {"that", "to"}):
        return False
    return _measure_named_before(view)


def _measure_named_before(view: SentenceView) -> bool:
    """Does one of the two sentences before name a measure (any cue word)? What continues a
    list ("added four more", "added X to its list") needs that list to be a sanctions list."""
    article, first = view.article, max(view.sentence_id - MEASURE_CONTEXT_REACH, 0)
    measure_words = _cue_words() - LIST_CONTEXT_WORDS
    for sentence_id in range(first, view.sentence_id):
        start, end = article.token_range(sentence_id)
        if not measure_words.isdisjoint(article.tokens.words[start:end]):
            return True
    return False


def _listed_by_a_state_verb(view: SentenceView, index: int) -> bool:
    """ "The EU adds 11 officials to its list", "The Treasury removed X from the list": a
    state, a bloc or a state's agency adds to or drops from the list (the subject right
    before the verb); "The airline added routes to its list" has none."""
    verb = look_back(view, index, LIST_ADD_VERBS | LIST_DROP_VERBS, LISTED_REACH)
    if verb < 0:
        return False
    return _state_subject(view, verb)


def _state_subject(view: SentenceView, verb: int) -> bool:
    """Is the verb's subject, right before it (past "first", "also", "has" …), a state, a
    bloc or an agency acting for one? Not a company ("Rosneft added two tankers to its list
    of charters", "Rosneft is listed in Moscow") nor a demonym."""
    subject = verb - 1
    while subject > view.start and view.lower(subject) in LISTING_ADVERBS:
        subject -= 1
    actor = view.mention_ending(subject)
    if actor is None or actor.kind == "demonym":
        return False
    return (
        actor.entity_type == "country"
        or actor.entity_id in bloc_ids()
        or (actor.party_id is not None and actor.party_id != actor.entity_id)
    )


def _measure_in_sentence(view: SentenceView) -> bool:
    """Does the sentence itself name a measure ("adds 11 officials to its list, bringing the
    number under its sanctions to 18")?"""
    return not (_cue_words() - LIST_CONTEXT_WORDS).isdisjoint(view.word_set())


# cue words that name no measure on their own: a list, and what grows or leaves it
LIST_CONTEXT_WORDS = frozenset({"list", "off", "out"}) | ADDING_VERBS | TARGETING_NEEDLES
# A list named by its measure: "the asset-freeze list", "its travel-ban list"
MEASURE_LISTS = {
    "freeze": "asset freeze",
    "ban": "travel ban",
    "sanction": "sanctions",
    "stop": "travel ban",  # Russia's "stop list" of those barred from entering
}
MEASURE_LIST_WORDS = frozenset({"asset", "assets", "-", "travel", "entry", "visa"})


def _as_complement(view: SentenceView, index: int) -> bool:
    """An "as …" complement in the clause of a verb or noun of designating ("designated
    Carlos Vecchio as ambassador", "the designation of X as its envoy"): an appointment;
    "as well", "as part of" and "as a result" are none, and a terrorist group or a state
    sponsor of terrorism is a listing ("the designation of Wagner as a terrorist group")."""
    return any(
        view.lower(i) == "as"
        and view.lower(i + 1) not in NOT_COMPLEMENTS
        and (view.lower(i + 1), view.lower(i + 2)) != ("a", "result")
        and not _names_terrorism(view, i + 1)
        for i in range(index + 1, clause_end(view, index))
    )


def _names_terrorism(view: SentenceView, start: int) -> bool:
    return any(view.lower(i).startswith(("terror", "sponsor")) for i in range(start, start + 4))


NOT_COMPLEMENTS = frozenset({"well", "part", "such", "soon", "far"})


PARTITIVES = frozenset({"any", "all", "none", "some", "most", "each"})


def _passive_on_a_target(view: SentenceView, index: int) -> bool:
    """Is the noun the subject of its own agentless passive with a target after it
    ("Similar restrictions were imposed on 61 citizens", "measures were introduced against
    …")? Then it names a measure, whatever its modifiers."""
    participle = measure_noun_passive(view, index)
    return participle >= 0 and view.lower(participle + 1) in TARGET_PREPOSITIONS


def _general_measure(view: SentenceView, index: int) -> bool:
    """Is "measures" / "penalties" at ``index`` a sanction: a target preposition after it, and
    before it (past determiners and adjectives) a punitive adjective or a verb of imposing?"""
    if _face_verb(view, index) >= 0:
        return True  # "could face penalties": faced by someone, so a sanction
    if _passive_on_a_target(view, index):
        return True  # "measures were imposed against 14 officials"
    if view.lower(index + 1) in SOURCE_PARTICIPLES and view.lower(index + 2) == "by":
        return True  # "in response to similar measures taken by Wellington against Moscow"
    if view.lower(index + 1) in SOURCE_PARTICIPLES and view.lower(index + 2) in {
        "against",
        "on",
    }:
        return True  # "any of the measures adopted against Russia by Western countries"
    if _relative_on_measure(view, index, set())[1] >= 0:
        return True  # "the penalties (that) Washington imposed on PDVSA"
    after = index + 1 + (view.lower(index + 1) in QUOTE_MARKS)  # 'impose "restrictive
    # measures" on …': the words quoted, the marks no word of the phrase
    if (
        view.lower(after) not in TARGET_PREPOSITIONS
        # ("promised further economic penalties if the Kremlin fails to halt …")
        and view.lower(after) not in {"if", "unless"}
        and not _of_their_own(view, after)
        and _restraining_relative(view, index) is None
    ):
        return False
    # before "if", only a punitive adjective says a sanction ("promised further economic
    # penalties if …"; "would support further measures if the war continued" names none)
    conditional = view.lower(after) in {"if", "unless"}
    position = index - 1
    while position >= view.start:
        word = view.lower(position)
        if word in QUOTE_MARKS:
            position -= 1
            continue
        if word in PUNITIVE_ADJECTIVES:
            return True
        if conditional and word not in MEASURE_ADJECTIVES:
            return False
        owner = view.mention_ending(position)
        if owner is None and word in POSSESSIVES:
            owner = view.mention_ending(position - 1)  # "the EU's measures on Moscow"
        if owner is not None and owner.entity_type in {"country", "org"}:
            return True  # "the EU measures against Venezuela": a state's or bloc's measures
        if word == "of" and view.lower(position - 1) in PARTITIVES:
            position -= 2  # "has joined any of the measures against Minsk"
            continue
        if word not in MEASURE_ADJECTIVES and word not in DETERMINERS:
            # ("rolled out fresh measures against Moscow", "set out new penalties on …")
            phrasal = word == "out" and view.lower(position - 1) in ROLLING_OUT
            return word in GENERAL_MEASURE_VERBS or word in WEIGHING_VERBS or phrasal
        position -= 1
    return False


ROLLING_OUT = frozenset({"roll", "rolls", "rolled", "rolling", "set", "sets", "setting"})
# Verbs by which measures against a target are discussed, prepared or taken ("is expected to
# discuss further measures against Russia", "took new measures against Moscow")
WEIGHING_VERBS = frozenset(
    """discuss discusses discussed discussing consider considers considered considering weigh
    weighs weighed weighing prepare prepares prepared preparing propose proposes proposed
    proposing draft drafts drafted drafting take takes took taken taking agree agrees
    agreed""".split()
)


RESTRAINING_VERBS = frozenset(
    """prevent prevents stop stops bar bars block blocks ban bans restrict restricts target
    targets hit hits""".split()
)


def _restraining_relative(view: SentenceView, cue: int) -> tuple[int, int] | None:
    """ "restrictive measures that prevent Russia's central bank from deploying its reserves":
    a relative clause on the measure whose verb restrains its object, which is the target.
    Returns the object's span (to "from" or the clause's end), or None."""
    if view.lower(cue + 1) not in {"that", "which"}:
        return None
    verb = cue + 2
    if view.lower(verb) in {"would", "will", "could"}:
        verb += 1
    if view.lower(verb) not in RESTRAINING_VERBS:
        return None
    end = clause_end(view, verb)
    stop = next((i for i in range(verb + 1, end) if view.lower(i) == "from"), end)
    return (verb + 1, stop) if stop > verb + 1 else None


def _price_cap_told_before(view: SentenceView) -> bool:
    """Has the article named a price cap before this sentence? Then "the cap" is that one."""
    article = view.article
    told = article.lowered().find("price cap")
    return 0 <= told < article.sentences[view.sentence_id].start


def _restrains_at(view: SentenceView, cue: int) -> int:
    """The verb of a restraining relative clause on the measure at ``cue`` ("sanctions that
    bar PDVSA from …"), or -1: it says what the measure does, no second measure."""
    restrained = _restraining_relative(view, cue)
    return restrained[0] - 1 if restrained is not None else -1


def _of_their_own(view: SentenceView, index: int) -> bool:
    """ "penalties of their own on Russia": the measure's owner set off before its target."""
    return (
        view.lower(index) == "of"
        and view.lower(index + 1) in {"their", "its", "his", "her"}
        and view.lower(index + 2) == "own"
        and view.lower(index + 3) in TARGET_PREPOSITIONS
    )


def _sanctions_is_verb(view: SentenceView, index: int) -> bool:
    """'Canada already sanctions 70 officials', 'the EU sanctions seven judges': "sanctions"
    is the verb when an object follows at once (a count, a determiner after an adverb, a named
    person or company), not a preposition ("EU sanctions on X") or a verb ("sanctions hit")."""
    after = view.lower(index + 1)
    if _count(after) is not None:
        return True
    if after in SUBJECT_TARGETING_VERBS:
        return False  # "US sanctions target PDVSA": the noun, subject of "target"
    if view.lower(index - 1) in SANCTION_VERB_ADVERBS:
        return after in DETERMINERS or view.mention_starting(index + 1) is not None
    named = view.mention_starting(index + 1)
    if named is None:
        # "The Treasury sanctions the state development bank BANDES": a company past its
        # description (a person needs no description: "sanctions in place on Maduro")
        if view.lower(index + 1) in PREPOSITIONS:
            return False  # "US sanctions on the state oil company PDVSA": the noun
        named = _described_name(view, index + 1, view.end)
        if named is None or named.entity_type != "org":
            return False
    if named.entity_type == "person":
        return True
    # "The U.S. sanctions Rosneft Trading": a state's name, the word, then a company's name
    # ("The Treasury sanctions the state development bank BANDES": past its description)
    subject = view.mention_ending(index - 1)
    after_name = view.lower(named.token_end)
    # (not "U.S. sanctions PDVSA officials fear": the name modifies a noun there)
    ends = not after_name.isalpha() or after_name in OBJECT_ENDERS
    return (
        named.entity_type == "org"
        and ends
        and subject is not None
        and subject.entity_type in {"country", "org"}
        and subject.kind != "demonym"
    )


OBJECT_ENDERS = frozenset("and on in for over after because as from with".split())


def _visa_after(view: SentenceView, verb: int) -> int:
    """The "visa(s)" a revoking verb takes within its next few words, or -1."""
    for index in range(verb + 1, min(view.end, verb + 6)):
        if view.lower(index) in {"visa", "visas"}:
            return index
        if view.lower(index) in CLAUSE_BOUNDARIES or view.lower(index) in {",", "."}:
            break
    return -1


def _visa_targets(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, end: int, facts: CaseFacts
) -> Targets:
    """Whose visas: 'the visas of X' / 'visas for X', else the owner before the noun
    ('revoked Mr Arreaza's visa', 'revoked 77 officials' visas')."""
    visa = _visa_after(view, cue.index)
    if view.lower(visa + 1) in {"of", "for", "held"}:
        first = visa + 2 if view.lower(visa + 1) != "held" else visa + 3
        return _parse_targets(article, view, first, end, facts)
    return _parse_targets(article, view, cue.index + 1, visa, facts)


OUTLET_REACH = 5  # words of "dozens of other foreign news websites" up to the noun
# What access may be blocked to that is no party's: money and markets
ACCESS_GOODS = frozenset("funds fund money financing markets market capital loans credit".split())


def _outlets_after(view: SentenceView, first: int) -> bool:
    """Do entities follow "access to" ("81 media outlets", "dozens of foreign news
    websites"), not money or a market ("access to EU funds for Ukraine")?"""
    for index in range(first, min(view.end, first + OUTLET_REACH)):
        word = view.lower(index)
        if word in ACCESS_GOODS or word in {",", ";", "."}:
            return False
        if word in ENTITY_GROUP_NOUNS:
            return True
    return False


# What may follow the state a group can no longer enter: more states, a date, a condition
ENTRY_FOLLOWERS = frozenset(
    """and or from on after since until unless without with even if in by at for""".split()
)
NO_LONGER_ABLE = frozenset(
    {("can", "no", "longer"), ("may", "no", "longer"), ("could", "no", "longer")}
)


def _no_longer_allowed(view: SentenceView, enter: int) -> bool:
    """ "Russian tourists can no longer enter Estonia", "may no longer enter the EU": the
    entry a measure has just closed to people, a state named after the verb (not "can no
    longer enter the market", "Russian banks can no longer enter the US market", "… enter
    Poland's public tenders")."""
    modal = (view.lower(enter - 3), view.lower(enter - 2), view.lower(enter - 1))
    if modal not in NO_LONGER_ABLE:
        return False
    destination = entry_destination(view, enter)
    if (
        destination is None
        or destination.kind == "demonym"
        or not (destination.entity_type == "country" or destination.entity_id in bloc_ids())
    ):
        return False
    following = view.lower(destination.token_end)
    if following in POSSESSIVES or (following.isalpha() and following not in ENTRY_FOLLOWERS):
        return False  # the state's market, tenders or ports: no border
    subject = window_words(view, clause_start(view, enter - 3), enter - 3)
    return ENTITY_GROUP_NOUNS.isdisjoint(subject)  # (people kept out, not banks or firms)


def _from_entering(view: SentenceView, cue: int) -> bool:
    """'banned him from entering the country', 'barred 200 people … from travelling'."""
    return _barred_from(view, cue) in ENTERING


def _barred_from(view: SentenceView, cue: int) -> str:
    """The word after the "from" a ban verb governs ("barred X from entering" -> "entering"),
    or ""."""
    for index in range(cue + 1, min(view.end, cue + BARRED_REACH)):
        if view.lower(index) == "from":
            return view.lower(index + 1)
        if view.lower(index) in {";", ".", ":", "which", "who", "while", "but"}:
            break
    return ""


# tokens from the ban verb to its "from": room for three titled names ("barring President
# Joe Biden, Secretary of State Antony Blinken and Defence Secretary Lloyd Austin from …")
BARRED_REACH = 24


# A ban on leaving one's own country is a court's or a police measure at home, no sanction:
# "the court order that bars him from leaving the country".
LEAVING = frozenset({"leaving", "exiting", "departing"})


LISTED_REACH = 32  # tokens from "list" back to its verb: room for two titled names in apposition


LIST_WORDS = frozenset({"blacklist", "list", "lists"})
LIST_LINKS = frozenset({"includes", "include", "included", "names", "named", "lists"})


def _a_sanctions_list(view: SentenceView, index: int) -> bool:
    """Is the list at ``index`` a list of the sanctioned: a blacklist, or a list a measure
    word or an owner's possessive qualifies ("Russia's entry blacklist", "the sanctions
    list", "the EU's asset-freeze list")?"""
    if view.lower(index) == "blacklist":
        return True
    before = view.lower(index - 1)
    return before in {"sanctions", "entry", "stop"} or before in MEASURE_LISTS


def _included_in(view: SentenceView, index: int) -> int:
    """Where "included" stands when the list at ``index`` is what a passive includes its
    subject in ("were included in the sanctions lists"), else -1."""
    for position in range(index - 1, max(view.start, index - 5), -1):
        if view.lower(position) in {"in", "on"}:
            verb = position - 1
            return verb if view.lower(verb) == "included" and passive_verb_at(view, verb) else -1
    return -1


def _added_to_a_package(view: SentenceView, index: int) -> bool:
    """Is the sanctions package at ``index`` what a name is added to ("adding her to the next
    EU sanctions package", "put on the sixth sanctions package")? "to" or "on" opens its
    phrase a few words before, after an adding verb."""
    opening = next(
        (
            i
            for i in range(index - 1, max(view.start, index - 5) - 1, -1)
            if view.lower(i) in {"to", "on", "in"}
        ),
        -1,
    )
    return opening > view.start and look_back(view, opening, LIST_ADD_VERBS, LISTED_REACH) >= 0


PUBLISHING_VERBS = frozenset(
    "published publishes publish released releases unveiled unveils issued issues drew".split()
)


def _list_cue(view: SentenceView, index: int) -> Cue | None:
    """'added X to its sanctions list' (imposed) or 'X was dropped from the sanctions list'."""
    verb = look_back(view, index, LIST_ADD_VERBS | LIST_DROP_VERBS, LISTED_REACH)
    if verb < 0:
        verb = _included_in(view, index)  # "57 individuals were included in the sanctions lists"
        return Cue(index, "sanctions", "list_add", verb) if verb >= 0 else None
    form = "list_add" if view.lower(verb) in LIST_ADD_VERBS else "list_drop"
    return Cue(index, "sanctions", form, verb)


def _on_exports(view: SentenceView, index: int) -> bool:
    """ "new controls on exports of luxury goods to Russia": controls of exports."""
    return view.lower(index + 1) == "on" and view.lower(index + 2) in {"exports", "exporting"}


def _price_of_after(view: SentenceView, on: int) -> bool:
    """ "on the price of …" right after a ceiling or a cap."""
    words = (view.lower(on + 1), view.lower(on + 2), view.lower(on + 3))
    return words in PRICE_OF


def _trade_follows(view: SentenceView, index: int) -> bool:
    """Trade right after the word ("phase out imports of …", "phase out its purchases") or
    a country's goods ("phase out Russian coal")."""
    following = view.lower(index + 1)
    if following in DETERMINERS:
        following = view.lower(index + 2)
    return following in TRADE_NOUNS or _goods_follow(view, index)


def _goods_follow(view: SentenceView, index: int) -> bool:
    """A country's goods right after the word: "Russian coal", "Russia's oil and gas"."""
    position = index + 1
    if view.lower(position) in DETERMINERS:
        position += 1
    origin = view.mention_starting(position)
    if origin is None or origin.entity_type != "country":
        return False
    position = origin.token_end
    if view.lower(position) in POSSESSIVES:
        position += 1
    return SINGLE_KINDS.get(view.lower(position)) == "sector"


def _financial_system_after(view: SentenceView, out: int) -> bool:
    """ "out of the U.S. financial system", "out of the dollar system": a financial cut-off."""
    words = {view.lower(i) for i in range(out + 2, min(view.end, out + 8))}
    return bool(words & {"financial", "banking", "dollar", "payments", "payment", "system"})


FAVOURED_WORDS = frozenset(
    """most-favoured most-favored favoured favored preferred trusted friendly partners
    allies""".split()
)
# A list of states ranked by their standing: Russia's "unfriendly countries" (a label; its
# list of "unfriendly individuals banned from entering Russia" is an entry ban)
STANDING_WORDS = frozenset({"unfriendly", "hostile"})
STATE_NOUNS = frozenset({"countries", "states", "nations", "governments", "jurisdictions"})


OWNER_NOUNS = frozenset({"bloc", "union", "treasury", "department", "government", "council"})


# "the Treasury's list of blocked entities": a list of those under measures
LISTED_UNDER_MEASURES = frozenset(
    "blocked sanctioned designated banned frozen blacklisted specially".split()
)


def _on_an_owners_list(view: SentenceView, index: int) -> bool:
    """Is the list at ``index`` a state's or bloc's own ("on Japan's list", "on the EU's
    list"), which someone is said to be on ("was already on Japan's list")? A state's bare
    list in a sanctions story is its sanctions list; a "list of …" says what else it lists
    ("on Washington's list of state sponsors of terrorism")."""
    possessive = index - 1
    if view.lower(index + 1) == "of" and view.lower(index + 2) not in LISTED_UNDER_MEASURES:
        return False  # "Russia's list of unfriendly countries": a list of something else
    if view.lower(possessive) not in POSSESSIVES or not _owner_before(view, possessive):
        return False
    owner = view.mention_ending(possessive - 1)
    opening = owner.token_start - 1 if owner is not None else possessive - 2
    if view.lower(opening) == "the":
        opening -= 1
    return view.lower(opening) == "on" and _being_on(view, opening)


def _owner_before(view: SentenceView, possessive: int) -> bool:
    """A state, bloc or body owning what follows the possessive at ``possessive``: a name
    ("the EU's blacklist") or a body's noun ("the bloc's blacklist")."""
    owner = view.mention_ending(possessive - 1)
    if owner is not None:
        return owner.entity_type in {"country", "org"}
    return view.lower(possessive - 1) in OWNER_NOUNS


def _list_of_the_favoured(view: SentenceView, index: int) -> bool:
    """A list of privileges or of standing, not of measures: "its list of most-favoured
    trading partners" (leaving it is a penalty, not sanctions lifted), Russia's list of
    "unfriendly" countries (a label: being placed on it is no sanction)."""
    if view.lower(index + 1) != "of":
        return False
    following = [view.lower(i) for i in range(index + 2, index + 6)]
    if any(word in FAVOURED_WORDS for word in following[:3]):
        return True
    return any(
        word in STANDING_WORDS and noun in STATE_NOUNS
        for word, noun in pairwise([w for w in following if w not in QUOTE_MARKS])
    )


# Participles of a measure a list's members are under ("a list of Canadians banned from …")
SUBJECTED_PARTICIPLES = frozenset({"banned", "barred", "sanctioned", "blacklisted", "prohibited"})


# A designation named as a noun, and the words that open whom it names
DESIGNATION_NOUNS = frozenset({"designation", "designations"})
DESIGNATION_LINKS = frozenset({"include", "includes", "included", "target", "targeted"})
DESIGNATED_NATIONALS_REACH = 8  # "Specially Designated Nationals and Blocked Persons (SDN) List"


def _designated_nationals_list(view: SentenceView, index: int) -> bool:
    """Is the list at ``index`` the US Treasury's list of the sanctioned, by its name ("its
    SDN List", "the Specially Designated Nationals (SDN) list", "its List of Specially
    Designated Nationals")?"""
    if view.lower(index - 1) in {"sdn", "sdns"}:
        return True
    around = [
        view.lower(i)
        for i in range(
            max(view.start, index - DESIGNATED_NATIONALS_REACH),
            min(view.end, index + DESIGNATED_NATIONALS_REACH),
        )
    ]
    return ("designated", "nationals") in set(pairwise(around)) or (
        view.lower(index - 1) == ")" and view.lower(index - 2) in {"sdn", "sdns"}
    )


def _on_the_list_named(view: SentenceView, start: int) -> bool:
    """Does "on" stand right before the list's name, past its determiner or owner ("on the
    SDN list", "on OFAC's Specially Designated Nationals list"), with no adding or dropping
    verb before it (those make their own cue)?"""
    position = start - 1
    if view.lower(position) in POSSESSIVES:
        position -= 1
        mention = view.mention_ending(position)
        position = mention.token_start - 1 if mention is not None else position - 1
    if view.lower(position) in {"the", "its", "their"}:
        position -= 1
    if view.lower(position) != "on":
        return False
    return look_back(view, start, LIST_ADD_VERBS | LIST_DROP_VERBS, LISTED_REACH) < 0


def _name_start(view: SentenceView, index: int) -> int:
    """The first word of the list's name that ends at ``index`` ("Specially" of "Specially
    Designated Nationals and Blocked Persons List"), or ``index`` when the name follows."""
    for position in range(max(view.start, index - DESIGNATED_NATIONALS_REACH), index):
        if view.lower(position) in {"specially", "designated", "sdn"}:
            return position
    return index


def _list_of_the_subjected(view: SentenceView, index: int) -> bool:
    """ "the list of persons, entities and bodies subject to restrictive measures": the EU's
    wording for its sanctions list."""
    words = [view.lower(i) for i in range(index + 1, min(view.end, index + 10))]
    if words[:1] == ["of"] and "facing" in words[:4]:
        # "the list of people facing asset freezes and travel bans"
        after = words[words.index("facing") + 1 :]
        return bool({"sanctions", "freezes", "bans", "measures"} & set(after[:3]))
    if words[:1] == ["of"] and not SUBJECTED_PARTICIPLES.isdisjoint(words[1:4]):
        return True  # "placed on a list of Canadians banned from Russia"
    if words[:1] == ["of"] and "whose" in words[1:4]:
        # "added 18 officials to a list of people whose assets are frozen"
        owned = words[words.index("whose") + 1 :]
        return owned[:1] in (["assets"], ["property"], ["funds"]) and not FREEZE_WORDS.isdisjoint(
            owned[1:4]
        )
    if words[:1] != ["of"] or "subject" not in words:
        return False
    after = words[words.index("subject") + 1 :]
    # ("subject to the bloc's travel ban and asset freeze": an owner may come first)
    return after[:1] == ["to"] and not MEASURE_HEADS.isdisjoint(after[1:6])


TARGETING_VERBS = frozenset("target targets targeted hit hits cover covers covered".split())


# Verbs after which "to" opens whom a measure reaches ("extended its sanctions to 19 more
# officials", "has joined Europe in applying sanctions to Russia")
WIDENING_VERBS = frozenset(
    "extend extends extended extending expand expands expanded expanding broaden broadens "
    "broadened broadening widen widens widened widening apply applies applied applying".split()
)


def _widening_verb_before(view: SentenceView, cue: int) -> bool:
    return any(view.lower(i) in WIDENING_VERBS for i in range(max(view.start, cue - 4), cue))


def _under_position(view: SentenceView, cue: int) -> int:
    """'under (full) US and EU sanctions', 'subject to US sanctions', 'on the US sanctions
    list': the index of 'under' (or that 'to' or 'on'), or -1."""
    index = cue - 1
    on_a_list = view.lower(cue + 1) in {"list", "lists"} or view.lower(cue) in {"blacklist", "list"}
    if view.lower(cue) in {"specially", "designated", "sdn"}:
        # "on the Specially Designated Nationals list": the cue stands at the list's name
        after = range(cue + 1, min(view.end, cue + DESIGNATED_NATIONALS_REACH + 1))
        on_a_list = any(view.lower(i) == "list" for i in after)
    while index >= view.start and cue - index <= 8:
        word = view.lower(index)
        if word == "under" or (on_a_list and word == "on" and _being_on(view, index)):
            return index
        if word == "to" and view.lower(index - 1) == "subject" and _being_subject(view, index - 1):
            return index  # "PDVSA has been subject to US sanctions since January"
        mention = view.mention_covering(index)
        if mention is not None:
            index = mention.token_start - 1
            continue
        if word in {
            "and",
            ",",
            "full",
            "new",
            "existing",
            "the",
            "its",
            "their",
            "western",
            "blocking",
            "personal",
            "sectoral",
            "individual",
        } or (word in MEASURE_MODIFIERS):
            index -= 1
            continue
        if word in {"'s", "’s"} and view.mention_ending(index - 1) is not None:
            index -= 1  # "on the European Union's sanctions list": the owner, a modifier
            continue
        return -1
    return -1


BEING = frozenset({"is", "are", "was", "were", "be", "been", "remains", "remain", "remained"})


def _being_subject(view: SentenceView, subject: int) -> bool:
    """ "is subject to", "are currently subject to", "has been subject to": a predicate (not
    "the number of people subject to an EU asset freeze", a phrase on a noun)."""
    before = subject - 1
    if view.lower(before).endswith("ly"):
        before -= 1
    return view.lower(before) in BEING


# (and a reflexive: "whose Alfa-Bank is itself on the EU's list")
BEING_ON_ADVERBS = frozenset({"also", "already", "still", "now", "long"}) | REFLEXIVES


def _being_on(view: SentenceView, on: int) -> bool:
    """ "is on", "has been on", "remains on", "is also on": being on a list, not put on it."""
    before = on - 1
    while before > view.start and view.lower(before) in BEING_ON_ADVERBS:
        before -= 1
    return view.lower(before) in {"is", "are", "was", "were", "been", "remains", "remain", "stays"}


# "has not imposed", "declined to join", "will not adopt any", "refused to join Western": a
# refusal of the subject's own act, right before the measure (not "rejected the Canadian
# sanctions", which are another's).
REFUSAL_BEFORE = re.compile(
    r"\b(?:not|never|n't|(?:declined|declines|decline|refused|refuses|refuse)\s+to"
    r"|(?:none|neither)\s+of\s+(?:which|whom|them)\s+(?:has|have))\s+"
    r"(?:yet\s+|so\s+far\s+|also\s+|been\s+)?"
    r"(?:impose|imposed|imposing|join|joined|joining|adopt|adopted|introduce|introduced"
    r"|follow|followed|apply|applied|announce|announced|enforce|enforced)\s+"
    r"(?:any\s+|its\s+own\s+|their\s+own\s+|such\s+|the\s+|those\s+|these\s+|similar\s+"
    r"|western\s+|new\s+"
    r"|european\s+|international\s+|economic\s+|of\s+)*$"
)


def refuses_to_join(view: SentenceView, cue: int) -> bool:
    """Does a refusal of the subject's own act stand right before the measure at ``cue``?"""
    first = max(view.start, cue - 8)
    words = view.article.tokens.words[first:cue]
    return REFUSAL_BEFORE.search(" ".join(words) + " ") is not None
