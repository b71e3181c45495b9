"""Incremental runs: re-running on a grown corpus extracts only the articles not seen before.

Why it is safe: an article's id is the hash of its cleaned text, so an id seen before means the
same text; and a previous run is reused only when it was made by the same extraction (the same
case, gazetteers, extractor code and tidynews version: the *fingerprint*). The record of a run,
``run.json``, is written after every table, so a run killed half-way is never taken for a
complete one: the ids it lists are exactly those whose rows every table already holds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from . import __version__
from .cases import Case
from .resources import resource_dir
from .storage import atomic_write
from .store import arrow_batches, connect_tables, parquet_files, parquet_source

RUN_FILE = "run.json"
PACKAGE = Path(__file__).resolve().parent
# What decides the rows an article gets: change any of these and every article is redone.
CODE = (
    "annotate.py",
    "document.py",
    "people.py",
    "companies.py",
    "gazetteer.py",
    "extraction.py",
    "extractors",
)


def fingerprint(case: Case, table_names: Iterable[str]) -> str:
    """A digest of everything extraction depends on besides the article's text."""
    digest = hashlib.sha256()
    digest.update(f"tidynews {__version__}\n{case!r}\n{sorted(table_names)!r}\n".encode())
    for path in _dependency_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _dependency_files() -> list[Path]:
    files: list[Path] = []
    for name in CODE:
        path = PACKAGE / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    files.extend(sorted(p for p in resource_dir("gazetteers").iterdir() if p.is_file()))
    return files


def previous_ids(out_dir: Path, expected: str) -> set[str]:
    """The article ids a previous complete run with this fingerprint extracted (else none)."""
    try:
        record = json.loads((out_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(record, dict) or record.get("fingerprint") != expected:
        return set()
    return {str(i) for i in record.get("article_ids", [])}


class PreviousRun:
    """The rows a previous complete run gave the articles it saw, fetched chunk by chunk.

    Why DuckDB: the previous tables may be larger than memory, so they are never loaded
    whole; the rows of the articles still in the corpus are copied once into DuckDB tables
    (which spill to disk), and each chunk then asks for its own articles' rows, in the order
    the previous run wrote them.
    """

    def __init__(self, out_dir: Path, names: Iterable[str], keep: set[str]) -> None:
        import duckdb
        import pyarrow as pa

        self.ids = set(keep)
        self._connection = duckdb.connect(":memory:")
        self._connection.execute("SET preserve_insertion_order = true")
        self._connection.register("kept_ids", pa.table({"article_id": sorted(self.ids)}))
        self._tables: dict[str, str] = {}
        for index, name in enumerate(names):
            self._tables[name] = f"previous_{index}"
            self._copy(name, out_dir / f"{name}.parquet", f"previous_{index}")
        self._connection.unregister("kept_ids")

    def _copy(self, name: str, path: Path, table: str) -> None:
        if not path.exists():
            raise FileNotFoundError(f"previous table {name} is missing")
        source = parquet_files(path)
        self._connection.execute(
            f"CREATE TABLE {table} AS SELECT * FROM read_parquet(?, filename = true, "
            "file_row_number = true) WHERE article_id IN (SELECT article_id FROM kept_ids)",
            [source],
        )

    def rows(self, name: str, article_ids: list[str]) -> pd.DataFrame:
        """The previous rows of these articles, in the previous run's order."""
        import pyarrow as pa

        self._connection.register("wanted", pa.table({"article_id": article_ids}))
        try:
            frame = self._connection.execute(
                f"SELECT * EXCLUDE (filename, file_row_number) FROM {self._tables[name]} "
                "WHERE article_id IN (SELECT article_id FROM wanted) "
                "ORDER BY filename, file_row_number"
            ).df()
        finally:
            self._connection.unregister("wanted")
        return frame

    def close(self) -> None:
        self._connection.close()


def open_previous(out_dir: Path, names: Iterable[str], keep: set[str]) -> PreviousRun | None:
    """The previous run's rows for ``keep``; None if a table cannot be read (redo all)."""
    import duckdb

    if not keep:
        return None
    try:
        return PreviousRun(out_dir, list(names), keep)
    except (OSError, duckdb.Error):
        return None


def write_run(out_dir: Path, fingerprint_: str, sorted_ids: Iterable[str]) -> Path:
    """Record a complete run (after every table is written): its fingerprint and its
    articles' ids, which must come sorted (a repeat is written once).

    Written an id at a time, as ``json.dumps(record, indent=0)`` would lay it out: a run of
    millions of articles holds neither the ids nor the record in memory (the ids come from
    DuckDB, see ``published_ids``).
    """

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8") as handle:
            handle.write('{\n"fingerprint": ' + json.dumps(fingerprint_) + ',\n"article_ids": [')
            previous: str | None = None
            for article_id in sorted_ids:
                if previous is not None and article_id <= previous:
                    if article_id == previous:
                        continue
                    raise ValueError(f"article ids out of order: {article_id!r} after {previous!r}")
                handle.write(("\n" if previous is None else ",\n") + json.dumps(article_id))
                previous = article_id
            handle.write("\n]\n}" if previous is not None else "]\n}")

    return atomic_write(out_dir / RUN_FILE, write)


def published_ids(out_dir: Path, batch_rows: int = 50_000) -> Iterator[str]:
    """The ids of the articles table in ``out_dir``, sorted, each once, a batch at a time
    (DuckDB sorts them, spilling to disk if it must)."""
    path = out_dir / "articles.parquet"
    if not path.exists():  # a written table always has a part, an empty one included
        return
    connection = connect_tables({"articles": parquet_source(path)})
    try:
        relation = connection.sql(
            "SELECT DISTINCT article_id FROM articles WHERE article_id IS NOT NULL "
            "ORDER BY article_id"
        )
        for batch in arrow_batches(relation, batch_rows):
            yield from (str(value) for value in batch.column(0).to_pylist())
    finally:
        connection.close()
