"""Annotation: sentences and entity mentions on spaCy's blank English pipeline.

No statistical model: a tokenizer, the rule-based sentencizer, and PhraseMatchers over the
gazetteers and the case file. Matching is accent- and case-insensitive because we tokenise an
accent-folded copy of the text of *the same length*, so every character offset found on it is
an offset into the original text, and the text is tokenised only once.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import spacy
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from .cases import Case
from .gazetteer import Entry, entries_for, org_names

# Words that introduce or describe a person; a capitalised name right after one is a person.
TITLE_WORDS = frozenset(
    """president vice-president prime minister secretary mr mrs ms dr sir lord general gen
    spokesman spokeswoman spokesperson envoy adviser advisor ambassador leader chief senator
    chancellor king queen commissioner director representative correspondent editor official
    deputy governor mayor judge pope foreign defence defense finance interior national security
    special high state treasury opposition army commander colonel lieutenant admiral senator
    congressman congresswoman rep sen premier counterpart head chair chairman chairwoman
    executive ceo sen. rep. gov. gen. lt. col. pres.""".split()
)
POSSESSIVES = frozenset({"'s", "\u2019s"})
# Family words: a capitalised name right after one (or after it and a comma) is a person
# ("Mr Maduro's wife, Cilia Flores"). Kept apart from TITLE_WORDS, which also let a run of
# names reach back to the state an official stands for.
KINSHIP_WORDS = frozenset(
    """wife husband son sons daughter daughters brother brothers sister sisters father mother
    nephew nephews niece nieces cousin stepson stepsons stepdaughter widow partner""".split()
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "mr.", "mrs.", "ms.", "dr."})
# Words that describe a person right before the name, as a title does ("steel magnate Alexei
# Mordashov", "aluminium billionaire Viktor Vekselberg"), without naming an office.
DESCRIPTORS = frozenset(
    """billionaire billionaires magnate tycoon oligarch oligarchs businessman businesswoman
    banker financier industrialist entrepreneur investor""".split()
)
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "mrs.", "ms.", "miss"})
SPEECH_VERBS = frozenset(
    """said says say told tells added adds wrote writes tweeted tweets stated states
    announced announces declared declares warned warns insisted insists argued argues
    explained explains noted notes claimed claims urged urges""".split()
)
# Speech verbs that may come before their speaker ('"…," says Maria Pérez'); "told", "urged"
# and "asked" take the person spoken to.
INVERTED_SPEECH_VERBS = frozenset(
    "said says added adds wrote writes explained explains noted notes insisted insists argued "
    "argues warned warns claimed claims".split()
)
# Capitalised words that start many sentences or headings but never a person's name.
NOT_NAMES = frozenset(
    """the a an in on at for of and but or if as by to from with this that these those it its
    he she they we his her their our on monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr president minister secretary""".split()
)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(base) == 1 and base.isascii() else char


def fold(text: str) -> str:
    """Strip accents without changing length: 'Guaidó' -> 'Guaido', offsets stay valid.

    News text is mostly ASCII with a few kinds of non-ASCII characters (curly quotes, a few
    accented letters), each many times: each distinct one is replaced in one C-level
    ``str.replace`` rather than looking every character (or every run) up in Python.
    """
    if text.isascii():
        return text
    for char in {char for char in set(text) if char > "\x7f"}:
        folded = _fold_char(char)
        if folded != char:
            text = text.replace(char, folded)
    return text


def slug(name: str) -> str:
    """Lower-case ASCII hyphenated slug of a name ('Nicolás Maduro' -> 'nicolas-maduro')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


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
    kind: str  # name | alias | demonym | capital | detected | honorific
    party_id: str | None = None  # for people: the state or bloc they stand for
    token_start: int = 0
    token_end: int = 0


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
        self.orths_list: list[int] = self.orths.tolist()
        self._starts_list: list[int] = self.starts.tolist()
        self._ends_list: list[int] = self.ends.tolist()
        lowered = self.folded.lower()
        if len(lowered) == len(self.folded):
            bounds = zip(self._starts_list, self._ends_list, strict=True)
            self.words = [lowered[start:end] for start, end in bounds]
        else:  # a character whose lower case has another length: ask spaCy, token by token
            self.words = [token.lower_ for token in doc]
        self._text = self.folded

    def is_punct(self, index: int) -> bool:
        """spaCy's IS_PUNCT flag of the token at ``index`` (from its lexeme, cached by hash)."""
        return _is_punct(self.doc.vocab, self.orths_list[index])

    def __len__(self) -> int:
        return len(self._starts_list)

    def lower(self, index: int) -> str:
        """The lower-cased word at ``index``; "" outside the article."""
        if not 0 <= index < len(self.words):
            return ""
        return self.words[index]

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


# Only the ends of these matches are used; starting at the newline (not at any whitespace
# before it) gives the same ends and lets the scan skip ahead to each "\n".
_NEWLINES = re.compile(r"\n\s*")
# A wire dateline opening a paragraph: "CARACAS (Reuters) - ", "MADRID/BERLIN (Reuters) - ",
# "CARACAS, Venezuela (AP) — ". It is not part of the first sentence's subject: the sentence
# starts after it.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’/ -]{1,40}[A-Z](?:,[ \t]+[A-Z][A-Za-z. ]{1,30})?[ \t]+"
    r"(?:\([A-Za-z .]{1,25}\)[ \t]+)?[-–—]+[ \t]+(?=\S)"
)


def _dateline_ends(text: str, paragraph_starts: list[int]) -> list[int]:
    """Where the text after each paragraph's dateline starts (paragraphs without one give
    nothing)."""
    ends = []
    for start in paragraph_starts:
        match = _DATELINE.match(text, start)
        if match is not None:
            ends.append(match.end())
    return ends


@lru_cache(maxsize=1)
def blank_pipeline() -> Language:
    """spaCy's blank English tokenizer. Sentences follow the rule of spaCy's sentencizer,
    applied to token arrays (``sentence_starts``), plus a break at every line break (headings
    and captions have no full stop, see ``_sentences``)."""
    nlp = spacy.blank("en")
    # "U.S.-backed" is one token by default; split the hyphen after an abbreviation so the
    # country and the cue are seen, as they are in "US-backed".
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # spaCy's 1,000,000-character limit guards the parser and NER, which this pipeline does not
    # have; the tokenizer's memory grows linearly, so a long article (a transcript, a scraped
    # live blog) is annotated rather than refused. The reader's size limit stays the guard.
    nlp.max_length = 100_000_000
    return nlp


