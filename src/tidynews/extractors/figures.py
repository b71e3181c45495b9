"""Figures: the counts an article asserts (people displaced, troops, countries, sanctioned people,
deaths, injured, detained, protesters, money), one row per quantity, with its evidence sentence.

The quantities come from :func:`tidynews.extractors.numbers.parse_quantities`, run once over the
whole article text (it already drops years, dates, durations, ages, phone numbers, percentages,
ordinals, population totals and vague quantities). Each quantity is then classified by

1. the counted noun right after it ("three million *people*", "20 other *nations*",
   "5,000 US *troops*", "18 *Venezuelans*"), read as a short run of words up to the first
   function word or verb; the noun's own category wins where it has one (refugees, troops,
   countries, protesters, prisoners...), and
2. for nouns that say only "people" (people, Venezuelans, officials, others...), and for bare
   numbers ("over 2.1 million have left"), the nearest cue word around it: killed / injured /
   arrested / fled / protested, then a sanctions cue in the sentence for people and companies.

A bare number with no noun and no cue is dropped, and ``other`` is emitted only for a clear
count of a plural noun ("seven charts"), so the table stays clean: the scorer ignores ``other``.

Why windows of characters and regexes: this runs over hundreds of thousands of articles, and a
quantity needs only the few words around it. Nothing here loops over the tokens of the doc.
Lines that are link lists ("• The crisis in seven charts") give no figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

from .clauses import (
    COLLECTIVE_NOUNS,
    ENTITY_GROUP_NOUNS,
    PEOPLE_GROUP_NOUNS,
    QUOTE_MARKS,
    is_link_line,
)
from .numbers import COUNT_WORDS, Quantity, parse_quantities

if TYPE_CHECKING:
    from ..document import AnnotatedArticle, Mention, Sentence


def _words(text: str) -> list[str]:
    """Word lists are written as one string, so they stay readable."""
    return text.split()


FIGURE_COLUMNS = (
    "article_id",
    "sentence_id",
    "start",
    "end",
    "evidence",
    "category",
    "value",
    "unit",
    "bound",
    "quantity_text",
    "subject",
    "quantity_start",
    "quantity_end",
)
# A count of one is a figure only where one death, injury or arrest is news.
SINGULAR_CATEGORIES = frozenset({"deaths", "injured", "detained", "money"})
PEOPLE_CATEGORIES = frozenset(
    {"displaced", "troops", "sanctioned", "deaths", "injured", "detained", "protesters"}
)

# --- the counted noun --------------------------------------------------------------------------

# Nouns whose category does not depend on the sentence.
NOUN_CATEGORIES: dict[str, str] = {
    **dict.fromkeys(
        _words(
            """refugees refugee migrants migrant emigrants emigres émigrés exiles evacuees
        asylum-seekers seekers displaced diaspora arrivals"""
        ),
        "displaced",
    ),
    **dict.fromkeys(
        _words(
            """troops soldiers soldier servicemen servicewomen marines paratroopers sailors airmen
        guardsmen commandos militiamen reservists sappers conscripts mercenaries fighters"""
        ),
        "troops",
    ),
    **dict.fromkeys(
        _words("countries nations governments states country nation signatories"), "countries"
    ),
    **dict.fromkeys(_words("deaths dead fatalities bodies killed killings"), "deaths"),
    **dict.fromkeys(_words("injured wounded injuries"), "injured"),
    **dict.fromkeys(
        _words("prisoners detainees arrests detentions arrested detained inmates jailed"),
        "detained",
    ),
    **dict.fromkeys(_words("protesters protestors demonstrators marchers rioters"), "protesters"),
    # "50 new sanctions designations": each a person, firm or vessel listed
    **dict.fromkeys(_words("designations listings"), "sanctioned"),
}
# Nouns that count people but say nothing of what happened to them: the sentence decides.
PEOPLE_NOUNS = PEOPLE_GROUP_NOUNS | frozenset(
    _words("""civilians residents children kids adults minors youths teenagers students workers
    activists opponents doctors nurses medics reporters police policemen guards volunteers
    victims defectors deserters others personnel staff employees mayors candidates agents spies
    contractors mercenaries fighters militia colonels admirals lieutenants person man woman
    child official""")
)
# People a state hosts or welcomes as guests of office: no refugees, whatever verb counts
# them ("hosted the 27 EU leaders", "welcomed 40 foreign ministers")
DIGNITARY_NOUNS = frozenset(
    _words("""leaders ministers presidents premiers envoys delegates delegations diplomats
    ambassadors heads dignitaries guests senators lawmakers legislators congressmen
    congresswomen governors mayors""")
)  # (and office holders: "Florida's two senators … pressed for TPS for Venezuelans")
# Things sanctions can target besides people.
ENTITY_NOUNS = ENTITY_GROUP_NOUNS | frozenset(_words("aircraft planes"))
# Modifiers inside the noun phrase that decide the category ("5,000 military personnel").
MODIFIER_CATEGORIES: dict[str, str] = {
    **dict.fromkeys(_words("displaced fleeing exiled asylum"), "displaced"),
    **dict.fromkeys(_words("military army naval"), "troops"),
    **dict.fromkeys(_words("wounded injured"), "injured"),
    **dict.fromkeys(_words("detained jailed imprisoned arrested political"), "detained"),
    **dict.fromkeys(_words("dead"), "deaths"),
}
# Papers granted to people who fled, counted instead of the people ("temporary protection
# visas"): displaced when a modifier says what protection they give.
PROTECTION_PAPERS = frozenset(
    _words("visas permits registrations applications certificates statuses status")
)
PROTECTION_MODIFIERS = frozenset(_words("protection refugee humanitarian"))
BLOC_WORDS = frozenset(
    _words(
        "its their bloc's union eu european nato oas lima group's bloc council's council eu's"
        " union's nato's oas's alliance's"
    )
)
_MEMBER_OF_BLOC = re.compile(
    r"(?:\b(?:bloc|union|EU|OAS|group|alliance|nato|organi[sz]ation|body|community|Mercosur)"
    r"['’]?s?|['’]s|\bits|\btheir)\s*$",
    re.IGNORECASE,
)
# A state's forces, as the troops cue and the counted people's complement name them
_FORCES = r"(?:armed\s+forces|military|army|national\s+guard|security\s+forces)"
# The counted people's own complement naming a state's forces (not an attribution before the
# number: "The head of Ukraine's armed forces said 3,000 civilians …")
_OF_NAMED_FORCES = re.compile(
    rf"\s*of\s+(?:the\s+|[A-Za-z]+['’]s\s+)(?:[A-Za-z]+\s+)?{_FORCES}\b", re.IGNORECASE
)
# Modifiers that make "members" people, never a bloc's states ("family members")
PEOPLE_MEMBERS = frozenset(_words("family staff crew board party cabinet gang"))
_INTO_OR_FROM = re.compile(r"\s+(?:into|from|out\s+of)\b")
# "the 27 members of the EU": a bloc's members are countries (not a state's own security
# council: "eight members of the Security Council of the Russian Federation" are people)
_OF_A_BLOC = re.compile(
    r"\s+of\s+(?:the\s+)?(?:EU|E\.U\.|European\s+Union|NATO|OAS|G7|G20|Lima\s+Group|Mercosur"
    r"|African\s+Union|Caricom|Security\s+Council(?!\s+of\b)|bloc|alliance)\b"
)
_BLOC_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:bloc|group|union|alliance|organi[sz]ation|body"
    r"|coalition|grouping|club|community|league|general\s+assembly|security\s+council)\b",
    re.IGNORECASE,
)
# Words that end the noun phrase after a number: it holds only modifiers and the noun.
STOP_WORDS = frozenset(
    _words("""in on at to from for of with by about into across over under since during after
    before against between among through toward towards via per than as like and or but nor so yet
    the a an this that these those their its his her our your my who which whom whose where
    when while what how have has had having are is was were be been being will would could may
    might should must can cannot did do does said says say told according than less
    already now also still reportedly allegedly just only even each every all both
    either neither it they them he she we you i there here then not no""")
)
# Where the clause of a counted noun starts, reading back: cues before it belong to another.
_CLAUSE_GLUE = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|as|or)\b", re.IGNORECASE)
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|its|their|these|those)\s+"
    r"(?:(?:[^\W\d_][\w\-]*\s+){0,2}[^\W\d_][\w\-]*(?:['’]s|s['’])\s+)?"
    r"(?:\d[\d,.]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|twenty|thirty|forty|fifty)\s+)?",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"\b(?:the|these|those|both|its|their|his|her|our|all|first|last|other|remaining)\s+$",
    re.IGNORECASE,
)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ines|ons|os|is|ese)")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\S")
_MONEY_SUBJECT = re.compile(r"\s*(?:in|of|worth\s+of|for|'s\s+worth\s+of)?\s*", re.IGNORECASE)

# --- cue words around a quantity ---------------------------------------------------------------

# "… or injured", "… and wounded" after "killed"/"dead": the dead and the hurt counted together
_OR_HURT_TAIL = r"\s+(?:or|and)\s+(?:injured|wounded|maimed)"
_EVENT_CUES = re.compile(
    # ("killed or injured", "dead and wounded": the dead and the hurt counted together, no
    # death toll; before the deaths, which would take "killed" alone)
    rf"\b(?:(?P<other>(?:killed|dead){_OR_HURT_TAIL})"
    r"|(?P<deaths>killed|killing|kills|murdered|slain|shot\s+dead|executed|massacred|died"
    # (not one person's death: "charged in connection with his death")
    r"|dies|die|dying|dead|(?<!his\s)(?<!her\s)deaths?|death\s+toll|toll|fatalities"
    r"|lost\s+(?:their|his|her)\s+lives"
    r"|(?:claimed|cost|costing|claiming|taken|took)\s+the\s+lives\s+of"
    r"|bodies)"
    r"|(?P<injured>injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed)"
    r"|(?P<detained>arrested|arresting|arrests?|detained|detaining|detentions?|detainees?|jailed"
    r"|jailing|imprisoned|imprisoning|prisoners?|in\s+custody|into\s+custody|behind\s+bars"
    # (held in captivity: a prisoner of war)
    r"|captivity"
    r"|locked\s+up|rounded\s+up|(?:are|were|being|been|is|was)\s+held|incarcerated"
    r"|captured|capturing|taken\s+prisoner|taken\s+captive)"
    r"|(?P<displaced>fled|flee|flees|fleeing|exodus|emigrated|emigrating|emigration|migrated"
    r"|(?:could|would|will|may|might|to)\s+(?:\w+\s+)?leave\s+(?:if|by|in|before|unless|should)"
    r"|(?:could|would|will|may|might)\s+(?:\w+\s+)?leave(?=\s*[,.;])"
    r"|continu(?:e|es|ed|ing)\s+to\s+leave|leav(?:e|es|ing)\s+(?:every|each|daily|per\b)"
    r"|arriv(?:e|es|ed|ing)\s+by\s+(?:air|land|sea|road|boat|bus|car|foot|plane|train)"
    r"|(?:arriv(?:e|es|ed|ing)|cross(?:es|ed|ing)?)\s+(?:every|each|daily|per\b"
    r"|in\s+(?:a|one)\s+(?:single\s+)?(?:day|night|week)"
    r"|at\s+the\s+(?:[a-z-]+\s+){0,3}(?:border|crossing|frontier|bridge))"
    r"|migrating|migrants?|refugees?|asylum|displaced|displacement|diaspora|exiles?"
    r"|(?:have|has|had|having)\s+(?:already\s+|now\s+)?left|left\s+(?:the\s+country"
    r"|their|home|for)|leave\s+the\s+country|leaving\s+the\s+country"
    r"|abroad|outside\s+(?:the\s+country|their)"
    r"|cross(?:es|ed|ing)?\s+(?:into|over\s+(?:into|to)|(?:the|our|their|its)\s+"
    # ("crossed the Darién jungle", "the English Channel": the passages of migrants)
    r"(?:borders?|frontiers?|(?:darién|darien)\s+(?:jungle|gap)|jungle|english\s+channel))"
    r"|crossed(?=\s*(?:[,.;]|on\s|since\s|from\s|overnight|yesterday|today))"
    r"|crossings\s+(?:into|from|over|out\s+of)|entered\s+(?:[a-z]\w+\s+)?from"
    r"|(?<!from\s)(?:entered|entering)\s+the\s+country"  # (not "banned from entering")
    r"|(?:have|has|had)\s+(?:now\s+|already\s+)?arrived\s+(?:in|since|under|through|via)"
    r"|sought\s+refuge|resettled|(?:taken|took|take|taking)\s+in|host(?:s|ed|ing)?|welcomed"
    r"|(?:has|have|had)\s+(?:already\s+|now\s+)?(?:received|registered)"
    r"|counts(?=\s+(?:(?:about|around|some|nearly|over|almost|roughly)\s+)?$)"
    r"|evacuat(?:ed|ing|ion)|relocat(?:ed|ing|ion)|to\s+safety|(?:forced|driven)\s+(?:to\s+flee|from\s+their\s+homes?|out\s+of"
    r"\s+their\s+homes?)|uprooted|pour(?:ed|ing|s)?\s+(?:over|into|across)"
    r"|absorbed|shelter(?:s|ed|ing)?|home\s+to|temporary\s+protect(?:ion|ed\s+status)|\btps\b|humanitarian\s+parole"
    # (people made to leave: "deported 82 Venezuelans", "138 foreigners expelled from the
    # country"; not "expelled eight diplomats", whose count is of envoys sent home)
    r"|deport(?:ed|ing|ations?|ees?)|expelled\s+from\s+the\s+country)"
    rf"|(?P<troops>defected|defecting|deserted|deserting|of\s+the\s+{_FORCES})"
    r"|(?P<protesters>protest(?:s|ed|ing|ers?|ors?)?|demonstrat(?:ors?|ions?|ed|ing)|rall(?:y|ies"
    r"|ied|ying)|marched|marching|marchers|took\s+to\s+the\s+streets|take\s+to\s+the\s+streets"
    r"|taking\s+to\s+the\s+streets|turned\s+out|turnout))\b",
)  # matched on lower-cased windows: case-sensitive patterns are much faster
# Only for a bare number with no noun: a noun in the clause before says what is counted.
_BARE_NOUN_CUES = re.compile(
    r"\b(?:(?P<countries>countries|nations|governments)|(?P<troops>troops|soldiers|servicemen))\b",
    re.IGNORECASE,
)
# A ban verb whose object is the count ("banned three more broadcasters", the US "blocked
# three companies"; not "banned gatherings of more than 50 people", where the ban's object is
# another noun)
_BANNED_RIGHT_BEFORE = re.compile(
    r"\b(?:ban|bans|banned|banning|bar|bars|barred|barring|blocked|blocks|blocking)\s+"
    r"(?:further\s+|another\s+)?$",
    re.IGNORECASE,
)
_SANCTION_CUE = re.compile(
    r"\b(?:sanction\w*|blacklist\w*|asset\s+freezes?|froze|frozen|travel\s+bans?"
    r"|freez(?:e|es|ing)\s+(?:the\s+)?(?:assets|accounts|funds|holdings)"
    # (excluded "from SWIFT"; not SWIFT the network: "SWIFT connects more than 11,000 banks")
    r"|(?:from|of|off)\s+(?:the\s+)?swift"
    r"|visa\s+(?:bans?|restrictions?)|revok\w*\s+(?:the\s+)?visas?|barred"
    r"|(?:banned|forbidden|prohibited)\s+from\s+entering"
    r"|entry\s+bans?|banned\s+entry|bans?\s+on\s+(?:any\s+)?(?:transactions|dealings)\s+with"
    r"|(?:clos|den|shut)\w*\s+entry\s+to"
    r"|(?:bann|block|halt|suspend)\w*\s+(?:all\s+|any\s+)?(?:transactions|dealings)\s+with"
    r"|designat(?:ed|es|ing|ions?)|(?:restrictive|punitive)\s+measures|entity\s+list|stop\s+list"
    r"|bans?\s+on|cut\s+off|cut\s+out|target(?:ed|s|ing)?|restrictions\s+on"
    r"|export\s+controls\s+on|(?:blocking|blocked|blocks?)\s+the\s+entry\s+of"
    r"|(?:bar|barred|barring|bars|ban|banned|banning|bans)\s+(?:[\w,-]+\s+){0,8}?from"
    r"\s+(?:entering|travell?ing|visiting))\b",
)  # on lower-cased text
# A second target of the measure its sentence opened with: "…, as well as on 27 other …"
_ALSO_ON = re.compile(r"\b(?:as\s+well\s+as|and|plus)\s+(?:on|against)\s+$", re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"\blisted\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# (up to four words between: "added 65 people and 18 entities to its asset-freeze and
# travel-ban list" lists both counts)
_ADDED_BEFORE = re.compile(r"\b(?:added|adds|adding|add)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_TO_A_LIST_AFTER = re.compile(
    # (room for "seven members of Venezuela's security and intelligence forces to its list",
    # and for an aside: "nearly 400 Russian individuals, including senior officers, to its
    # list")
    r"\s+(?:[\w'’-]+\s+){0,7}?(?:[\w'’-]+\s*,[^,.;]{1,80},\s+)?"
    r"to\s+(?:its|the|their|a|his|her)\s+"
    r"(?:(?:[\w'’-]+\s+){0,2}?|[\w'’-]+\s+and\s+[\w'’-]+\s+)(?:list|blacklist)\b",
    re.IGNORECASE,
)


# A measure's list, after its owner and up to two words ("its similar stop list", "the EU's
# asset-freeze list"); "the waiting list" is none
_MEASURE_LIST = (
    r"(?:a|an|its|the|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:stop|sanctions|asset-freeze|travel-ban|visa-ban|entity)[\s-]list|blacklist)\b"
)
# "put 313 Canadians, among them …, on a similar stop list": placed on a list of a measure
_PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\s+(?:[\w-]+\s+){0,2}$")
_ON_A_LIST_AFTER = re.compile(r"[^.;]{0,90}?\bon\s+" + _MEASURE_LIST, re.IGNORECASE)
# "the 15 people added to the EU's asset-freeze list", "141 individuals and 49 entities have
# been added to the list", "nearly 200 more individuals and entities would be added to the
# EU's blacklist" (a bare "the list" a counted group is added to: the measure's)
_ADDED_TO_A_LIST_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:added|listed)\s+to\s+(?:"
    + _MEASURE_LIST
    + r"|the\s+list\b|the\s+(?:[\w'’-]+\s+)?(?:EU|EU's|EU’s|bloc's|bloc’s)\s+list\b)",
    re.IGNORECASE,
)


def _listed(before: str, rest: str, head: str = "") -> bool:
    """A count listed by a measure's owner ("The EU listed 11 more officials") or added to a
    list ("added 43 names to its sanctions list", "The bloc added 11 names"; "added 34
    routes" is no listing)."""
    if _LISTED_BEFORE.search(before[-30:]):
        return True
    if _PUT_BEFORE.search(before[-30:]) and _ON_A_LIST_AFTER.match(rest):
        return True
    if _ADDED_TO_A_LIST_AFTER.match(rest):
        return True  # "the 15 people added to the EU's asset-freeze list"
    if not _ADDED_BEFORE.search(before[-30:]):
        return False
    return head == "names" or _TO_A_LIST_AFTER.match(rest) is not None


_UNDER_SANCTIONS_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+(?:are|were)\s+|(?:placed|put|already)\s+)?(?:under|subject\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:sanctions|restrictive\s+measures|asset\s+freezes)\b"
    # a participle right after the noun: "the three people sanctioned: A, B and C" (not an
    # active verb with its object: "three people sanctioned the move")
    r"|\s*(?:sanctioned|blacklisted|designated)\b(?!\s+(?:the|a|an|his|her|its|their)\b)"
    # "36 officials already listed since 2018" (a bare "listed" may be a stock listing)
    r"|\s*(?:already|previously)\s+(?:listed|sanctioned|blacklisted|designated)\b",
    re.IGNORECASE,
)
# Bullets with no full stop (links to other stories, see clauses.LINK_LINE).
_BULLET = re.compile(r"\s*[•·▪►▶*\-–—]")
_PASSED = re.compile(
    r"\b(?:passed|surpassed|exceeded|exceeds|exceed|topped|tops|crossed|broke|broken|passing"
    r"|surpassing|exceeding)\s+(?:the\s+)?(?:(?:mark|threshold|milestone)\s+of\s+)?$",
    re.IGNORECASE,
)
# A bare number that goes on from the figure before it ("..., followed by Peru with 768,000").
# a ranking: "Peru came next with over half a million"
_RANKING = (
    r"\b(?:came|comes|was|is|ranked|ranks)\s+(?:next|second|third|fourth|fifth)\s+with\s+$"
    r"|\bfollowed\s+by\s+(?:[A-Z][\w'’.-]*\s*){1,3},?\s+with\s+$"  # "It is followed by Peru, with"
)
_CONTINUES = re.compile(
    r"\b(?:up|down)\s+from\s+$|\b(?:from|with|against|versus|to)\s+(?:\w+\s+){0,2}$"
    # "stood at around 3 million in November, passed 4 million in June and reached some 4.5
    # million": a total's later milestones; "… in 2018 and a further 1,569 this year"
    r"|(?:,|\band)\s+(?:then\s+)?(?:passed|reached|hit|topped|surpassed|exceeded|crossed"
    r"|(?:rose|climbed|grew|jumped|increased)\s+to)\s+(?:the\s+)?$"
    r"|(?:,|\band)\s+(?:a\s+further|another)\s+$"
    r"|\bcompared\s+(?:with|to)\s+|\bfollowed\s+by\b|\b(?:a|the|this|that)\s+(?:number"
    r"|figure|total)\b"
    # "…, and at the end of 2015 it stood at roughly 700,000"; "put it at 3.4 million"
    r"|\b(?:stood|stands|standing|put\s+(?:it|them|the\s+(?:total|figure|number)))\s+at\s+$"
    r"|" + _RANKING,
    re.IGNORECASE,
)
_RANKED = re.compile(_RANKING, re.IGNORECASE)
# "Peru hosts 506,000 and Chile 288,000": the verb left out after a coordinated place name.
_GAPPED = re.compile(
    # (";" and a comma after the place too: "Colombia hosts 1.6 million; Peru, 860,000")
    r"(?:\band|,|;|\bwhile|\bwhereas)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+){1,3}"
    r"(?:(?:has|have|had)\s+)?(?:(?:received|taken\s+in|hosts|hosted|welcomed|registered|recorded)"
    r"\s+)?(?:another\s+|a\s+further\s+|an\s+estimated\s+)?$"
)
# A list of counts by place: "more than 40,000 in Chile, some 12,000 in Bolivia and about
# 9,000 in Uruguay": the gap after a count's place, and the next count's own place.
# ("into" and "to" too: "around 900,000 have crossed into Romania, almost 600,000 into
# Hungary, 460,000 into Moldova", "some 140,000 to Slovakia and more than 80,000 each to …")
_IN_PLACE_GAP = re.compile(
    r"\s+(?:each\s+)?(?:in|into|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,3}(?:,\s*and|,|and)\s+\Z"
)
# A list of places with their counts in brackets: "Peru (506,000), Chile (288,000) and
# Brazil (96,000)"
_BRACKETED_GAP = re.compile(
    r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,3}\(\s*"
)
_IN_PLACE_AFTER = re.compile(r"\s+(?:each\s+)?(?:in|into|to)\s+(?:the\s+)?[A-Z]")
# A second clause whose subject is a bare number: "…, and about 1.1 million have settled …",
# "…, while nearly 1.3 million have received residence permits".
_JOINED = re.compile(r"(?:\band|\bwhile|\bwhereas)\s+$")
_VERB_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|are|were)\s+(?:now\s+|already\s+|also\s+)?[a-z]"
    r"|(?:went|crossed|arrived|moved|headed)\s+(?:to|into|in)\b)"
)  # ("…, and 71,200 went to Slovakia": a verb of arriving, past, with its place)
# An aside set off by commas right before a number: "Moldova, one of Europe's poorest
# countries, some 370,000" (its words say nothing of what the number counts).
_ASIDE_BEFORE = re.compile(r",[^,]{1,60},\s*$")
# A sentence opened by a bare number of people who live or are somewhere, right after a count
# of the displaced: "More than 4 million have left. About 39,500 live in Mexico." / "Another
# 768,000 are in Peru." The number counts more of the same people.
_SENTENCE_OPENING = re.compile(
    r"[\s\"“]*(?:(?:another|a\s+further|about|around|some|nearly|almost|roughly|over|more\s+than"
    r"|at\s+least|an\s+estimated|approximately)\s+)?",
    re.IGNORECASE,
)
_SETTLED_AFTER = re.compile(
    r"\s+(?:(?:are|were|have|has)\s+)?(?:now\s+|currently\s+)?(?:live|lives|living|are\s+in"
    r"|were\s+in|reside|resides|residing|stay|stays|staying|settled|gone\s+to|went\s+to"
    r"|moved\s+to|in|(?:are|were|remain|remained)\s+(?:still\s+)?(?:there|here))\b",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|number|total|tally|count|toll)\b"
    r"|\bof\s+(?:those|them|these|whom)\b",
    re.IGNORECASE,
)
# "Some 1.1 million of them are in Colombia": a share of the people just counted.
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.IGNORECASE)
# Words that open a list of a group's members ("…, including", "…, among them")
_MEMBERS_OPENING = r"including|among\s+(?:them|whom)"
_PART_OF = re.compile(
    rf"\b(?:(?:{_MEMBERS_OPENING})(?:\s+the)?|of\s+(?:whom|them))\s+$", re.IGNORECASE
)
_RATE = re.compile(r"\s+(?:a|an|per|each)\s+(?!\w+\s+of\b)[^\W\d_]+", re.IGNORECASE)
# A promotion's wording: a rate in it ("Subscribe to the Herald for $1 a week") is the outlet
# selling itself. Rates the article reports are figures ("a one-off payment of 300 zloty per
# person", "trading at $65 a barrel", "teachers earn $7 a month").
_PROMOTION = re.compile(
    r"\b(?:subscribe|subscription|subscribers?|sign\s+up|free\s+trial|special\s+offer"
    r"|unlimited|(?:digital|online|full)\s+access|access\s+for|cancel\s+any\s*time|introductory"
    r"|offering\s+readers|readers\s+(?:can|may)|per\s+issue|membership)\b",
    re.IGNORECASE,
)


