"""The claims table: one row per fact key across the corpus, built from the fact tables."""

from __future__ import annotations

import pandas as pd
import pytest

from tidynews.claims import COLUMNS, build_claims, claim_ids
from tidynews.pipeline import build_tables, run_extract
from tidynews.schemas import TableSchemaError, validate
from tidynews.storage import read_table, write_table

from .conftest import SAMPLE

GUAIDO, MADURO = "person:juan-guaido", "person:nicolas-maduro"


def articles(*rows: tuple[str, str | None, str | None]) -> pd.DataFrame:
    """(article_id, outlet, published) rows as an articles table."""
    return pd.DataFrame(
        {
            "article_id": pd.Series([r[0] for r in rows], dtype="string"),
            "outlet": pd.Series([r[1] for r in rows], dtype="string"),
            "published": pd.to_datetime(pd.Series([r[2] for r in rows])),
        }
    )


def stance(article, actor, party, what, subject, modality, actor_name=None):
    return {
        "article_id": article,
        "actor_id": actor,
        "actor_name": actor_name,
        "party_id": party,
        "stance": what,
        "subject_id": subject,
        "subject_name": {GUAIDO: "Juan Guaidó", MADURO: "Nicolás Maduro"}[subject],
        "modality": modality,
    }


A1, A2, A3, A4 = "aaaaaaaaaaa1", "aaaaaaaaaaa2", "aaaaaaaaaaa3", "aaaaaaaaaaa4"
ARTICLES = articles(
    (A1, "b.example", "2019-01-24"),
    (A2, "a.example", "2019-01-23"),
    (A3, "b.example", "2019-02-04"),
    (A4, None, None),
)
STANCES = pd.DataFrame(
    [
        # the same fact twice in one article and once in two others: one claim, 3 articles
        stance(A1, "country:USA", "country:USA", "recognises", GUAIDO, "asserted", "US"),
        stance(A1, "country:USA", "country:USA", "recognises", GUAIDO, "asserted", "US"),
        stance(A2, "country:USA", "country:USA", "recognises", GUAIDO, "asserted", "US"),
        # a person standing for a state counts as that state (party_id)
        stance(A3, "person:donald-trump", "country:USA", "recognises", GUAIDO, "asserted"),
        # an unnamed group ("several countries") is no claim
        stance(A3, None, None, "recognises", GUAIDO, "asserted"),
        # another modality is another claim
        stance(A4, "country:USA", "country:USA", "recognises", GUAIDO, "intended", "US"),
        # a person who speaks for no state is the actor
        stance(A4, "person:some-analyst", None, "backs", MADURO, "asserted", "Some Analyst"),
    ]
)


def by_label(claims: pd.DataFrame) -> dict[str, dict]:
    return {row["label"]: row for row in claims.to_dict("records")}


def test_duplicates_across_and_within_articles_are_one_claim():
    claims = build_claims({"stances": STANCES}, ARTICLES)
    assert len(claims) == 3  # USA/asserted, USA/intended, analyst/backs; unnamed row skipped
    usa = by_label(claims)["United States recognises Juan Guaidó (asserted)"]
    assert usa["actor"] == "country:USA" and usa["kind"] == "stance"
    assert usa["article_ids"] == [A1, A2, A3]  # sorted, each once
    assert usa["n_articles"] == 3 and usa["n_reports"] == 4  # four rows, three articles
    assert usa["outlets"] == ["a.example", "b.example"] and usa["n_outlets"] == 2
    assert usa["first_published"] == pd.Timestamp("2019-01-23")
    assert usa["last_published"] == pd.Timestamp("2019-02-04")


def test_unknown_outlet_and_date_are_counted_but_not_listed():
    claims = by_label(build_claims({"stances": STANCES}, ARTICLES))
    intended = claims["United States recognises Juan Guaidó (intended)"]
    assert intended["n_articles"] == 1 and intended["outlets"] == [] and intended["n_outlets"] == 0
    assert pd.isna(intended["first_published"]) and pd.isna(intended["last_published"])
    analyst = claims["Some Analyst backs Nicolás Maduro (asserted)"]
    assert analyst["actor"] == "person:some-analyst"


def test_null_actor_rows_make_no_claim_even_alone():
    only_unnamed = STANCES[STANCES["actor_id"].isna()]
    assert len(only_unnamed) == 1
    assert build_claims({"stances": only_unnamed}, ARTICLES).empty
    # the contract scores no row without actor_id, even one that has a party
    with_party = only_unnamed.assign(party_id="country:FRA")
    assert build_claims({"stances": with_party}, ARTICLES).empty


