"""Companies the gazetteer and the case file do not list, where the text marks them as companies.

A descriptor before the name ("state oil company Rosneft"), an apposition after it
("Cubametales, a Cuban state company") or a bank's own one-word name ("Sovcombank") makes a
mention with the id ``org:`` + the name's slug in capitals. Sanctions lists name many such
companies; without a mention they were lost as targets.
"""

from __future__ import annotations

import re

import numpy as np

from .document import Mention, Tokens, slug, word_indices, word_matches
from .people import (
    COMPANY_WORDS,
    INSTITUTION_WORDS,
    NOT_NAMES,
    TITLE_WORDS,
    TRADING_FIRM_NOUNS,
    after_a_measure,
    before_a_passive_measure,
    person_name_at,
)

# A company the case file does not list, where the text marks it as one: a descriptor before
# it ("state oil company Rosneft", "the lender Otkritie"), an apposition after it
# ("Cubametales, a Cuban state company"), or a bank's own name ("Sovcombank").
_COMPANY_NOUN_ALTERNATION = (
    "company|firm|bank|lender|giant|producer|miner|exporter|conglomerate|airline|subsidiary"
    "|operator|insurer|refiner|shipper|carrier|broker|trader|maker|manufacturer|"
    + "|".join(TRADING_FIRM_NOUNS)
)
COMPANY_DESCRIPTORS = frozenset(_COMPANY_NOUN_ALTERNATION.split("|"))
# The apposition is found from its comma (a literal first character: a fast scan); the name
# before it is then read token by token.
_COMPANY_APPOSITION = re.compile(
    rf", (?:a|an|the) (?:[\w-]+ ){{0,4}}?(?:{_COMPANY_NOUN_ALTERNATION})\b"
)
COMPANY_REACH = 3  # words in a detected company name


def detect_companies(text: str, tokens: Tokens, used: np.ndarray, token_sentence) -> list[Mention]:
    """Companies the case file does not list, where the text marks them as companies (see the
    patterns above), and their later mentions by the same name. The id is ``org:`` and the
    name's slug in capitals ("org:EVROFINANCE_MOSNARBANK"), as the contract's org codes are.
    Sanctions lists name many companies no gazetteer holds; without a mention they were lost
    as targets."""
    folded = tokens.folded
    # the article's words, once: each word list below is searched for only where it occurs
    present = tokens.word_set()
    runs: list[tuple[int, int]] = []
    for index in _descriptors(tokens, present):
        runs.append((index + 1, _name_run_end(tokens, index + 1, used)))
    runs += _named_after_descriptor(tokens, used, present)
    for match in _COMPANY_APPOSITION.finditer(folded):
        end = tokens.at_char(match.start())
        first = _name_run_start(tokens, end, used)
        run_end = _name_run_end(tokens, first, used)
        # (the apposition says it is a company, so an institution's word may end its name:
        # "Shahed Aviation Industries, the company behind the drones")
        trade_head = run_end == end - 1 and tokens.lower(end - 1) in INSTITUTION_WORDS
        if first < end and (run_end == end or trade_head):
            runs.append((first, end))
    runs += _suffixed_names(tokens, used, present)
    runs += _prefixed_names(tokens, used, present)
    runs += _measured_companies(tokens, used, present)
    found = _companies_over(text, tokens, used, token_sentence, runs)
    names = {folded[m.start : m.end] for m in found}
    names |= {without_legal_form(name) for name in names} - {""}  # "Rosneft Trading" again
    for start, stop, _name in word_matches(folded, sorted(names)):
        index, last = tokens.at_char(start), tokens.at_char(stop)
        if folded[start - 1 : start].isalpha() or tokens.start(index) != start:
            continue
        if last <= len(tokens) and not used[index:last].any():
            found.append(detected_company(text, tokens, index, last, token_sentence))
            used[index:last] = True
    # a bank's own name last, so that "Evrofinance Mosnarbank" again is not "Mosnarbank"
    runs = [(first, _name_run_end(tokens, first, used)) for first in _bank_names(tokens)]
    return found + _companies_over(text, tokens, used, token_sentence, runs)


