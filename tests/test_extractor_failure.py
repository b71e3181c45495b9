"""One extractor raising on one article costs only that extractor's rows for that article:
a warning names the article and the error, every other table and article is kept, and
TIDYNEWS_STRICT=1 lets the exception through for debugging."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from tidynews import extraction
from tidynews.extraction import ExtractorFailed, extract
from tidynews.extractors import registered

ARTICLES = pd.DataFrame(
    {
        "article_id": ["0123456789ab", "0123456789ac"],
        "text": [
            "Russia and China continue to back Mr Maduro. About 3,000 people fled.",
            "The US recognised Juan Guaidó. More than 20 countries followed.",
        ],
    }
)


def _failing_on_first(function):
    def run(article, case):
        if article.article_id == "0123456789ab":
            raise ValueError("an odd sentence")
        return function(article, case)

    return run


@pytest.fixture
def figures_fail_on_first(monkeypatch):
    builtins = registered()
    figures = builtins["figures"]
    broken = {
        **builtins,
        "figures": dataclasses.replace(figures, function=_failing_on_first(figures.function)),
    }
    monkeypatch.setattr(extraction, "registered", lambda: broken)
    monkeypatch.delenv(extraction.STRICT_VARIABLE, raising=False)


def test_a_failing_extractor_loses_only_its_rows_for_that_article(figures_fail_on_first):
    with pytest.warns(ExtractorFailed, match=r"figures extractor failed on article 0123456789ab"):
        tables = extract(ARTICLES, case="venezuela-2019")
    assert set(tables["figures"]["article_id"]) == {"0123456789ac"}  # the other article's
    assert set(tables["stances"]["article_id"]) == {"0123456789ab", "0123456789ac"}
    assert len(tables["mentions"]) > 0


def test_strict_mode_raises(figures_fail_on_first, monkeypatch):
    monkeypatch.setenv(extraction.STRICT_VARIABLE, "1")
    with pytest.raises(ValueError, match="an odd sentence"):
        extract(ARTICLES, case="venezuela-2019")
