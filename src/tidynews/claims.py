"""The claims table: the same fact told by many articles, counted once.

Why: fact tables count *reports*. Ten wire stories repeating "the United States recognised
Guaidó" are ten stance rows but one claim, and a chart of rows measures how loud a story was,
not what was said. Event datasets rarely make that distinction; research questions ("which
outlets reported X, and when first?", "what does only one outlet say?") need it. A claim is one
fact key of the contract's scoring section (section 5) across the whole corpus:

=========  ======================================  ==========================================
kind       key                                     from
=========  ======================================  ==========================================
stance     actor, stance, subject_id, modality     ``stances``; actor = party_id, else actor_id;
                                                   rows with no actor (unnamed groups) skipped
sanction   imposer_id, target, status              ``sanctions``; target = target_id, else
                                                   target_kind
figure     category, value                         ``figures``; category ``other`` skipped
=========  ======================================  ==========================================

Each claim lists the articles and outlets that carry it and the first and last publication
date. Everything is done with grouped pandas operations: Python code runs once per *claim*
(its id and label), never once per fact row, so a corpus of 200,000 articles is fine.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import numpy as np
import pandas as pd

CLAIM_KINDS = ("stance", "sanction", "figure")
KEYS: dict[str, tuple[str, ...]] = {
    "stance": ("actor", "stance", "subject_id", "modality"),
    "sanction": ("imposer_id", "target", "status"),
    "figure": ("category", "value"),
}
SOURCE_TABLES = {"stance": "stances", "sanction": "sanctions", "figure": "figures"}
KEY_COLUMNS = (
    "actor",
    "stance",
    "subject_id",
    "modality",
    "imposer_id",
    "target",
    "status",
    "category",
    "value",
)
# Column -> dtype, in the order of the table. The contract's columns first, then additions:
# readable names of the key's ids, the figure's unit, and n_reports (fact rows behind a claim,
# i.e. evidence sentences, as opposed to n_articles).
COLUMNS: dict[str, str] = {
    "claim_id": "string",
    "kind": "string",
    **{column: "float64" if column == "value" else "string" for column in KEY_COLUMNS},
    "label": "string",
    "n_articles": "int64",
    "n_outlets": "int64",
    "outlets": "object",
    "article_ids": "object",
    "first_published": "datetime64[ns]",
    "last_published": "datetime64[ns]",
    "actor_name": "string",
    "subject_name": "string",
    "imposer_name": "string",
    "target_name": "string",
    "unit": "string",
    "n_reports": "int64",
}
# Input columns each fact table must have for its claims to be built.
REQUIRED_INPUT: dict[str, tuple[str, ...]] = {
    "stances": ("article_id", "actor_id", "party_id", "stance", "subject_id", "modality"),
    "sanctions": ("article_id", "imposer_id", "target_id", "target_kind", "status"),
    "figures": ("article_id", "category", "value"),
}

# (table, id column, name column): where entity_names finds a readable name for an id.
NAME_COLUMNS = (
    ("stances", "actor_id", "actor_name"),
    ("stances", "subject_id", "subject_name"),
    ("sanctions", "imposer_id", "imposer_name"),
    ("sanctions", "target_id", "target_name"),
    ("mentions", "entity_id", "name"),
)

_STANCE_VERBS = {
    "recognises": "recognises",
    "backs": "backs",
    "opposes": "opposes",
    "neutral": "is neutral on",
}
TARGET_KIND_PHRASES = {
    "person": "a person",
    "people": "people",
    "company": "a company",
    "government": "a government",
    "sector": "a sector",
    "country": "a country",
}
_SEPARATOR = "\x1f"  # between key parts in the hashed text: never inside an id or a number


def empty_claims() -> pd.DataFrame:
    """A claims table with no rows and every column typed (an empty corpus gives this)."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def build_claims(tables: Mapping[str, pd.DataFrame], articles: pd.DataFrame | None) -> pd.DataFrame:
    """One row per fact key across the corpus (see the module docstring for the keys).

    ``tables`` holds the fact tables by name ("stances", "sanctions", "figures"; absent ones
    give no claims); ``articles`` supplies each article's outlet and publication date (None:
    both unknown). Articles with no outlet count in ``n_articles`` but add no outlet.
    """
    _check_inputs(tables)
    meta = _article_meta(articles)
    names = entity_names(tables)
    parts = []
    for kind, facts in (
        ("stance", _stance_facts(tables.get("stances"))),
        ("sanction", _sanction_facts(tables.get("sanctions"))),
        ("figure", _figure_facts(tables.get("figures"))),
    ):
        collapsed = _collapse(facts, kind, meta) if not facts.empty else pd.DataFrame()
        if not collapsed.empty:
            parts.append(collapsed)
    if not parts:
        return empty_claims()
    return finished_claims(pd.concat(parts, ignore_index=True), names)


