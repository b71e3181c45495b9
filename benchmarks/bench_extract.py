"""Extraction speed against spaCy's bare tokenizer + sentencizer, and memory as the corpus grows.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--articles 20000] [--profile PROFILE]``
(``news``, ``dense`` or ``both``, the default).
For each profile of synthetic articles (see synthetic.py) it prints articles per second for
(a) the bare blank-English tokenizer + sentencizer over the texts and (b) the full extraction
of every table over the same texts, the ratio (b's cost over a's; target <= 2), the facts and
mentions per 1,000 words the profile gives (next to the real seed articles' when
../shared/corpus/seeds is present, so the profile's realism is checked, not assumed), and
peak RSS after each quarter of the run (target: flat, because extraction streams in batches).
With ``--breakdown`` it also times each stage on its own, in microseconds per article and as a
multiple of the bare baseline: annotation (tokenizer, sentences, mentions) and every
registered extractor, so a change's effect on one stage is seen beyond run-to-run noise.

Profiles: ``news`` articles are shaped like real ones (350-1,000 words, about 25 facts per
1,000 words, invented names that keep the vocabulary growing); ``dense`` articles are ~110
words of nearly nothing but facts, a stress test of the extractors. Texts are generated
before either timing starts, so both measure the same work on the same strings. (Peak RSS
includes the generated texts, which grow with --articles; the flat target is about
extraction's own memory, see the quarter-by-quarter figures.)
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import PROFILES, synthetic_articles
from tidynews.annotate import Annotator, blank_pipeline, mention_rows, split_sentences
from tidynews.cases import load_case
from tidynews.document import Tokens, fold
from tidynews.extraction import iter_extract
from tidynews.extractors import registered


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_tokenizer(texts: list[str], repeats: int = 3) -> list[float]:
    """The baseline: spaCy's blank English tokenizer and sentencizer, nothing else.

    Timed ``repeats`` times on a fresh pipeline each (its word cache starts empty, as the
    extraction's does); the ratio uses the fastest run, so machine noise can only make the
    reported ratio worse, never better."""
    times = []
    for _ in range(repeats):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=500):
            pass
        times.append(time.perf_counter() - started)
    return times


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


def stage_costs(pairs: list[tuple[str, str]], case: str) -> dict[str, float]:
    """Seconds spent in each stage over the texts: annotation, then each extractor.

    Articles are annotated one at a time and handed to every extractor at once (as
    ``iter_extract`` does), so memory stays flat and each stage is timed on warm caches."""
    loaded = load_case(case)
    annotator = Annotator(loaded)
    extractors = registered()
    costs = dict.fromkeys(["annotation", "mention rows", *extractors], 0.0)
    articles = annotator.pipe(pairs)
    while True:
        started = time.perf_counter()
        article = next(articles, None)
        costs["annotation"] += time.perf_counter() - started
        if article is None:
            return costs
        started = time.perf_counter()
        mention_rows(article)
        costs["mention rows"] += time.perf_counter() - started
        for name, entry in extractors.items():
            started = time.perf_counter()
            entry.function(article, loaded)
            costs[name] += time.perf_counter() - started


def annotation_floor(texts: list[str], case: str) -> float:
    """Seconds for the least any mentions table needs, with no rule of this project: fold
    accents, tokenise with the annotator's pipeline, split sentences, match the gazetteer.

    Everything else (people, references, parties, the four extractors) must fit in what the
    target leaves above this floor, so the breakdown prints it: it tells how much room there
    is, not how well that room is used. Its pipeline is built afresh, so spaCy's caches start
    empty, as the baseline's do (the accent folding's caches may be warm). The breakdown's
    "annotation" runs warm, on the pipeline the floor leaves behind."""
    blank_pipeline.cache_clear()
    annotator = Annotator(load_case(case))
    folded_texts: list[str] = []

    def folded() -> Iterator[str]:
        for text in texts:
            folded_texts.append(fold(text))
            yield folded_texts[-1]

    started = time.perf_counter()
    for index, doc in enumerate(annotator.nlp.pipe(folded(), batch_size=500)):
        tokens = Tokens(doc, folded_texts[index])
        split_sentences(doc, tokens)
        annotator.gazetteer_matches(doc, tokens)
        folded_texts[index] = ""
    return time.perf_counter() - started


def print_breakdown(
    costs: dict[str, float], bare: float, count: int, floor: float | None = None
) -> None:
    print("  where the time goes (us per article, x bare):")
    print(f"    bare tokenizer + sentencizer: {bare / count * 1e6:,.0f} (1.00)")
    if floor is not None:
        print(
            "    annotation floor (fold, tokenizer, sentences, gazetteer matches; no rule): "
            f"{floor / count * 1e6:,.0f} ({floor / bare:.2f})"
        )
    for name, seconds in costs.items():
        print(f"    {name}: {seconds / count * 1e6:,.0f} ({seconds / bare:.2f})")
    total = sum(costs.values())
    print(f"    all stages: {total / count * 1e6:,.0f} ({total / bare:.2f})")


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
FACT_TABLES = ("quotes", "stances", "sanctions", "figures")


def density(pairs: list[tuple[str, str]], totals: dict[str, int]) -> str:
    """Facts and mentions per 1,000 words: what makes one corpus costlier than another."""
    words = sum(len(text.split()) for _, text in pairs) or 1
    facts = sum(totals.get(name, 0) for name in FACT_TABLES)
    mentions = totals.get("mentions", 0)
    return f"{facts / words * 1000:.1f} facts and {mentions / words * 1000:.1f} mentions"


def seeds_density(case: str) -> str | None:
    """The same densities on the real seed articles, when ../shared is beside the project."""
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        return None
    pairs = [(f"{i:012x}", path.read_text(encoding="utf-8")) for i, path in enumerate(files)]
    _, totals, _ = full_extraction(pairs, case)
    words = sum(len(text.split()) for _, text in pairs) // len(pairs)
    return f"{density(pairs, totals)} per 1,000 words ({len(pairs)} articles, {words} words each)"


def run_profile(profile: str, n: int, case: str, breakdown: bool = False) -> None:
    started = time.perf_counter()
    pairs = list(synthetic_articles(n, profile=profile))
    generate = time.perf_counter() - started
    words = sum(len(text.split()) for _, text in pairs)
    bare_times = bare_tokenizer([text for _, text in pairs])
    bare = min(bare_times)
    full, totals, memory = full_extraction(pairs, case)
    print(
        f"profile {profile}: {n:,} synthetic articles ({words:,} words, {words // n} each; "
        f"generated in {generate:.1f}s, untimed)"
    )
    runs = ", ".join(f"{t:.1f}s" for t in bare_times)
    print(f"  bare tokenizer + sentencizer: {n / bare:,.0f} articles/s (fastest of {runs})")
    print(f"  full extraction (all tables): {n / full:,.0f} articles/s ({full:.1f}s)")
    print(f"  cost ratio full / bare: {full / bare:.2f} (target <= 2.0)")
    print(f"  density: {density(pairs, totals)} per 1,000 words")
    print("  rows: " + ", ".join(f"{name} {count:,}" for name, count in totals.items()))
    print("  peak RSS (MB) after each quarter: " + ", ".join(f"{m:.0f}" for m in memory))
    if breakdown:
        floor = annotation_floor([text for _, text in pairs], case)
        print_breakdown(stage_costs(pairs, case), bare, n, floor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--case", default="venezuela-2019")
    parser.add_argument("--profile", choices=[*PROFILES, "both"], default="both")
    parser.add_argument(
        "--breakdown", action="store_true", help="also time each stage on its own (one more pass)"
    )
    args = parser.parse_args()
    reference = seeds_density(args.case)
    if reference:
        print(f"real seed articles: {reference}")
    for profile in PROFILES if args.profile == "both" else [args.profile]:
        run_profile(profile, args.articles, args.case, args.breakdown)


if __name__ == "__main__":
    main()
