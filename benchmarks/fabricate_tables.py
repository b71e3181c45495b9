"""Test-scale tables: replicate a small ``tidynews extract`` output to many articles.

Why: timing the notebooks over 200,000 articles needs 200,000 articles' tables, and extracting
them takes hours on this machine. The notebooks read tables, not text, so replicated tables
measure their cost: each replica of an article gets a new ``article_id``, an outlet drawn from
``--outlets`` names and a date spread over the case period (a few just before it, so the
window filter has work), and every fact row is copied with its article, so no fact is orphaned.
Figure values are scaled a little per replica (``--figure-variants``) so the claims table grows
like a real archive's, not stay at the sample's few dozen claims. This is a generator of test
data, never a corpus: the text is the sample's, repeated.

Run: ``.venv/bin/python benchmarks/fabricate_tables.py SMALL_TABLES OUT --articles 200000``
(``SMALL_TABLES`` from ``tidynews extract data/sample --case venezuela-2019 --out SMALL``);
``--layout partitioned`` writes each table as ``NAME.parquet/OUTLET/YYYY-MM/part-0.parquet``,
the streaming extractor's layout. ``claims.parquet`` is rebuilt from the replicated tables.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from tidynews.claims import build_claims

FACT_TABLES = ("mentions", "quotes", "stances", "sanctions", "figures")
# Share of the replicas dated in the month before the period, so the window filter drops some.
EARLY_SHARE = 0.01


def new_article_ids(count: int, seed: int) -> np.ndarray:
    """``count`` distinct 12-hex-digit ids (as tidynews writes them), the same for a seed."""
    ids = [hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:12] for index in range(count)]
    if len(set(ids)) != count:  # 48 bits: a collision in 200k draws is ~1e-4, but not zero
        raise RuntimeError("article id collision; use another --seed")
    return np.asarray(ids, dtype=object)


def outlet_names(base: list[str], count: int) -> list[str]:
    """The sample's outlets first, then made-up ``outletNN.example`` ones up to ``count``."""
    extra = [f"outlet{index:02d}.example" for index in range(max(count - len(base), 0))]
    return (base + extra)[: max(count, 1)]


def replicate_articles(
    articles: pd.DataFrame, n_articles: int, outlets: list[str], period: tuple[str, str], seed: int
) -> tuple[pd.DataFrame, np.ndarray]:
    """``n_articles`` rows cycling through the sample's articles, with new ids, outlets, dates.

    Returns the articles and, per new article, the position of the sample article it copies.
    """
    rng = np.random.default_rng(seed)
    source = np.arange(n_articles) % len(articles)
    frame = articles.iloc[source].reset_index(drop=True)
    frame["article_id"] = pd.array(new_article_ids(n_articles, seed), dtype="string")
    frame["outlet"] = pd.array(
        np.asarray(outlets, dtype=object)[rng.integers(len(outlets), size=n_articles)],
        dtype="string",
    )
    start, end = pd.Timestamp(period[0]), pd.Timestamp(period[1])
    days = rng.integers(0, (end - start).days + 1, size=n_articles)
    early = rng.random(n_articles) < EARLY_SHARE
    days[early] = -rng.integers(1, 31, size=int(early.sum()))
    published = start + pd.to_timedelta(days, unit="D")
    undated = articles["published"].isna().to_numpy()[source]  # an undated sample stays so
    frame["published"] = pd.Series(published).where(~undated).astype(articles["published"].dtype)
    replica = np.arange(n_articles) // len(articles)
    frame["path"] = pd.array(
        [f"{path}#{copy}" for path, copy in zip(frame["path"], replica, strict=True)],
        dtype="string",
    )
    return frame, source


