"""From a raw article to a row of the ``articles`` table: clean text, id, outlet, date.

The id is content-addressed (12 hex characters of the SHA-256 of the cleaned text), so the
same story read twice, from two exports or two file names, gets one id and is kept once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from .cleaning import RuleBook, clean
from .outlets import first_outlet
from .readers import RawArticle, Skip

ARTICLE_COLUMNS = ("article_id", "outlet", "title", "published", "url", "text", "n_words", "path")


@dataclass(frozen=True)
class ArticleRow:
    """One row of the articles table (field order = contract column order)."""

    article_id: str
    outlet: str | None
    title: str | None
    published: date | None
    url: str | None
    text: str
    n_words: int
    path: str


def article_id(text: str) -> str:
    """Content address of a cleaned text: same text, same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def parse_date(value: object) -> date | None:
    """A calendar date from ISO strings, timestamps or free-form dates; None if it is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        return value if not isinstance(value, pd.Timestamp) else value.date()
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    parsed = pd.to_datetime(text, errors="coerce", format="mixed", dayfirst=False)
    return None if pd.isna(parsed) else parsed.date()


def build_article(
    raw: RawArticle, rules: RuleBook, overrides: Mapping[str, str] | None = None
) -> ArticleRow | Skip:
    """Clean a raw article and resolve its metadata; a Skip when no text survives cleaning.

    ``overrides`` are the manifest's values for this file, which win over everything the
    file says about itself (the manifest is where a researcher corrects metadata).
    """
    given = dict(overrides or {})
    outlet_hint = first_outlet(given.get("outlet"), raw.outlet, given.get("url"), raw.url)
    cleaned = clean(raw.text, outlet_hint, rules)
    meta = cleaned.metadata
    if outlet_hint is None and (found := first_outlet(meta.get("source"), meta.get("url"))):
        # The outlet was only named in the body's footer: clean again with its own rules.
        outlet_hint = found
        cleaned = clean(raw.text, outlet_hint, rules)
        meta = cleaned.metadata
    if not cleaned.text.strip():
        return Skip(raw.path, "empty", "no text left after cleaning")
    url = given.get("url") or raw.url or meta.get("url")
    outlet = outlet_hint or first_outlet(meta.get("source"), url)
    published = parse_date(given.get("published")) or parse_date(raw.published)
    published = published or parse_date(meta.get("date"))
    return ArticleRow(
        article_id=article_id(cleaned.text),
        outlet=outlet,
        title=given.get("title") or raw.title,
        published=published,
        url=url or None,
        text=cleaned.text,
        n_words=len(cleaned.text.split()),
        path=raw.path,
    )


def articles_frame(rows: list[ArticleRow]) -> pd.DataFrame:
    """The articles table with the contract's columns and dtypes."""
    frame = pd.DataFrame([row.__dict__ for row in rows], columns=list(ARTICLE_COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    frame["n_words"] = frame["n_words"].astype("int64")
    for column in ("article_id", "outlet", "title", "url", "text", "path"):
        frame[column] = frame[column].astype("string")
    return frame
