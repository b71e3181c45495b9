"""Property-based tests (hypothesis): the parsers never raise on any input, and every offset
they give points at exactly the text they say it does.

Two kinds of input each: arbitrary text (or bytes), which finds crashes on the unexpected,
and "newsy" text assembled from the pieces the parsers look for (numbers, scale words,
currencies, hedges, quote marks of every kind, speech verbs, names, line breaks), which
reaches deep into their rules. Example counts stay moderate so the suite stays fast.
"""

from __future__ import annotations

import gzip
import io
import json
import math
import zipfile
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tidynews.annotate import Annotator, mention_rows
from tidynews.articles import build_article
from tidynews.cases import load_case
from tidynews.cleaning import clean, default_rulebook, normalise_line
from tidynews.decoding import NotTextError, UndecodableError, decode_bytes
from tidynews.extractors import registered
from tidynews.extractors.numbers import BOUNDS, parse_quantities
from tidynews.extractors.quotes import split_quotes
from tidynews.readers import SKIP_REASONS, RawArticle, ReadOptions, Skip, Source, read_source

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NUMBER_PIECES = [
    "3", "20", "5,000", "1.3", "2.500", "14", "1,200,000", "0", "007", "1e400", "99999999999999",
    "three", "twenty-five", "a dozen", "half a", "hundred", "thousand", "million", "billion",
    "m", "bn", "k", "%", "per cent", "$", "US$", "€", "£", "¥", "dollars", "euros",
    "Canadian dollars", "bolívars", "more than", "about", "nearly", "up to", "at least",
    "as many as", "or more", "-odd", "-plus", "+", "-country", "-strong", "people", "troops",
    "countries", "refugees", "dead", "killed", "sanctions", "in", "2019", "January", "a.m.",
    "years old", "one in five", "Article", "No.", "(", ")", "-", "–", "/", ".", ",", ":",
]  # fmt: skip
QUOTE_PIECES = [
    '"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "—", "said", "says", "told",
    "added", "according to", "he", "she", "they", "Mr", "Ms", "Maduro", "Guaidó", "Juan Guaidó",
    "Nicolás Maduro", "Mike Pompeo", "the minister", "Russia", "the United States", "the EU",
    "Venezuela", "Caracas", "We", "will", "not", "accept", "it", "I", "don't", "O'Brien",
    "rock 'n' roll", "PRESIDENT:", "Q:", ".", ",", "?", "!", ":", "...", "…",
]  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ", ", ". ", "\t", "\u00a0"])


@st.composite
def newsy(draw, pieces: list[str], max_pieces: int = 40) -> str:
    """Text assembled from the pieces a parser reacts to, with random glue and noise."""
    parts = draw(
        st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=6)), max_size=max_pieces)
    )
    glue = [draw(SEPARATORS) for _ in parts]
    return "".join(part + sep for part, sep in zip(parts, glue, strict=True))


ANY_TEXT = st.text(max_size=400)
NUMBER_TEXT = st.one_of(ANY_TEXT, newsy(NUMBER_PIECES))
QUOTE_TEXT = st.one_of(ANY_TEXT, newsy(QUOTE_PIECES))
ARTICLE_TEXT = st.one_of(ANY_TEXT, newsy(NUMBER_PIECES + QUOTE_PIECES, 60))


# --- the number parser ---------------------------------------------------------------------


@SETTINGS
@given(NUMBER_TEXT)
def test_numbers_never_raise_and_offsets_are_exact(text):
    quantities = parse_quantities(text)
    previous_end = 0
    for quantity in quantities:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.start >= previous_end, "quantities overlap or are out of order"
        previous_end = quantity.end
        assert quantity.bound in BOUNDS
        assert math.isfinite(quantity.value) and quantity.value >= 0
        if quantity.number_start != -1:
            assert quantity.start <= quantity.number_start < quantity.end


# --- the quote splitter --------------------------------------------------------------------


@SETTINGS
@given(QUOTE_TEXT)
def test_quote_spans_never_raise_and_offsets_are_exact(text):
    for span in split_quotes(text):
        assert 0 <= span.open_at < span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        if span.closed:
            assert span.end <= span.close_at < len(text)
        assert span.depth >= 0


# --- extraction: every table's offsets -------------------------------------------------------


@lru_cache(maxsize=1)
def annotator_and_case():
    """Built once: the matchers of the shipped case take a moment to build."""
    case = load_case("venezuela-2019")
    return Annotator(case), case


def rows_of_every_table(text: str) -> dict[str, list[dict]]:
    annotator, case = annotator_and_case()
    article = annotator.annotate("0123456789ab", text)
    tables = {"mentions": mention_rows(article)}
    for name, entry in registered().items():
        tables[name] = entry.function(article, case)
    return tables


