"""Sanctions: who imposes which measure on whom, and whether it is imposed, already in force,
proposed, threatened, lifted or ruled out.

Each measure is found from its cue, and the cue's shape says where its parts are:

* a measure noun ("sanctions", "curbs", "an embargo", "a travel ban", "asset freezes") takes
  its targets after "on / against / targeting", its imposer from the clause's subject or from a
  modifier ("US sanctions", "the Canadian sanctions"), and "X has been under US and EU
  sanctions since 2014" turns it round: the subject is the target, the modifier the imposer;
* a measure verb ("sanctioned", "blacklisted", "froze the assets of", "barred X from entering",
  "banned imports of", "cut X off from SWIFT", "added X to its sanctions list") takes its
  object as the target and its subject (or "by X" in the passive) as the imposer.

Targets are parsed as a small noun phrase grammar: named people, companies and countries get
their ids; a counted group ("four state governors", "70 Venezuelans", "five Russian banks")
gives a target kind with ``n_targets``, and its named members ("among them …", ": A, B and
C", an apposition) each get their own row, as the annotation guide asks. The status is read
off the words between the imposer and the cue (a relative clause about something else in
between is skipped), plus "since …", "in force" and "under" around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from ..cases import Case
from ..document import AnnotatedArticle, Mention
from ..gazetteer import bloc_ids, org_names
from ..people import FROZEN_THINGS, HONORIFICS, POSSESSIVES, SPEECH_VERBS, TITLE_WORDS
from .clauses import (
    ACCUSING_VERBS,
    ALLY_NOUNS,
    BLOCKING_VERBS,
    BULLETS,
    CLAUSE_BOUNDARIES,
    COLLECTIVE_NOUNS,
    DENIALS,
    ENTITY_GROUP_NOUNS,
    MONTH_WORDS,
    OWNING_DETERMINERS,
    PEOPLE_GROUP_NOUNS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    STRONG_BOUNDARIES,
    SUBORDINATORS,
    VERB_GROUP,
    SentenceView,
    aside_antecedent,
    clause_end,
    clause_start,
    companions_of,
    date_word,
    decision_owner,
    follows_alone,
    forward_run,
    fronted_nor,
    governed_by_preposition,
    has_condition,
    has_negation,
    heading_actors,
    in_supposition,
    is_actor_like,
    is_question,
    label_actors,
    last_two_named,
    look_back,
    nearest_run,
    neither_nor,
    object_relative_antecedent,
    opening_run,
    pronoun_before,
    relative_antecedent,
    relative_aside_close,
    resolve_pronoun,
    run_ending_before,
    same_act_at,
    same_act_by,
    sentence_views,
    strong_end,
    strong_start,
    urged_party,
    urged_unnamed,
    window_words,
)
from .numbers import MONTH_NAMES, parse_quantities

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

# Words whose presence lets a sentence through the cheap first filter.
CUE_STEMS = (
    "sanction",
    "curb",
    "embargo",
    "blacklist",
    "freez",
    "froze",
    "seiz",
    "impound",
    "confiscat",
    "immobili",
    "designat",
    "price cap",
    "the price",
    "ceiling",
    "airspace",
    "skies",
    "ports",
    "prohibit",
    "halt",
    "cease",
    "phase out",
    " entry",  # ("refusing entry to", "entry restrictions")
    "entering",
    "issuing visas",
    "importing",  # ("will stop importing / buying / purchasing Russian coal")
    "buying",
    "purchasing",
    "ban",
    "barr",
    " bar ",  # ("to bar 29 people from entering"; not "barrel", which "barr" already finds)
    " bars ",
    "restrict",
    "swift",
    "off from",
    "visa",
    "measures",
    "export controls",
    "block",
    "penali",
    "penalties",
    "added",
    "adds",
    "adding",
    " list",
    "target",
)

# --- cue vocabulary ----------------------------------------------------------------------------

NOUN_MEASURES: dict[str, str] = {
    **dict.fromkeys(["sanction", "sanctions"], "sanctions"),
    **dict.fromkeys(["curbs", "curb"], "curbs"),
    **dict.fromkeys(["embargo", "embargoes"], "embargo"),
    **dict.fromkeys(["restrictions"], "restrictions"),
    **dict.fromkeys(["controls"], "export controls"),
}
VERB_MEASURES: dict[str, str] = {
    **dict.fromkeys(["sanctioned", "sanctioning"], "sanctions"),
    # the US Treasury's word: "designated four governors", "X was designated"
    **dict.fromkeys(["designated", "designates", "designating"], "sanctions"),
    **dict.fromkeys(["blacklist", "blacklists", "blacklisted", "blacklisting"], "blacklisting"),
    **dict.fromkeys(
        """ban bans banned banning bar bars barred barring prohibit prohibits prohibited
        prohibiting""".split(),
        "ban",
    ),
    **dict.fromkeys(["restrict", "restricts", "restricted", "restricting"], "restrictions"),
    **dict.fromkeys(
        """penalise penalises penalised penalising penalize penalizes penalized
        penalizing""".split(),
        "sanctions",
    ),
}
# General words for a measure: one only when a verb of imposing or a punitive adjective governs
# it and a target follows ("imposed sweeping measures on PDVSA", "punitive measures against
# Moscow"); "security measures at the border" is none.
GENERAL_MEASURES = frozenset({"measures", "penalties"})
PUNITIVE_ADJECTIVES = frozenset("punitive economic financial restrictive retaliatory".split())
GENERAL_MEASURE_VERBS = frozenset(
    """impose imposes imposed imposing slap slaps slapped slapping levy levies levied levying
    announce announces announced announcing unveil unveils unveiled adopt adopts adopted
    introduce introduces introduced apply applies applied applying extend extends extended
    renew renews renewed maintain maintains maintained""".split()
)
FREEZE_WORDS = frozenset(
    """freeze freezes froze frozen freezing immobilise immobilises immobilised immobilising
    immobilize immobilizes immobilized immobilizing seize seizes seized seizing impound
    impounds impounded impounding confiscate confiscates confiscated confiscating""".split()
)
# "blocked the assets of": the US Treasury's word for a freeze
BLOCK_WORDS = frozenset({"block", "blocks", "blocked", "blocking"})
# Words before "ban" that make it a noun ("a travel ban", "an immediate ban") and its measure.
BAN_MODIFIERS: dict[str, str] = {
    **dict.fromkeys(["travel", "visa", "entry"], "travel ban"),
    **dict.fromkeys(
        "a an the transaction import export trade oil gas arms full immediate total new its "
        "their his her partial outright".split(),
        "ban",
    ),
}
RESTRICTION_MODIFIERS = frozenset(
    {"visa", "travel", "financial", "trade", "new", "further", "entry"}
)
SWIFT_VERBS = frozenset(
    "shut shuts shutting "
    "cut cuts cutting remove removes removed removing exclude excludes excluded excluding "
    "disconnect disconnects disconnected disconnecting ban bans banned banning expel "
    "expelled".split()
)
CUT_VERBS = frozenset({"cut", "cuts", "cutting"})
LIST_ADD_VERBS = frozenset({"added", "adds", "add", "adding", "placed", "put", "puts"})
LIST_DROP_VERBS = frozenset(
    {"dropped", "removed", "taken", "delisted", "struck", "deleted", "lifted"}
)
# Words after which "sanction" is the verb: "to sanction", "would ban … and sanction X".
VERB_BEFORE_SANCTION = frozenset(
    "to and would will could might may must should also not never".split()
)
# Adverbs after which "sanctions" is the verb: "Canada already sanctions 70 officials".
SANCTION_VERB_ADVERBS = frozenset("already also now still currently routinely".split())
# Verbs that take a visa away: "revoked the visas of 77 officials" is a travel ban imposed.
VISA_VERBS = frozenset(
    "revoke revokes revoked revoking cancel cancels cancelled canceled cancelling canceling "
    "withdraw withdraws withdrew withdrawn withdrawing rescind rescinds rescinded".split()
)
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "is", "are", "be", "being", "had", "has"})

# --- status vocabulary ---------------------------------------------------------------------------

EXISTING = frozenset(
    "existing already previously previous remain remains remained earlier prior standing current "
    "currently maintains maintain maintained enforces enforce renew renews renewed renewing "
    "prolong prolongs prolonged prolonging".split()
)
PROPOSED = frozenset(
    "urge urges urged urging consider considers considered considering plan plans planned "
    "planning propose proposes proposed proposing push pushes pushed pushing lobbying "
    "lobbied lobby lobbies weigh weighs weighing "
    "mulling discuss discussed discussing could would expected may might seek seeks sought "
    "draft drafting prepare prepares preparing prepared ready willing poised will 'll shall "
    "should must ought "
    "fail fails failed failing "
    "promise promises promised promising pledge pledges pledged pledging vow vows vowed".split()
)
# "Pence is due to announce further sanctions": scheduled, not done ("imposed due to abuses"
# is a cause, so only after a form of "be").
DUE_TO = frozenset({("is", "due"), ("are", "due"), ("was", "due"), ("were", "due")})
# Supporting a measure is wanting it: "Poland supports the sanctions against Russia".
ADVOCATING = frozenset(
    "support supports supported supporting favour favours favoured favor favors favored "
    "endorse endorses endorsed advocate advocates advocated".split()
)
THREATENED = frozenset(
    "threaten threatens threatened threatening warn warns warned warning possible".split()
)
# Verbs by which a party stops a measure from being adopted: "would veto any sanctions on
# Russian gas". "blocking" right before the measure names a kind ("full blocking sanctions").
VETOES = BLOCKING_VERBS | frozenset("oppose opposes opposed opposing".split())
LIFTED = frozenset(
    "lift lifts lifted lifting ease eases eased easing revoke revoked suspend suspended "
    "delisted delist dropped relief remove removes removed removing scrap scraps scrapped "
    "scrapping rescind rescinds rescinded rescinding unfroze unfreeze unfreezes unfrozen "
    "waive waives waived waiving loosen loosens loosened loosening".split()
)
# Verbs by which a subject takes part in a measure; without one, "Russia called US sanctions
# illegal" is about the sanctions, and the modifier (US) is the imposer.
IMPOSING_VERBS = frozenset(
    """impose imposes imposed imposing announce announces announced announcing adopt adopts
    adopted adopting join joins joined joining follow follows followed following extend extends
    extended extending slap slaps slapped introduce introduced expand expanded tighten
    tightened broaden broadened approve approved agree agreed maintains enforces
    support supports supported back backs backed set places placed levy levied apply applied
    unveil unveiled announces add added rule ruled decline declined refuse refused align aligns
    aligned aligning mirror mirrors mirrored""".split()
)
FOLLOW_VERBS = frozenset({"follow", "follows", "followed", "join", "joins", "joined", "joining"})
REPORTING_VERBS = frozenset(
    """said says told announced announces warned warns threatened threatens added stated
    declared confirmed insisted""".split()
)

# --- target vocabulary ---------------------------------------------------------------------------

TARGET_PREPOSITIONS = frozenset({"on", "against", "targeting", "targets", "target"})
MEMBER_MARKERS = frozenset({"including", "includes", "include", "notably", "namely"})
# Nouns naming the targeted group or thing; plural ones are groups that keep their own row
# beside any named members.
GROUP_KINDS: dict[str, str] = {
    **dict.fromkeys(PEOPLE_GROUP_NOUNS, "people"),
    # whoever a ban reaches: "barred anyone linked to …", "visas of tourists"
    **dict.fromkeys(
        "those anyone anybody circle tourists travellers travelers visitors holders".split(),
        "people",
    ),
    **dict.fromkeys(ENTITY_GROUP_NOUNS, "company"),
    **dict.fromkeys("sectors industries".split(), "sector"),
    # "could sanction countries that help Russia": whichever countries those are
    **dict.fromkeys("countries nations".split(), "country"),
}
SINGLE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        """official chief head director minister governor general judge officer businessman
        oligarch commander president vice-president ally billionaire individual daughter son
        wife husband brother sister banker tycoon magnate businesswoman executive""".split(),
        "person",
    ),
    **dict.fromkeys("company firm bank entity lender subsidiary".split(), "company"),
    **dict.fromkeys("government regime administration".split(), "government"),
    **dict.fromkeys(
        """sector industry oil crude petroleum diesel fuel gas coal energy gold mining debt bonds
        trade exports imports shipping investment investments aviation technology aircraft
        planes""".split(),
        "sector",
    ),
}
SOVEREIGN_INSTRUMENTS = frozenset({"debt", "bonds"})
# After "state", what makes it the state itself (not "state company", "state broadcasters")
STATE_HOLDINGS = frozenset(
    {"assets", "property", "funds", "reserves", "accounts", "holdings", "itself", ".", ","}
)
TRADE_NOUNS = frozenset(
    """trade investment investments imports exports transactions dealings business
    purchases import export sale sales supply supplies delivery deliveries""".split()
)
DEALING_VERBS = frozenset({"dealing", "doing", "trading", "investing", "transacting"})
# Adjectives before a trade noun: "banning financial transactions with seven banks"
TRADE_MODIFIERS = frozenset(
    "financial commercial economic new further direct foreign business".split()
)
# Words that end a target phrase: what follows qualifies the targets rather than adding to them.
TARGET_STOPS = frozenset(
    """who whom which that whose accused accusing allied linked close closely involved
    responsible loyal tied connected for over after in to at from with since by as because
    when while amid during under until following before than""".split()
)
ANAPHORIC_GROUPS: dict[str, str] = {
    **dict.fromkeys(["men", "women", "leaders", "officials", "oligarchs"], "person"),
    **dict.fromkeys(["banks", "companies", "firms", "lenders"], "org"),
}
DETERMINERS = frozenset(
    """the a an its their his her this these those some several more other new further key
    top senior all both any""".split()
)
NUMBER = re.compile(r"^\d[\d,]*$")
NOUN_WORD = re.compile(r"^[a-z][a-z\-’']*$")
QUANTIFIER_NOUNS = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "number", "dozen", "several", "many", "some"}
    # a part of the whole ("ban the bulk of Russian oil imports", "most of its exports")
    | {"bulk", "majority", "most", "much", "part", "half", "all", "two-thirds", "share"}
)
HEDGE_PAIRS = frozenset(
    {("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("up", "to")}
)
HEDGE_WORDS = frozenset({"nearly", "about", "around", "almost", "roughly", "approximately"})
PHRASE_ENDS = frozenset({":", "among", *MEMBER_MARKERS})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday""".split()
)
FACE_VERBS = frozenset({"face", "faces", "facing", "faced", "risk", "risks", "risked", "risking"})


@dataclass(frozen=True)
class Cue:
    """A measure word and the shape that says where its target and imposer are."""

    index: int  # the token that carries the measure
    measure: str
    form: str  # noun | verb | freeze | swift | list_add | list_drop
    verb: int = -1  # for swift and list cues: the verb that governs them


@dataclass
class Targets:
    """What a target phrase names: entities, and a group kind with its count."""

    named: list[Mention] = field(default_factory=list)
    groups: list[tuple[str, int | None]] = field(default_factory=list)  # (kind, count)
    single: str | None = None  # "the state oil company", "its president": one, maybe named
    before_cue: bool = False  # the targets stood before the cue ("X has been under sanctions")
    verb: int = -1  # the verb the imposer is the subject of, when not the cue ("warned X of")
    between: bool = False  # "trade between the EU and X": the imposer may be listed too
    the_country: int = -1  # where "on the country" stands: a country named before, not the imposer
    members_of_single: bool = False  # the names are members listed after the singular kind
    measure_subject: bool = False  # "the ban covers X": the measure is the subject
    exempted: bool = False  # "exempted Sberbank from the ban": spared, so negated
    passive: bool = False  # "X were hit with travel bans": the subject suffered the measure

    def empty(self) -> bool:
        return not self.named and not self.groups and self.single is None and self.the_country < 0

    def kinds(self) -> list[tuple[str, int | None]]:
        """The kind rows: every group; a singular kind only when nothing is named."""
        if self.groups:
            return self.groups
        kept = not self.named or self.members_of_single
        return [(self.single, None)] if self.single and kept else []


@dataclass(frozen=True)
class CaseFacts:
    """Which organisations are companies: the case's companies and banks and the companies
    the text names with a legal form or description (``AnnotatedArticle.companies``), what
    "the company" may point back at; and the case's home country (``home_country``)."""

    companies: frozenset[str]
    home: str | None = None
    contested: frozenset[str] = frozenset()  # the case's subjects and the states they are


def _contested(case: Case) -> frozenset[str]:
    """The case's subjects and the states they are or speak for (Zelensky: UKR)."""
    ids = {party.id for party in case.subjects}
    ids |= {f"country:{party.country}" for party in case.subjects if party.country}
    return frozenset(ids)


def extract_sanctions(article: AnnotatedArticle, case: Case) -> list[dict]:
    """Sanction rows for one annotated article."""
    facts = CaseFacts(
        article.companies,
        case.home_country if case is not None else None,
        _contested(case) if case is not None else frozenset(),
    )
    rows: list[dict] = []
    recent_imposers: list[Mention] = []
    recent_at = -2  # the sentence the recent imposers last imposed in
    # what was just sanctioned: a later "it" that imposes is not that ("… imposed sanctions on
    # the state oil company, PDVSA. In March, it sanctioned Minerven.")
    just_targeted: set[str] = set()
    for view in sentence_views(article, CUE_STEMS):
        if is_question(article.text, article.sentences[view.sentence_id]):
            continue
        targeted_here: set[str] = set()
        if recent_imposers and _one_imposer_so_far(rows):
            # a story of one state's measures: its agentless passives are that state's, however
            # far back it was last named ("Putin and Lavrov were added the following day")
            recent_at = max(recent_at, view.sentence_id - 1)
        for cue in _cues(view):
            if in_supposition(view, cue.index, modal_ends=False):
                continue  # "If Germany backed an embargo on Russian gas, …": supposed
            found, imposers = _rows_for_cue(
                article,
                view,
                cue,
                facts,
                recent_imposers,
                just_targeted | targeted_here,
                recent_at,
                targeted_here,
                _last_country_target(article, view, rows),
            )
            rows.extend(found)
            targeted_here.update(row["target_id"] for row in found if row["target_id"])
            if imposers:
                recent_imposers, recent_at = imposers, view.sentence_id
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
        rows.extend(_members_named_next(article, view, rows))
        just_targeted = targeted_here or just_targeted
    return _unique(_without_restated_members(rows))


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


MEMBERS_NEXT = (("among", "them"), ("they", "include"), ("they", "included"))
MEMBER_TYPES = {"people": "person", "company": "org"}


def _members_named_next(
    article: AnnotatedArticle, view: SentenceView, rows: list[dict]
) -> list[dict]:
    """ "The EU banned seven Russian banks from SWIFT. Among them is VTB.": the members a
    next sentence opening "Among them" / "They include" names are targets of the group's
    measure, with its imposer and status (the sentence has no cue of its own)."""
    groups = [
        row
        for row in rows
        if row["sentence_id"] == view.sentence_id
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
        if m.kind != "demonym" and m.token_start >= first + after
    ]
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


MEMBER_SENTENCE = "_member_sentence"  # a copied member's own sentence (dropped before output)
MEMBER_OPENING_REACH = 10  # tokens of "The officials named by the Treasury on Friday are"
# Participles that say a group was hit by the measure: "The officials targeted were …"
MEASURED_PARTICIPLES = frozenset(
    "targeted sanctioned named listed designated blacklisted affected hit added".split()
)
NAMING_COPULAS = frozenset("are were include included includes is was".split())


def _those_measured_are(words: list[str]) -> int:
    """Where the names start after an opening that restates the measured group as the
    subject of a list ("The officials targeted were …", "Those sanctioned include …", "The
    people named by the Treasury are …"), or -1."""
    if words[:1] not in (["the"], ["those"]):
        return -1
    index = 1 + (words[1:2] != [] and words[1] in GROUP_KINDS)
    if words[0] == "the" and index == 1:
        return -1  # "The affected economy is …": no group of the measured
    if words[index : index + 1] == [] or words[index] not in MEASURED_PARTICIPLES:
        return -1
    for position in range(index + 1, len(words)):
        if words[position] in NAMING_COPULAS:
            return position + 1
        if words[position] in {",", ".", ";", ":"}:
            return -1
    return -1


