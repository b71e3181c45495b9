"""Writing output tables: validated, then replaced atomically.

Why atomic: a run killed half-way must leave the previous complete file (or none), never a
truncated Parquet file that a notebook would half-read. Each file is written to a temporary
name in the same folder and moved into place with ``os.replace``, which is atomic on POSIX
and Windows.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .schemas import validate


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` then move tmp onto ``path`` in one step; clean up on failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(temporary)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_table(frame: pd.DataFrame, out_dir: Path, name: str) -> Path:
    """Validate a table against its schema and write ``out_dir/name.parquet`` atomically."""
    checked = validate(name, frame)
    return atomic_write(
        Path(out_dir) / f"{name}.parquet", lambda tmp: checked.to_parquet(tmp, index=False)
    )


def write_report(frame: pd.DataFrame, out_dir: Path, name: str = "ingest_report") -> Path:
    """Validate the ingest report and write it as CSV (people open it in a spreadsheet)."""
    checked = validate(name, frame)
    return atomic_write(Path(out_dir) / f"{name}.csv", lambda tmp: checked.to_csv(tmp, index=False))


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read a table back, whether it is one Parquet file or a partitioned dataset folder."""
    return pd.read_parquet(Path(out_dir) / f"{name}.parquet")