@lru_cache(maxsize=1)
def _sentence_punct_hashes() -> np.ndarray:
    """The ORTH hashes of the sentencizer's sentence-ending characters ('.', '!', '?', ...)."""
    strings = blank_pipeline().vocab.strings
    return np.array(sorted(strings.add(char) for char in Sentencizer.default_punct_chars), "uint64")


def _ending_indices(orths: np.ndarray) -> list[int]:
    """Indices of the sentence-ending characters among token hashes. A binary search in the
    sorted hashes: np.isin takes its slow path for the sentencizer's 128 characters."""
    endings = _sentence_punct_hashes()
    places = np.searchsorted(endings, orths)
    places[places == len(endings)] = 0
    return np.flatnonzero(endings[places] == orths).tolist()


def sentence_starts(tokens: Tokens) -> list[int]:
    """The tokens where spaCy's sentencizer starts sentences, in order.

    Why not the pipe itself: it builds a Python Token object for every token, which costs
    twice as much as tokenising; its rule needs only each token's hash and punctuation flag.
    The rule: the first token starts a sentence, and so does any word (a token that is
    neither punctuation nor a sentence-ending character) with a sentence-ending character
    somewhere after the word before it ("He left. Then" -> "Then"; '"Go!" she said' -> no
    break, as spaCy has it: the quote mark is punctuation). The ending characters are found
    with one vectorised search over the hashes; only the few tokens after each are looked
    at one by one. Held equal to spaCy's pipe by a property test.
    """
    count = len(tokens)
    if not count:
        return []
    endings = _ending_indices(tokens.orths)
    if not endings:
        return [0]
    ending_set = set(endings)
    starts = [0]
    reached = 0  # tokens before this one are settled
    for ending in endings:
        if ending < reached:
            continue
        index = ending + 1
        while index < count and (index in ending_set or tokens.is_punct(index)):
            index += 1
        if index < count:
            starts.append(index)
        reached = index
    return starts


_PRIORITY = {"blocker": -1, "person": 0, "org": 1, "country": 2}


class Annotator:
    """Builds the matchers once for a case; then annotates any number of articles."""

    def __init__(self, case: Case | None = None, gazetteer_dir: Path | None = None) -> None:
        self.case = case
        self.nlp = blank_pipeline()
        self._entries: list[Entry] = []
        self._entry_of_match: dict[int, int] = {}  # a matcher's match id -> entry index
        self._insensitive = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._sensitive = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._parties = {p.id: p for p in (case.subjects + case.actors)} if case else {}
        # multi-word names by their folded, lower-cased text: what an elliptical coordination
        # ("the Donetsk and Luhansk people's republics") is checked against
        self._phrases: dict[str, int] = {}
        self._add_entries(entries_for(case, gazetteer_dir))

    def _add_entries(self, entries: Sequence[Entry]) -> None:
        chosen: dict[tuple[str, bool], Entry] = {}
        for entry in entries:
            key = (
                fold(entry.alias) if entry.case_sensitive else fold(entry.alias).lower(),
                entry.case_sensitive,
            )
            current = chosen.get(key)
            # A case party beats an organisation, which beats a country with the same alias.
            if current is None or _PRIORITY[entry.entity_type] <= _PRIORITY[current.entity_type]:
                chosen[key] = entry
        for (_, sensitive), entry in chosen.items():
            self._entries.append(entry)
            label = str(len(self._entries) - 1)
            self._entry_of_match[self.nlp.vocab.strings.add(label)] = len(self._entries) - 1
            matcher = self._sensitive if sensitive else self._insensitive
            matcher.add(label, [self.nlp.make_doc(fold(entry.alias))])
            if not sensitive and " " in entry.alias.strip():
                self._phrases.setdefault(_phrase_key(entry.alias), len(self._entries) - 1)

    # --- public ------------------------------------------------------------------------------

    def annotate(self, article_id: str, text: str) -> AnnotatedArticle:
        return next(self.pipe([(article_id, text)]))

    def pipe(
        self, articles: Iterable[tuple[str, str]], batch_size: int = 128
    ) -> Iterator[AnnotatedArticle]:
        """Annotate (article_id, text) pairs, tokenising in batches."""
        pairs = iter(articles)
        ids: list[str] = []
        texts: list[str] = []
        foldeds: list[str] = []

        def folded() -> Iterator[str]:
            for article_id, text in pairs:
                ids.append(article_id)
                texts.append(text)
                foldeds.append(fold(text))
                yield foldeds[-1]

        for index, doc in enumerate(self.nlp.pipe(folded(), batch_size=batch_size)):
            yield self._annotated(ids[index], texts[index], doc, foldeds[index])
            ids[index] = texts[index] = foldeds[index] = ""  # release memory as we stream

    # --- internals ---------------------------------------------------------------------------

    def _annotated(self, article_id: str, text: str, doc: Doc, folded: str) -> AnnotatedArticle:
        tokens = Tokens(doc, folded)
        sentences, sentence_tokens, token_sentence = _sentences(doc, tokens)
        entry_of = self._entry_of_match
        matches = [
            (start, end, entry_of[label])
            for matcher in (self._insensitive, self._sensitive)
            for label, start, end in matcher(doc)
        ]
        kept = _longest_first(matches)
        used = np.zeros(len(doc), dtype=bool)
        mentions = []
        for start, end, entry_index in kept:
            used[start:end] = True
            entry = self._entries[entry_index]
            if entry.entity_type != "blocker":
                mentions.append(self._mention(text, tokens, start, end, entry, token_sentence))
        for start, end, entry_index in _elliptical(tokens, used, self._phrases):
            used[start:end] = True
            entry = self._entries[entry_index]
            mentions.append(self._mention(text, tokens, start, end, entry, token_sentence))
        mentions += _detect_people(text, tokens, used, token_sentence, mentions)
        mentions += _detect_companies(text, tokens, used, token_sentence)
        mentions.sort(key=lambda m: m.start)
        mentions = _shared_parties(
            [_with_party(m, mentions, tokens, self._parties) for m in mentions]
        )
        later = _administration_references(text, tokens, used, token_sentence, mentions)
        if later:
            mentions = sorted([*mentions, *later], key=lambda m: m.start)
        return AnnotatedArticle(article_id, text, doc, sentences, mentions, tokens, sentence_tokens)

    def _mention(
        self, text: str, tokens: Tokens, start: int, end: int, entry: Entry, token_sentence
    ) -> Mention:
        start_char, end_char = tokens._starts_list[start], tokens._ends_list[end - 1]
        return Mention(  # positional: this runs for every gazetteer match
            start_char,
            end_char,
            text[start_char:end_char],
            entry.entity_id,
            entry.entity_type,
            entry.name,
            token_sentence[start],
            entry.kind,
            entry.party or (entry.entity_id if entry.entity_type != "person" else None),
            start,
            end,
        )


