"""Sanctions' shared vocabulary: the cue, status and target word lists, the table's columns, and
the small records every stage passes on (a cue, its targets, the case's facts, a cue's context).
Nothing here imports another sanctions module: the stages build on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ...document import Mention
from ..clauses import (
    BLOCKING_VERBS,
    ENTITY_GROUP_NOUNS,
    OPPOSING_ACTS,
    PEOPLE_GROUP_NOUNS,
    SentenceView,
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

# Words whose presence lets a sentence through the cheap first filter.
CUE_STEMS = (
    "sanction",
    "curb",
    "embargo",
    "blacklist",
    "delist",
    "freez",
    "froze",
    "seiz",
    "impound",
    "confiscat",
    "immobili",
    "designat",
    "price cap",
    "the cap",  # ("have not signed up to the cap", once a price cap was named)
    "the price",
    "ceiling",
    "airspace",
    "skies",
    "ports",
    "border",  # ("closed their borders to Russian tourists")
    "frontier",
    "prohibit",
    "halt",
    "cease",
    "phase out",
    " entry",  # ("refusing entry to", "entry restrictions")
    "entering",
    "no longer enter",  # ("Russian tourists can no longer enter Estonia")
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


# "-ing" words that are prepositions, not participles of a verb ("according to the Treasury",
# "including VTB")
PREPOSITION_INGS = frozenset(
    """including excluding according regarding concerning following notwithstanding
    barring pending during""".split()
)


NOUN_MEASURES: dict[str, str] = {
    **dict.fromkeys(["sanction", "sanctions"], "sanctions"),
    **dict.fromkeys(["curbs", "curb"], "curbs"),
    **dict.fromkeys(["embargo", "embargoes"], "embargo"),
    **dict.fromkeys(["restrictions"], "restrictions"),
    **dict.fromkeys(["controls"], "export controls"),
}
DELISTING_VERBS = frozenset({"delist", "delists", "delisted", "delisting"})
VERB_MEASURES: dict[str, str] = {
    **dict.fromkeys(["sanctioned", "sanctioning"], "sanctions"),
    # the US Treasury's word: "designated four governors", "X was designated"
    # ("designate" too: "amended the Regulations to designate 129 individuals"; not the
    # title's "prime minister designate", see cues)
    **dict.fromkeys(["designate", "designated", "designates", "designating"], "sanctions"),
    **dict.fromkeys(["blacklist", "blacklists", "blacklisted", "blacklisting"], "blacklisting"),
    # taken off the list: a lifting of the listing ("Treasury delisted two shipping firms")
    **dict.fromkeys(DELISTING_VERBS, "sanctions"),
    **dict.fromkeys(
        """ban bans banned banning bar bars barred barring prohibit prohibits prohibited
        prohibiting forbid forbids forbade forbidden forbidding""".split(),
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
    renew renews renewed maintain maintains maintained join joins joined joining""".split()
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
    {"visa", "travel", "financial", "trade", "new", "further", "entry", "import", "export"}
    | {"additional"}
)
SWIFT_VERBS = frozenset(
    "shut shuts shutting "
    "cut cuts cutting remove removes removed removing exclude excludes excluded excluding "
    "disconnect disconnects disconnected disconnecting ban bans banned banning expel "
    "expels expelled expelling".split()
)
CUT_VERBS = frozenset({"cut", "cuts", "cutting"})
LIST_ADD_VERBS = frozenset({"added", "adds", "add", "adding", "placed", "put", "puts"})
LIST_DROP_VERBS = frozenset(
    {"dropped", "removed", "taken", "delisted", "struck", "deleted", "lifted"}
    | {"took", "takes", "removes", "drops"}  # "took him off its sanctions list"
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
BE_FORMS = PASSIVE_AUXILIARIES - {"has", "had"}  # a passive's ("had put": active)
# Adverbs between an auxiliary and its participle: "was also added", "has now been dropped".
PARTICIPLE_ADVERBS = frozenset("also already now since then just quietly formally".split())


def passive_verb_at(view: SentenceView, verb: int) -> bool:
    """Is the listing or SWIFT verb at ``verb`` passive ("Mr Maduro was added to the list",
    "VTB has been cut off from SWIFT"), so that its subject is what the measure hits? An
    active perfect or progressive ("Britain has added 14 oligarchs to its list", "the EU is
    adding 200 names", "has cut off seven banks from SWIFT") hits its object, and its
    subject imposes."""
    if view.lower(verb).endswith("ing"):
        return False
    before = verb - 1
    while view.lower(before) in PARTICIPLE_ADVERBS:
        before -= 1
    return view.lower(before) in BE_FORMS


EXISTING = frozenset(
    "existing already previously previous remain remains remained earlier prior standing current "
    "currently maintains maintain maintained keeps enforces enforce renew renews renewed renewing "
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
    "promise promises promised promising pledge pledges pledged pledging vow vows vowed "
    "effort efforts bid attempt attempts intention intentions intend intends intending potential "
    "intent steps".split()
)
# Verbs of trying: "are trying to finalise a 12th package" is a measure wanted, not yet done
TRYING = frozenset("try tries tried trying aim aims aiming hope hopes hoped hoping".split())
# What one tries to do that makes the measure wanted: agree it, adopt it, impose it (not
# "tried to weaken", "trying to comply with", "trying to persuade the EU to keep")
TRIED_ACTS = frozenset(
    """agree finalise finalize adopt approve pass impose reimpose introduce unveil extend
    expand broaden tighten levy slap sanction freeze ban blacklist list add""".split()
)
# "Pence is due to announce further sanctions": scheduled, not done ("imposed due to abuses"
# is a cause, so only after a form of "be").
DUE_TO = frozenset({("is", "due"), ("are", "due"), ("was", "due"), ("were", "due")})
# Supporting a measure is wanting it: "Poland supports the sanctions against Russia".
ADVOCATING = frozenset(
    "support supports supported supporting favour favours favoured favor favors favored "
    "endorse endorses endorsed advocate advocates advocated".split()
)
# Nouns that head a measure, in a coordination or after "subject to": "the EU's travel bans
# and asset freezes", "subject to the bloc's travel ban"
MEASURE_HEADS = frozenset(NOUN_MEASURES) | frozenset(
    "measures penalties ban bans freeze freezes".split()
)
THREATENED = frozenset(
    "threaten threatens threatened threatening warn warns warned warning possible ready".split()
)
# Verbs by which a party stops a measure from being adopted: "would veto any sanctions on
# Russian gas". "blocking" right before the measure names a kind ("full blocking sanctions").
VETOES = BLOCKING_VERBS | OPPOSING_ACTS | {"opposition"}  # "his opposition to sanctions"
LIFTED = frozenset(
    "lift lifts lifted lifting ease eases eased easing revoke revoked suspend suspended "
    "delisted delist delists delisting dropped relief remove removes removed removing scrap "
    "scraps scrapped scrapping rescind rescinds rescinded rescinding unfroze unfreeze "
    "unfreezes unfrozen waive waives waived waiving loosen loosens loosened loosening".split()
)
# Verbs by which a subject takes part in a measure; without one, "Russia called US sanctions
# illegal" is about the sanctions, and the modifier (US) is the imposer.
IMPOSING_VERBS = frozenset(
    """impose imposes imposed imposing announce announces announced announcing adopt adopts
    adopted adopting join joins joined joining follow follows followed following extend extends
    extended extending slap slaps slapped introduce introduced expand expanded tighten
    tightened broaden broadened approve approved agree agreed maintain maintains maintained
    keep keeps enforces enforce enforced enforcing
    support supports supported back backs backed set places placed levy levied apply applies
    applied applying
    unveil unveiled announces add added rule ruled decline declined refuse refused align aligns
    aligned aligning mirror mirrors mirrored match matches matched piled heaped reimpose
    reimposes reimposed reimposing reinstate reinstates reinstated reinstating""".split()
)
FOLLOW_VERBS = frozenset({"follow", "follows", "followed", "join", "joins", "joined", "joining"})
REPORTING_VERBS = frozenset(
    """said says told announced announces warned warns threatened threatens added stated
    declared confirmed insisted""".split()
)

# verbs that announce a decision taken: ", the Swiss government announced on Monday"
DECISION_VERBS = frozenset(
    "announced announces announcing decided decides confirmed confirms confirming".split()
)

# the verb of an attribution closing a sentence: ", the Treasury said", ", Ottawa announced"
ATTRIBUTING_VERBS = REPORTING_VERBS | DECISION_VERBS

EXEMPTING_VERBS = frozenset(
    "exempt exempts exempted exempting spare spares spared sparing excuse excused".split()
)
TARGET_PREPOSITIONS = frozenset({"on", "against", "targeting", "targets", "target", "listing"})
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
    # (a business named by its trade is a company, the trade's goods before it no sector:
    # "Cubametales, the Cuban state oil importer")
    **dict.fromkeys(
        """company firm bank entity lender subsidiary importer exporter refiner producer
        shipper operator trader carrier insurer manufacturer supplier maker airline
        corporation conglomerate vessel tanker ship media refinery""".split(),
        "company",
    ),
    # (a state's agency is the government: "Venezuela's military counterintelligence
    # directorate", "the intelligence agency")
    **dict.fromkeys(
        "government regime administration directorate agency ministry".split(),
        "government",
    ),
    **dict.fromkeys(
        """sector industry oil crude petroleum diesel fuel gas coal energy gold mining debt bonds
        trade exports imports shipping investment investments aviation technology aircraft
        planes components semiconductors chips diamonds timber
        fertiliser fertilizer potash steel aluminium aluminum metal metals nickel copper
        uranium titanium wood""".split(),
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
    **dict.fromkeys(
        """men women leaders officials oligarchs businessmen tycoons executives generals
        brothers sisters sons daughters""".split(),
        "person",
    ),
    **dict.fromkeys(
        """banks companies firms lenders producers refiners miners exporters insurers airlines
        conglomerates""".split(),
        "org",
    ),
    **dict.fromkeys(["countries", "nations", "states", "governments"], "country"),
}
DETERMINERS = frozenset(
    """the a an its their his her this these those some several more other new further key
    top senior all both any""".split()
)
NUMBER = re.compile(r"^\d[\d,]*$")
NOUN_WORD = re.compile(r"^[a-z][a-z\-’']*$")
# Plural quantity nouns that count with no number: "dozens of officials"
VAGUE_MULTITUDES = frozenset({"dozens", "hundreds", "scores", "thousands"})
QUANTIFIER_NOUNS = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "number", "dozen", "several", "many", "some"}
    # a part of the whole ("ban the bulk of Russian oil imports", "most of its exports")
    | {"bulk", "majority", "most", "much", "part", "half", "all", "two-thirds", "share"}
)
HEDGE_PAIRS = frozenset(
    {("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("up", "to")}
    | {("upwards", "of")}
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
    form: str  # noun | verb | freeze | swift | list_add | list_drop | no_entry
    verb: int = -1  # for swift and list cues: the verb that governs them; no_entry: its modal


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


MEMBERS_NEXT = (("among", "them"), ("they", "include"), ("they", "included"))
MEMBER_TYPES = {"people": "person", "company": "org"}


MEMBER_SENTENCE = "_member_sentence"  # a copied member's own sentence (dropped before output)
MEMBER_OPENING_REACH = 10  # tokens of "The officials named by the Treasury on Friday are"
# Participles that say a group was hit by the measure: "The officials targeted were …"
MEASURED_PARTICIPLES = frozenset(
    "targeted sanctioned named listed designated blacklisted affected hit added punished".split()
)
NAMING_COPULAS = frozenset("are were include included includes is was".split())


class _CueContext(NamedTuple):
    """What the sentences before tell a cue's imposer search: the recent imposers and the
    sentence they imposed in, what was just targeted, and what this sentence targets."""

    recent: list[Mention]
    just_targeted: frozenset[str] | set[str]
    recent_at: int
    targeted_here: set[str] | None
    contested: frozenset[str] = frozenset()  # the case's subjects and their states
    home: str | None = None  # the case's home country, whose word on a measure is not its act


# Adjectives before a measure noun ("new sanctions", "sweeping measures")
MEASURE_ADJECTIVES = frozenset(
    "new fresh further more additional tough tougher harsh harsher financial economic "
    "personal targeted sweeping wide-ranging".split()
)


# Verbs whose subject, a measure, names its targets after them ("US sanctions target PDVSA",
# "The EU's sanctions currently cover 18 officials"): after "sanctions" they make it the noun
SUBJECT_TARGETING_VERBS = frozenset("target targets targeted cover covers covered".split())


# Words of an answer to a measure, which was in force before it ("in response to the
# sanctions imposed by the EU", "retaliated against restrictions imposed by the US")
RETALIATING_WORDS = frozenset(
    """retaliate retaliates retaliated retaliating retaliation response responded responding
    reprisal reprisals""".split()
)
# Words by which a measure is evaded or held to be so ("to get round the sanctions", "evade",
# "despite"): whoever does it is bound by the measure, not its imposer
EVADING_WORDS = frozenset(
    """evade evades evading evaded circumvent circumvents circumventing circumvented bypass
    bypasses bypassing bypassed skirt skirts skirting skirted dodge dodges dodging dodged
    despite undermine undermines undermining violate violates violated violating breach
    breaches breached breaching flout flouts flouted flouting""".split()
)
