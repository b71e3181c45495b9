"""Read a corpus: walk it, read every file, build articles, and account for every input.

The ingest report is the ledger: each file and each record is either an article or a row with
the reason it was skipped, so a researcher can see exactly what a chart is (and is not) made of.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from .articles import ArticleRow, articles_frame, build_article
from .cleaning import RuleBook, default_rulebook
from .decoding import NotTextError, UndecodableError, decode_bytes
from .readers import RawArticle, ReadOptions, Skip, Source, read_source
from .readers.base import TooLargeError, describe_os_error

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "outlet", "published", "url", "title")
MAX_MANIFEST_BYTES = 256 * 2**20  # a manifest is read whole: a million rows, not a bomb
REPORT_COLUMNS = ("path", "status", "reason", "detail", "article_id")

CorpusPaths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


class CorpusNotFoundError(FileNotFoundError):
    """A corpus path that does not exist (a user mistake the CLI reports in one line)."""


@dataclass(frozen=True, slots=True)
class ReportRow:
    path: str
    status: str  # article | skipped | metadata
    reason: str | None = None
    detail: str | None = None
    article_id: str | None = None


@dataclass(frozen=True)
class IngestResult:
    """The articles table and the ingest report that accounts for every input."""

    articles: pd.DataFrame
    report: pd.DataFrame

    @property
    def n_articles(self) -> int:
        return len(self.articles)

    def summary(self) -> str:
        """A few lines for people: what was read, what was skipped and why."""
        return summarise_report(self.report)


@dataclass(frozen=True)
class ReportCounts:
    """What an ingest report says in numbers: inputs, articles, skips by reason."""

    n_inputs: int
    n_articles: int
    skipped: dict[str, int]

    @classmethod
    def of(cls, report: pd.DataFrame) -> ReportCounts:
        skipped = report.loc[report["status"] == "skipped", "reason"].value_counts()
        return cls(
            n_inputs=len(report),
            n_articles=int((report["status"] == "article").sum()),
            skipped={str(reason): int(count) for reason, count in skipped.items()},
        )

    def text(self) -> str:
        """A few lines for people: what was read, what was skipped and why."""
        lines = [f"{self.n_articles} articles from {self.n_inputs} inputs"]
        if self.skipped:
            reasons = sorted(self.skipped.items())
            listed = ", ".join(f"{reason}: {count}" for reason, count in reasons)
            lines.append(f"{sum(self.skipped.values())} skipped ({listed})")
        return "\n".join(lines)


def summarise_report(report: pd.DataFrame) -> str:
    return ReportCounts.of(report).text()


# --- walking ------------------------------------------------------------------------------


def _as_paths(paths: CorpusPaths) -> list[Path]:
    if isinstance(paths, str | os.PathLike):
        return [Path(paths)]
    return [Path(path) for path in paths]


def iter_sources(paths: CorpusPaths) -> Iterator[tuple[Path, Source | Skip]]:
    """Every file under the corpus paths, in a stable order, with the root it is relative to.

    Folders are read recursively; symbolic links are followed, but a folder already visited
    (a link loop) is reported instead of entered again.
    """
    for path in _as_paths(paths):
        if not path.exists():
            raise CorpusNotFoundError(
                f"corpus path not found: {path} (give an existing folder or file to read)"
            )
        if path.is_dir():
            yield from _walk(path, path, set())
        elif path.is_file():
            yield path.parent, Source.from_file(printable(path.name), path, _size(path))
        else:  # opening a named pipe would wait forever for a writer
            yield path.parent, Skip(printable(path.name), "unreadable", _NOT_REGULAR)


_NOT_REGULAR = "not a regular file (broken link, link loop, pipe, device)"


def printable(name: str) -> str:
    """A file name that can be written to CSV and Parquet.

    A name that is not valid UTF-8 on disk comes to Python with lone surrogates, which no
    UTF-8 writer accepts: the run would fail at the very end. Its bad bytes are shown as
    ``\\xff`` escapes instead, so the report still says which file it was.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _walk(
    root: Path, folder: Path, seen: set[tuple[int, int]]
) -> Iterator[tuple[Path, Source | Skip]]:
    name = printable(folder.relative_to(root).as_posix())
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in seen:
            yield root, Skip(name, "unreadable", "symbolic link loop: folder already read")
            return
        seen.add(key)
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield root, Skip(name or ".", "unreadable", describe_os_error(error))
        return
    for entry in entries:
        relative = printable(Path(entry.path).relative_to(root).as_posix())
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as error:
            yield root, Skip(relative, "unreadable", describe_os_error(error))
            continue
        if is_dir:
            yield from _walk(root, Path(entry.path), seen)
        elif is_file:
            yield root, Source.from_file(relative, Path(entry.path), _size(Path(entry.path)))
        else:
            yield root, Skip(relative, "unreadable", _NOT_REGULAR)


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


