"""Sanctions' target phrases: who or what a measure falls on, parsed as a small noun phrase
grammar. Named people, companies and countries give their ids; a counted group ("four state
governors", "five Russian banks") a target kind with its count; its named members ("among
them …", ": A, B and C", an apposition, members between dashes) rows of their own; pronouns
and anaphors ("the company", "its officials") what they refer back to.
"""

from __future__ import annotations

from functools import lru_cache

from ...document import AnnotatedArticle, Mention
from ...people import (
    FROZEN_THINGS,
    HONORIFICS,
    KINSHIP_WORDS,
    POSSESSIVES,
    SEMICOLON_ITEM_REACH,
    TITLE_PREFIXES,
    TITLE_WORDS,
    office_of_a_body,
    opens_on_an_office,
)
from ..clauses import (
    ALLY_NOUNS,
    CLAUSE_BOUNDARIES,
    ENTITY_GROUP_NOUNS,
    OWNING_DETERMINERS,
    RELATIVE_WORDS,
    SUBORDINATORS,
    SentenceView,
    date_word,
    forward_run,
    governed_by_preposition,
    last_two_named,
    relative_aside_close,
    resolve_pronoun,
    strong_end,
    window_words,
)
from ..numbers import parse_quantities
from .vocabulary import (
    ANAPHORIC_GROUPS,
    DETERMINERS,
    FREEZE_WORDS,
    GROUP_KINDS,
    HEDGE_PAIRS,
    HEDGE_WORDS,
    IMPOSING_VERBS,
    MEMBER_MARKERS,
    MEMBER_TYPES,
    NOUN_WORD,
    NUMBER,
    PHRASE_ENDS,
    QUANTIFIER_NOUNS,
    REFLEXIVES,
    SINGLE_KINDS,
    SOVEREIGN_INSTRUMENTS,
    STATE_HOLDINGS,
    TARGET_PREPOSITIONS,
    TARGET_STOPS,
    VERB_MEASURES,
    CaseFacts,
    Cue,
    Targets,
)

MORE_WORDS = frozenset({"more", "further", "another", "other"})


FROZEN_PARTICIPLES = frozenset(
    {"frozen", "immobilised", "immobilized", "seized", "impounded", "confiscated"}
)
OWNER_PRONOUNS = OWNING_DETERMINERS | {"whose"}


def _anaphoric_group(
    article: AnnotatedArticle, view: SentenceView, first: int, last: int, facts: CaseFacts
) -> list[Mention]:
    """'both men', 'the two banks': the last two fitting names in the sentences before; 'the
    firm', 'the company': the last company named, in this sentence or the two before."""
    for index in range(first, last):
        if view.lower(index) in {"both", "two"}:
            # (modifiers only after "both" / "the two": "blacklisted two shipping companies"
            # counts new targets)
            definite = view.lower(index) == "both" or view.lower(index - 1) == "the"
            noun = view.lower(
                _past_group_modifiers(view, index + 1, view.end) if definite else index + 1
            )
            if noun in ANAPHORIC_GROUPS:
                return _last_two(article, view.sentence_id, ANAPHORIC_GROUPS[noun], facts)
            if index == first and view.lower(index) == "both" and noun in BOTH_VERBS:
                # "… sanctioned Cabello and El Aissami. Both were already under US sanctions."
                return _last_two(article, view.sentence_id, "person", facts)
    noun = _described_company_noun(view, first)
    if noun > first:
        start = view.article.tokens.start(first)
        earlier = [
            m
            for m in article.mentions
            if m.end <= start
            and m.entity_id in facts.companies
            and m.sentence_id >= view.sentence_id - 2
        ]
        if earlier and view.mention_covering(noun) is None:
            return [earlier[-1]]
    return []


GROUP_MODIFIER_REACH = 2  # "the two [Russian oil] producers"


def _past_group_modifiers(view: SentenceView, index: int, last: int) -> int:
    """Past up to two lower-case or demonym modifiers before a group noun ("the two oil
    producers", "both Russian banks"); ``index`` itself when none leads to one."""
    for position in range(index, min(last, index + GROUP_MODIFIER_REACH + 1)):
        if view.lower(position) in ANAPHORIC_GROUPS:
            return position
        mention = view.mention_covering(position)
        lower_case = (
            view.article.tokens.text(position)[:1].islower() and view.lower(position).isalpha()
        )
        if not (
            (lower_case and view.lower(position) not in DESCRIPTION_STOPS)
            or (mention is not None and mention.kind == "demonym")
        ):
            return index
    return index


def _described_company_noun(view: SentenceView, first: int) -> int:
    """Where the noun of "the firm", "the company", "the Venezuelan oil company", "the
    state-run lender" stands (a definite description of a company named before), else -1;
    not when a name follows it ("the state oil company, PDVSA", "the company Rosneft")."""
    if view.lower(first) != "the":
        return -1
    noun = first + 1
    while noun < first + DESCRIBED_COMPANY_REACH and view.lower(noun) not in COMPANY_ANAPHORA:
        mention = view.mention_covering(noun)
        word = view.lower(noun)
        lower_case = view.article.tokens.text(noun)[:1].islower() and word.isalpha()
        describes = lower_case and word not in DESCRIPTION_STOPS
        if not (describes or word == "-" or (mention and mention.kind == "demonym")):
            return -1
        noun += 1
    if view.lower(noun) not in COMPANY_ANAPHORA:
        return -1
    if view.mention_starting(noun + 1) or (
        view.lower(noun + 1) == "," and view.mention_starting(noun + 2)
    ):
        return -1
    return noun


DESCRIBED_COMPANY_REACH = 5  # "the [Venezuelan state - owned] company"
# Words that end a description ("the government and the oil company" is two targets)
DESCRIPTION_STOPS = frozenset("and or the a an of to in on for with by from".split())


BOTH_VERBS = frozenset("were are have had has remain remained".split())
# "the firm", "the company": the company named last (a definite description of it)
COMPANY_ANAPHORA = frozenset(
    {"firm", "company", "lender", "bank", "miner", "producer", "airline", "carrier", "refiner"}
)


COUNTRY_NOUNS = frozenset({"country", "nation"})


def _the_country_at(view: SentenceView, index: int) -> bool:
    """ "on the country", "against the oil-rich country", "on the South American nation"
    (not "on the country's oil sector", which is the sector)."""
    if view.lower(index) != "the":
        return False
    noun = index + 1
    while (
        noun < index + 5
        and view.lower(noun) not in COUNTRY_NOUNS
        and _describes_a_state(view, noun)
    ):
        noun += 1  # ("oil - rich", "crisis - hit", "South American")
    return (
        view.lower(noun) in COUNTRY_NOUNS
        and view.lower(noun + 1) not in POSSESSIVES
        and view.lower(noun + 1) != "'"
    )


def _describes_a_state(view: SentenceView, index: int) -> bool:
    """A word of an adjective before "country"/"nation": a hyphen, a lower-case word of a
    compound ("oil-rich", "crisis-hit", "cash-strapped"), a region's name ("South
    American") or a plain adjective by its ending ("embattled", "impoverished")."""
    word = view.lower(index)
    if word == "-":
        return True
    hyphened = view.lower(index + 1) == "-" or view.lower(index - 1) == "-"
    return word.isalpha() and (
        hyphened
        or view.article.tokens.text(index)[:1].isupper()
        or word.endswith(STATE_ADJECTIVE_ENDINGS)
    )


# Endings of the plain adjectives reports put before "country" ("the embattled South
# American country", "the impoverished nation", "the struggling", "socialist", "authoritarian")
STATE_ADJECTIVE_ENDINGS = ("ed", "ing", "ist", "ous", "ian")


def _last_two(
    article: AnnotatedArticle, sentence_id: int, entity_type: str, facts: CaseFacts
) -> list[Mention]:
    """The last two of a kind named in the five sentences before this one ("both men",
    "the two banks"); organisations only when they are companies."""
    return last_two_named(
        article,
        article.sentences[sentence_id].start,
        sentence_id - 5,
        lambda m: (
            m.entity_type == entity_type
            and (entity_type != "org" or m.entity_id in facts.companies)
        ),
    )


