"""Annotation: sentences and entity mentions on spaCy's blank English pipeline.

No statistical model: a tokenizer, the rule-based sentencizer, and PhraseMatchers over the
gazetteers and the case file. Matching is accent- and case-insensitive because we tokenise an
accent-folded copy of the text of *the same length*, so every character offset found on it is
an offset into the original text, and the text is tokenised only once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import numpy as np
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

from .cases import Case, Party
from .companies import (
    detect_companies,
    detected_company,
    listed_with_companies,
    names_over_places,
)
from .document import OPENING_QUOTE_MARKS, AnnotatedArticle, Mention, Sentence, Tokens, fold
from .gazetteer import Entry, bloc_ids, entries_for
from .people import (
    GOVERNMENT_NOUNS,
    HONORIFICS,
    POSSESSIVES,
    STATE_OFFICES,
    TITLE_WORDS,
    detect_people,
    is_name_word,
)
from .references import BLOC_ANAPHORS, BLOC_REACH, later_references, reference_rules

_TITLE_WORDS_OR_HONORIFICS = TITLE_WORDS | HONORIFICS  # (made once, not at every test)
_new_tuple = tuple.__new__

# Only the ends of these matches are used; starting at the newline (not at any whitespace
# before it) gives the same ends and lets the scan skip ahead to each "\n".
_NEWLINES = re.compile(r"\n\s*")
# A wire dateline opening a paragraph: "CARACAS (Reuters) - ", "MADRID/BERLIN (Reuters) - ",
# "CARACAS, Venezuela (AP) — ", "CARACAS, May 1 (EFE).- ", and as scraped copy often has
# it, an en or em dash with no space after it ("BRUSSELS, Belgium—The EU …") or a hyphen
# right after the agency ("SEOUL (Reuters) -South Korea …"). It is not part
# of the first sentence's subject: the sentence starts after it.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’/ -]{1,40}[A-Z](?:,[ \t]+[A-Z][A-Za-z. ]{1,30}?(?:[ \t]+\d{1,2})?)?[ \t]*"
    r"(?:\([A-Za-z .]{1,25}\)[ \t]*)?\.?(?:[-–—]+[ \t]+|[–—](?=[A-Z\"“‘'])|(?<=\) )-(?=[A-Z]))"
    r"(?=\S)"
)


def _dateline_ends(text: str, paragraph_starts: list[int]) -> list[int]:
    """Where the text after each paragraph's dateline starts (paragraphs without one give
    nothing)."""
    ends = []
    for start in paragraph_starts:
        match = _DATELINE.match(text, start)
        if match is not None and not _FACTBOX_VERB.match(text, match.end()):
            ends.append(match.end())
    return ends


# A factbox entry "COLOMBIA, Jan. 23 - Recognised Guaidó …" opens on a past verb, not a
# sentence with a subject: its label is the state acting, no dateline
_FACTBOX_VERB = re.compile(r"[A-Z][a-z]+ed\b")


# Abbreviated ranks and titles spaCy's English exceptions do not hold (it has Gen., Gov.,
# Sen., Rep., Adm., Mr., Dr., Prof., St.)
RANK_ABBREVIATIONS = (
    *("Maj.", "Lt.", "Col.", "Sgt.", "Capt.", "Cmdr.", "Brig.", "Cpl.", "Amb.", "Supt."),
    *("Insp.", "Gens.", "Pres."),
)


@lru_cache(maxsize=1)
def blank_pipeline() -> Language:
    """spaCy's blank English tokenizer. Sentences follow the rule of spaCy's sentencizer,
    applied to token arrays (``sentence_starts``), plus a break at every line break (headings
    and captions have no full stop, see ``split_sentences``)."""
    nlp = spacy.blank("en")
    # "U.S.-backed" is one token by default; split the hyphen after an abbreviation so the
    # country and the cue are seen, as they are in "US-backed".
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # A wire dateline's hyphen glued to the first word ("SEOUL (Reuters) -South Korea will")
    # is split off, so the name after it is matched
    prefixes = [*nlp.Defaults.prefixes, r"-(?=[A-Z][a-z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    # spaCy's 1,000,000-character limit guards the parser and NER, which this pipeline does not
    # have; the tokenizer's memory grows linearly, so a long article (a transcript, a scraped
    # live blog) is annotated rather than refused. The reader's size limit stays the guard.
    nlp.max_length = 100_000_000
    # Ranks and titles abbreviated before a name ("Maj. Gen. Richard López Vargas") are one
    # token, as spaCy already has "Gen." and "Sen.": the full stop ends no sentence
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # The platform "X" ends sentences ("Kuleba defended the move on X. \"…,\" he wrote"):
    # spaCy keeps "X." whole as a single letter's initial, which would end none
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    return nlp


@lru_cache(maxsize=1)
def _sentence_punct_hashes() -> np.ndarray:
    """The ORTH hashes of the sentencizer's sentence-ending characters ('.', '!', '?', ...)."""
    strings = blank_pipeline().vocab.strings
    return np.array(sorted(strings.add(char) for char in Sentencizer.default_punct_chars), "uint64")


def _ending_indices(tokens: Tokens) -> list[int]:
    """Indices of the sentence-ending characters among the tokens. Every one is a single
    character, so only one-character tokens are looked up: a binary search of their hashes
    in the sorted hashes (np.isin takes its slow path for the sentencizer's 128 characters)."""
    endings = _sentence_punct_hashes()
    single = np.flatnonzero(tokens.lengths == 1)
    orths = tokens.orths[single]
    places = np.searchsorted(endings, orths)
    places[places == len(endings)] = 0
    return single[endings[places] == orths].tolist()


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
    endings = _ending_indices(tokens)
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
# What Annotator.pipe takes: (article_id, text) or (article_id, text, published ISO date)
ArticleInput = tuple[str, str] | tuple[str, str, str | None]
COMPANY_KINDS = frozenset({"company", "bank"})  # case parties' kinds that are companies


# Acronyms whose title-case form is an ordinary word or name: "Swift action", "Jessica Alba"
ACRONYMS_THAT_ARE_WORDS = frozenset({"SWIFT", "ALBA"})


def _writes_title_case(alias: str) -> bool:
    """Is an acronym of four letters or more also written in title case by the press
    ("Ofac", "Opec", "Unhcr": British and trade-press style)? Shorter ones are not ("Us",
    "Un", "Eu" would match the pronoun or nothing), nor those that are words."""
    return (
        len(alias) >= 4
        and alias.isalpha()
        and alias.isupper()
        and alias not in ACRONYMS_THAT_ARE_WORDS
    )