def _phrase_key(phrase: str) -> str:
    """A name's matching key: folded, lower case, one kind of apostrophe, single spaces."""
    return " ".join(fold(phrase).lower().replace("\u2019", "'").replace(" 's", "'s").split())


# " and " / " or " before a capital. Single spaces: a pattern that starts with a literal is
# three times cheaper to scan a whole article with than one that starts with \s.
_AND_CAPITAL = re.compile(r" (?:and|or) (?=[A-Z])")
HEAD_REACH = 3  # words a shared head may have: "people's republics" is three tokens


_HEAD_QUOTES = " \"“”‘’'"


def _elliptical(
    tokens: Tokens, used: np.ndarray, phrases: dict[str, int]
) -> list[tuple[int, int, int]]:
    """Names sharing one head noun: 'the Donetsk and Luhansk people's republics' names the
    Donetsk People's Republic and the Luhansk People's Republic. Each conjunct plus the head
    (plural made singular) must be a multi-word name of the gazetteer or the case file.

    The first conjunct's mention covers its own word only (its text must be its surface);
    the last one's covers the shared head too. Found by a regex over the folded text first:
    "and" before a capitalised word is rare enough to look at token by token.
    """
    found: list[tuple[int, int, int]] = []
    if not phrases:
        return found
    folded = tokens.folded
    for match in _AND_CAPITAL.finditer(folded):
        conjunction = tokens.at_char(match.start() + 1)
        first, second = conjunction - 1, conjunction + 1
        if first < 0 or second >= len(tokens) or not folded[tokens.start(first)].isupper():
            continue
        if used[first] or used[second]:
            continue
        # (one more past an opening mark)
        reach = HEAD_REACH + (second + 1 < len(tokens) and tokens.text(second + 1) in _HEAD_QUOTES)
        for last in range(second + 1, min(second + 1 + reach, len(tokens))):
            if used[last]:
                break
            # (the head may stand in quote marks: 'the Donetsk and Luhansk "people's republics"')
            head = folded[tokens.start(second + 1) : tokens.end(last)].strip(_HEAD_QUOTES)
            if not head.lower().endswith("s") or folded[tokens.end(last) - 1] in _HEAD_QUOTES[1:]:
                continue
            singular = head[:-1]
            left = phrases.get(_phrase_key(f"{tokens.text(first)} {singular}"))
            right = phrases.get(_phrase_key(f"{tokens.text(second)} {singular}"))
            if left is not None and right is not None and left != right:
                found += [(first, conjunction, left), (second, last + 1, right)]
                break
    return found


def _longest_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, longest (then earliest) first, as spaCy's filter_spans does."""
    taken: set[int] = set()
    kept = []
    for start, end, label in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        span = range(start, end)
        if not taken.isdisjoint(span):
            continue
        taken.update(span)
        kept.append((start, end, label))
    return sorted(kept)


def _sentences(doc: Doc, tokens: Tokens) -> tuple[list[Sentence], list[tuple[int, int]], list[int]]:
    """Sentences trimmed of surrounding whitespace, their token ranges, each token's sentence.

    The sentencizer's boundaries plus one after every line break (headings and captions have
    no full stop) and one after a paragraph's wire dateline, read from token arrays: no Span
    or Token objects are built. A stretch holding only whitespace tokens (between paragraphs)
    joins the sentence before it. Trimming strips the sentence's characters: spaCy puts every
    run of whitespace but a single space in a token of its own, so that is the same as
    stepping over whitespace tokens, at C speed (one lexeme lookup per token was slower).
    """
    text = tokens.folded
    count = len(tokens)
    if count == 0:
        return [Sentence(0, 0, len(text))], [(0, 0)], []
    starts = sentence_starts(tokens)
    after_breaks = [match.end() for match in _NEWLINES.finditer(text)] if "\n" in text else []
    after_breaks += _dateline_ends(text, [0, *after_breaks])
    if after_breaks:
        cuts = np.searchsorted(tokens.starts, after_breaks, side="left").tolist()
        starts = sorted({*starts, *(cut for cut in cuts if 0 < cut < count)})
    bounds = [*starts[1:], count]
    first_chars, last_chars = tokens._starts_list, tokens._ends_list
    sentences: list[Sentence] = []
    ranges: list[tuple[int, int]] = []
    owners: list[int] = []
    for first, last in zip(starts, bounds, strict=True):
        begin, finish = first_chars[first], last_chars[last - 1]
        piece = text[begin:finish]
        kept = piece.lstrip()
        if kept:
            begin += len(piece) - len(kept)
            sentences.append(Sentence(len(sentences), begin, begin + len(kept.rstrip())))
            ranges.append((first, last))
        elif ranges:  # whitespace between paragraphs joins the sentence before it
            ranges[-1] = (ranges[-1][0], last)
        owners.append(max(len(sentences) - 1, 0))
    # a list: it is read one token at a time, where a list beats numpy's scalar indexing
    owner = np.repeat(np.asarray(owners, dtype=np.int64), np.diff([*starts, count])).tolist()
    if not sentences:
        return [Sentence(0, 0, len(text))], [(0, count)], owner
    return sentences, ranges, owner


_CAPITALISED_RUN = re.compile(r"[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)+")


@lru_cache(maxsize=65_536)  # the same capitalised words recur across articles
def _is_name_word(word: str) -> bool:
    return (
        len(word) > 1
        and word[0].isupper()
        and (word[1:].islower() or "-" in word or "'" in word)
        and word.replace("-", "").replace("'", "").isalpha()
        and word.lower() not in NOT_NAMES
    )


