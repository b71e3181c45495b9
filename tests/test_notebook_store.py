"""load() over a tables folder: filters run in DuckDB, text stays on disk, tables load lazily."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from tests.fake_tables import fake_tables, write_tables
from tidynews import frames, notebook
from tidynews.notebook import load

CASE = "venezuela-2019"  # period 2019-01-10 to 2019-12-31; the fake articles straddle its start


@pytest.fixture(scope="module")
def tables_and_frames(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, pd.DataFrame, dict[str, pd.DataFrame]]:
    articles, facts = fake_tables(11, n_articles=80)
    folder = write_tables(tmp_path_factory.mktemp("tables"), articles, facts)
    return folder, articles, facts


@pytest.fixture
def transfers(monkeypatch: pytest.MonkeyPatch) -> list[pa.Table]:
    """Every result DuckDB hands to pandas, to see what crossed over."""
    seen: list[pa.Table] = []
    typed = frames.typed_frame

    def recording(table: pa.Table, schema: pa.Schema | None) -> pd.DataFrame:
        seen.append(table)
        return typed(table, schema)

    monkeypatch.setattr(frames, "typed_frame", recording)
    return seen


def _expected(
    articles: pd.DataFrame, facts: dict[str, pd.DataFrame], outlets: list[str] | None, start, end
) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """What load() kept before it used DuckDB: the same filters in plain pandas."""
    keep = pd.Series(True, index=articles.index)
    if outlets is not None:
        keep &= articles["outlet"].isin(outlets).fillna(False).astype(bool)
    day = articles["published"].dt.normalize()
    in_window = (day >= pd.Timestamp(start)) & (day <= pd.Timestamp(end))
    keep &= in_window.fillna(False).astype(bool) | day.isna()
    kept = articles[keep].drop(columns=["text"]).reset_index(drop=True)
    ids = set(kept["article_id"])
    tables = {
        name: frame[frame["article_id"].isin(ids)].reset_index(drop=True)
        for name, frame in facts.items()
    }
    return kept, tables


@pytest.mark.parametrize("outlets", [None, ["two.example"], ["one.example", "four.example"]])
def test_outlet_filter_gives_the_frames_pandas_gave(tables_and_frames, outlets) -> None:
    folder, articles, facts = tables_and_frames
    loaded = load(case=CASE, tables=folder, outlets=outlets)
    kept, tables = _expected(articles, facts, outlets, "2019-01-10", "2019-12-31")
    pd.testing.assert_frame_equal(loaded.articles, kept)
    for name, expected in tables.items():
        pd.testing.assert_frame_equal(loaded.tables[name], expected, obj=name)
    assert loaded.n_articles_read == len(articles)


def test_the_article_text_is_not_loaded(tables_and_frames, transfers) -> None:
    folder, _, _ = tables_and_frames
    loaded = load(case=CASE, tables=folder)
    assert "text" not in loaded.articles.columns
    article_frames = [table for table in transfers if "title" in table.column_names]
    assert article_frames  # the articles did come through here
    assert not any("text" in table.column_names for table in transfers)


def test_only_kept_rows_cross_into_pandas(tables_and_frames, transfers) -> None:
    """The outlet and window filters ran in SQL: pandas received the kept rows only."""
    folder, articles, facts = tables_and_frames
    loaded = load(case=CASE, tables=folder, outlets="two.example", start="2019-01", end="2019-02")
    stances = loaded.tables["stances"]
    assert 0 < len(loaded.articles) < len(articles) / 4
    sizes = sorted(table.num_rows for table in transfers)
    assert sizes == sorted([len(loaded.articles), len(stances)])
    assert len(stances) < len(facts["stances"]) / 4


def test_fact_tables_are_read_only_when_asked_for(tables_and_frames, transfers) -> None:
    folder, _, facts = tables_and_frames
    loaded = load(case=CASE, tables=folder)
    assert set(loaded.tables) == set(facts)
    assert "stances" in loaded.tables and "claims" not in loaded.tables
    summary = loaded.summary()  # counts every table and builds the claims: reads none
    by_outlet = notebook.facts_by_outlet(loaded)
    assert not any(loaded.tables.is_read(name) for name in loaded.tables)
    assert [table.num_rows for table in transfers] == [len(loaded.articles)]
    assert f"mentions: {len(loaded.tables['mentions'])}" in summary
    assert by_outlet["mentions"].sum() == len(loaded.tables["mentions"])
    assert loaded.tables.is_read("mentions") and not loaded.tables.is_read("quotes")


def test_counts_by_outlet_equal_counting_the_frames(tables_and_frames) -> None:
    folder, _, _ = tables_and_frames
    loaded = load(case=CASE, tables=folder, start="2019-01-01", end="2019-02-15")
    counted = notebook.facts_by_outlet(loaded)
    outlet_of = loaded.articles.set_index("article_id")["outlet"].fillna("(unknown)")
    for name in loaded.tables:
        by_pandas = loaded.tables[name]["article_id"].map(outlet_of).value_counts()
        assert counted[name][counted[name] > 0].sort_index().to_dict() == (
            by_pandas.sort_index().to_dict()
        ), name


def test_a_partitioned_dataset_loads_the_same_as_single_files(tmp_path: Path) -> None:
    """``NAME.parquet/OUTLET/YYYY-MM/part-0.parquet`` (the streaming extractor's layout)."""
    articles, facts = fake_tables(12, n_articles=60)
    # rows in partition order, so that both layouts hold them in the same order
    part = (
        articles["outlet"].fillna("(no outlet)")
        + "/"
        + articles["published"].dt.strftime("%Y-%m").fillna("(undated)")
    )
    order = part.sort_values(kind="stable").index
    articles = articles.loc[order].reset_index(drop=True)
    rank = pd.Series(range(len(articles)), index=articles["article_id"].to_numpy())
    facts = {
        name: frame.iloc[frame["article_id"].map(rank).argsort(kind="stable")].reset_index(
            drop=True
        )
        for name, frame in facts.items()
    }
    single = write_tables(tmp_path / "single", articles, facts)
    partitioned = write_tables(
        tmp_path / "partitioned", articles, facts, partitioned=("articles", *facts)
    )
    assert (
        partitioned / "stances.parquet" / "two.example" / "2019-01" / "part-0.parquet"
    ).is_file()
    for outlets in (None, "three.example"):
        one = load(case=CASE, tables=single, outlets=outlets)
        other = load(case=CASE, tables=partitioned, outlets=outlets)
        pd.testing.assert_frame_equal(one.articles, other.articles)
        for name in facts:
            pd.testing.assert_frame_equal(one.tables[name], other.tables[name], obj=name)
        pd.testing.assert_frame_equal(one.claims, other.claims)
        assert one.summary().replace("single", "partitioned") == other.summary()


def test_the_corpus_path_runs_the_same_sql(tables_and_frames) -> None:
    """Frames in memory (a corpus extracted on the spot) go through the same store."""
    _, articles, facts = tables_and_frames
    store = frames.ArticleStore.from_frames(articles, facts)
    store.keep(
        frames.ArticleFilter(outlets=("two.example",), start=None, end=None, drop_undated=True)
    )
    kept = store.articles()
    assert set(kept["outlet"]) == {"two.example"} and kept["published"].notna().all()
    assert "text" not in kept.columns
    stances = store.facts("stances")
    expected = facts["stances"][facts["stances"]["article_id"].isin(set(kept["article_id"]))]
    pd.testing.assert_frame_equal(stances, expected.reset_index(drop=True))


def test_fact_tables_listed_here_match_the_pipeline() -> None:
    from tidynews.pipeline import FACT_TABLES

    assert notebook.FACT_TABLES == FACT_TABLES


def test_reading_a_tables_folder_does_not_import_spacy(tables_and_frames) -> None:
    """A kernel that only reads tables must not pay seconds for the extractor's imports."""
    import subprocess
    import sys

    folder, _, _ = tables_and_frames
    code = (
        "import sys; from tidynews.notebook import load; "
        f"load(case={CASE!r}, tables={str(folder)!r}).summary(); "
        "print('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False"
