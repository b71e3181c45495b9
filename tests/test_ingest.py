"""Walking a corpus, manifests, duplicates and the ingest report's accounting."""

from __future__ import annotations

import gzip
import json
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidynews.articles import article_id, parse_date
from tidynews.ingest import CorpusNotFoundError, SeenIds, ingest, read_corpus
from tidynews.readers import ReadOptions

from .conftest import ARTICLE, write


def test_folder_is_read_recursively_with_paths_relative_to_the_root(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "deep" / "er" / "b.md", ARTICLE.replace("Friday", "Monday"))
    result = ingest(tmp_path)
    assert sorted(result.articles["path"]) == ["a.txt", "deep/er/b.md"]


def test_article_ids_are_content_addressed(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    articles = ingest(tmp_path).articles
    row = articles.iloc[0]
    assert row["article_id"] == article_id(row["text"])
    assert len(row["article_id"]) == 12


def test_duplicates_are_kept_once_and_reported(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "copy of a.txt", ARTICLE)
    body = ARTICLE.split("\n", 1)[1]
    write(tmp_path / "z.jsonl", json.dumps({"title": "x", "text": body}) + "\n")
    result = ingest(tmp_path)
    assert len(result.articles) == 1
    duplicates = result.report[result.report["reason"] == "duplicate"]
    assert sorted(duplicates["path"]) == ["copy of a.txt", "z.jsonl#1"]
    kept = result.articles.iloc[0]
    assert (duplicates["article_id"] == kept["article_id"]).all()
    assert duplicates["detail"].str.contains("a.txt").all()


def test_manifest_overrides_metadata(tmp_path):
    write(tmp_path / "desk" / "a.txt", ARTICLE + "\nsource: wrong.example\ndate: 2018-01-01\n")
    write(tmp_path / "desk" / "b.txt", ARTICLE.replace("Friday", "Sunday"))
    write(
        tmp_path / "manifest.csv",
        "file,outlet,published,url\n"
        "desk/a.txt,lima-post.example,2019-01-11,https://lima-post.example/a\n"
        "desk/gone.txt,lima-post.example,2019-01-12,\n",
    )
    result = ingest(tmp_path)
    row = result.articles.set_index("path").loc["desk/a.txt"]
    assert row["outlet"] == "lima-post.example"
    assert row["published"] == pd.Timestamp("2019-01-11")
    assert row["url"] == "https://lima-post.example/a"
    report = result.report.set_index("path")
    assert report.loc["manifest.csv", "status"] == "metadata"
    assert report.loc["desk/gone.txt", "reason"] == "missing"


def test_footer_metadata_without_manifest(tmp_path):
    write(
        tmp_path / "a.txt", ARTICLE + "\nsource: https://www.bbc.co.uk/news/1\ndate: 2019-01-30\n"
    )
    row = ingest(tmp_path).articles.iloc[0]
    assert row["outlet"] == "bbc.co.uk"
    assert row["published"] == pd.Timestamp("2019-01-30")
    assert "source:" not in row["text"] and "date:" not in row["text"]


def test_every_input_is_accounted_for(tmp_path):
    write(tmp_path / "good.txt", ARTICLE)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.txt", "  \n\n ")
    write(tmp_path / "binary.txt", bytes(range(256)) * 8)
    write(tmp_path / "big.txt", "Headline\n" + "word " * 5000)
    write(tmp_path / "image.png", b"\x89PNG\r\n")
    write(tmp_path / "feed.jsonl", '{"text": "ok body text"}\nnot json\n')
    write(tmp_path / "a.txt.gz", gzip.compress(ARTICLE.replace("Friday", "Tuesday").encode()))
    result = ingest(tmp_path, options=ReadOptions(max_bytes=10_000))
    report = result.report.set_index("path")
    expected = {
        "good.txt": "article",
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "not_text",
        "big.txt": "too_large",
        "image.png": "unsupported",
        "feed.jsonl#1": "article",
        "feed.jsonl#2": "malformed",
        "a.txt": "article",
    }
    got = {
        path: row["reason"] if row["status"] == "skipped" else row["status"]
        for path, row in report.iterrows()
    }
    assert got == expected
    assert len(result.articles) == 3
    assert "3 articles from 9 inputs" in result.summary()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_reported_not_followed_forever(tmp_path):
    write(tmp_path / "a" / "x.txt", ARTICLE)
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    result = ingest(tmp_path)
    assert len(result.articles) == 1
    assert "symbolic link loop" in result.report.set_index("path").loc["a/loop", "detail"]


def test_missing_corpus_raises_a_clear_error(tmp_path):
    with pytest.raises(CorpusNotFoundError, match="corpus path not found"):
        ingest(tmp_path / "nope")


def test_list_of_paths_and_single_file(tmp_path):
    first = write(tmp_path / "one" / "a.txt", ARTICLE)
    write(tmp_path / "two" / "b.txt", ARTICLE.replace("Friday", "Saturday"))
    articles = read_corpus([first, tmp_path / "two"])
    assert sorted(articles["path"]) == ["a.txt", "b.txt"]
    assert len(articles.attrs["ingest_report"]) == 2


def test_read_corpus_column_mapping(tmp_path):
    write(tmp_path / "f.csv", "headline,story\nH,A body that is long enough.\n")
    articles = read_corpus(tmp_path, columns={"text": "story"})
    assert articles.iloc[0]["title"] == "H"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-30", "2019-01-30"),
        ("2019-02-04T11:30:00Z", "2019-02-04"),
        ("30 January 2019", "2019-01-30"),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    parsed = parse_date(value)
    assert (parsed.isoformat() if parsed else None) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=40), max_size=120))
def test_seen_ids_answer_as_a_set_across_merges(numbers):
    """SeenIds keeps 8 bytes an id (a sorted array, merged into often here): it must say
    "new" exactly when a set of strings would, before and after every merge."""
    seen, reference = SeenIds(), set()
    seen.MERGE_AT = 4
    for number in numbers:
        article = f"{number * 7_919:012x}"
        assert seen.add(article) == (article not in reference)
        reference.add(article)
    assert len(seen) == len(reference)
    assert seen.add("not hex at all, a reader's own id") is True


def test_a_streamed_report_equals_the_report_built_in_memory(tmp_path):
    """run_extract writes the report as it grows and fills in the duplicates' first paths
    at the end; the file equals what ingest() builds in memory, row for row."""
    from tidynews.pipeline import run_extract
    from tidynews.storage import read_report

    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE)
    write(corpus / "b.txt", ARTICLE.replace("Friday", "Monday"))
    write(corpus / "c" / "copy of a.txt", ARTICLE)
    write(corpus / "c" / "copy of b.txt", ARTICLE.replace("Friday", "Monday"))
    write(corpus / "d.txt", "")
    expected = ingest(corpus).report
    assert expected["detail"].str.contains(r"\(a\.txt\)").sum() == 1
    result = run_extract(corpus, tmp_path / "out", case="venezuela-2019")
    pd.testing.assert_frame_equal(read_report(tmp_path / "out"), expected)
    assert result.summary().startswith(ingest(corpus).summary())
