"""What every notebook's first cell calls: check the parameters, then load the tables.

Why here and not in the notebooks: papermill hands the notebooks whatever a user typed (``-p
start 2019`` arrives as the number 2019), so the checks must be one tested function that
answers a mistake with one clear line, not a traceback ten frames deep in pandas. Parameters are
parsed, never evaluated. Filtering by outlet and date also happens here, once, and is always
said out loud (``Loaded.notes``): a notebook never drops an article silently.

Why through DuckDB (:mod:`tidynews.frames`): over a crisis archive the filters run as SQL over
the tables where they lie, the articles come without their text, and a fact table is read
only when a notebook asks for it (``loaded.tables["stances"]``), restricted to the kept
articles; counts and claims are aggregated in SQL. A corpus extracted on the spot is
registered in DuckDB and goes through the same SQL.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from . import resources
from .cases import Case, CaseError, available_cases, load_case
from .frames import ArticleFilter, ArticleStore, FactTables

__all__ = [
    "Loaded",
    "ParameterError",
    "articles_by_outlet",
    "claims_overview",
    "configure_display",
    "facts_by_outlet",
    "ingest_overview",
    "load",
    "sample_corpus",
    "skipped_inputs",
]

REFERENCE_KINDS = ("recognitions", "sanctions", "refugees")
# pipeline.FACT_TABLES (a test keeps them equal): importing the pipeline loads spaCy, which a
# notebook reading a tables folder never needs (seconds per kernel).
FACT_TABLES = ("mentions", "quotes", "stances", "sanctions", "figures")
# Articles listed by name in a note before "and N more" (a note is one readable line).
_NOTE_EXAMPLES = 3


class ParameterError(ValueError):
    """A notebook parameter that cannot be used: the message says which and what would work."""

    def _render_traceback_(self) -> list[str]:
        """IPython shows this instead of a traceback: the one line is the whole story."""
        return [f"ParameterError: {self}"]


@dataclass
class Loaded:
    """A case, its articles and tables, filtered to the chosen outlets and date window.

    ``articles`` (without their text) and every table in ``tables`` hold only the kept
    articles (and their facts); ``tables`` reads a table from the store when first asked for
    it, so a notebook pays only for what it charts. ``claims`` is built (in SQL) on first use.
    ``ingest_report`` is the whole corpus's ledger. ``notes`` says, one line each, what was
    filtered and why, and which inputs or data are missing.
    """

    case: Case
    corpus_label: str
    articles: pd.DataFrame
    tables: Mapping[str, pd.DataFrame]
    ingest_report: pd.DataFrame
    reference: dict[str, pd.DataFrame]
    outlets: tuple[str, ...]
    all_outlets: tuple[str, ...]
    start: date | None
    end: date | None
    n_articles_read: int
    notes: list[str] = field(default_factory=list)
    claims_builder: Callable[[], pd.DataFrame | None] | None = field(default=None, repr=False)
    _claims: pd.DataFrame | None = field(default=None, init=False, repr=False)
    _claims_built: bool = field(default=False, init=False, repr=False)

    @property
    def claims(self) -> pd.DataFrame | None:
        """The claims of the kept articles (None where tidynews.claims is missing)."""
        if not self._claims_built:
            self._claims = self.claims_builder() if self.claims_builder is not None else None
            self._claims_built = True
        return self._claims

    def table(self, name: str) -> pd.DataFrame:
        """A fact table by name (``stances``, ``sanctions``, ``figures``, ``claims`` ...)."""
        if name == "claims":
            if self.claims is None:
                raise KeyError("the claims table is not available (tidynews.claims is missing)")
            return self.claims
        if name == "articles":
            return self.articles
        if name not in self.tables:
            known = ", ".join(["articles", *sorted(self.tables), "claims"])
            raise KeyError(f"no table {name!r}; tables: {known}")
        return self.tables[name]

    @property
    def window(self) -> tuple[date | None, date | None]:
        """The date window, as charts take it."""
        return (self.start, self.end)

    @property
    def has_reference(self) -> bool:
        return any(not frame.empty for frame in self.reference.values())

    def window_text(self) -> str:
        start = self.start.isoformat() if self.start else "any date"
        end = self.end.isoformat() if self.end else "any date"
        return f"{start} to {end}"

    def summary(self) -> str:
        """What was loaded, in a few plain lines (no absolute paths: notebooks commit this)."""
        lines = [
            f"case: {self.case.name} ({self.case.key or 'no case'})",
            f"corpus: {self.corpus_label}",
            f"outlets: {len(self.outlets)} of {len(self.all_outlets)}",
            f"window: {self.window_text()}",
            f"articles: {len(self.articles)} of {self.n_articles_read} read",
        ]
        counts = ", ".join(f"{name}: {_row_count(self.tables, name)}" for name in self.tables)
        if counts:
            lines.append(f"facts: {counts}")
        if self.claims is not None:
            lines.append(f"claims: {len(self.claims)}")
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)


def load(
    corpus: str | os.PathLike[str] | None = None,
    case: str | os.PathLike[str] | None = None,
    outlets: str | list[str] | tuple[str, ...] | None = None,
    start: str | int | date | None = None,
    end: str | int | date | None = None,
    tables: str | os.PathLike[str] | None = None,
) -> Loaded:
    """Check the notebook parameters and load the case's tables (ParameterError if unusable).

    ``corpus`` None is the bundled sample corpus and ``case`` None the case its gold file names
    (the package itself names no crisis); ``tables`` an existing output folder of
    ``tidynews extract`` to read instead of extracting. ``outlets`` is all of them by default, a
    comma-separated string or a list; ``start``/``end`` are ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD`` (a partial end date means the end of that year or month) and default to the
    case's period.
    """
    notes: list[str] = []
    loaded_case = _case(sample_case() if case is None else case)
    window_start = _date_parameter("start", start, notes, at_end=False)
    window_end = _date_parameter("end", end, notes, at_end=True)
    if window_start and window_end and window_start > window_end:
        raise ParameterError(f"start {window_start} is after end {window_end}")
    explicit_window = window_start is not None or window_end is not None
    window_start = window_start or loaded_case.period_start
    window_end = window_end or loaded_case.period_end
    if window_start and window_end and window_start > window_end:
        raise ParameterError(
            f"the window {window_start} to {window_end} is empty: the case period and the "
            "start/end given do not overlap"
        )

    if tables not in (None, ""):
        corpus_label, store, report = _read_tables(tables, notes)
        if corpus not in (None, ""):
            # the tables were extracted from this corpus (tidynews report passes both)
            corpus_label = f"{_label(Path(os.fspath(corpus)))} ({corpus_label})"
            notes.append("tables given: read from them, the corpus itself was not read again")
    else:
        corpus_label, store, report = _extract(corpus, loaded_case)

    all_outlets = store.outlets()
    chosen = _outlets_parameter(outlets, all_outlets)
    article_filter = ArticleFilter(
        outlets=None if chosen == all_outlets else chosen,
        start=window_start,
        end=window_end,
        drop_undated=explicit_window,
    )
    notes.extend(_filter_notes(store, article_filter, explicit_window))
    store.keep(article_filter)
    reference = _reference(loaded_case, notes)
    return Loaded(
        case=loaded_case,
        corpus_label=corpus_label,
        articles=store.articles(),
        tables=FactTables(store),
        ingest_report=report,
        reference=reference,
        outlets=chosen,
        all_outlets=all_outlets,
        start=window_start,
        end=window_end,
        n_articles_read=store.n_read,
        notes=notes,
        claims_builder=lambda: _claims(store, notes),
    )


def _row_count(tables: Mapping[str, pd.DataFrame], name: str) -> int:
    """Rows of a table: counted in SQL when it has not been read (``FactTables``)."""
    count = getattr(tables, "count", None)
    return count(name) if callable(count) else len(tables[name])


def configure_display() -> None:
    """pandas display options for the notebooks: whole tables up to 150 rows, wider columns.

    pandas' default shows 10 rows of anything longer than 60; a report reader cannot scroll
    for the rest, and nbval should check every row of a printed table.
    """
    pd.set_option("display.max_rows", 150)
    pd.set_option("display.min_rows", 150)
    pd.set_option("display.max_colwidth", 80)
    pd.set_option("display.width", 120)


def sample_corpus() -> Path:
    """The bundled sample corpus (data/sample; tidynews/_resources/sample in a wheel)."""
    return resources.resource_dir("sample")


def sample_case() -> str:
    """The case of the bundled sample corpus, as its gold file says (``case:``)."""
    import yaml

    gold = sample_corpus() / "gold.yaml"
    try:
        with gold.open(encoding="utf-8") as handle:
            name = (yaml.safe_load(handle) or {}).get("case")
    except (OSError, yaml.YAMLError, AttributeError):
        name = None
    if not name:
        raise ParameterError(f"no case given, and {gold} names none; pass case=NAME")
    return str(name)


# --- parameters --------------------------------------------------------------------------------


def _case(case: Any) -> Case:
    if isinstance(case, Case):
        return case
    if case is None or str(case).strip() == "":
        known = ", ".join(available_cases()) or "none"
        raise ParameterError(f"case is required; known cases: {known}")
    try:
        return load_case(str(case).strip())
    except CaseError as error:
        raise ParameterError(str(error)) from None


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def _date_parameter(name: str, value: Any, notes: list[str], *, at_end: bool) -> date | None:
    """A date parameter as a date; a year or month means its first (start) or last (end) day."""
    if value is None or (isinstance(value, str) and value.strip().lower() in {"", "none"}):
        return None
    if isinstance(value, bool):
        raise ParameterError(f"{name}={value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    if isinstance(value, datetime | pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int):
        parsed = _parse_partial_date(name, str(value), at_end=at_end)
        notes.append(
            f"{name}={value} arrived as a number (papermill -p reads number-like values as "
            f"numbers; -r passes text): read as {parsed}"
        )
        return parsed
    if isinstance(value, str):
        return _parse_partial_date(name, value.strip(), at_end=at_end)
    raise ParameterError(
        f"{name}={value!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY "
        f"(got a {type(value).__name__})"
    )


def parse_partial_date(text: str, *, at_end: bool) -> date:
    """The first (or, ``at_end``, last) day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` covers.

    One parser for the notebooks' parameters and ``tidynews report --start/--end``, so both
    accept the same forms. Raises ValueError for anything else.
    """
    match = _PARTIAL_DATE.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is None:
        return date(year, 12, 31) if at_end else date(year, 1, 1)
    if day is None:
        first = pd.Timestamp(year=year, month=month, day=1)
        return (first + pd.offsets.MonthEnd(0)).date() if at_end else first.date()
    return date(year, month, day)


def _parse_partial_date(name: str, text: str, *, at_end: bool) -> date:
    hint = "write YYYY-MM-DD, YYYY-MM or YYYY"
    if not _PARTIAL_DATE.match(text):
        raise ParameterError(f"{name}={text!r} is not a date: {hint}")
    try:
        return parse_partial_date(text, at_end=at_end)
    except ValueError as error:
        raise ParameterError(f"{name}={text!r} is not a date ({error}): {hint}") from None


def _outlets_parameter(value: Any, known: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return known
    if isinstance(value, str):
        names = [part.strip() for part in value.split(",") if part.strip()]
        if not names or [name.lower() for name in names] == ["all"]:
            return known
    elif isinstance(value, list | tuple | set):
        names = [str(part).strip() for part in value if str(part).strip()]
        if not names:
            return known
    else:
        raise ParameterError(
            f"outlets={value!r}: give outlet names separated by commas, a list, or 'all'"
        )
    unknown = [name for name in names if name not in known]
    if unknown:
        listed = ", ".join(known) or "none (no article names its outlet)"
        raise ParameterError(f"unknown outlet {', '.join(map(repr, unknown))}; known: {listed}")
    return tuple(sorted(dict.fromkeys(names)))


# --- reading -----------------------------------------------------------------------------------


def _extract(corpus: Any, case: Case) -> tuple[str, ArticleStore, pd.DataFrame]:
    from .ingest import CorpusNotFoundError
    from .pipeline import build_tables  # spaCy: loaded only when a corpus is extracted

    path = sample_corpus() if corpus in (None, "") else Path(os.fspath(corpus)).expanduser()
    label = "bundled sample corpus" if corpus in (None, "") else _label(path)
    if not path.exists():
        raise ParameterError(f"corpus not found: {os.fspath(corpus or path)}")
    try:
        built = build_tables(path, case=case)
    except CorpusNotFoundError as error:
        raise ParameterError(f"corpus not found: {error}") from None
    articles = built.ingest.articles
    if articles.empty:
        raise ParameterError(
            f"corpus {label} has no articles ({built.ingest.summary().replace(chr(10), '; ')})"
        )
    # Derived tables (claims) are rebuilt after filtering; only fact tables are kept here.
    facts = {name: built.tables[name] for name in FACT_TABLES if name in built.tables}
    return label, ArticleStore.from_frames(articles, facts), built.ingest.report


def _read_tables(folder: Any, notes: list[str]) -> tuple[str, ArticleStore, pd.DataFrame]:
    """The folder's tables as DuckDB views (nothing read yet), and its ingest report."""
    path = Path(os.fspath(folder)).expanduser()
    if not path.is_dir():
        raise ParameterError(f"tables folder not found: {os.fspath(folder)}")
    if not (path / "articles.parquet").exists():
        raise ParameterError(
            f"tables folder {os.fspath(folder)} has no articles.parquet: write it with "
            "`tidynews extract CORPUS --case NAME --out FOLDER`"
        )
    store = ArticleStore.from_folder(path, FACT_TABLES)
    if store.n_read == 0:
        raise ParameterError(f"tables folder {os.fspath(folder)} holds no articles")
    missing = [name for name in FACT_TABLES if name not in store.fact_names]
    if missing:
        notes.append(f"tables folder has no {', '.join(missing)}: those tables are absent")
    report_path = path / "ingest_report.csv"
    if report_path.exists():
        report = pd.read_csv(report_path, dtype="string", keep_default_na=False, na_values=[""])
    else:
        report = pd.DataFrame(columns=["path", "status", "reason", "detail", "article_id"])
        notes.append("tables folder has no ingest_report.csv: what was skipped is unknown")
    return f"tables read from {_label(path)}/", store, report


def _label(path: Path) -> str:
    """A path as notebooks print it: its last part only, so outputs carry no machine's paths."""
    return path.resolve().name or str(path)


# --- filtering ---------------------------------------------------------------------------------


def _filter_notes(store: ArticleStore, chosen: ArticleFilter, explicit_window: bool) -> list[str]:
    """What the filter leaves out, one line each (counted in SQL before it is applied)."""
    notes = []
    counts = store.count_left_out(chosen, _NOTE_EXAMPLES)
    if chosen.outlets is not None:
        notes.append(
            f"outlets {', '.join(chosen.outlets)} chosen: {counts.other_outlets} articles of "
            "other outlets left out"
        )
    source = "start/end" if explicit_window else "the case period (set start/end to change it)"
    if chosen.start is not None or chosen.end is not None:
        notes.append(
            f"window {chosen.start or 'any date'} to {chosen.end or 'any date'} from {source}: "
            f"{counts.outside_window} dated articles outside it left out"
            + _examples(counts.outside_examples, counts.outside_window)
        )
    if counts.undated and explicit_window:
        notes.append(f"{counts.undated} articles have no date: left out, since start/end was given")
    elif counts.undated:
        notes.append(
            f"{counts.undated} articles have no date: kept, but absent from charts by date"
        )
    return notes


def _examples(shown: list[tuple[str | None, pd.Timestamp]], total: int) -> str:
    if not shown:
        return ""
    named = [
        f"{outlet if isinstance(outlet, str) else 'unknown outlet'} {published:%Y-%m-%d}"
        for outlet, published in shown
    ]
    more = total - len(named)
    return " (" + "; ".join(named) + (f"; and {more} more" if more > 0 else "") + ")"


# --- derived tables and reference data ---------------------------------------------------------


def _claims(store: ArticleStore, notes: list[str]) -> pd.DataFrame | None:
    """Claims of the kept articles only, so counts of outlets follow the outlet filter."""
    try:
        from .claims_sql import claims_from_store
    except ImportError:
        notes.append("claims are not available: tidynews.claims is missing")
        return None
    return claims_from_store(store)


def _reference(case: Case, notes: list[str]) -> dict[str, pd.DataFrame]:
    """The case's reference series; a case without any gets empty frames and a note."""
    try:
        from .reference import load_reference
    except ImportError:
        notes.append("reference data are not available: tidynews.reference is missing")
        return {kind: pd.DataFrame() for kind in REFERENCE_KINDS}
    try:
        found = load_reference(case) or {}
    except (FileNotFoundError, CaseError) as error:
        notes.append(f"reference data unreadable, charts show reports only: {error}")
        found = {}
    reference = {kind: _frame_or_empty(found.get(kind)) for kind in REFERENCE_KINDS}
    absent = [kind for kind, frame in reference.items() if frame.empty]
    name = case.key or case.name
    if len(absent) == len(REFERENCE_KINDS):
        notes.append(f"no reference data for case {name}: charts show reports only")
    elif absent:
        notes.append(f"no reference {', '.join(absent)} for case {name}")
    return reference


def _frame_or_empty(frame: pd.DataFrame | None) -> pd.DataFrame:
    return frame if frame is not None else pd.DataFrame()


# --- what the overview notebook prints ---------------------------------------------------------


def articles_by_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: articles, first and last published day, words; a total row last."""
    frame = articles.assign(
        outlet=articles["outlet"].fillna("(unknown)"),
        published=pd.to_datetime(articles["published"], errors="coerce").dt.date,
    )
    table = frame.groupby("outlet").agg(
        articles=("article_id", "size"),
        first=("published", "min"),
        last=("published", "max"),
        words=("n_words", "sum"),
    )
    total = pd.DataFrame(
        {
            "articles": [len(frame)],
            "first": [frame["published"].min()],
            "last": [frame["published"].max()],
            "words": [int(frame["n_words"].sum())],
        },
        index=pd.Index(["(all outlets)"], name="outlet"),
    )
    return pd.concat([table, total])


def ingest_overview(report: pd.DataFrame) -> pd.DataFrame:
    """How many inputs became articles, were skipped (by reason) or were metadata."""
    if report.empty:
        return pd.DataFrame(
            {"inputs": []}, index=pd.MultiIndex.from_tuples([], names=["status", "reason"])
        )
    frame = report.assign(reason=report["reason"].fillna("-"))
    return frame.groupby(["status", "reason"]).size().rename("inputs").to_frame()


def skipped_inputs(report: pd.DataFrame) -> pd.DataFrame:
    """Every skipped input with its reason and detail (paths are relative to the corpus)."""
    skipped = report[report["status"] == "skipped"]
    return skipped[["path", "reason", "detail"]].reset_index(drop=True)


def facts_by_outlet(loaded: Loaded) -> pd.DataFrame:
    """Rows of each fact table per outlet, and the claims each outlet carries.

    Counted in SQL where the tables come from a store (five million mentions are counted,
    not read); plain frames are counted in pandas.
    """
    columns = {}
    store = getattr(loaded.tables, "store", None)
    for name in loaded.tables:
        if isinstance(store, ArticleStore):
            columns[name] = store.counts_by_outlet(name, unknown="(unknown)")
        else:
            outlet_of = loaded.articles.set_index("article_id")["outlet"].fillna("(unknown)")
            columns[name] = loaded.tables[name]["article_id"].map(outlet_of).value_counts()
    if loaded.claims is not None and not loaded.claims.empty:
        carried = loaded.claims["outlets"].explode().dropna()
        columns["claims"] = carried.value_counts()
    table = pd.DataFrame(columns).fillna(0).astype(int)
    table.index.name = "outlet"
    return table.sort_index()


def claims_overview(loaded: Loaded) -> pd.DataFrame:
    """Per kind of claim: fact rows (reports), claims, and claims carried by 2+ or all outlets.

    The point of the claims table in numbers: how much repetition counting reports hides.
    """
    columns = ["reports", "claims", "reports per claim", "in 2+ outlets", "in every outlet"]
    if loaded.claims is None or loaded.claims.empty:
        return pd.DataFrame(columns=columns)
    claims = loaded.claims
    n_outlets = len(loaded.outlets)
    table = claims.groupby("kind", sort=False).agg(
        reports=("n_reports", "sum"),
        claims=("claim_id", "size"),
        multi=("n_outlets", lambda counts: int((counts >= 2).sum())),
        every=("n_outlets", lambda counts: int((counts >= n_outlets).sum()) if n_outlets else 0),
    )
    table["reports per claim"] = (table["reports"] / table["claims"]).round(2)
    table = table.rename(columns={"multi": "in 2+ outlets", "every": "in every outlet"})
    return table[columns]


# --- refreshing the committed notebooks --------------------------------------------------------


def refresh_notebooks(
    folder: str | os.PathLike[str], names: list[str] | None = None, *, timeout: int = 600
) -> dict[str, float]:
    """Run each paired ``.py`` notebook in ``folder`` with its defaults and write its ``.ipynb``.

    For developers: the committed notebooks carry the sample corpus's outputs, which nbval
    checks. The ``.py`` (jupytext py:percent) is the source; the ``.ipynb`` is rebuilt from it,
    executed with the working directory ``folder`` and no timing or widget metadata (so a
    re-run changes nothing but what the code prints). Returns seconds per notebook.
    """
    import time

    import jupytext
    import nbformat
    from nbclient import NotebookClient

    root = Path(folder)
    sources = sorted(root.glob("*.py"))
    if names:
        sources = [path for path in sources if path.stem in names]
    timings: dict[str, float] = {}
    for source in sources:
        notebook = jupytext.read(source)
        notebook.metadata.setdefault("jupytext", {})["formats"] = "ipynb,py:percent"
        for index, cell in enumerate(notebook.cells):
            cell.id = f"{source.stem}-{index:02d}"  # nbformat's are random: diff noise
        client = NotebookClient(
            notebook,
            timeout=timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(root)}},
            record_timing=False,
            store_widget_state=False,
        )
        started = time.perf_counter()
        client.execute()
        timings[source.stem] = time.perf_counter() - started
        notebook.metadata.pop("widgets", None)
        nbformat.write(notebook, source.with_suffix(".ipynb"))
    return timings


if __name__ == "__main__":
    import sys

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("notebooks")
    for name, seconds in refresh_notebooks(folder, sys.argv[2:] or None).items():
        print(f"{name}: {seconds:.1f} s")
