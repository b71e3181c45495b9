"""The interactive explorer of 90_explorer: pick a table, outlet, actor, kind and dates; see a
linked chart and the evidence sentences of the selection, each linked to its article.

Why split this way: everything that decides *what* is shown (:func:`explorer_rows`,
:func:`filter_options`, :func:`evidence_html`, :func:`selection_figure`) is a plain function of
DataFrames, unit-tested without a browser. :class:`Explorer` only wires ipywidgets to them.
Widgets need a live frontend: headless runs (papermill, nbval, HTML reports) cannot show them,
so :func:`explore` prints the default view as ordinary output first and adds the controls only
where a widget frontend is connected (see docs/notebooks.md).
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from . import charts

ALL = "(all)"
# Per table: the column naming who acts (shown as "actor") and the column that classifies a
# row (modality, status, category); None where a table has no such column.
TABLE_FIELDS: dict[str, tuple[str | None, str | None]] = {
    "stances": ("actor", "modality"),
    "sanctions": ("imposer", "status"),
    "figures": (None, "category"),
    "quotes": ("speaker", None),
}
KIND_NAMES = {"stances": "modality", "sanctions": "status", "figures": "category"}
EVIDENCE_LIMIT = 40
_SAFE_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class Selection:
    """What the controls say: None means no filter on that field."""

    table: str = "stances"
    outlet: str | None = None
    actor: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None

    def describe(self) -> str:
        parts = [self.table]
        kind_name = KIND_NAMES.get(self.table, "kind")
        for label, value in (
            ("outlet", self.outlet),
            ("actor", self.actor),
            (kind_name, self.kind),
        ):
            if value:
                parts.append(f"{label} {value}")
        if self.start or self.end:
            parts.append(f"{self.start or '…'} to {self.end or '…'}")
        return ", ".join(parts)


def explorer_rows(
    tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame, table: str
) -> pd.DataFrame:
    """One table's rows in the explorer's shape: ``actor``, ``kind``, ``evidence`` plus the
    article's ``outlet``, ``title``, ``url``, ``published`` (day) and the provenance columns."""
    if table not in TABLE_FIELDS:
        raise KeyError(f"the explorer shows {', '.join(TABLE_FIELDS)}, not {table!r}")
    frame = tables.get(table)
    columns = ["article_id", "sentence_id", "start", "end", "actor", "kind", "evidence"]
    if frame is None or frame.empty:
        rows = pd.DataFrame(columns=columns)
    else:
        rows = pd.DataFrame(
            {
                "article_id": frame["article_id"],
                "sentence_id": frame["sentence_id"],
                "start": frame["start"],
                "end": frame["end"],
                "actor": _actors(frame, table),
                "kind": _kinds(frame, table),
                "evidence": frame["evidence"] if "evidence" in frame else frame.get("text"),
            }
        )
    meta = articles[["article_id", "outlet", "title", "url", "published"]]
    rows = rows.merge(meta, on="article_id", how="left")
    rows["outlet"] = rows["outlet"].astype("object").where(rows["outlet"].notna(), "unknown")
    rows["published"] = pd.to_datetime(rows["published"], errors="coerce").dt.normalize()
    return rows.sort_values(["published", "outlet", "article_id", "sentence_id"]).reset_index(
        drop=True
    )


def _actors(frame: pd.DataFrame, table: str) -> pd.Series:
    if table == "stances":
        return pd.Series(
            charts.per_distinct(
                lambda key, name, actor_id: (
                    charts.entity_name(key, name if key == actor_id else None)
                    if isinstance(key, str)
                    else "unnamed group"
                ),
                frame["party_id"].fillna(frame["actor_id"]),
                frame["actor_name"],
                frame["actor_id"],
            ),
            index=frame.index,
            dtype="str",
        )
    if table == "sanctions":
        return pd.Series(
            charts.per_distinct(charts.entity_name, frame["imposer_id"], frame["imposer_name"]),
            index=frame.index,
            dtype="str",
        )
    if table == "quotes":
        return frame["speaker_name"].astype("object").where(frame["speaker_name"].notna(), "?")
    return pd.Series([None] * len(frame), index=frame.index, dtype="object")


def _kinds(frame: pd.DataFrame, table: str) -> pd.Series:
    column = TABLE_FIELDS[table][1]
    if column is None:
        return pd.Series([None] * len(frame), index=frame.index, dtype="object")
    return frame[column].astype("object")


