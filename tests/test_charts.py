"""Charts: small frames in, figures with the expected traces, ids, geometry and escaping out."""

from __future__ import annotations

import json
import urllib.parse

import pandas as pd
import plotly.graph_objects as go
import pytest

from tidynews import charts

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "outlet": ["one.example", "two.example", "one.example"],
        "title": ["<script>alert(1)</script>", "Second", "Third"],
        "url": ["https://one.example/1", None, "javascript:alert(1)"],
        "published": pd.to_datetime(["2019-01-23", "2019-01-24", "2019-02-04"]),
        "n_words": [100, 200, 300],
    }
)


def stance(article_id: str, actor_id: str | None, party_id: str | None, **fields: str) -> dict:
    row = {
        "article_id": article_id,
        "sentence_id": 0,
        "start": 0,
        "end": 10,
        "evidence": fields.pop("evidence", "The United States recognised Guaidó."),
        "actor_id": actor_id,
        "actor_name": fields.pop("actor_name", "someone"),
        "party_id": party_id,
        "stance": fields.pop("stance", "recognises"),
        "subject_id": fields.pop("subject_id", "person:juan-guaido"),
        "subject_name": fields.pop("subject_name", "Juan Guaidó"),
        "modality": fields.pop("modality", "asserted"),
    }
    assert not fields, fields
    return row


STANCES = pd.DataFrame(
    [
        stance("a1", "country:USA", "country:USA", actor_name="United States"),
        stance("a2", "person:donald-trump", "country:USA", actor_name="Trump"),
        stance(
            "a2",
            "country:RUS",
            "country:RUS",
            actor_name="Russia",
            stance="backs",
            subject_id="person:nicolas-maduro",
            subject_name="Nicolás Maduro",
            evidence="<img src=x onerror=alert(1)> Russia backs Maduro",
        ),
        stance("a3", "country:ITA", "country:ITA", actor_name="Italy", modality="negated"),
        stance("a3", "org:EU", "org:EU", actor_name="European Union", modality="intended"),
        stance("a3", None, None, actor_name="several countries"),
    ]
)

SANCTIONS = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "sentence_id": [0, 1, 2],
        "start": [0, 0, 0],
        "end": [5, 5, 5],
        "evidence": ["US sanctions PDVSA.", "Pence announced sanctions.", "Canada <b>lifts</b>."],
        "imposer_id": ["country:USA", "country:USA", "country:CAN"],
        "imposer_name": ["United States", "Mike Pence", "Canada"],
        "target_id": ["org:PDVSA", None, "person:x-y"],
        "target_name": ["PDVSA", None, "X <Y>"],
        "target_kind": ["company", "people", "person"],
        "measure": ["sanctions", "sanctions", "sanctions"],
        "status": ["imposed", "imposed", "lifted"],
        "n_targets": pd.array([None, 4, None], dtype="Int64"),
    }
)

FIGURES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "sentence_id": [0, 0, 0],
        "start": [0, 0, 0],
        "end": [5, 5, 5],
        "evidence": ["3 million fled", "3.4 million left", "12 countries"],
        "category": ["displaced", "displaced", "countries"],
        "value": [3_000_000.0, 3_400_000.0, 12.0],
        "unit": ["people", "people", "countries"],
        "bound": ["approx", "exact", "exact"],
        "quantity_text": ["3 million", "3.4 million", "12"],
        "subject": [None, None, None],
    }
)

REFUGEES = pd.DataFrame(
    {
        "as_of": pd.to_datetime(["2017-01-01", "2018-11-08", "2019-02-01", "2019-12-31"]),
        "value": [1_500_000.0, 3_000_000.0, 3_400_000.0, 5_300_000.0],
        "kind": ["estimate", "estimate", "estimate", "projection"],
        "scope": ["worldwide"] * 4,
        "organisation": ["IOM", "UNHCR & IOM", "UNHCR & IOM", "UNHCR & IOM <b>"],
        "source": ["https://example.org/a"] * 4,
    }
)

WINDOW = (pd.Timestamp("2019-01-10").date(), pd.Timestamp("2019-12-31").date())


def all_text(fig: go.Figure) -> str:
    """Every string the figure carries, as JSON (what reaches the browser)."""
    return fig.to_json()


# --- show ------------------------------------------------------------------------------------


