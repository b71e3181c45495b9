"""Later references: "the" + a head word that names again an entity named a little earlier.

"The administration" after "the Trump administration", "the government" after "the Spanish
government", "the ministry" after "Russia's foreign ministry", "the group" after "the Lima
Group", "the Council" after the EU: news copy names
an actor once in full and then by its head word. Each kind of reference is one row of a table
(``LaterReference``: its head words, what after the head makes the phrase another name, which
earlier mention it points back at); one loop (``later_references``) reads them all, so a new
kind is a new row and a function that finds its antecedent, not a new loop.

The mentions found here stand for the entity named before: the extractors see "the
government" as that state, as if the article had repeated its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple

import numpy as np

from .document import OPENING_QUOTE_MARKS, Mention, Tokens
from .gazetteer import Entry, org_names
from .people import SPEECH_VERBS

GOVERNMENT_REACH = 3  # sentences back to "the Spanish government"
GROUP_REACH = 3  # sentences back to "the Lima Group"
# "The bloc" is the bloc named last within BLOC_REACH sentences (annotate._bloc_anaphora)
BLOC_ANAPHORS = frozenset({"the bloc"})
BLOC_REACH = 5
INSTITUTION_REACH = 5  # sentences back to the EU, for "the Council"
# Head words of institutions that news copy names again as "the Council", "the Commission".
INSTITUTION_HEADS = ("Council", "Commission", "Parliament")


class Site(NamedTuple):
    """Where a reference stands: its head word's token and the text's first character of
    the phrase ("the"), with what the antecedent finders read."""

    tokens: Tokens
    mentions: list[Mention]  # the article's mentions so far, in text order
    token_sentence: list[int]
    head: int  # token index of the head word
    char: int  # the phrase's first character
    word: str  # the head word as written ("Council")
    companies: frozenset[str] = frozenset()  # organisations that are companies, not bodies


class Antecedent(NamedTuple):
    """The entity a reference names again, and the party it stands for."""

    entity_id: str
    entity_type: str
    name: str
    party: str | None


@dataclass(frozen=True)
class LaterReference:
    """One kind of later reference.

    ``pattern`` finds "the HEAD" (group 1 is the head word); ``needle`` is a substring the
    folded text must hold for the pattern to be worth running ("" runs it always);
    ``names_another`` says, from the word after the head, that the phrase is another name
    ("the government of Peru", "the Council of Europe"); ``with_article`` makes the mention
    cover "the" too; ``kind`` is the mention's kind; ``antecedent`` finds what it names;
    ``lead`` is how many characters of the phrase stand before the pattern's match (``_the``
    starts its match one after the "t" of "the").
    """

    pattern: re.Pattern[str]
    needle: str
    names_another: Callable[[str], bool]
    with_article: bool
    kind: str
    antecedent: Callable[[Site], Antecedent | None]
    lead: int = 0


def later_references(
    text: str,
    tokens: Tokens,
    used: np.ndarray,
    token_sentence: list[int],
    mentions: list[Mention],
    rules: Sequence[LaterReference],
    companies: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions for every later reference the rules find (tokens no mention holds only).
    ``companies`` are the organisations that are companies: no group or body of members."""
    found: list[Mention] = []
    folded = tokens.folded
    for rule in rules:
        if rule.needle and rule.needle not in folded:
            continue
        for match in rule.pattern.finditer(folded):
            head = tokens.at_char(match.start(1))
            end = max(tokens.at_char(match.end(1)), head + 1)  # past the head words
            if head >= len(tokens) or used[head - 1] or used[head]:
                continue
            if end > head + 1 and used[head + 1 : end].any():
                continue  # (scalar lookups first: a slice's .any() costs ten times more)
            following = tokens.text(end) if end < len(tokens) else ""
            if rule.names_another(following):
                continue
            site = Site(
                tokens,
                mentions,
                token_sentence,
                head,
                match.start() - rule.lead,
                match.group(1),
                companies,
            )
            antecedent = rule.antecedent(site)
            if antecedent is not None:
                first = head - 1 if rule.with_article else head
                found.append(_reference(text, tokens, (first, end), antecedent, site, rule))
    return found


def _reference(
    text: str,
    tokens: Tokens,
    span: tuple[int, int],
    antecedent: Antecedent,
    site: Site,
    rule: LaterReference,
) -> Mention:
    """A mention over tokens ``span`` of the antecedent's entity."""
    first, end = span
    start, stop = tokens.start(first), tokens.end(end - 1)
    return Mention(
        start,
        stop,
        text[start:stop],
        antecedent.entity_id,
        antecedent.entity_type,
        antecedent.name,
        site.token_sentence[site.head],
        rule.kind,
        antecedent.party,
        first,
        end,
    )


