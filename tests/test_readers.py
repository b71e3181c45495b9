"""Each reader on small inputs it is built for, and on the broken ones it must report."""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pandas as pd
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidynews.readers import RawArticle, ReadOptions, Skip, Source, read_source, register_reader
from tidynews.readers.archives import is_safe_member
from tidynews.readers.tabular import resolve_columns
from tidynews.readers.text import split_headline

from .conftest import ARTICLE

OPTIONS = ReadOptions()


def read(name: str, data: bytes, options: ReadOptions = OPTIONS) -> list[RawArticle | Skip]:
    return list(read_source(Source.from_bytes(name, data), options))


def only_article(items: list[RawArticle | Skip]) -> RawArticle:
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    return items[0]


def reasons(items: list[RawArticle | Skip]) -> list[str]:
    return [item.reason for item in items if isinstance(item, Skip)]


PAGE = """<!doctype html><html lang="en"><head>
<title>EU states recognise Guaidó | Global Post</title>
<meta property="og:title" content="EU states recognise Guaidó">
<meta property="og:site_name" content="Global Post">
<link rel="canonical" href="https://www.globalpost.example/world/eu-recognise">
<meta property="article:published_time" content="2019-02-04T11:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookies">We use cookies to improve your experience.</div>
<article><h1>EU states recognise Guaidó</h1>
<p>Spain, France and Germany recognised Juan Guaidó as interim president of Venezuela on
Monday, after an eight-day ultimatum to Nicolás Maduro expired.</p>
<p>The governments had asked Mr Maduro to call a fresh presidential election, which he
refused to do, calling the deadline an insolent interference.</p>
</article><footer>© Global Post</footer></body></html>"""


# --- text --------------------------------------------------------------------------------


def test_txt_headline_and_body():
    article = only_article(read("a.txt", ARTICLE.encode()))
    assert article.title == "Lima Group rejects Maduro's new term"
    assert article.text.lstrip().startswith("Thirteen governments")
    assert article.path == "a.txt"


def test_split_headline_skips_leading_blank_lines_and_bom():
    assert split_headline("\ufeff\n\n  Title  \nBody") == ("Title", "Body")
    assert split_headline("   \n") == (None, "")


def test_md_reads_like_txt():
    assert only_article(read("notes/a.md", ARTICLE.encode())).title.startswith("Lima Group")


def test_txt_headline_only_is_empty():
    assert reasons(read("a.txt", b"Just a headline\n\n")) == ["empty"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (bytes(range(256)) * 4, "not_text"),
    ],
)
def test_txt_skips(data, reason):
    assert reasons(read("a.txt", data)) == [reason]


def test_txt_with_a_broken_bom_is_undecodable():
    items = read("a.txt", b"\xef\xbb\xbfHeadline\nBody \xff\xfe\xfd here\n")
    assert reasons(items) == ["undecodable"]
    assert "byte-order mark" in items[0].detail


def test_unreadable_file_is_reported(tmp_path):
    missing = Source.from_file("gone.txt", tmp_path / "gone.txt")  # removed while the run read
    items = list(read_source(missing, OPTIONS))
    assert reasons(items) == ["unreadable"]


def test_txt_in_cp1252():
    text = "Guaidó’s “historic” day\nNicolás Maduro said “no” to the ultimatum from Europe."
    article = only_article(read("a.txt", text.encode("cp1252")))
    assert article.title == "Guaidó’s “historic” day"
    assert "Nicolás Maduro said “no”" in article.text
    assert article.encoding == "cp1252"


def test_too_large_is_refused_before_reading():
    items = read("a.txt", ARTICLE.encode(), ReadOptions(max_bytes=10))
    assert reasons(items) == ["too_large"]


# --- html --------------------------------------------------------------------------------


def test_html_text_and_metadata():
    article = only_article(read("web/eu.html", PAGE.encode()))
    assert article.title == "EU states recognise Guaidó"
    assert article.url == "https://www.globalpost.example/world/eu-recognise"
    assert article.outlet == "globalpost.example"
    assert article.published == "2019-02-04"
    assert "Spain, France and Germany recognised Juan Guaidó" in article.text
    assert "cookies" not in article.text
    assert not article.text.startswith("EU states recognise Guaidó")  # headline is not body


