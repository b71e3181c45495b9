"""Reference data: what happened according to sourced research tables, to set beside the news.

Why: a table of what outlets reported means little without the record it can be checked
against: when each government really recognised a leader, when each sanction came into force,
what the UN agencies counted. A case file names its reference files (``reference:`` in
``cases/<name>.yaml``); this module finds, reads and validates them and hands the notebooks
three frames with fixed columns. A case without reference data (or no case) gives the same
three frames, empty: notebooks never need a special path for it.

Files are tidy CSVs in ``data/reference/`` (shipped in the wheel as
``tidynews/_resources/reference``), in our vocabularies (entity ids, stances, modalities,
sanction statuses, target kinds), each row with its source URL. docs/reference.md describes
the columns and where each file came from.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError, SchemaErrors

from . import resources
from .cases import REFERENCE_KINDS, Case, CaseError, load_case
from .schemas import (
    ENTITY_ID,
    FIGURE_CATEGORIES,
    MODALITIES,
    SANCTION_STATUSES,
    STANCES,
    TARGET_KINDS,
)

PRECISIONS = ("day", "month", "year")
FIGURE_KINDS = ("estimate", "projection")
_URL = r"^https?://\S+$"

# Column -> dtype of each reference frame, in order. Dates are parsed; the rest is text unless
# said otherwise. Extra columns in a user's file are kept after these.
COLUMNS: dict[str, dict[str, str]] = {
    "recognitions": {
        "actor_id": "string",
        "actor_name": "string",
        "stance": "string",
        "subject_id": "string",
        "subject_name": "string",
        "modality": "string",
        "date": "datetime64[ns]",
        "actor_as_reported": "string",
        "modality_as_reported": "string",
        "source": "string",
        "source_2": "string",
    },
    "sanctions": {
        "date": "datetime64[ns]",
        "date_precision": "string",
        "imposer_id": "string",
        "imposer_name": "string",
        "imposer_body": "string",
        "target_id": "string",
        "target_kind": "string",
        "target_description": "string",
        "measure": "string",
        "status": "string",
        "n_targets": "Int64",
        "n_targets_bound": "string",
        "legal_instrument": "string",
        "status_as_reported": "string",
        "target_type_as_reported": "string",
        "count_as_reported": "string",
        "source": "string",
        "source_2": "string",
    },
    "refugees": {
        "as_of": "datetime64[ns]",
        "as_of_precision": "string",
        "category": "string",
        "value": "float64",
        "unit": "string",
        "kind": "string",
        "scope": "string",
        "organisation": "string",
        "organisation_ids": "string",
        "reported_by": "string",
        "as_of_as_reported": "string",
        "precision_as_reported": "string",
        "kind_as_reported": "string",
        "source": "string",
        "source_2": "string",
    },
}
# Columns a user's own reference file must have (the rest may be absent and are added empty).
REQUIRED: dict[str, tuple[str, ...]] = {
    "recognitions": ("actor_id", "stance", "subject_id", "modality", "date", "source"),
    "sanctions": ("date", "imposer_id", "target_id", "target_kind", "status", "source"),
    "refugees": ("as_of", "value", "kind", "source"),
}


class ReferenceDataError(CaseError):
    """A reference file that is missing or breaks its schema: says which file and what."""


def _id(nullable: bool = True) -> pa.Column:
    return pa.Column("string", pa.Check.str_matches(ENTITY_ID), nullable=nullable)


def _vocabulary(values: tuple[str, ...], nullable: bool = True) -> pa.Column:
    return pa.Column("string", pa.Check.isin(values), nullable=nullable)


def _source() -> pa.Column:
    return pa.Column("string", pa.Check.str_matches(_URL), nullable=False)


def _optional_source() -> pa.Column:
    return pa.Column("string", pa.Check.str_matches(_URL), nullable=True)


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "recognitions": pa.DataFrameSchema(
        {
            "actor_id": _id(nullable=False),
            "stance": _vocabulary(STANCES),  # null: the actor took no official position
            "subject_id": _id(nullable=False),
            "modality": _vocabulary(MODALITIES),
            "date": pa.Column("datetime64[ns]", nullable=True),
            "source": _source(),
            "source_2": _optional_source(),
        },
        name="reference recognitions",
    ),
    "sanctions": pa.DataFrameSchema(
        {
            "date": pa.Column("datetime64[ns]", nullable=True),
            "date_precision": _vocabulary(PRECISIONS),
            "imposer_id": _id(nullable=False),
            "target_id": _id(),
            "target_kind": _vocabulary(TARGET_KINDS),
            "status": _vocabulary(SANCTION_STATUSES),
            "n_targets": pa.Column("Int64", pa.Check.ge(0), nullable=True),
            "source": _source(),
            "source_2": _optional_source(),
        },
        name="reference sanctions",
    ),
    "refugees": pa.DataFrameSchema(
        {
            "as_of": pa.Column("datetime64[ns]", nullable=False),
            "as_of_precision": _vocabulary(PRECISIONS),
            "category": _vocabulary(FIGURE_CATEGORIES),
            "value": pa.Column("float64", pa.Check.ge(0), nullable=False),
            "kind": _vocabulary(FIGURE_KINDS, nullable=False),
            "source": _source(),
            "source_2": _optional_source(),
        },
        name="reference refugees",
    ),
}


def reference_dir() -> Path:
    """The folder of packaged reference files: the wheel's copy, else the repository's."""
    return resources.resource_dir("reference")


def empty_reference(kind: str) -> pd.DataFrame:
    """A reference frame with no rows and the right columns and dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS[kind].items()})