# --- antecedents -----------------------------------------------------------------------------


@lru_cache(maxsize=512)
def party_name(party: str) -> str:
    """An organisation's name by its id (a country's id stands as its own name)."""
    return org_names().get(party, party)


def administration_leader(site: Site) -> Antecedent | None:
    """ "the administration" after "the Trump administration": the state that administration
    governs (its leader's party)."""
    tokens = site.tokens
    leaders = [
        m
        for m in site.mentions
        if m.entity_type == "person"
        and m.party_id
        and m.end <= site.char
        and tokens.lower(m.token_end) == "administration"
    ]
    if not leaders:
        return None
    party = leaders[-1].party_id
    kind = "country" if party.startswith("country:") else "org"
    return Antecedent(party, kind, party_name(party), party)


def state_with_government(site: Site) -> Antecedent | None:
    """The last state named as having a government ("the Spanish government", "Spain's
    government", "the government of Spain") within GOVERNMENT_REACH sentences; a later state
    named otherwise in between makes it unsure (None). When the article names no government
    before and it speaks, the one state speaking, as for a ministry ("Switzerland adopted the
    EU sanctions. '…,' the government said")."""
    found = _state_with(site, "government", modifiers=0)
    if found is not None or "government" in site.tokens.folded[: site.char].lower():
        return found
    if site.tokens.lower(site.head + 1) not in SPEECH_VERBS:
        return None  # ("sanctions on key figures in the government": whose, unsaid)
    return _the_one_state_speaking(site)


def state_with_ministry(site: Site) -> Antecedent | None:
    """ "The ministry barred 20 journalists" after "Russia's foreign ministry" or "the
    Russian Foreign Ministry" (within GOVERNMENT_REACH sentences): that state. When the
    article names no ministry before, the one state the sentence and the one before name,
    when a sentence opens on it ("Caracas has responded. '…,' the foreign ministry said")."""
    found = _state_with(site, "ministry", modifiers=2)
    if found is not None or "ministry" in site.tokens.folded[: site.char].lower():
        return found  # (a ministry named before and not found: unsure)
    return _the_one_state_speaking(site)


def _the_one_state_speaking(site: Site) -> Antecedent | None:
    """The only country the reference's sentence and the one before name, when one of its
    mentions opens its sentence (its subject): whose ministry speaks next."""
    sentence_id = site.token_sentence[site.head]
    near = [
        m
        for m in site.mentions
        if m.start < site.char
        and m.entity_type == "country"
        and sentence_id - 1 <= m.sentence_id <= sentence_id
        and not _quoted_before(site, m, sentence_id)
    ]
    if not near or len({m.entity_id for m in near}) != 1:
        return None
    first_tokens = {_sentence_first(site, m) for m in near}
    if not any(m.token_start in first_tokens for m in near):
        return None
    mention = near[-1]
    return Antecedent(mention.entity_id, "country", mention.name, mention.entity_id)


def _quoted_before(site: Site, mention: Mention, sentence_id: int) -> bool:
    """Is the mention, in the reference's own sentence, inside the quote the reference's
    speaker says ('"… solidarity with Ukraine …," the government said')? Not a candidate."""
    if mention.sentence_id != sentence_id:
        return False
    first = _sentence_first(site, mention)
    while first > 0 and site.token_sentence[first - 1] == sentence_id:
        first -= 1
    marks = sum(
        site.tokens.text(i) in OPENING_QUOTE_MARKS for i in range(first, mention.token_start)
    )
    return marks % 2 == 1


def _sentence_first(site: Site, mention: Mention) -> int:
    """The first word token of the mention's sentence (past opening quote marks)."""
    index = mention.token_start
    while index > 0 and site.token_sentence[index - 1] == mention.sentence_id:
        index -= 1
    while index < mention.token_start and not site.tokens.text(index)[:1].isalnum():
        index += 1
    return index