def test_html_with_only_scripts_is_empty():
    page = b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>"
    assert reasons(read("a.html", page)) == ["empty"]


def test_html_that_only_repeats_its_headline_is_empty():
    """Found by the property test: '<h1>!<p>!' gave an article with no text."""
    [skip] = read("a.html", b"<h1>!<p>!")
    assert skip.reason == "empty" and "only its headline" in skip.detail


# --- json lines, json, csv, parquet --------------------------------------------------------


def test_jsonl_records_and_a_malformed_line():
    good = {"title": "T", "text": "Body one is here.", "url": "https://x.example/1"}
    lines = [json.dumps(good), "{not json", "", json.dumps({"title": "no text"}), json.dumps([1])]
    items = read("feed.jsonl", "\n".join(lines).encode())
    assert [i.path for i in items] == [
        "feed.jsonl#1",
        "feed.jsonl#2",
        "feed.jsonl#4",
        "feed.jsonl#5",
    ]
    assert isinstance(items[0], RawArticle) and items[0].url == "https://x.example/1"
    assert reasons(items) == ["malformed", "malformed", "malformed"]
    assert "record 2" in items[1].detail and "no 'text' field" in items[2].detail


def test_jsonl_empty_text_field():
    assert reasons(read("f.jsonl", b'{"text": "   "}')) == ["empty"]


@pytest.mark.parametrize(
    "document",
    [
        [{"text": "one"}, {"text": "two"}],
        {"articles": [{"text": "one"}, {"text": "two"}]},
    ],
)
def test_json_lists(document):
    items = read("f.json", json.dumps(document).encode())
    assert [i.text for i in items] == ["one", "two"]
    assert [i.path for i in items] == ["f.json#1", "f.json#2"]


def test_json_single_object_and_broken_file():
    assert only_article(read("f.json", b'{"text": "solo", "headline": "H"}')).title == "H"
    assert reasons(read("f.json", b"[{")) == ["malformed"]
    assert reasons(read("f.json", b"42")) == ["malformed"]


def test_csv_rows_missing_and_extra_fields():
    data = (
        "title,text,outlet,published\n"
        'A,"First body, with a comma\nand a second line",eurodesk.example,2019-02-04\n'
        "B,too few fields\n"
        "C,body,x.example,2019-01-01,surplus\n"
        "D,Fourth body,north-star.example,2019-03-01\n"
    )
    items = read("d.csv", data.encode())
    assert [i.path for i in items] == ["d.csv#1", "d.csv#2", "d.csv#3", "d.csv#4"]
    assert reasons(items) == ["malformed", "malformed"]
    assert "2 fields" in items[1].detail and "5 fields" in items[2].detail
    assert items[0].text == "First body, with a comma\nand a second line"
    assert items[3].outlet == "north-star.example"


def test_csv_with_mapped_and_aliased_columns():
    data = "headline,body_text,date\nH,The body,2019-05-01\n"
    assert reasons(read("d.csv", data.encode())) == ["malformed"]  # no known text column
    article = only_article(read("d.csv", data.encode(), ReadOptions(columns={"text": "body_text"})))
    assert (article.title, article.text, article.published) == ("H", "The body", "2019-05-01")


def test_resolve_columns_prefers_explicit_mapping():
    mapping = resolve_columns(["text", "body", "Headline"], {"text": "body"})
    assert mapping == {"text": "body", "title": "Headline"}


def test_parquet_records(tmp_path):
    frame = pd.DataFrame({"text": ["one body", "two body"], "outlet": ["a.example", None]})
    path = tmp_path / "f.parquet"
    frame.to_parquet(path)
    items = read("f.parquet", path.read_bytes())
    assert [(i.path, i.outlet) for i in items] == [
        ("f.parquet#1", "a.example"),
        ("f.parquet#2", None),
    ]


def test_parquet_broken():
    assert reasons(read("f.parquet", b"PAR1 not really")) == ["malformed"]