def test_claim_ids_are_stable_hashes_of_the_key():
    first = build_claims({"stances": STANCES}, ARTICLES)
    # the same key from a different corpus (one article, another outlet) keeps its id
    other = build_claims({"stances": STANCES.iloc[[2]]}, articles((A2, "z.example", None)))
    assert other["claim_id"].iloc[0] in set(first["claim_id"])
    assert first["claim_id"].is_unique
    assert first["claim_id"].str.fullmatch(r"[0-9a-f]{12}").all()
    keys = pd.DataFrame({"actor": ["country:USA"], "stance": ["backs"]})
    assert claim_ids("stance", keys)[0] != claim_ids("sanction", keys)[0]


def test_sanction_claims_key_target_id_else_target_kind():
    sanctions = pd.DataFrame(
        {
            "article_id": [A1, A2, A3, A3],
            "imposer_id": ["country:USA", "country:USA", "org:EU", "country:USA"],
            "imposer_name": ["United States", "United States", "European Union", "US"],
            "target_id": ["org:PDVSA", "org:PDVSA", None, "org:PDVSA"],
            "target_name": ["PDVSA", "PDVSA", None, "PDVSA"],
            "target_kind": ["company", "company", "people", "company"],
            "status": ["imposed", "imposed", "existing", "proposed"],
        }
    )
    claims = by_label(build_claims({"sanctions": sanctions}, ARTICLES))
    assert set(claims) == {
        "United States sanctions on PDVSA: imposed",
        "United States sanctions on PDVSA: proposed",
        "European Union sanctions on people: existing",
    }
    imposed = claims["United States sanctions on PDVSA: imposed"]
    assert (imposed["imposer_id"], imposed["target"], imposed["status"]) == (
        "country:USA",
        "org:PDVSA",
        "imposed",
    )
    assert imposed["n_articles"] == 2
    assert claims["European Union sanctions on people: existing"]["target"] == "people"


def test_figure_claims_skip_other_and_key_on_value():
    figures = pd.DataFrame(
        {
            "article_id": [A1, A2, A2, A3, A3],
            "category": ["displaced", "displaced", "other", "displaced", "money"],
            "value": [3_400_000.0, 3_400_000.0, 88.0, 3_000_000.0, 5e6],
            "unit": ["people", "people", "abstentions", "people", "EUR"],
        }
    )
    claims = build_claims({"figures": figures}, ARTICLES)
    assert "other" not in set(claims["category"])
    labels = by_label(claims)
    assert set(labels) == {
        "displaced: 3,400,000 people",
        "displaced: 3,000,000 people",
        "money: 5,000,000 EUR",
    }
    assert labels["displaced: 3,400,000 people"]["n_articles"] == 2
    assert labels["displaced: 3,400,000 people"]["value"] == 3_400_000.0


def test_kinds_are_ordered_and_widest_claims_first():
    figures = pd.DataFrame(
        {"article_id": [A1], "category": ["troops"], "value": [100.0], "unit": ["people"]}
    )
    claims = build_claims({"figures": figures, "stances": STANCES}, ARTICLES)
    assert list(claims["kind"]) == ["stance", "stance", "stance", "figure"]
    assert claims["n_articles"].iloc[0] == 3
    assert list(claims.columns) == list(COLUMNS)


@pytest.mark.parametrize(
    "tables, frame",
    [
        ({}, None),
        ({}, ARTICLES),
        ({"stances": STANCES.iloc[0:0], "figures": pd.DataFrame()}, ARTICLES.iloc[0:0]),
    ],
)
def test_empty_inputs_give_an_empty_typed_table(tables, frame):
    claims = build_claims(tables, frame)
    assert claims.empty and list(claims.columns) == list(COLUMNS)
    assert str(claims["first_published"].dtype) == "datetime64[ns]"
    validate("claims", claims)


def test_facts_without_articles_table_still_count_articles():
    claims = build_claims({"stances": STANCES}, None)
    usa = by_label(claims)["United States recognises Juan Guaidó (asserted)"]
    assert usa["n_articles"] == 3 and usa["outlets"] == [] and pd.isna(usa["first_published"])


def test_a_table_missing_key_columns_is_a_clear_error():
    with pytest.raises(ValueError, match=r"stances.*party_id"):
        build_claims({"stances": STANCES.drop(columns=["party_id"])}, ARTICLES)