def _title_cased_inside_a_name(tokens: Tokens, start: int, end: int) -> bool:
    """Is a one-word match of an acronym written in title case, not in capitals, a word of a
    longer capitalised name ("Banco Bandes Uruguay" is a bank of its own, not BANDES)? A sentence's
    first word has no name before it."""
    if end - start != 1:
        return False
    surface = tokens.text(start)
    if surface.isupper() or not surface.istitle() or not _writes_title_case(surface.upper()):
        return False
    before = tokens.text(start - 1) if start > 0 else ""
    after = tokens.text(end) if end < len(tokens) else ""
    return (before.istitle() and before.isalpha()) or (after.istitle() and after.isalpha())


def _written_in_capitals_too(entry: Entry) -> bool:
    """Is an organisation's one-word name, matched as written ("Citgo", "Rosneft"), also
    written in capitals by its own style and by law-firm copy ("CITGO")?"""
    alias = entry.alias
    return entry.entity_type == "org" and " " not in alias and alias.istitle() and len(alias) >= 4


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
        self._companies = frozenset(p.id for p in self._parties.values() if p.kind in COMPANY_KINDS)
        # multi-word names by their folded, lower-cased text: what an elliptical coordination
        # ("the Donetsk and Luhansk people's republics") is checked against
        self._phrases: dict[str, int] = {}
        self._blocs = bloc_ids(gazetteer_dir)
        self._offices = _office_holders(self._parties)
        # the first words of the case's contested organisations' names ("Donetsk" of "Donetsk
        # People's Republic"): the place the entity is named after, read as the entity only
        # where its independence is recognised (``_recognised_places``)
        self._named_places = _place_words_of_entities(case.subjects if case else [])
        # the contested parties and the case's home country: a bare office title is not
        # read as theirs from context (their officials are in the case file)
        self._contested = (
            case.contested | ({case.home_country} if case.home_country else set())
            if case
            else frozenset()
        )
        # each case person's role as the case file writes it ("president"): "the president
        # said" after "Joe Biden" is him
        self._roles = MappingProxyType(
            {
                p.id: " ".join(fold(p.role).lower().split())
                for p in self._parties.values()
                if p.id.startswith("person:") and p.role
            }
        )
        self._add_entries(entries_for(case, gazetteer_dir))
        self._references = reference_rules(self._entries)

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
            forms = [fold(entry.alias)]
            if sensitive and _writes_title_case(entry.alias):
                forms.append(fold(entry.alias).title())  # "Ofac", "Opec", "Nato"
            elif sensitive and _written_in_capitals_too(entry):
                forms.append(fold(entry.alias).upper())  # "CITGO", "ROSNEFT"
            matcher.add(label, [self.nlp.make_doc(form) for form in forms])
            if not sensitive and " " in entry.alias.strip():
                self._phrases.setdefault(_phrase_key(entry.alias), len(self._entries) - 1)

    # --- public ------------------------------------------------------------------------------

    def annotate(
        self, article_id: str, text: str, published: str | None = None
    ) -> AnnotatedArticle:
        return next(self.pipe([(article_id, text, published)]))

    def pipe(
        self, articles: Iterable[ArticleInput], batch_size: int = 128
    ) -> Iterator[AnnotatedArticle]:
        """Annotate (article_id, text) pairs or (article_id, text, published) triples (an ISO
        date or None), tokenising in batches."""
        given = iter(articles)
        ids: list[str] = []
        texts: list[str] = []
        foldeds: list[str] = []
        dates: list[str | None] = []

        def folded() -> Iterator[str]:
            for article in given:
                ids.append(article[0])
                texts.append(article[1])
                dates.append(article[2] if len(article) > 2 else None)
                foldeds.append(fold(article[1]))
                yield foldeds[-1]

        for index, doc in enumerate(self.nlp.pipe(folded(), batch_size=batch_size)):
            article = self._annotated(ids[index], texts[index], doc, foldeds[index])
            article.published = dates[index]
            yield article
            ids[index] = texts[index] = foldeds[index] = ""  # release memory as we stream

    def gazetteer_matches(self, doc: Doc, tokens: Tokens) -> list[tuple[int, int, int]]:
        """Every gazetteer and case name in a tokenised article, as (first token, end token,
        entry index), overlaps kept: the case-insensitive names, then the case-sensitive ones
        (acronyms), less an acronym written in title case inside a longer capitalised name
        ("Banco Bandes Uruguay" is a bank of its own, not BANDES).

        Public because it is the least any mentions table costs: the speed benchmark times it
        with the tokenizer and ``split_sentences`` as the floor under every rule."""
        entry_of = self._entry_of_match
        matches = [(start, end, entry_of[label]) for label, start, end in self._insensitive(doc)]
        matches += [
            (start, end, entry_of[label])
            for label, start, end in self._sensitive(doc)
            if not (
                self._entries[entry_of[label]].alias.isupper()
                and _title_cased_inside_a_name(tokens, start, end)
            )
        ]
        return matches

    # --- internals ---------------------------------------------------------------------------

    def _annotated(self, article_id: str, text: str, doc: Doc, folded: str) -> AnnotatedArticle:
        tokens = Tokens(doc, folded)
        sentences, sentence_tokens, token_sentence = split_sentences(doc, tokens)
        kept = _longest_first(_joined_overlaps(self.gazetteer_matches(doc, tokens), self._entries))
        if any(end - start == 1 for start, end, _ in kept):
            covered = {i for start, end, _ in kept for i in range(start, end)}
            kept = [
                k
                for k in kept
                if not _inside_a_longer_name(
                    tokens, k, self._entries, covered, sentence_tokens[token_sentence[k[0]]][0]
                )
                or _in_a_heading(folded, sentences[token_sentence[k[0]]])
            ]
        used = np.zeros(len(doc), dtype=bool)
        mentions = []
        entries = self._entries
        companies = names_over_places(
            tokens, [(s, e, entries[i].entity_type == "country") for s, e, i in kept]
        )
        if companies:  # "Lima Shipping Corp.", "Banco de Venezuela": no place is named
            kept = [k for k in kept if not any(f <= k[0] and k[1] <= e for f, e in companies)]
            for first, end in companies:
                used[first:end] = True
                mentions.append(detected_company(text, tokens, first, end, token_sentence))
        for start, end, entry_index in kept:
            used[start:end] = True
            entry = self._entries[entry_index]
            if entry.entity_type != "blocker":
                mentions.append(self._mention(text, tokens, start, end, entry, token_sentence))
        for start, end, entry_index in _elliptical(tokens, used, self._phrases):
            used[start:end] = True
            entry = self._entries[entry_index]
            mentions.append(self._mention(text, tokens, start, end, entry, token_sentence))
        mentions = _with_first_names(text, tokens, used, mentions)
        if self._named_places:
            for first, entity_id in _recognised_places(tokens, used, self._named_places):
                party = self._parties[entity_id]
                entry = Entry(tokens.text(first), entity_id, "org", party.name, "place")
                mentions.append(
                    self._mention(text, tokens, first, first + 1, entry, token_sentence)
                )
                used[first] = True
        mentions += detect_people(text, tokens, used, token_sentence, mentions)
        mentions += detect_companies(text, tokens, used, token_sentence)
        mentions = _companies_named_as_people(text, tokens, token_sentence, mentions)
        detected = frozenset(m.entity_id for m in mentions if m.kind == "detected")
        mentions += listed_with_companies(
            text, tokens, used, token_sentence, mentions, self._companies | detected
        )
        mentions.sort(key=lambda m: m.start)
        mentions = _with_given_names(text, mentions)
        mentions = _without_titles_of_others(mentions)
        mentions = _without_deputies_titles(mentions, tokens)
        # (where mentions start and end: the searches below for a mention at a token are
        # skipped where none is)
        bounds = ({m.token_start for m in mentions}, {m.token_end for m in mentions})
        mentions = _shared_parties(
            [
                _with_party(m, mentions, tokens, self._parties, self._contested, bounds)
                for m in mentions
            ]
        )
        mentions = _without_foreign_common_aliases(mentions, self._parties, folded)
        mentions = _surnames_of_the_named(mentions)
        companies = self._companies.union(
            m.entity_id for m in mentions if m.entity_type == "org" and m.kind == "detected"
        )
        later = later_references(
            text, tokens, used, token_sentence, mentions, self._references, companies
        )
        if later:
            mentions = sorted([*mentions, *later], key=lambda m: m.start)
        mentions = _bloc_anaphora(mentions, self._blocs, tokens)
        members = _bloc_members_again(text, tokens, used, token_sentence, mentions, self._blocs)
        if members:  # "G7 leaders agree … In their statement the leaders pledged …"
            mentions = sorted([*mentions, *members], key=lambda m: m.start)
        if self._offices:
            mentions = _office_references(text, tokens, mentions, self._offices)
        article = AnnotatedArticle(
            article_id, text, doc, sentences, mentions, tokens, sentence_tokens, companies
        )
        article.roles = self._roles  # (read-only: one mapping for every article)
        article.contested = self._contested
        return article

    def _mention(
        self, text: str, tokens: Tokens, start: int, end: int, entry: Entry, token_sentence
    ) -> Mention:
        start_char, end_char = tokens._starts_list[start], tokens._ends_list[end - 1]
        # (tuple.__new__: the named tuple's own __new__ is a Python function, and this runs
        # for every gazetteer match; every field is given, in order)
        return _new_tuple(
            Mention,
            (
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
            ),
        )


