"""Shallow clause analysis shared by the stance and sanction extractors.

There is no parser in a blank spaCy pipeline, so we read sentences the way a careful reader
skims them: find the cue word, walk back to where its clause starts, take the nearest run of
coordinated entity mentions as who acts ("Russia, China and Turkey"), follow "by" for passives
and "urged X to" for the party that would act, resolve a pronoun to the nearest fitting
mention, and read the modality (negated, conditional, intended, asserted) off the words
between the actor and the cue. Everything here works on token indices of the article's Doc.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise

from spacy.tokens import Doc

from ..document import OPENING_QUOTE_MARKS, AnnotatedArticle, Mention, Sentence
from ..people import (
    BE_AND_HAVE,
    GOVERNMENT_NOUNS,
    HONORIFICS,
    POSSESSIVES,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from .cuescan import sentences_holding_any
from .numbers import COUNT_WORDS, MONTH_NAMES, MONTHS_ABBREVIATED, SMALL_COUNT_VALUES

# Words that end the clause a cue belongs to, walking backwards from the cue.
CLAUSE_BOUNDARIES = frozenset(
    [
        *"""; : while whereas but although though however because since after before when whom
        which who whose that if unless then""".split(),
        *["—", "–", "(", ")", "\n", "\n\n"],
    ]
)
PREPOSITIONS = frozenset(
    """to with in at from for on about against into toward towards over under between among
    via through during despite like than of within across outside inside beyond amid
    alongside near""".split()
)
# Prepositions that open an aside between commas; without the comma "after" may open a clause
# ("after Russia recognised the DPR, …") whose subject must stay a candidate.
ASIDE_PREPOSITIONS = frozenset({"after", "like", "unlike", "besides", "following", "before"})
LIST_GLUE = frozenset(
    {",", "and", "or", "&", "both", "as", "well", "the", "also", "plus", "nor", "either"}
)
COLLECTIVE_NOUNS = frozenset(
    """government governments officials authorities leaders leadership diplomats ministry
    ministries ministers administration foreign president prime minister parliament
    delegation police customs prosecutors""".split()
)
# Plural nouns of people that both a measure and a count may name ("sanctioned 13 senior
# officials", "froze the assets of his relatives"): one list, so sanctions' target kinds and
# figures' people counts grow together. Each extractor adds the nouns only it reads.
PEOPLE_GROUP_NOUNS = frozenset(
    """people persons individuals members names figures officials leaders generals judges
    ministers lawmakers legislators senators parliamentarians mps deputies politicians
    diplomats prosecutors governors commanders officers elites oligarchs allies associates
    backers supporters loyalists aides henchmen insiders confidants stalwarts cronies
    propagandists businessmen businesswomen businesspeople bankers billionaires tycoons
    magnates entrepreneurs executives journalists relatives families daughters sons wives
    husbands brothers sisters children men women citizens nationals captains crews sailors
    seafarers pilots chiefs bosses representatives stepsons stepdaughters stepchildren nephews
    nieces cousins grandchildren grandsons granddaughters""".split()
)
# Plural nouns of companies and what they own that both a measure and a count may name
# Quote marks, straight and curly, double and single: what stands between a word and the
# words it governs when a reporter quotes them ('Canberra "recognises …"', 'three "very
# high net worth individuals"')
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
ENTITY_GROUP_NOUNS = frozenset(
    """companies firms banks lenders entities businesses corporations subsidiaries affiliates
    institutions airlines vessels ships tankers enterprises broadcasters outlets importers
    exporters refiners producers shippers operators traders carriers insurers manufacturers
    suppliers makers refineries conglomerates intermediaries distributors organisations
    organizations websites newspapers""".split()
)
GOVERNMENT_POSSESSIONS = COLLECTIVE_NOUNS | {
    "envoy",
    "ambassador",
    "treasury",
    "agency",
    "federal",  # "Switzerland's Federal Council"
    "cabinet",
    "coalition",  # "Italy's coalition refuses to recognise X"
    "council",
    "chancellor",
    "finance",
    "economy",
}
# "the superpowers of Russia and China": nouns after which "of" introduces the actors themselves.
GROUP_HEADS = frozenset(
    """superpowers powers governments countries nations states leaders members allies backers
    group coalition all both each most some many several ministers officials representatives
    envoys diplomats delegates foreign government president minister ministry leader
    presidents heads premiers chancellors those""".split()
)
QUANTIFIERS = frozenset(
    """several some many few most other dozen dozens number all both various numerous""".split()
)
# number words, as numbers.py reads them ("Nineteen EU member states", "six governments")
NUMBER_WORDS = frozenset(COUNT_WORDS) | {"dozens", "hundreds"}
# "the first of the large EU states", "one of the EU members": one member, not the bloc
PARTITIVE_HEADS = frozenset({"first", "last", "second", "third", "only", "one", "among"})
MEMBER_NOUNS = frozenset({"members", "nations", "countries", "states", "member", "governments"})
ONE_MEMBER_NOUNS = frozenset({"country", "nation", "state", "member", "government"})
PRONOUNS_PERSON = frozenset({"he", "she"})
PRONOUNS_GROUP = frozenset({"they", "it", "we"})
# "I" and "we" inside a quote are its speaker; outside one, the author (nobody in the tables)
FIRST_PERSON = frozenset({"i", "we"})
OBJECT_PRONOUNS = frozenset({"him", "his", "her"})
URGE_WORDS = frozenset(
    """urge urges urged urging call calls called calling press presses pressed pressing ask
    asks asked asking encourage encourages encouraged lobby lobbied push pushed pushing
    appeal appeals appealed appealing want wants wanted""".split()
)
DENIALS = frozenset({"denied", "denies", "deny", "denying"})
# Verbs of accusing: what "accused X of V-ing" says X does is reported, not the accuser's act
ACCUSING_VERBS = frozenset(
    {"accused", "accuses", "accusing", "accuse", "blamed", "blames", "blame"}
)
# Verbs by which a party stops a statement or a measure from being adopted ("Italy blocked an
# EU statement recognising X", "would veto any sanctions on Russian gas").
BLOCKING_VERBS = frozenset(
    """block blocks blocked blocking veto vetoes vetoed vetoing torpedo torpedoes torpedoed
    scupper scuppers scuppered derail derails derailed stall stalls stalled prevent prevents
    prevented""".split()
)
NEGATION_WORDS = (
    frozenset(
        """not n't never no nor neither refuse refuses refused refusing decline declines
    declined declining reject rejects rejected rejecting withdraw withdraws withdrew withdrawn
    without revoke revoked unwilling reluctant hesitant loath loth refusal unlikely""".split()
    )
    | DENIALS
)
NEGATION_PHRASES = (
    ("stopped", "short"),
    ("stop", "short"),
    ("stops", "short"),  # a live blog's present: "The EU stops short of recognising X"
    ("stopping", "short"),
    ("yet", "to"),
    ("failed", "to"),
    ("fail", "to"),
    ("fails", "to"),
    ("ruled", "out"),
    ("rule", "out"),
    ("rules", "out"),
    ("no", "longer"),
    ("objected", "to"),  # "the Five Star wing objected to recognising Guaidó"
    ("objects", "to"),
    ("object", "to"),
    ("objecting", "to"),
    ("held", "back"),  # "Belarus has held back from recognising the DPR"
    ("hold", "back"),
    ("holds", "back"),
    ("holding", "back"),
)
CONDITION_WORDS = frozenset({"if", "unless"})
INTENT_WORDS = (
    frozenset(
        """will would 'll shall plans plan planned planning intends intend intended intending
    expected expects expect set poised ready prepared could might may going considering
    consider considers weighing weigh mulling propose proposes proposed proposing""".split()
    )
    | URGE_WORDS
)
NOT_ONLY = ("not", "only")
# What may stand between a subject and its verb: auxiliaries, modals and adverbs ("it will
# formally recognise", "the sanctions the EU has already imposed"). Stances and sanctions walk
# over it to find a pronoun's verb or a relative clause's imposing verb.
# The words that may open a verb group after its subject or after "and": auxiliaries, modals,
# negation and a few adverbs ("… and has not joined", "… and has declined to recognise")
VERB_GROUP_OPENERS = frozenset(
    """has have had is are was were did does do will would could should may might also not
    n't never then later still""".split()
)
VERB_GROUP = frozenset(
    """will would 'll shall could may might must can should also then now soon still not n't
    never has have had am is are was were be been being formally quickly immediately swiftly
    officially later duly already since just recently previously""".split()
)


class SentenceView:
    """One sentence of an annotated article as token indices and the mentions on them.

    Words and mention lookups are precomputed per sentence: rules ask for them many times.
    """

    __slots__ = (
        "_clause_ends",
        "_clause_starts",
        "_covering",
        "_ending",
        "_starting",
        "_word_set",
        "_words",
        "article",
        "end",
        "mentions",
        "sentence_id",
        "start",
    )

    def __init__(
        self,
        article: AnnotatedArticle,
        sentence_id: int,
        start: int,
        end: int,
        mentions: tuple[Mention, ...],
    ) -> None:
        self.article = article
        self.sentence_id = sentence_id
        self.start = start
        self.end = end
        self.mentions = mentions
        self._words = article.tokens.words
        self._word_set: frozenset[str] | None = None
        self._clause_starts: dict[int, int] = {}  # (clause_start and clause_end, by token)
        self._clause_ends: dict[int, int] = {}
        self._starting = {m.token_start: m for m in mentions}
        self._ending = {m.token_end - 1: m for m in mentions}
        self._covering: dict[int, Mention] = {}
        for mention in mentions:
            for index in range(mention.token_start, mention.token_end):
                self._covering.setdefault(index, mention)

    @property
    def doc(self) -> Doc:
        return self.article.doc

    def word_set(self) -> frozenset[str]:
        """The sentence's lower-cased words, for "does it hold any of these" tests: one C-level
        set operation instead of a call per word."""
        if self._word_set is None:
            self._word_set = frozenset(self._words[self.start : self.end])
        return self._word_set

    def lower(self, index: int) -> str:
        """The lower-cased word at ``index``; "" outside the sentence."""
        if self.start <= index < self.end:
            return self._words[index]
        return ""

    def char(self, index: int) -> int:
        """Character offset where token ``index`` starts."""
        return self.article.tokens.start(index)

    def mention_starting(self, index: int) -> Mention | None:
        return self._starting.get(index)

    def mention_ending(self, index: int) -> Mention | None:
        """The mention whose last token is ``index``."""
        return self._ending.get(index)

    def mention_covering(self, index: int) -> Mention | None:
        return self._covering.get(index)


# Links to other stories: "Read more: ...", "Related: ...".
LINK_LINE = re.compile(
    r"\s*(?:read\s+more|related|see\s+also|watch|listen|click\s+here|more\s+on)\b",
    re.IGNORECASE,
)


def is_link_line(text: str, sentence: Sentence) -> bool:
    """A "Read more" line links to another story: its numbers and names are not this one's
    reporting, and a pronoun after it refers past it."""
    return LINK_LINE.match(text, sentence.start, min(sentence.end, sentence.start + 16)) is not None


# A yes/no question asserts nothing: "Does Moldova support the sanctions against Russia?",
# "QUESTION (Harbour Wire): Does the UN recognise …?", "Q: Does …?", "So do they back …?"
# (A wh-question presupposes its content: "Why did Russia recognise the DPR?" says it did.)
_QUESTION_OPENING = re.compile(
    # (an item marker may open it: "b) Do you think …?", "3. Should …?")
    r"[\s\"“‘'(]*(?:\(?(?:[a-h]|\d{1,2})[).]\s+)?"
    r"(?-i:[A-Z][A-Z .'’-]{0,40}(?:\([^)\n]{0,40}\))?:\s*)?"
    r"(?:(?:so|and|but|then|well|now),?\s+)?(?:does|do|did|is|are|was|were|will|would"
    r"|should|can|could|has|have|had)\b",
    re.IGNORECASE,
)


def is_question(text: str, sentence: Sentence) -> bool:
    """Is the sentence a yes/no question (opened by an auxiliary, a transcript label at most
    before it, ending "?")? Its stances and measures are asked about, not reported."""
    ending = text[sentence.start : sentence.end].rstrip(" \"”’')")
    return ending.endswith("?") and _QUESTION_OPENING.match(text, sentence.start) is not None


def previous_sentence(article: AnnotatedArticle, sentence_id: int) -> int:
    """The sentence before ``sentence_id`` that is not a link line, or -1."""
    previous = sentence_id - 1
    while previous >= 0 and is_link_line(article.text, article.sentences[previous]):
        previous -= 1
    return previous


def sentence_views(article: AnnotatedArticle, keep: Iterable[str]) -> list[SentenceView]:
    """Views of the sentences whose lower-cased text contains any of ``keep`` (a cheap filter).

    The needles are found by ``cuescan.sentences_holding_any``: one vectorised hash of the
    text's four- and five-character openings, shared by every filter of the article, then
    ``str.startswith`` where a needle's opening may stand (the same sentences as
    ``cuescan.sentences_holding``, one ``str.find`` scan of the whole text per needle group).
    """
    needles = tuple(dict.fromkeys(keep))
    if not needles:
        return []
    lowered = article.lowered()
    if len(lowered) != len(article.text):  # a character whose lower case is longer: rare
        ids = [
            s.id
            for s in article.sentences
            if any(needle in article.text[s.start : s.end].lower() for needle in needles)
        ]
    else:
        ids = sentences_holding_any(article, needles, lowered)
    return [sentence_view(article, sentence_id) for sentence_id in ids]


def sentence_view(article: AnnotatedArticle, sentence_id: int) -> SentenceView:
    """The view of one whole sentence, with its mentions, from its first word: past an
    opening quote mark, so rules that read the sentence's first word ("Without elections …,
    we will …", "Nor has …") read it inside a quotation too."""
    start, end = article.token_range(sentence_id)
    tokens = article.tokens
    while start < end - 1 and tokens is not None and tokens.text(start) in OPENING_QUOTE_MARKS:
        start += 1
    return SentenceView(article, sentence_id, start, end, tuple(article.mentions_in(sentence_id)))


def clause_start(view: SentenceView, cue: int) -> int:
    """Walk back from the cue to the first token of its clause (kept by the view: rules ask
    for the same clause many times)."""
    found = view._clause_starts.get(cue)
    if found is None:
        found = view._clause_starts[cue] = _clause_start(view, cue)
    return found


def _clause_start(view: SentenceView, cue: int) -> int:
    index = cue - 1
    while index >= view.start:
        word = view.lower(index)
        aside = _adverb_aside(view, index) if word == "," else -1
        if aside >= 0:
            # "Mexico and Uruguay, however, refused to recognise X", "Ecuador and Costa Rica,
            # on the other hand, back Guaidó"
            index = aside - 1
            continue
        if word == "," and _attribution_aside(view, index) >= 0:
            index = _attribution_aside(view, index) - 1  # "Canada, Freeland said, will …"
            continue
        if word == ")" and _name_in_brackets(view, index) >= 0:
            index = _name_in_brackets(view, index) - 1  # "The European Union (EU) froze …"
            continue
        if word == ")" and _bracket_in_a_title(view, index) >= 0:
            # "amended the Special Economic Measures (Russia) Regulations to designate …"
            index = _bracket_in_a_title(view, index) - 1
            continue
        if _is_dash(view, index) and _dash_aside_opening(view, index) >= 0:
            # "Cuba and Bolivia – Caracas's oldest allies – stood by Maduro"
            index = _dash_aside_opening(view, index) - 1
            continue
        if (
            word in CLAUSE_BOUNDARIES
            and not _adverbial_since(view, index)
            and not _adverbial_then(view, index)
        ):
            return index + 1
        if word == "," and not _comma_in_list(view, index):
            opening = _apposition_opening(view, index)
            if opening < 0:
                return index + 1
            index = opening  # "Russia, Mr Maduro's main creditor, and China back …"
        index -= 1
    return view.start


def _attributes(view: SentenceView, mention: Mention) -> bool:
    """Is the mention the speaker of an attribution aside (", Pompeo said,")?"""
    comma = mention.token_end + 1
    return (
        view.lower(mention.token_end) in SPEECH_VERBS
        and view.lower(comma) == ","
        and _attribution_aside(view, comma) >= 0
    )


# Nouns whose possessor decides the act an infinitive after them names: "Moscow's decision to
# recognise X", "the EU's decision to sanction Y", "Russia's refusal to back Z".
DECISION_NOUNS = frozenset(
    "decision move plan plans bid proposal threat attempt refusal pledge".split()
)


def decision_owner(view: SentenceView, verb: int, exclude: set[str]) -> list[Mention]:
    """The possessor of "<X>'s decision to <verb>": the one who takes the act (a stance or a
    measure), whoever governs the decision noun ("Nicaragua backed Moscow's decision …")."""
    if view.lower(verb - 1) != "to":
        return []
    noun = verb - 2
    # past a date: "Moscow's decision of February 21 to recognise …"
    dated = next(
        (i for i in range(verb - 3, max(view.start, verb - 6), -1) if view.lower(i) == "of"), -1
    )
    if (
        view.lower(noun) not in DECISION_NOUNS
        and dated > 0
        and view.lower(dated - 1) in DECISION_NOUNS
    ):
        noun = dated - 1
    if view.lower(noun) not in DECISION_NOUNS or view.lower(noun - 1) not in POSSESSIVES:
        return []
    owner = view.mention_ending(noun - 2)
    if owner is None or owner.entity_id in exclude or owner.kind == "demonym":
        return []
    return [owner]


ATTRIBUTION_PRONOUNS = frozenset({"he", "she", "they", "it", "officials", "diplomats"})


def _attribution_aside(view: SentenceView, comma: int) -> int:
    """For a comma closing ", Freeland said," / ", he added," / ", officials say," inside a
    sentence, the comma that opens the aside; else -1. The reporter's attribution stands
    between the subject and its verb and belongs to neither clause."""
    verb = comma - 1
    if view.lower(verb) not in SPEECH_VERBS:
        return -1
    speaker_end = verb
    mention = view.mention_ending(speaker_end - 1)
    if mention is not None:
        opening = mention.token_start - 1
    elif view.lower(speaker_end - 1) in ATTRIBUTION_PRONOUNS:
        opening = speaker_end - 2
    else:
        return -1
    while view.lower(opening) in TITLE_WORDS or view.lower(opening) in {"the", "'s", "’s"}:
        opening -= 1  # ", the foreign minister Chrystia Freeland said,"
    return opening if opening > view.start and view.lower(opening) == "," else -1


DEFINED_TERM_REACH = 6  # tokens of ("Rosneft Trading") between its brackets


def _bracket_opening(view: SentenceView, close: int, reach: int) -> int:
    """Where the brackets closing at ``close`` open, fewer than ``reach`` tokens back, or -1."""
    opening = close - 1
    while opening > close - reach and opening > view.start and view.lower(opening) != "(":
        opening -= 1
    return opening if view.lower(opening) == "(" else -1


