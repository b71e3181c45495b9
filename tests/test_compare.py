"""Cross-outlet comparison of claims, and the corpus against reference data."""

from __future__ import annotations

import pandas as pd
import pytest

from tidynews import compare
from tidynews.claims import build_claims
from tidynews.pipeline import build_tables
from tidynews.reference import empty_reference, load_reference
from tidynews.storage import read_table, write_table

from .conftest import REPO, SAMPLE

MADURO, GUAIDO = "person:nicolas-maduro", "person:juan-guaido"


def articles_table(rows: list[tuple[str, str | None, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": pd.Series([r[0] for r in rows], dtype="string"),
            "outlet": pd.Series([r[1] for r in rows], dtype="string"),
            "published": pd.to_datetime(pd.Series([r[2] for r in rows])),
        }
    )


def stances_table(rows: list[tuple]) -> pd.DataFrame:
    """(article, actor_id, party_id, stance, subject, modality) rows."""
    frame = pd.DataFrame(
        rows, columns=["article_id", "actor_id", "party_id", "stance", "subject_id", "modality"]
    )
    frame["actor_name"] = None
    frame["subject_name"] = frame["subject_id"].map(
        {MADURO: "Nicolás Maduro", GUAIDO: "Juan Guaidó"}
    )
    return frame


# Three outlets on who backs Maduro: X names Russia and China, Y adds Turkey, Z only Russia.
ARTICLES = articles_table(
    [
        ("x00000000001", "x.example", "2019-01-24"),
        ("y00000000001", "y.example", "2019-01-25"),
        ("z00000000001", "z.example", "2019-01-26"),
        ("x00000000002", "x.example", "2019-03-01"),
    ]
)
BACKERS = stances_table(
    [
        ("x00000000001", "country:RUS", "country:RUS", "backs", MADURO, "asserted"),
        ("x00000000001", "country:CHN", "country:CHN", "backs", MADURO, "asserted"),
        ("y00000000001", "country:RUS", "country:RUS", "backs", MADURO, "asserted"),
        ("y00000000001", "country:CHN", "country:CHN", "backs", MADURO, "asserted"),
        ("y00000000001", "country:TUR", "country:TUR", "backs", MADURO, "asserted"),
        ("z00000000001", "country:RUS", "country:RUS", "backs", MADURO, "asserted"),
        ("x00000000002", "country:USA", "country:USA", "recognises", GUAIDO, "asserted"),
    ]
)


@pytest.fixture()
def claims() -> pd.DataFrame:
    return build_claims({"stances": BACKERS}, ARTICLES)


# --- coverage --------------------------------------------------------------------------------


def test_outlet_coverage_is_a_boolean_matrix_widest_claims_first(claims):
    matrix = compare.outlet_coverage(claims)
    assert list(matrix.index) == [
        "Russian Federation backs Nicolás Maduro (asserted)",
        "China backs Nicolás Maduro (asserted)",
        "Türkiye backs Nicolás Maduro (asserted)",
        "United States recognises Juan Guaidó (asserted)",
    ]
    assert list(matrix.columns) == ["x.example", "y.example", "z.example"]  # most claims first
    assert matrix.dtypes.eq(bool).all()
    assert matrix.loc["Türkiye backs Nicolás Maduro (asserted)"].tolist() == [False, True, False]
    assert matrix.to_numpy().sum() == claims["n_outlets"].sum()
    by_id = compare.outlet_coverage(claims, ["z.example", "w.example"], index="claim_id")
    assert list(by_id.columns) == ["z.example", "w.example"]
    assert not by_id["w.example"].any() and by_id["z.example"].sum() == 1


def test_single_outlet_and_shared_claims(claims):
    single = compare.single_outlet_claims(claims)
    assert dict(zip(single["label"], single["outlet"], strict=True)) == {
        "United States recognises Juan Guaidó (asserted)": "x.example",
        "Türkiye backs Nicolás Maduro (asserted)": "y.example",
    }
    shared = compare.shared_by_all(claims)
    assert list(shared["label"]) == ["Russian Federation backs Nicolás Maduro (asserted)"]
    two = compare.shared_by_all(claims, ["x.example", "y.example"])
    assert set(two["label"]) == {
        "Russian Federation backs Nicolás Maduro (asserted)",
        "China backs Nicolás Maduro (asserted)",
    }
    assert compare.shared_by_all(claims, ["x.example", "silent.example"]).empty


# --- disagreements ---------------------------------------------------------------------------


def test_disagreements_name_what_each_outlet_adds_and_omits(claims):
    table = compare.disagreements(claims)
    question = table[table["question"] == "Who backs Nicolás Maduro? (asserted)"]
    rows = {row["outlet"]: row for row in question.to_dict("records")}
    assert set(rows) == {"x.example", "y.example", "z.example"}
    assert rows["y.example"]["named"] == "China, Russian Federation, Türkiye"
    assert rows["y.example"]["adds"] == "Türkiye"  # only Y names Turkey
    assert rows["x.example"]["adds"] == "" and rows["x.example"]["omits"] == ""
    assert rows["z.example"]["omits"] == "China"  # two of the other two name China
    assert all(row["shared"] == "Russian Federation" for row in rows.values())
    assert all(row["n_outlets"] == 3 for row in rows.values())
    # one outlet alone on a question is no disagreement
    assert not table["question"].str.contains("Guaidó").any()


def test_outlets_that_agree_are_not_listed():
    agreeing = BACKERS[BACKERS["actor_id"] == "country:RUS"]
    assert compare.disagreements(build_claims({"stances": agreeing}, ARTICLES)).empty


def test_sanction_disagreements_ask_who_imposed_what():
    sanctions = pd.DataFrame(
        {
            "article_id": ["x00000000001", "y00000000001", "y00000000001"],
            "imposer_id": ["country:USA", "country:USA", "country:CAN"],
            "imposer_name": ["United States", "United States", "Canada"],
            "target_id": ["org:PDVSA"] * 3,
            "target_name": ["PDVSA"] * 3,
            "target_kind": ["company"] * 3,
            "status": ["imposed"] * 3,
        }
    )
    table = compare.disagreements(build_claims({"sanctions": sanctions}, ARTICLES))
    assert set(table["question"]) == {"Who imposed sanctions on PDVSA?"}
    assert table.set_index("outlet").loc["y.example", "adds"] == "Canada"


def test_figure_disagreements_compare_close_values_within_a_period():
    articles = articles_table(
        [
            ("x00000000001", "x.example", "2019-02-24"),
            ("y00000000001", "y.example", "2019-02-26"),
            ("z00000000001", "z.example", "2019-06-08"),  # months later: another period
        ]
    )
    figures = pd.DataFrame(
        {
            "article_id": ["x00000000001", "x00000000001", "y00000000001", "z00000000001"],
            "category": ["displaced"] * 4,
            "value": [3_400_000.0, 5_300_000.0, 3_000_000.0, 4_000_000.0],
            "unit": ["people"] * 4,
        }
    )
    table = compare.disagreements(build_claims({"figures": figures}, articles), articles)
    assert set(table["question"]) == {"displaced (people) figures, 2019-02-24 to 2019-02-26"}
    rows = table.set_index("outlet")
    assert rows.loc["x.example", "named"] == "3,400,000, 5,300,000"  # by size, not as text
    assert rows.loc["x.example", "differs"] == "3,400,000 vs 3,000,000 (y.example)"
    assert rows.loc["y.example", "differs"] == "3,000,000 vs 3,400,000 (x.example)"
    # with no articles, reports are dated by the claim's first report: the same periods here
    assert set(
        compare.disagreements(build_claims({"figures": figures}, articles))["question"]
    ) == set(table["question"])


def test_claims_read_back_from_parquet_compare_the_same(claims, tmp_path):
    write_table(claims, tmp_path, "claims")
    back = read_table(tmp_path, "claims")  # list cells come back as numpy arrays
    pd.testing.assert_frame_equal(compare.outlet_coverage(back), compare.outlet_coverage(claims))
    pd.testing.assert_frame_equal(compare.disagreements(back), compare.disagreements(claims))
    assert len(compare.single_outlet_claims(back)) == 2


@pytest.mark.parametrize("articles", [None, ARTICLES.iloc[0:0]])
def test_comparisons_of_an_empty_corpus_are_empty(articles):
    claims = build_claims({}, articles)
    assert compare.outlet_coverage(claims).empty
    assert compare.single_outlet_claims(claims).empty
    assert compare.shared_by_all(claims).empty
    table = compare.disagreements(claims, articles)
    assert table.empty and list(table.columns) == list(compare.DISAGREEMENT_COLUMNS)


# --- against reference data ------------------------------------------------------------------


def recognitions(rows: list[tuple]) -> pd.DataFrame:
    """(actor_id, actor_name, stance, subject_id, modality, date) reference rows."""
    frame = empty_reference("recognitions")
    data = pd.DataFrame(
        rows, columns=["actor_id", "actor_name", "stance", "subject_id", "modality", "date"]
    )
    data["date"] = pd.to_datetime(data["date"])
    data["subject_name"] = data["subject_id"].map({GUAIDO: "Juan Guaidó", MADURO: "Nicolás Maduro"})
    data["source"] = "https://example.org/source"
    return pd.concat([frame, data], ignore_index=True)


def test_recognitions_vs_reference_lags_parties_and_extras():
    reference = recognitions(
        [
            ("country:USA", "United States", "recognises", GUAIDO, "asserted", "2019-01-23"),
            (
                "org:EUROPEAN_PARLIAMENT",
                "European Parliament",
                "recognises",
                GUAIDO,
                "asserted",
                "2019-01-31",
            ),
            ("org:EU", "European Union", "recognises", GUAIDO, "negated", None),
            ("country:JPN", "Japan", "recognises", GUAIDO, "asserted", "2019-02-19"),
            ("country:USA", "United States", "recognises", GUAIDO, "asserted", "2019-06-01"),
        ]
    )
    articles = articles_table(
        [
            ("a00000000001", "a.example", "2019-01-25"),
            ("b00000000001", "b.example", "2019-01-24"),
            ("c00000000001", "c.example", "2019-02-01"),
        ]
    )
    stances = stances_table(
        [
            # Trump stands for the United States: reported first on the 24th
            (
                "a00000000001",
                "person:donald-trump",
                "country:USA",
                "recognises",
                GUAIDO,
                "asserted",
            ),
            ("b00000000001", "country:USA", "country:USA", "recognises", GUAIDO, "asserted"),
            # the Parliament is not the EU, even though its party is
            ("c00000000001", "org:EUROPEAN_PARLIAMENT", "org:EU", "recognises", GUAIDO, "asserted"),
            ("c00000000001", "country:ESP", "country:ESP", "recognises", GUAIDO, "asserted"),
            # other modalities are not asserted recognitions
            ("c00000000001", "country:JPN", "country:JPN", "recognises", GUAIDO, "intended"),
        ]
    )
    table = compare.recognitions_vs_reference(stances, articles, {"recognitions": reference})
    rows = table.set_index("actor_id")
    assert set(rows.index) == {
        "country:USA",
        "org:EUROPEAN_PARLIAMENT",
        "country:JPN",
        "country:ESP",
    }
    usa = rows.loc["country:USA"]
    assert usa["reference_date"] == pd.Timestamp("2019-01-23")  # the earliest reference row
    assert usa["first_reported"] == pd.Timestamp("2019-01-24")
    assert usa["first_outlet"] == "b.example" and usa["first_article_id"] == "b00000000001"
    assert (usa["n_articles"], usa["n_outlets"], usa["lag_days"]) == (2, 2, 1)
    assert usa["match"] == "reported"
    assert rows.loc["org:EUROPEAN_PARLIAMENT", "lag_days"] == 1
    assert rows.loc["country:JPN", "match"] == "not reported"
    assert pd.isna(rows.loc["country:JPN", "first_reported"])
    spain = rows.loc["country:ESP"]
    assert spain["match"] == "not in reference" and spain["actor_name"] == "Spain"
    # the same call for negated recognitions finds the EU reference row, unreported
    negated = compare.recognitions_vs_reference(stances, articles, reference, modality="negated")
    assert negated[["actor_id", "match"]].values.tolist() == [["org:EU", "not reported"]]


def sanctions_reference(rows: list[tuple]) -> pd.DataFrame:
    """(date, precision, imposer_id, target_id, target_kind, status) reference rows."""
    data = pd.DataFrame(
        rows,
        columns=["date", "date_precision", "imposer_id", "target_id", "target_kind", "status"],
    )
    data["date"] = pd.to_datetime(data["date"])
    data["source"] = "https://example.org/source"
    data["target_description"] = "described"
    return pd.concat([empty_reference("sanctions"), data], ignore_index=True)


def sanction_rows(rows: list[tuple]) -> pd.DataFrame:
    """(article, imposer_id, target_id, target_kind, status) sanction rows."""
    frame = pd.DataFrame(
        rows, columns=["article_id", "imposer_id", "target_id", "target_kind", "status"]
    )
    frame["imposer_name"] = frame["target_name"] = None
    return frame


def test_sanctions_vs_reference_matches_imposer_target_status_and_window():
    reference = sanctions_reference(
        [
            ("2014-12-18", "day", "country:USA", None, "people", "imposed"),  # outside the period
            ("2019-01-28", "day", "country:USA", "org:PDVSA", "company", "imposed"),
            ("2019-02-25", "day", "country:USA", None, "people", "imposed"),
            ("2019-03-01", "day", "country:USA", None, "people", "imposed"),
            ("2019-04-01", "month", "country:CAN", None, "people", "imposed"),
            ("2019-05-07", "day", "country:USA", "person:someone", "person", "lifted"),
        ]
    )
    articles = articles_table(
        [
            ("a00000000001", "a.example", "2019-01-29"),
            ("b00000000001", "b.example", "2019-02-26"),
            ("c00000000001", "c.example", "2019-04-25"),
            ("d00000000001", "d.example", "2019-05-20"),
        ]
    )
    sanctions = sanction_rows(
        [
            ("a00000000001", "country:USA", "org:PDVSA", "company", "imposed"),
            ("a00000000001", "country:USA", "org:PDVSA", "company", "existing"),  # not compared
            ("b00000000001", "country:USA", "person:a-governor", "person", "imposed"),
            ("c00000000001", "country:CAN", None, "people", "imposed"),  # month + window
            ("d00000000001", "country:USA", "org:MINERVEN", "company", "imposed"),
        ]
    )
    table = compare.sanctions_vs_reference(sanctions, articles, {"sanctions": reference})
    assert not (table["reference_date"] == pd.Timestamp("2014-12-18")).any()
    events = table[table["match"] != "not in reference"].set_index("reference_date")
    assert events.loc[pd.Timestamp("2019-01-28"), "lag_days"] == 1
    assert events.loc[pd.Timestamp("2019-01-28"), "article_ids"] == ["a00000000001"]
    # a named person fits a reference event about people, and counts for the nearest event
    assert events.loc[pd.Timestamp("2019-02-25"), "match"] == "reported"
    assert events.loc[pd.Timestamp("2019-03-01"), "match"] == "not reported"
    assert events.loc[pd.Timestamp("2019-04-01"), "first_outlet"] == "c.example"
    assert events.loc[pd.Timestamp("2019-05-07"), "match"] == "not reported"
    extra = table[table["match"] == "not in reference"]
    assert extra[["imposer_id", "target", "status", "month"]].values.tolist() == [
        ["country:USA", "org:MINERVEN", "imposed", "2019-05"]
    ]
    # an explicit period brings the 2014 event back
    everything = compare.sanctions_vs_reference(
        sanctions, articles, reference, period=("2014-01-01", "2019-12-31")
    )
    assert (everything["reference_date"] == pd.Timestamp("2014-12-18")).any()


def refugees_reference(rows: list[tuple]) -> pd.DataFrame:
    """(as_of, value, kind, organisation) reference rows."""
    data = pd.DataFrame(rows, columns=["as_of", "value", "kind", "organisation"])
    data["as_of"] = pd.to_datetime(data["as_of"])
    data["category"] = "displaced"
    data["source"] = "https://example.org/" + data["organisation"]
    return pd.concat([empty_reference("refugees"), data], ignore_index=True)


def test_figures_vs_reference_uses_the_latest_estimate_before_publication():
    reference = refugees_reference(
        [
            ("2018-11-08", 3_000_000.0, "estimate", "a"),
            ("2019-02-01", 3_400_000.0, "estimate", "b"),
            ("2019-02-01", 3_300_000.0, "estimate", "c"),  # same date: the closer one is used
            ("2019-06-07", 4_000_000.0, "estimate", "d"),  # after the article: never used
            ("2019-03-01", 5_300_000.0, "projection", "e"),  # a projection: never used
        ]
    )
    articles = articles_table(
        [
            ("a00000000001", "a.example", "2019-03-05"),
            ("b00000000001", "b.example", None),
        ]
    )
    figures = pd.DataFrame(
        {
            "article_id": ["a00000000001"] * 4 + ["b00000000001"],
            "sentence_id": [0, 1, 2, 3, 0],
            "category": ["displaced", "displaced", "displaced", "money", "displaced"],
            "value": [3_320_000.0, 288_000.0, 3_320_000.0, 5e6, 4_000_000.0],
            "bound": ["approx", "exact", "approx", "exact", "exact"],
            "quantity_text": ["some 3.32 million", "288,000", "3.32 million", "$5m", "4m"],
            "evidence": ["e1", "e2", "e3", "e4", "e5"],
        }
    )
    table = compare.figures_vs_reference(figures, articles, {"refugees": reference})
    assert len(table) == 3  # the repeated value once; money is another category
    first = table.iloc[0]
    assert first["value"] == 288_000.0 and first["reference_value"] == 3_300_000.0
    big = table[table["value"] == 3_320_000.0].iloc[0]
    assert big["quantity_text"] == "some 3.32 million"  # the first mention in the article
    assert big["reference_as_of"] == pd.Timestamp("2019-02-01")
    assert big["reference_source"] == "https://example.org/c"
    assert big["difference"] == pytest.approx(20_000.0)
    assert big["relative_difference"] == pytest.approx(20_000 / 3_300_000)
    assert big["days_since_reference"] == 32
    undated = table[table["article_id"] == "b00000000001"].iloc[0]
    assert pd.isna(undated["reference_value"]) and pd.isna(undated["relative_difference"])
    totals = compare.figures_vs_reference(figures, articles, reference, min_share=0.5)
    assert 288_000.0 not in set(totals["value"]) and len(totals) == 2


def test_reference_comparisons_tolerate_empty_inputs():
    empty = pd.DataFrame()
    no_reference = load_reference(None)
    for table in (
        compare.recognitions_vs_reference(empty, None, no_reference),
        compare.sanctions_vs_reference(empty, empty, None),
        compare.figures_vs_reference(empty, None, no_reference),
    ):
        assert table.empty
    # a corpus with no reference lists what it reports, as not in the reference
    table = compare.recognitions_vs_reference(BACKERS, ARTICLES, no_reference, stance="backs")
    assert set(table["match"]) == {"not in reference"} and len(table) == 3
    assert list(table.columns) == list(compare.RECOGNITION_COLUMNS)


# --- the real sample corpus ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    built = build_tables(SAMPLE, case="venezuela-2019")
    return built, load_reference("venezuela-2019")


def test_sample_first_reports_are_the_earliest_articles(sample):
    built, reference = sample
    articles = built.ingest.articles.set_index("article_id")
    table = compare.recognitions_vs_reference(
        built.tables["stances"], built.ingest.articles, reference
    )
    reported = table[table["match"] == "reported"]
    assert len(reported) >= 5
    stances = built.tables["stances"]
    asserted = stances[(stances["stance"] == "recognises") & (stances["modality"] == "asserted")]
    for row in reported.to_dict("records"):
        own = asserted["actor_id"] == row["actor_id"]
        via_party = (asserted["party_id"] == row["actor_id"]) & ~asserted["actor_id"].isin(
            set(reference["recognitions"]["actor_id"])
        )
        chosen = asserted[(own | via_party) & (asserted["subject_id"] == row["subject_id"])]
        dates = articles.loc[chosen["article_id"].unique(), "published"]
        assert row["first_reported"] == dates.min()
        assert row["n_articles"] == chosen["article_id"].nunique()
        assert row["lag_days"] == (dates.min() - row["reference_date"]).days


def test_sample_comparisons_run_and_are_readable(sample):
    built, reference = sample
    claims, articles = built.tables["claims"], built.ingest.articles
    table = compare.disagreements(claims, articles)
    assert (table["kind"] == "stance").any() and (table["kind"] == "figure").any()
    for _, group in table.groupby("question"):
        assert group["outlet"].is_unique and len(group) >= 2
    figures = compare.figures_vs_reference(built.tables["figures"], articles, reference)
    assert figures["reference_value"].notna().any()
    assert (
        figures.dropna(subset=["reference_as_of"])["reference_as_of"]
        <= figures.dropna(subset=["reference_as_of"])["published"]
    ).all()
    sanctions = compare.sanctions_vs_reference(built.tables["sanctions"], articles, reference)
    assert {"reported", "not reported"} <= set(sanctions["match"])


def test_the_second_case_compares_with_no_reference_data():
    built = build_tables(REPO / "data" / "sample_ukraine_2022", case="russia-ukraine-2022")
    reference = load_reference("russia-ukraine-2022")
    articles, tables = built.ingest.articles, built.tables
    assert len(tables["claims"]) > 10
    recognitions = compare.recognitions_vs_reference(tables["stances"], articles, reference)
    assert set(recognitions["match"]) <= {"not in reference"}
    sanctions = compare.sanctions_vs_reference(tables["sanctions"], articles, reference)
    assert set(sanctions["match"]) <= {"not in reference"}
    figures = compare.figures_vs_reference(tables["figures"], articles, reference)
    assert figures["reference_value"].isna().all()
    assert list(compare.disagreements(tables["claims"], articles).columns) == list(
        compare.DISAGREEMENT_COLUMNS
    )
