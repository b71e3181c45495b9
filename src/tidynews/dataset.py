"""Writing a table as a Parquet dataset partitioned by outlet and month, batch by batch.

Why: a crisis archive's tables do not fit in memory, so ``tidynews extract`` hands each batch
of rows to a :class:`DatasetSink` and forgets it. Rows wait in a small buffer per partition
and go to disk as ``NAME.parquet/OUTLET/YYYY-MM/part-NNNNN.parquet`` when the buffer is full.

Why plain folder names, not Hive's ``outlet=…/month=…``: pandas and DuckDB would turn Hive keys
into extra columns, and pandas refuses the articles table, whose own ``outlet`` column the key
would duplicate. With plain names ``pandas.read_parquet(DIR / "NAME.parquet")`` returns
exactly the table's columns, as the contract asks; a reader filtering on outlet still skips
other outlets' files, since every file holds one outlet and month.

Why a staging folder: a table is written beside its final place and moved there only when the
run has succeeded (:func:`publish`), so a killed run leaves the previous output, never a
dataset that is half old and half new. Rows keep their order within a partition, and files are
read back in path order, so the same rows in the same order give the same tables, whatever the
engine or the buffer size.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schemas import coerce, validate
from .storage import ensure_writable_folder, flush_to_disk, process_alive, readable_like_open

NO_OUTLET = "(no outlet)"
NO_MONTH = "(undated)"
STAGING_SUFFIX = ".staging"
# Rows buffered by a run, all tables together, before the largest partitions are written
# out. Large enough for files of useful size; one budget for the whole sink, not one per table,
# so the memory a run spends on buffers is this figure whatever the number of tables.
DEFAULT_BUFFER_MB = 32
# A partition's pieces (one per chunk) are merged into one table once there are this many:
# each piece costs Arrow objects (a table, its columns, their buffers) that its bytes do not
# count, and a table spread over seventy partitions makes hundreds of tiny pieces a chunk.
PIECES_MERGED = 16
DEFAULT_BUFFER_BYTES = DEFAULT_BUFFER_MB * 2**20


def partition_of(outlet: object, published: object) -> str:
    """The folder of an article's rows: ``OUTLET/YYYY-MM``, both safe as path parts."""
    outlet_part = NO_OUTLET if _missing(outlet) else _safe_name(str(outlet))
    stamp = pd.Timestamp(published) if not _missing(published) else None
    month = NO_MONTH if stamp is None else f"{stamp.year:04d}-{stamp.month:02d}"
    return f"{outlet_part}/{month}"


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _safe_name(outlet: str) -> str:
    """Percent-encode everything but letters, digits, dots and dashes, and a leading dot.

    pyarrow skips files and folders whose names start with "." or "_" (it takes them for
    hidden or metadata files): an outlet named so would silently vanish from the table.
    """
    encoded = quote(outlet, safe=".-")  # letters, digits, "_" and "~" are never quoted
    if encoded[:1] in {".", "_"}:
        encoded = f"%{ord(encoded[0]):02X}{encoded[1:]}"
    return encoded or "%00"


def partitions_for(frame: pd.DataFrame, article_partitions: Mapping[str, str]) -> pd.Series:
    """Each row's partition, from its article's (every fact row names its article)."""
    return frame["article_id"].astype("string").map(article_partitions)


def _split_by_key(table: pa.Table, keys: pd.Series) -> list[tuple[object, pa.Table]]:
    """The rows of each key, keys in order of first appearance, rows in their order.

    One stable sort and one ``take`` per table, then zero-copy slices: a chunk's rows fall in
    dozens of partitions (every outlet and month of the files read), and comparing the key
    strings once per partition cost more than the rest of writing (``pd.factorize`` hashes
    them once). The slices are copied when a partition's pieces are merged or written.
    """
    codes, uniques = pd.factorize(keys.to_numpy(), use_na_sentinel=False)
    if len(uniques) == 1:
        return [(uniques[0], table)]
    order = np.argsort(codes, kind="stable")
    ordered = table.take(pa.array(order))
    counts = np.bincount(codes, minlength=len(uniques)).tolist()
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).tolist()
    return [
        (key, ordered.slice(start, count))
        for key, start, count in zip(uniques, starts, counts, strict=True)
    ]