def _detect_people(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence, known: list[Mention]
) -> list[Mention]:
    """People the case file does not list, where the text marks them as people.

    A run of two to four capitalised words counts when a title comes before it ("special
    representative Eduardo Stein") or a speech verb or an appositive comes after it ("Eduardo
    Stein, a special representative, said"). Later "Mr Stein" resolves to the same person.
    Candidate runs are found by a regex over the (accent-folded) text, so only they are
    looked at token by token.
    """
    folded = tokens.folded
    found: list[Mention] = []
    taken = used.tolist()  # list lookups: numpy's per-element indexing is slow in a loop
    # where a country's name ends: "Nicaragua's Daniel Ortega" names a person
    country_ends = {
        m.token_end - 1 for m in known if m.entity_type == "country" and m.kind != "demonym"
    }
    # where a measure's named object ends: "sanctions on Tarek William Saab and Maikel Moreno"
    object_ends = {
        m.token_end - 1
        for m in known
        if m.entity_type == "person" and _after_a_measure(tokens, m.token_start)
    }
    for match in _CAPITALISED_RUN.finditer(folded):
        index = tokens.at_char(match.start())
        if not _may_mark_a_person(tokens, index, match):
            continue
        last = tokens.at_char(match.end())
        while index < last:
            run_end = index
            while (
                run_end < last
                and run_end - index < 4
                and not taken[run_end]
                and _is_name_word(tokens.text(run_end))
            ):
                if _title_before_a_name(tokens, run_end, last, taken):
                    index = run_end + 1  # "Senator Marco Rubio": the title marks the name
                run_end += 1
            if run_end - index >= 2 and _marked_as_person(
                tokens, index, run_end, country_ends, object_ends
            ):
                run_end = _past_hyphened_part(tokens, run_end, taken)  # "Moon Jae-in"
                found.append(_detected_person(text, tokens, index, run_end, token_sentence))
                used[index:run_end] = True
                taken[index:run_end] = [True] * (run_end - index)
                if (
                    _after_a_measure(tokens, index)
                    or _member_of_measured(tokens, index)
                    or index - 2 in object_ends
                ):
                    object_ends.add(run_end - 1)
                index = run_end
            else:
                index = max(run_end, index + 1)
    found = _as_earlier_full_names(found, known)
    found += _named_before_speaking(text, tokens, used, token_sentence)
    found += _named_with_age(text, tokens, used, token_sentence)
    found += _honorific_references(text, tokens, used, token_sentence, [*known, *found])
    found += _surname_references(text, tokens, used, token_sentence, [*known, *found])
    return found


# A surname right before a speech verb: '"…," Corbyn said.'
SURNAME_SPEECH_VERBS = frozenset(
    """said says told added adds wrote writes tweeted argued insisted warned explained
    replied noted asked""".split()
)
_SURNAME = re.compile(r"[A-Z][a-z][a-z'’-]+")


def _named_before_speaking(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence
) -> list[Mention]:
    """People named in full with no title ("Jeremy Corbyn disagreed.") who speak later by
    their surname ('"…," Corbyn said.'): the surname's speech marks the earlier two-word name
    as a person's (the surname references then resolve to it)."""
    found: list[Mention] = []
    seen: set[str] = set()
    for verb in _word_indices(tokens, SURNAME_SPEECH_VERBS):
        index = verb - 1
        surname = tokens.text(index) if index >= 0 else ""
        if not _SURNAME.fullmatch(surname) or tokens.end(index) + 1 != tokens.start(verb):
            continue
        if index > 0 and tokens.end(index - 1) == tokens.start(index):
            continue  # part of a longer word or name ("López-led", "U.S.")
        if surname in seen or used[index] or surname.lower() in NOT_NAMES:
            continue
        seen.add(surname)
        if surname.lower() in TITLE_WORDS or _written_lower(tokens, surname):
            continue
        full = _first_full_name(tokens, used, surname, tokens.start(index))
        if full is not None:
            first, end = full
            found.append(_detected_person(text, tokens, first, end, token_sentence))
            used[first:end] = True
    return found


def _first_full_name(
    tokens: Tokens, used: np.ndarray, surname: str, before: int
) -> tuple[int, int] | None:
    """The first "Firstname Surname" before ``before`` that no mention holds, both words
    names and neither an institution's word."""
    folded = tokens.folded
    for start, _, _ in word_matches(folded[:before], (" " + surname,)):
        first = tokens.at_char(folded.rfind(" ", 0, start) + 1)
        last = tokens.at_char(start + 1)
        if last != first + 1 or used[first] or used[last]:
            continue
        name = tokens.text(first)
        if tokens.start(last) != start + 1 or not _is_name_word(name):
            continue
        if name.lower() in INSTITUTION_WORDS or name.lower() in TITLE_WORDS:
            continue
        return first, last + 1
    return None


def _as_earlier_full_names(found: list[Mention], known: list[Mention]) -> list[Mention]:
    """ "Nin Novoa said" after "Rodolfo Nin Novoa": a detected name that ends a longer one
    named before is that person (two-word surnames, which the one-word surname references
    cannot reach)."""
    people = [
        (m, fold(m.surface))
        for m in [*known, *found]
        if m.entity_type == "person" and " " in m.surface
    ]
    if len(people) < 2:
        return found
    resolved = []
    for mention in found:
        suffix = " " + fold(mention.surface)
        earlier = {
            m.entity_id: m
            for m, surface in people
            if m.end <= mention.start and surface.endswith(suffix)
        }
        if len(earlier) == 1:
            (person,) = earlier.values()
            mention = mention._replace(entity_id=person.entity_id, name=person.name)
        resolved.append(mention)
    return resolved


def _past_hyphened_part(tokens: Tokens, end: int, taken: list[bool]) -> int:
    """A name's last word may go on past a hyphen the tokenizer split off ("Moon Jae-in",
    "Lee Soo-min"): the part is written without spaces and is a word of letters."""
    if end + 1 >= len(tokens) or taken[end] or taken[end + 1] or tokens.text(end) != "-":
        return end
    touching = tokens.end(end - 1) == tokens.start(end) and tokens.end(end) == tokens.start(end + 1)
    return end + 2 if touching and tokens.text(end + 1).isalpha() else end