@FEW
@given(ARTICLE_TEXT)
def test_extraction_never_raises_and_every_offset_is_exact(text):
    tables = rows_of_every_table(text)
    for row in tables["mentions"]:
        assert text[row["start"] : row["end"]] == row["surface"], row
    for row in tables["quotes"]:
        assert text[row["start"] : row["end"]] == row["text"], row
    for row in tables["figures"]:
        assert text[row["quantity_start"] : row["quantity_end"]] == row["quantity_text"], row
        assert row["start"] <= row["quantity_start"] <= row["quantity_end"] <= row["end"], row
    for name, rows in tables.items():
        for row in rows:
            assert 0 <= row["start"] <= row["end"] <= len(text), (name, row)
            if "evidence" in row:
                assert text[row["start"] : row["end"]] == row["evidence"], (name, row)


# --- cleaning ------------------------------------------------------------------------------


@SETTINGS
@given(st.one_of(ANY_TEXT, newsy(["Read more", "Advertisement", "source:", "date:", "©"])))
def test_cleaning_never_raises_and_gives_tidy_paragraphs(text):
    cleaned = clean(text)
    assert isinstance(cleaned.text, str)
    for paragraph in cleaned.text.split("\n\n") if cleaned.text else []:
        assert paragraph == normalise_line(paragraph) != "", repr(paragraph)
    assert all(isinstance(value, str) for value in cleaned.metadata.values())


@SETTINGS
@given(ANY_TEXT)
def test_normalised_lines_are_stable(line):
    once = normalise_line(line)
    assert normalise_line(once) == once
    assert "\n" not in once and once == once.strip()


@SETTINGS
@given(ANY_TEXT, st.one_of(st.none(), st.text(max_size=40)))
def test_building_an_article_never_raises(text, outlet):
    raw = RawArticle(path="a.txt", text=text, outlet=outlet, url=outlet, published=outlet)
    built = build_article(raw, default_rulebook())
    if isinstance(built, Skip):
        assert built.reason == "empty"
    else:
        assert built.text.strip() and len(built.article_id) == 12


# --- decoding and readers -------------------------------------------------------------------


@SETTINGS
@given(st.binary(max_size=600))
def test_decoding_gives_text_or_says_why(data):
    try:
        decoded = decode_bytes(data)
    except (NotTextError, UndecodableError) as error:
        assert str(error)
        return
    assert isinstance(decoded.text, str) and decoded.encoding


@SETTINGS
@given(st.text(alphabet=st.characters(max_codepoint=0xFF, exclude_categories=["Cc", "Cs"])))
def test_utf8_text_decodes_to_itself(text):
    assert decode_bytes(text.encode("utf-8")).text == text


SUFFIXES = [
    ".txt", ".md", ".html", ".jsonl", ".json", ".csv", ".tsv", ".gz", ".zip", ".warc", ".warc.gz",
    ".parquet",
]  # fmt: skip


def structured(suffix: str) -> st.SearchStrategy[bytes]:
    """Bytes that look like the format (so the reader parses, not just rejects them)."""
    words = st.text(max_size=60)
    if suffix in (".jsonl", ".json"):
        record = st.dictionaries(
            st.sampled_from(["text", "title", "url", "published", "body", "x"]),
            st.one_of(words, st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
            max_size=4,
        )
        return st.lists(st.one_of(record.map(json.dumps), words), max_size=5).map(
            lambda lines: "\n".join(lines).encode()
        )
    if suffix in (".csv", ".tsv"):
        cell = st.text(alphabet='ab ,"\n\t\rxé', max_size=12)
        rows = st.lists(st.lists(cell, max_size=5).map(",".join), max_size=6)
        return rows.map(lambda lines: ("title,text\n" + "\n".join(lines)).encode())
    if suffix == ".html":
        tags = st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<article>", "<h1>", "<"])
        return st.lists(st.one_of(tags, words), max_size=20).map(lambda p: "".join(p).encode())
    if suffix == ".gz":
        return words.map(lambda text: gzip.compress(text.encode()))
    if suffix == ".zip":
        names = st.sampled_from(["a.txt", "../b.txt", "c.jsonl", "d/e.html", "f.zip", "/g.txt"])
        return st.dictionaries(names, words, max_size=4).map(_zip)
    return words.map(str.encode)


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, text in members.items():
            bundle.writestr(name, text)
    return buffer.getvalue()


def check_items(name: str, items: list) -> None:
    assert items, "every input must be accounted for: an article or a report row"
    for item in items:
        assert item.path.startswith(name.removesuffix(".gz"))
        if isinstance(item, Skip):
            assert item.reason in SKIP_REASONS and item.detail, item
        else:
            assert isinstance(item, RawArticle) and isinstance(item.text, str) and item.text


@pytest.mark.parametrize("suffix", SUFFIXES)
@SETTINGS
@given(data=st.data())
def test_readers_never_raise_and_account_for_every_input(suffix, data):
    payload = data.draw(st.one_of(st.binary(max_size=800), structured(suffix)), label="bytes")
    name = f"input{suffix}"
    items = list(read_source(Source.from_bytes(name, payload), ReadOptions(max_bytes=4096)))
    check_items(name, items)


@FEW
@given(st.binary(max_size=400), st.sampled_from([".txt", ".jsonl", ".csv", ".html"]))
def test_read_then_build_never_raises(payload, suffix):
    assume(payload)
    for item in read_source(Source.from_bytes(f"x{suffix}", payload), ReadOptions()):
        if isinstance(item, RawArticle):
            build_article(item, default_rulebook())
