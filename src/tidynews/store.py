"""Query an output folder in place with DuckDB: one view per table, nothing loaded up front.

Why: a crisis archive's tables outgrow pandas long before they outgrow the disk. DuckDB reads
Parquet where it lies, pushes filters and column choices down into the scan, and hands back
only the rows a chart needs. A table may be one ``NAME.parquet`` file or a ``NAME.parquet/``
folder holding a partitioned dataset (contract, section 4); both become the same view.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

if TYPE_CHECKING:
    import pyarrow as pa

REPORT_FILES = ("ingest_report.csv",)


class StoreError(ValueError):
    """An output folder that cannot be opened as a store (missing, or holding no tables)."""


def table_sources(out_dir: str | Path) -> dict[str, str]:
    """Table name -> the DuckDB expression that scans it, for every table in ``out_dir``."""
    folder = Path(out_dir)
    if not folder.is_dir():
        raise StoreError(
            f"{folder} is not a folder of tables; "
            f"run `tidynews extract CORPUS --out {folder}` first"
        )
    sources: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue  # temporary files of an atomic write under way
        if path.suffix == ".parquet":
            sources[path.stem] = parquet_source(path)
        elif path.name in REPORT_FILES:
            sources[path.stem] = f"read_csv_auto({_literal(path)}, header=true)"
    if not sources:
        raise StoreError(f"{folder} holds no tables (no *.parquet files)")
    return sources


def parquet_files(path: Path) -> str:
    """What DuckDB reads for a table: the file itself, or every part of a dataset folder."""
    return str(path / "**" / "*.parquet") if path.is_dir() else str(path)


def parquet_source(path: Path) -> str:
    """The DuckDB expression that scans one table: a Parquet file or a dataset folder.

    tidynews' own datasets name folders ``OUTLET/YYYY-MM`` (nothing to read from the path),
    but a dataset written by other tools as ``key=value`` folders gets those keys as
    columns; ``union_by_name`` lets parts that gained a column later be read together.
    """
    pattern = _literal(Path(parquet_files(path)))
    if path.is_dir():
        return f"read_parquet({pattern}, hive_partitioning = true, union_by_name = true)"
    return f"read_parquet({pattern})"


def _literal(path: Path) -> str:
    """A SQL string literal for a path (quotes doubled: a folder may be called "O'Neil")."""
    return "'" + str(path).replace("'", "''") + "'"


def quiet_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection that prints no progress bar.

    DuckDB draws one on standard output for any query over two seconds; in a notebook kernel
    that bar becomes part of the cell's output, and of the committed notebook or report page.
    """
    connection = duckdb.connect(":memory:")
    connection.execute("SET enable_progress_bar = false").fetchall()
    return connection


def open_store(out_dir: str | Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per table of ``out_dir`` (``tidynews.open``).

    The connection is in memory: the Parquet files are only read, never changed.
    """
    return connect_tables(table_sources(out_dir))


def connect_tables(sources: Mapping[str, str]) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with a view per table: name -> the expression that scans it."""
    connection = quiet_connection()
    for name, source in sources.items():
        quoted = '"' + name.replace('"', '""') + '"'
        connection.execute(f"CREATE VIEW {quoted} AS SELECT * FROM {source}")
    return connection


def arrow_batches(relation: duckdb.DuckDBPyRelation, rows: int) -> Iterator[pa.RecordBatch]:
    """A query's result as Arrow record batches of about ``rows`` rows, fetched as they are
    read (the result is never whole in memory). The reader is closed when done or dropped:
    an unfinished result would block its connection."""
    # DuckDB 1.x calls it fetch_arrow_reader; 2.x deprecates that name for to_arrow_reader
    as_reader = getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader
    reader = as_reader(rows)
    try:
        yield from reader
    finally:
        reader.close()


def query(out_dir: str | Path, sql: str) -> pd.DataFrame:
    """Run one SQL statement over the tables of ``out_dir`` and return the result."""
    connection = open_store(out_dir)
    try:
        return connection.execute(sql).df()
    finally:
        connection.close()


def table_names(connection: duckdb.DuckDBPyConnection) -> list[str]:
    """The views a store connection offers."""
    rows = connection.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name"
    ).fetchall()
    return [row[0] for row in rows]
