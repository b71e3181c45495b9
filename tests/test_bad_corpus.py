"""The bad-corpus suite: broken and hostile inputs beside good articles, read as a real run.

A fixture writes the corpus into a temporary folder (nothing is committed): empty and binary
files, every encoding researchers' exports come in, a 200 MB file, malformed records, HTML
with no text, decompression bombs, unsafe archive paths, link loops, a pipe, a file that
vanishes mid-run and duplicates. The tests hold the run to the issue's promises:

* every bad input is a row of the ingest report with the expected reason (and a detail),
* every good article beside them is an article (articles lost = 0),
* the run does not crash, in process or as ``tidynews extract``,
* nothing is extracted from an archive to disk,
* memory stays bounded (peak RSS growth, measured on the real command).

docs/robustness.md lists the same cases and outcomes for people.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import stat
import struct
import subprocess
import sys
import tracemalloc
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import tidynews.ingest as ingest_module
from tidynews.ingest import ingest
from tidynews.readers import SKIP_REASONS, ReadOptions
from tidynews.readers.base import DEFAULT_MAX_BYTES

pytestmark = pytest.mark.slow  # the corpus holds a 200 MB file and gigabyte bombs

MiB = 2**20
BIG_FILE_BYTES = 200 * MiB
BOMB_BYTES = 1024 * MiB  # what each bomb decompresses to
RSS_GROWTH_LIMIT_MB = 300  # the default size cap is 50 MB: a few copies of that, not gigabytes
ABSOLUTE_ESCAPE = "/tidynews-bad-corpus-absolute-escape.txt"


# --- good articles -------------------------------------------------------------------------


def good_article(number: int) -> str:
    """A distinct synthetic article; ``dossier NNN`` marks it in the articles table.

    Its accents (é, ó, ñ) exist in every Western encoding; the curly quotes only cp1252 has
    are added by the caller that needs them.
    """
    return (
        f"Talks resume over border crossings, dossier {number:03d}\n"
        f"Delegations from {number + 3} countries met in Bogotá and Mérida on Tuesday for "
        f"dossier {number:03d}, the foreign ministry said.\n\n"
        f"Señor Pérez told reporters that about {number * 100 + 250} people had crossed the "
        f"border in the previous week and that the talks would go on.\n"
    )


def marker(number: int) -> str:
    return f"dossier {number:03d}"


# --- archive builders ----------------------------------------------------------------------


def deflate_repeated(chunk: bytes, times: int) -> tuple[bytes, int]:
    """Raw deflate data for ``chunk * times`` and its CRC-32, without compressing it all.

    Each chunk is compressed once and ends with a full flush (byte-aligned, no shared
    history), so repeating the compressed bytes is itself a valid stream: a bomb of 1 GiB
    costs a millisecond to build.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    crc = 0
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    return block * times + final, crc


@dataclass
class RawMember:
    """One local entry of a hand-built zip: deflated data and what the directory claims."""

    name: str
    data: bytes
    crc: int
    size: int
    external_attr: int = 0o644 << 16


def hand_built_zip(members: list[RawMember], directory: list[tuple[str, int]]) -> bytes:
    """A zip whose central directory is written by hand: ``directory`` lists (name, index of
    the local member it points at), so several entries may share one member's data (the
    overlapping-entries bomb) and sizes need not be computed by compressing."""
    out = io.BytesIO()
    offsets = []
    deflate, dos_date, unix_made_by = 8, 0x21, (3 << 8) | 20
    for member in members:
        offsets.append(out.tell())
        name = member.name.encode()
        sizes = (member.crc, len(member.data), member.size)
        header = (0x04034B50, 20, 0, deflate, 0, dos_date, *sizes, len(name), 0)
        out.write(struct.pack("<IHHHHHIIIHH", *header) + name + member.data)
    start = out.tell()
    for entry_name, index in directory:
        member = members[index]
        name = entry_name.encode()
        sizes = (member.crc, len(member.data), member.size)
        entry = (0x02014B50, unix_made_by, 20, 0, deflate, 0, dos_date, *sizes, len(name))
        rest = (0, 0, 0, 0, member.external_attr, offsets[index])
        out.write(struct.pack("<IHHHHHHIIIHHHHHII", *entry, *rest) + name)
    size, entries = out.tell() - start, len(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, entries, entries, size, start, 0))
    return out.getvalue()


