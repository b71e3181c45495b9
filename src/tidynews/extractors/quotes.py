"""Quotes: who said what, as whole quoted sentences or clauses with their speaker.

Two steps, both plain scans over the text (no per-token Python outside quoted passages, and an
article without an opening quote mark or a transcript label costs one regex search):

1. ``split_quotes`` finds quoted spans. Curly marks are unambiguous except ``’``, which is also
   the apostrophe, so a single quote only closes on a ``’``/``'`` that is not inside a word.
   Straight marks are read from their context (space before and a letter after opens, the
   reverse closes). A quote still open at the end of a paragraph ends there: that is how news
   style writes a quote running over several paragraphs (each paragraph reopens it, only the
   last one closes). Any line break ends a paragraph. Unbalanced marks never raise.
2. ``extract_quotes`` keeps the quotes the annotation guide requires and finds their speakers:

   - after the quote: ``“…,” X said.`` ``“…,” said X.`` ``“…,” he added.`` ``“…,” according to X``
   - before it: ``X said: “…”`` ``X said “…”`` ``X told reporters that “…”`` and the subject of
     the sentence for a participle (``X tweeted that …, writing in a second tweet that “…”``)
   - a caption or transcript label that names someone: ``Juan Guaidó: “…”``, ``TRUMP: …``
   - a pronoun (he, she; it, they for institutions) is the latest named subject or speaker in
     the same or the previous paragraph
   - a second quote in the paragraph with no attribution of its own takes the speaker of the
     one before; so does a quote paragraph with no attribution right after a quoted one
   - an institution speaks for itself (``org:UNHCR``), a ministry, government or officials for
     their country (``the French foreign ministry`` → ``country:FRA``); a title before a name
     (``US President Donald Trump``) is only a modifier of the person.

Judgement (annotation guide, "Quotes"): a fragment inside the reporter's own sentence
(supported his “historic assumption of the presidency”) is not a quote fact, so a quote is kept
only when it has four or more words and reads as a whole sentence or clause: it opens its
sentence or paragraph, follows a colon, or starts with a capital right after an attribution
(said, that, saying, …). Quotes whose speaker cannot be resolved (“…,” a spokesman said) are not
emitted either: the gold standard cannot require them, and a row without a speaker would only
cost precision. An unnamed official (“the UK foreign secretary said”) is left unresolved rather
than guessed, for the same reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # document loads spaCy; split_quotes does not need it
    from ..document import AnnotatedArticle, Mention

QUOTE_COLUMNS = (
    "article_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "speaker_id",
    "speaker_name",
    "cue",
)

MIN_WORDS = 4
# How many tokens after a closing mark the attribution verb may come: room for a name with a
# long appositive ("”, John Bolton, the White House national security adviser, wrote").
TAIL_REACH = 18


def _vocabulary(text: str) -> frozenset[str]:
    """A vocabulary written as a block of words (easier to read and extend than a list)."""
    return frozenset(text.split())


# --- vocabulary --------------------------------------------------------------------------------

# Attribution verbs. Nouns that look like verbs ("the tweets came", "his claims", "member
# states") are left out on purpose: a wrong cue finds a wrong speaker.
FINITE_CUES = _vocabulary(
    """said says say told tells wrote writes tweeted posted added adds warned warns insisted
    insists declared declares stated announced announces explained explains noted argued
    argues claimed asked asks replied replies responded continued stressed stresses
    emphasised emphasized acknowledged admitted conceded recalled cautioned predicted vowed
    vows promised pledged concluded remarked answered lamented complained boasted joked
    shouted proclaimed exclaimed maintained maintains suggested suggests observed asserted
    asserts countered retorted urged urges blasted fumed raged scoffed quipped thundered
    snapped roared bellowed growled barked written threatened threatens"""
) | frozenset({"tell", "write", "declare", "warn", "insist", "announce", "explain", "stress"})
# ("written": the past participle of a perfect, "he had written on Twitter that “…”"; the
# other cues' participles are their past forms)
# Cues in the base form: after "to" their speaker is the subject of the clause, not the object
# of the verb before ("Erdogan phoned Maduro to tell him: “…”" is Erdogan speaking).
BASE_CUES = frozenset(
    {"say", "tell", "write", "declare", "warn", "insist", "announce", "explain", "stress"}
)
PARTICIPLE_CUES = _vocabulary(
    """adding writing saying telling tweeting declaring warning insisting stating announcing
    noting explaining arguing claiming urging asking stressing promising pledging vowing
    threatening"""
)
CUES = FINITE_CUES | PARTICIPLE_CUES
# Words right before a quote that introduce a whole quoted sentence ("... that “The fight").
INTRODUCERS = CUES | {"that", "according"}
PREPOSITIONS = _vocabulary(
    """to with from by for in on at about against into toward towards over under between among
    via through during despite like than of after before within without upon beside
    besides alongside behind near amid across beyond"""
)
# After a country or organisation: nouns that make it the speaker ("the French foreign
# ministry"), nouns of one named office-holder ("the UK foreign secretary": a person the text
# does not name here), and words that may stand between them.
INSTITUTION_NOUNS = _vocabulary(
    """government governments ministry ministries office department officials official
    authorities administration embassy mission delegation spokesman spokeswoman spokesperson
    spokespeople statement military army forces presidency cabinet diplomats diplomat sources
    source agency council commission parliament congress leaders"""
)
ROLE_NOUNS = _vocabulary(
    """president vice-president minister secretary chancellor leader chief ambassador envoy
    adviser advisor head king queen premier commissioner representative counterpart governor
    mayor senator general commander director chairman chairwoman judge spokesman spokeswoman
    spokesperson"""
)
PHRASE_MODIFIERS = _vocabulary(
    """foreign defence defense interior finance state national security information
    communications refugee refugees human rights trade justice economy oil energy health press
    high deputy vice senior top acting special federal central armed prime foreign-policy
    migration immigration joint"""
)
# "Mr Guaidó’s piece says": the person speaks through their own writing.
OWN_WORDS = _vocabulary(
    """piece article letter statement tweet tweets post op-ed column message speech essay book
    account interview video address blog"""
)
PERSON_PRONOUNS = frozenset({"he", "she"})
# Words (or nothing: the sentence start) after which a name or "it" is a subject ("and it
# said", "Speaking in Caracas, Maduro said"), not an object ("called it", "recognised Mr X").
SUBJECT_SLOT = _vocabulary(
    """, ; : and but that so as because when while then after before since until once if
    although though meanwhile however also both ” ’ " ' — – ("""
) | {""}
GROUP_PRONOUNS = frozenset({"it", "they"})
ABBREVIATIONS = _vocabulary(
    """mr mrs ms dr st gen sen rep gov lt col sgt capt jr sr prof no vs etc maj adm cmdr
    hon rev fr"""
)

# --- patterns ----------------------------------------------------------------------------------

_MARKS = re.compile(r"[\"'“”‘’«»\n]")
_MARK_CHARACTERS = "\"'“”‘’«»\n"  # (what _MARKS matches, one character each)


def _mark_positions(text: str) -> list[int]:
    """Where ``_MARKS`` matches, in order: each mark's occurrences found by str.find (a
    C-level search per mark, skipped for a mark the text lacks), not by the engine testing
    every character against the class (about half the time)."""
    positions = []
    for mark in _MARK_CHARACTERS:
        if mark in text:
            found = text.find(mark)
            while found != -1:
                positions.append(found)
                found = text.find(mark, found + 1)
    positions.sort()
    return positions


# Two single marks some outlets type for one double mark ("…,’’ Stein said"; "‘‘…")
DOUBLED_SINGLES = frozenset({"’’", "‘‘", "''"})
# Fast path: without one of these there is no quote to find (``may_open_a_quote``)
_OPENING_MARKS = ('"', "“", "‘", "«")
# "'" opens a quote only at a line's start or after a space, a bracket or a dash, and before
# a non-space. The pattern starts with the mark itself (the condition on the character before
# it is a lookbehind over both): a pattern that starts with an alternative such as "^|[\s…]" is
# tried at every position of the article, one starting with a literal skips ahead to it.
_OPENING_APOSTROPHE = re.compile(r"'(?<![^\s(\[—–]')(?=\S)")
# "’90s", "'em", "rock 'n' roll": an apostrophe of elision, not an opening quote.
_ELISION = re.compile(r"(?:\d\d(?:s\b|\b)|(?:tis|twas|til|em|cause|n|s)\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
_SENT_END = re.compile(r"[.!?…][\"'”’»)]*\s+")
# "TRUMP: …", "DAVID HALL, HOST: …" (a broadcast transcript gives the speaker's role), also
# on a line of its own before the words ("AILSA CHANG, HOST:" then the paragraph, as NPR's
# transcripts open)
# (with a bracket before the colon: "HOST (MARIA DELGADO):" names the host, "RODOLFO NIN
# NOVOA (through interpreter):" says how the words came)
# (capitals with accents too: "ANA BELTRÁN:", "SELIN AYDIN:", "JOSÉ BORRELL:")
_CAPITAL = "A-ZÀ-ÖØ-Þ\u0100-\u017f"  # (Latin Extended-A: "JELENA MARKOVIĆ:", "VUČIĆ:")
# A capitalised word of a name (with accents, hyphens and apostrophes): "Caraballo", "Marković"
_NAME_WORD_PATTERN = rf"[{_CAPITAL}][a-zà-öø-ÿ\u0100-\u017f'’-]+"
_LABEL = re.compile(
    rf"^([{_CAPITAL}][{_CAPITAL}'’.\- ]{{1,40}}[{_CAPITAL}.])"
    rf"(?:,[ \t]*([{_CAPITAL}][{_CAPITAL}'’.\- ]{{1,30}}[{_CAPITAL}.]))?"
    r"(?:[ \t]*\(([^()\n]{1,40})\))?:"
    r"(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?=\S)",
    re.MULTILINE,
)
# "Mr. Abrams: …", "Secretary Pompeo: …": a label in title case, with an honorific or a
# title first (a bare "Update:" or "Note:" is a heading); the same three groups as _LABEL.
# (Written out, not built from people.HONORIFICS: this module loads without spaCy.)
_TITLED_LABEL = re.compile(
    r"^((?:Mr|Mrs|Ms|Dr|Secretary|Ambassador|Senator|Minister|President|Representative)\.?"
    r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})()()?:"
    r"(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?=\S)",
    re.MULTILINE,
)


def _at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can match only at a line's start (a
    multiline "^" opens it), tried at each line's start only. Why: the engine finds no first
    character to skip ahead to in "^(...)", so finditer tried the pattern at every position
    of the article; an article has a few dozen lines. Both label patterns end on a colon
    in the line they start (no line break before it), so a line without one is not tried."""
    reached = 0  # where the last match ended: the next one starts there or later
    for start in _colon_line_starts(text):
        if start >= reached:
            match = pattern.match(text, start)
            if match is not None:
                yield match
                reached = match.end()


def _colon_line_starts(text: str) -> list[int]:
    """Where each line holding a colon starts, in order: found from the colons (a few an
    article) rather than by walking every line."""
    starts = []
    colon = text.find(":")
    while colon != -1:
        starts.append(text.rfind("\n", 0, colon) + 1)
        line_end = text.find("\n", colon)
        if line_end == -1:
            break
        colon = text.find(":", line_end)
    return starts


# "Caraballo: …": an interview's surname label in title case; one only when it opens two
# turns or more (a single "Update:" or "Verdict:" is a heading), and a speaker only when
# the text wrote the full name before (see _label_person)
_SURNAME_LABEL = re.compile(
    rf"^({_NAME_WORD_PATTERN})()()?:(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?=\S)", re.MULTILINE
)


def _labels(text: str) -> list[re.Match[str]]:
    """Every transcript label, in capitals, titled, or a recurring surname, in the order of
    the text."""
    found = [
        *_at_line_starts(_LABEL, text),
        *_at_line_starts(_TITLED_LABEL, text),
        *_recurring_surname_labels(text),
    ]
    return sorted(found, key=lambda match: match.start())


def _recurring_surname_labels(text: str) -> list[re.Match[str]]:
    """The title-case surname labels that open two turns or more."""
    found = list(_at_line_starts(_SURNAME_LABEL, text))
    counts = Counter(match.group(1) for match in found)
    return [match for match in found if counts[match.group(1)] >= 2]


def _has_label(text: str) -> bool:
    return (
        any(_at_line_starts(_LABEL, text))
        or any(_at_line_starts(_TITLED_LABEL, text))
        or bool(_recurring_surname_labels(text))
    )


_OPEN_CONTEXT = frozenset('([{—–-/"“‘«')
# ", the " or just ", " (a gazetteer alias may carry its article: "the UK", "the Kremlin").
# the words between a person's name and a name inside the apposition describing them: ", the
# UNHCR-" and, with no article, ", joint UNHCR-" ("Eduardo Stein, joint UNHCR-IOM Special
# Representative for …, said")
_APPOSITIVE = re.compile(r"\s*,\s*(?:(?:(?:the|a|an|his|her|its)\s)?[^,\n]{0,40})?", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b")
_SCORE_STRIP = re.compile(r"[^\w\s]")


# --- step 1: quoted spans ----------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage; ``text[start:end]`` is the quote, without its marks."""

    start: int
    end: int
    text: str
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the paragraph ended it
    mark: str  # double | single | guillemet
    depth: int  # 0 for a quote, 1 for a quote inside a quote, ...

    @property
    def closed(self) -> bool:
        return self.close_at is not None


