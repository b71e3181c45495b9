"""The built-in gazetteers (data/gazetteers): format, coverage, no clashing names, spot checks.

Self-contained on purpose (csv + pycountry only): a researcher who edits a CSV by hand gets a
plain message naming the offending row, without loading spaCy.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

GAZETTEERS = Path(__file__).resolve().parents[1] / "data" / "gazetteers"
COUNTRY_COLUMNS = ["iso3", "aliases", "demonyms", "capitals", "ambiguous"]
ORG_COLUMNS = ["id", "name", "aliases", "kind", "members", "party"]
KINDS = {"bloc", "agency", "alliance", "court", "company", "ngo", "body"}
ORG_ID = re.compile(r"^org:[A-Z0-9_]+$")
ISO3 = {country.alpha_3 for country in pycountry.countries}

# Surfaces that may name two entities on purpose, as {folded alias: {entity ids}}. Each entry
# needs a reason; the annotator keeps one entity per alias (an org beats a country).
ALLOWED_SHARED: dict[str, set[str]] = {}


def split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def fold(text: str) -> str:
    """Accent- and case-folded form, as the annotator compares names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (GAZETTEERS / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def countries() -> dict[str, dict[str, str]]:
    columns, rows = read("countries.csv")
    assert columns == COUNTRY_COLUMNS
    by_code = {row["iso3"]: row for row in rows}
    assert len(by_code) == len(rows), "an iso3 is listed twice"
    return by_code


@pytest.fixture(scope="module")
def organisations() -> dict[str, dict[str, str]]:
    columns, rows = read("organisations.csv")
    assert columns == ORG_COLUMNS
    by_id = {row["id"]: row for row in rows}
    assert len(by_id) == len(rows), "an org id is listed twice"
    return by_id


def pycountry_names(iso3: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=iso3)
    return [n for a in ("name", "common_name", "official_name") if (n := getattr(country, a, None))]


def country_surfaces(row: dict[str, str]) -> list[str]:
    return [
        *pycountry_names(row["iso3"]),
        *split(row["aliases"]),
        *split(row["demonyms"]),
        *split(row["capitals"]),
    ]


def test_every_pycountry_country_has_exactly_one_row(countries):
    assert set(countries) - ISO3 == set(), "iso3 codes unknown to pycountry"
    assert ISO3 - set(countries) == set(), "pycountry countries without a row"


def test_fields_are_clean(countries, organisations):
    rows = [*countries.values(), *organisations.values()]
    bad = [
        (row.get("iso3") or row.get("id"), column, part)
        for row in rows
        for column, value in row.items()
        for part in (value or "").split("|")
        if value and (part != part.strip() or not part or "\n" in part)
    ]
    assert bad == [], f"empty or padded parts: {bad}"


def test_ambiguous_names_are_names_of_that_country(countries):
    stray = [
        (code, name)
        for code, row in countries.items()
        for name in split(row["ambiguous"])
        if name not in country_surfaces(row)
    ]
    assert stray == [], f"ambiguous names the row never lists (the flag does nothing): {stray}"


def test_brussels_is_the_eu_not_belgium(countries, organisations):
    assert "Brussels" not in split(countries["BEL"]["capitals"])
    assert "Brussels" in split(organisations["org:EU"]["aliases"])


def test_organisation_rows(organisations):
    bad_ids = [org_id for org_id in organisations if not ORG_ID.match(org_id)]
    assert bad_ids == [], f"ids must match {ORG_ID.pattern}: {bad_ids}"
    bad_kinds = {o: row["kind"] for o, row in organisations.items() if row["kind"] not in KINDS}
    assert bad_kinds == {}, f"kinds must be one of {sorted(KINDS)}"
    nameless = [org_id for org_id, row in organisations.items() if not row["name"].strip()]
    assert nameless == []


def test_members_are_iso3_codes(organisations):
    bad = {
        org_id: [code for code in split(row["members"]) if code not in ISO3]
        for org_id, row in organisations.items()
    }
    bad = {org_id: codes for org_id, codes in bad.items() if codes}
    assert bad == {}, f"members that are not ISO 3166-1 alpha-3 codes: {bad}"
    lists = {org_id: split(row["members"]) for org_id, row in organisations.items()}
    repeated = [org_id for org_id, codes in lists.items() if len(set(codes)) != len(codes)]
    assert repeated == [], f"members listed twice: {repeated}"


def test_no_alias_names_two_entities(countries, organisations):
    owners: dict[str, set[str]] = defaultdict(set)
    for code, row in countries.items():
        for surface in country_surfaces(row):
            owners[fold(surface)].add(f"country:{code}")
    for org_id, row in organisations.items():
        for surface in [row["name"], *split(row["aliases"])]:
            owners[fold(surface)].add(org_id)
    clashes = {
        alias: sorted(ids)
        for alias, ids in owners.items()
        if len(ids) > 1 and ids != ALLOWED_SHARED.get(alias)
    }
    for alias, ids in sorted(clashes.items()):
        print(f"{alias!r}: {ids}")
    assert clashes == {}, f"aliases listed for two entities: {clashes}"


@pytest.mark.parametrize(
    ("iso3", "expected"),
    [
        ("USA", ["the US", "US", "U.S.", "America", "American", "Americans", "Washington"]),
        ("VEN", ["Venezuela", "Venezuelan", "Venezuelans", "Caracas"]),
        ("GBR", ["UK", "Britain", "British", "London"]),
        ("RUS", ["Russia", "Russian", "Moscow"]),
        ("CHN", ["China", "Chinese", "Beijing"]),
        ("TUR", ["Turkey", "Turkish", "Ankara"]),
        ("MEX", ["Mexico", "Mexican", "Mexico City"]),
        ("URY", ["Uruguay", "Uruguayan", "Montevideo"]),
        ("NLD", ["the Netherlands", "Holland", "Dutch"]),
        ("MMR", ["Burma", "Burmese", "Naypyidaw"]),
        ("UKR", ["Kyiv", "Kiev"]),
    ],
)
def test_country_spot_checks(countries, iso3, expected):
    surfaces = country_surfaces(countries[iso3])
    assert [name for name in expected if name not in surfaces] == []


def test_words_that_are_also_common_nouns_are_flagged(countries):
    for iso3, name in [("TUR", "Turkey"), ("TCD", "Chad"), ("JOR", "Jordan"), ("GEO", "Georgia")]:
        assert name in split(countries[iso3]["ambiguous"]), (iso3, name)


@pytest.mark.parametrize(
    ("org_id", "expected"),
    [
        ("org:EU", ["EU", "European Union", "Brussels", "the bloc", "European leaders"]),
        ("org:EU", ["EU governments", "EU nations"]),
        ("org:LIMA_GROUP", ["Lima Group"]),
        ("org:UN", ["UN", "United Nations"]),
        ("org:UNHCR", ["UNHCR", "UN refugee agency"]),
        ("org:OAS", ["OAS", "Organization of American States"]),
        ("org:OFAC", ["OFAC", "Office of Foreign Assets Control"]),
    ],
)
def test_organisation_spot_checks(organisations, org_id, expected):
    row = organisations[org_id]
    surfaces = [row["name"], *split(row["aliases"])]
    assert [name for name in expected if name not in surfaces] == []


def test_member_lists(organisations):
    members = {org_id: set(split(row["members"])) for org_id, row in organisations.items()}
    assert len(members["org:EU"]) == 28 and "GBR" in members["org:EU"]  # as of 2019
    assert len(members["org:LIMA_GROUP"]) == 14
    assert members["org:G7"] == {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"}
    assert {"ARG", "BRA", "PRY", "URY"} <= members["org:MERCOSUR"]
    assert {"VEN", "CUB", "NIC"} <= members["org:ALBA"]
    assert {"USA", "CAN", "GBR", "TUR"} <= members["org:NATO"]


def test_parties_are_entity_ids(organisations):
    """An institution's party (the European Parliament acts for the EU) is a valid id."""
    pattern = re.compile(r"^(country:[A-Z]{3}|org:[A-Z0-9_]+)$")
    parties = {org_id: row["party"] for org_id, row in organisations.items() if row["party"]}
    assert parties["org:EUROPEAN_PARLIAMENT"] == "org:EU"
    assert parties["org:OFAC"] == "country:USA"
    for org_id, party in parties.items():
        assert pattern.match(party), (org_id, party)
        assert party == "country:USA" or party in organisations, (org_id, party)