def pronoun_target(
    article: AnnotatedArticle,
    view: SentenceView,
    index: int,
    subject_form: str = "he",
    exclude: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Whom "him" (or "his", "her": ``subject_form`` "he" or "she") names: a person earlier
    in the sentence, else the subject of the sentence before: its first person not after a
    preposition ("Cristopher Figuera broke with Maduro and left. The Treasury lifted
    sanctions on him." is Cristopher Figuera). ``exclude``: who cannot be meant (the
    measure's own subject)."""
    opening = view.lower(view.start)
    if opening == subject_form and view.start < index - 3:
        # "He broke with Maduro …, and in May the Treasury took him off its list": the
        # sentence's own subject, whom its opening pronoun names, not a name inside it
        index = view.start
    resolved = resolve_pronoun(article, view, index, subject_form, set(exclude))[:1]
    if not resolved or resolved[0].sentence_id == view.sentence_id:
        return resolved
    sentence_id = resolved[0].sentence_id
    first, end = article.token_range(sentence_id)
    whole = SentenceView(article, sentence_id, first, end, tuple(article.mentions_in(sentence_id)))
    standing = [
        m
        for m in whole.mentions
        if m.entity_type == "person" and not governed_by_preposition(whole, m, frozenset())
    ]
    return standing[:1] or resolved


QUANTIFIERS = frozenset({"any", "every", "each"})


def _determiner_before(view: SentenceView, noun: int, first: int) -> str:
    """The word before a noun, past a demonym ("any Venezuelan official") or one lower-case
    modifier ("every senior official"), not before the phrase's ``first`` token."""
    index = noun - 1
    if view.lower(index) not in QUANTIFIERS:
        demonym = view.mention_ending(index)
        if demonym is not None and demonym.kind == "demonym":
            index = demonym.token_start - 1
        elif view.article.tokens.text(index).islower() and view.lower(index) not in DETERMINERS:
            index -= 1
    return view.lower(index) if index >= first else ""


def _past_owned_things(view: SentenceView, first: int, end: int) -> int:
    """Where a target phrase's owner starts when it opens on the things a measure takes
    ("sanctions on (the) assets of the Venezuelan government"): whose they are is the
    target; ``first`` otherwise."""
    index = first + (view.lower(first) == "the")
    if view.lower(index) in FROZEN_THINGS and view.lower(index + 1) == "of" and index + 2 < end:
        return index + 2
    return first


def _own_firms_barred(view: SentenceView, first: int, end: int) -> bool:
    """Does the target phrase open on the imposer's own firms, barred "from" an activity
    ("barred their shippers, insurers and banks from handling Russian oil", "banned its
    companies from investing in …")? They are the ones bound, not the measure's target."""
    if view.lower(first) not in {"its", "their", "our"}:
        return False
    if view.lower(first + 1) not in ENTITY_GROUP_NOUNS:
        return False
    return any(view.lower(i) == "from" for i in range(first + 2, min(end, first + 10)))


def _object_pronoun(view: SentenceView, index: int) -> bool:
    """'him', or 'her' not owning a noun ('banned her from …', not 'froze her assets')."""
    word, following = view.lower(index), view.lower(index + 1)
    return word == "him" or (
        word == "her" and (following in TARGET_STOPS or not following.isalpha())
    )


# Tokens a target phrase may span: a list of four banks, each with its apposition
TARGET_PHRASE_REACH = 40


def _parse_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, end: int, facts: CaseFacts
) -> Targets:
    """Read a target phrase: names, counted groups, a singular kind, and named members."""
    targets = Targets()
    negative = view.lower(first) in {"no", "none"}
    if negative and view.lower(first + 1) not in {"fewer", "more", "less"}:
        return targets  # "no government … has faced a US asset freeze": nobody targeted
    if _object_pronoun(view, first):  # "froze the assets of X and banned him from entering"
        subject_form = "she" if view.lower(first) == "her" else "he"  # ("sanction her")
        targets.named.extend(pronoun_target(article, view, first, subject_form))
        if (view.lower(first + 1), view.lower(first + 2)) in CO_TARGET_PAIRS:
            # "blacklisting him along with other businessmen": the companions too
            more = _parse_targets(article, view, first + 3, end, facts)
            targets.named.extend(m for m in more.named if m not in targets.named)
            targets.groups.extend(more.groups)
        return targets
    if _the_country_at(view, first):
        targets.the_country = first
        return targets
    if _own_firms_barred(view, first, end):
        return targets  # "barred their shippers and insurers from handling Russian oil"
    first = _past_owned_things(view, first, end)  # "sanctions on assets of the government"
    anaphoric = _anaphoric_group(article, view, first, min(end, first + 3), facts)
    if anaphoric:
        targets.named.extend(anaphoric)
        return targets
    index, count, after_quantity = first, None, False
    stop = min(end, first + TARGET_PHRASE_REACH)
    while index < stop:
        word, following = view.lower(index), view.lower(index + 1)
        mention = view.mention_starting(index)
        if mention is not None and _subject_of_a_bare_relative(view, mention):
            break  # "the seven officials Brussels had listed": who listed them, no target
        if mention is not None and _next_clause_subject(view, mention, first):
            break  # "… central bank as well, and Prime Minister Fumio Kishida has said …"
        if mention is not None:
            groups = len(targets.groups)
            index = _take_mention(view, mention, targets, count)
            if len(targets.groups) > groups:
                count = None  # "70 Venezuelans" took the count; "43 Venezuelan officials" not
            after_quantity = False
            continue
        step = _glue_step(view, index, targets)
        if step > 0:
            index += step
            if view.lower(index - 1) == ";":
                stop = min(end, index + TARGET_PHRASE_REACH)  # a semicolon list's next item
            continue
        if step < 0:
            break
        value = _count(word)
        if value is not None or word in QUANTIFIER_NOUNS:
            count = value if value is not None else count
            after_quantity = True
        elif word == "of":
            past_origin = _past_origin(view, index, targets)
            if past_origin > 0:
                index = past_origin  # "Igor Sechin of Rosneft, …": the list goes on
                if view.lower(index - 1) == ";":
                    stop = min(end, index + TARGET_PHRASE_REACH)  # a semicolon list's next item
                continue
            person = _person_after_a_title(view, index)
            if person > 0:
                index = person  # "Secretary of State Antony Blinken": a title, then the name
                continue
            if not after_quantity:
                resumed = _after_an_of_phrase(view, index, stop)
                if resumed > 0:  # "328 members of the State Duma and Herman Gref"
                    index = resumed
                    continue
                break  # "officials of Maduro's government": what follows qualifies them
        elif word in REFLEXIVES or word in POSSESSIVES or word in HONORIFICS:
            pass  # "Maduro himself", "the assets of Mr. Putin"
        elif word == "others" and count is not None and after_quantity:
            # "had already sanctioned 70 others": a counted group of people, as most are
            targets.groups.append(("people", count))
            count, after_quantity = None, False
        elif word in GROUP_KINDS and (word != "those" or following in TARGET_STOPS):
            named_next = count is None and _names_right_after(view, index)
            described = (
                targets.named
                and count == len(targets.named)
                and _describes_the_named(targets.named, GROUP_KINDS[word])
            )
            if not described and not named_next:
                # (not "the state broadcasters RT and Sputnik": the noun describes the names)
                targets.groups.append((GROUP_KINDS[word], count))
            # else: "Sberbank and VTB, Russia's two largest banks" describes the named two
            count, after_quantity = None, False
            if following.endswith("ing") and following.isalpha() and following not in GROUP_KINDS:
                break  # "companies propping up Maduro": whom they prop up is no target
        elif (
            word in SINGLE_KINDS
            and _determiner_before(view, index, first) == "any"
            and SINGLE_KINDS[word]
            in (
                "person",
                "company",
            )
        ):
            # "on any individual who …", "any Venezuelan official": whoever it may be, a group
            targets.groups.append(("people" if SINGLE_KINDS[word] == "person" else "company", None))
            after_quantity = False
        elif GROUP_KINDS.get(word + "s") and _determiner_before(view, index, first) in {
            "every",
            "each",
        }:
            # "every member of the Supreme Court", "each official who …": all of a group
            targets.groups.append((GROUP_KINDS[word + "s"], None))
            after_quantity = False
        elif word == "state" and following in STATE_HOLDINGS:
            targets.single = "government"  # "Venezuelan state assets", "the Russian state itself"
            after_quantity = False
        elif word in SINGLE_KINDS and following == "-":
            after_quantity = False  # a compound's first half ("general-purpose goods")
        elif word in SINGLE_KINDS:
            # The head noun comes last ("gold mining company"), but a government's bonds or
            # debt are the government's, and so is sovereign debt
            if word in SOVEREIGN_INSTRUMENTS and view.lower(index - 1) == "sovereign":
                targets.single = "government"
            elif _item_after_names(view, index, targets):
                # "on PDVSA and on the government": a kind of its own, not the name's
                # description ("the state oil company, PDVSA")
                targets.groups.append((SINGLE_KINDS[word], None))
            elif targets.single != "government":
                targets.single = SINGLE_KINDS[word]
            elif _coordinated_kind_after(view, first, index):
                # "on his government and on the oil industry": both kinds are targets
                if ("government", None) not in targets.groups:
                    targets.groups.append(("government", None))
                targets.groups.append((SINGLE_KINDS[word], None))
            after_quantity = False
        elif word in DETERMINERS:
            pass
        elif word in PREMODIFYING_STOPS and following in GROUP_KINDS:
            after_quantity = False  # "14 close associates", "loyal aides": an adjective here
        elif word in RELATIVE_OPENERS and view.lower(index - 1) in GROUP_KINDS:
            resumed = _after_restrictive_relative(view, index, end)
            if resumed < 0:
                break
            # "48 entities that make up its defence base, 328 members of the Duma, and Gref"
            index, count, after_quantity = resumed, None, False
            stop = min(end, index + TARGET_PHRASE_REACH)
            continue
        elif word in TARGET_STOPS or word in TARGET_PREPOSITIONS or word in PHRASE_ENDS:
            break
        elif word in DASHES and view.lower(index - 1) in GROUP_KINDS:
            closing = _dashed_members(view, index, stop, targets)
            if closing < 0:
                break
            index = closing + 1  # "five banks - A, B and C - and three individuals: …"
            continue
        elif view.lower(index - 1) == "-" and NOUN_WORD.match(word):
            after_quantity = False  # a compound modifier's second half ("state-backed")
        elif word in FREEZE_WORDS or word in VERB_MEASURES or word in IMPOSING_VERBS:
            break  # "on PDVSA and frozen the assets of …": the next predicate
        elif NOUN_WORD.match(word) or word in TITLE_WORDS or word == "-":
            after_quantity = False  # an adjective inside the noun phrase ("state-run")
        else:
            break
        index += 1
    _add_members(view, index, end, targets)
    _second_prepositional_conjunct(article, view, first, index, end, facts, targets)
    return targets


def _second_prepositional_conjunct(
    article: AnnotatedArticle,
    view: SentenceView,
    first: int,
    stopped: int,
    end: int,
    facts: CaseFacts,
    targets: Targets,
) -> None:
    """ "sanctions on five smaller banks, including Bank Rossiya, and on three associates of
    Putin": a second object after a members aside, opened by the same preposition as the
    first, is a target too (read into ``targets``)."""
    preposition = view.lower(first - 1)
    if view.lower(stopped) == ",":
        stopped += 1
    if preposition not in TARGET_PREPOSITIONS or view.lower(stopped) not in MEMBER_MARKERS:
        return
    for index in range(stopped + 1, min(end, stopped + DASH_LIST_REACH)):
        word = view.lower(index)
        if word in {";", ":"} or word in RELATIVE_WORDS or word in IMPOSING_VERBS:
            return
        if (word, view.lower(index + 1), view.lower(index + 2)) == (",", "and", preposition):
            more = _parse_targets(article, view, index + 3, end, facts)
            targets.named.extend(m for m in more.named if m not in targets.named)
            targets.groups.extend(more.groups)
            return


DASHES = frozenset({"-", "–", "—"})
DASH_LIST_REACH = 30  # tokens of " - Rossiya, IS Bank, General Bank, Promsvyazbank and … - "


def _dashed_members(view: SentenceView, dash: int, stop: int, targets: Targets) -> int:
    """The members a group lists between dashes ("five Russian banks - Rossiya, IS Bank and
    Promsvyazbank - and …"): its named members join the targets; the closing dash's index,
    or -1 when no list closes there (a dash opening an aside about something else)."""
    end = min(view.end, dash + DASH_LIST_REACH)
    closing = next((i for i in range(dash + 1, end) if view.lower(i) in DASHES), -1)
    if closing < 0 or closing > max(stop, dash + 2) + DASH_LIST_REACH:
        return -1
    wanted = {MEMBER_TYPES.get(targets.groups[-1][0])}
    for mention in view.mentions:
        inside = dash < mention.token_start and mention.token_end <= closing
        if inside and mention.entity_type in wanted and mention not in targets.named:
            targets.named.append(mention)
    return closing


CO_TARGET_PAIRS = frozenset({("along", "with"), ("together", "with")})


INVERTED_COPULAS = frozenset({"was", "were", "is", "are"})


def _among_inverted(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, facts: CaseFacts
) -> Targets | None:
    """ "Among the 15 people added to the EU's asset-freeze list was Roman Abramovich": the
    group listed opens the sentence after "Among", the named members follow the inverted
    copula. None when the sentence is not so built."""
    first = cue.verb if cue.verb >= 0 else cue.index
    if view.lower(view.start) != "among" or first <= view.start:
        return None
    copula = next(
        (
            i
            for i in range(cue.index + 1, min(view.end, cue.index + 8))
            if view.lower(i) in INVERTED_COPULAS
        ),
        -1,
    )
    if copula < 0 or any(view.lower(i) in CLAUSE_BOUNDARIES for i in range(cue.index, copula)):
        return None
    # (to the sentence's end: the run stops at its first word that is no name or list glue,
    # and a list of titled names has commas a clause end would stop at)
    named = forward_run(view, copula + 1, view.end, set())
    if not named:
        return None
    groups = _parse_targets(article, view, view.start + 1, first, facts).groups
    return Targets(named=list(named), groups=groups)


def _describes_the_named(named: list[Mention], kind: str) -> bool:
    """Can a counted group of this kind restate the names before it ("Sberbank and VTB,
    Russia's two largest banks")? Only names of its own kind: "five banks - A, B and C - and
    three wealthy individuals" counts three people besides the three banks."""
    wanted = MEMBER_TYPES.get(kind)
    return wanted is None or all(m.entity_type == wanted for m in named)


def _names_right_after(view: SentenceView, noun: int) -> bool:
    """Does a name follow the plural noun with no comma ("the state banks Sberbank and VTB",
    "the outlets RT and Sputnik")? The noun then describes the names it heads."""
    mention = view.mention_starting(noun + 1)
    return mention is not None and mention.entity_type in {"org", "person"}


def _person_at(view: SentenceView, index: int) -> bool:
    """Does a person's name start at ``index``?"""
    mention = view.mention_starting(index)
    return mention is not None and mention.entity_type == "person"


def _person_after_a_title(view: SentenceView, of: int) -> int:
    """ "Secretary of State Antony Blinken", "the President of Belarus Alexander Lukashenko",
    "Chief of the General Staff Valery Gerasimov": "of" between a title word and the rest of
    the title, a person's name right after it. Where the name starts, or -1 (the place or
    body inside the title is no target)."""
    if view.lower(of - 1) not in TITLE_WORDS:
        return -1
    tokens = view.article.tokens
    for index in range(of + 1, min(view.end, of + 6)):
        mention = view.mention_starting(index)
        if mention is not None and mention.entity_type == "person":
            return index
        if mention is not None:
            continue
        if view.lower(index) == "," and view.lower(index - 1) != "of":
            # "…, the deputy chairman of the Security Council, Dmitry Medvedev"
            return index + 1 if _person_at(view, index + 1) else -1
        if view.lower(index) != "the" and not tokens.text(index)[:1].isupper():
            # "the head of the SEBIN intelligence service, Gustavo González López": a body
            # described in lower-case words, as people detection reads it
            return _person_after_a_described_body(view, of)
    return -1


TITLED_BODY_REACH = 8  # tokens of "of the FAES police special forces," before the name


def _person_after_a_described_body(view: SentenceView, of: int) -> int:
    """Where the person named after "<office> of <body described in lower-case words>,"
    starts, when ``people.office_of_a_body`` reads the phrase before the comma so; else -1."""
    comma = next(
        (i for i in range(of + 1, min(view.end, of + TITLED_BODY_REACH)) if view.lower(i) == ","),
        -1,
    )
    if comma < 0 or not office_of_a_body(view.article.tokens, comma - 1):
        return -1
    return comma + 1 if _person_at(view, comma + 1) else -1


def _past_origin(view: SentenceView, of: int, targets: Targets) -> int:
    """After a named person, "of Rosneft" / "of Zulia" says where they are from, not one
    more target: the index past it when the list goes on after it (a comma, "and"), else -1."""
    if not targets.named or targets.named[-1].token_end != of:
        return -1
    if targets.named[-1].entity_type != "person":
        return -1
    named = view.mention_starting(of + 1)
    end = named.token_end if named is not None else of + 1
    tokens = view.article.tokens
    while named is None and end < view.end and tokens.text(end)[:1].isupper() and end - of <= 3:
        end += 1  # a place no gazetteer lists: "of Carabobo"
    if end == of + 1:
        return -1
    if view.lower(end) == ";" and _semicolon_item_name(view, end + 1) >= 0:
        return end + 1  # "…; Nikolai Tokarev of Transneft; Mikhail Fridman, …": the next item
    return end if view.lower(end) in {",", "and"} else -1


CLAUSE_VERBS_AFTER_SUBJECT = frozenset(
    """has have had is are was were will would said says told added warned""".split()
)


def _next_clause_subject(view: SentenceView, mention: Mention, first: int) -> bool:
    """A name after ", and" (past its titles) with an auxiliary or a verb of saying right
    after it opens the next clause: its subject, not one more target."""
    if view.lower(mention.token_end) not in CLAUSE_VERBS_AFTER_SUBJECT:
        return False
    before = mention.token_start - 1
    while before > first and (view.lower(before) in TITLE_WORDS or view.lower(before) == "the"):
        before -= 1
    return view.lower(before) == "and" and view.lower(before - 1) == ","


def _subject_of_a_bare_relative(view: SentenceView, mention: Mention) -> bool:
    """A name right after a group's noun and before an auxiliary opens a relative clause
    with no "that" ("the seven officials Brussels had listed", "18 officials Washington has
    accused of torture"): it is that clause's subject."""
    return view.lower(mention.token_start - 1) in GROUP_KINDS and view.lower(mention.token_end) in {
        "had",
        "has",
        "have",
    }


QUOTE_MARKS_DOUBLE = frozenset({'"', "“", "”"})


def _gerund_with_an_object(view: SentenceView, index: int) -> bool:
    """A gerund taking a name or a determiner as its object ("supporting Ukraine", "freezing
    the assets"): a verb, not a modifier of the next noun ("mining companies")."""
    word = view.lower(index)
    if not (word.endswith("ing") and word.isalpha()) or view.mention_covering(index) is not None:
        return False
    following = index + 1
    return view.mention_starting(following) is not None or view.lower(following) in DETERMINERS


def _item_after_names(view: SentenceView, index: int, targets: Targets) -> bool:
    """Is "the government" at ``index`` a list item of its own after named targets ("on PDVSA
    and on the government", "on Rosneft and the government")? Not an owned office or firm
    ("Minerven and its president, X": the president is named) nor a description before a
    name ("and the gold miner Minerven")."""
    if not targets.named or targets.groups or SINGLE_KINDS[view.lower(index)] != "government":
        return False
    if view.lower(index - 1) != "the" or view.mention_starting(index + 1) is not None:
        return False
    glue = index - 2
    if view.lower(glue) in REPEATED_TARGET_PREPOSITIONS:
        glue -= 1
    return view.lower(glue) in {"and", "or"} and targets.named[-1].token_end <= glue


# Prepositions a list of targets may repeat before each item ("on A, on B and on C").
REPEATED_TARGET_PREPOSITIONS = frozenset({"on", "against"})


def _preposition_repeated(view: SentenceView, index: int, targets: Targets) -> bool:
    """Does ", on" at ``index`` go on a list of targets that repeats its preposition, as an
    "and on" after it shows ("sanctions on PDVSA, on the central bank and on the government";
    not "sanctions on PDVSA, on Monday", a date, nor a list that never says "and on")?"""
    preposition = view.lower(index + 1)
    if preposition not in REPEATED_TARGET_PREPOSITIONS or not (
        targets.named or targets.groups or targets.single
    ):
        return False
    if date_word(view.lower(index + 2)) or date_word(view.lower(index + 3)):
        return False
    for later in range(index + 2, min(view.end, index + 16)):
        word = view.lower(later)
        if word in {"and", "or"}:
            return view.lower(later + 1) == preposition
        if word in {".", ";", ":"}:
            return False
    return False


def _glue_step(view: SentenceView, index: int, targets: Targets) -> int:
    """Tokens to skip for list glue and hedges (> 0), 0 for a content word, -1 to stop."""
    word, following = view.lower(index), view.lower(index + 1)
    if word in QUOTE_MARKS_DOUBLE:
        return 1  # 'three "very high net worth individuals": …': a quoted description
    if word in {"and", "or", "&"}:
        if following in TARGET_PREPOSITIONS | {"of"}:
            if date_word(view.lower(index + 2)):
                return -1  # "a ban, and on September 9 the EU settled for …": a new clause
            return 2  # "and on its president"
        if _gerund_with_an_object(view, index + 1):
            return -1  # "sanctions against Russia and supporting Ukraine": another predicate
        last = targets.named[-1] if targets.named else None
        if last is not None and following == view.lower(last.token_start - 1) == "to":
            return 2  # "belonging to Gennady Timchenko and to Alexei Mordashov"
        return 1
    if word == "as":
        return 3 if following == "well" else -1
    if word in {"along", "together"} and following == "with":
        skip = _co_target_skip(view, index + 2)
        return 2 + skip if skip >= 0 else -1
    if word == "," and _preposition_repeated(view, index, targets):
        return 2  # "on PDVSA, on the Central Bank of Venezuela and on the government"
    if word == ",":
        semicolon = _semicolon_item_end(view, index, targets.named[-1] if targets.named else None)
        if semicolon > 0:
            return semicolon - index  # "X, the commander of …; Y, director of …; and Z, …"
        if _list_continues(view, index) or _as_well_as(view, index + 1):
            return 1  # (", as well as BANDES")
        if (following, view.lower(index + 2)) in CO_TARGET_PAIRS:
            # "sanctioning Putin himself, along with his foreign minister, Lavrov"
            skip = _co_target_skip(view, index + 3)
            if skip >= 0:
                return 3 + skip
        aside = _parenthetical_end(view, index)
        if aside > 0 and view.lower(index - 1) == "and":
            return aside - index  # "on PDVSA and, last week, on BANDES"
        resumed = _after_apposition(view, index, targets.named[-1] if targets.named else None)
        if resumed > 0 and targets.named:
            return resumed - index  # "on Nord Stream 2 AG, the company behind it, and on …"
        if (targets.groups or targets.single or targets.named) and _apposition_follows(view, index):
            return 1  # "two banks, VEB and PSB", "its president, Adrián Perdomo"
        return -1
    if word == ";" and view.lower(index - 1) == ")" and targets.named:
        # "…, director general of the Venezuelan National Intelligence Service (SEBIN); …"
        name = _semicolon_item_name(view, index + 1)
        return name - index if name > 0 else -1
    if word == ";" and targets.named and _after_a_titled_item(view, index, targets.named[-1]):
        # "…; Kremlin First Deputy Chief of Staff Sergei Kirienko; and … Pyotr Fradkov"
        name = _semicolon_item_name(view, index + 1)
        return name - index if name > 0 else -1
    if (word, following) in HEDGE_PAIRS:
        return 2
    if (word, following) == ("close", "to") and _count(view.lower(index + 2)) is not None:
        return 2  # "close to 600 individuals" (not "officials close to Maduro")
    if (word, following) == ("total", "of") and _count(view.lower(index + 2)) is not None:
        return 2  # "a total of 70 Venezuelan officials"
    if word in {"since", "in"} and targets.named and date_word(following):
        # "has sanctioned PDVSA since January and dozens of officials since 2015": the date of
        # one target, then the list goes on
        glue = next((i for i in range(index + 2, index + 5) if view.lower(i) in {"and", ","}), -1)
        if glue > 0 and all(date_word(view.lower(i)) for i in range(index + 1, glue)):
            return glue - index
    if word in COUNT_HEDGES and (
        _count(following) is not None
        or (following in COUNT_HEDGES and _count(view.lower(index + 2)))
    ):
        return 1  # "well over 100 officials", "some 40 companies"
    return 1 if word in HEDGE_WORDS else 0


# Hedges that are other words too ("over the border", "some officials"): hedges only before
# a count
COUNT_HEDGES = frozenset({"over", "well", "some", "just", "under", "an", "estimated"})


PARTNER_NOUNS = ALLY_NOUNS | {"partner", "partners", "counterparts", "neighbours", "neighbors"}


def _co_target_skip(view: SentenceView, index: int) -> int:
    """Tokens to skip after "along with" to reach more targets (2 past "those of" in "the
    assets of X, along with those of Y"), or -1 when a companion who imposes follows."""
    if (view.lower(index), view.lower(index + 1)) == ("those", "of"):
        return 2 if _co_target_at(view, index + 2) else -1
    return 0 if _co_target_at(view, index) else -1


def _co_target_at(view: SentenceView, index: int) -> bool:
    """After "along with": more targets ("BANDES, along with four of its subsidiaries", "…
    along with his wife", "along with Banco Prodem"), not a companion who imposes with the
    subject ("sanctions on Russia, along with the United States"): a count, a possessive, a
    person or a company the text names as one."""
    word = view.lower(index)
    if word in {"its", "their"} and not PARTNER_NOUNS.isdisjoint(
        window_words(view, index, index + 4)
    ):
        return False  # "…, along with its G7 partners": the imposer's, who impose with it
    if _count(word) is not None or word in OWNER_PRONOUNS:
        return True
    if word == "the":
        # "along with the Colombian businessman Alex Saab" (not "along with the United States")
        return _described_person_at(view, index + 1) is not None
    mention = view.mention_starting(index)
    return mention is not None and (mention.entity_type == "person" or mention.kind == "detected")


def _as_well_as(view: SentenceView, index: int) -> bool:
    return (view.lower(index), view.lower(index + 1), view.lower(index + 2)) == ("as", "well", "as")


# Words that end a target phrase after its noun ("officials close to Maduro", "generals
# loyal to him") but are adjectives before one ("14 close associates", "loyal aides")
PREMODIFYING_STOPS = frozenset({"close", "loyal", "allied", "linked", "connected"})


def _take_mention(view: SentenceView, mention: Mention, targets: Targets, count: int | None) -> int:
    """Add a name to the targets when it is one; return the index after it."""
    following = view.lower(mention.token_end)
    if mention.kind == "demonym":
        plural = mention.surface.lower().endswith("s") and following != "-"  # not "Swiss-based"
        if plural and not view.mention_starting(mention.token_end):
            targets.groups.append(("people", count))  # "70 Venezuelans"
        return mention.token_end
    if following in {"'s", "’s", "'"}:
        return mention.token_end + 1  # a possessor: "Venezuela's central bank"
    if mention.entity_type == "person" and following in GROUP_KINDS:
        return mention.token_end  # "43 Maduro officials": whose officials, not a target
    governing = mention.surface.lower().endswith(("government", "regime"))
    if governing and following in SINGLE_KINDS:
        targets.single = "government"  # "Venezuelan government debt" (a case alias)
        return mention.token_end
    if mention.entity_type == "org" and following in OFFICE_WORDS:
        return mention.token_end  # "Igor Sechin, the Rosneft chief executive": his title
    if following == "-" and view.lower(mention.token_end + 1) in PLACE_COMPOUNDS:
        return mention.token_end  # "a Moscow-based bank": where it is, not what is targeted
    if mention.entity_type == "country" and _kind_noun_after(view, mention.token_end):
        if mention.surface.lower().endswith(("government", "regime")):
            targets.single = "government"  # "Russian government bonds"
        return mention.token_end  # a modifier: "a Caracas judge", "Russia state banks"
    if mention.entity_type == "country" and following in HOLDER_NOUNS:
        return mention.token_end  # "Venezuela bondholders": a modifier
    if mention.entity_type == "country" and _titles_a_person(view, mention.token_end):
        return mention.token_end  # "UK Defence Secretary Ben Wallace": whose secretary
    if mention.entity_type in {"person", "org", "country"}:
        targets.named.append(mention)
    return mention.token_end


# Words between a country and the kind noun it modifies: "Venezuela state airline",
# "Russia state-owned oil companies"
COUNTRY_NOUN_MODIFIERS = frozenset(
    """state - owned run state-owned state-run national oil gas energy mining gold defence
    defense military arms flag""".split()
)
COUNTRY_MODIFIER_REACH = 3


def _kind_noun_after(view: SentenceView, index: int) -> bool:
    """Does a target kind's noun follow at ``index``, past up to three modifiers of the
    state's business ("state airline", "state-owned oil company")? Then the country before
    it says whose, and is no target."""
    for position in range(index, min(view.end, index + COUNTRY_MODIFIER_REACH + 1)):
        word = view.lower(position)
        if word in SINGLE_KINDS or word in GROUP_KINDS:
            return True
        if word not in COUNTRY_NOUN_MODIFIERS:
            return False
    return False


STATE_TITLE_REACH = 5  # words of "Deputy Prime Minister" between a state and its holder


def _titles_a_person(view: SentenceView, index: int) -> bool:
    """Does a title start at ``index`` and name the person right after it, with or without a
    comma ("Defence Secretary Ben Wallace", "Deputy Prime Minister, Dominic Raab", "Vice
    President Kamala Harris")?"""
    if view.lower(index) not in TITLE_WORDS | TITLE_PREFIXES:
        return False
    for position in range(index + 1, min(view.end, index + STATE_TITLE_REACH + 1)):
        if _person_at(view, position + (view.lower(position) == ",")):
            return True
        if view.lower(position) not in TITLE_WORDS:
            return False
    return False


# Second halves of a compound that make a name a place or a tie, not a target.
PLACE_COMPOUNDS = frozenset(
    """based registered headquartered linked owned run controlled backed funded financed led
    allied aligned affiliated connected appointed installed""".split()
)
# Nouns a country's name may modify without being the measure's target.
HOLDER_NOUNS = frozenset("bondholders creditors investors holders".split())
# Words after a company's name that make it part of a person's title.
OFFICE_WORDS = frozenset(
    """chief executive ceo chairman chairwoman boss head president director founder owner
    co-founder""".split()
)


# Words that may follow an item of a list of targets (anything else, a verb, ends the list).
LIST_ITEM_ENDS = frozenset(
    {"and", "or", "as", "who", "which", "whose", "in", "on", "over", "for", "the", "its", "their"}
    | {"among", "included"}  # "…, Maduro among them", "…, Cabello included"
    | {"of", "from"}  # "Omar Prieto of Zulia, Rafael Lacava of Carabobo": where they are from
) | frozenset(POSSESSIVES)


# Auxiliaries that open a second predicate with no subject of its own ("… but has not …").
def _second_predicate(view: SentenceView, start: int) -> bool:
    """Does the clause at ``start`` open on a verb group right after "and" / "but" (an aside
    set off by commas may stand between: "and, a week later, imposed …")?"""
    before = start - 1
    if view.lower(before) == ",":
        comma = next(
            (
                i
                for i in range(before - 1, max(view.start, before - 6) - 1, -1)
                if view.lower(i) == ","
            ),
            -1,
        )
        if comma < 0:
            return False
        before = comma - 1
    if view.lower(before) not in {"but", "and"}:
        return False
    word = view.lower(start)
    participle = word.endswith("ed") or word in FROZEN_PARTICIPLES
    return word in SUBJECTLESS_OPENERS or (participle and before != start - 1)


SUBJECTLESS_OPENERS = frozenset(
    """has have had did does do would will is was were are also then later refuses declines
    says insists continues plans wants intends remains threatens warns vows promises pledges
    agrees seeks stopped declined refused balked""".split()
)
GOVERNMENT_HEADS = ("government", "regime", "administration", "cabinet")


def _coordinated_kind_after(view: SentenceView, first: int, index: int) -> bool:
    """Is the kind noun at ``index`` the head of an item of its own after the target phrase's
    government and "and" ("his government and on the oil industry"), not a modifier ("oil"
    in "the oil company") nor a description of the name after it ("the state oil company,
    PDVSA")?"""
    if SINGLE_KINDS[view.lower(index)] == "government" or view.lower(index + 1) in SINGLE_KINDS:
        return False
    if view.lower(index + 1) == "," and view.mention_starting(index + 2) is not None:
        return False
    nouns = [i for i in range(first, index) if view.lower(i) in GOVERNMENT_HEADS]
    joined = [i for i in range(nouns[-1] + 1, index) if view.lower(i) == "and"] if nouns else []
    if not joined:
        return False
    # "the government and the oil company": a company the article named (one a kind row
    # would count twice), unlike "the oil industry"
    return not (SINGLE_KINDS[view.lower(index)] == "company" and view.lower(joined[0] + 1) == "the")


def _governments_unnamed(targets: Targets) -> None:
    """A person's name for their government ("Venezuelan government assets", "the Maduro
    regime") targets the government, not the person."""
    governments = [m for m in targets.named if _names_a_government(m)]
    if not governments:
        return
    targets.named = [m for m in targets.named if not _names_a_government(m)]
    if targets.single == "person":
        return  # "President Nicolás Maduro's government": his title, no second item
    if targets.single in {None, "government"} and not targets.groups and not targets.named:
        targets.single = "government"
        return
    # one more kind beside the government: "sanctions on the Venezuelan government and its
    # oil sector", "… and on the state oil company, PDVSA" (both kinds are rows)
    kept = targets.single not in {None, "government"} and not targets.groups
    if kept and (not targets.named or targets.members_of_single):
        targets.groups.append((targets.single, None))
    targets.groups.insert(0, ("government", None))


def _names_a_government(mention: Mention) -> bool:
    return mention.entity_type == "person" and mention.surface.lower().endswith(GOVERNMENT_HEADS)


def _list_continues(view: SentenceView, comma: int) -> bool:
    """Is the comma part of a list of targets ('on A, B and C', 'on 43 officials, 12 firms',
    'on A, and on its president', 'on A and, last week, on B')?"""
    nxt = comma + 1
    if view.lower(nxt) == "and" and view.lower(nxt + 1) in TARGET_PREPOSITIONS | {"of"}:
        return True
    titled = _titled_person_at(view, nxt + (view.lower(nxt) == "and"))
    if titled is not None:  # "on Putin, Deputy Chairman of the Security Council Dmitry Medvedev"
        return not _starts_a_clause(view, titled)
    if _title_comma_name(view, nxt + (view.lower(nxt) == "and")):
        return True  # "Deputy Prime Minister, Chrystia Freeland, Defence Minister, Anita Anand"
    if _relation_comma_name(view, nxt + (view.lower(nxt) == "and")):
        return True  # "Petro's wife, Verónica Alcocer, his eldest son, Nicolás Petro, and …"
    while view.lower(nxt) in DETERMINERS | {"and", "on", "of"}:
        nxt += 1
    if _finite_verb_soon(view, nxt):
        return False  # "…, and 19 European Union countries have recognised X": a new clause
    if view.lower(nxt + 1) == "of" and _person_after_a_title(view, nxt + 1) > 0:
        return True  # "…, and the commander of the police special forces, Rafael Bastardo"
    for step in range(4):  # "…, the state gold miner Minerven and …": a described name
        mention = view.mention_starting(nxt + step)
        if mention is not None:
            return not _starts_a_clause(view, mention)
        word = view.lower(nxt + step)
        if step == 0 and _count(word) is not None:
            return True
        if not word.isalpha() or word.endswith(("ed", "ing")) or word in TARGET_STOPS:
            return False
        if word in SUBORDINATORS or word == "as":
            return False  # "…, as the Trump administration keeps …": a clause of its own
    return False


RELATION_OWNERS = frozenset({"his", "her", "their", "its"})
RELATION_COMMA_REACH = 4  # words of "his eldest son" before its comma


def _relation_comma_name(view: SentenceView, index: int) -> bool:
    """Does a relative's or an office-holder's noun set off by a comma from the person's
    name open the list item ("his eldest son, Nicolás Petro", "her brother, …", "Minerven
    and its president, Adrián Perdomo")? A company's officer is listed as a relative is."""
    if view.lower(index) not in RELATION_OWNERS:
        return False
    for position in range(index + 1, min(view.end, index + RELATION_COMMA_REACH)):
        word = view.lower(position)
        if word in KINSHIP_WORDS or word in TITLE_WORDS:
            if view.lower(position + 1) != ",":
                continue  # "its chief executive, …": the title's last word comes before it
            return _person_at(view, position + 2)
        if not word.isalpha():
            return False
    return False


CLAUSE_AUXILIARIES = frozenset("have has had is are was were will would".split())
TITLE_COMMA_REACH = 6  # words of "former Deputy Prime Minister" before its comma


def _title_comma_name(view: SentenceView, index: int) -> bool:
    """Does a title set off by a comma from the person it names open the list item ("Defence
    Minister, Anita Anand", "former Prime Minister, Stephen Harper")?"""
    for position in range(index, min(view.end, index + TITLE_COMMA_REACH)):
        word = view.lower(position)
        if word == ",":
            return position > index and _person_at(view, position + 1)
        if (
            word not in TITLE_WORDS
            and word != "former"
            and not view.article.tokens.text(position)[:1].isupper()
        ):
            return False
    return False


def _finite_verb_soon(view: SentenceView, first: int) -> bool:
    """Does an auxiliary follow within a short noun phrase from ``first`` ("19 European Union
    countries have …"), before any comma or "and" that joins no two names ("Canada and
    Switzerland have adopted similar measures")? Then the words open a clause."""
    for index in range(first, min(view.end, first + 8)):
        word = view.lower(index)
        if word in {"and", ","} and _joins_two_names(view, index):
            continue
        if word in {",", "and", "or", ";"}:
            return False
        if word in CLAUSE_AUXILIARIES:
            return index > first
    return False


def _joins_two_names(view: SentenceView, index: int) -> bool:
    """Is the "and" or comma at ``index`` between two names ("Canada and Switzerland")?"""
    named_before = view.mention_ending(index - 1) is not None
    return named_before and view.mention_starting(index + 1) is not None


def _starts_a_clause(view: SentenceView, mention: Mention) -> bool:
    """Is a name after a comma the subject of the next clause, with a verb right after it
    ("In addition to US sanctions on PDVSA, Canada imposed …"), not one more target?"""
    following = view.lower(mention.token_end)
    if following == "," and view.lower(mention.token_end + 1) in RELATIVE_WORDS:
        # "…, and even Switzerland, which has guarded its neutrality, adopted …": the
        # predicate after the aside makes it a subject
        return relative_aside_close(view, mention.token_end + 2) >= 0
    return (
        following.isalpha()
        and following not in LIST_ITEM_ENDS
        and following not in REFLEXIVES
        and following not in GROUP_KINDS
        and following not in SINGLE_KINDS
        and following not in OFFICE_WORDS  # "the VTB chairman Andrey Kostin": a title
        and following not in TITLE_WORDS
    )


def _parenthetical_end(view: SentenceView, comma: int) -> int:
    """', last week, on B' / ', in April, the central bank': where the target after a short
    aside starts (past its preposition), or -1."""
    for index in range(comma + 1, min(view.end, comma + 6)):
        if view.lower(index) == ",":
            nxt = view.lower(index + 1)
            if nxt in TARGET_PREPOSITIONS:
                return index + 2
            # "Minerven and, in April, the central bank": a name right after the aside
            named = view.mention_starting(index + 1) or (
                view.mention_starting(index + 2) if nxt in {"the", "its"} else None
            )
            return index + 1 if named is not None else -1  # (the target's first token)
        if view.mention_starting(index) is not None:
            return -1
    return -1


APPOSITION_REACH = 14  # tokens of ", a Geneva-based subsidiary of the Russian oil giant,"


def _after_apposition(view: SentenceView, comma: int, named: Mention | None = None) -> int:
    """', the company behind the project, and on …', ', the national development bank, along
    with four of its subsidiaries', ', the state gold miner known as Minerven, and its
    president': the index of that 'and' ('along'), or -1. The apposition may restate the
    name before it (``named``), no other. A relative aside on a named person may stand there
    too ("Alisher Usmanov, whose superyacht is laid up in Hamburg, as well as Dmitry
    Peskov")."""
    if view.lower(comma + 1) in {"who", "whose"} and named is not None:
        return _after_relative_aside(view, comma) if named.entity_type == "person" else -1
    if (
        named is not None
        and named.entity_type == "person"
        and opens_on_an_office(view.article.tokens, comma + 1) >= 0
    ):
        return _after_an_office(view, comma)
    if view.lower(comma + 1) not in DETERMINERS:
        return -1
    for index in range(comma + 2, min(view.end, comma + APPOSITION_REACH)):
        if view.lower(index) == ",":
            return index + 1 if _list_resumes(view, index + 1) else -1
        mention = view.mention_starting(index)
        restates = (
            named is not None and mention is not None and mention.entity_id == named.entity_id
        )
        if mention is not None and not restates and not _place_modifier(view, mention):
            return -1
        if view.lower(index) in CLAUSE_BOUNDARIES and view.lower(index) not in RELATIVES:
            return -1  # ("the lawmaker who claimed the presidency" still describes)
    return -1


def _after_an_office(view: SentenceView, comma: int) -> int:
    """Where the list resumes after a person's office set off by commas ("Alexander
    Bortnikov, director of the Federal Security Service (FSB), and Sergei Kiriyenko"): the
    index after the closing comma, or -1. The office may name its body."""
    for index in range(comma + 2, min(view.end, comma + APPOSITION_REACH)):
        word = view.lower(index)
        if word == ",":
            return index + 1 if _list_resumes(view, index + 1) else -1
        if word in {"(", ")"}:
            continue  # the body's initials: "(FSB)"
        if word in {";", ":", "."} or (word in CLAUSE_BOUNDARIES and word not in RELATIVES):
            return -1
    return -1


def _semicolon_item_end(view: SentenceView, comma: int, named: Mention | None) -> int:
    """Where the next item starts in a list of people set off by semicolons, each with its
    office after a comma ("sanctioned Ivan Hernandez Dala, the commander of the Presidential
    Guard; Manuel Cristopher Figuera, director general of SEBIN; and Manuel Quevedo, …"), or
    -1. The item before must be a person's name, the next a person's or a company's name
    set off by a comma or closing the sentence."""
    if named is None or named.entity_type != "person" or named.token_end != comma:
        return -1
    for index in range(comma + 1, min(view.end, comma + SEMICOLON_ITEM_REACH)):
        word = view.lower(index)
        if word == ";":
            return _semicolon_item_name(view, index + 1)
        if word in {".", ":", "!", "?"} or word in QUOTE_MARKS_DOUBLE:
            return -1
    return -1


def semicolon_list_end(view: SentenceView, end: int) -> int:
    """How far a target list that stops at ``end`` (a semicolon or a bracket) runs when it is
    a list of people set off by semicolons ("…, director general of the Venezuelan National
    Intelligence Service (SEBIN); Hildemaro Rodriguez Mucura, …; and Manuel Quevedo, …"):
    to the sentence's strong end, or to the first semicolon no name follows; ``end`` when no
    semicolon opens an item."""
    if view.lower(end) not in {";", "("}:
        return end
    depth, listed = 0, False
    for position in range(end, view.end):
        word = view.lower(position)
        if word in {"(", ")"}:
            depth += 1 if word == "(" else -1
            if depth < 0:
                break
        elif depth == 0 and word == ";":
            if not _semicolon_item_opens(view, position + 1):
                return position if listed else end
            listed = True
        elif depth == 0 and word in {".", "—", "–", "\n", "\n\n"}:
            return position if listed else end
    return view.end if listed and depth == 0 else end


def _semicolon_item_opens(view: SentenceView, index: int) -> bool:
    """Does a named person or company, followed by a comma (its office) or the sentence's
    end, open the item after a semicolon ("; and Manuel Quevedo, president of PDVSA")?"""
    return _semicolon_item_name(view, index) >= 0


def _semicolon_item_name(view: SentenceView, index: int) -> int:
    """Where the name of the item after a semicolon starts (past "and" and a title: "; and
    Promsvyazbank CEO Pyotr Fradkov"), or -1 when no person or company opens the item."""
    if view.lower(index) == "and":
        index += 1
    mention = view.mention_starting(index)
    titled = _titled_person_at(view, index)
    if titled is not None:
        mention = titled  # "; Kremlin First Deputy Chief of Staff Sergei Kirienko;"
    if mention is None:
        # "; industrialist Pavel Zotov,", "; the deputy defence ministers Pavel Popov and …"
        mention = _described_person_at(view, index + (view.lower(index) == "the"))
    if mention is None or mention.entity_type not in {"person", "org"}:
        return -1
    end = _past_employer(view, mention)
    ends = view.lower(end) in {",", ".", ";"} or end >= view.end
    paired = view.lower(end) == "and" and _person_at(view, end + 1)  # "… Pavel Popov and Alexei
    # Krivoruchko;": two people in one item
    return mention.token_start if ends or paired else -1


def _past_employer(view: SentenceView, mention: Mention) -> int:
    """Where a person's item goes on past "of <body>" ("; Nikolai Tokarev of Transneft;"):
    the body is the person's, the item still that person; else the mention's end."""
    if mention.entity_type != "person" or view.lower(mention.token_end) != "of":
        return mention.token_end
    body = view.mention_starting(mention.token_end + 1)
    return body.token_end if body is not None and body.entity_type == "org" else mention.token_end


def _after_a_titled_item(view: SentenceView, semicolon: int, named: Mention) -> bool:
    """Does the semicolon close an item that is a titled person's name alone, itself after a
    semicolon ("; Kremlin First Deputy Chief of Staff Sergei Kirienko;")?"""
    if named.token_end != semicolon or named.entity_type != "person":
        return False
    opening = next(
        (
            i
            for i in range(named.token_start - 1, max(view.start, semicolon - 14), -1)
            if view.lower(i) == ";"
        ),
        -1,
    )
    item = _semicolon_item_name(view, opening + 1) if opening >= 0 else -1
    if item < 0:
        return False
    # the name alone, or a pair of names ("; the deputy defence ministers Pavel Popov and
    # Alexei Krivoruchko;")
    position = item
    while position < named.token_start:
        covering = view.mention_covering(position)
        if covering is not None and covering.entity_type == "person":
            position = covering.token_end
        elif view.lower(position) == "and":
            position += 1
        else:
            return False
    return position == named.token_start


ITEM_TITLE_REACH = 8  # tokens of "Kremlin First Deputy Chief of Staff" before the name
ITEM_DESCRIPTION_REACH = 4  # lower-case words of "deputy defence ministers" before the name


def _described_person_at(view: SentenceView, index: int) -> Mention | None:
    """A person named after a few lower-case words of description that open a list item
    ("industrialist Pavel Zotov", "steel magnate Alexei Mordashov", "Colombian businessman
    Alex Saab": a demonym describes too)."""
    for position in range(index, index + ITEM_DESCRIPTION_REACH):
        word = view.article.tokens.text(position) if position < view.end else ""
        mention = view.mention_starting(position)
        if mention is not None and mention.kind == "demonym":
            continue
        if not (word.isalpha() and word.islower()):
            if position == index or mention is None or mention.entity_type != "person":
                return None
            return mention
    return None


def _titled_person_at(view: SentenceView, index: int) -> Mention | None:
    """A person named after a title that opens a list item ("Kremlin First Deputy Chief of
    Staff Sergei Kirienko", "Promsvyazbank CEO Pyotr Fradkov"): the title holds capitalised
    words, title words, "of" and the names of bodies."""
    position = index
    while position < min(view.end, index + ITEM_TITLE_REACH):
        mention = view.mention_starting(position)
        if mention is not None and mention.entity_type == "person":
            return mention if position > index else None
        if mention is not None:
            position = mention.token_end
            continue
        word = view.lower(position)
        capitalised = view.article.tokens.text(position)[:1].isupper()
        if not (capitalised or word in TITLE_WORDS or word in {"of", "-"}) and not (
            word == "the" and view.lower(position - 1) == "of"
        ):
            return None
        position += 1
    return None


RELATIVES = frozenset({"who", "whose", "which", "that"})
RELATIVE_ASIDE_REACH = 20  # tokens of ", whose superyacht Dilbar is laid up in a Hamburg shipyard,"


OF_PHRASE_REACH = 6  # words of the "of" phrase after a group ("members of the State Duma")


def _after_an_of_phrase(view: SentenceView, of: int, stop: int) -> int:
    """Where a list of targets resumes past the "of" phrase that qualifies a counted group:
    "328 members of the State Duma, and Herman Gref" goes on at "Herman Gref"; only a person
    or a company named after "and" (a country there is part of the "of" phrase: "officials
    of Russia and Belarus"); -1 otherwise."""
    if view.lower(of - 1) not in GROUP_KINDS:
        return -1
    for index in range(of + 1, min(stop, of + 2 + OF_PHRASE_REACH)):
        word = view.lower(index)
        if word not in {",", "and"}:
            if word in TARGET_STOPS or word in TARGET_PREPOSITIONS or word in PHRASE_ENDS:
                return -1
            continue
        first = index + 1
        if word == "," and view.lower(first) == "and":
            first += 1
        elif word == ",":
            return -1
        item = view.mention_starting(first)
        return first if item is not None and item.entity_type in {"person", "org"} else -1
    return -1


RELATIVE_OPENERS = frozenset({"that", "which", "who"})


def _after_restrictive_relative(view: SentenceView, pronoun: int, end: int) -> int:
    """Where a list of targets resumes past a relative clause on a counted group ("designated
    48 entities that make up much of the defence base, 328 members of the Duma, the Duma
    itself, and Herman Gref"): after the clause's comma, when another counted group or a
    name follows and the list is still going ("," or "and" after that item, or "and" + a
    name or count right after the comma); -1 otherwise."""
    for index in range(pronoun + 2, min(end, pronoun + RELATIVE_ASIDE_REACH)):
        word = view.lower(index)
        inside = view.mention_starting(index)
        if inside is not None and not _place_modifier(view, inside):
            return -1  # (a name inside the clause: "companies that supply Russia, …")
        if word in {";", ":", "(", ")", "—", "–"}:
            return -1
        if word != ",":
            continue
        first = index + 1
        if view.lower(first) == "and":
            first += 1
            item = view.mention_starting(first)
            named = item is not None and item.entity_type in {"person", "org"}
            return first if named or _count(view.lower(first)) is not None else -1
        item = view.mention_starting(first)
        if item is not None and item.entity_type in {"person", "org"}:
            return first if view.lower(item.token_end) in {",", "and"} else -1
        counted = _count(view.lower(first)) is not None
        if counted and (view.lower(first + 1) in GROUP_KINDS or view.lower(first + 2) == "of"):
            return first
        return -1
    return -1


def _after_relative_aside(view: SentenceView, comma: int) -> int:
    """Where the list resumes after a relative aside closed by a comma, or -1."""
    for index in range(comma + 2, min(view.end, comma + RELATIVE_ASIDE_REACH)):
        word = view.lower(index)
        if word == ",":
            resumes = _list_resumes(view, index + 1) or _as_well_as(view, index + 1)
            return index + 1 if resumes else -1
        if word in {";", ":", "—", "–", "(", ")"}:
            return -1
    return -1


def _place_modifier(view: SentenceView, mention: Mention) -> bool:
    """A country inside a description, as a possessor or after "of"/"in" ("the trading arm of
    Russia's oil giant"): it describes, and names no other target."""
    if mention.entity_type != "country":
        return False
    return view.lower(mention.token_end) in {"'s", "’s"} or view.lower(mention.token_start - 1) in {
        "of",
        "in",
        "from",
    }


def _list_resumes(view: SentenceView, index: int) -> bool:
    """After an apposition's closing comma: "and on …", "and its president", "along with …"."""
    word, following = view.lower(index), view.lower(index + 1)
    if word == "and":
        named = view.mention_starting(index + 1)
        if named is not None and named.entity_type == "person":
            return True  # "Luis Parra, the lawmaker who …, and Juan José Mendoza"
        modified = index + 1
        if view.lower(modified + 1) == "-" and view.lower(modified + 2).isalpha():
            modified += 3  # "and Kremlin-controlled VEB bank", "and state-owned Sovcomflot"
        company = view.mention_starting(modified)
        if modified > index + 1 and company is not None and company.entity_type == "org":
            return True  # "Promsvyazbank, the bank of the armed forces, and Kremlin-controlled VEB"
        counted = view.lower(index + 2)
        if _count(following) is not None and (counted in MORE_WORDS or counted in GROUP_KINDS):
            return True  # "Roman Abramovich, the owner of Chelsea, and six other oligarchs"
        return following in TARGET_PREPOSITIONS | OWNER_PRONOUNS | {"of"}
    return word in {"along", "together"} and following == "with" and _co_target_at(view, index + 2)


def _apposition_follows(view: SentenceView, comma: int) -> bool:
    """A name right after the comma ('its president, Adrián Perdomo Mata')."""
    nxt = comma + 1
    while view.lower(nxt) in TITLE_WORDS or view.lower(nxt) in {"mr", "ms", "mrs"}:
        nxt += 1
    mention = view.mention_starting(nxt)
    return mention is not None and mention.kind != "demonym" and not _starts_a_clause(view, mention)


def _add_owned_group(view: SentenceView, index: int, end: int, targets: Targets) -> None:
    """ "sanctions on BANDES, including its subsidiaries in Uruguay and Bolivia": the target's
    own group the measure reaches too."""
    for position in range(index, min(end, index + OWNED_GROUP_REACH)):
        if view.lower(position) != "including":
            continue
        if view.lower(position + 1) not in {"its", "their"}:
            return
        for noun in (position + 2, position + 3):
            kind = GROUP_KINDS.get(view.lower(noun))
            if kind == "company" and (kind, None) not in targets.groups:
                targets.groups.append((kind, None))
                return
        return


OWNED_GROUP_REACH = 12  # tokens from the target to "including its subsidiaries"


def _add_members(view: SentenceView, index: int, end: int, targets: Targets) -> None:
    """Named members of a group: '…, among them A, B and C', '…: A, B and C', 'including A',
    '… — A, B and C —'."""
    wanted = {MEMBER_TYPES.get(kind) for kind, _ in targets.groups}
    wanted.discard(None)
    if targets.single == "government" and not targets.named:
        wanted.add("org")  # "the Government of Venezuela, including the central bank and PDVSA"
        targets.members_of_single = True
    _add_owned_group(view, index, end, targets)
    single_company = targets.single == "company" and not targets.named and not wanted
    if single_company:
        wanted.add("org")  # "the Kremlin's media machine, including Russia Today and Sputnik"
    if not wanted:
        return
    marker = -1
    for position in range(index, end):
        word = view.lower(position)
        if word == "and" and view.lower(position - 1) == "," and position > index:
            break  # "… out of SWIFT, and on March 1 it banned seven banks, among them …"
        dash = word in {"—", "–"} and view.mention_starting(position + 1) is not None
        if (
            word in MEMBER_MARKERS
            or word == ":"
            or dash
            or (word == "among" and position + 1 < end)
        ):
            marker = position
            break
    dashed = view.lower(end) in {"—", "–"} and view.mention_starting(end + 1) is not None
    if marker < 0 and dashed:
        marker, end = end, strong_end(view, end)  # "on four governors — A, B and C —"
    if marker < 0:
        _add_counted_apposition(view, index, end, targets, wanted)
        return
    known = {m.entity_id for m in targets.named}
    first, last = marker, end
    opening = _names_before_among(view, index, marker) if view.lower(marker) == "among" else -1
    if opening >= 0:
        first, last = opening, marker  # "dozens of officials, Maduro among them"
    else:
        last = _subordinate_clause_at(view, marker + 1, last)
    related: set[str] = set()
    for mention in view.mentions:
        if not first < mention.token_start < last:
            continue
        if _starts_a_clause(view, mention):
            break  # "…, including X, Prime Minister Theresa May told parliament"
        if mention.entity_type not in wanted:
            continue
        before = _past_title(view, mention.token_start)
        if view.lower(before) in {"of", "to", "in", "with", "by"} and not (
            view.lower(before) == "of"
            and _person_after_a_title(view, before) == mention.token_start
        ):
            # "the owner of Chelsea", "the head of Rosneft", "the daughters of Russian
            # President Vladimir Putin": someone else's relation, not a member ("Secretary
            # of State Antony Blinken" is one: the "of" is inside his title)
            related.add(mention.entity_id)
            continue
        if mention.entity_id in related:
            continue  # "the stepdaughter of Sergey Lavrov, Russia's foreign minister": his office
        if view.lower(mention.token_end) in POSSESSIVES or mention.entity_id in known:
            continue
        targets.named.append(mention)
        known.add(mention.entity_id)
    if single_company and targets.named:
        targets.members_of_single = True  # the kind's row and its members' rows


def _past_title(view: SentenceView, start: int) -> int:
    """The token before a name and the title in front of it ("of [Russian President]
    Vladimir Putin", "of [Foreign Minister] Sergei Lavrov")."""
    position = start - 1
    while position > view.start and (
        view.lower(position) in TITLE_WORDS
        or (
            view.mention_covering(position) is not None
            and view.mention_covering(position).kind == "demonym"
        )
    ):
        position -= 1
    return position


def _subordinate_clause_at(view: SentenceView, first: int, end: int) -> int:
    """Where a subordinate clause set off by a comma starts in [first, end) ("…, including 107
    former diplomats, as the Trump administration keeps …"): the members end there."""
    for position in range(first, end):
        following = view.lower(position + 1)
        opens = following in SUBORDINATORS or following == "as"
        if view.lower(position) == "," and opens and not _as_well_as(view, position + 1):
            return position
    return end


def _names_before_among(view: SentenceView, index: int, among: int) -> int:
    """ "…, Maduro among them", "… since February, Mr Putin and Mr Lavrov among them": the
    comma opening the names set off before a closing "among them" (-1 for none)."""
    if view.lower(among + 1) not in {"them", "those"}:
        return -1
    position = among - 1
    while position >= index:
        covering = view.mention_covering(position)
        if covering is not None:
            position = covering.token_start - 1
            continue
        word = view.lower(position)
        first = position + 1 + (view.lower(position + 1) in HONORIFICS)  # (", Mr Putin")
        if word == "," and view.mention_starting(first) is not None:
            comma = position  # (a comma inside the list: go on to the one opening it)
            if view.mention_ending(position - 1) is None:
                return comma
        elif word not in {"and", ","} and word not in HONORIFICS and word not in REFLEXIVES:
            return -1  # (", Maduro himself among them")
        position -= 1
    return -1


def _add_counted_apposition(
    view: SentenceView, index: int, end: int, targets: Targets, wanted: set[str | None]
) -> None:
    """ "three billionaires close to the Kremlin, Gennady Timchenko, Boris Rotenberg and Igor
    Rotenberg": as many names as the group counts, listed after a comma, are its members."""
    counts = [count for _, count in targets.groups if count]
    if len(counts) != 1:
        return
    if _add_bracketed_members(view, index, end, targets, wanted):
        return
    comma = next((i for i in range(index, min(end, index + 8)) if view.lower(i) == ","), -1)
    if comma < 0:
        return
    names: list[Mention] = []
    position = comma + 1
    while position < end:
        mention = view.mention_starting(position)
        if mention is not None and mention.entity_type in wanted:
            names.append(mention)
            position = mention.token_end
        elif view.lower(position) in {",", "and"}:
            position += 1
        else:  # "… and the Bolivian lender Banco Prodem": a description before the name
            described = _described_name(view, position, end)
            if described is None or described.entity_type not in wanted:
                break
            position = described.token_start
    if len(names) == counts[0]:
        targets.named.extend(m for m in names if m not in targets.named)


BRACKETED_LIST_REACH = 30  # tokens from "(" to ")" of a group's listed members


def _add_bracketed_members(
    view: SentenceView, index: int, end: int, targets: Targets, wanted: set[str | None]
) -> bool:
    """ "asset freezes on five Russian banks (Rossiya, IS Bank, GenBank, PSB and the Black
    Sea Bank)": names in brackets right after a counted group are its members, however many
    of them the gazetteers know. True when such brackets follow the group."""
    opening = index
    while opening < min(end, index + 4) and view.lower(opening) != "(":
        if view.lower(opening) in {",", ";", ":"}:
            return False
        opening += 1
    if view.lower(opening) != "(":
        return False
    closing = next(
        (
            i
            for i in range(opening + 1, min(view.end, opening + BRACKETED_LIST_REACH))
            if view.lower(i) == ")"
        ),
        -1,
    )
    if closing < 0:
        return False
    members = [
        m
        for m in view.mentions
        if opening < m.token_start < closing and m.entity_type in wanted and m not in targets.named
    ]
    targets.named.extend(members)
    return bool(members)


DESCRIPTION_REACH = 4  # words of a description before a listed name ("the Bolivian lender")


def _described_name(view: SentenceView, position: int, end: int) -> Mention | None:
    """The name after a short description in a list ("the Bolivian lender Banco Prodem"): a
    determiner, demonyms and lower-case nouns, then a name; None when anything else comes."""
    for index in range(position, min(end, position + DESCRIPTION_REACH + 1)):
        mention = view.mention_starting(index)
        if mention is not None and mention.kind != "demonym":
            return mention if index > position else None
        if mention is None and not NOUN_WORD.match(view.lower(index)):
            return None
    return None


@lru_cache(maxsize=512)
def _count(word: str) -> int | None:
    """A count word or number: '43', 'four', 'dozen', '1,200' (not years)."""
    if NUMBER.match(word):
        value = int(word.replace(",", ""))
        return None if 1900 <= value <= 2100 and "," not in word else value
    if not word.isalpha():
        return None
    quantities = parse_quantities(word)
    if len(quantities) == 1 and quantities[0].text.lower() == word:
        return int(quantities[0].value)
    return None