def resolve_reference_path(case: Case, kind: str) -> Path | None:
    """Where the case's file of one kind is: absolute, beside the case file, or packaged."""
    name = case.reference.get(kind)
    if name is None:
        return None
    path = Path(name)
    candidates = [path] if path.is_absolute() else []
    if not path.is_absolute():
        if case.source is not None:
            candidates.append(case.source.parent / path)
        candidates.append(reference_dir() / path)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise ReferenceDataError(
        f"case {case.key or case.name!r}: reference file for {kind!r} not found (tried {tried})"
    )


def read_reference(path: str | os.PathLike[str], kind: str) -> pd.DataFrame:
    """Read and validate one tidy reference CSV of ``kind``; ReferenceDataError says why not."""
    if kind not in COLUMNS:
        raise ValueError(f"unknown reference kind {kind!r}; known: {', '.join(REFERENCE_KINDS)}")
    path = Path(path)
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise ReferenceDataError(f"reference file {path} cannot be read: {error}") from None
    missing = [column for column in REQUIRED[kind] if column not in raw.columns]
    if missing:
        raise ReferenceDataError(
            f"reference file {path} ({kind}) lacks column(s) {', '.join(missing)}; "
            "see docs/reference.md"
        )
    frame = _typed(raw.replace("", None), kind, path)
    try:
        return SCHEMAS[kind].validate(frame, lazy=True)
    except (SchemaErrors, SchemaError) as error:
        cases = getattr(error, "failure_cases", None)
        detail = cases.head(10).to_string() if cases is not None else str(error)
        raise ReferenceDataError(f"reference file {path} breaks its schema:\n{detail}") from None


def _typed(raw: pd.DataFrame, kind: str, path: Path) -> pd.DataFrame:
    """Give each known column its dtype (ISO dates, numbers), keeping extra columns after."""
    columns: dict[str, pd.Series] = {}
    for name, dtype in COLUMNS[kind].items():
        values = raw[name] if name in raw.columns else pd.Series(None, index=raw.index)
        try:
            if dtype.startswith("datetime"):
                columns[name] = pd.to_datetime(values, format="%Y-%m-%d").astype(dtype)
            elif dtype in {"float64", "Int64"}:
                columns[name] = pd.to_numeric(values).astype(dtype)
            else:
                columns[name] = values.astype(dtype)
        except (ValueError, TypeError) as error:
            raise ReferenceDataError(
                f"reference file {path}: column {name!r} is not {dtype} "
                f"(dates are YYYY-MM-DD): {error}"
            ) from None
    extra = [name for name in raw.columns if name not in columns]
    return pd.DataFrame({**columns, **{name: raw[name].astype("string") for name in extra}})


def load_reference(
    case: str | os.PathLike[str] | Case | None,
) -> dict[str, pd.DataFrame]:
    """The case's reference frames: keys "recognitions", "sanctions", "refugees".

    A kind the case does not name (or no case at all) is an empty frame with the right
    columns; a kind it names but that cannot be found or read raises ReferenceDataError.
    """
    loaded = load_case(case)
    frames = {}
    for kind in REFERENCE_KINDS:
        path = resolve_reference_path(loaded, kind)
        frames[kind] = empty_reference(kind) if path is None else read_reference(path, kind)
    return frames