def _place_words_of_entities(subjects: Sequence[Party]) -> dict[str, str]:
    """The place word that opens a contested organisation's name ("donetsk" for the Donetsk
    People's Republic, "lugansk" for an alias "Lugansk People's Republic") -> its id; a word
    two entities share names neither."""
    found: dict[str, set[str]] = {}
    for party in subjects:
        if not party.id.startswith("org:"):
            continue
        for name in (party.name, *party.aliases):
            words = fold(name).split()
            if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha():
                found.setdefault(words[0].lower(), set()).add(party.id)
    return {word: next(iter(ids)) for word, ids in found.items() if len(ids) == 1}


# What makes a bare place name the entity named after it: its independence recognised ("Putin
# recognised the independence of Donetsk and Luhansk", "will not recognize the
# self-proclaimed independence of the Donetsk and Luhansk regions")
RECOGNISED_PLACE_OPENERS = frozenset(
    """independence recognise recognises recognised recognising recognize recognizes
    recognized recognizing recognition""".split()
)
PLACE_PREFIX_WORDS = frozenset(
    {"of", "the", "so-called", "so", "-", "called", "self-proclaimed", '"', "“", "”", "'", "‘"}
    # "the separatist regions of Donetsk and Luhansk", "the two so-called 'people's
    # republics' of Donetsk and Luhansk": what the recognised places are called
    | {"two", "separatist", "breakaway", "rebel", "rebel-held", "eastern", "ukrainian"}
    | {"region", "regions", "territories", "republics", "people", "'s", "’s", "’"}
)
RECOGNISED_PLACE_REACH = 14  # tokens from the opener to the place word


def _recognised_places(
    tokens: Tokens, used: np.ndarray, places: dict[str, str]
) -> list[tuple[int, str]]:
    """(token, entity id) of each unused place word read as its entity: right after a
    recognition or "independence of" (past "the", quotes, "self-proclaimed"), and the next
    place word coordinated with it ("Donetsk and Luhansk")."""
    found: list[tuple[int, str]] = []
    words = tokens.words
    if RECOGNISED_PLACE_OPENERS.isdisjoint(words):
        return found  # (most articles: one C-level pass, no Python loop)
    for index in (i for i, word in enumerate(words) if word in RECOGNISED_PLACE_OPENERS):
        position = index + 1
        while (
            position < min(len(words), index + RECOGNISED_PLACE_REACH)
            and words[position] in PLACE_PREFIX_WORDS
        ):
            position += 1
        while position < len(words) and not used[position] and words[position] in places:
            found.append((position, places[words[position]]))
            if tokens.lower(position + 1) == "(" and tokens.lower(position + 3) == ")":
                position += 3  # "Donetsk (DPR) and Luhansk": past the short form
            if tokens.lower(position + 1) not in {"and", ","}:
                break
            position += 2
    return found


GIVEN_NAMES_REACH = 3  # name words before a known surname: "Manuel Ricardo" + "Cristopher Figuera"