# --- warc ----------------------------------------------------------------------------------


def make_warc(records: list[tuple[str, str, bytes]], gzipped: bool = True) -> bytes:
    """A WARC with (uri, content type, body) responses and one request record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    for uri, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    writer.write_record(
        writer.create_warc_record("https://a.example/", "request", payload=io.BytesIO(b"GET /"))
    )
    return buffer.getvalue()


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_html_responses_are_articles(gzipped):
    data = make_warc(
        [
            (
                "https://www.globalpost.example/world/eu-recognise",
                "text/html; charset=utf-8",
                PAGE.encode(),
            ),
            ("https://www.globalpost.example/logo.png", "image/png", b"\x89PNG"),
        ],
        gzipped,
    )
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    items = read(name, data)
    article = items[0]
    assert isinstance(article, RawArticle) and article.path == f"{name}#1"
    assert article.url == "https://www.globalpost.example/world/eu-recognise"
    assert reasons(items) == ["not_article", "not_article"]


# --- archives ------------------------------------------------------------------------------


def test_gzip_wraps_one_file():
    article = only_article(read("a.txt.gz", gzip.compress(ARTICLE.encode())))
    assert article.path == "a.txt" and article.title.startswith("Lima Group")


def test_gzip_broken_and_bomb():
    assert reasons(read("a.txt.gz", b"\x1f\x8b not gzip")) == ["malformed"]
    bomb = gzip.compress(b"a" * 2_000_000)
    assert reasons(read("a.txt.gz", bomb, ReadOptions(max_bytes=100_000))) == ["too_large"]


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    return buffer.getvalue()


def test_zip_members_unsafe_paths_and_nesting():
    inner = make_zip({"deep/b.txt": ARTICLE.encode()})
    data = make_zip(
        {
            "2019/a.txt": ARTICLE.encode(),
            "../evil.txt": ARTICLE.encode(),
            "/abs.txt": ARTICLE.encode(),
            "inner.zip": inner,
            "notes.xyz": b"???",
        }
    )
    items = read("bundle.zip", data)
    by_path = {item.path: item for item in items}
    assert isinstance(by_path["bundle.zip!2019/a.txt"], RawArticle)
    assert by_path["bundle.zip!../evil.txt"].reason == "unsafe"
    assert by_path["bundle.zip!/abs.txt"].reason == "unsafe"
    assert isinstance(by_path["bundle.zip!inner.zip!deep/b.txt"], RawArticle)
    assert by_path["bundle.zip!notes.xyz"].reason == "unsupported"


def test_zip_bomb_member_stops_at_the_limit():
    data = make_zip({"big.txt": b"Title\n" + b"a" * 3_000_000})
    assert reasons(read("b.zip", data, ReadOptions(max_bytes=1_000_000))) == ["too_large"]


def test_broken_zip_and_empty_zip():
    assert reasons(read("b.zip", b"PK\x03\x04 broken")) == ["malformed"]
    assert reasons(read("b.zip", make_zip({}))) == ["empty"]


def test_nesting_depth_is_capped():
    data = ARTICLE.encode()
    for level in range(5):
        data = make_zip({f"l{level}.zip" if level else "a.txt": data})
    items = read("top.zip", data)
    assert "unsupported" in reasons(items)


@pytest.mark.parametrize(
    ("name", "safe"),
    [("a/b.txt", True), ("../a", False), ("a/../../b", False), ("/etc/x", False), ("C:/x", False)],
)
def test_is_safe_member(name, safe):
    assert is_safe_member(name) is safe


# --- registry ------------------------------------------------------------------------------


def test_unknown_suffix_is_unsupported():
    items = read("image.jpeg", b"\xff\xd8\xff")
    assert reasons(items) == ["unsupported"] and ".jpeg" in items[0].detail


def test_users_register_their_own_reader():
    @register_reader(".tnx")
    def read_tnx(source, options):
        yield RawArticle(path=source.name, text=source.read_limited(options.max_bytes).decode())

    assert only_article(read("x.tnx", b"custom body")).text == "custom body"
