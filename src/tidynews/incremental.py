"""Incremental runs: re-running on a grown corpus extracts only the articles not seen before.

Why it is safe: an article's id is the hash of its cleaned text, so an id seen before means the
same text; and a previous run is reused only when it was made by the same extraction (the same
case, gazetteers, extractor code and tidynews version: the *fingerprint*). The record of a run,
``run.json``, is written after every table, so a run killed half-way is never taken for a
complete one: the ids it lists are exactly those whose rows every table already holds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from . import __version__
from .cases import Case
from .resources import resource_dir
from .storage import write_text

RUN_FILE = "run.json"
PACKAGE = Path(__file__).resolve().parent
# What decides the rows an article gets: change any of these and every article is redone.
CODE = ("annotate.py", "gazetteer.py", "extraction.py", "extractors")


def fingerprint(case: Case, table_names: Iterable[str]) -> str:
    """A digest of everything extraction depends on besides the article's text."""
    digest = hashlib.sha256()
    digest.update(f"tidynews {__version__}\n{case!r}\n{sorted(table_names)!r}\n".encode())
    for path in _dependency_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _dependency_files() -> list[Path]:
    files: list[Path] = []
    for name in CODE:
        path = PACKAGE / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    files.extend(sorted(p for p in resource_dir("gazetteers").iterdir() if p.is_file()))
    return files


def previous_ids(out_dir: Path, expected: str) -> set[str]:
    """The article ids a previous complete run with this fingerprint extracted (else none)."""
    try:
        record = json.loads((out_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(record, dict) or record.get("fingerprint") != expected:
        return set()
    return {str(i) for i in record.get("article_ids", [])}


def reusable_rows(
    out_dir: Path, names: Iterable[str], keep: set[str]
) -> dict[str, pd.DataFrame] | None:
    """The previous rows of articles in ``keep``, per table; None if a table cannot be read."""
    frames: dict[str, pd.DataFrame] = {}
    for name in names:
        try:
            frame = pd.read_parquet(out_dir / f"{name}.parquet")
        except (OSError, ValueError):
            return None
        frames[name] = frame[frame["article_id"].isin(keep)]
    return frames


def write_run(out_dir: Path, fingerprint_: str, article_ids: Iterable[str]) -> Path:
    """Record a complete run (after every table is written)."""
    record = {"fingerprint": fingerprint_, "article_ids": sorted(set(article_ids))}
    return write_text(out_dir / RUN_FILE, json.dumps(record, indent=0))
