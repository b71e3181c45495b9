"""benchmarks/bench_accuracy.py and its regression sets (benchmarks/accuracy).

The sets are only worth scoring if they are what the README says: ten articles each in our
own words, outlets named ``*.example``, a gold file of the contract's shape for a shipped
case, every gold article in its corpus. The floors keep a change from losing, unseen, what
the rules do on text they were not all written from; they sit below the pooled F1 measured
when they were set (benchmarks/accuracy/README.md), so noise in one set cannot trip them.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys

import pytest

from tidynews.cases import load_case
from tidynews.ingest import ingest
from tidynews.scoring import load_gold, match_articles

from .conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
bench_accuracy = importlib.import_module("bench_accuracy")

SETS = bench_accuracy.set_names()

# Pooled F1 over every set at commit time, less 0.02 and rounded down (README: "Floors").
# Set over sixty-two sets in the twenty-eighth session (stances 0.879, sanctions 0.593,
# figures 0.926, quotes 0.949). Stances, sanctions and figures lower than the fifty-eight
# sets' floors (0.86, 0.58, 0.91) because the four blind sets PA-PD joined the pool and score
# below the sets rules were written from (their stances 0.723, sanctions 0.450, figures
# 0.876), not because a change lowered a score: the fifty-eight sets themselves stand at
# 0.887, 0.611, 0.930, 0.950 (0.885, 0.606, 0.930, 0.949 at the start of the session).
# Over sixty-six sets in the twenty-ninth session (stances 0.890, sanctions 0.593, figures
# 0.923, quotes 0.947): stances raised to 0.87, the others where they were.
FLOORS = {"stances": 0.87, "sanctions": 0.57, "figures": 0.90, "quotes": 0.92}


def test_there_are_one_hundred_and_two_sets_of_ten_articles() -> None:
    assert len(SETS) == 102
    for name in SETS:
        assert len(list((bench_accuracy.SETS / name / "corpus").glob("*.txt"))) == 10, name


@pytest.mark.parametrize("name", SETS)
def test_a_set_is_our_own_text_with_a_gold_for_a_shipped_case(name: str) -> None:
    folder = bench_accuracy.SETS / name
    gold = load_gold(folder / "gold.yaml")
    load_case(gold["case"])  # a shipped case file
    for path in (folder / "corpus").glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        outlet = re.search(r"^source:\s*(\S+)\s*$", text, re.MULTILINE)
        assert outlet is not None and outlet.group(1).endswith(".example"), path
    matched, missing = match_articles(gold, ingest(folder / "corpus").articles)
    assert not missing and len(matched) == len(gold["articles"]) == 10


def test_pooled_counts_are_sums_and_f1_comes_from_them() -> None:
    saved = {"A": {"stances": [3, 1, 0]}, "B": {"stances": [1, 0, 4]}}
    totals = bench_accuracy.pooled_from_json(saved)
    assert (totals["stances"].tp, totals["stances"].fp, totals["stances"].fn) == (4, 1, 4)
    assert totals["stances"].f1 == pytest.approx(8 / 13)  # not the mean of 0.857 and 0.333
    assert totals["figures"].f1 == 1.0  # nothing to find, nothing found


@pytest.mark.slow
def test_pooled_f1_over_every_set_stays_above_its_floor() -> None:
    evaluations = {name: bench_accuracy.score_set(name) for name in SETS}
    for table, counts in bench_accuracy.pooled(evaluations).items():
        assert counts.f1 >= FLOORS[table], (table, counts)


@pytest.mark.slow
def test_the_script_saves_and_compares(tmp_path) -> None:
    script = REPO / "benchmarks" / "bench_accuracy.py"
    saved = tmp_path / "run.json"
    run = [sys.executable, str(script), "--sets", "CA", "--save", str(saved)]
    subprocess.run(run, capture_output=True, text=True, timeout=300, check=True)
    assert set(json.loads(saved.read_text(encoding="utf-8"))) == {"CA"}
    compare = [sys.executable, str(script), "--sets", "CA", "--baseline", str(saved)]
    result = subprocess.run(compare, capture_output=True, text=True, timeout=300, check=True)
    assert "(baseline F1" in result.stdout and "+0.000" in result.stdout
    wrong = [sys.executable, str(script), "--sets", "ZZ"]
    failed = subprocess.run(wrong, capture_output=True, text=True, timeout=300)
    assert failed.returncode != 0 and "no such set: ZZ" in failed.stderr