def replicate_facts(
    facts: pd.DataFrame,
    sample_ids: pd.Series,
    new_ids: pd.Series,
    source: np.ndarray,
    figure_variants: int,
) -> pd.DataFrame:
    """Every fact row of each copied article, renamed to the copy's article id."""
    position = pd.Series(np.arange(len(sample_ids)), index=sample_ids.to_numpy())
    fact_source = facts["article_id"].map(position).to_numpy()
    # rows per sample article, then for each new article the rows of its sample article
    order = np.argsort(fact_source, kind="stable")
    counts = np.bincount(fact_source.astype(np.int64), minlength=len(sample_ids))
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    per_copy = counts[source]
    copy_of_row = np.repeat(np.arange(len(source)), per_copy)
    offset = np.arange(per_copy.sum()) - np.repeat(np.cumsum(per_copy) - per_copy, per_copy)
    rows = order[np.repeat(starts[source], per_copy) + offset]
    frame = facts.iloc[rows].reset_index(drop=True)
    frame["article_id"] = pd.array(new_ids.to_numpy()[copy_of_row], dtype=facts["article_id"].dtype)
    if "value" in frame.columns and figure_variants > 1:
        variant = (copy_of_row // len(sample_ids)) % figure_variants
        frame["value"] = frame["value"] * (1 + variant * 0.01)
    return frame


def replicate_report(report: pd.DataFrame, n_copies: int, articles: pd.DataFrame) -> pd.DataFrame:
    """The ingest report for the copies: one article row per new article, skips repeated."""
    kept = report[report["status"] != "article"]
    others = pd.concat(
        [kept.assign(path=kept["path"] + f"#{copy}") for copy in range(n_copies)],
        ignore_index=True,
    )
    article_rows = pd.DataFrame(
        {
            "path": articles["path"].astype(str),
            "status": "article",
            "reason": "",
            "detail": "",
            "article_id": articles["article_id"].astype(str),
        }
    )
    return pd.concat([others, article_rows], ignore_index=True)


def write_table(frame: pd.DataFrame, out: Path, name: str, layout: str, keys: pd.DataFrame) -> None:
    """One table as ``NAME.parquet``, or partitioned by its articles' outlet and month."""
    target = out / f"{name}.parquet"
    if layout == "file":
        frame.to_parquet(target, index=False, row_group_size=250_000)
        return
    where = frame[["article_id"]].merge(keys, on="article_id", how="left")
    for (outlet, month), rows in frame.groupby(
        [where["outlet"].to_numpy(), where["month"].to_numpy()]
    ):
        folder = target / str(outlet) / str(month)
        folder.mkdir(parents=True, exist_ok=True)
        rows.to_parquet(folder / "part-0.parquet", index=False)


def fabricate(
    small: Path,
    out: Path,
    n_articles: int,
    n_outlets: int,
    layout: str,
    seed: int,
    figure_variants: int,
    period: tuple[str, str],
) -> dict[str, int]:
    """Write the replicated tables to ``out``; returns rows per table."""
    articles = pd.read_parquet(small / "articles.parquet")
    outlets = outlet_names(sorted(articles["outlet"].dropna().unique()), n_outlets)
    big, source = replicate_articles(articles, n_articles, outlets, period, seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    keys = pd.DataFrame(
        {
            "article_id": big["article_id"],
            "outlet": big["outlet"].fillna("unknown"),
            "month": pd.to_datetime(big["published"]).dt.strftime("%Y-%m").fillna("undated"),
        }
    )
    counts = {"articles": len(big)}
    tables: dict[str, pd.DataFrame] = {}
    for name in FACT_TABLES:
        path = small / f"{name}.parquet"
        if not path.exists():
            continue
        facts = replicate_facts(
            pd.read_parquet(path),
            articles["article_id"],
            big["article_id"],
            source,
            figure_variants,
        )
        write_table(facts, out, name, layout, keys)
        counts[name] = len(facts)
        if name != "mentions":
            tables[name] = facts
    write_table(big, out, "articles", layout, keys)
    claims = build_claims(tables, big.drop(columns=["text"]))
    claims.to_parquet(out / "claims.parquet", index=False)
    counts["claims"] = len(claims)
    report_path = small / "ingest_report.csv"
    if report_path.exists():
        report = pd.read_csv(report_path, dtype=str, keep_default_na=False)
        n_copies = -(-n_articles // len(articles))
        replicate_report(report, n_copies, big).to_csv(out / "ingest_report.csv", index=False)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("small", type=Path, help="a tidynews extract output folder to copy")
    parser.add_argument("out", type=Path, help="where to write (replaced if it exists)")
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--outlets", type=int, default=24, help="outlet names to spread over")
    parser.add_argument("--layout", choices=("file", "partitioned"), default="file")
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--figure-variants", type=int, default=100)
    parser.add_argument("--period", nargs=2, default=("2019-01-10", "2019-12-31"))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = fabricate(
        args.small, args.out, args.articles, args.outlets, args.layout, args.seed,
        args.figure_variants, tuple(args.period),
    )  # fmt: skip
    rows = ", ".join(f"{name}: {count:,}" for name, count in counts.items())
    print(f"wrote {args.out} ({args.layout}) in {time.perf_counter() - started:.1f} s: {rows}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
