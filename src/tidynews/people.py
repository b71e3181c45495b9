"""People the gazetteer and the case file do not list, where the text marks them as people.

A run of capitalised words becomes a person's mention when a title, an honorific, a family
word, a speech verb, an age or an apposition marks it so ("special envoy Eduardo Stein",
"Maria Pérez, 34,"), or when a measure names it as its object ("froze the assets of Tareck El
Aissami"). Later "Mr Stein" and "Stein" resolve to the same person. The word lists here
(titles, honorifics, speech verbs) are also what the extractors read people by.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .document import (
    Mention,
    Tokens,
    fold,
    slug,
    word_matches,
)
from .extractors.numbers import COUNT_WORDS
from .extractors.patterns import trie_pattern

_new_tuple = tuple.__new__

# Words that introduce or describe a person; a capitalised name right after one is a person.
TITLE_WORDS = frozenset(
    """president vice-president prime minister secretary mr mrs ms dr sir lord general gen
    spokesman spokeswoman spokesperson envoy adviser advisor ambassador leader chief senator
    chancellor king queen commissioner director representative correspondent editor official
    deputy governor mayor judge pope foreign defence defense finance interior national security
    special high state treasury opposition army commander colonel lieutenant admiral senator
    congressman congresswoman rep sen premier counterpart head chair chairman chairwoman
    executive ceo sen. rep. gov. gen. lt. col. pres. maj. sgt. capt. cmdr. brig. cpl. amb.
    sergeant captain brigadier negotiator aide diplomat regulator permanent
    economist analyst strategist researcher professor lawyer activist staff ministers
    presidents father councillor councilor councilman councilwoman bishop archbishop cardinal
    reverend rev pastor rabbi imam sheikh affairs justice magistrate prosecutor prosecutors
    judges attorney ombudsman ombudswoman delegate""".split()
)  # ("affairs": "Minister of Foreign Affairs Anniken Huitfeldt" names her, not "Affairs …")
POSSESSIVES = frozenset({"'s", "\u2019s"})
# Titles of offices a state fills (not "opposition leader", "senator", "General", "Father"):
# an official so titled speaks for a state (annotate._state_in_context, stances)
# Nouns for a state's government: "the Swiss government" is Switzerland acting (a demonym
# before one names its state; elsewhere, "Swiss banks", it names no actor)
GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet", "authorities"})
STATE_OFFICES = frozenset(
    """president prime premier chancellor minister secretary ambassador envoy king queen
    emir spokesman spokeswoman spokesperson""".split()
)
# Family words: a capitalised name right after one (or after it and a comma) is a person
# ("Mr Maduro's wife, Cilia Flores"). Kept apart from TITLE_WORDS, which also let a run of
# names reach back to the state an official stands for.
KINSHIP_WORDS = frozenset(
    """wife husband son sons daughter daughters brother brothers sister sisters father mother
    nephew nephews niece nieces cousin cousins stepson stepsons stepdaughter stepdaughters
    widow partner children siblings twins""".split()
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "mr.", "mrs.", "ms.", "dr."})
# Words that describe a person right before the name, as a title does ("steel magnate Alexei
# Mordashov", "aluminium billionaire Viktor Vekselberg"), without naming an office.
DESCRIPTORS = frozenset(
    """billionaire billionaires magnate tycoon oligarch oligarchs businessman businesswoman
    banker financier industrialist entrepreneur investor owner founder co-founder treasurer
    shareholder""".split()
)
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
    mr mrs ms dr president minister secretary now then there here today yesterday still also
    yet so meanwhile however instead later earlier several many some most few both all each
    every no any other another various numerous such when while after before since because
    although though unless until whereas where why how what which who whom whose whether""".split()
)  # (quantifiers open a sentence's group, never a name: "Several Gulf states imposed …";
# nor does a subordinator open one: "When Alena Douhan, the UN special rapporteur, ended …")


# (an initial may stand inside a name: "External Affairs Minister S. Jaishankar")
# (lower-case particles inside a name: "Roxana del Aguila", "Ursula von der Leyen")
NAME_PARTICLES = frozenset("de del della di da do dos das van von der den la le".split())
# (possessive "*+" and "++": what they take is never given back, as giving back letters or
# spaces could not let a space or a capital match after them; the same matches, without the
# engine stepping back through every capitalised word that opens no run)
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?:\.|[A-Za-z'-]*+)(?:\s++(?:(?:de|del|della|di|da|do|dos|das|van|von|der|den|la|le)"
    r"\s+)*[A-Z](?:\.|[A-Za-z'-]*+))+"
)


# First words of Spanish and Portuguese institutions and places named with "de" ("Corte de
# Justicia", "Banco de Venezuela", "Puerto la Cruz"): no given name
NOT_GIVEN_NAMES = frozenset(
    """corte tribunal asamblea banco casa consejo ministerio fuerza fuerzas guardia partido
    frente movimiento instituto universidad plaza puerto san santa sala comision comite junta
    gobierno camara senado congreso policia ejercito estado republica petroleos ciudad
    provincia departamento servicio oficina superintendencia fiscalia defensoria
    procuraduria registro direccion secretaria""".split()
)


def _particle_inside(tokens: Tokens, index: int, position: int, last: int) -> bool:
    """A particle after a name word and before another ("del" in "Roxana del Aguila"), in a
    run that opens on a given name (not "Corte de Justicia")."""
    if position > index and _joining_hyphen(tokens, position, last):
        return True  # "Jean-Claude Juncker": a hyphen the tokenizer split off
    return (
        position > index
        and tokens.lower(index) not in NOT_GIVEN_NAMES
        and tokens.lower(index) not in INSTITUTION_WORDS
        and tokens.lower(position) in NAME_PARTICLES
        and position + 1 < last
        and (
            is_name_word(tokens.text(position + 1))
            or tokens.lower(position + 1) in NAME_PARTICLES  # "von der Leyen"
        )
    )


def _joining_hyphen(tokens: Tokens, position: int, last: int) -> bool:
    """A hyphen written against a name word on each side ("Jean-Claude", "Anne-Marie")."""
    return (
        tokens.text(position) == "-"
        and position + 1 < last
        and tokens.end(position - 1) == tokens.start(position)
        and tokens.end(position) == tokens.start(position + 1)
        and is_name_word(tokens.text(position - 1))
        and is_name_word(tokens.text(position + 1))
    )


def _particles(tokens: Tokens, index: int, end: int) -> int:
    """How many particles (and joining hyphens) the run holds so far: they do not count
    against its length."""
    if index >= end:
        return 0  # (the run's first word: asked at every run)
    # (a token is "-" exactly when its lower-cased word is; a slice of the words is read
    # without a call per token)
    return sum(1 for word in tokens.words[index:end] if word in _PARTICLES_OR_HYPHEN)


_PARTICLES_OR_HYPHEN = NAME_PARTICLES | {"-"}


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _bare_initial_before_a_name(tokens: Tokens, index: int, last: int) -> bool:
    """A capital letter with no period before a name word ("S Jaishankar", as Indian papers
    write it); not "A" or "I", which open sentences."""
    word = tokens.text(index)
    return (
        len(word) == 1
        and word.isupper()
        and word not in {"A", "I"}
        and index + 1 < last
        and is_name_word(tokens.text(index + 1))
    )


@lru_cache(maxsize=65_536)  # the same capitalised words recur across articles
def is_name_word(word: str) -> bool:
    """A capitalised word that may be part of a person's name (not a month, weekday or
    function word: "On Monday Maduro said")."""
    return (
        len(word) > 1
        and word[0].isupper()
        and (
            word[1:].islower()
            or "-" in word
            or "'" in word
            or bool(_PARTICLE_SURNAME.fullmatch(word))
        )
        and word.replace("-", "").replace("'", "").isalpha()
        and word.lower() not in NOT_NAMES
    )


# A surname with a particle run into it: "DiCarlo", "McConnell", "MacArthur", "LeBlanc"
_PARTICLE_SURNAME = re.compile(r"(?:Mc|Mac|Di|De|Da|Du|Le|La|Van|Von)[A-Z][a-z]+")