def test_bundle_has_plotly_json_html_div_and_text():
    fig = charts.articles_per_day(ARTICLES)
    bundle = charts.figure_bundle(fig, "tidynews-figure-1-abc")
    assert set(bundle) == {charts.PLOTLY_MIME, "text/html", "text/plain"}
    assert bundle[charts.PLOTLY_MIME]["data"][0]["type"] == "bar"
    assert bundle[charts.PLOTLY_MIME]["config"]["topojsonURL"] == charts.EMPTY_TOPOLOGY_URL
    html = bundle["text/html"]
    assert 'id="tidynews-figure-1-abc"' in html
    assert "Plotly.newPlot" in html
    # plotly.js is loaded once per report page, never per figure, never from a CDN
    assert "cdn.plot.ly" not in html and "<script src" not in html
    assert bundle["text/plain"] == "<plotly figure: Articles per outlet and day (2 traces: bar)>"


def test_div_ids_are_deterministic_and_differ_between_figures():
    first = charts.figure_div_id(charts.articles_per_day(ARTICLES), 1)
    again = charts.figure_div_id(charts.articles_per_day(ARTICLES), 1)
    other = charts.figure_div_id(charts.status_breakdown(SANCTIONS), 1)
    assert first == again
    assert first != other
    assert first != charts.figure_div_id(charts.articles_per_day(ARTICLES), 2)


def test_show_displays_the_raw_bundle(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append((obj, raw)))
    charts.show(charts.articles_per_day(ARTICLES))
    ((bundle, raw),) = shown
    assert raw is True
    assert charts.PLOTLY_MIME in bundle and "text/html" in bundle


def test_empty_topology_url_is_a_valid_topology():
    encoded = charts.EMPTY_TOPOLOGY_URL.removeprefix("data:application/json,").rstrip("#")
    topology = json.loads(urllib.parse.unquote(encoded))
    assert topology["type"] == "Topology"
    assert set(topology["objects"]) >= {"land", "countries", "coastlines", "ocean"}


# --- escaping --------------------------------------------------------------------------------


