"""The explorer: rows, filters, evidence links and widgets from small frames (no browser)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tidynews import explorer
from tidynews.explorer import Explorer, Selection

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a1", "a2", "a3"],
        "outlet": ["one.example", "two.example", None],
        "title": ["First <b>", "Second", "Third"],
        "url": ["https://one.example/1", "javascript:alert(1)", None],
        "published": pd.to_datetime(["2019-01-23", "2019-01-24", None]),
    }
)


def provenance(article_ids: list[str]) -> dict[str, list]:
    n = len(article_ids)
    return {
        "article_id": article_ids,
        "sentence_id": list(range(n)),
        "start": [0] * n,
        "end": [5] * n,
    }


TABLES = {
    "stances": pd.DataFrame(
        {
            **provenance(["a1", "a1", "a2", "a3"]),
            "evidence": [
                "Trump recognised Guaidó.",
                "<script>x</script> Russia backs Maduro.",
                "Italy did not recognise Guaidó.",
                "Several countries back Guaidó.",
            ],
            "actor_id": ["person:donald-trump", "country:RUS", "country:ITA", None],
            "actor_name": ["Donald Trump", "Russia", "Italy", "several countries"],
            "party_id": ["country:USA", "country:RUS", "country:ITA", None],
            "stance": ["recognises", "backs", "recognises", "backs"],
            "subject_id": ["person:juan-guaido", "person:nicolas-maduro"]
            + ["person:juan-guaido"] * 2,
            "subject_name": ["Juan Guaidó", "Nicolás Maduro", "Juan Guaidó", "Juan Guaidó"],
            "modality": ["asserted", "asserted", "negated", "asserted"],
        }
    ),
    "sanctions": pd.DataFrame(
        {
            **provenance(["a2"]),
            "evidence": ["The US sanctioned PDVSA."],
            "imposer_id": ["country:USA"],
            "imposer_name": ["Mike Pence"],
            "target_id": ["org:PDVSA"],
            "target_name": ["PDVSA"],
            "target_kind": ["company"],
            "measure": ["sanctions"],
            "status": ["imposed"],
        }
    ),
    "figures": pd.DataFrame(
        {
            **provenance(["a1"]),
            "evidence": ["3 million have left."],
            "category": ["displaced"],
            "value": [3e6],
        }
    ),
    "quotes": pd.DataFrame(
        {
            **provenance(["a2"]),
            "text": ["We will not back down"],
            "speaker_id": [None],
            "speaker_name": [None],
            "cue": ["said"],
        }
    ),
}


def test_rows_of_each_table_have_actor_kind_and_article():
    stances = explorer.explorer_rows(TABLES, ARTICLES, "stances")
    actors = ["United States", "Russian Federation", "Italy", "unnamed group"]
    assert list(stances["actor"]) == actors
    assert list(stances["kind"]) == ["asserted", "asserted", "negated", "asserted"]
    assert list(stances["outlet"]) == ["one.example", "one.example", "two.example", "unknown"]
    sanctions = explorer.explorer_rows(TABLES, ARTICLES, "sanctions")
    assert sanctions[["actor", "kind"]].values.tolist() == [["United States", "imposed"]]
    quotes = explorer.explorer_rows(TABLES, ARTICLES, "quotes")
    assert quotes[["actor", "evidence"]].values.tolist() == [["?", "We will not back down"]]
    figures = explorer.explorer_rows(TABLES, ARTICLES, "figures")
    assert figures["actor"].isna().all() and list(figures["kind"]) == ["displaced"]


def test_unknown_table_is_refused():
    with pytest.raises(KeyError, match="not 'mentions'"):
        explorer.explorer_rows(TABLES, ARTICLES, "mentions")


def test_filters_combine():
    rows = explorer.explorer_rows(TABLES, ARTICLES, "stances")
    assert len(explorer.filter_rows(rows, Selection())) == 4
    assert len(explorer.filter_rows(rows, Selection(outlet="one.example"))) == 2
    only = explorer.filter_rows(rows, Selection(outlet="one.example", kind="asserted"))
    assert list(only["actor"]) == ["United States", "Russian Federation"]
    dated = explorer.filter_rows(rows, Selection(start=date(2019, 1, 24)))
    assert list(dated["actor"]) == ["Italy"]  # the undated row is outside any date range
    assert explorer.filter_rows(rows, Selection(actor="Nobody")).empty


def test_options_come_from_the_rows():
    rows = explorer.explorer_rows(TABLES, ARTICLES, "stances")
    options = explorer.filter_options(rows)
    assert options["outlet"] == ["one.example", "two.example", "unknown"]
    assert options["kind"] == ["asserted", "negated"]
    assert "Italy" in options["actor"]


def test_evidence_is_escaped_and_only_http_urls_become_links():
    rows = explorer.explorer_rows(TABLES, ARTICLES, "stances")
    html = explorer.evidence_html(rows)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a href="https://one.example/1"' in html
    assert "javascript:" not in html
    assert "First &lt;b&gt;" in html
    assert html.count("<tr>") == 1 + len(rows)
    short = explorer.evidence_html(rows, limit=2)
    assert "… and 2 more rows." in short
    assert "No rows match" in explorer.evidence_html(rows.iloc[0:0])


def test_selection_figure_counts_rows_per_outlet_and_day():
    rows = explorer.explorer_rows(TABLES, ARTICLES, "stances")
    fig = explorer.selection_figure(rows, Selection())
    assert [trace.name for trace in fig.data] == ["one.example", "two.example"]
    assert list(fig.data[0].y) == [2]
    assert fig.layout.title.text == "4 rows: stances"
    empty = explorer.selection_figure(rows.iloc[0:0], Selection(actor="x"))
    assert not empty.data and empty.layout.annotations


def test_selection_describes_itself():
    text = Selection("sanctions", outlet="a", kind="lifted", start=date(2019, 1, 1)).describe()
    assert text == "sanctions, outlet a, status lifted, 2019-01-01 to …"


def test_explorer_builds_widgets_and_follows_the_controls():
    tool = Explorer(TABLES, ARTICLES)
    assert list(tool.table.options) == ["stances", "sanctions", "figures", "quotes"]
    assert tool.kind.description == "modality"
    assert tool.outlet.options[0] == explorer.ALL
    assert len(tool.figure.data) == 2  # a FigureWidget, one bar trace per outlet
    tool.outlet.value = "two.example"
    assert tool.selection.outlet == "two.example"
    assert "Italy did not recognise" in tool.evidence.value
    assert "Trump recognised" not in tool.evidence.value
    tool.table.value = "sanctions"
    assert tool.kind.description == "status"
    assert list(tool.kind.options) == [explorer.ALL, "imposed"]
    assert tool.selection.outlet == "two.example"  # still valid for this table: kept
    assert "PDVSA" in tool.evidence.value
    tool.table.value = "figures"
    assert tool.actor.disabled  # figures have no actor
    assert tool.selection.outlet is None  # two.example has no figures
    assert "3 million" in tool.evidence.value


def test_clicking_a_bar_narrows_the_evidence_to_that_outlet_and_day():
    tool = Explorer(TABLES, ARTICLES)

    class Points:
        point_inds = [0]  # noqa: RUF012

    trace = next(t for t in tool.figure.data if t.name == "one.example")
    tool._on_click(trace, Points(), None)
    assert tool.focus == ("one.example", pd.Timestamp("2019-01-23"))
    assert "Trump recognised" in tool.evidence.value
    assert "Italy" not in tool.evidence.value
    tool.kind.value = "negated"
    assert tool.focus is None


def test_explore_headless_prints_the_default_view(monkeypatch, capsys):
    shown: list[object] = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **_: shown.append(obj))
    monkeypatch.setenv("TIDYNEWS_WIDGETS", "0")
    assert explorer.explore(TABLES, ARTICLES) is None
    printed = capsys.readouterr().out
    assert printed.startswith("4 rows: stances")
    assert "Static view: no widget frontend is connected" in printed
    bundle, evidence = shown
    assert "application/vnd.plotly.v1+json" in bundle
    assert "Trump recognised" in evidence.data


def test_explore_with_a_widget_frontend_shows_the_controls(monkeypatch):
    shown: list[object] = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **_: shown.append(obj))
    monkeypatch.setenv("TIDYNEWS_WIDGETS", "1")
    tool = explorer.explore(TABLES, ARTICLES, Selection(table="sanctions"))
    assert isinstance(tool, Explorer)
    assert shown == [tool.widget]
    assert tool.table.value == "sanctions"


def test_widget_frontend_guess(monkeypatch):
    import ipywidgets

    monkeypatch.delenv("TIDYNEWS_WIDGETS", raising=False)
    monkeypatch.setattr(ipywidgets.Widget, "_control_comm", None)
    assert explorer.widget_frontend_connected() is False
    monkeypatch.setattr(ipywidgets.Widget, "_control_comm", object())
    assert explorer.widget_frontend_connected() is True
    monkeypatch.setenv("TIDYNEWS_WIDGETS", "0")
    assert explorer.widget_frontend_connected() is False