def detect_people(
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
        if m.entity_type == "person" and after_a_measure(tokens, m.token_start)
    }
    # where a person's name ends: the next item of a list of names is a person too
    person_ends = {m.token_end - 1 for m in known if m.entity_type == "person"}
    for match in _CAPITALISED_RUN.finditer(folded):
        index = tokens.at_char(match.start())
        last = tokens.at_char(match.end())
        if not _two_free_in_a_row(taken, index, last):
            continue  # (a stretch the gazetteer's names fill: no run of two to find)
        if not _may_mark_a_person(tokens, index, match, person_ends):
            continue
        while index < last:
            run_end = index
            while (
                run_end < last
                and run_end - index < 4 + _particles(tokens, index, run_end)
                and not taken[run_end]
                and (
                    is_name_word(tokens.text(run_end))
                    or _is_initial(tokens.text(run_end))
                    or _bare_initial_before_a_name(tokens, run_end, last)
                    or _particle_inside(tokens, index, run_end, last)
                )
            ):  # (an initial inside a name: "S. Jaishankar"; trimmed if it ends the run)
                if _title_before_a_name(tokens, run_end, last, taken) or (
                    tokens.lower(run_end) in INSTITUTION_WORDS
                    and _name_follows(tokens, run_end, last, taken)
                    and _after_an_office_of(tokens, run_end + 1)
                ):
                    # "Senator Marco Rubio": the title marks the name; "Deputy Chairman of
                    # the Security Council Dmitry Medvedev": the office's institution does
                    index = run_end + 1
                run_end += 1
            while run_end > index and _is_initial(tokens.text(run_end - 1)):
                run_end -= 1  # a name ends on a word, not an initial
            if run_end - index >= 2 and _marked_as_person(
                tokens, index, run_end, country_ends, object_ends, person_ends
            ):
                run_end = _past_hyphened_part(tokens, run_end, taken)  # "Moon Jae-in"
                found.append(_detected_person(text, tokens, index, run_end, token_sentence))
                person_ends.add(run_end - 1)
                used[index:run_end] = True
                taken[index:run_end] = [True] * (run_end - index)
                if (
                    after_a_measure(tokens, index)
                    or _member_of_measured(tokens, index)
                    or index - 2 in object_ends
                ):
                    object_ends.add(run_end - 1)
                index = run_end
            else:
                index = max(run_end, index + 1)
    found = _as_earlier_full_names(found, known)
    found = _sharing_a_surname(text, tokens, used, token_sentence, found, known)
    found += _named_before_speaking(text, tokens, used, token_sentence)
    found += _named_with_age(text, tokens, used, token_sentence)
    honorifics = _honorific_matches(folded)  # (read by the two steps below)
    found += _named_before_honorific(
        text, tokens, used, token_sentence, [*known, *found], honorifics
    )
    found += _honorific_references(text, tokens, used, token_sentence, [*known, *found], honorifics)
    found += _surname_references(text, tokens, used, token_sentence, [*known, *found])
    # (last: a lone name that is an earlier person's surname is that person)
    found += _named_by_first_name_speaking(text, tokens, used, token_sentence)
    return _by_an_inner_name(found, known)


def _two_free_in_a_row(taken: list[bool], first: int, last: int) -> bool:
    """Do two tokens in a row between ``first`` and ``last`` belong to no mention yet? A
    person's run is two words or more of tokens no mention holds, so a capitalised stretch
    without two such (about a third of them: "Nicolas Maduro", "the United States") is
    skipped before the tests of its context."""
    free = False
    for index in range(first, last):
        if taken[index]:
            free = False
        elif free:
            return True
        else:
            free = True
    return False


def _by_an_inner_name(found: list[Mention], known: list[Mention]) -> list[Mention]:
    """ "Lula said" after "Luiz Inácio Lula da Silva": a one-word name that is an inner word
    (neither the first nor the last) of exactly one longer name written before it is that
    person, the short name a politician goes by. (A last word is a surname reference, and a
    first word a given name of anyone.)"""
    people = [
        (m, fold(m.surface).split())
        for m in [*known, *found]
        if m.entity_type == "person" and m.surface.count(" ") >= 2
    ]
    if not people:
        return found
    resolved = []
    for mention in found:
        if mention.kind == "detected" and " " not in mention.surface:
            word = fold(mention.surface)
            earlier = {
                m.entity_id: m
                for m, words in people
                if m.end <= mention.start and word in words[1:-1]
            }
            if len(earlier) == 1:
                (person,) = earlier.values()
                mention = mention._replace(entity_id=person.entity_id, name=person.name)
        resolved.append(mention)
    return resolved


# A surname right before a speech verb: '"…," Corbyn said.'
SURNAME_SPEECH_VERBS = frozenset(
    """said says told added adds wrote writes tweeted argued insisted warned explained
    replied noted asked""".split()
)
_SURNAME = re.compile(r"[A-Z][a-z][a-z'’-]+")
# A _SURNAME, one space and a speech verb ending a word: where a verb with a surname before it
# stands (its letters taken possessively: giving one back could never let the space match)
_SURNAME_SPEAKING = re.compile(
    rf"[A-Z][a-z][a-z'’-]++ ({trie_pattern(sorted(SURNAME_SPEECH_VERBS))})(?![A-Za-z])"
)


def _verbs_after_a_capitalised_word(tokens: Tokens) -> list[int]:
    """The token indices, in order, of the speech verbs (``SURNAME_SPEECH_VERBS``) written
    whole right after a capitalised word and one space: of what ``word_indices`` finds for
    them, every verb with a surname before it, by one pattern over the text instead of a
    substring search per verb."""
    found = []
    for match in _SURNAME_SPEAKING.finditer(tokens.folded):
        start = match.start(1)
        index = tokens.at_char(start)
        if index < len(tokens) and tokens.start(index) == start:
            found.append(index)
    return found


def _named_before_speaking(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence
) -> list[Mention]:
    """People named in full with no title ("Jeremy Corbyn disagreed.") who speak later by
    their surname ('"…," Corbyn said.'): the surname's speech marks the earlier two-word name
    as a person's (the surname references then resolve to it)."""
    found: list[Mention] = []
    seen: set[str] = set()
    for verb in _verbs_after_a_capitalised_word(tokens):
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
        last = tokens.at_char(start + 1)
        first = last - 1  # (the word before, also at a paragraph's start: "\n\nAna Marcano")
        if first < 0 or tokens.end(first) != start or used[first] or used[last]:
            continue
        name = tokens.text(first)
        if tokens.start(last) != start + 1 or not is_name_word(name):
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


MAX_SHARED_SURNAME_CONJUNCTS = 4  # given names before "and" that may share the last surname


def _sharing_a_surname(
    text: str,
    tokens: Tokens,
    used: np.ndarray,
    token_sentence,
    found: list[Mention],
    known: list[Mention],
) -> list[Mention]:
    """Given names coordinated before a full name share its surname: "the brothers Boris and
    Igor Rotenberg" are Boris Rotenberg and Igor Rotenberg; "his stepsons Walter Jacob,
    Yosser Daniel and Yoswal Alexander Gavidia Flores" are three Gavidia Floreses. Only when
    every earlier conjunct has the same number of words, fewer than the last name's, so the
    words left over are the surname ("Boris Johnson and Joe Biden" share nothing), and only
    where relatives are named just before (``_kin_before``). Earlier
    conjuncts are plain capitalised words or names detected as people here, which are
    renamed; a name the gazetteer or the case file knows is never a given name."""
    detected_at = {m.token_end - 1: m for m in found if m.kind == "detected"}
    renamed: dict[int, Mention] = {}
    added: list[Mention] = []
    for last in [m for m in [*known, *found] if m.entity_type == "person" and " " in m.surface]:
        conjuncts = _given_name_conjuncts(tokens, used, last.token_start, detected_at)
        words = last.token_end - last.token_start
        if not conjuncts or len({end - start for start, end in conjuncts}) != 1:
            continue
        given = conjuncts[0][1] - conjuncts[0][0]
        if given >= words or not _kin_before(tokens, conjuncts[0][0]):
            continue  # ("His wife, Cilia Flores, and Vladimir Padrino López": two full names;
            # "Medvedchuk and Viktor Orban": a surname, no given name)
        surname = text[tokens.start(last.token_end - (words - given)) : last.end]
        for start, end in conjuncts:
            name = f"{text[tokens.start(start) : tokens.end(end - 1)]} {surname}"
            earlier = detected_at.get(end - 1)
            if earlier is not None:
                renamed[earlier.start] = earlier._replace(
                    entity_id=f"person:{slug(name)}", name=name
                )
                continue
            mention = _detected_person(text, tokens, start, end, token_sentence)
            added.append(mention._replace(entity_id=f"person:{slug(name)}", name=name))
            used[start:end] = True
    if not renamed and not added:
        return found
    return [renamed.get(m.start, m) for m in found] + added


def _given_name_conjuncts(
    tokens: Tokens, used: np.ndarray, first: int, detected_at: dict[int, Mention]
) -> list[tuple[int, int]]:
    """The token spans of the given names coordinated right before the name at ``first``
    ("Boris and", "Walter Jacob, Yosser Daniel and"), nearest last in the text's order; []
    unless "and" stands right before the name and every conjunct is a run of name words."""
    index = first - 1
    if tokens.lower(index) != "and":
        return []
    index -= 1
    index -= tokens.lower(index) == ","  # a serial comma
    spans: list[tuple[int, int]] = []
    while index >= 0 and len(spans) < MAX_SHARED_SURNAME_CONJUNCTS:
        detected = detected_at.get(index)
        if detected is not None:
            start = detected.token_start
        else:
            start = index
            while start >= 0 and not used[start] and is_name_word(tokens.text(start)):
                start -= 1
            start += 1
        if start > index:
            break  # not a name word: the list of given names began after it
        spans.append((start, index + 1))
        if tokens.lower(start - 1) != ",":
            break
        index = start - 2
    if spans and tokens.lower(spans[-1][0] - 1) in NAME_BLOCKING_PREPOSITIONS:
        return []  # "in Kharkiv and Oleg Sentsov", "of Anzoátegui and Iris Varela": a place
    return spans[::-1]