def _followed(view: SentenceView, here: list[dict]) -> tuple[list[dict], set[str]]:
    """ "The EU froze Usmanov's assets on February 28, and the US and Britain followed in
    March": the states before an intransitive "followed" (after "and", or a comma) take the
    measures the sentence already reported, with the same targets and status. Returns the
    new rows and the followers (never targets themselves)."""
    if not here or "followed" not in view.word_set():
        return [], set()
    done = {row["imposer_id"] for row in here}
    followers: set[str] = set()
    copies: list[dict] = []
    for index in range(view.start, view.end):
        if view.lower(index) != "followed" or not follows_alone(view, index):
            continue
        targets = {row["target_id"] for row in here if row["target_id"]}
        run = run_ending_before(view, index)
        while run and run[0].entity_id in targets and len(run) > 1:
            run = run[1:]  # "… the assets of Sberbank and Japan followed suit": Japan only
        if not run:
            continue  # "… and protests followed": no state right before the verb
        opener = run[0].token_start - 1
        if view.lower(opener) == "the":
            opener -= 1
        if view.lower(opener) not in {"and", ",", "then"}:
            continue
        for mention in run:
            party = mention.party_id or mention.entity_id
            if mention.entity_type not in {"country", "org"} or party in done:
                continue
            followers.add(mention.entity_id)
            done.add(party)
        copies += [
            {**row, "imposer_id": m.party_id or m.entity_id, "imposer_name": m.name}
            for m in run
            if m.entity_id in followers
            for row in here
            if row["target_id"] not in followers
        ]
    return copies, followers


# --- cues ----------------------------------------------------------------------------------------


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
        | {"controls", "ceiling"}
        | CLOSED_SPACES.keys()
        | HALT_VERBS
        | IMPORTING_VERBS
        | REFUSING_ENTRY
        | STOPPING_ENTRY
        | {"issuing"}
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
    )


def _cue_at(view: SentenceView, index: int) -> Cue | None:
    word, before, after = view.lower(index), view.lower(index - 1), view.lower(index + 1)
    if word == "sanctions" and after in {"list", "lists"}:
        if _under_position(view, index) >= 0:
            return Cue(index, "sanctions", "noun")  # "has been on US sanctions lists since"
        return _list_cue(view, index)
    if word == "blacklist" and _under_position(view, index) >= 0:
        return Cue(index, "blacklisting", "noun")  # "has been on the Treasury's blacklist"
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
    if word == "out" and before == "phase" and _trade_follows(view, index):
        return Cue(index, "ban", "verb")  # "will phase out imports of Russian coal"
    if word in IMPORTING_VERBS and before in STOPPING_VERBS and _goods_follow(view, index):
        return Cue(index, "ban", "verb")  # "will stop importing Russian coal"
    if word == "list" and _list_of_the_favoured(view, index):
        return None  # "removed Russia from its list of most-favoured trading partners"
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
    if (
        word in HALT_VERBS
        and after in TRADE_NOUNS
        and "with" in window_words(view, index + 2, index + 4)
    ):
        return Cue(index, "restrictions", "verb")  # "would halt transactions with the banks"
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
    if word in BLOCK_WORDS and FROZEN_THINGS & {view.lower(i) for i in range(index + 1, index + 4)}:
        return Cue(index, "asset freeze", "freeze")  # "blocked PDVSA assets"
    if word == "blocked" and _state_acts_on_a_party(view, index):
        return Cue(index, "sanctions", "verb")  # "In June Washington blocked the state miner"
    if word in TARGETING_VERBS and _targets_in_a_sanctions_story(view, index):
        return Cue(index, "sanctions", "verb")  # "In March the Treasury targeted Minerven"
    if _accused_of(view, index):
        return None  # "accused the Trump administration of trying to seize its assets"
    if word in FREEZE_WORDS:
        participle = word in FROZEN_PARTICIPLES
        if before in {"asset", "assets"} and not participle:
            return Cue(index, "asset freeze", "noun")
        if word == "freezes" and after in {"on", "against"}:
            return Cue(index, "asset freeze", "noun")  # "face U.S. freezes on their assets"
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
        before in RESTRICTION_MODIFIERS or after in TARGET_PREPOSITIONS or widened
    ):
        return None
    if word == "controls" and before != "export":
        return None  # "export controls" only: "capital controls", "border controls" are none
    if word in {"cap", "caps"} and before == "price":
        return Cue(index, "price cap", "noun")  # "a price cap on Russian seaborne crude"
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
    if word in DESIGNATING and _as_complement(view, index):
        return None  # "designated X as the legitimate ambassador": an appointment
    if word in VERB_MEASURES and (_attributive(view, index) or _power_only(view, index)):
        return None  # "the most heavily sanctioned countries", "allows Washington to sanction"
    if word in REFUSING_ENTRY and after == "entry":
        return Cue(index, "travel ban", "verb")  # "are refusing entry to Russian tourists"
    if word in STOPPING_ENTRY and _from_entering(view, index):
        return Cue(index, "travel ban", "verb")  # "will stop Russian tourists from entering"
    if word == "issuing" and before in STOPPING_VERBS and after == "visas":
        return Cue(index, "travel ban", "verb")  # "stopped issuing visas to Russian citizens"
    if word in VERB_MEASURES:
        if VERB_MEASURES[word] == "ban" and _barred_from(view, index) in LEAVING:
            return None  # "bars him from leaving the country": a domestic exit ban
        if VERB_MEASURES[word] == "ban" and (after == "entry" or _from_entering(view, index)):
            return Cue(index, "travel ban", "verb")  # "barred entry to X", "banned X from entering"
        return Cue(index, VERB_MEASURES[word], "verb")
    return None


DESIGNATING = frozenset({"designated", "designates", "designating"})
ACCUSATION_STOPS = CLAUSE_BOUNDARIES | {","}
TRYING = frozenset({"trying", "attempting", "seeking", "plotting", "planning", "wanting"})


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
ATTRIBUTIVE_OPENERS = frozenset({"most", "more", "heavily", "the", "a", "an", "already"})


def _attributive(view: SentenceView, index: int) -> bool:
    """A participle modifying the noun after it ("one of the most heavily sanctioned
    countries", "an already sanctioned bank"): a description, no act."""
    word, following = view.lower(index), view.lower(index + 1)
    if not word.endswith("ed") or (following not in GROUP_KINDS and following not in SINGLE_KINDS):
        return False
    before = view.lower(index - 1)
    return before in ATTRIBUTIVE_OPENERS or (before.endswith("ly") and before != "only")


def _power_only(view: SentenceView, index: int) -> bool:
    """ "The order allows Washington to sanction foreign companies": a power granted, not a
    measure taken (nor one proposed)."""
    if view.lower(index - 1) != "to":
        return False
    return look_back(view, index - 1, ENABLING_VERBS, 7, ENABLING_STOPS) >= 0


CAP_VERBS = frozenset({"cap", "caps", "capped", "capping"})
HALT_VERBS = frozenset({"halt", "halts", "halted", "halting", "cease", "ceases", "ceased"})
STOPPING_VERBS = HALT_VERBS | frozenset("stop stops stopped stopping end ends ended ending".split())
# Entry bans in other words: "refusing entry to", "stop X from entering"
REFUSING_ENTRY = DENIALS | {"refuse", "refuses", "refused", "refusing"}
STOPPING_ENTRY = frozenset(
    "stop stops stopped stopping prevent prevents prevented preventing".split()
)
IMPORTING_VERBS = frozenset({"importing", "buying", "purchasing"})
CLOSING_VERBS = frozenset({"close", "closes", "closed", "closing", "shut", "shuts", "shutting"})
# What a state closes to another's planes or ships, and the measure that makes
CLOSED_SPACES = {
    "airspace": "airspace ban",
    "skies": "airspace ban",
    "ports": "port ban",
    "harbours": "port ban",
    "harbors": "port ban",
}
PRICE_OF = frozenset({("the", "price", "of"), ("the", "prices", "of")})
ADDING_VERBS = frozenset({"added", "adds", "adding"})
MORE_WORDS = frozenset({"more", "further", "another", "other"})
MEASURE_CONTEXT_REACH = 2  # sentences back to the measure a growing list continues


LISTING_VERBS = frozenset({"listed", "lists", "listing"})
TARGETING_VERBS = frozenset({"targeted", "targets", "targeting"})


def _targets_in_a_sanctions_story(view: SentenceView, index: int) -> bool:
    """ "The Treasury targeted Minerven and its president", "has since targeted dozens of
    officials": a state or bloc targeting a person, a company or a counted group, where the
    sentence or the two before name a measure (not "Russia targeted Kyiv's power grid"
    in a war report without one); "targeted X with sanctions" is the noun's."""
    if not (_state_acts_on_a_party(view, index) or _perfect_on_a_count(view, index)):
        return False
    if any(view.lower(i) == "with" for i in range(index + 1, min(view.end, index + 8))):
        return False
    named = view.mention_starting(index + 1 + (view.lower(index + 1) == "the"))
    if named is not None and view.lower(named.token_end) in POSSESSIVES:
        return False  # "targeted Ukrenergo's substations": a strike on its property
    return _measure_in_sentence(view) or _measure_named_before(view)


def _perfect_on_a_count(view: SentenceView, index: int) -> bool:
    """ "…, which imposed sanctions … and has since targeted dozens of officials": the verb
    after "has (since)", its object a counted group."""
    before = index - 1
    while view.lower(before) in {"since", "also", "now", "already"}:
        before -= 1
    following = view.lower(index + 1)
    counted = _count(following) is not None or following in {"dozens", "hundreds", "scores"}
    return view.lower(before) in {"has", "have", "had"} and counted


LISTING_ADVERBS = frozenset({"first", "also", "then", "later", "has", "had", "have"})


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
    return (named is not None and named.entity_type in {"person", "org"}) or (
        _count(following) is not None or following in GROUP_KINDS or following in SINGLE_KINDS
    )


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
LIST_CONTEXT_WORDS = frozenset({"list", "off", "out"}) | ADDING_VERBS | TARGETING_VERBS
# A list named by its measure: "the asset-freeze list", "its travel-ban list"
MEASURE_LISTS = {
    "freeze": "asset freeze",
    "ban": "travel ban",
    "sanction": "sanctions",
    "stop": "travel ban",  # Russia's "stop list" of those barred from entering
}
MEASURE_LIST_WORDS = frozenset({"asset", "assets", "-", "travel", "entry", "visa"})


def _as_complement(view: SentenceView, index: int) -> bool:
    """An "as …" complement in the verb's clause ("designated Carlos Vecchio as ambassador");
    "as well", "as part of" and "as a result" are none."""
    return any(
        view.lower(i) == "as"
        and view.lower(i + 1) not in NOT_COMPLEMENTS
        and (view.lower(i + 1), view.lower(i + 2)) != ("a", "result")
        for i in range(index + 1, clause_end(view, index))
    )


NOT_COMPLEMENTS = frozenset({"well", "part", "such", "soon", "far"})


def _general_measure(view: SentenceView, index: int) -> bool:
    """Is "measures" / "penalties" at ``index`` a sanction: a target preposition after it, and
    before it (past determiners and adjectives) a punitive adjective or a verb of imposing?"""
    if _face_verb(view, index) >= 0:
        return True  # "could face penalties": faced by someone, so a sanction
    if _relative_on_measure(view, index, set())[1] >= 0:
        return True  # "the penalties (that) Washington imposed on PDVSA"
    if (
        view.lower(index + 1) not in TARGET_PREPOSITIONS
        and not _of_their_own(view, index + 1)
        and _restraining_relative(view, index) is None
    ):
        return False
    position = index - 1
    while position >= view.start:
        word = view.lower(position)
        if word in PUNITIVE_ADJECTIVES:
            return True
        owner = view.mention_ending(position)
        if owner is not None and owner.entity_type in {"country", "org"}:
            return True  # "the EU measures against Venezuela": a state's or bloc's measures
        if word not in MEASURE_ADJECTIVES and word not in DETERMINERS:
            # ("rolled out fresh measures against Moscow", "set out new penalties on …")
            phrasal = word == "out" and view.lower(position - 1) in ROLLING_OUT
            return word in GENERAL_MEASURE_VERBS or phrasal
        position -= 1
    return False


ROLLING_OUT = frozenset({"roll", "rolls", "rolled", "rolling", "set", "sets", "setting"})


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
                return [mention]
            return []
    return []


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


LISTED_REACH = 24  # tokens from "list" back to its verb: room for two named firms and a count


def _list_cue(view: SentenceView, index: int) -> Cue | None:
    """'added X to its sanctions list' (imposed) or 'X was dropped from the sanctions list'."""
    verb = look_back(view, index, LIST_ADD_VERBS | LIST_DROP_VERBS, LISTED_REACH)
    if verb < 0:
        return None
    form = "list_add" if view.lower(verb) in LIST_ADD_VERBS else "list_drop"
    return Cue(index, "sanctions", form, verb)


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


OWNER_NOUNS = frozenset({"bloc", "union", "treasury", "department", "government", "council"})


def _owner_before(view: SentenceView, possessive: int) -> bool:
    """A state, bloc or body owning what follows the possessive at ``possessive``: a name
    ("the EU's blacklist") or a body's noun ("the bloc's blacklist")."""
    owner = view.mention_ending(possessive - 1)
    if owner is not None:
        return owner.entity_type in {"country", "org"}
    return view.lower(possessive - 1) in OWNER_NOUNS


def _list_of_the_favoured(view: SentenceView, index: int) -> bool:
    """A list of privileges, not of measures: "its list of most-favoured trading partners"
    (leaving it is a penalty, not sanctions lifted)."""
    if view.lower(index + 1) != "of":
        return False
    return any(view.lower(i) in FAVOURED_WORDS for i in range(index + 2, index + 5))


def _list_of_the_subjected(view: SentenceView, index: int) -> bool:
    """ "the list of persons, entities and bodies subject to restrictive measures": the EU's
    wording for its sanctions list."""
    words = [view.lower(i) for i in range(index + 1, min(view.end, index + 10))]
    if words[:1] == ["of"] and "facing" in words[:4]:
        # "the list of people facing asset freezes and travel bans"
        after = words[words.index("facing") + 1 :]
        return bool({"sanctions", "freezes", "bans", "measures"} & set(after[:3]))
    if words[:1] != ["of"] or "subject" not in words:
        return False
    after = words[words.index("subject") + 1 :]
    return after[:1] == ["to"] and bool({"measures", "sanctions"} & set(after[1:3]))


# --- one cue -------------------------------------------------------------------------------------


def _rows_for_cue(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    facts: CaseFacts,
    recent: list[Mention],
    just_targeted: frozenset[str] | set[str] = frozenset(),
    recent_at: int = -2,
    targeted_here: set[str] | None = None,
    implicit: Mention | None = None,
) -> tuple[list[dict], list[Mention]]:
    """Rows for one cue, and its imposers. ``targeted_here``: the names earlier cues of the
    sentence target, whether or not their imposer was found; it grows by this cue's.
    ``implicit``: the country the article's sanctions last targeted, what a refusal naming no
    target refuses ("Brazil has not imposed sanctions either")."""
    targets, modifier_end = _targets_for(article, view, cue, facts)
    _governments_unnamed(targets)
    context = _CueContext(recent, just_targeted, recent_at, targeted_here, facts.contested)
    if targets.empty() and _arms_embargo(view, cue.index) and _embargo_held(view, cue.index):
        # "The EU has had an arms embargo in place since 2017": on the country the article
        # is about (the next one when that country imposes it)
        for country in _topic_countries(article, view, facts.home)[:2]:
            # (a trial: what it targets joins the sentence's targets only when it gives rows)
            here = set(targeted_here) if targeted_here is not None else None
            trial = _CueContext(recent, just_targeted, recent_at, here, facts.contested)
            rows, imposers = _rows_for_targets(
                article, view, cue, Targets(named=[country]), modifier_end, trial
            )
            if rows:
                if targeted_here is not None:
                    targeted_here.add(country.entity_id)
                return _described_as_held(view, cue, rows), imposers
        return [], []
    if targets.empty():
        return _refused_without_target(article, view, cue, recent, recent_at, implicit)
    return _rows_for_targets(article, view, cue, targets, modifier_end, context)


def _described_as_held(view: SentenceView, cue: Cue, rows: list[dict]) -> list[dict]:
    """An embargo no verb of its clause imposes is described, not imposed ("its sanctions
    are limited to an arms embargo"): in force, so `existing` rather than the default."""
    if _imposing_verb_between(view, clause_start(view, cue.index), cue.index):
        return rows
    return [{**row, "status": "existing"} if row["status"] == "imposed" else row for row in rows]


EMBARGO_HOLDING_WORDS = frozenset(
    """keeps kept keep maintains maintained maintain includes include included consists
    consist limited comprises comprise""".split()
)


def _embargo_held(view: SentenceView, cue: int) -> bool:
    """Is the embargo held or imposed ("has had an arms embargo in place", "its sanctions are
    limited to an arms embargo", "imposed an arms embargo", a list after a colon), not
    debated or expired ("has long debated an arms embargo", "The UN arms embargo expired")?"""
    start = clause_start(view, cue)
    words = window_words(view, view.start, cue)
    # "has an arms embargo", "has had an arms embargo" (not "has long debated an embargo")
    had = any(
        word in {"has", "have", "had"} and following in {"an", "a", "its", "their", "had"}
        for word, following in pairwise(words)
    )
    after = window_words(view, cue + 1, clause_end(view, cue) + 1)
    # "an arms embargo imposed by Portugal in 2014 remains in force"
    imposed_after = after[:1] and after[0] in SOURCE_PARTICIPLES
    in_force = bool(set(pairwise(after)) & IN_FORCE)
    return bool(
        _imposing_verb_between(view, start, cue)
        or had
        or imposed_after
        or in_force
        or EMBARGO_HOLDING_WORDS.intersection(words)
        or _spelled_out_after_colon(view, cue) >= 0
    )


class _CueContext(NamedTuple):
    """What the sentences before tell a cue's imposer search: the recent imposers and the
    sentence they imposed in, what was just targeted, and what this sentence targets."""

    recent: list[Mention]
    just_targeted: frozenset[str] | set[str]
    recent_at: int
    targeted_here: set[str] | None
    contested: frozenset[str] = frozenset()  # the case's subjects and their states


def _arms_embargo(view: SentenceView, cue: int) -> bool:
    """Is the measure at ``cue`` an embargo on arms ("an arms embargo", "an embargo on arms
    and on equipment …")? Its target is always a country, named or not."""
    if view.lower(cue) not in {"embargo", "embargoes"}:
        return False
    before = view.lower(cue - 1)
    return before in ARMS_WORDS or (
        view.lower(cue + 1) == "on" and view.lower(cue + 2) in ARMS_WORDS
    )


ARMS_WORDS = frozenset({"arms", "weapons"})


def _topic_countries(
    article: AnnotatedArticle, view: SentenceView, home: str | None
) -> list[Mention]:
    """The countries the article is about, each as its last mention up to the sentence: the
    case's home country first when the article names it anywhere (a US-centred story on
    Venezuela names the US more often), then the others named in the sentence or the
    TOPIC_REACH before it, most named first (ties: the first named). What an arms embargo
    that names no target is on."""
    if "topic countries" not in article.shared:
        counts: dict[str, int] = {}
        for mention in article.mentions:
            if mention.entity_type == "country":
                counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
        article.shared["topic countries"] = sorted(counts, key=lambda c: (c != home, -counts[c]))
    first = view.sentence_id - TOPIC_REACH
    chosen = []
    for country in article.shared["topic countries"]:
        # (the case's home anywhere before; another country named in the sentence or the
        # few before it: the story is still about it)
        named = [m for m in article.mentions if m.entity_id == country]
        if country == home:
            earlier = [m for m in named if m.sentence_id <= view.sentence_id]
            chosen.append(earlier[-1] if earlier else named[0])
            continue
        nearby = [m for m in named if first <= m.sentence_id <= view.sentence_id]
        if nearby:
            chosen.append(nearby[-1])
    return chosen


TOPIC_REACH = 3  # sentences from an unnamed embargo to its country's last mention