def finished_claims(claims: pd.DataFrame, names: pd.Series) -> pd.DataFrame:
    """Collapsed claims made readable: entity names, a label, the table's column and row order.

    Shared by this module and ``claims_sql`` (claims grouped in DuckDB), so both give the
    same table row for row.
    """
    claims = _add_names(claims, names)
    claims["label"] = _labels(claims)
    return _ordered(claims)


# --- facts: one row per (fact row) with the claim key ----------------------------------------


def _check_inputs(tables: Mapping[str, pd.DataFrame]) -> None:
    for name, required in REQUIRED_INPUT.items():
        frame = tables.get(name)
        if frame is None or frame.empty:  # nothing to read, whatever its columns
            continue
        missing = [column for column in required if column not in frame.columns]
        if missing:
            raise ValueError(
                f"table {name!r} lacks column(s) {', '.join(missing)} needed for claims"
            )


def _as_string(series: pd.Series) -> pd.Series:
    return series.astype("string")


def _stance_facts(stances: pd.DataFrame | None) -> pd.DataFrame:
    if stances is None or stances.empty:
        return pd.DataFrame()
    actor = _as_string(stances["party_id"]).fillna(_as_string(stances["actor_id"]))
    named = _as_string(stances["actor_id"]).notna()  # the contract scores no unnamed actor
    facts = pd.DataFrame(
        {
            "article_id": _as_string(stances["article_id"]),
            "actor": actor,
            "stance": _as_string(stances["stance"]),
            "subject_id": _as_string(stances["subject_id"]),
            "modality": _as_string(stances["modality"]),
        }
    )
    return facts[named & actor.notna()]


def _sanction_facts(sanctions: pd.DataFrame | None) -> pd.DataFrame:
    if sanctions is None or sanctions.empty:
        return pd.DataFrame()
    target = _as_string(sanctions["target_id"]).fillna(_as_string(sanctions["target_kind"]))
    return pd.DataFrame(
        {
            "article_id": _as_string(sanctions["article_id"]),
            "imposer_id": _as_string(sanctions["imposer_id"]),
            "target": target,
            "status": _as_string(sanctions["status"]),
        }
    )


def _figure_facts(figures: pd.DataFrame | None) -> pd.DataFrame:
    if figures is None or figures.empty:
        return pd.DataFrame()
    unit = figures["unit"] if "unit" in figures.columns else pd.Series(None, index=figures.index)
    facts = pd.DataFrame(
        {
            "article_id": _as_string(figures["article_id"]),
            "category": _as_string(figures["category"]),
            "value": figures["value"].astype("float64"),
            "unit": _as_string(unit),
        }
    )
    return facts[(facts["category"] != "other") & facts["value"].notna()]


# --- collapsing facts into claims ------------------------------------------------------------


def _article_meta(articles: pd.DataFrame | None) -> pd.DataFrame:
    """article_id, outlet, published: one row per article."""
    columns = {"article_id": "string", "outlet": "string", "published": "datetime64[ns]"}
    if articles is None or articles.empty:
        return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})
    meta = pd.DataFrame(
        {
            name: (
                articles[name]
                if name in articles.columns
                else pd.Series(None, index=articles.index)
            ).astype(dtype)
            for name, dtype in columns.items()
        }
    )
    return meta.drop_duplicates("article_id")


def claim_ids(kind: str, keys: pd.DataFrame) -> np.ndarray:
    """Stable ids: 12 hex chars of SHA-256 over the kind and the key (one hash per row).

    The same key gives the same id in every run, corpus and machine, so a claim can be cited
    and followed from one extraction to the next. A value is hashed as Python writes the float
    (``repr``), a missing part as the empty string.
    """
    text = pd.Series(kind, index=keys.index, dtype="string")
    for column in keys.columns:
        part = keys[column]
        if pd.api.types.is_float_dtype(part):
            part = part.map(repr).astype("string")
        text = text + _SEPARATOR + _as_string(part).fillna("")
    return np.array([hashlib.sha256(t.encode("utf-8")).hexdigest()[:12] for t in text])


