"""The claims table built in DuckDB: the same rows as ``claims.build_claims``, aggregated in SQL.

Why: over 200,000 articles the fact tables hold about 1.6 million stance, sanction and figure
rows. Grouping them by claim key in pandas means fetching them all and factorizing strings
(16 s here); DuckDB groups them where they lie, in parallel, and hands back one row per claim.
Python then runs once per claim, as in ``build_claims``: ids, readable names and labels come
from the same helpers, so both builders give identical tables (tests/test_claims_sql.py holds
them to that).

The keys are those of ``tidynews.claims`` (the contract's scoring keys); the SQL below mirrors
its ``_stance_facts``, ``_sanction_facts``, ``_figure_facts`` and ``_collapse`` step by step.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .claims import CLAIM_KINDS, KEYS, NAME_COLUMNS, claim_ids, empty_claims, finished_claims
from .frames import KEPT, ArticleStore, quote_name
from .schemas import validate

# Fact rows grouped in one pass. Why: a claim's distinct articles, and its list of article
# ids, are held by DuckDB while it groups and by Python while a pass is written; over 200,000
# synthetic articles the stance facts alone are some 600,000 rows. A pass of this many keeps
# both to a few tens of MiB whatever the corpus, for a scan of the facts per pass.
FACTS_PER_PASS = 100_000

# kind -> (source table, SELECT of one fact row per source row: article_id and the key parts,
# WHERE of the rows that make claims). Mirrors claims._stance_facts and friends.
FACT_SQL: dict[str, tuple[str, str, str]] = {
    "stance": (
        "stances",
        "article_id, coalesce(party_id, actor_id) AS actor, stance, subject_id, modality",
        "actor_id IS NOT NULL",  # the contract scores no unnamed actor
    ),
    "sanction": (
        "sanctions",
        "article_id, imposer_id, coalesce(target_id, target_kind) AS target, status",
        "TRUE",
    ),
    "figure": (
        "figures",
        "article_id, category, CAST(value AS DOUBLE) AS value, unit",
        "category <> 'other' AND value IS NOT NULL",
    ),
}


def claims_from_store(
    store: ArticleStore, *, with_lists: bool = True, facts_per_pass: int = FACTS_PER_PASS
) -> pd.DataFrame:
    """The claims of the store's kept articles (call ``store.keep`` first).

    ``with_lists=False`` leaves ``outlets`` and ``article_ids`` empty: every other column is
    there, one small row per claim (``write_claims`` fetches the lists pass by pass). Facts
    are grouped ``facts_per_pass`` rows at a time (see ``FACTS_PER_PASS``).
    """
    parts = []
    for kind in KEYS:
        table = FACT_SQL[kind][0]
        if table not in store.fact_names:
            continue
        collapsed = _collapse(store, kind, with_lists, _n_passes(store, kind, facts_per_pass))
        if not collapsed.empty:
            parts.append(collapsed)
    if not parts:
        return empty_claims()
    claims = pd.concat(parts, ignore_index=True)
    return finished_claims(claims, entity_names(store, _named_ids(claims)))


def write_claims(
    store: ArticleStore, path: Path, facts_per_pass: int = FACTS_PER_PASS
) -> dict[str, int]:
    """``claims_from_store``'s table written to ``path``, a pass of claims at a time; the
    number of claims of each kind.

    Why: the article id lists hold every (claim, article) pair, 1.3 million ids over 200,000
    synthetic articles: as Python lists some 150 MiB, and as many again in DuckDB's hash
    tables while it groups them. Here the claims are built without their lists (one small row
    per claim); then consecutive claims whose reports add up to ``facts_per_pass`` get their
    lists from DuckDB together, are validated and appended. Memory is bounded by the pass, or
    by the one claim reported most, not by the corpus. The file reads back as the frame
    ``claims_from_store`` gives (the same Arrow schema, pandas metadata included).
    """
    claims = claims_from_store(store, with_lists=False, facts_per_pass=facts_per_pass)
    if claims.empty:
        validate("claims", claims).to_parquet(path, index=False)
        return {}
    writer: pq.ParquetWriter | None = None
    schema: pa.Schema | None = None
    try:
        for kind in CLAIM_KINDS:  # claims_from_store orders the rows by kind in this order
            of_kind = claims[claims["kind"] == kind].reset_index(drop=True)
            for lists in _lists_by_pass(store, kind, of_kind, facts_per_pass):
                frame = of_kind.iloc[lists.column("_position").to_numpy()].copy()
                for name in _LIST_COLUMNS:
                    values = lists.column(name).to_pylist()
                    frame[name] = pd.Series(values, index=frame.index, dtype=object)
                table = pa.Table.from_pandas(validate("claims", frame), preserve_index=False)
                if schema is None:
                    schema = _with_string_lists(table.schema)
                    writer = pq.ParquetWriter(path, schema)
                writer.write_table(table.cast(schema))
    finally:
        if writer is not None:
            writer.close()
    return {str(kind): int(count) for kind, count in claims["kind"].value_counts().items()}


_LIST_COLUMNS = ("outlets", "article_ids")


def _with_string_lists(schema: pa.Schema) -> pa.Schema:
    """The list columns as lists of strings (a first batch of empty lists infers nulls)."""
    for name in _LIST_COLUMNS:
        index = schema.get_field_index(name)
        schema = schema.set(index, pa.field(name, pa.list_(pa.string())))
    return schema


def _lists_by_pass(
    store: ArticleStore, kind: str, claims: pd.DataFrame, facts_per_pass: int
) -> Iterator[pa.Table]:
    """(_position, outlets, article_ids) of ``claims`` of one kind, in their row order, one
    table per pass of consecutive claims whose ``n_reports`` add up to ``facts_per_pass``
    (a claim reported more often has a pass of its own). Each pass joins the facts to its
    own claims before grouping, so DuckDB holds only that pass's lists (NULL keys match
    NULL)."""
    if claims.empty:
        return
    keys = list(KEYS[kind])
    passes = passes_of(claims["n_reports"].to_numpy(), facts_per_pass)
    wanted = pa.Table.from_pandas(
        claims[keys].assign(_position=np.arange(len(claims)), _pass=passes),
        preserve_index=False,
    )
    matched = " AND ".join(
        f"w.{quote_name(key)} IS NOT DISTINCT FROM f.{quote_name(key)}" for key in keys
    )
    sql = f"""WITH facts AS ({_facts_sql(kind)})
        SELECT w._position,
            list_sort(list_distinct(list(f.outlet))) AS outlets,
            list_sort(list_distinct(list(f.article_id))) AS article_ids
        FROM facts AS f JOIN (SELECT * FROM wanted_claims WHERE _pass = ?) AS w ON {matched}
        GROUP BY w._position ORDER BY w._position"""
    store.connection.register("wanted_claims", wanted)
    try:
        for number in range(int(passes[-1]) + 1):
            yield store.connection.sql(sql, params=[number]).to_arrow_table()
    finally:
        store.connection.unregister("wanted_claims")


def passes_of(reports: np.ndarray, limit: int) -> np.ndarray:
    """The pass of each row: consecutive rows whose reports add up to at most ``limit``,
    a row above the limit alone."""
    passes = np.zeros(len(reports), dtype=np.int64)
    number, total = 0, 0
    for index, count in enumerate(reports.tolist()):
        if total and total + count > limit:
            number, total = number + 1, 0
        passes[index] = number
        total += count
    return passes


def _n_passes(store: ArticleStore, kind: str, facts_per_pass: int) -> int:
    """How many hash buckets of claim keys keep a grouping pass near ``facts_per_pass`` rows."""
    table, _, where = FACT_SQL[kind]
    count = store.rows(
        f"SELECT count(*) FROM {quote_name(table)} WHERE article_id IS NOT NULL AND ({where})"
    )[0][0]
    return max(1, -(-int(count) // max(facts_per_pass, 1)))


def _facts_sql(kind: str, bucket: tuple[int, int] | None = None) -> str:
    """One row per fact that makes a claim of ``kind``, with its article's outlet and date;
    with ``bucket`` (number, of how many), only the facts whose claim key hashes to it."""
    table, select, where = FACT_SQL[kind]
    sql = (
        f"SELECT f.*, k.outlet, TRY_CAST(k.published AS TIMESTAMP) AS published FROM "
        f"(SELECT {select} FROM {quote_name(table)} WHERE article_id IS NOT NULL AND ({where})) "
        f"AS f JOIN {KEPT} AS k USING (article_id)"
    )
    if bucket is not None and bucket[1] > 1:
        key_list = ", ".join(f"f.{quote_name(key)}" for key in KEYS[kind])
        sql += f" WHERE hash({key_list}) % {bucket[1]} = {bucket[0]}"
    return sql


def _grouped_sql(kind: str, *, with_lists: bool, counts: bool = True) -> str:
    """One row per claim key of ``facts``: counts and dates, and/or the lists."""
    key_list = ", ".join(quote_name(key) for key in KEYS[kind])
    columns = [key_list]
    if counts:
        columns += [
            "count(*) AS n_reports",
            "count(DISTINCT article_id) AS n_articles",
            "min(published) AS first_published",
            "max(published) AS last_published",
            "count(DISTINCT outlet) AS n_outlets",
        ]
    if with_lists:  # list_distinct drops NULLs: an article with no outlet adds none
        columns += [
            "list_sort(list_distinct(list(article_id))) AS article_ids",
            "list_sort(list_distinct(list(outlet))) AS outlets",
        ]
    return f"SELECT {', '.join(columns)} FROM facts GROUP BY {key_list}"


def _collapse(
    store: ArticleStore, kind: str, with_lists: bool = True, passes: int = 1
) -> pd.DataFrame:
    """One row per claim key: reports, articles, outlets and dates, grouped in SQL.

    With ``passes`` > 1 the keys are grouped a hash bucket at a time: a key's facts all fall
    in one bucket, so each pass gives whole claims, and DuckDB's hash tables (the distinct
    articles of each claim) hold one bucket's facts, not the corpus's.
    """
    keys = list(KEYS[kind])
    key_list = ", ".join(quote_name(key) for key in keys)
    grouped = _grouped_sql(kind, with_lists=with_lists)
    results = []
    for number in range(passes):
        facts = _facts_sql(kind, (number, passes))
        if kind == "figure":
            # the unit most rows give (ties: the alphabetically first), as claims._most_common
            sql = f"""WITH facts AS ({facts}),
                grouped AS ({grouped}),
                units AS (
                    SELECT {key_list}, unit, row_number() OVER (
                        PARTITION BY {key_list} ORDER BY count(*) DESC, unit) AS rank
                    FROM facts WHERE unit IS NOT NULL GROUP BY {key_list}, unit
                )
                SELECT grouped.*, best.unit FROM grouped
                LEFT JOIN (SELECT * FROM units WHERE rank = 1) AS best USING ({key_list})"""
        else:
            sql = f"WITH facts AS ({facts}) {grouped}"
        results.append(store.connection.sql(sql).to_arrow_table())
    result = pa.concat_tables(results) if len(results) > 1 else results[0]
    if result.num_rows == 0:
        return pd.DataFrame()
    lists = {}
    if with_lists:
        lists = {name: result.column(name).to_pylist() for name in _LIST_COLUMNS}
        result = result.drop_columns(list(_LIST_COLUMNS))
    claims = result.to_pandas()
    for name, values in lists.items():
        claims[name] = pd.Series(values, index=claims.index, dtype=object)
    for key in keys:
        claims[key] = claims[key].astype("float64" if key == "value" else "string")
    claims.insert(0, "claim_id", claim_ids(kind, claims[keys]))
    claims.insert(1, "kind", kind)
    for column in ("first_published", "last_published"):
        claims[column] = claims[column].astype("datetime64[ns]")
    return claims


def _named_ids(claims: pd.DataFrame) -> list[str]:
    """The ids whose names the claims show (actors, subjects, imposers, named targets)."""
    ids: set[str] = set()
    for column in ("actor", "subject_id", "imposer_id", "target"):
        if column in claims.columns:
            ids.update(str(value) for value in claims[column].dropna())
    return sorted(ids)


def entity_names(store: ArticleStore, ids: Iterable[str]) -> pd.Series:
    """Readable names of ``ids``, as ``claims.entity_names`` over the kept articles gives them.

    The gazetteer's name first; else, from the first source of ``claims.NAME_COLUMNS`` that
    names the id, the name given most often (ties: the alphabetically first; DuckDB compares
    strings by code point, as Python does). Only the wanted ids are looked up, so the
    millions of mentions are scanned, not read.
    """
    from .gazetteer import org_names

    wanted = list(ids)
    builtin = org_names()
    names: dict[str, str] = {key: builtin[key] for key in wanted if key in builtin}
    for table, id_column, name_column in NAME_COLUMNS:
        missing = [key for key in wanted if key not in names]
        if not missing or table not in store.fact_names:
            continue
        schema = store.schemas.get(table)
        if schema is not None and not {id_column, name_column} <= set(schema.names):
            continue
        id_sql, name_sql = quote_name(id_column), quote_name(name_column)
        rows = store.rows(
            f"""SELECT id, name FROM (
                    SELECT {id_sql} AS id, {name_sql} AS name, count(*) AS n
                    FROM {quote_name(table)}
                    WHERE list_contains(?, {id_sql}) AND {name_sql} IS NOT NULL
                      AND article_id IN (SELECT article_id FROM {KEPT})
                    GROUP BY ALL
                ) QUALIFY row_number() OVER (PARTITION BY id ORDER BY n DESC, name) = 1""",
            [missing],
        )
        for key, name in rows:
            names.setdefault(str(key), str(name))
    return pd.Series(names, dtype="string")
