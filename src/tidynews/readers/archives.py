"""Compressed and bundled inputs: ``.gz`` wraps one file, ``.zip`` bundles many.

Archives are read in memory, member by member, each capped at ``ReadOptions.max_bytes`` after
decompression: nothing is ever extracted to disk, so a member named ``../../etc/passwd`` cannot
land anywhere, and a decompression bomb stops at the cap.
"""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import PurePosixPath

from .base import Item, ReadOptions, Skip, Source, TooLargeError, read_source, register_reader


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
    try:
        data = source.read_limited(options.max_bytes)
        with zipfile.ZipFile(io.BytesIO(data)) as bundle:
            members = [info for info in bundle.infolist() if not info.is_dir()]
            if not members:
                yield Skip(source.name, "empty", "a zip archive with no files")
                return
            for count, info in enumerate(members):
                if count >= options.max_archive_members:
                    rest = len(members) - count
                    yield Skip(source.name, "too_large", f"{rest} members past the limit")
                    return
                yield from _read_member(source, bundle, info, options)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        yield Skip(source.name, "malformed", f"not a readable zip file: {error}")


def _read_member(
    source: Source, bundle: zipfile.ZipFile, info: zipfile.ZipInfo, options: ReadOptions
) -> Iterator[Item]:
    name = f"{source.name}!{info.filename}"
    if not is_safe_member(info.filename):
        yield Skip(name, "unsafe", "member path escapes the archive (absolute or '..')")
        return
    if info.file_size > options.max_bytes:
        yield Skip(name, "too_large", f"{info.file_size:,} bytes, over {options.max_bytes:,}")
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