def _name_in_brackets(view: SentenceView, close: int) -> int:
    """Where the brackets closing at ``close`` open, when they hold only a short form of the
    name right before them ("the Office of Foreign Assets Control (OFAC)"), or the defined
    term of a legal text, in quote marks ("Office of Foreign Assets Control ("OFAC")",
    "Rosneft Trading S.A. ("Rosneft Trading")"); else -1."""
    opening = _bracket_opening(view, close, DEFINED_TERM_REACH)
    if opening < 0 or view.mention_ending(opening - 1) is None:
        return -1
    first, last = opening + 1, close - 1
    quoted = last > first and view.lower(first) in QUOTE_MARKS and view.lower(last) in QUOTE_MARKS
    if quoted:
        first, last = first + 1, last - 1
    inside = view.mention_covering(first)
    if inside is not None and inside.token_end == last + 1:
        return opening
    return opening if quoted and _capitalised_words(view, first, last + 1) else -1


def _named_in_a_title(view: SentenceView, mention: Mention) -> bool:
    """Is the mention all a bracket inside a title holds ("the Special Economic Measures
    (Russia) Regulations")? It names the title's subject, no actor."""
    return (
        view.lower(mention.token_start - 1) == "("
        and view.lower(mention.token_end) == ")"
        and _bracket_in_a_title(view, mention.token_end) >= 0
    )


def _bracket_in_a_title(view: SentenceView, close: int) -> int:
    """Where brackets open that stand inside a capitalised title, holding a short word or
    two ("the Special Economic Measures (Russia) Regulations"), else -1."""
    opening = _bracket_opening(view, close, 4)
    if opening <= view.start:
        return -1
    tokens = view.article.tokens
    before, after = tokens.text(opening - 1), tokens.text(close + 1) if close + 1 < view.end else ""
    if not (before[:1].isupper() and after[:1].isupper() and after.isalpha()):
        return -1
    return opening if _capitalised_words(view, opening + 1, close) else -1


def _capitalised_words(view: SentenceView, start: int, end: int) -> bool:
    """Is every token from ``start`` to ``end`` a word written with a capital ("EO",
    "Rosneft Trading")?"""
    tokens = view.article.tokens
    return start < end and all(
        tokens.text(index)[:1].isupper() and tokens.text(index).replace(".", "").isalnum()
        for index in range(start, end)
    )


# Adverbs set off by commas between a subject and its verb: "Mexico, however, refused …".
ASIDE_ADVERBS = frozenset(
    "however meanwhile too also though instead nevertheless nonetheless likewise similarly "
    "separately".split()
)


# Phrases set off like an adverb between a subject and its verb
ASIDE_PHRASES = (
    ("on", "the", "other", "hand"),
    ("for", "their", "part"),
    ("for", "its", "part"),
    ("for", "his", "part"),
    ("for", "her", "part"),
    ("in", "the", "meantime"),
    ("by", "contrast"),
    ("in", "contrast"),
    ("in", "turn"),
    ("of", "course"),
)


def _adverb_aside(view: SentenceView, comma: int) -> int:
    """The opening comma of ", however," or ", on the other hand," that this comma closes
    right after a subject, or -1."""
    if view.lower(comma - 1) in ASIDE_ADVERBS and view.lower(comma - 2) == ",":
        return comma - 2
    for phrase in ASIDE_PHRASES:
        opening = comma - len(phrase) - 1
        if view.lower(opening) == "," and all(
            view.lower(opening + 1 + offset) == word for offset, word in enumerate(phrase)
        ):
            return opening
    return -1


DASHES = frozenset({"–", "—"})
DASH_ASIDE_REACH = 30  # tokens an aside between dashes may hold (a relative clause too)


def dash_aside_before(view: SentenceView, index: int, skipped: frozenset[str]) -> int:
    """The opening dash of an aside that closes right before ``index`` (past ``skipped``
    words: "Lukashenko - Putin's ally, who … - is already under sanctions"), else ``index``:
    the names inside the aside are not the subject's."""
    closing = index - 1
    while view.lower(closing) in skipped:
        closing -= 1
    if not _is_dash(view, closing):
        return index
    opening = _dash_aside_opening(view, closing)
    return opening if opening >= 0 else index


def _is_dash(view: SentenceView, index: int) -> bool:
    """An en or em dash, or a hyphen set off by spaces as plain text writes a dash
    ("Lukashenko - Putin's closest ally - is …"; not the hyphen of "oil-rich")."""
    word = view.lower(index)
    if word in DASHES:
        return True
    if word != "-":
        return False
    text, at = view.article.text, view.char(index)
    return 0 < at < len(text) - 1 and text[at - 1] == " " and text[at + 1] == " "


def _dash_aside_opening(view: SentenceView, closing: int) -> int:
    """For a dash closing an aside right after a name ("Cuba and Bolivia – Caracas's oldest
    allies – stood by …"), the opening dash; else -1. The aside holds no other dash and
    no clause boundary but commas."""
    for index in range(closing - 1, max(view.start, closing - DASH_ASIDE_REACH) - 1, -1):
        word = view.lower(index)
        if _is_dash(view, index):
            named = view.mention_ending(index - 1)
            return index if named is not None and index < closing - 1 else -1
        if word in {";", ":", "(", ")"}:
            return -1
    return -1


def _adverbial_since(view: SentenceView, index: int) -> bool:
    """'has since imposed': 'since' as an adverb inside a verb group; 'since 2017', 'since
    November 2017', 'since last year': a preposition before a date. Neither opens a clause
    ("The EU has had an embargo since 2017 and has frozen …" has one subject)."""
    if view.lower(index) != "since":
        return False
    following = view.lower(index + 1)
    return view.lower(index - 1) in {"has", "have", "had"} or (
        following != "year" and date_word(following)
    )


DATE_MODIFIERS = frozenset({"last", "early", "late", "mid", "then", "year"})


def date_word(word: str) -> bool:
    """A word of a short date phrase ("2015", "January", "last year", "early 2019"): what
    "since" or "in" before it makes a time adverbial, no clause and no target."""
    return word.isdigit() or word in MONTH_WORDS or word in DATE_MODIFIERS


def _adverbial_then(view: SentenceView, index: int) -> bool:
    """'Trump's administration then slapped sanctions': "then" right after its subject is an
    adverb, not the opener of a consequent clause ("if X, then Y will …"); so is the "then"
    of "then-President Barack Obama"."""
    if view.lower(index) != "then":
        return False
    if _former_office(view, index):
        return True  # "then-President Barack Obama": a former office, no clause
    return view.mention_ending(index - 1) is not None or view.lower(index - 1) in (
        GOVERNMENT_POSSESSIONS
    )


def _former_office(view: SentenceView, index: int) -> bool:
    """Is the "then" at ``index`` hyphened to an office ("then-President", "then-Foreign
    Minister")?"""
    return view.lower(index + 1) == "-" and view.char(index + 1) == view.article.tokens.end(index)


def clause_end(view: SentenceView, cue: int) -> int:
    """Walk forward from the cue to the end (exclusive) of its clause (kept by the view)."""
    found = view._clause_ends.get(cue)
    if found is None:
        found = view._clause_ends[cue] = _clause_end(view, cue)
    return found


def _clause_end(view: SentenceView, cue: int) -> int:
    index = cue + 1
    while index < view.end:
        word = view.lower(index)
        if (
            word in CLAUSE_BOUNDARIES
            and not _adverbial_since(view, index)
            and not (word == "then" and _former_office(view, index))
        ) or word == ".":
            return index  # ("since 2017" dates the clause; it opens none)
        if word == "," and not _comma_in_list(view, index):
            return index
        index += 1
    return view.end


def _joins_clauses(view: SentenceView, comma: int) -> bool:
    """Is this ", and" / ", or" after a single name a join of two clauses ("… of the Nord
    Stream 2 pipeline, and the US banned …")? A list with a comma before its "and" has one
    before its second-last item too ("Russia, China, and Turkey")."""
    if view.lower(comma + 1) not in {"and", "or"}:
        return False
    before = view.mention_ending(comma - 1)
    return before is not None and view.lower(before.token_start - 1) != ","


def _comma_in_list(view: SentenceView, comma: int) -> bool:
    """A comma inside a coordination of names ('Russia, China, and Turkey'), not one that
    joins two clauses (``_joins_clauses``)."""
    if _joins_clauses(view, comma):
        return False
    named_before = (
        view.mention_ending(comma - 1) is not None
        or _unlisted_member(view, comma - 1)
        or _bracketed_short_form(view, comma - 1)  # "The Group of Seven (G7) nations, …"
    )
    after_index = comma + 1
    while view.mention_starting(after_index) is None and view.lower(after_index) in {
        "and",
        "or",
        "the",
    }:
        after_index += 1
    named_after = view.mention_starting(after_index) is not None or _unlisted_member(
        view, after_index
    )
    return named_before and named_after


def _one_member(view: SentenceView, index: int) -> bool:
    """'the first G7 country to ban …', 'an EU member': one unnamed member, not the bloc
    ('EU member states' stays the bloc's collective)."""
    following = view.lower(index)
    if following not in ONE_MEMBER_NOUNS:
        return False
    return not (following == "member" and view.lower(index + 1) in MEMBER_NOUNS)


def is_actor_like(view: SentenceView, mention: Mention) -> bool:
    """Can this mention act (a state, bloc, agency or person, not an adjective or a place)?"""
    if mention.entity_type not in {"country", "org", "person"}:
        return False
    if _excepted(view, mention.token_start):
        return False  # "all except Italy have recognised X": Italy has not
    following = view.lower(mention.token_end)
    if mention.entity_type == "org" and _one_member(view, mention.token_end):
        return False
    if mention.entity_type == "org" and _counted_members_of(view, mention.token_start):
        return False  # "Most members of the European Union recognise him": not the bloc
    if mention.entity_type == "org" and _part_of_a_bloc(view, mention.token_start):
        return False  # "joined by most of the Lima Group": a part of it, not the bloc
    owned = {view.lower(mention.token_end + 1), view.lower(mention.token_end + 2)}
    possessive = following in {"'s", "’s", "'"}
    members = (
        following in MEMBER_NOUNS
        or view.lower(mention.token_end - 1) in MEMBER_NOUNS
        or (possessive and bool(owned & MEMBER_NOUNS))  # "the Lima Group's member states"
    )
    if mention.entity_type == "org" and members:
        before = {view.lower(i) for i in range(mention.token_start - 4, mention.token_start)}
        counted = before & NUMBER_WORDS or any(w.isdigit() for w in before)
        if before & (QUANTIFIERS | PARTITIVE_HEADS) or counted:
            # "more than a dozen EU members", "several EU countries": an unnamed group
            return False
    if mention.kind == "demonym":
        return following in COLLECTIVE_NOUNS
    if mention.entity_type == "country" and following in NAMED_AFTER_A_PLACE:
        return False  # "the Lima Declaration", "the Minsk agreements": a text or a meeting
    if (
        following == "-"
        and view.lower(mention.token_end + 1).isalpha()
        and is_hyphen(view, mention.token_end)
    ):
        return False  # "a US-drafted resolution": a modifier inside a compound, not an actor
    if possessive:
        # "Colombia's foreign ministry", "Colombia's migration agency": the state acting;
        # "the Lima Group's member states": the bloc, as "Lima Group members" is
        return (
            bool(owned & GOVERNMENT_POSSESSIONS)
            or (mention.entity_type == "org" and members)
            or _named_state_agency(view, mention.token_end + 1)
        )
    return True


# Head words of a state's agencies named in full ("Peru's National Superintendence of
# Migrations", "Canada's Border Services Agency", "Japan's Financial Services Agency")
STATE_AGENCY_HEADS = frozenset(
    """ministry office department service services agency council commission directorate
    superintendence superintendency authority inspectorate secretariat bureau customs
    police treasury""".split()
)
AGENCY_NAME_REACH = 5  # capitalised words of an agency's name before its head word


def _named_state_agency(view: SentenceView, first: int) -> bool:
    """Does a capitalised agency name start at ``first`` (after a state's possessive), its
    head word among the first few capitalised words?"""
    for index in range(first, first + AGENCY_NAME_REACH):
        text = view.article.tokens.text(index) if index < view.end else ""
        if not text[:1].isupper():
            return False
        if view.lower(index) in STATE_AGENCY_HEADS:
            return True
    return False


EXCEPTING = frozenset({"except", "excepting", "excluding"})


def _excepted(view: SentenceView, start: int) -> bool:
    """Is the name at ``start`` left out of a group's act ("all except Italy", "every member
    apart from Hungary", "all but Mexico", "all the others other than Uruguay")?"""
    before, second = view.lower(start - 1), view.lower(start - 2)
    if before in EXCEPTING and second != "and":
        return True
    if (second, before) in {("apart", "from"), ("other", "than"), ("save", "for")}:
        return True
    return before == "but" and second in {"all", "everyone", "every", "them"}


def _part_of_a_bloc(view: SentenceView, start: int) -> bool:
    """ "most of the Lima Group", "much of the EU", "some of the bloc": a part of it."""
    index = start - 1 - (view.lower(start - 1) == "the")
    return view.lower(index) == "of" and view.lower(index - 1) in {
        "most",
        "much",
        "some",
        "many",
        "part",
        "half",
        "several",
    }


def _counted_members_of(view: SentenceView, start: int) -> bool:
    """ "most members of the", "several of the bloc's": a part of a group's members."""
    index = start - 1
    if view.lower(index) == "the":
        index -= 1
    if view.lower(index) != "of" or view.lower(index - 1) not in MEMBER_NOUNS:
        return False
    counted = {view.lower(index - 2), view.lower(index - 3)}
    return bool(counted & (QUANTIFIERS | NUMBER_WORDS)) or any(w.isdigit() for w in counted)


# Nouns that make a place name before them the name of a text, meeting or process.
NAMED_AFTER_A_PLACE = frozenset(
    """declaration declarations accord accords agreement agreements protocol protocols summit
    talks process format conference meeting communique communiqué statement mechanism""".split()
)


def is_hyphen(view: SentenceView, index: int) -> bool:
    """Is the "-" token at ``index`` a hyphen inside a compound ("US-drafted", "US-backed"),
    touching the words on both sides, rather than a dash ("SPAIN - Recognised …")?"""
    hyphen = view.char(index)
    text = view.article.text
    return 0 < hyphen < len(text) - 1 and not (
        text[hyphen - 1].isspace() or text[hyphen + 1].isspace()
    )


OFFICE_HEADS = frozenset({"president", "leader", "head"})


def _office_complement(view: SentenceView, of: int) -> bool:
    """Is the "of" at ``of`` in the office a party is taken for ("as (interim) president of
    Venezuela")? The country there names the office, it does not act."""
    if view.lower(of - 1) not in OFFICE_HEADS:
        return False
    return "as" in {view.lower(i) for i in range(max(view.start, of - 4), of - 1)}


def _city_before(view: SentenceView, comma: int, mention: Mention) -> bool:
    """Is the country right after the comma the state of a city named right before it, that
    a preposition governs ("in Lima, Peru", "from Caracas, Venezuela")?"""
    city = view.mention_ending(comma - 1)
    if city is None or mention.entity_type != "country" or city.kind not in CITY_KINDS:
        return False
    following = view.lower(mention.token_end)
    if following not in {",", ".", ";", ")"} and following not in PREPOSITIONS:
        return False  # "In Bogotá, Colombia's migration agency said …": a new subject
    return view.lower(city.token_start - 1) in PREPOSITIONS


CITY_KINDS = frozenset({"capital", "place"})


def governed_by_preposition(view: SentenceView, mention: Mention, allowed: frozenset[str]) -> bool:
    """Is this mention the object of a preposition (walking back over a list it is part of)?

    A comma is crossed only inside a real coordination (one that has an "and" or "or"), so
    in "Within the EU, Italy refused" Italy is not governed by "within".
    """
    index = mention.token_start - 1
    while index >= view.start:
        word = view.lower(index)
        covering = view.mention_covering(index)
        if covering is not None:
            index = covering.token_start - 1
            continue
        if word == "," and _apposition_opening(view, index) >= 0:
            index = _apposition_opening(view, index) - 1  # past ", the US secretary of state,"
            continue
        if word == "," and _apposition_to_an_object(view, index, mention):
            return True  # "imposed sanctions on the state oil company, PDVSA."
        if word == "," and _city_before(view, index, mention):
            return True  # "held in Lima, Peru": the city's country is the same place
        if word == "," and (not _coordination_follows(view, index) or _joins_clauses(view, index)):
            return False
        if word == "," and not _list_item_before(view, index):
            return False  # "After Maduro refused to call an election, Spain, Germany and …"
        if word == "," and _closes_a_fronted_clause(view, index):
            return False  # "Although most nations recognised him as head of state, Russia …"
        if word == "as" and view.lower(index - 1) != "well":
            return False  # "… voiced support for Maduro as Argentina and Peru backed X"
        if word in LIST_GLUE or word in TITLE_WORDS or word in {"'s", "’s", "-"}:
            index -= 1
            continue
        if word == "of" and "of" in allowed:
            if _office_complement(view, index):
                return True  # "recognises Guaidó as president of Venezuela": no actor
            return view.lower(index - 1) not in GROUP_HEADS
        if word in ASIDE_PREPOSITIONS and view.lower(index - 1) == ",":
            return True  # "Syria became the second state, after Russia, to recognise …"
        if word in {"after", "before"} and view.lower(mention.token_end) == "to":
            return True  # "the second country after Syria to recognise …" (no commas)
        if word == "like" and view.lower(index - 1) in GROUP_HEADS_PLURAL:
            return False  # "Countries like Russia have backed Maduro": examples of the group
        if word == "with" and _participle_after_run(view, mention):
            return False  # "…, with Spain warning it would recognise X": Spain's clause
        if word == "in" and _seat_of(view, index, mention):
            return False  # "the government in Madrid recognised X": Madrid's government
        return word in PREPOSITIONS and word not in allowed
    return False


# Bodies of a state named by where they sit: "the government in Madrid", "officials in
# Washington", "the foreign ministry in Moscow" act for that state
SEATED_BODIES = frozenset(
    """government ministry authorities administration leadership officials cabinet
    presidency""".split()
)


# Words a seated body's noun phrase may open with: "the foreign ministry in Moscow", "senior
# government officials in Washington"
SEATED_BODY_MODIFIERS = frozenset(
    """the its foreign senior top interior defence defense finance treasury economy justice
    federal central state government""".split()
)
SEATED_BODY_OPENERS = frozenset({",", ";", ":", "—", "–", "and", "but", "while", "that"})


def _seat_of(view: SentenceView, preposition: int, mention: Mention) -> bool:
    """Is this country or capital, after "in", the seat of a state body just before it, and
    that body a clause's subject? ("Spain met officials in China" names China as a place.)"""
    if view.lower(preposition - 1) not in SEATED_BODIES:
        return False
    if mention.entity_type != "country" or mention.kind == "demonym":
        return False
    position = preposition - 2
    while position >= view.start and view.lower(position) in SEATED_BODY_MODIFIERS:
        position -= 1
    return position < view.start or view.lower(position) in SEATED_BODY_OPENERS


def _closes_a_fronted_clause(view: SentenceView, comma: int) -> bool:
    """Does the comma close a subordinate clause that opens the sentence ("Although most
    Western nations have recognised Guaidó as head of state, Russia …"), a plain word (no
    name) ending it? Then the names after it start the main clause."""
    if view.lower(view.start) not in FRONTING_SUBORDINATORS:
        return False
    if view.mention_covering(comma - 1) is not None:
        return False
    inner = [i for i in range(view.start, comma) if view.lower(i) == ","]
    # (commas inside it only around an aside: "Although most nations, including the US, …")
    pairs = list(zip(inner[::2], inner[1::2], strict=False))
    return len(inner) % 2 == 0 and all(view.lower(a + 1) in LIST_ASIDE_OPENERS for a, _ in pairs)