def make_zip(
    members: dict[str, bytes], infos: list[tuple[zipfile.ZipInfo, bytes]] | None = None
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
        for info, data in infos or []:
            bundle.writestr(info, data)
    return buffer.getvalue()


def encrypted_flag(data: bytes) -> bytes:
    """Mark every member of a zip as encrypted (the flag bit in the central directory)."""
    patched = bytearray(data)
    at = patched.find(b"PK\x01\x02")
    while at != -1:
        flags = struct.unpack_from("<H", patched, at + 8)[0]
        struct.pack_into("<H", patched, at + 8, flags | 0x1)
        at = patched.find(b"PK\x01\x02", at + 4)
    return bytes(patched)


# --- the corpus ----------------------------------------------------------------------------


@dataclass
class BadCorpus:
    """A corpus on disk and what its ingest report must say.

    ``expected`` counts (report path, outcome) pairs, outcome being "article", "metadata" or
    a skip reason; ``markers`` are the good articles that must be in the articles table;
    ``details`` are words a row's detail must contain, so a reason is also explained.
    """

    root: Path
    expected: Counter = field(default_factory=Counter)
    markers: set[str] = field(default_factory=set)
    details: dict[str, str] = field(default_factory=dict)
    numbers: Iterator[int] = field(default_factory=lambda: iter(range(1, 1000)))

    def write(self, relative: str | bytes, content: bytes) -> Path:
        path = Path(os.fsdecode(self.root)) / os.fsdecode(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        return path

    def good(
        self, relative: str | bytes, encode=lambda text: text.encode(), shown: str | None = None
    ) -> None:
        """Write a good one-article file and expect an article (at ``shown`` in the report)."""
        number = next(self.numbers)
        self.write(relative, encode(good_article(number)))
        self.expect(shown or os.fsdecode(relative), "article")
        self.markers.add(marker(number))

    def expect(self, path: str, outcome: str, detail: str | None = None, times: int = 1) -> None:
        assert outcome in (*SKIP_REASONS, "article", "metadata"), outcome
        self.expected[(path, outcome)] += times
        if detail is not None:
            self.details[path] = detail


def build_bad_corpus(root: Path) -> BadCorpus:
    corpus = BadCorpus(root)
    _good_files(corpus)
    _empty_and_binary(corpus)
    _records(corpus)
    _web_pages(corpus)
    _archives(corpus)
    _bombs(corpus)
    _links_and_special_files(corpus)
    _duplicates(corpus)
    _big_file(corpus)
    return corpus


def _good_files(corpus: BadCorpus) -> None:
    """Good articles in every encoding and form the readers promise to read."""
    corpus.good("good/plain.txt")
    corpus.good("good/notes.md")
    corpus.good("good/utf8-bom.txt", lambda t: codecs.BOM_UTF8 + t.encode())
    corpus.good(
        "good/cp1252.txt",
        lambda t: t.replace("told reporters", "told reporters “calmly”").encode("cp1252"),
    )
    corpus.good("good/latin1.txt", lambda t: t.encode("latin-1"))
    corpus.good("good/utf16-le-bom.txt", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"))
    corpus.good("good/utf16-be-bom.txt", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"))
    corpus.good("good/utf16-no-bom.txt", lambda t: t.encode("utf-16-le"))
    # Invalid UTF-8 inside a UTF-8 article: kept, the broken bytes replaced and reported.
    corpus.good(
        "good/broken-utf8.txt",
        lambda t: t.encode().replace(b"Tuesday", b"Tues\xff\xfeday").replace(b"the", b"\x93the", 1),
    )
    corpus.details["good/broken-utf8.txt"] = "broken byte sequences replaced"
    # A file name that is not valid UTF-8 on disk (a latin-1 name from an old export): the
    # report shows its bad byte as an escape.
    corpus.good(b"names/caf\xe9.txt", shown="names/caf\\xe9.txt")
    # Metadata in cp1252 (a spreadsheet's "CSV" export) still applies.
    corpus.write(
        "manifest.csv",
        "file,outlet,published,title\n"
        "good/plain.txt,andes-times.example,2019-02-01,Peña’s dossier\n".encode("cp1252"),
    )
    corpus.expect("manifest.csv", "metadata")


def _empty_and_binary(corpus: BadCorpus) -> None:
    corpus.write("empty/empty.txt", b"")
    corpus.expect("empty/empty.txt", "empty", "no bytes")
    corpus.write("empty/whitespace.txt", b" \n\t\r\n  \n")
    corpus.expect("empty/whitespace.txt", "empty", "only whitespace")
    corpus.write("empty/headline-only.txt", b"Only a headline\n\n")
    corpus.expect("empty/headline-only.txt", "empty", "no body")
    corpus.write("binary/photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    corpus.expect("binary/photo.txt", "not_text", "binary")
    corpus.write("binary/random.txt", random.Random(6).randbytes(4096))
    corpus.expect("binary/random.txt", "not_text", "binary")
    # High bytes with no structure: no encoding makes sense of them.
    corpus.write("binary/high-bytes.txt", bytes(range(128, 256)) * 8)
    corpus.expect("binary/high-bytes.txt", "undecodable", "no other encoding fits")
    corpus.write("other/picture.jpeg", b"\xff\xd8\xff\xe0" + bytes(64))
    corpus.expect("other/picture.jpeg", "unsupported", ".jpeg")


def _records(corpus: BadCorpus) -> None:
    """JSON Lines, JSON and CSV with malformed records among good ones."""
    first, second, third = (next(corpus.numbers) for _ in range(3))
    corpus.markers |= {marker(first), marker(second), marker(third)}
    separated = good_article(third).replace("Tuesday", "Tuesday\u2028(local time)\x85")
    lines = [
        json.dumps({"title": "One", "text": good_article(first)}),
        "{not json at all",
        json.dumps({"title": "Two", "text": good_article(second), "url": "https://x.example/2"}),
        json.dumps([1, 2, 3]),
        json.dumps({"title": "a record without text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        "[" * 100_000,
        json.dumps({"text": separated}, ensure_ascii=False),  # U+2028 inside a string
    ]
    corpus.write("feeds/mixed.jsonl", "\n".join(lines).encode())
    for number, outcome, detail in [
        (1, "article", None),
        (2, "malformed", "record 2"),
        (3, "article", None),
        (4, "malformed", "not an object"),
        (5, "malformed", "no 'text' field"),
        (6, "empty", "empty 'text' field"),
        (7, "malformed", "is a int"),
        (8, "malformed", "nested too deeply"),
        (9, "article", None),
    ]:
        corpus.expect(f"feeds/mixed.jsonl#{number}", outcome, detail)

    corpus.write("feeds/deep.json", b"[" * 100_000 + b"]" * 100_000)
    corpus.expect("feeds/deep.json", "malformed", "nested too deeply")
    corpus.write("feeds/broken.json", b'[{"text": "unfinished')
    corpus.expect("feeds/broken.json", "malformed", "not valid JSON")

    numbers = [next(corpus.numbers) for _ in range(3)]
    corpus.markers |= {marker(number) for number in numbers}
    long_cell = good_article(numbers[2]) + "More on the talks. " * 12_000  # ~230 KB in one cell
    rows = [
        "title,text,outlet,published",
        f'First,"{good_article(numbers[0])}",andes.example,2019-02-01',
        "Too few,fields",
        "Too,many,fields,2019-02-01,surplus,more",
        f'Second,"{good_article(numbers[1])}",andes.example,2019-02-02',
        f'Long,"{long_cell}",andes.example,2019-02-03',
        'Stray,"a closed quote"and more,andes.example,2019-02-04',
        'Unclosed,"this quote never ends,andes.example,2019-02-05',
        "Swallowed,by the open quote above,andes.example,2019-02-06",
    ]
    corpus.write("feeds/export.csv", "\n".join(rows).encode())
    for number, outcome, detail in [
        (1, "article", None),
        (2, "malformed", "has 2 fields, the header has 4"),
        (3, "malformed", "has 6 fields, the header has 4"),
        (4, "article", None),
        (5, "article", None),
        (6, "malformed", "does not parse"),
        (7, "malformed", "unexpected end of data"),
    ]:
        corpus.expect(f"feeds/export.csv#{number}", outcome, detail)
    corpus.write("feeds/no-text-column.csv", b"headline,body_text\nH,Some body\n")
    corpus.expect("feeds/no-text-column.csv#1", "malformed", "no 'text' field")
    corpus.write("feeds/header-only.csv", b"title,text,outlet\n")
    corpus.expect("feeds/header-only.csv", "empty", "no records")
    corpus.write("feeds/empty-list.json", b"[]")
    corpus.expect("feeds/empty-list.json", "empty", "no records")


def web_page(number: int) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in good_article(number).splitlines()[1:])
    page = (
        "<!doctype html><html><head><title>Talks resume</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Talks resume</h1>{paragraphs}</article>"
        "</body></html>"
    )
    return page.encode()


def warc_of(pages: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def _web_pages(corpus: BadCorpus) -> None:
    number = next(corpus.numbers)
    corpus.markers.add(marker(number))
    corpus.write("web/page.html", web_page(number))
    corpus.expect("web/page.html", "article")
    scripts = "<html><head><script>alert(1)</script></head><body><script>x()</script></body>"
    corpus.write("web/scripts-only.html", scripts.encode())
    corpus.expect("web/scripts-only.html", "empty", "no main text")
    corpus.write("web/binary.html", b"\x00\x01\x02" * 100)
    corpus.expect("web/binary.html", "not_text")


def _archives(corpus: BadCorpus) -> None:
    """A gzip and a zip that hold good articles, broken ones, unsafe paths, links, encryption."""
    number = next(corpus.numbers)
    corpus.markers.add(marker(number))
    corpus.write("archives/wrapped.txt.gz", gzip.compress(good_article(number).encode()))
    corpus.expect("archives/wrapped.txt", "article")

    inside = next(corpus.numbers)
    corpus.markers.add(marker(inside))
    link = zipfile.ZipInfo("link.txt")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bundle = make_zip(
        {
            "ok/inside.txt": good_article(inside).encode(),
            "../escaped.txt": good_article(900).encode(),
            "../../escaped-twice.txt": good_article(901).encode(),
            ABSOLUTE_ESCAPE: good_article(902).encode(),
        },
        infos=[(link, b"/etc/passwd")],
    )
    corpus.write("archives/traversal.zip", bundle)
    corpus.expect("archives/traversal.zip!ok/inside.txt", "article")
    corpus.expect("archives/traversal.zip!../escaped.txt", "unsafe", "escapes the archive")
    corpus.expect("archives/traversal.zip!../../escaped-twice.txt", "unsafe", "escapes")
    corpus.expect(f"archives/traversal.zip!{ABSOLUTE_ESCAPE}", "unsafe", "escapes")
    corpus.expect("archives/traversal.zip!link.txt", "unsafe", "symbolic link")

    corpus.write("archives/locked.zip", encrypted_flag(make_zip({"a.txt": b"Secret\nBody"})))
    corpus.expect("archives/locked.zip!a.txt", "unsupported", "encrypted")
    corpus.write("archives/broken.zip", b"PK\x03\x04 this is not really a zip")
    corpus.expect("archives/broken.zip", "malformed", "not a readable zip")
    corpus.write("archives/broken.txt.gz", b"\x1f\x8b\x08 not really gzip")
    corpus.expect("archives/broken.txt.gz", "malformed", "not a readable gzip")
    corpus.write("archives/nothing.zip", make_zip({}))
    corpus.expect("archives/nothing.zip", "empty", "no files")
    # A web archive cut off in the headers of its second record (a download that stopped;
    # each gzipped record is ~560 bytes, so 400 bytes short lands there whatever the ids).
    first, second = next(corpus.numbers), next(corpus.numbers)
    corpus.markers.add(marker(first))
    crawl = warc_of(
        [("https://x.example/1", web_page(first)), ("https://x.example/2", web_page(second))]
    )
    corpus.write("archives/cut-off.warc.gz", crawl[: len(crawl) - 400])
    corpus.expect("archives/cut-off.warc.gz#1", "article")
    corpus.expect("archives/cut-off.warc.gz#2", "malformed", "cut off after record 1")
    corpus.write("archives/not-a.warc", b"WARC/1.0\r\nnonsense\r\n\r\n" + bytes(range(256)))
    corpus.expect("archives/not-a.warc#1", "malformed")


def _bombs(corpus: BadCorpus) -> None:
    """Decompression bombs: each would be a gigabyte or more if read blindly."""
    chunk = b"Bomb\n" + b"a" * (MiB - 5)
    times = BOMB_BYTES // MiB
    # gzip: many members of one compressed megabyte (a gzip file may hold several members).
    corpus.write("bombs/gzip-bomb.txt.gz", gzip.compress(chunk, 9) * times)
    corpus.expect("bombs/gzip-bomb.txt.gz", "too_large", "decompresses to more than")
    # zip, one member of 1 GiB: refused from the directory, before any decompression.
    data, crc = deflate_repeated(chunk, times)
    one = hand_built_zip([RawMember("bomb.txt", data, crc, BOMB_BYTES)], [("bomb.txt", 0)])
    corpus.write("bombs/zip-bomb.zip", one)
    corpus.expect("bombs/zip-bomb.zip!bomb.txt", "too_large", "over")
    # zip, a member under the size cap but at a ratio no text has.
    data, crc = deflate_repeated(chunk, 40)
    ratio = hand_built_zip([RawMember("ratio.txt", data, crc, 40 * MiB)], [("ratio.txt", 0)])
    corpus.write("bombs/ratio-bomb.zip", ratio)
    corpus.expect("bombs/ratio-bomb.zip!ratio.txt", "unsafe", "decompression bomb")
    # zip, the overlapping-entries bomb: 5,000 directory entries share one compressed kernel.
    kernel_number = next(corpus.numbers)
    corpus.markers.add(marker(kernel_number))
    kernel = good_article(kernel_number).encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = compressor.compress(kernel) + compressor.flush()
    members = [RawMember("kernel.txt", packed, zlib.crc32(kernel), len(kernel))]
    overlap = hand_built_zip(members, [("kernel.txt", 0)] * 5_000)
    corpus.write("bombs/overlap-bomb.zip", overlap)
    corpus.expect("bombs/overlap-bomb.zip!kernel.txt", "article")
    corpus.expect("bombs/overlap-bomb.zip!kernel.txt", "unsafe", "shares", times=4_999)
    # zip in zip in zip in zip: nesting past the cap is refused, not followed.
    nested = good_article(903).encode()
    nested = make_zip({"a.txt": nested})
    for level in range(1, 5):
        nested = make_zip({f"l{level}.zip": nested})
    corpus.write("bombs/nested.zip", nested)
    corpus.expect("bombs/nested.zip!l4.zip!l3.zip!l2.zip", "unsupported", "nested deeper")


def _links_and_special_files(corpus: BadCorpus) -> None:
    links = corpus.root / "links"
    links.mkdir()
    os.symlink(links, links / "loop")  # a folder that contains itself
    corpus.expect("links/loop", "unreadable", "symbolic link loop")
    os.symlink(links / "self.txt", links / "self.txt")  # a link to itself
    corpus.expect("links/self.txt", "unreadable", "symbolic link loop")
    os.symlink(links / "nowhere.txt", links / "dangling.txt")
    corpus.expect("links/dangling.txt", "unreadable", "not a regular file")
    os.mkfifo(links / "pipe.txt")  # reading it would wait forever for a writer
    corpus.expect("links/pipe.txt", "unreadable", "not a regular file")


def _duplicates(corpus: BadCorpus) -> None:
    """The same article under other names, and its body again as a JSON Lines record (in a
    folder read after good/, so the copies are the ones reported)."""
    source = corpus.root / "good" / "notes.md"
    corpus.write("x-duplicates/copy of notes.txt", source.read_bytes())
    corpus.expect("x-duplicates/copy of notes.txt", "duplicate", "good/notes.md")
    headline, body = source.read_text().split("\n", 1)
    corpus.write("x-duplicates/again.jsonl", json.dumps({"title": headline, "text": body}).encode())
    corpus.expect("x-duplicates/again.jsonl#1", "duplicate", "same text as article")


def _big_file(corpus: BadCorpus) -> None:
    """A 200 MB text file, written in real text (not a sparse hole, which would be binary)."""
    line = b"The same long line of text repeats to make a very large file indeed. " * 15 + b"\n"
    block = line * (MiB // len(line) + 1)
    path = corpus.root / "big" / "huge.txt"
    path.parent.mkdir()
    with path.open("wb") as handle:
        handle.write(b"A very large file\n")
        for _ in range(BIG_FILE_BYTES // len(block) + 1):
            handle.write(block)
    assert path.stat().st_size > BIG_FILE_BYTES
    corpus.expect("big/huge.txt", "too_large", "over the limit")


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Iterator[BadCorpus]:
    if not hasattr(os, "mkfifo") or not hasattr(os, "symlink"):
        pytest.skip("needs POSIX links and pipes")
    corpus = build_bad_corpus(tmp_path_factory.mktemp("bad") / "corpus")
    yield corpus
    (corpus.root / "big" / "huge.txt").unlink()  # pytest keeps recent temporary folders


def outcomes(report: pd.DataFrame) -> Counter:
    """(path, outcome) pairs of an ingest report, outcome as in BadCorpus.expected."""
    outcome = report["reason"].where(report["status"] == "skipped", report["status"])
    return Counter(zip(report["path"], outcome, strict=True))


def files_under(folder: Path) -> set[str]:
    return {os.fsdecode(path) for path in folder.rglob("*")}


# --- in process ----------------------------------------------------------------------------

VANISHING = "vanish/vanishing.txt"


@pytest.fixture(scope="module")
def ingested(bad_corpus):
    """One ingest of the whole corpus, with a file deleted after listing and before reading.

    The deletion is made deterministic by wrapping the reader the ingest calls: when it is
    handed the vanishing file, it deletes it first, exactly as another process might.
    """
    vanishing = bad_corpus.write(VANISHING, good_article(999).encode())
    real_read_source = ingest_module.read_source

    def read_after_deleting(source, options):
        if source.name == VANISHING:
            vanishing.unlink()
        return real_read_source(source, options)

    outside = bad_corpus.root.parent
    before = files_under(outside)
    patcher = pytest.MonkeyPatch()
    patcher.setattr(ingest_module, "read_source", read_after_deleting)
    try:
        result = ingest(bad_corpus.root)
    finally:
        patcher.undo()
    return result, before, files_under(outside)


def test_every_bad_input_is_a_report_row_with_its_reason(bad_corpus, ingested):
    result, _, _ = ingested
    expected = bad_corpus.expected + Counter({(VANISHING, "unreadable"): 1})
    got = outcomes(result.report)
    assert got == expected, {
        "missing": expected - got,
        "unexpected": got - expected,
    }


def test_every_skip_explains_itself(bad_corpus, ingested):
    result, _, _ = ingested
    report = result.report
    skipped = report[report["status"] == "skipped"]
    assert skipped["detail"].notna().all() and (skipped["detail"].str.len() > 5).all()
    explained = report.dropna(subset=["detail"]).drop_duplicates("path")
    details = explained.set_index("path")["detail"]
    for path, words in bad_corpus.details.items():
        assert words in details[path], (path, details[path])
    assert "FileNotFoundError" in details[VANISHING]


def test_no_good_article_is_lost(bad_corpus, ingested):
    result, _, _ = ingested
    texts = result.articles["text"]
    found = {m for m in bad_corpus.markers if texts.str.contains(m, regex=False).any()}
    assert found == bad_corpus.markers  # articles lost = 0
    assert len(result.articles) == len(bad_corpus.markers)
    assert result.articles["path"].is_unique and result.articles["article_id"].is_unique


def test_repaired_and_reencoded_articles_read_right(ingested):
    articles = ingested[0].articles.set_index("path")
    for path in [
        "good/cp1252.txt",
        "good/latin1.txt",
        "good/utf16-le-bom.txt",
        "good/utf16-be-bom.txt",
        "good/utf16-no-bom.txt",
        "good/utf8-bom.txt",
    ]:
        assert "Bogotá and Mérida" in articles.loc[path, "text"], path
        assert "Señor Pérez" in articles.loc[path, "text"], path
    assert "“calmly”" in articles.loc["good/cp1252.txt", "text"]
    assert "Tues\ufffd\ufffdday" in articles.loc["good/broken-utf8.txt", "text"]
    assert "(local time)" in articles.loc["feeds/mixed.jsonl#9", "text"]  # one record, whole
    assert len(articles.loc["feeds/export.csv#5", "text"]) > 200_000
    plain = articles.loc["good/plain.txt"]  # the cp1252 manifest applied
    assert plain["outlet"] == "andes-times.example"
    assert plain["title"] == "Peña’s dossier"
    assert plain["published"] == pd.Timestamp("2019-02-01")


def test_nothing_is_extracted_to_disk(bad_corpus, ingested):
    _, before, after = ingested
    vanished = {os.fsdecode(bad_corpus.root / VANISHING)}
    assert after == before - vanished
    assert not Path(ABSOLUTE_ESCAPE).exists()
    assert not (bad_corpus.root.parent / "escaped.txt").exists()


def test_readers_memory_is_bounded_for_the_big_file_and_the_bombs(bad_corpus):
    """Python-level peak allocation while reading the 200 MB file and every bomb."""
    tracemalloc.start()
    try:
        result = ingest([bad_corpus.root / "big", bad_corpus.root / "bombs"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.report["reason"].isin(["too_large", "unsafe", "unsupported"]).sum() >= 5
    assert peak < 3 * DEFAULT_MAX_BYTES, f"peak {peak / MiB:.0f} MiB"
    print(f"reader peak allocation: {peak / MiB:.1f} MiB")


# --- the real command ----------------------------------------------------------------------


def run_measured(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``python -m tidynews ARGS`` in ``cwd``; return it and its own peak RSS in MiB.

    os.wait4 gives the resource usage of that one child, so other processes and this test
    process's own history do not blur the figure. Output goes to files so the child can
    never block on a full pipe while we wait.
    """
    out, err = cwd / ".stdout", cwd / ".stderr"
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "tidynews", *args], cwd=cwd, stdout=stdout, stderr=stderr
        )
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    done = subprocess.CompletedProcess(
        process.args, process.returncode, out.read_text(), err.read_text()
    )
    out.unlink()
    err.unlink()
    return done, usage.ru_maxrss / 1024  # Linux reports kilobytes


@pytest.fixture(scope="module")
def extracted(bad_corpus, tmp_path_factory):
    """``tidynews extract`` on the bad corpus, and on its good files alone as the baseline."""
    work = tmp_path_factory.mktemp("run")
    baseline, baseline_mb = run_measured(
        [
            "extract",
            str(bad_corpus.root / "good"),
            "--case",
            "venezuela-2019",
            "--out",
            str(work / "baseline"),
            "--quiet",
        ],
        work,
    )
    assert baseline.returncode == 0, baseline.stderr
    before = files_under(bad_corpus.root.parent) | files_under(work)
    done, peak_mb = run_measured(
        [
            "extract",
            str(bad_corpus.root),
            "--case",
            "venezuela-2019",
            "--out",
            str(work / "out"),
            "--quiet",
        ],
        work,
    )
    after = files_under(bad_corpus.root.parent) | files_under(work)
    print(f"peak RSS: baseline {baseline_mb:.0f} MiB, bad corpus {peak_mb:.0f} MiB")
    return done, work / "out", peak_mb - baseline_mb, after - before


def test_extract_command_survives_the_bad_corpus(bad_corpus, extracted):
    done, out, _, _ = extracted
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = pd.read_csv(out / "ingest_report.csv", dtype="string", keep_default_na=False)
    report["reason"] = report["reason"].replace("", pd.NA)
    assert outcomes(report) == bad_corpus.expected
    articles = pd.read_parquet(out / "articles.parquet")
    assert len(articles) == len(bad_corpus.markers)
    for table in ("mentions", "quotes", "stances", "sanctions", "figures"):
        pd.read_parquet(out / f"{table}.parquet")  # every table written and readable


def test_extract_command_memory_is_bounded(extracted):
    _, _, growth_mb, _ = extracted
    assert growth_mb < RSS_GROWTH_LIMIT_MB, f"peak RSS grew by {growth_mb:.0f} MiB"


def test_extract_command_writes_only_its_output(extracted):
    _, out, _, new_files = extracted
    assert new_files, "the run wrote its tables"
    assert all(Path(name).is_relative_to(out) for name in new_files), sorted(new_files)[:5]
    assert not Path(ABSOLUTE_ESCAPE).exists()


def test_an_article_over_a_million_characters_is_extracted(tmp_path):
    """A long transcript is under the size cap, so it is an article and must be extracted:
    spaCy's default guard (1,000,000 characters) must not crash the whole run."""
    sentence = "The talks in Caracas went on for hours and nobody said anything new. "
    write_to = tmp_path / "c" / "transcript.txt"
    write_to.parent.mkdir()
    write_to.write_text("A long transcript\n" + sentence * 16_000 + "Russia backs Maduro.\n")
    out = tmp_path / "o"
    command = [sys.executable, "-m", "tidynews", "extract", str(write_to.parent)]
    done = subprocess.run(
        [*command, "--out", str(out), "--case", "venezuela-2019", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    articles = pd.read_parquet(out / "articles.parquet")
    assert len(articles) == 1 and len(articles["text"].iloc[0]) > 1_000_000
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert (mentions["surface"] == "Caracas").sum() == 16_000


def test_a_zip_larger_than_the_size_cap_is_read_member_by_member(tmp_path):
    """The cap bounds what one member decompresses to, not the archive: a big bundle of
    small articles is read from disk member by member."""
    members = {f"a{number:03d}.txt": good_article(number).encode() for number in range(1, 201)}
    bundle = tmp_path / "c" / "bundle.zip"
    bundle.parent.mkdir()
    bundle.write_bytes(make_zip(members))
    result = ingest(bundle.parent, options=ReadOptions(max_bytes=bundle.stat().st_size // 4))
    assert len(result.articles) == 200
    assert (result.report["status"] == "article").all()
