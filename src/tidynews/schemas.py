"""Schemas of every output table (pandera), checked before anything is written.

Why check on write: a table that breaks the contract (a null id, an offset past the text, a
modality outside the vocabulary) must fail the run that made it, not the notebook that reads it
a week later. docs/tables.md documents the same schemas for people.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError, SchemaErrors

STATUS_VALUES = ("article", "skipped", "metadata")

_HEX12 = r"^[0-9a-f]{12}$"


ARTICLES = pa.DataFrameSchema(
    {
        "article_id": pa.Column("string", pa.Check.str_matches(_HEX12), unique=True),
        "outlet": pa.Column("string", nullable=True),
        "title": pa.Column("string", nullable=True),
        "published": pa.Column("datetime64[ns]", nullable=True),
        "url": pa.Column("string", nullable=True),
        "text": pa.Column("string", pa.Check.str_length(min_value=1)),
        "n_words": pa.Column("int64", pa.Check.ge(0)),
        "path": pa.Column("string"),
    },
    strict=False,
    ordered=False,
    name="articles",
)

INGEST_REPORT = pa.DataFrameSchema(
    {
        "path": pa.Column("string"),
        "status": pa.Column("string", pa.Check.isin(STATUS_VALUES)),
        "reason": pa.Column("string", nullable=True),
        "detail": pa.Column("string", nullable=True),
        "article_id": pa.Column("string", nullable=True),
    },
    name="ingest_report",
)

ENTITY_ID = r"^(country:[A-Z]{3}|org:[A-Z0-9_]+|person:[a-z0-9]+(?:-[a-z0-9]+)*)$"
ENTITY_TYPES = ("country", "org", "person")
STANCES = ("recognises", "backs", "neutral", "opposes")
MODALITIES = ("asserted", "conditional", "intended", "negated")
TARGET_KINDS = ("person", "people", "company", "government", "sector", "country")
SANCTION_STATUSES = ("imposed", "existing", "proposed", "threatened", "lifted", "negated")
FIGURE_CATEGORIES = (
    "displaced",
    "troops",
    "countries",
    "sanctioned",
    "deaths",
    "injured",
    "detained",
    "protesters",
    "money",
    "other",
)
BOUNDS = ("exact", "approx", "at_least", "at_most")


def _id(nullable: bool = False) -> pa.Column:
    return pa.Column("string", pa.Check.str_matches(ENTITY_ID), nullable=nullable)


def _vocabulary(values: tuple[str, ...], nullable: bool = False) -> pa.Column:
    return pa.Column("string", pa.Check.isin(values), nullable=nullable)


def _provenance(with_evidence: bool = True) -> dict[str, pa.Column]:
    """Columns every fact row carries, pointing back at its evidence."""
    columns = {
        "article_id": pa.Column("string", pa.Check.str_matches(_HEX12)),
        "sentence_id": pa.Column("int64", pa.Check.ge(0)),
        "start": pa.Column("int64", pa.Check.ge(0)),
        "end": pa.Column("int64", pa.Check.ge(0)),
    }
    if with_evidence:
        columns["evidence"] = pa.Column("string")
    return columns


def _ordered_offsets(frame: pd.DataFrame) -> pd.Series:
    return frame["start"] <= frame["end"]


MENTIONS = pa.DataFrameSchema(
    {
        **_provenance(with_evidence=False),
        "surface": pa.Column("string"),
        "entity_id": _id(),
        "entity_type": _vocabulary(ENTITY_TYPES),
        "name": pa.Column("string"),
        "party_id": _id(nullable=True),
    },
    checks=pa.Check(_ordered_offsets, error="start <= end"),
    name="mentions",
)

QUOTES = pa.DataFrameSchema(
    {
        **_provenance(with_evidence=False),
        "text": pa.Column("string"),
        "speaker_id": _id(nullable=True),
        "speaker_name": pa.Column("string", nullable=True),
        "cue": pa.Column("string", nullable=True),
    },
    checks=pa.Check(_ordered_offsets, error="start <= end"),
    name="quotes",
)

STANCES_SCHEMA = pa.DataFrameSchema(
    {
        **_provenance(),
        "actor_id": _id(nullable=True),
        "actor_name": pa.Column("string", nullable=True),
        "party_id": _id(nullable=True),
        "stance": _vocabulary(STANCES),
        "subject_id": _id(),
        "subject_name": pa.Column("string"),
        "modality": _vocabulary(MODALITIES),
    },
    checks=pa.Check(_ordered_offsets, error="start <= end"),
    name="stances",
)

SANCTIONS = pa.DataFrameSchema(
    {
        **_provenance(),
        "imposer_id": _id(nullable=True),
        "imposer_name": pa.Column("string", nullable=True),
        "target_id": _id(nullable=True),
        "target_name": pa.Column("string", nullable=True),
        "target_kind": _vocabulary(TARGET_KINDS, nullable=True),
        "measure": pa.Column("string"),
        "status": _vocabulary(SANCTION_STATUSES),
        "n_targets": pa.Column("Int64", pa.Check.ge(0), nullable=True),
    },
    checks=pa.Check(_ordered_offsets, error="start <= end"),
    name="sanctions",
)

FIGURES = pa.DataFrameSchema(
    {
        **_provenance(),
        "category": _vocabulary(FIGURE_CATEGORIES),
        "value": pa.Column("float64"),
        "unit": pa.Column("string", nullable=True),
        "bound": _vocabulary(BOUNDS),
        "quantity_text": pa.Column("string"),
        "subject": pa.Column("string", nullable=True),
        # Offsets of quantity_text in the article. Typed here so that every part of a
        # partitioned dataset has the same Parquet schema, an empty part included.
        "quantity_start": pa.Column("int64", pa.Check.ge(0)),
        "quantity_end": pa.Column("int64", pa.Check.ge(0)),
    },
    checks=pa.Check(_ordered_offsets, error="start <= end"),
    name="figures",
)

CLAIM_KINDS = ("stance", "sanction", "figure")
# Key columns that must be set for each kind of claim (the others are null).
CLAIM_KEYS = {
    "stance": ("actor", "stance", "subject_id", "modality"),
    "sanction": ("target", "status"),  # imposer_id may be null, as in the sanctions table
    "figure": ("category", "value"),
}


def _claim_keys_set(frame: pd.DataFrame) -> pd.Series:
    ok = pd.Series(True, index=frame.index)
    for kind, columns in CLAIM_KEYS.items():
        rows = frame["kind"] == kind
        for column in columns:
            ok &= ~rows | frame[column].notna()
    return ok & ~((frame["kind"] == "figure") & (frame["category"] == "other")).fillna(False)


def _list_lengths(frame: pd.DataFrame) -> pd.Series:
    """n_articles and n_outlets count their lists, which are sorted and without repeats."""

    def fine(items: object, count: int) -> bool:
        listed = [str(x) for x in items]  # type: ignore[attr-defined]
        return len(listed) == count and listed == sorted(set(listed))

    return pd.Series(
        [
            fine(articles, n_articles) and fine(outlets, n_outlets)
            for articles, n_articles, outlets, n_outlets in zip(
                frame["article_ids"],
                frame["n_articles"],
                frame["outlets"],
                frame["n_outlets"],
                strict=True,
            )
        ],
        index=frame.index,
    )


def _dates_ordered(frame: pd.DataFrame) -> pd.Series:
    both = frame["first_published"].notna() & frame["last_published"].notna()
    return ~both | (frame["first_published"] <= frame["last_published"])


def _target(frame_column: pd.Series) -> pd.Series:
    return frame_column.isna() | frame_column.str.match(ENTITY_ID) | frame_column.isin(TARGET_KINDS)


CLAIMS = pa.DataFrameSchema(
    {
        "claim_id": pa.Column("string", pa.Check.str_matches(_HEX12), unique=True),
        "kind": _vocabulary(CLAIM_KINDS),
        "actor": _id(nullable=True),
        "stance": _vocabulary(STANCES, nullable=True),
        "subject_id": _id(nullable=True),
        "modality": _vocabulary(MODALITIES, nullable=True),
        "imposer_id": _id(nullable=True),
        "target": pa.Column(
            "string",
            pa.Check(_target, element_wise=False, error="an entity id or a target kind"),
            nullable=True,
        ),
        "status": _vocabulary(SANCTION_STATUSES, nullable=True),
        "category": _vocabulary(FIGURE_CATEGORIES, nullable=True),
        "value": pa.Column("float64", nullable=True),
        "label": pa.Column("string", pa.Check.str_length(min_value=1), unique=True),
        "n_articles": pa.Column("int64", pa.Check.ge(1)),
        "n_outlets": pa.Column("int64", pa.Check.ge(0)),
        "outlets": pa.Column("object"),
        "article_ids": pa.Column("object"),
        "first_published": pa.Column("datetime64[ns]", nullable=True),
        "last_published": pa.Column("datetime64[ns]", nullable=True),
    },
    checks=[
        pa.Check(_claim_keys_set, error="every key column of the claim's kind is set"),
        pa.Check(_list_lengths, error="n_articles/n_outlets count sorted, distinct lists"),
        pa.Check(_dates_ordered, error="first_published <= last_published"),
    ],
    strict=False,
    name="claims",
)

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "articles": ARTICLES,
    "ingest_report": INGEST_REPORT,
    "mentions": MENTIONS,
    "quotes": QUOTES,
    "stances": STANCES_SCHEMA,
    "sanctions": SANCTIONS,
    "figures": FIGURES,
    "claims": CLAIMS,
}


def coerce(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a freshly built table its schema's dtypes (an empty frame included)."""
    schema = SCHEMAS.get(name)
    if schema is None:
        return frame
    frame = frame.copy()
    for column, spec in schema.columns.items():
        dtype = spec.dtype.type  # the pandas dtype pandera checks for
        if column not in frame.columns:
            frame[column] = pd.Series(dtype=dtype, index=frame.index)
        elif frame[column].dtype != dtype:
            frame[column] = frame[column].astype(dtype)
    return frame


