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

from collections.abc import Iterable

import pandas as pd

from .claims import KEYS, NAME_COLUMNS, claim_ids, empty_claims, finished_claims
from .frames import KEPT, ArticleStore, quote_name

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


def claims_from_store(store: ArticleStore) -> pd.DataFrame:
    """The claims of the store's kept articles (call ``store.keep`` first)."""
    parts = []
    for kind in KEYS:
        table = FACT_SQL[kind][0]
        if table not in store.fact_names:
            continue
        collapsed = _collapse(store, kind)
        if not collapsed.empty:
            parts.append(collapsed)
    if not parts:
        return empty_claims()
    claims = pd.concat(parts, ignore_index=True)
    return finished_claims(claims, entity_names(store, _named_ids(claims)))


def _collapse(store: ArticleStore, kind: str) -> pd.DataFrame:
    """One row per claim key: reports, articles, outlets and dates, grouped in SQL."""
    table, select, where = FACT_SQL[kind]
    keys = list(KEYS[kind])
    key_list = ", ".join(quote_name(key) for key in keys)
    facts = (
        f"SELECT f.*, k.outlet, TRY_CAST(k.published AS TIMESTAMP) AS published FROM "
        f"(SELECT {select} FROM {quote_name(table)} WHERE article_id IS NOT NULL AND ({where})) "
        f"AS f JOIN {KEPT} AS k USING (article_id)"
    )
    # list_distinct drops NULLs: an article with no outlet adds none (as in build_claims)
    grouped = f"""SELECT {key_list},
               count(*) AS n_reports,
               count(DISTINCT article_id) AS n_articles,
               list_sort(list_distinct(list(article_id))) AS article_ids,
               min(published) AS first_published,
               max(published) AS last_published,
               count(DISTINCT outlet) AS n_outlets,
               list_sort(list_distinct(list(outlet))) AS outlets
        FROM facts GROUP BY {key_list}"""
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
    result = store.connection.sql(sql).to_arrow_table()
    if result.num_rows == 0:
        return pd.DataFrame()
    lists = {name: result.column(name).to_pylist() for name in ("article_ids", "outlets")}
    claims = result.drop_columns(["article_ids", "outlets"]).to_pandas()
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
