"""Sanctions' fact rows: one row from a target and its measure, and the article's rows without
repeats (the same imposer, target and status said twice counts once).
"""

from __future__ import annotations

from ...document import AnnotatedArticle, Mention
from ..clauses import (
    SentenceView,
)
from .vocabulary import Cue


def _kind_of(target: Mention) -> str:
    """A named target's kind: organisations are sanctioned as companies (banks, firms)."""
    if target.entity_type == "person":
        return "person"
    if target.entity_type == "country":
        return "country"
    return "company"


def _row(
    article: AnnotatedArticle,
    view: SentenceView,
    imposer: Mention,
    target: Mention | None,
    kind: str | None,
    cue: Cue,
    status: str,
    count: int | None,
) -> dict:
    party = imposer.party_id or imposer.entity_id
    return {
        **article.provenance(view.sentence_id),
        "imposer_id": party,
        "imposer_name": imposer.name,
        "target_id": target.entity_id if target else None,
        "target_name": target.name if target else None,
        "target_kind": kind,
        "measure": cue.measure,
        "status": status,
        "n_targets": count,
    }


def _unique(rows: list[dict]) -> list[dict]:
    seen = set()
    unique = []
    for row in rows:
        key = (
            row["sentence_id"],
            row["imposer_id"],
            row["target_id"],
            row["target_kind"],
            row["status"],
        )
        if key not in seen and row["imposer_id"] != row["target_id"]:
            seen.add(key)
            unique.append(row)
    return unique