def _detected_person(text: str, tokens: Tokens, first: int, end: int, token_sentence) -> Mention:
    """A person the text marks as one, over tokens [first, end): the id is the name's slug."""
    start, stop = tokens.start(first), tokens.end(end - 1)
    name = text[start:stop]
    sentence_id = token_sentence[first]
    return Mention(
        start,
        stop,
        name,
        f"person:{slug(name)}",
        "person",
        name,
        sentence_id,
        "detected",
        None,
        first,
        end,
    )


# ", Olena, 34," a first name alone, set off with an age: how reports name ordinary people.
_NAME_AND_AGE = re.compile(r", ([A-Z][a-z]+), (\d{2,3}),")


def _named_with_age(text: str, tokens: Tokens, used: np.ndarray, token_sentence) -> list[Mention]:
    """People named by one word with an age in apposition ("One mother, Olena, 34, said")."""
    found = []
    for match in _NAME_AND_AGE.finditer(tokens.folded):
        if not _is_age(match.group(2)) or not _is_name_word(match.group(1)):
            continue
        index = tokens.at_char(match.start(1))
        if index >= len(tokens) or used[index] or tokens.end(index) != match.end(1):
            continue
        found.append(_detected_person(text, tokens, index, index + 1, token_sentence))
        used[index] = True
    return found


def _title_before_a_name(tokens: Tokens, index: int, last: int, taken: list[bool]) -> bool:
    """Is the capitalised word at ``index`` a title followed by a name of two words or more
    ("Senator Marco Rubio", "Special Envoy Elliott Abrams")? Not "Pope Francis": one name
    word alone after a title is kept with it."""
    if tokens.lower(index) not in TITLE_WORDS:
        return False
    return all(
        index + step < last
        and not taken[index + step]
        and _is_name_word(tokens.text(index + step))
        and tokens.lower(index + step) not in TITLE_WORDS
        for step in (1, 2)
    )


def _surname_references(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence, people: list[Mention]
) -> list[Mention]:
    """ "López told reporters" after "Leopoldo López": a surname alone, after the person was
    named in full, is the same person. Not when two people named before it share it,
    not inside a longer name ("López Obrador", "Juan López"), and not when the word is also
    an ordinary word of the article or a month ("Until May, Britain …" after "Theresa May")."""
    # each surname's full mentions, in order: a reference is to the one person named so far
    named: dict[str, list[Mention]] = {}
    # surnames the gazetteer or case file already matches alone ("Maduro") need no search
    covered = {
        m.surface
        for m in people
        if m.entity_type == "person" and " " not in m.surface and m.kind == "name"
    }
    for mention in sorted(people, key=lambda m: m.start):
        if mention.entity_type != "person" or " " not in mention.surface:
            continue
        surname = fold(mention.surface.rsplit(None, 1)[-1])
        if not surname[:1].isupper() or mention.surface.rsplit(None, 1)[-1] in covered:
            continue
        named.setdefault(surname, []).append(mention)
    for surname in list(named):
        if surname.lower() in MONTHS or _written_lower(tokens, surname):
            del named[surname]
    if not named:
        return []
    found = []
    taken = {m.token_start for m in people}
    for start, end, surname in word_matches(tokens.folded, sorted(named)):
        if tokens.folded[start - 1 : start].isalpha():
            continue  # inside a word
        before = [m for m in named[surname] if m.end <= start]
        if len({m.entity_id for m in before}) != 1:
            continue  # nobody of that name yet, or two people named so (they share it)
        person = before[0]
        index = tokens.at_char(start)
        if index >= len(tokens) or used[index] or index in taken:
            continue
        if tokens.start(index) != start or tokens.end(index) != end:
            continue  # part of a token ("López-led")
        if _name_word_next_to(tokens, index):
            continue
        found.append(_reference(text, tokens, index, person, token_sentence, "surname"))
        used[index] = True
    return found


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


def _written_lower(tokens: Tokens, word: str) -> bool:
    """Does the article also use this name as an ordinary word ("the talks were long")?"""
    lower = word.lower()
    if lower not in tokens.folded:  # one C-level substring search settles most names
        return False
    return any(
        not tokens.folded[start - 1 : start].isalpha()
        for start, _, _ in word_matches(tokens.folded, (lower,))
    )


MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _name_word_next_to(tokens: Tokens, index: int) -> bool:
    """Is a capitalised word right before or after this one (another name around it)?"""
    following = tokens.text(index + 1) if index + 1 < len(tokens) else ""
    if following[:1].isupper() and following.isalpha():
        return True
    if index == 0:
        return False
    previous = tokens.text(index - 1)
    sentence_start = index == 1 or tokens.text(index - 2) in {".", "\n", "\n\n", "“", '"'}
    return (
        previous[:1].isupper()
        and previous.isalpha()
        and not sentence_start
        and (previous.lower() not in HONORIFICS)
    )


# Words that mark the capitalised words after them as a person's name (_marked_as_person).
PERSON_MARKERS = TITLE_WORDS | HONORIFICS | KINSHIP_WORDS | INVERTED_SPEECH_VERBS | DESCRIPTORS
_NEXT_TOKEN = re.compile(r"[ \t]*(,|[A-Za-z]+)")


def _may_mark_a_person(tokens: Tokens, index: int, match: re.Match[str]) -> bool:
    """Could any run of names inside this capitalised stretch be marked as a person?

    A cheap test on the stretch before the token-by-token one (most capitalised stretches
    are sentence openings and names of places or bodies): a marker word before it ("Mr",
    "envoy", "his wife,", "says"), a title or speech verb inside it ("President Donald
    Trump"), or a comma or speech verb right after it. It lets through every stretch
    ``_marked_as_person`` could accept, so the people found are the same.
    """
    before = tokens.lower(index - 1)
    if (
        before in PERSON_MARKERS
        or before in POSSESSIVES
        or (before == "," and tokens.lower(index - 2) in KINSHIP_WORDS | TITLE_WORDS)
        or _after_a_measure(tokens, index)
        or (before == "and" and _measure_before(tokens, index))  # "… on A B and C D"
        or _member_of_measured(tokens, index)
    ):
        return True
    words = match.group().lower().split()
    if len(words) > 2 and any(
        word in PERSON_MARKERS or word in SPEECH_VERBS or word.endswith("'s") for word in words
    ):
        return True  # "President Donald Trump", "Nicaragua's Daniel Ortega"
    following = _NEXT_TOKEN.match(tokens.folded, match.end())
    return following is not None and (
        following.group(1) == "," or following.group(1).lower() in SPEECH_VERBS
    )


