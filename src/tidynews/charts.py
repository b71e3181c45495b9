"""Charts of the tidy tables: DataFrames in, plotly figures out, and ``show`` to display them.

Why a module: the notebooks stay thin and every chart is unit-tested without a kernel. Three
rules hold for every figure here:

- **Article text is hostile input.** Titles, evidence sentences, names and outlets reach hover
  labels, legends and tick labels, which plotly renders as a subset of HTML; every such string
  goes through :func:`safe` (``html.escape``) first.
- **Maps draw offline.** plotly's choropleth fetches world geometry from a CDN at view time;
  ours carries its own (Natural Earth 110m, ``data/geo``), and the figure's config points
  plotly's base-map fetch at an empty topology inside a ``data:`` URL, so nothing is requested
  from the network (see :data:`FIGURE_CONFIG`).
- **Exports keep the charts.** :func:`show` emits a mimebundle with the plotly JSON (JupyterLab
  draws it interactively) *and* an HTML div that calls a page-level plotly.js (nbconvert's HTML
  export keeps it); it never relies on plotly's default renderer (see docs/notebooks.md).
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import re
import textwrap
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.colors import qualitative

from . import resources

PLOTLY_MIME = "application/vnd.plotly.v1+json"

STANCE_ORDER = ("recognises", "backs", "opposes", "neutral")
MODALITY_ORDER = ("asserted", "intended", "conditional", "negated")
STATUS_ORDER = ("imposed", "existing", "proposed", "threatened", "lifted", "negated")
STATUS_COLOURS = {
    "imposed": "#b2182b",
    "existing": "#ef8a62",
    "proposed": "#67a9cf",
    "threatened": "#fddb7f",
    "lifted": "#1a9850",
    "negated": "#999999",
}
MODALITY_SYMBOLS = {
    "asserted": "circle",
    "intended": "diamond",
    "conditional": "square",
    "negated": "x",
}
PALETTE = qualitative.Safe + qualitative.Vivid
# Markers one scatter chart draws at most. Reports that fall on one spot (same row, same day)
# are one marker; past this many, days become weeks, then months, then the most-reported
# markers are kept and the title says how many were left out. Every report stays in the
# tables the notebooks print; a page with 300,000 hover labels would not open.
MAX_MARKERS = 3000
MARKER_PERIODS = (("day", None), ("week", "W-SUN"), ("month", "M"))
NO_REPORT_COLOUR = "#e8e8e8"
TEMPLATE = "plotly_white"

# plotly.js fetches its own world topojson for any geo subplot whose trace has a
# `locationmode` -- a choropleth with `geojson=` has one ("geojson-id") -- and draws nothing if
# that fetch fails (offline, or a file:// page). Pointing `topojsonURL` at an empty topology in
# a data: URL answers the fetch without any network; our traces bring their own geometry. The
# trailing "#" makes the file name plotly.js appends ("world_110m.json") a fragment.
_EMPTY_TOPOLOGY = {
    "type": "Topology",
    "objects": {
        layer: {"type": "GeometryCollection", "geometries": []}
        for layer in ("land", "ocean", "coastlines", "countries", "lakes", "rivers", "subunits")
    },
    "arcs": [],
}
EMPTY_TOPOLOGY_URL = (
    "data:application/json,"
    + urllib.parse.quote(json.dumps(_EMPTY_TOPOLOGY, separators=(",", ":")))
    + "#"
)
FIGURE_CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "responsive": True,
    "topojsonURL": EMPTY_TOPOLOGY_URL,
}

_figure_numbers = itertools.count(1)


# --- displaying ----------------------------------------------------------------------------


def figure_bundle(fig: go.Figure, div_id: str) -> dict[str, Any]:
    """The mimebundle :func:`show` displays: plotly JSON, an HTML div, and a line of text.

    The HTML loads no plotly.js (``include_plotlyjs=False``): a report page provides it once.
    """
    figure_json = json.loads(pio.to_json(fig, validate=False))
    return {
        PLOTLY_MIME: {**figure_json, "config": FIGURE_CONFIG},
        "text/html": pio.to_html(
            fig,
            include_plotlyjs=False,
            full_html=False,
            div_id=div_id,
            config=FIGURE_CONFIG,
            validate=False,
        ),
        "text/plain": describe(fig),
    }


def figure_div_id(fig: go.Figure, number: int) -> str:
    """A div id that is the same on every run of a notebook (plotly's own is a random UUID)."""
    digest = hashlib.sha256(pio.to_json(fig, validate=False).encode("utf-8")).hexdigest()
    return f"tidynews-figure-{number}-{digest[:10]}"


def describe(fig: go.Figure) -> str:
    """One line naming the figure, for text-only frontends and nbval."""
    title = re.sub(r"<[^>]*>", " ", fig.layout.title.text or "untitled").split("  ")[0].strip()
    kinds = sorted({trace.type for trace in fig.data})
    return f"<plotly figure: {title} ({len(fig.data)} traces: {', '.join(kinds) or 'none'})>"


def show(fig: go.Figure) -> None:
    """Display a figure in a notebook so JupyterLab, nbconvert's HTML and text all see it."""
    from IPython.display import display

    display(figure_bundle(fig, figure_div_id(fig, next(_figure_numbers))), raw=True)


# --- text and names ------------------------------------------------------------------------


def safe(value: object, width: int | None = None, limit: int | None = None) -> str:
    """Untrusted text made safe for a plotly label: escaped, optionally cut and wrapped."""
    if value is None or (not isinstance(value, list | tuple) and pd.isna(value)):
        return ""
    text = " ".join(str(value).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    if width is None:
        return _escape_label(text)
    return "<br>".join(_escape_label(line) for line in textwrap.wrap(text, width) or [""])


def _escape_label(text: str) -> str:
    """``html.escape`` with the double quote as ``&#34;``: plotly.js decodes numeric entities
    and only a few named ones (``&lt;``, ``&gt;``, ``&amp;``, not ``&quot;``), so a quoted
    sentence used to show ``&quot;`` in its hover label."""
    return html.escape(text, quote=True).replace("&quot;", "&#34;")


@lru_cache(maxsize=1)
def _builtin_names() -> dict[str, str]:
    from .gazetteer import org_names

    return org_names()


def entity_name(entity_id: object, fallback: object = None) -> str:
    """A readable name for an entity id (the gazetteer's), else the fallback, else the id."""
    if isinstance(entity_id, str) and entity_id:
        name = _builtin_names().get(entity_id)
        if name:
            return name
    if fallback is not None and not pd.isna(fallback) and str(fallback):
        return str(fallback)
    if isinstance(entity_id, str) and entity_id:
        return entity_id.split(":", 1)[-1]
    return "unnamed"


def per_distinct(func: Callable[..., str], *columns: pd.Series) -> np.ndarray:
    """``func(*values)`` for every row of the columns, called once per distinct combination.

    Why: charts name the actor and position of every fact row, and a large corpus has
    hundreds of thousands of rows but a few hundred distinct (id, name) pairs; calling Python
    per row took most of a notebook's minute. Missing values form one group of their own (the
    first row's missing value is what ``func`` sees).
    """
    combined = per_distinct_codes(*columns)
    if len(combined) == 0:
        return np.array([], dtype=object)
    _, first_rows = np.unique(combined, return_index=True)
    values = [func(*(column.iloc[row] for column in columns)) for row in first_rows]
    return np.asarray(values, dtype=object)[combined]


def per_distinct_codes(*columns: pd.Series) -> np.ndarray:
    """One integer per distinct combination of the columns' values (missing ones included),
    numbered 0, 1, 2 ... in order of first appearance."""
    n_rows = len(columns[0]) if columns else 0
    combined = np.zeros(n_rows, dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        combined = combined * (len(uniques) + 1) + codes
        combined, _ = pd.factorize(combined)  # numbered in order of appearance, kept small
    return combined.astype(np.int64)


@dataclass(frozen=True)
class Markers:
    """Reports grouped into markers: the first report of each, with ``n_reports``, and the
    marker's date in ``when`` (the day, or the first day of its week or month)."""

    rows: pd.DataFrame
    period: str
    n_markers: int  # before the cap

    @property
    def n_dropped(self) -> int:
        return self.n_markers - len(self.rows)

    def caption(self, per: str) -> str:
        """What the grouping did, for the chart's title ("" when every spot is drawn)."""
        parts = []
        if self.period != "day":
            parts.append(f"one marker per {per} and {self.period}")
        if self.n_dropped:
            parts.append(
                f"the {len(self.rows):,} most-reported of {self.n_markers:,} markers shown"
            )
        return "; ".join(parts)


def report_markers(
    rows: pd.DataFrame, keys: list[str], *, date_column: str = "published", limit: int = MAX_MARKERS
) -> Markers:
    """Reports at the same spot (``keys`` and date) as one marker, at most ``limit`` of them.

    Rows keep their order: a marker shows its first report. Dates coarsen from day to week
    to month until the markers fit; if months are still too many, the most-reported markers
    are kept (ties: the earlier first report).
    """
    dates = pd.to_datetime(rows[date_column])
    for name, frequency in MARKER_PERIODS:
        when = dates if frequency is None else dates.dt.to_period(frequency).dt.start_time
        group = per_distinct_codes(*(rows[key] for key in keys), when)
        n_markers = int(group.max()) + 1 if len(group) else 0
        period = name
        if n_markers <= limit:
            break
    firsts = np.unique(group, return_index=True)[1] if len(group) else np.array([], dtype=int)
    markers = rows.iloc[firsts].assign(
        when=when.iloc[firsts].to_numpy(), n_reports=np.bincount(group, minlength=n_markers)
    )
    if n_markers > limit:
        kept = (
            markers["n_reports"].reset_index(drop=True).sort_values(ascending=False, kind="stable")
        )
        markers = markers.iloc[np.sort(kept.index[:limit].to_numpy())]
    return Markers(markers, period, n_markers)


def more_reports(n_reports: int) -> str:
    """The hover line of a marker standing for several reports ("" for one)."""
    return f"<br>and {n_reports - 1:,} more reports here" if n_reports > 1 else ""


def colour_map(labels: Iterable[str]) -> dict[str, str]:
    """Same label, same colour, in one figure: colours follow sorted label order."""
    return {label: PALETTE[index % len(PALETTE)] for index, label in enumerate(sorted(set(labels)))}


def _translucent(hex_colour: str, alpha: float = 0.6) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _dates(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce").dt.normalize()


def _with_articles(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Fact rows with their article's outlet, title, url and published day."""
    columns = [c for c in ("article_id", "outlet", "title", "url", "published") if c in articles]
    joined = frame.merge(articles[columns], on="article_id", how="left", suffixes=("", "_article"))
    joined["published"] = _dates(joined["published"])
    return joined


def empty_figure(title: str, message: str) -> go.Figure:
    """A figure that says there is nothing to draw (a chart never fails on an empty table)."""
    fig = go.Figure()
    fig.add_annotation(
        text=safe(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper"
    )
    fig.update_layout(
        title=title, template=TEMPLATE, height=260, xaxis_visible=False, yaxis_visible=False
    )
    return fig


# --- world geometry ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def world_geometry() -> dict[str, Any]:
    """Natural Earth 110m country outlines with ISO3 feature ids (data/geo/README.md)."""
    path = resources.resource_dir("geo") / "world-110m.geojson"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


# --- recognitions --------------------------------------------------------------------------


def position_label(stance: str, subject_name: object) -> str:
    return f"{stance} {subject_name}" if subject_name and not pd.isna(subject_name) else stance


def stance_counts(stances: pd.DataFrame) -> pd.DataFrame:
    """Stance rows by stance (rows) and modality (columns), every value of the contract shown."""
    table = pd.crosstab(stances["stance"], stances["modality"])
    table = table.reindex(index=list(STANCE_ORDER), columns=list(MODALITY_ORDER), fill_value=0)
    table["total"] = table.sum(axis=1)
    table.loc["total"] = table.sum(axis=0)
    table.index.name, table.columns.name = "stance", "modality"
    return table.astype(int)


def country_positions(stances: pd.DataFrame, modality: str | None = None) -> pd.DataFrame:
    """One row per (country, modality): the position reported in most articles, and the others.

    A country's position is the state it stands for (``party_id``), so Trump's words count for
    the USA. Ties go to the stronger stance (recognises > backs > opposes > neutral). Columns:
    ``iso3, country, modality, stance, subject_name, position, n_articles, n_reports, others``;
    ``modality`` keeps one modality only.
    """
    columns = [
        "iso3",
        "country",
        "modality",
        "stance",
        "subject_name",
        "position",
        "n_articles",
        "n_reports",
        "others",
    ]
    rows = stances[stances["party_id"].fillna("").str.startswith("country:")]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    grouped = (
        rows.groupby(["party_id", "modality", "stance", "subject_name"], dropna=False)
        .agg(n_articles=("article_id", "nunique"), n_reports=("article_id", "size"))
        .reset_index()
    )
    grouped["stance_rank"] = grouped["stance"].map(
        {stance: rank for rank, stance in enumerate(STANCE_ORDER)}
    )
    grouped["position"] = [
        position_label(stance, subject)
        for stance, subject in zip(grouped["stance"], grouped["subject_name"], strict=True)
    ]
    grouped = grouped.sort_values(
        ["party_id", "modality", "n_articles", "stance_rank", "position"],
        ascending=[True, True, False, True, True],
    )
    if modality is not None:
        grouped = grouped[grouped["modality"] == modality]
    out = []
    for (party_id, modality), group in grouped.groupby(["party_id", "modality"], sort=True):
        top = group.iloc[0]
        others = "; ".join(
            f"{row.position} ({row.n_articles})" for row in group.iloc[1:].itertuples()
        )
        out.append(
            {
                "iso3": party_id.split(":", 1)[1],
                "country": entity_name(party_id),
                "modality": modality,
                "stance": top["stance"],
                "subject_name": top["subject_name"],
                "position": top["position"],
                "n_articles": int(top["n_articles"]),
                "n_reports": int(top["n_reports"]),
                "others": others,
            }
        )
    return pd.DataFrame(out, columns=columns)


def recognition_map(
    stances: pd.DataFrame, *, title: str = "Who recognises or backs whom"
) -> go.Figure:
    """World map of each country's position, one colour per stance and subject.

    One choropleth trace covers every country (grey: no report), so the embedded geometry is
    in the figure once; buttons switch the modality shown (asserted, intended, conditional,
    negated), asserted first. Blocs such as the EU are not countries and are left to tables.
    """
    positions = country_positions(stances)
    geometry = world_geometry()
    ids = [feature["id"] for feature in geometry["features"]]
    names = {feature["id"]: feature["properties"]["name"] for feature in geometry["features"]}
    labels = ["no report", *sorted(set(positions["position"]))]
    colours = [NO_REPORT_COLOUR, *_position_colours(positions, labels[1:])]
    modalities = [m for m in MODALITY_ORDER if m in set(positions["modality"])] or ["asserted"]
    views = {
        modality: _map_view(positions, modality, ids, names, labels) for modality in modalities
    }
    first_z, first_hover = views[modalities[0]]
    n = len(labels)
    fig = go.Figure(
        go.Choropleth(
            geojson=geometry,
            featureidkey="id",
            locations=ids,
            z=first_z,
            zmin=-0.5,
            zmax=n - 0.5,
            colorscale=[
                [edge, colour]
                for index, colour in enumerate(colours)
                for edge in (index / n, (index + 1) / n)
            ],
            showscale=False,
            marker_line_color="white",
            marker_line_width=0.5,
            hovertext=first_hover,
            hovertemplate="%{hovertext}<extra></extra>",
            name="position",
            meta={"modalities": modalities, "labels": labels},
            showlegend=False,
        )
    )
    # The legend: one empty marker trace per position (a colour bar with long labels would
    # squeeze the map). Scattergeo with no locations asks plotly for no geometry either.
    for label, colour in zip(labels, colours, strict=True):
        fig.add_trace(
            go.Scattergeo(
                lon=[None],
                lat=[None],
                mode="markers",
                marker={"symbol": "square", "size": 12, "color": colour},
                name=safe(label),
                showlegend=True,
                hoverinfo="skip",
            )
        )
    if len(modalities) > 1:
        buttons = [
            {
                "label": modality,
                "method": "update",
                "args": [
                    {"z": [views[modality][0]], "hovertext": [views[modality][1]]},
                    {"title.text": f"{title} ({modality})"},
                    [0],
                ],
            }
            for modality in modalities
        ]
        fig.update_layout(
            updatemenus=[
                {
                    "type": "buttons",
                    "direction": "right",
                    "x": 0,
                    "xanchor": "left",
                    "y": 1.0,
                    "yanchor": "bottom",
                    "pad": {"b": 6},
                    "buttons": buttons,
                }
            ]
        )
    fig.update_geos(
        visible=False,
        projection_type="natural earth",
        fitbounds=False,
        center={"lon": 0, "lat": 12},
        lonaxis_range=[-180, 180],
        lataxis_range=[-58, 85],
    )
    fig.update_layout(
        title=f"{title} ({modalities[0]})",
        template=TEMPLATE,
        height=560,
        margin={"l": 0, "r": 0, "t": 90, "b": 0},
        legend={"orientation": "h", "x": 0, "y": 0, "yanchor": "top"},
    )
    return fig


# One colour family per contested subject (dark: recognises, light: backs), so a glance tells
# the two camps apart; opposing and neutral stances are greys whatever their subject.
_SUBJECT_FAMILIES = (
    ("#08519c", "#6baed6"),
    ("#a50f15", "#fb6a4a"),
    ("#006d2c", "#74c476"),
    ("#54278f", "#9e9ac8"),
)
_OTHER_STANCE_COLOURS = {"opposes": "#737373", "neutral": "#bdbdbd"}


def _position_colours(positions: pd.DataFrame, labels: list[str]) -> list[str]:
    subjects = sorted(set(positions["subject_name"].dropna()))
    by_label = positions.drop_duplicates("position").set_index("position")
    colours = []
    for label in labels:
        stance, subject = by_label.loc[label, "stance"], by_label.loc[label, "subject_name"]
        if stance in _OTHER_STANCE_COLOURS or subject not in subjects:
            colours.append(_OTHER_STANCE_COLOURS.get(stance, "#969696"))
            continue
        family = _SUBJECT_FAMILIES[subjects.index(subject) % len(_SUBJECT_FAMILIES)]
        colours.append(family[0] if stance == "recognises" else family[1])
    return colours


def _map_view(
    positions: pd.DataFrame,
    modality: str,
    ids: list[str],
    names: dict[str, str],
    labels: list[str],
) -> tuple[list[int], list[str]]:
    """z (index of each country's position in ``labels``, 0: no report) and hover texts."""
    shown = positions[positions["modality"] == modality].set_index("iso3")
    z, hover = [], []
    for iso3 in ids:
        if iso3 not in shown.index:
            z.append(0)
            hover.append(f"<b>{safe(names[iso3])}</b><br>no {modality} report")
            continue
        row = shown.loc[iso3]
        z.append(labels.index(row["position"]))
        hover.append(
            f"<b>{safe(row['country'])}</b><br>{safe(row['position'])} ({modality})"
            f"<br>{row['n_articles']} articles, {row['n_reports']} reports"
            + (f"<br>also: {safe(row['others'], width=60)}" if row["others"] else "")
        )
    return z, hover


def first_reports(stances: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """When each actor's position was first reported, and where.

    The actor is the state or bloc a speaker stands for (``party_id``), else the speaker;
    unnamed groups are left out. One row per (actor, position, modality) with the first
    article's date, outlet, title and evidence, and how many articles report it.
    """
    columns = [
        "actor",
        "position",
        "stance",
        "subject_name",
        "modality",
        "first_published",
        "outlet",
        "title",
        "evidence",
        "n_articles",
    ]
    # Sorting every row's evidence and title is what made this slow: sort the keys only, and
    # fetch evidence and title for the first report of each position.
    needed = ["article_id", "sentence_id", "party_id", "actor_id", "actor_name", "stance"]
    rows = stances[[*needed, "subject_name", "modality"]].assign(_row=np.arange(len(stances)))
    rows["actor_key"] = rows["party_id"].fillna(rows["actor_id"])
    rows = rows[rows["actor_key"].notna()]
    rows = _with_articles(rows, articles[["article_id", "outlet", "published"]])
    rows = rows[rows["published"].notna()]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows["actor"] = per_distinct(
        lambda key, name, actor_id: entity_name(key, name if key == actor_id else None),
        rows["actor_key"],
        rows["actor_name"],
        rows["actor_id"],
    )
    rows["position"] = per_distinct(position_label, rows["stance"], rows["subject_name"])
    rows = rows.sort_values(["published", "outlet", "article_id", "sentence_id"])
    keys = ["actor", "position", "modality"]
    first = rows.groupby(keys, sort=False).head(1)
    first = first.assign(
        evidence=pd.Series(
            stances["evidence"].iloc[first["_row"].to_numpy()].array, index=first.index
        )
    )
    first = first.merge(articles[["article_id", "title"]], on="article_id", how="left")
    first = first.set_index(keys)
    counts = rows.groupby(keys)["article_id"].nunique().rename("n_articles")
    out = first.join(counts).reset_index().rename(columns={"published": "first_published"})
    return out[columns].sort_values(["first_published", "actor"]).reset_index(drop=True)


def first_reports_timeline(
    stances: pd.DataFrame,
    articles: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    window: tuple[date | None, date | None] | None = None,
    title: str = "First report of each actor's position",
) -> go.Figure:
    """Timeline: for each actor, the day each position was first reported (symbol: modality).

    With reference recognitions, each reported actor's reference date (in the window) is an
    open black diamond on its row, so early and late reporting shows at a glance.
    """
    table = first_reports(stances, articles)
    if table.empty:
        return empty_figure(title, "no dated stance with a named actor")
    order = list(dict.fromkeys(table.sort_values("first_published")["actor"]))
    positions = table.drop_duplicates("position")
    labels = list(positions["position"])
    colours = dict(zip(labels, _position_colours(positions, labels), strict=True))
    fig = go.Figure()
    # Reference dates first, so the reports' markers are drawn on top of them.
    events = reference_recognition_events(reference, window)
    events = events[events["actor"].isin(order)]
    if not events.empty:
        fig.add_trace(
            go.Scatter(
                x=events["date"],
                y=[safe(actor) for actor in events["actor"]],
                mode="markers",
                name="reference date",
                marker={
                    "symbol": "diamond-open",
                    "size": 13,
                    "color": "#111",
                    "line": {"width": 2},
                },
                hovertext=[
                    f"<b>reference</b> {row.date:%Y-%m-%d}: {safe(row.actor)} "
                    f"{safe(row.position)} ({safe(row.modality)})"
                    f"<br>source: {safe(row.source, limit=120)}"
                    for row in events.itertuples()
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    for (position, modality), group in table.groupby(["position", "modality"], sort=True):
        fig.add_trace(
            go.Scatter(
                x=group["first_published"],
                y=[safe(actor) for actor in group["actor"]],
                mode="markers",
                name=safe(f"{position} ({modality})"),
                marker={
                    "color": colours[position],
                    "symbol": MODALITY_SYMBOLS.get(modality, "circle"),
                    "size": 11,
                    "line": {"width": 1, "color": "#333"},
                },
                hovertext=[
                    f"<b>{safe(row.actor)}</b>: {safe(row.position)} ({safe(row.modality)})"
                    f"<br>first {row.first_published:%Y-%m-%d} in {safe(row.outlet)}"
                    f"<br><i>{safe(row.title, width=70, limit=140)}</i>"
                    f"<br>{safe(row.evidence, width=70, limit=280)}"
                    f"<br>{row.n_articles} articles"
                    for row in group.itertuples()
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=[safe(actor) for actor in reversed(order)],
        title=None,
    )
    fig.update_layout(
        title=title,
        template=TEMPLATE,
        height=max(320, 22 * len(order) + 140),
        xaxis_title="first reported",
        legend={"title": {"text": "position (modality)"}},
    )
    return fig


def _with_caption(title: str, caption: str) -> str:
    """A title with a smaller second line saying how markers were grouped, if they were."""
    return f"{title}<br><sup>{caption}</sup>" if caption else title


def _in_window(
    frame: pd.DataFrame, column: str, window: tuple[date | None, date | None] | None
) -> pd.DataFrame:
    if window and window[0]:
        frame = frame[frame[column] >= pd.Timestamp(window[0])]
    if window and window[1]:
        frame = frame[frame[column] <= pd.Timestamp(window[1])]
    return frame


def reference_recognition_events(
    reference: pd.DataFrame | None, window: tuple[date | None, date | None] | None = None
) -> pd.DataFrame:
    """Reference recognitions as (date, actor, position, modality, source), in the window."""
    columns = ["date", "actor", "position", "modality", "source"]
    if reference is None or reference.empty:
        return pd.DataFrame(columns=columns)
    subjects = [
        entity_name(entity_id, name)
        for entity_id, name in zip(
            _column(reference, "subject_id"), _column(reference, "subject_name"), strict=True
        )
    ]
    events = pd.DataFrame(
        {
            "date": _dates(_column(reference, "date")),
            "actor": [
                entity_name(entity_id, name)
                for entity_id, name in zip(
                    _column(reference, "actor_id"), _column(reference, "actor_name"), strict=True
                )
            ],
            "position": [
                position_label(stance if isinstance(stance, str) else "no position", subject)
                for stance, subject in zip(_column(reference, "stance"), subjects, strict=True)
            ],
            "modality": _column(reference, "modality"),
            "source": _column(reference, "source"),
        }
    )
    events = _in_window(events[events["date"].notna()], "date", window)
    return events.sort_values(["date", "actor"]).reset_index(drop=True)


# --- sanctions -----------------------------------------------------------------------------


def sanction_flows(sanctions: pd.DataFrame) -> pd.DataFrame:
    """Reports of sanctions counted per (imposer, target, status), with the measures named.

    The imposer is the imposing state or bloc (``imposer_id``), so Pence's and the Treasury's
    announcements both count for the USA; a target with no id is its kind ("people").
    """
    columns = ["imposer", "target", "status", "n_reports", "n_articles", "measures"]
    if sanctions.empty:
        return pd.DataFrame(columns=columns)
    rows = sanctions.copy()
    rows["imposer"] = per_distinct(entity_name, rows["imposer_id"], rows["imposer_name"])
    rows["target"] = per_distinct(
        lambda entity_id, name, kind: (
            entity_name(entity_id, name) if not pd.isna(entity_id) else f"{kind} (unnamed)"
        ),
        rows["target_id"],
        rows["target_name"],
        rows["target_kind"],
    )
    flows = (
        rows.groupby(["imposer", "target", "status"])
        .agg(
            n_reports=("article_id", "size"),
            n_articles=("article_id", "nunique"),
            measures=("measure", lambda values: ", ".join(sorted(set(values.dropna())))),
        )
        .reset_index()
    )
    return flows[columns].sort_values(["imposer", "target", "status"]).reset_index(drop=True)


def sanctions_sankey(sanctions: pd.DataFrame, *, title: str = "Who sanctions whom") -> go.Figure:
    """Sankey of imposer → target; each link is one status, its width the number of reports."""
    flows = sanction_flows(sanctions)
    if flows.empty:
        return empty_figure(title, "no sanctions reported")
    imposers = sorted(set(flows["imposer"]))
    targets = sorted(set(flows["target"]))
    index = {("imposer", name): i for i, name in enumerate(imposers)}
    index.update({("target", name): len(imposers) + i for i, name in enumerate(targets)})
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={
                "label": [safe(name) for name in [*imposers, *targets]],
                "pad": 12,
                "thickness": 14,
                "color": ["#4d4d4d"] * len(imposers) + ["#9e9e9e"] * len(targets),
                "hovertemplate": "%{label}: %{value} reports<extra></extra>",
            },
            link={
                "source": [index["imposer", name] for name in flows["imposer"]],
                "target": [index["target", name] for name in flows["target"]],
                "value": list(flows["n_reports"]),
                "color": [
                    _translucent(STATUS_COLOURS.get(status, "#cccccc"))
                    for status in flows["status"]
                ],
                "customdata": [
                    f"{safe(row.imposer)} → {safe(row.target)}: {safe(row.status)}"
                    f"<br>{safe(row.measures)}<br>{row.n_reports} reports in "
                    f"{row.n_articles} articles"
                    for row in flows.itertuples()
                ],
                "hovertemplate": "%{customdata}<extra></extra>",
            },
        )
    )
    legend = " ".join(
        f"<span style='color:{STATUS_COLOURS[s]}'>■</span> {s}"
        for s in STATUS_ORDER
        if s in set(flows["status"])
    )
    fig.update_layout(
        title={"text": f"{title}<br><sup>link colour: {legend}</sup>"},
        template=TEMPLATE,
        height=max(360, 28 * max(len(imposers), len(targets)) + 120),
    )
    return fig


def status_counts(sanctions: pd.DataFrame) -> pd.DataFrame:
    """Reports per status (every status of the contract, zeros included) and per imposer."""
    flows = sanction_flows(sanctions)
    table = (
        flows.pivot_table(
            index="status", columns="imposer", values="n_reports", aggfunc="sum", fill_value=0
        )
        if not flows.empty
        else pd.DataFrame()
    )
    table = table.reindex(list(STATUS_ORDER), fill_value=0)
    table.columns.name = None
    table.index.name = "status"
    return table.astype(int)


def status_breakdown(
    sanctions: pd.DataFrame, *, title: str = "Sanction reports by status"
) -> go.Figure:
    """Stacked bars: reports of each status (imposed … lifted), split by imposer."""
    table = status_counts(sanctions)
    if table.empty or not table.to_numpy().any():
        return empty_figure(title, "no sanctions reported")
    colours = colour_map(table.columns)
    fig = go.Figure()
    for imposer in table.columns:
        fig.add_trace(
            go.Bar(
                x=list(table.index),
                y=list(table[imposer]),
                name=safe(imposer),
                marker_color=colours[imposer],
                hovertemplate=f"{safe(imposer)}<br>%{{x}}: %{{y}} reports<extra></extra>",
            )
        )
    fig.update_layout(
        title=title,
        barmode="stack",
        template=TEMPLATE,
        height=380,
        xaxis={"categoryorder": "array", "categoryarray": list(STATUS_ORDER)},
        yaxis_title="reports",
        legend={"title": {"text": "imposer"}},
    )
    return fig


def sanctions_timeline(
    sanctions: pd.DataFrame,
    articles: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    window: tuple[date | None, date | None] | None = None,
    title: str = "Sanctions reported, and the reference timeline",
) -> go.Figure:
    """Each sanction report at its article's date (by imposer, colour: status), and the
    reference timeline's events as open diamonds on their own row, each with its source."""
    rows = _with_articles(sanctions, articles) if not sanctions.empty else sanctions
    fig = go.Figure()
    caption = ""
    if not rows.empty:
        rows = rows[rows["published"].notna()].copy()
        rows["imposer"] = per_distinct(entity_name, rows["imposer_id"], rows["imposer_name"])
        markers = report_markers(rows, ["status", "imposer"])
        caption = markers.caption("imposer and status")
        for status in STATUS_ORDER:
            group = markers.rows[markers.rows["status"] == status]
            if group.empty:
                continue
            fig.add_trace(
                go.Scatter(
                    x=group["when"],
                    y=[safe(name) for name in group["imposer"]],
                    mode="markers",
                    name=status,
                    marker={"color": STATUS_COLOURS[status], "size": 11, "line": {"width": 1}},
                    hovertext=[
                        f"<b>{safe(row.imposer)}</b> → {safe(row.target_name or row.target_kind)}"
                        f" ({status}, {safe(row.measure)})"
                        f"<br>{row.published:%Y-%m-%d} {safe(row.outlet)}: "
                        f"<i>{safe(row.title, width=70, limit=140)}</i>"
                        f"<br>{safe(row.evidence, width=70, limit=280)}"
                        f"{more_reports(row.n_reports)}"
                        for row in group.itertuples()
                    ],
                    hovertemplate="%{hovertext}<extra></extra>",
                )
            )
    events = reference_sanction_events(reference, window)
    if not events.empty:
        fig.add_trace(
            go.Scatter(
                x=events["date"],
                y=["reference: " + safe(name) for name in events["imposer"]],
                mode="markers",
                name="reference timeline",
                marker={"symbol": "diamond-open", "size": 12, "color": "#222"},
                hovertext=[
                    f"<b>reference</b> {row.date:%Y-%m-%d}: {safe(row.imposer)} → "
                    f"{safe(row.target, width=70, limit=200)}"
                    f"<br>{safe(row.kind, width=70, limit=160)} ({safe(row.status)})"
                    f"<br>source: {safe(row.source, limit=120)}"
                    for row in events.itertuples()
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    if not fig.data:
        return empty_figure(title, "no dated sanction report and no reference events")
    n_rows = len({y for trace in fig.data for y in trace.y})
    fig.update_layout(
        title=_with_caption(title, caption),
        template=TEMPLATE,
        height=max(340, 24 * n_rows + 160),
        xaxis_title="published / reference date",
        legend={"title": {"text": "status"}},
    )
    return fig


def _column(frame: pd.DataFrame, *names: str) -> pd.Series:
    """The first of several possible column names (reference files name things their way)."""
    for name in names:
        if name in frame.columns:
            return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype="object")


def reference_sanction_events(
    reference: pd.DataFrame | None, window: tuple[date | None, date | None] | None = None
) -> pd.DataFrame:
    """Reference sanctions as (date, imposer, target, kind, status, source), in the window."""
    columns = ["date", "imposer", "target", "kind", "status", "source"]
    if reference is None or reference.empty:
        return pd.DataFrame(columns=columns)
    events = pd.DataFrame(
        {
            "date": _dates(_column(reference, "date")),
            "imposer": [
                entity_name(entity_id, name)
                for entity_id, name in zip(
                    _column(reference, "imposer_id"),
                    _column(reference, "imposer_name", "imposer"),
                    strict=True,
                )
            ],
            "target": _column(reference, "target_name", "target_description", "target"),
            "kind": _column(reference, "measure", "kind"),
            "status": _column(reference, "status"),
            "source": _column(reference, "source"),
        }
    )
    events = _in_window(events[events["date"].notna()], "date", window)
    return events.sort_values("date").reset_index(drop=True)


# --- displaced people ----------------------------------------------------------------------


def displaced_reports(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every displaced-people figure with its article's outlet, date and title."""
    columns = [
        "published",
        "outlet",
        "value",
        "bound",
        "quantity_text",
        "title",
        "evidence",
        "article_id",
    ]
    rows = figures[figures["category"] == "displaced"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows = _with_articles(rows, articles)
    return rows[columns].sort_values(["published", "outlet", "value"]).reset_index(drop=True)


def reference_series(
    reference: pd.DataFrame | None, window: tuple[date | None, date | None] | None = None
) -> pd.DataFrame:
    """Reference figures of displaced people as (date, value, kind, scope, organisation,
    source), by date; with a window, from a year before it to a year after (so the series'
    line runs through the window rather than starting inside it)."""
    columns = ["date", "value", "kind", "scope", "organisation", "source"]
    if reference is None or reference.empty:
        return pd.DataFrame(columns=columns)
    dates = _column(reference, "date", "as_of")
    series = pd.DataFrame(
        {
            "date": pd.to_datetime(dates.astype("string"), errors="coerce", format="mixed"),
            "value": pd.to_numeric(_column(reference, "value", "figure"), errors="coerce"),
            "kind": _column(reference, "kind").fillna("estimate"),
            "scope": _column(reference, "scope"),
            "organisation": _column(reference, "organisation"),
            "source": _column(reference, "source"),
        }
    )
    series = series.dropna(subset=["date", "value"])
    if window:
        year = pd.DateOffset(years=1)
        start = pd.Timestamp(window[0]) - year if window[0] else None
        end = pd.Timestamp(window[1]) + year if window[1] else None
        series = _in_window(series, "date", (start, end))
    return series.sort_values(["date", "value"]).reset_index(drop=True)[columns]


def refugee_figures(
    figures: pd.DataFrame,
    articles: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    window: tuple[date | None, date | None] | None = None,
    title: str = "Displaced people reported, by outlet, against the reference series",
) -> go.Figure:
    """Each displaced-people figure at its article's date (one colour per outlet), with the
    reference estimates as a dotted line and projections as open diamonds, each point naming
    its organisation and source."""
    reports = displaced_reports(figures, articles)
    reports = reports[reports["published"].notna()]
    series = reference_series(reference, window)
    if reports.empty and series.empty:
        return empty_figure(title, "no displaced-people figure and no reference series")
    fig = go.Figure()
    for kind, group in series.groupby("kind", sort=True):
        projection = kind != "estimate"
        fig.add_trace(
            go.Scatter(
                x=group["date"],
                y=group["value"],
                mode="markers" if projection else "lines+markers",
                name=f"reference {safe(kind)}s",
                line={"color": "#444", "dash": "dot"},
                marker={
                    "symbol": "diamond-open" if projection else "diamond",
                    "size": 9,
                    "color": "#444",
                },
                hovertext=[
                    f"<b>reference {safe(kind)}</b> {row.date:%Y-%m-%d}: {row.value:,.0f}"
                    f"<br>{safe(row.scope, width=70, limit=160)}"
                    f"<br>{safe(row.organisation, width=70, limit=160)}"
                    f"<br>source: {safe(row.source, limit=120)}"
                    for row in group.itertuples()
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    reports = reports.assign(outlet=reports["outlet"].fillna("unknown outlet"))
    markers = report_markers(reports, ["outlet", "value"])
    colours = colour_map(reports["outlet"])
    for outlet, group in markers.rows.groupby("outlet", sort=True):
        fig.add_trace(
            go.Scatter(
                x=group["when"],
                y=group["value"],
                mode="markers",
                name=safe(outlet),
                marker={"color": colours[outlet], "size": 11, "line": {"width": 1}},
                hovertext=[
                    f"<b>{safe(outlet)}</b> {row.published:%Y-%m-%d}: "
                    f"{safe(row.quantity_text)} ({safe(row.bound)}, {row.value:,.0f})"
                    f"<br><i>{safe(row.title, width=70, limit=140)}</i>"
                    f"<br>{safe(row.evidence, width=70, limit=280)}"
                    f"{more_reports(row.n_reports)}"
                    for row in group.itertuples()
                ],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_layout(
        title=_with_caption(title, markers.caption("outlet and value")),
        template=TEMPLATE,
        height=440,
        yaxis_title="people",
        xaxis_title="published / reference date",
        legend={"title": {"text": "outlet"}},
    )
    return fig


# --- outlets -------------------------------------------------------------------------------


def articles_per_outlet_day(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles counted per outlet and published day (undated articles are left out)."""
    days = _dates(articles["published"])
    frame = pd.DataFrame({"outlet": articles["outlet"].fillna("unknown outlet"), "day": days})
    frame = frame[frame["day"].notna()]
    counts = frame.groupby(["outlet", "day"]).size().rename("n_articles").reset_index()
    return counts.sort_values(["day", "outlet"]).reset_index(drop=True)


def stacked_day_bars(
    counts: pd.DataFrame, *, day: str, count: str, unit: str, title: str, height: int = 380
) -> go.Figure:
    """Stacked bars of ``count`` per ``day``, one colour per outlet (``counts`` has an outlet
    column); shared by the overview chart and the explorer's selection chart."""
    colours = colour_map(counts["outlet"])
    fig = go.Figure()
    for outlet, group in counts.groupby("outlet", sort=True):
        fig.add_trace(
            go.Bar(
                x=group[day],
                y=group[count],
                name=safe(outlet),
                marker_color=colours[outlet],
                hovertemplate=safe(outlet) + f"<br>%{{x|%Y-%m-%d}}: %{{y}} {unit}<extra></extra>",
            )
        )
    fig.update_layout(
        title=title,
        barmode="stack",
        template=TEMPLATE,
        height=height,
        yaxis_title=unit,
        legend={"title": {"text": "outlet"}},
    )
    return fig


def articles_per_day(
    articles: pd.DataFrame,
    *,
    window: tuple[date | None, date | None] | None = None,
    title: str = "Articles per outlet and day",
) -> go.Figure:
    """Stacked bars of articles per published day, one colour per outlet."""
    counts = articles_per_outlet_day(articles)
    if counts.empty:
        return empty_figure(title, "no dated article")
    fig = stacked_day_bars(counts, day="day", count="n_articles", unit="articles", title=title)
    return fig


def coverage_matrix(
    claims: pd.DataFrame, articles: pd.DataFrame | None = None, *, top: int | None = 40
) -> pd.DataFrame:
    """Claims × outlets: how many articles of each outlet carry each claim (0: none).

    Claims are ordered by how many outlets, then articles, carry them; ``top`` keeps the first
    rows (None: all). Without ``articles`` a cell is 1 when the outlet carries the claim.
    """
    if claims is None or claims.empty:
        return pd.DataFrame()
    outlet_of = (
        dict(zip(articles["article_id"], articles["outlet"].fillna("unknown outlet"), strict=True))
        if articles is not None
        else {}
    )
    ordered = claims.sort_values(
        ["n_outlets", "n_articles", "label"], ascending=[False, False, True]
    )
    if top is not None:
        ordered = ordered.head(top)
    rows: dict[str, dict[str, int]] = {}
    for claim in ordered.itertuples():
        cells: dict[str, int] = {}
        if outlet_of:
            for article_id in claim.article_ids:
                outlet = outlet_of.get(article_id, "unknown outlet")
                cells[outlet] = cells.get(outlet, 0) + 1
        else:
            cells = {outlet: 1 for outlet in claim.outlets}
        rows[claim.label] = cells
    all_outlets = sorted(
        {outlet for cells in rows.values() for outlet in cells}
        | set(outlet_of.values() if outlet_of else [])
    )
    matrix = pd.DataFrame.from_dict(rows, orient="index").reindex(columns=all_outlets)
    matrix = matrix.fillna(0).astype(int)
    matrix.index.name = "claim"
    return matrix


def outlet_coverage_heatmap(
    claims: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    top: int | None = 40,
    title: str = "Which outlets carry which claims",
) -> go.Figure:
    """Heatmap of claims (rows, most widely carried first) by outlet (columns)."""
    matrix = coverage_matrix(claims, articles, top=top)
    if matrix.empty:
        return empty_figure(title, "no claims")
    labels = [safe(label, limit=70) for label in matrix.index]
    outlets = [safe(outlet) for outlet in matrix.columns]
    hover = [
        [
            f"{safe(label, width=60)}<br><b>{safe(outlet)}</b>: {count} articles"
            for outlet, count in zip(matrix.columns, values, strict=True)
        ]
        for label, values in zip(matrix.index, matrix.to_numpy(), strict=True)
    ]
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=outlets,
            y=labels,
            colorscale="Blues",
            zmin=0,
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            colorbar={"title": {"text": "articles"}},
            xgap=1,
            ygap=1,
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(
        title=title,
        template=TEMPLATE,
        height=max(360, 20 * len(labels) + 160),
        margin={"l": 360},
    )
    return fig