def _promotion(text: str, sentence: Sentence) -> bool:
    """Is the sentence an outlet's promotion (its subscription price, an offer)?"""
    return _PROMOTION.search(text, sentence.start, sentence.end) is not None


_BARE = ("", None, None)  # a number with no noun and no cue: it may continue the figure before
# How far cue words may be from the quantity (characters).
NEAR = 28
BEFORE = 60
AFTER = 70
SANCTION_REACH = 110


def extract_figures(article: AnnotatedArticle) -> list[dict]:
    """Rows of the figures table for one article (columns: ``FIGURE_COLUMNS``)."""
    text = article.text
    voting = _un_vote_sentences(article)
    quantities = _with_vote_tallies(article, parse_quantities(text, article.lowered()), voting)
    names = _name_spans(article)
    rows: list[dict] = []
    for index, quantity in enumerate(quantities):
        sentence_id = article.sentence_of(quantity.start)
        sentence = article.sentences[sentence_id]
        if quantity.end > sentence.end or _is_link_line(text, sentence):
            continue
        if _inside_a_name(names, quantity):
            continue  # "the Group of Seven nations": a name, not a count
        previous_end = quantities[index - 1].end if index else 0
        next_start = quantities[index + 1].start if index + 1 < len(quantities) else len(text)
        if quantity.range_end == "low" and quantities[index + 1].end <= sentence.end:
            # "between 3 million and 4 million Venezuelans": counted as the high end is
            following = quantities[index + 2].start if index + 2 < len(quantities) else len(text)
            figure = _classify(article, quantities[index + 1], sentence, quantity.end, following)
        else:
            figure = _classify(article, quantity, sentence, previous_end, next_start)
        if figure == _BARE:
            figure = _inherited(text, quantity, sentence_id, previous_end, rows)
        if sentence_id in voting and _unclassified(figure) and _votes_of_states(text, quantity):
            figure = ("countries", "countries", None)  # "by 143-5, with 35 abstentions"
        if figure is None:
            continue
        if figure[0] == "other" and _sanctioned_alongside(text, quantity, sentence_id, rows):
            # "sanctions on 10 people and 13 groups": the measure reaches both counts
            figure = ("sanctioned", figure[1], figure[2])
        whole = _breakdown_of(text, quantity, sentence, rows) if figure[0] == "other" else None
        if whole is not None:
            # "27,100 refugees had arrived. This includes 11,110 people through the sponsorship
            # route": a part of the total just counted, counted as it is
            figure = (whole["category"], whole["unit"], figure[2])
        listed = _listed_after(text, quantity, sentence_id, rows, figure[1], figure[2])
        if figure[0] == "other" and listed:
            # "Among the dead were 196 Dutch citizens, 43 Malaysians and 38 Australians": the
            # list's later counts are of the same kind
            figure = (rows[-1]["category"], rows[-1]["unit"], figure[2])
        if figure[0] == "other" and _part_of_previous(text, quantity, sentence_id, rows):
            # "5,587 civilian deaths, including 368 children": 368 deaths of people
            figure = (rows[-1]["category"], rows[-1]["unit"], figure[2])
        if figure[0] == "countries" and _of_whom_before(text, quantity, sentence_id, rows):
            # "4.3 million Ukrainians were registered in EU countries, of whom roughly 860,000
            # were adult men": people, counted as the people before them (not the countries)
            people = _people_counted_before(sentence_id, rows)
            figure = (
                (people["category"], people["unit"], figure[2])
                if people
                else ("other", "people", figure[2])
            )
        category, unit, subject = figure
        bound = _bound(text, quantity, sentence)
        if quantity.hedge is None and _gapped_hedge(text, quantity, sentence_id, rows):
            bound = rows[-1]["bound"]  # "at least 549 killed and 957 injured"
        if category == "money" and quantity.hedge is None and _converted(text, quantity, rows):
            bound = rows[-1]["bound"]  # "some $1.2bn (£930m)": the conversion is as hedged
            # (unless it has a hedge of its own: "11 million kronor (about $1.2 million)")
        rows.append(
            {
                **article.provenance(sentence_id),
                "category": category,
                "value": quantity.value,
                "unit": unit,
                "bound": bound,
                "quantity_text": quantity.text,
                "subject": subject,
                "quantity_start": quantity.start,
                "quantity_end": quantity.end,
            }
        )
    _share_the_verb_after(text, rows)
    return rows