def _codes(values: pd.Series, sort: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes (-1 for missing) and the distinct values, via a hash table."""
    if pd.api.types.is_numeric_dtype(values):
        array = values.to_numpy(dtype="float64", na_value=np.nan)
    else:
        array = values.to_numpy(dtype=object, na_value=None)
    codes, uniques = pd.factorize(array, sort=sort)
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)


def _key_codes(facts: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """One integer per distinct key (missing parts included), numbered in order of appearance."""
    combined = np.zeros(len(facts), dtype=np.int64)
    for column in keys:
        codes, uniques = _codes(facts[column])
        combined = combined * (len(uniques) + 1) + (codes + 1)
        combined, _ = pd.factorize(combined)  # keep the numbers small before the next column
    return combined.astype(np.int64)


def _distinct_sorted(values: np.ndarray) -> np.ndarray:
    """Sorted distinct integers (sort + neighbour test: faster than a hash for int64)."""
    ordered = np.sort(values, kind="stable")
    keep = np.ones(len(ordered), dtype=bool)
    keep[1:] = ordered[1:] != ordered[:-1]
    return ordered[keep]


def _split(values: np.ndarray, group: np.ndarray, n_groups: int) -> list[list[str]]:
    """Lists of ``values`` per group, for rows already sorted by group (once per group)."""
    counts = np.bincount(group, minlength=n_groups)
    return [chunk.tolist() for chunk in np.split(values, np.cumsum(counts)[:-1])]


def _collapse(facts: pd.DataFrame, kind: str, meta: pd.DataFrame) -> pd.DataFrame:
    """Group fact rows by key: which articles and outlets carry each claim, and when.

    Works on integer codes (claims, articles, outlets) with numpy: sorting and de-duplicating
    integers is what makes a million fact rows take seconds, not minutes.
    """
    keys = list(KEYS[kind])
    facts = facts[facts["article_id"].notna()].reset_index(drop=True)  # no article, no report
    if facts.empty:
        return pd.DataFrame()
    claim = _key_codes(facts, keys)
    n_claims = int(claim.max()) + 1
    firsts = facts.loc[~pd.Series(claim).duplicated().to_numpy(), keys]  # claim 0, 1, 2, ...
    claims = firsts.reset_index(drop=True)
    claims.insert(0, "claim_id", claim_ids(kind, claims[keys]))
    claims.insert(1, "kind", kind)
    claims["n_reports"] = np.bincount(claim, minlength=n_claims)

    # distinct (claim, article) pairs, sorted by claim then article id
    article, article_ids = _codes(facts["article_id"], sort=True)
    pair = _distinct_sorted(claim * len(article_ids) + article)
    pair_claim, pair_article = pair // len(article_ids), pair % len(article_ids)
    claims["n_articles"] = np.bincount(pair_claim, minlength=n_claims)
    claims["article_ids"] = _split(article_ids[pair_article], pair_claim, n_claims)

    known = meta.set_index("article_id").reindex(article_ids)
    published = pd.Series(known["published"].to_numpy()[pair_article])
    dates = published.groupby(pair_claim).agg(["min", "max"]).reindex(range(n_claims))
    claims["first_published"] = dates["min"].to_numpy()
    claims["last_published"] = dates["max"].to_numpy()

    # distinct (claim, outlet) pairs, outlets sorted by name; unknown outlets left out
    outlet, outlet_names = _codes(known["outlet"], sort=True)
    pair_outlet = outlet[pair_article]
    has_outlet = pair_outlet >= 0
    n_names = max(len(outlet_names), 1)
    outlet_pair = _distinct_sorted(pair_claim[has_outlet] * n_names + pair_outlet[has_outlet])
    outlet_claim = outlet_pair // n_names
    claims["n_outlets"] = np.bincount(outlet_claim, minlength=n_claims)
    claims["outlets"] = _split(
        outlet_names[outlet_pair % n_names] if len(outlet_names) else outlet_pair.astype(object),
        outlet_claim,
        n_claims,
    )
    if kind == "figure":
        claims["unit"] = _most_common(facts["unit"], claim, n_claims)
    return claims


def _most_common(values: pd.Series, claim: np.ndarray, n_claims: int) -> pd.Series:
    """Per claim, the most frequent non-null value (ties: the alphabetically first)."""
    codes, names = _codes(values, sort=True)
    known = codes >= 0
    result = pd.Series(pd.NA, index=range(n_claims), dtype="string")
    if not known.any():
        return result
    combined = np.sort(claim[known] * len(names) + codes[known])
    starts = np.flatnonzero(np.r_[True, combined[1:] != combined[:-1]])
    counts = np.diff(np.r_[starts, len(combined)])
    which, code = combined[starts] // len(names), combined[starts] % len(names)
    best = np.lexsort((code, -counts, which))  # by claim, then most frequent, then by name
    first = best[np.r_[True, which[best][1:] != which[best][:-1]]]
    result.iloc[which[first]] = names[code[first]]
    return result


# --- names and labels ------------------------------------------------------------------------


def entity_names(tables: Mapping[str, pd.DataFrame]) -> pd.Series:
    """Readable name of every entity id, as a Series indexed by id.

    The gazetteer's canonical name comes first (the same name in every corpus: a state an
    official speaks for appears in no actor_name column); ids it does not know (people, a
    case's companies) take a name the tables give them: from the first source of
    ``NAME_COLUMNS`` that names the id, the name given most often (ties: the alphabetically
    first). Never the first one read: a partitioned dataset is read in another order than
    the corpus was, and the names must not depend on it (``claims_sql`` does the same).
    """
    from .gazetteer import org_names  # the gazetteer is loaded (and cached) only when needed

    builtin = org_names()
    pairs = [pd.DataFrame({"id": list(builtin), "name": list(builtin.values())})]
    for table, id_column, name_column in NAME_COLUMNS:
        frame = tables.get(table)
        if frame is None or frame.empty or not {id_column, name_column} <= set(frame.columns):
            continue
        pair = frame[[id_column, name_column]].dropna().astype("string")
        pair.columns = ["id", "name"]
        pairs.append(most_common_name(pair))
    names = pd.concat(pairs, ignore_index=True).astype("string").drop_duplicates("id")
    return names.set_index("id")["name"]


def most_common_name(pairs: pd.DataFrame) -> pd.DataFrame:
    """One (id, name) row per id: its most frequent name, ties to the alphabetically first."""
    if pairs.empty:
        return pairs
    counted = pairs.value_counts(["id", "name"]).rename("n").reset_index()
    counted = counted.sort_values(["id", "n", "name"], ascending=[True, False, True])
    return counted.drop_duplicates("id")[["id", "name"]]


def _name_of(ids: pd.Series, names: pd.Series) -> pd.Series:
    return ids.map(names).astype("string").fillna(ids)


def _add_names(claims: pd.DataFrame, names: pd.Series) -> pd.DataFrame:
    for column, dtype in COLUMNS.items():  # a kind absent from the corpus left its columns out
        if column not in claims.columns:
            claims[column] = pd.Series(dtype=dtype, index=claims.index)
    claims["actor_name"] = _name_of(claims["actor"], names)
    claims["subject_name"] = _name_of(claims["subject_id"], names)
    claims["imposer_name"] = _name_of(claims["imposer_id"], names)
    target_is_id = claims["target"].str.contains(":", regex=False).fillna(False).astype(bool)
    claims["target_name"] = _name_of(claims["target"].where(target_is_id), names)
    return claims


def _number_text(values: pd.Series) -> pd.Series:
    """3000000.0 -> '3,000,000'; 2.5 -> '2.5' (once per claim)."""
    return values.map(
        lambda v: "" if pd.isna(v) else f"{v:,.0f}" if float(v).is_integer() else f"{v:,.6g}"
    ).astype("string")


def _labels(claims: pd.DataFrame) -> pd.Series:
    """One readable line per claim, unique within the table."""
    label = pd.Series(pd.NA, index=claims.index, dtype="string")
    stance = claims["kind"] == "stance"
    verb = claims["stance"].map(_STANCE_VERBS).astype("string").fillna(claims["stance"])
    label[stance] = (
        claims["actor_name"]
        + " "
        + verb
        + " "
        + claims["subject_name"]
        + " ("
        + claims["modality"]
        + ")"
    )[stance]
    sanction = claims["kind"] == "sanction"
    target = (
        claims["target_name"]
        .fillna(claims["target"].map(TARGET_KIND_PHRASES).astype("string"))
        .fillna("an unnamed target")
    )
    imposer = claims["imposer_name"].fillna("an unnamed imposer")
    label[sanction] = (imposer + " sanctions on " + target + ": " + claims["status"])[sanction]
    figure = claims["kind"] == "figure"
    unit = (" " + claims["unit"]).fillna("")
    label[figure] = (claims["category"] + ": " + _number_text(claims["value"]) + unit)[figure]
    duplicated = label.duplicated(keep=False)
    label[duplicated] = label[duplicated] + " [" + claims["claim_id"][duplicated] + "]"
    return label


def _ordered(claims: pd.DataFrame) -> pd.DataFrame:
    """Columns in contract order, typed; rows by kind, then widest coverage first (ties by
    label, then claim id: the order must not depend on the order the claims were grouped)."""
    for name, dtype in COLUMNS.items():
        if name not in claims.columns:
            claims[name] = pd.Series(dtype=dtype, index=claims.index)
        elif name not in {"outlets", "article_ids"}:
            claims[name] = claims[name].astype(dtype)
    claims["_kind_order"] = claims["kind"].map({k: i for i, k in enumerate(CLAIM_KINDS)})
    claims = claims.sort_values(
        ["_kind_order", "n_outlets", "n_articles", "label", "claim_id"],
        ascending=[True, False, False, True, True],
        kind="stable",
    )
    return claims[list(COLUMNS)].reset_index(drop=True)