FRONTING_SUBORDINATORS = frozenset({"although", "though", "while", "whereas", "because"})
LIST_ASIDE_OPENERS = frozenset({"including", "such", "like", "among", "notably", "especially"})


def _list_item_before(view: SentenceView, comma: int) -> bool:
    """Does a list item (a name, or "the" + a noun in a name list) end right before the
    comma? If a plain word does, the comma closes a fronted clause, not a list."""
    if view.mention_covering(comma - 1) is not None:
        return True
    word = view.lower(comma - 1)
    return word in LIST_GLUE or word in TITLE_WORDS or word in {"'s", "’s"}


def _apposition_to_an_object(view: SentenceView, comma: int, mention: Mention) -> bool:
    """Is the name after this comma an apposition closing the object of a preposition ("on
    the state oil company, PDVSA.")? Not a fronted adverbial ("In the capital, Maduro said")
    nor a subject after one ("on Monday, PDVSA said": a verb follows the name)."""
    if view.lower(mention.token_end) not in {",", ".", ";", ")", ""}:
        return False
    for index in range(comma - 1, max(view.start, comma - 7), -1):
        if view.mention_covering(index) is not None or view.lower(index) == ",":
            return False
        if view.lower(index) in PREPOSITIONS:
            if not _noun_phrase_opens(view, index + 1):
                return False  # "refused to call an election, Spain …": "to" + a verb
            if view.lower(index) == "of" and partitive_head(view.lower(index - 1)):
                return False  # "most of the group's members, Brazil …": a subject's members
            return index - 1 > view.start and view.lower(index - 1) not in {",", "\n"}
    return False


def partitive_head(word: str) -> bool:
    """ "most", "some", "13", "nine" before "of": a part of a group, the subject itself."""
    return word in QUANTIFIERS or word in NUMBER_WORDS or word.isdigit()


def _noun_phrase_opens(view: SentenceView, index: int) -> bool:
    return view.lower(index) in APPOSITION_OPENERS or view.mention_starting(index) is not None


def _participle_after_run(view: SentenceView, mention: Mention) -> bool:
    """Is the list this mention belongs to followed by an -ing verb ("with Spain and France
    warning …", "with Russia backing Mr Maduro")?"""
    index = mention.token_end
    while index < view.end:
        covering = view.mention_covering(index)
        if covering is not None:
            index = covering.token_end
        elif view.lower(index) in LIST_GLUE:
            index += 1
        else:
            break
    word = view.lower(index)
    return len(word) > 5 and word.endswith("ing") and word not in {"during", "regarding"}


def _coordination_follows(view: SentenceView, comma: int) -> bool:
    """Does the list this comma is in go on to an "and"/"or" (i.e. is it a coordination)?"""
    index = comma + 1
    while index < view.end:
        word = view.lower(index)
        if word in {"and", "or", "as well as"}:
            return True
        covering = view.mention_covering(index)
        if covering is not None:
            index = covering.token_end
            continue
        if word in LIST_GLUE or word in POSSESSIVES or word in TITLE_WORDS:
            index += 1
            continue
        return False
    return False


def nearest_run(
    view: SentenceView, first: int, last: int, exclude: set[str], allow_prep: frozenset[str]
) -> list[Mention]:
    """The run of coordinated actor mentions nearest ``last`` within tokens [first, last)."""
    candidates = [
        m
        for m in view.mentions
        if first <= m.token_start
        and m.token_end <= last
        and m.entity_id not in exclude
        and is_actor_like(view, m)
        and not governed_by_preposition(view, m, allow_prep)
        and not _attributes(view, m)
        and not _named_in_a_title(view, m)
    ]
    candidates = _drop_title_modifiers(view, candidates)
    if not candidates:
        return []
    run = [candidates[-1]]
    position = len(candidates) - 2
    while position >= 0:
        mention = candidates[position]
        if all(_list_gap(view, i) for i in range(mention.token_end, run[0].token_start)):
            run.insert(0, mention)
            position -= 1
            continue
        if _dashed_aside_between(view, mention.token_end, run[0].token_start):
            # "Spain – which has 167,000 nationals in Venezuela – Great Britain and Sweden"
            run.insert(0, mention)
            position -= 1
            continue
        # "Jair Bolsonaro, Brazil's far-right president, and Colombia's Iván Duque": a
        # person's apposition (and the names inside it) stands between two conjuncts
        holder = _apposed_conjunct(view, candidates[: position + 1], run[0].token_start)
        if holder is None:
            break
        run.insert(0, candidates[holder])
        position = holder - 1
    return run


LIST_ASIDE_DASHES = frozenset({"–", "—", "-"})
DASHED_ASIDE_REACH = 20  # tokens of "– which has 167,000 nationals in Venezuela –"


def _dashed_aside_between(view: SentenceView, first: int, last: int) -> bool:
    """Is [first, last) one aside set off by dashes between two conjuncts of a list ("Spain –
    which has 167,000 nationals in Venezuela – Great Britain")?"""
    if last - first > DASHED_ASIDE_REACH or last - first < 3:
        return False
    if view.lower(first) not in LIST_ASIDE_DASHES or view.lower(last - 1) not in LIST_ASIDE_DASHES:
        return False
    return not any(view.lower(i) in LIST_ASIDE_DASHES for i in range(first + 1, last - 1))


def _apposed_conjunct(view: SentenceView, candidates: list[Mention], next_start: int) -> int | None:
    """The index of the last person among ``candidates`` whose apposition closes right before
    list glue that reaches ``next_start``, if any."""
    for index in range(len(candidates) - 1, -1, -1):
        mention = candidates[index]
        if view.lower(mention.token_end) != ",":
            continue  # a name inside the apposition ("Brazil's")
        end = _apposition_end(view, mention.token_end)
        if end < 0 or end > next_start:
            return None
        if all(_list_gap(view, i) for i in range(end, next_start)):
            return index
        return None
    return None


def _apposition_end(view: SentenceView, comma: int) -> int:
    """Past ", Brazil's far-right president," (a title between commas) at ``comma``; -1 if
    no such apposition stands there."""
    if view.lower(comma) != ",":
        return -1
    for position in range(comma + 1, min(view.end, comma + 9)):
        word = view.lower(position)
        if word == ",":
            if position == comma + 1 or not describes(view, comma + 1, position):
                return -1
            return position + 1
        if word in CLAUSE_BOUNDARIES or word in {"and", "or"}:
            return -1
        mention = view.mention_starting(position)
        if mention is not None and not _modifies(view, mention):
            return -1  # "Russia, the US, and China": a list member, not an apposition
    return -1


def _apposition_opening(view: SentenceView, comma: int) -> int:
    """For a comma closing a name's apposition inside a list of names (", Mr Maduro's main
    creditor, and China"), the comma that opens it; else -1."""
    following = comma + 1
    if view.lower(following) not in {"and", "or"} or view.mention_starting(following + 1) is None:
        return -1
    for opening in range(comma - 2, max(view.start, comma - 9) - 1, -1):
        if view.lower(opening) == ",":
            named = view.mention_ending(opening - 1) is not None
            return opening if named and _apposition_end(view, opening) == comma + 1 else -1
    return -1


APPOSITION_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "mr", "ms"})


def describes(view: SentenceView, first: int, last: int) -> bool:
    """Do the words [first, last) describe the name before them: a title ("Brazil's
    far-right president"), or a noun phrase opened by a determiner or a possessor ("Mr
    Maduro's main creditor")?"""
    words = [view.lower(i) for i in range(first, last)]
    if words[:2] == ["one", "of"]:
        words = words[2:] or [""]  # "Peru, one of the founding members of the Lima Group,"
    opened = words[0] in APPOSITION_OPENERS and not any(w in CLAUSE_BOUNDARIES for w in words)
    if not opened and any(word in PREPOSITIONS and word != "of" for word in words):
        # "…, watched from Cucuta alongside Colombia's president,": a clause (a noun phrase
        # may hold a preposition: "the only BRICS member in the Western Hemisphere")
        return False
    opener = view.mention_starting(first)
    if not (words[0] in APPOSITION_OPENERS or words[0] in TITLE_WORDS or opener is not None):
        return False
    return any(word in TITLE_WORDS for word in words) or words[0] in APPOSITION_OPENERS


def _modifies(view: SentenceView, mention: Mention) -> bool:
    """Is this name a modifier inside a noun phrase ("Brazil's", "US secretary", "Venezuelan")?"""
    following = view.lower(mention.token_end)
    return mention.kind == "demonym" or following in POSSESSIVES or following in TITLE_WORDS


def _list_gap(view: SentenceView, index: int) -> bool:
    """A token that may stand between two coordinated names ("and", "Brazil's", a comma, or
    a list member the gazetteers do not hold: "Belgium, Luxemburg, the Czech Republic")."""
    word = view.lower(index)
    return (
        word in LIST_GLUE
        or word in POSSESSIVES
        or view.mention_covering(index) is not None
        or _unlisted_member(view, index)
        or _bracketed_short_form(view, index)
    )


# Nouns for a bloc's members after its name: "The Group of Seven (G7) nations, Australia and
# the European Union"
BLOC_MEMBER_NOUNS = frozenset({"nations", "countries", "states", "members", "economies"})


def _bracketed_short_form(view: SentenceView, index: int) -> bool:
    """The brackets around a name's short form, and a members' noun after them ("The Group of
    Seven (G7) nations, …"): part of one conjunct."""
    word = view.lower(index)
    if word == "(":
        inside = view.mention_starting(index + 1)
        return inside is not None and view.lower(inside.token_end) == ")"
    if word == ")":
        inside = view.mention_ending(index - 1)
        return inside is not None and view.lower(inside.token_start - 1) == "("
    if word in BLOC_MEMBER_NOUNS and view.lower(index + 1) in {",", "and"}:
        # ("EU members Spain, Austria …" names the members: the bloc is no conjunct there)
        before = view.mention_ending(index - 1)
        closing = view.lower(index - 1) == ")" and _bracketed_short_form(view, index - 1)
        return closing or (before is not None and before.entity_type == "org")
    return False


def _unlisted_member(view: SentenceView, index: int) -> bool:
    """One capitalised word set off by list glue on both sides (", Luxemburg," ", Kosovo
    and"): a member of the list the gazetteers lack, which must not cut the list in two."""
    word = view.lower(index)
    return (
        word.isalpha()
        and view.article.tokens.text(index)[:1].isupper()
        and view.lower(index - 1) == ","
        and view.lower(index + 1) in {",", "and"}
    )


def run_ending_before(
    view: SentenceView, end: int, exclude: set[str] | frozenset[str] = frozenset()
) -> list[Mention]:
    """The coordinated names that end right before ``end`` ("the US and Britain", "Costa
    Rica, Peru, and Ecuador"), stopping at a name in ``exclude``."""
    run: list[Mention] = []
    index = end
    while index > view.start:
        mention = view.mention_ending(index - 1)
        if mention is None or mention.entity_id in exclude:
            break
        run.insert(0, mention)
        index = mention.token_start
        if view.lower(index - 1) == "the":
            index -= 1
        glue = index - 1
        if view.lower(glue) in {"and", "or"} and view.lower(glue - 1) == ",":
            glue -= 1  # (", and": a serial comma)
        if (
            view.lower(index - 1) in {",", "and", "or"}
            and view.mention_ending(glue - 1) is not None
        ):
            index = glue
            continue
        break
    return run


def forward_run(view: SentenceView, first: int, last: int, exclude: set[str]) -> list[Mention]:
    """The run of coordinated actor mentions starting right at ``first`` (after 'by', 'of')."""
    run: list[Mention] = []
    index = first
    while index < last:
        word = view.lower(index)
        mention = view.mention_starting(index)
        if mention is not None:
            if mention.entity_id not in exclude and is_actor_like(view, mention):
                run.append(mention)
            index = mention.token_end
            continue
        if word in LIST_GLUE or word in TITLE_WORDS or (word == "-" and not run):
            index += 1
            continue
        if word in POSSESSIVES and view.mention_starting(index + 1) is not None:
            index += 1  # "as did Nicaragua's Daniel Ortega": the possessor's person acts
            continue
        break
    return _drop_title_modifiers(view, _without_title_appositions(view, run))


def _without_title_appositions(view: SentenceView, run: list[Mention]) -> list[Mention]:
    """'Mike Pence, the US vice-president, announced': a state naming a person's office in
    the apposition after him is his title, not a second conjunct."""
    kept: list[Mention] = []
    for mention in run:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.entity_type == "person"
            and mention.entity_type in {"country", "org"}
            and all(
                view.lower(i) in {",", "the"}
                for i in range(previous.token_end, mention.token_start)
            )
            and view.lower(previous.token_end) == ","
            and _title_then_comma(view, mention.token_end)
        ):
            continue
        kept.append(mention)
    return kept


# "vice-president", "secretary of state", "foreign-policy chief"
TITLE_PARTS = frozenset({"-", "vice", "acting", "former", "first", "of", "policy", "affairs"})


def _title_then_comma(view: SentenceView, index: int) -> bool:
    """Do title words (at least one) run from ``index`` to a comma or the sentence's end?"""
    position = index
    while position < view.end and (
        view.lower(position) in TITLE_WORDS or view.lower(position) in TITLE_PARTS
    ):
        position += 1
    return position > index and (position >= view.end or view.lower(position) in {",", "."})


def _drop_title_modifiers(view: SentenceView, mentions: list[Mention]) -> list[Mention]:
    """'UK Foreign Secretary Jeremy Hunt': the country is the person's title, not a second actor."""
    kept = []
    for position, mention in enumerate(mentions):
        nxt = mentions[position + 1] if position + 1 < len(mentions) else None
        if (
            nxt is not None
            and mention.entity_type in {"country", "org"}
            and nxt.entity_type == "person"
            and all(
                view.lower(i) in TITLE_WORDS or view.lower(i) in {"-", "'s", "’s"}
                for i in range(mention.token_end, nxt.token_start)
            )
        ):
            continue
        kept.append(mention)
    return kept


POSSESSED_FORCES = frozenset(
    """government troops forces administration army military officials ministers country
    diplomats countries governments""".split()
)


def last_two_named(
    article: AnnotatedArticle,
    before: int,
    earliest_sentence: int,
    fits: Callable[[Mention], bool],
) -> list[Mention]:
    """The last two distinct entities named before character ``before`` (from sentence
    ``earliest_sentence`` on) that ``fits`` accepts, in the order the text names them, or
    nothing when fewer than two are found: what "both men", "the two countries" and "either
    republic" point back at. Demonyms never count ("Russian troops" names no party). One
    reader for every extractor, so each says only what fits its pair."""
    found: list[Mention] = []
    for mention in reversed(article.mentions):
        if mention.end > before or mention.sentence_id < earliest_sentence:
            continue
        if mention.kind == "demonym" or not fits(mention):
            continue
        if article.tokens.lower(mention.token_start - 1) == "by":
            continue  # an agent ("Asset freezes announced by Boris Johnson"): no topic of "both"
        if all(m.entity_id != mention.entity_id for m in found):
            found.append(mention)
            if len(found) == 2:
                return found[::-1]
    return []


# A possessive pronoun -> the subject pronoun that names the same one ("his" is "he"'s)
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}


def pronoun_before(view: SentenceView, first: int, last: int) -> tuple[int, str] | None:
    """The nearest subject pronoun in [first, last), if any; "his own troops" counts as "he"."""
    for index in range(last - 1, first - 1, -1):
        word = view.lower(index)
        if word in PRONOUNS_PERSON or word in PRONOUNS_GROUP or word == "i":
            return index, word
        if word in {"his", "her", "its", "their"} and (
            view.lower(index + 1) in POSSESSED_FORCES or view.lower(index + 2) in POSSESSED_FORCES
        ):
            return index, POSSESSIVE_SUBJECTS[word]
    return None


def _demonym_governs(article: AnnotatedArticle, mention: Mention) -> bool:
    """A demonym naming its state's government ("the Swiss government")."""
    return article.tokens.lower(mention.token_end) in GOVERNMENT_NOUNS


WOMAN_REACH = 6  # sentences back to the one woman a "she" or "her" may mean


def _the_woman_before(
    article: AnnotatedArticle, sentence_id: int, char: int, exclude: set[str]
) -> list[Mention]:
    """The last mention of the one person the article calls "she" (or "Ms") in the few
    sentences before ``char``, when there is exactly one such person there; else []."""
    women = [
        m
        for m in article.mentions
        if m.end <= char
        and m.sentence_id >= sentence_id - WOMAN_REACH
        and m.entity_type == "person"
        and m.entity_id not in exclude
        and article.pronoun_for(m.entity_id) == "she"
    ]
    return women[-1:] if len({m.entity_id for m in women}) == 1 else []