@dataclass
class _Open:
    kind: str
    at: int
    depth: int
    at_paragraph_start: bool
    tentative: list[int] = field(default_factory=list)  # weak closers ("countries’ leaders")


class _Scanner:
    """The state of one left-to-right pass over the quote marks of a text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.found: list[QuoteSpan] = []
        self.paragraph_start = 0

    def run(self) -> list[QuoteSpan]:
        text = self.text
        skip = -1
        for index in _mark_positions(text):
            if index == skip:
                continue
            char = text[index]
            if char == "\n":  # (most marks: a line break ends nothing when no quote is open)
                if self.stack:
                    self.end_paragraph(index)
                self.paragraph_start = index + 1
                continue
            doubled = text[index : index + 2]
            if doubled in DOUBLED_SINGLES and self._doubled_single(doubled, index):
                skip = index + 1  # "’’" typed for "”", "‘‘" for "“": one mark of two
                continue
            if char == "“":
                self.open("double", index)
            elif char == "”":
                self.close("double", index)
            elif char == "«":
                self.open("guillemet", index)
            elif char == "»":
                self.close("guillemet", index)
            elif char == '"':
                self.straight_double(index)
            else:  # ' ‘ ’
                self.single(char, index)
        self.end_paragraph(len(text))
        self.found.sort(key=lambda span: span.open_at)
        return self.found

    def _doubled_single(self, doubled: str, index: int) -> bool:
        """Two single marks typed for a double one ("…crisis,’’ Stein said", as some outlets
        set it): opened or closed as a double mark, the second mark taken as its end."""
        if doubled in {"’’", "''"} and self.innermost("double") is not None:
            self.close("double", index + 1, text_end=index)
            return True
        if doubled in {"‘‘", "''"} and self.opens_here(index):
            self.open("double", index + 1)
            return True
        return False

    # -- context of a mark

    def before(self, index: int) -> str:
        return self.text[index - 1] if index > 0 else "\n"

    def after(self, index: int) -> str:
        return self.text[index + 1] if index + 1 < len(self.text) else "\n"

    def opens_here(self, index: int) -> bool:
        """Space or an opening bracket before, a visible character after."""
        before = self.before(index)
        return (before.isspace() or before in _OPEN_CONTEXT) and not self.after(index).isspace()

    def closes_here(self, index: int) -> bool:
        """A visible character before, and no letter or digit after."""
        return not self.before(index).isspace() and not self.after(index).isalnum()

    def innermost(self, kind: str) -> int | None:
        for position in range(len(self.stack) - 1, -1, -1):
            if self.stack[position].kind == kind:
                return position
        return None

    # -- marks

    def straight_double(self, index: int) -> None:
        opens, closes = self.opens_here(index), self.closes_here(index)
        if self.innermost("double") is not None:
            if opens and not closes:  # the open quote lost its closing mark
                self.close("double", index, implicit=True)
                self.open("double", index)
            else:
                self.close("double", index)
        elif opens or not closes:  # a lone closer ('5ft 10"') is a stray mark
            self.open("double", index)

    def single(self, char: str, index: int) -> None:
        before, after = self.before(index), self.after(index)
        if before.isalnum() and after.isalnum():
            return  # country’s, don't
        position = self.innermost("single")
        if char != "‘" and position is not None and self.closes_here(index):
            weak = before in "sS" and after == " " and self._lower_word_follows(index + 2)
            if weak:
                self.stack[position].tentative.append(index)
            else:
                self.close("single", index)
            return
        if char != "’" and self.opens_here(index) and not _ELISION.match(self.text, index + 1):
            self.open("single", index)

    def _lower_word_follows(self, index: int) -> bool:
        return index < len(self.text) and self.text[index].islower()

    # -- stack

    def open(self, kind: str, index: int) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.kind == kind:  # quotes of one kind do not nest
            self.close(kind, index, implicit=True)
        at_start = not self.text[self.paragraph_start : index].strip()
        self.stack.append(_Open(kind, index, len(self.stack), at_start))

    def close(
        self, kind: str, index: int, implicit: bool = False, text_end: int | None = None
    ) -> None:
        position = self.innermost(kind)
        if position is None:
            return
        inner = self.stack[position + 1 :]
        opened = self.stack[position]
        del self.stack[position:]
        for dropped in reversed(inner):  # never closed inside: apostrophes or strays
            if dropped.tentative:
                self.emit(dropped, dropped.tentative[0], closed=True)
        if implicit:
            if opened.tentative:
                self.emit(opened, opened.tentative[0], closed=True)
            else:
                self.emit(opened, index, closed=False)
        else:
            self.emit(opened, index, closed=True, text_end=text_end)

    def end_paragraph(self, index: int) -> None:
        while self.stack:
            opened = self.stack.pop()
            if opened.tentative:
                self.emit(opened, opened.tentative[0], closed=True)
            elif opened.kind != "single" or (opened.depth == 0 and self._introduced(opened)):
                self.emit(opened, index, closed=False)

    def _introduced(self, opened: _Open) -> bool:
        """An unclosed single quote is kept only where a quote clearly begins."""
        if opened.at_paragraph_start:
            return True
        return self.text[self.paragraph_start : opened.at].rstrip().endswith(":")

    def emit(self, opened: _Open, end: int, closed: bool, text_end: int | None = None) -> None:
        text = self.text
        start = opened.at + 1
        while start < end and text[start].isspace():
            start += 1
        stop = end if text_end is None else text_end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop <= start:
            return
        self.found.append(
            QuoteSpan(
                start,
                stop,
                text[start:stop],
                opened.at,
                end if closed else None,
                opened.kind,
                opened.depth,
            )
        )


def may_open_a_quote(text: str) -> bool:
    """Does the text hold a mark that may open a quote? Most articles hold a double mark,
    which one C-level substring test per mark finds; only the others are searched for an
    opening apostrophe."""
    return any(mark in text for mark in _OPENING_MARKS) or (
        "'" in text and _OPENING_APOSTROPHE.search(text) is not None
    )


def split_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted span of ``text`` in order of its opening mark, nested ones included."""
    if not text or not may_open_a_quote(text):
        return []
    return _Scanner(text).run()


# --- step 2: attribution -----------------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    """Who speaks: an entity id and canonical name, and where the text names them."""

    entity_id: str
    name: str
    entity_type: str
    position: int  # where the text names the speaker (for pronouns that follow)


@dataclass(frozen=True)
class Attribution:
    """What the words around one quote say about its speaker.

    ``found`` without a ``speaker`` ("a spokesman said") matters: such a quote is attributed,
    just not to anyone we can name, so it must not inherit the previous quote's speaker.
    """

    speaker: Speaker | None
    cue: str | None
    found: bool  # the text attributes the quote (even if to someone we cannot name)


NO_ATTRIBUTION = Attribution(None, None, False)


class _Token(NamedTuple):  # a tuple: built for every word of every attribution window
    start: int
    end: int
    lower: str


_new_tuple = tuple.__new__


class _Stop:
    """A candidate that ends the search: the subject is someone we cannot name."""


STOP = _Stop()
_Judged = Speaker | _Stop | None  # None: not the subject, keep looking


def _speaker(mention: Mention) -> Speaker:
    return Speaker(mention.entity_id, mention.name, mention.entity_type, mention.start)


def _state_speaker(mention: Mention) -> Speaker:
    """The state or bloc a person's administration speaks for ("the Trump administration")."""
    from ..gazetteer import org_names  # pycountry only when an administration speaks

    party = mention.party_id or mention.entity_id
    kind = party.split(":", 1)[0]
    return Speaker(party, org_names().get(party, party), kind, mention.start)


class _Article:
    """One article's text, paragraphs, quote intervals and mentions, indexed for lookups."""

    def __init__(self, article: AnnotatedArticle, spans: list[QuoteSpan]) -> None:
        self.article = article
        self.text = article.text
        self.spans = spans
        self.intervals = [(span.open_at, _span_stop(span)) for span in spans]
        self.interval_starts = [start for start, _ in self.intervals]
        self.mentions = [m for m in article.mentions if not self.in_quote(m.start)]
        self.mention_starts = [m.start for m in self.mentions]
        self.paragraphs = _paragraphs(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.speakers: list[Speaker] = []  # speakers of earlier quotes, for pronouns
        # quotes attributed by a cue to someone left unnamed ("the president told TV"): a
        # later "he" may be that person, so it must not reach past them to an earlier name
        self.unnamed_speakers: list[int] = []
        self._subjects: dict[tuple[int, bool], Speaker | None] = {}
        self._tokens: dict[tuple[int, int], list[_Token]] = {}

    # -- positions

    def in_quote(self, position: int) -> bool:
        index = bisect_right(self.interval_starts, position) - 1
        return index >= 0 and self.intervals[index][0] < position < self.intervals[index][1]

    def touches_quote(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a quote (marks included)?"""
        index = bisect_right(self.interval_starts, end) - 1
        return index >= 0 and self.intervals[index][1] >= start

    def paragraph_of(self, position: int) -> int:
        return max(bisect_right(self.paragraph_starts, position) - 1, 0)

    def tokens(self, start: int, end: int) -> list[_Token]:
        """Words and punctuation in [start, end) outside quotes (cached: the same head and
        tail windows are read by the judgement and by each attribution pattern)."""
        key = (start, end)
        found = self._tokens.get(key)
        if found is None:
            matches = _WORD.finditer(self.text, start, end)
            # (tuple.__new__: what _Token(m.start(), m.end(), …) builds, without the named
            # tuple's Python-level __new__, for every word of every window; start() and end()
            # are cheaper than unpacking span())
            if self.touches_quote(start, end):
                found = [
                    _new_tuple(_Token, (m.start(), m.end(), m.group().lower()))
                    for m in matches
                    if not self.in_quote(m.start())
                ]
            else:
                found = [
                    _new_tuple(_Token, (m.start(), m.end(), m.group().lower())) for m in matches
                ]
            self._tokens[key] = found
        return found

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        low = bisect_left(self.mention_starts, start)
        high = bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[low:high] if m.end <= end]

    def mention_before(self, position: int) -> Mention | None:
        index = bisect_left(self.mention_starts, position) - 1
        return self.mentions[index] if index >= 0 else None

    def mention_after(self, position: int) -> Mention | None:
        index = bisect_left(self.mention_starts, position)
        return self.mentions[index] if index < len(self.mentions) else None

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts, ignoring full stops inside quotes."""
        paragraph = self.paragraphs[self.paragraph_of(position)]
        start = paragraph[0]
        for match in _SENT_END.finditer(self.text, paragraph[0], position):
            if not self.in_quote(match.end() - 1) and not self._abbreviation(match.start()):
                start = match.end()
        return start

    def sentence_end(self, position: int) -> int:
        paragraph_end = self.paragraphs[self.paragraph_of(position)][1]
        for match in _SENT_END.finditer(self.text, position, paragraph_end):
            if not self.in_quote(match.start()) and not self._abbreviation(match.start()):
                return match.start() + 1
        return paragraph_end

    def _abbreviation(self, dot: int) -> bool:
        if self.text[dot] != ".":
            return False
        word = re.search(r"([\w.]+)$", self.text[max(dot - 12, 0) : dot])
        if word is None:
            return False
        token = word.group(1).lower()
        if token.isdigit() or _AMOUNT.fullmatch(token):
            # "on April 1." and "some £1.5bn." end their sentence; an initial is a letter
            return False
        if len(token) == 1 and self.text[dot + 1 : dot + 3].lstrip()[:1] in _INITIAL_ENDERS:
            return False  # "defended the move on X. \"…\"": a quote opens, no name goes on
        return token in ABBREVIATIONS or len(token.replace(".", "")) == 1 or "." in token


_AMOUNT = re.compile(r"\d[\d.,]*[a-z]{0,3}")
# Marks that open a quote after a single letter's full stop, which then ends its sentence
_INITIAL_ENDERS = frozenset(_OPENING_MARKS) | {"'"}


def _span_stop(span: QuoteSpan) -> int:
    return span.close_at if span.close_at is not None else span.end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line: the paragraphs of a cleaned text."""
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            found.append((start, end))
        start = end + 1
    return found or [(0, len(text))]


# -- judging one candidate subject


def _word_before(doc: _Article, position: int, floor: int) -> str:
    """The nearest lower-case word before ``position``, skipping names and titles (an "of"
    between capitalised words belongs to a title: "Secretary of State Mike Pompeo")."""
    window = doc.text[max(floor, position - 80) : position]
    found = [match.group() for match in _WORD.finditer(window)]
    for index in range(len(found) - 1, -1, -1):
        word = found[index]
        lower = word.lower()
        if word[0].isupper() or lower in {"the", "a", "an", "-", "’s", "'s"}:
            continue
        if lower == "." and index > 0 and found[index - 1][0].isupper():
            continue  # an abbreviation's full stop inside a title or name: "Mr. Pompeo"
        if lower == "of" and index > 0 and found[index - 1][0].isupper():
            continue
        if lower == "for" and index > 0 and found[index - 1][0].isupper():
            continue  # inside a title: "High Commissioner for Refugees Filippo Grandi"
        if lower in {"for", "of"} and index > 0 and found[index - 1].lower() in INSTITUTION_NOUNS:
            return "voice"  # "a spokesman for the EU", "the government of Venezuela"
        return lower
    return ""


def _governed(doc: _Article, mention: Mention, floor: int) -> bool:
    """Is the mention the object of a preposition ('spoke to Mr Hunt'), or in apposition to
    one ("Asked by the moderator, the presenter Margarita Simonyan, whether …")? (Not a
    person named after an envoy's title: "Deputy Permanent Representative to the UN Wu
    Haitao".)"""
    before = _word_before(doc, mention.start, floor)
    if before not in PREPOSITIONS:
        window = max(floor, mention.start - 90)
        return _APPOSED_TO_AN_OBJECT.search(doc.text, window, mention.start) is not None
    if (
        before in TIME_CLAUSE_OPENERS
        and mention.entity_type == "person"
        and _FINITE_VERB_AFTER.match(doc.text, mention.end)
    ):
        return False  # "…, three days after Commission President X announced it": a clause's
        # subject, not a preposition's object (a person's: "it says" after "… before the
        # United States imposed sanctions" is the report, not the state)
    if mention.entity_type != "person":
        return True
    return _ENVOY_TITLE.search(doc.text, max(floor, mention.start - 80), mention.start) is None


# Prepositions that also open a clause of time (clauses.TIME_CONJUNCTIONS, kept here: this
# module does not import clauses, which loads spaCy)
TIME_CLAUSE_OPENERS = frozenset({"after", "before"})
# A finite verb right after a name: an auxiliary or a past tense ("X announced it")
_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:has|had|have|was|were|is|are|did|would|will|could|[a-z]+ed)\b"
)
# A description in apposition to a preposition's object, right before a name: "by the
# moderator, the Russian state television presenter " (the name is the object's too)
_APPOSED_TO_AN_OBJECT = re.compile(
    r"\b(?:by|to|with|from)\s+(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){1,5}$"
)

# An office held "to" a state or body, as a title right before a name
_ENVOY_TITLE = re.compile(
    r"\b(?:[Rr]epresentative|[Aa]mbassador|[Ee]nvoy|[Dd]elegate|[Oo]bserver)\s+to\s+"
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}$"
)