# A company's legal form after its name: "Ballito Bay Shipping Inc.", "Caroil Transport Marine
# Ltd", "Bluelane Overseas SA", "PB Tankers SpA" (as written: "the sa" or "inc" in lower case
# are no suffix). Two-letter forms that are also words or acronyms ("AS", "SE", "AB") are left out.
CORPORATE_SUFFIXES = (
    "Inc Ltd Corp LLC LLP PLC Plc S.A. SA SpA Srl SRL BV B.V. NV N.V. Pte SAS GmbH AG "
    "DMCC FZE FZCO JSC PJSC OJSC Limited Corporation"
).split()
SUFFIXED_REACH = 4  # name words before the suffix
_LEGAL_FORMS = frozenset(suffix.replace(".", "") for suffix in CORPORATE_SUFFIXES)
# each legal form with the lower-case words it is looked for by (made once, not per article)
_SUFFIX_FORMS = tuple((s, s.lower(), f"{s.lower()}.") for s in CORPORATE_SUFFIXES)


# A legal form before the name, as Russian and other post-Soviet firms write it ("PJSC
# Sovcombank", "OOO Transoil", "Public Joint Stock Company Alrosa"), in capitals as written
PREFIXED_FORMS = tuple("PJSC JSC OJSC CJSC PAO OAO ZAO OOO".split())
PREFIXED_PHRASES = (
    "Public Joint Stock Company",
    "Open Joint Stock Company",
    "Closed Joint Stock Company",
    "Joint Stock Company",
    "Limited Liability Company",
)


def without_legal_form(name: str) -> str:
    """The name without a legal form at its end ("Rosneft Trading SA" -> "Rosneft Trading")
    or at its start ("OOO Transoil" -> "Transoil"), so that its id is the same however the
    article writes it; "" when nothing is left or there is no legal form."""
    for prefix in (*PREFIXED_PHRASES, *PREFIXED_FORMS):
        if name.startswith(prefix + " ") and name[len(prefix) + 1 :].strip():
            return name[len(prefix) + 1 :].strip()
    head, _, last = name.rstrip(".").rpartition(" ")
    if last.replace(".", "") in _LEGAL_FORMS and head:
        return head.rstrip(",")
    return ""


def _prefixed_names(
    tokens: Tokens, used: np.ndarray, present: frozenset[str]
) -> list[tuple[int, int]]:
    """Capitalised names after a legal form that comes first ("OOO Volga Group", "Public
    Joint Stock Company Alrosa"): the form and the name, as one company."""
    runs = []
    wanted = [form for form in PREFIXED_FORMS if form.lower() in present]
    if "stock" in present or "liability" in present:
        wanted += [phrase.split()[0] for phrase in PREFIXED_PHRASES]
    for first in word_indices(tokens, sorted(set(wanted))) if wanted else []:
        name = first + _prefix_length(tokens, first)
        if name == first or used[first:name].any():
            continue
        end = _name_run_end(tokens, name, used)
        if end > name:
            runs.append((first, end))
    return runs


def _prefix_length(tokens: Tokens, first: int) -> int:
    """How many tokens the legal form at ``first`` spans, 0 when none starts there."""
    if tokens.text(first) in PREFIXED_FORMS:
        return 1
    for phrase in PREFIXED_PHRASES:
        words = phrase.split()
        if all(tokens.text(first + i) == word for i, word in enumerate(words)):
            return len(words)
    return 0


def _suffixed_names(
    tokens: Tokens, used: np.ndarray, present: frozenset[str]
) -> list[tuple[int, int]]:
    """Capitalised names ending in a legal form: the name with its suffix (sanctions lists
    name shipping and trading firms so, which no gazetteer holds)."""
    runs = []
    wanted = [s for s, lower, dotted in _SUFFIX_FORMS if lower in present or dotted in present]
    for suffix in word_indices(tokens, wanted) if wanted else []:
        if used[suffix]:
            continue
        first = _name_run_start(tokens, suffix, used, SUFFIXED_REACH)
        first = _across_a_trade_and(tokens, first, suffix, used)
        if first < suffix and tokens.lower(first) not in NOT_NAMES:
            runs.append((first, suffix + 1))
    return runs


# Trades a firm's name may join with "and" before its legal form: "Zeenit Supply and Trading
# DMCC", "Caspian Oil and Gas Ltd" ("Cubametales and Lima Shipping Corp" are two firms: a
# trade word must stand alone between the "and" and the legal form)
TRADE_WORDS = frozenset(
    """trading gas investment investments services logistics development engineering
    construction industries industry technology technologies shipping marine management
    consulting supply supplies energy finance commerce manufacturing transport""".split()
)