# The object of a measure: a run of names right after "the assets of", "sanctions on",
# "a travel ban against" or "sanctioned" is the person it targets ("the US froze the assets
# of Tareck El Aissami"): reports name officials there without a title. Companies are kept
# out by COMPANY_WORDS and INSTITUTION_WORDS.
MEASURE_NOUNS = frozenset(
    """assets asset sanctions sanction penalties bans ban measures restrictions accounts
    property properties holdings""".split()
)
MEASURE_VERBS = frozenset(
    """sanctioned sanctioning sanctions sanction blacklisted blacklisting designated
    designating""".split()
)
COMPANY_WORDS = frozenset(
    """trading oil petroleum petroleos energy holdings holding limited ltd inc corp sa sas plc
    llc gold mining minerals airlines airline shipping industries international group
    enterprises finance investments capital partners""".split()
)


def _member_of_measured(tokens: Tokens, start: int) -> bool:
    """Does the run start a list of members ("among them", "including") of a group a
    measure names in the dozen words before?"""
    before = tokens.lower(start - 1)
    listed = before in {"including", "namely"} or (
        before == "them" and tokens.lower(start - 2) == "among"
    )
    if not listed:
        return False
    for index in range(start - 2, max(0, start - 12) - 1, -1):
        word = tokens.lower(index)
        if word in {".", "!", "?"}:
            return False  # the measure must be in the list's own sentence
        if word in MEASURE_NOUNS or word in MEASURE_VERBS:
            return True
    return False


def _measure_before(tokens: Tokens, index: int) -> bool:
    """A measure word in the dozen tokens before (the run may be its second object)."""
    return any(
        tokens.lower(i) in MEASURE_NOUNS or tokens.lower(i) in MEASURE_VERBS
        for i in range(max(0, index - 12), index)
    )


def _after_a_measure(tokens: Tokens, start: int) -> bool:
    """Does the run starting at ``start`` follow a measure ("assets of", "sanctions on",
    "sanctioned")?"""
    before = tokens.lower(start - 1)
    if before in MEASURE_VERBS:
        return True
    return before in {"of", "on", "against"} and tokens.lower(start - 2) in MEASURE_NOUNS


# Words that make a capitalised run an institution or a title of a work, not a person.
INSTITUTION_WORDS = frozenset(
    """church council assembly court party bank ministry group union committee agency times
    news post journal republic army forces company corporation university institute
    foundation fund commission parliament congress senate house office department service
    organisation organization association federation league front movement alliance
    programme program summit conference treaty accord agreement declaration plan square
    street avenue bridge airport palace station mission centre center network channel
    television radio broadcaster newspaper magazine press agency""".split()
)


# Words after a capitalised run that make it a place: "Venezuela's Tachira state".
PLACE_WORDS = frozenset(
    """state province region city town river border district county municipality port
    island valley mountains desert oblast""".split()
)


def _marked_as_person(
    tokens: Tokens,
    start: int,
    end: int,
    country_ends: frozenset[int] | set[int] = frozenset(),
    object_ends: frozenset[int] | set[int] = frozenset(),
) -> bool:
    if any(tokens.lower(i) in INSTITUTION_WORDS for i in range(start, end)):
        return False
    if all(tokens.lower(i) in TITLE_WORDS for i in range(start, end)):
        return False  # "said High Representative Federica Mogherini": a title, not a name
    before = tokens.lower(start - 1)
    if before in POSSESSIVES and start - 2 in country_ends:
        # "Nicaragua's Daniel Ortega" (not "Venezuela's Tachira state", "… Simon Bolivar bridge")
        return not any(tokens.lower(i) in PLACE_WORDS for i in range(start, end + 1)) and (
            tokens.lower(end) not in INSTITUTION_WORDS
        )
    if before in TITLE_WORDS or before in HONORIFICS or before in INVERTED_SPEECH_VERBS:
        return True  # "special envoy Elliott Abrams", "says Maria Pérez" (not "told Fox News")
    if before in DESCRIPTORS:
        return True  # "steel magnate Alexei Mordashov"
    if before in KINSHIP_WORDS or (before == "," and tokens.lower(start - 2) in KINSHIP_WORDS):
        return True  # "his wife Cilia Flores", "Mr Maduro's wife, Cilia Flores"
    if _member_of_measured(tokens, start):
        # "sanctioned five officials, among them Manuel Quevedo", "…, including Tarek Saab"
        return not any(tokens.lower(i) in COMPANY_WORDS for i in range(start, end + 1))
    if _after_a_measure(tokens, start) or (before == "and" and start - 2 in object_ends):
        # "froze the assets of Tareck El Aissami"; "… on Tarek William Saab and Maikel Moreno"
        # (not "Evrofinance Mosnarbank, a Moscow-based lender": an apposition says company)
        return not any(tokens.lower(i) in COMPANY_WORDS for i in range(start, end + 1)) and (
            not _company_apposition(tokens, end)
        )
    after = [tokens.lower(i) for i in range(end, min(end + 3, len(tokens)))]
    if before == "," and tokens.lower(start - 2) in TITLE_WORDS and after[:1] == [","]:
        return True  # an apposition closed by a comma: "Austria's chancellor, Sebastian Kurz,"
    if after and after[0] in SPEECH_VERBS:
        return True
    if len(after) == 3 and after[0] == after[2] == "," and _is_age(after[1]):
        return True  # "Maria Pérez, 34, a teacher"
    if len(after) >= 2 and after[0] == "," and after[1] in {"a", "an", "the", "who"}:
        return True
    if after[:1] == [","] and after[1:3] == ["one", "of"]:
        return True  # "Hannover Esteban Guerrero Mijares, one of the agency's commanders"
    return _titled_apposition(tokens, end)