def filter_rows(rows: pd.DataFrame, selection: Selection) -> pd.DataFrame:
    """The rows a selection keeps (dates compare with the article's published day)."""
    keep = pd.Series(True, index=rows.index)
    if selection.outlet:
        keep &= rows["outlet"] == selection.outlet
    if selection.actor:
        keep &= rows["actor"] == selection.actor
    if selection.kind:
        keep &= rows["kind"] == selection.kind
    if selection.start:
        keep &= rows["published"] >= pd.Timestamp(selection.start)
    if selection.end:
        keep &= rows["published"] <= pd.Timestamp(selection.end)
    return rows[keep.fillna(False).astype(bool)].reset_index(drop=True)


def filter_options(rows: pd.DataFrame) -> dict[str, list[str]]:
    """Choices for the dropdowns: outlets, actors and kinds present in the rows, sorted."""
    return {
        # distinct values first (a few hundred), then text: not str() on every row
        field: sorted({str(value) for value in pd.unique(rows[field].dropna().to_numpy())})
        for field in ("outlet", "actor", "kind")
    }


def article_link(url: object, label: str) -> str:
    """An HTML link to an article, only for http(s) URLs (article metadata is hostile input:
    a ``javascript:`` URL must never become a link)."""
    text = html.escape(label)
    if isinstance(url, str) and url.lower().startswith(_SAFE_SCHEMES):
        return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">{text}</a>'
    return text


def evidence_html(rows: pd.DataFrame, limit: int = EVIDENCE_LIMIT) -> str:
    """The evidence sentences of the rows as an HTML table, each linked to its article."""
    if rows.empty:
        return "<p><i>No rows match this selection.</i></p>"
    shown = rows.head(limit)
    cell = '<td style="text-align:left;vertical-align:top">'
    body = "".join(
        "<tr>"
        f'<td style="white-space:nowrap;vertical-align:top">'
        f"{'' if pd.isna(row.published) else f'{row.published:%Y-%m-%d}'}</td>"
        f"{cell}{html.escape(str(row.outlet))}</td>"
        f"{cell}{html.escape(str(row.actor or ''))}</td>"
        f"{cell}{html.escape(str(row.kind or ''))}</td>"
        f"{cell}{html.escape(' '.join(str(row.evidence or '').split()))}<br>"
        f"<small>{article_link(row.url, str(row.title or row.article_id))} "
        f"· article {html.escape(str(row.article_id))}, sentence {row.sentence_id}"
        "</small></td>"
        "</tr>"
        for row in shown.itertuples()
    )
    more = len(rows) - len(shown)
    footer = f"<p><i>… and {more} more rows.</i></p>" if more > 0 else ""
    return (
        '<table class="tidynews-evidence">'
        '<thead style="text-align:left"><tr><th>published</th><th>outlet</th><th>actor</th>'
        "<th>kind</th><th>evidence and article</th></tr></thead>"
        f"<tbody>{body}</tbody></table>{footer}"
    )


def selection_figure(rows: pd.DataFrame, selection: Selection) -> go.Figure:
    """Rows of the selection per published day, one colour per outlet (click: that day)."""
    title = f"{len(rows)} rows: {selection.describe()}"
    dated = rows[rows["published"].notna()]
    if dated.empty:
        return charts.empty_figure(charts.safe(title), "no dated rows in this selection")
    counts = dated.groupby(["outlet", "published"]).size().rename("n").reset_index()
    return charts.stacked_day_bars(
        counts, day="published", count="n", unit="rows", title=charts.safe(title), height=340
    )


def widget_frontend_connected() -> bool:
    """Whether a frontend that renders ipywidgets is attached to this kernel.

    JupyterLab and Notebook 7 open ipywidgets' control channel ("jupyter.widget.control") when
    they connect; papermill, nbval and nbconvert never do. ``TIDYNEWS_WIDGETS=1`` or ``0``
    overrides the guess.
    """
    forced = os.environ.get("TIDYNEWS_WIDGETS", "").strip()
    if forced in {"0", "1"}:
        return forced == "1"
    try:
        from ipywidgets import Widget
    except ImportError:
        return False
    return getattr(Widget, "_control_comm", None) is not None