def _across_a_trade_and(tokens: Tokens, first: int, suffix: int, used: np.ndarray) -> int:
    """Where a suffixed name starts when its one word before the legal form is a trade joined
    by "and" or "&" to capitalised words before it; ``first`` otherwise."""
    if suffix - first != 1 or tokens.lower(first) not in TRADE_WORDS:
        return first
    if tokens.lower(first - 1) not in {"and", "&"} or used[first - 1]:
        return first
    start = _name_run_start(tokens, first - 1, used, SUFFIXED_REACH)
    if start == first - 1 or tokens.text(first - 2).replace(".", "") in _LEGAL_FORMS:
        return first  # nothing capitalised before the "and", or a firm of its own ends there
    return start


# A bank's name that opens with its own word: "Banco de Venezuela", "Banco Bicentenario del
# Pueblo", "Bank Rossiya". Connectors join its words; the name ends on a capitalised word.
# Words that open a bank's or a state firm's name ("Banco de Venezuela", "Corporación
# Venezolana de Guayana", "Consorcio Venezolano de Industrias Aeronáuticas"), written with or
# without accents
BANK_OPENERS = frozenset(
    """Banco Banca Banque Bank Banc Consorcio Corporación Corporacion Compañía Compania
    Empresa""".split()
)
NAME_CONNECTORS = frozenset({"de", "del", "do", "da", "of", "la", "y"})
BANK_NAME_REACH = 6  # words after the opener


def names_over_places(
    tokens: Tokens, matched: list[tuple[int, int, bool]]
) -> list[tuple[int, int]]:
    """Company names that hold a place's name, which gazetteer matching took for the place:
    "Lima Shipping Corp." (a legal form after capitalised words) and "Banco de Venezuela" (a
    bank's opening word). ``matched``: every gazetteer match as (start, end, is_a_place).
    Returns the name runs; a run may cover places, never any other match. Bank names that
    hold no place are found here too ("Banco Bicentenario del Pueblo")."""
    present = tokens.word_set()
    suffixes = [s for s, lower, dotted in _SUFFIX_FORMS if lower in present or dotted in present]
    openers = [word for word, lower in _BANK_OPENER_FORMS if lower in present]
    heads = [word for word, lower in _PLACE_COMPANY_HEAD_FORMS if lower in present]
    if not suffixes and not openers and not heads:
        return []
    taken = np.zeros(len(tokens) + 1, dtype=np.int8)  # 1: a place, 2: any other match
    for start, end, place in matched:
        taken[start:end] = 1 if place else 2
    runs = []
    for suffix in word_indices(tokens, suffixes) if suffixes else []:
        first = _name_run_start(tokens, suffix, taken == 2, SUFFIXED_REACH)
        first = _across_a_trade_and(tokens, first, suffix, taken == 2)
        while first < suffix and tokens.lower(first) in NOT_NAMES:
            first += 1  # "In Panama Maritime Corp." starts at "Panama"
        if first < suffix and not taken[suffix]:
            runs.append((first, suffix + 1))
    for opener in word_indices(tokens, openers) if openers else []:
        end = _bank_name_end(tokens, opener, taken)
        if end > opener + 1 and not taken[opener]:
            # capitalised words before the opener belong to the name: "Credit Bank of
            # Moscow" is not "Bank of Moscow"
            first = _name_run_start(tokens, opener, taken > 0, SUFFIXED_REACH)
            while first < opener and tokens.lower(first) in NOT_NAMES:
                first += 1
            runs.append((first, end))
    for head in word_indices(tokens, heads) if heads else []:
        first = head
        while first > 0 and taken[first - 1] == 1:
            first -= 1  # "Iran Air", "Qatar Airways": a state's carrier, named by the state
        if first < head and not taken[head]:
            runs.append((first, head + 1))
    # (a run may cover places, never another match: "Bank of America" stays blocked)
    return [(first, end) for first, end in runs if not (taken[first:end] == 2).any()]


# Capitalised words that make a company of the place right before them: a state's airline,
# shipping line or railway ("Iran Air", "Qatar Airways", "Iran Shipping Lines")
PLACE_COMPANY_HEADS = frozenset({"Air", "Airways", "Airlines", "Shipping", "Railways"})
# (each with its lower-case word, made once)
_BANK_OPENER_FORMS = tuple((word, word.lower()) for word in BANK_OPENERS)
_PLACE_COMPANY_HEAD_FORMS = tuple((word, word.lower()) for word in PLACE_COMPANY_HEADS)