# --- votes of the UN's member states ------------------------------------------------------------

# A UN body named in the sentence or the two before it: its votes are cast by states. Its
# names are the gazetteer's (data/gazetteers/organisations.csv); the descriptions it does not
# hold as names are matched here ("the General Assembly", "the world body", "the 193-member
# body")
UN_BODIES = frozenset({"org:UN", "org:UNSC", "org:UNGA", "org:UNHRC"})
_UN_DESCRIPTION = re.compile(
    r"\b(?:General\s+Assembly|world\s+body"
    r"|\d{3}-(?:member|nation)\s+(?:body|assembly|world\s+body|General))\b"
)
_VOTE_WORDS = re.compile(
    r"\b(?:votes?|voted|abstentions?|abstained|in\s+favou?r|(?:supported|backed)\s+by\s+\d)",
    re.IGNORECASE,
)
# The words without which a sentence has none of _VOTE_WORDS (a cheap first test)
VOTE_TOKENS = frozenset(
    "vote votes voted abstention abstentions abstained favour favor supported backed".split()
)
# A sentence after the one naming the UN body points back to its vote
_VOTE_ANAPHOR = re.compile(
    r"\b(?:the|that|this)\s+(?:assembly|resolution|vote|text|motion|council|body)\b",
    re.IGNORECASE,
)
# Weaker pointers back, taken only when no other body that votes is named on the way (see
# _un_vote_sentences): a sentence opening "It passed", and voters counted by a bare number
# ("Only five voted against. Another 35 abstained.")
_IT_PASSED = re.compile(r"[\"“‘']?It\s+(?:(?:was\s+)?(?:passed|adopted|carried|won)\b|was\s+\d)")
_VOTERS_COUNTED = re.compile(
    r"\b(?:only|another|just|a\s+further|\d[\d,]*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)\s+(?:more\s+|others\s+)?"
    r"(?:members\s+|countries\s+|states\s+|nations\s+)?"
    r"(?:voted\s+(?:against|in\s+favou?r|for)|abstained)\b",
    re.IGNORECASE,
)
# Bodies whose members vote that are not the UN's: their tallies count lawmakers
_OTHER_VOTERS = re.compile(
    r"\b(?:Duma|parliament|Parliament|Congress|Senate|Rada|Bundestag|Knesset|Sejm|lawmakers"
    r"|legislators|legislature|MPs|deputies|senators|National\s+Assembly|Federation\s+Council"
    r"|Committee|Council\s+of\s+Europe|Parliamentary\s+Assembly|[Bb]oard|shareholders"
    r"|Olympic|FIFA|UEFA|delegates|congress)\b"
)
UN_REACH = 2  # sentences back to the one naming the UN body
# A count of the votes states cast: "143-5", "by 141 to 5", "35 abstentions", "93 votes in
# favour and 24 against", "141 of the assembly's 193 members", "Only five voted against"
_STATES_VOTE_AFTER = re.compile(
    r"\s*(?:[-–]\s*\d|to\s+\d|votes?\b|abstentions?\b|abstained\b"
    r"|(?:(?:members|states|nations|countries)\s+)?(?:have\s+|had\s+)?voted\b"
    r"|against\b|in\s+favou?r\b|of\s+(?:the\s+)?(?:assembly's|body's|its)\s+\d{3}\s+members\b)",
    re.IGNORECASE,
)
_STATES_VOTE_BEFORE = re.compile(r"(?:\b(?:by|was|to|vote\s+of)|\d\s*[-–])\s*$", re.IGNORECASE)
# The nouns a vote's count may carry and still be the states' ("141 votes", "35 abstentions",
# "141 of the assembly's 193 members"); any other noun counts something else ("four regions")
VOTE_NOUNS = frozenset("vote votes abstentions abstention members states nations".split())
# "143-5" and "93 votes": counts the number parser leaves alone (a tally is no range, and
# votes are left out of figures but where states cast them)
_TALLY = re.compile(
    r"(?<![\d,.$£€-])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d,.%-])"
    r"|(?<![\d,.$£€-])(\d{1,3})(?=\s+votes?\b)"
)


def _un_vote_sentences(article: AnnotatedArticle) -> set[int]:
    """Sentences about a vote of a UN body ("The General Assembly adopted the resolution by
    143-5, with 35 abstentions"): their bare counts are member states. A parliament's vote
    ("The Duma voted 351-16") names no UN body."""
    text = article.text
    # (a set test on the article's words first: most articles have no vote word, and only
    # the sentences holding one, and the two before each, are searched for a UN body)
    words = article.tokens.words
    # (the article's word set is built once, in annotation: a look-up per vote word instead
    # of a pass over every word)
    present = VOTE_TOKENS & article.tokens.word_set()
    if not present:
        return set()
    sentences = article.sentences
    holding = set()
    for word in present:  # (list.index finds each at C speed: no Python loop over the words)
        index = words.index(word)
        while index != -1:
            holding.add(article.sentence_of(article.tokens.start(index)))
            index = _index_after(words, word, index)
    voted = [
        sentence_id
        for sentence_id in sorted(holding)
        if _VOTE_WORDS.search(text, sentences[sentence_id].start, sentences[sentence_id].end)
    ]

    def names_un(sentence_id: int) -> bool:
        if any(m.entity_id in UN_BODIES for m in article.mentions_in(sentence_id)):
            return True
        sentence = sentences[sentence_id]
        return _UN_DESCRIPTION.search(text, sentence.start, sentence.end) is not None

    found = set()
    for sentence_id in voted:
        sentence = sentences[sentence_id]
        earlier = range(max(0, sentence_id - UN_REACH), sentence_id)
        if names_un(sentence_id) or (
            _VOTE_ANAPHOR.search(text, sentence.start, sentence.end) is not None
            and any(names_un(i) for i in earlier)
        ):
            found.add(sentence_id)
        elif (
            _IT_PASSED.match(text, sentence.start) is not None
            or _VOTERS_COUNTED.search(text, sentence.start, sentence.end) is not None
        ) and _un_named_with_no_other_voters(article, sentence_id, names_un):
            found.add(sentence_id)  # "It passed by 141 votes to five"
    return found


def _index_after(words: list[str], word: str, index: int) -> int:
    """The next index of ``word`` in ``words`` after ``index``, or -1."""
    try:
        return words.index(word, index + 1)
    except ValueError:
        return -1


def _un_named_with_no_other_voters(article: AnnotatedArticle, sentence_id: int, names_un) -> bool:
    """Is a UN body named within UN_REACH sentences before, with no parliament or other
    voting body named from there to this sentence? ("The UN Security Council met. The Duma
    ratified the treaty. It passed by 351 votes to 16." counts deputies, not states.)"""
    for back in range(sentence_id - 1, max(-1, sentence_id - UN_REACH - 1), -1):
        if names_un(back):
            spans = article.sentences[back + 1 : sentence_id + 1]
            return not any(
                _OTHER_VOTERS.search(article.text, span.start, span.end) for span in spans
            )
    # an article about UN votes and no other body's ("three big votes in the General
    # Assembly … It passed by 140 votes to five"): a UN body named anywhere before will do
    if _OTHER_VOTERS.search(article.text) is not None:
        return False
    return any(names_un(back) for back in range(sentence_id - UN_REACH - 1, -1, -1))


def _unclassified(figure: tuple[str, str | None, str | None] | None) -> bool:
    """No category yet: dropped, bare, or a plain count of votes ("other" with a vote's noun;
    "four Ukrainian regions" stays what it is)."""
    if figure is None or figure == _BARE:
        return True
    counted = (figure[2] or "").rsplit(None, 1)[-1:]
    return figure[0] == "other" and bool(counted) and counted[0].lower() in VOTE_NOUNS


def _votes_of_states(text: str, quantity: Quantity) -> bool:
    """Is the bare count a number of states voting: a tally's end ("143-5", "141 to 5"), a
    count of votes or abstentions, those who voted against, or a share of the members?"""
    after = text[quantity.end : quantity.end + 60]
    before = text[max(0, quantity.start - 12) : quantity.start]
    return bool(_STATES_VOTE_AFTER.match(after) or _STATES_VOTE_BEFORE.search(before))


def _with_vote_tallies(
    article: AnnotatedArticle, quantities: list[Quantity], voting: set[int]
) -> list[Quantity]:
    """The quantities plus both ends of each "143-5" tally in a UN vote sentence, in order."""
    if not voting:
        return quantities
    taken = [(q.start, q.end) for q in quantities]
    added = []
    for sentence_id in sorted(voting):
        sentence = article.sentences[sentence_id]
        for match in _TALLY.finditer(article.text, sentence.start, sentence.end):
            for group in (1, 2, 3):
                if match.group(group) is None:
                    continue
                start, end = match.span(group)
                if any(s <= start < e for s, e in taken):
                    continue
                number = match.group(group)
                added.append(
                    Quantity(start, end, float(number), number, "exact", None, None, "count")
                )
    return sorted([*quantities, *added], key=lambda q: q.start) if added else quantities


def _name_spans(article: AnnotatedArticle) -> tuple[list[int], list[int]]:
    """The starts and ends of the article's proper names of several words, in text order
    ("Group of Seven"; not an alias such as "the 27-nation bloc", whose count is a figure)."""
    spans = [
        (m.start, m.end) for m in article.mentions if " " in m.surface and m.surface[0].isupper()
    ]
    return [start for start, _ in spans], [end for _, end in spans]


def _inside_a_name(names: tuple[list[int], list[int]], quantity: Quantity) -> bool:
    """Does the quantity stand inside a name ("Group of Seven", "Group of 20")?"""
    if quantity.kind == "compound":
        return False  # "The 27-nation bloc": a count, even at a sentence's start
    starts, ends = names
    position = bisect_right(starts, quantity.start) - 1
    return position >= 0 and quantity.end <= ends[position]


# Counts of people joined by "and" (or commas) before one verb: "Nearly 3 million
# Venezuelans and about 1 million Colombians have crossed the border".
_JOINED_COUNTS = re.compile(r"\s+[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,2}(?:,|,?\s+and)\s+")


def _share_the_verb_after(text: str, rows: list[dict]) -> None:
    """A count of people with no category of its own takes the category of the next count
    when the two are coordinated and the verb after the last tells what happened to both
    (not when the next count's noun gave its category: "3 million Venezuelans and 1 million
    refugees" says nothing of the first). Last pair first, so a list shares it all along."""
    for first, second in reversed(list(pairwise(rows))):
        if first["category"] != "other" or first["unit"] != "people":
            continue
        if second["sentence_id"] != first["sentence_id"] or second["unit"] != "people":
            continue
        head = (second["subject"] or "").rsplit(None, 1)[-1:]
        if second["category"] not in PEOPLE_CATEGORIES or (head and head[0] in NOUN_CATEGORIES):
            continue
        if _JOINED_COUNTS.fullmatch(text, first["quantity_end"], second["quantity_start"]):
            first["category"] = second["category"]