def test_schema_accepts_claims_and_rejects_broken_counts(tmp_path):
    claims = build_claims({"stances": STANCES}, ARTICLES)
    validate("claims", claims)
    broken = claims.copy()
    broken.loc[0, "n_articles"] = 7  # no longer the length of article_ids
    with pytest.raises(TableSchemaError, match="claims"):
        validate("claims", broken)
    unsorted = claims.copy()
    unsorted.at[0, "article_ids"] = list(reversed(unsorted.at[0, "article_ids"]))
    with pytest.raises(TableSchemaError):
        validate("claims", unsorted)


def test_claims_round_trip_through_parquet(tmp_path):
    claims = build_claims({"stances": STANCES}, ARTICLES)
    write_table(claims, tmp_path, "claims")
    back = read_table(tmp_path, "claims")
    assert list(back["claim_id"]) == list(claims["claim_id"])
    assert [list(ids) for ids in back["article_ids"]] == list(claims["article_ids"])


# --- the real sample corpus ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    return build_tables(SAMPLE, case="venezuela-2019")


def independent_keys(tables: dict[str, pd.DataFrame]) -> dict[tuple, set[str]]:
    """Fact keys -> article ids, computed row by row in plain Python (the contract, section 5)."""
    keys: dict[tuple, set[str]] = {}

    def add(key: tuple, article: str) -> None:
        keys.setdefault(key, set()).add(article)

    def present(value: object) -> bool:
        return value is not None and not pd.isna(value)

    for row in tables["stances"].to_dict("records"):
        if present(row["actor_id"]):
            actor = row["party_id"] if present(row["party_id"]) else row["actor_id"]
            add(
                ("stance", actor, row["stance"], row["subject_id"], row["modality"]),
                row["article_id"],
            )
    for row in tables["sanctions"].to_dict("records"):
        target = row["target_id"] if present(row["target_id"]) else row["target_kind"]
        target = target if present(target) else None
        imposer = row["imposer_id"] if present(row["imposer_id"]) else None
        add(("sanction", imposer, target, row["status"]), row["article_id"])
    for row in tables["figures"].to_dict("records"):
        if row["category"] != "other":
            add(("figure", row["category"], float(row["value"])), row["article_id"])
    return keys


def claim_key(row: dict) -> tuple:
    def clean(value: object) -> object:
        return None if value is None or pd.isna(value) else value

    if row["kind"] == "stance":
        return ("stance", row["actor"], row["stance"], row["subject_id"], row["modality"])
    if row["kind"] == "sanction":
        return ("sanction", clean(row["imposer_id"]), clean(row["target"]), row["status"])
    return ("figure", row["category"], float(row["value"]))


def test_sample_claims_are_the_distinct_fact_keys(sample):
    claims = sample.tables["claims"]
    expected = independent_keys(sample.tables)
    assert len(expected) > 30  # the sample has real content, not an empty table
    assert len(claims) == len(expected)
    got = {claim_key(row): set(row["article_ids"]) for row in claims.to_dict("records")}
    assert got == expected


def test_sample_claim_outlets_and_dates_match_their_articles(sample):
    articles = sample.ingest.articles.set_index("article_id")
    for row in sample.tables["claims"].to_dict("records"):
        chosen = articles.loc[row["article_ids"]]
        assert row["outlets"] == sorted(chosen["outlet"].dropna().unique())
        assert row["first_published"] == chosen["published"].min()
        assert row["last_published"] == chosen["published"].max()
    validate("claims", sample.tables["claims"])


def test_extract_writes_claims_and_summarises_them(tmp_path):
    result = run_extract(SAMPLE, tmp_path, case="venezuela-2019")
    written = read_table(tmp_path, "claims")
    assert len(written) == result.count("claims") > 0
    assert result.claim_kinds == written["kind"].value_counts().to_dict()
    summary = result.summary()
    stances = (written["kind"] == "stance").sum()
    assert f"claims: {len(written)} (stances {stances}, " in summary
    assert (tmp_path / "claims.parquet") in result.written


@pytest.mark.parametrize("buffer_bytes", [None, 3_000], ids=["files", "datasets"])
def test_streamed_claims_equal_claims_built_in_memory(sample, tmp_path, buffer_bytes):
    """run_extract writes claims from the staged tables with DuckDB, a batch at a time; they
    are those build_tables makes in memory from whole tables, row for row."""
    sizes = {} if buffer_bytes is None else {"buffer_bytes": buffer_bytes}
    run_extract(SAMPLE, tmp_path, case="venezuela-2019", **sizes)
    pd.testing.assert_frame_equal(
        read_table(tmp_path, "claims"), sample.tables["claims"].reset_index(drop=True)
    )
