"""The two real seed articles (read from ../shared, never copied) come out right."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

from tidynews.ingest import ingest

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    result = ingest(seeds_dir)
    return result, result.articles.set_index("path")


@pytest.fixture(scope="module")
def gold(shared_dir):
    return yaml.safe_load((shared_dir / "gold" / "seeds.yaml").read_text(encoding="utf-8"))


def test_both_seeds_are_articles_and_the_manifest_is_metadata(seeds):
    result, articles = seeds
    assert sorted(articles.index) == ["000_0896a1de483bd934.txt", "002_b8f3b0d9d2e37a71.txt"]
    assert result.report.set_index("path").loc["manifest.csv", "status"] == "metadata"


def test_titles_outlets_and_dates(seeds, gold):
    _, articles = seeds
    sun = articles.loc["000_0896a1de483bd934.txt"]
    bbc = articles.loc["002_b8f3b0d9d2e37a71.txt"]
    assert sun["title"].startswith("Venezuela’s US-backed interim president Juan Guaidó")
    assert bbc["title"] == "Venezuela opposition 'has met military', says Juan Guaidó"
    for path, fact in gold["articles"].items():
        assert articles.loc[path, "outlet"] == fact["outlet"]
        assert articles.loc[path, "published"] == pd.Timestamp("2019-01-30")


def test_boilerplate_is_gone(seeds, gold):
    _, articles = seeds
    for path, facts in gold["articles"].items():
        for boilerplate in facts["boilerplate_absent"]:
            assert boilerplate not in articles.loc[path, "text"], (path, boilerplate)


def test_reporting_is_kept(seeds, seeds_dir):
    """Every raw line that reads as reporting (a sentence of 8+ words) survives cleaning.

    Captions and promos are boilerplate by the issue's definition, whatever their length.
    """
    _, articles = seeds
    for path in articles.index:
        raw = (seeds_dir / path).read_text(encoding="utf-8").splitlines()[1:]
        text = articles.loc[path, "text"]
        sentences = [
            line.strip()
            for line in raw
            if len(line.split()) >= 8
            and line.strip()[-1:] in '.!?”"'
            and not line.startswith(("We pay for your stories", "Media caption"))
        ]
        assert sentences, path
        for sentence in sentences:
            assert sentence in text, (path, sentence)


def test_headline_is_not_in_the_body(seeds):
    _, articles = seeds
    for _, row in articles.iterrows():
        assert not row["text"].startswith(row["title"])