def _companies_named_as_people(
    text: str, tokens: Tokens, token_sentence, mentions: list[Mention]
) -> list[Mention]:
    """A name read as a person's that the article also writes with a company's legal form
    is that company: "sanctions on Serenity Maritime" after "Serenity Maritime Ltd of
    Liberia" (people are detected before companies, so the later mention went first)."""
    companies = {m.entity_id for m in mentions if m.entity_type == "org" and m.kind == "detected"}
    if not companies:
        return mentions
    kept = []
    for mention in mentions:
        if mention.entity_type == "person" and mention.kind == "detected":
            company = detected_company(
                text, tokens, mention.token_start, mention.token_end, token_sentence
            )
            if company.entity_id in companies:
                mention = company
        kept.append(mention)
    return kept


def _with_first_names(
    text: str, tokens: Tokens, used: np.ndarray, mentions: list[Mention]
) -> list[Mention]:
    """A known person's short name ("Cristopher Figuera", the case file's alias) written after
    name words that begin with the person's first name ("Manuel Ricardo Cristopher Figuera",
    the file naming "Manuel Cristopher Figuera"): the full name is the person's mention, so
    its given names make no second person (nor a first item a list of people lacks). Only
    when the farthest word is the first name: "Spy chief Cristopher Figuera" takes nothing.
    ``used`` marks the words taken. (Runs before people are detected; ``_with_given_names``
    runs after, merging a name the detector found right before a known one.)"""
    extended = []
    for mention in mentions:
        if mention.entity_type != "person" or mention.kind != "name" or not mention.name:
            extended.append(mention)
            continue
        first_name = _first_name(mention.name)
        if first_name and tokens.lower(mention.token_start) != first_name:
            for first in range(
                mention.token_start - 1, mention.token_start - 1 - GIVEN_NAMES_REACH, -1
            ):
                if first < 0 or used[first] or not is_name_word(tokens.text(first)):
                    break
                if same_given_name(tokens.lower(first), first_name):
                    used[first : mention.token_start] = True
                    mention = mention._replace(
                        start=tokens.start(first),
                        surface=text[tokens.start(first) : mention.end],
                        token_start=first,
                    )
                    break
        extended.append(mention)
    return extended


@lru_cache(maxsize=4096)  # a known person's name, at each of its mentions (bounded)
def _first_name(name: str) -> str:
    """A name's first word, folded and in lower case."""
    return fold(name).split()[0].lower()


def same_given_name(written: str, known: str) -> bool:
    """Is a given name as written the known one, or a spelling of it from another
    transliteration ("Sergey" for "Sergei", "Dmitri" for "Dmitry", "Yury" for "Yuri",
    "Nikolay" for "Nikolai")? Only a final i / y / ii / iy differs: "Maria" is not "Mario"."""
    if written == known:
        return True
    shared = 0
    while shared < min(len(written), len(known)) and written[shared] == known[shared]:
        shared += 1
    tails = {written[shared:], known[shared:]}
    return shared >= 3 and tails <= TRANSLITERATED_ENDINGS


# Endings that one Russian or Ukrainian given name takes in different transliterations
TRANSLITERATED_ENDINGS = frozenset({"", "i", "y", "ii", "iy", "yi"})


def _with_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A detected name right before a known person's ("Nicolas Ernesto" + "Maduro Guerra",
    the case file listing "Maduro Guerra") is that person's given and middle names, not a
    second person: the known mention takes them in and the detected one goes."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "detected"
            and previous.entity_type == "person"
            and mention.entity_type == "person"
            and mention.kind != "detected"
            and previous.token_end == mention.token_start
            and previous.sentence_id == mention.sentence_id
        ):
            merged[-1] = mention._replace(
                start=previous.start,
                surface=text[previous.start : mention.end],
                token_start=previous.token_start,
            )
            continue
        merged.append(mention)
    return merged


def _surnames_of_the_named(mentions: list[Mention]) -> list[Mention]:
    """A known person's bare surname ("Rodríguez", the case's alias for Delcy Rodríguez)
    names the one the article last named in full with that surname ("Communications Minister
    Jorge Rodriguez said … '…,' Rodriguez urged") while the known person has not been named
    in full: the case alias is only a default."""
    full: dict[str, Mention] = {}
    named_in_full: set[str] = set()
    resolved = []
    for mention in mentions:
        if mention.entity_type == "person":
            words = _phrase_words(mention.surface)
            if len(words) >= 2:
                full[words[-1]] = mention
                named_in_full.add(mention.entity_id)
            elif words and mention.kind in {"name", "alias"}:
                named = full.get(words[0])
                if (
                    named is not None
                    and named.entity_id != mention.entity_id
                    and mention.entity_id not in named_in_full
                ):
                    mention = mention._replace(
                        entity_id=named.entity_id, name=named.name, party_id=named.party_id
                    )
        resolved.append(mention)
    return resolved


@lru_cache(maxsize=4096)  # the same names recur in an article (a bounded cache: flat memory)
def _phrase_key(phrase: str) -> str:
    """A name's matching key: folded, lower case, one kind of apostrophe, single spaces."""
    return " ".join(fold(phrase).lower().replace("\u2019", "'").replace(" 's", "'s").split())


@lru_cache(maxsize=4096)  # (a name recurs at each of its mentions; bounded)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a name's matching key (``_phrase_key``)."""
    return tuple(_phrase_key(phrase).split())


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
        postposed = _postposed_head(tokens, used, phrases, first, second)
        if postposed:
            found += postposed
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


def _postposed_head(
    tokens: Tokens, used: np.ndarray, phrases: dict[str, int], first: int, second: int
) -> list[tuple[int, int, int]]:
    """ "the people's republics of Donetsk and Luhansk": a plural head before "of" shared by
    two names ("People's Republic of Donetsk", "… of Luhansk"). The first mention covers the
    head, "of" and its own word; the second its own word. Empty when none fits."""
    if first < 2 or tokens.lower(first - 1) != "of":
        return []
    folded, head_end = tokens.folded, tokens.end(first - 2)
    for head_start in range(first - 2, max(first - 2 - HEAD_REACH, -1), -1):
        if used[head_start]:
            break
        head = folded[tokens.start(head_start) : head_end]
        if not head.lower().endswith("s"):
            continue
        left = phrases.get(_phrase_key(f"{head[:-1]} of {tokens.text(first)}"))
        right = phrases.get(_phrase_key(f"{head[:-1]} of {tokens.text(second)}"))
        if left is not None and right is not None and left != right:
            return [(head_start, first + 1, left), (second, second + 1, right)]
    return []


