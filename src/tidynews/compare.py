"""Cross-outlet comparison of claims, and of the corpus against reference data.

Why in the package: the notebooks ask the same questions of every corpus ("what does every
outlet carry?", "what does only one outlet say?", "where do outlets tell a story differently?",
"how late and how accurately did the press report what happened?"). The answers are tables a
notebook prints or charts; the logic lives here so it is unit-tested and the notebooks stay thin.

Every function takes the tables as they come (a claims table from ``claims.build_claims`` or
``claims.parquet``, the fact tables, the reference frames of ``reference.load_reference``) and
returns a DataFrame with fixed columns, empty when there is nothing to say (an empty corpus, a
case with no reference data): a notebook never needs a special path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from .claims import CLAIM_KINDS, TARGET_KIND_PHRASES, entity_names
from .reference import empty_reference

_STANCE_VERBS = {
    "recognises": "recognises",
    "backs": "backs",
    "opposes": "opposes",
    "neutral": "is neutral on",
}
_STATUS_VERBS = {
    "imposed": "imposed",
    "existing": "has existing",
    "proposed": "proposed",
    "threatened": "threatened",
    "lifted": "lifted",
    "negated": "ruled out",
}
# Target kinds that can describe the same sanctioned group ("four governors" is people; one of
# them named alone is a person).
_KIND_GROUPS = {"person": "persons", "people": "persons"}

# Output columns and dtypes of each comparison ("list" columns hold plain lists of str).
DISAGREEMENT_COLUMNS: dict[str, str] = {
    "kind": "string",
    "question": "string",
    "outlet": "string",
    "n_outlets": "int64",
    "shared": "string",
    "n_named": "int64",
    "named": "string",
    "adds": "string",
    "omits": "string",
    "differs": "string",
}
RECOGNITION_COLUMNS: dict[str, str] = {
    "actor_id": "string",
    "actor_name": "string",
    "subject_id": "string",
    "subject_name": "string",
    "stance": "string",
    "modality": "string",
    "reference_date": "datetime64[ns]",
    "reference_source": "string",
    "first_reported": "datetime64[ns]",
    "first_outlet": "string",
    "first_article_id": "string",
    "n_articles": "Int64",
    "n_outlets": "Int64",
    "lag_days": "Int64",
    "match": "string",
}
SANCTION_COLUMNS: dict[str, str] = {
    "imposer_id": "string",
    "imposer_name": "string",
    "target": "string",
    "target_description": "string",
    "status": "string",
    "measure": "string",
    "reference_date": "datetime64[ns]",
    "reference_source": "string",
    "month": "string",
    "first_reported": "datetime64[ns]",
    "first_outlet": "string",
    "n_articles": "Int64",
    "n_outlets": "Int64",
    "article_ids": "list",
    "lag_days": "Int64",
    "match": "string",
}
FIGURE_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "outlet": "string",
    "published": "datetime64[ns]",
    "value": "float64",
    "bound": "string",
    "quantity_text": "string",
    "evidence": "string",
    "reference_value": "float64",
    "reference_as_of": "datetime64[ns]",
    "reference_organisation": "string",
    "reference_source": "string",
    "days_since_reference": "Int64",
    "difference": "float64",
    "abs_difference": "float64",
    "relative_difference": "float64",
    "share": "float64",
}


# --- which outlets carry which claims --------------------------------------------------------


def _listed(value: object) -> list[str]:
    """A list cell as a list of str (claims.parquet gives numpy arrays, a null gives [])."""
    if isinstance(value, list | tuple | np.ndarray):
        return [str(item) for item in value]
    return []


def _by_coverage(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims widest first: most outlets, then most articles, then by label."""
    return claims.sort_values(
        ["n_outlets", "n_articles", "label"], ascending=[False, False, True], kind="stable"
    )


def _outlet_pairs(claims: pd.DataFrame, column: str = "claim_id") -> pd.DataFrame:
    """One row per (claim, outlet carrying it): ``column`` and ``outlet``."""
    pairs = pd.DataFrame({column: claims[column], "outlet": claims["outlets"].map(_listed)})
    pairs = pairs.explode("outlet").dropna(subset=["outlet"])
    return pairs.astype({"outlet": "string"})


