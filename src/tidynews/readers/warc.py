"""Web archives: each HTTP response holding HTML is one article (warcio).

Request, metadata and non-HTML records are reported as ``not_article`` rather than dropped, so
the ingest report still accounts for every record of the archive.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..decoding import NotTextError, UndecodableError, decode_bytes
from .base import Item, ReadOptions, Skip, Source, register_reader
from .html import extract_page

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@register_reader(".warc", ".warc.gz", ".arc", ".arc.gz")
def read_warc(source: Source, options: ReadOptions) -> Iterator[Item]:
    number = 0
    with source.opener() as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                number += 1
                yield _record_item(source.name, number, record, options)
        except ArchiveLoadFailed as error:
            yield Skip(f"{source.name}#{number + 1}", "malformed", f"record {number + 1}: {error}")
            return
        except (ValueError, AttributeError, EOFError, zlib.error) as error:
            # warcio fails in many ways on a cut-off file; the records before are kept.
            detail = f"record {number + 1}: the archive is truncated or corrupt ({error!r})"
            yield Skip(f"{source.name}#{number + 1}", "malformed", detail)
            return
        compressed = source.suffix_name.endswith(".gz")
        cut_off = not compressed and _text_after(stream, records.offset)
    if compressed:
        with source.opener() as stream:
            cut_off = gzip_cut_off(stream)
    if cut_off:
        detail = f"the archive is cut off after record {number}: the rest cannot be read"
        yield Skip(f"{source.name}#{number + 1}", "malformed", detail)


def _text_after(stream: BinaryIO, offset: int) -> bool:
    """Whether an uncompressed archive holds more than blank lines after its last record
    (warcio ends quietly at a record whose headers are cut short)."""
    if not stream.seekable():
        return False
    stream.seek(offset)
    return bool(stream.read(4096).strip())


def gzip_cut_off(stream: BinaryIO) -> bool:
    """True when a gzip stream ends inside a member (a download that stopped).

    Why a second pass: warcio ends quietly at a gzip member cut short, so the record in it
    would vanish from the report. Decompressing again costs little beside HTML extraction,
    and output is discarded in small pieces, so memory stays flat.
    """
    decompressor, inside = zlib.decompressobj(31), False
    try:
        for chunk in iter(lambda: stream.read(2**20), b""):
            data = chunk
            while data:
                inside = True
                decompressor.decompress(data, 2**16)
                if decompressor.eof:
                    data, inside = decompressor.unused_data, False
                    decompressor = zlib.decompressobj(31)
                else:
                    data = decompressor.unconsumed_tail
    except zlib.error:
        return True
    return inside


def _record_item(name: str, number: int, record, options: ReadOptions) -> Item:
    path = f"{name}#{number}"
    if record.rec_type is None:
        return Skip(path, "malformed", f"record {number} has no WARC-Type header")
    if record.rec_type != "response" or record.http_headers is None:
        return Skip(path, "not_article", f"record {number} is a WARC {record.rec_type} record")
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    status = record.http_headers.get_statuscode()
    if not content_type.startswith(_HTML_TYPES):
        return Skip(
            path, "not_article", f"record {number} is {content_type or 'untyped'}, not HTML"
        )
    if status and not str(status).startswith("2"):
        return Skip(path, "not_article", f"record {number} is an HTTP {status} response")
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        return Skip(path, "too_large", f"record {number} is over {options.max_bytes:,} bytes")
    try:
        decoded = decode_bytes(payload)
    except NotTextError as error:
        return Skip(path, "not_text", f"record {number}: {error}")
    except UndecodableError as error:
        return Skip(path, "undecodable", f"record {number}: {error}")
    url = record.rec_headers.get_header("WARC-Target-URI")
    notes = [note for note in (_truncation(number, record), decoded.note) if note]
    return extract_page(path, decoded.text, url, decoded.encoding, "; ".join(notes) or None)


def _truncation(number: int, record) -> str | None:
    """A record whose file ends before its declared length: its page is read as far as it
    goes (most of an article beats none) and the report says what is missing."""
    missing = getattr(record.raw_stream, "limit", 0)
    if not isinstance(missing, int) or missing <= 0:
        return None
    return f"record {number} is truncated: {missing:,} of its {record.length:,} bytes are missing"