def resolve_pronoun(
    article: AnnotatedArticle, view: SentenceView, index: int, word: str, exclude: set[str]
) -> list[Mention]:
    """The mention(s) a pronoun most plausibly refers to: nearest fitting ones before it."""
    char = article.tokens.start(index)
    if word in FIRST_PERSON:
        # "'We will recognise Guaidó,' Macron said": France. Outside a quote "we" is the
        # writer or a transcript's speaker, never a state named before ("… Russia's war. We
        # have sanctioned Putin himself" is no Russian act). A speaker who stands for no
        # state or body speaks for a "we" of their own ("We support the Venezuelan people,"
        # said a migrant): nobody named
        return [
            m
            for m in speaker_of(article, char, exclude)[1]
            if m.entity_type != "person" or m.party_id
        ]
    if word == "they" and (
        _unnamed_group_before(view, index) or _unnamed_group_opened_before(article, view, index)
    ):
        return []  # "Six governments warned that they would …": nobody named
    if word == "they" and _its_members_before(view, index):
        return last_org(article, view, index)  # "its members declared that they would …"
    if word == "they":
        counted = counted_set(article, view, index, exclude)
        if counted:
            return counted  # "The four governments issued an ultimatum, saying they would …"
        chained = _continued_group(article, view, index, exclude)
        if chained:
            return chained  # "The Governments of A, B and C … declare … They reiterate …"
    people = word in PRONOUNS_PERSON
    earlier = [
        m
        for m in article.mentions
        if m.end <= char
        and m.sentence_id >= view.sentence_id - 2
        and m.entity_id not in exclude
        and ((m.entity_type == "person") == people or (not people and _names_a_body(article, m)))
        and (m.kind != "demonym" or _demonym_governs(article, m))
        and article.pronoun_for(m.entity_id) in {None, word}  # "she" is no "Mr"
    ]
    if word == "she":
        # "Ms Kabaeva … Allies of opposition leader Alexei Navalny urged Washington to
        # sanction her": a woman the article calls "she" or "Ms", over a name it never genders
        women = [m for m in earlier if article.pronoun_for(m.entity_id) == "she"]
        earlier = women or _the_woman_before(article, view.sentence_id, char, exclude) or earlier
    if not earlier:
        return []
    if people:
        # The subject of the sentence (its first person) before the nearest one: in "Tokayev
        # told a forum, with Mr Putin beside him, that his country would not ...", "his" is
        # Tokayev's.
        here = [m for m in earlier if m.sentence_id == view.sentence_id]
        return [here[0]] if here else [earlier[-1]]
    if view.lower(index - 1) == "that" or _opens_a_conjunct(view, index):
        # "Russia has warned Washington against … and reaffirmed that it considers …": the
        # subject of a that-clause's pronoun is the sentence's own subject, not an object;
        # so is a coordinated clause's ("Washington blocked PDVSA, and in March it went on
        # to sanction Minerven")
        subject = (
            _sentence_subject(view, index, exclude)
            if view.lower(index - 1) != "that"
            else _conjunct_subject(view, index, exclude) or opening_run(view, index, exclude)
        )
        if subject and all(m in earlier for m in subject):
            return subject
    if word == "it":
        # "Peru has taken a hard line. It hosted the meeting that created the Lima Group, and
        # it recognised Guaidó": a subject "it" continues the subject before it, not the
        # nearest name
        topic = _continued_subject(article, view, index, exclude)
        if topic and all(m in earlier for m in topic):
            return topic
    whole = SentenceView(article, view.sentence_id, 0, len(article.doc), tuple(article.mentions))
    members = _officials_of(whole, [m for m in earlier if m.sentence_id == view.sentence_id])
    if members:
        return members  # "Officials in China said they were considering …"
    standing = [
        m
        for m in earlier
        if is_actor_like(whole, m)
        and not governed_by_preposition(whole, m, frozenset({"of"}))
        and not _agent_of_a_participle(whole, m)
    ]
    if not standing:
        # no name stands as a subject: members or agents ("ministers from Peru and Chile",
        # "imposed by the US"), never a place something happened in ("met in Lima. They …")
        earlier = [m for m in earlier if _member_or_agent(whole, m)]
        if not earlier:
            return []
    earlier = standing or earlier
    # a subject before a name in a place or complement phrase: "London sanctioned three banks
    # after the vote in eastern Ukraine. On Friday it froze …" is London
    outside = [
        m for m in earlier if not _in_a_phrase(whole, m) and not _owner_in_a_description(whole, m)
    ]
    earlier = outside or earlier
    main = [m for m in earlier if not in_relative_clause(article, m)]
    earlier = main or earlier  # "The Kremlin, which has lent Caracas billions, said it …"
    last = earlier[-1]
    sentence = whole
    run = [last]
    for mention in reversed(earlier[:-1]):
        gap = [sentence.lower(i) for i in range(mention.token_end, run[0].token_start)]
        if all(word in LIST_GLUE for word in gap):
            run.insert(0, mention)
        else:
            break
    return run


TOPIC_CHAIN = 3  # sentences a chain of subject "it"s may run back
# Things a sentence may name that a following "it" may stand for instead of its subject
TEXT_OBJECTS = frozenset(
    """statement resolution draft declaration text bill proposal motion letter report plan
    package deal agreement decree law order""".split()
)


def _conjunct_subject(view: SentenceView, index: int, exclude: set[str]) -> list[Mention]:
    """The subject opening the coordinated clause a that-clause hangs on: in "Venezuela is
    Russia's closest partner, and the Kremlin has made it clear that it backs Maduro", "it"
    is the Kremlin's (the clause after ", and" / ", but" / ";" before ``index``); [] when the
    that-clause hangs on the sentence's first clause."""
    for position in range(index - 1, view.start, -1):
        word = view.lower(position)
        joined = word in {"and", "but"} and view.lower(position - 1) in {",", ";"}
        if joined or word == ";":
            clause = SentenceView(
                view.article, view.sentence_id, position + 1, view.end, view.mentions
            )
            return opening_run(clause, index, exclude)
    return []


def _continued_subject(
    article: AnnotatedArticle, view: SentenceView, index: int, exclude: set[str], depth: int = 0
) -> list[Mention]:
    """For a subject "it" (opening its sentence past a fronted time phrase, or a coordinated
    clause), the subject it continues: the sentence's own opening name for a conjunct, else
    the opening name of the sentence before; through an opening "it" there, one sentence
    further back (up to TOPIC_CHAIN). A single state or body only; [] when the chain breaks."""
    if depth > TOPIC_CHAIN:
        return []
    opening = _past_fronted_adverbial(view, index) == index
    if not opening and not _opens_a_conjunct(view, index):
        return []
    if not opening:  # "…, and it recognised": the clause shares the sentence's subject
        first = _past_fronted_adverbial(view, index)
        if view.lower(first) == "it" and first < index:
            return _continued_subject(article, view, first, exclude, depth + 1)
        return _single_opening(view, index, exclude)
    earlier = previous_sentence(article, view.sentence_id)
    if earlier < 0:
        return []
    before = sentence_view(article, earlier)
    if any(before.lower(i) in TEXT_OBJECTS for i in range(before.start, before.end)):
        return []  # "Italy blocked the EU statement. It called for …": "it" may be the text
    first = _past_fronted_adverbial(before, before.end)
    if view.lower(first) == "it" or before.lower(first) == "it":
        return _continued_subject(article, before, first, exclude, depth + 1)
    return _single_opening(before, before.end, exclude)


def _continued_group(
    article: AnnotatedArticle, view: SentenceView, index: int, exclude: set[str]
) -> list[Mention]:
    """For a "they" opening its sentence (past a fronted adverbial or a paragraph's number)
    right after a sentence that opens on "they" too, what that one stands for: "The
    Governments of A, B and C, meeting in Lima, declare … 1. They reiterate … Consequently,
    they do not recognise …" (the chain runs back as far as its "they"s do). Two or more
    parties only; [] otherwise, and the usual search decides."""
    opening = _past_numbering(view, _past_fronted_adverbial(view, index))
    if view.lower(opening).endswith("ly") and view.lower(opening + 1) == ",":
        opening += 2  # "Consequently, they …", "Finally, they …"
    if opening != index:
        return []
    earlier = previous_sentence(article, view.sentence_id)
    while earlier >= 0 and _only_a_number(sentence_view(article, earlier)):
        earlier = previous_sentence(article, earlier)  # "1." split off as a sentence
    if earlier < 0:
        return []
    before = sentence_view(article, earlier)
    first = _past_numbering(before, _past_fronted_adverbial(before, before.end))
    if before.lower(first) != "they":
        return []
    found = resolve_pronoun(article, before, first, "they", exclude)
    return found if len(found) > 1 else []


def _only_a_number(view: SentenceView) -> bool:
    """A paragraph's number split off as a sentence of its own ("1.")."""
    words = [view.lower(i) for i in range(view.start, view.end) if view.lower(i).strip()]
    return (
        len(words) <= 3
        and any(word.isdigit() for word in words)
        and _past_numbering(view, view.start) > view.start
    )


def _past_numbering(view: SentenceView, start: int) -> int:
    """Past a paragraph's number ("1.", "(2)") opening the sentence."""
    if view.lower(start).isdigit() and view.lower(start + 1) in {".", ")"}:
        return start + 2
    if view.lower(start) == "(" and view.lower(start + 1).isdigit():
        return start + 3
    return start


def _single_opening(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The sentence's opening name, when it is one state or body (what "it" may stand for)."""
    run = opening_run(view, cue, exclude)
    if len(run) != 1 or run[0].entity_type not in {"country", "org"}:
        return []
    return run


# Words between a preposition and its object's name: "in eastern Ukraine", "without the UN"
PHRASE_FILLERS = frozenset(
    """the a an eastern western northern southern central neighbouring neighboring nearby
    occupied""".split()
)
PHRASE_PREPOSITIONS = PREPOSITIONS - {"of"} | {"without", "by"}
MEMBER_HEADS = frozenset(
    "ministers officials diplomats leaders envoys representatives delegates lawmakers".split()
)


CLAUSE_OPENERS = frozenset({",", ".", ";", "\n", "\n\n", "and"})


def _sentence_subject(view: SentenceView, before: int, exclude: set[str]) -> list[Mention]:
    """The names that open the sentence as its subject (past a leading date: "In January
    Washington blocked …"), before ``before``."""
    begin = _past_leading_date(view, view.start)
    first = next(
        (
            m
            for m in view.mentions
            if begin <= m.token_start < before and m.entity_id not in exclude
        ),
        None,
    )
    if first is None or first.token_start - begin > 3:
        return []
    if {view.lower(i) for i in range(begin, first.token_start)} & (
        SUBJECT_PRONOUN_WORDS | SUBORDINATORS
    ):
        return []
    if governed_by_preposition(view, first, frozenset()):
        return []
    return [
        m for m in forward_run(view, first.token_start, before, exclude) if m.token_end <= before
    ]


CONJUNCT_ADVERBIALS = frozenset(
    """in on at by then later also last this next that the a week month year spring summer
    autumn fall winter same day days weeks months after early late mid""".split()
)


def _opens_a_conjunct(view: SentenceView, pronoun: int) -> bool:
    """Does the pronoun open a clause coordinated by "and"/"but" after a comma or not, or by a
    semicolon, with at most a time phrase between ("…, and in March it went on to …"; "…
    individual officials; it has sanctioned 18 people so far")?"""
    index = pronoun - 1
    while index > view.start and (
        view.lower(index) in CONJUNCT_ADVERBIALS
        or view.lower(index) in MONTH_WORDS
        or view.lower(index)[:1].isdigit()
    ):
        index -= 1
    # (or a subordinate clause after the main one: "The US vowed to topple Venezuela's
    # Nicolas Maduro as it slapped sanctions on …": the main clause's subject)
    subordinate = view.lower(index) in TRAILING_SUBORDINATORS and index > view.start + 2
    return (view.lower(index) in {"and", "but", ";"} or subordinate) and index < pronoun


TRAILING_SUBORDINATORS = frozenset({"as", "while", "when", "after", "before", "because"})


def _officials_of(view: SentenceView, here: list[Mention]) -> list[Mention]:
    """The states whose officials are named in the pronoun's own sentence ("Officials in China
    said they …", "Diplomats from Peru and Chile said they …"): the run after the
    preposition, when the people noun before it is the first thing in its clause."""
    for mention in here:
        index = mention.token_start - 1
        if view.lower(index) not in {"in", "from", "of"}:
            continue
        head = index - 1
        if view.lower(head) not in MEMBER_HEADS | COLLECTIVE_NOUNS:
            continue
        opener = head - 1
        while opener >= 0 and view.lower(opener) in PHRASE_FILLERS | {"senior", "top", "some"}:
            opener -= 1
        inside = opener >= 0 and view.lower(opener) not in CLAUSE_OPENERS
        if inside and view.article.sentence_of(view.article.tokens.start(opener)) == (
            mention.sentence_id
        ):
            continue  # "met officials in China": an object, not the subject
        run = [m for m in here if m.token_start >= mention.token_start]
        joined = [mention]
        for other in run[1:]:
            gap = [view.lower(i) for i in range(joined[-1].token_end, other.token_start)]
            if not all(word in LIST_GLUE for word in gap):
                break
            joined.append(other)
        return joined
    return []


def _in_a_phrase(view: SentenceView, mention: Mention) -> bool:
    """Is the name the object of a preposition, with at most a determiner and a place
    adjective between ("in eastern Ukraine", "without the UN Security Council")?"""
    index = mention.token_start - 1
    while index >= view.start and view.lower(index) in PHRASE_FILLERS:
        index -= 1
    if index < view.start or view.lower(index) not in PHRASE_PREPOSITIONS:
        return False
    if view.lower(index) == "with" and _participle_after_run(view, mention):
        return False  # "…, with Spain warning it would recognise X": Spain's own clause
    # "Officials in China", "ministers from Peru": members speaking for the state, not a place
    return view.lower(index - 1) not in COLLECTIVE_NOUNS | MEMBER_HEADS


def _owner_in_a_description(view: SentenceView, mention: Mention) -> bool:
    """Is the name the owner in an "as" description ("recognise Juan Guaidó as Venezuela's
    interim president")? It says what someone is, and no later pronoun stands for it."""
    return view.lower(mention.token_start - 1) == "as" and view.lower(mention.token_end) in (
        POSSESSIVES
    )


AGENT_REACH = 5  # words from "by" to the agent's name ("by the state oil company PDVSA")


def _agent_of_a_participle(view: SentenceView, mention: Mention) -> bool:
    """ "34 vessels owned by PDVSA": the agent of a participle that modifies a noun is no
    subject a later "it" continues ("… It added four more firms" is the Treasury's act).
    After a form of "be" the participle is the clause's passive, whose agent may be."""
    by = mention.token_start - 1
    while (
        by > mention.token_start - AGENT_REACH
        and view.lower(by).isalpha()
        and (view.lower(by) != "by")
    ):
        by -= 1  # "owned by the state oil company PDVSA"
    if view.lower(by) != "by" or not view.lower(by - 1).endswith(("ed", "en")):
        return False
    before = view.lower(by - 2)  # (a noun: not "were", "had" or an adverb such as "jointly")
    return before.isalpha() and before not in BE_AND_HAVE and not before.endswith("ly")


def _its_members_before(view: SentenceView, pronoun: int) -> bool:
    """Is "they" the members a body's possessive named just before ("On 4 January, its
    members declared that they would not recognise …")?"""
    for index in range(pronoun - 1, max(view.start, pronoun - 8), -1):
        if view.lower(index) == "members":
            return view.lower(index - 1) == "its"
        if view.mention_covering(index) is not None:
            return False
    return False


BODY_AFTER_NAME = frozenset({"administration", "government", "regime", "cabinet"})


def _names_a_body(article: AnnotatedArticle, mention: Mention) -> bool:
    """ "The Trump administration", "the Maduro government": a person's name standing for a
    body, which "it" can point back at."""
    return mention.entity_type == "person" and (
        article.tokens.lower(mention.token_end) in BODY_AFTER_NAME
    )


MEMBER_PREPOSITIONS = frozenset({"from", "by", "of", "between", "including"})


def _member_or_agent(view: SentenceView, mention: Mention) -> bool:
    """Is the mention governed by a preposition that names members or agents ("from", "by",
    "of"), rather than a place or a goal ("in", "at", "to")?"""
    index = mention.token_start - 1
    while index >= view.start and (
        view.lower(index) in LIST_GLUE or view.mention_covering(index) is not None
    ):
        covering = view.mention_covering(index)
        index = covering.token_start - 1 if covering is not None else index - 1
    return view.lower(index) in MEMBER_PREPOSITIONS


def _unnamed_group_opened_before(article: AnnotatedArticle, view: SentenceView, index: int) -> bool:
    """Does "they" open its sentence right after one whose subject is a counted or
    quantified group ("Six countries met in Lima on Monday. They recognise X.")?"""
    if index - view.start > 1 or view.sentence_id == 0:
        return False
    first, last = article.token_range(view.sentence_id - 1)
    words = article.tokens.words
    for position in range(first, min(last, first + 4)):
        if words[position] in GROUP_HEADS_PLURAL:
            before = set(words[first:position])
            return any(w.isdigit() or w in NUMBER_WORDS for w in before) or bool(
                before & QUANTIFIERS
            )
        if any(m.token_start == position for m in article.mentions_in(view.sentence_id - 1)):
            return False
    return False


COUNTED_GROUP_NOUNS = frozenset({"governments", "countries", "nations", "states", "capitals"})
COUNTED_SET_REACH = 15  # sentences back to the run "the four governments" names again


def counted_set(
    article: AnnotatedArticle, view: SentenceView, index: int, exclude: set[str], cue: int = -1
) -> list[Mention]:
    """ "The four governments": the states of the last list of exactly that many named before
    (fifteen sentences back at most), when the pronoun at ``index`` (or the group itself)
    has such a group as its clause's subject. "Spain, Britain, France and Germany … The four
    governments issued their ultimatum, saying they would …". With no noun, "the four" is
    such a group only right before its verb group or the ``cue`` ("The four recognise X")."""
    opener = _counted_group_opening(view, index, cue)
    if opener < 0:
        return []
    word = view.lower(opener + 1)
    count = SMALL_COUNT_VALUES.get(word) or (int(word) if word.isdigit() and len(word) < 3 else 0)
    if count < 2:
        return []
    char = article.tokens.start(opener)
    runs = _state_lists_before(article, char, view.sentence_id - COUNTED_SET_REACH)
    for run in reversed(runs):
        named = [m for m in run if m.entity_id not in exclude]
        if len({m.entity_id for m in named}) == count:
            return named
    return []


def _counted_group_opening(view: SentenceView, index: int, cue: int = -1) -> int:
    """Where "the <N> governments" stands as the subject of the clause holding ``index`` (the
    group itself or a later "they"): its "the", else -1."""
    if view.lower(index) != "they":
        starts = [index]
    else:  # the pronoun's own clause, or the sentence's ("…, saying they would …")
        starts = [clause_start(view, index), _past_leading_date(view, view.start)]
    for start in starts:
        for position in range(start, min(index + 1, start + 3)):
            if (
                view.lower(position) in {"the", "all"}  # ("All three governments recognise X")
                and counted_group_head(view, position + 2, cue)
                and view.mention_covering(position + 1) is None
            ):
                return position
    return -1


def counted_group_head(view: SentenceView, after_count: int, cue: int = -1) -> bool:
    """Does the word after "the <N>" make it a group of states: a group noun ("the four
    governments"), or no noun at all, the count standing alone before its verb group or the
    cue ("The four recognise Guaidó", "The three have since …"; not "the four men")."""
    word = view.lower(after_count)
    return word in COUNTED_GROUP_NOUNS or word in VERB_GROUP or after_count == cue


def _state_lists_before(
    article: AnnotatedArticle, char: int, first_sentence: int
) -> list[list[Mention]]:
    """Lists of states named together ("Spain, Britain, France and Germany"), in order, before
    ``char`` and from ``first_sentence`` on: states (see ``_state_items``) joined only by
    commas, "and" or "the"."""
    runs: list[list[Mention]] = []
    current: list[Mention] = []
    current_end = -1
    tokens = article.tokens
    for mention, end in _state_items(article, char, first_sentence):
        if (
            current
            and current[-1].sentence_id == mention.sentence_id
            and all(
                word in {",", "and", "the"}
                for word in tokens.words[current_end : mention.token_start]
            )
        ):
            current.append(mention)
            current_end = end
            continue
        if len(current) > 1:
            runs.append(current)
        current, current_end = [mention], end
    if len(current) > 1:
        runs.append(current)
    return runs


def _state_items(
    article: AnnotatedArticle, char: int, first_sentence: int
) -> list[tuple[Mention, int]]:
    """The states named before ``char`` from ``first_sentence`` on, in order, each with the
    token its item ends at: a country's name, or a leader who speaks for one ("President
    Iván Duque, Chile's Sebastián Piñera, Paraguay's Mario Abdo Benítez" are three states;
    "Chile's Sebastián Piñera" is one item, Chile's, ending after the name)."""
    items: list[tuple[Mention, int]] = []
    tokens = article.tokens
    for mention in article.mentions:
        if mention.end > char:
            break
        if mention.sentence_id < first_sentence or mention.kind == "demonym":
            continue
        if mention.entity_type == "country":
            items.append((mention, mention.token_end))
            continue
        if mention.entity_type != "person" or not (mention.party_id or "").startswith("country:"):
            continue
        owner = items[-1][0] if items else None
        possessed = (
            owner is not None
            and owner.token_end + 1 == mention.token_start
            and tokens.lower(owner.token_end) in {"'s", "’s"}
        )
        if possessed:
            items[-1] = (owner, mention.token_end)  # "Chile's Sebastián Piñera": Chile's item
        else:
            items.append((mention, mention.token_end))  # "President Iván Duque"
    return items


def _unnamed_group_before(view: SentenceView, index: int) -> bool:
    """Is a counted or quantified group ("six governments", "several EU states") the nearest
    plural before the pronoun in its sentence, with no name between?"""
    for position in range(index - 1, view.start - 1, -1):
        if view.mention_covering(position) is not None:
            mention = view.mention_covering(position)
            if mention.entity_type == "person":
                continue  # "Seven EU states had given Maduro until Sunday …, failing which
                # they would …": one person is no antecedent of "they"
            if is_actor_like(view, mention):
                return False
            if view.lower(mention.token_end - 1) in MEMBER_NOUNS:
                return True  # "several EU states said they …": a counted part of the bloc
            continue
        if view.lower(position) in GROUP_HEADS_PLURAL:
            before = {view.lower(i) for i in range(max(view.start, position - 3), position)}
            if before & {"both", "the", "these", "those", "their", "its"}:
                return False  # "Both countries said they …": the two named before
            counted = any(w.isdigit() or w in NUMBER_WORDS for w in before)
            return counted or bool(before & QUANTIFIERS)
    return False


GROUP_HEADS_PLURAL = frozenset(
    "governments countries nations states members leaders officials ministers diplomats".split()
)


def speaker_of(
    article: AnnotatedArticle, char: int, exclude: set[str]
) -> tuple[bool, list[Mention]]:
    """Inside a quote? And its speaker's last mention before the quote ends, if any."""
    from .quotes import quoted_speaker  # quotes is heavier: only for a "we" in the text

    quoted, speaker_id = quoted_speaker(article, char)
    if not quoted or speaker_id is None or speaker_id in exclude:
        return quoted, []
    named = [m for m in article.mentions if m.entity_id == speaker_id]
    before = [m for m in named if m.start <= char]
    chosen = before[-1] if before else (named[0] if named else None)
    return True, [chosen] if chosen is not None else []


def window_words(view: SentenceView, first: int, last: int) -> list[str]:
    """The lower-cased words from ``first`` to ``last`` (clipped to the sentence); the month
    "May" is given as "<may>", so that no modal test reads "last May" as a possibility."""
    words = [view.lower(i) for i in range(max(first, view.start), min(last, view.end))]
    if "may" in words:
        offset = max(first, view.start)
        words = [
            "<may>" if word == "may" and _month_may(view, offset + position) else word
            for position, word in enumerate(words)
        ]
    return words


def _month_may(view: SentenceView, index: int) -> bool:
    """Is "May" at ``index`` the month: capitalised inside the sentence, or opening it before
    a day or a year ("May 2018 saw …")?"""
    if view.article.tokens.text(index) != "May":
        return False
    return index > view.start or view.lower(index + 1)[:1].isdigit()


def has_negation(words: list[str]) -> bool:
    pairs = list(pairwise(words))
    if any(pair in NEGATION_PHRASES for pair in pairs):
        return True
    for position, word in enumerate(words):
        if word in RESISTING and _resists_the_cue(words, position):
            return True
        if word in OPPOSING_ACTS and stance_act_at(words, position + 1):
            return True  # "opposing recognizing X", "opposed the recognition of X"
        if word in NEGATION_WORDS:
            following = words[position + 1] if position + 1 < len(words) else ""
            if word == "not" and following in {"only", "alone"}:
                continue  # "not only", "Italy is not alone in opposing …": no denial
            if word in NOUN_OR_VERB_DENIALS and following not in {"to", "any", "the", "all"}:
                continue  # "Venezuela's tragic decline": a noun, not "decline to recognise"
            if word == "unlikely" and (following != "to" or position + 4 < len(words)):
                continue  # "unlikely to recognise X", not "sanctions are unlikely to change …"
            return True
    return False


# Verbs that refuse only what they govern: "resisted calls to sanction X", "withheld
# recognition" (not "resisted pressure to leave Kyiv and is backed by …")
RESISTING = frozenset(
    "resist resists resisted resisting withhold withholds withheld withholding".split()
)
RESISTED_REACH = 10  # words from the verb to the cue, the window's end
NEXT_PREDICATE_OPENERS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "then"}
)