def _titled_apposition(tokens: Tokens, end: int) -> bool:
    """ "António Vitorino, IOM's director general, said": an apposition closed by a comma,
    naming an office."""
    if tokens.lower(end) != ",":
        return False
    for index in range(end + 1, min(len(tokens), end + 7)):
        word = tokens.lower(index)
        if word == ",":
            return index > end + 1 and tokens.lower(index - 1) in TITLE_WORDS
        if word in {".", ";", ":"}:
            return False
    return False


COMPANY_NOUNS = frozenset(
    """bank lender company firm conglomerate miner producer exporter insurer operator
    subsidiary airline refinery shipper carrier broker fund group""".split()
)


def _company_apposition(tokens: Tokens, end: int) -> bool:
    """ ", a Moscow-based lender", ", the state gold miner": an apposition naming a company."""
    if tokens.lower(end) != ",":
        return False
    return any(tokens.lower(i) in COMPANY_NOUNS for i in range(end + 1, min(len(tokens), end + 6)))


# A company the case file does not list, where the text marks it as one: a descriptor before
# it ("state oil company Rosneft", "the lender Otkritie"), an apposition after it
# ("Cubametales, a Cuban state company"), or a bank's own name ("Sovcombank").
_COMPANY_NOUN_ALTERNATION = (
    "company|firm|bank|lender|giant|producer|miner|exporter|conglomerate|airline|subsidiary"
    "|operator|insurer|refiner|shipper|carrier|broker|trader|maker|manufacturer"
)
COMPANY_DESCRIPTORS = frozenset(_COMPANY_NOUN_ALTERNATION.split("|"))
# The apposition is found from its comma (a literal first character: a fast scan); the name
# before it is then read token by token.
_COMPANY_APPOSITION = re.compile(
    rf", (?:a|an|the) (?:[\w-]+ ){{0,4}}?(?:{_COMPANY_NOUN_ALTERNATION})\b"
)
COMPANY_REACH = 3  # words in a detected company name


def _detect_companies(text: str, tokens: Tokens, used: np.ndarray, token_sentence) -> list[Mention]:
    """Companies the case file does not list, where the text marks them as companies (see the
    patterns above), and their later mentions by the same name. The id is ``org:`` and the
    name's slug in capitals ("org:EVROFINANCE_MOSNARBANK"), as the contract's org codes are.
    Sanctions lists name many companies no gazetteer holds; without a mention they were lost
    as targets."""
    folded = tokens.folded
    runs: list[tuple[int, int]] = []
    for index in _descriptors(tokens):
        runs.append((index + 1, _name_run_end(tokens, index + 1, used)))
    for match in _COMPANY_APPOSITION.finditer(folded):
        end = tokens.at_char(match.start())
        first = _name_run_start(tokens, end, used)
        if first < end and _name_run_end(tokens, first, used) == end:
            runs.append((first, end))
    found = _companies_over(text, tokens, used, token_sentence, runs)
    names = {folded[m.start : m.end] for m in found}
    for start, stop, _name in word_matches(folded, sorted(names)):
        index, last = tokens.at_char(start), tokens.at_char(stop)
        if folded[start - 1 : start].isalpha() or tokens.start(index) != start:
            continue
        if last <= len(tokens) and not used[index:last].any():
            found.append(_detected_company(text, tokens, index, last, token_sentence))
            used[index:last] = True
    # a bank's own name last, so that "Evrofinance Mosnarbank" again is not "Mosnarbank"
    runs = [(first, _name_run_end(tokens, first, used)) for first in _bank_names(tokens)]
    return found + _companies_over(text, tokens, used, token_sentence, runs)


def _descriptors(tokens: Tokens) -> list[int]:
    """Company nouns right before a capitalised word ("state oil company Rosneft"). One
    C-level set test settles most articles; a regex alternation of the nouns cost a quarter
    of a millisecond an article."""
    words = tokens.words
    return [
        index
        for index in _word_indices(tokens, COMPANY_DESCRIPTORS)
        if index + 1 < len(words)
        and tokens.end(index) + 1 == tokens.start(index + 1)
        and tokens.text(index + 1)[:1].isupper()
    ]


def _word_indices(tokens: Tokens, wanted: Iterable[str]) -> list[int]:
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


def _bank_names(tokens: Tokens) -> list[int]:
    """Tokens that are a bank's own one-word name ("Sovcombank", "Gazprombank"): found by
    str.find of "bank" (C speed), most hits being the lower-case word, rejected at once."""
    folded, found = tokens.folded, []
    position = folded.find("bank", 3)
    while position != -1:
        after = folded[position + 4 : position + 5]
        if folded[position - 1].islower() and not (after.isascii() and after.isalpha()):
            start = tokens.at_char(position) - 1
            if 0 <= start < len(tokens) and tokens.end(start) > position:
                word = tokens.text(start)
                if word[:1].isupper() and word[1:].isalpha() and len(word) > 6:
                    found.append(start)
        position = folded.find("bank", position + 4)
    return found


def _name_run_start(tokens: Tokens, end: int, used: np.ndarray) -> int:
    """Where a company's name that ends before ``end`` starts: up to three capitalised words."""
    first = end
    while first > 0 and end - first < COMPANY_REACH and not used[first - 1]:
        word = tokens.text(first - 1)
        if not (word[:1].isupper() and word.replace("-", "").replace("&", "").isalnum()):
            break
        first -= 1
    return first


def _companies_over(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence, runs: list[tuple[int, int]]
) -> list[Mention]:
    """A company mention over each run of tokens no mention holds yet."""
    found = []
    for first, end in sorted(set(runs)):
        if end <= first or used[first:end].any():
            continue
        found.append(_detected_company(text, tokens, first, end, token_sentence))
        used[first:end] = True
    return found


def _name_run_end(tokens: Tokens, first: int, used: np.ndarray) -> int:
    """Where a company's name that starts at ``first`` ends: up to three capitalised words
    (or capitals: "VTB"), none a title, an institution word, a month or a day."""
    end = first
    while end < len(tokens) and end - first < COMPANY_REACH and not used[end]:
        word = tokens.text(end)
        lowered = word.lower()
        if not (word[:1].isupper() and word.replace("-", "").replace("&", "").isalnum()):
            break
        if lowered in NOT_NAMES or lowered in TITLE_WORDS or lowered in INSTITUTION_WORDS:
            break
        end += 1
    return end