def _rows_for_targets(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    targets: Targets,
    modifier_end: int,
    context: _CueContext,
) -> tuple[list[dict], list[Mention]]:
    """Rows for a cue whose targets are read: the imposer is a regime's owner, a relative
    clause's subject, or the main clause's (``context``: the recent imposers, what was just
    targeted, where the recent imposers imposed, what this sentence targets)."""
    exclude = set() if targets.between else {t.entity_id for t in targets.named}
    if context.targeted_here is not None:
        # what an earlier cue of the sentence targets imposes nothing in it: "The Treasury
        # sanctioned Alisher Usmanov … and froze the assets of Igor Sechin"
        exclude |= context.targeted_here
        context.targeted_here.update(t.entity_id for t in targets.named)
    owner = _regime_owner(view, cue.index, exclude)
    if owner is not None:  # "The EU's sanctions regime includes an arms embargo …"
        status = (
            "lifted"
            if any(view.lower(i) in LIFTED for i in range(view.start, cue.index))
            else "existing"
        )
        return _rows(article, view, [owner], targets, cue, status), [owner]
    relative = _relative_imposer(view, cue.index, exclude) if cue.form == "noun" else []
    if relative:  # "the sanctions Washington had already imposed on PDVSA"
        default = _default_status(view, cue, relative)
        status = _status(view, relative[0].token_start, cue, targets, default=default)
        rows = _rows(article, view, relative, targets, cue, status)
        if not _imposing_verb_between(view, clause_start(view, cue.index), cue.index):
            return rows, relative
        # "Switzerland will adopt the sanctions the EU has imposed on Russia": the adopter too
        adopted, _ = _main_rows(article, view, cue, targets, exclude, modifier_end, context)
        return rows + adopted, relative
    return _main_rows(article, view, cue, targets, exclude, modifier_end, context)


IMPLICIT_TARGET_REACH = 8  # sentences back to the sanctions a bare refusal refers to


def _last_country_target(
    article: AnnotatedArticle, view: SentenceView, rows: list[dict]
) -> Mention | None:
    """The country the article's last sanctions on a country targeted (within
    IMPLICIT_TARGET_REACH sentences), as the mention that named it."""
    for row in reversed(rows):
        if row["sentence_id"] < view.sentence_id - IMPLICIT_TARGET_REACH:
            return None
        if row["target_kind"] != "country" or row["status"] in {"negated", "lifted"}:
            continue
        before = article.sentences[view.sentence_id].start
        named = (m for m in reversed(article.mentions) if m.entity_id == row["target_id"])
        return next((m for m in named if m.start < before), None)
    return None


# "has not imposed", "declined to join", "will not adopt any", "refused to join Western": a
# refusal of the subject's own act, right before the measure (not "rejected the Canadian
# sanctions", which are another's).
_REFUSAL_BEFORE = re.compile(
    r"\b(?:not|never|n't|(?:declined|declines|decline|refused|refuses|refuse)\s+to)\s+"
    r"(?:yet\s+|so\s+far\s+|also\s+|been\s+)?"
    r"(?:impose|imposed|imposing|join|joined|joining|adopt|adopted|introduce|introduced"
    r"|follow|followed|apply|applied|announce|announced)\s+"
    r"(?:any\s+|its\s+own\s+|their\s+own\s+|such\s+|the\s+|similar\s+|western\s+|new\s+)*$"
)


def _refuses_to_join(view: SentenceView, cue: int) -> bool:
    """Does a refusal of the subject's own act stand right before the measure at ``cue``?"""
    first = max(view.start, cue - 8)
    words = view.article.tokens.words[first:cue]
    return _REFUSAL_BEFORE.search(" ".join(words) + " ") is not None


def _refused_without_target(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    recent: list[Mention],
    recent_at: int,
    implicit: Mention | None,
) -> tuple[list[dict], list[Mention]]:
    """A refusal that names no target refuses the sanctions just reported: "The EU imposed
    sanctions on Russia. … Brazil has not imposed sanctions either", "Mexico and South Africa
    have declined to join the measures". Only negated rows: an act with no target named is
    not known to be on that country."""
    if implicit is None or not _refuses_to_join(view, cue.index):
        return [], []
    targets = Targets(named=[implicit])
    exclude = {implicit.entity_id}
    context = _CueContext(recent, frozenset(), recent_at, None)
    rows, imposers = _main_rows(article, view, cue, targets, exclude, -1, context)
    rows = [row for row in rows if row["status"] == "negated"]
    return rows, imposers if rows else []


def _main_rows(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    targets: Targets,
    exclude: set[str],
    modifier_end: int,
    context: _CueContext,
) -> tuple[list[dict], list[Mention]]:
    """Rows for a cue whose imposer the main clause names (the usual case)."""
    imposers, first = _imposers(article, view, cue, targets, exclude, modifier_end, context)
    if not imposers:
        return [], []
    # "The EU, together with Canada, imposed travel bans on …"
    companions = companions_of(view, anchor_of(cue), exclude, after_cue=False, actors=imposers)
    imposers += [c for c in companions if c not in imposers]
    imposers += [m for m in same_act_by(view, cue.index, exclude) if m not in imposers]
    if targets.the_country >= 0:
        parties = {imposer.party_id or imposer.entity_id for imposer in imposers}
        antecedent = _country_antecedent(article, view, targets.the_country, parties)
        targets.named.extend([antecedent] if antecedent is not None else [])
    if first < 0:
        status = _status(view, anchor_of(cue), cue, targets, default="proposed")
    else:
        status = _status(view, first, cue, targets, default=_default_status(view, cue, imposers))
    return _rows(article, view, imposers, targets, cue, status), imposers


def _rows(
    article: AnnotatedArticle,
    view: SentenceView,
    imposers: list[Mention],
    targets: Targets,
    cue: Cue,
    status: str,
) -> list[dict]:
    """One row per imposer and target (named, or a kind with its count). A company never
    imposes ("On 15 February it added five officials …" after Citgo was named: not Citgo's)."""
    rows = []
    for imposer in imposers:
        if imposer.entity_id in article.companies:
            continue
        party = imposer.party_id or imposer.entity_id
        for target in targets.named:
            if target.entity_id != party:
                kind = _kind_of(target)
                rows.append(_row(article, view, imposer, target, kind, cue, status, None))
        for kind, count in targets.kinds():
            rows.append(_row(article, view, imposer, None, kind, cue, status, count))
    return rows


REGIME_NOUNS = frozenset({"regime", "measures", "sanctions", "package", "programme", "program"})
INCLUDING_VERBS = frozenset(
    "includes include included comprises comprise covers cover consists contains".split()
)


def _regime_owner(view: SentenceView, cue: int, exclude: set[str]) -> Mention | None:
    """The owner named as the possessor of the subject when a regime "includes" the measure:
    "The EU's (own) sanctions regime, in force since 2017, includes an embargo on arms …"."""
    if INCLUDING_VERBS.isdisjoint(view.article.tokens.words[view.start : cue]):
        return None
    verb = next(
        (i for i in range(cue - 1, view.start - 1, -1) if view.lower(i) in INCLUDING_VERBS), -1
    )
    if verb < 0 or _own_clause_between(view, verb, cue):
        return None
    for mention in view.mentions:
        if mention.token_start >= verb:
            break
        if view.lower(mention.token_end) not in POSSESSIVES or mention.entity_id in exclude:
            continue
        position = mention.token_end + 1
        while view.lower(position) in {"own", "sanctions", "current", "existing"}:
            position += 1
        if view.lower(position - 1) in REGIME_NOUNS or view.lower(position) in REGIME_NOUNS:
            return mention if _can_own_measures(mention) else None
    return None


def _own_clause_between(view: SentenceView, verb: int, cue: int) -> bool:
    """Does a clause with a subject of its own open between the regime's verb and the cue
    ("…, consists of an arms embargo …, and the bloc has not followed Washington in
    sanctioning PDVSA")? Its measure is that clause's, not the regime's."""
    for index in range(verb + 1, cue - 1):
        if view.lower(index) in {"and", "but", ";"} and view.lower(index - 1) in {",", ";"}:
            following = view.lower(index + 1)
            if following in {"the", "it", "they"} or view.mention_starting(index + 1):
                return True
    return False


def _can_own_measures(mention: Mention) -> bool:
    return mention.entity_type in {"country", "org"} and mention.kind != "demonym"


def anchor_of(cue: Cue) -> int:
    """The token a cue's clause is read from (the governing verb for list and SWIFT cues)."""
    return cue.verb if cue.form in {"swift", "list_add", "list_drop"} else cue.index


def _targets_for(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, facts: CaseFacts
) -> tuple[Targets, int]:
    """The cue's targets, and (for 'under US sanctions') where the imposer modifiers start."""
    among = _among_inverted(article, view, cue, facts)
    if among is not None:  # "Among the 15 people added to the EU's list was Abramovich"
        return among, -1
    targets, modifier_start = _targets_in_clause(article, view, cue, facts)
    if targets.empty() and cue.form in {"freeze", "list_add", "verb"}:
        antecedent = object_relative_antecedent(view, anchor_of(cue), FROZEN_THINGS)
        if antecedent is not None and antecedent.kind != "demonym":
            # "Abramovich, whose assets Britain froze", "…, whom the EU added to" (the
            # imposer is the relative clause's own subject, after the pronoun)
            return Targets(named=[antecedent]), modifier_start
    return targets, modifier_start


def _targets_in_clause(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, facts: CaseFacts
) -> tuple[Targets, int]:
    end = _target_end(view, cue.index)
    exempt = _exempted_from(view, cue.index)
    if exempt is not None:  # "The EU exempted Sberbank and Gazprombank from the SWIFT ban"
        verb, before = exempt
        targets = _parse_targets(article, view, verb + 1, before, facts)
        targets.verb, targets.exempted = verb, True
        if not targets.empty():
            return targets, -1
    if cue.form == "verb" and _among_those(view, cue.index):
        return _among_those_targets(article, view, cue.index, facts), -1
    spared = _spared_passive(view, cue.index) if cue.form == "noun" else -1
    if spared >= 0:  # "Sberbank and Gazprombank … were left out of the ban"
        targets = _subject_targets(article, view, spared, facts)
        targets.exempted = targets.passive = True
        if not targets.empty():
            return targets, -1
    if cue.form == "swift" and _swift_passive(view, cue):
        # "VTB was excluded from SWIFT by the EU": the subject is cut off
        return _subject_targets(article, view, cue.verb, facts), -1
    if cue.form == "swift":
        stop = next(
            (
                i
                for i in range(cue.verb + 1, cue.index + 1)
                if view.lower(i) in {"off", "from", "out"}
            ),
            cue.index,
        )
        targets = _parse_targets(article, view, cue.verb + 1, stop, facts)
        # "excluded seven Russian banks from the SWIFT payment system, among them VTB"
        _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
        return targets, -1
    if cue.form == "list_add" and view.lower(cue.verb - 1) in PASSIVE_AUXILIARIES:
        # "Mr Maduro was added to the US sanctions list": the subject is listed
        return _subject_targets(article, view, cue.verb, facts), -1
    if cue.form == "list_add":
        # "added X to its list", "put X on its blacklist"
        stop = next(
            (i for i in range(cue.verb + 1, cue.index) if view.lower(i) in {"to", "on"}), -1
        )
        if stop < 0:
            return Targets(), -1
        targets = _parse_targets(article, view, cue.verb + 1, stop, facts)
        # "adds 11 officials to its list, including Vice-President Delcy Rodríguez"
        _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
        return targets, -1
    if cue.form == "list_drop" and view.lower(cue.verb - 1) not in PASSIVE_AUXILIARIES:
        # "The Treasury removed three officials from its sanctions list": the object
        stop = next((i for i in range(cue.verb + 1, cue.index) if view.lower(i) == "from"), -1)
        if stop > cue.verb + 1:
            return _parse_targets(article, view, cue.verb + 1, stop, facts), -1
    if cue.form == "list_drop" or _is_passive(view, cue):
        anchor = cue.verb if cue.form == "list_drop" else cue.index
        return _subject_targets(article, view, anchor, facts), -1
    if cue.form == "freeze":
        return _frozen_targets(article, view, cue, end, facts), -1
    if cue.form == "verb" and cue.measure in {"airspace ban", "port ban"}:
        # "airspace to …", up to the clause's end ("close EU ports to Russian ships, bar …")
        end = min(end, clause_end(view, cue.index))
        return _parse_targets(article, view, cue.index + 2, end, facts), -1
    if cue.form == "verb" and cue.measure == "price cap":
        return _parse_targets(article, view, cue.index + 4, end, facts), -1  # "the price of"
    if cue.form == "verb":
        return _object_targets(article, view, cue, end, facts), -1
    if cue.form == "visa":
        return _visa_targets(article, view, cue, end, facts), -1
    return _noun_targets(article, view, cue, end, facts)


# Words after which a target list has ended: "sanctions on Moscow if Russian forces moved
# deeper into Ukraine" does not target Ukraine.
# ("alongside the United States" names a companion, not a target)
TARGET_ENDERS = frozenset({"if", "unless", "because", "until", "when", "whenever", "alongside"})


def _target_end(view: SentenceView, cue: int) -> int:
    end = strong_end(view, cue)
    aside = relative_aside_close(view, cue)
    if aside >= 0:
        end = min(end, aside)  # "the EU, which has frozen X's reserves, formally cut …"
    so_did = same_act_at(view, cue, end)
    if so_did >= 0:
        end = so_did  # "…, and so has Saudi Arabia": another imposer, not a target
    return next((i for i in range(cue + 1, end) if view.lower(i) in TARGET_ENDERS), end)


# Verbs that hit their object "with" a measure: "targeted four judges with sanctions".
HIT_WITH_VERBS = frozenset(
    """target targets targeted targeting hit hits hitting slap slaps slapped slapping punish
    punishes punished punishing""".split()
)
MEASURE_ADJECTIVES = frozenset(
    "new fresh further more additional tough tougher harsh harsher financial economic "
    "personal targeted sweeping wide-ranging".split()
)


# Words inside a measure's noun phrase: "with an asset freeze", "under a US trade embargo".
MEASURE_MODIFIERS = frozenset(
    """a an asset assets travel visa arms oil trade financial economic tough tougher crippling
    sweeping harsh broad sectoral crushing punishing punitive stringent severe comprehensive
    heavy stiff blanket unprecedented total near longstanding long standing -""".split()
)  # ("-": "a near-total US embargo", "long-standing sanctions")


def _hit_with(view: SentenceView, cue: int) -> tuple[int, int] | None:
    """For '<verb> X with (new) sanctions' or 'X was hit with sanctions', the verb's position
    and the "with"'s, if so."""
    position = cue - 1
    while view.lower(position) in MEASURE_ADJECTIVES or view.lower(position) in MEASURE_MODIFIERS:
        position -= 1  # "hit Roman Abramovich with an asset freeze"
    if view.lower(position) != "with":
        return None
    for verb in range(position - 1, max(view.start, position - 10) - 1, -1):
        word = view.lower(verb)
        if word in HIT_WITH_VERBS:
            return verb, position
        if word in CLAUSE_BOUNDARIES or word in {",", "."}:
            break
    return None


def _is_passive(view: SentenceView, cue: Cue) -> bool:
    """'X was sanctioned', 'X had been blacklisted' (a verb cue after an auxiliary), a
    reduced relative with its agent ("nine officials sanctioned by Tokyo"), and a factbox
    bullet's reduced passive ("* Seven banks removed from SWIFT")."""
    verb = cue.verb if cue.form in {"swift", "list_add", "list_drop"} else cue.index
    if cue.form in {"swift", "verb"} and _bullet_passive(view, verb):
        return True
    if cue.form != "verb" or not view.lower(cue.index).endswith("ed"):
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