def _resists_the_cue(words: list[str], position: int) -> bool:
    """Is the cue what the resisting verb governs ("resisted calls from Poland and the Baltic
    states for an embargo"), with no next predicate between ("… and is backed by …")?"""
    after = words[position + 1 :]
    if len(after) > RESISTED_REACH or {"but", "before", "while"} & set(after):
        return False
    return not any(
        word == "and" and (following in NEXT_PREDICATE_OPENERS or following.endswith("ed"))
        for word, following in pairwise(after)
    )


# Verbs that refuse the stance act right after them: "Italy opposes recognizing Guaido"
OPPOSING_ACTS = frozenset("oppose opposes opposed opposing".split())
PLAIN_NEGATIONS = frozenset({"not", "n't", "never"})  # (the adverbs alone, no verb of refusing)


def stance_act_at(words: list[str], position: int) -> bool:
    """A stance act named at ``position`` (past "the"): "recognizing", "recognition", "backing"."""
    if position < len(words) and words[position] == "the":
        position += 1
    if position >= len(words):
        return False
    word = words[position]
    return word.startswith(("recogni", "back", "support")) and word.endswith(("ing", "ion"))


# Negation words that are also nouns: a negation only as a verb with its object or infinitive.
NOUN_OR_VERB_DENIALS = frozenset({"decline", "declines"})


def has_condition(view: SentenceView, cue: int | None = None) -> bool:
    """'if', 'unless'; an inverted 'should X refuse'; an ultimatum '… or it will …'. A cue
    inside a relative clause takes only that clause's conditions ("Spain, which recognised
    X in February, has argued that … only if talks fail": the recognition is asserted)."""
    if view.word_set().isdisjoint(_CONDITION_TRIGGERS):
        return False  # (no word any test below reads: one C-level test of the sentence)
    first, last = _relative_span(view, cue) if cue is not None else (view.start, view.end)
    if cue is not None and (first, last) == (view.start, view.end):
        first, last = _condition_span(view, cue)
    for index in range(first, last):
        word = view.lower(index)
        if word in CONDITION_WORDS and not (word == "if" and view.lower(index - 1) == "even"):
            return True  # (not a concession: "…, even if the numbers are small")
        if word == "should" and index > view.start and _subject_follows(view, index + 1):
            return True  # "… ready to recognise X should Mr Maduro refuse to …"
        if word == "or" and _ultimatum(view, index, cue):
            return True  # "eight days to call elections or it will recognise X"
        if word in {"failing", "otherwise"} and _failing_which(view, index):
            return True  # "eight days to call elections, failing which they would recognise X"
    return cue is not None and _fronted_without(view, cue)


# the words without one of which ``has_condition`` finds no condition
_CONDITION_TRIGGERS = CONDITION_WORDS | {"should", "or", "failing", "otherwise", "without"}


def _fronted_without(view: SentenceView, cue: int) -> bool:
    """ "Without elections within eight days, we will recognise X": a fronted "without" phrase
    before a promise is its condition (not "recognised X without hesitation")."""
    start = _past_leading_date(view, view.start)
    if view.lower(start) != "without":
        return False
    comma = next((i for i in range(start + 1, cue) if view.lower(i) == ","), -1)
    return comma > 0 and any(view.lower(i) in MODALS for i in range(comma + 1, cue))


def _condition_span(view: SentenceView, cue: int) -> tuple[int, int]:
    """The clause a condition must share with the cue: between strong boundaries ("Australia
    has recognised X, while Spain said it would recognise him unless …": the condition is
    Spain's), but "…, but only if …" conditions the clause before it."""
    last = view.end
    for index in range(cue + 1, view.end):
        word = view.lower(index)
        if word == ";" or (word in STRONG_BOUNDARIES and not _condition_follows(view, index)):
            last = index
            break
        if word == "and" and view.lower(index + 1) in PREDICATE_OPENERS:
            last = index  # "recognised X … and has said '…' if Maduro does not step aside"
            break
        if word == "and" and view.lower(index - 1) == "," and _new_subject_at(view, index + 1):
            last = index  # "Iran has backed Moscow throughout, and its supreme leader said …
            break  # that if Russia had not …": the condition is the second clause's
    first = conjoined_clause_start(view, strong_start(view, cue), cue)
    colons = [i for i in range(first, cue) if view.lower(i) == ":"]
    if colons:
        # "If the aim was to remove him, the answer is no: he remains backed by Russia": the
        # condition is the frame's, the clause after the colon stands on its own
        first = colons[-1] + 1
    return first, last


NEW_SUBJECT_REACH = 14  # tokens of "its supreme leader, Ayatollah Ali Khamenei, said"
# Prepositions that also open a clause of time ("…, after Washington recognised Guaidó")
TIME_CONJUNCTIONS = frozenset({"after", "before"})
FINITE_AUXILIARIES = frozenset(
    "has have had is are was were did does do will would could should can may might".split()
)


def finite_verb_word(word: str) -> bool:
    """Is the (lower-cased) word a finite verb right after a name, making the name a clause's
    subject: an auxiliary, or a past tense in -ed ("after Washington recognised …")?"""
    return word in FINITE_AUXILIARIES or (word.isalpha() and word.endswith("ed"))


def _new_subject_at(view: SentenceView, index: int) -> bool:
    """Does a clause with a subject of its own open at ``index`` (after ", and"): a
    possessive, "the" or a name ("its supreme leader, …, said"), then a verb before any
    condition ("…, his deputies, and the National Assembly if Maduro …" is one more object)?"""
    opens = view.lower(index) in OWNING_DETERMINERS | {"the"} or view.mention_starting(index)
    if not opens:
        return False
    for position in range(index + 1, min(view.end, index + NEW_SUBJECT_REACH)):
        word = view.lower(position)
        if word in CONDITION_WORDS:
            return False
        if word in SPEECH_VERBS or word in FINITE_AUXILIARIES:
            return view.mention_covering(position) is None
    return False


def conjoined_clause_start(view: SentenceView, first: int, cue: int) -> int:
    """Where the cue's own clause starts when ", and" / ", but" and a new subject open it
    ("… would recognise X if Maduro did not call elections, and it duly recognised him"):
    a condition before that is the first clause's. (A fronted one, "If Maduro does not call
    elections, Spain will … and France will …", conditions both.)"""
    if view.lower(first) in CONDITION_WORDS:
        return first
    for index in range(cue - 1, first, -1):
        if view.lower(index) in {"and", "but"} and view.lower(index - 1) == ",":
            following = view.lower(index + 1)
            named = view.mention_starting(index + 1)
            if following in SUBJECT_PRONOUN_WORDS or (
                named is not None and is_actor_like(view, named)
            ):
                return index + 1
    return first


# Words that open a second predicate after "and" ("… and has said …", "… and warned …").
PREDICATE_OPENERS = frozenset(
    "has have had said says told warned warns added adds insisted threatened vowed".split()
    # a modal of its own: "Mexico was neutral … and would offer its help only if both sides
    # asked for it" (the condition is the offer's)
    + "would will could can".split()
)


def _condition_follows(view: SentenceView, index: int) -> bool:
    """'but only if', 'but if', 'but unless': a condition on the clause before the "but"."""
    following = view.lower(index + 1)
    if following == "only":
        following = view.lower(index + 2)
    return view.lower(index) == "but" and following in CONDITION_WORDS


def in_relative_clause(article: AnnotatedArticle, mention: Mention) -> bool:
    """Is the mention inside a relative clause (", which …") opened in its sentence?"""
    first = article.token_range(mention.sentence_id)[0]
    words = article.tokens.words
    for index in range(mention.token_start - 1, first, -1):
        if words[index] in {",", ";"}:
            return False  # (a semicolon ends a list item's clause: "…, who commands …; and X")
        if words[index] in RELATIVE_WORDS and words[index - 1] == ",":
            return True
    return False


def _relative_span(view: SentenceView, cue: int) -> tuple[int, int]:
    """The relative clause (", which … ,") holding the cue, or the whole sentence."""
    opener = -1
    for index in range(cue - 1, view.start, -1):
        word = view.lower(index)
        if word == ",":
            break  # a comma closes any relative clause before the cue
        if word in RELATIVE_WORDS and view.lower(index - 1) == ",":
            opener = index
            break
    if opener < 0:
        return view.start, view.end
    for index in range(cue + 1, view.end):
        if view.lower(index) in {",", ";", "—", "–"}:
            return opener, index
    return opener, view.end  # (an aside that ends the sentence: ", whom Washington recognises")


def _ultimatum(view: SentenceView, index: int, cue: int | None = None) -> bool:
    """ "… or it will recognise X", "… or else …", "a deadline to call elections or see
    Britain and France recognise his rival": the alternative an ultimatum threatens ("… or
    see them recognise X" only for the verb right after the pronoun)."""
    following = view.lower(index + 1), view.lower(index + 2)
    if following[0] in {"see", "watch"} and view.mention_starting(index + 2) is not None:
        return True
    if following[0] in {"see", "watch"} and following[1] in {"them", "it", "us", "him", "her"}:
        return cue is not None and index + 3 <= cue <= index + 4
    return following[0] in {"it", "they", "else"} and following[1] in {"will", "would", "'ll"}


def _failing_which(view: SentenceView, index: int) -> bool:
    """ "failing which / failing that / otherwise" after a comma, or "otherwise" after a
    modal ("warned that they would otherwise recognise X"): the alternative of an
    ultimatum, what happens if the demand is not met."""
    if view.lower(index) == "otherwise" and view.lower(index - 1) in MODALS | {"could"}:
        return True
    if view.lower(index - 1) not in {",", ";", "and", "or"}:
        return False
    if view.lower(index) == "failing":
        return view.lower(index + 1) in {"which", "that", "this"}
    # "otherwise it would …", not "otherwise known as"
    return any(view.lower(i) in {"will", "would", "'ll"} for i in range(index + 1, index + 4))


def _subject_follows(view: SentenceView, index: int) -> bool:
    """A name (after an honorific at most) right here: the subject of an inverted clause."""
    if view.lower(index) in HONORIFICS:
        index += 1
    return view.mention_starting(index) is not None


CALL_WORDS = frozenset({"call", "calls", "called", "calling"})
ASK_WORDS = frozenset({"ask", "asks", "asked", "asking", "press", "presses", "pressed"})
WANT_WORDS = frozenset({"want", "wants", "wanted"})  # urging only with the name right after
ASKED_FOR_REACH = 4  # tokens from "for" to the measure asked for ("for new EU sanctions")
# "call" urges only before these ("called on X to", "called upon X to", "called for X to");
# "called the move a coup" names something, "elections called in May" are no urging.
CALL_PARTICLES = frozenset({"on", "upon", "for"})


def has_intent(words: list[str]) -> bool:
    """Planned, expected, urged or future, "will continue to back" too: the guide's "will
    recognise" is intended, and twelve of the fourteen such sentences in the regression sets'
    golds mark a continuation promised in the future intended.

    "called on X to", "called for" urge; "called the move a coup" names something and says
    nothing of what anyone will do.
    """
    for position, word in enumerate(words):
        if word in CALL_WORDS:
            following = words[position + 1] if position + 1 < len(words) else ""
            if following in CALL_PARTICLES:
                return True
        elif word in INTENT_WORDS:
            if word in OPINION_VERBS and not _considering_an_act(words, position):
                continue  # "considers Mr Maduro the legitimate president": an opinion held
            if {"than", "as"} & set(words[max(position - 3, 0) : position]):
                continue  # "moved faster than anyone expected", "as expected": a comparison
            return True
    pairs = set(pairwise(words))
    return bool(pairs & {("is", "to"), ("are", "to"), ("going", "to"), ("about", "to")})


# "consider" is an intention when an act follows ("considering recognising", "consider
# whether to"), an opinion when a person does ("considers X the legitimate president").
OPINION_VERBS = frozenset({"consider", "considers"})


def _considering_an_act(words: list[str], position: int) -> bool:
    following = words[position + 1] if position + 1 < len(words) else ""
    return not following or following.endswith("ing") or following in {"whether", "if", "to"}


STRONG_BOUNDARIES = frozenset({";", "but", "while", "whereas", "although", "though", "however"})
MODALS = frozenset({"will", "would", "'ll", "shall"})


def look_back(
    view: SentenceView,
    index: int,
    words: frozenset[str],
    reach: int,
    stops: frozenset[str] = frozenset(),
) -> int:
    """The nearest of ``words`` before ``index`` within ``reach`` tokens, not past a strong
    clause boundary, a full stop or any of ``stops``; -1 when there is none."""
    for position in range(index - 1, max(view.start, index - reach) - 1, -1):
        word = view.lower(position)
        if word in words:
            return position
        if word in STRONG_BOUNDARIES or word == "." or word in stops:
            break
    return -1


def in_supposition(view: SentenceView, cue: int, modal_ends: bool = True) -> bool:
    """Is the cue inside an "if" / "unless" clause ("if Beijing were to provide support to
    Moscow", "If Germany backed an embargo on Russian gas, …")? What it names is supposed,
    not reported. The clause ends at a comma or a strong boundary. With ``modal_ends`` a
    modal between the "if" and the cue puts the cue in the main clause ("said that if X
    fails it would recognise Y": a conditional stance, read by ``modality``); sanctions
    leave it off, since their imposer search cannot yet tell that main clause's subject from
    the condition's ("if Maduro failed to …, it would impose …")."""
    if view.word_set().isdisjoint(CONDITION_WORDS):
        return False
    for index in range(cue - 1, view.start - 1, -1):
        word = view.lower(index)
        if word in {"if", "unless"}:
            return True
        if (modal_ends and word in MODALS) or word in {",", ";", "—", "–"}:
            return False
        if word in STRONG_BOUNDARIES:
            return False
    return False


def in_theory(view: SentenceView, cue: int) -> bool:
    """Is the cue's act said to be possible "in theory" ("the Treasury could in theory
    designate any company that …", "could theoretically sanction")? A possibility discussed,
    no act, plan or threat."""
    if view.word_set().isdisjoint(_THEORY_WORDS):
        return False
    for index in range(cue - 1, clause_start(view, cue) - 1, -1):
        word = view.lower(index)
        if word == "theoretically" or (word == "theory" and view.lower(index - 1) == "in"):
            return True
    return False


_THEORY_WORDS = frozenset({"theoretically", "theory"})