def _state_with(site: Site, head: str, modifiers: int) -> Antecedent | None:
    """The last country mention before the site, when the text names ``head`` as that state's
    ("Spain's government", "the government of Spain", with up to ``modifiers`` words between:
    "Russia's foreign ministry"); any other country mention in between makes it unsure."""
    tokens, sentence_id = site.tokens, site.token_sentence[site.head]
    for mention in reversed(site.mentions):
        if mention.start >= site.char or mention.entity_type != "country":
            continue
        if mention.sentence_id < sentence_id - GOVERNMENT_REACH:
            return None
        after = mention.token_end
        if tokens.lower(after) in {"'s", "’s"}:
            after += 1
        words = [tokens.lower(i) for i in range(after, after + modifiers + 1)]
        named_after = head in words and all(w.isalpha() for w in words[: words.index(head)])
        before = mention.token_start
        if named_after or (tokens.lower(before - 1) == "of" and tokens.lower(before - 2) == head):
            return Antecedent(mention.entity_id, "country", mention.name, mention.entity_id)
        return None
    return None


def named_group(site: Site) -> Antecedent | None:
    """The Group named last (the Lima Group, the Group of Seven, the International Contact
    Group), within GROUP_REACH sentences. Other organisations named in between are stepped
    over ("The Lima Group … asked the International Criminal Court to … and urged others to
    follow the group's lead"; a company): none of them is called a group. "The bloc" in
    between is a link of the chain (it names the group too), so the reach runs from it."""
    limit = site.token_sentence[site.head] - GROUP_REACH
    for mention in reversed(site.mentions):
        if mention.start >= site.char:
            continue
        if mention.sentence_id < limit:
            return None
        if mention.entity_type == "org" and "Group" in mention.name.split():
            if mention.entity_id not in site.companies:
                return Antecedent(mention.entity_id, "org", mention.name, mention.party_id)
        elif mention.surface.lower() in BLOC_ANAPHORS:
            # (resolved later to the bloc named last, as far back as BLOC_REACH)
            limit = min(limit, mention.sentence_id - BLOC_REACH)
    return None


# Epithets a report gives a state it has just named: "Singapore … The city-state", "Japan …
# The Asian nation", "Switzerland … The neutral country" (one modifier at most)
STATE_EPITHETS = r"(?:[A-Z][a-z]+ |[a-z]+ )?(?:country|nation|city-state|kingdom|republic)"
SUBJECT_PREPOSITIONS = frozenset(
    """in on to at by for from with against of into over about after before since""".split()
)


def state_subject_before(site: Site) -> Antecedent | None:
    """ "The city-state" opening a sentence, right after a sentence whose subject is a state
    (its first mention, not after a preposition: "Singapore announced sanctions on Russia.
    The city-state will also …"), or an official of one: that state, as the reader takes it.
    Anywhere else "the country" is too often the crisis's own country to be resolved."""
    tokens, the = site.tokens, site.head - 1
    sentence_id = site.token_sentence[site.head]
    if the > 0 and site.token_sentence[the - 1] == sentence_id:
        return None  # not the sentence's first word
    before = [m for m in site.mentions if m.sentence_id == sentence_id - 1]
    if not before:
        return None
    subject = before[0]
    if subject.kind == "demonym" or tokens.lower(subject.token_start - 1) in SUBJECT_PREPOSITIONS:
        return None
    party = subject.entity_id if subject.entity_type == "country" else subject.party_id
    if not party or not party.startswith("country:"):
        return None
    others = {
        m.entity_id if m.entity_type == "country" else m.party_id
        for m in before[1:]
        if m.kind != "demonym"
    }
    if subject.entity_type == "person" and others - {party, None}:
        # "Zelensky thanked Japan. The Asian nation froze …": an official's sentence that
        # names another state leaves the epithet unsure
        return None
    return Antecedent(party, "country", party_name(party), party)


def institution_heads(entries: Sequence[Entry]) -> dict[str, tuple[Entry, ...]]:
    """Head word -> the organisations whose canonical name ends with it (European Council,
    United Nations Security Council): what "the Council" may point back at."""
    heads: dict[str, dict[str, Entry]] = {head: {} for head in INSTITUTION_HEADS}
    for entry in entries:
        last = entry.name.rsplit(" ", 1)[-1]
        if entry.entity_type == "org" and last in heads:
            heads[last].setdefault(entry.entity_id, entry)
    return {head: tuple(found.values()) for head, found in heads.items() if found}


def parties_of_bodies(entries: Sequence[Entry]) -> dict[str, str]:
    """Organisation id -> the state or bloc it acts for (European Commission -> EU): a sibling
    institution named near "the Council" points at the same bloc's council."""
    return {e.entity_id: e.party for e in entries if e.entity_type == "org" and e.party}