# "At least 549 civilians have been killed and 957 injured": the second count shares the
# first one's verb group, left out before its participle, and so its hedge.
_SHARED_VERB_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,4}?[a-z]+ed\s+and\s+\Z")
_BARE_PARTICIPLE = re.compile(r"\s+(?:[a-z]+ed|hurt)\b")


def _gapped_hedge(text: str, quantity: Quantity, sentence_id: int, rows: list[dict]) -> bool:
    """Does this unhedged count share the hedged count before it, its verb gapped?"""
    if not rows or rows[-1]["sentence_id"] != sentence_id or rows[-1]["bound"] == "exact":
        return False
    gap = text[rows[-1]["quantity_end"] : quantity.start]
    return bool(_SHARED_VERB_GAP.match(gap)) and bool(_BARE_PARTICIPLE.match(text, quantity.end))


def _converted(text: str, quantity: Quantity, rows: list[dict]) -> bool:
    """Is this amount a conversion in brackets right after the amount before it?"""
    if not rows or rows[-1]["category"] != "money":
        return False
    return text[rows[-1]["quantity_end"] : quantity.start].strip() == "("


def _is_link_line(text: str, sentence: Sentence) -> bool:
    """A "Read more" line, or a bullet with no full stop, links to another story: its numbers
    are not this one's reporting ("• The crisis in seven charts")."""
    if is_link_line(text, sentence):
        return True
    return bool(
        _BULLET.match(text, sentence.start, sentence.start + 3)
        and text[sentence.end - 1 : sentence.end] not in (".", "!", "?", '"', "”")
    )


def _bound(text: str, quantity: Quantity, sentence: Sentence) -> str:
    """The hedge's bound; an unhedged number after "has passed" / "exceeded" is a floor."""
    if quantity.hedge is not None:
        return quantity.bound
    start = max(sentence.start, quantity.start - 40)
    window = text[start : quantity.start]
    passed = _PASSED.search(window)
    if passed is None:
        return quantity.bound
    # "does not exceed 100,000", "has never passed …": a ceiling, not a floor
    return "at_most" if _NOT_BEFORE.search(window, 0, passed.start()) else "at_least"


_NOT_BEFORE = re.compile(r"\b(?:not|never|n't)\s+(?:yet\s+)?$", re.IGNORECASE)


_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)(?!\s+[a-z]+s\b)")


def _inherited(
    text: str, quantity: Quantity, sentence_id: int, previous_end: int, rows: list[dict]
) -> tuple[str, str | None, str | None] | None:
    """A bare number that continues the figure before it takes that figure's category:
    "more than 1.3 million, followed by Peru with 768,000", "up from about three million",
    "At the end of 2015 the figure stood at some 695,000"."""
    if not rows or rows[-1]["category"] in ("other", "money"):
        return None
    last = rows[-1]
    gap = _ASIDE_BEFORE.sub(" ", text[max(last["quantity_end"], previous_end) : quantity.start])
    continues = (
        _CONTINUES.search(gap)
        or _GAPPED.search(gap)
        or (_IN_PLACE_GAP.match(gap) and _IN_PLACE_AFTER.match(text, quantity.end))
        or _BRACKETED_GAP.fullmatch(gap)
        or (
            # only flight goes on this way: "300 were killed, and 2 million have received no
            # food" counts someone else
            last["category"] == "displaced"
            and _JOINED.search(gap)
            and _VERB_AFTER.match(text, quantity.end)
        )
    )
    share = _OF_THEM_AFTER.match(text, quantity.end)  # "…, 200,000 of them in Peru"
    more = _MORE_AFTER.match(text, quantity.end)  # "sanctioned 40 officials … added 19 more"
    same_sentence = last["sentence_id"] == sentence_id
    # ("…, and warned that the number could reach four million": however long the gap)
    refers = _REFERS_BACK.search(gap[-60:]) is not None
    if same_sentence and ((len(gap) <= 120 and continues) or share or more or refers):
        return last["category"], last["unit"], None
    ranked = _RANKED.search(gap[-40:])  # "… 1 million. Peru came next with over half a million"
    if last["sentence_id"] == sentence_id - 1 and (
        _REFERS_BACK.search(gap[-80:]) or share or ranked
    ):
        return last["category"], last["unit"], None
    if (
        last["category"] == "displaced"
        and last["sentence_id"] == sentence_id - 1
        and _SENTENCE_OPENING.fullmatch(gap.rsplit(".", 1)[-1])
        and _SETTLED_AFTER.match(text, quantity.end)
    ):
        return last["category"], last["unit"], None  # "…have left. About 39,500 live in Mexico."
    holder = _HOLDER_BEFORE.search(gap[-60:]) and _SHARE_ENDS.match(text, quantity.end)
    if (
        holder
        and last["category"] == "displaced"
        and sentence_id - last["sentence_id"] <= 3
        and quantity.value <= last["value"]  # a share, never more than the whole
    ):
        # "… 4 million had left. … Colombia has some 1.3 million", "Peru, with about 860,000,
        # is second": a host's share of the people just counted
        return last["category"], last["unit"], None
    voted = _VOTED_AFTER.match(text, quantity.end)
    if voted and last["category"] == "countries" and sentence_id - last["sentence_id"] <= 1:
        # "143 of the UN's 193 member states voted for it. Thirty-five abstained", "… and
        # more than 140 backed it": a tally of the states counted before
        return last["category"], last["unit"], None
    return None


# What may follow a host's share: the end of its clause or a list going on ("Colombia has
# some 1.3 million, followed by …"), not a phrase of its own ("has 3,000 stationed at …")
_SHARE_ENDS = re.compile(r"\s*(?:[,.;)]|$|\s(?:and|while|whereas|followed)\b)")
# A place holding a bare count: "Colombia has some 1.3 million", "Peru, with about 860,000"
_HOLDER_BEFORE = re.compile(
    r"(?:^|[.;]\s+|\n)(?!(?:It|They|He|She|This|That|There|Which|Who)\b)"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*(?:\s+(?:alone|now|still))?"
    r"(?:,\s+with|\s+(?:has|had|now\s+has|holds|counts))\s+$"
)
# A bare count's own vote: "Thirty-five abstained", "more than 140 backed it"
_VOTED_AFTER = re.compile(
    r"\s+(?:(?:also|have|had)\s+)?(?:abstained|voted|backed\s+it|supported\s+it"
    r"|opposed\s+it|rejected\s+it|voted\s+against)\b"
)


_LIST_OPENER = re.compile(rf"\b(?:{_MEMBERS_OPENING})\b", re.IGNORECASE)
_LIST_ITEM_END = re.compile(r"(?:,|\band)\s+$")  # the count opens the list's next item
LIST_MEMBER_REACH = 220  # characters from the group's count to a member's


# The rest of the noun phrase of the count before, then the coordinator: " people and "
_COORDINATED_COUNT_GAP = re.compile(
    # (up to the "of" phrase of "11 members of the State Duma and five relatives …")
    r"\s*(?:[\w'’-]+\s+){1,6}?(?:and|or|plus|as\s+well\s+as)\s+$",
    re.IGNORECASE,
)


def _sanctioned_alongside(
    text: str, quantity: Quantity, sentence_id: int, rows: list[dict]
) -> bool:
    """Is the count coordinated right after a sanctioned count ("on 10 people and 13 groups",
    "two banks and three firms")? The measure reaches both."""
    if not rows or rows[-1]["sentence_id"] != sentence_id or rows[-1]["category"] != "sanctioned":
        return False
    gap = text[rows[-1]["quantity_end"] : quantity.start]
    return _COORDINATED_COUNT_GAP.fullmatch(gap) is not None


# "This includes", "The total includes": what follows breaks the total before into parts
_BREAKDOWN_OPENER = re.compile(
    r"\b(?:this|that|it|the\s+(?:total|figure|number|tally))\s+(?:also\s+)?"
    r"(?:includes|included|comprises|comprised)\s+",
    re.IGNORECASE,
)


def _breakdown_of(
    text: str, quantity: Quantity, sentence: Sentence, rows: list[dict]
) -> dict | None:
    """The figure a count is part of when a sentence opens its breakdown ("This includes
    11,110 people through the sponsorship route", "The total includes 31,300 people under
    the family scheme, and 72,700 people under …"): the last counted figure before the
    opener, in this sentence or the one before, never smaller than the part."""
    openers = list(_BREAKDOWN_OPENER.finditer(text, sentence.start, quantity.start))
    opener = openers[-1] if openers else None
    if opener is None or any(mark in text[opener.end() : quantity.start] for mark in ";:."):
        return None
    for row in reversed(rows):
        if row["quantity_end"] > opener.start():
            continue
        counted = row["category"] not in ("other", "money", "countries")
        near = sentence.id - row["sentence_id"] <= 1
        return row if counted and near and quantity.value <= row["value"] else None
    return None


# What stands between two counts of one list: the first's noun, then a comma or "and"
_LIST_GAP = re.compile(r"(?:\s+[\w'’-]+){1,3}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
LISTED_CATEGORIES = frozenset({"deaths", "injured", "detained", "displaced", "troops"})
LIST_ITEMS = 6  # counts back in the list whose nouns a later count may repeat


def _listed_after(
    text: str,
    quantity: Quantity,
    sentence_id: int,
    rows: list[dict],
    unit: str | None,
    figure_subject: str | None,
) -> bool:
    """Is the count the next item of a list whose first count has a category of people
    ("196 Dutch citizens, 43 Malaysians and 38 Australian citizens" after "Among the dead
    were")? Only people counted, by a demonym or the first count's own noun."""
    if not rows or rows[-1]["sentence_id"] != sentence_id:
        return False
    last = rows[-1]
    if last["category"] not in LISTED_CATEGORIES:
        return False
    heads = {
        (row.get("subject") or "").rsplit(None, 1)[-1]
        for row in rows[-LIST_ITEMS:]
        if row["sentence_id"] == sentence_id and row.get("subject")
    }
    subject = figure_subject or ""
    demonym = unit == "people" and subject[:1].isupper()  # "43 Malaysians", not "40 million people"
    if not demonym and unit not in heads:
        return False
    return _LIST_GAP.fullmatch(text, last["quantity_end"], quantity.start) is not None


# "…, of whom roughly": a count of some of the people just counted
_OF_WHOM = re.compile(r",\s*of\s+whom\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
OF_WHOM_REACH = 80  # characters from the count before to "of whom roughly"


def _of_whom_before(text: str, quantity: Quantity, sentence_id: int, rows: list[dict]) -> bool:
    """Does ", of whom" join the count to one before it in the sentence (people, never
    countries)?"""
    if not rows or rows[-1]["sentence_id"] != sentence_id:
        return False
    start = max(rows[-1]["quantity_end"], quantity.start - OF_WHOM_REACH)
    return _OF_WHOM.search(text, start, quantity.start) is not None


def _people_counted_before(sentence_id: int, rows: list[dict]) -> dict | None:
    """The sentence's last count of people ("whom" points back at people)."""
    same = [row for row in rows if row["sentence_id"] == sentence_id]
    return next((row for row in reversed(same) if row["unit"] == "people"), None)


def _part_of_previous(text: str, quantity: Quantity, sentence_id: int, rows: list[dict]) -> bool:
    """A count right after 'including' / 'among them' / 'of whom' is part of the figure before
    it and shares its category ('5,587 civilian deaths, including 368 children')."""
    if not rows or rows[-1]["sentence_id"] != sentence_id:
        return False
    if rows[-1]["category"] in ("other", "money", "countries"):
        return False
    gap = text[rows[-1]["quantity_end"] : quantity.start]
    if len(gap) <= 100 and _PART_OF.search(gap) is not None:
        return True
    # a later item of the list such a word opens: "27 individuals and entities, among them
    # Sergei Shoigu, senior officers and three banks"
    openers = list(_LIST_OPENER.finditer(gap))
    if not openers or len(gap) > LIST_MEMBER_REACH:
        return False
    opener = openers[-1]
    items = gap[opener.end() :]
    return _LIST_ITEM_END.search(items) is not None and not any(mark in items for mark in ";:.")


# --- classification ----------------------------------------------------------------------------


def _past_included_count(text: str, quantity: Quantity, sentence: Sentence, after_end: int) -> str:
    """The words after a quantity, up to the next one; but past a count of its members set off
    by commas ("850 people, including 77 children, had been detained"), so the verb after the
    aside still tells what happened to the whole group."""
    after = text[quantity.end : after_end]
    if after_end >= sentence.end or not _PART_OF.search(after):
        return after
    closing = text.find(",", after_end, min(sentence.end, after_end + 60))
    if closing < 0:
        return after
    return after + text[closing : min(sentence.end, closing + AFTER)]


# A place's capacity, before its count: "can hold", "built to house", "room for", "a
# capacity of" (the count is of places, not of people there)
# (not "will take in 10,000 refugees", "could house up to 40,000": pledges to admit people)
_CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:can|able\s+to|built\s+to|designed\s+to)\s+(?:hold|house|accommodate|sleep)"
    r"|room\s+for|capacity\s+(?:of|for)|designed\s+for|built\s+for)"
    r"\s+(?:up\s+to\s+|as\s+many\s+as\s+)?$",
    re.IGNORECASE,
)