def urged_party(view: SentenceView, first: int, cue: int, exclude: set[str]) -> list[Mention]:
    """In 'urged EU nations to impose', the party urged to act (the EU), if there is one.

    The urging may reach over a comma ("will urge his EU counterparts to go further, and
    consider imposing sanctions"), so we look back to the last strong boundary, not ``first``.
    """
    first = min(first, strong_start(view, cue))
    for index in range(cue - 1, first - 1, -1):
        word = view.lower(index)
        if word in URGE_WORDS:
            after = index + 1
            if word in CALL_WORDS:
                if view.lower(after) not in CALL_PARTICLES:
                    continue  # the same rule as has_intent's
                after += 1
            elif view.lower(after) == "on" or (
                word.startswith("appeal") and view.lower(after) == "to"
            ):
                after += 1  # ("urged on", "the appeal to President Vladimir Putin to recognise")
            stop = next((i for i in range(after, cue) if view.lower(i) == "to"), None)
            if stop is None and word in ASK_WORDS:
                # "asked the EU for sanctions against …": what is asked for follows "for"
                stop = next(
                    (
                        i
                        for i in range(max(after, cue - ASKED_FOR_REACH), cue)
                        if view.lower(i) == "for"
                    ),
                    None,
                )
            if stop is None:
                continue
            if _new_subject_between(view, stop, cue):
                return []  # "urged X to hold elections, with Spain warning it would …"
            if _finite_conjunct_between(view, stop, cue):
                return []  # "have called for Maduro to step down and have recognised X"
            if _relative_closed_between(view, index, cue):
                return []  # "Canada, which has urged Maduro to step down, recognised X"
            run = [
                m
                for m in view.mentions
                if after <= m.token_start
                and m.token_end <= stop
                and m.entity_id not in exclude
                and is_actor_like(view, m)
            ]
            wanted = bool(run) and run[-1].token_end == stop
            wanted = wanted and all(
                view.lower(i) == "the" for i in range(after, run[0].token_start)
            )
            if word in WANT_WORDS and not wanted:
                continue  # "wants India to join …" (not "wants a treaty under which … to")
            if not run and _own_members(view, after, stop):
                # "urged its members to", "urged the group's members to": the bloc itself
                return [
                    m for m in last_org(view.article, view, index) if m.entity_id not in exclude
                ]
            return _drop_title_modifiers(view, run)
    return []


def _relative_closed_between(view: SentenceView, urging: int, cue: int) -> bool:
    """Is the urging inside a relative clause opened right before it (", which has urged
    Maduro to step down,") that closes before the cue? Then the cue is the main clause's. (A
    relative clause after the urging, ", which is already under sanctions, and to …", is
    the urged object's, and leaves the urging in force.)"""
    opener = next(
        (
            i
            for i in range(urging - 1, max(view.start, urging - 4) - 1, -1)
            if view.lower(i) in {"which", "who"}
        ),
        None,
    )
    # (a restrictive clause too: "the members of the Duma who voted to ask Putin to
    # recognise the two republics, imposed sanctions on …")
    if opener is None:
        return False
    return any(view.lower(i) == "," for i in range(urging + 1, cue))


# Words after a name that make it the subject of a clause of its own.
SUBJECT_FOLLOWERS = frozenset(
    """said says saying warned warns warning would will has have had is was announced
    announcing threatened threatening insisted insisting added adding""".split()
)


def _new_subject_between(view: SentenceView, first: int, last: int) -> bool:
    """Does a name in (first, last) open a clause of its own ("…, with Spain warning it
    would …", "…, and France said it will …")? The urging then does not reach the cue."""
    return any(
        first < m.token_start
        and m.token_end <= last
        and view.lower(m.token_end) in SUBJECT_FOLLOWERS
        for m in view.mentions
    )


def _finite_conjunct_between(view: SentenceView, to: int, cue: int) -> bool:
    """Does an "and" after the infinitive at ``to`` open a finite predicate that reaches the
    cue ("called for Maduro to step down and have recognised Guaidó", "… and recognised X")?
    That predicate is the urging subject's own; a bare form ("urged X to step down and
    recognise Y") goes on with the infinitive."""
    for index in range(to + 1, cue):
        if view.lower(index) != "and":
            continue
        following = view.lower(index + 1)
        if following in INVERTED_AUXILIARIES:
            return True
        if index + 1 == cue and following.endswith(("ed", "s")):
            return True
    return False


def _own_members(view: SentenceView, first: int, last: int) -> bool:
    """'its members', 'the group's member states' (not 'other governments': no bloc named)."""
    words = {view.lower(i) for i in range(first, last)}
    return bool(words & {"members", "member"}) and bool(words & {"its", "their", "'s", "’s"})


def strong_end(view: SentenceView, index: int) -> int:
    """The next strong boundary (or dash, bracket, paragraph) after ``index``, or the sentence
    end: how far a list that starts after a cue may run ("on A, B and C, accusing them …")."""
    position = index + 1
    while position < view.end:
        word = view.lower(position)
        if word == "(" and _bracketed_initials(view, position):
            position += 3  # "the Federal Security Service (FSB), and …": a name's initials
            continue
        if word in {";", ".", "—", "–", "(", ")", "\n", "\n\n"} or word in STRONG_BOUNDARIES:
            return position
        position += 1
    return view.end


def _bracketed_initials(view: SentenceView, opening: int) -> bool:
    """Does the bracket at ``opening`` hold only a name's initials ("(FSB)", "(PDVSA)")?"""
    inside = view.article.tokens.text(opening + 1)
    return view.lower(opening + 2) == ")" and inside.isupper() and inside.isalpha()


def strong_start(view: SentenceView, cue: int) -> int:
    """The first token after the last strong boundary before ``cue`` (or the sentence's)."""
    for index in range(cue - 1, view.start - 1, -1):
        if view.lower(index) in STRONG_BOUNDARIES:
            return index + 1
    return view.start


def modality(view: SentenceView, first: int, cue: int, extra_after: int = 1) -> str:
    """negated > conditional > intended > asserted, read between the actor and the cue (from
    the cue's own predicate on: in "rejected the coup and reiterated its solidarity with X"
    the refusal is the first predicate's)."""
    first = _past_relative(view, _own_predicate_start(view, first, cue), cue)
    words = window_words(view, first, cue + 1 + extra_after)
    # (the main clause's "Neither …" or "only if …" is not a relative aside's: "…, Juan
    # Guaidó, whom Washington recognises")
    aside = _in_a_relative_aside(view, cue)
    if (
        (has_negation(words) and not _presupposed_stance(view, cue))
        or (not aside and (neither_nor(view, cue) or fronted_nor(view, cue)))
        or _meaning_denied(view, cue)
        or _ceased(view, cue)
        or _none_of_opens(view, cue)
    ):
        return "negated"
    if has_condition(view, cue):
        return "conditional"
    if has_intent(words) or _demanded(view, cue):
        return "intended"
    return "asserted"


def _none_of_opens(view: SentenceView, cue: int) -> bool:
    """Does the cue's clause open on "none of" (", none of which has recognised X", "None
    of the three has …")? The relative's antecedents are its actors, so the words read from
    them on would miss the denial."""
    start = clause_start(view, cue)
    if view.lower(start - 1) in {"which", "whom"}:
        start -= 3  # (the clause starts past the relative pronoun)
    if view.lower(start) != "none" or view.lower(start + 1) != "of":
        return False
    # "none of" must be the cue's subject ("None of the three has recognised", ", none of
    # which has"), not "None of this stopped Brazil from recognising …"
    index = start + 2
    if view.lower(index) == "the":
        counted = view.lower(index + 1)
        if not (counted.isdigit() or counted in COUNT_WORDS or counted in NONE_OF_GROUPS):
            return False
        index += 2
        if view.lower(index) in NONE_OF_GROUPS:
            index += 1  # "None of the three governments"
    elif view.lower(index) in {"which", "whom", "them", "these", "those"}:
        index += 1
    else:
        return False
    return all(view.lower(i) in NONE_OF_VERB_GROUP for i in range(index, cue))


NONE_OF_GROUPS = frozenset({"countries", "governments", "states", "members", "nations", "leaders"})
NONE_OF_VERB_GROUP = frozenset(
    "has have had is are was were will would yet ever so far formally officially publicly".split()
)


CEASING = frozenset("stop stops stopped stopping cease ceases ceased quit quits".split())


def _ceased(view: SentenceView, cue: int) -> bool:
    """ "stopped recognising Guaidó", "stopped calling Guaidó the interim president": a
    stance given up is no longer held (negated)."""
    return view.lower(cue).endswith("ing") and view.lower(cue - 1) in CEASING


def _in_a_relative_aside(view: SentenceView, cue: int) -> bool:
    """Does the cue's clause open with ", whom" / ", who" / ", which" (a relative aside on a
    name, with a subject of its own)?"""
    return view.lower(relative_aside_opener(view, cue)) in {"whom", "who", "which"}


def relative_aside_opener(view: SentenceView, anchor: int) -> int:
    """The relative pronoun opening the comma-set clause that holds ``anchor`` (", which …",
    ", whose assets …"), or -1."""
    start = clause_start(view, anchor)
    if view.lower(start - 1) in {"and", "but"} and view.lower(start - 2) != ",":
        # a second predicate of the same relative (", which is not an EU member but has
        # adopted …"): the relative opens before the first
        start = clause_start(view, start - 2)
    opener = start if view.lower(start) in RELATIVE_WORDS else start - 1
    return opener if view.lower(opener) in RELATIVE_WORDS and view.lower(opener - 1) == "," else -1


PRESUPPOSED_NOUNS = frozenset({"support", "backing", "solidarity"})
OWNING_PRONOUNS = frozenset({"its", "their", "his", "her"})
# Verbs whose negation leaves an owned stance standing ("not to double down on their support",
# "did not hide its support", "has not withdrawn its support"); any other negated verb
# ("did not voice / renew / offer its support") denies it
PRESUPPOSING_VERBS = frozenset(
    """double doubling hide hid hidden hiding conceal concealed concealing waver wavered
    wavering withdraw withdrew withdrawn withdrawing abandon abandoned drop dropped end ended
    reconsider reconsidered""".split()
)


def _presupposed_stance(view: SentenceView, cue: int) -> bool:
    """A stance noun its holder owns under a verb whose negation leaves it standing ("warned
    Russia not to double down on their support for X", "has not hidden its support for X",
    "did not withdraw its support"): the support is taken as given, not denied."""
    if view.lower(cue) not in PRESUPPOSED_NOUNS or view.lower(cue - 1) not in OWNING_PRONOUNS:
        return False
    governing = {view.lower(i) for i in range(max(view.start, cue - 5), cue - 1)}
    return bool(governing & PRESUPPOSING_VERBS)


MEANING_VERBS = frozenset(
    "mean means meant imply implies implied signal signals signalled signaled signify "
    "signifies amount amounts".split()
)


def _meaning_denied(view: SentenceView, cue: int) -> bool:
    """ "signing the text did not mean Uruguay now recognises Guaidó": the clause is what
    something does not mean, so it is denied (within the dozen words before the cue)."""
    if view.word_set().isdisjoint(MEANING_VERBS):
        return False
    for index in range(cue - 1, max(view.start, cue - 12) - 1, -1):
        word = view.lower(index)
        if word in {"but", ";", "."}:
            return False
        if word in MEANING_VERBS and view.lower(index - 1) in {"not", "n't", "never"}:
            return True
    return False


# Verbs whose "that"-clause is wanted, not reported: "demanded that Mr Sánchez recognise X".
DEMAND_VERBS = frozenset(
    """demand demands demanded demanding request requests requested recommend recommends
    recommended propose proposes proposed""".split()
)


def _demanded(view: SentenceView, cue: int) -> bool:
    start = clause_start(view, cue)
    return view.lower(start - 1) == "that" and view.lower(start - 2) in DEMAND_VERBS


INVERTED_AUXILIARIES = frozenset(
    "does do did has have had is are was were will would can could should".split()
)


def fronted_nor(view: SentenceView, cue: int) -> bool:
    """A sentence opening on "Nor" ("Nor, whatever its critics say, does it back Maduro"),
    or on "Neither" with the auxiliary inverted ("Neither has Brazil imposed sanctions"),
    negates its first clause's predicate."""
    if view.word_set().isdisjoint(_NOR_WORDS):
        return False
    first = view.start
    while view.lower(first) in {'"', "“", "-", "–", "—", "and", "but"}:
        first += 1
    opener = view.lower(first)
    if opener == "neither" and view.lower(first + 1) not in INVERTED_AUXILIARIES:
        return False  # ("Neither X nor Y …" is neither_nor's)
    # ("Nor is it surprising that Brazil backs X": the negation is the judgement's)
    stops = {"but", ";", "that", "whether", "if"}
    if opener not in {"nor", "neither"}:
        # "Italy has not recognised X, nor does Brazil back Y": a clause the comma opens
        nor = _nor_clause_opening(view, cue)
        return nor >= 0 and not any(view.lower(i) in stops for i in range(nor + 1, cue))
    return not any(view.lower(i) in stops for i in range(first + 1, cue))


_NOR_WORDS = frozenset({"nor", "neither"})


def _nor_clause_opening(view: SentenceView, cue: int) -> int:
    """The "nor" of ", nor does Brazil back …" that opens the cue's own clause (an inverted
    auxiliary after it), else -1."""
    for index in range(cue - 1, view.start, -1):
        word = view.lower(index)
        if word == "nor":
            inverted = view.lower(index + 1) in INVERTED_AUXILIARIES
            return index if inverted and view.lower(index - 1) in {",", ";"} else -1
        if word in {",", ";"} or word in CLAUSE_BOUNDARIES:
            return -1
    return -1


def neither_nor(view: SentenceView, cue: int) -> bool:
    """Is the cue's subject a "neither … nor …" pair ("Neither India nor China has imposed
    sanctions")? The negation stands before the subject, outside the actor-to-cue window."""
    if "nor" not in view.word_set():
        return False
    start = strong_start(view, cue)
    nor = next((i for i in range(cue - 1, start - 1, -1) if view.lower(i) == "nor"), -1)
    return nor > start and any(view.lower(i) == "neither" for i in range(start, nor))


def _past_relative(view: SentenceView, first: int, cue: int) -> int:
    """After a relative or participle clause set off by commas between the actor and the cue
    ("Canada, which has urged Maduro to step down, recognised X"; "Spain, having set Caracas
    a deadline, recognised X"): its words are not the cue's."""
    for index in range(first, cue - 1):
        opener = view.lower(index + 1)
        if view.lower(index) == "," and (
            opener in {"which", "who", "having"}
            or (opener.endswith(("ing", "ed")) and opener.isalpha())
            or opener in IRREGULAR_PARTICIPLES  # ", set up in 2017 by a dozen governments,"
            or opener in ASIDE_OPENING_PREPOSITIONS  # ", in a move planned for weeks,"
        ):
            closing = next((i for i in range(index + 2, cue) if view.lower(i) == ","), None)
            if closing is not None:
                return _past_relative(view, closing + 1, cue)
    return first


IRREGULAR_PARTICIPLES = frozenset("set made built led known seen born founded".split())
ASIDE_OPENING_PREPOSITIONS = frozenset(
    {"in", "on", "after", "despite", "amid", "following", "like", "unlike", "as"}
)


def _own_predicate_start(view: SentenceView, first: int, cue: int) -> int:
    """Where the cue's predicate starts: after the last "and" / "but" + past-tense verb between
    the actor and the cue that is not the cue itself, else ``first``."""
    for index in range(cue - 2, first - 1, -1):
        if view.lower(index) in {"and", "but"}:
            verb = view.lower(index + 1)
            if (verb.endswith("ed") and verb.isalpha()) or verb in SPEECH_VERBS:
                return index + 1  # ("rejected the coup and said its solidarity … was firm")
            if verb in FRESH_PREDICATE_ADVERBS:
                return index + 1  # "no longer recognises X and now recognises Y"
            after = view.lower(index + 2)
            if verb in {"still", "also"} and after.isalpha() and after.endswith(("s", "ed")):
                return index + 1  # "has refused to recognise X and still treats Y as …"
            if verb in FRESH_VERB_GROUPS and _own_subjectless_predicate(view, index):
                # "has not recognised Guaidó and has backed Maduro", "does not support any
                # coup but continues to regard Guaidó as …", "will never recognise the
                # regions and will continue to back Ukraine": a verb group of its own
                return index + 1
    if view.lower(cue - 1) == "and" and _second_simple_past(view, first, cue):
        return cue  # "no longer recognised Maduro's authority and recognised Guaidó"
    if view.lower(cue - 1) in {"and", "but"} and view.lower(cue) in FRESH_VERB_GROUPS:
        return cue  # "which does not recognise Maduro and backs Guaidó"
    to = next((i for i in range(first, cue - 1) if view.lower(i) == "to"), -1)
    if to >= 0 and view.lower(cue - 1) == "and" and _finite_conjunct_between(view, to, cue):
        return cue  # "urged Maduro to step down and recognised Guaidó": not the urging's
    if view.lower(cue - 1) == "and" and _parallel_gerund(view, first, cue):
        # "joined the US in declaring that Maduro was 'not the legitimate leader', and
        # backing Guaidó": a gerund of its own, not under the first one's negation
        return cue
    return first


def _parallel_gerund(view: SentenceView, first: int, cue: int) -> bool:
    """Is the cue a gerund after "and" with an earlier gerund in [first, cue) that it
    parallels ("in declaring …, and backing X", "refusing to recognise Maduro and backing")?"""
    if not view.lower(cue).endswith("ing"):
        return False
    return any(
        view.lower(i).endswith("ing") and view.lower(i).isalpha() and len(view.lower(i)) > 5
        for i in range(first, cue - 1)
    )


PERFECT_AUXILIARIES = frozenset("has have had 's 've 'd".split())


def _second_simple_past(view: SentenceView, first: int, cue: int) -> bool:
    """Is the cue a past-tense verb right after "and" that follows a first predicate of its
    own, a simple past with its object ("he no longer recognised Maduro's authority and
    recognised Guaidó")? Each finite verb is then negated or not on its own; after a perfect
    ("has not condemned the coup and recognised …") the auxiliary and its negation are shared.
    """
    if not (view.lower(cue).endswith("ed") and view.lower(cue).isalpha()):
        return False
    for index in range(cue - 3, first - 1, -1):  # (an object stands between the two verbs)
        word = view.lower(index)
        if word.endswith("ed") and word.isalpha():
            before = index - 1
            while view.lower(before) in {"not", "never", "longer", "no", "n't"}:
                before -= 1
            return view.lower(before) not in PERFECT_AUXILIARIES and before < index - 1
    return False


# An adverb opening a second predicate of the same subject: its own time or manner, so the
# first predicate's negation is not its ("no longer recognises X and now recognises Y").
FRESH_PREDICATE_ADVERBS = frozenset({"now", "instead", "today", "later", "since"})
# A finite verb group opening a second predicate after "and" / "but": its own auxiliary or
# a present-tense stance verb, so the first predicate's negation is not its
FRESH_VERB_GROUPS = frozenset(
    """has have had is are was were will would shall can could continues continue continued
    remains remained keeps kept backs supports recognises recognizes regards considers
    endorses opposes stands sides""".split()
)


def _own_subjectless_predicate(view: SentenceView, joined: int) -> bool:
    """Does the verb group after the "and" / "but" at ``joined`` start a predicate with no
    subject of its own (none named between the conjunction and the verb: the shared subject),
    rather than a clause with a new subject ("and Brazil has …" is read elsewhere)?"""
    return view.mention_starting(joined + 1) is None


RELATIVE_WORDS = frozenset({"which", "who", "whose", "whom"})
# Words opening an aside between a subject and its predicate: the relative words, and
# "where" after a place ("Italy, where the coalition is divided, has not …")
ASIDE_OPENERS = RELATIVE_WORDS | {"where"}


