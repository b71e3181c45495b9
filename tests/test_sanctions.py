"""Sanction extraction on invented sentences covering every status and target kind."""

from __future__ import annotations

import pytest

from tidynews.annotate import Annotator
from tidynews.cases import load_case
from tidynews.extractors.sanctions import extract_sanctions


@pytest.fixture(scope="module")
def case():
    return load_case("venezuela-2019")


@pytest.fixture(scope="module")
def annotator(case):
    return Annotator(case)


def rows(annotator, case, text):
    article = annotator.annotate("0123456789ab", text)
    found = extract_sanctions(article, case)
    for row in found:
        assert text[row["start"] : row["end"]] == row["evidence"]
    return found


def keys(annotator, case, text):
    return {
        (row["imposer_id"], row["target_id"] or row["target_kind"], row["status"])
        for row in rows(annotator, case, text)
    }


CASES = [
    (
        "On Monday, the US imposed curbs on the state-owned oil firm PDVSA.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    (
        "The US Treasury announced sanctions on Venezuela's central bank.",
        {("country:USA", "org:BCV", "imposed")},
    ),
    (
        "Canada and the US imposed sanctions on PDVSA and Minerven.",
        {
            ("country:CAN", "org:PDVSA", "imposed"),
            ("country:CAN", "org:MINERVEN", "imposed"),
            ("country:USA", "org:PDVSA", "imposed"),
            ("country:USA", "org:MINERVEN", "imposed"),
        },
    ),
    (
        "The EU has an existing sanctions regime against 18 Venezuelans.",
        {("org:EU", "people", "existing")},
    ),
    (
        "Mr Hunt is expected to urge EU nations to impose sanctions on key figures of the regime.",
        {("org:EU", "people", "proposed")},
    ),
    (
        "Washington warned it would impose sanctions on Cuba.",
        {("country:USA", "country:CUB", "threatened")},
    ),
    ("Italy ruled out sanctions on Venezuela.", {("country:ITA", "country:VEN", "negated")}),
    (
        "The US lifted sanctions on a former intelligence chief, officials said.",
        {("country:USA", "person", "lifted")},
    ),
    (
        "Delcy Rodríguez was sanctioned by the US in 2018.",
        {("country:USA", "person:delcy-rodriguez", "imposed")},
    ),
    # no target, or no imposer: nothing to report
    ("Sanctions have hurt ordinary Venezuelans, economists say.", set()),
    ("Venezuela's economy has shrunk by half since 2013.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sanctions(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_group_targets_carry_their_count(annotator, case):
    found = rows(annotator, case, "Canada imposed sanctions on 43 Venezuelan officials on Monday.")
    assert [(r["target_kind"], r["n_targets"], r["measure"]) for r in found] == [
        ("people", 43, "sanctions")
    ]


def test_measures(annotator, case):
    found = rows(annotator, case, "The EU imposed an arms embargo on Venezuela in 2017.")
    assert [(r["measure"], r["status"]) for r in found] == [("embargo", "imposed")]