def _reduced_relative(view: SentenceView, cue: Cue) -> bool:
    """A participle right after the noun it describes, with its agent: "seven officials
    sanctioned by the Obama administration". It names people already under the measure."""
    before = view.lower(cue.index - 1)
    return (
        cue.form == "verb"
        and view.lower(cue.index + 1) == "by"
        and (before in GROUP_KINDS or before in SINGLE_KINDS)
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
    """ "Among those sanctioned on Friday are A and B", "Those sanctioned include A, B": the
    targets follow the copula or "include"."""
    if _fronted_participle(view, cue):
        return True
    if view.lower(cue - 1) != "those":
        return False
    if view.lower(cue - 2) == "among":
        return True
    opens = cue - 1 == view.start or view.lower(cue - 2) in {'"', "“", "-", "–", "—"}
    return opens and view.lower(cue + 1) in THOSE_LINKS


FRONTING_ADVERBS = frozenset({"also", "newly", "likewise", "further", "separately"})
FRONTED_LINKS = frozenset({"are", "is", "were", "was"})


def _fronted_participle(view: SentenceView, cue: int) -> bool:
    """ "Also sanctioned are Igor Sechin, …", "Sanctioned were four judges": a participle
    fronted before its copula, the targets after it (the inverted passive)."""
    if not view.lower(cue).endswith("ed") or view.lower(cue + 1) not in FRONTED_LINKS:
        return False
    start = cue - 1 if view.lower(cue - 1) in FRONTING_ADVERBS else cue
    return start == view.start or view.lower(start - 1) in {'"', "“", "-", "–", "—", ":"}


def _among_those_targets(
    article: AnnotatedArticle, view: SentenceView, cue: int, facts: CaseFacts
) -> Targets:
    copula = next(
        (i for i in range(cue + 1, min(view.end, cue + 8)) if view.lower(i) in THOSE_LINKS),
        -1,
    )
    if copula < 0:
        return Targets()
    return _parse_targets(article, view, copula + 1, _target_end(view, copula + 1), facts)


TARGETING_VERBS = frozenset("target targets targeted hit hits cover covers covered".split())


def _targeting_relative(view: SentenceView, cue: int) -> int:
    """Where the object of a relative clause on the measure starts when its verb says whom
    the measure hits ("new measures that target the organisers", "sanctions, which targeted
    the officials who …"); -1 otherwise."""
    index = cue + 1
    if view.lower(index) == ",":
        index += 1
    if view.lower(index) not in {"which", "that"}:
        return -1
    index += 1
    while view.lower(index) in {"also", "will", "would", "now", "mainly", "largely"}:
        index += 1
    return index + 1 if view.lower(index) in TARGETING_VERBS else -1


def _noun_targets(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, end: int, facts: CaseFacts
) -> tuple[Targets, int]:
    under = _under_position(view, cue.index)
    placing = _placing_verb(view, under) if under >= 0 else -1
    if placing >= 0:  # "Washington put Sberbank and Alfa-Bank under full blocking sanctions"
        targets = _parse_targets(article, view, placing + 1, under, facts)
        targets.verb = placing  # the imposer is the verb's subject, before its object
        return targets, -1
    if under >= 0:
        targets = _subject_targets(article, view, under, facts)
        targets.named.extend(_elliptical_targets(view, cue.index, end, targets))
        # "1,000 individuals are on the EU's sanctions list, among them Vladimir Putin"
        _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
        return targets, under + 1
    hit = _hit_with(view, cue.index)
    if hit is not None:
        verb, with_at = hit
        if verb + 1 < with_at:  # "targeted four judges with sanctions": the verb's object
            targets = _parse_targets(article, view, verb + 1, with_at, facts)
            targets.verb = verb  # the imposer is the verb's subject, before its object
            return targets, -1
        if view.lower(verb - 1) in PASSIVE_AUXILIARIES:  # "X has been hit with sanctions"
            targets = _subject_targets(article, view, verb, facts)
            targets.passive = True
            return targets, -1
    targeted = _targeting_relative(view, cue.index)
    if targeted >= 0:  # "its eighth package of sanctions, which targeted the officials …"
        return _parse_targets(article, view, targeted, _target_end(view, targeted), facts), -1
    restrained = _restraining_relative(view, cue.index)
    if restrained is not None:  # "measures that prevent Russia's central bank from …"
        return _parse_targets(article, view, restrained[0], restrained[1], facts), -1
    _, relative_verb = _relative_on_measure(view, cue.index, set())
    if relative_verb >= 0 and view.lower(relative_verb + 1) in TARGET_PREPOSITIONS:
        # "the sanctions that the US will impose on PDVSA": the relative clause's object
        first = relative_verb + 2
        return _parse_targets(article, view, first, _target_end(view, first), facts), -1
    index = cue.index + 1
    widening = _widening_verb_before(view, cue.index)
    while index < end and index - cue.index <= 6:
        word = view.lower(index)
        if word in TARGET_PREPOSITIONS and view.lower(index + 1) == ":":
            # "sanctions on: PDVSA, the state oil company; and Minerven, …": a list to the end
            return _listed_targets(article, view, index + 2, facts), -1
        if (
            word in TARGET_PREPOSITIONS
            and view.lower(index + 1) in TRADE_NOUNS
            and view.lower(index + 2) == "with"
        ):
            # "a ban on transactions with seven Russian banks": whom the trade is with
            return _trade_targets(article, view, index + 1, end, facts), -1
        if word in TARGET_PREPOSITIONS and view.lower(index + 1) not in TIME_WORDS:
            targets = _parse_targets(article, view, index + 1, end, facts)
            if targets.empty() and _facing_subject(view, cue.index) >= 0:
                break  # "Cuba and Iran face U.S. freezes on their governments' assets"
            return targets, -1
        if word == "to" and widening:  # "extended its sanctions to 19 more officials"
            return _parse_targets(article, view, index + 1, end, facts), -1
        if word in CLAUSE_BOUNDARIES or word in {"over", "for"}:
            break
        if word == "," and any(view.lower(i) in HELD_HEADS for i in range(index + 1, index + 5)):
            break  # "an arms embargo, plus entry bans on seven officials": the bans' target
        index += 1
    covering = _covering_verb_after(view, cue.index, end)
    if covering >= 0:  # "the ban, which takes effect on Tuesday, covers Sberbank, VEB and VTB"
        first = covering + 1 + (view.lower(covering + 1) == "to")
        targets = _parse_targets(article, view, first, _target_end(view, first), facts)
        targets.measure_subject = True
        return targets, -1
    facing = _facing_subject(view, cue.index)
    if facing >= 0:  # "institutions dealing with him would face sanctions" (up to "face")
        facing = _relative_head(view, facing)
        targets = _parse_targets(article, view, facing, _face_verb(view, cue.index), facts)
        warned = _warned_of(view, facing) if targets.empty() else None
        if warned is not None:  # "warned officials that they could face sanctions"
            targets = _parse_targets(article, view, warned[0] + 1, warned[1], facts)
            targets.verb = warned[0]  # the one who warned would impose them
        elif view.lower(facing - 1) in REPORTING_VERBS:  # "The US said companies … could face"
            reporter = nearest_run(
                view, clause_start(view, facing - 1), facing - 1, set(), frozenset({"of"})
            )
            if reporter and all((m.party_id or m.entity_id) in facts.contested for m in reporter):
                # "Zelensky said Russia risked new sanctions": a contested party calls for
                # them, it would not impose them; who would, the text does not say
                return Targets(), -1
            targets.verb = facing - 1
        elif view.lower(facing - 1) == "that" and view.lower(facing - 2) in REPORTING_VERBS:
            # "Bolton warned that Venezuelan officials could face sanctions": the one who
            # warned would impose them, not the demonym in the target phrase
            targets.verb = facing - 2
        else:
            targets.before_cue = True  # who faces the measure is its target, never its imposer
        return targets, -1
    placed = _placed_on(view, cue.index, end)
    if placed >= 0:
        return _parse_targets(article, view, placed, end, facts), -1
    threatened = _threat_object(view, cue.index)
    if threatened.empty() and _sector_measure_acted_on(view, cue.index):
        return Targets(single="sector"), -1  # "ruled out oil sanctions"
    return threatened, -1


# Verbs whose subject is a measure and whose object is what it hits: "the ban covers X".
COVERING_VERBS = INCLUDING_VERBS | frozenset(
    """covered targets target targeted included hits hit applies apply applied extends extend
    extended names name named touch touches touched affect affects affected""".split()
)
COVERING_AUXILIARIES = frozenset({"will", "would", "also", "now", "which", "that"})


def _covering_verb_after(view: SentenceView, cue: int, end: int) -> int:
    """The verb right after a measure that is its subject ("The ban covers", "the measures,
    which take effect on Tuesday, will also target"), or -1. "apply", "extend" need a "to"."""
    index = cue + 1
    if view.lower(index) == ",":  # past an aside set off by commas
        closing = next(
            (i for i in range(index + 1, min(end, index + 14)) if view.lower(i) == ","), -1
        )
        if closing < 0 or view.lower(index + 1) not in {"which", "that", "who"}:
            return -1
        index = closing + 1
    while view.lower(index) in COVERING_AUXILIARIES:
        index += 1
    word = view.lower(index)
    if word not in COVERING_VERBS or index >= end:
        return -1
    if word.startswith(("appl", "exten")) and view.lower(index + 1) != "to":
        return -1
    return index


EXEMPTING_VERBS = frozenset(
    "exempt exempts exempted exempting spare spares spared sparing excuse excused".split()
)


SPARING_PARTICIPLES = EXEMPTING_VERBS | {"left", "kept", "excluded", "exempt"}


def _spared_passive(view: SentenceView, cue: int) -> int:
    """The participle of "were left out of the ban", "was spared from the sanctions", "were
    exempted from the measures" before the measure at ``cue``, or -1: its subject is spared."""
    position = cue - 1
    while view.lower(position) in DETERMINERS or view.lower(position) in MEASURE_MODIFIERS:
        position -= 1
    if view.lower(position) not in {"of", "from"}:
        return -1
    position -= 1
    if view.lower(position) == "out":
        position -= 1
    if view.lower(position) not in SPARING_PARTICIPLES:
        return -1
    auxiliary = view.lower(position - 1)
    return position if auxiliary in BE_FORMS or auxiliary in {"also", "been"} else -1


def _exempted_from(view: SentenceView, cue: int) -> tuple[int, int] | None:
    """For '<exempt> X from the (SWIFT) ban': the verb's position and the "from"'s."""
    position = cue - 1
    while (
        view.lower(position) in DETERMINERS
        or view.lower(position) in MEASURE_MODIFIERS
        or (view.mention_ending(position) is not None)
    ):
        mention = view.mention_ending(position)
        position = mention.token_start - 1 if mention is not None else position - 1
    if view.lower(position) != "from" or view.lower(cue + 1) in TARGET_PREPOSITIONS:
        return None  # ("exempts Chevron from sanctions on PDVSA": PDVSA's stay in force)
    for verb in range(position - 1, max(view.start, position - 12) - 1, -1):
        if view.lower(verb) in EXEMPTING_VERBS:
            return (verb, position) if verb + 1 < position else None
        if view.lower(verb) in CLAUSE_BOUNDARIES:
            return None
    return None


def _listed_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, facts: CaseFacts
) -> Targets:
    """Targets listed after a colon, items split by semicolons ("on: PDVSA, the state oil
    company; Minerven, the gold miner; and the central bank")."""
    targets = Targets()
    bounds = [first, *(i + 1 for i in range(first, view.end) if view.lower(i) == ";")]
    for start, stop in zip(bounds, [*bounds[1:], view.end + 1], strict=True):
        start += 1 if view.lower(start) in {"and", "or"} else 0
        item = _parse_targets(article, view, start, stop - 1, facts)
        targets.named.extend(m for m in item.named if m not in targets.named)
        targets.groups.extend(item.groups)
        targets.single = targets.single or item.single
    return targets


WIDENING_VERBS = frozenset(
    "extend extends extended extending expand expands expanded expanding broaden broadens "
    "broadened broadening widen widens widened widening".split()
)


def _widening_verb_before(view: SentenceView, cue: int) -> bool:
    return any(view.lower(i) in WIDENING_VERBS for i in range(max(view.start, cue - 4), cue))


def _under_position(view: SentenceView, cue: int) -> int:
    """'under (full) US and EU sanctions', 'on the US sanctions list': the index of 'under'
    (or that 'on'), or -1."""
    index = cue - 1
    on_a_list = view.lower(cue + 1) in {"list", "lists"} or view.lower(cue) == "blacklist"
    while index >= view.start and cue - index <= 8:
        word = view.lower(index)
        if word == "under" or (on_a_list and word == "on" and _being_on(view, index)):
            return index
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


BE_FORMS = PASSIVE_AUXILIARIES - {"has", "had"}  # a passive's ("had put": active)
PLACED_OBJECT_REACH = 12  # tokens of "Sberbank and Alfa-Bank, Russia's two largest lenders,"


def _placing_verb(view: SentenceView, under: int) -> int:
    """The verb that puts its object under the measure ("put Sberbank under sanctions",
    "has placed four judges under US sanctions"), or -1: an active verb with its object
    between it and "under", in the same clause. The object is the target and the verb's
    subject the imposer (a passive, "was placed under", keeps its subject as the target)."""
    for index in range(under - 2, max(view.start, under - PLACED_OBJECT_REACH) - 1, -1):
        word = view.lower(index)
        if word in PUTTING_IN_PLACE:
            return -1 if view.lower(index - 1) in BE_FORMS else index
        if word in CLAUSE_BOUNDARIES or word in {";", ":"}:
            return -1
    return -1


def _being_on(view: SentenceView, on: int) -> bool:
    """ "is on", "has been on", "remains on": being on a list, not put on it."""
    return view.lower(on - 1) in {"is", "are", "was", "were", "been", "remains", "remain", "stays"}


def _elliptical_targets(view: SentenceView, cue: int, end: int, targets: Targets) -> list[Mention]:
    """'… under US sanctions since 2018 and Mr Sechin since 2014': more subjects, same measure."""
    found = []
    for mention in view.mentions:
        if cue < mention.token_start < view.end and view.lower(mention.token_end) == "since":
            glue = view.lower(mention.token_start - 1)
            if glue in {"and", ",", "company", "bank", "firm"} or glue in TITLE_WORDS:
                found.append(mention)
    known = {m.entity_id for m in targets.named}
    return [m for m in found if m.entity_id not in known]


def _facing_subject(view: SentenceView, cue: int) -> int:
    """'X would face (further) sanctions': the first token of X's clause, or -1."""
    index = _face_verb(view, cue)
    if index < 0:
        return -1
    # ("Bolton said foreign companies risk US sanctions": the reported clause's subject)
    return _past_reported_that(view, clause_start(view, index), index)


def _relative_head(view: SentenceView, start: int) -> int:
    """Where a clause opened by a relative pronoun attaches: "officials who backed Maduro
    could face sanctions" has its subject before "who" ("that" only after a group noun,
    since it also opens a reported clause)."""
    before = view.lower(start - 1)
    if before not in {"who", "which"} and not (
        before == "that" and view.lower(start - 2) in GROUP_KINDS
    ):
        return start
    index, loose = start - 1, 0  # walk back over the noun phrase the relative clause follows
    while index - 1 >= max(view.start, start - 10):
        word = view.lower(index - 1)
        if view.mention_covering(index - 1) is None and not (
            word in GROUP_KINDS
            or word in SINGLE_KINDS
            or word in DETERMINERS
            or _count(word) is not None
        ):
            if word in REPORTING_VERBS or word in THREATENED or word in CLAUSE_BOUNDARIES:
                break
            loose += 1  # an adjective ("state-run companies"): at most two
            if loose > 2 or not NOUN_WORD.match(word) or word == "that":
                break
        index -= 1
    return index


def _warned_of(view: SentenceView, subject: int) -> tuple[int, int] | None:
    """For "warned X that they could face …" with ``subject`` at "they": the warning verb and
    where X ends."""
    if view.lower(subject) not in {"they", "he", "she"} or view.lower(subject - 1) != "that":
        return None
    for index in range(subject - 2, max(view.start, subject - 14) - 1, -1):
        if view.lower(index) in THREATENED:
            return (index, subject - 1) if index + 1 < subject - 1 else None
        if view.lower(index) in STRONG_BOUNDARIES:
            break
    return None


FACED_ADJECTIVES = frozenset(
    "further new more tougher possible being comparable similar such the same".split()
)


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
    return view.lower(verb) in {"risk", "risks", "risking", "risked"} or view.lower(verb - 1) in (
        {"could", "would", "may", "might", "will", "'ll", "can"}
    )


def _placed_on(view: SentenceView, cue: int, end: int) -> int:
    """'an embargo … would be placed on Cuba': the first token after such an 'on'."""
    for index in range(cue + 1, view.end - 1):
        if view.lower(index) in {"placed", "imposed", "slapped", "levied"} and view.lower(
            index + 1
        ) in {"on", "against"}:
            return index + 2
        if view.lower(index) in {";", "."}:
            break
    return -1


def _threat_object(view: SentenceView, cue: int) -> Targets:
    """'warned China of "consequences", including possible sanctions': China is the target."""
    for index in range(cue - 1, view.start - 1, -1):
        word = view.lower(index)
        if word in STRONG_BOUNDARIES:
            break
        if word in THREATENED and word != "possible":
            run = forward_run(view, index + 1, cue, set())
            if run:
                return Targets(named=list(run), verb=index)
            break
    return Targets()


def _object_targets(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, end: int, facts: CaseFacts
) -> Targets:
    """'sanctioned X', 'barred 200 people … from entering', 'banned imports of Russian oil'."""
    first = cue.index + 1
    while view.lower(first) in {"on"}:
        first += 1
    if view.lower(first) == "entry" and view.lower(first + 1) in {"to", "into"}:
        first += 2  # "barred entry to five officials": the officials are the targets
    if view.lower(cue.index) == "issuing" and view.lower(first) == "visas":
        first += 2 if view.lower(first + 1) in {"to", "for"} else 1  # "stopped issuing visas to"
    restricting = view.lower(cue.index) in {"restrict", "restricts", "restricted", "restricting"}
    if restricting and view.lower(first) in TRADE_NOUNS:
        return _trade_targets(article, view, first, end, facts)  # "restricted transactions with"
    if restricting:
        # "to restrict visas for Maduro's inner circle": the targets follow "for".
        after = next((i for i in range(first, min(end, first + 4)) if view.lower(i) == "for"), -1)
        if after < 0:
            return Targets()
        return _parse_targets(article, view, after + 1, end, facts)
    if view.lower(first) in TRADE_NOUNS or (
        view.lower(first) in DETERMINERS | {"all", "most"}
        and view.lower(first + 1) in TRADE_NOUNS | {"investment", "issuance"}
    ):
        return _trade_targets(article, view, first, end, facts)
    if view.lower(first) in TRADE_MODIFIERS and view.lower(first + 1) in TRADE_NOUNS:
        return _trade_targets(article, view, first + 1, end, facts)  # "financial transactions"
    dealing = _dealing_with(view, first, end)
    if dealing >= 0:
        return _parse_targets(article, view, dealing, end, facts)
    bought = _instrument_bought(view, first, end)
    if bought >= 0:  # "barring Americans from buying Venezuelan government debt"
        return _instrument_targets(article, view, bought, end, facts)
    return _parse_targets(article, view, first, end, facts)


# "barred US banks from buying new bonds issued by the government": the issuer is the target,
# not those barred from buying
BUYING_VERBS = frozenset(
    """buying purchasing trading selling holding financing acquiring dealing shipping
    importing exporting insuring transporting""".split()
)
ISSUERS = frozenset({"issued", "sold", "offered", "backed"})


def _instrument_bought(view: SentenceView, first: int, end: int) -> int:
    """Where the instrument starts after "from buying / trading in" in the dozen words after
    the object, or -1."""
    for index in range(first, min(end, first + 12)):
        if view.lower(index) == "from" and view.lower(index + 1) in BUYING_VERBS:
            position = index + 2
            while view.lower(position) in {"in", "or", "otherwise", ","} or (
                view.lower(position) in BUYING_VERBS
            ):
                position += 1  # "from buying, selling or otherwise dealing in"
            return position
        if view.lower(index) in CLAUSE_BOUNDARIES:
            return -1
    return -1


def _instrument_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, end: int, facts: CaseFacts
) -> Targets:
    """The issuer of what may not be bought: after "issued by" ("bonds issued by the
    government or by the state oil company PDVSA"), else the instrument's own owner
    ("Venezuelan government debt": the government)."""
    for index in range(first, min(end, first + 10)):
        if view.lower(index) in ISSUERS and view.lower(index + 1) == "by":
            targets = _parse_targets(article, view, index + 2, end, facts)
            if not targets.empty():
                return targets
    return _parse_targets(article, view, first, end, facts)


def _trade_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, end: int, facts: CaseFacts
) -> Targets:
    """'banning imports of Russian coal' (a sector) or 'trade … in the DPR and the LPR'; exports
    "to Russia" or imports "from Venezuela" are a measure on that country."""
    destination = _trade_partner(view, first, end)
    if destination is not None:
        return Targets(named=[destination])
    for index in range(first, end):
        word = view.lower(index)
        if word == "of":
            targets = _parse_targets(article, view, index + 1, end, facts)
            if targets.named and all(m.entity_type == "country" for m in targets.named):
                return Targets(single="sector")  # "imports of Russian oil": a sector
            return targets if not targets.empty() else Targets(single="sector")
        if word in {"in", "with", "between"}:
            targets = _parse_targets(article, view, index + 1, end, facts)
            targets.between = word == "between"
            if targets.named or (word == "with" and targets.groups):
                return targets  # ("… with seven Russian banks": a counted group)
            if targets.single == "government":
                return targets  # "trade in its new sovereign debt": the state's
    return Targets(single="sector")


OUTWARD_TRADE = frozenset("exports export sales sale supply supplies delivery deliveries".split())
INWARD_TRADE = frozenset({"imports", "import", "purchases"})


def _trade_partner(view: SentenceView, first: int, end: int) -> Mention | None:
    """The country trade goes to ("exports to Russia of most American chips", "the export of
    luxury goods to Russia") or comes from ("imports from Venezuela"), within the phrase."""
    trade = next((i for i in range(first, min(end, first + 3)) if view.lower(i) in TRADE_NOUNS), -1)
    if trade < 0:
        return None
    direction = "to" if view.lower(trade) in OUTWARD_TRADE else "from"
    if view.lower(trade) not in OUTWARD_TRADE | INWARD_TRADE:
        return None
    for index in range(trade + 1, min(end, trade + 12)):
        if view.lower(index) in CLAUSE_BOUNDARIES or view.lower(index) == ",":
            return None
        if view.lower(index) == direction:
            mention = view.mention_starting(index + 1)
            if (
                mention is not None
                and mention.entity_type == "country"
                and mention.kind != "demonym"
            ):
                return mention
    return None


def _dealing_with(view: SentenceView, first: int, end: int) -> int:
    """'barred Americans from dealing with the central bank', '… from any transactions with
    the central bank': the first token after 'with'."""
    for index in range(first, min(end, first + 10)):
        following = view.lower(index + 1)
        if following in {"any", "all"}:
            following = view.lower(index + 2)
        if view.lower(index) == "from" and (following in DEALING_VERBS or following in TRADE_NOUNS):
            for position in range(index + 2, min(end, index + 6)):
                if view.lower(position) == "with":
                    return position + 1
    return -1


CONDEMNING_VERBS = frozenset(
    """condemn condemns condemned condemning denounce denounces denounced denouncing
    criticise criticises criticised criticising criticize criticizes criticized criticizing
    decry decries decried slam slams slammed blast blasts blasted deplore deplores deplored
    protest protests protested""".split()
)


def _condemned(view: SentenceView, cue: int) -> bool:
    """Is the measure noun the object of a verb of condemning ("Russia condemned the
    sanctions imposed on Gazprom")? Who condemns a measure never imposed it."""
    for index in range(cue - 1, max(view.start, cue - 6) - 1, -1):
        word = view.lower(index)
        if word in CONDEMNING_VERBS:
            return True
        if word in {"and", ",", "but", ";"} or word in IMPOSING_VERBS:
            return False  # ("condemned the invasion and announced new sanctions …")
    return False


