"""Accuracy on the regression sets in benchmarks/accuracy: how the rules do on articles they
were not written from.

Run: ``.venv/bin/python benchmarks/bench_accuracy.py [--sets CA CB …] [--save FILE]
[--baseline FILE] [--details]``

Each set is ten articles in our own words about real events, with outlets named
``*.example`` and a gold file written by the annotation guide before the tool was run on
them (see benchmarks/accuracy/README.md for who wrote which, and which were used to write
rules). The benchmark reads, cleans and extracts every set as ``tidynews evaluate`` does,
then prints per set and pooled over all sets, for each scored table, the true positives,
false positives and misses, precision, recall and F1. ``--save`` writes the counts as JSON;
``--baseline`` prints each pooled F1 next to a saved run's, so a change's effect on text it
was not tuned on is seen; ``--details`` prints every miss and false positive with its
evidence, as ``tidynews evaluate`` does.

Why a benchmark and not only the sample golds: the samples were written alongside the rules
and score 1.0; these sets measure transfer. A session writes rules from some sets (its dev
sets) and scores the others only at its end.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tidynews.pipeline import build_tables
from tidynews.scoring import SCORED_TABLES, Evaluation, TableScore, evaluate, load_gold

SETS = Path(__file__).resolve().parent / "accuracy"


def set_names(root: Path = SETS) -> list[str]:
    """Every set under ``root``: a directory holding a gold.yaml and a corpus/."""
    return sorted(p.name for p in root.iterdir() if (p / "gold.yaml").is_file())


def score_set(name: str, root: Path = SETS) -> Evaluation:
    """Read, clean and extract one set and score it against its gold, as `tidynews evaluate`."""
    folder = root / name
    gold = load_gold(folder / "gold.yaml")
    built = build_tables(folder / "corpus", case=gold.get("case"))
    evaluation = evaluate(gold, built.ingest.articles, built.tables)
    if evaluation.gold_not_found:
        missing = ", ".join(evaluation.gold_not_found)
        raise SystemExit(f"set {name}: gold articles not in its corpus: {missing}")
    return evaluation


def pooled(evaluations: dict[str, Evaluation]) -> dict[str, TableScore]:
    """Each table's counts summed over the sets (its F1 is computed from the sums, not an
    average of the sets' F1)."""
    return pooled_from_json(as_json(evaluations))


def as_json(evaluations: dict[str, Evaluation]) -> dict:
    """The counts per set and table, the form --save writes and --baseline reads."""
    return {
        name: {t: [s.tp, s.fp, s.fn] for t, s in evaluation.scores.items()}
        for name, evaluation in evaluations.items()
    }


def pooled_from_json(saved: dict) -> dict[str, TableScore]:
    """Each table's counts summed over the sets of a saved run."""
    totals = {table: TableScore(table) for table in SCORED_TABLES}
    for tables in saved.values():
        for table, (tp, fp, fn) in tables.items():
            total = totals[table]
            total.tp, total.fp, total.fn = total.tp + tp, total.fp + fp, total.fn + fn
    return totals


def print_report(
    evaluations: dict[str, Evaluation], baseline: dict[str, TableScore] | None = None
) -> None:
    header = "set  " + "  ".join(f"{table:>9}" for table in SCORED_TABLES)
    print("F1 per set (tables scored by the contract's keys)")
    print(header)
    for name, evaluation in evaluations.items():
        cells = "  ".join(f"{evaluation.scores[t].f1:9.3f}" for t in SCORED_TABLES)
        print(f"{name:<5}{cells}")
    articles = sum(evaluation.articles_scored for evaluation in evaluations.values())
    print(f"\npooled over {len(evaluations)} sets ({articles} articles):")
    for table, counts in pooled(evaluations).items():
        line = (
            f"  {table:<9} tp {counts.tp:4d}  fp {counts.fp:4d}  fn {counts.fn:4d}  "
            f"P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
        )
        if baseline is not None:
            before = baseline[table]
            line += f"  (baseline F1 {before.f1:.3f}, {counts.f1 - before.f1:+.3f})"
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", help="set names (default: every set)")
    parser.add_argument("--save", type=Path, help="write the counts per set as JSON")
    parser.add_argument("--baseline", type=Path, help="a JSON file --save wrote, to compare")
    parser.add_argument("--details", action="store_true", help="print every miss and FP")
    args = parser.parse_args(argv)
    names = args.sets or set_names()
    unknown = sorted(set(names) - set(set_names()))
    if unknown:
        parser.error(f"no such set: {', '.join(unknown)} (sets: {', '.join(set_names())})")
    evaluations = {name: score_set(name) for name in names}
    baseline = None
    if args.baseline:
        saved = json.loads(args.baseline.read_text(encoding="utf-8"))
        baseline = pooled_from_json({k: v for k, v in saved.items() if k in evaluations})
    print_report(evaluations, baseline)
    if args.details:
        for name, evaluation in evaluations.items():
            print(f"\n=== {name}\n{evaluation.text()}")
    if args.save:
        args.save.write_text(json.dumps(as_json(evaluations), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
