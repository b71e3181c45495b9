"""benchmarks/bench_extract.py and its article profiles.

The speed ratio is only worth reading if the articles are what they claim: the news profile
must look like real news in length and in how many facts it carries, and the benchmark must
print every figure for every profile.
"""

from __future__ import annotations

import importlib
import itertools
import subprocess
import sys

from .conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
synthetic = importlib.import_module("synthetic")
bench_extract = importlib.import_module("bench_extract")


def test_news_articles_have_news_length_are_repeatable_and_distinct() -> None:
    pairs = list(synthetic.synthetic_articles(60, profile="news"))
    lengths = [len(text.split()) for _, text in pairs]
    assert min(lengths) >= 350
    assert max(lengths) <= 1_100
    assert len({text for _, text in pairs}) == 60
    assert list(synthetic.synthetic_articles(5, profile="news")) == pairs[:5]
    assert list(synthetic.synthetic_articles(5, seed=1, profile="news")) != pairs[:5]


def test_news_articles_are_not_near_duplicates() -> None:
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = text.split()
        return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}

    sets = [shingles(text) for _, text in synthetic.synthetic_articles(40, profile="news")]
    overlap = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2))
    assert overlap < 0.5


def test_news_articles_carry_about_as_many_facts_as_the_real_seeds() -> None:
    """The seed articles give 25.9 facts and 95.5 mentions per 1,000 words (measured); the
    dense profile about three times the facts. A profile drifting far from that would make
    the benchmark's ratio describe some other corpus."""
    pairs = list(synthetic.synthetic_articles(40, profile="news"))
    _, totals, _ = bench_extract.full_extraction(pairs, "venezuela-2019")
    words = sum(len(text.split()) for _, text in pairs)
    facts = sum(totals[name] for name in bench_extract.FACT_TABLES) / words * 1000
    mentions = totals["mentions"] / words * 1000
    assert 15 <= facts <= 40
    assert 60 <= mentions <= 130


def test_the_default_profile_keeps_the_dense_texts() -> None:
    assert list(synthetic.synthetic_articles(2)) == list(
        synthetic.synthetic_articles(2, profile="dense")
    )


def test_a_tiny_run_prints_every_figure_for_both_profiles() -> None:
    script = REPO / "benchmarks" / "bench_extract.py"
    result = subprocess.run(
        [sys.executable, str(script), "--articles", "40"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    for profile in ("dense", "news"):
        block = result.stdout.split(f"profile {profile}:")[1]
        for figure in ("bare tokenizer", "full extraction", "cost ratio", "density:"):
            assert figure in block, (profile, figure, result.stdout)


def test_the_breakdown_times_every_stage() -> None:
    pairs = list(synthetic.synthetic_articles(20, profile="news"))
    costs = bench_extract.stage_costs(pairs, "venezuela-2019")
    assert list(costs)[:2] == ["annotation", "mention rows"]
    assert {"quotes", "stances", "sanctions", "figures"} <= set(costs)
    assert all(seconds > 0 for seconds in costs.values())


def test_a_run_with_breakdown_prints_each_stage() -> None:
    script = REPO / "benchmarks" / "bench_extract.py"
    result = subprocess.run(
        [sys.executable, str(script), "--articles", "20", "--profile", "news", "--breakdown"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    block = result.stdout.split("where the time goes")[1]
    stages = ("bare tokenizer", "annotation floor", "annotation:", "stances:", "figures:")
    for stage in (*stages, "all stages:"):
        assert stage in block, (stage, result.stdout)


def test_the_floor_runs_the_annotations_own_first_steps_once_per_text(monkeypatch) -> None:
    """The floor times the annotation's real sentence split and gazetteer matching, once per
    text, on a pipeline of its own (so its word cache starts empty, as the baseline's)."""
    calls = {"split_sentences": 0, "gazetteer_matches": 0}
    split, match = bench_extract.split_sentences, bench_extract.Annotator.gazetteer_matches

    def counted_split(*args):
        calls["split_sentences"] += 1
        return split(*args)

    def counted_match(self, *args):
        calls["gazetteer_matches"] += 1
        return match(self, *args)

    monkeypatch.setattr(bench_extract, "split_sentences", counted_split)
    monkeypatch.setattr(bench_extract.Annotator, "gazetteer_matches", counted_match)
    texts = [text for _, text in synthetic.synthetic_articles(12, profile="news")]
    before = bench_extract.blank_pipeline()
    assert bench_extract.annotation_floor(texts, "venezuela-2019") > 0
    assert calls == {"split_sentences": 12, "gazetteer_matches": 12}
    assert bench_extract.blank_pipeline() is not before