def _sector_measure_acted_on(view: SentenceView, cue: int) -> bool:
    """ "ruled out oil sanctions", "is weighing oil sanctions": a sector's measure that a verb
    of imposing, proposing or refusing governs (not "condemned the oil sanctions")."""
    if SINGLE_KINDS.get(view.lower(cue - 1)) != "sector":
        return False
    words = {view.lower(i) for i in range(max(view.start, cue - 6), cue - 1)}
    return bool(words & (IMPOSING_VERBS | PROPOSED | THREATENED))


OWNED_BY = frozenset(
    {
        ("belonging", "to"),
        ("owned", "by"),
        ("held", "by"),
        ("controlled", "by"),
        ("linked", "to"),  # "a yacht linked to Igor Sechin"
        ("tied", "to"),
    }
)


def _frozen_targets(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, end: int, facts: CaseFacts
) -> Targets:
    """'froze the (personal) assets of X', 'freezing X's assets', 'froze VTB's assets'."""
    if view.lower(cue.index) in FROZEN_PARTICIPLES:
        before = _frozen_before(article, view, cue.index, facts)
        if before is not None:
            return before  # "the assets of X were frozen", "X has had his assets frozen"
    for index in range(cue.index + 1, min(end, cue.index + 12)):
        if view.lower(index) in FROZEN_THINGS and view.lower(index + 1) == "of":
            return _parse_targets(article, view, index + 2, end, facts)
        owned = (view.lower(index + 1), view.lower(index + 2))
        if view.lower(index) in FROZEN_THINGS and owned in OWNED_BY:
            # "$7 billion in assets belonging to PDVSA"
            return _parse_targets(article, view, index + 3, end, facts)
        agent = _holder_after_a_place(view, index, end)
        if view.lower(index) in FROZEN_THINGS and agent > 0:
            # "froze any assets held in their jurisdictions by Putin and Lavrov"
            return _parse_targets(article, view, agent, end, facts)
        if view.lower(index) in FROZEN_THINGS:
            holders = forward_run(view, index + 1, end, set())
            if holders and view.lower(holders[-1].token_end) in HOLDING_VERBS:
                return Targets(named=holders)  # "froze any assets Putin and Lavrov hold"
    owners = []
    for index in range(cue.index + 1, min(end, cue.index + 12)):
        mention = view.mention_starting(index)
        if mention is not None and view.lower(mention.token_end) in {"'s", "’s", "'"}:
            owners.append(mention)
        if view.lower(index) in FROZEN_THINGS:
            # "froze $7bn of PDVSA assets": a name right before the assets owns them
            modifier = view.mention_ending(index - 1)
            if modifier is not None and modifier.kind != "demonym" and modifier not in owners:
                owners.append(modifier)
            break
    return Targets(named=owners)


HELD_PARTICIPLES = frozenset({"held", "owned", "controlled"})
HOLDER_REACH = 8  # tokens of "held in their jurisdictions by"


def _holder_after_a_place(view: SentenceView, thing: int, end: int) -> int:
    """Where the holder starts in "assets held <place> by X" (a place phrase between the
    participle and its agent), or -1."""
    if view.lower(thing + 1) not in HELD_PARTICIPLES:
        return -1
    for index in range(thing + 2, min(end, thing + HOLDER_REACH)):
        word = view.lower(index)
        if word == "by":
            return index + 1
        if word in {",", ";", ":"} or word in CLAUSE_BOUNDARIES:
            return -1
    return -1


FROZEN_PARTICIPLES = frozenset(
    {"frozen", "immobilised", "immobilized", "seized", "impounded", "confiscated"}
)
HOLDING_VERBS = frozenset({"hold", "holds", "held", "own", "owns", "owned", "have", "has", "had"})
OWNER_PRONOUNS = OWNING_DETERMINERS | {"whose"}


def _frozen_before(
    article: AnnotatedArticle, view: SentenceView, cue: int, facts: CaseFacts
) -> Targets | None:
    """The owner of assets named before a participle: "the assets of X were frozen",
    "X's assets were frozen", "X has had his assets frozen", "X, whose assets were frozen".
    None when no assets stand within a few words before it ("froze" in the active voice)."""
    thing = next(
        (
            i
            for i in range(cue - 1, max(view.start, cue - 5) - 1, -1)
            if view.lower(i) in FROZEN_THINGS
        ),
        -1,
    )
    if thing < 0:
        return None
    of = next((i for i in range(thing + 1, cue) if view.lower(i) == "of"), -1)
    if of >= 0:
        stop = next((i for i in range(of + 1, cue) if view.lower(i) in PASSIVE_AUXILIARIES), cue)
        return _parse_targets(article, view, of + 1, stop, facts)
    for position in range(thing - 1, max(view.start, thing - 3) - 1, -1):
        word = view.lower(position)
        if word in POSSESSIVES:
            owner = view.mention_ending(position - 1)
            return Targets(named=[owner] if owner is not None else [], before_cue=True)
        if word in OWNER_PRONOUNS:
            return Targets(named=_pronoun_owner(article, view, position), before_cue=True)
    return None


def _pronoun_owner(article: AnnotatedArticle, view: SentenceView, pronoun: int) -> list[Mention]:
    """Whom "his" / "whose" assets belong to: the clause's subject ("Cabello has had his
    assets frozen"), the antecedent of "whose", else the pronoun's antecedent."""
    start = clause_start(view, pronoun)
    if view.lower(pronoun) == "whose":
        return relative_antecedent(view, pronoun + 1, set())
    owners = nearest_run(view, start, pronoun, set(), frozenset())
    if not owners:
        word = {"his": "he", "her": "she", "its": "it", "their": "they"}[view.lower(pronoun)]
        owners = resolve_pronoun(article, view, pronoun, word, set())
    if any(m.sentence_id == view.sentence_id for m in owners):
        # "Putin, along with his henchman Lavrov, had his assets frozen": both
        return _merged(owners, companions_of(view, pronoun, set(), False, list(owners)))
    return owners


def _subject_targets(
    article: AnnotatedArticle, view: SentenceView, anchor: int, facts: CaseFacts
) -> Targets:
    """The subject before 'X has been under …', 'X was sanctioned', 'X was dropped from …'."""
    start = _past_reported_that(view, clause_start(view, anchor), anchor)
    run = nearest_run(view, start, anchor, set(), frozenset({"of"}))
    # "Seven Venezuelan officials were sanctioned": the demonym says whose officials
    run = [m for m in run if m.kind != "demonym"]
    if not run:
        run = (
            _named_before_relative(view, start)
            or relative_antecedent(view, start, set())
            or _apposition_antecedent(view, start)
        )
    members = [] if run else _members_listed_before(view, start, set())
    if members:  # "Dozens of officials, including Maduro, are already under US sanctions"
        head = clause_start(view, members[0].token_start - 2)
        group = _parse_targets(article, view, head, members[0].token_start - 2, facts)
        return Targets(named=members, groups=group.groups, before_cue=True)
    reported = view.lower(start - 1) == "that" and view.lower(start - 2) in REPORTING_VERBS
    if not run and not reported:  # (past "announced that" the subject names the reporters)
        run = [m for m in opening_run(view, anchor, set()) if m.kind != "demonym"]
    if run:
        # "Putin, along with his henchman Sergei Lavrov, had his assets frozen": both
        companions = companions_of(view, anchor, set(), after_cue=False, actors=list(run))
        return Targets(named=_merged(run, companions), before_cue=True)
    group = _anaphoric_group(article, view, start, anchor, facts)
    if group:
        return Targets(named=group, before_cue=True)
    end = anchor
    while end > start and view.lower(end - 1) in PASSIVE_AUXILIARIES | SUBJECT_ADVERBS:
        end -= 1
    unnamed = _parse_targets(article, view, start, end, facts) if end > start else Targets()
    if unnamed.groups:  # "Five officials were sanctioned by Washington"
        unnamed.before_cue = True
        return unnamed
    return Targets()


def _merged(first: Iterable[Mention], more: Iterable[Mention]) -> list[Mention]:
    """The mentions of ``first`` then those of ``more`` it does not hold, in order."""
    merged = list(first)
    seen = {m.entity_id for m in merged}
    for mention in more:
        if mention.entity_id not in seen:
            merged.append(mention)
            seen.add(mention.entity_id)
    return merged


def _past_reported_that(view: SentenceView, start: int, anchor: int) -> int:
    """Where a reported clause begins: "the EU announced that selected banks would be
    removed …", "Bolton said foreign companies risk US sanctions" (the reporters are not
    what the passive or the threat is about)."""
    for index in range(anchor - 1, start, -1):
        if view.lower(index) == "that" and view.lower(index - 1) in REPORTING_VERBS:
            return index + 1
        if view.lower(index) in REPORTING_VERBS and view.lower(index + 1) not in {"that", ","}:
            return index + 1  # (not an aside: "Companies …, Bolton added, could face …")
    return start


SUBJECT_ADVERBS = frozenset({"also", "already", "reportedly", "previously", "since", "been"})


def _named_before_relative(view: SentenceView, start: int) -> list[Mention]:
    """ "the assets of PDVSA, which is already under U.S. sanctions": the name right before
    ", which" is what the relative clause is about, company or not (the actor search behind
    ``relative_antecedent`` passes over companies, and found the sentence's subject)."""
    if view.lower(start - 1) not in {"which", "who"} or view.lower(start - 2) != ",":
        return []
    mention = view.mention_ending(start - 3)
    return [mention] if mention is not None and mention.kind != "demonym" else []


APPOSITION_HEAD_REACH = 6  # words of the description before a name in apposition


def _apposition_antecedent(view: SentenceView, start: int) -> list[Mention]:
    """'PDVSA, the state oil company, came under …': the name before the apposition; 'Its
    chief executive, Manuel Quevedo, was sanctioned': the name that is the apposition."""
    if view.lower(start - 1) != ",":
        return []
    named = view.mention_ending(start - 2)
    if named is not None and named.kind != "demonym" and view.lower(named.token_start - 1) == ",":
        head = clause_start(view, named.token_start - 1)
        if named.token_start - 1 - head <= APPOSITION_HEAD_REACH and not any(
            view.mention_covering(i) for i in range(head, named.token_start - 1)
        ):
            return [named]
    for index in range(start - 2, max(view.start, start - 10), -1):
        if view.lower(index) == ",":
            mention = view.mention_ending(index - 1)
            return [mention] if mention is not None and mention.kind != "demonym" else []
        if view.mention_covering(index) is not None or view.lower(index) in CLAUSE_BOUNDARIES:
            return []
    return []


def _anaphoric_group(
    article: AnnotatedArticle, view: SentenceView, first: int, last: int, facts: CaseFacts
) -> list[Mention]:
    """'both men', 'the two banks': the last two fitting names in the sentences before; 'the
    firm', 'the company': the last company named, in this sentence or the two before."""
    for index in range(first, last):
        if view.lower(index) in {"both", "two"}:
            noun = view.lower(index + 1)
            if noun in ANAPHORIC_GROUPS:
                return _last_two(article, view.sentence_id, ANAPHORIC_GROUPS[noun], facts)
            if index == first and view.lower(index) == "both" and noun in BOTH_VERBS:
                # "… sanctioned Cabello and El Aissami. Both were already under US sanctions."
                return _last_two(article, view.sentence_id, "person", facts)
    if view.lower(first) == "the" and view.lower(first + 1) in COMPANY_ANAPHORA:
        start = view.article.tokens.start(first)
        earlier = [
            m
            for m in article.mentions
            if m.end <= start
            and m.entity_id in facts.companies
            and m.sentence_id >= view.sentence_id - 2
        ]
        if earlier and view.mention_covering(first + 1) is None:
            return [earlier[-1]]
    return []


BOTH_VERBS = frozenset("were are have had has remain remained".split())
# "the firm", "the company": the company named last (a definite description of it)
COMPANY_ANAPHORA = frozenset({"firm", "company", "lender", "bank", "miner", "producer"})


COUNTRY_NOUNS = frozenset({"country", "nation"})
ANTECEDENT_REACH = 2  # sentences before the target's that "the country" may point back to


def _the_country_at(view: SentenceView, index: int) -> bool:
    """ "on the country" (not "on the country's oil sector", which is the sector)."""
    return (
        view.lower(index) == "the"
        and view.lower(index + 1) in COUNTRY_NOUNS
        and view.lower(index + 2) not in POSSESSIVES
        and view.lower(index + 2) != "'"
    )


def _country_antecedent(
    article: AnnotatedArticle, view: SentenceView, index: int, imposers: set[str]
) -> Mention | None:
    """The country "the country" points back to, never the imposer: the first one named
    before it, in its own sentence ("After Russia invaded Ukraine, the EU imposed sanctions
    on the country": Russia) or else in the nearest sentence before that names one, as a
    sentence's subject is the likeliest topic ("Russia invaded Ukraine. The EU imposed
    sanctions on the country": Russia)."""
    limit = view.char(index)
    own = [m for m in view.mentions if m.start < limit]
    for mention in own:
        country = _country_of(mention, imposers)
        if country is not None:
            return country
    for sentence_id in range(view.sentence_id - 1, view.sentence_id - 1 - ANTECEDENT_REACH, -1):
        for mention in article.mentions_in(sentence_id) if sentence_id >= 0 else []:
            country = _country_of(mention, imposers)
            if country is not None:
                return country
    return None


def _country_of(mention: Mention, imposers: set[str]) -> Mention | None:
    """A mention as the country it names or (an official) stands for, unless an imposer."""
    country = mention.entity_id if mention.entity_type == "country" else mention.party_id
    if country is None or not country.startswith("country:") or country in imposers:
        return None
    if mention.entity_type == "country":
        return mention
    name = org_names().get(country, country)
    return mention._replace(entity_id=country, entity_type="country", name=name, kind="party")


def _last_two(
    article: AnnotatedArticle, sentence_id: int, entity_type: str, facts: CaseFacts
) -> list[Mention]:
    """The last two of a kind named in the five sentences before this one ("both men",
    "the two banks"); organisations only when they are companies."""
    return last_two_named(
        article,
        article.sentences[sentence_id].start,
        sentence_id - 5,
        lambda m: (
            m.entity_type == entity_type
            and (entity_type != "org" or m.entity_id in facts.companies)
        ),
    )


# --- target phrases ------------------------------------------------------------------------------


def _pronoun_target(article: AnnotatedArticle, view: SentenceView, index: int) -> list[Mention]:
    """Whom "him" names: a person earlier in the sentence, else the subject of the sentence
    before: its first person not after a preposition ("Cristopher Figuera broke with Maduro
    and left. The Treasury lifted sanctions on him." is Cristopher Figuera)."""
    resolved = resolve_pronoun(article, view, index, "he", set())[:1]
    if not resolved or resolved[0].sentence_id == view.sentence_id:
        return resolved
    sentence_id = resolved[0].sentence_id
    first, end = article.token_range(sentence_id)
    whole = SentenceView(article, sentence_id, first, end, tuple(article.mentions_in(sentence_id)))
    standing = [
        m
        for m in whole.mentions
        if m.entity_type == "person" and not governed_by_preposition(whole, m, frozenset())
    ]
    return standing[:1] or resolved


def _object_pronoun(view: SentenceView, index: int) -> bool:
    """'him', or 'her' not owning a noun ('banned her from …', not 'froze her assets')."""
    word, following = view.lower(index), view.lower(index + 1)
    return word == "him" or (
        word == "her" and (following in TARGET_STOPS or not following.isalpha())
    )


# Tokens a target phrase may span: a list of four banks, each with its apposition
TARGET_PHRASE_REACH = 40


def _parse_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, end: int, facts: CaseFacts
) -> Targets:
    """Read a target phrase: names, counted groups, a singular kind, and named members."""
    targets = Targets()
    negative = view.lower(first) in {"no", "none"}
    if negative and view.lower(first + 1) not in {"fewer", "more", "less"}:
        return targets  # "no government … has faced a US asset freeze": nobody targeted
    if _object_pronoun(view, first):  # "froze the assets of X and banned him from entering"
        targets.named.extend(_pronoun_target(article, view, first))
        if (view.lower(first + 1), view.lower(first + 2)) in CO_TARGET_PAIRS:
            # "blacklisting him along with other businessmen": the companions too
            more = _parse_targets(article, view, first + 3, end, facts)
            targets.named.extend(m for m in more.named if m not in targets.named)
            targets.groups.extend(more.groups)
        return targets
    if _the_country_at(view, first):
        targets.the_country = first
        return targets
    anaphoric = _anaphoric_group(article, view, first, min(end, first + 3), facts)
    if anaphoric:
        targets.named.extend(anaphoric)
        return targets
    index, count, after_quantity = first, None, False
    stop = min(end, first + TARGET_PHRASE_REACH)
    while index < stop:
        word, following = view.lower(index), view.lower(index + 1)
        mention = view.mention_starting(index)
        if mention is not None and _subject_of_a_bare_relative(view, mention):
            break  # "the seven officials Brussels had listed": who listed them, no target
        if mention is not None and _next_clause_subject(view, mention, first):
            break  # "… central bank as well, and Prime Minister Fumio Kishida has said …"
        if mention is not None:
            groups = len(targets.groups)
            index = _take_mention(view, mention, targets, count)
            if len(targets.groups) > groups:
                count = None  # "70 Venezuelans" took the count; "43 Venezuelan officials" not
            after_quantity = False
            continue
        step = _glue_step(view, index, targets)
        if step > 0:
            index += step
            continue
        if step < 0:
            break
        value = _count(word)
        if value is not None or word in QUANTIFIER_NOUNS:
            count = value if value is not None else count
            after_quantity = True
        elif word == "of":
            past_origin = _past_origin(view, index, targets)
            if past_origin > 0:
                index = past_origin  # "Igor Sechin of Rosneft, …": the list goes on
                continue
            person = _person_after_a_title(view, index)
            if person > 0:
                index = person  # "Secretary of State Antony Blinken": a title, then the name
                continue
            if not after_quantity:
                break  # "officials of Maduro's government": what follows qualifies them
        elif word in REFLEXIVES or word in POSSESSIVES or word in HONORIFICS:
            pass  # "Maduro himself", "the assets of Mr. Putin"
        elif word in GROUP_KINDS and (word != "those" or following in TARGET_STOPS):
            if not (targets.named and count == len(targets.named)):
                targets.groups.append((GROUP_KINDS[word], count))
            # else: "Sberbank and VTB, Russia's two largest banks" describes the named two
            count, after_quantity = None, False
            if following.endswith("ing") and following.isalpha() and following not in GROUP_KINDS:
                break  # "companies propping up Maduro": whom they prop up is no target
        elif (
            word in SINGLE_KINDS
            and view.lower(index - 1) == "any"
            and SINGLE_KINDS[word]
            in (
                "person",
                "company",
            )
        ):
            # "on any individual who …", "any company that …": whoever it may be, a group
            targets.groups.append(("people" if SINGLE_KINDS[word] == "person" else "company", None))
            after_quantity = False
        elif word == "state" and following in STATE_HOLDINGS:
            targets.single = "government"  # "Venezuelan state assets", "the Russian state itself"
            after_quantity = False
        elif word in SINGLE_KINDS:
            # The head noun comes last ("gold mining company"), but a government's bonds or
            # debt are the government's, and so is sovereign debt
            if word in SOVEREIGN_INSTRUMENTS and view.lower(index - 1) == "sovereign":
                targets.single = "government"
            elif targets.single != "government":
                targets.single = SINGLE_KINDS[word]
            after_quantity = False
        elif word in DETERMINERS:
            pass
        elif word in TARGET_STOPS or word in TARGET_PREPOSITIONS or word in PHRASE_ENDS:
            break
        elif word in DASHES and view.lower(index - 1) in GROUP_KINDS:
            closing = _dashed_members(view, index, stop, targets)
            if closing < 0:
                break
            index = closing + 1  # "five banks - A, B and C - and three individuals: …"
            continue
        elif view.lower(index - 1) == "-" and NOUN_WORD.match(word):
            after_quantity = False  # a compound modifier's second half ("state-backed")
        elif word in FREEZE_WORDS or word in VERB_MEASURES or word in IMPOSING_VERBS:
            break  # "on PDVSA and frozen the assets of …": the next predicate
        elif NOUN_WORD.match(word) or word in TITLE_WORDS or word == "-":
            after_quantity = False  # an adjective inside the noun phrase ("state-run")
        else:
            break
        index += 1
    _add_members(view, index, end, targets)
    return targets


