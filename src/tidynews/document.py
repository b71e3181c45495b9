"""The annotated article: its tokens, sentences and mentions, as every extractor reads them.

Plain data and the text helpers that work on it (accent folding, slugs, whole-word scans),
with no matching logic: ``annotate`` builds these objects, ``people`` and ``companies`` add
the names no gazetteer lists, and the extractors read them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.tokens import Doc, Span

MALE_HONORIFICS = frozenset({"mr", "mr.", "sir"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "mrs.", "ms.", "miss"})


# Latin letters Unicode gives no decomposition to (a stroke or a bar, not an accent), folded
# by hand, one character for one: "Paweł Szefernaker", "Bjørn", "Đukanović" read as names
# and match the gazetteers like any accented letter does
UNDECOMPOSED_LETTERS = dict(zip("łŁøØđĐħĦıŀĿŧŦ", "lLoOdDhHilLtT", strict=True))
# and in slugs, the letters that spell two ASCII letters ("Strauß" -> "strauss")
_SLUG_LETTERS = str.maketrans(
    {**UNDECOMPOSED_LETTERS, "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th"}
)


# Marks some outlets type for an apostrophe ("Maduro´s", the acute accent of a Spanish
# keyboard; "Maduroʼs", the modifier letter): folded to one, so the possessive splits off
# as "'s" does and the name before it is found
APOSTROPHE_LIKES = {"\u00b4": "'", "\u02bc": "'"}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    if len(base) == 1 and base.isascii():
        return base
    return UNDECOMPOSED_LETTERS.get(char) or APOSTROPHE_LIKES.get(char, char)


_FOLDED: dict[str, str] = {}  # short strings (names, words) folded before
_FOLDED_MAX = 4096  # entries kept before the cache starts over (flat memory)
_FOLDED_LENGTH = 64  # longer strings (sentences, articles) are folded anew each time


def fold(text: str) -> str:
    """Strip accents without changing length: 'Guaidó' -> 'Guaido', offsets stay valid.

    News text is mostly ASCII with a few kinds of non-ASCII characters (curly quotes, a few
    accented letters), each many times: each distinct one is replaced in one C-level
    ``str.replace`` rather than looking every character (or every run) up in Python. The
    same names are folded many times an article ("Guaidó" at every mention): short strings
    are kept folded.
    """
    if text.isascii():
        return text
    if len(text) > _FOLDED_LENGTH:
        return _fold(text)
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        folded = _FOLDED[text] = _fold(text)
    return folded


def _fold(text: str) -> str:
    """``fold`` of a text that is not ASCII. Its distinct non-ASCII characters are what is
    left of its UTF-8 bytes once every ASCII byte is deleted (C-level passes, about three
    times as fast as a one-character pattern, which was twice as fast as hashing every
    character into a set); a text that cannot be encoded (a lone surrogate) takes the
    pattern."""
    for char in _non_ascii_characters(text):
        folded = _fold_char(char)
        if folded != char:
            text = text.replace(char, folded)
    if "\u2013" in text:
        # an en dash between two letters joins a compound as a hyphen does ("United Arab
        # Emirates–based companies"); set off by spaces it stays a dash
        text = _JOINING_EN_DASH.sub("-", text)
    return text


_JOINING_EN_DASH = re.compile(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_BYTES = bytes(range(128))


def _non_ascii_characters(text: str) -> set[str]:
    """The distinct characters of a text that are not ASCII."""
    try:
        # (a non-ASCII character's UTF-8 bytes are all 0x80 or above: deleting the ASCII
        # bytes leaves those characters whole, in order)
        return set(text.encode("utf-8").translate(None, _ASCII_BYTES).decode("utf-8"))
    except UnicodeError:
        return set(_NON_ASCII.findall(text))


@lru_cache(maxsize=4096)  # a name is slugged at each of its mentions (bounded: flat memory)
def slug(name: str) -> str:
    """Lower-case ASCII hyphenated slug of a name ('Nicolás Maduro' -> 'nicolas-maduro').

    An apostrophe inside a word is dropped, not made a hyphen: "O'Sullivan" is one word, as
    the contract's slug of a name's words is ('David O'Sullivan' -> 'david-osullivan')."""
    if name.isascii():  # (most names: no letter to spell out, nothing to decompose)
        spelled = _INNER_APOSTROPHE.sub("", name) if "'" in name else name
        return _NOT_SLUG.sub("-", spelled.lower()).strip("-")
    spelled = _INNER_APOSTROPHE.sub("", name.translate(_SLUG_LETTERS))
    ascii_name = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['\u2019](?=[^\W\d_])")


class Sentence(NamedTuple):
    """A sentence's id and its character extent in the article, trimmed of whitespace.

    Sentences and mentions are named tuples rather than frozen dataclasses: a real article
    makes hundreds of them, and a frozen dataclass costs several times as much to build.
    """

    id: int
    start: int
    end: int


class Mention(NamedTuple):
    """One entity mention; offsets index the article text (text[start:end] == surface)."""

    start: int
    end: int
    surface: str
    entity_id: str
    entity_type: str
    name: str
    sentence_id: int
    kind: str  # name | alias | demonym | capital | detected | honorific | surname | office | …
    party_id: str | None = None  # for people: the state or bloc they stand for
    token_start: int = 0
    token_end: int = 0


# Quote marks that may open a quotation: where a sentence opens past its first mark
# (annotate._with_opening_quotes, clauses.sentence_view, references._quoted_before)
OPENING_QUOTE_MARKS = frozenset({'"', "“", "‘"})


_PUNCT: dict[int, bool] = {}


def _is_punct(vocab, orth: int) -> bool:
    """A word's IS_PUNCT flag by its hash. The flag follows from the string alone, so one
    cache serves every vocabulary; it is asked only after sentence endings, and bounded."""
    flag = _PUNCT.get(orth)
    if flag is None:
        flag = bool(vocab[orth].is_punct)
        if len(_PUNCT) > 100_000:
            _PUNCT.clear()
        _PUNCT[orth] = flag
    return flag


# Clitics written with a curly apostrophe, and the straight forms the rules read
CLITICS = {
    clitic.replace("'", "\u2019"): clitic for clitic in ("n't", "'re", "'ll", "'ve", "'d", "'m")
}


class Tokens:
    """Token offsets as arrays and their lower-cased words, without building Token objects.

    Why: spaCy creates a Python object for every ``doc[i]``; rules that look at a handful of
    words around each cue would spend most of their time there. Offsets (and what sentence
    boundaries need) come from one ``Doc.to_array`` per article, and the lower-cased words
    are sliced once from one lower-cased string: rules ask for the same words many times.
    """

    def __init__(self, doc: Doc, folded: str | None = None) -> None:
        self.doc = doc
        # Doc.text re-joins every token on each access; we pass the string the doc was made of.
        self.folded = folded if folded is not None else doc.text
        # Three columns only: a lexeme flag column (punctuation, space) costs as much as the
        # offsets; the punctuation flag is needed at a few tokens and asked for there.
        columns = [IDX, LENGTH, ORTH]
        array = doc.to_array(columns) if len(doc) else np.zeros((0, 3), dtype="uint64")
        self.starts = array[:, 0].astype(np.int64)
        self.ends = self.starts + array[:, 1].astype(np.int64)
        self.orths = array[:, 2]
        self.lengths = array[:, 1]  # (in characters: what finds one-character tokens)
        self._orths_list: list[int] | None = None  # (built when first asked for)
        self._starts_list: list[int] = self.starts.tolist()
        self._ends_list: list[int] = self.ends.tolist()
        lowered = self.folded.lower()
        if len(lowered) == len(self.folded):
            bounds = zip(self._starts_list, self._ends_list, strict=True)
            self.words = [lowered[start:end] for start, end in bounds]
        else:  # a character whose lower case has another length: ask spaCy, token by token
            self.words = [token.lower_ for token in doc]
        if "\u2019" in lowered:
            # a curly apostrophe in a clitic reads as the straight one: "won’t" is "wo" +
            # "n't", so every rule that knows "n't" knows it ("’s" stays: the possessive
            # sets hold both forms)
            self.words = list(map(CLITICS.get, self.words, self.words))
        self._text = self.folded
        self._word_set: frozenset[str] | None = None  # (built when first asked for)

    def word_set(self) -> frozenset[str]:
        """The article's lower-cased words as a set, built once: the detectors that look
        for a word list only where one of its words occurs ask for it."""
        if self._word_set is None:
            self._word_set = frozenset(self.words)
        return self._word_set

    @property
    def orths_list(self) -> list[int]:
        """The tokens' ORTH hashes as a list (64-bit hashes: a list of them costs as much to
        build as the offsets, and annotation reads only a few, through ``is_punct``)."""
        if self._orths_list is None:
            self._orths_list = self.orths.tolist()
        return self._orths_list

    def is_punct(self, index: int) -> bool:
        """spaCy's IS_PUNCT flag of the token at ``index`` (from its lexeme, cached by hash)."""
        return _is_punct(self.doc.vocab, self.orths.item(index))

    def __len__(self) -> int:
        return len(self._starts_list)

    def lower(self, index: int) -> str:
        """The lower-cased word at ``index``; "" outside the article."""
        if index < 0:
            return ""
        try:  # (cheaper than testing the upper bound: rules ask for words past it rarely)
            return self.words[index]
        except IndexError:
            return ""

    def text(self, index: int) -> str:
        return self._text[self._starts_list[index] : self._ends_list[index]]

    def start(self, index: int) -> int:
        return self._starts_list[index]

    def end(self, index: int) -> int:
        return self._ends_list[index]

    def at_char(self, char: int) -> int:
        """The index of the first token starting at or after a character offset."""
        # bisect on the list: numpy's searchsorted costs microseconds of overhead per scalar
        return bisect_left(self._starts_list, char)


@dataclass
class AnnotatedArticle:
    """An article's tokens, sentences and mentions, the input of every extractor."""

    article_id: str
    text: str
    doc: Doc
    sentences: list[Sentence]
    mentions: list[Mention]
    tokens: Tokens | None = None
    sentence_tokens: list[tuple[int, int]] = field(default_factory=list, repr=False)
    # ids of the organisations that are companies (the case's companies and banks, companies
    # detected in the text): no body of members, so never what "the group" stands for
    companies: frozenset[str] = field(default_factory=frozenset, repr=False)
    # the publication date ("2019-01-30") when the corpus gives one: what tells an act dated
    # "in July 2017" from the news of the day
    published: str | None = None
    # the case file's role of each case person ("person:joe-biden" -> "president")
    roles: dict[str, str] = field(default_factory=dict, repr=False)
    # the case's contested parties and home country: "both governments" are two others
    contested: frozenset[str] = field(default_factory=frozenset, repr=False)
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict, repr=False)
    _lowered: str | None = field(default=None, repr=False)
    _genders: dict[str, str] | None = field(default=None, repr=False)
    _sentence_firsts: list[int] | None = field(default=None, repr=False)
    # results one extractor computes for another, once per article ("quotes": who speaks
    # where, for a "we" inside a quote)
    shared: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.tokens is None:
            self.tokens = Tokens(self.doc)
        for mention in self.mentions:
            self._by_sentence.setdefault(mention.sentence_id, []).append(mention)

    def token_range(self, sentence_id: int) -> tuple[int, int]:
        """First and one-past-last token index of a sentence."""
        if self.sentence_tokens:
            return self.sentence_tokens[sentence_id]
        span = self.sentence_span(sentence_id)
        return (span.start, span.end) if span is not None else (0, 0)

    def sentence_text(self, sentence_id: int) -> str:
        sentence = self.sentences[sentence_id]
        return self.text[sentence.start : sentence.end]

    def provenance(self, sentence_id: int) -> dict:
        """The provenance columns every fact row opens with (article, sentence, its character
        offsets and text as evidence): one place for what the schemas' provenance check reads."""
        sentence = self.sentences[sentence_id]
        return {
            "article_id": self.article_id,
            "sentence_id": sentence_id,
            "start": sentence.start,
            "end": sentence.end,
            "evidence": self.text[sentence.start : sentence.end],
        }

    def mentions_in(self, sentence_id: int) -> list[Mention]:
        return self._by_sentence.get(sentence_id, [])

    def sentence_span(self, sentence_id: int) -> Span:
        sentence = self.sentences[sentence_id]
        return self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")

    def pronoun_for(self, entity_id: str) -> str | None:
        """ "he" for a person the article calls "Mr", "she" for "Mrs"/"Ms", else None: what
        a pronoun must agree with (built once, when a pronoun first asks)."""
        if self._genders is None:
            self._genders = {}
            for mention in self.mentions:
                if mention.entity_type != "person":
                    continue
                honorific = self.tokens.lower(mention.token_start - 1)
                if honorific in MALE_HONORIFICS:
                    self._genders.setdefault(mention.entity_id, "he")
                elif honorific in FEMALE_HONORIFICS:
                    self._genders.setdefault(mention.entity_id, "she")
        return self._genders.get(entity_id)

    def lowered(self) -> str:
        """The text in lower case, made once and shared by every extractor's cue filter."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    def sentence_firsts(self) -> list[int]:
        """Each sentence's first character, in order (for bisecting offsets to sentences)."""
        if self._sentence_firsts is None:
            self._sentence_firsts = [sentence.start for sentence in self.sentences]
        return self._sentence_firsts

    def sentence_of(self, char: int) -> int:
        """The id of the sentence holding a character offset (the first for one before it)."""
        return max(bisect_right(self.sentence_firsts(), char) - 1, 0)


def word_matches(text: str, words: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each occurrence of any of ``words`` not followed by an ASCII
    letter, left to right and not overlapping: what ``re.finditer`` gives for the pattern
    ``(?:w1|w2|…)(?![A-Za-z])``, the earlier word winning at one start.

    Why not that pattern: the words are names from the article, new in nearly every one, so
    a compiled pattern is never reused and compiling it cost more than the whole scan;
    ``str.find`` per word is a C-level search. The caller checks the character before.
    """
    at_start: dict[int, tuple[int, str]] = {}  # the first word (in order) wins a start
    for word in words:
        start = text.find(word) if word else -1
        while start != -1:
            end = start + len(word)
            following = text[end : end + 1]
            if not (following.isascii() and following.isalpha()):
                at_start.setdefault(start, (end, word))
            start = text.find(word, start + 1)
    matches = []
    reached = 0
    for start in sorted(at_start):
        if start >= reached:
            end, word = at_start[start]
            matches.append((start, end, word))
            reached = end
    return matches


def word_indices(tokens: Tokens, wanted: Iterable[str]) -> list[int]:
    """The token index of every whole-word occurrence of the wanted (lower-case) words, by
    ``word_matches`` (str.find, C speed) rather than a Python loop or a regex alternation
    over every token."""
    folded, found = tokens.folded, []
    for start, _, _ in word_matches(folded, sorted(wanted)):
        if folded[start - 1 : start].isalpha():
            continue  # inside a word
        index = tokens.at_char(start)
        if index < len(tokens) and tokens.start(index) == start:
            found.append(index)
    return found