# Relatives named together (a plural kinship word), the list whose given names share one
# surname
KIN_NOUNS = frozenset(word for word in KINSHIP_WORDS if word.endswith("s")) | {"children"}
KIN_REACH = 6  # tokens from the relatives' noun to the first given name


def _kin_before(tokens: Tokens, first: int) -> bool:
    """Does a noun of relatives come just before the list ("three of his stepsons, Walter
    Jacob, Yosser Daniel and …", "the brothers Boris and …")? Without one, the conjuncts are
    names of their own ("Medvedchuk and Viktor Orban", "His wife, Cilia Flores, and …")."""
    return any(tokens.lower(i) in KIN_NOUNS for i in range(max(0, first - KIN_REACH), first))


# Prepositions before a capitalised word that make it a place or a body, not a given name
NAME_BLOCKING_PREPOSITIONS = frozenset(
    "at in near outside inside across throughout from to into of for with by on".split()
)


def _past_hyphened_part(tokens: Tokens, end: int, taken: list[bool] | None = None) -> int:
    """A name's last word may go on past a hyphen the tokenizer split off ("Moon Jae-in",
    "Lee Soo-min"): the part is written without spaces and is a word of letters. ``taken``:
    the tokens other mentions hold (none, when a name's context is only being read)."""
    if end + 1 >= len(tokens) or tokens.text(end) != "-":
        return end
    if taken is not None and (taken[end] or taken[end + 1]):
        return end
    touching = tokens.end(end - 1) == tokens.start(end) and tokens.end(end) == tokens.start(end + 1)
    return end + 2 if touching and tokens.text(end + 1).isalpha() else end


def _detected_person(text: str, tokens: Tokens, first: int, end: int, token_sentence) -> Mention:
    """A person the text marks as one, over tokens [first, end): the id is the name's slug."""
    start, stop = tokens.start(first), tokens.end(end - 1)
    name = text[start:stop]
    sentence_id = token_sentence[first]
    # (tuple.__new__: the named tuple's own __new__ is a Python function; every field given)
    person = f"person:{slug(name)}"
    fields = (start, stop, name, person, "person", name, sentence_id, "detected", None, first, end)
    return _new_tuple(Mention, fields)


# ", Olena, 34," a first name alone, set off with an age: how reports name ordinary people.
_NAME_AND_AGE = re.compile(r", ([A-Z][a-z]+), (\d{2,3}),")
# "Oleksandr, a 31-year-old warehouse worker in Wrocław, said …": a first name opening a
# sentence, described by an age
_NAME_AND_AGED_NOUN = re.compile(
    r"(?:^|[.!?]\s+)([A-Z][a-z]+), an? (\d{2,3})-year-old ((?:[a-z-]+ ){0,2}[a-z-]+)\b", re.M
)
# Nouns of people after an age ("a 31-year-old warehouse worker"), not of things ("a
# 15-year-old alliance")
AGED_PERSON_NOUNS = frozenset(
    """man woman boy girl mother father son daughter wife husband widow student worker nurse
    teacher driver doctor engineer farmer trader vendor seller refugee migrant soldier veteran
    activist lawyer journalist mechanic cook cleaner carpenter builder fisherman miner
    pensioner retiree electrician accountant programmer waiter waitress shopkeeper owner
    grandmother grandfather resident volunteer""".split()
)


def _named_with_age(text: str, tokens: Tokens, used: np.ndarray, token_sentence) -> list[Mention]:
    """People named by one word with an age in apposition ("One mother, Olena, 34, said",
    "Oleksandr, a 31-year-old warehouse worker, said")."""
    found = []
    matches = list(_NAME_AND_AGE.finditer(tokens.folded))
    if "-year-old" in tokens.folded:
        matches += [
            match
            for match in _NAME_AND_AGED_NOUN.finditer(tokens.folded)
            if not AGED_PERSON_NOUNS.isdisjoint(match.group(3).split())
        ]
    for match in matches:
        if not _is_age(match.group(2)) or not is_name_word(match.group(1)):
            continue
        index = tokens.at_char(match.start(1))
        if index >= len(tokens) or used[index] or tokens.end(index) != match.end(1):
            continue
        found.append(_detected_person(text, tokens, index, index + 1, token_sentence))
        used[index] = True
    return found


# A first name alone as a quote's speaker: '"…," said Carmen, 62,', '"…," said taxi driver
# Luis.', '"…," Olena said.' Ordinary people are often named so; the speech marks the person.
_FIRST_NAME_SPEAKING = re.compile(
    r"""[,?!…]["”'’] (?:(?:"""
    + "|".join(sorted(INVERTED_SPEECH_VERBS | {"told", "asked", "recalled"}))
    + r""") (?:[a-z-]+ ){0,3}([A-Z][a-z]+)(?=[,.;]|$)"""
    + r"""|([A-Z][a-z]+) (?:said|says|added)(?=[,.;]))""",
    re.MULTILINE,
)
# _FIRST_NAME_SPEAKING once for each punctuation mark it opens with, the mark written as a
# literal: the engine then skips ahead to that character instead of testing every character
# against the class (about a fifth of the time). Matches of two of them never overlap (after
# its mark a match holds only letters, hyphens and spaces), so their union in order of start
# is what finditer gives for the whole pattern.
_FIRST_NAME_SPEAKING_BY_MARK = tuple(
    (mark, re.compile(re.escape(mark) + _FIRST_NAME_SPEAKING.pattern[len("[,?!…]") :], re.M))
    for mark in ",?!…"
)
assert _FIRST_NAME_SPEAKING.pattern.startswith("[,?!…]")


def _first_name_speaking_matches(text: str) -> list[re.Match[str]]:
    """``list(_FIRST_NAME_SPEAKING.finditer(text))``, by the patterns of one mark each."""
    matches = [
        match
        for mark, pattern in _FIRST_NAME_SPEAKING_BY_MARK
        if mark in text
        for match in pattern.finditer(text)
    ]
    if len(matches) > 1:
        matches.sort(key=lambda match: match.start())
    return matches


# Words before the name that make it no person's: "said the Guardian", "said its Treasury"
NOT_BEFORE_FIRST_NAMES = frozenset("the a an its his her their our this that".split())
NEWS_AGENCIES = frozenset("reuters bloomberg xinhua interfax tass efe ansa".split())


def _named_by_first_name_speaking(
    text: str, tokens: Tokens, used: np.ndarray, token_sentence
) -> list[Mention]:
    """People named by one word only, as the speaker of the quote just before ('"…," said
    Carmen, 62, clutching …'). Not a word the article also writes in lower case, a title,
    an institution's word, a news agency or anything the gazetteer already holds."""
    found = []
    for match in _first_name_speaking_matches(tokens.folded):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        before = tokens.folded[match.start() : match.start(group)].split()
        if NOT_BEFORE_FIRST_NAMES.intersection(before) or not is_name_word(name):
            continue
        lower = name.lower()
        if lower in TITLE_WORDS or lower in INSTITUTION_WORDS or lower in NEWS_AGENCIES:
            continue
        index = tokens.at_char(match.start(group))
        if index >= len(tokens) or used[index] or tokens.end(index) != match.end(group):
            continue
        if _written_lower(tokens, name):
            continue
        found.append(_detected_person(text, tokens, index, index + 1, token_sentence))
        used[index] = True
    return found


def person_name_at(tokens: Tokens, index: int) -> bool:
    """Do two name words that are neither titles nor institutions start at ``index``? (What
    ends a name a title or an institution opened: "… Security Council Dmitry Medvedev".)"""
    return index + 1 < len(tokens) and all(
        is_name_word(tokens.text(i)) and tokens.lower(i) not in _TITLE_OR_INSTITUTION_WORDS
        for i in (index, index + 1)
    )


def _name_follows(tokens: Tokens, index: int, last: int, taken: list[bool]) -> bool:
    """Do two unclaimed name words of the run (before ``last``) follow ``index``?"""
    return (
        index + 2 < last
        and not taken[index + 1]
        and not taken[index + 2]
        and person_name_at(tokens, index + 1)
    )


# tokens back from a name to its title: "chairman of the Russian Security Council"
OFFICE_OF_REACH = 7


def _after_an_office_of(tokens: Tokens, start: int) -> bool:
    """Does an office held "of" a named institution end right before ``start`` ("Deputy
    Chairman of the Russian Security Council Dmitry Medvedev", "Governor of the Bank of
    England Andrew Bailey")? The institution's name is capitalised; the office a title."""
    index = start - 1
    if not tokens.text(index)[:1].isupper():
        return False
    if "of" not in tokens.words[max(start - 1 - OFFICE_OF_REACH, 0) : index]:
        return False  # (one C-level test settles most capitalised stretches)
    while index > max(start - 1 - OFFICE_OF_REACH, 0):
        word = tokens.lower(index)
        if word == "of" and tokens.lower(index - 1) in TITLE_WORDS:
            return True
        if word not in {"the", "of"} and not tokens.text(index)[:1].isupper():
            return False
        index -= 1
    return False


