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
from .extraction import extract
from .ingest import CorpusPaths, IngestResult, ingest
from .readers import ReadOptions
from .schemas import check_provenance
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
    chosen = engine or EngineOptions()
    result = ingest(corpus, options=options, rules=rules, progress=progress)
    tables = extract(
        result.articles,
        loaded,
        jobs=chosen.jobs,
        engine=chosen.engine,
        scheduler=chosen.scheduler,
    )
    for name, frame in tables.items():
        check_provenance(name, frame, result.articles)
    tables["claims"] = build_claims(tables, result.articles)
    return ExtractResult(None, result, loaded, tables)


def run_extract(
    corpus: CorpusPaths,
    out_dir: str | Path,
    *,
    case: str | Case | None = None,
    options: ReadOptions | None = None,
    rules: RuleBook | None = None,
    progress: bool = False,
    engine: EngineOptions | None = None,
) -> ExtractResult:
    """Read a corpus and write every table to ``out_dir`` (each file replaced atomically)."""
    out = ensure_writable_folder(out_dir)  # a bad folder fails now, not after the slow part
    built = build_tables(
        corpus, case=case, options=options, rules=rules, progress=progress, engine=engine
    )
    written = [write_table(built.ingest.articles, out, "articles")]
    for name, frame in built.tables.items():
        written.append(write_table(frame, out, name))
    written.append(write_report(built.ingest.report, out))
    return ExtractResult(out, built.ingest, built.case, built.tables, written)