class Explorer:
    """ipywidgets controls, a linked plotly FigureWidget and the evidence of the selection.

    Clicking a bar narrows the evidence to that outlet and day; changing a control resets it.
    """

    def __init__(
        self,
        tables: Mapping[str, pd.DataFrame],
        articles: pd.DataFrame,
        selection: Selection | None = None,
    ) -> None:
        import ipywidgets as widgets

        self.tables = tables
        self.articles = articles
        self.selection = selection or Selection()
        self.focus: tuple[str, pd.Timestamp] | None = None
        self._rows = explorer_rows(tables, articles, self.selection.table)
        table_names = [name for name in TABLE_FIELDS if name in tables]
        self.table = widgets.Dropdown(
            options=table_names, value=self.selection.table, description="table"
        )
        self.outlet = widgets.Dropdown(description="outlet")
        self.actor = widgets.Dropdown(description="actor")
        self.kind = widgets.Dropdown(description="kind")
        self.start = widgets.DatePicker(description="from", value=self.selection.start)
        self.end = widgets.DatePicker(description="to", value=self.selection.end)
        self.figure_box = widgets.Box()
        self.evidence = widgets.HTML()
        self._updating = False
        self._set_options()
        for control in (self.outlet, self.actor, self.kind, self.start, self.end):
            control.observe(self._on_change, names="value")
        self.table.observe(self._on_table, names="value")
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.table, self.outlet, self.actor]),
                widgets.HBox([self.kind, self.start, self.end]),
                self.figure_box,
                self.evidence,
            ]
        )
        self.refresh()

    def _set_options(self) -> None:
        """Fill the dropdowns from the current table's rows, keeping valid choices."""
        self._updating = True
        try:
            options = filter_options(self._rows)
            kind_name = KIND_NAMES.get(self.selection.table, "kind")
            self.kind.description = kind_name
            for control, field, current in (
                (self.outlet, "outlet", self.selection.outlet),
                (self.actor, "actor", self.selection.actor),
                (self.kind, "kind", self.selection.kind),
            ):
                control.options = [ALL, *options[field]]
                control.value = current if current in options[field] else ALL
                control.disabled = not options[field]
        finally:
            self._updating = False
        self.selection = self._read_controls()

    def _read_controls(self) -> Selection:
        def chosen(control: Any) -> str | None:
            return None if control.value in (None, ALL) else str(control.value)

        return Selection(
            table=self.table.value,
            outlet=chosen(self.outlet),
            actor=chosen(self.actor),
            kind=chosen(self.kind),
            start=self.start.value,
            end=self.end.value,
        )

    def _on_table(self, _change: Any) -> None:
        self.selection = replace(self.selection, table=self.table.value)
        self._rows = explorer_rows(self.tables, self.articles, self.selection.table)
        self._set_options()
        self.refresh()

    def _on_change(self, _change: Any) -> None:
        if not self._updating:
            self.selection = self._read_controls()
            self.refresh()

    def selected_rows(self) -> pd.DataFrame:
        rows = filter_rows(self._rows, self.selection)
        if self.focus is not None:
            outlet, day = self.focus
            rows = rows[(rows["outlet"] == outlet) & (rows["published"] == day)]
        return rows

    def refresh(self) -> None:
        """Redraw the chart and the evidence for the current selection."""
        self.focus = None
        rows = filter_rows(self._rows, self.selection)
        figure = go.FigureWidget(selection_figure(rows, self.selection))
        for trace in figure.data:
            trace.on_click(self._on_click)
        self.figure_box.children = [figure]
        self.figure = figure
        self.evidence.value = evidence_html(rows)

    def _on_click(self, trace: Any, points: Any, _state: Any) -> None:
        if not points.point_inds:
            return
        day = pd.Timestamp(trace.x[points.point_inds[0]])
        self.focus = (html.unescape(trace.name), day)
        rows = self.selected_rows()
        self.evidence.value = (
            f"<p><b>{html.escape(self.focus[0])}, {day:%Y-%m-%d}</b> "
            "(change a control to see the whole selection)</p>" + evidence_html(rows)
        )


def explore(
    tables: Mapping[str, pd.DataFrame],
    articles: pd.DataFrame,
    selection: Selection | None = None,
    *,
    interactive: bool | None = None,
) -> Explorer | None:
    """Show the default view as ordinary output, then the controls if a widget frontend is
    connected (``interactive`` None guesses, True/False forces). Returns the Explorer, if any."""
    from IPython.display import HTML, display

    selection = selection or Selection()
    rows = filter_rows(explorer_rows(tables, articles, selection.table), selection)
    if interactive is None:
        interactive = widget_frontend_connected()
    if interactive:
        explorer = Explorer(tables, articles, selection)
        display(explorer.widget)
        return explorer
    print(f"{len(rows)} rows: {selection.describe()}")
    charts.show(selection_figure(rows, selection))
    display(HTML(evidence_html(rows)))
    print(
        "Static view: no widget frontend is connected. Open this notebook in JupyterLab "
        "(or call explore(..., interactive=True)) for the controls."
    )
    return None