def _classify(
    article: AnnotatedArticle,
    quantity: Quantity,
    sentence: Sentence,
    previous_end: int,
    next_start: int,
) -> tuple[str, str | None, str | None] | None:
    """(category, unit, subject) of a quantity, or None when it is no clear count."""
    text = article.text
    after_end = min(sentence.end, next_start, quantity.end + AFTER)
    before_start = max(sentence.start, previous_end, quantity.start - BEFORE)
    after = _past_included_count(text, quantity, sentence, after_end)
    before = text[before_start : quantity.start]
    if quantity.kind == "money":
        if quantity.value < 1000 and _RATE.match(after) and _promotion(text, sentence):
            return None  # the outlet's own price ("Subscribe for $1 a week"), no reporting
        return "money", quantity.currency, _money_subject(after)
    if quantity.kind == "compound":
        return _compound(quantity, after)
    if _anaphoric(quantity, before):
        return None
    if _CAPACITY_BEFORE.search(before):
        return None  # "CECOT, which can hold 40,000 inmates": room, not people held
    if quantity.text.lower().endswith("strong"):
        force = _FORCE_AFTER.match(after)  # "the 2,000-strong force": the force's size
        return ("troops", "people", force.group().strip()) if force else None
    # The noun may lie past the next number in a partitive: "Thirteen of its 14 members".
    following = text[quantity.end : min(sentence.end, quantity.end + AFTER)]
    noun = _counted_noun(following)
    if noun is None and quantity.value < 2 and _determines_a_noun(after):
        return None  # "shared one uncomfortable fact": "one" is the noun's determiner
    if noun is None:
        stated = _the_number_of(article, quantity, sentence) or _list_size(
            text, quantity, sentence, after
        )
        return stated or _bare_number(before, after) or _BARE
    subject, head, modifiers, rest = noun
    tail = after[rest:] if rest <= len(after) else following[rest:]
    if rest <= len(after) and after_end == next_start:
        tail = _past_the_next_counts_cue(tail)  # "10 strikes, killing at least 43 people"
    category = _noun_category(
        article,
        quantity,
        head,
        modifiers,
        before,
        # (past the next number, a partitive's head is read on in the whole sentence)
        tail,
        sentence,
        subject.rsplit(None, 1)[-1],
    )
    if category is None or (quantity.value < 2 and category not in SINGULAR_CATEGORIES):
        return None
    if category in PEOPLE_CATEGORIES and (category != "sanctioned" or head not in ENTITY_NOUNS):
        return category, "people", subject
    if category == "countries":
        return category, "countries", subject
    counted = subject.rsplit(None, 1)[-1]
    if _DEMONYM.fullmatch(counted):  # "4,000 Venezuelans cross …": people, whatever the count
        return category, "people", subject
    return category, counted, subject


# "Officials put the number of Venezuelans in Ecuador at about 400,000": the counted noun
# stands before the number, after "the number of"; the number follows "at".
_NUMBER_OF = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimate|placed|places|place)\s+the\s+"
    r"(?:number|total|figure|count|tally)\s+of(?=\s)",
    re.IGNORECASE,
)
# "… at 25", "… at nearly 200": the value the number is put at, past a hedge
_AT_END = re.compile(
    r"\bat\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|over"
    r"|at\s+least|fewer\s+than|under|up\s+to)\s+)?$"
)
_THE_NUMBER_OF = re.compile(r"\bthe\s+(?:number|total|figure|count|tally)\s+of(?=\s)", re.I)


# "The number of Venezuelans who have left their country since the crisis began has reached
# three million": the subject says what the number counts, however long it is.
# (also as a clause after "that", and as a projection: "warned that the number of
# Venezuelans in the country could rise to as many as 4 million")
_NUMBER_REACHED = (
    r"(?:(?:has\s+|have\s+|had\s+)?(?:now\s+|already\s+)?(?:reached|passed|topped|hit|exceeded"
    r"|surpassed|reaches|passes|tops|hits|exceeds|surpasses"
    r"|(?:risen|rose|climbed|grown|grew|jumped|fallen|fell)\s+to|stood\s+at|stands\s+at|is|was)"
    r"|(?:could|would|will|may|might|(?:is|are)\s+(?:expected|likely|set|projected|forecast)"
    r"\s+to)\s+(?:(?:soon|eventually|easily)\s+)?(?:reach|pass|top|hit|exceed|surpass"
    r"|(?:rise|climb|grow|jump|swell|increase|double)\s+to))"
    r"\s+$"
)
_NUMBER_OF_BODY = (
    r"\W*(?:the\s+)?(?:number|total|tally|count)\s+of\s+(?P<counted>.{3,160}?)\s+" + _NUMBER_REACHED
)
_NUMBER_SUBJECT = re.compile(_NUMBER_OF_BODY, re.IGNORECASE | re.DOTALL)  # opening its sentence
_NUMBER_CLAUSE = re.compile(r"(?:\bthat|[,;:])" + _NUMBER_OF_BODY, re.IGNORECASE | re.DOTALL)
# "Ukrainian refugees keep arriving. Their number has reached 756,000": what the sentence
# before opens with is counted
_THEIR_NUMBER = re.compile(
    r"\W*(?:their|its)\s+(?:number|total|tally|count)\s+" + _NUMBER_REACHED, re.IGNORECASE
)


# "The listings bring the number of Venezuelans under EU travel bans to 25"
_BRINGS_TO = re.compile(
    r"\b(?:bring|brings|brought|bringing|take|takes|took|taking)\s+(?:the\s+)?(?:number|total"
    r"|tally|count)\s+of\s+(?P<counted>.{3,160}?)\s+to\s+$",
    re.IGNORECASE | re.DOTALL,
)


# … and inverted: "bringing to 25 the number of Venezuelan officials under travel bans"
_BROUGHT_TO_BEFORE = re.compile(
    r"\b(?:bring|brings|brought|bringing|take|takes|took|taking)\s+to\s+$", re.IGNORECASE
)
_NUMBER_OF_AFTER = re.compile(
    r"\s+the\s+(?:number|total|tally|count)\s+of\s+(?P<counted>[^,;.]{3,160})", re.IGNORECASE
)


def _the_number_of(
    article: AnnotatedArticle, quantity: Quantity, sentence: Sentence
) -> tuple[str, str | None, str | None] | None:
    """A bare number whose counted noun stands before it, after "the number of": "Officials
    put the number of Venezuelans in Ecuador at about 400,000", "The number of Venezuelans
    who have left … has reached three million". The phrase says what is counted."""
    text = article.text
    phrase = None
    reached = (
        _NUMBER_SUBJECT.match(text, sentence.start, quantity.start)
        or _NUMBER_CLAUSE.search(text, sentence.start, quantity.start)
        or _BRINGS_TO.search(text, sentence.start, quantity.start)
    )
    brought = _BROUGHT_TO_BEFORE.search(text, sentence.start, quantity.start)
    counted_after = _NUMBER_OF_AFTER.match(text, quantity.end, sentence.end) if brought else None
    if counted_after is not None:
        # "bringing to 25 the number of Venezuelan officials under European travel bans"
        phrase = (counted_after.start("counted"), counted_after.end("counted"))
    elif reached is not None and reached.end() == quantity.start:
        phrase = (reached.start("counted"), reached.end("counted"))
    elif _AT_END.search(text[max(sentence.start, quantity.start - 24) : quantity.start]):
        put = list(_NUMBER_OF.finditer(text, sentence.start, quantity.start))
        # (the last "the number of" the verb governs: "put the number of dead at 25 and the
        # number of injured at nearly 200")
        last = list(_THE_NUMBER_OF.finditer(text, put[-1].start(), quantity.start)) if put else []
        phrase = (last[-1].end(), quantity.start) if last else None
    elif sentence.id > 0 and _THEIR_NUMBER.fullmatch(text, sentence.start, quantity.start):
        before = article.sentences[sentence.id - 1]
        return _counted_phrase(article, before, before.start, before.end)
    return _counted_phrase(article, sentence, *phrase) if phrase else None


def _counted_phrase(
    article: AnnotatedArticle, sentence: Sentence, start: int, end: int
) -> tuple[str, str | None, str | None] | None:
    """The category of a counted phrase: its noun's own; a country's people counted in
    another ("Venezuelans in Ecuador", "… in the country" after "Peruvian officials") are
    displaced; else the nearest cue in it ("Venezuelans who have left")."""
    phrase = article.text[start:end]
    noun = _counted_noun(" " + phrase.lstrip())
    subject = noun[0] if noun else None
    if _CASUALTIES.search(phrase):
        return "other", "people", subject  # "the number of soldiers killed and wounded …"
    if noun is not None:
        own = NOUN_CATEGORIES.get(noun[1])
        if own is not None and own != "countries":
            return own, "people" if own in PEOPLE_CATEGORIES else noun[1], subject
        if (
            _DEMONYM.fullmatch(noun[0].rsplit(None, 1)[-1])
            and not _SANCTION_CUE.search(phrase.lower())
            and _counted_abroad(article, sentence, start, end)
        ):  # (not "Venezuelans sanctioned by Ottawa": a sanction names them)
            return "displaced", "people", subject
    category = _nearest_cue(phrase, "", events_only=False)
    if category is None and _SANCTION_CUE.search(phrase.lower()):
        category = "sanctioned"  # "the number of Venezuelans under EU travel bans"
    if category is None:
        return None
    return category, "countries" if category == "countries" else "people", subject


# A sanctions list's size: "The EU's list has grown to 18", "bring to 36 the number of
# Venezuelans under EU sanctions".
# The counted are on a sanctions list: "1,700 individuals and about 400 entities are now on
# the EU's Russia list" (past a coordinated count, no clause between)
_ON_THE_LIST_AFTER = re.compile(
    r"[^,;:.]{0,40}?\b(?:are|were|is|was|remain|remained)\s+(?:now\s+|still\s+|already\s+)?"
    # (an owner's list or a sanctions list, not "on the waiting list for housing")
    r"on\s+(?:the\s+)?(?:[\w.-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:list|lists)\b"
    r"|(?:[\w'’.-]+\s+){0,3}?(?:sanctions\s+(?:list|lists)|blacklist)\b)",
    re.IGNORECASE,
)
# Measures counted on whom they fall: "460 sanctions on individuals and entities" counts
# the listings, each a person or a firm
MEASURE_COUNT_NOUNS = frozenset({"sanctions", "designations"})
_ON_THE_LISTED_AFTER = re.compile(
    r"\s+(?:on|against)\s+(?:more\s+than\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:individuals|people|persons|entities|officials|companies|businessmen|oligarchs)\b",
    re.IGNORECASE,
)


_LIST_GREW = re.compile(
    r"(?:sanctions\s+list|blacklist|['’]s\s+list)\s+(?:has\s+|had\s+)?(?:now\s+)?"
    r"(?:grown|grew|risen|rose|climbed|ran|runs|run|reached|stands\s+at|stood\s+at)"
    r"(?:\s+to)?\s+$",
    re.IGNORECASE,
)
_NUMBER_UNDER_SANCTIONS_AFTER = re.compile(
    r"\s+the\s+(?:number|total)\s+of\s+(?:[\w'’-]+\s+){1,3}?(?:under|on)\s+"
    r"(?:[\w'’.-]+\s+){0,3}?(?:sanctions|list|blacklist)\b",
    re.IGNORECASE,
)


def _list_size(
    text: str, quantity: Quantity, sentence: Sentence, after: str
) -> tuple[str, str | None, str | None] | None:
    """A bare number that is a sanctions list's size counts the sanctioned."""
    before = text[max(sentence.start, quantity.start - 60) : quantity.start]
    if _LIST_GREW.search(before) or _NUMBER_UNDER_SANCTIONS_AFTER.match(after):
        return "sanctioned", "people", None
    return None


def _counted_abroad(article: AnnotatedArticle, sentence: Sentence, start: int, end: int) -> bool:
    """Are the people named between ``start`` and ``end`` counted in a country not their own:
    "Venezuelans in Ecuador", or "in the country" after another country was named?"""
    mentions = [m for m in article.mentions_in(sentence.id) if start <= m.start < end]
    people = next((m for m in mentions if m.kind == "demonym"), None)
    if people is None:
        return False
    hosts = [m for m in mentions if m.entity_type == "country" and m.start > people.end]
    if hosts:
        return hosts[0].entity_id != people.entity_id
    if re.search(r"\bin\s+(?:the|this|that)\s+country\b", article.text[people.end : end]):
        # the country named before, by its name or its people ("Peruvian officials put …")
        earlier = [
            m
            for m in article.mentions_in(sentence.id)
            if m.end <= people.start and m.entity_type == "country"
        ]
        return bool(earlier) and earlier[-1].entity_id != people.entity_id
    return False


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# Words after a bare "one" that leave it a pronoun or a count: "one was killed", "one of".
ONE_FOLLOWERS = frozenset(
    """of was is has had have were are more other another in on at by from to for and or but
    who which that said says remains remained""".split()
)


def _determines_a_noun(after: str) -> bool:
    """Does a lower-case word that is no verb or preposition follow the number ("one
    uncomfortable fact", "one point")? Then the number is that noun's determiner."""
    match = _NEXT_WORD.match(after)
    return match is not None and match.group(1) not in ONE_FOLLOWERS


def _anaphoric(quantity: Quantity, before: str) -> bool:
    """ "the two countries", "both", "these three men" point back at things already named: a
    reference, not a count the article asserts."""
    return quantity.value < 10 and quantity.hedge is None and bool(_DETERMINER.search(before))


def _counted_noun(after: str) -> tuple[str, str, list[str], int] | None:
    """The noun phrase right after a number: (as written, head lower-cased, modifiers, end).

    Walks at most four words, stopping at punctuation or a function word; the first word with
    a known category (or a demonym) is the head. With none, a plural last word is the head of
    an ``other`` count ("seven charts").
    """
    words: list[re.Match[str]] = []
    partitive = _PARTITIVE.match(after)  # "20 of the bloc's member states"
    lead = partitive.group().lower().split() if partitive else []
    for match in _WORD.finditer(after, partitive.end() if partitive else 0):
        word = match.group()
        if not word[0].isalpha():
            if not words and word in QUOTE_MARKS:
                continue  # 'three "very high net worth individuals"': the noun is quoted
            break
        lower = word.lower()
        if lower == "and" and words and _coordinated_modifier(after, match.end()):
            continue  # "seven security and intelligence officials": the head comes later
        if lower in STOP_WORDS or (lower == "more" and _number_follows(after, match.end())):
            break  # ("added 19 more two months later": the head is elided, not "months")
        words.append(match)
        if word in {"Nations", "States"} and len(words) >= 2 and words[-2].group() == "United":
            continue  # "two United Nations agencies": a name, its noun follows
        if _is_head(word, lower):
            following = match.end() + 1
            spaced = after[match.end() : following] == " "
            second = _WORD.match(after, following) if spaced else None
            if second is not None and _is_head(second.group(), second.group().lower()):
                words.append(second)  # "police officers", "asylum seekers"
            return _phrase(after, words, lead)
        if len(words) >= 5:
            break
    while words and not _plural_noun(words[-1].group()):
        words.pop()
    if not words or words[-1].group().endswith(("ed", "ing")):
        return None
    return _phrase(after, words, lead)