DASHES = frozenset({"-", "–", "—"})
DASH_LIST_REACH = 30  # tokens of " - Rossiya, IS Bank, General Bank, Promsvyazbank and … - "


def _dashed_members(view: SentenceView, dash: int, stop: int, targets: Targets) -> int:
    """The members a group lists between dashes ("five Russian banks - Rossiya, IS Bank and
    Promsvyazbank - and …"): its named members join the targets; the closing dash's index,
    or -1 when no list closes there (a dash opening an aside about something else)."""
    end = min(view.end, dash + DASH_LIST_REACH)
    closing = next((i for i in range(dash + 1, end) if view.lower(i) in DASHES), -1)
    if closing < 0 or closing > max(stop, dash + 2) + DASH_LIST_REACH:
        return -1
    wanted = {{"people": "person", "company": "org"}.get(targets.groups[-1][0])}
    for mention in view.mentions:
        inside = dash < mention.token_start and mention.token_end <= closing
        if inside and mention.entity_type in wanted and mention not in targets.named:
            targets.named.append(mention)
    return closing


CO_TARGET_PAIRS = frozenset({("along", "with"), ("together", "with")})


INVERTED_COPULAS = frozenset({"was", "were", "is", "are"})


def _among_inverted(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, facts: CaseFacts
) -> Targets | None:
    """ "Among the 15 people added to the EU's asset-freeze list was Roman Abramovich": the
    group listed opens the sentence after "Among", the named members follow the inverted
    copula. None when the sentence is not so built."""
    first = cue.verb if cue.verb >= 0 else cue.index
    if view.lower(view.start) != "among" or first <= view.start:
        return None
    copula = next(
        (
            i
            for i in range(cue.index + 1, min(view.end, cue.index + 8))
            if view.lower(i) in INVERTED_COPULAS
        ),
        -1,
    )
    if copula < 0 or any(view.lower(i) in CLAUSE_BOUNDARIES for i in range(cue.index, copula)):
        return None
    named = forward_run(view, copula + 1, clause_end(view, copula + 1), set())
    if not named:
        return None
    groups = _parse_targets(article, view, view.start + 1, first, facts).groups
    return Targets(named=list(named), groups=groups)


def _person_after_a_title(view: SentenceView, of: int) -> int:
    """ "Secretary of State Antony Blinken", "the President of Belarus Alexander Lukashenko",
    "Chief of the General Staff Valery Gerasimov": "of" between a title word and the rest of
    the title, a person's name right after it. Where the name starts, or -1 (the place or
    body inside the title is no target)."""
    if view.lower(of - 1) not in TITLE_WORDS:
        return -1
    tokens = view.article.tokens
    for index in range(of + 1, min(view.end, of + 6)):
        mention = view.mention_starting(index)
        if mention is not None and mention.entity_type == "person":
            return index
        if mention is not None:
            continue
        if view.lower(index) != "the" and not tokens.text(index)[:1].isupper():
            return -1
    return -1


def _past_origin(view: SentenceView, of: int, targets: Targets) -> int:
    """After a named person, "of Rosneft" / "of Zulia" says where they are from, not one
    more target: the index past it when the list goes on after it (a comma, "and"), else -1."""
    if not targets.named or targets.named[-1].token_end != of:
        return -1
    if targets.named[-1].entity_type != "person":
        return -1
    named = view.mention_starting(of + 1)
    end = named.token_end if named is not None else of + 1
    tokens = view.article.tokens
    while named is None and end < view.end and tokens.text(end)[:1].isupper() and end - of <= 3:
        end += 1  # a place no gazetteer lists: "of Carabobo"
    if end == of + 1 or view.lower(end) not in {",", "and"}:
        return -1
    return end


CLAUSE_VERBS_AFTER_SUBJECT = frozenset(
    """has have had is are was were will would said says told added warned""".split()
)


def _next_clause_subject(view: SentenceView, mention: Mention, first: int) -> bool:
    """A name after ", and" (past its titles) with an auxiliary or a verb of saying right
    after it opens the next clause: its subject, not one more target."""
    if view.lower(mention.token_end) not in CLAUSE_VERBS_AFTER_SUBJECT:
        return False
    before = mention.token_start - 1
    while before > first and (view.lower(before) in TITLE_WORDS or view.lower(before) == "the"):
        before -= 1
    return view.lower(before) == "and" and view.lower(before - 1) == ","


def _subject_of_a_bare_relative(view: SentenceView, mention: Mention) -> bool:
    """A name right after a group's noun and before an auxiliary opens a relative clause
    with no "that" ("the seven officials Brussels had listed", "18 officials Washington has
    accused of torture"): it is that clause's subject."""
    return view.lower(mention.token_start - 1) in GROUP_KINDS and view.lower(mention.token_end) in {
        "had",
        "has",
        "have",
    }


def _glue_step(view: SentenceView, index: int, targets: Targets) -> int:
    """Tokens to skip for list glue and hedges (> 0), 0 for a content word, -1 to stop."""
    word, following = view.lower(index), view.lower(index + 1)
    if word in {"and", "or", "&"}:
        if following in TARGET_PREPOSITIONS | {"of"}:
            return 2  # "and on its president"
        last = targets.named[-1] if targets.named else None
        if last is not None and following == view.lower(last.token_start - 1) == "to":
            return 2  # "belonging to Gennady Timchenko and to Alexei Mordashov"
        return 1
    if word == "as":
        return 3 if following == "well" else -1
    if word in {"along", "together"} and following == "with":
        skip = _co_target_skip(view, index + 2)
        return 2 + skip if skip >= 0 else -1
    if word == ",":
        if _list_continues(view, index) or _as_well_as(view, index + 1):
            return 1  # (", as well as BANDES")
        if (following, view.lower(index + 2)) in CO_TARGET_PAIRS:
            # "sanctioning Putin himself, along with his foreign minister, Lavrov"
            skip = _co_target_skip(view, index + 3)
            if skip >= 0:
                return 3 + skip
        aside = _parenthetical_end(view, index)
        if aside > 0 and view.lower(index - 1) == "and":
            return aside - index  # "on PDVSA and, last week, on BANDES"
        resumed = _after_apposition(view, index, targets.named[-1] if targets.named else None)
        if resumed > 0 and targets.named:
            return resumed - index  # "on Nord Stream 2 AG, the company behind it, and on …"
        if (targets.groups or targets.single or targets.named) and _apposition_follows(view, index):
            return 1  # "two banks, VEB and PSB", "its president, Adrián Perdomo"
        return -1
    if (word, following) in HEDGE_PAIRS:
        return 2
    if word in {"since", "in"} and targets.named and date_word(following):
        # "has sanctioned PDVSA since January and dozens of officials since 2015": the date of
        # one target, then the list goes on
        glue = next((i for i in range(index + 2, index + 5) if view.lower(i) in {"and", ","}), -1)
        if glue > 0 and all(date_word(view.lower(i)) for i in range(index + 1, glue)):
            return glue - index
    if word in COUNT_HEDGES and (
        _count(following) is not None
        or (following in COUNT_HEDGES and _count(view.lower(index + 2)))
    ):
        return 1  # "well over 100 officials", "some 40 companies"
    return 1 if word in HEDGE_WORDS else 0


# Hedges that are other words too ("over the border", "some officials"): hedges only before
# a count
COUNT_HEDGES = frozenset({"over", "well", "some", "just", "under", "an", "estimated"})


PARTNER_NOUNS = ALLY_NOUNS | {"partner", "partners", "counterparts", "neighbours", "neighbors"}


def _co_target_skip(view: SentenceView, index: int) -> int:
    """Tokens to skip after "along with" to reach more targets (2 past "those of" in "the
    assets of X, along with those of Y"), or -1 when a companion who imposes follows."""
    if (view.lower(index), view.lower(index + 1)) == ("those", "of"):
        return 2 if _co_target_at(view, index + 2) else -1
    return 0 if _co_target_at(view, index) else -1


def _co_target_at(view: SentenceView, index: int) -> bool:
    """After "along with": more targets ("BANDES, along with four of its subsidiaries", "…
    along with his wife", "along with Banco Prodem"), not a companion who imposes with the
    subject ("sanctions on Russia, along with the United States"): a count, a possessive, a
    person or a company the text names as one."""
    word = view.lower(index)
    if word in {"its", "their"} and not PARTNER_NOUNS.isdisjoint(
        window_words(view, index, index + 4)
    ):
        return False  # "…, along with its G7 partners": the imposer's, who impose with it
    if _count(word) is not None or word in OWNER_PRONOUNS:
        return True
    mention = view.mention_starting(index)
    return mention is not None and (mention.entity_type == "person" or mention.kind == "detected")


def _as_well_as(view: SentenceView, index: int) -> bool:
    return (view.lower(index), view.lower(index + 1), view.lower(index + 2)) == ("as", "well", "as")


def _take_mention(view: SentenceView, mention: Mention, targets: Targets, count: int | None) -> int:
    """Add a name to the targets when it is one; return the index after it."""
    following = view.lower(mention.token_end)
    if mention.kind == "demonym":
        plural = mention.surface.lower().endswith("s") and following != "-"  # not "Swiss-based"
        if plural and not view.mention_starting(mention.token_end):
            targets.groups.append(("people", count))  # "70 Venezuelans"
        return mention.token_end
    if following in {"'s", "’s", "'"}:
        return mention.token_end + 1  # a possessor: "Venezuela's central bank"
    if mention.entity_type == "person" and following in GROUP_KINDS:
        return mention.token_end  # "43 Maduro officials": whose officials, not a target
    governing = mention.surface.lower().endswith(("government", "regime"))
    if governing and following in SINGLE_KINDS:
        targets.single = "government"  # "Venezuelan government debt" (a case alias)
        return mention.token_end
    if mention.entity_type == "org" and following in OFFICE_WORDS:
        return mention.token_end  # "Igor Sechin, the Rosneft chief executive": his title
    if following == "-" and view.lower(mention.token_end + 1) in PLACE_COMPOUNDS:
        return mention.token_end  # "a Moscow-based bank": where it is, not what is targeted
    if mention.entity_type == "country" and (following in SINGLE_KINDS or following in GROUP_KINDS):
        if mention.surface.lower().endswith(("government", "regime")):
            targets.single = "government"  # "Russian government bonds"
        return mention.token_end  # a modifier: "a Caracas judge", "Russia state banks"
    if mention.entity_type == "country" and following in HOLDER_NOUNS:
        return mention.token_end  # "Venezuela bondholders": a modifier
    if mention.entity_type in {"person", "org", "country"}:
        targets.named.append(mention)
    return mention.token_end


# Second halves of a compound that make a name a place or a tie, not a target.
PLACE_COMPOUNDS = frozenset(
    """based registered headquartered linked owned run controlled backed funded financed
    allied""".split()
)
# Nouns a country's name may modify without being the measure's target.
HOLDER_NOUNS = frozenset("bondholders creditors investors holders".split())
# Words after a company's name that make it part of a person's title.
OFFICE_WORDS = frozenset(
    """chief executive ceo chairman chairwoman boss head president director founder owner
    co-founder""".split()
)


# Words that may follow an item of a list of targets (anything else, a verb, ends the list).
LIST_ITEM_ENDS = frozenset(
    {"and", "or", "as", "who", "which", "whose", "in", "on", "over", "for", "the", "its", "their"}
    | {"among", "included"}  # "…, Maduro among them", "…, Cabello included"
    | {"of", "from"}  # "Omar Prieto of Zulia, Rafael Lacava of Carabobo": where they are from
) | frozenset(POSSESSIVES)


# Auxiliaries that open a second predicate with no subject of its own ("… but has not …").
def _second_predicate(view: SentenceView, start: int) -> bool:
    """Does the clause at ``start`` open on a verb group right after "and" / "but" (an aside
    set off by commas may stand between: "and, a week later, imposed …")?"""
    before = start - 1
    if view.lower(before) == ",":
        comma = next(
            (
                i
                for i in range(before - 1, max(view.start, before - 6) - 1, -1)
                if view.lower(i) == ","
            ),
            -1,
        )
        if comma < 0:
            return False
        before = comma - 1
    if view.lower(before) not in {"but", "and"}:
        return False
    word = view.lower(start)
    participle = word.endswith("ed") or word in FROZEN_PARTICIPLES
    return word in SUBJECTLESS_OPENERS or (participle and before != start - 1)


SUBJECTLESS_OPENERS = frozenset(
    """has have had did does do would will is was were are also then later refuses declines
    says insists continues plans wants intends remains threatens warns vows promises pledges
    agrees seeks""".split()
)
GOVERNMENT_HEADS = ("government", "regime", "administration", "cabinet")


def _governments_unnamed(targets: Targets) -> None:
    """A person's name for their government ("Venezuelan government assets", "the Maduro
    regime") targets the government, not the person."""
    governments = [m for m in targets.named if _names_a_government(m)]
    if governments:
        targets.named = [m for m in targets.named if not _names_a_government(m)]
        targets.single = targets.single or "government"


def _names_a_government(mention: Mention) -> bool:
    return mention.entity_type == "person" and mention.surface.lower().endswith(GOVERNMENT_HEADS)


def _list_continues(view: SentenceView, comma: int) -> bool:
    """Is the comma part of a list of targets ('on A, B and C', 'on 43 officials, 12 firms',
    'on A, and on its president', 'on A and, last week, on B')?"""
    nxt = comma + 1
    if view.lower(nxt) == "and" and view.lower(nxt + 1) in TARGET_PREPOSITIONS | {"of"}:
        return True
    while view.lower(nxt) in DETERMINERS | {"and", "on", "of"}:
        nxt += 1
    if _finite_verb_soon(view, nxt):
        return False  # "…, and 19 European Union countries have recognised X": a new clause
    for step in range(4):  # "…, the state gold miner Minerven and …": a described name
        mention = view.mention_starting(nxt + step)
        if mention is not None:
            return not _starts_a_clause(view, mention)
        word = view.lower(nxt + step)
        if step == 0 and _count(word) is not None:
            return True
        if not word.isalpha() or word.endswith(("ed", "ing")) or word in TARGET_STOPS:
            return False
        if word in SUBORDINATORS or word == "as":
            return False  # "…, as the Trump administration keeps …": a clause of its own
    return False


CLAUSE_AUXILIARIES = frozenset("have has had is are was were will would".split())


def _finite_verb_soon(view: SentenceView, first: int) -> bool:
    """Does an auxiliary follow within a short noun phrase from ``first`` ("19 European Union
    countries have …"), before any comma or "and"? Then the words open a clause."""
    for index in range(first, min(view.end, first + 6)):
        word = view.lower(index)
        if word in {",", "and", "or", ";"}:
            return False
        if word in CLAUSE_AUXILIARIES:
            return index > first
    return False


def _starts_a_clause(view: SentenceView, mention: Mention) -> bool:
    """Is a name after a comma the subject of the next clause, with a verb right after it
    ("In addition to US sanctions on PDVSA, Canada imposed …"), not one more target?"""
    following = view.lower(mention.token_end)
    if following == "," and view.lower(mention.token_end + 1) in RELATIVE_WORDS:
        # "…, and even Switzerland, which has guarded its neutrality, adopted …": the
        # predicate after the aside makes it a subject
        return relative_aside_close(view, mention.token_end + 2) >= 0
    return (
        following.isalpha()
        and following not in LIST_ITEM_ENDS
        and following not in REFLEXIVES
        and following not in GROUP_KINDS
        and following not in SINGLE_KINDS
        and following not in OFFICE_WORDS  # "the VTB chairman Andrey Kostin": a title
        and following not in TITLE_WORDS
    )


def _parenthetical_end(view: SentenceView, comma: int) -> int:
    """', last week, on B' / ', in April, the central bank': where the target after a short
    aside starts (past its preposition), or -1."""
    for index in range(comma + 1, min(view.end, comma + 6)):
        if view.lower(index) == ",":
            nxt = view.lower(index + 1)
            if nxt in TARGET_PREPOSITIONS:
                return index + 2
            # "Minerven and, in April, the central bank": a name right after the aside
            named = view.mention_starting(index + 1) or (
                view.mention_starting(index + 2) if nxt in {"the", "its"} else None
            )
            return index + 1 if named is not None else -1  # (the target's first token)
        if view.mention_starting(index) is not None:
            return -1
    return -1


APPOSITION_REACH = 14  # tokens of ", a Geneva-based subsidiary of the Russian oil giant,"


def _after_apposition(view: SentenceView, comma: int, named: Mention | None = None) -> int:
    """', the company behind the project, and on …', ', the national development bank, along
    with four of its subsidiaries', ', the state gold miner known as Minerven, and its
    president': the index of that 'and' ('along'), or -1. The apposition may restate the
    name before it (``named``), no other. A relative aside on a named person may stand there
    too ("Alisher Usmanov, whose superyacht is laid up in Hamburg, as well as Dmitry
    Peskov")."""
    if view.lower(comma + 1) in {"who", "whose"} and named is not None:
        return _after_relative_aside(view, comma) if named.entity_type == "person" else -1
    if view.lower(comma + 1) not in DETERMINERS:
        return -1
    for index in range(comma + 2, min(view.end, comma + APPOSITION_REACH)):
        if view.lower(index) == ",":
            return index + 1 if _list_resumes(view, index + 1) else -1
        mention = view.mention_starting(index)
        restates = (
            named is not None and mention is not None and mention.entity_id == named.entity_id
        )
        if mention is not None and not restates and not _place_modifier(view, mention):
            return -1
        if view.lower(index) in CLAUSE_BOUNDARIES and view.lower(index) not in RELATIVES:
            return -1  # ("the lawmaker who claimed the presidency" still describes)
    return -1


RELATIVES = frozenset({"who", "whose", "which", "that"})
RELATIVE_ASIDE_REACH = 20  # tokens of ", whose superyacht Dilbar is laid up in a Hamburg shipyard,"


def _after_relative_aside(view: SentenceView, comma: int) -> int:
    """Where the list resumes after a relative aside closed by a comma, or -1."""
    for index in range(comma + 2, min(view.end, comma + RELATIVE_ASIDE_REACH)):
        word = view.lower(index)
        if word == ",":
            resumes = _list_resumes(view, index + 1) or _as_well_as(view, index + 1)
            return index + 1 if resumes else -1
        if word in {";", ":", "—", "–", "(", ")"}:
            return -1
    return -1


def _place_modifier(view: SentenceView, mention: Mention) -> bool:
    """A country inside a description, as a possessor or after "of"/"in" ("the trading arm of
    Russia's oil giant"): it describes, and names no other target."""
    if mention.entity_type != "country":
        return False
    return view.lower(mention.token_end) in {"'s", "’s"} or view.lower(mention.token_start - 1) in {
        "of",
        "in",
        "from",
    }


def _list_resumes(view: SentenceView, index: int) -> bool:
    """After an apposition's closing comma: "and on …", "and its president", "along with …"."""
    word, following = view.lower(index), view.lower(index + 1)
    if word == "and":
        named = view.mention_starting(index + 1)
        if named is not None and named.entity_type == "person":
            return True  # "Luis Parra, the lawmaker who …, and Juan José Mendoza"
        counted = view.lower(index + 2)
        if _count(following) is not None and (counted in MORE_WORDS or counted in GROUP_KINDS):
            return True  # "Roman Abramovich, the owner of Chelsea, and six other oligarchs"
        return following in TARGET_PREPOSITIONS | OWNER_PRONOUNS | {"of"}
    return word in {"along", "together"} and following == "with" and _co_target_at(view, index + 2)


def _apposition_follows(view: SentenceView, comma: int) -> bool:
    """A name right after the comma ('its president, Adrián Perdomo Mata')."""
    nxt = comma + 1
    while view.lower(nxt) in TITLE_WORDS or view.lower(nxt) in {"mr", "ms", "mrs"}:
        nxt += 1
    mention = view.mention_starting(nxt)
    return mention is not None and mention.kind != "demonym" and not _starts_a_clause(view, mention)