def outlet_coverage(
    claims: pd.DataFrame, outlets: Iterable[str] | None = None, *, index: str = "label"
) -> pd.DataFrame:
    """Claims x outlets, True where the outlet carries the claim.

    Rows are claims widest first (by n_outlets, then n_articles), indexed by ``index`` (the
    label, or "claim_id"); columns are ``outlets`` in the order given, else every outlet of the
    claims, the one carrying most claims first.
    """
    ordered = _by_coverage(claims)
    pairs = _outlet_pairs(ordered, index)
    counts = pairs["outlet"].value_counts()
    if outlets is None:
        ranked = pd.DataFrame({"outlet": counts.index, "n": counts.to_numpy()})
        columns = ranked.sort_values(["n", "outlet"], ascending=[False, True])["outlet"].tolist()
    else:
        columns = list(outlets)
    matrix = pd.crosstab(pairs[index], pairs["outlet"]).gt(0) if len(pairs) else pd.DataFrame()
    matrix = matrix.reindex(index=ordered[index].tolist(), columns=columns, fill_value=False)
    matrix = matrix.astype(bool)
    matrix.index.name, matrix.columns.name = index, "outlet"
    return matrix


def single_outlet_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims only one outlet carries, with that outlet in a column ``outlet``."""
    single = claims[claims["n_outlets"] == 1].copy()
    single.insert(0, "outlet", single["outlets"].map(lambda found: _listed(found)[0]))
    single["outlet"] = single["outlet"].astype("string")
    order = single["kind"].map({kind: i for i, kind in enumerate(CLAIM_KINDS)})
    single = single.assign(_order=order).sort_values(
        ["outlet", "_order", "n_articles", "label"],
        ascending=[True, True, False, True],
        kind="stable",
    )
    return single.drop(columns="_order").reset_index(drop=True)


def shared_by_all(claims: pd.DataFrame, outlets: Iterable[str] | None = None) -> pd.DataFrame:
    """Claims every one of ``outlets`` carries (default: every outlet found in the claims).

    Pass the articles' outlets to count an outlet that carries no claim at all (then nothing is
    shared by all). No outlet at all gives no claims.
    """
    wanted = (
        set(outlets)
        if outlets is not None
        else {o for found in claims["outlets"] for o in _listed(found)}
    )
    if not wanted:
        return claims.iloc[0:0].copy()
    carried = claims["outlets"].map(lambda found: wanted <= set(_listed(found)))
    return _by_coverage(claims[carried.astype(bool)]).reset_index(drop=True)


# --- where outlets tell the same story differently -------------------------------------------


def disagreements(
    claims: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    window_days: int = 7,
    tolerance: float = 0.3,
) -> pd.DataFrame:
    """Questions on which outlets name different answers, one row per (question, outlet).

    - stances: per (subject, stance, modality), "Who backs Nicolás Maduro? (asserted)": the
      actors each outlet names. One outlet naming Russia and China and another adding Turkey is
      a disagreement;
    - sanctions: per (target, status), "Who imposed sanctions on PDVSA?": the imposers named;
    - figures: per category, unit and reporting period (reports less than ``window_days``
      apart form one period), the values each outlet gives.

    Columns: ``shared`` what every outlet on the question names; ``named`` what this outlet
    names; ``adds`` what only this outlet names; ``omits`` what more than half of the other
    outlets name and this one does not; for figures, ``differs`` pairs a value of this outlet
    with the nearest different value another outlet gives in the same period, within
    ``tolerance`` (relative): the likely same quantity told differently,
    "3,000,000 vs 3,400,000 (x.example)". Lists are names in alphabetical order, or values by
    size. Only questions that at least two outlets answer, and answer differently, are listed.

    Stances are compared over the whole corpus: an outlet that stopped covering the story
    "omits" what happened later. ``articles`` (optional) dates each figure report by its own
    article rather than by the claim's first report.
    """
    parts = [
        _stance_answers(claims),
        _sanction_answers(claims),
        _figure_answers(claims, articles, window_days),
    ]
    found = [part for part in parts if not part.empty]
    if not found:
        return _empty(DISAGREEMENT_COLUMNS)
    answers = pd.concat(found, ignore_index=True)
    return _compare_answers(answers, tolerance)


def _stance_answers(claims: pd.DataFrame) -> pd.DataFrame:
    """(kind, question, outlet, answer, answer_text, value) rows for stance claims."""
    stances = claims[claims["kind"] == "stance"]
    if stances.empty:
        return pd.DataFrame()
    verb = stances["stance"].map(_STANCE_VERBS).fillna(stances["stance"])
    question = (
        "Who "
        + verb
        + " "
        + stances["subject_name"].fillna(stances["subject_id"])
        + "? ("
        + stances["modality"]
        + ")"
    )
    frame = pd.DataFrame(
        {
            "kind": "stance",
            "question": question,
            "answer": stances["actor"],
            "answer_text": stances["actor_name"].fillna(stances["actor"]),
            "value": np.nan,
            "outlets": stances["outlets"],
        }
    )
    return _explode_outlets(frame)


def _sanction_answers(claims: pd.DataFrame) -> pd.DataFrame:
    sanctions = claims[claims["kind"] == "sanction"]
    if sanctions.empty:
        return pd.DataFrame()
    target = (
        sanctions["target_name"]
        .fillna(sanctions["target"].map(TARGET_KIND_PHRASES))
        .fillna("an unnamed target")
    )
    verb = sanctions["status"].map(_STATUS_VERBS).fillna(sanctions["status"])
    frame = pd.DataFrame(
        {
            "kind": "sanction",
            "question": "Who " + verb + " sanctions on " + target + "?",
            "answer": sanctions["imposer_id"].fillna("(unnamed)"),
            "answer_text": sanctions["imposer_name"].fillna("an unnamed imposer"),
            "value": np.nan,
            "outlets": sanctions["outlets"],
        }
    )
    return _explode_outlets(frame)


def _explode_outlets(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.assign(outlet=frame.pop("outlets").map(_listed)).explode("outlet")
    return frame.dropna(subset=["outlet"]).reset_index(drop=True)


def _figure_answers(
    claims: pd.DataFrame, articles: pd.DataFrame | None, window_days: int
) -> pd.DataFrame:
    """Figure reports per outlet, grouped into reporting periods per category."""
    figures = claims[claims["kind"] == "figure"]
    if figures.empty:
        return pd.DataFrame()
    if articles is not None and not articles.empty:
        reports = pd.DataFrame(
            {
                "claim_id": figures["claim_id"],
                "article_id": figures["article_ids"].map(_listed),
            }
        ).explode("article_id")
        reports = reports.astype({"article_id": "string"})
        reports = reports.merge(_article_meta(articles), on="article_id")
        reports = reports.merge(figures.drop(columns=["outlets"]), on="claim_id")
    else:  # no articles: each outlet's report dated by the claim's first report
        reports = _explode_outlets(figures).rename(columns={"first_published": "published"})
    reports = reports.dropna(subset=["outlet"])
    if reports.empty:
        return pd.DataFrame()
    # a value is compared only with values of the same category and unit
    unit = reports["unit"].astype("string").where(reports["unit"] != reports["category"])
    reports["category"] = reports["category"] + (" (" + unit + ")").fillna("")
    reports["period"] = _periods(reports, window_days)
    return pd.DataFrame(
        {
            "kind": "figure",
            "question": reports["category"] + " figures, " + reports["period"],
            "answer": reports["value"].map(repr),
            "answer_text": reports["value"].map(_number),
            "value": reports["value"].astype("float64"),
            "outlet": reports["outlet"].astype("string"),
        }
    ).drop_duplicates(["question", "outlet", "answer"])


def _periods(reports: pd.DataFrame, window_days: int) -> pd.Series:
    """Per category, runs of report dates with gaps under ``window_days``: 'start to end'."""
    dates = (
        reports[["category", "published"]].drop_duplicates().sort_values(["category", "published"])
    )
    dated = dates.dropna(subset=["published"])
    category = dated["category"].to_numpy(dtype=object)
    published = dated["published"].to_numpy(dtype="datetime64[ns]")
    starts = np.ones(len(dated), dtype=bool)
    starts[1:] = (category[1:] != category[:-1]) | (
        published[1:] - published[:-1] > np.timedelta64(window_days, "D")
    )
    dated = dated.assign(run=np.cumsum(starts))
    bounds = dated.groupby("run")["published"].agg(["min", "max"])
    text = bounds["min"].dt.strftime("%Y-%m-%d") + " to " + bounds["max"].dt.strftime("%Y-%m-%d")
    dated = dated.assign(period=dated["run"].map(text))
    labelled = reports.merge(dated[["category", "published", "period"]], how="left")
    return labelled["period"].fillna("date unknown").to_numpy()


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def _compare_answers(answers: pd.DataFrame, tolerance: float) -> pd.DataFrame:
    """adds / omits / differs per (question, outlet), for questions outlets answer differently.

    Python runs once per (question, outlet) here: claims are already collapsed, so these are
    few even for a large corpus.
    """
    rows = []
    for (kind, question), group in answers.groupby(["kind", "question"], sort=False):
        by_outlet = {
            outlet: dict(zip(g["answer"], g["answer_text"], strict=True))
            for outlet, g in group.groupby("outlet", sort=True)
        }
        if len(by_outlet) < 2:
            continue
        union = set().union(*(set(named) for named in by_outlet.values()))
        core = set.intersection(*(set(named) for named in by_outlet.values()))
        if union == core:
            continue
        texts = dict(zip(group["answer"], group["answer_text"], strict=True))
        values = dict(zip(group["answer"], group["value"], strict=True))
        naming = {a: sum(a in named for named in by_outlet.values()) for a in union}
        # "most others": more than half of the other outlets on the question
        most_others = (len(by_outlet) - 1) / 2
        for outlet, named in by_outlet.items():
            differs = (
                _differs(outlet, named, by_outlet, values, texts, tolerance)
                if kind == "figure"
                else ""
            )
            omitted = {a for a in union - set(named) if naming[a] > most_others}
            rows.append(
                {
                    "kind": kind,
                    "question": question,
                    "outlet": outlet,
                    "n_outlets": len(by_outlet),
                    "shared": _joined(core, texts, values),
                    "n_named": len(named),
                    "named": _joined(named, texts, values),
                    "adds": _joined({a for a in named if naming[a] == 1}, texts, values),
                    "omits": _joined(omitted, texts, values),
                    "differs": differs,
                }
            )
    if not rows:
        return _empty(DISAGREEMENT_COLUMNS)
    result = pd.DataFrame(rows, columns=list(DISAGREEMENT_COLUMNS))
    order = result["kind"].map({kind: i for i, kind in enumerate(CLAIM_KINDS)})
    result = result.assign(_order=order).sort_values(["_order", "question", "outlet"])
    return _typed(result, DISAGREEMENT_COLUMNS)


def _joined(answers: Iterable[str], texts: Mapping[str, str], values: Mapping[str, float]) -> str:
    """Readable list: names alphabetically, figures by size."""
    chosen = list(answers)
    if chosen and not pd.isna(values.get(chosen[0], np.nan)):
        chosen.sort(key=lambda answer: values[answer])
    else:
        chosen.sort(key=lambda answer: texts[answer])
    return ", ".join(texts[answer] for answer in chosen)


def _differs(
    outlet: str,
    named: Mapping[str, str],
    by_outlet: Mapping[str, Mapping[str, str]],
    values: Mapping[str, float],
    texts: Mapping[str, str],
    tolerance: float,
) -> str:
    """This outlet's values that another outlet gives differently (nearest within tolerance)."""
    notes = []
    for answer in sorted(named, key=lambda a: values[a]):
        mine = values[answer]
        best: tuple[float, str, str] | None = None
        for other, their in by_outlet.items():
            if other == outlet or answer in their:
                continue
            for candidate in their:
                if candidate in named:
                    continue
                theirs = values[candidate]
                largest = max(abs(mine), abs(theirs))
                distance = abs(mine - theirs) / largest if largest else 0.0
                if distance <= tolerance and (best is None or distance < best[0]):
                    best = (distance, texts[candidate], other)
        if best is not None:
            notes.append(f"{texts[answer]} vs {best[1]} ({best[2]})")
    return "; ".join(notes)