# Words after a comma that continue a list or a phrase rather than open the main predicate.
NOT_PREDICATE_OPENERS = frozenset(
    """the a an and or but nor its their his her our including among such as plus which who
    whose whom that with in on at for to from by of after before while both either
    whether""".split()
)


def relative_aside_close(view: SentenceView, index: int) -> int:
    """The comma closing the relative clause (", which …,") that holds ``index``, when the
    main clause's predicate follows it ("the EU, which has already frozen the reserves of
    Russia's central bank, formally cut seven banks off"); -1 when ``index`` is in no such
    aside. What the aside says is background to the sentence's news, and its objects end
    at that comma."""
    opener = -1
    for position in range(index - 1, view.start, -1):
        word = view.lower(position)
        if word in {",", ";", ":", "—", "–"}:
            break
        if word in ASIDE_OPENERS and (
            view.lower(position - 1) == "," or _quantified_relative(view, position)
        ):
            opener = position
            break
    if opener < 0:
        return -1
    for position in range(index + 1, view.end):
        word = view.lower(position)
        if word in {";", ":", "—", "–", "(", ")"}:
            return -1
        if word == "," and _main_predicate_at(view, position + 1):
            return position
    return -1


QUANTIFIED_RELATIVE_HEADS = frozenset({"all", "both", "most", "many", "each", "several", "some"})


def _quantified_relative(view: SentenceView, pronoun: int) -> bool:
    """Does the relative pronoun open ", all of which …" / ", both of whom …"?"""
    return (
        view.lower(pronoun - 1) == "of"
        and view.lower(pronoun - 2) in QUANTIFIED_RELATIVE_HEADS
        and view.lower(pronoun - 3) == ","
    )