# --- manifests ----------------------------------------------------------------------------


class Manifest:
    """Per-file metadata from ``manifest.csv`` files, keyed by path relative to the corpus root.

    A manifest may sit in any folder of the corpus; its ``file`` column is relative to that
    folder. Its values override what the files say about themselves.
    """

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, str]] = {}
        self.used: set[str] = set()

    def load(self, source: Source) -> ReportRow:
        """Read one manifest (in any encoding the readers accept); its report row."""
        manifest_name = source.name
        folder = Path(manifest_name).parent
        try:
            text = decode_bytes(source.read_limited(MAX_MANIFEST_BYTES)).text.lstrip("\ufeff")
            rows = list(csv.DictReader(io.StringIO(text, newline="")))
        except OSError as error:
            detail = f"manifest unreadable: {describe_os_error(error)}"
            return ReportRow(manifest_name, "skipped", "unreadable", detail)
        except (NotTextError, UndecodableError, TooLargeError, csv.Error) as error:
            return ReportRow(manifest_name, "skipped", "malformed", f"manifest unreadable: {error}")
        if rows and "file" not in rows[0]:
            return ReportRow(manifest_name, "skipped", "malformed", "manifest has no 'file' column")
        for row in rows:
            if not (row.get("file") or "").strip():
                continue
            key = (folder / row["file"].strip()).as_posix()
            values = {k: v.strip() for k, v in row.items() if k in MANIFEST_COLUMNS and v}
            self._rows[key] = values
        return ReportRow(manifest_name, "metadata", None, f"metadata for {len(rows)} files")

    def lookup(self, article_path: str) -> Mapping[str, str]:
        """The manifest row for an article: its own path, or the file it is a record of."""
        for key in (article_path, article_path.split("#", 1)[0], article_path.split("!", 1)[0]):
            if key in self._rows:
                self.used.add(key)
                return self._rows[key]
        return {}

    def unused(self) -> list[str]:
        return sorted(set(self._rows) - self.used)


# --- reading ------------------------------------------------------------------------------


def iter_items(
    paths: CorpusPaths,
    options: ReadOptions | None = None,
    manifest: Manifest | None = None,
    progress: bool = False,
) -> Iterator[RawArticle | Skip | ReportRow]:
    """Raw articles, skips and manifest rows for every input, manifests loaded first."""
    options = options or ReadOptions()
    manifest = manifest if manifest is not None else Manifest()
    found = list(iter_sources(paths))
    sources: list[Source | Skip] = []
    for _root, item in found:
        if isinstance(item, Source) and Path(item.name).name.lower() == MANIFEST_NAME:
            yield manifest.load(item)
        else:
            sources.append(item)
    bar = tqdm(sources, desc="reading", unit="file", disable=None if progress else True)
    for item in bar:
        if isinstance(item, Skip):
            yield item
        else:
            yield from read_source(item, options)


