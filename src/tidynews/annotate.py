"""Annotation: sentences and entity mentions on spaCy's blank English pipeline.

No statistical model: a tokenizer, the rule-based sentencizer, and PhraseMatchers over the
gazetteers and the case file. Matching is accent- and case-insensitive because we tokenise an
accent-folded copy of the text of *the same length*, so every character offset found on it is
an offset into the original text, and the text is tokenised only once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, filter_spans

from .cases import Case
from .gazetteer import Entry, entries_for

# Words that introduce or describe a person; a capitalised name right after one is a person.
TITLE_WORDS = frozenset(
    """president vice-president prime minister secretary mr mrs ms dr sir lord general gen
    spokesman spokeswoman spokesperson envoy adviser advisor ambassador leader chief senator
    chancellor king queen commissioner director representative correspondent editor official
    deputy governor mayor judge pope foreign defence defense finance interior national security
    special high state treasury opposition army commander colonel lieutenant admiral senator
    congressman congresswoman rep sen premier counterpart head chair chairman chairwoman""".split()
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "mr.", "mrs.", "ms.", "dr."})
SPEECH_VERBS = frozenset(
    """said says say told tells added adds wrote writes tweeted tweets stated states
    announced announces declared declares warned warns insisted insists argued argues
    explained explains noted notes claimed claims urged urges""".split()
)
# Capitalised words that start many sentences or headings but never a person's name.
NOT_NAMES = frozenset(
    """the a an in on at for of and but or if as by to from with this that these those it its
    he she they we his her their our on monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr president minister secretary""".split()
)


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return base if len(base) == 1 and base.isascii() else char


_FOLD_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """Strip accents without changing length: 'Guaidó' -> 'Guaido', offsets stay valid.

    One C-speed ``str.translate`` per text; the table grows by the characters seen.
    """
    if text.isascii():
        return text
    for char in set(text):
        code = ord(char)
        if code > 127 and code not in _FOLD_TABLE:
            _FOLD_TABLE[code] = _fold_char(char)
    return text.translate(_FOLD_TABLE)


def slug(name: str) -> str:
    """Lower-case ASCII hyphenated slug of a name ('Nicolás Maduro' -> 'nicolas-maduro')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


@dataclass(frozen=True)
class Sentence:
    id: int
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
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


@dataclass
class AnnotatedArticle:
    """An article's tokens, sentences and mentions, the input of every extractor."""

    article_id: str
    text: str
    doc: Doc
    sentences: list[Sentence]
    mentions: list[Mention]
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for mention in self.mentions:
            self._by_sentence.setdefault(mention.sentence_id, []).append(mention)

    def sentence_text(self, sentence_id: int) -> str:
        sentence = self.sentences[sentence_id]
        return self.text[sentence.start : sentence.end]

    def mentions_in(self, sentence_id: int) -> list[Mention]:
        return self._by_sentence.get(sentence_id, [])

    def sentence_span(self, sentence_id: int) -> Span:
        sentence = self.sentences[sentence_id]
        return self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")

    def sentence_of(self, char: int) -> int:
        """The id of the sentence holding a character offset."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.sentences[middle].start <= char:
                low = middle
            else:
                high = middle - 1
        return low


_NEWLINES = re.compile(r"\s*\n\s*")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headings and captions have no full stop.

    We look for the breaks in the text (C-speed regex) rather than walking every token.
    """
    text = doc.text
    if "\n" not in text:
        return doc
    for match in _NEWLINES.finditer(text):
        span = doc.char_span(match.end(), len(text), alignment_mode="expand")
        if span is not None and len(span):
            span[0].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def blank_pipeline() -> Language:
    """spaCy's blank English tokenizer with the rule sentencizer and paragraph breaks."""
    nlp = spacy.blank("en")
    # "U.S.-backed" is one token by default; split the hyphen after an abbreviation so the
    # country and the cue are seen, as they are in "US-backed".
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("paragraph_breaks")
    return nlp