class TableWriter:
    """One table's staging folder: buffers rows by partition and writes them as parts.

    With ``buffer_bytes`` the writer keeps its own buffer under that size; with ``None`` its
    owner does (a :class:`DatasetSink` shares one budget among its tables).
    """

    def __init__(
        self,
        staging: Path,
        name: str,
        template: pd.DataFrame,
        buffer_bytes: int | None = DEFAULT_BUFFER_BYTES,
        merge_bytes: int | None = None,
    ) -> None:
        self.staging = staging
        self.name = name
        self.buffer_bytes = buffer_bytes
        self.merge_bytes = merge_bytes if merge_bytes is not None else buffer_bytes
        self.n_rows = 0
        self._template = coerce(name, template.iloc[:0])
        self._schema = _typed_schema(self._template)
        self._buffers: dict[str, list[pa.Table]] = {}
        self._sizes: dict[str, int] = {}  # bytes buffered per partition, as counted when added
        self._buffered = 0
        self._parts: dict[str, int] = {}

    def add(self, frame: pd.DataFrame, partitions: pd.Series, checked: bool = False) -> None:
        """Validate rows (unless ``checked`` already) and buffer them under their partitions,
        in the order given."""
        if frame.empty:
            return
        checked_frame = frame if checked else validate(self.name, frame)
        if partitions.isna().any():
            raise ValueError(f"table {self.name!r}: rows of articles not in this batch")
        table = self._arrow(checked_frame)
        for key, rows in _split_by_key(table, partitions):
            name = str(key)
            pieces = self._buffers.setdefault(name, [])
            pieces.append(rows)
            self._sizes[name] = self._sizes.get(name, 0) + rows.nbytes
            self._buffered += rows.nbytes
            if len(pieces) >= PIECES_MERGED:
                self._buffers[name] = [pa.concat_tables(pieces).combine_chunks()]
        self.n_rows += len(frame)
        if self.buffer_bytes is not None and self._buffered > self.buffer_bytes:
            self._flush_largest(self.buffer_bytes // 2)

    @property
    def buffered_bytes(self) -> int:
        """Bytes of rows waiting in the buffer."""
        return self._buffered

    def _arrow(self, frame: pd.DataFrame) -> pa.Table:
        """Rows as Arrow, every batch with the first batch's schema (one schema per dataset)."""
        frame = frame.reset_index(drop=True)
        if self._schema is None:
            table = pa.Table.from_pandas(frame, preserve_index=False)
            self._schema = table.schema
            return table
        return pa.Table.from_pandas(frame, schema=self._schema, preserve_index=False)

    def _flush_largest(self, target: int) -> None:
        for key in self._by_size():
            if self._buffered <= target:
                break
            self._write(key)

    def _by_size(self) -> list[str]:
        return sorted(self._sizes, key=self._sizes.__getitem__, reverse=True)

    def write_largest_partition(self) -> None:
        """Write out the partition holding the most buffered bytes (if any)."""
        if self._sizes:
            self._write(max(self._sizes, key=self._sizes.__getitem__))

    def _write(self, key: str) -> None:
        tables = self._buffers.pop(key)
        self._buffered -= self._sizes.pop(key)
        folder = self.staging / key
        folder.mkdir(parents=True, exist_ok=True)
        number = self._parts.get(key, 0)
        self._parts[key] = number + 1
        pq.write_table(pa.concat_tables(tables), folder / f"part-{number:05d}.parquet")

    def close(self) -> Path:
        """Write what is buffered; the staged table (a file, or a dataset folder).

        A table that never filled its buffer is written as one file: a small corpus gets
        plain ``NAME.parquet`` files that any Parquet reader opens. Its rows are in the same
        order a dataset would give (partition by partition), so both forms read the same.
        """
        if not self._parts:
            return self._write_single()
        for key in sorted(self._buffers):
            self._write(key)
        if self.merge_bytes:
            for key in sorted(self._parts):
                merge_parts(self.staging / key, self.merge_bytes)
        return self.staging

    def _write_single(self) -> Path:
        tables = [table for key in sorted(self._buffers) for table in self._buffers[key]]
        self._buffers.clear()
        self._sizes.clear()
        self._buffered = 0
        if not tables:
            tables = [self._arrow(validate(self.name, self._template))]
        single = self.staging / "table.parquet"
        pq.write_table(pa.concat_tables(tables), single)
        return single


def merge_parts(folder: Path, merge_bytes: int) -> None:
    """Merge a partition's consecutive parts into files of up to ``merge_bytes`` of rows.

    Why: a shared buffer writes a partition many times in small parts (7,400 files for
    200,000 articles), and every file costs a query its own open, footer and row groups:
    merged (435 files), the report notebooks over that output ran in 7–18 s instead of
    25–37 s, and the tables shrank from 220 to 137 MiB (docs/scale.md). Memory stays bounded:
    one merged file's rows at a time, sized from the parts' footers before they are read.
    Order is kept: parts are merged in their own order and the merged files numbered the same
    way.
    """
    parts = sorted(folder.glob("part-*.parquet"))
    groups = _consecutive_groups(parts, merge_bytes)
    if len(groups) == len(parts):
        return  # nothing to merge
    merged = []
    for number, group in enumerate(groups):
        target = folder / f"merged-{number:05d}.parquet"
        pq.write_table(pa.concat_tables([pq.read_table(part) for part in group]), target)
        merged.append(target)
    for part in parts:
        part.unlink()
    for number, target in enumerate(merged):
        target.rename(folder / f"part-{number:05d}.parquet")


def _consecutive_groups(parts: list[Path], limit: int) -> list[list[Path]]:
    """Runs of consecutive parts whose rows (uncompressed, from each footer) fit ``limit``; a
    part larger than the limit is a group of its own."""
    groups: list[list[Path]] = []
    size = 0
    for part in parts:
        metadata = pq.read_metadata(part)
        rows_bytes = sum(
            metadata.row_group(index).total_byte_size for index in range(metadata.num_row_groups)
        )
        if groups and size + rows_bytes <= limit:
            groups[-1].append(part)
            size += rows_bytes
        else:
            groups.append([part])
            size = rows_bytes
    return groups


def _typed_schema(template: pd.DataFrame) -> pa.Schema | None:
    """The Arrow schema of an empty table, unless a column's type is only known from rows.

    An empty object column becomes Arrow's null type; a schema taken from it would refuse
    the first real value, so such a table takes its schema from its first rows instead.
    """
    schema = pa.Schema.from_pandas(template, preserve_index=False)
    return None if any(pa.types.is_null(field.type) for field in schema) else schema


class DatasetSink:
    """Every table of a run, written under ``out_dir`` in staging folders until published."""

    def __init__(
        self,
        out_dir: str | os.PathLike[str],
        templates: Mapping[str, pd.DataFrame],
        buffer_bytes: int = DEFAULT_BUFFER_BYTES,
    ) -> None:
        self.out_dir = ensure_writable_folder(out_dir)
        remove_stale_staging(self.out_dir)
        self.writers: dict[str, TableWriter] = {}
        self._extra: list[Path] = []  # staging folders of tables written whole (stage_file)
        for name, template in templates.items():
            self.writers[name] = TableWriter(
                self._staging_folder(name), name, template, buffer_bytes=None,
                merge_bytes=buffer_bytes,
            )  # fmt: skip
        self.buffer_bytes = buffer_bytes
        self._staged: dict[str, Path] = {}

    def _staging_folder(self, name: str) -> Path:
        """A hidden folder beside the output, named so a killed run's is recognised."""
        staging = Path(
            tempfile.mkdtemp(
                prefix=f".{name}.parquet.{os.getpid()}.", suffix=STAGING_SUFFIX, dir=self.out_dir
            )
        )
        readable_like_open(staging, 0o777)  # mkdtemp makes it owner-only
        return staging

    def add(
        self,
        name: str,
        frame: pd.DataFrame,
        article_partitions: Mapping[str, str],
        checked: bool = False,
    ) -> None:
        self.writers[name].add(frame, partitions_for(frame, article_partitions), checked)
        if self.buffered_bytes() > self.buffer_bytes:
            self._flush_down_to(self.buffer_bytes // 2)

    def buffered_bytes(self) -> int:
        """Bytes of rows waiting in the buffers of all tables."""
        return sum(writer.buffered_bytes for writer in self.writers.values())

    def _flush_down_to(self, target: int) -> None:
        """Write the largest partitions of the fullest tables until ``target`` bytes remain.

        Largest first: the fewest files for the memory freed, and a table whose rows are few
        stays in the buffer, to be written as one file at the end.
        """
        while (total := self.buffered_bytes()) > target:
            fullest = max(self.writers.values(), key=lambda writer: writer.buffered_bytes)
            fullest.write_largest_partition()
            if self.buffered_bytes() >= total:  # nothing left to write
                break

    def counts(self) -> dict[str, int]:
        return {name: writer.n_rows for name, writer in self.writers.items()}

    def close(self) -> None:
        """Write what is buffered (the tables are staged, not yet in place)."""
        self._staged = {name: writer.close() for name, writer in self.writers.items()}

    def stage_file(self, name: str, write: Callable[[Path], None]) -> Path:
        """Stage one more table as a single file written by ``write(path)`` (after
        :meth:`close`, from the staged tables, say); it is published with the others."""
        staging = self._staging_folder(name)
        self._extra.append(staging)
        path = staging / "table.parquet"
        write(path)
        self._staged[name] = path
        return path

    @property
    def staged(self) -> dict[str, Path]:
        """Each closed table's staged file or folder (readable before it is put in place)."""
        return dict(self._staged)

    def publish(self) -> list[Path]:
        """Move every closed table into place as ``out_dir/NAME.parquet``."""
        published = [
            publish(staged, self.out_dir / f"{name}.parquet")
            for name, staged in self._staged.items()
        ]
        self.discard()  # the emptied staging folders of single-file tables
        return published

    def discard(self) -> None:
        """Remove the staging folders (a failed run leaves the previous output as it was)."""
        for writer in self.writers.values():
            shutil.rmtree(writer.staging, ignore_errors=True)
        for staging in self._extra:
            shutil.rmtree(staging, ignore_errors=True)


def publish(staging: Path, final: Path) -> Path:
    """Put a staged table (file or folder) at ``final``, replacing a file or folder there.

    A file replaces a file in one atomic step. Otherwise the old one is first renamed aside:
    a crash between the two renames leaves no table under its name (the contract allows the
    previous output or none), never a mixture.
    """
    for path in _files_under(staging):
        flush_to_disk(path)
    aside = None
    replaceable = staging.is_file() and final.is_file() and not final.is_symlink()
    if not replaceable and (final.exists() or final.is_symlink()):
        aside = final.with_name(f".{final.name}.{os.getpid()}.old{STAGING_SUFFIX}")
        os.replace(final, aside)
    os.replace(staging, final)
    flush_to_disk(final.parent)
    if aside is not None:
        _remove(aside)
    return final


def _files_under(staged: Path) -> list[Path]:
    if staged.is_file():
        return [staged]
    return [path for path in staged.rglob("*") if path.is_file()] + [staged]


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def remove_stale_staging(out_dir: Path) -> list[Path]:
    """Delete staging folders left by runs that were killed (their process is gone)."""
    removed = []
    for candidate in out_dir.glob(f".*.parquet.*{STAGING_SUFFIX}"):
        pid = _staging_pid(candidate.name)
        if pid is not None and not process_alive(pid):
            _remove(candidate)
            removed.append(candidate)
    return removed


def _staging_pid(name: str) -> int | None:
    """The writer's pid in ``.NAME.parquet.PID.xxxx.staging`` (or ``.PID.old.staging``)."""
    _, _, rest = name.partition(".parquet.")
    pid, _, _ = rest.partition(".")
    return int(pid) if pid.isdigit() else None
