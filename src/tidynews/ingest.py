"""Read a corpus: walk it, read every file, build articles, and account for every input.

The ingest report is the ledger: each file and each record is either an article or a row with
the reason it was skipped, so a researcher can see exactly what a chart is (and is not) made of.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

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

    def summary(self) -> str:
        """A few lines for people: what was read, what was skipped and why."""
        return summarise_report(self.report)


def summarise_report(report: pd.DataFrame) -> str:
    n_articles = int((report["status"] == "article").sum())
    skipped = report[report["status"] == "skipped"]
    lines = [f"{n_articles} articles from {len(report)} inputs"]
    if len(skipped):
        reasons = skipped["reason"].value_counts().sort_index()
        listed = ", ".join(f"{reason}: {count}" for reason, count in reasons.items())
        lines.append(f"{len(skipped)} skipped ({listed})")
    return "\n".join(lines)


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


class IngestStream:
    """A corpus read as batches of articles, with the report complete once they are consumed.

    Why a stream: a crisis archive does not fit in memory as text, so ``tidynews extract``
    cleans and extracts it batch by batch. What must see the whole corpus stays small: the
    first path of every article id (to report duplicates) and the report rows.
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
        self._finished = False
        self.n_articles = 0

    def __iter__(self) -> Iterator[list[ArticleRow]]:
        manifest = Manifest()
        first_path: dict[str, str] = {}
        batch: list[ArticleRow] = []
        for item in iter_items(self._paths, self._options, manifest, self._progress):
            built = self._account(item, manifest, first_path)
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
        self,
        item: RawArticle | Skip | ReportRow,
        manifest: Manifest,
        first_path: dict[str, str],
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
        if built.article_id in first_path:
            original = first_path[built.article_id]
            detail = f"same text as article {built.article_id} ({original})"
            self._rows.append(
                ReportRow(item.path, "skipped", "duplicate", detail, built.article_id)
            )
            return None
        first_path[built.article_id] = built.path
        self._rows.append(ReportRow(built.path, "article", None, item.note, built.article_id))
        self.n_articles += 1
        return built

    @property
    def report(self) -> pd.DataFrame:
        """The ingest report: every input once, in reading order (after the last batch)."""
        if not self._finished:
            raise RuntimeError("the ingest report is complete only once every batch is read")
        return report_frame(self._rows)


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
