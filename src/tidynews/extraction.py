"""Run annotation and every registered extractor over articles: the fact tables in Python.

``extract(articles, case=...)`` takes the articles table (or any frame with ``article_id`` and
``text``) and returns a dict of DataFrames: mentions, quotes, stances, sanctions, figures (and
any table a user registered). ``iter_extract`` yields the same in batches, so a large corpus
streams through with flat memory.
"""

from __future__ import annotations

import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, TypeVar

import pandas as pd

from .annotate import MENTION_COLUMNS, Annotator, ArticleInput, mention_rows
from .cases import Case, load_case
from .document import AnnotatedArticle
from .extractors import Registered, registered

MENTIONS = "mentions"
ENGINES = ("serial", "processes", "dask")
CHUNK_SIZE = 250  # articles per task: large enough to amortise shipping, small to balance
T = TypeVar("T")
# Dask settings for the LocalCluster of `--engine dask` (docs/scale.md gives them for a real
# cluster). Its workers sample the stack of the running task every 10 ms for the dashboard's
# profile; on pure-Python extraction that sampling competes for the interpreter lock. The
# scheduler's and workers' developer logs keep the last 1,000 task messages, each holding its
# chunk of article text: 600 MiB more in the main process alone at 200,000 articles
# (benchmarks/bench_scale.py). A few dozen entries still serve debugging.
LOCAL_DASK_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.low-level-log-length": 32,
}


# Set to 1 to let an extractor's exception propagate (debugging, the test suite).
STRICT_VARIABLE = "TIDYNEWS_STRICT"


class ExtractorFailed(UserWarning):
    """An extractor raised on one article. Its rows for that article are left out; every
    other table and article is kept, so one odd sentence never costs a corpus its tables."""


def run_extractor(
    name: str, entry: Registered, article: AnnotatedArticle, case: Case
) -> list[dict]:
    """One extractor's rows for one article, or none (with an ExtractorFailed warning naming
    the article and the error) when it raises; ``TIDYNEWS_STRICT=1`` re-raises instead."""
    try:
        return entry.function(article, case)
    except Exception as error:
        if os.environ.get(STRICT_VARIABLE) == "1":
            raise
        warnings.warn(
            f"the {name} extractor failed on article {article.article_id} "
            f"({type(error).__name__}: {error}); its {name} rows for that article are left "
            f"out, every other table is kept. Please report it with the article's text "
            f"(set {STRICT_VARIABLE}=1 for the traceback).",
            ExtractorFailed,
            stacklevel=2,
        )
        return []


def table_names() -> list[str]:
    return [MENTIONS, *registered()]


def empty_tables() -> dict[str, pd.DataFrame]:
    tables = {MENTIONS: pd.DataFrame(columns=[*MENTION_COLUMNS, "party_id"])}
    for name, entry in registered().items():
        tables[name] = pd.DataFrame(columns=list(entry.columns))
    return tables


def iter_extract(
    articles: pd.DataFrame | Iterable[ArticleInput],
    case: str | Case | None = None,
    *,
    annotator: Annotator | None = None,
    batch_size: int = 500,
) -> Iterator[dict[str, list[dict]]]:
    """Rows of every table, one dict of lists per batch of ``batch_size`` articles."""
    loaded = load_case(case)
    annotator = annotator or Annotator(loaded)
    extractors = registered()
    pairs = _pairs(articles)
    batch: dict[str, list[dict]] = {name: [] for name in [MENTIONS, *extractors]}
    count = 0
    for article in annotator.pipe(pairs):
        batch[MENTIONS].extend(mention_rows(article))
        for name, entry in extractors.items():
            batch[name].extend(run_extractor(name, entry, article, loaded))
        count += 1
        if count % batch_size == 0:
            yield batch
            batch = {name: [] for name in batch}
    if count % batch_size or count == 0:
        yield batch


def _pairs(articles: pd.DataFrame | Iterable[ArticleInput]) -> Iterator[ArticleInput]:
    if isinstance(articles, pd.DataFrame):
        yield from article_inputs(articles)
    else:
        yield from articles


def article_inputs(articles: pd.DataFrame) -> list[ArticleInput]:
    """(article_id, text, published) for every row of an articles table: the publication
    date as an ISO string (None when unknown or when the table has no such column), so the
    extractors can tell an act dated before the news from the news itself."""
    ids = articles["article_id"].astype(str)
    texts = articles["text"].astype(str)
    if "published" not in articles.columns:
        return list(zip(ids, texts, strict=True))
    dates = [_iso_date(value) for value in articles["published"]]
    return list(zip(ids, texts, dates, strict=True))


def _iso_date(value: object) -> str | None:
    """ "2019-01-30" from a Timestamp, a date or a string; None for a missing value."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None


def extract(
    articles: pd.DataFrame | Iterable[ArticleInput],
    case: str | Case | None = None,
    *,
    annotator: Annotator | None = None,
    jobs: int = 1,
    engine: str | None = None,
    scheduler: str | None = None,
) -> dict[str, pd.DataFrame]:
    """Every fact table for the articles, as pandas DataFrames with their schemas' dtypes.

    ``jobs`` > 1 runs chunks of articles in that many local processes; ``engine="dask"`` maps
    them over a Dask distributed cluster (``scheduler`` is its address, else a LocalCluster of
    ``jobs`` workers). Rows come back in article order whatever the engine, so the tables are
    the same row for row.
    """
    loaded = load_case(case)
    chosen = choose_engine(engine, jobs)
    units = ((chunk, None) for chunk in _chunks(_pairs(articles)))
    parts: dict[str, list[pd.DataFrame]] = {}
    for _, tables in stream(
        units, loaded, jobs=jobs, engine=chosen, scheduler=scheduler, annotator=annotator
    ):
        for name, frame in tables.items():
            parts.setdefault(name, []).append(frame)
    empty = frames({})
    return {
        name: pd.concat(parts[name], ignore_index=True) if parts.get(name) else empty[name]
        for name in empty
    }


def frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Rows of every table as DataFrames with their schemas' dtypes (absent tables empty)."""
    from .schemas import coerce

    templates = empty_tables()
    return {
        name: coerce(name, pd.DataFrame(rows.get(name, []), columns=templates[name].columns))
        for name in templates
    }


