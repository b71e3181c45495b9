"""What every reader consumes and produces, and the registry that picks a reader by suffix.

A reader turns one :class:`Source` (a file, or a member of an archive) into raw articles and
skips. It never raises for bad input: a broken record becomes a :class:`Skip` with a reason, so
the ingest report can account for every input. Users plug in their own format with
``@register_reader(".xml")``.
"""

from __future__ import annotations

import errno
import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..decoding import Decoded, NotTextError, UndecodableError, decode_bytes

# The reasons a Skip may give. They are the vocabulary of the ingest report's `reason` column.
SKIP_REASONS = (
    "empty",  # no bytes, only whitespace, or no text left after cleaning
    "not_text",  # binary content
    "undecodable",  # text in no encoding we can recognise
    "too_large",  # over ReadOptions.max_bytes (after decompression for archives)
    "malformed",  # a record or file that does not parse
    "duplicate",  # same cleaned text as an article already read
    "unsupported",  # no reader for this suffix
    "unreadable",  # the operating system refused (permissions, vanished file, loop)
    "unsafe",  # an archive member that escapes (../, absolute, a link) or is a decompression bomb
    "not_article",  # a record that is not an article (a WARC request, a non-HTML response)
    "missing",  # named in a manifest but not found in the corpus
)

DEFAULT_MAX_BYTES = 50 * 2**20
BOMB_MIN_BYTES = 64 * 2**10  # below this, a high compression ratio costs nothing to read


@dataclass(frozen=True)
class ReadOptions:
    """Options every reader sees.

    ``columns`` maps a contract column (text, title, url, outlet, published) to the name it has
    in the user's JSON/CSV/Parquet files, for exports whose names we do not guess.
    ``max_compression_ratio``: an archive member over ``BOMB_MIN_BYTES`` that claims to grow
    more than this many times when decompressed is a decompression bomb, refused unread
    (news text deflates about 3:1; a bomb, a thousand to one).
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    columns: Mapping[str, str] = field(default_factory=dict)
    max_archive_depth: int = 3
    max_archive_members: int = 100_000
    max_compression_ratio: int = 100


@dataclass(frozen=True)
class RawArticle:
    """An article as a reader found it: raw body, before cleaning."""

    path: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    encoding: str | None = None
    note: str | None = None  # what reading had to repair (shown in the ingest report)


@dataclass(frozen=True)
class Skip:
    """An input that is not an article, with the reason (one of SKIP_REASONS) and details."""

    path: str
    reason: str
    detail: str = ""


Item = RawArticle | Skip


@dataclass(frozen=True)
class Source:
    """One input to read: a file on disk or a member of an archive.

    ``name`` is the path shown in tables and reports: relative to the corpus root, with ``!``
    before an archive member (``bundle.zip!2019/a.txt``). ``opener`` returns a binary stream;
    ``size`` is known up front for files on disk and lets readers refuse huge inputs unread.
    """

    name: str
    opener: Callable[[], BinaryIO]
    size: int | None = None
    depth: int = 0

    @property
    def suffix_name(self) -> str:
        """The part of the name whose suffixes choose the reader (after the last archive '!')."""
        return self.name.rsplit("!", 1)[-1].lower()

    def read_limited(self, max_bytes: int) -> bytes:
        """Read at most max_bytes; raise TooLargeError past that, without reading it all."""
        if self.size is not None and self.size > max_bytes:
            raise TooLargeError(f"{self.size:,} bytes, over the limit of {max_bytes:,}")
        with self.opener() as stream:
            data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLargeError(f"more than the limit of {max_bytes:,} bytes")
        return data

    @classmethod
    def from_bytes(cls, name: str, data: bytes, depth: int = 0) -> Source:
        """A source held in memory (an archive member already read, or a test's input)."""
        return cls(name=name, opener=lambda: io.BytesIO(data), size=len(data), depth=depth)

    @classmethod
    def from_file(cls, name: str, path: Path, size: int | None = None) -> Source:
        return cls(name=name, opener=lambda: path.open("rb"), size=size)


class TooLargeError(ValueError):
    """An input over the configured size limit."""


Reader = Callable[[Source, ReadOptions], Iterator[Item]]
_READERS: dict[str, Reader] = {}


def register_reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes such as ``".txt"`` or ``".warc.gz"``.

    The longest registered suffix of a name wins, so ``.warc.gz`` beats ``.gz``. A later
    registration for the same suffix replaces the earlier one (how users override a reader).
    """

    def decorate(reader: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix.lower()] = reader
        return reader

    return decorate


def registered_suffixes() -> list[str]:
    return sorted(_READERS)


def reader_for(name: str) -> Reader | None:
    """The reader for a file name, by its longest registered suffix (None: unsupported)."""
    lowered = name.lower()
    matches = [suffix for suffix in _READERS if lowered.endswith(suffix)]
    return _READERS[max(matches, key=len)] if matches else None


def read_source(source: Source, options: ReadOptions) -> Iterator[Item]:
    """Dispatch a source to its reader; unsupported suffixes become a Skip.

    Whatever the reader does, the source yields at least one item: a file with no records
    (or one a reader fails on) is a report row, never silently absent.
    """
    reader = reader_for(source.suffix_name)
    if reader is None:
        suffix = Path(source.suffix_name).suffix or "(none)"
        yield Skip(source.name, "unsupported", f"no reader for suffix {suffix}")
        return
    produced = False
    try:
        for item in reader(source, options):
            produced = True
            yield item
    except TooLargeError as error:
        yield Skip(source.name, "too_large", str(error))
    except OSError as error:
        yield Skip(source.name, "unreadable", describe_os_error(error))
    except MemoryError:
        raise
    except Exception as error:
        # Why catch everything here: one file that trips a parser (ours or a library's) must
        # cost that file, not the corpus. The row names the exception so it can be reported.
        yield Skip(source.name, "malformed", f"could not be read: {type(error).__name__}: {error}")
    else:
        if not produced:  # a CSV with only a header, "[]", a Parquet file with no rows
            yield Skip(source.name, "empty", "no records in the file")


def describe_os_error(error: OSError) -> str:
    """The operating system's refusal in words, without the absolute path (reports are shared,
    and the row already names the file)."""
    if error.errno == errno.ELOOP:
        return "symbolic link loop: the link leads back to itself"
    if isinstance(error, FileNotFoundError):
        return "FileNotFoundError: the file vanished before it could be read"
    return f"{type(error).__name__}: {error.strerror or error}"


def read_text(source: Source, options: ReadOptions) -> Decoded | Skip:
    """Read and decode a source, or the Skip that says why it has no text."""
    try:
        data = source.read_limited(options.max_bytes)
    except TooLargeError as error:
        return Skip(source.name, "too_large", str(error))
    if not data.strip():
        return Skip(source.name, "empty", "no bytes" if not data else "only whitespace")
    try:
        decoded = decode_bytes(data)
    except NotTextError as error:
        return Skip(source.name, "not_text", str(error))
    except UndecodableError as error:
        return Skip(source.name, "undecodable", str(error))
    if not decoded.text.strip():
        return Skip(source.name, "empty", "only whitespace")
    return decoded