def _inside_a_longer_name(
    tokens: Tokens,
    match: tuple[int, int, int],
    entries: list[Entry],
    covered: set[int],
    sentence_first: int,
) -> bool:
    """Is a one-word person's alias (or a capital's name) part of another person's longer
    name ("Sánchez" in "Salvador Sánchez Cerén", not Pedro Sánchez; "Sofía Medina")? A
    capitalised name word no other match holds touches it on either side, which is no title
    or honorific ("President Maduro", "Mr Sánchez") and no sentence's first word. (Headings
    are spared by the caller: every word of "Guaidó Rejects Maduro Offer" is capitalised.)"""
    start, end, entry_index = match
    entry = entries[entry_index]
    if end - start == 1 and entry.kind == "capital":
        # "said Sofía Medina", "Santiago Peña": a capital's name as a person's first name
        after = tokens.text(end) if end < len(tokens) else ""
        return is_name_word(after) and end not in covered
    if end - start != 1 or entry.entity_type != "person":
        return False
    own_names = set(fold(entry.name).lower().split())  # "Vladimir Padrino" is Padrino López
    before = tokens.text(start - 1) if start > 0 else ""
    after = tokens.text(end) if end < len(tokens) else ""
    sentence_initial = (
        start < 2
        or tokens.text(start - 2) in CLAUSE_OPENERS
        or not any(tokens.text(i).isalpha() for i in range(sentence_first, start - 1))
    )
    named_before = (
        is_name_word(before)  # (no month or weekday: "On Monday Maduro said")
        and start - 1 not in covered  # ("Venezuelan Maduro": a demonym, not a first name)
        and before.lower() not in _TITLE_WORDS_OR_HONORIFICS
        # (the person's own given name, however transliterated: "Sergey Shoigu")
        and not any(same_given_name(fold(before).lower(), name) for name in own_names)
        and not sentence_initial  # ("Backs Maduro", "Yesterday Sánchez said")
    )
    named_after = is_name_word(after) and end not in covered and after.lower() not in own_names
    return named_before or named_after


# Marks after which a capitalised word opens a clause: "SPAIN - Recognized Guaido", "* Backs"
CLAUSE_OPENERS = frozenset({"-", "–", "—", ":", "*", "•", '"', "“", "(", ";"})


def _in_a_heading(text: str, sentence: Sentence) -> bool:
    """Is the sentence a heading (no closing punctuation), where every word may be
    capitalised ("Guaidó Rejects Maduro Offer")?"""
    return text[sentence.end - 1 : sentence.end] not in {".", "!", "?", '"', "”", "’", ")", "'"}


def _joined_overlaps(
    matches: list[tuple[int, int, int]], entries: list[Entry]
) -> list[tuple[int, int, int]]:
    """Two overlapping matches of one person's aliases make one match over both: "Iliana
    Ruzza Terán" matches the aliases "Iliana Ruzza" and "Ruzza Terán", and the name is the
    whole run (not "Iliana Ruzza" and a stray "Terán" that reads like a verb)."""
    people = 0
    for match in matches:
        if entries[match[2]].entity_type == "person":
            people += 1
            if people == 2:
                break
    else:
        return matches  # (most articles: nothing to join, and no sort of every match)
    ordered = sorted(matches)
    joined = [ordered[0]]
    for start, end, entry in ordered[1:]:
        first, last, kept = joined[-1]
        # (the overlap first: it settles nearly every pair without reading the entries)
        if (
            start < last < end
            and entries[entry].entity_id == entries[kept].entity_id
            and entries[kept].entity_type == "person"
        ):
            joined[-1] = (first, end, kept)
        else:
            joined.append((start, end, entry))
    return joined


