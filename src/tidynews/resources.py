"""Where the package's data folders are: inside the wheel, or in the repository checkout.

Why a helper: the cases, gazetteers and cleaning rules live at the top of the repository (so a
researcher can read and edit them), but a wheel has no repository around it. pyproject.toml
force-includes those folders as ``tidynews/_resources/<kind>``; an editable install or a plain
checkout has no such folder, so we fall back to the repository layout. Every caller asks here,
so the two layouts are decided in one place.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# src layout: <repo>/src/tidynews/resources.py -> parents[2] is <repo>.
_REPO = Path(__file__).resolve().parents[2]

# Folder of each kind of resource in a repository checkout, relative to the repository root.
REPO_FOLDERS: dict[str, str] = {
    "cleaning": "data/cleaning",
    "gazetteers": "data/gazetteers",
    "cases": "cases",
    "notebooks": "notebooks",
    "reference": "data/reference",
    "geo": "data/geo",
    "sample": "data/sample",
}


def resource_dir(kind: str) -> Path:
    """The folder holding one kind of packaged data ("cleaning", "gazetteers", "cases", ...).

    The wheel's copy wins when it exists; otherwise the repository's folder is returned (it may
    not exist either, e.g. "notebooks" in a wheel: callers decide whether that is an error).
    """
    if kind not in REPO_FOLDERS:
        known = ", ".join(sorted(REPO_FOLDERS))
        raise ValueError(f"unknown resource kind {kind!r} (known: {known})")
    packaged = _PACKAGE / "_resources" / kind
    if packaged.is_dir():
        return packaged
    return _REPO / REPO_FOLDERS[kind]