class SeenIds:
    """The article ids read so far, in 8 bytes each: the duplicate ledger of a streamed run.

    Why not a set of strings: at 200,000 articles a set of ids (and a dict of their paths)
    holds some 50 MB that grows with the corpus. An id is 12 hex digits (48 bits), so it is
    kept exactly as an unsigned integer: recent ones in a small set, the rest in a sorted
    numpy array searched by bisection and merged into every ``MERGE_AT`` additions.
    """

    MERGE_AT = 65_536

    def __init__(self) -> None:
        self._sorted = np.empty(0, dtype=np.uint64)
        self._recent: set[int] = set()

    def __len__(self) -> int:
        return self._sorted.size + len(self._recent)

    def add(self, article_id: str) -> bool:
        """Record an id; False if it was recorded before (the article is a duplicate)."""
        key = _id_key(article_id)
        if key in self._recent or self._in_sorted(key):
            return False
        self._recent.add(key)
        if len(self._recent) >= self.MERGE_AT:
            recent = np.fromiter(self._recent, dtype=np.uint64, count=len(self._recent))
            self._sorted = np.union1d(self._sorted, recent)
            self._recent = set()
        return True

    def _in_sorted(self, key: int) -> bool:
        if not self._sorted.size:
            return False
        value = np.uint64(key)
        index = int(np.searchsorted(self._sorted, value))
        return index < self._sorted.size and self._sorted[index] == value


def _id_key(article_id: str) -> int:
    """The id as an integer: exact for tidynews ids (hex), a 64-bit digest for any other."""
    if len(article_id) <= 16:
        try:
            return int(article_id, 16)
        except ValueError:
            pass
    return int.from_bytes(hashlib.blake2b(article_id.encode(), digest_size=8).digest(), "big")


_DUPLICATE_DETAIL = "same text as article {}"


class IngestStream:
    """A corpus read as batches of articles, with the report complete once they are consumed.

    Why a stream: a crisis archive does not fit in memory as text, so ``tidynews extract``
    cleans and extracts it batch by batch. What must see the whole corpus stays small: the
    ids read so far (8 bytes each, :class:`SeenIds`) and the ids of duplicates. The report
    rows are either kept for :attr:`report` or taken as they come (:meth:`take_report_rows`)
    by a caller that writes them out. A duplicate's row names the first path of its text;
    that path is filled in at the end (:func:`with_first_paths`), from the report itself.
    """

    def __init__(
        self,
        paths: CorpusPaths,
        *,
        options: ReadOptions | None = None,
        rules: RuleBook | None = None,
        progress: bool = False,
        batch_size: int = 1000,
    ) -> None:
        self._paths = paths
        self._options = options
        self._rules = rules or default_rulebook()
        self._progress = progress
        self._batch_size = max(int(batch_size), 1)
        self._rows: list[ReportRow] = []
        self._taken = False
        self._finished = False
        self.n_articles = 0
        self.duplicate_ids: set[str] = set()  # ids read more than once (few)

    def __iter__(self) -> Iterator[list[ArticleRow]]:
        manifest = Manifest()
        seen = SeenIds()
        batch: list[ArticleRow] = []
        for item in iter_items(self._paths, self._options, manifest, self._progress):
            built = self._account(item, manifest, seen)
            if built is not None:
                batch.append(built)
                if len(batch) >= self._batch_size:
                    yield batch
                    batch = []
        if batch:
            yield batch
        self._rows.extend(_unused_manifest_rows(manifest))
        self._finished = True

    def _account(
        self, item: RawArticle | Skip | ReportRow, manifest: Manifest, seen: SeenIds
    ) -> ArticleRow | None:
        """Record one input in the report; the article it gives, if it is a new one."""
        if isinstance(item, ReportRow):
            self._rows.append(item)
            return None
        if isinstance(item, Skip):
            self._rows.append(_skip_row(item))
            return None
        built = build_article(item, self._rules, manifest.lookup(item.path))
        if isinstance(built, Skip):
            self._rows.append(_skip_row(built))
            return None
        if not seen.add(built.article_id):
            self.duplicate_ids.add(built.article_id)
            detail = _DUPLICATE_DETAIL.format(built.article_id)  # first path added at the end
            self._rows.append(
                ReportRow(item.path, "skipped", "duplicate", detail, built.article_id)
            )
            return None
        self._rows.append(ReportRow(built.path, "article", None, item.note, built.article_id))
        self.n_articles += 1
        return built

    def take_report_rows(self) -> pd.DataFrame:
        """The report rows recorded since the last call, as a frame (their first paths not yet
        filled in: see :func:`with_first_paths`); :attr:`report` is then unavailable."""
        rows, self._rows = self._rows, []
        self._taken = True
        return report_frame(rows)

    @property
    def report(self) -> pd.DataFrame:
        """The ingest report: every input once, in reading order (after the last batch)."""
        if not self._finished:
            raise RuntimeError("the ingest report is complete only once every batch is read")
        if self._taken:
            raise RuntimeError("the report rows were taken as they came (take_report_rows)")
        frame = report_frame(self._rows)
        return with_first_paths(frame, first_paths(frame, self.duplicate_ids))