def _empty(columns: Mapping[str, str]) -> pd.DataFrame:
    return _typed(pd.DataFrame(), columns)


# --- the corpus against reference data -------------------------------------------------------


def _reference_frame(
    reference: Mapping[str, pd.DataFrame] | pd.DataFrame | None, kind: str
) -> pd.DataFrame:
    """The frame of ``kind`` from load_reference's dict, or the frame itself (None: empty)."""
    if reference is None:
        return empty_reference(kind)
    if isinstance(reference, pd.DataFrame):
        return reference
    return reference[kind]


def _article_meta(articles: pd.DataFrame | None) -> pd.DataFrame:
    if articles is None or articles.empty:
        return pd.DataFrame(
            {
                "article_id": pd.Series(dtype="string"),
                "outlet": pd.Series(dtype="string"),
                "published": pd.Series(dtype="datetime64[ns]"),
            }
        )
    meta = articles[["article_id", "outlet", "published"]].drop_duplicates("article_id")
    return meta.astype({"article_id": "string", "outlet": "string", "published": "datetime64[ns]"})


def _first_reports(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per key: first_reported, first_outlet, first_article_id, n_articles, n_outlets, ids."""
    columns = [
        *keys,
        "first_reported",
        "first_outlet",
        "first_article_id",
        "n_articles",
        "n_outlets",
        "article_ids",
    ]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    pairs = rows[[*keys, "article_id", "outlet", "published"]].drop_duplicates(
        [*keys, "article_id"]
    )
    pairs = pairs.sort_values([*keys, "published", "article_id"], na_position="last")
    grouped = pairs.groupby(keys, sort=False, dropna=False)
    first = grouped.head(1).set_index(keys)
    summary = grouped.agg(
        n_articles=("article_id", "size"),
        n_outlets=("outlet", "nunique"),
        article_ids=("article_id", lambda ids: sorted(ids)),
    )
    summary["first_reported"] = first["published"]
    summary["first_outlet"] = first["outlet"]
    summary["first_article_id"] = first["article_id"]
    return summary.reset_index()[columns]


def recognitions_vs_reference(
    stances: pd.DataFrame,
    articles: pd.DataFrame | None,
    reference: Mapping[str, pd.DataFrame] | pd.DataFrame | None,
    *,
    stance: str = "recognises",
    modality: str = "asserted",
) -> pd.DataFrame:
    """When did the press first report each recognition, against when it happened?

    One row per (actor, subject) with a reference row of this ``stance`` and ``modality``
    (default: asserted recognition): its date (the earliest, when the reference has several,
    e.g. a leader's recognition and a later assembly vote), the first article reporting it,
    how many articles and outlets did, and ``lag_days`` = first report - reference date
    (negative: reported before the reference's date). ``match`` is "reported", "not reported",
    or "not in reference" for an actor the corpus reports and the reference does not list.

    A stance row counts for a reference actor when its ``actor_id`` is that actor (the
    European Parliament is not the EU), or else when its ``party_id`` is (Trump speaks for the
    United States).
    """
    ref = _reference_frame(reference, "recognitions")
    ref = ref[(ref["stance"] == stance) & (ref["modality"] == modality)]
    ref = ref.sort_values(["date"], na_position="last", kind="stable")
    expected = ref.groupby(["actor_id", "subject_id"], sort=False).agg(
        actor_name=("actor_name", "first"),
        subject_name=("subject_name", "first"),
        reference_date=("date", "min"),
        reference_source=("source", "first"),
    )
    expected = expected.reset_index()

    rows = pd.DataFrame(columns=["actor_id", "subject_id", "article_id", "outlet", "published"])
    if stances is not None and not stances.empty:
        chosen = stances[(stances["stance"] == stance) & (stances["modality"] == modality)]
        actor_id = chosen["actor_id"].astype("string")
        own = actor_id.isin(set(expected["actor_id"]))
        key = actor_id.where(own, chosen["party_id"].astype("string").fillna(actor_id))
        rows = pd.DataFrame(
            {
                "actor_id": key,
                "subject_id": chosen["subject_id"].astype("string"),
                "article_id": chosen["article_id"].astype("string"),
            }
        ).dropna(subset=["actor_id"])
        rows = rows.merge(_article_meta(articles), on="article_id", how="left")
    reported = _first_reports(rows, ["actor_id", "subject_id"])
    table = expected.merge(reported, on=["actor_id", "subject_id"], how="outer", indicator=True)
    table["match"] = table.pop("_merge").map(
        {"both": "reported", "left_only": "not reported", "right_only": "not in reference"}
    )
    names = entity_names({"stances": stances} if stances is not None else {})
    table["actor_name"] = table["actor_name"].fillna(table["actor_id"].map(names))
    table["subject_name"] = table["subject_name"].fillna(table["subject_id"].map(names))
    table["stance"], table["modality"] = stance, modality
    table["lag_days"] = _days(table["first_reported"], table["reference_date"])
    table = table.sort_values(
        ["reference_date", "first_reported", "actor_name"], na_position="last", kind="stable"
    )
    return _typed(table, RECOGNITION_COLUMNS)


def _days(later: pd.Series, earlier: pd.Series) -> pd.Series:
    later = pd.to_datetime(later)
    earlier = pd.to_datetime(earlier)
    return (later - earlier).dt.days.astype("Int64")


def _typed(table: pd.DataFrame, columns: Mapping[str, str]) -> pd.DataFrame:
    """Exactly ``columns``, in order and typed, with a fresh index (an empty input included)."""
    table = table.reindex(columns=list(columns)).reset_index(drop=True)
    for column, dtype in columns.items():
        if dtype == "list":
            table[column] = pd.Series(
                [_listed(value) for value in table[column]], index=table.index, dtype=object
            )
        elif dtype.startswith("datetime"):
            table[column] = pd.to_datetime(table[column]).astype(dtype)
        elif dtype in {"Int64", "int64", "float64"}:
            table[column] = pd.to_numeric(table[column]).astype(dtype)
        else:
            table[column] = table[column].astype(dtype)
    return table


def _target_key(target_id: pd.Series, target_kind: pd.Series) -> pd.Series:
    return target_id.astype("string").fillna(target_kind.astype("string"))


def _compatible_targets(left: pd.DataFrame) -> pd.Series:
    """A report's target fits a reference event's: same id, or (either id missing) same kind."""

    def column(name: str, groups: Mapping[str, str] | None = None) -> pd.Series:
        values = left[name].astype("string")
        return values.replace(groups) if groups else values

    def flags(series: pd.Series) -> np.ndarray:
        return series.fillna(False).to_numpy(dtype=bool)

    target_ref, target = column("target_id_ref"), column("target_id")
    both_ids = flags(target_ref.notna() & target.notna())
    same_id = flags(target_ref == target)
    same_kind = flags(
        column("target_kind_ref", _KIND_GROUPS) == column("target_kind", _KIND_GROUPS)
    )
    return pd.Series((both_ids & same_id) | (~both_ids & same_kind), index=left.index)


def sanctions_vs_reference(
    sanctions: pd.DataFrame,
    articles: pd.DataFrame | None,
    reference: Mapping[str, pd.DataFrame] | pd.DataFrame | None,
    *,
    statuses: Iterable[str] = ("imposed", "lifted"),
    window_days: int = 31,
    period: tuple[object, object] | None = None,
) -> pd.DataFrame:
    """Which sanctions of the reference timeline the press reported, how soon; and the rest.

    A reference event (imposer, target, status, date) is "reported" by a sanction row with the
    same imposer and status, a compatible target (the same id; or, where either side names no
    one, the same kind of target, a person counting as people), published from the day before
    the event's date to ``window_days`` after it (a month-precise date: after the month's end).
    Each report counts for its nearest event. Reports of these ``statuses`` that match no event
    are listed as "not in reference", one row per (imposer, target, status, month).

    Events outside ``period`` are left out: a 2014 law is not news a 2019 corpus missed. The
    default period runs from ``window_days`` before the corpus's first publication date (an
    event its first articles could report) to its last publication date. ``month`` is the
    event's month (or the report's), for a timeline.
    """
    statuses = tuple(statuses)
    ref = _reference_frame(reference, "sanctions")
    ref = ref[ref["status"].isin(statuses) & ref["date"].notna()].copy()
    meta = _article_meta(articles)
    start, end = _period(period, meta, window_days)
    if start is not None:
        ref = ref[(ref["date"] >= start) & (ref["date"] <= end)]
    ref = ref.reset_index(drop=True)
    ref["event"] = ref.index
    month_end = ref["date"] + pd.offsets.MonthEnd(0)
    ref["window_end"] = ref["date"].where(
        ref["date_precision"] != "month", month_end
    ) + pd.Timedelta(days=window_days)

    reports = pd.DataFrame(
        columns=["imposer_id", "target_id", "target_kind", "status", "article_id"]
    )
    if sanctions is not None and not sanctions.empty:
        chosen = sanctions[sanctions["status"].isin(statuses)]
        reports = chosen[["imposer_id", "target_id", "target_kind", "status", "article_id"]]
        reports = reports.astype("string").reset_index(drop=True)
    reports = reports.merge(meta, on="article_id", how="left")
    reports["report"] = range(len(reports))

    candidates = reports.merge(
        ref[["event", "imposer_id", "target_id", "target_kind", "status", "date", "window_end"]],
        on=["imposer_id", "status"],
        suffixes=("", "_ref"),
    )
    if not candidates.empty:
        candidates = candidates[
            _compatible_targets(candidates)
            & (candidates["published"] >= candidates["date"] - pd.Timedelta(days=1))
            & (candidates["published"] <= candidates["window_end"])
        ]
        candidates = candidates.assign(
            distance=(candidates["published"] - candidates["date"]).abs()
        )
        candidates = candidates.sort_values(["report", "distance", "event"]).drop_duplicates(
            "report"
        )
    matched = candidates if not candidates.empty else reports.iloc[0:0].assign(event=[])

    reported = _first_reports(matched.astype({"event": "int64"}), ["event"])
    events = ref.merge(reported, on="event", how="left")
    events["target"] = _target_key(events["target_id"], events["target_kind"])
    events["reference_date"] = events["date"]
    events["reference_source"] = events["source"]
    events["month"] = events["date"].dt.strftime("%Y-%m")
    events["match"] = np.where(events["n_articles"].notna(), "reported", "not reported")
    events["lag_days"] = _days(events["first_reported"], events["date"])

    unmatched = reports[~reports["report"].isin(set(matched["report"]))].copy()
    unmatched["target"] = _target_key(unmatched["target_id"], unmatched["target_kind"])
    unmatched["month"] = unmatched["published"].dt.strftime("%Y-%m").fillna("date unknown")
    extra = _first_reports(unmatched, ["imposer_id", "target", "status", "month"])
    extra["match"] = "not in reference"

    table = pd.concat([events, extra], ignore_index=True) if len(extra) else events
    names = entity_names({"sanctions": sanctions} if sanctions is not None else {})
    table["imposer_name"] = table.get("imposer_name", pd.Series(index=table.index)).fillna(
        table["imposer_id"].map(names)
    )
    table["target_description"] = table.get(
        "target_description", pd.Series(index=table.index)
    ).fillna(table["target"].map(names))
    table["_when"] = table["reference_date"].fillna(table["first_reported"])
    table = table.sort_values(["_when", "imposer_id", "target"], na_position="last", kind="stable")
    return _typed(table, SANCTION_COLUMNS)


def _period(
    period: tuple[object, object] | None, meta: pd.DataFrame, window_days: int
) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """The dates of reference events a corpus can be held to (None: no corpus dates)."""
    if period is not None:
        return pd.Timestamp(period[0]), pd.Timestamp(period[1])
    dates = meta["published"].dropna()
    if dates.empty:
        return None, None
    return dates.min() - pd.Timedelta(days=window_days), dates.max()


def figures_vs_reference(
    figures: pd.DataFrame,
    articles: pd.DataFrame | None,
    reference: Mapping[str, pd.DataFrame] | pd.DataFrame | None,
    *,
    category: str = "displaced",
    min_share: float = 0.0,
) -> pd.DataFrame:
    """Each reported figure of ``category`` beside the latest reference figure before it.

    The reference value is the estimate (not a projection) with the latest ``as_of`` on or
    before the article's publication date; where several share that date, the one closest to
    the reported value (the benefit of the doubt). ``difference`` = reported - reference,
    ``relative_difference`` = difference / reference, ``share`` = reported / reference.
    ``min_share`` drops figures that are a small part of the reference total (a count for one
    country, a daily flow): 0.5 keeps worldwide totals. Figures of an article with no date get
    no reference value. One row per (article, value): a figure repeated in one article is one
    report.
    """
    ref = _reference_frame(reference, "refugees")
    ref = ref[(ref["kind"] == "estimate") & (ref["category"] == category) & ref["as_of"].notna()]
    if figures is None or figures.empty:
        return _typed(pd.DataFrame(), FIGURE_COLUMNS)
    chosen = figures[figures["category"] == category]
    chosen = chosen.sort_values(
        ["article_id", "sentence_id"] if "sentence_id" in chosen else ["article_id"]
    ).drop_duplicates(["article_id", "value"])
    reports = chosen.drop(columns=[c for c in ("outlet", "published") if c in chosen]).merge(
        _article_meta(articles), on="article_id", how="left"
    )
    reports = reports.reset_index(drop=True).assign(report=lambda f: range(len(f)))
    reports["published"] = reports["published"].astype("datetime64[ns]")
    dated = reports.dropna(subset=["published"]).sort_values("published")
    dates = ref[["as_of"]].drop_duplicates().sort_values("as_of").astype("datetime64[ns]")
    if not dated.empty and not dates.empty:
        nearest = pd.merge_asof(
            dated[["report", "published"]],
            dates,
            left_on="published",
            right_on="as_of",
            direction="backward",
        ).dropna(subset=["as_of"])
        options = nearest.merge(
            ref[["as_of", "value", "organisation", "source"]].rename(
                columns={
                    "value": "reference_value",
                    "organisation": "reference_organisation",
                    "source": "reference_source",
                }
            ),
            on="as_of",
        )
        options = options.merge(reports[["report", "value"]], on="report")
        options["_gap"] = (options["value"] - options["reference_value"]).abs()
        options = options.sort_values(["report", "_gap"]).drop_duplicates("report")
        options = options.rename(columns={"as_of": "reference_as_of"})
        reports = reports.merge(
            options[
                [
                    "report",
                    "reference_value",
                    "reference_as_of",
                    "reference_organisation",
                    "reference_source",
                ]
            ],
            on="report",
            how="left",
        )
    missing = [column for column in FIGURE_COLUMNS if column not in reports.columns]
    table = reports.reindex(columns=[*reports.columns, *missing])
    table["difference"] = table["value"] - table["reference_value"]
    table["abs_difference"] = table["difference"].abs()
    table["relative_difference"] = table["difference"] / table["reference_value"]
    table["share"] = table["value"] / table["reference_value"]
    table["days_since_reference"] = _days(table["published"], table["reference_as_of"])
    if min_share > 0:
        table = table[table["share"].isna() | (table["share"] >= min_share)]
    table = table.sort_values(["published", "outlet", "value"], na_position="last", kind="stable")
    return _typed(table, FIGURE_COLUMNS)