def institution_named_before(
    heads: dict[str, tuple[Entry, ...]],
    site: Site,
    parties: Mapping[str, str] | None = None,
) -> Antecedent | None:
    """ "The Council adopted restrictive measures" after the EU was named: the EU's Council
    (acting for the EU), as EU press copy calls it; after "the UN Security Council", that
    council. The institution named last within INSTITUTION_REACH sentences wins, else the
    one acting for the bloc or state named last ("the Commission" after "Brussels"), or for
    the bloc another of its institutions acts for ("proposed by the European Commission")."""
    candidates = heads.get(site.word, ())
    earliest = site.token_sentence[site.head] - INSTITUTION_REACH
    by_id = {entry.entity_id: entry for entry in candidates}
    by_party: dict[str, list[Entry]] = {}
    for entry in candidates:
        if entry.party:
            by_party.setdefault(entry.party, []).append(entry)

    def named(mention: Mention) -> Antecedent | None:
        entry = by_id.get(mention.entity_id)
        acting = by_party.get(mention.entity_id, [])
        if not acting and parties and mention.entity_id in parties:
            acting = by_party.get(parties[mention.entity_id], [])
        if entry is None and len(acting) == 1:
            entry = acting[0]
        if entry is None:
            return None
        return Antecedent(entry.entity_id, "org", entry.name, entry.party or entry.entity_id)

    for mention in reversed(site.mentions):
        if mention.start >= site.char:
            continue
        if mention.sentence_id < earliest:
            break
        found = named(mention)
        if found is not None:
            return found
    else:
        # nothing named before: a press release opens "The Council today added …" and names
        # the EU later ("The EU will continue …"); the first institution named after it
        latest = site.token_sentence[site.head] + INSTITUTION_REACH
        for mention in site.mentions:
            if mention.start <= site.char:
                continue
            if mention.sentence_id > latest:
                return None
            found = named(mention)
            if found is not None:
                return found
    return None


# --- the table -------------------------------------------------------------------------------


def _never(_: str) -> bool:
    return False


def _of_or_possessive_or_name(following: str) -> bool:
    """ "the government of Peru", "the government's", "the government Spokesman …"."""
    return following in {"of", "'s", "’s"} or following[:1].isupper()


def _of(following: str) -> bool:
    return following.lower() == "of"  # "the group of 20 nations" names another


def _of_or_name(following: str) -> bool:
    return following == "of" or following[:1].isupper()  # "the Council of Europe"


def _the(heads: str) -> re.Pattern[str]:
    """ "The" or "the", then one of the head words (group 1), not inside a longer word.

    The match starts at "he " and a lookbehind checks the "T" or "t" before it (the rules
    give ``lead=1``): a pattern that starts with an alternative ("(?:T|t)he") gives the
    engine no literal to skip ahead to, so it was tried at every position of the article
    (about 25 us a rule on a news article, 5 us so)."""
    return re.compile(rf"he (?<=[Tt]he )({heads})(?![\w-])")


MINISTRIES = (
    r"(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Ee]conomy|[Ii]nterior|[Jj]ustice|[Tt]rade"
    r"|[Ee]nergy|[Hh]ealth|[Aa]griculture|[Tt]ransport|[Ee]conomic|[Ii]ndustry)\s+)?"
)


def reference_rules(entries: Sequence[Entry]) -> tuple[LaterReference, ...]:
    """The later references an annotator reads, given its entries (the institutions "the
    Council" may name; with none, that row is left out)."""
    rules = [
        LaterReference(
            _the("[Aa]dministration"),
            "dministration",
            _never,
            with_article=False,
            kind="administration",
            antecedent=administration_leader,
            lead=1,
        ),
        LaterReference(
            _the("government"),
            "government",
            _of_or_possessive_or_name,
            with_article=False,
            kind="government",
            antecedent=state_with_government,
            lead=1,
        ),
        LaterReference(
            _the(f"{MINISTRIES}[Mm]inistry"),
            "inistry",
            _of_or_possessive_or_name,
            with_article=True,
            kind="reference",
            antecedent=state_with_ministry,
            lead=1,
        ),
        LaterReference(
            _the("group"),
            "group",
            _of,
            with_article=True,
            kind="reference",
            antecedent=named_group,
            lead=1,
        ),
        LaterReference(
            re.compile(rf"The ({STATE_EPITHETS})(?![\w-])"),
            "The ",
            _of,
            with_article=True,
            kind="reference",
            antecedent=state_subject_before,
        ),
    ]
    heads = institution_heads(entries)
    if heads:
        rules.append(
            LaterReference(
                _the("|".join(INSTITUTION_HEADS)),
                "",
                _of_or_name,
                with_article=True,
                kind="reference",
                antecedent=partial(
                    institution_named_before, heads, parties=parties_of_bodies(entries)
                ),
                lead=1,
            )
        )
    return tuple(rules)
