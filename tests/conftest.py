"""Shared fixtures: the real seed articles in ../shared and small corpora built on the fly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDYNEWS_SHARED", REPO.parent / "shared"))
SAMPLE = REPO / "data" / "sample"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip cleanly where it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"needs the shared seed corpus at {SHARED} (set TIDYNEWS_SHARED to move it)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


ARTICLE = (
    "Lima Group rejects Maduro's new term\n"
    "Thirteen governments of the Lima Group said they would not recognise Nicolás Maduro's "
    "second term.\n\n"
    "Peru's foreign minister read the statement in Lima on Friday.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to path, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
