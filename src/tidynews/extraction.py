"""Run annotation and every registered extractor over articles: the fact tables in Python.

``extract(articles, case=...)`` takes the articles table (or any frame with ``article_id`` and
``text``) and returns a dict of DataFrames: mentions, quotes, stances, sanctions, figures (and
any table a user registered). ``iter_extract`` yields the same in batches, so a large corpus
streams through with flat memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

from .annotate import MENTION_COLUMNS, Annotator, mention_rows
from .cases import Case, load_case
from .extractors import registered

MENTIONS = "mentions"


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
) -> dict[str, pd.DataFrame]:
    """Every fact table for the articles, as pandas DataFrames with their schemas' dtypes."""
    from .schemas import coerce

    rows: dict[str, list[dict]] = {}
    for batch in iter_extract(articles, case, annotator=annotator):
        for name, batch_rows in batch.items():
            rows.setdefault(name, []).extend(batch_rows)
    templates = empty_tables()
    return {
        name: coerce(name, pd.DataFrame(rows.get(name, []), columns=templates[name].columns))
        for name in templates
    }
