"""The articles a notebook keeps, in DuckDB, and the pandas frames drawn from them on demand.

Why: over a crisis archive, reading whole tables into pandas to filter them there costs minutes
and gigabytes (the articles' text, five million mentions) before a chart is drawn. Here the
outlet and date filters run as SQL ``WHERE`` clauses over the store's views
(``tidynews.open``), the kept articles become a small temporary table, and a fact table
reaches pandas only when a notebook asks for it, restricted to those articles by a semi-join.
Counts and claims are aggregated in SQL (:mod:`tidynews.claims_sql`), so only their results
travel.

One code path: a tables folder is opened as the store's views; frames already in memory (a
corpus extracted on the spot, as the committed notebooks do with the sample) are registered in
an in-memory DuckDB connection under the same names, and the same SQL runs on both.

Frames come back with the dtypes ``pandas.read_parquet`` gives: each result is cast to the
table's Arrow schema, whose pandas metadata restores the ``string``, ``Int64`` and
``datetime64[ns]`` columns that DuckDB's own types would blur.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .store import connect_tables, open_store, parquet_source, quiet_connection

ARTICLES = "articles"
KEPT = "kept_articles"  # the temporary table of kept articles: article_id, outlet, published
# Columns the notebooks never use and that dwarf the rest: left in the store.
HEAVY_ARTICLE_COLUMNS = ("text",)
# The day an article was published, whatever the column's type (a timestamp, or text).
_DAY = "TRY_CAST(published AS DATE)"


def quote_name(name: str) -> str:
    """A SQL identifier (a table or column name) in double quotes, quotes inside doubled."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles to keep: outlets (None: all, articles with no outlet included) and a
    window of publication days; ``drop_undated`` leaves out articles with no date."""

    outlets: tuple[str, ...] | None
    start: date | None
    end: date | None
    drop_undated: bool

    def outlet_condition(self) -> tuple[str, list[Any]]:
        if self.outlets is None:
            return "TRUE", []
        return "coalesce(list_contains(?, outlet), FALSE)", [list(self.outlets)]

    def window_condition(self) -> tuple[str, list[Any]]:
        """True for dated articles in the window; NULL (not kept) for undated ones."""
        parts, params = [], []
        if self.start is not None:
            parts.append(f"{_DAY} >= ?")
            params.append(self.start)
        if self.end is not None:
            parts.append(f"{_DAY} <= ?")
            params.append(self.end)
        if not parts:
            return f"({_DAY} IS NOT NULL)", []
        return "(" + " AND ".join(parts) + ")", params

    def condition(self) -> tuple[str, list[Any]]:
        """The whole filter as one SQL condition over the articles table, and its parameters."""
        outlet, outlet_params = self.outlet_condition()
        window, window_params = self.window_condition()
        dated = f"coalesce({window}, FALSE)"
        kept_undated = "FALSE" if self.drop_undated else f"{_DAY} IS NULL"
        return (
            f"{outlet} AND ({dated} OR {kept_undated})",
            [*outlet_params, *window_params],
        )


EVERY_ARTICLE = ArticleFilter(outlets=None, start=None, end=None, drop_undated=False)


@dataclass(frozen=True)
class FilterCounts:
    """What a filter left out, for the notes a notebook prints."""

    other_outlets: int
    outside_window: int
    undated: int  # undated articles of the chosen outlets (kept, or dropped by drop_undated)
    outside_examples: list[tuple[str | None, pd.Timestamp]]


class ArticleStore:
    """A DuckDB connection holding ``articles`` and fact tables, and the kept articles.

    Build one with :meth:`from_folder` (a ``tidynews extract`` output, read in place) or
    :meth:`from_frames` (frames in memory); call :meth:`keep` once, then ask for frames.
    """

    def __init__(
        self,
        connection: duckdb.DuckDBPyConnection,
        schemas: Mapping[str, pa.Schema],
        fact_names: Iterable[str],
    ) -> None:
        self.connection = connection
        self.schemas = dict(schemas)
        self.fact_names = tuple(fact_names)
        self.n_read = self._scalar(f"SELECT count(*) FROM {ARTICLES}")
        self.n_kept = self.n_read
        self._condition: tuple[str, list[Any]] | None = None  # the filter keep() applied

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def from_folder(cls, folder: Path, fact_names: Iterable[str]) -> ArticleStore:
        """The tables of an output folder, as the views of ``tidynews.open`` (nothing read)."""
        connection = open_store(folder)
        schemas = {}
        for name in (ARTICLES, *fact_names):
            schema = parquet_schema(folder / f"{name}.parquet")
            if schema is not None:
                schemas[name] = schema
        present = [name for name in fact_names if name in schemas]
        return cls(connection, schemas, present)

    @classmethod
    def from_paths(cls, paths: Mapping[str, Path], fact_names: Iterable[str]) -> ArticleStore:
        """Tables wherever they lie (name -> Parquet file or dataset folder): the tables a
        run has staged but not yet put in place, say."""
        connection = connect_tables({name: parquet_source(path) for name, path in paths.items()})
        schemas = {}
        for name, path in paths.items():
            schema = parquet_schema(path)
            if schema is not None:
                schemas[name] = schema
        present = [name for name in fact_names if name in schemas]
        return cls(connection, schemas, present)

    @classmethod
    def from_frames(cls, articles: pd.DataFrame, facts: Mapping[str, pd.DataFrame]) -> ArticleStore:
        """Frames in memory, registered under their names: the same SQL runs on them."""
        connection = quiet_connection()
        schemas = {}
        for name, frame in {ARTICLES: articles, **facts}.items():
            table = pa.Table.from_pandas(frame, preserve_index=False)
            connection.register(name, table)
            schemas[name] = table.schema
        return cls(connection, schemas, list(facts))

    # --- choosing the articles --------------------------------------------------------------

    def outlets(self) -> tuple[str, ...]:
        """Every outlet an article names, sorted."""
        rows = self.rows(f"SELECT DISTINCT outlet FROM {ARTICLES} WHERE outlet IS NOT NULL")
        return tuple(sorted(str(row[0]) for row in rows))

    def count_left_out(self, chosen: ArticleFilter, examples: int) -> FilterCounts:
        """How many articles the outlet filter and the window leave out, in one scan."""
        outlet, outlet_params = chosen.outlet_condition()
        window, window_params = chosen.window_condition()
        flags = (
            f"SELECT outlet, {_DAY} AS day, {outlet} AS outlet_ok, "
            f"coalesce({window}, FALSE) AS in_window FROM {ARTICLES}"
        )
        ((other, outside, undated),) = self.rows(
            f"""SELECT count(*) FILTER (WHERE NOT outlet_ok),
                       count(*) FILTER (WHERE outlet_ok AND day IS NOT NULL AND NOT in_window),
                       count(*) FILTER (WHERE outlet_ok AND day IS NULL)
                FROM ({flags})""",
            [*outlet_params, *window_params],
        )
        # WHERE and LIMIT keep the table's order: the first articles left out, as pandas did
        shown = self.rows(
            f"""SELECT outlet, day FROM ({flags})
                WHERE outlet_ok AND day IS NOT NULL AND NOT in_window LIMIT {int(examples)}""",
            [*outlet_params, *window_params],
        )
        return FilterCounts(
            int(other),
            int(outside),
            int(undated),
            [(outlet_name, pd.Timestamp(day)) for outlet_name, day in shown],
        )

    def keep(self, chosen: ArticleFilter) -> None:
        """Make the temporary table of kept articles that every later query joins with."""
        condition, params = chosen.condition()
        self.rows(
            f"CREATE OR REPLACE TEMP TABLE {KEPT} AS "
            f"SELECT article_id, outlet, published FROM {ARTICLES} WHERE {condition}",
            params,
        )
        self.n_kept = self._scalar(f"SELECT count(*) FROM {KEPT}")
        self._condition = (condition, params)

    @property
    def keeps_everything(self) -> bool:
        """No article was left out: fact tables are read whole, with no join."""
        return self.n_kept == self.n_read

    # --- frames -----------------------------------------------------------------------------

    def articles(self, *, without: Iterable[str] = HEAVY_ARTICLE_COLUMNS) -> pd.DataFrame:
        """The kept articles in table order, minus the heavy columns (their text)."""
        condition, params = self._require_kept()
        columns = [name for name in self.schemas[ARTICLES].names if name not in set(without)]
        return self.frame(
            ARTICLES,
            f"SELECT {_columns(columns)} FROM {ARTICLES} WHERE {condition}",
            params,
        )

    def facts(self, name: str, columns: Iterable[str] | None = None) -> pd.DataFrame:
        """A fact table's rows of the kept articles, in table order (all or some columns)."""
        self._require_kept()
        wanted = list(columns) if columns is not None else self.schemas[name].names
        source = quote_name(name)
        if self.keeps_everything:
            sql = f"SELECT {_columns(wanted)} FROM {source}"
        else:
            # Joins do not keep row order; numbering the rows first (an empty OVER does) does.
            sql = (
                f"SELECT {_columns(wanted)} FROM "
                f"(SELECT *, row_number() OVER () AS _row FROM {source}) "
                f"WHERE article_id IN (SELECT article_id FROM {KEPT}) ORDER BY _row"
            )
        return self.frame(name, sql)

    def count(self, name: str) -> int:
        """Rows of a fact table that belong to the kept articles (counted in SQL)."""
        self._require_kept()
        source = quote_name(name)
        if self.keeps_everything:
            return self._scalar(f"SELECT count(*) FROM {source}")
        return self._scalar(
            f"SELECT count(*) FROM {source} WHERE article_id IN (SELECT article_id FROM {KEPT})"
        )

    def counts_by_outlet(self, name: str, unknown: str) -> pd.Series:
        """Rows of a fact table per outlet of their article (``unknown``: no outlet)."""
        self._require_kept()
        rows = self.rows(
            f"""SELECT coalesce(k.outlet, ?) AS outlet, count(*) AS n
                FROM {quote_name(name)} AS f JOIN {KEPT} AS k USING (article_id)
                GROUP BY 1""",
            [unknown],
        )
        index = pd.Index([outlet for outlet, _ in rows], dtype="string")
        return pd.Series([int(n) for _, n in rows], index=index, name="count", dtype="int64")

    def frame(self, table: str, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run ``sql`` and return its rows typed as ``table``'s columns are in pandas."""
        result = self.connection.sql(sql, params=params or None).to_arrow_table()
        return typed_frame(result, self.schemas.get(table))

    def rows(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """All rows of a query as tuples (read to the end: DuckDB refuses new work on a
        connection while a result is unfinished)."""
        return self.connection.execute(sql, params or []).fetchall()

    def _scalar(self, sql: str) -> int:
        found = self.rows(sql)
        return int(found[0][0]) if found else 0

    def _require_kept(self) -> tuple[str, list[Any]]:
        if self._condition is None:
            raise RuntimeError("call keep() first: the kept articles are not chosen yet")
        return self._condition


def _columns(names: Iterable[str]) -> str:
    return ", ".join(quote_name(name) for name in names)


def typed_frame(table: pa.Table, schema: pa.Schema | None) -> pd.DataFrame:
    """An Arrow result as pandas, with the dtypes the table's own schema gives its columns.

    Chunks are combined first: pandas keeps Arrow-backed string columns as they come, and
    every sort or join of a column in several chunks costs about four times as much.
    """
    table = table.combine_chunks()
    if schema is None:
        return table.to_pandas()
    fields = [schema.field(name) if name in schema.names else None for name in table.column_names]
    if any(field is None for field in fields):
        return table.to_pandas()
    target = pa.schema(fields, metadata=schema.metadata)
    return table.cast(target).to_pandas()


def parquet_schema(path: Path) -> pa.Schema | None:
    """The Arrow schema (pandas metadata included) of a table file or dataset folder."""
    if path.is_file():
        return pq.read_schema(path)
    if path.is_dir():
        first = next(iter(sorted(path.rglob("*.parquet"))), None)
        return pq.read_schema(first) if first is not None else None
    return None


class FactTables(Mapping[str, pd.DataFrame]):
    """The kept articles' fact tables by name, each read from the store when first asked for.

    A notebook that charts sanctions never reads the five million mentions; ``count`` gives a
    table's rows without reading them. Mapping methods that walk the values (``items()``)
    read every table: use them on small corpora only.
    """

    def __init__(self, store: ArticleStore) -> None:
        self._store = store
        self._frames: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._store.fact_names:
            raise KeyError(name)
        if name not in self._frames:
            self._frames[name] = self._store.facts(name)
        return self._frames[name]

    def __contains__(self, name: object) -> bool:
        """Whether the store has the table (Mapping's default would read it to find out)."""
        return name in self._store.fact_names

    def __iter__(self) -> Iterator[str]:
        return iter(self._store.fact_names)

    def __len__(self) -> int:
        return len(self._store.fact_names)

    def __repr__(self) -> str:
        read = ", ".join(self._frames) or "none yet"
        return f"FactTables({', '.join(self._store.fact_names)}; read: {read})"

    def count(self, name: str) -> int:
        """Rows of a table (of the kept articles), without reading it."""
        if name in self._frames:
            return len(self._frames[name])
        return self._store.count(name)

    def is_read(self, name: str) -> bool:
        return name in self._frames

    def columns(self, name: str, columns: Iterable[str]) -> pd.DataFrame:
        """Some columns of a table only (not cached): what a count or a join needs."""
        if name in self._frames:
            return self._frames[name][list(columns)]
        return self._store.facts(name, columns)

    @property
    def store(self) -> ArticleStore:
        return self._store