def _number_follows(after: str, position: int) -> bool:
    following = _WORD.match(after, position + 1) if after[position : position + 1] == " " else None
    if following is None:
        return False
    word = following.group().lower()
    return word[:1].isdigit() or word in COUNT_WORDS


def _coordinated_modifier(after: str, position: int) -> bool:
    """Does 'and' join two modifiers of one head ('security and intelligence officials')?
    Only when a known head follows the next word; 'refugees and migrants' ends the phrase
    at its first head already."""
    following = list(_WORD.finditer(after, position))[:2]
    if len(following) < 2 or not following[0].group().isalpha():
        return False
    second = following[1].group()
    return _is_head(second, second.lower())


def _is_head(word: str, lower: str) -> bool:
    if lower in NOUN_CATEGORIES or lower in PEOPLE_NOUNS or lower in ENTITY_NOUNS:
        return True
    return bool(_DEMONYM.fullmatch(word))


def _plural_noun(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) > 3
        and lower.isalpha()
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is"))
    )


def _phrase(
    after: str, words: list[re.Match[str]], lead: list[str]
) -> tuple[str, str, list[str], int]:
    """The phrase as written; its modifiers include a partitive lead ("of its 14")."""
    head = words[-1]
    subject = after[words[0].start() : head.end()]
    modifiers = lead + [word.group().lower() for word in words[:-1]]
    return subject, head.group().lower(), modifiers, head.end()


# The rest of "killed or injured", "dead and wounded" after the counted word
_OR_HURT = re.compile(_OR_HURT_TAIL + r"\b", re.IGNORECASE)
# Dead and hurt counted together: a count of casualties, no death toll
_CASUALTIES = re.compile(r"\b(?:killed|dead)" + _OR_HURT_TAIL + r"\b", re.IGNORECASE)


# A prisoner exchange in the sentence (a prisoner word, a swap, or soldiers "handed over in
# exchange for" others): the soldiers it counts were prisoners
_EXCHANGED = re.compile(
    r"\b(?:prisoner|POW)s?\s+(?:exchange|swap)s?\b|\bswap(?:s|ped)?\b"
    r"|\b(?:from|of|in)\s+captivity\b"
    r"|\b(?:handed\s+over|freed|released|returned|exchanged)\b.*\bin\s+exchange\s+for\b",
    re.IGNORECASE,
)


# A cue word closing the text before the next count, past a hedge: "…, killing at least"
_TRAILING_CUE = re.compile(
    r"\b([a-z]+)\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some"
    r"|up\s+to|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


def _past_the_next_counts_cue(tail: str) -> str:
    """The words after a count up to the next count, less a cue word that governs the next
    one: in "carried out 10 such strikes since September 2, killing at least 43 people" the
    killing is the 43's, not the strikes'."""
    match = _TRAILING_CUE.search(tail)
    if match is None or _EVENT_CUES.fullmatch(match.group(1).lower()) is None:
        return tail
    return tail[: match.start()]


# People set free are people who were held: "seven imprisoned Americans were freed"
RELEASED_HEADS = PEOPLE_NOUNS | frozenset(
    _words("people men women americans citizens nationals executives hostages captives")
)
# The count's own verb of release, passive or a participle, closing its clause ("… were
# handed over in exchange for", "the ten Americans freed are …"; not "were handed over food
# parcels", "released a statement")
_RELEASED_PREDICATE = re.compile(
    r"(?:\s*,[^,;.]{1,80},)?\s*(?:(?:were|was|have\s+been|had\s+been|are|been|being)\s+)?"
    r"(?:(?:also|later|finally|all|then)\s+)?"
    r"(?:freed|released|handed\s+over|set\s+free|swapped|exchanged)"
    r"(?=\s*(?:[,.;:]|$|in\b|on\b|at\b|to\b|by\b|after\b|as\b|under\b|last\b|this\b"
    r"|that\b|and\b|are\b|were\b|include|from\s+(?:prison|jail|custody|detention)))",
    re.IGNORECASE,
)
_RELEASING_BEFORE = re.compile(
    r"\b(?:freed|frees|freeing|released|releases|releasing|swapped|exchanged)\s+"
    r"(?:the\s+|all\s+|another\s+)?$",
    re.IGNORECASE,
)
_LET_BEFORE = re.compile(r"\blet\s+$", re.IGNORECASE)
_GO_AFTER = re.compile(r"\s+go\b", re.IGNORECASE)
# Words that say the article is about people held: only there does a release free detainees
_DETENTION_STORY = re.compile(
    r"\b(?:prison(?:er)?s?|jail(?:ed)?|detain(?:ed|ees?)|detention|custody|hostages?"
    r"|(?:prisoner\s+)?swap|exchange)\b",
    re.IGNORECASE,
)


def _released_people(article: AnnotatedArticle, head: str, before: str, rest: str) -> bool:
    """Is the count of people ones set free in a story of people held: its own passive frees
    them ("ten Americans … were handed over in exchange for Alex Saab", "Seven more, five of
    them Citgo executives, were freed") or a verb before it does ("Venezuela freed seven
    Americans", "Washington let three men go")? Not a release of anything else ("released a
    statement", "were handed over food parcels") nor where nobody was held ("freed from
    the rubble")."""
    people = head in RELEASED_HEADS or bool(_DEMONYM.fullmatch(head.capitalize()))
    if not people or rest[:1] in {"'", "’"}:
        return False  # ("12 Americans' names": a possessor)
    released = bool(_RELEASED_PREDICATE.match(rest) or _RELEASING_BEFORE.search(before))
    released = released or bool(_LET_BEFORE.search(before) and _GO_AFTER.match(rest))
    return released and _DETENTION_STORY.search(article.text) is not None


def _noun_category(
    article: AnnotatedArticle,
    quantity: Quantity,
    head: str,
    modifiers: list[str],
    before: str,
    rest: str,
    sentence: Sentence,
    subject_head: str = "",
) -> str | None:
    """The category of a counted noun: its own, else the nearest cue, else sanctions, else
    ``other`` (a count of one thing that is not a known category is no figure)."""
    own = NOUN_CATEGORIES.get(head)
    if head == "fighters" and _AIRCRAFT.search(article.text, sentence.start, sentence.end):
        own = None  # "deployed 12 fighters and 4 bombers": fighter aircraft, not troops
    if head in {"crossings", "entries"} and _INTO_OR_FROM.match(rest):
        return "displaced"  # "3.6 million crossings into Poland" (not "five border crossings")
    if head in {"crossings", "entries", "arrivals"} and _RECORDED_BEFORE.search(before[-40:]):
        return "displaced"  # "Slovakia has recorded more than 380,000 crossings"
    if head in BORDER_STOPS and _STOPPED_PEOPLE.match(rest):
        return "displaced"  # "nearly 2.5 million encounters with migrants at the border"
    if own == "countries":
        us_states = head == "states" and ("us" in modifiers or "american" in modifiers)
        return None if us_states or _states_of_a_country(article, head, quantity) else own
    if (
        head == "members"
        and quantity.value <= 60
        and PEOPLE_MEMBERS.isdisjoint(modifiers)  # ("47 of their family members": people)
        and (
            _MEMBER_OF_BLOC.search(before)
            or _BLOC_AFTER.match(rest)
            or _OF_A_BLOC.match(rest)
            or BLOC_WORDS & set(modifiers)
        )
    ):
        return "countries"  # "the bloc's 28 members", "Thirteen of its 14 members"
    if head == "others" and _countries_listed_before(article, quantity, sentence):
        return "countries"
    if own == "deaths" and _OR_HURT.match(rest):
        return "other"  # "5,757 people killed or injured": no death toll
    if own in ("deaths", "injured", "detained"):
        return own
    if own == "troops" and _EXCHANGED.search(article.text, sentence.start, sentence.end):
        return "detained"  # "303 Ukrainian servicemen were handed over in exchange for …"
    if own is None and _released_people(article, head, before, rest):
        return "detained"  # "ten Americans … were handed over", "Washington let three men go"
    if own == "troops" and _ASYLUM_PREDICATE.match(article.text, quantity.end, sentence.end):
        return "displaced"  # "Some 300 soldiers have requested asylum in Colombia"
    if head in PROTECTION_PAPERS and not PROTECTION_MODIFIERS.isdisjoint(modifiers):
        return "displaced"  # "430,000 temporary protection visas", "refugee permits"
    if head in ASYLUM_PAPERS and _asylum_papers(article, quantity.start, modifiers, rest):
        return "displaced"  # "118,264 requests" in a story of asylum claims
    if (
        head in {"members", "officers", "personnel"}
        and _OF_NAMED_FORCES.match(rest)
        and not _SANCTION_CUE.search(before[-30:].lower())
        and not _SANCTIONED_PREDICATE.match(article.text, quantity.end, sentence.end)
    ):
        if _ASYLUM_PREDICATE.match(article.text, quantity.end, sentence.end):
            return "displaced"  # "25 members of the armed forces had requested asylum"
        return "troops"  # "100 members of the Venezuelan security forces", "of Venezuela's army"
    predicate = _own_predicate_cue(rest) if own in (None, "displaced") else None
    if own == "displaced" and predicate not in EVENT_PREDICATES:
        predicate = None  # ("two migrants, a woman and a man, died": an event says it)
    if predicate is not None:
        return predicate  # "… after more than three million Venezuelans have fled": the
        # count's own verb says what it counts, whatever cue stands before ("being held")
    before = _CLAUSE_GLUE.split(_SHARE_ASIDE.sub(" ", before))[-1]
    if own is None and _counted_by_a_measure_before(head, before):
        # "imposed sanctions on 22 senior Belarusian military officers", "sanctions were
        # imposed against 14 representatives of the military-industrial complex", "sanctions
        # on more than 500 targets": the measure's own object, whatever its trade and
        # whatever event words follow
        return "sanctioned"
    near_event = _nearest_cue(before[-NEAR:], rest[:NEAR], events_only=True)
    if near_event is not None:
        return near_event
    if own in (None, "troops") and _SANCTIONED_PREDICATE.match(
        article.text, quantity.end, sentence.end
    ):
        # "Six members of the security forces accused of … were sanctioned on 1 March": the
        # count's own predicate, past its modifiers
        return "sanctioned"
    for modifier in modifiers:
        if modifier in MODIFIER_CATEGORIES and not (own and modifier == "political"):
            category = MODIFIER_CATEGORIES[modifier]
            if head in ENTITY_NOUNS or (category == "troops" and not _counts_people(head)):
                return "other"  # "5,000 military helmets": things, whatever their use
            return category
    if own is None and head in PEOPLE_NOUNS:
        own = _coordinated_head(rest)  # "1,500 police and soldiers": a force
    if own is None and head in FORCE_MEMBERS and _MILITARY.search(before):
        own = "troops"  # "The armed forces have about 120,000 active personnel"
    if own is not None:
        return own
    generic = head in PEOPLE_NOUNS or bool(_DEMONYM.fullmatch(subject_head))
    opening = article.text[sentence.start : quantity.start]
    if generic and _SOURCES.match(rest) and not _relative_closed_by(opening, rest):
        return "other"  # "three people said", "two officials familiar with the talks": sources
    if (generic or head in ENTITY_NOUNS) and _SANCTION_CUE.search(before[-30:].lower()):
        return "sanctioned"  # "sanctioned six members of the security forces"
    if (generic or head in ENTITY_NOUNS) and _BANNED_RIGHT_BEFORE.search(before):
        return "sanctioned"  # "banned three more Russian broadcasters", "to ban 29 Venezuelans"
    also_on = (generic or head in ENTITY_NOUNS) and _ALSO_ON.search(opening[-25:])
    if also_on and _SANCTION_CUE.search(opening.lower()):
        return "sanctioned"  # "sanctions on the 351 members …, as well as on 27 others"
    whole_rest = article.text[quantity.end : sentence.end]  # (past a coordinated count)
    if (generic or head in ENTITY_NOUNS) and _listed(opening, whole_rest, head):
        # "The EU listed 11 more officials", "added 43 names to its list", "added 65 people
        # and 18 entities to its asset-freeze list" (both counts)
        return "sanctioned"
    if (generic or head in ENTITY_NOUNS) and _LIST_GREW.search(before[-60:]):
        return "sanctioned"  # "The EU's list now runs to 1,241 individuals"
    if (generic or head in ENTITY_NOUNS) and _UNDER_SANCTIONS_AFTER.match(rest):
        return "sanctioned"  # "five prominent Russians placed under European Union sanctions"
    if (generic or head in ENTITY_NOUNS) and _ON_THE_LIST_AFTER.match(whole_rest):
        return "sanctioned"  # "More than 1,700 individuals and 400 entities are now on the
        # EU's Russia list"
    if head in MEASURE_COUNT_NOUNS and _ON_THE_LISTED_AFTER.match(rest):
        return "sanctioned"  # "has imposed more than 460 sanctions on individuals and entities"
    if head in ENTITY_NOUNS and _FROM_SWIFT_AFTER.match(rest):
        return "sanctioned"  # "excluded seven Russian banks from the global SWIFT network"
    if generic or head in ENTITY_NOUNS:
        cue = _nearest_cue(before, rest, events_only=False) if generic else None
        if cue == "displaced" and head in DIGNITARY_NOUNS:
            cue = None  # "hosted the 27 EU leaders": guests of a summit, not refugees
        if cue is not None:
            return cue
        if _sanctions_near(article.text, quantity, sentence):
            return "sanctioned"
        if "more" in modifiers and _ADDED.search(before) and _sanctions_before(article, sentence):
            return "sanctioned"  # "… sanctioned 34 vessels. A week later it added four more firms"
        if _living_abroad(article, quantity, sentence):
            return "displaced"
        unsplit = article.text[max(sentence.start, quantity.start - BEFORE) : quantity.start]
        if _DEMONYM.fullmatch(subject_head) and (
            _HOSTED_BEFORE.search(before) or _HOST_WITH.search(unsplit)
        ):
            # "Colombia has received 1.1m Venezuelans", "Colombia remains the largest host,
            # with more than 1.1 million Venezuelans"
            return "displaced"
        if _DEMONYM.fullmatch(subject_head) and _ENTERED_AFTER.match(rest):
            return "displaced"  # "some 25,000 Venezuelans entered in the week before the rule"
        if (
            _DEMONYM.fullmatch(subject_head)
            and _STAYED_AFTER.match(rest)
            and _in_another_state(article, quantity, sentence)
        ):
            return "displaced"  # "Brazil, where about 180,000 Venezuelans have settled"
        if _DEMONYM.fullmatch(subject_head) and _foreigners_with_a_host(
            article, quantity, sentence
        ):
            # "Colombia carries the heaviest load, with more than 1.1 million Venezuelans"
            return "displaced"
    if quantity.value < 2:
        return None
    return "other"


# Requests a story of asylum counts without saying "asylum" each time ("Venezuelans filed
# more asylum applications … the country received 118,264 requests")
ASYLUM_PAPERS = frozenset(_words("applications requests claims petitions"))
# Modifiers or complements that make them some other paper ("visa applications")
_OTHER_PAPER = re.compile(r"\s*(?:for|of)\s+(?!asylum|protection|refugee)", re.IGNORECASE)
OTHER_PAPER_MODIFIERS = frozenset(_words("visa visas loan credit extradition licence license"))


def _asylum_papers(article: AnnotatedArticle, start: int, modifiers: list[str], rest: str) -> bool:
    """Are the counted requests asylum claims: the article has spoken of asylum by then, and
    neither a modifier nor an "of"/"for" complement makes them other papers?"""
    if not OTHER_PAPER_MODIFIERS.isdisjoint(modifiers) or _OTHER_PAPER.match(rest):
        return False
    return article.lowered().find("asylum", 0, start) >= 0


# A counted noun phrase's own predicate of seeking or being given asylum, past its
# post-modifiers: soldiers who ask for asylum are counted as people seeking protection.
_ASYLUM_PREDICATE = re.compile(
    r"[^,;:.]{0,100}?\b(?:requested|request|sought|seek|seeking|applied\s+for|apply\s+for"
    r"|asked\s+for|claimed|been\s+granted|were\s+granted|was\s+granted|received)\s+"
    r"(?:political\s+)?asylum\b",
    re.IGNORECASE,
)


# A counted noun phrase's own passive predicate naming a measure, past its post-modifiers (no
# comma or clause glue on the way): "Six members of the security forces accused of blocking
# aid convoys were sanctioned".
def _counted_by_a_measure_before(head: str, before: str) -> bool:
    """Is a count of people, entities or targets the object of a measure right before it
    (a sanction cue in the 30 characters before, or "sanctions … on/against" ending there)?"""
    counted = head in PEOPLE_NOUNS or head in FORCE_MEMBERS or head in ENTITY_NOUNS
    if not (counted or head in {"officers", "targets"}):
        return False
    return bool(
        _MEASURE_ON_RIGHT_BEFORE.search(before)
        or _MEASURE_APPLIED_TO.search(before)
        or _SANCTION_CUE.search(before[-30:].lower())
    )


# A measure right before the count, as its object: "sanctions were imposed against", "imposed
# restrictions on", "sanctions on"
_MEASURE_ON_RIGHT_BEFORE = re.compile(
    r"\b(?:sanctions?|restrictions|penalties|measures)\s+(?:(?:were|was|have\s+been|has\s+been"
    r"|had\s+been)\s+(?:also\s+)?(?:imposed|introduced|applied)\s+)?(?:on|against)\s+"
    r"(?:(?:more\s+than|over|at\s+least|nearly|about|some|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
# A measure applied to the count: "The asset freezing will be applied to a total of 81
# people", "the travel ban applies to 30 officials"
_MEASURE_APPLIED_TO = re.compile(
    r"\b(?:sanctions?|restrictions|measures|freez\w*|bans?)\s+(?:(?:will|would|shall)\s+be\s+"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:now\s+)?appl(?:ied|y|ies)\s+to\s+"
    r"(?:a\s+total\s+of\s+)?(?:(?:more\s+than|over|at\s+least|nearly|about|some)\s+)?$",
    re.IGNORECASE,
)
_SANCTIONED_PREDICATE = re.compile(
    r"[^,;:.]{0,100}?\b(?:were|was|are|is|ha(?:ve|s|d)\s+(?:already\s+|previously\s+)?been"
    r"|(?:would|will|could|may)\s+be)\s+"
    r"(?:also\s+|later\s+|subsequently\s+|now\s+|already\s+|previously\s+)?"
    r"(?:sanctioned|blacklisted|designated"
    r"|penali[sz]ed|barred|banned\s+from\s+(?:entering|travell?ing|visiting)"
    # "57 individuals and entities were included in the sanctions lists", "three firms were
    # added by the EU to its list of entities subject to export controls"
    r"|(?:included|added|placed|put)\s+(?:by\s+(?:the\s+)?[\w.-]+\s+)?(?:in|on|to)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:sanctions?|asset[\s-]freeze|stop|entry)\s+lists?|blacklists?|list\s+of\s+entities)"
    r"\b)"
    # ("listed" only as a measure already taken: a bare one may be a stock listing)
    r"|[^,;:.]{0,100}?\b(?:already|previously)\s+(?:been\s+)?listed\b",
    re.IGNORECASE,
)
# "excluded seven Russian banks from the global SWIFT network": the count's own measure
_FROM_SWIFT_AFTER = re.compile(
    r"[^,;:.]{0,40}?\b(?:from|off|out\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?swift\b",
    re.IGNORECASE,
)
# The verb group right after a bare number, up to its participle.
_OWN_VERB = re.compile(
    # (past a raising verb: "eight million are thought to have been forced from their homes")
    r"\s+(?:(?:are|were|is|was)\s+(?:thought|believed|said|estimated|reported|feared)\s+to\s+"
    r"(?:be\s+|have\s+(?:been\s+)?)?)?"
    r"(?:(?:had\s+been|have\s+been|has\s+been|were|was|are|is|have|has|had|been)\s+)?"
    r"(?:reportedly\s+|also\s+|now\s+)?[a-z]+(?:\s+(?:to|from|into|over|across|out))?"
)
# People counted as the sources of a report, not as a figure of it.
_SOURCES = re.compile(
    r"\s*(?:,\s*)?(?:said|say|says|told|confirmed|confirm|confirms|familiar\s+with"
    r"|briefed\s+on|with\s+knowledge\s+of"
    r"|close\s+to\s+the\s+(?:talks|matter|negotiations))\b",
    re.IGNORECASE,
)
_OPEN_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,]*$", re.IGNORECASE)


