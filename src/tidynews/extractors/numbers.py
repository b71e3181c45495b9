"""Quantities in running text: the numbers a reader would call a count or an amount of money.

``parse_quantities(text)`` finds numbers written in digits ("5,000", "1.3 million", "3.4m"), in
words ("three million", "a dozen", "half a million", "twenty-five") or as a compound ("14-country"),
with their currency ("$20 million", "€5bn", "53 million Canadian dollars" -> ISO 4217 code) and the
hedge in front of or behind them ("more than 20", "about three million", "20 or more").

It returns only numbers that can be figures of the ``figures`` table, so everything the contract
and the annotation guide leave out is dropped here, in one place: years, dates, times of day,
durations, ages, phone numbers, percentages, ordinals, vote counts, ratios ("one in five"),
identifiers ("Article 233"), population totals and vague quantities ("millions", "tens of
thousands", "several hundred" -- a bare scale word with no number in front is never a value).

Why regexes and not spaCy tokens: this runs on every article of large corpora, so the text is
scanned once by two precompiled case-sensitive patterns over a lower-cased copy (digits, number
words), and each hit is checked by anchored look-ups of its immediate context, most of them
gated by a set look-up of the word before it. No Python loop ever walks the whole text; the
cost is below that of spaCy's tokenizer on the same text.

Offsets and the hedge: ``Quantity.start``/``end`` cover the quantity *as written*, hedge
included, so ``text[q.start:q.end] == q.text`` reads "more than 20", "about three million",
"$20 million", "14-country", "5,000-strong", "20 or more". ``hedge`` repeats the hedge words
("more than") so callers need not re-parse them; ``number_start`` is where the hedge ends and the
currency or number begins.

Judgement calls (the annotation guide gives the common hedges; the rest are ours):
- "as many as" / "as much as" -> ``at_most``: the writer gives the top of a range ("as many as 40
  people may have died" = up to 40), which is what "up to" says.
- "nearly" / "almost" / "close to" -> ``approx`` (the guide says so for "nearly"), while
  "just under" / "below" -> ``at_most`` and "just over" / "well over" / "above" -> ``at_least``.
- "-odd" and "or so" -> ``approx``; "or more", "-plus" and a trailing "+" -> ``at_least``.
- A bare "$" is the US dollar (the usual reading in English-language news).
- A decimal with no scale word and no currency ("3.5") is a measure, not a count: dropped, except
  "2.500" with exactly three decimals before a word, the continental thousands separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from itertools import pairwise

import pycountry

from .cuescan import decimal_positions, word_starts
from .patterns import trie_pattern

__all__ = ["BOUNDS", "Quantity", "parse_quantities"]

BOUNDS = ("exact", "approx", "at_least", "at_most")


def _words(text: str) -> list[str]:
    """Word lists are written as one string, so they stay readable."""
    return text.split()


# Horizontal whitespace only: a number never continues over a line break.
_WS = r"[ \t\u00a0\u202f]"


@dataclass(frozen=True)
class Quantity:
    """One quantity; ``text[start:end] == text`` of the source, hedge included.

    ``kind`` is ``count`` (a number of things, the noun follows), ``money`` (``currency`` is set)
    or ``compound`` (the counted noun is inside the quantity: "14-country").
    """

    start: int
    end: int
    value: float
    text: str
    bound: str
    currency: str | None
    hedge: str | None
    kind: str
    number_start: int = -1  # where the currency or the number begins (after the hedge)
    # "low" / "high" for the ends of a range ("between 3 million and 4 million", "3-4
    # million"): the low end takes the high end's scale and counted noun
    range_end: str = ""

    @property
    def compound_noun(self) -> str | None:
        """The noun of a compound quantity ("country" in "14-country"), else None."""
        if self.kind != "compound":
            return None
        return self.text.rsplit("-", 1)[-1]


# --- number words ------------------------------------------------------------------------------

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}
_NUMBER_WORDS = sorted(
    [*_UNITS, *_TEENS, *_TENS, *_SCALES, "hundred", "dozen"], key=len, reverse=True
)
_NUMW = "|".join(_NUMBER_WORDS)
# The words that count on their own ("six governments", "a dozen states"), for other readers.
COUNT_WORDS = frozenset([*_UNITS, *_TEENS, *_TENS, "hundred", "dozen"])
# Their values up to nineteen: what "the four governments" counts.
SMALL_COUNT_VALUES: dict[str, int] = {**_UNITS, **_TEENS}


_GLUE = "a|an|and|half|quarter|of"

# A run of number words glued by "and", spaces or hyphens, matched on the lower-cased text
# (case-sensitive patterns on a lower-cased copy run several times faster than IGNORECASE).
# A lead of "a", "half a", "a quarter of a" is picked up by ``_WORD_LEAD``; the run is then read
# token by token by ``_read_words``.
# (no look-behind for a word character or hyphen before the run: one that opens a pattern is
# tried at every position of the text; ``_word_runs`` tests the character before instead)
_WORD_RUN = re.compile(
    rf"{trie_pattern(_NUMBER_WORDS)}(?:(?:{_WS}+|-)(?:{_NUMW}|{_GLUE}))*(?![\w])"
)
_WORD_LEAD = re.compile(rf"(?<![\w\-])(?:(?:a|an|half|quarter|of){_WS}+)+$")
_TOKEN = re.compile(r"[A-Za-z]+")

# --- digits, scale words, currencies -----------------------------------------------------------

# Every ISO 4217 code pycountry knows ("PLN 40", "SGD 5 million"), less the ones that are
# also English words or names in capitals ("ALL 40 MINERS", "© 2019 NPR") and the X-codes
# (gold, test codes), plus the Chinese "RMB" and the old Venezuelan "VEF". The patterns match
# any three capitals and the code is then looked up in this set: an alternation of some 170
# codes is tried one by one at every number. After a year-like number only the common codes
# count as currency.
_COMMON_CODES = frozenset(
    "USD EUR GBP CAD AUD NZD CHF CNY RMB JPY RUB BRL COP MXN ARS CLP PEN VES VEF TRY INR".split()
)
_WORD_LIKE_CODES = frozenset(
    {"ALL", "TOP", "MOP", "SOS", "BAM", "BOB", "CUP", "GEL", "MAD", "AMD", "SAR", "NPR"}
)
CURRENCY_CODES = frozenset(
    {
        currency.alpha_3
        for currency in pycountry.currencies
        if not currency.alpha_3.startswith("X") and currency.alpha_3 not in _WORD_LIKE_CODES
    }
    | {"RMB", "VEF", "USD", "EUR"}
)
_CODES = "[A-Z]{3}"  # checked against CURRENCY_CODES after the match
_CURRENCY_PREFIX = (
    rf"(?-i:US{_WS}?\$|U\.S\.{_WS}?\$|CA?\$|Can\$|AU?\$|NZ\$|NT\$|R\$|HK\$|S\$|MX\$"
    r"|\$NZ|\$US|\$A|\$|€|£|¥|₹|₽|₴|zł"
    rf"|Bs\.?S?\.?|(?:{_CODES}))"
)
_SYMBOLS = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "Can$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "$NZ": "NZD",  # (the New Zealand and Australian press write the sign first)
    "$US": "USD",
    "$A": "AUD",
    "R$": "BRL",
    "HK$": "HKD",
    "S$": "SGD",
    "NT$": "TWD",
    "₴": "UAH",
    "zł": "PLN",
    "MX$": "MXN",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "RMB": "CNY",
    "VEF": "VES",
}
# A bare run of digits is found fast (a plain character class lets the regex engine skip
# ahead); the number itself is then read at that spot by ``_NUMBER``.
_DIGIT_RUN = re.compile(r"\d[\d,.]*")
_NUMBER = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # (a hyphen too: Canadian style writes "$50-million", "a $1.2-billion fund")
    rf"(?:(?:{_WS}?|-)(?P<word>hundred|thousand|million|billion|trillion|bn|mn|mln|tn)(?![\w])"
    r"|(?P<abbr>m|k|b)(?![\w]))?"
)
_PREFIX_BEFORE = re.compile(rf"(?:{_CURRENCY_PREFIX}){_WS}?$")
_ABBREVIATIONS = {
    "bn": 10**9,
    "mn": 10**6,
    "mln": 10**6,
    "tn": 10**12,
    "m": 10**6,
    "k": 10**3,
    "b": 10**9,
    "hundred": 100,
    **_SCALES,
}

_CURRENCY_SUFFIX = re.compile(
    # (a hyphen too: "a 2.2 billion-euro writedown")
    rf"{_WS}*-?(?:(?P<adj>US|U\.S\.|American|Canadian|Australian|New{_WS}Zealand|Hong{_WS}Kong"
    r"|Singapore|Mexican|Colombian|Argentine|Argentinian|Chilean|Cuban|Brazilian|Venezuelan"
    rf"|Swiss|Chinese|Russian|Turkish|Indian|Japanese|Czech|Swedish|Danish|Norwegian)"
    rf"{_WS}+)?"
    rf"(?P<word>dollars?|euros?|pounds?(?:{_WS}+sterling)?|sterling|yuan|renminbi|roubles?"
    r"|rubles?|bol[ií]vares|bol[ií]vars?|reais|reals?|yen|francs?|rupees?|liras?|pesos?"
    r"|zlotys?|zlotych|złoty|hryvnias?|hryvnyas?|forints?|korunas?|lei|leu|tenge|shekels?"
    r"|crowns?|kronor|kronur|kroner|krona|krone|dinars?|lari|drams?)(?![\w])"
    rf"|{_WS}*(?-i:(?P<code>{_CODES}))(?![\w])",
    re.IGNORECASE,
)
_DOLLARS = {
    "canadian": "CAD",
    "australian": "AUD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
}
# "crowns" are four states' currencies: the adjective says whose (bare, the Czech koruna,
# the one the two shipped cases' refugee stories count in)
_CROWNS = {"swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "czech": "CZK"}
# with no adjective, by how the word is spelt (kronor Swedish, kroner Danish)
_BARE_CROWNS = {"crown": "CZK", "kronor": "SEK", "krona": "SEK", "kroner": "DKK", "krone": "DKK"}
_PESOS = {
    "mexican": "MXN",
    "colombian": "COP",
    "argentine": "ARS",
    "argentinian": "ARS",
    "chilean": "CLP",
    "cuban": "CUP",
}
_CURRENCY_WORDS = {
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rouble": "RUB",
    "ruble": "RUB",
    "bolivar": "VES",
    "bolívar": "VES",
    "bolivare": "VES",
    "bolívare": "VES",
    "reai": "BRL",
    "real": "BRL",
    "yen": "JPY",
    "franc": "CHF",
    "rupee": "INR",
    "lira": "TRY",
    "zloty": "PLN",
    "zlotych": "PLN",
    "złoty": "PLN",
    "hryvnia": "UAH",
    "hryvnya": "UAH",
    "forint": "HUF",
    "koruna": "CZK",
    "lei": "RON",
    "leu": "MDL",
    "tenge": "KZT",
    "shekel": "ILS",
    "dinar": "RSD",
    "lari": "GEL",
    "dram": "AMD",
}

# --- hedges ------------------------------------------------------------------------------------

_HEDGES = {
    **dict.fromkeys(
        [
            "an estimated",
            "estimated",
            "approximately",
            "approx.",
            "about",
            "around",
            "roughly",
            "nearly",
            "almost",
            "some",
            "close to",
            "circa",
            "more or less",
            "just about",
            "an approximate",
            "approaching",
        ],
        "approx",
    ),
    **dict.fromkeys(
        [
            "more than",
            "over",
            "at least",
            "upwards of",
            "in excess of",
            "above",
            "just over",
            "well over",
            "well above",
            "no fewer than",
            "no less than",
            "not less than",
            "a minimum of",
            "greater than",
            "at the very least",
            "more then",
        ],
        "at_least",
    ),
    **dict.fromkeys(
        [
            "up to",
            "fewer than",
            "less than",
            "under",
            "no more than",
            "not more than",
            "as many as",
            "as much as",
            "at most",
            "a maximum of",
            "below",
            "just under",
            "at the most",
            "just below",
            "a maximum",
            "not even",
        ],
        "at_most",
    ),
}
_HEDGE_BEFORE = re.compile(
    r"(?<![\w'’])(?P<h>"
    + "|".join(
        re.escape(h).replace(r"\ ", _WS + "+") for h in sorted(_HEDGES, key=len, reverse=True)
    )
    + rf")(?:{_WS}+(?:a{_WS}+further|another|an{_WS}+additional|further|additional))?"
    # ("up to a further 7 million": a hedge before words of more)
    rf"{_WS}+$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(
    rf"(?P<h>{_WS}+or{_WS}+(?:so|more|over|above)|-odd|-plus|\+)(?![\w+])", re.IGNORECASE
)
_SUFFIX_BOUNDS = {
    "so": "approx",
    "more": "at_least",
    "over": "at_least",
    "above": "at_least",
    "odd": "approx",
    "plus": "at_least",
    "+": "at_least",
}

# --- what is never a figure --------------------------------------------------------------------

MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
MONTHS_ABBREVIATED = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
# Month names as written in running text and in capitals ("NOV. 8, 2018 -", a timeline's or
# a dateline's label), for the date exclusions below
_MONTHS = f"{MONTH_NAMES}|{MONTH_NAMES.upper()}"
_MONTHS_ABBREVIATED = f"{MONTHS_ABBREVIATED}|{MONTHS_ABBREVIATED.upper()}"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "January 10", "Jan. 10", "Wednesday 23" -- but not "... on 10 January. Thirteen of ...".
_DATE_BEFORE = re.compile(
    rf"(?-i:\b(?:{_MONTHS}|{_WEEKDAYS}|(?:{_MONTHS_ABBREVIATED})\.)){_WS}+(?:the{_WS}+)?$"
)
_DATE_AFTER = re.compile(rf"{_WS}*(?:of{_WS}+)?(?-i:(?:{_MONTHS}))\b", re.IGNORECASE)
# The first day of a range of dates: "on 22 and 23 February", "between 21 and 31 January".
_DAY_RANGE_AFTER = re.compile(
    rf"{_WS}*(?:and|to|or|through|&|-|–){_WS}*\d{{1,2}}(?:st|nd|rd|th)?{_WS}+"
    rf"(?:of{_WS}+)?(?-i:(?:{_MONTHS}))\b",
    re.IGNORECASE,
)
# The second day of one: "on February 22 and 23", "between January 21 and 31".
_DAY_RANGE_BEFORE = re.compile(
    rf"(?-i:\b(?:{_MONTHS})\.?){_WS}+\d{{1,2}}(?:st|nd|rd|th)?{_WS}*"
    rf"(?:and|to|or|through|&|-|–){_WS}*$"
)
_TIME_AFTER = re.compile(
    rf"{_WS}*(?:[ap]\.?m\b\.?|o['’]clock\b|(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|VET)\b"
    rf"|local{_WS}+time\b|hrs\b|h\b)",
    re.IGNORECASE,
)
_TIME_UNITS = (
    r"seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?"
    r"|decades?|centur(?:y|ies)|nights?|weekends?|generations?|millenni(?:um|a)"
)
_DURATION_AFTER = re.compile(
    # (not "last", "next", "past": "1.6 million last year" counts something in a year)
    rf"{_WS}+(?:(?:more|long|full|straight|consecutive|whole|additional|further|extra"
    rf"|previous|short|successive|solid|turbulent|long{_WS}+and|hard){_WS}+)?"
    rf"(?:{_TIME_UNITS})\b",
    re.IGNORECASE,
)
# Lengths and distances are measurements, not counts: "20 kilometres from the border"
_DISTANCE_UNITS = (
    r"kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|foot|ft|inch(?:es)?|yards?"
    rf"|nautical{_WS}+miles?"
)
_DISTANCE_AFTER = re.compile(rf"{_WS}*(?:{_DISTANCE_UNITS})\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(
    rf"{_WS}*(?:%|per{_WS}?cent\b|percent\b|pc\b|pct\b|percentage{_WS}+points?\b"
    r"|-per-?cent\b|basis\s+points?\b)",
    re.IGNORECASE,
)
# The first of coordinated percentages: "(65 and 72 per cent respectively)"
_PERCENT_LIST_AFTER = re.compile(
    rf"{_WS}*(?:,|and|or){_WS}*\d[\d.,]*{_WS}*(?:%|per{_WS}?cent\b|percent\b)",
    re.IGNORECASE,
)
# (and men or women "between 18 and 60": the ages that bound a group, as martial law does)
_AGE_BEFORE = re.compile(
    rf"\b(?:(?:aged?|ages|age{_WS}+of){_WS}+(?:between{_WS}+)?"
    rf"|(?:men|women|males|females|boys|girls){_WS}+between{_WS}+)$",
    re.IGNORECASE,
)
# (a name, or a noun for one person: "The firebrand opposition politician, 48, fled")
_AGE_APPOSITION = re.compile(
    rf"(?:\b[A-ZÀ-Þ][^\W\d_]+|(?i:\b(?:politician|leader|president|minister|activist|lawyer"
    r"|journalist|student|teacher|nurse|doctor|engineer|soldier|officer|farmer|worker|driver"
    r"|vendor|migrant|refugee|resident|mechanic|owner|developer|businessman|businesswoman"
    r"|mother|father|grandmother|grandfather|woman|man|widow|son|daughter|wife|husband))\b)"
    rf"{_WS}*[,(]{_WS}*$"
)
_AGE_CLOSE = re.compile(rf"{_WS}*(?:[,)]|\.(?=\s|$))")  # ('said Carmen, 41.' ends a sentence)
_ID_BEFORE = re.compile(
    r"(?:\b(?:article|articles|section|resolution|chapter|paragraph|decree|amendment|clause"
    r"|page|pages|flight|route|highway|room|gate|terminal|platform|phase|level|category|season"
    r"|episode|volume|vol\.|edition|channel|model|battalion|brigade|regiment|division|squadron"
    r"|number|street|avenue|road|line|tier|grade|class|code|version|window|plan|grupo|group"
    # legal instruments: "Executive Order 13850", "EO 14065", "GL 77", "Directive 4", and a
    # defined short form between ("Executive Order (\"EO\") 13850")
    r"|order|directive|regulation|licen[cs]e|(?-i:EO|E\.O\.|GL)"
    # a fact check's or a live page's numbered labels ("CLAIM 1:", "Update 3:"); not
    # "they claim 1,000 dead", nor a title-case headline's "Protesters Claim 1,000 Dead"
    r"|(?-i:CLAIM|UPDATE|Update|STEP|Step|QUESTION|Question|PART|Part)"
    rf"|(?-i:No\.?|Nos\.?))|#)(?:{_WS}*\({_WS}*[\"“]?(?-i:[A-Z][A-Z.]{{0,4}})[\"”]?{_WS}*\))?{_WS}*$",
    re.IGNORECASE,
)
_POPULATION_BEFORE = re.compile(
    rf"(?:\bpopulations?\b[^.;:\n]{{0,30}}|\b(?:country|nation|city|state|island|region"
    rf"|territory|capital|metropolis){_WS}+of{_WS}+)$",
    re.IGNORECASE,
)
_HOME_TO_BEFORE = re.compile(rf"\bhome{_WS}+to(?:{_WS}+[a-z]+)?{_WS}*$", re.IGNORECASE)
_RESIDENTS_AFTER = re.compile(rf"{_WS}+(?:people|inhabitants|residents)\b", re.IGNORECASE)
# (not residents who flee: "68,000 residents of Donbass have crossed into Russia" count them)
_POPULATION_AFTER = re.compile(
    rf"{_WS}+(?:inhabitants|residents|population)\b"
    rf"(?!(?:{_WS}+of{_WS}+[\w'’ -]{{1,30}}?)?{_WS}+(?:have|has|had|were)"
    rf"{_WS}+(?:been{_WS}+)?(?:fled|left|crossed|evacuated|displaced|forced))",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(
    rf"(?:['’]s|\bits|\btheir|\bwhose|\bhome{_WS}+to){_WS}+$", re.IGNORECASE
)
_PEOPLE_AFTER = re.compile(rf"{_WS}+(?:people|citizens|inhabitants|residents)\b", re.IGNORECASE)
_VOTES_AFTER = re.compile(
    rf"{_WS}+(?:(?:registered|eligible|valid){_WS}+)?(?:votes?|voters|ballots?)\b", re.IGNORECASE
)
_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten"
# ("3 million in 2019" is no ratio: a year after "in" dates the number)
_RATIO_AFTER = re.compile(
    rf"{_WS}+(?:in(?!{_WS}+(?:1[89]|20)\d\d(?![\d,.]\d))|out{_WS}+of){_WS}+(?:every{_WS}+)?"
    rf"(?:\d|(?:{_SMALL}|a)\b)|{_WS}+times\b",
    re.IGNORECASE,
)
_RATIO_BEFORE = re.compile(
    rf"(?:\d|\b(?:{_SMALL}))(?:-|{_WS}+)(?:in|out{_WS}+of){_WS}+(?:every{_WS}+)?$", re.IGNORECASE
)
_YEAR_ALLOWED_AFTER = re.compile(
    rf"{_WS}+(?:[A-Za-z]+{_WS}+)?(?:people|troops|soldiers|refugees|migrants|protesters"
    r"|demonstrators|families|children|prisoners|workers|civilians|officials|members|deaths"
    r"|dead|persons|individuals|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is)))\b",
)
_DATE_PREPOSITION = re.compile(
    rf"\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|the|to|through"
    rf"|between|and|or|year|summer|winter|spring|autumn|fall){_WS}+$",
    re.IGNORECASE,
)
# Every "what follows" exclusion in one anchored match, and every "what precedes" one in one
# search: one regex call each per number instead of a dozen.
# (money is never a duration: "$27 billion last year" is an amount in a year)
_COUNT_ONLY = frozenset({"time", "population", "duration", "distance"})
_EXCLUDED_AFTER = re.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern})"
        for name, pattern in (
            ("date", _DATE_AFTER),
            ("day_range", _DAY_RANGE_AFTER),
            ("time", _TIME_AFTER),
            ("duration", _DURATION_AFTER),
            ("distance", _DISTANCE_AFTER),
            ("percent", _PERCENT_AFTER),
            ("percent_list", _PERCENT_LIST_AFTER),
            ("votes", _VOTES_AFTER),
            ("ratio", _RATIO_AFTER),
            ("population", _POPULATION_AFTER),
        )
    ),
    re.IGNORECASE,
)
_EXCLUDED_BEFORE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (_RATIO_BEFORE, _ID_BEFORE, _AGE_BEFORE))
    + f"|(?-i:{_DATE_BEFORE.pattern})|(?-i:{_DAY_RANGE_BEFORE.pattern})",
    re.IGNORECASE,
)
# Before a hedge a month names no date of the number: "By February more than 50 governments"
# ("aged about 50" and "Article about 5" still are no figures).
_EXCLUDED_BEFORE_HEDGE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (_RATIO_BEFORE, _ID_BEFORE, _AGE_BEFORE)),
    re.IGNORECASE,
)
# The last word before a number that can end a hedge or an exclusion: the patterns above are
# searched only when it is one of these.
_HEDGE_LAST_WORDS = frozenset(hedge.split()[-1].lower() for hedge in _HEDGES) | {
    "further",
    "another",
    "additional",
}
_EXCLUDED_LAST_WORDS = frozenset(
    _words(
        """in of every aged age ages between the no no. nos nos. article articles section
        resolution chapter paragraph decree amendment clause page pages flight route highway room
        gate terminal platform phase level category season episode volume vol. edition channel
        model battalion brigade regiment division squadron number street avenue road line tier
        grade class code version window plan grupo group order directive regulation license
        licence eo e.o. gl claim update step question part and to or through &"""
    )
    + [word.lower() for word in (_MONTHS + "|" + _WEEKDAYS).split("|")]
    + [f"{word.lower()}." for word in _MONTHS_ABBREVIATED.split("|")]
)
_ONE_BEFORE = re.compile(
    rf"\b(?:no|any|every|each|which|this|that|the|someone|anyone){_WS}+$", re.IGNORECASE
)
_ONE_AFTER = re.compile(
    rf"{_WS}+(?:of|another|or|day|time|way|side|hand|by|thing|point|more|another)\b|-"
    # "… will not be turned into one.": a pronoun closing its sentence
    rf"|{_WS}*[.;!?]",
    re.IGNORECASE,
)
# Compound second words: time units (durations, ages), ordinals and fractions are never figures.
_COMPOUND = re.compile(r"-(?P<word>[A-Za-z]+)(?![\w])")
_COMPOUND_EXCLUDED = frozenset(
    _words(
        """second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries night nights weekend generation yr old time times
    first second third fourth fifth sixth seventh eighth ninth tenth th st nd rd fold thirds
    fifths quarters half halves point way sided off party tier stage foot feet metre meter
    metres meters kilometre kilometer km mile inch"""
    )
)
# Phone numbers are found around a digit hit only (never by scanning the whole text).
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ .\-]?)?(?:\(0?\d{1,5}\)[ .\-]?)?0\d{2,5}(?:[ .\-]\d{2,5}){1,3}"
    r"(?![\w])"
    r"|(?<![\w.,])\+\d{1,3}(?:[ .\-]?\(?\d{1,5}\)?)(?:[ .\-]\d{2,5}){1,4}(?![\w])"
    r"|(?<![\w.,])\(?\d{3}\)?[ .\-]\d{3}-\d{4}(?![\w])"
    r"|(?<![\w.,])0[ .\-]\d{3}(?:[ .\-]\d{2,5}){1,3}(?![\w])"  # "0 800 800 11" (a toll-free line)
)
# A currency symbol or an upper-case code may stand right before the digits.
_CURRENCY_MARKS = re.compile(r"[$€£¥₹₽₴łA-Z.]")


@dataclass
class _Draft:
    """A quantity being assembled: the core number, then its currency, hedge and compound."""

    start: int  # first character of the currency or number
    end: int
    value: Decimal
    digits: str | None  # the digit string as written, for the year and decimal checks
    scaled: bool
    currency: str | None = None
    kind: str = "count"
    hedge: str | None = None
    hedge_start: int = -1
    bound: str = "exact"
    is_word: bool = False
    range_end: str = ""


# --- public ------------------------------------------------------------------------------------


def parse_quantities(text: str, lower: str | None = None) -> list[Quantity]:
    """Every quantity in ``text`` that can be a figure, in order. Never raises on any string.

    ``lower``: ``text.lower()`` when the caller has it already (an article's ``lowered()``);
    it is used only when it has the text's length, as the patterns' offsets need."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _parse(text, lower)
    except (ValueError, ArithmeticError, IndexError):  # pragma: no cover - defensive
        return []


def _parse(text: str, lower: str | None = None) -> list[Quantity]:
    if lower is None or len(lower) != len(text):
        lower = _lowered(text)
    words = [draft for draft in _word_drafts(lower) if not _in_a_name(text, draft.start)]
    drafts = _digit_drafts(text, lower) + words
    drafts.sort(key=lambda d: d.start)
    _join_ranges(lower, drafts)
    found: list[Quantity] = []
    last_end = -1
    for draft in drafts:
        if draft.start < last_end:
            continue  # a word hit inside a digit hit ("3 million" read twice)
        quantity = _finish(text, draft)
        if quantity is not None:
            if (
                quantity.range_end == "high"
                and quantity.hedge is None
                and found
                and found[-1].range_end == "low"
                and found[-1].bound == "approx"
            ):
                quantity = replace(quantity, bound="approx")  # "some 3 to 4 million"
            found.append(quantity)
            last_end = draft.end
    # a range's ends go together: "5 to 10 per cent", "aged 30 to 40" are no counts at all
    return [
        quantity
        for index, quantity in enumerate(found)
        if (
            quantity.range_end != "low"
            or (index + 1 < len(found) and found[index + 1].range_end == "high")
        )
        and (quantity.range_end != "high" or (index and found[index - 1].range_end == "low"))
    ]


# The gap between the ends of a range: "3 to 4 million", "3-4 million"; "and" only after
# "between" ("between 3 and 4 million"; "3 and 4 million" alone is rare and ambiguous).
_RANGE_GAP = re.compile(rf"{_WS}*(?:to|-|–|—){_WS}*")
_RANGE_AND = re.compile(rf"{_WS}+and{_WS}+")
_BETWEEN_BEFORE = re.compile(rf"\bbetween{_WS}+$")
_CHANGE_BEFORE = re.compile(rf"\bfrom{_WS}+$")  # "rose from 20 to 35": a change, not a range
_SCALE_WORD = re.compile(r"[a-z]+$")


def _join_ranges(lower: str, drafts: list[_Draft]) -> None:
    """Mark the two ends of a range, giving the low end the high end's scale ("between 3
    and 4 million" is 3 million to 4 million) and currency ("$3-4bn")."""
    for low, high in pairwise(drafts):
        gap_end = high.start
        if low.range_end or high.start <= low.end or gap_end - low.end > 9:
            continue
        before = lower[max(0, low.start - 10) : low.start]
        if _RANGE_GAP.fullmatch(lower, low.end, gap_end):
            if _CHANGE_BEFORE.search(before):
                continue
        elif not (_RANGE_AND.fullmatch(lower, low.end, gap_end) and _BETWEEN_BEFORE.search(before)):
            continue
        if high.currency and low.currency not in (None, high.currency):
            continue
        if low.currency and not high.currency:
            high.currency, high.kind = low.currency, "money"
        if high.scaled and not low.scaled:
            scale = _SCALE_WORD.search(lower, high.start, high.end)
            factor = _ABBREVIATIONS.get(scale.group(), 1) if scale else 1
            if low.value * factor > high.value:
                continue  # "500 to 2 million": no shared scale, read each as written
            low.value *= factor
            low.scaled = factor != 1
        if low.value >= high.value:
            continue  # "4 to 3": not a range
        low.range_end, high.range_end = "low", "high"


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # no full stop: "… January. Thirteen"


def _in_a_name(text: str, start: int) -> bool:
    """A capitalised number word right after a capitalised word is part of a name ("World War
    Two", "Formula One", "Air Force One"), not a count; at a sentence's start it is a count."""
    if not text[start : start + 1].isupper():
        return False
    return _NAME_WORD_BEFORE.search(text, max(0, start - 30), start) is not None


def _lowered(text: str) -> str:
    """A lower-cased copy of the same length (a few characters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# --- reading numbers ---------------------------------------------------------------------------


def _digit_runs(lower: str) -> Iterator[re.Match[str]]:
    """What ``_DIGIT_RUN.finditer(lower)`` gives: a run opens at the first digit at or past
    the end of the last one (``cuescan.decimal_positions``, one vectorised pass), instead of
    the engine stepping through every character to find it."""
    match = _DIGIT_RUN.match
    reached = 0
    for start in decimal_positions(lower):
        if start >= reached:
            run = match(lower, start)
            if run is not None:  # (always: a digit opens a run)
                yield run
                reached = run.end()


def _digit_drafts(text: str, lower: str) -> list[_Draft]:
    drafts = []
    for run in _digit_runs(lower):
        start = run.start()
        if start and lower[start - 1] in ".,-/:=#_@&*^+" and not _range_top(lower, start):
            continue  # the tail of "1.2.3", "2019-01-23", "10:30", "23/01", "?id=5", "7*7"
        match = _NUMBER.match(lower, start)
        if match is None:  # pragma: no cover - a digit always starts a number
            continue
        if lower[match.end() : match.end() + 1] in {"*", "^", "+"} and match.end() < len(lower):
            continue  # an operand of arithmetic ("7*7", "2^10", "3+4"), not a count
        prefix = None
        if _CURRENCY_MARKS.search(text, max(0, start - 2), start):
            prefix = _PREFIX_BEFORE.search(text, max(0, start - 6), start)
        currency = _prefix_code(prefix.group()) if prefix else None
        if currency is None:
            prefix = None  # three capitals that are no currency code ("ALL 40 MINERS")
        if currency is None and start and text[start - 1].isalpha():
            continue  # "G20", "F16", "COVID19": part of a name
        if _in_phone_number(text, lower, start, match.end()):
            continue
        digits = match.group("num")
        try:
            value = Decimal(digits.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            continue
        if currency is None and match.group("abbr") and text[match.start("abbr")] == "B":
            continue  # "seven Cessna 208B Grand Caravans": a model, not 208 billion
        scale_word = match.group("word") or match.group("abbr") or ""
        if scale_word:
            value *= _ABBREVIATIONS[scale_word]
        drafts.append(
            _Draft(
                prefix.start() if prefix else start,
                match.end(),
                value,
                digits,
                bool(scale_word),
                currency,
                "money" if currency else "count",
            )
        )
    return drafts


_RANGE_TOP = re.compile(
    rf"(?<![\d,.\-/])\d{{1,3}}-(?=\d{{1,3}}(?:{_WS}?(?:hundred|thousand|million|billion|bn|mn|m|k)\b))"
)


def _range_top(lower: str, start: int) -> bool:
    """Is the number at ``start`` the top of a hyphenated range of a scale ("3-4 million")?
    Dates ("2019-01-23") and codes keep being skipped."""
    if lower[start - 1] != "-":
        return False
    return any(m.end() == start for m in _RANGE_TOP.finditer(lower, max(0, start - 5), start + 16))


def _in_phone_number(text: str, lower: str, start: int, end: int) -> bool:
    """Digits of a phone number ("0207 782 4368", "+44 20 7782 4368"). Only numbers that start
    with 0, follow "+" or "(", or run on into another group of digits are looked at closely."""
    leading_zero = lower[start] == "0" and lower[start + 1 : start + 2].isdigit()
    opened = start > 0 and lower[start - 1] in "+("
    runs_on = lower[end : end + 1] in (" ", "-", ".", ")") and lower[end + 1 : end + 2].isdigit()
    runs_from = start > 1 and lower[start - 1] in " -.)" and lower[start - 2].isdigit()
    if not (leading_zero or opened or runs_on or runs_from):
        return False
    for phone in _PHONE.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if phone.start() <= start and end <= phone.end():
            return True
    return False


def _prefix_code(prefix: str) -> str | None:
    compact = re.sub(r"[\s\u00a0\u202f]", "", prefix)
    if compact.startswith("Bs"):
        return "VES"
    if compact.isalpha() and compact.isupper() and len(compact) == 3:
        return _SYMBOLS.get(compact, compact) if compact in CURRENCY_CODES else None
    return _SYMBOLS.get(compact, compact if compact.isalpha() else "USD")


def _word_runs(lower: str) -> Iterator[re.Match[str]]:
    r"""The runs of number words not inside a word nor after a hyphen: what ``finditer``
    gives for ``(?<![\w\-])`` before ``_WORD_RUN`` (a run whose opening fails the test is
    passed over by one character, as the engine would try the next position).

    A run opens with a number word, so it is tried only where one is written
    (``cuescan.word_starts``, one vectorised pass) instead of the engine searching every
    position; the leftmost of those that matches is what ``_WORD_RUN.search`` finds."""
    match = _WORD_RUN.match
    position = 0
    for start in word_starts(lower, _NUMBER_WORD_TUPLE):
        if start < position:
            continue
        before = lower[start - 1] if start else ""
        if before and (before.isalnum() or before == "_" or before == "-"):
            continue
        run = match(lower, start)
        if run is None:
            continue
        yield run
        position = run.end()


_NUMBER_WORD_TUPLE = tuple(_NUMBER_WORDS)


def _word_drafts(lower: str) -> list[_Draft]:
    drafts = []
    for run in _word_runs(lower):
        start = run.start()
        lead = _WORD_LEAD.search(lower, max(0, start - 24), start)
        if lead is not None:
            start = lead.start()
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(lower, start, run.end())]
        index = 0
        while index < len(tokens):
            read = _read_words(tokens, index)
            if read is None:
                index += 1
                continue
            stop, value = read
            drafts.append(
                _Draft(
                    tokens[index][0],
                    tokens[stop - 1][1],
                    value,
                    None,
                    any(t[2] in _SCALES for t in tokens[index:stop]),
                    is_word=True,
                )
            )
            index = stop
    return drafts


_COMPLETE = frozenset({"unit", "teen", "tens", "hundred", "scale", "dozen", "andhalf"})


def _read_words(tokens: list[tuple[int, int, str]], index: int) -> tuple[int, Decimal] | None:
    """The longest number readable from ``tokens[index:]``: (index after it, value), or None.

    A small state machine: "twenty-five", "three hundred and fifty thousand", "a dozen",
    "two dozen", "half a million", "one and a half million", "a quarter of a million". A run that
    starts with a bare scale word ("million", "thousand") is vague and never read.
    """
    total = Decimal(0)
    current = Decimal(0)
    state = "start"
    last_scale = 10**15
    best: tuple[int, Decimal] | None = None
    position = index
    words = [token[2] for token in tokens]
    while position < len(words):
        word = words[position]
        step = 1
        if word in _UNITS and state in ("start", "tens", "hundred", "scale", "and"):
            if state == "tens" and _UNITS[word] == 0:
                break
            current += _UNITS[word]
            state = "unit"
        elif word in _TEENS and state in ("start", "hundred", "scale", "and"):
            current += _TEENS[word]
            state = "teen"
        elif word in _TENS and state in ("start", "hundred", "scale", "and"):
            current += _TENS[word]
            state = "tens"
        elif word == "hundred" and state in ("a", "unit", "teen") and current < 100:
            current = (current or 1) * 100
            state = "hundred"
        elif (
            word in _SCALES
            and state in ("a", "unit", "teen", "tens", "hundred", "frac", "andhalf")
            and _SCALES[word] < last_scale
        ):
            total += (current or 1) * _SCALES[word]
            current = Decimal(0)
            last_scale = _SCALES[word]
            state = "scale"
        elif word == "dozen" and state in ("a", "unit", "teen", "tens", "frac"):
            current = (current or 1) * 12  # ("half a dozen": 6)
            state = "dozen"
        elif word in ("a", "an") and state in ("start", "frac"):
            if state == "start":
                current = Decimal(1)
                state = "a"
        elif word == "of" and state == "frac":
            pass
        elif word in _FRACTIONS and state in ("start", "a"):
            current = _FRACTIONS[word]
            state = "frac"
        elif word == "and" and state in ("hundred", "scale") and _next_is_number(words, position):
            state = "and"
        elif (
            word == "and"
            and state in ("unit", "teen", "tens", "hundred")
            and words[position + 1 : position + 3] in (["a", "half"], ["a", "quarter"])
        ):
            current += _FRACTIONS[words[position + 2]]
            state = "andhalf"
            step = 3
        else:
            break
        position += step
        if state in _COMPLETE:
            best = (position, total + current)
    return best


def _next_is_number(words: list[str], position: int) -> bool:
    following = words[position + 1] if position + 1 < len(words) else ""
    return following in _UNITS or following in _TEENS or following in _TENS


# --- context: currency, hedges, compounds, exclusions --------------------------------------------


def _finish(text: str, draft: _Draft) -> Quantity | None:
    """Attach currency, compound and hedges to a core number; None if it is no figure."""
    if draft.value <= 0 and draft.currency is None:
        return None
    if not _attach_suffix_currency(text, draft):
        _attach_compound_or_suffix(text, draft)
    context = _Context(text, draft)
    if draft.kind != "compound" and _excluded(text, draft, context):
        return None
    if draft.kind == "compound" and _compound_excluded(text, draft, context):
        return None
    _attach_hedge(draft, context)
    value = draft.value
    if draft.currency is None and (value < 1 or value != value.to_integral_value()):
        return None  # "half", "2.5" on their own: fractions and measures, not counts
    if draft.range_end and draft.hedge is None:
        draft.bound = "at_least" if draft.range_end == "low" else "at_most"
    start = draft.hedge_start if draft.hedge_start >= 0 else draft.start
    return Quantity(
        start=start,
        end=draft.end,
        value=float(value),
        text=text[start : draft.end],
        bound=draft.bound,
        currency=draft.currency,
        hedge=draft.hedge,
        kind=draft.kind,
        number_start=draft.start,
        range_end=draft.range_end,
    )


_YEAR_DIGITS = re.compile(r"(?:18|19|20)\d\d")


_PLURAL_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+s)\b")
# Words ending in "s" that are no plural noun ("449 euro plus housing costs", "10,000 euro is")
NOT_PLURAL_NOUNS = frozenset(
    """plus is as was has his its this thus us yes does perhaps whereas unless less across
    always besides towards afterwards""".split()
)


def _currency_as_modifier(work: str, match: re.Match[str], draft: _Draft) -> bool:
    """A singular currency word after a count above one, then a plural noun ("two dollar
    bonds", "three euro coins"): a compound noun, not an amount ("20 dollars", "5 euros"
    agree in number; "a 5 euro fee" has no plural noun)."""
    word = match.group("word")
    if word is None or word.lower().endswith("s") or draft.scaled:
        return False
    noun = _PLURAL_NOUN_AFTER.match(work, match.end())
    return noun is not None and noun.group(1) not in NOT_PLURAL_NOUNS


def _attach_suffix_currency(work: str, draft: _Draft) -> bool:
    if draft.currency is not None:
        return True
    match = _CURRENCY_SUFFIX.match(work, draft.end)
    if match is None:
        return False
    code = match.group("code")
    if code is not None and code not in CURRENCY_CODES:
        return False  # three capitals that are no currency ("40 NATO troops")
    if (
        code is not None
        and code not in _COMMON_CODES
        and not draft.scaled
        and _YEAR_DIGITS.fullmatch(draft.digits or "")
    ):
        return False  # "© 2019 NPR": a year before a rarer code is no amount
    if code is None and _currency_as_modifier(work, match, draft):
        return False  # "two dollar bonds": bonds counted, the currency only names their kind
    if code is None:
        word = match.group("word").lower().split()[0].rstrip("s") or "s"
        adjective = (match.group("adj") or "").lower().replace(".", "").replace("\u00a0", " ")
        if word == "dollar":
            code = _DOLLARS.get(adjective, "USD")
        elif word in _BARE_CROWNS:
            if word == "crown" and not adjective and not draft.digits:
                return False  # "the three crowns of the kingdom": no sum of money
            code = _CROWNS.get(adjective) or _BARE_CROWNS[word]
        elif word == "peso":
            code = _PESOS.get(adjective)
            if code is None:
                return False  # pesos of an unnamed country: no ISO code to give
        else:
            code = _CURRENCY_WORDS.get(word)
            if code is None:
                return False
    draft.currency = _SYMBOLS.get(code, code)
    draft.kind = "money"
    draft.end = match.end()
    return True


def _attach_compound_or_suffix(work: str, draft: _Draft) -> None:
    """ "14-country" becomes a compound; "5,000-strong", "20-odd", "20 or more" extend the
    quantity (the last two with their bound)."""
    compound = _COMPOUND.match(work, draft.end)
    if compound is not None:
        word = compound.group("word").lower()
        if word == "strong":
            draft.end = compound.end()
            return
        if word not in ("odd", "plus"):
            draft.kind = "compound"
            draft.end = compound.end()
            return
    suffix = _HEDGE_AFTER.match(work, draft.end)
    if suffix is not None:
        hedge = suffix.group("h").strip(" -\t\u00a0\u202f")
        draft.hedge = hedge
        draft.bound = _SUFFIX_BOUNDS[hedge.lower().split()[-1]]
        draft.end = suffix.end()


def _compound_excluded(work: str, draft: _Draft, context: _Context) -> bool:
    """Durations ("four-year"), ages ("35-year-old"), ordinals ("twenty-first") and the like."""
    noun = work[draft.start : draft.end].rsplit("-", 1)[-1].lower()
    if noun in _COMPOUND_EXCLUDED:
        return True
    return _context_excluded(work, draft, context)


def _excluded(work: str, draft: _Draft, context: _Context) -> bool:
    """True for anything the guide leaves out of figures, judged on the characters around."""
    end = draft.end
    following = work[end : end + 1]
    if following and (following.isalnum() or following in "%"):
        return True  # "21st", "1990s", "3pm", "10km", "40%"
    if draft.range_end == "low" and following in ("-", "–", "—"):
        pass  # "3-4 million": the low end of a range
    elif following in (".", ",", ":", "/", "-") and work[end + 1 : end + 2].isdigit():
        return True  # "10:30", "2019-01-23", "23/01", "1.2.3"
    elif following == "-" and draft.kind != "compound":
        after = _COMPOUND.match(work, end)
        if after is None or after.group("word").lower() in _COMPOUND_EXCLUDED:
            return True
    if draft.currency is None and draft.digits is not None and _year_like(work, draft, context):
        return True
    if (
        draft.currency is None
        and not draft.scaled
        and "." in (draft.digits or "")
        and not _thousands_with_dots(work, draft)
    ):
        return True
    if draft.is_word and draft.value == 1 and not draft.scaled and _one_is_pronoun(work, draft):
        return True
    return _context_excluded(work, draft, context)


class _Context:
    """The characters before a number, read once: its hedge and what precedes the hedge."""

    __slots__ = ("before", "core_before", "hedge")

    def __init__(self, text: str, draft: _Draft) -> None:
        self.before = text[max(0, draft.start - 48) : draft.start]
        self.hedge = None
        if _last_word(self.before) in _HEDGE_LAST_WORDS:  # a set look-up spares most searches
            self.hedge = _HEDGE_BEFORE.search(self.before, max(0, len(self.before) - 26))
        self.core_before = self.before[: self.hedge.start()] if self.hedge else self.before


# What wraps a defined short form: "Executive Order ("EO") 13850"
DEFINED_TERM_MARKS = "()\"“”'‘’"


def _last_word(before: str) -> str:
    words = before[-24:].rsplit(None, 1)
    # (past an opening bracket or quote mark: "(about $1.2 million)")
    return words[-1].lower().lstrip("([“‘\"'") if words and not before[-1:].isalnum() else ""


def _context_excluded(work: str, draft: _Draft, context: _Context) -> bool:
    end = draft.end
    after = _EXCLUDED_AFTER.match(work, end)
    # ("£1 million or 50% of the value": an amount before a percentage is no percentage)
    amount = draft.currency is not None or draft.scaled
    if after is not None and after.lastgroup == "percent_list" and amount:
        after = None
    if after is not None and (draft.currency is None or after.lastgroup not in _COUNT_ONLY):
        return True
    near = context.core_before
    before = _EXCLUDED_BEFORE_HEDGE if context.hedge else _EXCLUDED_BEFORE
    last = _last_word(near)
    if (
        last in _EXCLUDED_LAST_WORDS
        or last.strip(DEFINED_TERM_MARKS) in _EXCLUDED_LAST_WORDS
        or near.endswith("#")
    ) and before.search(near, max(0, len(near) - 24)):
        return True
    if draft.currency is not None:
        return False
    # "Maria Lopez, 35, said" and "Maria Lopez (35)": a bare small number set off by commas.
    if (
        not draft.scaled
        and draft.value < 120
        and _AGE_CLOSE.match(work, end)
        and _AGE_APPOSITION.search(near)
    ):
        return True
    return draft.value >= 10_000 and _is_population(work, draft, near, end)


def _is_population(work: str, draft: _Draft, near: str, end: int) -> bool:
    """Population totals are left out ("a country of 30 million", "its 32 million people",
    "Roraima, home to some 600,000 people")."""
    if _POPULATION_BEFORE.search(near):
        return True
    if _HOME_TO_BEFORE.search(near) and _RESIDENTS_AFTER.match(work, end):
        return True  # (not "home to 1.4 million Venezuelans": a people counted apart)
    if (
        draft.value >= 1_000_000
        and _ALL_OF_THEM_BEFORE.search(near)
        and not _ELSEWHERE_AFTER.match(work, end)
    ):
        return True  # "nearly all 30 million Venezuelans": the whole people
    return bool(
        draft.value >= 1_000_000
        and _POSSESSIVE_BEFORE.search(near, max(0, len(near) - 12))
        and _PEOPLE_AFTER.match(work, end)
    )


# ("all 4 million Venezuelans abroad", "all 3 million refugees" are people counted apart)
_ELSEWHERE_AFTER = re.compile(
    r"[^.;:\n]{0,30}?\b(?:abroad|outside|exile|exiles|refugees|migrants|displaced|left|fled"
    r"|living\s+in|(?-i:in\s+[A-Z][a-z]+))\b",  # (a place: "all 2 million in Poland")
    re.IGNORECASE,
)
_ALL_OF_THEM_BEFORE = re.compile(
    rf"\ball{_WS}+(?:of{_WS}+)?(?:the{_WS}+|its{_WS}+|their{_WS}+)?$", re.IGNORECASE
)


def _year_like(work: str, draft: _Draft, context: _Context) -> bool:
    """A bare 4-digit 1800-2100 is a year unless it is hedged or clearly counts people."""
    digits = draft.digits or ""
    if draft.scaled or len(digits) != 4 or not digits.isdigit() or not 1800 <= int(digits) <= 2100:
        return False
    if context.hedge is not None:
        return False
    return _DATE_PREPOSITION.search(
        context.before, max(0, len(context.before) - 12)
    ) is not None or not _YEAR_ALLOWED_AFTER.match(work, draft.end)


def _thousands_with_dots(work: str, draft: _Draft) -> bool:
    """ "2.500 personas": dots as thousands separators (exactly three digits after each)."""
    if draft.scaled or not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", draft.digits or ""):
        return False
    if not re.match(rf"{_WS}+[a-z]", work[draft.end : draft.end + 3]):
        return False
    draft.value = Decimal((draft.digits or "0").replace(".", ""))
    return True


def _one_is_pronoun(work: str, draft: _Draft) -> bool:
    before = work[max(0, draft.start - 12) : draft.start]
    return bool(_ONE_BEFORE.search(before) or _ONE_AFTER.match(work, draft.end))


def _attach_hedge(draft: _Draft, context: _Context) -> None:
    match = context.hedge
    if match is None:
        return
    hedge = match.group("h")
    draft.hedge = hedge
    draft.hedge_start = draft.start - len(context.before) + match.start("h")
    draft.bound = _HEDGES[re.sub(rf"{_WS}+", " ", hedge.lower())]