def _bank_name_end(tokens: Tokens, opener: int, taken: np.ndarray) -> int:
    """Where a bank's name that opens at ``opener`` ends (see ``BANK_OPENERS``). After an
    office held "of" the bank, a person's name that follows its place is no part of it
    ("the Governor of the Bank of England Andrew Bailey")."""
    office_of = tokens.lower(opener - 1) in {"of", "the"} and (
        tokens.lower(opener - 2) in TITLE_WORDS or tokens.lower(opener - 3) in TITLE_WORDS
    )
    end = last = opener + 1
    connected = False  # past "of" / "de": the bank's place follows
    placed = 0  # name words read since the connector
    while end < len(tokens) and end - opener <= BANK_NAME_REACH and taken[end] != 2:
        word = tokens.text(end)
        if word in NAME_CONNECTORS and end + 1 < len(tokens):
            end += 1
            connected, placed = True, 0
            continue
        if not _company_name_word(word) or word.lower() in NOT_NAMES:
            break
        if office_of and placed and person_name_at(tokens, end):
            break  # "the Governor of the Bank of England Andrew Bailey"
        placed += connected
        end = last = end + 1
    return last


def _company_name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("&", "").isalnum()


def _measured_companies(
    tokens: Tokens, used: np.ndarray, present: frozenset[str]
) -> list[tuple[int, int]]:
    """The object of a measure ("sanctioned Rosneft Trading", "sanctions on Lima Shipping")
    whose last word is a company's ("Trading", "Shipping", "Petroleum"), or the subject of a
    passive one ("TNK Trading International was sanctioned"): a company, which the people's
    rules for a measure's object and subject leave alone."""
    runs = []
    wanted = sorted(word.capitalize() for word in COMPANY_WORDS & present)
    for index in word_indices(tokens, wanted) if wanted else []:
        if used[index] or not _company_name_word(tokens.text(index)):
            continue
        first = _name_run_start(tokens, index, used)
        if first < index and after_a_measure(tokens, first):
            runs.append((first, index + 1))
            continue
        # the subject of a passive measure, with the words its name ends in ("TNK Trading
        # International was sanctioned in March")
        end = _name_run_end(tokens, index + 1, used, reach=2)
        if end - first >= 2 and before_a_passive_measure(tokens, end):
            runs.append((first, end))
    return runs


def _descriptors(tokens: Tokens, present: frozenset[str]) -> list[int]:
    """Company nouns right before a capitalised word ("state oil company Rosneft"). One
    C-level set test settles most articles; a regex alternation of the nouns cost a quarter
    of a millisecond an article."""
    words = tokens.words
    return [
        index
        for index in word_indices(tokens, sorted(COMPANY_DESCRIPTORS & present))
        if index + 1 < len(words)
        and tokens.end(index) + 1 == tokens.start(index + 1)
        and tokens.text(index + 1)[:1].isupper()
    ]


APPOSITION_CLOSERS = frozenset({",", ".", "and", ";", ")"})


def _named_after_descriptor(
    tokens: Tokens, used: np.ndarray, present: frozenset[str]
) -> list[tuple[int, int]]:
    """A company noun and its name in apposition: "a second Rosneft unit, TNK Trading
    International, was sanctioned", "the state oil company, PDVSA,". The name must close the
    apposition (a comma, a full stop or "and" after it): "the company, Reuters reported" is
    no name of the company's."""
    words = tokens.words
    runs = []
    for index in word_indices(tokens, sorted((COMPANY_DESCRIPTORS | {"unit", "arm"}) & present)):
        first = index + 1
        if first + 1 >= len(words) or words[first] != ",":
            continue
        first += 1
        end = _name_run_end(tokens, first, used, reach=SUFFIXED_REACH)
        if end > first and end < len(words) and words[end] in APPOSITION_CLOSERS:
            runs.append((first, end))
    return runs


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


def _name_run_start(tokens: Tokens, end: int, used: np.ndarray, reach: int = COMPANY_REACH) -> int:
    """Where a company's name that ends before ``end`` starts: up to ``reach`` capitalised
    words."""
    first = end
    while first > 0 and end - first < reach and not used[first - 1]:
        if not _company_name_word(tokens.text(first - 1)):
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
        found.append(detected_company(text, tokens, first, end, token_sentence))
        used[first:end] = True
    return found


def _name_run_end(tokens: Tokens, first: int, used: np.ndarray, reach: int = COMPANY_REACH) -> int:
    """Where a company's name that starts at ``first`` ends: up to ``reach`` capitalised
    words (or capitals: "VTB"), none a title, an institution word, a month or a day."""
    end = first
    while end < len(tokens) and end - first < reach and not used[end]:
        word = tokens.text(end)
        lowered = word.lower()
        if not _company_name_word(word):
            break
        if lowered == "bank" and end > first:
            return end + 1  # "Keremet Bank", "Alfa Bank": the last word of a lender's name
        if lowered in NOT_NAMES or lowered in TITLE_WORDS or lowered in INSTITUTION_WORDS:
            break
        end += 1
    return end