def first_paths(report: pd.DataFrame, duplicate_ids: set[str]) -> dict[str, str]:
    """Path of the article row of each duplicated id in (part of) a report, first one kept."""
    if not duplicate_ids:
        return {}
    rows = report[(report["status"] == "article") & report["article_id"].isin(duplicate_ids)]
    rows = rows.drop_duplicates("article_id")
    return dict(zip(rows["article_id"], rows["path"], strict=True))


def with_first_paths(report: pd.DataFrame, paths: Mapping[str, str]) -> pd.DataFrame:
    """Duplicate rows completed with the path where their text was first read."""
    if not paths:
        return report
    pending = (report["reason"] == "duplicate") & report["article_id"].isin(list(paths))
    if not pending.any():
        return report
    report = report.copy()
    for index in report.index[pending]:
        article_id = report.at[index, "article_id"]
        if report.at[index, "detail"] == _DUPLICATE_DETAIL.format(article_id):
            report.at[index, "detail"] = f"{report.at[index, 'detail']} ({paths[article_id]})"
    return report


def ingest(
    paths: CorpusPaths,
    *,
    options: ReadOptions | None = None,
    rules: RuleBook | None = None,
    progress: bool = False,
) -> IngestResult:
    """Read, clean and de-duplicate a corpus into the articles table and the ingest report."""
    stream = IngestStream(paths, options=options, rules=rules, progress=progress)
    rows = [article for batch in stream for article in batch]
    return IngestResult(articles_frame(rows), stream.report)


def _skip_row(skip: Skip) -> ReportRow:
    return ReportRow(skip.path, "skipped", skip.reason, skip.detail or None)


def _unused_manifest_rows(manifest: Manifest) -> Iterable[ReportRow]:
    for key in manifest.unused():
        yield ReportRow(key, "skipped", "missing", "listed in a manifest but no such article")


def report_frame(rows: Iterable[ReportRow]) -> pd.DataFrame:
    frame = pd.DataFrame(
        [(row.path, row.status, row.reason, row.detail, row.article_id) for row in rows],
        columns=list(REPORT_COLUMNS),
    )
    return frame.astype("string")


def read_corpus(paths: CorpusPaths, **options: object) -> pd.DataFrame:
    """The articles table of a corpus (a folder, a file, or a list of them).

    Keyword options: ``max_bytes`` (per file, after decompression), ``columns`` (map contract
    columns to your export's names, e.g. ``{"text": "body"}``), ``rules`` (a RuleBook or
    folders of cleaning rules), ``progress``. The ingest report is in
    ``frame.attrs["ingest_report"]``; use :func:`ingest` to get both as a pair.
    """
    rules = options.pop("rules", None)
    progress = bool(options.pop("progress", False))
    if rules is not None and not isinstance(rules, RuleBook):
        rules = RuleBook.load(extra_dirs=_as_paths(rules))  # type: ignore[arg-type]
    read_options = ReadOptions(**options)  # type: ignore[arg-type]
    result = ingest(paths, options=read_options, rules=rules, progress=progress)
    result.articles.attrs["ingest_report"] = result.report
    return result.articles