def test_safe_escapes_wraps_and_cuts():
    assert charts.safe("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"
    assert charts.safe(None) == ""
    assert charts.safe(float("nan")) == ""
    wrapped = charts.safe("word " * 30, width=20)
    assert "<br>" in wrapped and all(len(line) <= 20 for line in wrapped.split("<br>"))
    assert charts.safe("x" * 50, limit=10) == "x" * 9 + "…"


@pytest.mark.parametrize(
    "build",
    [
        lambda: charts.first_reports_timeline(STANCES, ARTICLES),
        lambda: charts.sanctions_timeline(SANCTIONS, ARTICLES),
        lambda: charts.sanctions_sankey(SANCTIONS),
        lambda: charts.refugee_figures(FIGURES, ARTICLES, REFUGEES),
        lambda: charts.recognition_map(STANCES),
    ],
    ids=["timeline", "sanctions-timeline", "sankey", "refugees", "map"],
)
def test_untrusted_text_never_reaches_a_figure_unescaped(build):
    text = all_text(build())
    for raw in ("<script>", "<img src=x", "<b>lifts", "X <Y>", "UNHCR & IOM <b>"):
        assert raw not in text


# --- recognitions ----------------------------------------------------------------------------


def test_country_positions_counts_a_persons_words_for_their_state():
    positions = charts.country_positions(STANCES)
    usa = positions[(positions["iso3"] == "USA") & (positions["modality"] == "asserted")]
    assert usa[["position", "n_articles", "n_reports"]].values.tolist() == [
        ["recognises Juan Guaidó", 2, 2]
    ]
    # blocs are not countries, unnamed groups have no party
    assert set(positions["iso3"]) == {"USA", "RUS", "ITA"}
    assert list(charts.country_positions(STANCES, modality="negated")["iso3"]) == ["ITA"]


def test_country_positions_prefers_most_articles_then_stronger_stance():
    rows = pd.DataFrame(
        [
            stance("a1", "country:BRA", "country:BRA", stance="backs"),
            stance("a2", "country:BRA", "country:BRA", stance="recognises"),
            stance("a3", "country:BRA", "country:BRA", stance="backs"),
        ]
    )
    (row,) = charts.country_positions(rows).to_dict("records")
    assert row["position"] == "backs Juan Guaidó"
    assert row["others"] == "recognises Juan Guaidó (1)"
    tie = charts.country_positions(rows.iloc[:2]).iloc[0]
    assert tie["position"] == "recognises Juan Guaidó"


def test_recognition_map_embeds_geometry_once_and_colours_by_position():
    fig = charts.recognition_map(STANCES)
    choropleths = [trace for trace in fig.data if trace.type == "choropleth"]
    assert len(choropleths) == 1  # the geometry (170 KB) is in the figure once
    (map_trace,) = choropleths
    assert map_trace.featureidkey == "id"
    ids = [feature["id"] for feature in map_trace.geojson["features"]]
    assert {"USA", "RUS", "VEN", "BRA"} <= set(ids)
    assert list(map_trace.locations) == ids
    labels = map_trace.meta["labels"]
    z = dict(zip(map_trace.locations, map_trace.z, strict=True))
    assert labels[z["USA"]] == "recognises Juan Guaidó"
    assert labels[z["RUS"]] == "backs Nicolás Maduro"
    assert labels[z["ITA"]] == "no report"  # Italy's only stance is negated
    assert labels[z["FRA"]] == "no report"
    # one legend entry per position, drawn from no geometry (no CDN base map)
    legend = [trace.name for trace in fig.data if trace.type == "scattergeo"]
    assert legend == [charts.safe(label) for label in labels]
    assert fig.layout.geo.visible is False
    # buttons switch modality by restyling the one map trace
    buttons = {button.label: button for button in fig.layout.updatemenus[0].buttons}
    assert list(buttons) == ["asserted", "negated"]  # the EU's intended stance: a bloc
    negated_z = dict(zip(ids, buttons["negated"].args[0]["z"][0], strict=True))
    assert labels[negated_z["ITA"]] == "recognises Juan Guaidó"
    assert list(buttons["negated"].args[2]) == [0]


def test_world_geometry_has_iso3_ids_and_names():
    geometry = charts.world_geometry()
    features = geometry["features"]
    assert len(features) > 170
    iso = [f["id"] for f in features if not f["id"].startswith("_")]
    assert all(len(code) == 3 and code.isupper() for code in iso)
    assert len(set(iso)) == len(iso)
    assert all(f["properties"]["name"] for f in features)


def test_first_reports_gives_first_date_outlet_and_article_count():
    table = charts.first_reports(STANCES, ARTICLES)
    usa = table[(table["actor"] == "United States") & (table["modality"] == "asserted")]
    assert usa[["first_published", "outlet", "n_articles"]].values.tolist() == [
        [pd.Timestamp("2019-01-23"), "one.example", 2]
    ]
    assert "several countries" not in set(table["actor"])


def test_first_reports_timeline_marks_reference_dates_of_reported_actors():
    reference = pd.DataFrame(
        {
            "actor_id": ["country:USA", "country:FRA"],
            "actor_name": ["United States", "France"],
            "stance": ["recognises", "recognises"],
            "subject_id": ["person:juan-guaido"] * 2,
            "subject_name": ["Juan Guaidó"] * 2,
            "modality": ["asserted"] * 2,
            "date": pd.to_datetime(["2019-01-23", "2019-02-04"]),
            "source": ["https://example.org/r"] * 2,
        }
    )
    fig = charts.first_reports_timeline(STANCES, ARTICLES, reference, window=WINDOW)
    (marks,) = [trace for trace in fig.data if trace.name == "reference date"]
    assert list(marks.y) == ["United States"]  # France is not reported: no row for it
    assert fig.data[0].name == "reference date"  # drawn first, under the reports


def test_stance_counts_lists_every_stance_and_modality():
    table = charts.stance_counts(STANCES)
    assert list(table.index) == [*charts.STANCE_ORDER, "total"]
    assert list(table.columns) == [*charts.MODALITY_ORDER, "total"]
    assert table.loc["recognises", "asserted"] == 3
    assert table.loc["total", "total"] == len(STANCES)


# --- sanctions -------------------------------------------------------------------------------


def test_sanction_flows_count_reports_per_imposer_target_status():
    flows = charts.sanction_flows(SANCTIONS)
    assert flows[["imposer", "target", "status", "n_reports"]].values.tolist() == [
        ["Canada", "X <Y>", "lifted", 1],
        ["United States", "PDVSA", "imposed", 1],
        ["United States", "people (unnamed)", "imposed", 1],
    ]


def test_sankey_links_imposers_to_targets_coloured_by_status():
    fig = charts.sanctions_sankey(SANCTIONS)
    (sankey,) = fig.data
    labels = list(sankey.node.label)
    assert labels[:2] == ["Canada", "United States"]
    links = {
        (labels[s], labels[t]): v
        for s, t, v in zip(sankey.link.source, sankey.link.target, sankey.link.value, strict=True)
    }
    assert links[("United States", "PDVSA")] == 1
    assert links[("Canada", "X &lt;Y&gt;")] == 1
    assert sankey.link.color[0].startswith("rgba(26,152,80")  # lifted is green


def test_status_counts_and_breakdown_cover_every_status():
    table = charts.status_counts(SANCTIONS)
    assert list(table.index) == list(charts.STATUS_ORDER)
    assert table.loc["imposed", "United States"] == 2
    assert table.loc["threatened"].sum() == 0
    fig = charts.status_breakdown(SANCTIONS)
    assert {trace.name for trace in fig.data} == {"Canada", "United States"}
    assert list(fig.layout.xaxis.categoryarray) == list(charts.STATUS_ORDER)


def test_sanctions_timeline_adds_reference_events_in_the_window():
    reference = pd.DataFrame(
        {
            "date": pd.to_datetime(["2017-07-31", "2019-01-28"]),
            "imposer_id": ["country:USA", "country:USA"],
            "imposer_name": ["United States", "United States"],
            "target_description": ["Maduro", "PDVSA"],
            "measure": ["asset freeze", "SDN designation"],
            "status": ["imposed", "imposed"],
            "source": ["https://example.org/s"] * 2,
        }
    )
    fig = charts.sanctions_timeline(SANCTIONS, ARTICLES, reference, window=WINDOW)
    names = [trace.name for trace in fig.data]
    assert names == ["imposed", "lifted", "reference timeline"]
    (events,) = [trace for trace in fig.data if trace.name == "reference timeline"]
    assert list(events.x) == [pd.Timestamp("2019-01-28")]
    assert list(events.y) == ["reference: United States"]


def test_empty_tables_give_a_figure_that_says_so():
    empty = SANCTIONS.iloc[0:0]
    for fig in (
        charts.sanctions_sankey(empty),
        charts.status_breakdown(empty),
        charts.sanctions_timeline(empty, ARTICLES),
        charts.refugee_figures(FIGURES.iloc[0:0], ARTICLES),
        charts.first_reports_timeline(STANCES.iloc[0:0], ARTICLES),
        charts.outlet_coverage_heatmap(pd.DataFrame()),
    ):
        assert fig.layout.annotations, fig.layout.title.text
        assert not fig.data


# --- displaced people ------------------------------------------------------------------------


def test_displaced_reports_join_outlet_and_date():
    reports = charts.displaced_reports(FIGURES, ARTICLES)
    assert reports[["outlet", "value"]].values.tolist() == [
        ["one.example", 3_000_000.0],
        ["two.example", 3_400_000.0],
    ]


def test_refugee_chart_has_reference_estimates_projections_and_one_trace_per_outlet():
    fig = charts.refugee_figures(FIGURES, ARTICLES, REFUGEES, window=WINDOW)
    names = [trace.name for trace in fig.data]
    assert names == [
        "reference estimates",
        "reference projections",
        "one.example",
        "two.example",
    ]
    estimates = fig.data[0]
    # a year either side of the window: 2017 is left out, late 2018 kept
    assert list(estimates.x) == [pd.Timestamp("2018-11-08"), pd.Timestamp("2019-02-01")]
    assert estimates.mode == "lines+markers"
    assert "source: https://example.org/a" in estimates.hovertext[0]


def test_reference_series_without_reference_is_empty():
    assert charts.reference_series(None).empty
    assert charts.reference_series(pd.DataFrame()).empty


# --- outlets ---------------------------------------------------------------------------------


def test_articles_per_outlet_day_counts_and_chart():
    counts = charts.articles_per_outlet_day(ARTICLES)
    assert counts["n_articles"].sum() == 3
    fig = charts.articles_per_day(ARTICLES)
    assert [trace.name for trace in fig.data] == ["one.example", "two.example"]
    assert fig.layout.barmode == "stack"


CLAIMS = pd.DataFrame(
    {
        "claim_id": ["c1", "c2"],
        "label": ["United States recognises Juan Guaidó (asserted)", "Russia backs <Maduro>"],
        "n_articles": [2, 1],
        "n_outlets": [2, 1],
        "outlets": [["one.example", "two.example"], ["two.example"]],
        "article_ids": [["a1", "a2"], ["a2"]],
    }
)


def test_coverage_matrix_counts_articles_per_outlet():
    matrix = charts.coverage_matrix(CLAIMS, ARTICLES)
    assert list(matrix.columns) == ["one.example", "two.example"]
    assert matrix.loc["United States recognises Juan Guaidó (asserted)"].tolist() == [1, 1]
    assert matrix.loc["Russia backs <Maduro>"].tolist() == [0, 1]
    presence = charts.coverage_matrix(CLAIMS)
    assert presence.to_numpy().max() == 1


def test_outlet_coverage_heatmap_escapes_claim_labels():
    fig = charts.outlet_coverage_heatmap(CLAIMS, ARTICLES)
    (heatmap,) = fig.data
    assert list(heatmap.y) == [
        "United States recognises Juan Guaidó (asserted)",
        "Russia backs &lt;Maduro&gt;",
    ]
    assert heatmap.z.tolist() == [[1, 1], [0, 1]]