def detected_company(text: str, tokens: Tokens, first: int, end: int, token_sentence) -> Mention:
    """A company mention over tokens ``first`` to ``end``, its id from its name."""
    start, stop = tokens.start(first), tokens.end(end - 1)
    name = text[start:stop]
    code = slug(without_legal_form(name) or name).upper().replace("-", "_")
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


LIST_GLUE_AFTER = frozenset({",", "and", ".", ";", ")"})  # what may follow a list's item
LISTED_NAME_REACH = 3  # capitalised words in a listed company's name ("Black Sea Bank")


def listed_with_companies(
    text: str,
    tokens: Tokens,
    used: np.ndarray,
    token_sentence,
    mentions: list[Mention],
    company_ids: frozenset[str],
) -> list[Mention]:
    """Names no gazetteer lists that stand as items of a list of companies ("freeze the
    assets of VTB Bank, Sovcombank, Novikombank and Otkritie", "target Rossiya, IS Bank,
    General Bank and Promsvyazbank"): companies too. An item is one to three capitalised
    words between list glue ("," "and") and the next glue or the sentence's end, next to a
    company already found; each one found lets the list be read on from it."""
    found: list[Mention] = []
    pending = [m for m in mentions if m.entity_id in company_ids]
    seen = {(m.token_start, m.token_end) for m in pending}
    while pending:
        mention = pending.pop()
        sentence = token_sentence[mention.token_start]
        for first, end in (
            _item_after(tokens, used, mention.token_end, sentence, token_sentence),
            _item_before(tokens, used, mention.token_start, sentence, token_sentence),
        ):
            if first < 0 or (first, end) in seen:
                continue
            company = detected_company(text, tokens, first, end, token_sentence)
            used[first:end] = True
            seen.add((first, end))
            found.append(company)
            pending.append(company)
    return found


def _listed_name(tokens: Tokens, used: np.ndarray, first: int, end: int) -> bool:
    """Are tokens [first, end) an unclaimed name of one to three capitalised words, not a
    sentence's first word?"""
    return (
        0 < end - first <= LISTED_NAME_REACH
        and not used[first:end].any()
        and all(_company_name_word(tokens.text(i)) for i in range(first, end))
        and all(tokens.lower(i) not in NOT_NAMES for i in range(first, end))
    )


def _item_after(
    tokens: Tokens, used: np.ndarray, after: int, sentence: int, token_sentence
) -> tuple[int, int]:
    """The list item after a company ("…, Novikombank and Otkritie"), or (-1, -1)."""
    first = after
    if tokens.lower(first) == ",":
        first += 1
    if tokens.lower(first) == "and":
        first += 1
    if first == after or first >= len(tokens) or token_sentence[first] != sentence:
        return -1, -1
    end = first
    while end < len(tokens) and end - first < LISTED_NAME_REACH and not used[end]:
        if not _company_name_word(tokens.text(end)):
            break
        end += 1
    closes = end >= len(tokens) or tokens.lower(end) in LIST_GLUE_AFTER
    if closes and _listed_name(tokens, used, first, end):
        return first, end
    return -1, -1


def _item_before(
    tokens: Tokens, used: np.ndarray, before: int, sentence: int, token_sentence
) -> tuple[int, int]:
    """The list item before a company ("Rossiya, IS Bank, …"), or (-1, -1): it must itself
    follow list glue or a verb's object position, so a sentence's subject is never taken."""
    end = before
    if tokens.lower(end - 1) == "and":
        end -= 1
    if tokens.lower(end - 1) == ",":
        end -= 1
    if end == before or end <= 0:
        return -1, -1
    first = end
    while first > 0 and end - first < LISTED_NAME_REACH and not used[first - 1]:
        if not _company_name_word(tokens.text(first - 1)):
            break
        first -= 1
    if first == end or token_sentence[first] != sentence:
        return -1, -1
    opener = tokens.lower(first - 1)
    if first == 0 or token_sentence[first - 1] != sentence or opener not in {",", "and"} | _TAKERS:
        return -1, -1
    return (first, end) if _listed_name(tokens, used, first, end) else (-1, -1)


# Words after which a list of objects opens: "target Rossiya, …", "on Rossiya, …"
_TAKERS = frozenset(
    {"target", "targets", "targeted", "on", "against", "including", "of", ":", "-", "–", "—"}
)