def _words_after(doc: _Article, position: int, count: int = 6) -> list[str]:
    window = doc.text[position : position + 80]
    words = []
    for match in _WORD.finditer(window):
        words.append(match.group().lower())
        if len(words) >= count:
            break
    return words


def _possessive(words: list[str]) -> tuple[bool, list[str]]:
    if words[:2] in (["’", "s"], ["'", "s"]):
        return True, words[2:]
    if words[:1] in (["’s"], ["'s"]):
        return True, words[1:]
    return False, words


def _phrase_after(words: list[str]) -> str:
    """What follows an entity name: 'institution', 'role' or 'other'."""
    for word in words[:4]:
        if word in INSTITUTION_NOUNS:
            return "institution"
        if word in ROLE_NOUNS:
            return "role"
        if word in PHRASE_MODIFIERS or word == "-":
            continue
        break
    return "other"


APPOSITION_NAMES = 3  # other names an apposition may hold before the one it ends on


def _appositive_person(doc: _Article, mention: Mention) -> Mention | None:
    """'Jeremy Hunt, the UK foreign secretary, said': the person the appositive describes,
    past other names inside it ("Eduardo Stein, the UNHCR-IOM joint special representative,
    said": UNHCR and IOM are in the apposition)."""
    before = doc.mention_before(mention.start)
    for _ in range(APPOSITION_NAMES):
        if before is None or before.entity_type == "person":
            break
        before = doc.mention_before(before.start)
    if before is None or before.entity_type != "person":
        return None
    gap = doc.text[before.end : mention.start]
    if not _APPOSITIVE.fullmatch(gap):
        return None
    following = _words_after(doc, mention.end, APPOSITION_CLOSE_REACH)
    offices = ROLE_NOUNS | INSTITUTION_NOUNS
    if any(word in offices for word in following[:OFFICE_NOUN_REACH]):
        return before  # "…, the Kremlin spokesman, told"
    # the apposition closes right after the name: "Filippo Grandi, the UN High Commissioner
    # for Refugees, said" (the office is the name the gazetteer matched), or a few words
    # on: "Robert Lewandowski, Poland's captain and the reigning FIFA player of the year,
    # wrote"
    return before if "," in following else None


APPOSITION_CLOSE_REACH = 12  # words after a name inside an apposition to its closing comma
OFFICE_NOUN_REACH = 8  # words after it to an office noun ("…, the Kremlin spokesman,")


# ", the spokesman for Secretary-General ": an office held for, or of, the person named next
_OFFICE_FOR_A_PERSON = re.compile(
    r"\s*,\s*(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+)\s+(?:for|of|to)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}",
)


def _principal_of_an_apposition(doc: _Article, mention: Mention) -> Mention | None:
    """For a person named at the end of an apposition that gives another person's office held
    for them ("Stéphane Dujarric, the spokesman for Secretary-General António Guterres,"),
    that other person, the apposition's head; else None."""
    if mention.entity_type != "person":
        return None
    before = doc.mention_before(mention.start)
    if before is None or before.entity_type != "person":
        return None
    office = _OFFICE_FOR_A_PERSON.fullmatch(doc.text, before.end, mention.start)
    if office is None or office.group("role").lower() not in ROLE_NOUNS:
        return None
    return before if doc.text[mention.end : mention.end + 1] == "," else None


def _classify(doc: _Article, mention: Mention) -> _Judged:
    """What a mention is as a candidate speaker, judged by the words right after it."""
    possessive, following = _possessive(_words_after(doc, mention.end))
    if mention.entity_type == "person":
        if possessive and _personal_office(following):
            return _speaker(mention)  # "Guaidó's office said": the person's own office
        if possessive and (not following or following[0] not in OWN_WORDS):
            return STOP  # "Maduro’s foreign minister said": someone else speaks
        if following[:1] in (["administration"], ["government"]) and mention.party_id:
            return _state_speaker(mention)  # "the Trump administration said": the state
        return _speaker(mention)
    phrase = _phrase_after(following)
    if phrase == "institution":
        return _speaker(mention)  # "the French foreign ministry", "Russian officials"
    if phrase == "role":
        person = doc.mention_after(mention.end)
        if (
            person is not None
            and person.entity_type == "person"
            and (person.start - mention.end < 60)
        ):
            return _speaker(person)  # 'US President Donald Trump': the country is a title
        holder = _office_holder(doc, mention, following)
        if holder is not None:
            return holder  # "the German chancellor added", after "Chancellor Angela Merkel"
        return STOP  # "the UK foreign secretary said": an office-holder the text leaves unnamed
    if mention.kind == "demonym":
        return None  # "Russian state-owned news agency": an adjective
    if possessive:
        return STOP  # "Venezuela’s Supreme Court said"
    if following[:1] and following[0] in INDIVIDUAL_NOUNS:
        return STOP  # "said a Red Cross volunteer": one of its people, not the body speaking
    party = mention.party_id or ""
    if mention.entity_type == "org" and party.startswith("org:") and party != mention.entity_id:
        # "the Council of the EU said": a bloc's institution speaks for the bloc, as "the
        # French foreign ministry" does for France (a state's agency keeps its own id: "the
        # Treasury said" is org:US_TREASURY, as the golds write it)
        return _state_speaker(mention)
    return _speaker(mention)


def _personal_office(following: list[str]) -> bool:
    """Do the words after a person's possessive name the person's own office, which speaks
    in their name ("Guaidó's office said", "Zelensky's press office said", "the
    president's press service said"), not an aide who is someone else ("Putin's press
    secretary said")?"""
    return following[:1] == ["office"] or following[:2] in (
        ["press", "office"],
        ["press", "service"],
    )


# After an organisation's name: one unnamed person of it, who speaks for nobody but themself
INDIVIDUAL_NOUNS = _vocabulary(
    """volunteer volunteers worker workers nurse nurses doctor doctors employee employees
    staffer staffers member members activist activists resident residents lawyer"""
)


def _office_holder(doc: _Article, state: Mention, following: list[str]) -> Speaker | None:
    """The one person of this state the article gave this office before ("the German
    chancellor" after "German Chancellor Angela Merkel")."""
    words = []
    for word in following[:4]:
        words.append(word)
        if word in ROLE_NOUNS:
            break
    else:
        return None
    title = " ".join(words)
    party = state.party_id or state.entity_id
    holders = {
        m.entity_id: m
        for m in doc.article.mentions
        if m.end <= state.start
        and m.entity_type == "person"
        and m.party_id == party
        and _titled(doc, m, title)
    }
    if len(holders) != 1:
        return None
    (holder,) = holders.values()
    return _speaker(holder)


def _judge(doc: _Article, mention: Mention, floor: int) -> _Judged:
    """Walking back from a cue: the speaker, not the subject (None: keep looking), or STOP."""
    if _governed(doc, mention, floor):
        return None
    if _compound_modifier(doc, mention):
        return None  # "a Caracas-based oil consultant": a modifier inside a compound
    principal = _principal_of_an_apposition(doc, mention)
    if principal is not None:
        # "Stéphane Dujarric, the spokesman for Secretary-General António Guterres, told
        # reporters": the one the office is held for is no speaker
        return _speaker(principal)
    if mention.entity_type != "person":
        person = _appositive_person(doc, mention)
        if person is not None:
            return _speaker(person)
        if _phrase_after(_possessive(_words_after(doc, mention.end))[1]) == "role":
            following = doc.mention_after(mention.end)
            if following is not None and following.entity_type == "person":
                return None  # the title of a person we have passed (and rejected) already
    return _classify(doc, mention)


# -- pronouns


def _same_pronoun_first(doc: _Article, start: int, end: int, pronoun: str) -> bool:
    """Does ``pronoun`` ("he"/"she") stand, outside quotes, before every person the span
    names?"""
    if pronoun not in PERSON_PRONOUNS:
        return False
    first = next(
        (
            m.start
            for m in doc.mentions_between(start, end)
            if m.entity_type == "person" and not doc.in_quote(m.start)
        ),
        end,
    )
    for match in re.finditer(rf"\b{pronoun}\b", doc.text[start:first], re.IGNORECASE):
        if not doc.in_quote(start + match.start()):
            return True
    return False


# A passive's agent: "was represented by ", "were led by Vice-President "
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3})?$"
)
# The agent's own speech, in a relative clause after it: ", who told", ", who said"
_WHO_SPOKE = re.compile(r"(?:,[^,]{0,40})?,\s+who\s+(?:also\s+)?(?:told|said|says|tells)\b")


def _speaking_agent(doc: _Article, mention: Mention) -> bool:
    """Is the person a passive's agent who then speaks in a relative clause ("Brazil was
    represented by Vice-President Hamilton Mourão, a retired army general, who told the
    meeting …")? That person is what the sentence is about, and a later "he" means them."""
    window = max(0, mention.start - 60)
    if _PASSIVE_BY.search(doc.text, window, mention.start) is None:
        return False
    return _WHO_SPOKE.match(doc.text, mention.end) is not None


# A possessor's own words introduced: "Von der Leyen's words in full:", "Lavrov's remarks:"
_OWN_WORDS_AFTER = re.compile(
    r"\s+(?:own\s+)?(?:words|remarks|comments|statement|message)\b[^.;\"“]{0,20}:",
    re.IGNORECASE,
)


