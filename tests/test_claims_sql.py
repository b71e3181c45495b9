"""Claims aggregated in DuckDB equal claims.build_claims row for row, whatever is filtered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.fake_tables import fake_tables, write_tables
from tidynews.claims import build_claims
from tidynews.claims import entity_names as pandas_entity_names
from tidynews.claims_sql import (
    FACTS_PER_PASS,
    claims_from_store,
    entity_names,
    passes_of,
    write_claims,
)
from tidynews.frames import ArticleFilter, ArticleStore
from tidynews.schemas import validate

FILTERS = {
    "everything": ArticleFilter(outlets=None, start=None, end=None, drop_undated=False),
    "window": ArticleFilter(
        outlets=None, start=date(2019, 1, 1), end=date(2019, 3, 1), drop_undated=False
    ),
    "window, undated dropped": ArticleFilter(
        outlets=None, start=date(2019, 1, 15), end=None, drop_undated=True
    ),
    "two outlets": ArticleFilter(
        outlets=("one.example", "three.example"), start=None, end=None, drop_undated=False
    ),
}


def _kept_in_pandas(articles: pd.DataFrame, chosen: ArticleFilter) -> pd.DataFrame:
    """The articles a filter keeps, decided the plain pandas way (the reference)."""
    keep = pd.Series(True, index=articles.index)
    if chosen.outlets is not None:
        keep &= articles["outlet"].isin(chosen.outlets).fillna(False).astype(bool)
    day = pd.to_datetime(articles["published"]).dt.normalize()
    undated = day.isna()
    in_window = ~undated
    if chosen.start is not None:
        in_window &= (day >= pd.Timestamp(chosen.start)).fillna(False).astype(bool)
    if chosen.end is not None:
        in_window &= (day <= pd.Timestamp(chosen.end)).fillna(False).astype(bool)
    keep &= in_window | (undated & (not chosen.drop_undated))
    return articles[keep].reset_index(drop=True)


def _pandas_claims(articles: pd.DataFrame, facts: dict, chosen: ArticleFilter) -> pd.DataFrame:
    kept = _kept_in_pandas(articles, chosen)
    ids = set(kept["article_id"])
    filtered = {name: frame[frame["article_id"].isin(ids)] for name, frame in facts.items()}
    return build_claims(filtered, kept)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("label", sorted(FILTERS))
def test_sql_claims_equal_pandas_claims(seed: int, label: str) -> None:
    articles, facts = fake_tables(seed)
    store = ArticleStore.from_frames(articles, facts)
    store.keep(FILTERS[label])
    expected = _pandas_claims(articles, facts, FILTERS[label])
    assert len(expected) > 10  # the fake tables make claims of every kind
    assert set(expected["kind"]) == {"stance", "sanction", "figure"}
    pd.testing.assert_frame_equal(claims_from_store(store), expected)


def test_the_same_from_a_tables_folder(tmp_path: Path) -> None:
    articles, facts = fake_tables(4)
    store = ArticleStore.from_folder(write_tables(tmp_path, articles, facts), list(facts))
    store.keep(FILTERS["window"])
    expected = _pandas_claims(articles, facts, FILTERS["window"])
    pd.testing.assert_frame_equal(claims_from_store(store), expected)


def test_names_are_the_most_common_of_the_kept_articles() -> None:
    """An id named only in mentions takes the name the kept articles' mentions give most
    often (ties: alphabetically first), whatever order the rows are in."""
    articles, facts = fake_tables(5)
    mentions = facts["mentions"]
    wanted = mentions[mentions["entity_id"] == "person:only-in-mentions"]
    assert wanted["name"].nunique() == 2  # two spellings: which one wins matters
    kept = set(_kept_in_pandas(articles, FILTERS["two outlets"])["article_id"])
    counts = wanted[wanted["article_id"].isin(kept)]["name"].value_counts()
    expected = min(counts[counts == counts.max()].index)
    for order in (mentions, mentions.iloc[::-1]):
        store = ArticleStore.from_frames(articles, {**facts, "mentions": order})
        store.keep(FILTERS["two outlets"])
        names = entity_names(store, ["person:only-in-mentions", "country:USA"])
        assert names["person:only-in-mentions"] == expected
        assert names["country:USA"] == "United States"  # the gazetteer's name comes first


def test_pandas_names_do_not_depend_on_row_order() -> None:
    """A partitioned dataset is read in another order than the corpus: names must not care."""
    _, facts = fake_tables(5)
    forward = pandas_entity_names(facts)
    backward = pandas_entity_names({name: frame.iloc[::-1] for name, frame in facts.items()})
    pd.testing.assert_series_equal(forward.sort_index(), backward.sort_index())
    spellings = facts["mentions"].query("entity_id == 'person:only-in-mentions'")["name"]
    counts = spellings.value_counts()
    assert forward["person:only-in-mentions"] == min(counts[counts == counts.max()].index)


def test_no_fact_tables_give_the_empty_typed_table() -> None:
    articles, _ = fake_tables(6)
    store = ArticleStore.from_frames(articles, {})
    store.keep(FILTERS["everything"])
    claims = claims_from_store(store)
    assert claims.empty
    pd.testing.assert_frame_equal(claims, build_claims({}, articles))


def test_the_sample_corpus_claims_are_unchanged(sample_dir: Path) -> None:
    """On real extracted tables too (the bundled sample), with and without a filter."""
    from tidynews.pipeline import FACT_TABLES, build_tables

    built = build_tables(sample_dir, case="venezuela-2019")
    articles = built.ingest.articles
    facts = {name: built.tables[name] for name in FACT_TABLES}
    for chosen in (FILTERS["everything"], FILTERS["two outlets"], FILTERS["window"]):
        if chosen.outlets is not None:
            chosen = ArticleFilter(
                outlets=tuple(sorted(articles["outlet"].dropna().unique())[:3]),
                start=None,
                end=None,
                drop_undated=False,
            )
        store = ArticleStore.from_frames(articles, facts)
        store.keep(chosen)
        expected = _pandas_claims(articles, facts, chosen)
        assert not expected.empty
        pd.testing.assert_frame_equal(claims_from_store(store), expected)


@pytest.mark.parametrize("facts_per_pass", [1, 3, 40, FACTS_PER_PASS])
def test_claims_written_in_passes_read_back_as_the_whole_table(
    tmp_path: Path, facts_per_pass: int
) -> None:
    """write_claims groups the facts and fetches the article id lists a pass at a time, in
    the table's order; the file reads back as the frame claims_from_store builds whole
    (lists, dtypes, order) in one pass."""
    articles, facts = fake_tables(7)
    # The fake tables have sanctions with no target at all, which the claims schema refuses
    # (extraction always gives a target kind): the batches are validated, so leave them out.
    sanctions = facts["sanctions"]
    facts["sanctions"] = sanctions.dropna(subset=["target_id", "target_kind"], how="all")
    store = ArticleStore.from_folder(write_tables(tmp_path, articles, facts), list(facts))
    store.keep(FILTERS["everything"])
    expected = validate("claims", claims_from_store(store, facts_per_pass=10**9))
    assert expected["n_articles"].max() > 1  # lists of several ids, in several passes
    kinds = write_claims(store, tmp_path / "claims.parquet", facts_per_pass=facts_per_pass)
    written = pd.read_parquet(tmp_path / "claims.parquet")
    pd.testing.assert_frame_equal(written, _read_back(tmp_path, expected))
    assert kinds == expected["kind"].value_counts().to_dict()


@pytest.mark.parametrize("facts_per_pass", [1, 7])
def test_claims_grouped_in_hash_buckets_equal_one_pass(facts_per_pass: int) -> None:
    """Grouped a bucket of keys at a time, the claims are those grouped all at once."""
    articles, facts = fake_tables(5)
    store = ArticleStore.from_frames(articles, facts)
    store.keep(FILTERS["everything"])
    whole = claims_from_store(store, facts_per_pass=10**9)
    assert len(whole) > 10
    pd.testing.assert_frame_equal(claims_from_store(store, facts_per_pass=facts_per_pass), whole)


@pytest.mark.parametrize(
    ("reports", "limit", "passes"),
    [
        ([1, 1, 1, 1], 2, [0, 0, 1, 1]),
        ([5, 1, 1], 2, [0, 1, 1]),  # a claim above the limit has a pass of its own
        ([1, 5, 1], 2, [0, 1, 2]),
        ([3, 3], 10, [0, 0]),
        ([], 3, []),
    ],
)
def test_passes_cut_consecutive_claims_by_reports(
    reports: list[int], limit: int, passes: list[int]
) -> None:
    assert passes_of(np.array(reports, dtype=np.int64), limit).tolist() == passes


def test_no_claims_are_written_as_the_empty_typed_table(tmp_path: Path) -> None:
    articles, _ = fake_tables(6)
    store = ArticleStore.from_frames(articles, {})
    store.keep(FILTERS["everything"])
    assert write_claims(store, tmp_path / "claims.parquet") == {}
    written = pd.read_parquet(tmp_path / "claims.parquet")
    pd.testing.assert_frame_equal(written, _read_back(tmp_path, build_claims({}, articles)))


def _read_back(folder: Path, frame: pd.DataFrame) -> pd.DataFrame:
    """A frame as pandas.to_parquet writes it and read_parquet gives it back (lists come
    back as arrays): what write_claims must equal."""
    path = folder / "expected.parquet"
    frame.to_parquet(path, index=False)
    return pd.read_parquet(path)
