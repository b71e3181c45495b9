"""tidynews.notebook.load: every bad parameter gets one clear line; filtering is always said."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import write
from tidynews import notebook
from tidynews.notebook import ParameterError, load
from tidynews.pipeline import run_extract

ARTICLES = {
    "one/a.txt": (
        "Washington recognises Guaidó\n"
        "The United States recognised Juan Guaidó as interim president of Venezuela.\n\n"
        "source: one.example\ndate: 2019-01-23\n"
    ),
    "one/b.txt": (
        "Russia stands by Maduro\n"
        "Russia backs Nicolás Maduro, the Kremlin said on Friday.\n\n"
        "source: one.example\ndate: 2019-03-02\n"
    ),
    "two/c.txt": (
        "Canada recognises Guaidó\n"
        "Canada recognised Juan Guaidó as interim president.\n\n"
        "source: two.example\ndate: 2018-12-30\n"
    ),
    "two/d.txt": (
        "An undated note on sanctions\n"
        "The United States imposed sanctions on PDVSA, the state oil company.\n\n"
        "source: two.example\n"
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        write(root / name, text)
    return root


@pytest.fixture(scope="module")
def tables(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    run_extract(corpus, out, case="venezuela-2019")
    return out


# --- case --------------------------------------------------------------------------------------


def test_unknown_case_lists_the_known_ones(tables: Path):
    with pytest.raises(ParameterError, match=r"unknown case 'narnia'.*venezuela-2019"):
        load(case="narnia", tables=tables)


def test_empty_case_is_refused(tables: Path):
    with pytest.raises(ParameterError, match=r"case is required; known cases:.*venezuela-2019"):
        load(case="", tables=tables)


# --- corpus and tables -------------------------------------------------------------------------


def test_missing_corpus(tmp_path: Path):
    with pytest.raises(ParameterError, match=r"corpus not found: .*nowhere"):
        load(corpus=tmp_path / "nowhere")


def test_corpus_with_no_articles_says_what_it_skipped(tmp_path: Path):
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "notes.yaml", "a: 1\n")
    with pytest.raises(ParameterError, match=r"has no articles \(0 articles from 2 inputs"):
        load(corpus=tmp_path)


def test_missing_tables_folder(tmp_path: Path):
    with pytest.raises(ParameterError, match="tables folder not found"):
        load(tables=tmp_path / "absent")


def test_tables_folder_without_articles(tmp_path: Path):
    with pytest.raises(ParameterError, match=r"has no articles\.parquet: write it with"):
        load(tables=tmp_path)


def test_corpus_is_extracted_and_claims_rebuilt(corpus: Path):
    loaded = load(corpus=corpus, start="2018", end="2019")
    assert len(loaded.articles) == 3  # the undated one is left out: a window was given
    assert set(loaded.tables) == {"mentions", "quotes", "stances", "sanctions", "figures"}
    assert loaded.claims is not None and not loaded.claims.empty
    assert loaded.corpus_label == corpus.name
    stances = loaded.tables["stances"]
    assert {"country:USA", "country:RUS", "country:CAN"} <= set(stances["party_id"])


def test_tables_folder_is_read_instead_of_extracting(tables: Path, corpus: Path):
    loaded = load(tables=tables, corpus=corpus)
    assert "tables given: read from them, the corpus itself was not read again" in loaded.notes
    assert loaded.corpus_label == f"{corpus.name} (tables read from {tables.name}/)"
    assert load(tables=tables).corpus_label == f"tables read from {tables.name}/"
    assert len(loaded.ingest_report) == len(ARTICLES)


def test_a_missing_fact_table_is_noted(tables: Path, tmp_path: Path):
    for path in tables.iterdir():
        if path.name != "figures.parquet":
            (tmp_path / path.name).write_bytes(path.read_bytes())
    loaded = load(tables=tmp_path)
    assert "figures" not in loaded.tables
    assert any("no figures" in note for note in loaded.notes)


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", r"start='yesterday' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"),
        ("2019-13", r"start='2019-13' is not a date \(month must be in 1\.\.12\)"),
        ("2019-02-30", r"start='2019-02-30' is not a date"),
        ("__import__('os')", r"is not a date"),
        (True, r"start=True is not a date"),
        (3.5, r"start=3.5 is not a date: .*got a float"),
    ],
)
def test_bad_dates_are_refused(tables: Path, value: object, message: str):
    with pytest.raises(ParameterError, match=message):
        load(tables=tables, start=value)


def test_start_after_end(tables: Path):
    with pytest.raises(ParameterError, match="start 2019-05-01 is after end 2019-02-28"):
        load(tables=tables, start="2019-05-01", end="2019-02")


def test_a_number_from_papermill_is_read_as_a_year_and_said(tables: Path):
    loaded = load(tables=tables, start=2019, end=2019)
    assert (loaded.start, loaded.end) == (date(2019, 1, 1), date(2019, 12, 31))
    assert any("start=2019 arrived as a number" in note for note in loaded.notes)
    assert any("-r passes text" in note for note in loaded.notes)


def test_partial_dates_cover_the_whole_month(tables: Path):
    loaded = load(tables=tables, start="2019-01", end="2019-02")
    assert (loaded.start, loaded.end) == (date(2019, 1, 1), date(2019, 2, 28))


def test_default_window_is_the_case_period_and_says_what_it_left_out(tables: Path):
    loaded = load(tables=tables)
    assert (loaded.start, loaded.end) == (date(2019, 1, 10), date(2019, 12, 31))
    assert loaded.window == (date(2019, 1, 10), date(2019, 12, 31))
    # 2018-12-30 is outside the period: left out, and said, with the article named
    assert sorted(loaded.articles["outlet"]) == ["one.example", "one.example", "two.example"]
    (window_note,) = [note for note in loaded.notes if note.startswith("window")]
    assert "from the case period" in window_note
    assert "1 dated articles outside it left out (two.example 2018-12-30)" in window_note
    # the undated article is kept without an explicit window
    assert "1 articles have no date: kept, but absent from charts by date" in loaded.notes


def test_explicit_window_drops_undated_articles_and_says_so(tables: Path):
    loaded = load(tables=tables, start="2019-01-01", end="2019-01-31")
    assert list(loaded.articles["title"]) == ["Washington recognises Guaidó"]
    assert "1 articles have no date: left out, since start/end was given" in loaded.notes
    kept = set(loaded.articles["article_id"])
    for name, frame in loaded.tables.items():
        assert set(frame["article_id"]) <= kept, name


# --- outlets -----------------------------------------------------------------------------------


def test_unknown_outlet_lists_the_known_ones(tables: Path):
    with pytest.raises(
        ParameterError, match=r"unknown outlet 'three.example'; known: one.example, two.example"
    ):
        load(tables=tables, outlets="one.example, three.example")


@pytest.mark.parametrize("value", [None, "", "all", "ALL", [], ("one.example", "two.example")])
def test_every_outlet_by_default(tables: Path, value: object):
    loaded = load(tables=tables, outlets=value)
    assert loaded.outlets == ("one.example", "two.example")
    assert not any(note.startswith("outlets") for note in loaded.notes)


def test_chosen_outlets_filter_articles_facts_and_claims(tables: Path):
    loaded = load(tables=tables, outlets="one.example", start="2019")
    assert loaded.outlets == ("one.example",)
    assert set(loaded.articles["outlet"]) == {"one.example"}
    assert "outlets one.example chosen: 2 articles of other outlets left out" in loaded.notes
    outlets = {outlet for found in loaded.claims["outlets"] for outlet in found}
    assert outlets == {"one.example"}


def test_outlets_of_another_type_are_refused(tables: Path):
    with pytest.raises(ParameterError, match="give outlet names separated by commas"):
        load(tables=tables, outlets=3)


# --- reference, summary, errors ----------------------------------------------------------------


def test_reference_data_of_the_case(tables: Path):
    loaded = load(tables=tables)
    assert loaded.has_reference
    assert set(loaded.reference) == {"recognitions", "sanctions", "refugees"}


def test_a_case_without_reference_data_says_so(tmp_path: Path):
    write(tmp_path / "a.txt", ARTICLES["one/a.txt"])
    case = write(
        tmp_path / "cases" / "bare.yaml",
        "name: Bare\nsubjects:\n  - {id: person:juan-guaido, name: Juan Guaidó}\n",
    )
    loaded = load(corpus=tmp_path / "a.txt", case=str(case))
    assert not loaded.has_reference
    assert "no reference data for case bare: charts show reports only" in loaded.notes
    assert all(frame.empty for frame in loaded.reference.values())


def test_summary_has_counts_and_no_absolute_paths(tables: Path):
    text = load(tables=tables).summary()
    assert "articles: 3 of 4 read" in text
    assert "outlets: 2 of 2" in text
    assert str(tables.parent) not in text
    assert "note: " in text


def test_parameter_errors_render_as_one_line_in_ipython():
    error = ParameterError("unknown case 'x'; known cases: a, b")
    assert error._render_traceback_() == ["ParameterError: unknown case 'x'; known cases: a, b"]
    assert isinstance(error, ValueError)


def test_sample_corpus_is_the_bundled_one():
    sample = notebook.sample_corpus()
    assert (sample / "manifest.csv").is_file()


# --- what the overview prints ------------------------------------------------------------------


def test_overview_tables(tables: Path):
    loaded = load(tables=tables, start="2018", end="2019")
    by_outlet = notebook.articles_by_outlet(loaded.articles)
    assert by_outlet.loc["(all outlets)", "articles"] == 3
    assert by_outlet.loc["two.example", "first"] == date(2018, 12, 30)
    overview = notebook.ingest_overview(loaded.ingest_report)
    assert overview.loc[("article", "-"), "inputs"] == 4
    assert notebook.skipped_inputs(loaded.ingest_report).empty
    facts = notebook.facts_by_outlet(loaded)
    assert facts.loc["one.example", "stances"] >= 2
    assert facts["claims"].sum() == sum(len(found) for found in loaded.claims["outlets"])
    claims = notebook.claims_overview(loaded)
    assert claims.loc["stance", "claims"] == (loaded.claims["kind"] == "stance").sum()
    assert (claims["reports"] >= claims["claims"]).all()


def test_configure_display_shows_whole_tables():
    with pd.option_context("display.max_rows", 60, "display.min_rows", 10):
        notebook.configure_display()
        frame = pd.DataFrame({"n": range(120)})
        assert "..." not in frame.to_string(max_rows=pd.get_option("display.max_rows"))
        assert pd.get_option("display.min_rows") == 150


def test_default_case_is_the_bundled_samples() -> None:
    """The package names no crisis: with no case given, the sample's gold file decides."""
    from tidynews.notebook import sample_case

    assert sample_case() == "venezuela-2019"