def _sentence_subject(
    doc: _Article, sentence_id: int, before: int, person: bool, pronoun: str = ""
) -> Speaker | None:
    """The first named person (or institution) of a sentence, outside quotes, who can be
    ``pronoun`` ("she" is not a man the text calls "Mr")."""
    key = (sentence_id, person, pronoun)
    sentence = doc.article.sentences[sentence_id]
    end = min(sentence.end, before)
    cacheable = end == sentence.end
    if cacheable and key in doc._subjects:
        return doc._subjects[key]
    found = None
    fallback = None
    owner = None  # the possessor of "words" or "remarks" that introduce a quote
    governed_end = -1  # where the last name governed by a preposition ends
    # (not a name in a fronted clause: "Just as Pompeo did last week, Bolton warned …"; but
    # "When Nehammer travelled to Moscow, he was careful …" is his own clause's subject)
    main = _main_clause_start(doc, sentence.start, end)
    if not _opens_on_a_name(doc, main):
        main = sentence.start
    if person and _same_pronoun_first(doc, main, end, pronoun):
        # "In Kingston he thanked the governments …, declaring Nicolás Maduro's new term
        # illegitimate. '…,' he said": the sentence's own subject is the same "he", whom the
        # sentences before name, not a name inside it (a fronted clause's "When she proposed
        # the package, Ursula von der Leyen …" points forward: its main clause names her)
        return None
    for mention in doc.mentions_between(main, end):
        if doc.in_quote(mention.start):
            continue  # ('"Elliott will be a true asset …," he said': a name quoted, no subject)
        if person and mention.entity_type == "person" and _speaking_agent(doc, mention):
            found = _speaker(mention)  # "Brazil was represented by Vice-President Hamilton
            break  # Mourão, …, who told the meeting …": the agent who speaks is the subject
        if _governed(doc, mention, sentence.start) or _joined_to(doc, mention, governed_end):
            # "choose between Guaidó and Maduro": both names are the preposition's
            governed_end = mention.end
            continue
        if (mention.entity_type == "person") != person:
            continue
        if person and _before_a_pronoun_subject(doc, mention):
            continue
        if _clashes(doc, mention.entity_id, pronoun):
            continue
        judged = _speaker(mention) if person else _classify(doc, mention)
        if not isinstance(judged, Speaker) or (judged.entity_type == "person") != person:
            continue
        if doc.text[mention.end : mention.end + 2] in {"'s", "’s"}:
            # "Guaidó's wife, Fabiana Rosales, met Trump": the possessor is the subject only
            # when nobody else is ("Maduro's speech lasted an hour")
            fallback = fallback or judged
            if _OWN_WORDS_AFTER.match(doc.text, mention.end + 2):
                owner = judged  # "Von der Leyen's words in full: '…,' she told reporters"
            continue
        slot = _word_before(doc, mention.start, sentence.start)
        if (
            slot in SUBJECT_SLOT
            and slot not in TIME_CLAUSE_OPENERS
            and not _predicative(doc, mention)
        ):
            found = judged
            break
        # ("…, three days after Commission President X announced it": a clause of time's
        # subject is the sentence's only if nobody else is)
        fallback = fallback or judged  # "which recognised Mr Guaidó": an object, if nothing else
    if not cacheable and pronoun and not found and owner is not None:
        found = owner  # the one whose words the sentence introduces is the pronoun
    if not cacheable and pronoun and not found:
        # the pronoun's own sentence: what stands before it is a fronted phrase ("In a letter
        # to Mr Vázquez and to Mexico's president, X, he thanked them"), whose names are not
        # the subject the pronoun is; the sentences before have it
        return None
    if person and _opens_on_a_pronoun(doc, sentence.start, end):
        # "He told the ministers that tolerating Maduro's hold …", "He ruled out talks for as
        # long as Mr Putin remained in office": the sentence's subject is a pronoun, so
        # whoever it names later is not whom a later "he" means either
        return None
    found = found or fallback
    if cacheable:
        doc._subjects[key] = found
    return found


_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")


def _joined_to(doc: _Article, mention: Mention, previous_end: int) -> bool:
    """Is the mention the second of a pair ("X and Y") whose first ends at ``previous_end``?"""
    if previous_end < 0 or previous_end > mention.start:
        return False
    return _JOINED.fullmatch(doc.text, previous_end, mention.start) is not None


# "recognised Guaidó as interim president", "described him as the legitimate president"
_PREDICATIVE_AS = re.compile(
    r"\b(?:recogni[sz]e[sd]?|recogni[sz]ing|named?|names|naming|described?|describes"
    r"|regard(?:s|ed)?|consider(?:s|ed)?|appointed|designated|hailed|acknowledged|accepted"
    r"|confirmed|installed|proclaimed|declared|treats?|treated)\s+"
    r"(?:[A-ZÀ-Þ][\w’'.-]*\s+){1,4}?(?:as\s+)(?:the\s+)?$"
    r"|\b(?:him|her|them|himself|herself)\s+as\s+(?:the\s+)?$"
)


def _predicative(doc: _Article, mention: Mention) -> bool:
    """Is the mention what "as" says someone named just before is ("recognised Guaidó as
    interim president")? Then "as" is no subordinator opening a clause, and the name no
    subject."""
    window = doc.text[max(0, mention.start - 60) : mention.start]
    return _PREDICATIVE_AS.search(window) is not None


_OPENING_PRONOUN = re.compile(r"\s*(?:[\"“]\s*)?(?:He|She)\b")


def _opens_on_a_pronoun(doc: _Article, start: int, end: int) -> bool:
    """Does the sentence open on "He" or "She" (its subject)?"""
    return _OPENING_PRONOUN.match(doc.text, start, end) is not None


_PRONOUN_SUBJECT_NEXT = re.compile(r"\s*,\s*(?:he|she)\b", re.IGNORECASE)


def _before_a_pronoun_subject(doc: _Article, mention: Mention) -> bool:
    """Does a subject pronoun follow the name right after a comma ("In a letter to Mexico's
    president, Andrés Manuel López Obrador, he thanked them")? The name closes a fronted
    phrase; the pronoun is the subject, someone named before."""
    return _PRONOUN_SUBJECT_NEXT.match(doc.text, mention.end) is not None


PRONOUN_CHAIN = 2  # paragraphs opened by the same pronoun a reference may reach past


def _chain_start(doc: _Article, paragraph: int, word: str) -> int:
    """The paragraph a pronoun's search starts in: the one before, or further back past
    short paragraphs that open with the same pronoun ("Justin Trudeau spoke on Monday. / He
    announced new measures. / '…,' he said"), as tabloid copy runs."""
    for _ in range(PRONOUN_CHAIN):
        if paragraph <= 0:
            break
        start, end = doc.paragraphs[paragraph]
        opening = doc.text[start:end].lstrip("\"“‘' ").split(None, 1)
        if not opening or opening[0].lower() != word:
            break
        paragraph -= 1
    return paragraph


def _quote_only(doc: _Article, paragraph: int) -> bool:
    """Is the paragraph one quotation and nothing else (a continuation of the quote before,
    whose speaker a "he" after it still means)?"""
    start, end = doc.paragraphs[paragraph]
    text = doc.text[start:end].strip()
    return (
        len(text) > 2
        and text[0] in '"“'
        and text[-1] in '"”'
        and not any(char in '"“”' for char in text[1:-1])
    )


def _resolve_pronoun(doc: _Article, position: int, word: str) -> Speaker | None:
    """The latest named subject or speaker in this or the previous paragraph."""
    person = word in PERSON_PRONOUNS
    floor_paragraph = _chain_start(doc, doc.paragraph_of(position) - 1, word)
    if floor_paragraph > 0 and _quote_only(doc, floor_paragraph):
        floor_paragraph -= 1  # '"…," Maduro told the crowd. / "…" / Earlier, he had written
    floor = doc.paragraphs[max(floor_paragraph, 0)][0]
    best: Speaker | None = None
    for speaker in reversed(doc.speakers):
        if speaker.position < position and (speaker.entity_type == "person") == person:
            if _clashes(doc, speaker.entity_id, word):
                continue
            if speaker.position >= floor:
                best = speaker
            break
    sentence_id = doc.article.sentence_of(position)
    while sentence_id >= 0 and doc.article.sentences[sentence_id].end > floor:
        titled = _titled_subject(doc, sentence_id, position) if person else None
        if titled is not None:
            return titled  # 'Mayor Brandon Johnson … The mayor has rejected that. "…," he said'
        if person and _unnamed_subject(doc, sentence_id, position):
            return None  # 'The president said Mr Maduro … "…," he said': not Maduro
        subject = _sentence_subject(doc, sentence_id, position, person, word)
        if subject is not None and subject.position >= floor:
            if best is None or subject.position > best.position:
                best = subject
            break
        sentence_id -= 1
    if best is None or (word == "they" and _coordinated(doc, best.position)):
        return None  # "France and Spain met. … they said": a group we cannot give one id
    if person and any(best.position < p < position for p in doc.unnamed_speakers):
        return None  # '"…," the president told TV. He added: …': he is not the name before
    return Speaker(best.entity_id, best.name, best.entity_type, position)


# A sentence opened by an office-holder the text does not name, speaking: "The president
# said …", "The 35-year-old told reporters …".
_UNNAMED_SUBJECT = re.compile(
    r"[\"“‘']?(?:The|the)\s+(?:[\w’'-]+\s+){0,3}?(?:president|minister|secretary|chancellor"
    r"|spokesman|spokeswoman|spokesperson|official|envoy|ambassador|leader|\d+-year-old)"
    r"\s+(?:also\s+)?(?:said|says|told|tells|added|adds|insisted|warned|argued|claimed"
    r"|explained|noted|stressed)\b"
)


def _titled_subject(doc: _Article, sentence_id: int, position: int) -> Speaker | None:
    """The one person the article has given the title that opens this sentence (before
    ``position``) as its subject: "The mayor has rejected that" after "Mayor Brandon
    Johnson"; a later "he" is most likely that person. (Not a quote's own opening: '"The
    president has made it clear …," he said' is the speaker's words.)"""
    match = _opening_match(doc, sentence_id, position, _TITLE_SUBJECT)
    if match is None:
        return None
    return _holder_of_title(doc, " ".join(match.group(1).lower().split()), position)