def _title_before_a_name(tokens: Tokens, index: int, last: int, taken: list[bool]) -> bool:
    """Is the capitalised word at ``index`` a title followed by a name of two words or more
    ("Senator Marco Rubio", "Special Envoy Elliott Abrams")? Not "Pope Francis": one name
    word alone after a title is kept with it."""
    if tokens.lower(index) not in TITLE_WORDS:
        return False
    return all(
        index + step < last
        and not taken[index + step]
        and is_name_word(tokens.text(index + step))
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
    # each surname's full mentions, in order: a reference is to the one person named so far;
    # a second form ("Saab" of "Alex Saab Moran") only where no one has it as their surname
    named: dict[str, list[Mention]] = {}
    secondary: dict[str, list[Mention]] = {}
    # surnames the gazetteer or case file already matches alone ("Maduro") need no search
    covered = {
        m.surface
        for m in people
        if m.entity_type == "person" and " " not in m.surface and m.kind == "name"
    }
    for mention in sorted(people, key=lambda m: m.start):
        if mention.entity_type != "person" or " " not in mention.surface:
            continue
        if mention.surface.rsplit(None, 1)[-1] in covered:
            continue
        primary, *others = _folded_surnames(mention.surface)
        if primary[:1].isupper():
            named.setdefault(primary, []).append(mention)
        for surname in others:
            secondary.setdefault(surname, []).append(mention)
    for surname, holders in secondary.items():
        named.setdefault(surname, holders)  # (a surname's own holders win)
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
        before = _past_kin_sharing_it([m for m in named[surname] if m.end <= start], tokens)
        if len({m.entity_id for m in before}) != 1:
            continue  # nobody of that name yet, or two people named so (they share it)
        person = before[0]
        index, last = tokens.at_char(start), tokens.at_char(end) - 1  # (its last token)
        if last >= len(tokens) or used[index : last + 1].any() or index in taken:
            continue
        if tokens.start(index) != start or tokens.end(last) != end:
            continue  # part of a token ("López-led")
        if _name_word_next_to(tokens, index) or _name_word_next_to(tokens, last):
            continue
        found.append(_reference(text, tokens, index, person, token_sentence, "surname", last + 1))
        used[index : last + 1] = True
    return found


KIN_APPOSITION_REACH = 4  # tokens from a relative's noun to the name: "his eldest son, X"


def _introduced_as_kin(tokens: Tokens, mention: Mention) -> bool:
    """Is the person first named in an apposition to a relative's noun ("his eldest son,
    Nicolás Petro", "Petro's wife, Verónica Alcocer")?"""
    first = mention.token_start
    if tokens.lower(first - 1) != ",":
        return False
    return any(
        tokens.lower(i) in KINSHIP_WORDS for i in range(max(0, first - KIN_APPOSITION_REACH), first)
    )


def _past_kin_sharing_it(holders: list[Mention], tokens: Tokens) -> list[Mention]:
    """Of the people named so far who share a surname, the one a bare surname refers to when
    the others were introduced as that person's relatives: after "President Gustavo Petro …
    his eldest son, Nicolás Petro", "Petro answered" is the president. Unchanged otherwise."""
    if len({m.entity_id for m in holders}) < 2:
        return holders
    introduced: dict[str, Mention] = {}
    for mention in holders:
        introduced.setdefault(mention.entity_id, mention)
    principal = [i for i, m in introduced.items() if not _introduced_as_kin(tokens, m)]
    if len(principal) != 1:
        return holders
    return [m for m in holders if m.entity_id == principal[0]]


# Particles that belong to a surname: "Luigi Di Maio" is "Di Maio" later, "Ursula von der
# Leyen" "von der Leyen" (written as the full mention writes them)
SURNAME_PARTICLES = frozenset(
    "di de da del della van von der den du dos das le la al el bin ibn ben st.".split()
)


# Common Chinese and Korean family names, written before the given name ("Lu Kang", "Wang
# Yi", "Shin Won-sik"): the family name alone names the person later
FAMILY_NAME_FIRST = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
    yu du ye cheng wei su lu ding ren yao shen zhong cui tan fu fan qin geng hua mao xi kong
    wen bai qian ong lim goh ng teo koh chua kim park choi""".split()
)  # (and the Hokkien romanisations Singaporean reports write)
# Korean family names that are also Western given names ("Lee Anderson", "Hong", "Moon"):
# written first only before a hyphened given name ("Lee Jae-myung", "Shin Won-sik")
KOREAN_FAMILY_NAMES = frozenset(
    """lee yoon yun kang cho jung chung moon oh seo suh kwon hwang ahn yoo ryu hong jeon nam
    shin rhee ri""".split()
)


@lru_cache(maxsize=4096)  # a name recurs in an article and across it (bounded: flat memory)
def _folded_surnames(name: str) -> tuple[str, ...]:
    """``_surnames`` of a full name, each folded."""
    return tuple(fold(surname) for surname in _surnames(name))


def _surnames(name: str) -> list[str]:
    """The forms a full name's surname takes alone: its last word with its particles, and
    for a name of three words or more the first of two surnames ("Alex Saab Moran" is "Saab"
    later, as Spanish names are shortened), an Arabic "El"/"Al" surname's bare word
    ("Tareck El Aissami" is "Aissami") and a Chinese family name written first ("Lu Kang"
    is "Lu")."""
    words = name.split()
    forms = [_surname(name)]
    if len(words) in (2, 3) and words[0].lower() in FAMILY_NAME_FIRST:
        # "Lu Kang" is "Lu" later, "Ong Wei Ling" "Ong": the family name comes first
        forms.append(words[0])
    elif len(words) == 2 and words[0].lower() in KOREAN_FAMILY_NAMES and "-" in words[1]:
        forms.append(words[0])  # "Shin Won-sik" is "Shin" later
    if len(words) >= 3 and words[-2][:1].isupper() and words[-2].lower() not in SURNAME_PARTICLES:
        forms.append(words[-2])
    if len(words) >= 3 and words[-2].lower() in {"el", "al"}:
        forms.append(words[-1])
    first = len(words) - len(_surname(name).split())
    if first < len(words) - 1 and first >= 3 and words[first - 1][:1].isupper():
        # the name before a surname with particles, past two given names: "Luiz Inácio Lula
        # da Silva" is "Lula" later (not "Eduardo" of "José Eduardo dos Santos")
        forms.append(words[first - 1])
    return forms


def _surname(name: str) -> str:
    """The surname of a full name: its last word, with the particles before it."""
    words = name.split()
    first = len(words) - 1
    while first > 1 and words[first - 1].lower() in SURNAME_PARTICLES:
        first -= 1
    return " ".join(words[first:])


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


def _may_mark_a_person(
    tokens: Tokens, index: int, match: re.Match[str], person_ends: set[int] | frozenset[int]
) -> bool:
    """Could any run of names inside this capitalised stretch be marked as a person?

    A cheap test on the stretch before the token-by-token one (most capitalised stretches
    are sentence openings and names of places or bodies): a marker word before it ("Mr",
    "envoy", "his wife,", "says"), a title or speech verb inside it ("President Donald
    Trump"), or a comma or speech verb right after it. It lets through every stretch
    ``_marked_as_person`` could accept, so the people found are the same.

    The tests are pure and any one suffices, so the cheap ones go first: a comma or speech
    verb after the stretch marks most of the stretches that pass, and settles them before
    the rules that walk the words around (measures, lists, offices).
    """
    before = tokens.lower(index - 1)
    if before in PERSON_MARKERS or before in POSSESSIVES:
        return True
    if _after_among_them(tokens, index):
        return True  # "Dozens of Republicans voted for it, among them Mario Díaz-Balart"
    following = _NEXT_TOKEN.match(tokens.folded, match.end())
    if following is not None and (
        following.group(1) == ","
        or following.group(1).lower() in SPEECH_VERBS
        or following.group(1).lower() in BE_AND_HAVE  # "… was sanctioned"
        or following.group(1) == "of"  # "Michael McCaul of Texas said"
    ):
        return True
    words = match.group().lower().split()
    if not SOLE_NAME_TITLES.isdisjoint(words):
        return True  # "Pope Francis"
    if len(words) > 2 and any(
        word in PERSON_MARKERS or word in SPEECH_VERBS or word.endswith("'s") for word in words
    ):
        return True  # "President Donald Trump", "Nicaragua's Daniel Ortega"
    return (
        (before == "," and tokens.lower(index - 2) in _KINSHIP_OR_TITLE_WORDS)
        or (before == "," and _title_phrase_ends(tokens, index - 2))  # ("the representative
        # in Colombia, Yukiko Iriyama", "Poland's ambassador to the EU, Andrzej Sadoś.")
        or after_a_measure(tokens, index)
        or before in FREEZING_VERBS  # "froze Alina Kabaeva's assets"
        or before in ADDING_VERBS  # "adding Alina Kabaeva to the sanctions package"
        or (before == "and" and _measure_before(tokens, index))  # "… on A B and C D"
        or _member_of_measured(tokens, index)
        or (
            before == "," and "among" in tokens.words[index : index + 12]
        )  # "A, B and C among them"
        or _next_in_a_list_of_people(tokens, index, person_ends)
        or _speaking_occupation_before(tokens, index)
        # "Governor of the Bank of England Andrew Bailey": the stretch may open on the
        # institution's last word
        or _after_an_office_of(tokens, index)
        or _after_an_office_of(tokens, index + 1)
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
    designating listed listing seized impounded confiscated""".split()
)
# Things a measure freezes or seizes: their owner is its target ("a yacht belonging to X";
# the sanctions extractor reads the same words: "froze the assets of X").
FROZEN_THINGS = frozenset(
    """assets asset reserves funds holdings accounts property properties yacht yachts
    superyacht superyachts villa villas mansion mansions jet jets stake stakes""".split()
)
COMPANY_WORDS = frozenset(
    """trading oil petroleum petroleos energy holdings holding limited ltd inc corp sa sas plc
    llc gold mining minerals airlines airline shipping industries international group
    enterprises finance investments capital partners""".split()
)


# Prepositions a list may repeat before its next item ("to A and to B", "of A and of B")
REPEATED_PREPOSITIONS = frozenset({"to", "of", "on", "against"})


def _next_in_a_list_of_people(
    tokens: Tokens, start: int, person_ends: set[int] | frozenset[int]
) -> bool:
    """Is the run the next item of a list whose item before it is a person ("Omar Prieto
    of Zulia, Rafael Lacava of Carabobo", "Mike Pompeo and Elliott Abrams")? Names are
    listed with their like: the item before may carry a place ("of Zulia") after the name.
    Not across an apposition ("Maduro, Caracas Mayor …" has no list word before it)."""
    before = tokens.lower(start - 1)
    if before in REPEATED_PREPOSITIONS and tokens.lower(start - 2) == "and":
        start -= 1  # "belonging to Gennady Timchenko and to Alexei Mordashov"
        before = "and"
    if before == ";" or (before == "and" and tokens.lower(start - 2) == ";"):
        return _after_a_semicolon_item(tokens, start, person_ends)  # ("…; and Sergei Chemezov")
    if before == "with" and tokens.lower(start - 2) in {"along", "together"}:
        # "Luis Parra, along with Franklyn Duarte and José Gregorio Noriega"
        last = start - 4 if tokens.lower(start - 3) == "," else start - 3
    elif before == "as" and tokens.lower(start - 2) == "well" and tokens.lower(start - 3) == "as":
        # "Maria Vorontsova and Katerina Tikhonova, as well as Maria Lavrova"
        last = start - 5 if tokens.lower(start - 4) == "," else start - 4
    elif before == "and":
        last = start - 3 if tokens.lower(start - 2) == "," else start - 2
    elif before == ",":
        last = start - 2
    else:
        return False
    if last in person_ends:
        return True
    if tokens.lower(last) in PLACE_TAILS:
        last -= 1  # "Omar Prieto of Zulia state, …"
    index = last  # back over a place after the name: "Omar Prieto of Zulia"
    while index > last - 3 and tokens.text(index)[:1].isupper() and index not in person_ends:
        index -= 1
    return index < last and tokens.lower(index) == "of" and index - 1 in person_ends


# Lower-case words that close a place's name ("of Zulia state", "of Donetsk region")
PLACE_TAILS = frozenset({"state", "province", "region", "oblast", "city", "county", "department"})


SEMICOLON_ITEM_REACH = 30  # tokens of one item of a semicolon list of people ("Ivan Rafael
# Hernandez Dala, the commander of Maduro's Presidential Guard and Venezuela's Directorate
# General of Military Counter-Intelligence;"), for the detector here and the target parse


def _after_a_semicolon_item(
    tokens: Tokens, start: int, person_ends: set[int] | frozenset[int]
) -> bool:
    """Is the run the next item of a list of people set off by semicolons, each with an
    office ("sanctioned Ivan Hernandez Dala, the commander of …; Hildemaro Rodriguez
    Mucura, first commissioner of SEBIN; …")? The item before must open with a person's
    name set off by a comma."""
    semicolon = start - 1 if tokens.lower(start - 1) == ";" else start - 2
    for index in range(semicolon - 1, max(-1, semicolon - SEMICOLON_ITEM_REACH), -1):
        if tokens.lower(index) in {";", ".", ":", "!", "?"}:
            return False
        if index in person_ends and tokens.lower(index + 1) in {",", ";"}:
            return True  # (or a name alone: "…; billionaire Yuri Kovalchuk; and …")
    return False


# What may follow an item of a list of names: more of the list, a place, the end, or a
# preposition that goes on with the clause ("put A and B on its stop list"); not a verb
# ("A and Santa Elena Harbour Authorities agreed")
LIST_ITEM_FOLLOWERS = frozenset(
    {",", "and", "or", "of", "from", ".", ";", ")", "(", "among"}
    | {"on", "to", "in", "at", "for", "with"}
)
# Capitalised plurals of political groups, which end a run of capitalised words but name
# no person ("Mike Pence and Capitol Hill Republicans")
GROUP_PLURALS = frozenset(
    """republicans democrats conservatives liberals socialists communists chavistas
    loyalists separatists rebels greens""".split()
)


def _ends_a_list_item(tokens: Tokens, end: int) -> bool:
    """Does the run before ``end`` stand as one item of a list of names (a list word, a
    preposition or the sentence's end after it, no group plural as its last word)?"""
    return tokens.lower(end) in LIST_ITEM_FOLLOWERS and tokens.lower(end - 1) not in GROUP_PLURALS


# Plural nouns of a group of people a measure names before a colon opens its members
# ("sanctions on four state governors loyal to Nicolás Maduro: Omar Prieto of Zulia, …")
PEOPLE_GROUP_NOUNS = frozenset(
    """officials people individuals governors ministers officers generals judges oligarchs
    businessmen executives members relatives associates figures politicians lawmakers
    legislators commanders leaders chiefs bosses heads deputies aides allies advisers advisors
    envoys diplomats tycoons billionaires bankers managers directors captains prosecutors
    mayors senators""".split()
)


def _member_of_measured(tokens: Tokens, start: int) -> bool:
    """Does the run start a list of members ("among them", "including", or a colon after a
    group of people) of a group a measure names in the dozen words before?"""
    before = tokens.lower(start - 1)
    listed = before in {"including", "namely"} or _after_among_them(tokens, start)
    if before in INCLUDING_LINKS or (before in THOSE_COPULAS and _those_before(tokens, start)):
        # "Those sanctioned include Ivan Orlov", "Those hit by the new sanctions are …"
        listed = True
    if before in {":", "—", "–"}:  # ("four governors loyal to Maduro — Omar Prieto, …")
        group = next(
            (
                i
                for i in range(start - 2, max(0, start - LISTED_GROUP_REACH) - 1, -1)
                if tokens.lower(i) in PEOPLE_GROUP_NOUNS
            ),
            -1,
        )
        listed = group >= 0
        # ("sanctions on seven lawmakers it accused of helping the government to hijack the
        # vote: Luis Parra, …": the measure stands before the group, however long its clause)
        start = min(start, group + 2) if listed else start
    elif before == ",":  # "on four governors, Omar Prieto, Rafael Lacava and …"
        listed = tokens.lower(start - 2) in PEOPLE_GROUP_NOUNS and _counted_group(tokens, start - 2)
    if not listed:
        return False
    for index in range(start - 2, max(0, start - 12) - 1, -1):
        word = tokens.lower(index)
        if word in {".", "!", "?"}:
            return False  # the measure must be in the list's own sentence
        if word in MEASURE_NOUNS or word in MEASURE_VERBS:
            return True
    return False


LISTED_GROUP_REACH = 14  # tokens from a colon back to the group its names are members of
INCLUDING_LINKS = frozenset({"include", "includes", "included"})
THOSE_COPULAS = frozenset({"are", "were"})


def _those_before(tokens: Tokens, start: int) -> bool:
    """Does "those" or "others" open the phrase the copula before ``start`` closes ("Those
    hit by the new sanctions are …")?"""
    for index in range(start - 2, max(0, start - 10) - 1, -1):
        word = tokens.lower(index)
        if word in {"those", "others"}:
            return True
        if word in {".", "!", "?", ",", ";"}:
            return False
    return False


def _counted_group(tokens: Tokens, noun: int) -> bool:
    """Is the group noun at ``noun`` counted ("four governors", "the 18 officials")? Only a
    counted group is followed by the list of its members after a comma."""
    for index in range(noun - 1, max(-1, noun - 4), -1):
        word = tokens.lower(index)
        if word.isdigit() or word in COUNT_WORDS:
            return True
        if not word.isalpha() or word in {"of", "on", "against", "and", "the"}:
            return False
    return False


def _listed_before_among_them(tokens: Tokens, start: int, end: int) -> bool:
    """Is the run one of the names listed after a measured group and before a closing
    "among them" ("… four bankers, Ivan Petrov and Oleg Sidorov among them.")? The list
    opens after a comma; it holds capitalised words, commas and "and" only."""
    index = end
    while index < min(end + 12, len(tokens)):
        word = tokens.lower(index)
        if word == "among" and tokens.lower(index + 1) == "them":
            break
        if word not in {",", "and"} and not tokens.text(index)[:1].isupper():
            return False
        index += 1
    else:
        return False
    first = start
    while first > max(0, start - 12) and (
        tokens.lower(first - 1) == "and" or tokens.text(first - 1)[:1].isupper()
    ):
        first -= 1
    while tokens.lower(first - 1) == "," and tokens.text(first - 2)[:1].isupper():
        first -= 1  # an earlier name of the list: "A, B and C among them"
        while first > max(0, start - 12) and tokens.text(first - 1)[:1].isupper():
            first -= 1
    return tokens.lower(first - 1) == "," and _measure_before(tokens, first - 1)


def _measure_before(tokens: Tokens, index: int) -> bool:
    """A measure word in the dozen tokens before (the run may be its second object)."""
    return any(
        tokens.lower(i) in MEASURE_NOUNS or tokens.lower(i) in MEASURE_VERBS
        for i in range(max(0, index - 12), index)
    )


def after_a_measure(tokens: Tokens, start: int) -> bool:
    """Does the run starting at ``start`` follow a measure ("assets of", "sanctions on",
    "sanctioned")?"""
    before = tokens.lower(start - 1)
    if before in MEASURE_VERBS:
        return True
    if before in BE_AND_HAVE and tokens.lower(start - 2) in MEASURE_VERBS:
        return True  # inverted: "Also sanctioned are Igor Sechin, …"
    if (before, tokens.lower(start - 2)) in {("to", "belonging"), ("by", "owned")}:
        # "seized a yacht belonging to Alexei Mordashov" (a frozen thing's owner), "froze any
        # assets in the United States owned by Tareck El Aissami" (past a place phrase)
        return _frozen_thing_before(tokens, start - 3)
    return before in {"of", "on", "against"} and tokens.lower(start - 2) in MEASURE_NOUNS


OWNER_PLACE_REACH = 6  # tokens of a place phrase between a frozen thing and "owned by"
# Prepositions of a place phrase that may stand between a frozen thing and its owner ("any
# property in the United States owned by …", "assets within U.S. jurisdiction belonging to")
OWNER_PLACE_OPENERS = frozenset({"in", "within", "across", "abroad", "overseas"})


def _frozen_thing_before(tokens: Tokens, last: int) -> bool:
    """Is the word at ``last`` a frozen thing ("a yacht"), or does a place phrase there
    follow one ("assets in the United States", "assets within U.S. jurisdiction")? No comma
    may stand in the phrase: "property in Miami, owned by …" is told of Miami."""
    if tokens.lower(last) in FROZEN_THINGS:
        return True
    for index in range(last, max(-1, last - OWNER_PLACE_REACH), -1):
        word = tokens.lower(index)
        if word in {",", ";", ":"}:
            return False
        if word in OWNER_PLACE_OPENERS:
            return tokens.lower(index - 1) in FROZEN_THINGS
    return False


# Forms of "be" and "have": a passive's auxiliaries ("was sanctioned", "has been designated")
BE_AND_HAVE = frozenset("is are was were be been being has have had".split())


def before_a_passive_measure(tokens: Tokens, end: int) -> bool:
    """Does a passive measure follow the run that ends before ``end`` ("… was sanctioned",
    "… had also been designated", "… was hit with UK sanctions", "… was added to the
    blacklist", "… was barred from entering", "… is among those sanctioned")? Its subject is
    what the measure targets."""
    index = end
    if tokens.lower(index) not in BE_AND_HAVE:
        return False
    while tokens.lower(index) in BE_AND_HAVE or tokens.lower(index) in {"also", "later"}:
        index += 1
    verb = tokens.lower(index)
    if verb in MEASURE_VERBS and verb.endswith("ed"):
        return True
    following = [tokens.lower(i) for i in range(index + 1, min(index + 6, len(tokens)))]
    if verb in HIT_VERBS and following[:1] == ["with"]:
        return not MEASURE_NOUNS.isdisjoint(following[1:]) or "freeze" in following
    if verb == "added" and following[:1] == ["to"]:
        return not LIST_NOUNS.isdisjoint(following[1:])
    if verb == "among" and following[:1] == ["those"]:
        return not MEASURE_VERBS.isdisjoint(following[1:3])  # "… is among those sanctioned"
    return verb in BARRING_VERBS and following[:1] == ["from"]


# Passive verbs a measure follows with "with" ("was hit with sanctions", "slapped with an
# asset freeze"), lists one is added to, and bans one is barred from something by
HIT_VERBS = frozenset({"hit", "slapped", "targeted"})
LIST_NOUNS = frozenset({"list", "blacklist", "sanctions"})
BARRING_VERBS = frozenset({"banned", "barred"})
# Verbs that freeze a possessed thing: "froze Alina Kabaeva's assets" names its owner
FREEZING_VERBS = frozenset(
    "froze freeze freezes freezing frozen seized seize seizes seizing blocked block blocks".split()
)


ADDING_VERBS = frozenset("add adds added adding place places placed placing put puts".split())
LISTED_ON = frozenset({"list", "blacklist", "package"})


def added_to_a_list(tokens: Tokens, start: int, end: int) -> bool:
    """Is the run what an adding verb puts on a sanctions list or package ("considering
    adding Alina Kabaeva to the next EU sanctions package", "placed Ivan Orlov on its
    blacklist")?"""
    if tokens.lower(start - 1) not in ADDING_VERBS or tokens.lower(end) not in {"to", "on"}:
        return False
    return any(tokens.lower(i) in LISTED_ON for i in range(end + 1, min(end + 7, len(tokens))))


def owner_of_a_frozen_thing(tokens: Tokens, start: int, end: int) -> bool:
    """Is the run the possessor of what a freezing verb right before it freezes ("froze
    Alina Kabaeva's assets", "seized Andrei Guryev's yacht")?"""
    return (
        tokens.lower(start - 1) in FREEZING_VERBS
        and tokens.lower(end) in POSSESSIVES
        and tokens.lower(end + 1) in FROZEN_THINGS
    )


# Words that make a capitalised run an institution or a title of a work, not a person.
INSTITUTION_WORDS = frozenset(
    """church council assembly court party bank ministry group union committee agency times
    news post journal republic army forces company corporation university institute
    foundation fund commission parliament congress senate house office department service
    organisation organization association federation league front movement alliance
    programme program summit conference treaty accord agreement declaration plan square
    street avenue bridge airport palace station mission centre center network channel
    television radio broadcaster newspaper magazine press agency club football airlines
    airways holdings industries petroleum shipping partners investments capital act law
    decree regulations measures directorate guard police force command bureau corps
    brigade battalion secretariat inspectorate""".split()
)  # (an organisation's or a text's head words: "Chelsea Football Club", "the Special
# Economic Measures Act" are no person)

_TITLE_OR_INSTITUTION_WORDS = TITLE_WORDS | INSTITUTION_WORDS  # (made once: person_name_at)

# Titles written before a single name ("Pope Francis", "King Felipe", "Cardinal Parolin"):
# the two words name a person. (Not "General", an adjective of companies: "General Motors".)
SOLE_NAME_TITLES = frozenset(
    """pope king queen prince princess cardinal archbishop bishop patriarch emir sheikh
    sultan""".split()
)


# Words after a capitalised run that make it a place: "Venezuela's Tachira state".
PLACE_WORDS = frozenset(
    """state province region city town river border district county municipality port
    island valley mountains desert oblast""".split()
)


OCCUPATION_WORDS_BEFORE = 3  # '"…," said retired oil worker José Pérez'
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _speaking_occupation_before(tokens: Tokens, start: int) -> bool:
    """Does a quote's inverted speech verb, then a bare occupation of a few lower-case
    words, come right before the name ('"…," said taxi driver Luis')?"""
    for verb in range(start - 2, max(-1, start - 2 - OCCUPATION_WORDS_BEFORE), -1):
        word = tokens.text(verb + 1)
        if not (word.isalpha() and word.islower()) or word in NOT_NAMES:
            return False
        if tokens.lower(verb) in INVERTED_SPEECH_VERBS:
            return verb > 0 and tokens.lower(verb - 1) in CLOSING_QUOTES
    return False


def _marked_as_person(
    tokens: Tokens,
    start: int,
    end: int,
    country_ends: frozenset[int] | set[int] = frozenset(),
    object_ends: frozenset[int] | set[int] = frozenset(),
    person_ends: frozenset[int] | set[int] = frozenset(),
) -> bool:
    # (start and end lie inside the article: a slice of the words is what a call per token
    # gives, tested at C level)
    words = tokens.words[start:end]
    if not INSTITUTION_WORDS.isdisjoint(words):
        return False
    if TITLE_WORDS.issuperset(words):
        return False  # "said High Representative Federica Mogherini": a title, not a name
    if end - start == 2 and tokens.lower(start) in SOLE_NAME_TITLES:
        return True  # "Pope Francis", "King Felipe": a title that goes with one name
    if end - start == 2 and tokens.lower(start) in TITLE_WORDS:
        return False  # "Senator Wong": a title and a surname, the person named in full
    before = tokens.lower(start - 1)
    if before in POSSESSIVES and start - 2 in country_ends:
        # "Nicaragua's Daniel Ortega" (not "Venezuela's Tachira state", "… Simon Bolivar bridge")
        return not any(tokens.lower(i) in PLACE_WORDS for i in range(start, end + 1)) and (
            tokens.lower(end) not in INSTITUTION_WORDS
        )
    if before in TITLE_WORDS or before in HONORIFICS or before in INVERTED_SPEECH_VERBS:
        return True  # "special envoy Elliott Abrams", "says Maria Pérez" (not "told Fox News")
    if _after_an_office_of(tokens, start):
        return True  # "Chairman of the Federal Reserve Jerome Powell"
    if before in DESCRIPTORS:
        return True  # "steel magnate Alexei Mordashov"
    if _speaking_occupation_before(tokens, start):
        return True  # '"…," said opposition lawmaker Juan Requesens'
    if before in KINSHIP_WORDS or (before == "," and tokens.lower(start - 2) in KINSHIP_WORDS):
        return True  # "his wife Cilia Flores", "Mr Maduro's wife, Cilia Flores"
    if _after_among_them(tokens, start) and _people_counted_before(tokens, start - 2):
        # "Dozens of Republicans voted for it, among them Mario Díaz-Balart": one of the
        # people the sentence counts
        return not any(tokens.lower(i) in COMPANY_WORDS for i in range(start, end + 1))
    if before == ":" and not _ends_a_list_item(tokens, end):
        return False  # "have hurt ordinary people: Kaliningrad Oblast pensioners queue"
    if (
        _member_of_measured(tokens, start)
        or _listed_before_among_them(tokens, start, end)
        or (
            _next_in_a_list_of_people(tokens, start, person_ends) and _ends_a_list_item(tokens, end)
        )
    ):
        # "sanctioned five officials, among them Manuel Quevedo", "…, including Tarek Saab",
        # "froze the assets of four bankers, Ivan Petrov and Oleg Sidorov among them"
        return not any(tokens.lower(i) in COMPANY_WORDS for i in range(start, end + 1))
    if after_a_measure(tokens, start) or (before == "and" and start - 2 in object_ends):
        # "froze the assets of Tareck El Aissami"; "… on Tarek William Saab and Maikel Moreno"
        # (not "Evrofinance Mosnarbank, a Moscow-based lender": an apposition says company)
        return not any(tokens.lower(i) in COMPANY_WORDS for i in range(start, end + 1)) and (
            not _company_apposition(tokens, end)
        )
    if (
        before_a_passive_measure(tokens, end)
        or owner_of_a_frozen_thing(tokens, start, end)
        or added_to_a_list(tokens, start, end)
    ):
        # "Manuel Quevedo was sanctioned in March" (not "Rosneft Trading was designated"),
        # "froze Alina Kabaeva's assets", "added Ivan Orlov to its list"
        return not any(tokens.lower(i) in COMPANY_WORDS for i in range(start, end))
    # (past a hyphened last part: "defence minister, Kang Sun-nam, …")
    end = _past_hyphened_part(tokens, end)
    after = tokens.words[end : end + 3]
    if before == "," and _title_phrase_ends(tokens, start - 2) and after[:1] in ([","], ["."]):
        # an apposition closed by a comma or ending the sentence: "Austria's chancellor,
        # Sebastian Kurz,", "along with its chairman and president, Didier Casimiro.",
        # "Poland's ambassador to the EU, Andrzej Sadoś,"
        return True
    if after and after[0] in SPEECH_VERBS:
        return True
    if after[:1] == ["of"] and _speaks_after_a_place(tokens, end + 1):
        return True  # "Michael McCaul of Texas said", "…, Michael McCaul of Texas, said"
    if after[:2] in (["was", "quoted"], ["is", "quoted"]):
        return True  # "Lu Kang was quoted as saying"
    if before == "," and after[:1] == [","] and after[1:2] and after[1] in SPEECH_VERBS:
        return True  # "A patient with renal failure, Beatriz Reyes, said: …"
    if len(after) == 3 and after[0] == after[2] == "," and _is_age(after[1]):
        return True  # "Maria Pérez, 34, a teacher"
    if before in PLACE_PREPOSITIONS:
        return False  # "At Upper Lars, a 27-year-old developer said": a place, then its speaker
    if len(after) >= 2 and after[0] == "," and after[1] in {"a", "an", "the", "who", "whom"}:
        # (not a company's: "Milur Electronics, an Armenian chip distributor")
        return not _company_apposition(tokens, end)
    if after[:1] == [","] and after[1:3] == ["one", "of"]:
        return True  # "Hannover Esteban Guerrero Mijares, one of the agency's commanders"
    if before in CLOSING_QUOTES and after[:1] == [","] and _speaks_past_an_apposition(tokens, end):
        return True  # '"…" Robert Lewandowski, Poland's captain and …, wrote on Twitter'
    return _titled_apposition(tokens, end) or _office_of_apposition(tokens, end)


# Words before a title word that are part of the title ("Vice President", "first deputy")
TITLE_PREFIXES = frozenset({"vice", "acting", "first", "former"})
# ... and in an apposition's lower-case office ("senior adviser", "vice-president")
OFFICE_OPENERS = TITLE_PREFIXES | {"senior", "-"}


def opens_on_an_office(tokens: Tokens, index: int) -> int:
    """Where the title word of an office written in lower case with no article opens at
    ``index`` ("director of the FSB", "first deputy chief of staff"), past its openers; -1
    when none does (a place's "state of Bolívar" is none)."""
    while tokens.lower(index) in OFFICE_OPENERS and (
        tokens.text(index).islower() or tokens.lower(index) == "-"
    ):
        index += 1
    word = tokens.lower(index)
    if word in TITLE_WORDS and tokens.text(index).islower() and word not in PLACE_TAILS:
        return index
    return -1


QUOTE_APPOSITION_REACH = 16  # tokens of an apposition between a quote's speaker and verb


def _speaks_past_an_apposition(tokens: Tokens, comma: int) -> bool:
    """Does a speech verb follow the comma closing the apposition that opens at ``comma``
    ("…, Poland's captain and the reigning FIFA player of the year, wrote")?"""
    for index in range(comma + 1, min(len(tokens) - 1, comma + QUOTE_APPOSITION_REACH)):
        word = tokens.lower(index)
        if word == ",":
            return tokens.lower(index + 1) in SPEECH_VERBS
        if word in {".", ";", ":", "!", "?"} or word in CLOSING_QUOTES:
            return False
    return False


PLACE_OF_ORIGIN_REACH = 3  # capitalised words of "of New Mexico" after a lawmaker's name


def _speaks_after_a_place(tokens: Tokens, first: int) -> bool:
    """Does a speech verb follow the capitalised place a name's "of" opens ("McCaul of Texas
    said", "… of New Jersey, said")? The way a lawmaker is named by the state they sit for."""
    index, last = first, min(first + PLACE_OF_ORIGIN_REACH, len(tokens))
    while index < last and tokens.text(index)[:1].isupper():
        index += 1
    if index == first:
        return False
    index += tokens.lower(index) == ","
    return tokens.lower(index) in SPEECH_VERBS


# Plural nouns of people a sentence may count before "among them": a measure's groups and
# the members of a party or a chamber ("Dozens of Republicans voted for it, among them …")
COUNTED_PEOPLE_NOUNS = PEOPLE_GROUP_NOUNS | frozenset(
    "republicans democrats conservatives liberals socialists".split()
)


_CLAUSE_OPENING_WORDS = frozenset(
    "which who whom that but while whereas because although".split()
)  # (a count in another clause is not the one "among them" picks from)


def _after_among_them(tokens: Tokens, start: int) -> bool:
    """Does the run start right after "among them"?"""
    return tokens.lower(start - 1) == "them" and tokens.lower(start - 2) == "among"


def _people_counted_before(tokens: Tokens, among: int) -> bool:
    """Does a plural noun of people stand in the clause before "among them" ("Dozens of
    Republicans voted for it, among them …")? Not a list of states or firms."""
    for index in range(among - 1, max(-1, among - LISTED_GROUP_REACH - 1), -1):
        word = tokens.lower(index)
        if word in {".", ";", ":"} or word in _CLAUSE_OPENING_WORDS:
            return False
        if word in COUNTED_PEOPLE_NOUNS:
            return True
    return False


# Prepositions that place what follows: a capitalised run after them is a place, whatever
# apposition follows it ("At Upper Lars, a 27-year-old developer …", "in Cucuta, the …")
PLACE_PREPOSITIONS = frozenset({"at", "in", "near", "outside", "inside", "across", "throughout"})


# What may stand between a title and the comma before the name: "ambassador to the EU",
# "envoy to the United Nations", "representative for Venezuela", "minister at the time"
TITLE_PLACE_PREPOSITIONS = frozenset({"to", "at", "in", "for"})
TITLE_PLACE_WORDS = TITLE_PLACE_PREPOSITIONS | {"the"}
# (the unions the rules test words against, made once rather than at every test)
_TITLE_PREPOSITIONS_OR_OF = TITLE_PLACE_PREPOSITIONS | {"of"}
_TITLE_PLACE_WORDS_OR_OF = TITLE_PLACE_WORDS | {"of"}
_KINSHIP_OR_TITLE_WORDS = KINSHIP_WORDS | TITLE_WORDS
TITLE_PLACE_REACH = 7  # tokens back from the comma to the title


def _title_phrase_ends(tokens: Tokens, last: int) -> bool:
    """Does a title phrase end at ``last``: a title word, or one followed by a short phrase
    placing it ("ambassador to the EU", "envoy to the United Nations")? The phrase holds
    only place words and capitalised names, so "a decision by the foreign minister to the
    dismay of Caracas" is none, unless it is the body an office is "of" ("the head of the
    SEBIN intelligence service")."""
    if office_of_a_body(tokens, last):
        return True
    for index in range(last, max(last - TITLE_PLACE_REACH, -1), -1):
        word = tokens.lower(index)
        if word in TITLE_WORDS:
            # ("the deputy chairman of the Security Council, Dmitry Medvedev")
            if index == last or tokens.lower(index + 1) in _TITLE_PREPOSITIONS_OR_OF:
                return True
            if not (tokens.text(index)[:1].isupper() and tokens.text(index + 1)[:1].isupper()):
                return False
            continue  # a title word inside an institution's name ("the Security Council")
        if word not in _TITLE_PLACE_WORDS_OR_OF and not tokens.text(index)[:1].isupper():
            return False
    return False


def office_of_a_body(tokens: Tokens, last: int) -> bool:
    """Does the phrase ending at ``last`` name an office held "of" a body whose head noun
    stands at ``last`` ("the commander of the FAES police special forces", "the head of the
    intelligence service")? Its words between "of" and the noun are plain words, no clause.
    Shared by people detection and sanctions targets ("sanctioned the head of …, X")."""
    if tokens.lower(last) not in INSTITUTION_WORDS:
        return False
    for index in range(last - 1, max(last - TITLE_PLACE_REACH, 0), -1):
        word = tokens.lower(index)
        if word == "of":
            return tokens.lower(index - 1) in TITLE_WORDS
        if not word.isalpha() or word in OFFICE_BODY_STOPS:
            return False
    return False


# Words no body's name holds between "of" and its head noun: another phrase or clause
OFFICE_BODY_STOPS = frozenset("and or who which that to for in on by with is are was were".split())


def _office_of_apposition(tokens: Tokens, end: int) -> bool:
    """ "Manuel Quevedo, president of state oil company PDVSA": an apposition that opens
    with an office held "of" something names a person (up to three title words: ", chief
    executive of", ", the deputy head of", after a possessor: ", Australia's Minister of",
    after a lower-case opener: ", first deputy chief of staff in …")."""
    if tokens.lower(end) != ",":
        return False
    index = end + 1 + (tokens.lower(end + 1) == "the")
    if tokens.lower(index + 1) in {"'s", "’s"} and tokens.text(index)[:1].isupper():
        index += 2  # ", Australia's Minister of Foreign Affairs": a state's office
    opened = opens_on_an_office(tokens, index)
    if opened > index:
        index = opened  # past "first", "senior", "vice-"
    first = index
    while index < first + 3 and tokens.lower(index) in TITLE_WORDS:
        index += 1
    office = tokens.lower(index - 1)
    return index > first and tokens.lower(index) == "of" and office not in TITLE_MODIFIERS


# Title words that qualify an office rather than name one: ", state of Bolívar" is a place.
TITLE_MODIFIERS = frozenset(
    """state national special high foreign defence defense finance interior security treasury
    opposition army deputy vice""".split()
)


def _titled_apposition(tokens: Tokens, end: int) -> bool:
    """ "António Vitorino, IOM's director general, said": an apposition closed by a comma,
    naming an office."""
    if tokens.lower(end) != ",":
        return False
    for index in range(end + 1, min(len(tokens), end + TITLED_APPOSITION_REACH)):
        word = tokens.lower(index)
        if word == ",":
            return index > end + 1 and tokens.lower(_past_a_posting(tokens, index - 1)) in (
                TITLE_WORDS
            )
        if word in {".", ";", ":"}:
            return False
    return False


TITLED_APPOSITION_REACH = 9  # tokens of ", UNHCR 's representative in Costa Rica ,"
POSTING_PREPOSITIONS = frozenset({"in", "to", "for", "at"})


def _past_a_posting(tokens: Tokens, last: int) -> int:
    """Past a posting after a title ("representative in Colombia", "ambassador to the
    United Nations"): the title's index when capitalised words and a preposition end the
    apposition, else ``last``."""
    index = last
    while index > last - 3 and tokens.text(index)[:1].isupper():
        index -= 1
    if tokens.lower(index) == "the":
        index -= 1
    if index < last and tokens.lower(index) in POSTING_PREPOSITIONS:
        return index - 1
    return last


# Nouns of a trade in goods that describe a firm ("an Armenian chip distributor")
TRADING_FIRM_NOUNS = ("distributor", "supplier", "wholesaler", "importer")
# Nouns of an apposition that makes the name before it a company's. Not "trader" (a person
# may be "a commodities trader"), which companies.py's own list keeps for names it already
# reads as companies.
COMPANY_NOUNS = frozenset(
    """bank lender company firm conglomerate miner producer exporter insurer operator
    subsidiary airline refinery refiner shipper carrier broker fund group manufacturer
    maker giant""".split()
) | frozenset(TRADING_FIRM_NOUNS)


def _company_apposition(tokens: Tokens, end: int) -> bool:
    """ ", a Moscow-based lender", ", the state gold miner": an apposition naming a company."""
    if tokens.lower(end) != ",":
        return False
    return any(
        tokens.lower(i) in COMPANY_NOUNS
        and not (tokens.lower(i) == "giant" and tokens.lower(i + 1) == "of")
        for i in range(end + 1, min(len(tokens), end + 6))
    )  # (not "a giant of Latin American letters": a person's)


def _is_age(word: str) -> bool:
    return word.isdigit() and 14 <= int(word) <= 110


@lru_cache(maxsize=4096)  # the same names recur in an article (a bounded cache: flat memory)
def _surname_key(name: str) -> str:
    """A person's name's last word, folded and in lower case: what "Mr …" is matched by."""
    return fold(name).split()[-1].lower()


# No leading \b: a pattern that starts with letters lets the scan jump to each "M"/"D" (a \b
# is tested at every position, three times the cost); the boundary is checked on each match.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")
_HONORIFIC_OPENERS = ("Mr", "Ms", "Dr")  # (how every _HONORIFIC match begins)


def _honorific_matches(text: str) -> list[re.Match[str]]:
    """``list(_HONORIFIC.finditer(text))``, the pattern tried only where "Mr", "Ms" or "Dr"
    is written: three C-level substring searches instead of the engine stepping through
    every character. Left to right and not overlapping, as finditer gives them."""
    starts = []
    for opener in _HONORIFIC_OPENERS:
        found = text.find(opener)
        while found != -1:
            starts.append(found)
            found = text.find(opener, found + 1)
    matches = []
    reached = 0
    for start in sorted(starts):
        if start >= reached:
            match = _HONORIFIC.match(text, start)
            if match is not None:
                matches.append(match)
                reached = match.end()
    return matches


def _named_before_honorific(
    text: str,
    tokens: Tokens,
    used: np.ndarray,
    token_sentence,
    people: list[Mention],
    honorifics: list[re.Match[str]],
) -> list[Mention]:
    """People named in full with no title ("Ana Marcano runs a shelter") whom the text later
    calls "Ms Marcano": the honorific marks the earlier two-word name as a person's (the
    honorific reference then resolves to it). ``honorifics``: the _HONORIFIC matches of the
    folded text."""
    surnames = {_surname_key(m.name) for m in people if m.entity_type == "person"}
    found: list[Mention] = []
    for match in honorifics:
        index = tokens.at_char(match.end() - 1)
        if index >= len(tokens) or used[index]:
            continue
        surname = tokens.text(index)
        if surname.lower() in surnames or not _SURNAME.fullmatch(surname):
            continue
        full = _first_full_name(tokens, used, surname, match.start())
        if full is not None:
            first, end = full
            found.append(_detected_person(text, tokens, first, end, token_sentence))
            used[first:end] = True
            surnames.add(surname.lower())
    return found


def _honorific_references(
    text: str,
    tokens: Tokens,
    used: np.ndarray,
    token_sentence,
    people: list[Mention],
    honorifics: list[re.Match[str]],
) -> list[Mention]:
    """'Mr Stein' after 'Eduardo Stein' is the same person (``honorifics``: the _HONORIFIC
    matches of the folded text)."""
    surnames = {}
    for mention in people:
        if mention.entity_type == "person":
            surnames.setdefault(_surname_key(mention.name), mention)
    found = []
    folded = tokens.folded
    for match in honorifics:
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


def _reference(
    text: str,
    tokens: Tokens,
    index: int,
    person: Mention,
    token_sentence,
    kind: str,
    end_token: int | None = None,
) -> Mention:
    """A short mention of a person named before ("Mr Stein", "López", "Di Maio"): one word
    unless ``end_token`` says otherwise; its party comes from the full mention
    (``_shared_parties``)."""
    end_token = index + 1 if end_token is None else end_token
    start, end = tokens.start(index), tokens.end(end_token - 1)
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
        end_token,
    )