def _detected_company(text: str, tokens: Tokens, first: int, end: int, token_sentence) -> Mention:
    start, stop = tokens.start(first), tokens.end(end - 1)
    name = text[start:stop]
    code = slug(name).upper().replace("-", "_")
    return Mention(
        start,
        stop,
        name,
        f"org:{code}",
        "org",
        name,
        token_sentence[first],
        "detected",
        None,
        first,
        end,
    )


def _is_age(word: str) -> bool:
    return word.isdigit() and 14 <= int(word) <= 110


# No leading \b: a pattern that starts with letters lets the scan jump to each "M"/"D" (a \b
# is tested at every position, three times the cost); the boundary is checked on each match.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")


def _honorific_references(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence, people: list[Mention]
) -> list[Mention]:
    """'Mr Stein' after 'Eduardo Stein' is the same person."""
    surnames = {}
    for mention in people:
        if mention.entity_type == "person":
            surnames.setdefault(fold(mention.name).split()[-1].lower(), mention)
    found = []
    folded = tokens.folded
    for match in _HONORIFIC.finditer(folded):
        if match.start() and (
            folded[match.start() - 1].isalnum() or folded[match.start() - 1] == "_"
        ):
            continue  # "HMrs", "UNDr": inside a word
        index = tokens.at_char(match.end() - 1)
        if index >= len(tokens) or used[index]:
            continue
        person = surnames.get(tokens.lower(index))
        if person is None:
            continue
        found.append(_reference(text, tokens, index, person, token_sentence, "honorific"))
    return found


_ADMINISTRATION = re.compile(r"(?:A|a)dministration(?![A-Za-z])")


def _administration_references(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence, mentions: list[Mention]
) -> list[Mention]:
    """ "the administration" after "the Trump administration": the state that administration
    governs (its leader's party), as a mention of that state."""
    if "dministration" not in tokens.folded:
        return []
    found = []
    for match in _ADMINISTRATION.finditer(tokens.folded):
        index = tokens.at_char(match.start())
        if index >= len(tokens) or used[index] or tokens.lower(index - 1) != "the":
            continue
        leaders = [
            m
            for m in mentions
            if m.entity_type == "person"
            and m.party_id
            and m.end <= match.start()
            and tokens.lower(m.token_end) == "administration"
        ]
        if not leaders:
            continue
        party = leaders[-1].party_id
        start, end = tokens.start(index), tokens.end(index)
        found.append(
            Mention(
                start,
                end,
                text[start:end],
                party,
                "country" if party.startswith("country:") else "org",
                _party_name(party),
                token_sentence[index],
                "administration",
                party,
                index,
                index + 1,
            )
        )
    return found


@lru_cache(maxsize=512)
def _party_name(party: str) -> str:
    return org_names().get(party, party)


def _shared_parties(mentions: list[Mention]) -> list[Mention]:
    """A person's later mentions ("Kurz", "Mr Stein") stand for the state their full mention
    did ("Austria's chancellor, Sebastian Kurz")."""
    parties = {
        m.entity_id: m.party_id for m in mentions if m.entity_type == "person" and m.party_id
    }
    if not parties:
        return mentions
    return [
        m._replace(party_id=parties[m.entity_id])
        if m.entity_type == "person" and m.party_id is None and m.entity_id in parties
        else m
        for m in mentions
    ]


def _reference(
    text: str, tokens: Tokens, index: int, person: Mention, token_sentence, kind: str
) -> Mention:
    """A one-word mention of a person named before ("Mr Stein", "López"); its party comes
    from the full mention (``_shared_parties``)."""
    start, end = tokens.start(index), tokens.end(index)
    sentence_id = token_sentence[index]
    return Mention(
        start,
        end,
        text[start:end],
        person.entity_id,
        "person",
        person.name,
        sentence_id,
        kind,
        None,
        index,
        index + 1,
    )


def _with_party(
    mention: Mention, mentions: list[Mention], tokens: Tokens, parties: dict
) -> Mention:
    """The state or bloc a person stands for: the case file's, else a country right before the
    title ('Russian Foreign Minister Sergei Lavrov' -> country:RUS; "Austria's chancellor,
    Sebastian Kurz," -> country:AUT)."""
    if mention.entity_type != "person":
        return mention
    party = parties.get(mention.entity_id)
    if party is not None and party.party_id:
        return mention._replace(party_id=party.party_id)
    index = mention.token_start - 1
    if tokens.lower(index) == "," and tokens.lower(index - 1) in TITLE_WORDS:
        index -= 1  # an apposition: "Austria's chancellor, Sebastian Kurz, …"
    steps = 0
    while (
        index >= 0
        and steps < 5
        and (
            tokens.lower(index) in TITLE_WORDS
            or tokens.lower(index) in TITLE_MODIFIERS
            or tokens.lower(index) == "-"
        )
    ):
        index -= 1
        steps += 1
    if steps == 0 and tokens.lower(index) in POSSESSIVES:
        index -= 1  # "Nicaragua's Daniel Ortega": no title, the possessor is the state
        for other in mentions:
            if other.token_end == index + 1 and other.entity_type == "country":
                return mention._replace(party_id=other.party_id or other.entity_id)
        return mention
    if steps == 0 or index < 0:
        return mention
    if tokens.lower(index) in POSSESSIVES and index > 0:  # "Brazil's foreign minister X"
        index -= 1
    for other in mentions:
        if other.token_end == index + 1 and other.entity_type in {"country", "org"}:
            return mention._replace(party_id=other.party_id or other.entity_id)
    return mention


# Words inside a title that say whose office it is ("Hungarian government spokesman X").
TITLE_MODIFIERS = frozenset({"government", "state", "presidential", "cabinet", "federal"})


MENTION_COLUMNS = (
    "article_id",
    "sentence_id",
    "start",
    "end",
    "surface",
    "entity_id",
    "entity_type",
    "name",
)


def mention_rows(article: AnnotatedArticle) -> list[dict]:
    """Rows of the mentions table for one article."""
    return [
        {
            "article_id": article.article_id,
            "sentence_id": m.sentence_id,
            "start": m.start,
            "end": m.end,
            "surface": m.surface,
            "entity_id": m.entity_id,
            "entity_type": m.entity_type,
            "name": m.name,
            "party_id": m.party_id,
        }
        for m in article.mentions
    ]