def check_provenance(name: str, frame: pd.DataFrame, texts: Mapping[str, str]) -> None:
    """Every row's offsets point at its evidence: text[start:end] == evidence (or surface).

    ``texts`` maps each article id to its text: a plain mapping, not an articles table,
    because building a DataFrame of a chunk's texts (each copied into an Arrow buffer) cost
    a fifth of the check itself."""
    if frame.empty:
        return
    # Columns as lists first: iterating a Series yields its elements one Python call at a
    # time (an Arrow-backed string column worst), about three times the cost of tolist()
    column = {"mentions": "surface", "quotes": "text"}.get(name, "evidence")
    rows = zip(
        frame["article_id"].tolist(),
        frame["start"].tolist(),
        frame["end"].tolist(),
        frame[column].tolist(),
        strict=True,
    )
    bad = [
        index
        for index, (article, start, end, evidence) in enumerate(rows)
        if texts.get(article, "")[int(start) : int(end)] != evidence
    ]
    if bad:
        sample = frame.iloc[bad[:5]][["article_id", "start", "end", column]].to_string()
        raise TableSchemaError(f"table {name!r}: {len(bad)} rows whose offsets miss:\n{sample}")


class TableSchemaError(ValueError):
    """A table that does not match its schema: names the table and the failing checks."""


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate ``frame`` as table ``name``; raise TableSchemaError listing every failure."""
    schema = SCHEMAS.get(name)
    if schema is None:  # a user-registered table: no contract to check it against
        return frame
    try:
        return schema.validate(frame, lazy=True)
    except (SchemaErrors, SchemaError) as error:
        cases = getattr(error, "failure_cases", None)
        detail = cases.head(20).to_string() if cases is not None else str(error)
        raise TableSchemaError(f"table {name!r} breaks its schema:\n{detail}") from None