_PRIORITY = {"blocker": -1, "person": 0, "org": 1, "country": 2}


class Annotator:
    """Builds the matchers once for a case; then annotates any number of articles."""

    def __init__(self, case: Case | None = None, gazetteer_dir: Path | None = None) -> None:
        self.case = case
        self.nlp = blank_pipeline()
        self._entries: list[Entry] = []
        self._insensitive = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._sensitive = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._parties = {p.id: p for p in (case.subjects + case.actors)} if case else {}
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
            matcher = self._sensitive if sensitive else self._insensitive
            matcher.add(label, [self.nlp.make_doc(fold(entry.alias))])

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

        def folded() -> Iterator[str]:
            for article_id, text in pairs:
                ids.append(article_id)
                texts.append(text)
                yield fold(text)

        for index, doc in enumerate(self.nlp.pipe(folded(), batch_size=batch_size)):
            yield self._annotated(ids[index], texts[index], doc)
            ids[index] = texts[index] = ""  # release memory as we stream

    # --- internals ---------------------------------------------------------------------------

    def _annotated(self, article_id: str, text: str, doc: Doc) -> AnnotatedArticle:
        sentences, token_sentence = _sentences(doc)
        spans = [
            Span(doc, start, end, label=label)
            for matcher in (self._insensitive, self._sensitive)
            for label, start, end in matcher(doc)
        ]
        spans = filter_spans(spans)
        mentions = [self._mention(text, doc, span, token_sentence) for span in spans]
        mentions = [mention for mention in mentions if mention.entity_type != "blocker"]
        mentions += _detect_people(text, doc, spans, token_sentence, mentions)
        mentions.sort(key=lambda m: m.start)
        mentions = [_with_party(m, mentions, doc, self._parties) for m in mentions]
        return AnnotatedArticle(article_id, text, doc, sentences, mentions)

    def _mention(self, text: str, doc: Doc, span: Span, token_sentence: list[int]) -> Mention:
        entry = self._entries[int(doc.vocab.strings[span.label])]
        return Mention(
            start=span.start_char,
            end=span.end_char,
            surface=text[span.start_char : span.end_char],
            entity_id=entry.entity_id,
            entity_type=entry.entity_type,
            name=entry.name,
            sentence_id=token_sentence[span.start],
            kind=entry.kind,
            party_id=entry.party,
            token_start=span.start,
            token_end=span.end,
        )


def _sentences(doc: Doc) -> tuple[list[Sentence], list[int]]:
    """Sentences trimmed of surrounding whitespace, and each token's sentence id.

    Work is per sentence, not per token: the token-to-sentence map is filled with slices.
    """
    sentences: list[Sentence] = []
    token_sentence = [0] * len(doc)
    text = doc.text
    for span in doc.sents:
        raw = text[span.start_char : span.end_char]
        stripped = raw.strip()
        sentence_id = max(len(sentences) - 1, 0)
        if stripped:
            sentence_id = len(sentences)
            start = span.start_char + (len(raw) - len(raw.lstrip()))
            sentences.append(Sentence(sentence_id, start, start + len(stripped)))
        token_sentence[span.start : span.end] = [sentence_id] * (span.end - span.start)
    if not sentences:
        sentences.append(Sentence(0, 0, len(text)))
    return sentences, token_sentence


def _is_name_token(token: spacy.tokens.Token) -> bool:
    text = token.text
    return (
        len(text) > 1
        and text[0].isupper()
        and (text[1:].islower() or "-" in text or "'" in text)
        and text.replace("-", "").replace("'", "").isalpha()
        and text.lower() not in NOT_NAMES
    )


