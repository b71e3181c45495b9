"""Charts over many rows: names computed once per distinct value, markers grouped and capped."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tidynews import charts


def test_per_distinct_equals_calling_per_row_and_calls_once_per_combination() -> None:
    rng = np.random.default_rng(3)
    ids = pd.Series(rng.choice(["country:USA", "org:EU", None, "person:x"], 5000), dtype="str")
    names = pd.Series(rng.choice(["A", "B", None], 5000), dtype="str")
    calls: list[tuple[object, object]] = []

    def name(entity_id: object, fallback: object) -> str:
        calls.append((entity_id, fallback))
        return charts.entity_name(entity_id, fallback)

    got = charts.per_distinct(name, ids, names)
    expected = [charts.entity_name(i, n) for i, n in zip(ids, names, strict=True)]
    assert list(got) == expected
    assert len(calls) == len(set(zip(ids.fillna("<na>"), names.fillna("<na>"), strict=True)))
    assert len(calls) <= 12


def test_per_distinct_of_nothing_is_empty() -> None:
    assert len(charts.per_distinct(charts.entity_name, pd.Series([], dtype="str"))) == 0


def _reports(n_days: int, per_day: int, keys: list[str]) -> pd.DataFrame:
    days = pd.Timestamp("2019-01-01") + pd.to_timedelta(np.repeat(np.arange(n_days), per_day), "D")
    frame = pd.DataFrame({"published": days, "order": np.arange(len(days))})
    for number, key in enumerate(keys):
        frame[key] = [f"{key}{(i + number) % 3}" for i in range(len(days))]
    return frame


def test_reports_on_one_spot_become_one_marker_that_counts_them() -> None:
    rows = _reports(n_days=10, per_day=6, keys=["imposer"])  # 3 imposers x 10 days
    markers = charts.report_markers(rows, ["imposer"])
    assert markers.period == "day" and markers.n_dropped == 0
    assert len(markers.rows) == 30
    assert markers.rows["n_reports"].sum() == len(rows)
    assert (markers.rows["n_reports"] == 2).all()
    # a marker shows its first report, and markers keep the rows' order
    assert list(markers.rows["order"]) == sorted(markers.rows["order"])
    assert markers.caption("imposer") == ""


def test_too_many_days_become_weeks_then_months() -> None:
    rows = _reports(n_days=365, per_day=3, keys=["imposer"])
    weekly = charts.report_markers(rows, ["imposer"], limit=200)
    assert weekly.period == "week" and len(weekly.rows) <= 200
    assert weekly.rows["n_reports"].sum() == len(rows)
    assert weekly.caption("imposer and status") == "one marker per imposer and status and week"
    monthly = charts.report_markers(rows, ["imposer"], limit=50)
    assert monthly.period == "month" and len(monthly.rows) == 36


def test_past_months_the_most_reported_markers_are_kept_and_said() -> None:
    rows = _reports(n_days=60, per_day=40, keys=["outlet"])
    rows["value"] = np.arange(len(rows)) % 97  # many distinct values: months do not fit
    rows.loc[rows["value"] == 5, "value"] = 6  # value 6 is reported twice as often
    markers = charts.report_markers(rows, ["outlet", "value"], limit=10)
    assert markers.period == "month" and len(markers.rows) == 10
    assert markers.n_markers > 10
    assert (markers.rows["value"] == 6).sum() >= 1
    assert "the 10 most-reported of" in markers.caption("outlet and value")


@pytest.fixture
def many_sanctions() -> tuple[pd.DataFrame, pd.DataFrame]:
    n = 20_000
    rng = np.random.default_rng(5)
    articles = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(n)],
            "outlet": rng.choice(["one.example", "two.example"], n),
            "title": [f"<b>title {i}</b>" for i in range(n)],
            "url": None,
            "published": pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 300, n), "D"),
        }
    )
    sanctions = pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "imposer_id": rng.choice(["country:USA", "country:CAN", "org:EU"], n),
            "imposer_name": None,
            "target_id": None,
            "target_name": None,
            "target_kind": "people",
            "measure": "asset freeze",
            "status": rng.choice(list(charts.STATUS_ORDER), n),  # 3 x 6 x 300 days: too many
            "evidence": ["<script>x</script> sentence"] * n,
        }
    )
    return sanctions, articles


def test_a_large_sanctions_timeline_stays_small_and_says_how(many_sanctions) -> None:
    sanctions, articles = many_sanctions
    fig = charts.sanctions_timeline(sanctions, articles)
    n_markers = sum(len(trace.x) for trace in fig.data)
    assert n_markers <= charts.MAX_MARKERS
    assert "one marker per imposer and status and week" in fig.layout.title.text
    assert any("more reports here" in text for trace in fig.data for text in trace.hovertext)
    assert all("<script>" not in text for trace in fig.data for text in trace.hovertext)


def test_a_large_refugee_chart_stays_small(many_sanctions) -> None:
    _, articles = many_sanctions
    figures = pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "category": "displaced",
            "value": (np.arange(len(articles)) % 500) * 1000.0,
            "bound": "approx",
            "quantity_text": "about",
            "evidence": "sentence",
        }
    )
    fig = charts.refugee_figures(figures, articles)
    assert sum(len(trace.x) for trace in fig.data) <= charts.MAX_MARKERS
    assert "most-reported" in fig.layout.title.text