def _add_members(view: SentenceView, index: int, end: int, targets: Targets) -> None:
    """Named members of a group: '…, among them A, B and C', '…: A, B and C', 'including A'."""
    wanted = {{"people": "person", "company": "org"}.get(kind) for kind, _ in targets.groups}
    wanted.discard(None)
    if targets.single == "government" and not targets.named:
        wanted.add("org")  # "the Government of Venezuela, including the central bank and PDVSA"
        targets.members_of_single = True
    if not wanted:
        return
    marker = -1
    for position in range(index, end):
        word = view.lower(position)
        if word in MEMBER_MARKERS or word == ":" or (word == "among" and position + 1 < end):
            marker = position
            break
    if marker < 0:
        _add_counted_apposition(view, index, end, targets, wanted)
        return
    known = {m.entity_id for m in targets.named}
    first, last = marker, end
    if view.lower(marker) == "among" and _names_before_among(view, index, marker):
        first, last = index - 1, marker  # "dozens of officials, Maduro among them"
    else:
        last = _subordinate_clause_at(view, marker + 1, last)
    for mention in view.mentions:
        if not first < mention.token_start < last:
            continue
        if _starts_a_clause(view, mention):
            break  # "…, including X, Prime Minister Theresa May told parliament"
        if mention.entity_type not in wanted:
            continue
        if view.lower(mention.token_start - 1) in {"of", "to", "in", "with", "by"}:
            continue  # "the owner of Chelsea", "the head of Rosneft"
        if view.lower(mention.token_end) in POSSESSIVES or mention.entity_id in known:
            continue
        targets.named.append(mention)
        known.add(mention.entity_id)


def _subordinate_clause_at(view: SentenceView, first: int, end: int) -> int:
    """Where a subordinate clause set off by a comma starts in [first, end) ("…, including 107
    former diplomats, as the Trump administration keeps …"): the members end there."""
    for position in range(first, end):
        following = view.lower(position + 1)
        opens = following in SUBORDINATORS or following == "as"
        if view.lower(position) == "," and opens and not _as_well_as(view, position + 1):
            return position
    return end


def _names_before_among(view: SentenceView, index: int, among: int) -> bool:
    """ "…, Maduro among them": names set off by a comma right before a closing "among them"."""
    if view.lower(among + 1) not in {"them", "those"} or view.lower(index) != ",":
        return False
    return view.mention_starting(index + 1) is not None


def _add_counted_apposition(
    view: SentenceView, index: int, end: int, targets: Targets, wanted: set[str | None]
) -> None:
    """ "three billionaires close to the Kremlin, Gennady Timchenko, Boris Rotenberg and Igor
    Rotenberg": as many names as the group counts, listed after a comma, are its members."""
    counts = [count for _, count in targets.groups if count]
    if len(counts) != 1:
        return
    comma = next((i for i in range(index, min(end, index + 8)) if view.lower(i) == ","), -1)
    if comma < 0:
        return
    names: list[Mention] = []
    position = comma + 1
    while position < end:
        mention = view.mention_starting(position)
        if mention is not None and mention.entity_type in wanted:
            names.append(mention)
            position = mention.token_end
        elif view.lower(position) in {",", "and"}:
            position += 1
        else:  # "… and the Bolivian lender Banco Prodem": a description before the name
            described = _described_name(view, position, end)
            if described is None or described.entity_type not in wanted:
                break
            position = described.token_start
    if len(names) == counts[0]:
        targets.named.extend(m for m in names if m not in targets.named)


DESCRIPTION_REACH = 4  # words of a description before a listed name ("the Bolivian lender")


def _described_name(view: SentenceView, position: int, end: int) -> Mention | None:
    """The name after a short description in a list ("the Bolivian lender Banco Prodem"): a
    determiner, demonyms and lower-case nouns, then a name; None when anything else comes."""
    for index in range(position, min(end, position + DESCRIPTION_REACH + 1)):
        mention = view.mention_starting(index)
        if mention is not None and mention.kind != "demonym":
            return mention if index > position else None
        if mention is None and not NOUN_WORD.match(view.lower(index)):
            return None
    return None


@lru_cache(maxsize=512)
def _count(word: str) -> int | None:
    """A count word or number: '43', 'four', 'dozen', '1,200' (not years)."""
    if NUMBER.match(word):
        value = int(word.replace(",", ""))
        return None if 1900 <= value <= 2100 and "," not in word else value
    if not word.isalpha():
        return None
    quantities = parse_quantities(word)
    if len(quantities) == 1 and quantities[0].text.lower() == word:
        return int(quantities[0].value)
    return None


# --- imposers ------------------------------------------------------------------------------------


PASSIVE_IMPOSER_REACH = 3  # sentences back to the imposer an agentless passive continues


BE_GOVERNORS = frozenset("to will would could can may might must should shall not n't 'll".split())


def _demanded_passive(view: SentenceView, verb: int) -> bool:
    """ "insisted that Patriarch Kirill … be dropped from the list": a bare "be" with no
    modal or "to" before it is a demand's subjunctive, no act of the imposer just named."""
    auxiliary = verb - 1
    while view.lower(auxiliary) in {"also", "then", "later"}:
        auxiliary -= 1
    return view.lower(auxiliary) == "be" and view.lower(auxiliary - 1) not in BE_GOVERNORS