def _detect_people(
    text: str, doc: Doc, taken: list[Span], token_sentence: list[int], known: list[Mention]
) -> list[Mention]:
    """People the case file does not list, where the text marks them as people.

    A run of two to four capitalised words counts when a title comes before it ("special
    representative Eduardo Stein") or a speech verb or an appositive comes after it ("Eduardo
    Stein, a special representative, said"). Later "Mr Stein" resolves to the same person.
    """
    used = [False] * len(doc)
    for span in taken:
        for index in range(span.start, span.end):
            used[index] = True
    found: list[Mention] = []
    index = 0
    while index < len(doc):
        run_end = index
        while (
            run_end < len(doc)
            and run_end - index < 4
            and not used[run_end]
            and _is_name_token(doc[run_end])
        ):
            run_end += 1
        if run_end - index >= 2 and _marked_as_person(doc, index, run_end):
            start, end = doc[index].idx, doc[run_end - 1].idx + len(doc[run_end - 1])
            name = text[start:end]
            found.append(
                Mention(
                    start,
                    end,
                    name,
                    f"person:{slug(name)}",
                    "person",
                    name,
                    token_sentence[index],
                    "detected",
                    None,
                    index,
                    run_end,
                )
            )
            index = run_end
        else:
            index = max(run_end, index + 1)
    found += _honorific_references(text, doc, used, token_sentence, [*known, *found])
    return found


# Words that make a capitalised run an institution or a title of a work, not a person.
INSTITUTION_WORDS = frozenset(
    """church council assembly court party bank ministry group union committee agency times
    news post journal republic army forces company corporation university institute
    foundation fund commission parliament congress senate house office department service
    organisation organization association federation league front movement alliance
    programme program summit conference treaty accord agreement declaration plan square
    street avenue bridge airport palace station mission centre center""".split()
)


def _marked_as_person(doc: Doc, start: int, end: int) -> bool:
    if any(doc[i].lower_ in INSTITUTION_WORDS for i in range(start, end)):
        return False
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in TITLE_WORDS or before in HONORIFICS:
        return True
    after = [token.lower_ for token in doc[end : end + 3]]
    if after and after[0] in SPEECH_VERBS:
        return True
    return len(after) >= 2 and after[0] == "," and after[1] in {"a", "an", "the", "who"}


def _honorific_references(
    text: str, doc: Doc, used: list[bool], token_sentence: list[int], people: list[Mention]
) -> list[Mention]:
    """'Mr Stein' after 'Eduardo Stein' is the same person."""
    surnames = {}
    for mention in people:
        if mention.entity_type == "person":
            surnames.setdefault(fold(mention.name).split()[-1].lower(), mention)
    found = []
    for token in doc[1:]:
        if used[token.i] or doc[token.i - 1].lower_ not in HONORIFICS:
            continue
        person = surnames.get(token.lower_)
        if person is not None and not any(m.token_start <= token.i < m.token_end for m in people):
            found.append(
                Mention(
                    token.idx,
                    token.idx + len(token),
                    text[token.idx : token.idx + len(token)],
                    person.entity_id,
                    "person",
                    person.name,
                    token_sentence[token.i],
                    "honorific",
                    None,
                    token.i,
                    token.i + 1,
                )
            )
    return found


def _with_party(mention: Mention, mentions: list[Mention], doc: Doc, parties: dict) -> Mention:
    """The state or bloc a person stands for: the case file's, else a country right before the
    title ('Russian Foreign Minister Sergei Lavrov' -> country:RUS)."""
    if mention.entity_type != "person":
        return mention if mention.party_id else _replace(mention, party_id=mention.entity_id)
    party = parties.get(mention.entity_id)
    if party is not None and party.party_id:
        return _replace(mention, party_id=party.party_id)
    index = mention.token_start - 1
    steps = 0
    while index >= 0 and steps < 5 and (doc[index].lower_ in TITLE_WORDS or doc[index].text == "-"):
        index -= 1
        steps += 1
    if steps == 0 or index < 0:
        return mention
    for other in mentions:
        if other.token_end == index + 1 and other.entity_type in {"country", "org"}:
            return _replace(mention, party_id=other.entity_id)
    return mention


def _replace(mention: Mention, **changes: object) -> Mention:
    from dataclasses import replace

    return replace(mention, **changes)


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
