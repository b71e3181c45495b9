"""The main job: corpus in, validated tables out (what ``tidynews extract`` runs).

Kept apart from the CLI so notebooks, tests and the Dask engine call the same function.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .cases import Case, load_case
from .claims import CLAIM_KINDS, build_claims
from .cleaning import RuleBook
from .extraction import extract, table_names
from .incremental import fingerprint, previous_ids, reusable_rows, write_run
from .ingest import CorpusPaths, IngestResult, ingest
from .readers import ReadOptions
from .schemas import check_provenance, coerce
from .storage import ensure_writable_folder, write_report, write_table

FACT_TABLES = ("mentions", "quotes", "stances", "sanctions", "figures")
# Derived from the fact tables once all of them exist (docs/tables.md, "claims").
DERIVED_TABLES = ("claims",)


@dataclass(frozen=True)
class EngineOptions:
    """How extraction runs: ``serial``; ``processes`` (``jobs`` local processes); or ``dask``
    (on the cluster at ``scheduler``, else a LocalCluster of ``jobs`` workers)."""

    jobs: int = 1
    engine: str | None = None  # None: processes when jobs > 1, else serial
    scheduler: str | None = None


@dataclass(frozen=True)
class ExtractResult:
    """What a run produced and wrote, for the summary the CLI prints."""

    out_dir: Path | None
    ingest: IngestResult
    case: Case
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    reused: int = 0  # articles whose rows came from the previous run (incremental)

    def summary(self) -> str:
        lines = [self.ingest.summary()]
        if self.case.key:
            lines.append(f"case: {self.case.name} ({self.case.key})")
        counts = ", ".join(
            f"{name}: {len(self.tables[name])}" for name in FACT_TABLES if name in self.tables
        )
        if counts:
            lines.append(f"facts: {counts}")
        claims = self.tables.get("claims")
        if claims is not None:
            by_kind = claims["kind"].value_counts()
            kinds = ", ".join(f"{kind}s {by_kind.get(kind, 0)}" for kind in CLAIM_KINDS)
            lines.append(f"claims: {len(claims)} ({kinds})")
        if self.reused:
            extracted = len(self.ingest.articles) - self.reused
            lines.append(
                f"incremental: {extracted} new articles extracted, {self.reused} reused from "
                "the previous run (--full redoes all)"
            )
        if self.out_dir is not None:
            lines.append(f"wrote {len(self.written)} files to {self.out_dir}")
        return "\n".join(lines)


def build_tables(
    corpus: CorpusPaths,
    *,
    case: str | Case | None = None,
    options: ReadOptions | None = None,
    rules: RuleBook | None = None,
    progress: bool = False,
    engine: EngineOptions | None = None,
) -> ExtractResult:
    """Read, clean and extract a corpus in memory; nothing is written.

    ``tables`` holds the fact tables and, built from them after the fact, ``claims``.
    ``engine`` runs extraction in local processes or on a Dask cluster (same tables).
    """
    loaded = load_case(case)
    result = ingest(corpus, options=options, rules=rules, progress=progress)
    tables = _fact_tables(result.articles, loaded, engine)
    return ExtractResult(None, result, loaded, _checked_with_claims(tables, result.articles))


def _fact_tables(
    articles: pd.DataFrame, case: Case, engine: EngineOptions | None
) -> dict[str, pd.DataFrame]:
    chosen = engine or EngineOptions()
    return extract(
        articles, case, jobs=chosen.jobs, engine=chosen.engine, scheduler=chosen.scheduler
    )


def _checked_with_claims(
    tables: dict[str, pd.DataFrame], articles: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    for name, frame in tables.items():
        check_provenance(name, frame, articles)
    tables["claims"] = build_claims(tables, articles)
    return tables


def run_extract(
    corpus: CorpusPaths,
    out_dir: str | Path,
    *,
    case: str | Case | None = None,
    options: ReadOptions | None = None,
    rules: RuleBook | None = None,
    progress: bool = False,
    engine: EngineOptions | None = None,
    full: bool = False,
) -> ExtractResult:
    """Read a corpus and write every table to ``out_dir`` (each file replaced atomically).

    Incremental: when ``out_dir`` holds a complete previous run of the same extraction
    (``incremental.py``), only articles it has not seen are extracted; the rows of the others
    are reused, and the tables equal a full run's row for row. ``full`` redoes every article.
    """
    out = ensure_writable_folder(out_dir)  # a bad folder fails now, not after the slow part
    loaded = load_case(case)
    result = ingest(corpus, options=options, rules=rules, progress=progress)
    articles = result.articles
    names = table_names()
    mark = fingerprint(loaded, names)
    known = set() if full else previous_ids(out, mark) & set(articles["article_id"])
    reused = reusable_rows(out, names, known) if known else None
    if reused is None:
        known = set()
    tables = _fact_tables(articles[~articles["article_id"].isin(known)], loaded, engine)
    if reused:
        tables = _merged(reused, tables, articles)
    tables = _checked_with_claims(tables, articles)
    written = [write_table(articles, out, "articles")]
    for name, frame in tables.items():
        written.append(write_table(frame, out, name))
    written.append(write_report(result.report, out))
    write_run(out, mark, articles["article_id"])  # last: the run is complete
    return ExtractResult(out, result, loaded, tables, written, reused=len(known))


def _merged(
    previous: dict[str, pd.DataFrame], new: dict[str, pd.DataFrame], articles: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """Previous and new rows together, in article order as a full run would give them."""
    position = {article_id: index for index, article_id in enumerate(articles["article_id"])}
    merged = {}
    for name, frame in new.items():
        both = pd.concat([previous[name], frame], ignore_index=True)
        order = both["article_id"].map(position).to_numpy()
        both = both.iloc[order.argsort(kind="stable")].reset_index(drop=True)
        merged[name] = coerce(name, both)
    return merged