def _relative_closed_by(before: str, rest: str) -> bool:
    """Does the comma before "said" close a relative clause the count stands in ("Ecuador,
    which hosts about 263,000 Venezuelans, said")? Then the sentence's subject speaks, and
    the count is no source."""
    return rest.lstrip().startswith(",") and _OPEN_RELATIVE.search(before) is not None


# People nouns that count a force when the clause before names one.
FORCE_MEMBERS = frozenset({"personnel", "members", "servicemen", "recruits", "reservists"})
_MILITARY = re.compile(
    r"\b(?:armed\s+forces|army|military|navy|national\s+guard|troops)\b", re.IGNORECASE
)
_AND_HEAD = re.compile(r"\s+(?:and|or)\s+([^\W\d_][\w-]*)")


def _coordinated_head(rest: str) -> str | None:
    """The category of a second head joined by "and" to a people noun ("police and
    soldiers", "civilians and refugees"); countries are not people."""
    match = _AND_HEAD.match(rest)
    if match is None:
        return None
    category = NOUN_CATEGORIES.get(match.group(1).lower())
    return category if category in PEOPLE_CATEGORIES else None


# A country receiving another's people: they are its migrants (for demonym counts only:
# "received 20 journalists" says nothing of flight).
# A ranking set off by a comma between a hosting verb and its count: "Colombia has taken in
# by far the largest share, more than 1.1 million people" (the comma splits no clause).
_SHARE_ASIDE = re.compile(
    r"(?:by\s+far\s+)?the\s+(?:most|largest|biggest)(?:\s+(?:share|number|group))?,\s*$",
    re.IGNORECASE,
)
_HOSTED_BEFORE = re.compile(
    r"\b(?:received|receives|receiving|registered|registers|admitted|admits|accepted|accepts"
    r"|hosts|hosted|hosting|shelters|sheltered|sheltering|is\s+home\s+to"
    r"|recorded\s+the\s+arrival\s+of"
    # "granted residence permits to 10,116 Belarusians": papers that let them stay
    r"|(?:granted|grants|issued|issues|gave|gives)\s+(?:[\w-]+\s+){0,2}?(?:permits|visas"
    r"|status|asylum|protection|residency)\s+to)\s+(?:(?:by\s+far\s+the\s+most|the\s+most),\s+)?$",
    re.IGNORECASE,
)
_LIVING = (
    r"[\s\w,]{0,30}?\b(?:live|lives|living|reside|resides|residing|settled|sheltering|staying"
    r"|remain|remains|remained|stay|stays|stayed)"
)
# ("on": an island, "live on Aruba")
_LIVING_IN = re.compile(_LIVING + r"\s+(?:in|on|across|throughout)\b", re.IGNORECASE)


def _living_abroad(article: AnnotatedArticle, quantity: Quantity, sentence: Sentence) -> bool:
    """ "768,000 Venezuelans now live in Colombia": a country's people counted in another one
    are its migrants, a displacement figure, though no verb of flight is used."""
    mentions = [m for m in article.mentions_in(sentence.id) if m.start >= quantity.end]
    people = next((m for m in mentions if m.kind == "demonym"), None)
    if people is None or people.start - quantity.end > 30:
        return False
    if _CITIZENS_AFTER.match(article.text, people.end):
        return False  # "About 1,900 Ukrainian nationals live in Japan": a community abroad
    before = article.text[sentence.start : quantity.start]
    if (
        _LIVING_THERE.match(article.text, people.end, sentence.end)
        or (_WHERE_BEFORE.search(before) and _LIVING_VERB.match(article.text, people.end))
        or (_COUNTED_BEFORE.search(before) and _THERE.match(article.text, people.end))
    ):
        # "Brazil, where about 168,000 Venezuelans live", "The agencies counted about
        # 768,000 Venezuelans there": the country named before hosts them
        host = _country_before(article, sentence, people.start)
        return host is not None and host.entity_id != people.entity_id
    living = _LIVING_IN.match(article.text, people.end, sentence.end)
    if living is None:
        return False
    host = next((m for m in mentions if m.start >= living.end()), None)
    return (
        host is not None
        and host.entity_type == "country"
        and host.start - living.end() < 6
        and host.entity_id != people.entity_id
        and not _foreigners_in_the_crisis_state(article, people, host)
    )


def _foreigners_in_the_crisis_state(
    article: AnnotatedArticle, people: Mention, host: Mention
) -> bool:
    """ "Up to 1400 Australians remain in Ukraine": another state's nationals living in one of
    the case's own states (its contested states or home country) fled nothing; they are
    foreigners in the crisis, not its displaced."""
    contested = article.contested
    return host.entity_id in contested and people.entity_id not in contested


# Aircraft named beside "fighters": then the fighters are planes
_AIRCRAFT = re.compile(
    r"\b(?:bombers?|jets?|aircraft|planes?|warplanes?|helicopters?|drones?|airspace)\b",
    re.IGNORECASE,
)
# A border agency's stops of people crossing ("encounters", "apprehensions"): migrants
# counted, when the stopped people or the border follow the noun
BORDER_STOPS = frozenset({"encounters", "apprehensions"})
_STOPPED_PEOPLE = re.compile(
    r"\s+(?:(?:with|of)\s+(?:[\w-]+\s+){0,2}?(?:migrants|refugees|asylum[\s-]seekers|families"
    r"|[A-Z][a-z]+(?:ans|ians|ese|is))\b"
    r"|(?:at|along|on)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|frontier)s?\b)"
)
# A state's count of people crossing in: "has recorded more than 380,000 crossings"
# (the hedge, "more than", is part of the quantity: ``before`` ends ahead of it)
_RECORDED_BEFORE = re.compile(r"\b(?:recorded|registered|logged|counted|reported|seen)\s+$")

# A demonym's people named as a state's nationals: a consulate's count of its citizens
# abroad, not of people who fled ("10,000 Turkish citizens live in Ukraine")
_CITIZENS_AFTER = re.compile(r"\s+(?:nationals|citizens|expatriates|passport holders)\b")

# "Some 1.3 million Venezuelans live here", "… are living in the country": the country named
# just before (a local paper's "here"), found by ``_country_before``
_LIVING_THERE = re.compile(
    _LIVING + r"\s+(?:here|there|in\s+(?:the|that|this)\s+country"
    r"|(?:in|on|within)\s+(?:its|their)\s+(?:territory|soil|borders))\b",
    re.IGNORECASE,
)