def _imposers(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    targets: Targets,
    exclude: set[str],
    modifier_start: int,
    context: _CueContext,
) -> tuple[list[Mention], int]:
    """Who imposes, and the first token of the window the status is read from (``context``:
    the recent imposers, what was just targeted, the case's contested parties)."""
    recent, just_targeted, recent_at, _, contested = context
    pronoun_exclude = exclude | just_targeted  # a pronoun is not what was just sanctioned
    anchor = cue.verb if cue.form in {"swift", "list_add", "list_drop"} else cue.index
    if targets.verb >= 0:
        anchor = targets.verb
    if modifier_start >= 0:  # "X has been under US and EU sanctions"
        run = [m for m in _modifier_run(view, cue.index) if m.entity_id not in exclude]
        # "X is already under sanctions from the US and Canada"
        run = run or _source_after(view, cue.index, exclude)
        # (a factbox bullet: "* VTB placed under full blocking sanctions" under its state)
        run = run or heading_actors(article, view.sentence_id, exclude)
        return run, clause_start(view, modifier_start)
    if cue.form == "noun" and view.lower(cue.index + 1) in SOURCE_PARTICIPLES:
        source = _source_after(view, cue.index, exclude)
        if source:  # "Russia condemned the sanctions imposed by Washington on PDVSA"
            return source, cue.index  # (what the sentence's subject does to them is not theirs)
        if _condemned(view, cue.index):
            return [], cue.index  # "Russia condemned the sanctions imposed on Gazprom"
    passive = _by_agent(view, cue, exclude)
    if passive:
        return passive, clause_start(view, anchor)
    heading = heading_actors(article, view.sentence_id, exclude)
    if heading and not _subject_run(view, clause_start(view, anchor), anchor, exclude):
        return heading, clause_start(view, anchor)  # a factbox bullet under "UNITED STATES"
    destination = _barred_destination(view, cue) if _is_passive(view, cue) else []
    if destination:
        return destination, clause_start(view, anchor)  # "X is barred from entering the UK"
    # "X was dropped from the list", "X would be added to the list": a passive listing
    dropped = cue.form in {"list_drop", "list_add"} and view.lower(cue.verb - 1) in (
        PASSIVE_AUXILIARIES
    )
    # (a passive with no agent looks back a paragraph for the last imposer: "The Treasury
    # imposed sanctions on Arreaza. … In March, Minerven and its president were designated")
    last_imposed = max(recent_at, recent[0].sentence_id) if recent else -PASSIVE_IMPOSER_REACH - 1
    recent_enough = last_imposed >= view.sentence_id - PASSIVE_IMPOSER_REACH
    owner = _modifier_run(view, cue.index) if dropped else []
    if owner:
        return owner, clause_start(view, anchor)  # "X was added to the US sanctions list"
    passive = _is_passive(view, cue) or dropped or targets.passive
    if passive and recent_enough and not _demanded_passive(view, anchor):
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
    if cue.form in {"freeze", "verb", "visa", "swift"} and joined_at >= 0:
        # "has imposed sanctions on PDVSA and frozen the assets of …", "… and later that
        # month blacklisted BANDES": the sentence's subject
        shared = _opening_pronoun(article, view, joined_at + 1, pronoun_exclude) or opening_run(
            view, joined_at + 1, exclude, across=True
        )
        if shared:
            return shared, shared[-1].token_end
    conj = _and_imposing(view, start, anchor)
    if conj >= 0:  # "… cut Sberbank out of the US financial system and imposed sanctions on VTB"
        shared = _opening_pronoun(article, view, conj, pronoun_exclude) or opening_run(
            view, conj, exclude | set(just_targeted), across=True
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
    issuer = _issuer_of_text(view, start, exclude)
    if issuer:
        return issuer, start  # "Trump signed an order that imposes sanctions on PDVSA"
    if recent_enough and recent and _decision_subject(view, anchor):
        # "EU leaders agreed to ban Russian oil. The deal also removes Sberbank from SWIFT":
        # the decision just reported acts for whoever took it
        return [m for m in recent if m.entity_id not in exclude], view.start
    listed = [] if targets.before_cue else _members_listed_before(view, start, exclude)
    if listed:
        return listed, start  # "EU nations, including Italy and Poland, imposed travel bans"
    run = [] if targets.before_cue or by_gerund else _subject_run(view, start, subject_end, exclude)
    if run and _judged_by_reporter(view, run[-1].token_end, cue.index, anchor):
        # "Lavrov said the sanctions on Russian banks were illegal": the speaker judges a
        # measure; its imposer is the one the measure's own words name, or nobody
        owner = modifiers or decision_owner(view, anchor, exclude)
        return owner, start
    if run and modifiers and not _imposing_verb_between(view, run[-1].token_end, cue.index):
        return modifiers, start
    if run:
        return run, run[-1].token_end
    if modifiers and _imposing_verb_between(view, start, cue.index):
        # "Switzerland said it would adopt the EU's sanctions": the adopter imposes them
        found = pronoun_before(view, start, anchor)
        adopters = (
            resolve_pronoun(article, view, found[0], found[1], pronoun_exclude) if found else []
        )
        if adopters:
            return adopters, start
    if modifiers:
        return modifiers, start
    held = aside_antecedent(view, start, exclude)
    if held and not targets.before_cue:
        return held, start  # "… as the EU, which has frozen X's reserves, formally cut …"
    antecedent = relative_antecedent(view, start, exclude)
    if antecedent and not targets.before_cue:
        return antecedent, start  # "Mexico, which has not joined the sanctions on …"
    found = pronoun_before(view, start, anchor)
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
    if start > view.start and (
        view.lower(start) in {"as", "and", "plus"}
        or view.lower(start).endswith("ing")
        or view.lower(anchor - 1) == "by"
    ):
        # "… maintains an embargo on X, as well as a ban on Y", "…, and later announced
        # sanctions", "adopted a package …, banning imports of …": the sentence's subject
        run = _opening_pronoun(article, view, start, pronoun_exclude) or opening_run(
            view, start, exclude
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
    if not reported and _is_passive(view, cue) and not _complained_of(view, anchor):
        reported = [
            m
            for m in _bare_reporting_subject(view, anchor, exclude)
            if _sanctioning_office(article, m) and (m.party_id or m.entity_id) not in contested
        ]
    if reported:
        return reported, reported[-1].token_end
    refers = targets.measure_subject or _refers_to_measures(view, view.start, anchor)
    if refers and recent:
        return [m for m in recent if m.entity_id not in exclude], view.start
    adopter = _adopter_before(article, view, exclude) if refers else []
    if adopter:
        return adopter, view.start  # "The EU adopted a fifth package. The package bans …"
    body = _body_anaphor(article, view, start, anchor, exclude)
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
    """later then also that this the same month week year day days weeks months afterwards
    subsequently soon after shortly on in monday tuesday wednesday thursday friday saturday
    sunday""".split()
)


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
    start = clause_start(view, anchor)
    opener = start if view.lower(start) in RELATIVE_WORDS else start - 1
    if view.lower(opener) not in RELATIVE_WORDS or view.lower(opener - 1) != ",":
        return False
    # (a passive: the clause describes its antecedent, the target; "Washington, which has
    # frozen $7 billion of PDVSA's assets, welcomed …" is the imposer's act, the news)
    words = [view.lower(i) for i in range(opener, anchor)]
    if any(pair in PERFECTS for pair in pairwise(words)):
        return True
    # an active perfect in an aside before the main predicate: "The EU, which has an arms
    # embargo on Venezuela and has sanctioned 18 of its officials, did not follow …"
    close = relative_aside_close(view, anchor)
    aside = [view.lower(i) for i in range(opener, close)] if close >= 0 else []
    return bool({"has", "have"} & set(aside)) and NEWS_DAYS.isdisjoint(aside)


PERFECTS = frozenset({("has", "been"), ("have", "been")})


NEITHER_NOUNS = frozenset({"country", "government", "state", "nation", "capital"})
PAIR_REACH = 3  # sentences back to the two states "neither" points at


def _neither_of_the_pair(
    article: AnnotatedArticle, view: SentenceView, anchor: int, exclude: set[str]
) -> list[Mention]:
    """The two states a sentence opening "Neither country has …" / "Neither has …" points back
    at: the last pair joined by "and" in the sentences before (within PAIR_REACH). Its
    "neither" negates the act (``_status`` reads it)."""
    if view.lower(view.start) != "neither" or "nor" in view.word_set():
        return []  # ("Neither India nor China has …" names its pair: neither_nor's)
    following = view.lower(view.start + 1)
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
            if second.token_start == first.token_end + 1 and tokens.lower(first.token_end) == "and":
                return [first, second]
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


ISSUING_VERBS = frozenset(
    """signed signs issued issues adopted adopts approved approves passed passes published
    unveiled announced enacted""".split()
)


# Nouns of a decision that, as a subject, act for whoever took it ("The deal also bans …")
DECISION_NOUNS = (TEXT_NOUNS - {"bill"}) | {"deal", "agreement", "measures", "embargo", "accord"}


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
        if view.lower(index) in IMPOSING_VERBS and view.lower(index - 1) in {"and", "but"}:
            return index - 1
        if view.mention_covering(index) is not None:
            return -1
    return -1


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
    if (
        run
        and view.lower(run[0].token_start - 1) in FOLLOW_VERBS
        and _in_doing_between(view, run[-1].token_end, anchor)
    ):
        return nearest_run(view, start, run[0].token_start - 1, exclude, frozenset({"of"}))
    subjects = _not_objects(view, run)
    if run and not subjects:  # "Canada recognised Mr Guaidó and later imposed …": Canada
        subjects = nearest_run(view, start, run[0].token_start - 1, exclude, frozenset({"of"}))
    return subjects


def _in_doing_between(view: SentenceView, first: int, anchor: int) -> bool:
    """Does "in" and a gerund come between ``first`` and the cue, in one clause ("joined the
    United States and Europe in cutting …")? Whom the subject joins or follows ends there."""
    for index in range(first, min(anchor, view.end)):
        word = view.lower(index)
        if word == "in":
            return view.lower(index + 1).endswith("ing")
        if word in CLAUSE_BOUNDARIES:
            return False
    return False


def _not_objects(view: SentenceView, run: list[Mention]) -> list[Mention]:
    """Drop the names at a run's head that a verb before them takes as its object: in "Canada
    recognised Mr Guaidó and later imposed sanctions", Guaidó imposes nothing."""
    while run:
        before = run[0].token_start - 1
        while view.lower(before) in HONORIFICS or view.lower(before) == "the":
            before -= 1
        word = view.lower(before)
        past = word.endswith("ed") and word.isalpha() and word not in NOT_OBJECT_VERBS
        if not (past or word in IRREGULAR_MEASURE_VERBS):  # "cut Sberbank out of …"
            break
        if not any(m.token_end <= before for m in view.mentions if m.token_start >= view.start):
            break  # no subject before the verb: "A united EU imposed …" (an adjective)
        run = run[1:]
    return run


# Irregular past forms that take the name after them as their object.
IRREGULAR_MEASURE_VERBS = frozenset({"cut", "hit", "put", "set", "shut", "struck", "froze"})
# Past forms before a name that are no verb taking it as an object.
NOT_OBJECT_VERBS = frozenset({"led", "based", "backed", "allied", "owned", "controlled"})


# Words between a measure's owner and the measure: "Canada's earlier sanctions".
OWNED_MEASURE_WORDS = frozenset(
    """full new blocking tougher fresh economic earlier previous existing current own original
    latest first second third initial proposed planned mooted threatened possible""".split()
)  # ("the EU's proposed embargo": the status word is read from the window as ever)


def _modifier_run(view: SentenceView, cue: int) -> list[Mention]:
    """'US sanctions', 'the EU's sanctions', 'US and EU sanctions', 'the Canadian sanctions'."""
    index = cue - 1
    while (
        view.lower(index) in OWNED_MEASURE_WORDS
        or (view.lower(index) in MEASURE_MODIFIERS and view.lower(index) not in {"a", "an"})
        or _date_modifier(view, index)
    ):
        index -= 1  # "a US trade embargo", "the EU's January 2018 sanctions"
    if view.lower(index) in POSSESSIVES:
        index -= 1
    mention = view.mention_ending(index)
    if mention is None or mention.entity_type not in {"country", "org"}:
        return []
    run = [mention]
    position = mention.token_start - 1
    while view.lower(position) in {"and", ","}:
        previous = view.mention_ending(position - 1)
        if previous is None or previous.entity_type not in {"country", "org"}:
            break
        run.insert(0, previous)
        position = previous.token_start - 1
    return run


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
    return any(view.lower(i) in JUDGING_VERBS for i in range(cue + 1, end))


def _imposing_verb_between(view: SentenceView, first: int, last: int) -> bool:
    return any(view.lower(i) in IMPOSING_VERBS for i in range(first, last))


SOURCE_PARTICIPLES = frozenset({"imposed", "levied", "introduced", "adopted"})


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


def _relative_on_measure(
    view: SentenceView, cue: int, exclude: set[str]
) -> tuple[list[Mention], int]:
    """That relative clause's subject and imposing verb, or ([], -1). The clause may hang on
    a head the measure modifies ("the sanctions campaign that the US has waged against
    Caracas")."""
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
    run = forward_run(view, first, min(view.end, first + 8), exclude)
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


def _waged(view: SentenceView, cue: int) -> bool:
    """Is the measure a campaign a relative clause says its imposer keeps up ("the sanctions
    campaign that Washington has waged against Caracas")?"""
    verb = _relative_on_measure(view, cue, set())[1]
    return verb >= 0 and view.lower(verb) in WAGING_VERBS


def _source_after(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """'under sanctions from the US and Canada', 'under sanctions imposed by the EU'."""
    index = cue + 1
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
    if view.lower(index) not in {"from", "by"}:
        return []
    return forward_run(view, index + 1, clause_end(view, index), exclude)


def _swift_passive(view: SentenceView, cue: Cue) -> bool:
    """ "X was excluded from SWIFT", "X has been cut off from …", and a factbox bullet's
    "* Seven banks removed from SWIFT": the verb is passive."""
    if view.lower(cue.verb + 1) not in {"from", "off"}:
        return False
    return view.lower(cue.verb - 1) in PASSIVE_AUXILIARIES or _bullet_passive(view, cue.verb)


def _by_agent(view: SentenceView, cue: Cue, exclude: set[str]) -> list[Mention]:
    """'were sanctioned by the US', 'a travel ban imposed on him by the court'."""
    for index in range(cue.index + 1, min(view.end, cue.index + 8)):
        word = view.lower(index)
        if word == "by":
            if index - 1 > cue.index and view.lower(index - 1).endswith(("ed", "wn", "en")):
                break  # "sanctioned 34 vessels owned by PDVSA": another participle's agent
            return forward_run(view, index + 1, clause_end(view, index), exclude)
        if word in {",", ";", ".", "which", "who"}:
            break
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


def _body_anaphor(
    article: AnnotatedArticle, view: SentenceView, start: int, anchor: int, exclude: set[str]
) -> list[Mention]:
    """ "The administration imposed …", "the ministry barred …" with no name in the clause:
    the state (or bloc) whose body was named last, within three sentences (a body named with
    its state, "The Russian foreign ministry", or for an administration or government, the
    state a named leader speaks for: "President Joe Biden signed an order.")."""
    if any(view.mention_covering(i) is not None for i in range(start, anchor)):
        return []
    noun = next(
        (
            view.lower(i + 1)
            if view.lower(i + 1) in STATE_BODIES | BLOC_BODIES
            else view.lower(i + 2)
            for i in range(start, anchor - 1)
            if view.lower(i) == "the"
        ),
        "",
    )
    if noun not in STATE_BODIES | BLOC_BODIES:
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
    for mention in reversed(earlier):
        following = words[mention.token_end : mention.token_end + 3]
        named_with = noun in following and all(
            w.isalpha() for w in following[: following.index(noun)]
        )
        leader = noun in {"administration", "government"} and mention.entity_type == "person"
        bloc = noun in BLOC_BODIES and mention.entity_type == "org"
        # "The Treasury acted. The department blacklisted X": a state's agency named before
        agency = noun in AGENCY_BODIES and _state_agency(mention)
        if named_with or (leader and mention.party_id) or bloc or agency:
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
        start, end = article.token_range(sentence_id)
        words = article.tokens.words
        for verb in range(start, end):
            if words[verb] not in ADOPTING_VERBS:
                continue
            if MEASURE_TEXTS.isdisjoint(words[verb + 1 : min(end, verb + 6)]):
                continue
            earlier = SentenceView(
                article, sentence_id, start, end, tuple(article.mentions_in(sentence_id))
            )
            return nearest_run(
                earlier, clause_start(earlier, verb), verb, exclude, frozenset({"of"})
            )
    return []


def _refers_to_measures(view: SentenceView, start: int, anchor: int) -> bool:
    """'The package also bans …', 'The measures target …', 'The draft would also cut …': the
    imposer was named before."""
    words = window_words(view, start, anchor)
    return bool(set(words) & MEASURE_TEXTS)


MEASURE_TEXTS = frozenset(
    "package measures sanctions move decision order draft proposal proposals".split()
)


# --- status --------------------------------------------------------------------------------------


def _default_status(view: SentenceView, cue: Cue, imposers: list[Mention]) -> str:
    """A measure named by its imposer with no act of imposing ('U.S. sanctions on Venezuela')
    is one already in force, and so is one a participle presupposes ("officials sanctioned by
    Tokyo")."""
    if _reduced_relative(view, cue):
        return "existing"  # "one of seven officials sanctioned by the Obama administration"
    if cue.form != "noun":
        return "imposed"
    modifiers = {m.entity_id for m in _modifier_run(view, cue.index)}
    if modifiers and {m.entity_id for m in imposers} <= modifiers:
        start = clause_start(view, cue.index)
        if not _imposing_verb_between(view, start, cue.index):
            return "existing"
    return "imposed"


IRREGULAR_PASTS = frozenset({"froze", "seized", "shut", "hit", "slapped", "put", "set"})


def _own_past_conjunct(view: SentenceView, cue: Cue, words: list[str]) -> list[str]:
    """A past-tense verb coordinated after another predicate has its own status: in "Japan
    said it would join the move … and froze the assets of Mr Putin" the freeze happened, so
    the words before that "and" do not set it. A base form shares the modal ("would freeze
    X and ban Y")."""
    if cue.form not in {"verb", "freeze"} or view.lower(cue.index - 1) != "and":
        return words
    verb = view.lower(cue.index)
    if not (verb.endswith("ed") or verb in IRREGULAR_PASTS) or "and" not in words:
        return words
    return words[len(words) - words[::-1].index("and") :]


PROPOSAL_NOUNS = frozenset("proposal proposals plan plans bid move attempt idea push".split())
PROPOSAL_ADJECTIVES = frozenset({"proposed", "planned", "mooted"})  # ("possible": often a threat)
DROPPING = BLOCKING_VERBS | frozenset(
    "dropped abandoned shelved scrapped rejected withdrawn killed defeated failed".split()
)
ADOPTING = frozenset({"adopted", "approved", "passed", "enacted", "agreed"})
# Where the proposal's own predicate ends: another clause's verb is not its fate
FATE_STOPS = SUBORDINATORS | {"even", "whereas"}


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


def _past_participle_clause(words: list[str]) -> list[str]:
    """The words after the last ", V-ing" clause opener: in "has not followed Washington in
    targeting state companies, preferring travel bans on officials" the negation stays with
    the main verb; the participle says what the subject does instead."""
    for position in range(len(words) - 2, -1, -1):
        if words[position] == "," and words[position + 1].endswith("ing"):
            return words[position + 1 :]
    return words


CALLING = frozenset({"call", "calls", "called", "calling", "demand", "demands", "demanded"})


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
    for index in range(cue.index + 1, view.end):
        word = view.lower(index)
        if word in FATE_STOPS or word in STRONG_BOUNDARIES:
            break
        if word in DROPPING:
            return "negated"
        if word in ADOPTING:
            return "imposed"
    return "proposed"


def _status(view: SentenceView, first: int, cue: Cue, targets: Targets, default: str) -> str:
    if view.lower(cue.index) in CLOSED_SPACES:
        # "would also close EU ports to …": the owner of the ports stands after the verb, and
        # the verb's own modal says the status
        closing = look_back(view, cue.index, CLOSING_VERBS, 3)
        while closing > view.start and view.lower(closing - 1) in VERB_GROUP:
            closing -= 1  # "would also close"
        first = min(first, closing) if closing >= 0 else first
    # a visa cue is its revoking verb, which says the act, not a lifting
    last = cue.index if cue.form == "visa" else cue.index + 1
    if first > cue.index:  # a relative clause after the measure: "the sanctions X had imposed"
        last = next(
            (i + 1 for i in range(first, view.end) if view.lower(i) in IMPOSING_VERBS), first
        )
    words = _own_past_conjunct(
        view, cue, _without_relative_clauses(window_words(view, first, last))
    )
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
    proposal = _proposal_of(view, cue)
    if proposal:  # "A proposal to put Kirill on the EU's blacklist was dropped"
        return proposal
    if any(word in LIFTED for word in lifting) or cue.form == "list_drop":
        if cue.form != "list_drop" and _lifting_not_done(words):
            return "existing"  # "refused to lift", "weighing whether to lift": still in force
        if cue.form == "list_drop" and INSISTENCE & set(after):
            return "negated"  # "dropped from the sanctions list at Hungary's insistence"
        return "lifted"
    if _not_ruled_out(words) or _without_hesitation(words):
        return "threatened"  # "did not rule out new sanctions": kept open as a threat
    if (
        has_negation(_past_participle_clause(words))
        or _vetoed(words)
        or neither_nor(view, cue.index)
    ):
        return "negated"
    if fronted_nor(view, cue.index):
        return "negated"  # "Nor has Brazil imposed sanctions"
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
    # (for "added X to its sanctions list" the adding is the act, not "in addition to")
    held = [w for w in words if w not in LIST_ADD_VERBS] if cue.form == "list_add" else words
    if _off_the_table(after[:12]):
        return "negated"  # "sanctions on state companies were not on the table"
    if _on_the_table(after[:8]):
        return "proposed"  # "sanctions on the financial sector were under consideration"
    if _standing_passive(view, cue.index):
        return "existing"  # "Both are also sanctioned by the US, the EU and Canada"
    if _in_force(held, after, targets) or _waged(view, cue.index):
        return "existing"  # (a campaign waged, a regime maintained: kept up, so in force)
    if "whose" in words[:2] and not _imposing_verb_between(view, first, cue.index):
        return "existing"  # "the EU, whose sanctions are limited to … travel bans": held
    if default == "imposed" and _perfect_in_an_aside(view, anchor_of(cue)):
        return "existing"  # "Roman Abramovich, whose assets have been frozen by Britain, …"
    if _perfect_at(view, cue.index) and _since_a_starting_point([], after):
        return "existing"  # "The US, which has sanctioned PDVSA … since January, says …"
    opening = window_words(view, view.start, first)
    since_then = _since_opening(opening) and NEWS_DAYS.isdisjoint(words)
    if {"has", "have"} & set(words) and (_since_a_year(opening) or since_then):
        return "existing"  # "Since 2017, Washington has imposed sanctions on Minerven"
    if {"has", "have"} & set(words) and _since_a_month_before_the_news(
        view.article, window_words(view, view.start, cue.index), words
    ):
        return "existing"  # "Since January Washington has blocked …" (in an August article)
    advocated = any(word in ADVOCATING for word in words[-4:])  # "supports the sanctions"
    if _announced_decision(view, first, words):
        return "imposed"  # "announced that Switzerland would take over the EU's sanctions"
    if advocated or any(word in PROPOSED for word in words) or _on_the_table(after):
        return "proposed"
    if _called_for(words):
        return "proposed"  # "the European Parliament called (in a resolution) for an embargo"
    if not DUE_TO.isdisjoint(pairwise(words)):
        return "proposed"
    if default == "imposed" and _lagging_act(view, anchor_of(cue)):
        return "existing"  # "…, a week after it froze PDVSA's assets": before the news
    if default == "imposed" and _past_perfect(view, first, cue.index, words):
        return "existing"  # "The Treasury had blacklisted the central bank": before the news
    if default == "imposed" and _dated_before_the_news(view, anchor_of(cue)):
        return "existing"  # "… were added to the list in September 2018" (in a 2020 article)
    return default


DATE_PREPOSITIONS = frozenset({"in", "since", "of", "during"})
NEWS_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    week""".split()
)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


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


def _long_ago(words: list[str]) -> bool:
    """ "last August", "that September", "last year", "two years ago", "a month ago",
    "earlier this month", "the following year": before the news ("last week" and "last
    Friday" may be the news itself)."""
    for position, word in enumerate(words[:-1]):
        following = words[position + 1]
        if word in {"last", "that"} and (following in MONTH_WORDS or following in SEASONS):
            return True  # "last August", "that September" (a story's past)
        if word == "earlier" and following in {"this", "that", "in"}:
            return True  # "Earlier this month, the Treasury blacklisted …": background
        if word == "following" and following in SEASONS | {"month"} and position > 0:
            return words[position - 1] == "the"  # "The following year it barred 14 more"
        if word in AGO_UNITS and following == "ago":
            return True
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


def _dated_before_the_news(view: SentenceView, anchor: int) -> bool:
    """An act the clause dates to a year before the latest the article names ("PDVSA was
    designated in January 2019" in an article about 2020): background, already in force when
    the news happened. The year must date the act ("in 2017", "in September 2018")."""
    first, end = clause_start(view, anchor), clause_end(view, anchor)
    relative = first if view.lower(first) in {"which", "that"} else first - 1
    if view.lower(relative) in {"which", "that"} and view.lower(relative - 1) == ",":
        first = clause_start(view, relative - 2)  # "the order signed last August, which froze"
    if view.lower(end) == "that" and view.lower(end + 1) in MONTH_WORDS | SEASONS:
        end += 2  # "froze the assets of 40 officials that September"
    else:
        relative_verb = _relative_on_measure(view, anchor, set())[1]
        if relative_verb > end:
            # "the sanctions (campaign) that Washington imposed on PDVSA in January": the
            # relative clause on the measure dates it
            end = clause_end(view, relative_verb)
    if first > view.start and _fronted_adverbial(view, first):
        first = view.start  # "Earlier this month, the Treasury blacklisted …"
    opening = first
    while view.lower(opening) in {"and", "or"}:
        opening += 1
    if first > view.start and view.lower(first - 1) == "," and view.lower(opening).endswith("ing"):
        # "Trump went further in 2017, imposing sanctions on Mr Maduro": the participle's
        # act is dated by the clause it hangs on
        first = clause_start(view, first - 2)
    colon = _spelled_out_after_colon(view, anchor)
    if colon > view.start:  # "adopted its own measures in March 2018: an arms embargo, …"
        first = min(first, clause_start(view, colon - 1))
    when = first if view.lower(first) == "when" else first - 1
    if view.lower(when) == "when" and view.lower(when - 1) == ",":
        # "The biggest blow came at the end of February, when the US … froze …": the clause
        # the when-clause hangs on dates it
        first = clause_start(view, when - 2)
    words = view.article.tokens.words[first:end]
    if not NEWS_DAYS.isdisjoint(words):
        return False  # "Canada on Monday imposed …": the news itself
    if _long_ago(words):
        return True  # "last August", "last year", "two years ago"
    for index in range(first, end):
        word = view.lower(index)
        if len(word) != 4 or not word.isdigit() or _YEAR.fullmatch(word) is None:
            continue
        before = view.lower(index - 1)
        if before in MONTH_WORDS and _months_before_the_news(view.article, before, int(word)) > 0:
            return True  # "in December 2018", reported in January 2019
        if before in DATE_PREPOSITIONS or before in MONTH_WORDS:
            return int(word) < _latest_year(view.article)
    return _bare_month_long_before(view, first, end)


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
    if before in {"in", "on", "of", "since", "by", "until"}:
        return True
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
DECISION_VERBS = frozenset("announced announces decided decides confirmed confirms".split())
DECISION_REACH = 8  # tokens back from the status window to the announcing verb


def _announced_decision(view: SentenceView, first: int, words: list[str]) -> bool:
    """A future announced as decided is the act: "the Federal Council announced that
    Switzerland would take over the EU's sanctions" (as "announced sanctions on" is). Only a
    bare will/would: "announced it would consider sanctions" still proposes."""
    proposing = {word for word in words if word in PROPOSED}
    if not proposing or not proposing <= FUTURE_MODALS:
        return False
    for position, word in enumerate(words[:-1]):
        if word in DECISION_VERBS and words[position + 1] == "that":
            # "Britain and Canada announced that four lenders would be cut off from …"
            return all(w not in THREATENED for w in words[:position])
    for index in range(first - 1, max(view.start, first - DECISION_REACH) - 1, -1):
        word = view.lower(index)
        if word in DECISION_VERBS:
            return True
        if word in {";", ":"} or word in PROPOSED or word in THREATENED:
            return False
    return False


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
    "sanctions would follow unless" (a threat, whoever says it)."""
    end = strong_end(view, cue)
    condition = next((i for i in range(cue + 1, end) if view.lower(i) in {"if", "unless"}), -1)
    if condition < 0:
        return False
    start = clause_start(view, cue)
    return any(view.lower(i) in {"will", "would", "'ll"} for i in range(start, condition))


POSSIBLE_MODALS = frozenset({"could", "would", "may", "might"})


def _whoever_does(words: list[str], after: list[str], targets: Targets) -> bool:
    """A possible measure on whoever does something ("could sanction countries that help
    Russia", "would impose sanctions on anyone who …"): a threat aimed at a behaviour, with
    no one named."""
    if targets.named or not targets.groups or not POSSIBLE_MODALS & set(words[-6:]):
        return False
    return any(word in {"who", "that", "which"} for word in after[:8])


def _lifting_not_done(words: list[str]) -> bool:
    """A lifting refused, weighed, planned or threatened: the measure is still in force."""
    before_lift = words[: next(i for i, word in enumerate(words) if word in LIFTED)]
    return (
        has_negation(before_lift)
        or any(word in PROPOSED or word in THREATENED for word in before_lift)
        or "whether" in before_lift
    )


def _vetoed(words: list[str]) -> bool:
    """A veto or opposition before the measure (the last word). "Full blocking sanctions" are a
    kind of measure, not a veto ("Hungary is blocking sanctions" still is one)."""
    for position, word in enumerate(words[:-1]):
        if word not in VETOES:
            continue
        before = words[position - 1] if position else ""
        kind = word == "blocking" and words[position + 1] in NOUN_MEASURES
        if FROZEN_THINGS & set(words[position + 1 : position + 4]):
            continue  # "the measures block PDVSA assets": the US term for a freeze
        if {"and", ",", "but"} & set(words[position + 1 :]):
            continue  # "blocked 34 vessels … and sanctioned two firms": another predicate
        if not kind or before in PASSIVE_AUXILIARIES:
            return True
    return False


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
    """'warned that the EU would impose sanctions': a measure inside a warning."""
    start = clause_start(view, cue)
    return view.lower(start - 1) == "that" and view.lower(start - 2) in THREATENED


IN_FORCE = frozenset({("in", "place"), ("in", "force")})
HAVING_HAD = frozenset({("has", "had"), ("have", "had")})
PUTTING_IN_PLACE = frozenset({"put", "puts", "putting", "placed", "places", "placing"})


def _in_force(words: list[str], after: list[str], targets: Targets) -> bool:
    """Described as already in force: "existing", "under sanctions", "has had an embargo on X
    in place since 2017" (but "put sanctions in place" is the act of imposing them)."""
    if any(word in EXISTING for word in words):
        return True
    under = words.index("under") if "under" in words else -1
    if under >= 0 and not PUTTING_IN_PLACE & set(words[:under]):
        return True  # "is under sanctions" (but "placed X under sanctions" is the act)
    if after[:1] == ["regime"]:
        return True
    if set(pairwise(after)) & IN_FORCE and not PUTTING_IN_PLACE & {*words, *after}:
        return True
    if _having_had(words) or _added_to(words):
        return True
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
    return "been" in words and "since" in after[:8]


# A perfect counted up to now: the record, in force before the news
RUNNING_TOTALS = frozenset({("by", "now"), ("so", "far"), ("to", "date"), ("in", "all")})


VERB_LIKE = frozenset({"imposed", "sanctioned", "frozen", "added", "blacklisted", "designated"})


def _perfect_at(view: SentenceView, verb: int) -> bool:
    """Is the verb at ``verb`` a present perfect ("has sanctioned", "have also frozen")?"""
    before = verb - 1
    if view.lower(before) in {"also", "already", "now"}:
        before -= 1
    return view.lower(before) in {"has", "have"}


def _since_a_starting_point(words: list[str], after: list[str]) -> bool:
    """For a present perfect: "since" and its starting point in its clause, a record up to
    now, in force before the news ("has blacklisted PDVSA since January", "has sanctioned
    Russian banks since the invasion"); not after a superlative ("its toughest sanctions since
    2014"), and not the bare adverb ("has since imposed sanctions" may be the news).
    ``words`` are the clause's words before the measure, ``after`` those after it."""
    window = [*words[-4:], *after[:10]]
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


def _added_to(words: list[str]) -> bool:
    """Is the measure the thing new ones come on top of (in the few words before it)?"""
    near = " ".join(words[-7:])
    return any(phrase in near for phrase in ADDED_TO)


LAG_UNITS = frozenset("day days week weeks month months year years fortnight hours".split())


def _lagging_act(view: SentenceView, anchor: int) -> bool:
    """Is the measure told in a clause opened by a measured "after" ("a week after it froze
    the assets of PDVSA", "days after the Treasury sanctioned X")? The main clause's news
    comes later; the measure was in force by then."""
    start = clause_start(view, anchor)
    after = start if view.lower(start) == "after" else start - 1
    if view.lower(after) != "after":
        return False
    return view.lower(after - 1) in LAG_UNITS


TODAY_PARTS = frozenset({"morning", "afternoon", "evening", "weekend", "overnight"})


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
    return following[0] in {"then", "the", "that", "its", "their"}


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


HELD_MODIFIERS = frozenset({"an", "a", "its", "their", "arms", "trade", "oil", "financial"})


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
    """ "not on the table", "off the table": ruled out, not proposed."""
    for i in range(len(after) - 2):
        if after[i + 1 : i + 3] == ["the", "table"] and (
            after[i] == "off" or (after[i] == "on" and i > 0 and after[i - 1] in {"not", "n't"})
        ):
            return True
    return False


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
    return kept


# --- rows ----------------------------------------------------------------------------------------


def _kind_of(target: Mention) -> str:
    """A named target's kind: organisations are sanctioned as companies (banks, firms)."""
    if target.entity_type == "person":
        return "person"
    if target.entity_type == "country":
        return "country"
    return "company"


def _row(
    article: AnnotatedArticle,
    view: SentenceView,
    imposer: Mention,
    target: Mention | None,
    kind: str | None,
    cue: Cue,
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
        "measure": cue.measure,
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
        if key not in seen and row["imposer_id"] != row["target_id"]:
            seen.add(key)
            unique.append(row)
    return unique


__all__ = ["SANCTION_COLUMNS", "extract_sanctions", "is_actor_like"]
