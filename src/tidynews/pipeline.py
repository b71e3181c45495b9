"""The main job: corpus in, validated tables out (what ``tidynews extract`` runs).

Kept apart from the CLI so notebooks, tests and the Dask engine call the same function.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from .annotate import ArticleInput
from .articles import articles_frame
from .cases import Case, load_case
from .claims import CLAIM_KINDS, build_claims
from .claims_sql import write_claims
from .cleaning import RuleBook
from .dataset import DEFAULT_BUFFER_BYTES, DatasetSink, partition_of
from .extraction import CHUNK_SIZE, article_inputs, empty_tables, extract, table_names
from .extraction import stream as stream_extract
from .frames import EVERY_ARTICLE, ArticleStore
from .incremental import (
    PreviousRun,
    fingerprint,
    open_previous,
    previous_ids,
    published_ids,
    write_run,
)
from .ingest import (
    CorpusPaths,
    IngestResult,
    IngestStream,
    ReportCounts,
    first_paths,
    ingest,
    with_first_paths,
)
from .readers import ReadOptions
from .schemas import coerce
from .storage import CsvSpool, ensure_writable_folder, read_report

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

    ``build_tables`` keeps every table in ``tables``. A streamed ``run_extract`` keeps none:
    the row count of every table is in ``counts`` (claims by kind in ``claim_kinds``), and
    its ``ingest`` reads the articles' ids, outlets and dates and the report from ``out_dir``
    when asked for them.
    """

    out_dir: Path | None
    ingest: IngestResult | WrittenIngest
    case: Case
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    reused: int = 0  # articles whose rows came from the previous run (incremental)
    counts: dict[str, int] = field(default_factory=dict)
    claim_kinds: dict[str, int] = field(default_factory=dict)  # claims by kind, if not held

    @property
    def n_articles(self) -> int:
        return self.ingest.n_articles

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
        by_kind = claims["kind"].value_counts().to_dict() if claims is not None else None
        if by_kind is None and "claims" in self.counts:
            by_kind = self.claim_kinds
        if by_kind is not None:
            kinds = ", ".join(f"{kind}s {by_kind.get(kind, 0)}" for kind in CLAIM_KINDS)
            lines.append(f"claims: {sum(by_kind.values())} ({kinds})")
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
    moved into place only once the whole run has succeeded. The ingest report is written as
    it grows (``storage.CsvSpool``). Claims are written at the end by DuckDB from the staged
    tables themselves, a batch at a time (``claims_sql.write_claims``), so nothing about
    the articles is gathered in memory on the way. Incremental: when ``out_dir`` holds a
    complete previous run of the same extraction (``incremental.py``), only articles it has
    not seen are extracted, and the tables equal a full run's row for row.
    ``full`` redoes every article.
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
    report = ReportLedger(out)
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
            report.add(stream.take_report_rows())
            if previous is not None:
                reused += int(articles["article_id"].isin(previous.ids).sum())
        report.add(stream.take_report_rows())  # inputs after the last article, manifests
        sink.close()
        claim_kinds = _stage_claims(sink)
        written = sink.publish()
    except BaseException:
        sink.discard()
        report.discard()
        raise
    finally:
        if previous is not None:
            previous.close()
    written.append(report.publish(stream.duplicate_ids))
    write_run(out, mark, published_ids(out))  # last: the run is complete
    counts = {**sink.counts(), "claims": sum(claim_kinds.values())}
    ingested = WrittenIngest(out, report.summary())
    return ExtractResult(
        out, ingested, loaded, {}, written, reused=reused, counts=counts, claim_kinds=claim_kinds
    )


def _stage_claims(sink: DatasetSink) -> dict[str, int]:
    """Stage ``claims`` of every article, written by DuckDB from the staged tables where they
    lie (``claims_sql.write_claims``: the same rows ``build_claims`` gives in memory); the
    number of claims of each kind."""
    store = ArticleStore.from_paths(sink.staged, FACT_TABLES)
    kinds: dict[str, int] = {}
    try:
        store.keep(EVERY_ARTICLE)
        sink.stage_file("claims", lambda path: kinds.update(write_claims(store, path)))
    finally:
        store.connection.close()
    return kinds


class ReportLedger:
    """The ingest report of a streamed run: written as it grows, counted for the summary.

    Rows go to a spool file (``storage.CsvSpool``), not memory. A duplicate's row names the
    first path of its text; those paths are found in the spool itself at the end and filled
    in on the way into place (a second pass, made only when the corpus has duplicates).
    """

    WRITE_ROWS = 20_000  # rows gathered before they are checked and appended: a few a run

    def __init__(self, out_dir: Path) -> None:
        self._spool = CsvSpool(out_dir, "ingest_report")
        self._statuses: Counter[str] = Counter()
        self._skipped: Counter[str] = Counter()
        self._waiting: list[pd.DataFrame] = []
        self._n_waiting = 0

    def add(self, rows: pd.DataFrame) -> None:
        self._statuses.update(rows["status"].dropna())
        self._skipped.update(rows.loc[rows["status"] == "skipped", "reason"].dropna())
        self._waiting.append(rows)
        self._n_waiting += len(rows)
        if self._n_waiting >= self.WRITE_ROWS:
            self._write_waiting()

    def _write_waiting(self) -> None:
        if self._waiting:
            self._spool.add(pd.concat(self._waiting, ignore_index=True))
        self._waiting, self._n_waiting = [], 0

    def summary(self) -> ReportCounts:
        return ReportCounts(
            n_inputs=self._spool.n_rows + self._n_waiting,
            n_articles=self._statuses["article"],
            skipped=dict(self._skipped),
        )

    def publish(self, duplicate_ids: set[str]) -> Path:
        self._write_waiting()
        if not duplicate_ids:
            return self._spool.publish()
        paths: dict[str, str] = {}
        for lot in self._spool.lots():
            for article_id, path in first_paths(lot, duplicate_ids).items():
                paths.setdefault(article_id, path)
        return self._spool.publish(lambda lot: with_first_paths(lot, paths))

    def discard(self) -> None:
        self._spool.discard()


@dataclass(frozen=True)
class WrittenIngest:
    """What a streamed run read, its articles and report left on disk until asked for.

    Stands in for ``IngestResult``: the same ``articles``, ``report`` and ``summary()``, but
    the articles (ids, outlets and dates, in the dataset's order) and the report are read
    from ``out_dir`` only when a caller first asks, so a run of 200,000 articles holds
    neither. (Ask before another run writes to the same folder: it reads what is there.)
    """

    out_dir: Path
    counts: ReportCounts

    @property
    def n_articles(self) -> int:
        return self.counts.n_articles

    @cached_property
    def articles(self) -> pd.DataFrame:
        path = self.out_dir / "articles.parquet"
        return pd.read_parquet(path, columns=["article_id", "outlet", "published"])

    @cached_property
    def report(self) -> pd.DataFrame:
        return read_report(self.out_dir)

    def summary(self) -> str:
        return self.counts.text()


Unit = tuple[list[ArticleInput], tuple[pd.DataFrame, list[str]]]


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
            pairs = article_inputs(new)
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
