"""Names to match: countries (pycountry + data/gazetteers), blocs and agencies, case parties.

Why data files: a researcher adds a bloc, a demonym or another crisis's actors without
touching code. pycountry supplies the ISO names; ``countries.csv`` adds what it lacks (short
forms, demonyms, capital metonyms). A case file adds its subjects and actors on top.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import pycountry

from .cases import Case, Party
from .resources import resource_dir

# An alias written in capitals (US, UK, EU, OAS) or flagged ambiguous (Turkey, Chad, Jordan) is
# matched with its case as written, so the pronoun "us" or a roast turkey never count.
_ACRONYM = re.compile(r"^[A-Z][A-Z.&-]{1,7}$")


@dataclass(frozen=True)
class Entry:
    """One surface form of one entity."""

    alias: str
    entity_id: str
    entity_type: str  # country | org | person
    name: str  # canonical name
    kind: str  # name | alias | demonym | capital
    case_sensitive: bool = False
    party: str | None = None  # the state or bloc an institution acts for


def split_list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _country_names(iso3: str) -> tuple[str, list[str]]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3, []
    names = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
    names = [name for name in names if name]
    return names[0], names


def country_entries(folder: Path) -> Iterator[Entry]:
    path = folder / "countries.csv"
    rows = _read_rows(path) if path.is_file() else []
    curated = {row["iso3"]: row for row in rows}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        name, official = _country_names(iso3)
        row = curated.get(iso3, {})
        ambiguous = set(split_list(row.get("ambiguous")))
        entity_id = f"country:{iso3}"
        for alias in dict.fromkeys([*official, *split_list(row.get("aliases"))]):
            yield _entry(alias, entity_id, "country", name, "name", alias in ambiguous)
        for alias in split_list(row.get("demonyms")):
            yield _entry(alias, entity_id, "country", name, "demonym", alias in ambiguous)
        for alias in split_list(row.get("capitals")):
            yield _entry(alias, entity_id, "country", name, "capital", alias in ambiguous)


def organisation_entries(folder: Path) -> Iterator[Entry]:
    path = folder / "organisations.csv"
    for row in _read_rows(path) if path.is_file() else []:
        party = (row.get("party") or "").strip() or None
        for alias in dict.fromkeys([row["name"], *split_list(row.get("aliases"))]):
            entry = _entry(alias, row["id"], "org", row["name"], "name", False)
            yield replace(entry, party=party) if party else entry


def blocker_entries(folder: Path) -> Iterator[Entry]:
    """Phrases that contain a name without mentioning it ("Latin American" is not the USA)."""
    path = folder / "blockers.txt"
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        phrase = line.strip()
        if phrase and not phrase.startswith("#"):
            yield Entry(phrase, "", "blocker", phrase, "blocker", False)


def party_entries(parties: Iterable[Party]) -> Iterator[Entry]:
    """Entries for a case's subjects and actors. An organisation with ``speaks_for`` acts for
    that state or bloc, like the built-in institutions' ``party`` column (a case may say that
    "the Treasury" is the US Treasury, which the built-in list cannot for every crisis)."""
    for party in parties:
        entity_type = party.id.split(":", 1)[0]
        acts_for = party.speaks_for if entity_type != "person" else None
        for alias in dict.fromkeys([party.name, *party.aliases]):
            # (an organisation's one-word alias matches as written: "Treasury", "Citgo" name
            # the body, "the country's treasury" does not)
            one_word = entity_type == "org" and len(alias.split()) == 1 and not alias.islower()
            entry = _entry(alias, party.id, entity_type, party.name, "name", one_word)
            yield replace(entry, party=acts_for) if acts_for else entry


def _entry(
    alias: str, entity_id: str, entity_type: str, name: str, kind: str, flagged: bool
) -> Entry:
    sensitive = flagged or bool(_ACRONYM.match(alias)) or _ends_on_a_time_word(alias)
    return Entry(alias, entity_id, entity_type, name, kind, sensitive)


# Names ending in a word of time read as a phrase in lower case: "sanctions on Russia today"
# is no "Russia Today"; such names match only as written.
TIME_WORDS = frozenset({"today", "tonight", "now", "tomorrow", "yesterday"})


def _ends_on_a_time_word(alias: str) -> bool:
    words = alias.split()
    return len(words) >= 2 and words[-1].lower() in TIME_WORDS


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=8)
def builtin_entries(folder: Path | None = None) -> tuple[Entry, ...]:
    """Countries and organisations (cached: they do not change within a run)."""
    folder = folder or resource_dir("gazetteers")
    return (*country_entries(folder), *organisation_entries(folder), *blocker_entries(folder))


def entries_for(case: Case | None, folder: Path | None = None) -> list[Entry]:
    """Built-in entries plus the case's parties; the case wins where an alias is shared."""
    entries = list(builtin_entries(folder))
    if case is not None:
        entries.extend(party_entries((*case.subjects, *case.actors)))
    return entries


def org_names(folder: Path | None = None) -> dict[str, str]:
    """Canonical names of the built-in organisations and countries, by entity id."""
    return {e.entity_id: e.name for e in builtin_entries(folder) if e.entity_type != "blocker"}


@lru_cache(maxsize=8)
def bloc_ids(folder: Path | None = None) -> frozenset[str]:
    """Ids of the organisations whose kind is ``bloc`` (the EU, the Lima Group, the OAS, …):
    what "the bloc" may point back at."""
    path = (folder or resource_dir("gazetteers")) / "organisations.csv"
    rows = _read_rows(path) if path.is_file() else []
    return frozenset(row["id"] for row in rows if (row.get("kind") or "").strip() == "bloc")
