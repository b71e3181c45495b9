"""The main job: corpus in, validated tables out (what ``tidynews extract`` runs).

Kept apart from the CLI so notebooks, tests and the Dask engine call the same function.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .articles import articles_frame
from .cases import Case, load_case
from .claims import CLAIM_KINDS, ClaimInputs, build_claims
from .cleaning import RuleBook
from .dataset import DEFAULT_BUFFER_BYTES, DatasetSink, partition_of
from .extraction import CHUNK_SIZE, empty_tables, extract, table_names
from .extraction import stream as stream_extract
from .incremental import PreviousRun, fingerprint, open_previous, previous_ids, write_run
from .ingest import CorpusPaths, IngestResult, IngestStream, ingest
from .readers import ReadOptions
from .schemas import coerce
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
    """What a run produced and wrote, for the summary the CLI prints.

    ``build_tables`` keeps every table in ``tables``. A streamed ``run_extract`` keeps only
    ``claims`` there, the row count of every table in ``counts``, and in ``ingest.articles``
    only the articles' ids, outlets and dates: the rest is on disk under ``out_dir``.
    """

    out_dir: Path | None
    ingest: IngestResult
    case: Case
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    reused: int = 0  # articles whose rows came from the previous run (incremental)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def n_articles(self) -> int:
        return len(self.ingest.articles)

    def count(self, name: str) -> int | None:
        """Rows of a table, whether it is held here or was streamed to disk."""
        if name in self.counts:
            return self.counts[name]
        return len(self.tables[name]) if name in self.tables else None

    def summary(self) -> str:
        lines = [self.ingest.summary()]
        if self.case.key:
            lines.append(f"case: {self.case.name} ({self.case.key})")
        counts = ", ".join(
            f"{name}: {self.count(name)}" for name in FACT_TABLES if self.count(name) is not None
        )
        if counts:
            lines.append(f"facts: {counts}")
        claims = self.tables.get("claims")
        if claims is not None:
            by_kind = claims["kind"].value_counts()
            kinds = ", ".join(f"{kind}s {by_kind.get(kind, 0)}" for kind in CLAIM_KINDS)
            lines.append(f"claims: {len(claims)} ({kinds})")
        if self.reused:
            extracted = self.n_articles - self.reused
            lines.append(
                f"incremental: {extracted} new articles extracted, {self.reused} reused from "
                "the previous run (--full redoes all)"
            )
        if self.out_dir is not None:
            lines.append(f"wrote {len(self.written)} tables and files to {self.out_dir}")
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
    return ExtractResult(None, result, loaded, _with_claims(tables, result.articles))


def _fact_tables(
    articles: pd.DataFrame, case: Case, engine: EngineOptions | None
) -> dict[str, pd.DataFrame]:
    chosen = engine or EngineOptions()
    return extract(
        articles, case, jobs=chosen.jobs, engine=chosen.engine, scheduler=chosen.scheduler
    )


def _with_claims(
    tables: dict[str, pd.DataFrame], articles: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """The fact tables (checked chunk by chunk as they were extracted) and their claims."""
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
    buffer_bytes: int = DEFAULT_BUFFER_BYTES,
) -> ExtractResult:
    """Read, extract and write a corpus as a stream: memory does not grow with the corpus.

    Articles are read and cleaned in chunks that go to the engine while the next chunk is
    read; each chunk's rows are checked and handed to partitioned datasets
    (``out_dir/NAME.parquet/OUTLET/YYYY-MM/part-*.parquet``, see ``dataset.py``) that are
    moved into place only once the whole run has succeeded. Claims are built at the end from
    the columns they need. Incremental: when ``out_dir`` holds a complete previous run of the
    same extraction (``incremental.py``), only articles it has not seen are extracted, and
    the tables equal a full run's row for row. ``full`` redoes every article.
    """
    out = ensure_writable_folder(out_dir)  # a bad folder fails now, not after the slow part
    loaded = load_case(case)
    names = table_names()
    mark = fingerprint(loaded, names)
    previous = None if full else open_previous(out, names, previous_ids(out, mark))
    stream = IngestStream(
        corpus, options=options, rules=rules, progress=progress, batch_size=CHUNK_SIZE
    )
    sink = DatasetSink(out, {"articles": articles_frame([]), **empty_tables()}, buffer_bytes)
    collected = ClaimInputs()
    reused = 0
    try:
        for articles, rows in _extracted_chunks(stream, loaded, engine, previous):
            partitions = dict(
                zip(
                    articles["article_id"],
                    map(partition_of, articles["outlet"], articles["published"]),
                    strict=True,
                )
            )
            sink.add("articles", articles, partitions)
            for name, frame in rows.items():
                sink.add(name, frame, partitions, checked=True)  # the engine checked them
            collected.add(articles, rows)
            if previous is not None:
                reused += int(articles["article_id"].isin(previous.ids).sum())
        report = stream.report
        sink.close()
        claims = build_claims(collected.tables(), collected.articles())
        written = sink.publish()
    except BaseException:
        sink.discard()
        raise
    finally:
        if previous is not None:
            previous.close()
    written.append(write_table(claims, out, "claims"))
    written.append(write_report(report, out))
    write_run(out, mark, collected.article_ids())  # last: the run is complete
    counts = {**sink.counts(), "claims": len(claims)}
    result = IngestResult(collected.articles(), report)
    return ExtractResult(
        out, result, loaded, {"claims": claims}, written, reused=reused, counts=counts
    )


Unit = tuple[list[tuple[str, str]], tuple[pd.DataFrame, list[str]]]


def _extracted_chunks(
    stream: IngestStream,
    case: Case,
    engine: EngineOptions | None,
    previous: PreviousRun | None,
) -> Iterator[tuple[pd.DataFrame, dict[str, pd.DataFrame]]]:
    """(articles, tables) per chunk of the corpus, in reading order.

    Only articles the previous run has not seen go to the engine; the rows of the others
    come from the previous run and are put back in article order.
    """
    chosen = engine or EngineOptions()

    def units() -> Iterator[Unit]:
        for batch in stream:
            articles = articles_frame(batch)
            known = previous.ids if previous is not None else set()
            is_new = ~articles["article_id"].isin(known)
            new = articles[is_new]
            pairs = list(zip(new["article_id"], new["text"], strict=True))
            yield pairs, (articles, articles.loc[~is_new, "article_id"].tolist())

    for (articles, known_ids), rows in stream_extract(
        units(), case, jobs=chosen.jobs, engine=chosen.engine, scheduler=chosen.scheduler
    ):
        tables = rows
        if known_ids and previous is not None:
            tables = _with_previous(tables, previous, known_ids, articles)
        yield articles, tables


def _with_previous(
    new: dict[str, pd.DataFrame],
    previous: PreviousRun,
    known_ids: list[str],
    articles: pd.DataFrame,
) -> dict[str, pd.DataFrame]:
    """New and previous rows of one chunk together, in article order as a full run gives."""
    position = {article_id: index for index, article_id in enumerate(articles["article_id"])}
    merged = {}
    for name, frame in new.items():
        earlier = coerce(name, previous.rows(name, known_ids)[list(frame.columns)])
        both = pd.concat([earlier, frame], ignore_index=True) if len(earlier) else frame
        order = both["article_id"].map(position).to_numpy()
        both = both.iloc[order.argsort(kind="stable")].reset_index(drop=True)
        merged[name] = coerce(name, both)
    return merged