_WHERE_BEFORE = re.compile(r",\s+where\s+(?:[a-z]+\s+){0,2}$")
_LIVING_VERB = re.compile(r"\s+(?:now\s+|currently\s+)?(?:live|lives|living|reside|resides)\b")
_COUNTED_BEFORE = re.compile(
    r"\b(?:counted|counts|count|tallied|recorded)\s+(?:about\s+|around\s+|some\s+|nearly\s+"
    r"|almost\s+|roughly\s+|more\s+than\s+|over\s+)?$"
)
_THERE = re.compile(r"\s+(?:there|here|in\s+(?:the|that|this)\s+country)\b")


_WITH_BEFORE = re.compile(
    r",\s+with\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|almost\s+|nearly\s+|over\s+|around\s+)?$"
)


def _foreigners_with_a_host(
    article: AnnotatedArticle, quantity: Quantity, sentence: Sentence
) -> bool:
    """ ", with 1.1 million Venezuelans" in a sentence a country opens, the counted people
    another country's: its guests ("Colombia carries the heaviest load, with …")."""
    unsplit = article.text[max(sentence.start, quantity.start - BEFORE) : quantity.start]
    if not _WITH_BEFORE.search(unsplit):
        return False
    mentions = article.mentions_in(sentence.id)
    host = next((m for m in mentions if m.entity_type == "country"), None)
    people = next((m for m in mentions if m.start >= quantity.end and m.kind == "demonym"), None)
    return (
        host is not None
        and host.kind != "demonym"
        and host.start < quantity.start
        and people is not None
        and people.entity_id != host.entity_id
    )


_HOST_WITH = re.compile(r"\bhost(?:\s+country)?,?\s+with\s+$", re.IGNORECASE)
# A country's people arriving somewhere: "25,000 Venezuelans entered in the week"
_ENTERED_AFTER = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:now\s+|already\s+)?(?:entered|arrived|crossed)\b"
)
# A country's people who stayed or settled: displaced only in another state the sentence names
# ("Brazil, where about 180,000 Venezuelans have settled"; not "… have stayed in Kyiv")
_STAYED_AFTER = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:now\s+|already\s+)?(?:settled|stayed|remained)\b"
)


_OWNED_BY_A_COUNTRY = re.compile(r"\b(?:country|nation)['’]s\s+$", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s\s+$")


def _states_of_a_country(article: AnnotatedArticle, head: str, quantity: Quantity) -> bool:
    """ "the country's 23 states", "Mexico's 32 states": a country's own states, no
    countries."""
    if head != "states":
        return False
    before = article.text[max(0, quantity.start - 40) : quantity.start]
    if _OWNED_BY_A_COUNTRY.search(before):
        return True
    possessive = _POSSESSIVE_END.search(before)
    if possessive is None:
        return False
    owner_end = quantity.start - len(before) + possessive.start()
    return any(
        m.end == owner_end and m.entity_type == "country" and m.kind != "demonym"
        for m in article.mentions
    )


PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "men", "ants", "ents", "ees", "ives")


def _in_another_state(article: AnnotatedArticle, quantity: Quantity, sentence: Sentence) -> bool:
    """Does the sentence name a state other than the one whose people are counted (the
    demonym after the count)? Then they stayed or settled abroad."""
    mentions = [m for m in article.mentions if sentence.start <= m.start < sentence.end]
    people = next(
        (
            m
            for m in mentions
            if m.kind == "demonym" and quantity.end <= m.start <= quantity.end + 30
        ),
        None,
    )
    if people is None:
        return False
    own = people.party_id or people.entity_id
    return any(
        m.entity_type == "country" and m.kind != "demonym" and (m.party_id or m.entity_id) != own
        for m in mentions
    )


def _counts_people(head: str) -> bool:
    """Does the counted noun name people ("advisers", "personnel", "detainees"), not things?"""
    return (
        head in PEOPLE_NOUNS
        or head in FORCE_MEMBERS
        or head in NOUN_CATEGORIES
        or head.endswith(PERSON_ENDINGS)
    )


def _country_before(article: AnnotatedArticle, sentence: Sentence, before: int) -> Mention | None:
    """The last country named before ``before`` in this sentence or the one before it (a
    demonym only as its state's: "Brazilian authorities estimate that … live in the
    country")."""
    for sentence_id in (sentence.id, sentence.id - 1):
        if sentence_id < 0:
            return None
        for mention in reversed(article.mentions_in(sentence_id)):
            if mention.start < before and mention.entity_type == "country":
                if mention.kind != "demonym":
                    return mention
                following = _NEXT_WORD.match(article.text, mention.end)
                state = following is not None and following.group(1) in COLLECTIVE_NOUNS
                return mention if state else None
    return None


# "the number of Venezuelans in Colombia is 1.5 million": the people of a country counted
# where they now live, the way displacement figures are given.
_NUMBER_ABROAD = re.compile(
    r"\bnumber\s+of\s+[A-Z][a-z]+(?:ans|ians|ese|is|s)\s+(?:living\s+)?(?:in\s+[A-Z]|abroad"
    r"|outside)[^.]{0,40}?\s+(?:is|was|stands\s+at|stood\s+at|has\s+reached|reached|rose\s+to"
    r"|has\s+risen\s+to|to)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost)\s+)?$"
)


# Leaving a named place ("left Venezuela", "leave Syria"): the one cue that needs the capital
# letter, so it is matched on the text as written (the other cues on lower-cased windows).
# Not "barred … from entering Peru": an entry ban, no one's arrival.
_LEFT_A_PLACE = re.compile(
    r"\b(?:left|leave|leaves|leaving|(?<!from )(?:entered|enter|enters|entering)"
    r"|(?:arrived|arriving|arrive|arrives)\s+(?:in|from))\s+[A-Z][a-z]"
)


# The auxiliaries and adverbs between a counted noun and its own verb: "have (already) fled"
# (unlike ``_OWN_VERB``, which reads the whole verb group of a bare number, this stops
# before the verb, so a cue must start it: "has left the Kremlin" is no "have left")
_PREDICATE_OPENING = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|is|will|would|could|may|might)\s+)?"
    r"(?:(?:been|already|now|since|reportedly|also|so\s+far)\s+)*",
    re.IGNORECASE,
)


# An apposition set off by commas between a counted noun and its verb, that describes the
# ones counted ("two migrants, a Venezuelan woman and a Colombian man, died …")
_APPOSED_DESCRIPTION = re.compile(
    r"\s*,\s*(?:a|an|both|one|two|three|four|among\s+them|including)\s[^,;.:]{1,80},",
    re.IGNORECASE,
)


def _own_predicate_cue(rest: str) -> str | None:
    """The category of a cue verb that is the counted noun's own predicate, right after it
    ("Venezuelans have fled", "protesters were killed", "people were detained"); None when
    the noun's verb is no cue."""
    apposed = _APPOSED_DESCRIPTION.match(rest)
    if apposed is not None:  # "two migrants, a Venezuelan woman and a Colombian man, died"
        rest = rest[apposed.end() :]
    opening = _PREDICATE_OPENING.match(rest)
    cue = _EVENT_CUES.match(rest.lower(), opening.end()) if opening else None
    return cue.lastgroup if cue is not None and cue.lastgroup in PREDICATE_CATEGORIES else None


EVENT_PREDICATES = frozenset({"deaths", "injured", "detained"})
# The categories a verb after the counted noun says (a noun phrase after it, "members of
# the security forces", says its own)
PREDICATE_CATEGORIES = frozenset({"deaths", "injured", "detained", "displaced"})


def _nearest_cue(before: str, after: str, *, events_only: bool) -> str | None:
    """The category of the cue word closest to the quantity, before or after it."""
    best: tuple[int, str] | None = None
    if not events_only:
        places = list(_LEFT_A_PLACE.finditer(before))
        if places:
            best = (len(before) - places[-1].end(), "displaced")
        place = _LEFT_A_PLACE.search(after)
        if place is not None and (best is None or place.start() < best[0]):
            best = (place.start(), "displaced")
    before, after = before.lower(), after.lower()
    for match in _EVENT_CUES.finditer(before):
        category = match.lastgroup or ""
        if events_only and category not in ("deaths", "injured", "detained"):
            continue
        distance = len(before) - match.end()
        if best is None or distance <= best[0]:
            best = (distance, category)
    for match in _EVENT_CUES.finditer(after):
        category = match.lastgroup or ""
        if events_only and category not in ("deaths", "injured", "detained"):
            continue
        if best is None or match.start() < best[0]:
            best = (match.start(), category)
        break
    return best[1] if best else None


def _sanctions_near(text: str, quantity: Quantity, sentence: Sentence) -> bool:
    start = max(sentence.start, quantity.start - SANCTION_REACH)
    end = min(sentence.end, quantity.end + SANCTION_REACH // 2)
    return _SANCTION_CUE.search(text[start:end].lower()) is not None


# "it added four more firms": a list that grows by the measure of the sentence before
_ADDED = re.compile(r"\b(?:added|adds|adding)\s+$", re.IGNORECASE)


def _sanctions_before(article: AnnotatedArticle, sentence: Sentence) -> bool:
    """Does the sentence before name a measure ("On April 5 it sanctioned 34 vessels.")?"""
    if sentence.id == 0:
        return False
    previous = article.sentences[sentence.id - 1]
    return _SANCTION_CUE.search(article.text[previous.start : previous.end].lower()) is not None


def _countries_listed_before(
    article: AnnotatedArticle, quantity: Quantity, sentence: Sentence
) -> bool:
    """ "the US, Canada and 11 others": others of a list of countries are countries (not
    "Canada had already sanctioned 70 others": the count must close the list)."""
    for mention in reversed(article.mentions_in(sentence.id)):
        if mention.end <= quantity.start:
            gap = article.text[mention.end : quantity.start]
            return mention.entity_type == "country" and _LIST_CLOSER.fullmatch(gap) is not None
    return False


# What stands between the last name of a list and the count that closes it: ", and some"
_LIST_CLOSER = re.compile(
    r"[\s,]*(?:and|or|plus|as\s+well\s+as)?\s*"
    r"(?:some|about|around|nearly|almost|roughly|more\s+than|over|at\s+least)?\s*",
    re.IGNORECASE,
)


# A partitive of the people who left: "Roughly 2.7 million of those who left are in Latin
# America", "1 million of the migrants who fled" count the displaced ("left" alone is too
# common a word to be a cue).
_LEAVERS_AFTER = re.compile(
    r"\s+of\s+(?:those|the\s+[a-z]+s|the\s+people)\s+who"
    r"\s+(?:have\s+|had\s+)?(?:left|fled|emigrated|escaped|departed|migrated)\b",
    re.IGNORECASE,
)


# A bare number as a sanctioning verb's whole object, its noun elided: "… and Canada
# sanctioned 14."
_SANCTIONING_VERB_BEFORE = re.compile(
    r"\b(?:sanctioned|sanctions|sanctioning|blacklisted|blacklists|designated)\s+"
    r"(?:another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)
_ELIDED_OBJECT_END = re.compile(r"\s*(?:more\s*)?(?:[.;]|,\s+(?:and|but|while)\b|$)")


def _bare_number(before: str, after: str) -> tuple[str, str | None, str | None] | None:
    """A number with no noun after it counts something only where a cue is close by: "over 2.1
    million have left", "the death toll rose to 40", "the number of countries rose to 50"."""
    if _NUMBER_ABROAD.search(before):
        return "displaced", "people", None  # "the number of Venezuelans in Colombia is …"
    before = _ASIDE_BEFORE.sub(" ", before)
    if _SANCTIONING_VERB_BEFORE.search(before) and _ELIDED_OBJECT_END.match(after):
        return (
            "sanctioned",
            "people",
            None,
        )  # "Britain sanctioned 15 officials, and Canada sanctioned 14."
    if _LEAVERS_AFTER.match(after):
        return "displaced", "people", None  # "2.7 million of those who left are in …"
    # the number's own verb first: "four were killed and more than 300 were injured"
    share = _OF_THEM_AFTER.match(after)  # (past "of them": "Twelve of them were arrested")
    own_verb = _OWN_VERB.match(after, share.end() if share else 0)
    category = _nearest_cue("", own_verb.group(), events_only=False) if own_verb else None
    if share and category is None:
        return None  # "…, nine of them shot by police": a share of the figure before
    # (the window reaches past a long verb group: "are thought to have been forced from …")
    reach = max(40, own_verb.end() + 20) if own_verb else 40
    category = category or _nearest_cue(before[-50:], after[:reach], events_only=False)
    subject = None
    if category is None:
        nouns = list(_BARE_NOUN_CUES.finditer(before[-50:]))
        if not nouns:
            return None
        if nouns[-1].lastgroup != "countries" and _VOTED_AFTER.match(after):
            return None  # "…withdraw its troops, and 140 voted for a text": states vote
        category = nouns[-1].lastgroup or ""
        subject = nouns[-1].group()
    if category == "countries":
        return category, "countries", subject
    return category, "people", subject


_FORCE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:force|forces|contingent|army|troops|battalion|brigade|unit"
    r"|militia|guard|deployment|mission)\b",
    re.IGNORECASE,
)


def _compound(quantity: Quantity, after: str) -> tuple[str, str | None, str | None] | None:
    """ "14-country body" counts countries; "30-member delegation" is another count."""
    noun = (quantity.compound_noun or "").lower()
    if noun in ("country", "nation", "state", "government"):
        return "countries", "countries", quantity.compound_noun
    if noun == "member" and _BLOC_AFTER.match(after):
        return "countries", "countries", quantity.compound_noun
    if quantity.value < 2 or not noun.isalpha() or len(noun) < 3:
        return None
    return "other", noun, quantity.compound_noun


def _money_subject(after: str) -> str | None:
    """What the money is for, as written: "$20 million in *humanitarian aid*"."""
    lead = _MONEY_SUBJECT.match(after)
    offset = lead.end() if lead else 0
    words: list[re.Match[str]] = []
    for match in _WORD.finditer(after, offset):
        word = match.group()
        if not word[0].isalpha() or word.lower() in STOP_WORDS or len(words) >= 3:
            break
        words.append(match)
    if not words:
        return None
    return after[words[0].start() : words[-1].end()]