def _longest_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, longest (then earliest) first, as spaCy's filter_spans does.
    The tokens taken are bits of one integer: one AND and one OR a match instead of a set of
    its token indices."""
    taken = 0
    kept = []
    for start, end, label in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        span = (1 << end) - (1 << start)
        if taken & span:
            continue
        taken |= span
        kept.append((start, end, label))
    return sorted(kept)


def _with_opening_quotes(tokens: Tokens, starts: list[int]) -> list[int]:
    """Sentence starts moved back over an opening quote mark, which spaCy's sentencizer
    leaves at the end of the sentence before ('… on Monday. "Switzerland reaffirms …'). A
    mark opens when a space stands before it and a word right after it (a curly left mark
    always does); a closing one ('… he said."') stays where it is."""
    text = tokens.folded
    firsts, lasts = tokens._starts_list, tokens._ends_list
    moved = []
    for start in starts:
        mark = start - 1
        # (the mark must touch the word: tested first, it settles nearly every start)
        if mark > 0 and lasts[mark] == firsts[start]:
            written = text[firsts[mark] : lasts[mark]]
            if written in OPENING_QUOTE_MARKS:
                before = firsts[mark] - 1
                if written != '"' or (before >= 0 and text[before].isspace()):
                    start = mark
        moved.append(start)
    return moved


def split_sentences(
    doc: Doc, tokens: Tokens
) -> tuple[list[Sentence], list[tuple[int, int]], list[int]]:
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
    starts = _with_opening_quotes(tokens, sentence_starts(tokens))
    after_breaks = [match.end() for match in _NEWLINES.finditer(text)] if "\n" in text else []
    after_breaks += _dateline_ends(text, [0, *after_breaks])
    if after_breaks:
        cuts = np.searchsorted(tokens.starts, after_breaks, side="left").tolist()
        starts = sorted({*starts, *(cut for cut in cuts if 0 < cut < count)})
    bounds = [*starts[1:], count]
    first_chars, last_chars = tokens._starts_list, tokens._ends_list
    sentences: list[Sentence] = []
    ranges: list[tuple[int, int]] = []
    # each token's sentence, a list: it is read one token at a time, where a list beats
    # numpy's scalar indexing
    owner: list[int] = []
    for first, last in zip(starts, bounds, strict=True):
        begin, finish = first_chars[first], last_chars[last - 1]
        piece = text[begin:finish]
        kept = piece.lstrip()
        if kept:
            begin += len(piece) - len(kept)
            # (tuple.__new__: the named tuple's own __new__ is a Python function)
            sentences.append(
                _new_tuple(Sentence, (len(sentences), begin, begin + len(kept.rstrip())))
            )
            ranges.append((first, last))
        elif ranges:  # whitespace between paragraphs joins the sentence before it
            ranges[-1] = (ranges[-1][0], last)
        owner += [len(sentences) - 1 if sentences else 0] * (last - first)
    if not sentences:
        return [Sentence(0, 0, len(text))], [(0, count)], owner
    return sentences, ranges, owner


def _office_holders(parties: dict) -> dict[str, dict[tuple[str, ...], Party]]:
    """State id -> role words -> the one person of the case holding that office there."""
    holders: dict[str, dict[tuple[str, ...], Party | None]] = {}
    for party in parties.values():
        if party.id.startswith("person:") and party.country and party.role:
            offices = holders.setdefault(f"country:{party.country}", {})
            role = tuple(fold(party.role).lower().split())
            offices[role] = None if role in offices else party  # two holders: nobody
    return {
        state: {role: party for role, party in offices.items() if party is not None}
        for state, offices in holders.items()
    }


def _office_references(
    text: str, tokens: Tokens, mentions: list[Mention], offices: dict
) -> list[Mention]:
    """ "the Turkish president said", "Turkey's president said": the case's one holder of
    that office in that state (`role` and `country` in the case file), as a person mention
    over the description, standing for the state. Not when a name follows ("the Turkish
    president Recep Tayyip Erdoğan": the name is the mention)."""
    resolved = []
    for mention in mentions:
        state_offices = offices.get(mention.entity_id) if mention.entity_type == "country" else None
        holder = _office_holder(tokens, mention, state_offices) if state_offices else None
        if holder is None:
            resolved.append(mention)
            continue
        party, end = holder
        start_char, end_char = mention.start, tokens.end(end - 1)
        resolved.append(
            Mention(
                start_char,
                end_char,
                text[start_char:end_char],
                party.id,
                "person",
                party.name,
                mention.sentence_id,
                "office",
                party.party_id,
                mention.token_start,
                end,
            )
        )
    return resolved


def _apposed_name(tokens: Tokens, index: int) -> bool:
    """Do two capitalised words start at ``index`` (a person's name in apposition, "Luis
    Lacalle Pou", "Recep Tayyip Erdoğan"), past an honorific ("Mr Erdoğan")?"""
    if index + 1 >= len(tokens):
        return False
    first, second = tokens.text(index), tokens.text(index + 1)
    if tokens.lower(index).rstrip(".") in HONORIFICS:
        return second[:1].isupper()
    return first[:1].isupper() and second[:1].isupper() and first.isalpha()


def _office_holder(
    tokens: Tokens, mention: Mention, offices: dict[tuple[str, ...], Party]
) -> tuple[Party, int] | None:
    """The office holder a description opened by this state names, and where it ends."""
    first = mention.token_end
    if mention.kind == "demonym":
        if tokens.lower(mention.token_start - 1) != "the":
            return None
    elif tokens.lower(first) in {"'s", "’s"}:
        first += 1
    else:
        return None
    for role, party in offices.items():
        end = first + len(role)
        if tuple(tokens.words[first:end]) != role:
            continue
        following = tokens.text(end) if end < len(tokens) else ""
        if following[:1].isupper() or following in {"'s", "’s", "-"}:
            return None  # a name after the title, or a possessive ("the Turkish president's")
        if following == "," and _apposed_name(tokens, end + 1):
            # "Uruguay's president, Luis Lacalle Pou, said": the apposed name is the holder,
            # whoever held the office in the case's time
            return None
        return party, end
    return None


def _bloc_anaphora(mentions: list[Mention], blocs: frozenset[str], tokens: Tokens) -> list[Mention]:
    """ "The bloc" is the bloc named last (within five sentences): the Lima Group after "the
    Lima Group met in Ottawa", not the European Union, which the gazetteer's alias names when
    no bloc was named before. ("The 27-nation bloc" names the EU whatever came before.) A
    bloc's name used as a modifier after "a" ("against a G20 economy") or before a hyphen
    ("G7-led") names no antecedent."""
    resolved = []
    last: Mention | None = None
    for mention in mentions:
        anaphor = mention.entity_id in blocs and mention.surface.lower() in BLOC_ANAPHORS
        if anaphor and _other_bloc_before(last, mention):
            mention = mention._replace(
                entity_id=last.entity_id,
                entity_type=last.entity_type,
                name=last.name,
                party_id=last.party_id,
            )
        if mention.entity_id in blocs and not _bloc_as_modifier(mention, tokens):
            last = mention
        resolved.append(mention)
    return resolved


# Members of a bloc met as a body, named again without the bloc: "the leaders", "the
# ministers" after "G7 leaders", "EU foreign ministers"
MEMBER_BODY_NOUNS = frozenset({"leaders", "ministers"})
MEMBER_BODY_REACH = 12  # sentences back to "<bloc> leaders" (a headline's, in a short story)


def _bloc_members_again(
    text: str,
    tokens: Tokens,
    used: np.ndarray,
    token_sentence,
    mentions: list[Mention],
    blocs: frozenset[str],
) -> list[Mention]:
    """ "the leaders" / "the other ministers" after "<bloc> leaders" / "<bloc> foreign
    ministers" (within twelve sentences) are that bloc's members acting together: a mention of
    the bloc on the noun. Nothing when no bloc named its members so before. Marks the nouns
    it names in ``used``."""
    named: dict[str, Mention] = {}  # noun -> the last bloc named right before it
    bloc_before = {m.token_end: m for m in mentions if m.entity_id in blocs and m.kind != "demonym"}
    found: list[Mention] = []
    if not bloc_before or MEMBER_BODY_NOUNS.isdisjoint(tokens.word_set()):
        return found  # (the shared word set settles most articles)
    for index, word in enumerate(tokens.words):
        if word not in MEMBER_BODY_NOUNS:
            continue
        if used[index]:
            if index + 1 in bloc_before:  # the bloc's own alias: "European Union leaders"
                named[word] = bloc_before[index + 1]
            continue
        position = index - 1
        while position >= 0 and tokens.lower(position) in TITLE_WORDS:
            position -= 1  # "EU foreign ministers"
        bloc = bloc_before.get(position + 1)
        if bloc is not None:
            named[word] = bloc
            continue
        if tokens.lower(position) == "other":
            position -= 1  # "the other leaders"
        antecedent = named.get(word)
        if (
            tokens.lower(position) != "the"
            or antecedent is None
            or token_sentence[index] - antecedent.sentence_id > MEMBER_BODY_REACH
        ):
            continue
        start, end = tokens.start(index), tokens.end(index)
        found.append(
            antecedent._replace(
                start=start,
                end=end,
                surface=text[start:end],
                sentence_id=token_sentence[index],
                kind="anaphor",
                token_start=index,
                token_end=index + 1,
            )
        )
        used[index] = True
    return found


def _bloc_as_modifier(mention: Mention, tokens: Tokens) -> bool:
    return tokens.lower(mention.token_start - 1) in {"a", "an"} or (
        tokens.lower(mention.token_end) == "-"
        and tokens.end(mention.token_end - 1) == tokens.start(mention.token_end)
    )


def _other_bloc_before(last: Mention | None, mention: Mention) -> bool:
    return (
        last is not None
        and last.entity_id != mention.entity_id
        and last.sentence_id >= mention.sentence_id - BLOC_REACH
    )


# Words of a case person's alias that is a bare title ("opposition leader", "interim president")
ALIAS_TITLE_WORDS = TITLE_WORDS | {"interim", "acting", "self-proclaimed", "self-declared"}


def _without_titles_of_others(mentions: list[Mention]) -> list[Mention]:
    """Drop a case person's title alias written right before another person's name:
    "Opposition Leader Kamla Persad-Bissessar" is her title, not Guaidó ("the opposition
    leader" alone still is him)."""
    kept = []
    # (no mention: nothing to pair, so not strict)
    for mention, following in zip(mentions, [*mentions[1:], None], strict=False):
        if (
            following is not None
            and mention.entity_type == "person"
            and following.entity_type == "person"
            and following.token_start == mention.token_end
            and following.entity_id != mention.entity_id
            and (
                all(word in ALIAS_TITLE_WORDS for word in mention.surface.lower().split())
                # "former National Assembly President Diosdado Cabello": the alias ends on
                # a title word, so it is his title
                or (
                    mention.surface.lower().split()[-1] in TITLE_WORDS
                    and fold(mention.surface).lower() != fold(mention.name).lower()
                )
            )
        ):
            continue
        kept.append(mention)
    return kept


DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "under"})


