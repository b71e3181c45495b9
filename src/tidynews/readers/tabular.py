"""Many articles per file: JSON Lines, JSON, CSV and Parquet, one article per record.

Records are named ``file#N`` (N counts from 1, the way people number lines and rows), so a
malformed record, or a gold annotation, can point at one record of a big export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyarrow.parquet as pq

from .base import Item, RawArticle, ReadOptions, Skip, Source, read_text, register_reader

_TOO_DEEP = "nested too deeply to parse"

# Names exports commonly use for the contract's columns, tried in order when the user gave no
# explicit mapping (ReadOptions.columns) for that column.
COLUMN_ALIASES: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "maintext"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "permalink", "source_url"),
    "outlet": ("outlet", "source", "site", "domain", "publisher"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate", "date_publish"),
}


def resolve_columns(available: Iterable[str], explicit: Mapping[str, str]) -> dict[str, str]:
    """Map each contract column to the record key that holds it (explicit mapping first)."""
    names = list(available)
    lowered = {name.lower(): name for name in names}
    mapping: dict[str, str] = {}
    for column, aliases in COLUMN_ALIASES.items():
        if column in explicit:
            if explicit[column] in names:
                mapping[column] = explicit[column]
            continue
        for alias in aliases:
            if alias in lowered:
                mapping[column] = lowered[alias]
                break
    return mapping


def record_to_item(
    name: str, number: int, record: Any, explicit: Mapping[str, str], note: str | None = None
) -> Item:
    """One record as an article, or a Skip saying which record and what is wrong with it.

    ``note`` is what decoding the file had to repair, carried to each record's report row.
    """
    path = f"{name}#{number}"
    if not isinstance(record, Mapping):
        return Skip(
            path, "malformed", f"record {number} is a {type(record).__name__}, not an object"
        )
    mapping = resolve_columns(record.keys(), explicit)
    wanted = explicit.get("text", "text")
    if "text" not in mapping:
        return Skip(path, "malformed", f"record {number} has no '{wanted}' field")
    text = record.get(mapping["text"])
    if text is not None and not isinstance(text, str):
        kind = type(text).__name__
        return Skip(
            path, "malformed", f"record {number}: '{mapping['text']}' is a {kind}, not a text"
        )
    if not text or not text.strip():
        return Skip(path, "empty", f"record {number} has an empty '{mapping['text']}' field")

    def field(column: str) -> str | None:
        value = record.get(mapping[column]) if column in mapping else None
        if value is None or (isinstance(value, float) and value != value):  # NaN from pandas
            return None
        value = str(value).strip()
        return value or None

    return RawArticle(
        path=path,
        text=text,
        title=field("title"),
        url=field("url"),
        outlet=field("outlet"),
        published=field("published"),
        note=note,
    )


@register_reader(".jsonl", ".ndjson")
def read_json_lines(source: Source, options: ReadOptions) -> Iterator[Item]:
    decoded = read_text(source, options)
    if isinstance(decoded, Skip):
        yield decoded
        return
    # Why split on "\n" and not str.splitlines(): JSON strings may hold U+2028, U+0085 and
    # other characters splitlines() breaks on, which would cut one good record in two.
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skip(f"{source.name}#{number}", "malformed", f"record {number}: {error.msg}")
            continue
        except RecursionError:
            yield Skip(f"{source.name}#{number}", "malformed", f"record {number}: {_TOO_DEEP}")
            continue
        yield record_to_item(source.name, number, record, options.columns, decoded.note)


@register_reader(".json")
def read_json(source: Source, options: ReadOptions) -> Iterator[Item]:
    decoded = read_text(source, options)
    if isinstance(decoded, Skip):
        yield decoded
        return
    try:
        document = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        yield Skip(source.name, "malformed", f"not valid JSON: {error.msg} at line {error.lineno}")
        return
    except RecursionError:
        yield Skip(source.name, "malformed", _TOO_DEEP)
        return
    records = _records_in(document)
    if records is None:
        yield Skip(source.name, "malformed", "JSON holds neither an article nor a list of them")
        return
    for number, record in enumerate(records, start=1):
        yield record_to_item(source.name, number, record, options.columns, decoded.note)


def _records_in(document: Any) -> list[Any] | None:
    """A list of records, an object wrapping one (articles/records/data/items), or one record."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in ("articles", "records", "data", "items"):
            if isinstance(document.get(key), list):
                return document[key]
        return [document]
    return None


@register_reader(".csv", ".tsv")
def read_csv(source: Source, options: ReadOptions) -> Iterator[Item]:
    decoded = read_text(source, options)
    if isinstance(decoded, Skip):
        yield decoded
        return
    delimiter = "\t" if source.suffix_name.endswith(".tsv") else ","
    # A long article is a long cell: the csv module's default cap (128 KiB) would stop the file.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    # Why the csv module and not pandas: it hands us each row with its own field count, so a
    # row with missing or extra fields is reported as that record, not a failure of the file.
    # Strict, so a quote opened and never closed is an error (not a silent cell swallowing the
    # rest of the file); the reader goes on at the next line after each error.
    reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=delimiter, strict=True)
    rows = _csv_rows(reader)
    first = next(rows, None)
    if first is None:
        yield Skip(source.name, "empty", "no header row")
        return
    if isinstance(first[2], csv.Error):
        yield Skip(source.name, "malformed", f"the header row does not parse: {first[2]}")
        return
    header = [name.strip().lstrip("\ufeff") for name in first[2]]
    for number, (line, last, row) in enumerate(rows, start=1):
        path, lines = f"{source.name}#{number}", _lines(line, last)
        if isinstance(row, csv.Error):
            yield Skip(path, "malformed", f"record {number} ({lines}) does not parse: {row}")
        elif not any(cell.strip() for cell in row):
            continue
        elif len(row) != len(header):
            fields = f"has {len(row)} fields, the header has {len(header)}"
            yield Skip(path, "malformed", f"record {number} ({lines}) {fields}")
        else:
            record = dict(zip(header, row, strict=True))
            yield record_to_item(source.name, number, record, options.columns, decoded.note)


def _csv_rows(reader: Any) -> Iterator[tuple[int, int, list[str] | csv.Error]]:
    """(first line, last line, row or the error that row raised) for every row of a CSV."""
    while True:
        first = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield first, reader.line_num, error
            continue
        yield first, reader.line_num, row


def _lines(first: int, last: int) -> str:
    return f"line {first}" if first >= last else f"lines {first}-{last}"


@register_reader(".parquet", ".pq")
def read_parquet(source: Source, options: ReadOptions) -> Iterator[Item]:
    data = source.read_limited(options.max_bytes)
    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError, ... on broken files
        yield Skip(source.name, "malformed", f"not a readable Parquet file: {error}")
        return
    number = 0
    for batch in table.to_batches(max_chunksize=10_000):
        for record in batch.to_pylist():
            number += 1
            yield record_to_item(source.name, number, record, options.columns)