def choose_engine(engine: str | None, jobs: int) -> str:
    """The engine to use: the one named, else processes when jobs > 1, else serial."""
    chosen = engine or ("processes" if jobs > 1 else "serial")
    if chosen not in ENGINES:
        raise ValueError(f"unknown engine {chosen!r}; choose one of {', '.join(ENGINES)}")
    return chosen


def stream(
    units: Iterable[tuple[list[ArticleInput], T]],
    case: Case,
    *,
    jobs: int = 1,
    engine: str | None = None,
    scheduler: str | None = None,
    annotator: Annotator | None = None,
) -> Iterator[tuple[T, dict[str, pd.DataFrame]]]:
    """Extract chunks as they come, yielding (payload, tables) in the order they were given.

    ``units`` pairs each chunk of (article_id, text) with a payload the caller gets back with
    its tables (the articles themselves, say), so a corpus can be read, extracted and written
    as a stream: at most a few chunks are in flight at any time, whatever the engine. The
    tables come checked (schemas and offsets): the workers do it, not the process writing.
    """
    chosen = choose_engine(engine, jobs)
    if chosen == "serial":
        annotator = annotator or Annotator(case)  # per run: a case edited since gets its own
        for chunk, payload in units:
            yield payload, _checked_tables(chunk, case, annotator)
    elif chosen == "processes":
        yield from _in_processes(units, case, max(jobs, 1))
    else:
        yield from _on_dask(units, case, max(jobs, 1), scheduler)


def _chunks(pairs: Iterator[ArticleInput]) -> Iterator[list[ArticleInput]]:
    while chunk := list(islice(pairs, CHUNK_SIZE)):
        yield chunk


_WORKER_ANNOTATORS: dict[str, Annotator] = {}


def extract_chunk(chunk: list[ArticleInput], case: Case) -> dict[str, pd.DataFrame]:
    """Checked tables for one chunk, in a worker (its annotator is built once and kept).

    The annotator is keyed by the whole case, not its name: a worker of a long-lived Dask
    cluster must not reuse the annotator of an earlier version of the same case file.
    """
    key = repr(case)
    annotator = _WORKER_ANNOTATORS.get(key)
    if annotator is None:
        annotator = _WORKER_ANNOTATORS[key] = Annotator(case)
    return _checked_tables(chunk, case, annotator)


def _checked_tables(
    chunk: list[ArticleInput], case: Case, annotator: Annotator
) -> dict[str, pd.DataFrame]:
    """The chunk's tables with their schemas' dtypes, each row's offsets checked against its
    article's text and every table validated (TableSchemaError names what is wrong)."""
    from .schemas import check_provenance, validate

    merged: dict[str, list[dict]] = {}
    for batch in iter_extract(chunk, case, annotator=annotator, batch_size=len(chunk) or 1):
        for name, batch_rows in batch.items():
            merged.setdefault(name, []).extend(batch_rows)
    texts = {article[0]: article[1] for article in chunk}
    tables = frames(merged)
    for name, frame in tables.items():
        check_provenance(name, frame, texts)
        tables[name] = validate(name, frame)
    return tables


def _in_processes(
    units: Iterable[tuple[list[ArticleInput], T]], case: Case, jobs: int
) -> Iterator[tuple[T, dict[str, pd.DataFrame]]]:
    """Chunks mapped over local processes, in order, with at most 2 × jobs chunks in flight
    (``Executor.map`` would submit the whole corpus at once and hold it in memory)."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from _bounded(units, lambda chunk: pool.submit(extract_chunk, chunk, case), jobs)


def _bounded(
    units: Iterable[tuple[list[ArticleInput], T]],
    submit: Callable[[list[ArticleInput]], Any],
    jobs: int,
) -> Iterator[tuple[T, dict[str, pd.DataFrame]]]:
    """Submit chunks as results are taken, keeping 2 × jobs in flight; results in order.

    The next chunk is read (in this process) while the workers extract the ones in flight, so
    reading and cleaning overlap extraction instead of waiting for it.
    """
    in_flight: deque = deque()
    for chunk, payload in units:
        in_flight.append((payload, submit(chunk)))
        if len(in_flight) >= 2 * jobs:
            payload, future = in_flight.popleft()
            yield payload, future.result()
    while in_flight:
        payload, future = in_flight.popleft()
        yield payload, future.result()


def _on_dask(
    units: Iterable[tuple[list[ArticleInput], T]],
    case: Case,
    jobs: int,
    scheduler: str | None,
) -> Iterator[tuple[T, dict[str, pd.DataFrame]]]:
    """Chunks mapped over a Dask distributed cluster, streamed like local processes."""
    import dask
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        with dask.config.set(LOCAL_DASK_CONFIG):  # the nannies pass it to their workers
            cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
            )
    client = Client(scheduler or cluster)
    try:
        shared_case = client.scatter(case, broadcast=True)
        workers = max(len(client.scheduler_info().get("workers", {})), jobs)

        def submit(chunk: list[ArticleInput]) -> Any:
            return client.submit(extract_chunk, chunk, shared_case, pure=False)

        yield from _bounded(units, submit, workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