def _without_deputies_titles(mentions: list[Mention], tokens: Tokens) -> list[Mention]:
    """Drop a case person's title alias that is part of a deputy's title: "the
    vice-president of the National Assembly, Pedro Infante" is not Guaidó, whose alias
    "president of the National Assembly" it holds."""
    kept = []
    for mention in mentions:
        if mention.entity_type != "person":
            kept.append(mention)
            continue
        before = mention.token_start - 1
        if tokens.lower(before) == "-":
            before -= 1
        # (the deputy word first: it settles nearly every mention without splitting it)
        deputy = before >= 0 and tokens.lower(before) in DEPUTY_WORDS
        if deputy and mention.surface.lower().split()[0] in TITLE_WORDS:
            continue
        kept.append(mention)
    return kept


def _without_foreign_common_aliases(
    mentions: list[Mention], parties: dict, folded: str
) -> list[Mention]:
    """Drop a case alias that is a common noun ("the central bank" for the Central Bank of
    Russia) from an article that gives the same noun to another state ("Ukraine's central
    bank", "the Ukrainian central bank", "the central bank of Ukraine"): there it may be
    either, so it names neither."""
    common = [
        m
        for m in mentions
        if m.entity_type == "org"
        and m.surface[:4].lower() == "the "
        and not any(char.isupper() for char in m.surface)
        and getattr(parties.get(m.entity_id), "country", None)
    ]
    if not common:
        return mentions
    lowered = folded.lower()
    countries = [m for m in mentions if m.entity_type == "country"]
    dropped = set()
    for mention in common:
        own = f"country:{parties[mention.entity_id].country}"
        head = mention.surface[4:].lower()
        if _owned_by_another(lowered, head, own, countries):
            dropped.add(mention.entity_id)
    return [m for m in mentions if not (m in common and m.entity_id in dropped)]


def _owned_by_another(lowered: str, head: str, own: str, countries: list[Mention]) -> bool:
    """Does the text give ``head`` to a state other than ``own``: a country's name, capital
    or demonym right before it ("Ukraine's central bank") or "of" a country after it?"""
    found = lowered.find(head)
    while found != -1:
        after = found + len(head)
        for country in countries:
            state = country.party_id or country.entity_id
            if state == own:
                continue
            before = lowered[country.end : found]
            if country.end <= found and before in {"'s ", "’s ", " ", "s' "}:
                return True
            if country.start >= after and lowered[after : country.start] in {" of ", " of the "}:
                return True
        found = lowered.find(head, after)
    return False


def _shared_parties(mentions: list[Mention]) -> list[Mention]:
    """A person stands for one state in an article: the first their mentions name ("Austria's
    chancellor, Sebastian Kurz"), for every mention ("Kurz", "Mr Stein", a later title that
    took a state from its context)."""
    parties: dict[str, str] = {}
    for mention in mentions:  # (the first state found wins: "Colombia's President Gustavo
        # Petro" stays Colombia's where a later "President Gustavo Petro" has none named)
        if mention.entity_type == "person" and mention.party_id:
            parties.setdefault(mention.entity_id, mention.party_id)
    if not parties:
        return mentions
    return [
        m._replace(party_id=parties[m.entity_id])
        if m.entity_type == "person" and m.entity_id in parties
        else m
        for m in mentions
    ]


def _with_party(
    mention: Mention,
    mentions: list[Mention],
    tokens: Tokens,
    parties: dict,
    contested: frozenset[str] = frozenset(),
    bounds: tuple[set[int], set[int]] | None = None,
) -> Mention:
    """The state or bloc a person stands for: the case file's, else a country right before the
    title ('Russian Foreign Minister Sergei Lavrov' -> country:RUS; "Austria's chancellor,
    Sebastian Kurz," -> country:AUT), else, for a state office with no state named, the one
    state the text names just before (``_state_in_context``). ``bounds``: the token indices
    where the mentions start and where they end, when the caller has them (a mention is
    looked for at a token only where one starts or ends)."""
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
            or _portfolio_word(tokens, index, mentions)
        )
    ):
        index -= 1
        steps += 1
    starts, ends = bounds if bounds is not None else (None, None)
    if steps == 0 and tokens.lower(index) in POSSESSIVES:
        index -= 1  # "Nicaragua's Daniel Ortega": no title, the possessor is the state
        if ends is None or index + 1 in ends:
            for other in mentions:
                if other.token_end == index + 1 and other.entity_type == "country":
                    return mention._replace(party_id=other.party_id or other.entity_id)
        return mention
    if steps == 0 or index < 0:
        state = _state_in_apposition(mention, mentions, tokens, starts) or _state_after_of(
            mention, mentions, tokens, starts
        )
        return mention._replace(party_id=state) if state else mention
    title = {tokens.lower(i) for i in range(index + 1, mention.token_start)}
    if tokens.lower(index) in POSSESSIVES and index > 0:  # "Brazil's foreign minister X"
        index -= 1
    if ends is None or index + 1 in ends:
        for other in mentions:
            if other.token_end == index + 1 and other.entity_type in {"country", "org"}:
                return mention._replace(party_id=other.party_id or other.entity_id)
    if not title & STATE_OFFICES or mention.kind != "detected":
        # ("The delegate, Ana Castro of Peru, said": an official's title of no state office,
        # and the state she is named by after the name; not "The activist, … of Peru")
        official = title & OFFICIAL_TITLES and mention.kind == "detected"
        state = _state_after_of(mention, mentions, tokens, starts) if official else None
        return mention._replace(party_id=state) if state else mention
    state = _state_of_after(mention, mentions, tokens) or _state_in_context(
        mention, mentions, tokens, contested
    )
    return mention._replace(party_id=state) if state else mention


