"""Compressed and bundled inputs: ``.gz`` wraps one file, ``.zip`` bundles many.

Archives are read member by member, each member in memory and capped at
``ReadOptions.max_bytes`` after decompression: nothing is ever extracted to disk, so a member
named ``../../etc/passwd`` cannot land anywhere, and a decompression bomb stops at the cap. A
zip on disk is read from the file itself, so a bundle larger than the cap is still read.

A zip is also checked, from its directory and before anything is decompressed, for the other
bomb constructions: a member claiming a compression ratio no text has, members that share or
overlap each other's compressed data (one kernel read thousands of times), links, and
encryption. Each such member becomes a report row; the rest of the archive is still read.
"""

from __future__ import annotations

import gzip
import io
import itertools
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import PurePosixPath
from typing import BinaryIO

from .base import (
    BOMB_MIN_BYTES,
    Item,
    ReadOptions,
    Skip,
    Source,
    TooLargeError,
    read_source,
    register_reader,
)

_LOCAL_HEADER_BYTES = 30  # the fixed part of a zip member's local header
_UNIX = 3  # ZipInfo.create_system of archives made on Unix (their modes say what is a link)


@register_reader(".gz", ".gzip")
def read_gzip(source: Source, options: ReadOptions) -> Iterator[Item]:
    if source.depth >= options.max_archive_depth:
        yield Skip(source.name, "unsupported", "archives nested deeper than allowed")
        return
    inner_name = source.name[: source.name.lower().rfind(".gz")]
    try:
        with source.opener() as raw, gzip.GzipFile(fileobj=raw) as stream:
            data = stream.read(options.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        yield Skip(source.name, "malformed", f"not a readable gzip file: {error}")
        return
    if len(data) > options.max_bytes:
        yield Skip(
            source.name, "too_large", f"decompresses to more than {options.max_bytes:,} bytes"
        )
        return
    yield from read_source(Source.from_bytes(inner_name, data, source.depth + 1), options)


@register_reader(".zip")
def read_zip(source: Source, options: ReadOptions) -> Iterator[Item]:
    if source.depth >= options.max_archive_depth:
        yield Skip(source.name, "unsupported", "archives nested deeper than allowed")
        return
    with ExitStack() as stack:
        stream = _seekable(stack.enter_context(source.opener()), options)
        try:
            bundle = stack.enter_context(zipfile.ZipFile(stream))
            members = [info for info in bundle.infolist() if not info.is_dir()]
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
            yield Skip(source.name, "malformed", f"not a readable zip file: {error}")
            return
        if not members:
            yield Skip(source.name, "empty", "a zip archive with no files")
            return
        refused = shared_data(members)
        for count, info in enumerate(members):
            if count >= options.max_archive_members:
                rest = len(members) - count
                yield Skip(source.name, "too_large", f"{rest} members past the limit")
                return
            if id(info) in refused:
                yield Skip(f"{source.name}!{info.filename}", "unsafe", refused[id(info)])
                continue
            yield from _read_member(source, bundle, info, options)


def _seekable(stream: BinaryIO, options: ReadOptions) -> BinaryIO:
    """The archive itself when it can seek (a file on disk: read member by member, whatever its
    size); otherwise its bytes, up to the size limit."""
    if stream.seekable():
        return stream
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise TooLargeError(f"more than the limit of {options.max_bytes:,} bytes")
    return io.BytesIO(data)


def shared_data(members: list[zipfile.ZipInfo]) -> dict[int, str]:
    """Members whose compressed data is shared with, or runs over, another member's.

    A well-formed zip stores each member once, one after another. The "overlapping files" bomb
    points many directory entries at one compressed kernel, so a small file decompresses to
    terabytes. Returned as {id(ZipInfo): why}; the first member of a shared kernel, and every
    member that stands alone, are not in it. A member's data ends at least a fixed header past
    its offset plus its compressed size: the next member may not start before that.
    """
    refused: dict[int, str] = {}
    ordered = sorted(members, key=lambda info: info.header_offset)
    for previous, info in itertools.pairwise(ordered):
        if info.header_offset == previous.header_offset:
            why = f"shares its compressed data with member {previous.filename!r} (a zip bomb)"
            refused[id(info)] = why
        elif info.header_offset < _data_ends_after(previous):
            why = f"its data runs over member {info.filename!r} (overlapping members, a zip bomb)"
            refused[id(previous)] = why
    return refused


def _data_ends_after(info: zipfile.ZipInfo) -> int:
    """The least offset at which a member's local header and compressed data can end."""
    return info.header_offset + _LOCAL_HEADER_BYTES + info.compress_size


def _member_problem(info: zipfile.ZipInfo, options: ReadOptions) -> tuple[str, str] | None:
    """(reason, detail) when a member must not be decompressed, judged from the directory."""
    if not is_safe_member(info.filename):
        return "unsafe", "member path escapes the archive (absolute or '..')"
    if info.create_system == _UNIX and stat.S_ISLNK(info.external_attr >> 16):
        return "unsafe", "member is a symbolic link"
    if info.flag_bits & 0x1:
        return "unsupported", "member is encrypted"
    if info.file_size > options.max_bytes:
        return "too_large", f"{info.file_size:,} bytes, over {options.max_bytes:,}"
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > BOMB_MIN_BYTES and ratio > options.max_compression_ratio:
        return "unsafe", (
            f"compression ratio {ratio:,.0f}:1 ({info.compress_size:,} bytes to "
            f"{info.file_size:,}) is a decompression bomb, not text"
        )
    return None


def _read_member(
    source: Source, bundle: zipfile.ZipFile, info: zipfile.ZipInfo, options: ReadOptions
) -> Iterator[Item]:
    name = f"{source.name}!{info.filename}"
    problem = _member_problem(info, options)
    if problem is not None:
        yield Skip(name, *problem)
        return
    try:
        with bundle.open(info) as stream:
            data = stream.read(options.max_bytes + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        yield Skip(name, "malformed", f"member could not be read: {error}")
        return
    if len(data) > options.max_bytes:
        yield Skip(name, "too_large", f"decompresses to more than {options.max_bytes:,} bytes")
        return
    try:
        yield from read_source(Source.from_bytes(name, data, source.depth + 1), options)
    except TooLargeError as error:
        yield Skip(name, "too_large", str(error))


def is_safe_member(filename: str) -> bool:
    """A member path that stays inside the archive: relative and without '..' parts."""
    normalised = filename.replace("\\", "/")
    path = PurePosixPath(normalised)
    drive_letter = bool(path.parts) and path.parts[0].endswith(":")
    return not (path.is_absolute() or drive_letter or ".." in path.parts)
