"""Run annotation and every registered extractor over articles: the fact tables in Python.

``extract(articles, case=...)`` takes the articles table (or any frame with ``article_id`` and
``text``) and returns a dict of DataFrames: mentions, quotes, stances, sanctions, figures (and
any table a user registered). ``iter_extract`` yields the same in batches, so a large corpus
streams through with flat memory.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

import pandas as pd

from .annotate import MENTION_COLUMNS, Annotator, mention_rows
from .cases import Case, load_case
from .extractors import registered

MENTIONS = "mentions"
ENGINES = ("serial", "processes", "dask")
CHUNK_SIZE = 250  # articles per task: large enough to amortise shipping, small to balance


def table_names() -> list[str]:
    return [MENTIONS, *registered()]


def empty_tables() -> dict[str, pd.DataFrame]:
    tables = {MENTIONS: pd.DataFrame(columns=[*MENTION_COLUMNS, "party_id"])}
    for name, entry in registered().items():
        tables[name] = pd.DataFrame(columns=list(entry.columns))
    return tables


def iter_extract(
    articles: pd.DataFrame | Iterable[tuple[str, str]],
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
            batch[name].extend(entry.function(article, loaded))
        count += 1
        if count % batch_size == 0:
            yield batch
            batch = {name: [] for name in batch}
    if count % batch_size or count == 0:
        yield batch


def _pairs(articles: pd.DataFrame | Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    if isinstance(articles, pd.DataFrame):
        yield from zip(
            articles["article_id"].astype(str), articles["text"].astype(str), strict=True
        )
    else:
        yield from articles


def extract(
    articles: pd.DataFrame | Iterable[tuple[str, str]],
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
    from .schemas import coerce

    chosen = engine or ("processes" if jobs > 1 else "serial")
    if chosen not in ENGINES:
        raise ValueError(f"unknown engine {chosen!r}; choose one of {', '.join(ENGINES)}")
    loaded = load_case(case)
    if chosen == "serial":
        batches: Iterable[dict[str, list[dict]]] = iter_extract(
            articles, loaded, annotator=annotator
        )
    elif chosen == "processes":
        batches = _in_processes(_chunks(_pairs(articles)), loaded, max(jobs, 1))
    else:
        batches = _on_dask(list(_chunks(_pairs(articles))), loaded, max(jobs, 1), scheduler)
    rows: dict[str, list[dict]] = {}
    for batch in batches:
        for name, batch_rows in batch.items():
            rows.setdefault(name, []).extend(batch_rows)
    templates = empty_tables()
    return {
        name: coerce(name, pd.DataFrame(rows.get(name, []), columns=templates[name].columns))
        for name in templates
    }


def _chunks(pairs: Iterator[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    while chunk := list(islice(pairs, CHUNK_SIZE)):
        yield chunk


_WORKER_ANNOTATORS: dict[str, Annotator] = {}


def extract_chunk(chunk: list[tuple[str, str]], case: Case) -> dict[str, list[dict]]:
    """Rows of every table for one chunk, in a worker (its annotator is built once and kept)."""
    key = f"{case.key}:{case.name}"
    annotator = _WORKER_ANNOTATORS.get(key)
    if annotator is None:
        annotator = _WORKER_ANNOTATORS[key] = Annotator(case)
    merged: dict[str, list[dict]] = {}
    for batch in iter_extract(chunk, case, annotator=annotator, batch_size=len(chunk) or 1):
        for name, batch_rows in batch.items():
            merged.setdefault(name, []).extend(batch_rows)
    return merged


def _in_processes(
    chunks: Iterator[list[tuple[str, str]]], case: Case, jobs: int
) -> Iterator[dict[str, list[dict]]]:
    """Chunks mapped over local processes, in order, with at most 2 × jobs chunks in flight
    (``Executor.map`` would submit the whole corpus at once and hold it in memory)."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        in_flight: deque = deque()
        for chunk in chunks:
            in_flight.append(pool.submit(extract_chunk, chunk, case))
            if len(in_flight) >= 2 * jobs:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _on_dask(
    chunks: list[list[tuple[str, str]]], case: Case, jobs: int, scheduler: str | None
) -> Iterator[dict[str, list[dict]]]:
    """Chunks mapped over a Dask distributed cluster; results gathered in submission order."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
        )
    client = Client(scheduler or cluster)
    try:
        shared_case = client.scatter(case, broadcast=True)
        futures = client.map(extract_chunk, chunks, case=shared_case, pure=False)
        for future in futures:
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