# Titles of officials who sit or speak for a state without holding one of its offices
OFFICIAL_TITLES = frozenset({"delegate", "envoy", "representative", "ambassador", "negotiator"})


def _state_after_of(
    mention: Mention, mentions: list[Mention], tokens: Tokens, starts: set[int] | None = None
) -> str | None:
    """ "Nicolas de Riviere of France said": the state (or bloc) a delegate is named by, right
    after the name's "of" (not an owner: "… of Venezuela's opposition" is no state's).
    ``starts``: the tokens where a mention starts, when known (a quick test first)."""
    first = mention.token_end + 1
    if tokens.lower(mention.token_end) != "of" or mention.kind != "detected":
        return None  # (a case party's side is the case file's: "interim president of …")
    first += tokens.lower(first) == "the"
    if starts is not None and first not in starts:
        return None
    for other in mentions:
        if other.token_start == first and other.entity_type in {"country", "org"}:
            if other.kind == "demonym" or tokens.lower(other.token_end) in POSSESSIVES:
                return None
            return other.party_id or other.entity_id
    return None


# Offices that take a portfolio noun before them ("transport minister", "energy secretary")
PORTFOLIO_HEADS = frozenset({"minister", "ministers", "secretary", "commissioner"})
NOT_PORTFOLIOS = frozenset({"the", "a", "an", "his", "her", "its", "their", "former", "then"})


def _portfolio_word(tokens: Tokens, index: int, mentions: list[Mention]) -> bool:
    """Is the word a ministry's portfolio before its office ("German transport minister
    Volker Wissing", "Ukraine's agriculture minister")? Then it is part of the title."""
    word = tokens.lower(index)
    return (
        tokens.lower(index + 1) in PORTFOLIO_HEADS
        and word.isalpha()
        and word not in NOT_PORTFOLIOS
        and not any(m.token_start <= index < m.token_end for m in mentions)
    )


def _state_of_after(mention: Mention, mentions: list[Mention], tokens: Tokens) -> str | None:
    """ "President Gitanas Nauseda of Lithuania", "Secretary General Helga Schmid of the
    OSCE": the state or body named right after the name."""
    index = mention.token_end
    if tokens.lower(index) != "of":
        return None
    index += 1 + (tokens.lower(index + 1) == "the")
    state = next(
        (m for m in mentions if m.token_start == index and m.entity_type in {"country", "org"}),
        None,
    )
    return (state.party_id or state.entity_id) if state is not None else None


def _names_its_own_official(state: Mention, mentions: list[Mention], tokens: Tokens) -> bool:
    """ "Britain's Boris Johnson visited Kyiv": the state is that person's, not the next
    official's."""
    if tokens.lower(state.token_end) not in POSSESSIVES:
        return False
    index = state.token_end + 1
    while tokens.lower(index) in TITLE_WORDS:
        index += 1
    return any(m.token_start == index and m.entity_type == "person" for m in mentions)


# A state's body a demonym names ("the Kazakh foreign ministry"): the demonym is the state
STATE_BODY_WORDS = GOVERNMENT_NOUNS | frozenset("ministry foreign embassy presidency".split())
CONTEXT_SENTENCES = 1  # sentences before the person's own that say whose office it is


def _state_in_context(
    mention: Mention, mentions: list[Mention], tokens: Tokens, contested: frozenset[str]
) -> str | None:
    """ "Taiwan joined the export controls on Russia. President Tsai Ing-wen said …": a
    state office with no state named is held for the one state (other than the contested
    ones, whose officials the case file lists) that the person's sentence names up to the
    name, else that it and the sentence before name (a demonym counts when it names the
    state's body: "the Kazakh foreign ministry said … A spokesman, Aibek Smadiyarov,
    said"). None when they name none or several."""
    first = mention.sentence_id - CONTEXT_SENTENCES
    named = [
        other
        for other in mentions
        if other.entity_type == "country"
        and (other.kind != "demonym" or tokens.lower(other.token_end) in STATE_BODY_WORDS)
        and first <= other.sentence_id
        and other.start < mention.start
        and (other.party_id or other.entity_id) not in contested
        and not _names_its_own_official(other, mentions, tokens)
    ]
    # the person's own sentence first: "Lithuania has spent … . In Czechia, Prime Minister
    # Petr Fiala has said …" is Czechia's prime minister
    own = {m.party_id or m.entity_id for m in named if m.sentence_id == mention.sentence_id}
    states = own or {m.party_id or m.entity_id for m in named}
    return next(iter(states)) if len(states) == 1 else None


def _state_in_apposition(
    mention: Mention, mentions: list[Mention], tokens: Tokens, starts: set[int] | None = None
) -> str | None:
    """The state an apposition after a name gives its office to: "Mevlüt Çavuşoğlu, the
    Turkish foreign minister,", "Aleksandar Vučić, Serbia's president,". ``starts``: where
    the mentions start, when the caller has them."""
    index = mention.token_end
    if tokens.lower(index) != ",":
        return None
    index += 1 + (tokens.lower(index + 1) == "the")
    if starts is not None and index not in starts:
        return None  # (no mention starts there)
    state = next(
        (m for m in mentions if m.token_start == index and m.entity_type == "country"), None
    )
    if state is None:
        return None
    title = state.token_end + (tokens.lower(state.token_end) in POSSESSIVES)
    while tokens.lower(title) in TITLE_MODIFIERS:
        title += 1
    return (state.party_id or state.entity_id) if tokens.lower(title) in TITLE_WORDS else None


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