def aside_antecedent(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """For a clause starting right after a relative aside (", which …," then the predicate
    at ``start``), the names the aside hangs on: the clause's subject ("The vote came as the
    EU, which has frozen the reserves of Russia's central bank, formally cut …": the EU)."""
    if view.lower(start - 1) != "," or relative_aside_close(view, start - 2) != start - 1:
        return []
    for position in range(start - 2, view.start, -1):
        if view.lower(position) in ASIDE_OPENERS and view.lower(position - 1) == ",":
            return run_ending_before(view, position - 1, exclude)
    return []


def _main_predicate_at(view: SentenceView, index: int) -> bool:
    """Does a predicate (not a list item or a phrase) start here: a lower-case word that is
    no determiner, conjunction or preposition, past an adverb ("formally cut", "said")?"""
    tokens = view.article.tokens
    while view.lower(index).endswith("ly") and index < view.end:
        index += 1
    word = view.lower(index)
    return (
        index < view.end
        and word.isalpha()
        and tokens.text(index)[:1].islower()
        and word not in NOT_PREDICATE_OPENERS
        and view.mention_starting(index) is None
    )


def relative_antecedent(view: SentenceView, start: int, exclude: set[str]) -> list[Mention]:
    """For a clause opened by ", which/who/whose", the names right before the comma (no
    preposition disqualifies them: "talks with Russia, which backs Mr Maduro")."""
    relative = start - 1
    if view.lower(relative) not in RELATIVE_WORDS:
        return []
    if view.lower(relative - 1) == "of" and view.lower(relative - 2) in {
        "all",
        "both",
        "each",
        "most",
        "some",
        "none",
        "neither",
    }:
        relative -= 2  # ", all of whom back ...", ", none of which has joined ..."
    if view.lower(relative - 1) != ",":
        return []
    if view.lower(relative) == "who":
        # "who" hangs on the person named right before it, whatever governs that name ("the
        # lead of U.S. President Donald Trump, who recognised Guaidó")
        named = view.mention_ending(relative - 2)
        if named is not None and named.entity_type == "person" and named.entity_id not in exclude:
            return run_ending_before(view, relative - 1, exclude)
        delegates = _people_of_states_before(view, relative - 1, exclude)
        if delegates:
            return delegates  # "Iván Duque of Colombia, …, and Mario Abdo Benítez of Paraguay, who"
    first = clause_start(view, relative - 1)
    return nearest_run(view, min(first, view.start), relative - 1, exclude, PREPOSITIONS)


def _people_of_states_before(view: SentenceView, comma: int, exclude: set[str]) -> list[Mention]:
    """The people of a list whose items are "<person> of <state>" ending at ``comma``
    ("presidents Iván Duque of Colombia, Sebastián Piñera of Chile and Mario Abdo Benítez of
    Paraguay, who …"), in text order; [] unless the last item has that shape."""
    people: list[Mention] = []
    index = comma - 1
    while index > view.start:
        state = view.mention_ending(index)
        if (
            state is None
            or state.entity_type != "country"
            or view.lower(state.token_start - 1) != "of"
        ):
            break
        person = view.mention_ending(state.token_start - 2)
        if person is None or person.entity_type != "person":
            break
        if person.entity_id not in exclude:
            people.insert(0, person)
        index = person.token_start - 1
        while view.lower(index) in {",", "and"}:
            index -= 1
    return people


def object_relative_antecedent(
    view: SentenceView, anchor: int, possessed: frozenset[str] = frozenset()
) -> Mention | None:
    """The name an object relative clause hangs on, when the cue's clause is that clause:
    "Juan Guaidó, whom Russia does not recognise, …", "Abramovich, whose assets Britain
    froze" (``possessed`` holds the nouns "whose" may own). The relative pronoun is the
    cue's object, so the name before ", whom" is what the cue acts on; its subject is the
    clause's own, after the pronoun."""
    start = clause_start(view, anchor)
    opener = start - 1
    if view.lower(opener) in possessed and view.lower(opener - 1) == "whose":
        opener -= 1  # "whose assets Britain froze"
    elif view.lower(start) == "whose" and view.lower(start + 1) in possessed:
        opener = start
    if view.lower(opener) == "which" and view.lower(opener - 1) == ",":
        return _object_which_antecedent(view, opener)
    if view.lower(opener) in {"that", "which", "whom"} and view.lower(opener - 1) != ",":
        # "Minerven, the state gold miner that the Treasury sanctioned in 2019", "Konstantin
        # Malofeyev, a businessman whom Washington sanctioned in 2014": the name the
        # described noun is apposed to
        return _apposed_name_before_relative(view, opener)
    if view.lower(opener) not in {"whom", "whose"} or view.lower(opener - 1) != ",":
        return None
    if view.lower(opener) == "whose" and view.lower(opener + 1) not in possessed:
        return None  # ("whose treatment prompted Washington to sanction X": not owned)
    named = view.mention_ending(opener - 2)
    if view.lower(opener) == "whom" and (named is None or named.entity_type != "person"):
        # "Juan Guaidó, the head of the National Assembly, whom the United States recognised":
        # "whom" is a person, the one the description follows
        return person_before_a_description(view, opener - 1) or named
    return named


WHOM_DESCRIPTION_REACH = 20  # tokens of "the 35-year-old head of the … National Assembly"


def person_before_a_description(view: SentenceView, comma: int) -> Mention | None:
    """The person named before a description set off by a comma that ends at ``comma``, a
    closing comma or the relative pronoun after it ("Juan Guaidó, the head of the National
    Assembly, whom …", "Eduard Khudainatov, a former chief executive of the oil company
    Rosneft who …"); the description may name a body, never another person. Else None."""
    for index in range(comma - 1, max(view.start, comma - WHOM_DESCRIPTION_REACH) - 1, -1):
        word = view.lower(index)
        if word == "," and index < comma - 1:
            named = view.mention_ending(index - 1)
            return named if named is not None and named.entity_type == "person" else None
        covering = view.mention_covering(index)
        if word in CLAUSE_BOUNDARIES or (covering is not None and covering.entity_type == "person"):
            return None
    return None


DESCRIPTION_REACH = 6  # words of "the state gold miner" between the comma and "that"


def _apposed_name_before_relative(view: SentenceView, pronoun: int) -> Mention | None:
    """For "X, the state gold miner that the Treasury sanctioned": X, when a name (the
    relative clause's subject) follows the pronoun and only lower-case words of a
    description stand between the comma after X and the pronoun."""
    if view.mention_starting(pronoun + 1) is None and view.mention_starting(pronoun + 2) is None:
        return None
    for index in range(pronoun - 1, max(view.start, pronoun - DESCRIPTION_REACH - 1), -1):
        word = view.article.tokens.text(index)
        if word == ",":
            return view.mention_ending(index - 1) if index < pronoun - 1 else None
        demonym = view.mention_covering(index)
        if demonym is not None and demonym.kind == "demonym":
            continue  # "Transmorflot, a Russian shipping company that the Treasury sanctioned"
        if not word.isalpha() or not word.islower():
            return None
    return None


def _object_which_antecedent(view: SentenceView, which: int) -> Mention | None:
    """ "the Maduro government, which the U.S. no longer recognises": "which" is the object
    when a name (its clause's subject) follows it; the name in the noun phrase before the
    comma, up to a head noun of a government, is what it stands for."""
    following = which + 1 + (view.lower(which + 1) == "the")
    if view.mention_starting(following) is None and view.mention_starting(which + 1) is None:
        return None  # (a name may open on its "the": "which the Treasury sanctioned")
    named = view.mention_ending(which - 2)
    if named is None and view.lower(which - 2) in GOVERNMENT_HEADS:
        named = view.mention_ending(which - 3)  # "the Maduro government, which …"
    if named is None:
        named = named_before_an_apposition(view, which - 1)
    return named


APPOSITION_REACH = 8  # words of a description set off by commas after a name


def named_before_an_apposition(view: SentenceView, comma: int) -> Mention | None:
    """ "Rostec, the state defence conglomerate, which OFAC designated", "PDVSA, the state oil
    company, came under …": the name before a short description set off by commas (one that
    names nobody else), which what follows the closing ``comma`` is about."""
    for index in range(comma - 1, max(view.start, comma - APPOSITION_REACH) - 1, -1):
        word = view.lower(index)
        if word == "," and index < comma - 1:
            return view.mention_ending(index - 1)
        if view.mention_covering(index) is not None or word in CLAUSE_BOUNDARIES:
            return None
    return None


GOVERNMENT_HEADS = frozenset({"government", "regime", "administration"})


# Auxiliaries of a clause that repeats the act before it: "…, and so has Saudi Arabia", "…,
# as did South Korea".
SO_DID_VERBS = frozenset({"has", "have", "had", "did", "does", "do", "is", "are", "was", "were"})


def same_act_at(view: SentenceView, cue: int, end: int) -> int:
    """Where ", and so has X" / ", as did X" starts after the cue (before ``end``), or -1: the
    names after it do what the cue's clause says, as actors, never as its objects. A cue
    in a relative aside is not what the main clause's ", as did X" repeats ("Ecuador, which
    recognised X, signed the statement, as did Uruguay")."""
    aside = relative_aside_close(view, cue)
    if aside >= 0:
        end = min(end, aside)
    for index in range(cue + 1, end):
        word = view.lower(index)
        if word not in {"so", "as"} or view.lower(index + 1) not in SO_DID_VERBS:
            continue
        if view.mention_starting(index + 2) or view.mention_starting(index + 3):
            return index - 1 if view.lower(index - 1) == "and" else index
    return -1


def same_act_by(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """The names of ", and so has X" / ", as did X" after the cue: they do the same."""
    start = same_act_at(view, cue, view.end)
    if start < 0:
        return []
    first = start + (2 if view.lower(start) == "and" else 1) + 1
    return forward_run(view, first, view.end, exclude)


def absolute_subject_closed(view: SentenceView, run: list[Mention], cue: int) -> bool:
    """Is the run the subject of an absolute "with X -ing …" phrase that a comma closes
    before the cue ('"With Russia vetoing UN sanctions, we must act to support Ukraine"')?
    The phrase is a circumstance; the cue's clause has its own subject."""
    if not run or view.lower(run[0].token_start - 1) != "with":
        return False
    if not view.lower(run[-1].token_end).endswith("ing"):
        return False
    return any(view.lower(i) == "," for i in range(run[-1].token_end, cue))


def opening_run(
    view: SentenceView, cue: int, exclude: set[str], across: bool = False
) -> list[Mention]:
    """The run of names that opens the sentence (within its first three tokens); ``across``:
    even past a strong boundary (the caller knows the cue's clause shares that subject)."""
    begin = _past_fronted_adverbial(view, cue)  # "On Thursday, the European Parliament …"
    first = next(
        (m for m in view.mentions if begin <= m.token_start < cue and m.entity_id not in exclude),
        None,
    )
    if first is None or first.token_start - begin > 3:
        return []
    opening_words = {view.lower(i) for i in range(begin, first.token_start)}
    if opening_words & SUBJECT_PRONOUN_WORDS:
        return []  # "It recognised Guaidó …": the pronoun is the subject, the name its object
    if opening_words & SUBORDINATORS:
        return []  # "If Maduro does not call elections, they will …": not the main clause's
    if governed_by_preposition(view, first, frozenset()):
        return []  # "In Ottawa, ..." sets the scene; it does not act
    between = {view.lower(i) for i in range(_past_relative_clause(view, first.token_end), cue)}
    if _absolute_with(view, first.token_end, cue):
        return []  # "Italy's government is split, with the League backing X": its own subject
    if (between & STRONG_BOUNDARIES and not across) or ":" in between:
        return []  # "Venezuela crisis: Europe moves closer to backing X": a label, not a subject
    run = forward_run(view, first.token_start, cue, exclude)
    if absolute_subject_closed(view, run, cue):
        return []  # "With Russia vetoing sanctions, we must act …": not the clause's subject
    return [m for m in run if m.token_end <= cue]


SUBJECT_PRONOUN_WORDS = PRONOUNS_PERSON | PRONOUNS_GROUP
SUBORDINATORS = frozenset(
    "if unless when whenever after before although though while because since once until".split()
)


FRONTED_OPENERS = frozenset(
    """on in at by after before during since earlier later meanwhile yesterday today last
    late early separately overnight within following amid despite for""".split()
)


def _past_fronted_adverbial(view: SentenceView, cue: int) -> int:
    """Where the sentence's main clause starts past a short fronted adverbial set off by a
    comma ("On Thursday,", "In a statement on Monday,", "Later,"); the sentence start if none."""
    dated = _past_leading_date(view, cue)
    if dated > view.start:
        return dated
    if view.lower(view.start) not in FRONTED_OPENERS:
        return _past_bare_duration(view, cue)
    for index in range(view.start + 1, min(cue, view.start + 7)):
        if view.lower(index) == ",":
            return index + 1
        if view.lower(index) in CLAUSE_BOUNDARIES:
            break
    return _past_bare_duration(view, cue)


DURATION_UNITS = frozenset({"years", "months", "weeks", "decades", "days"})
FRONTED_DURATION_WORDS = DURATION_UNITS | frozenset(
    """nearly almost about around some more than over at least the past last a two three
    four five six seven eight nine ten eleven twelve""".split()
)


def _past_bare_duration(view: SentenceView, cue: int) -> int:
    """Past a fronted duration with no comma ("For nearly eight years Moscow armed …", "Over
    the past three years …"): where the main clause starts; the sentence start if the
    opening is no such phrase (it must end on a unit: years, months, weeks, …)."""
    if view.lower(view.start) not in {"for", "over"}:
        return view.start
    index = view.start + 1
    while index < cue and (
        view.lower(index) in FRONTED_DURATION_WORDS or view.lower(index).isdigit()
    ):
        index += 1
    return index if view.lower(index - 1) in DURATION_UNITS else view.start


# the month names numbers.py reads dates by, lower-cased, abbreviations with and without "."
MONTH_WORDS = frozenset(
    [*MONTH_NAMES.lower().split("|"), *(f"{m.lower()}." for m in MONTHS_ABBREVIATED.split("|"))]
)

# A time phrase standing for a left-out verb and object ("and Australia on Monday", "Peru
# followed a day later"): the words that open one, the words that date it, and every word
# it may hold.
TIME_PHRASE_OPENERS = frozenset(
    {"on", "in", "a", "the", "later", "shortly", "soon", "hours", "days", "within", "by"}
)
TIME_PHRASE_HEADS = MONTH_WORDS | frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday later next
    following after same morning afternoon evening night weekend hour minutes""".split()
)
TIME_PHRASE_WORDS = (
    TIME_PHRASE_OPENERS
    | TIME_PHRASE_HEADS
    | frozenset(
        """day days week weeks month months hour hours minutes same that of within an few two
        three over during throughout course""".split()
    )
)
# What may come right after an intransitive "followed": a time phrase, "suit", or the end.
FOLLOWED_WHEN = frozenset(
    """within shortly quickly soon swiftly later minutes hours days moments the a on in suit
    . , ; and""".split()
)


# "It is unclear whether the EU will recognise X", "Asked whether Britain would sanction X":
# a question, not a fact; "considering whether to recognise X" stays an intention.
QUESTION_HEADS = frozenset(
    """unclear clear uncertain unknown asked ask asks asking know knows known sure doubt
    doubtful question questions wonder wonders wondered wondering undecided say says said
    saying comment commenting confirm confirming disclose reveal""".split()
)
QUESTION_REACH = 4  # words of "asked on Tuesday" or "asked by reporters" before "whether"
WHETHER_CLAUSE_REACH = 10  # tokens from "whether" to the cue it holds


def in_open_question(view: SentenceView, cue: int) -> bool:
    """Is the cue inside a "whether" clause a question or a doubt governs ("Asked on Tuesday
    whether China still recognises Maduro, …", "Asked by reporters whether the US might
    consider sanctions on Turkey, …", "it is unclear whether the EU will follow")? The
    clause ends at a comma: "Asked whether …, Freeland said the government was looking at
    sanctions" reports the main clause. Shared by stances and sanctions: a question states
    no stance and reports no measure."""
    if "whether" not in view.word_set():
        return False
    for index in range(cue - 1, max(view.start, cue - WHETHER_CLAUSE_REACH) - 1, -1):
        word = view.lower(index)
        if word in {",", ";", ":", "."}:
            return False
        if word == "whether":
            return any(
                view.lower(i) in QUESTION_HEADS and _question_gap(window_words(view, i + 1, index))
                for i in range(max(view.start, index - QUESTION_REACH), index)
            )
    return False


def _question_gap(words: list[str]) -> bool:
    """May these words stand between a head and its "whether": none, a time phrase ("asked on
    Tuesday"), or the asker ("asked by reporters")?"""
    return not words or words[0] == "by" or is_time_phrase(words)


def is_time_phrase(words: list[str]) -> bool:
    """Are the words nothing but a dated time phrase ("on Monday", "a day later", "in
    March", "on 24 February", "over the course of the afternoon")?"""
    dated = not TIME_PHRASE_HEADS.isdisjoint(words) or any(w[:1].isdigit() for w in words)
    return bool(words) and dated and all(w in TIME_PHRASE_WORDS or w[:1].isdigit() for w in words)


def follows_alone(view: SentenceView, index: int) -> bool:
    """An intransitive "followed" at ``index`` that repeats the act reported before ("Peru
    followed within minutes", "Chile quickly followed.", "Japan followed suit", "and the US
    followed in March"): nothing but a time phrase after it up to the clause's end.
    "followed the talks", "followed by", "the protests that followed" are none."""
    first = view.lower(index + 1)
    if first not in FOLLOWED_WHEN or view.lower(index - 1) in {"that", "which", "who", "and"}:
        return False
    if first in {"the", "a", "on", "in"}:
        return is_time_phrase([view.lower(i) for i in range(index + 1, clause_end(view, index))])
    return True


BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def _past_leading_date(view: SentenceView, cue: int) -> int:
    """Past a date that opens the sentence, with or without a comma: "On Feb. 25 Pence …",
    "- March 19: OFAC sanctioned …" (a timeline's bullet), "March 2019 - The EU …"; the
    sentence start if none. ("May" is a month only with a day or a year after it.)"""
    index = view.start
    if view.lower(index) in BULLETS:
        index += 1
    if view.lower(index) in {"on", "in", "by"}:
        index += 1
    if view.lower(index) not in MONTH_WORDS:
        return view.start
    index += 1
    dated = False
    while view.lower(index).isdigit() or view.lower(index) == ",":
        dated = dated or view.lower(index).isdigit()
        index += 1
    if not dated or index >= cue:
        return view.start
    if view.lower(index) in {":", ",", "-", "–", "—"}:
        index += 1
    return index


def _past_relative_clause(view: SentenceView, index: int) -> int:
    """Past a relative clause set off by commas right at ``index`` (", which is not a member
    of the EU but mirrors its sanctions,"): its words are not the main clause's."""
    if view.lower(index) != "," or view.lower(index + 1) not in RELATIVE_WORDS:
        return index
    for position in range(index + 2, view.end):
        if view.lower(position) == ",":
            return position + 1
    return index


def absolute_with_opening(view: SentenceView, gerund: int, reach: int) -> int:
    """Where the "with" of an absolute clause set off by a comma stands, whose subject runs
    up to the gerund at ``gerund`` (", with the United States, Britain and Canada all
    announcing …", ", with most Western nations recognizing …"); -1 if none within
    ``reach`` tokens before it."""
    for index in range(gerund - 1, max(view.start, gerund - reach) - 1, -1):
        word = view.lower(index)
        if word == "with":
            return index if view.lower(index - 1) == "," and index < gerund - 1 else -1
        if word in {";", ".", ":"} or word in CLAUSE_BOUNDARIES:
            return -1
    return -1


def _absolute_with(view: SentenceView, first: int, cue: int) -> bool:
    """'…, with the League backing X': "with", a short noun phrase, then the -ing cue."""
    if not view.lower(cue).endswith("ing"):
        return False
    for index in range(cue - 1, max(first, cue - 5) - 1, -1):
        word = view.lower(index)
        if word == "with":
            return index < cue - 1
        if word in {",", ";", "and", "."} or word in PREPOSITIONS:
            return False
    return False


def last_org(article: AnnotatedArticle, view: SentenceView, index: int) -> list[Mention]:
    """The organisation named last before token ``index`` (within five sentences): what
    "the group" or "its members" stands for. Companies are stepped over: a company is no
    body of members ("The OAS met. Delegates discussed PDVSA's debts. The organisation …")."""
    char = article.tokens.start(index)
    orgs = [
        m
        for m in article.mentions
        if m.entity_type == "org"
        and m.end <= char
        and m.sentence_id >= view.sentence_id - 5
        and m.entity_id not in article.companies
    ]
    words = article.tokens.words
    while len(orgs) > 1 and orgs[-2].token_end == orgs[-1].token_start - 1:
        if words[orgs[-2].token_end] != ",":
            break
        orgs.pop()  # an apposition: "The Lima Group, the bloc set up in 2017 to …"
    return orgs[-1:]


URGE_TO = frozenset(
    {
        "urged",
        "urges",
        "urge",
        "urging",
        "pressed",
        "asked",
        "encouraged",
        "encouraging",
        "encourages",
    }
)


def urged_unnamed(view: SentenceView, start: int, cue: int) -> bool:
    """Urging with no named party ("urged other governments to back X", "called on the
    military to support X"): the urger does not take the stance, and nobody is named."""
    words = [view.lower(i) for i in range(start, cue)]
    if "to" not in words:
        return False
    if _finite_conjunct_between(view, start + words.index("to"), cue):
        return False  # "urged Maduro to step down and recognised Guaidó": the urger's own
    called_on = any(
        word in CALL_WORDS and following in {"on", "upon"} for word, following in pairwise(words)
    )
    return called_on or any(word in URGE_TO for word in words)


# "in step with France, Germany and Spain", "in concert with the EU"
IN_STEP_NOUNS = frozenset({"step", "lockstep", "concert", "tandem", "coordination"})
ALONG_WITH = frozenset(
    {("along", "with"), ("together", "with"), ("as", "well"), ("joined", "by")}
    | {(noun, "with") for noun in IN_STEP_NOUNS}
)


def _in_step(view: SentenceView, noun: int) -> bool:
    """ "in step with X" acting together: "in" before the noun (an adjective may stand
    between: "in close coordination with"), not "out of step", "not in step" nor "despite
    being in step" (a general likeness, not this act)."""
    position = noun - 1
    if view.lower(position) not in {"in", "out", "of"} and view.lower(position - 1) == "in":
        position -= 1  # "in close coordination with"
    return view.lower(position) == "in" and view.lower(position - 1) not in {"not", "being"}


def _joined_by_subject(view: SentenceView, joined: int) -> bool:
    """ "Sánchez, joined by Macron, …" or "The US was joined by Canada in …": the companions
    join the sentence's subject (not a relative clause's: "Maduro, who was joined by …")."""
    before = view.lower(joined - 1)
    if before == ",":
        return True
    return before in {"was", "were", "is", "are"} and view.lower(joined - 2) not in RELATIVE_WORDS


def _participle_clause_between(view: SentenceView, cue: int, index: int) -> bool:
    """A participle clause opened by a comma between the cue and ``index`` (", offering
    instead to mediate …"): what follows is that clause's, not the cue's."""
    return any(
        view.lower(i) == "," and view.lower(i + 1).endswith("ing") and view.lower(i + 1).isalpha()
        for i in range(cue + 1, index)
    )


def companions_of(
    view: SentenceView,
    cue: int,
    exclude: set[str],
    after_cue: bool = True,
    actors: list[Mention] | None = None,
) -> list[Mention]:
    """'Brazil, along with the US and Canada, has recognised X', 'Spain recognised X together
    with France', 'Sánchez, joined by Macron, announced …': the companions act with the
    subject. Searched in the cue's clause (its
    subject may be set off by commas) and, with ``after_cue``, after the cue up to a strong
    boundary (sanctions leave that out: "sanctions on Maduro, along with his wife" adds a
    target, not an imposer). An aside set off by commas keeps to the name it hangs on: with
    ``actors`` found, that name must be one of them ("Sánchez, joined by Macron, said Spain
    would recognise X" is Spain's act alone, Sánchez being the reporter)."""
    last = strong_end(view, cue) - 1 if after_cue else cue  # (room for "alongside X")
    words = view.article.tokens.words[view.start : max(last + 1, view.start)]
    if not JOIN_FORMS.isdisjoint(words):
        joined = _joined_in_doing(view, cue, exclude)
        if joined:
            return joined
    if COMPANION_WORDS.isdisjoint(words):
        return []  # the usual case, settled by one C-level scan
    for index in range(view.start, last):
        pair = (view.lower(index), view.lower(index + 1))
        # (", alongside the EU, …" and "main backers alongside Russia" only: "placed itself
        # alongside Moscow" is a verb's own); "which, like Mexico, has refused": a likeness
        before = view.lower(index - 1)
        aside = (pair[0] == "alongside" and (before == "," or before in ALLY_NOUNS)) or (
            pair[0] == "like"
            and before in {",", "which", "who"}
            and index < cue
            and not 0 <= relative_aside_close(view, index) < cue
        )  # ("Peru, which like Colombia borders Venezuela, recognised X": the border only)
        if pair not in ALONG_WITH and not aside:
            continue
        if pair[0] in IN_STEP_NOUNS and not _in_step(view, index):
            continue  # "out of step with Brazil", "despite being in step with Moscow"
        first = index + 3 if pair == ("as", "well") and view.lower(index + 2) == "as" else index + 2
        first = index + 1 if aside else first
        if pair == ("as", "well") and first != index + 3:
            continue
        if pair == ("joined", "by") and not _joined_by_subject(view, index):
            continue  # "Maduro, who was joined by Putin's envoy, said …": not the subject's
        if index < cue and any(view.lower(i) in CLAUSE_BOUNDARIES for i in range(index, cue)):
            continue  # "Maduro, along with Russia, denounced the coup, while the US …"
        if index < cue and 0 <= relative_aside_close(view, index) < cue:
            continue  # "Finland, which applied to join NATO together with Sweden, has been …"
        if index > cue and 0 <= relative_aside_close(view, cue) < index:
            continue  # "Spain, which recognised X, pushed for … along with France": not theirs
        if index > cue and _participle_clause_between(view, cue, index):
            continue  # "refused to recognise X, offering instead to mediate with Uruguay"
        if index > cue and _next_predicate_between(view, cue, index):
            continue  # "declined to recognise X and, together with Mexico, promoted …"
        if index < cue and _earlier_predicates_phrase(view, index, cue):
            continue  # "banned imports …, in step with the G7, and in December froze …"
        first = past_descriptor(view, first, actors)
        companions = forward_run(view, first, strong_end(view, first), exclude)
        if not companions:
            companions = _members_of_a_bloc(view, first, exclude)
        if index < cue and view.lower(index - 1) == ",":
            # the head the aside hangs on: "The US, as well as Canada, recognised X"
            head = nearest_run(view, clause_start(view, index - 1), index - 1, exclude, frozenset())
            named = {m.entity_id for m in head + companions}
            if actors and not named & {m.entity_id for m in actors}:
                return []  # the aside hangs on someone else (the reporter)
            companions = head + [m for m in companions if m not in head]
        return companions
    return []


MEMBER_NOUNS = frozenset({"governments", "members", "states", "countries", "nations"})


def _members_of_a_bloc(view: SentenceView, first: int, exclude: set[str]) -> list[Mention]:
    """ "the other governments of the Lima Group", "the members of the EU": the bloc (a
    collective that stands for a bloc is that bloc)."""
    index = first + (view.lower(first) == "the")
    index += view.lower(index) == "other"
    if view.lower(index) not in MEMBER_NOUNS or view.lower(index + 1) != "of":
        return []
    index += 2 + (view.lower(index + 2) == "the")
    bloc = view.mention_starting(index)
    if bloc is None or bloc.entity_type != "org" or bloc.entity_id in exclude:
        return []
    return [bloc]


OWNING_DETERMINERS = frozenset({"his", "her", "its", "their"})
DESCRIPTOR_REACH = 6  # tokens of "his long - time foreign minister" before the name


def past_descriptor(view: SentenceView, first: int, heads: list[Mention] | None) -> int:
    """Where the name starts in "his henchman Sergei Lavrov", "its long-time ally Cuba", "his
    foreign minister, Sergei Lavrov": a possessive and a few plain words describing the name
    that follows. The possessive must fit the names the aside hangs on (``heads``): "his"
    a person's, "its" a state's or body's ("Russia backed Maduro, along with his wife" is
    Maduro's wife, no companion of Russia). ``first`` itself otherwise."""
    owner = view.lower(first)
    if owner not in OWNING_DETERMINERS or not heads:
        return first
    people = any(m.entity_type == "person" for m in heads)
    if (owner in {"his", "her"}) != people and owner != "their":
        return first
    for index in range(first + 1, min(view.end, first + 1 + DESCRIPTOR_REACH)):
        if view.mention_starting(index) is not None:
            return index
        word = view.lower(index)
        if word == "," and view.mention_starting(index + 1) is not None:
            return index + 1  # "his foreign minister, Sergei Lavrov"
        if word in PREPOSITIONS or not (word == "-" or word.replace("-", "").isalpha()):
            return first  # ("its allies in the Lima Group": not the group itself)
    return first


def _next_predicate_between(view: SentenceView, cue: int, index: int) -> bool:
    """Does "and," (or "but,") open a next predicate between the cue and a companion phrase
    ("has declined to recognise Guaidó and, together with Mexico, promoted a mechanism")?
    The companions are that predicate's."""
    return any(
        view.lower(i) in {"and", "but"} and view.lower(i + 1) == "," for i in range(cue + 1, index)
    )


def _earlier_predicates_phrase(view: SentenceView, index: int, cue: int) -> bool:
    """Does the companion phrase at ``index`` close an earlier predicate, ", and" then opening
    the cue's own ("Tokyo banned imports …, in step with the G7, and in December froze the
    assets of …")? The companions acted in that predicate only. A phrase before any verb
    hangs on the subject both predicates share ("The US, along with Canada, banned …, and
    froze …")."""
    if not any(
        view.lower(i) == "," and view.lower(i + 1) in {"and", "but"} for i in range(index, cue)
    ):
        return False
    # the comma opening the phrase ("…, in (close) step with", "…, along with")
    comma = next(
        (i for i in range(index - 1, max(view.start, index - 4) - 1, -1) if view.lower(i) == ","),
        -1,
    )
    if comma < 0:
        return False
    if view.mention_covering(comma - 1) is not None:
        return False  # "…, Canada, along with Japan, imposed …": the phrase hangs on a name
    return any(
        finite_verb_word(view.lower(i)) and view.mention_covering(i) is None
        for i in range(clause_start(view, comma), comma)
    )


JOIN_FORMS = frozenset({"join", "joins", "joined", "joining"})
# a word every companion phrase holds ("along with", "as well as", "joined by", "alongside")
COMPANION_WORDS = frozenset({"with", "well", "joined", "alongside", "like"})
# Nouns of backers after which "alongside X" names one more ("Maduro's main backers
# alongside Russia")
# Nouns of those who stand by someone ("Russia, his closest ally"; "backers alongside X")
ALLY_NOUNS = frozenset(
    "ally allies backer backers supporter supporters defender defenders patron patrons champion "
    "champions friend friends".split()
)


def _joined_in_doing(view: SentenceView, cue: int, exclude: set[str]) -> list[Mention]:
    """ "Germany joined the United States, Britain and France in agreeing to remove …",
    "Japan would join the US and Europe in cutting …": whom the subject joins act with it
    (the object of "join", closed by "in" and a gerund before the cue)."""
    for index in range(cue - 1, view.start, -1):
        if view.lower(index) not in JOIN_FORMS:
            continue
        end = next((i for i in range(index + 1, cue) if view.lower(i) == "in"), -1)
        if end < 0 or not view.lower(end + 1).endswith("ing"):
            return []
        if _new_conjunct_between(view, end + 1, cue):
            return []  # "joined the US in cutting banks off SWIFT, and on March 1 it banned …"
        run = forward_run(view, index + 1, end, exclude)
        return run if run and run[-1].token_end >= end - 1 else []
    return []


def _new_conjunct_between(view: SentenceView, first: int, last: int) -> bool:
    """Does ", and" open a new clause between the two tokens (not another gerund of the same
    joining: "in freezing …, and in cutting …")?"""
    return any(
        view.lower(i) == ","
        and view.lower(i + 1) == "and"
        and view.lower(i + 2) != "in"
        and not view.lower(i + 2).endswith("ing")
        for i in range(first, last - 1)
    )


LABEL_MARKS = frozenset({"-", "–", "—", ":"})


_BULLET_OPENING = re.compile(r"\s*(?:[•·▪●]|[*+\-–](?=\s))")


def heading_actors(article: AnnotatedArticle, sentence_id: int, exclude: set[str]) -> list[Mention]:
    """A factbox's heading: the state or bloc named alone on the paragraph above a block of
    bullets ("UNITED STATES" / "* Feb. 22: Full blocking sanctions on VEB …"), for a bullet
    sentence that names no actor of its own. Empty outside such a block."""
    headings = article.shared.get("headings")
    if headings is None:
        headings = article.shared["headings"] = _bullet_headings(article)
    found = headings.get(sentence_id, [])
    return [m for m in found if m.entity_id not in exclude]


def _bullet_headings(article: AnnotatedArticle) -> dict[int, list[Mention]]:
    """Sentence id -> the heading's names, for every sentence in a bullet paragraph under a
    paragraph that is nothing but one state's or bloc's name (its case aside)."""
    text = article.text
    if "\n" not in text or not any(mark in text for mark in ("*", "•", "- ", "–")):
        return {}
    result: dict[int, list[Mention]] = {}
    heading: list[Mention] = []
    start = 0
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        names = [m for m in article.mentions if start <= m.start and m.end <= end]
        if _BULLET_OPENING.match(paragraph):
            if heading:
                first = article.sentence_of(start + len(paragraph) - len(paragraph.lstrip()))
                last = article.sentence_of(max(start, end - 1))
                for sentence_id in range(first, last + 1):
                    result[sentence_id] = heading
        elif _only_a_name(paragraph, names):
            heading = names
        else:
            heading = []  # a paragraph of prose ends the block
        start = end + 2
    return result


def _only_a_name(paragraph: str, names: list[Mention]) -> bool:
    """Is the paragraph one state's or bloc's name and nothing else ("UNITED STATES",
    "European Union:")?"""
    if len(names) != 1 or names[0].entity_type not in {"country", "org"}:
        return False
    rest = paragraph.replace(names[0].surface, "", 1).strip(" :-–—")
    return not rest and names[0].kind != "demonym"


def label_actors(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: int,
    exclude: set[str],
    any_case: bool = False,
) -> list[Mention]:
    """A factbox line: "BRAZIL - Recognized Guaidó on Jan. 23.", "SPAIN, BRITAIN - …": the
    names of an all-capitals label right before a sentence that opens on the cue. With
    ``any_case`` a label of names alone may be in any case ("Britain: froze the assets of
    …"); a stance cue needs capitals ("Venezuela crisis: Guaidó recognised" is a topic)."""
    opening = cue
    while opening > view.start and view.lower(opening - 1).endswith("ly"):
        opening -= 1  # "BRAZIL - Formally recognised …"
    mark = opening - 1
    if mark >= view.start and view.lower(mark) in LABEL_MARKS:
        first, names = view.start, view.mentions
    elif opening == view.start and view.sentence_id > 0:
        previous = view.sentence_id - 1  # the label was cut off as a dateline
        first, mark = article.token_range(previous)
        mark -= 1
        while mark > first and article.tokens.lower(mark).isspace():
            mark -= 1
        if article.tokens.lower(mark) not in LABEL_MARKS:
            return []
        names = tuple(article.mentions_in(previous))
    else:
        return []
    label = article.text[article.tokens.start(first) : article.tokens.start(mark)]
    if not label.strip() or not (label.isupper() or (any_case and _only_names(names, label))):
        return []
    return [
        m
        for m in names
        if m.token_end <= mark
        and m.entity_id not in exclude
        and m.entity_type in {"country", "org"}
        and m.kind != "demonym"
    ]


def _only_names(names: tuple[Mention, ...] | list[Mention], label: str) -> bool:
    """Is the label nothing but names and list glue ("Britain", "Canada and Japan")?"""
    rest = label
    for mention in names:
        rest = rest.replace(mention.surface, " ")
    return all(word.lower() in LIST_GLUE for word in rest.replace(",", " , ").split())