def _opening_match(
    doc: _Article, sentence_id: int, position: int, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """The pattern matched at the start of the sentence, within its words before
    ``position`` (None when the sentence starts at or after it)."""
    sentence = doc.article.sentences[sentence_id]
    if sentence.start >= position:
        return None
    return pattern.match(doc.text, sentence.start, min(sentence.end, position))


def _unnamed_subject(doc: _Article, sentence_id: int, position: int) -> bool:
    """Does this sentence (before ``position``) open with an unnamed person speaking? Then a
    later "he" is most likely that person, not a name further on in the sentence."""
    match = _opening_match(doc, sentence_id, position, _UNNAMED_SUBJECT)
    if match is None:
        return False
    first = doc.mention_after(match.start())
    return first is None or first.start >= match.end()


def _clashes(doc: _Article, entity_id: str, pronoun: str) -> bool:
    """Does the text's own honorific for this person contradict the pronoun?"""
    if pronoun not in PERSON_PRONOUNS:
        return False
    known = doc.article.pronoun_for(entity_id)
    return known is not None and known != pronoun


def _coordinated(doc: _Article, position: int) -> bool:
    """Is the mention at ``position`` one of a list ('France and Spain', 'France, Spain')?"""
    mention = doc.mention_after(position)
    if mention is None or mention.start != position:
        return False
    following = _words_after(doc, mention.end, 1)
    return bool(following) and following[0] in {"and", ",", "&", "or"}


# -- searching a window for the subject of a cue


_CONTRACTED = re.compile(r"['’](?:s|d|ll|re|ve)$")


def _candidates(doc: _Article, start: int, end: int) -> list[tuple[int, Mention | str]]:
    """Mentions and subject pronouns in [start, end), in text order."""
    items: list[tuple[int, Mention | str]] = [
        (m.start, m) for m in doc.mentions_between(start, end)
    ]
    tokens = doc.tokens(start, end)
    for index, token in enumerate(tokens):
        pronoun = _CONTRACTED.sub("", token.lower)  # "He's saying, …" is "he"
        if pronoun in PERSON_PRONOUNS or pronoun == "they":
            items.append((token.start, pronoun))
        elif token.lower == "it" and (index == 0 or tokens[index - 1].lower in SUBJECT_SLOT):
            items.append((token.start, token.lower))  # "it said", not "called it"
    items.sort(key=lambda item: item[0])
    return items


def _relative_clause(doc: _Article, start: int, cue: int) -> tuple[int, int] | None:
    """'Mr Guaidó, who spoke to Mr Hunt on Wednesday, said': the span of the relative clause,
    to the last comma before the verb (a list inside it has commas of its own: "Bolton, who
    branded Venezuela, Cuba and Nicaragua a troika, has said")."""
    matches = list(_RELATIVE.finditer(doc.text, start, cue))
    if not matches:
        return None
    closing = doc.text.rfind(",", matches[-1].end(), cue)
    if closing < 0 or ";" in doc.text[matches[-1].end() : closing]:
        return None
    if doc.text[closing + 1 : cue].strip(" ,").count(" ") > 2:
        return None  # only a relative clause right before the cue sits between subject and verb
    return matches[-1].start(), closing + 1


def _first_subject(doc: _Article, start: int, cue: int) -> _Judged:
    """The clause's own subject, for a participle set off by a comma ("Pompeo met Guaidó,
    telling him: …"): the first candidate that can speak, not the object nearest the cue."""
    for position, item in _candidates(doc, start, cue):
        if isinstance(item, str):
            return _resolve_pronoun(doc, position, item) or STOP
        judged = _judge(doc, item, start)
        if judged is not None:
            return judged
    return _subject_before(doc, start, cue)


def _subject_before(doc: _Article, start: int, cue: int) -> _Judged:
    """The nearest candidate before the cue that can be its subject."""
    skip = _relative_clause(doc, start, cue)
    for position, item in reversed(_candidates(doc, start, cue)):
        if skip is not None and skip[0] <= position < skip[1]:
            continue
        if isinstance(item, str):
            return _resolve_pronoun(doc, position, item) or STOP
        judged = _judge(doc, item, start)
        if judged is not None:
            return judged
    return (
        _title_holder(doc, start, cue)
        or _institution_named_before(doc, start, cue)
        or _company_named_before(doc, start, cue)
        or _document_author(doc, start, cue)
    )


# "the company said": a company named before speaks
_DEFINITE_COMPANY = re.compile(
    r"\bthe\s+(?:company|firm)\s+(?:also\s+|later\s+|then\s+|further\s+)?$", re.IGNORECASE
)


def _company_named_before(doc: _Article, start: int, cue: int) -> Speaker | None:
    """'"…," the company said' after "Chevron, the last big US oil company in Venezuela, has
    …": the company that opens the sentence right before the quote's as its subject, when
    it is the one company that sentence names."""
    match = _DEFINITE_COMPANY.search(doc.text, max(start, cue - 40), cue)
    if match is None:
        return None
    own = doc.sentence_start(match.start())
    previous = doc.sentence_start(max(0, own - 1))
    companies = [
        mention
        for mention in doc.mentions_between(previous, own)
        if mention.entity_id in doc.article.companies
    ]
    if len({mention.entity_id for mention in companies}) != 1:
        return None  # none, or two firms the noun may point at
    opening = doc.text[previous : companies[0].start].strip()
    return _speaker(companies[0]) if opening.lower() in {"", "the"} else None


# "the statement said": a document named before, which its author issued.
_DEFINITE_DOCUMENT = re.compile(
    r"\bthe\s+(?:joint\s+|written\s+|final\s+|press\s+|news\s+)?"
    r"(statement|declaration|communiqu[eé]|letter|release)"
    r"\s+(?:also\s+|later\s+|then\s+|further\s+)?$",
    re.IGNORECASE,
)
_DOCUMENT_BY = re.compile(r"\s+(?:from|by|issued\s+by|released\s+by)\s+")


def _document_author(doc: _Article, start: int, cue: int) -> Speaker | None:
    """'"…," the statement said' after "Mogherini said in a statement" or "a statement from
    the Lima Group" (within a few sentences): the document's author, the speaker nearest
    before the noun in the sentence that named it (or the name after "from"/"by")."""
    match = _DEFINITE_DOCUMENT.search(doc.text, max(start, cue - 40), cue)
    if match is None:
        return None
    return _author_of(doc, match.group(1).lower(), match.start())


def _author_of(doc: _Article, noun: str, before: int) -> Speaker | None:
    """Who issued the document ``noun`` names, from where it was named before ``before``."""
    first = max(0, before - INSTITUTION_REACH)
    named = doc.article.lowered().rfind(noun, first, before)
    if named < 0:
        return None
    by = _DOCUMENT_BY.match(doc.text, named + len(noun))
    if by is not None:
        author = doc.mention_after(by.end())
        if author is not None and author.start == by.end():
            judged = _judge(doc, author, by.end())
            return judged if isinstance(judged, Speaker) else None
    opening = doc.sentence_start(named)
    for mention in reversed(doc.mentions_between(opening, named)):
        judged = _judge(doc, mention, opening)
        if isinstance(judged, Speaker):
            return judged  # the nearest: "… but its chief, Federica Mogherini, said in a …"
    return None


# "the president said": an office named right before the cue, with no name of its own.
# "the German chancellor" (a word before the title, never the title's own "vice")
_THE_TITLE = (
    r"the\s+(?:(?!vice\b|deputy\b)[A-Z][a-z]+\s+)?"
    r"(vice[\s-]president|president|prime\s+minister|chancellor|secretary\s+of\s+state"
    r"|foreign\s+minister"
    r"|foreign\s+secretary|pope|envoy|special\s+envoy|ambassador|senator|secretary[\s-]general"
    r"|high\s+commissioner|archbishop|cardinal|king|queen|secretary|minister|mayor|governor"
    r"|spokes(?:man|woman|person))"
)
# A sentence opened by a definite title as its subject: "The mayor has rejected that."
_TITLE_SUBJECT = re.compile(
    rf"{_THE_TITLE}\s+(?:has|had|is|was|also|then|later|[a-z]+ed)\b", re.IGNORECASE
)
_DEFINITE_TITLE = re.compile(
    rf"\b{_THE_TITLE}"
    r"\s+(?:also\s+|later\s+|then\s+)?(?:(?:was|is)\s+quoted\s+as\s+)?$",
    re.IGNORECASE,
)


# "the diplomat said", "the official told reporters", "the ministry said": one speaking for
# a state named before.
_DEFINITE_INSTITUTION = re.compile(
    r"\b(the|its)\s+(?:(?:senior|same|european|western|foreign|federal|national|interim)\s+)?"
    r"(diplomat|official"
    r"|spokesman|spokeswoman|spokesperson|ministry|embassy|government|council|commission)"
    r"\s+(?:also\s+|later\s+|then\s+|further\s+)?$",
    re.IGNORECASE,
)
# The same nouns right after an inverted cue: '"…," said the government.'
_INVERTED_INSTITUTION = re.compile(
    r"\s*(the|its)\s+(?:foreign\s+|federal\s+)?(ministry|government|statement|council|commission)\b",
    re.IGNORECASE,
)
# Nouns of a state's own voice: a state that spoke just before is whose they are
STATE_VOICES = frozenset({"ministry", "government"})
# Nouns a body's own name holds: "the council" after "the Council of the EU"
BODY_NAMES = frozenset({"council", "commission"})
INSTITUTION_REACH = 800  # characters back to "a German diplomat"


def _institution_named_before(doc: _Article, start: int, cue: int) -> Speaker | None:
    """'"…," the diplomat said' after "a German diplomat" earlier: the state that person
    speaks for, if the nearest such noun before names one."""
    match = _DEFINITE_INSTITUTION.search(doc.text, max(start, cue - 40), cue)
    if match is None:
        return None
    return _institution_before(doc, match.group(2).lower(), match.start())


def _institution_before(doc: _Article, noun: str, before: int) -> Speaker | None:
    """The state a body or official named by ``noun`` speaks for: the nearest "<state>
    <noun>" before (within a few sentences), else for a ministry or government the state
    that spoke last ("Russia said it has banned …" / '"…," the foreign ministry said')."""
    first = max(0, before - INSTITUTION_REACH)
    mentions = doc.mentions_between(first, before)
    for mention in reversed(mentions):
        if mention.entity_type == "person":
            continue
        _, following = _possessive(_words_after(doc, mention.end))
        if noun in following[:4] and _phrase_after(following) == "institution":
            return _speaker(mention)
        if noun in BODY_NAMES and noun in mention.surface.lower().split():
            return _speaker(mention)  # "The Council of the EU extended … the council stressed"
    if noun not in STATE_VOICES:
        return None
    for mention in reversed(mentions):
        if mention.entity_type != "country" or mention.kind == "demonym":
            continue
        if doc.in_quote(mention.start):
            continue
        following = _words_after(doc, mention.end, 4)
        if following[:1] and following[0] in FINITE_CUES:
            return _speaker(mention)  # "Russia said Wednesday it has banned …"
    # else the state that opens the nearest sentence before as its subject ("Russia has
    # banned entry to … '…,' the foreign ministry said")
    for mention in reversed(mentions):
        if mention.entity_type == "country" and mention.kind != "demonym":
            opening = doc.text[doc.sentence_start(mention.start) : mention.start].strip()
            if opening.lower() in {"", "the"} and not doc.in_quote(mention.start):
                return _speaker(mention)
    return None


def _institution_after(doc: _Article, cue_end: int) -> Speaker | None:
    """'"…," said the statement', '"…," said the government': the document's author, or the
    state whose government it is."""
    match = _INVERTED_INSTITUTION.match(doc.text, cue_end)
    if match is None:
        return None
    noun = match.group(2).lower()
    if noun == "statement":
        return _author_of(doc, noun, match.start())
    return _institution_before(doc, noun, cue_end)


def _title_holder(doc: _Article, start: int, cue: int) -> Speaker | None:
    """The one person the article has given that title before ("President Donald Trump …
    the president said"); None when it gave it to nobody or to more than one person."""
    match = _DEFINITE_TITLE.search(doc.text, max(start, cue - 40), cue)
    if match is None:
        return None
    return _holder_of_title(doc, " ".join(match.group(1).lower().split()), match.start())


def _holder_of_title(doc: _Article, title: str, where: int) -> Speaker | None:
    """The one person given ``title`` before ``where`` (in the text, or by the case file for
    the person named last), speaking at ``where``."""
    holders: dict[str, Mention] = {}
    for mention in doc.article.mentions:
        if mention.start >= where:
            break
        if mention.entity_type == "person" and _titled(doc, mention, title):
            holders[mention.entity_id] = mention  # (the latest mention of each)
    nearby = _role_holder_nearby(doc, where, title)
    if nearby and not any(m.start >= _paragraph_floor(doc, where) for m in holders.values()):
        # "Volodymyr Zelensky has thanked the leaders … '…,' the president wrote": the
        # president named just before, by the case file's role, over one the text titled
        # paragraphs ago (von der Leyen, "the Commission president")
        holders = nearby
    if not holders:
        holders = nearby
    if len(holders) != 1:
        return None
    (holder,) = holders.values()
    return Speaker(holder.entity_id, holder.name, holder.entity_type, where)


# A definite title right after an inverted cue: '"…," said the minister.'
_DEFINITE_TITLE_AFTER = re.compile(rf"\s+{_THE_TITLE}\s*[.,;]", re.IGNORECASE)


def _title_holder_after(doc: _Article, cue_end: int) -> Speaker | None:
    """'"…," said the minister': the one person the article has given that title before, as
    '"…," the minister said' has it (see ``_title_holder``)."""
    match = _DEFINITE_TITLE_AFTER.match(doc.text, cue_end)
    if match is None:
        return None
    return _holder_of_title(doc, " ".join(match.group(1).lower().split()), cue_end)


def _paragraph_floor(doc: _Article, position: int) -> int:
    """Where the paragraph before ``position``'s own starts: how far "nearby" reaches."""
    return doc.paragraphs[max(doc.paragraph_of(position) - 1, 0)][0]


def _role_holder_nearby(doc: _Article, position: int, title: str) -> dict[str, Mention]:
    """The person named last before ``position``, in its paragraph or the one before, when
    the case file gives them that role ("Joe Biden has just spoken … '…,' the president
    said"); nothing when the text never titled anyone so and the nearest person is another."""
    floor = _paragraph_floor(doc, position)
    people = [m for m in doc.mentions_between(floor, position) if m.entity_type == "person"]
    if not people or doc.article.roles.get(people[-1].entity_id) != title:
        return {}
    holders = {m.entity_id: m for m in people if doc.article.roles.get(m.entity_id) == title}
    # ("Joe Biden spoke with Emmanuel Macron. '…,' the president said": both are presidents)
    return holders if len(holders) == 1 else {}


def _titled(doc: _Article, mention: Mention, title: str) -> bool:
    """Does the text give this mention the title, before it ("President Donald Trump", "US
    Secretary of State Mike Pompeo") or in an apposition after it (", the US president,")?"""
    before = " ".join(doc.text[max(0, mention.start - 40) : mention.start].lower().split())
    after = " ".join(doc.text[mention.end : mention.end + 50].lower().split())
    # a whole title, not "vice-president", "deputy prime minister", "former president"
    # ("the secretary" is also "Secretary of State Mike Pompeo", "Secretary of the Treasury …")
    office = rf"{title}(?: of(?: the)? [a-z]+)?$"
    titled_before = re.search(rf"(?:^|\s){office}", before) is not None
    if mention.surface.lower().startswith(f"{title} "):
        return True  # the title is part of the name found: "Pope Francis"
    if titled_before and not re.search(rf"(?:{_LESSER_TITLES})[\s-]+{office}", before):
        return True
    apposition = re.match(rf"^, (?:the |a )?((?:[\w.'’-]+ ){{0,2}}){title}\b", after)
    return apposition is not None and not re.search(_LESSER_TITLES, apposition.group(1))


_LESSER_TITLES = r"\b(?:vice|deputy|former|ex|acting|first)\b"


def _title_like(doc: _Article, token: _Token) -> bool:
    word = token.lower
    return (
        word in {"the", "a", "an", "-", ","}
        or word in ROLE_NOUNS
        or word in PHRASE_MODIFIERS
        or doc.text[token.start].isupper()
    )


def _subject_after(doc: _Article, cue_end: int, end: int, loose: bool) -> _Judged:
    """'said US President Donald Trump'; loose: 'according to a statement from the ministry'."""
    candidates = list(_candidates(doc, cue_end, end))
    if not loose:
        titled = _named_after_a_title(doc, cue_end, candidates)
        if titled is not None:  # "said the UNHCR representative in Colombia, Yukiko Iriyama"
            judged = _classify(doc, titled)
            if judged is not None:
                return judged
    title_end = -1  # where a body's name read as the person's title ends
    for rank, (position, item) in enumerate(candidates):
        following = candidates[rank + 1][1] if rank + 1 < len(candidates) else None
        if _title_of_next(doc, item, following):
            title_end = item.end  # "said UN High Commissioner for Refugees Filippo Grandi"
            continue
        gap = [t for t in doc.tokens(cue_end, position) if t.start >= title_end]
        if loose and len(gap) > 8:
            return None
        if (
            not loose
            and not all(
                _title_like(doc, token)
                or _part_of_name(token, item)
                or _placing_a_title(doc, gap, at)
                for at, token in enumerate(gap)
            )
            and not _occupation_before(doc, gap, item)
        ):
            return None
        if isinstance(item, str):
            return _resolve_pronoun(doc, position, item) or STOP
        if _compound_modifier(doc, item):
            return None  # "said a Caracas-based oil consultant": an unnamed speaker
        judged = _classify(doc, item)
        if judged is not None:
            return judged
    return None


# people.TITLE_PLACE_PREPOSITIONS and "of" ("the head of the agency, X"): a copy, as this
# module imports people only lazily (it loads spaCy)
TITLE_PLACING_PREPOSITIONS = _vocabulary("in to for at of")


def _named_after_a_title(
    doc: _Article, cue_end: int, candidates: list[tuple[int, Mention | str]]
) -> Mention | None:
    """The person set off after a whole title phrase ("said the UNHCR deputy representative
    in Colombia, Yukiko Iriyama"): the phrase holds only title words, names and prepositions
    placing the title, so the bodies and states in it place the office and the person
    speaks."""
    for position, item in candidates:
        if isinstance(item, str) or item.entity_type != "person":
            continue
        comma = doc.text.rfind(",", cue_end, position)
        if comma < 0 or doc.text[comma + 1 : position].strip():
            return None
        gap = doc.tokens(cue_end, comma)
        if len(gap) < 2 or not any(token.lower in ROLE_NOUNS for token in gap):
            return None
        fits = all(
            _title_like(doc, token) or _placing_a_title(doc, gap, at)
            for at, token in enumerate(gap)
        )
        return item if fits else None
    return None


def _placing_a_title(doc: _Article, gap: list[_Token], at: int) -> bool:
    """A preposition that places a title before a name ("said the UNHCR deputy
    representative in Colombia, Yukiko Iriyama", "the ambassador to the EU, …"): a role noun
    before it, a name or "the" after it."""
    if gap[at].lower not in TITLE_PLACING_PREPOSITIONS or at == 0:
        return False
    if at + 1 == len(gap):
        return gap[at - 1].lower in ROLE_NOUNS  # the name it places is the next mention
    following = gap[at + 1]
    return gap[at - 1].lower in ROLE_NOUNS and (
        following.lower == "the" or doc.text[following.start].isupper()
    )


OCCUPATION_REACH = 3  # words of "said retired oil worker Luis"


def _occupation_before(doc: _Article, gap: list[_Token], item: Mention | str) -> bool:
    """Is the gap before a person's name a bare occupation ("said taxi driver Luis", "said
    opposition lawmaker Juan Requesens"): a few lower-case words, no function word?"""
    if isinstance(item, str) or item.entity_type != "person":
        return False
    words = [token.lower for token in gap if not _title_like(doc, token)]
    return len(words) <= OCCUPATION_REACH and all(
        word.isalpha() and word not in PREPOSITIONS and word not in OCCUPATION_STOPS
        for word in words
    )


OCCUPATION_STOPS = _vocabulary("to and or but then also on in at by with of for that this")


def _compound_modifier(doc: _Article, mention: Mention) -> bool:
    """A name inside a hyphened compound ("Caracas-based", "US-backed"): a modifier of the
    noun after it, never the speaker."""
    return doc.text[mention.end : mention.end + 1] in {"-", "\u2011"}


def _title_of_next(doc: _Article, item: Mention | str, following: Mention | str | None) -> bool:
    """Is a body's name a title of the person named right after it ("UN High Commissioner for
    Refugees Filippo Grandi", the agency's alias being its head's title), or the start of
    one ("Kremlin spokesman Dmitry Peskov": a role noun or two between)?"""
    if isinstance(item, str) or following is None or isinstance(following, str):
        return False
    if item.entity_type not in {"org", "country"} or following.entity_type != "person":
        return False
    between = following.token_start - item.token_end
    if between == 0:
        return True
    if not 0 < between <= TITLE_GAP or item.kind == "demonym":
        return False  # ("Senegalese President Macky Sall" is read as a name with its title)
    gap = doc.tokens(item.end, following.start)
    return bool(gap) and all(_title_like(doc, token) for token in gap)  # ("spokesman")


TITLE_GAP = 3  # role words between a body's name and its person: "Kremlin spokesman"


def _part_of_name(token: _Token, item: Mention | str) -> bool:
    """A first name or a middle initial before a person matched by the surname alone
    ("said Steven T. Mnuchin", the case file naming Steven Mnuchin)."""
    if isinstance(item, str) or item.entity_type != "person":
        return False
    if token.lower == "." or (len(token.lower) == 1 and token.lower.isalpha()):
        return True
    return token.lower in item.name.lower().split()


def _cue_at(tokens: list[_Token], index: int) -> str | None:
    word = tokens[index].lower
    if word == "according":
        nxt = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        return "according to" if nxt == "to" else None
    if word in PHRASAL_CUES and index > 0 and tokens[index - 1].lower in PHRASAL_CUES[word]:
        return f"{tokens[index - 1].lower} {word}"  # "Maduro hit back:", "He went on:"
    if word in {"read", "reads"} and _document_before(tokens, index):
        return word  # '"…," the statement read.': a text's words, spoken by its issuer
    return word if word in CUES else None


# Texts whose words "read" quotes ('the statement read', 'the communique reads')
DOCUMENT_NOUNS = frozenset(
    "statement declaration communique communiqué letter note notice message text".split()
)


READ_ADVERBS = frozenset({"further", "also", "then", "later"})  # as _DEFINITE_DOCUMENT's


def _document_before(tokens: list[_Token], index: int) -> bool:
    """Does a text's noun stand right before "read", past one adverb ("the statement
    further read")?"""
    before = index - 1
    if before > 0 and tokens[before].lower in READ_ADVERBS:
        before -= 1
    return before >= 0 and tokens[before].lower in DOCUMENT_NOUNS


# Two-word cues, by their last word: the verbs before it.
PHRASAL_CUES = {
    "back": frozenset({"hit", "hits", "fired", "fires", "shot", "shoots", "struck", "wrote"}),
    "on": frozenset({"went", "goes"}),
    "in": frozenset({"weighed", "weighs", "chimed", "chimes"}),  # "Pompeo has weighed in: …"
}


# Cues whose object is the one spoken to: '"…," the vice president told Guaidó'.
ADDRESSEE_CUES = frozenset({"told", "tells", "tell", "asked", "asks", "urged", "urges"})


REPORT_OPENERS = frozenset({"that", "it", "he", "she", "they", "we", "i"})


def _reports_anew(tokens: list[_Token], index: int) -> bool:
    """Is the speech cue at ``index`` of the sentence after a closed quotation a report of its
    own: a second predicate ("… called the decision unjust and said it would …") or a cue
    with a clause of its own ("Blinken said that …", "said it would …")? Not '"…?" President
    Zelensky said in his nightly address', which attributes the quotation."""
    adverb = index > 1 and (
        tokens[index - 1].lower.endswith("ly") or tokens[index - 1].lower in JOINING_ADVERBS
    )
    joined = index - 1 - adverb
    if joined >= 0 and tokens[joined].lower in {"and", "but"}:
        return True  # ("and said", "and later said"; not an "and" inside an apposition)
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    # ("said it would …"; "it" as the cue's object, "would not explain it", is no
    # attribution either)
    return following in REPORT_OPENERS


JOINING_ADVERBS = frozenset({"later", "then", "also", "again", "earlier"})


def _closed_before(doc: _Article, span: QuoteSpan) -> bool:
    """Does the quotation end its own sentence inside the marks ('"… obligations."'), so
    that what follows starts a sentence of its own?"""
    assert span.close_at is not None
    return doc.text[span.close_at - 1 : span.close_at] in {".", "!", "?"}


def _from_tail(doc: _Article, span: QuoteSpan) -> Attribution:
    """'“…,” X said.' — an attribution in the words right after the closing mark."""
    if span.close_at is None:
        return NO_ATTRIBUTION
    start = span.close_at + 1
    end = doc.sentence_end(start)
    following = bisect_right(doc.interval_starts, span.close_at)
    if following < len(doc.intervals):
        end = min(end, doc.intervals[following][0])
    tokens = doc.tokens(start, end)
    for index, token in enumerate(tokens[:TAIL_REACH]):
        cue = _cue_at(tokens, index)
        quoted_as = index > 0 and tokens[index - 1].lower == "as"  # "was quoted as saying"
        if cue is None or (cue in PARTICIPLE_CUES and not quoted_as):
            continue  # "“…,” he said, adding that …": a participle looks ahead, not back
        if _closed_before(doc, span) and _reports_anew(tokens, index):
            # '"… our legal obligations." Nayara called the decision unjust and said it
            # would …': a new sentence with a report of its own, no attribution
            return NO_ATTRIBUTION
        if cue == "according to":
            judged = _subject_after(doc, tokens[index + 1].end, end, loose=True)
        else:
            judged = _subject_before(doc, start, token.start)
            if judged is None and cue not in ADDRESSEE_CUES:
                # "said X"; but "told X" names the one spoken to
                judged = _subject_after(doc, token.end, end, loose=False)
            if judged is None and cue not in ADDRESSEE_CUES:
                judged = _institution_after(doc, token.end)  # '"…," said the statement'
            if judged is None and cue not in ADDRESSEE_CUES:
                judged = _title_holder_after(doc, token.end)  # '"…," said the minister'

        speaker = judged if isinstance(judged, Speaker) else None
        return Attribution(speaker, cue, True)
    return _dash_byline(doc, start)


# A pull quote signed after a dash: '"…" – Jeremy Hunt', '"…" — Mike Pompeo, US secretary'.
_DASH_BYLINE = re.compile(r"[ 	]*[–—-][ 	]*")


def _dash_byline(doc: _Article, start: int) -> Attribution:
    """The name after a dash right after the closing mark, ending its paragraph (or followed
    by a comma and a title): the pull quote's speaker."""
    dash = _DASH_BYLINE.match(doc.text, start)
    if dash is None or dash.end() == start:
        return NO_ATTRIBUTION
    mention = doc.mention_after(dash.end())
    if mention is None or mention.start != dash.end():
        return NO_ATTRIBUTION
    paragraph_end = doc.paragraphs[doc.paragraph_of(start)][1]
    rest = doc.text[mention.end : paragraph_end].strip()
    if rest and not rest.startswith(","):
        return NO_ATTRIBUTION
    judged = _classify(doc, mention)
    return Attribution(judged if isinstance(judged, Speaker) else None, None, True)


def _from_head(doc: _Article, span: QuoteSpan, head_start: int) -> Attribution:
    """'X said: “…”', 'X told reporters that “…”', 'X tweeted …, writing that “…”'."""
    tokens = doc.tokens(head_start, span.open_at)
    cues = [(index, cue) for index in range(len(tokens)) if (cue := _cue_at(tokens, index))]
    if not cues:
        return _from_label(doc, span, head_start)
    index, cue = cues[-1]
    if cue == "according to":
        judged = _subject_after(doc, tokens[index + 1].end, span.open_at, loose=True)
    elif cue in PARTICIPLE_CUES:
        finite = [i for i, c in cues if c in FINITE_CUES and i < index]
        anchor = tokens[finite[-1]].start if finite else tokens[index].start
        if not finite and index > 0 and tokens[index - 1].lower == ",":
            judged = _first_subject(doc, head_start, anchor)  # "X met Y, telling him: …"
        else:
            judged = _subject_before(doc, head_start, anchor)
    elif cue in BASE_CUES and index > 0 and tokens[index - 1].lower == "to":
        judged = _clause_subject(doc, head_start, tokens[index].start)
    elif index > 0 and tokens[index - 1].lower in {"and", "but"}:
        # "Maduro accused Washington of … and told his supporters: …": the second verb
        # shares the clause's subject, not the object of the first
        judged = _subject_before(doc, head_start, tokens[index].start)
        if not isinstance(judged, Speaker) or _not_the_subject(doc, judged.position, head_start):
            main = _main_clause_start(doc, head_start, tokens[index].start)
            subject = _first_subject(doc, main, tokens[index].start)
            judged = subject if isinstance(subject, Speaker) else judged
    else:
        judged = _subject_before(doc, head_start, tokens[index].start)
    speaker = judged if isinstance(judged, Speaker) else None
    return Attribution(speaker, cue, True)


# Past-tense verbs without "-ed" that take a person or state as their object
IRREGULAR_PAST = _vocabulary("met told urged asked saw gave sent hit left won beat struck")


def _not_the_subject(doc: _Article, position: int, floor: int) -> bool:
    """Is the name at ``position`` the object of a verb right before it ("accused
    Washington") or a relative clause's subject ("whom Trump recognised")? (A title before a
    name is no verb: "spokeswoman Maria Zakharova".)"""
    word = _word_before(doc, position, floor)
    if word in {"whom", "who", "which", "that"}:
        return True
    return (word.endswith("ed") and word.isalpha()) or word in IRREGULAR_PAST


_FRONTED_CLAUSE = re.compile(
    r"\s*[\"“]?\s*(?:(?:Just\s+)?(?:When|As|After|While|Before|If|Since|Although|Though"
    r"|Once|Until)\b[^,.;:\"“”]{0,120}"
    # (or a fronted phrase whose own clause holds a pronoun: "In an audio message released
    # after he landed, González said": the pronoun points forward to the main clause's name)
    r"|(?:In|On|At|During|Speaking|Writing|Shortly|Hours|Minutes)\b[^,.;:\"“”]{0,100}"
    r"\b(?:he|she)\b[^,.;:\"“”]{0,60}),",
    re.IGNORECASE,
)


def _opens_on_a_name(doc: _Article, position: int) -> bool:
    """Does a name start right at ``position`` (past spaces and a title)?"""
    mention = doc.mention_after(position)
    if mention is None:
        return False
    between = doc.text[position : mention.start].split()
    return len(between) <= 3 and all(word[:1].isupper() for word in between)


def _main_clause_start(doc: _Article, start: int, cue: int) -> int:
    """Past a fronted subordinate clause ("When Pompeo arrived in Cúcuta, Duque …"): the
    main clause, whose subject the verbs after it share."""
    match = _FRONTED_CLAUSE.match(doc.text, start, cue)
    return match.end() if match is not None else start


def _clause_subject(doc: _Article, start: int, cue: int) -> _Judged:
    """The nearest candidate before an infinitive cue that stands in a subject's slot: "X
    phoned Y to tell him: …" is X speaking, not Y, the object of "phoned"."""
    for position, item in reversed(_candidates(doc, start, cue)):
        if isinstance(item, str):
            return _resolve_pronoun(doc, position, item) or STOP
        if _word_before(doc, item.start, start) not in SUBJECT_SLOT:
            continue  # an object ("phoned Maduro") or a prepositional phrase ("with Mr X")
        judged = _judge(doc, item, start)
        if judged is not None:
            return judged
    return None


def _from_label(doc: _Article, span: QuoteSpan, head_start: int) -> Attribution:
    """'Juan Guaidó: “…”' — a name and a colon right before the quote (captions, transcripts)."""
    head = doc.text[head_start : span.open_at].rstrip()
    if not head.endswith(":"):
        return NO_ATTRIBUTION
    mention = doc.mention_before(len(head) + head_start)
    if (
        mention is not None
        and mention.entity_type in {"person", "org"}
        and mention.start >= head_start
        and not doc.text[mention.end : head_start + len(head) - 1].strip()
        and not _governed(doc, mention, head_start)  # "a message for Trump: “…”"
    ):
        return Attribution(_speaker(mention), None, True)
    return _addressed(doc, head_start, head_start + len(head) - 1)


# Verbs that turn to someone before a colon and the words said: "Pence addressed Mr Guaidó
# directly: “…”". (Other verbs before a colon introduce no speech: "The message was clear:".)
ADDRESSING_VERBS = _vocabulary(
    """addressed turned appealed pleaded spoke responded replied answered concluded began
    ended continued"""
)


def _addressed(doc: _Article, start: int, colon: int) -> Attribution:
    """'X addressed Y directly: “…”': the clause's subject speaks when its verb addresses."""
    tokens = doc.tokens(start, colon)
    if not any(token.lower in ADDRESSING_VERBS for token in tokens):
        return NO_ATTRIBUTION
    verb = next(token for token in tokens if token.lower in ADDRESSING_VERBS)
    judged = _first_subject(doc, start, verb.start)
    if not isinstance(judged, Speaker):
        return NO_ATTRIBUTION
    return Attribution(judged, verb.lower, True)


def _head_introduces(doc: _Article, span: QuoteSpan, head_start: int) -> bool:
    """Does an attribution lead straight into the quote ('said:', 'that', 'said,')?"""
    tokens = [t for t in doc.tokens(head_start, span.open_at) if t.lower not in {":", ","}]
    return bool(tokens) and tokens[-1].lower in INTRODUCERS


def _head_speaks(doc: _Article, span: QuoteSpan, head_start: int) -> bool:
    """A speech verb before a quote that closes its own sentence ('He told reporters this
    week, "… mediator."'): the head attributes it, not a speech verb in the next sentence
    ("Uruguay's president says much the same thing")."""
    if not span.text.rstrip().endswith((".", "?", "!")):
        return False
    tokens = doc.tokens(head_start, span.open_at)
    return any(_cue_at(tokens, index) is not None for index in range(len(tokens)))


def _attribute(doc: _Article, span: QuoteSpan, head_start: int) -> Attribution:
    readers = (_from_tail, lambda d, s: _from_head(d, s, head_start))
    if _head_introduces(doc, span, head_start) or _head_speaks(doc, span, head_start):
        readers = readers[::-1]
    found = NO_ATTRIBUTION
    for read in readers:
        result = read(doc, span)
        if result.speaker is not None:
            return result
        if result.found and not found.found:
            found = result
    return found


# -- judgement: a whole quoted sentence or clause


def score_words(text: str) -> list[str]:
    """Words as the contract's matching key counts them (punctuation stripped)."""
    return _SCORE_STRIP.sub("", text.lower()).split()


# Auxiliaries and copulas: a quoted clause has one of them (or a cue verb) near its start.
FINITE_VERBS = frozenset(
    "is are was were has have had will would can could must should shall may might do does "
    "did isnt arent wasnt werent wont cant dont doesnt didnt".split()  # as score_words has them
)


# Words into a quote its finite verb may stand, past a long subject ("the electric war
# announced and directed by American imperialism against our people will be defeated")
FINITE_VERB_REACH = 16


def _has_finite_verb(quoted: str) -> bool:
    return any(word in FINITE_VERBS for word in score_words(quoted)[:FINITE_VERB_REACH])


def _has_past_tense(quoted: str) -> bool:
    """A word in "-ed" among the first words of a quote: a past-tense verb, most likely."""
    return any(
        len(word) > 4 and word.endswith("ed") for word in score_words(quoted)[:FINITE_VERB_REACH]
    )


def _opens_with_according_to(words: list[str]) -> bool:
    """Does the head before the quote start 'According to X' (a speaker, then the quote)?"""
    return words[:2] == ["according", "to"]


# A live blog's time stamp before an entry: "06:22", "14.05 GMT", "9:30am ET -".
_TIMESTAMP = re.compile(
    r"\s*[-–—•]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|CET|UTC|ET|EST|EDT|PT|local)?"
    r"\s*[-–—:|]?\s*",
    re.IGNORECASE,
)


def _is_whole_clause(doc: _Article, span: QuoteSpan, head_start: int) -> bool:
    """Four or more words that read as a sentence or clause, not a phrase in the reporter's."""
    if len(score_words(span.text)) < MIN_WORDS:
        return False
    prefix = doc.text[head_start : span.open_at].rstrip()
    if prefix.endswith(":") or not any(char.isalnum() for char in prefix):
        return True  # opens its sentence or paragraph (after a dash or bullet at most)
    if _TIMESTAMP.fullmatch(prefix):
        return True  # a live blog's entry: '06:22 “The moment is now,” López told reporters.'

    first = next((char for char in span.text if char.isalnum()), "")
    if not first or first.isdigit():
        return False
    tokens = doc.tokens(head_start, span.open_at)
    words = [t.lower for t in tokens if t.lower not in {","}]
    if prefix.endswith(",") and len(words) >= 1 and words[-1] in CUES:
        return True  # '“…,” he said, “and …”': the rest of a split quoted sentence
    if not first.isupper():
        # 'wrote that "all options are on the table"': a whole clause, lower case or not; a
        # phrase after "that" ('said that "historic"') has no verb of its own
        # ('According to Mr Bolton, "all options are on the table"' is one too)
        # ('Mr Trump said "all options are on the table"': right after the speech verb)
        introduced = bool(words) and (words[-1] == "that" or words[-1] in CUES)
        according = prefix.endswith(",") and _opens_with_according_to(words)
        # (after "that" a past tense is the clause's verb too: 'told the meeting that "the
        # tyrant in Caracas danced as his henchmen burned food"')
        past = words[-1:] == ["that"] and _has_past_tense(span.text)
        return (introduced or according) and (_has_finite_verb(span.text) or past)
    if words and words[-1] in INTRODUCERS:
        return True
    return any(_cue_at(tokens, i) for i in range(max(len(tokens) - 6, 0), len(tokens)))


# --- rows --------------------------------------------------------------------------------------


@dataclass
class _Quote:
    span: QuoteSpan
    head_start: int
    paragraph: int
    opens_paragraph: bool
    whole: bool
    speaker: Speaker | None = None
    cue: str | None = None


def _layout(doc: _Article) -> list[_Quote]:
    """Each quote with its sentence start, paragraph and the whole-clause judgement."""
    quotes = []
    for span in doc.spans:
        head_start = doc.sentence_start(span.open_at)
        paragraph = doc.paragraph_of(span.open_at)
        opens = not doc.text[doc.paragraphs[paragraph][0] : span.open_at].strip()
        if opens and paragraph > 0:
            head_start = _introduced_above(doc, paragraph - 1, head_start)
        else:
            head_start = _said_just_before(doc, span, head_start)
        whole = _is_whole_clause(doc, span, head_start)
        quotes.append(_Quote(span, head_start, paragraph, opens, whole))
    return quotes


# A sentence that ends on its speech verb, or on the channel it spoke through: "Jeremy Hunt
# said via social media.", "The ministry wrote on Telegram."
_SAID_AND_NOTHING_MORE = re.compile(
    r"\b(?:said|says|wrote|writes|tweeted|posted|added)"
    r"(?:\s+(?:via|on|in|at|through|during)\s+[^,.;:\"“”]{1,40})?\.$"
)


def _said_just_before(doc: _Article, span: QuoteSpan, head_start: int) -> int:
    """A quote that is a whole sentence of its own, right after a sentence of the same
    paragraph that ends on its speech verb ('British Foreign Secretary Jeremy Hunt said via
    social media. "UK … now recognises …"'): that sentence is the quote's head, as a colon
    would make it. Not when the quote carries its own attribution after it."""
    if doc.text[head_start : span.open_at].strip() or span.close_at is None:
        return head_start
    after = doc.text[span.close_at + 1 : doc.sentence_end(span.close_at)]
    if after.strip(" .!?\n"):
        return head_start  # '"…," Guaidó said.': its own speaker
    before = doc.text[:head_start].rstrip()
    if not before or doc.in_quote(len(before) - 1):
        return head_start
    start = doc.sentence_start(len(before) - 1)
    if doc.paragraph_of(start) != doc.paragraph_of(span.open_at):
        return head_start
    sentence = before[start:]
    if any(mark in sentence for mark in '"“”') or not _SAID_AND_NOTHING_MORE.search(sentence):
        return head_start
    return start


def _introduced_above(doc: _Article, paragraph: int, head_start: int) -> int:
    """A quote opening its paragraph, the paragraph above ending on a colon ("Mr Peskov told
    reporters:"): that last sentence above is the quote's head, read as 'X said: "…"' is."""
    start, end = doc.paragraphs[paragraph]
    above = doc.text[start:end].rstrip()
    if not above.endswith(":") or doc.in_quote(start + len(above) - 1):
        return head_start
    return doc.sentence_start(start + len(above) - 1)


def _linked(previous: _Quote, quote: _Quote) -> bool:
    """Can ``quote`` inherit the speaker of ``previous``: the same paragraph, or a quote
    paragraph right after it."""
    return previous.paragraph == quote.paragraph or (
        previous.paragraph == quote.paragraph - 1 and quote.opens_paragraph
    )


def _assign_speakers(doc: _Article, quotes: list[_Quote], every: bool = False) -> None:
    """Attribute each quote, in order; an unattributed one inherits from a linked predecessor.

    A fragment's attribution is only worked out when the next quote could inherit from it
    (or with ``every``, for the speaker of a "we" inside it): on its own it is never emitted,
    and attribution is the costly part.
    """
    previous: _Quote | None = None
    for index, quote in enumerate(quotes):
        following = quotes[index + 1] if index + 1 < len(quotes) else None
        if every or quote.whole or (following is not None and _linked(quote, following)):
            attribution = _attribute(doc, quote.span, quote.head_start)
            if attribution.speaker is not None:
                doc.speakers.append(attribution.speaker)
            elif attribution.found:
                doc.unnamed_speakers.append(quote.span.open_at)
            quote.speaker, quote.cue = attribution.speaker, attribution.cue
            if not attribution.found and previous is not None and _linked(previous, quote):
                quote.speaker, quote.cue = previous.speaker, previous.cue
        previous = quote


def _surname_label(doc: _Article, label: str, before: int) -> list[Mention]:
    """ "POPESCU:" after "Moldova's foreign minister Nicu Popescu": the people named in full
    before the label whose surname it is (a label in capitals matches no alias)."""
    surname = _name_fold(label.split()[-1])
    return [
        m
        for m in doc.article.mentions
        if m.start < before
        and m.entity_type == "person"
        and len(m.surface.split()) >= 2
        and _name_fold(m.surface.split()[-1]) == surname
    ]


def _name_fold(word: str) -> str:
    """A name compared across a label's capitals and the text's accents ("AYDIN", "Aydın"):
    the annotation's own accent folding, lower-cased."""
    from ..document import fold  # (spaCy is loaded by then: labels need an article)

    return fold(word).lower()


_STAGE_DIRECTION = re.compile(r"\((?:through\s+interpreter|[^()\n]{1,40})\)\s*", re.IGNORECASE)


def _label_is_a_name(text: str, start: int, end: int, named: list[Mention]) -> bool:
    """Does the label hold nothing but the names and their titles ("PRESIDENT TRUMP",
    "NATIONAL SECURITY ADVISER JOHN BOLTON", "SECRETARY OF STATE MIKE POMPEO"), not a heading
    that mentions someone ("FRIENDS OF MADURO", "WHO SAID IT")?"""
    from ..people import TITLE_WORDS  # (spaCy is loaded by then: labels need an article)

    rest = list(text[start:end])
    for mention in named:
        rest[mention.start - start : mention.end - start] = " " * (mention.end - mention.start)
    words = (word.lower() for word in "".join(rest).split())
    # ("of", "the" inside a title: "SECRETARY OF STATE")
    return all(
        w in TITLE_WORDS or w.rstrip(".") in TITLE_WORDS or w in {"of", "the"} for w in words
    )


def _label_rows(doc: _Article) -> Iterator[tuple[int, int, Speaker]]:
    """Transcript paragraphs ('TRUMP: We will …') whose label names a known speaker, or, in a
    transcript (three labels or more), a name the annotation does not know ("BEN ROWSWELL:",
    then "ROWSWELL:")."""
    matches = [m for m in _labels(doc.text) if not doc.in_quote(m.start(1))]
    label_starts = {m.start() for m in matches}
    unlisted: dict[str, Speaker] = {}  # surname (or role) -> a speaker named by a label
    for match in matches:
        group, role = 1, (match.group(2) or "").lower().split()
        if _role_naming(match):
            group, role = 3, match.group(1).lower().split()  # "HOST (MARIA DELGADO):"
        label = match.group(group)
        label_start, label_end = match.span(group)
        named = [m for m in doc.article.mentions if label_start <= m.start and m.end <= label_end]
        if named and not _label_is_a_name(doc.text, label_start, label_end, named):
            continue  # a heading: "FRIENDS OF MADURO: …", "WHO SAID IT: …"
        named = named or _surname_label(doc, label, label_start)
        # (an organisation only in a transcript: "UNITED NATIONS: The Security Council …"
        # opening an article is a dateline)
        kinds = {"person", "org"} if len(matches) >= 3 else {"person"}
        people = {m.entity_id for m in named if m.entity_type in kinds}
        speaker = None
        if len(people) == 1:
            speaker = _speaker(next(m for m in named if m.entity_id in people))
        elif not named and len(matches) >= 3:
            # (a role after a comma, "DAVID HALL, HOST:", or in brackets, "ROSA HUAMÁN (host):")
            bracket = (match.group(3) or "").lower().split() if group == 1 else []
            with_role = any(words and words[-1] in ROLES for words in (role, bracket))
            speaker = _label_person(doc.text, label, label_start, unlisted, with_role)
            if speaker is None and label.lower() in ROLES:
                speaker = unlisted.get(label.lower())  # "HOST:" after "HOST (MARIA DELGADO):"
        if speaker is None:
            continue
        if group == 3:
            unlisted[match.group(1).lower()] = speaker
        start = match.end()
        direction = _STAGE_DIRECTION.match(doc.text, start)
        if direction is not None:
            start = direction.end()  # "(Through interpreter)" is the transcriber's, not theirs
        if doc.text[start] in "\"“‘'«":
            continue  # a quote in marks: split_quotes has it
        paragraph = doc.paragraph_of(start)
        end = doc.paragraphs[paragraph][1]
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if len(score_words(doc.text[start:end])) >= MIN_WORDS:
            yield start, end, speaker
        if len(matches) >= TRANSCRIPT_LABELS:
            yield from _turn_goes_on(doc, paragraph + 1, label_starts, speaker)


TRANSCRIPT_LABELS = 3  # labels that make an article a transcript
# Any words in capitals before a colon opening a paragraph: a turn's label, in any alphabet
_ANY_LABEL = re.compile(r"(?:[^\W\d_]+[ .'’-]*){1,5}(?<=\S)[ \t]*(?:\([^()\n]{1,40}\))?:")


def _turn_goes_on(
    doc: _Article, paragraph: int, label_starts: set[int], speaker: Speaker
) -> Iterator[tuple[int, int, Speaker]]:
    """The paragraphs of a transcript turn after its labelled first one, up to the next
    label: the same speaker's words ("MR. SINGH: Let me say a few words. …" then "But it's
    not just about the money. …"). Only between labels: after the last one an article goes
    on in the reporter's words."""
    last_label = max(label_starts)
    while paragraph < len(doc.paragraphs):
        start, end = doc.paragraphs[paragraph]
        while start < end and doc.text[start].isspace():
            start += 1
        if start in label_starts or start > last_label or doc.text[start : start + 1] in "\"“‘'«[(":
            # the next turn, the reporter's words, a quote in marks (split_quotes has it), an
            # editor's note in brackets
            return
        label = _ANY_LABEL.match(doc.text, start)
        if label is not None and all(
            word[:1].isupper() for word in label.group().split("(")[0].rstrip(": ").split()
        ):
            return  # a label the patterns above leave out ("NIKOLA STANIĆ:", "Bloomberg:")
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if len(score_words(doc.text[start:end])) >= MIN_WORDS:
            yield start, end, speaker
        paragraph += 1


# A transcript's roles and a fact check's headings, never a person's name in a label (with
# the words people.NOT_NAMES already keeps out of names)
LABEL_HEADINGS = frozenset(
    """host anchor presenter interviewer moderator reporter caller question answer what who
    how why where which is are was were said says it next more claim claims fact facts check
    verdict update note editor background analysis bottom line our my your these those
    unidentified unnamed unknown crowd voice voices group chorus""".split()
)


# The roles a broadcast transcript writes after a speaker's name ("DAVID HALL, HOST:")
ROLES = frozenset(
    """host anchor presenter byline correspondent reporter interviewer moderator guest
    caller""".split()
)


def _role_naming(match: re.Match[str]) -> bool:
    """Is the label a transcript role with the name in brackets ("HOST (MARIA DELGADO):")?"""
    bracket = match.group(3)
    if not bracket or match.group(1).lower() not in ROLES:
        return False
    words = bracket.split()
    return 2 <= len(words) <= 3 and all(word[:1].isupper() for word in words)


def _label_person(
    text: str, label: str, position: int, unlisted: dict[str, Speaker], with_role: bool = False
) -> Speaker | None:
    """A person a transcript's label names whom the annotation does not know: two or three
    capitalised words ("BEN ROWSWELL") whose surname the article also writes as a name
    ("Canada's ambassador, Ben Rowswell, …") or that a role follows ("DAVID HALL, HOST"),
    later their surname alone ("ROWSWELL")."""
    from ..document import slug  # (spaCy is loaded by then: labels need an article)
    from ..people import NOT_NAMES

    words = label.split()
    if any(w.lower().strip(".") in LABEL_HEADINGS | NOT_NAMES for w in words):
        return None
    if not all(word.replace("-", "").replace("'", "").isalpha() for word in words):
        return None
    if len(words) == 1:
        known = unlisted.get(words[0].lower())
        if known is not None:
            return known
        full = _full_name_before(text, words[0], position)
        if full is None:
            return None
        speaker = Speaker(f"person:{slug(full)}", full, "person", position)
        unlisted[words[0].lower()] = speaker
        return speaker
    if len(words) > 3:
        return None
    name = " ".join(word.capitalize() for word in words)
    recurring = len(re.findall(rf"(?m)^[ \t]*{re.escape(label)}[ \t]*:", text)) >= 2
    if not with_role and not recurring and words[-1].capitalize() not in text:
        # ("OUR RULING:", "KEY POINTS:": a heading, no name the text writes; a label that
        # opens turn after turn, "MAO NING:", names the one who speaks them)
        return None
    speaker = Speaker(f"person:{slug(name)}", name, "person", position)
    unlisted[words[-1].lower()] = speaker
    return speaker


_NAME_WORD = re.compile(_NAME_WORD_PATTERN)


def _full_name_before(text: str, surname: str, position: int) -> str | None:
    """The full name a transcript's surname label ("OKAFOR:") stands for, as the text wrote
    it before the label ("The host is Maria Okafor", "Presenter Claire Madden", "Selin
    Aydın"): the last name of one or two capitalised given names and that surname, titles
    and roles left out."""
    from ..people import NOT_NAMES, TITLE_WORDS  # (spaCy is loaded by then)

    wanted = _name_fold(surname)
    found = None
    for match in _NAME_WORD.finditer(text, 0, position):
        if _name_fold(match.group()) != wanted:
            continue
        given = []
        for word in reversed(text[max(0, match.start() - 60) : match.start()].split()[-2:]):
            plain = word.strip(",;:")
            skip = TITLE_WORDS | LABEL_HEADINGS | NOT_NAMES | ROLES
            if plain != word or not _NAME_WORD.fullmatch(plain) or plain.lower() in skip:
                break
            given.insert(0, plain)
        if given:
            found = " ".join([*given, match.group()])
    return found


def extract_quotes(article: AnnotatedArticle) -> list[dict]:
    """Rows of the quotes table: whole quoted sentences or clauses with a resolved speaker."""
    text = article.text
    has_marks = may_open_a_quote(text)
    if not has_marks and not _has_label(text):
        return []
    doc, quotes = _attributed(article, has_marks)
    rows = [
        _row(article, q.span.start, q.span.end, q.speaker, q.cue)
        for q in quotes
        if q.whole and q.speaker is not None
    ]
    rows += [_row(article, start, end, speaker, None) for start, end, speaker in _label_rows(doc)]
    rows.sort(key=lambda row: row["start"])
    return rows


def _attributed(
    article: AnnotatedArticle, has_marks: bool, every: bool = False
) -> tuple[_Article, list[_Quote]]:
    """The article's quotes with the speakers found for them (for fragments too: ``every``)."""
    spans = [span for span in split_quotes(article.text) if span.depth == 0] if has_marks else []
    doc = _Article(article, spans)
    quotes = _layout(doc)
    _assign_speakers(doc, quotes, every)
    return doc, quotes


def quoted_speaker(article: AnnotatedArticle, char: int) -> tuple[bool, str | None]:
    """Is ``char`` inside a quote, and whose (the quote's speaker id, None if unattributed)?

    For a "we" inside a quote, which is its speaker's state, not the name before it. The
    quotes are found once per article and kept on it for the other extractors."""
    found = article.shared.get("quotes")
    if found is None:
        doc, quotes = _attributed(article, has_marks=True, every=True)
        found = [
            (q.span.start, q.span.end, q.speaker.entity_id if q.speaker else None) for q in quotes
        ]
        if _has_label(article.text):
            # a transcript's turns ("MOGHERINI: We already have in place an arms embargo …"):
            # the labelled speaker's words, quote marks or not
            found += [(start, end, speaker.entity_id) for start, end, speaker in _label_rows(doc)]
        article.shared["quotes"] = found
    for start, end, speaker in found:
        if start <= char < end:
            return True, speaker
    return False, None


def _row(
    article: AnnotatedArticle, start: int, end: int, speaker: Speaker, cue: str | None
) -> dict:
    return {
        "article_id": article.article_id,
        "sentence_id": article.sentence_of(start),
        "start": start,
        "end": end,
        "text": article.text[start:end],
        "speaker_id": speaker.entity_id,
        "speaker_name": speaker.name,
        "cue": cue,
    }
