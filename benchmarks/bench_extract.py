"""Extraction speed against spaCy's bare tokenizer + sentencizer, and memory as the corpus grows.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--articles 20000]``. Prints articles per
second for (a) the bare blank-English tokenizer + sentencizer over the texts and (b) the full
extraction of every table over the same texts, the ratio (b's cost over a's; target <= 2), and
peak RSS after each quarter of the run (target: flat, because extraction streams in batches).
Texts are generated before either timing starts, so both measure the same work on the same
strings. (Peak RSS includes the generated texts, which grow with --articles; the flat target
is about extraction's own memory, see the quarter-by-quarter figures.)
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_articles
from tidynews.annotate import Annotator
from tidynews.cases import load_case
from tidynews.extraction import iter_extract


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_tokenizer(texts: list[str]) -> float:
    """The baseline: spaCy's blank English tokenizer and sentencizer, nothing else."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=500):
        pass
    return time.perf_counter() - started


def full_extraction(
    pairs: list[tuple[str, str]], case: str
) -> tuple[float, dict[str, int], list[float]]:
    """Every table, streamed in batches of 500, on the same texts as the baseline."""
    annotator = Annotator(load_case(case))  # built outside the timing: once per run
    totals: dict[str, int] = {}
    memory: list[float] = []
    count = len(pairs)
    done = 0
    quarter = max(count // 4, 1)
    started = time.perf_counter()
    for batch in iter_extract(pairs, case, annotator=annotator, batch_size=500):
        for name, rows in batch.items():
            totals[name] = totals.get(name, 0) + len(rows)
        done += 500
        if done % quarter < 500:
            memory.append(peak_rss_mb())
    return time.perf_counter() - started, totals, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--case", default="venezuela-2019")
    args = parser.parse_args()
    n = args.articles
    started = time.perf_counter()
    pairs = list(synthetic_articles(n))
    generate = time.perf_counter() - started
    words = sum(len(text.split()) for _, text in pairs)
    bare = bare_tokenizer([text for _, text in pairs])
    full, totals, memory = full_extraction(pairs, args.case)
    print(f"articles: {n:,} synthetic ({words:,} words; generated in {generate:.1f}s, untimed)")
    print(f"bare tokenizer + sentencizer: {n / bare:,.0f} articles/s ({bare:.1f}s)")
    print(f"full extraction (all tables): {n / full:,.0f} articles/s ({full:.1f}s)")
    print(f"cost ratio full / bare: {full / bare:.2f} (target <= 2.0)")
    print("rows: " + ", ".join(f"{name} {count:,}" for name, count in totals.items()))
    print("peak RSS (MB) after each quarter: " + ", ".join(f"{m:.0f}" for m in memory))


if __name__ == "__main__":
    main()
