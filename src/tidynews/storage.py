"""Writing output tables: validated, then replaced atomically.

Why atomic: a run killed half-way must leave the previous complete file (or none), never a
truncated Parquet file that a notebook would half-read. Each file is written to a temporary
name in the same folder, flushed to disk, and moved into place with ``os.replace``, which is
atomic on POSIX and Windows. Temporary files carry the writer's process id, so one left by a
killed run is recognised and removed by the next run instead of piling up.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd

from .schemas import validate

_TEMPORARY_SUFFIX = ".tmp"


class OutputFolderError(OSError):
    """An output folder that cannot be created or written: a user mistake, worded for people
    (the CLI prints it in one line), not an errno and a temporary file's name."""


def ensure_writable_folder(folder: str | os.PathLike[str]) -> Path:
    """Create ``folder`` if needed and prove a file can be written in it.

    Why up front: a run that reads and extracts for an hour must not fail at its first
    write. Raises OutputFolderError saying what is wrong and what to do.
    """
    folder = Path(folder)
    try:
        _check_folder(folder)
        handle, probe = tempfile.mkstemp(prefix=".tidynews-write-test.", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise _folder_error(folder, error) from error
    return folder


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "it is a file, not a folder")
    folder.mkdir(parents=True, exist_ok=True)


def _folder_error(folder: Path, error: OSError) -> OutputFolderError:
    if isinstance(error, OutputFolderError):
        return error
    reason = error.strerror or str(error)
    if isinstance(error, NotADirectoryError | FileExistsError):
        reason = "it, or a folder above it, is a file"
    return OutputFolderError(
        f"cannot write to the output folder {folder} ({reason}): "
        "choose another output folder (--out) or fix its permissions"
    )


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` then move tmp onto ``path`` in one step; clean up on failure."""
    path = Path(path)
    try:
        _check_folder(path.parent)
        remove_stale_temporaries(path)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=_TEMPORARY_SUFFIX, dir=path.parent
        )
    except OSError as error:
        raise _folder_error(path.parent, error) from error
    os.close(handle)
    tmp = Path(temporary)
    try:
        write(tmp)
        readable_like_open(tmp)
        flush_to_disk(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    flush_to_disk(path.parent)  # the rename itself survives a power cut
    return path


def write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text atomically: a killed run leaves the previous file, never half of one."""
    return atomic_write(Path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"))


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete temporary files for ``path`` whose writing process no longer runs.

    A SIGKILL gives a run no chance to clean up; its ``.NAME.PID.xxxx.tmp`` would stay
    beside the output forever. A file whose process is alive (another run writing right
    now) is left alone.
    """
    removed = []
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*{_TEMPORARY_SUFFIX}"):
        pid = _writer_pid(candidate.name, path.name)
        if pid is not None and not process_alive(pid):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _writer_pid(temporary_name: str, name: str) -> int | None:
    pid, _, _ = temporary_name[len(name) + 2 :].partition(".")
    return int(pid) if pid.isdigit() else None


def process_alive(pid: int) -> bool:
    """Whether a process runs: a leftover named by a dead writer's pid is safe to delete."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists (another user's), or we cannot tell: leave its file alone
    return True


def readable_like_open(path: Path, mode: int = 0o666) -> None:
    """Give a file the mode a plain open() would (mkstemp makes it owner-only); a folder
    the mode of mkdir with ``mode=0o777``."""
    mask = os.umask(0)
    os.umask(mask)
    path.chmod(mode & ~mask)


def flush_to_disk(path: Path) -> None:
    """fsync a file or folder, so what os.replace publishes is on disk, not only in cache."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return  # Windows cannot open a folder; its rename is already durable
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network mounts) refuse fsync; the rename is still atomic
    finally:
        os.close(descriptor)


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


def read_report(out_dir: Path, name: str = "ingest_report") -> pd.DataFrame:
    """Read the ingest report back as text columns (empty cells as missing, "NA" as "NA")."""
    return pd.read_csv(
        Path(out_dir) / f"{name}.csv", dtype="string", keep_default_na=False, na_values=[""]
    )


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read a table back, whether it is one Parquet file or a partitioned dataset folder."""
    return pd.read_parquet(Path(out_dir) / f"{name}.parquet")


class CsvSpool:
    """A validated CSV table written as it grows, moved into place once complete.

    Why: the ingest report of a streamed run has a row per input, as many as the corpus has
    articles; held in memory it grows with the corpus. Rows are appended (each lot checked
    against the table's schema) to a temporary file beside ``out_dir/NAME.csv`` that carries
    this process's id, so a killed run's spool is removed by the next run like any temporary
    file. :meth:`publish` puts it in place in one step, optionally rewriting it lot by lot.
    """

    READ_ROWS = 50_000  # rows per lot when the spool is read back

    def __init__(self, out_dir: Path, name: str) -> None:
        self.name = name
        self.path = Path(out_dir) / f"{name}.csv"
        remove_stale_temporaries(self.path)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{self.path.name}.{os.getpid()}.", suffix=_TEMPORARY_SUFFIX, dir=out_dir
        )
        os.close(handle)
        self._spool = Path(temporary)
        self._columns: list[str] | None = None
        self.n_rows = 0

    def add(self, frame: pd.DataFrame) -> None:
        """Append rows (the first lot writes the header, even with no rows)."""
        if self._columns is not None and frame.empty:
            return
        checked = validate(self.name, frame)
        checked.to_csv(self._spool, mode="a", header=self._columns is None, index=False)
        self._columns = self._columns or list(checked.columns)
        self.n_rows += len(checked)

    def lots(self) -> Iterator[pd.DataFrame]:
        """The rows written so far, read back lot by lot as text (empty cells as missing)."""
        yield from pd.read_csv(
            self._spool,
            dtype="string",
            keep_default_na=False,  # a file called "NA" stays "NA"
            na_values=[""],
            chunksize=self.READ_ROWS,
        )

    def publish(self, rewrite: Callable[[pd.DataFrame], pd.DataFrame] | None = None) -> Path:
        """Move the spool to ``NAME.csv``; with ``rewrite``, write each lot as it returns it."""
        if rewrite is None:
            return atomic_write(self.path, lambda tmp: os.replace(self._spool, tmp))

        def rewritten(tmp: Path) -> None:
            for index, lot in enumerate(self.lots()):
                lot = validate(self.name, rewrite(lot))
                lot.to_csv(tmp, mode="w" if index == 0 else "a", header=index == 0, index=False)

        written = atomic_write(self.path, rewritten)
        self.discard()
        return written

    def discard(self) -> None:
        self._spool.unlink(missing_ok=True)
