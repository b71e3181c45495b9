"""Web archives: each HTTP response holding HTML is one article (warcio).

Request, metadata and non-HTML records are reported as ``not_article`` rather than dropped, so
the ingest report still accounts for every record of the archive.
"""

from __future__ import annotations

from collections.abc import Iterator

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
        try:
            for record in ArchiveIterator(stream):
                number += 1
                yield _record_item(source.name, number, record, options)
        except ArchiveLoadFailed as error:
            yield Skip(f"{source.name}#{number + 1}", "malformed", f"record {number + 1}: {error}")


def _record_item(name: str, number: int, record, options: ReadOptions) -> Item:
    path = f"{name}#{number}"
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
    return extract_page(path, decoded.text, url=url, encoding=decoded.encoding)
