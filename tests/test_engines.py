"""Parallel engines give the serial tables row for row: local processes and Dask distributed."""

from __future__ import annotations

import pandas as pd
import pytest

from tidynews.extraction import extract
from tidynews.ingest import read_corpus

from .conftest import REPO


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return read_corpus(REPO / "data" / "sample")


@pytest.fixture(scope="module")
def serial(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return extract(articles, "venezuela-2019")


def _assert_same(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert left.keys() == right.keys()
    for name in left:
        assert len(left[name]) > 0 or name not in {"mentions", "stances"}, name
        pd.testing.assert_frame_equal(
            left[name].reset_index(drop=True), right[name].reset_index(drop=True), obj=name
        )


@pytest.mark.slow
def test_local_processes_equal_serial(articles, serial, monkeypatch) -> None:
    monkeypatch.setattr("tidynews.extraction.CHUNK_SIZE", 5)  # several chunks on two workers
    _assert_same(serial, extract(articles, "venezuela-2019", jobs=2))


@pytest.mark.slow
def test_dask_local_cluster_with_two_workers_equals_serial(articles, serial, monkeypatch) -> None:
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr("tidynews.extraction.CHUNK_SIZE", 5)
    _assert_same(serial, extract(articles, "venezuela-2019", jobs=2, engine="dask"))


def test_unknown_engine_is_refused(articles) -> None:
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        extract(articles.head(1), "venezuela-2019", engine="spark")


@pytest.mark.slow
def test_cli_jobs_writes_the_serial_tables(tmp_path) -> None:
    """Serial single files, and the same tables as dataset folders (a tiny buffer) from two
    local processes and from a two-worker Dask LocalCluster."""
    from tidynews.cli import main

    corpus = REPO / "data" / "sample"
    datasets = ["--buffer-mb", "0.002"]
    for name, extra in [
        ("serial", []),
        ("jobs", ["--jobs", "2", *datasets]),
        ("dask", ["--engine", "dask", "--jobs", "2", *datasets]),
    ]:
        argv = ["extract", str(corpus), "--case", "venezuela-2019", "--quiet"]
        assert main([*argv, "--out", str(tmp_path / name), *extra]) == 0
    assert (tmp_path / "jobs" / "mentions.parquet").is_dir()
    for table in ["articles", "stances", "sanctions", "figures", "quotes", "mentions", "claims"]:
        for engine in ("jobs", "dask"):
            pd.testing.assert_frame_equal(
                pd.read_parquet(tmp_path / "serial" / f"{table}.parquet"),
                pd.read_parquet(tmp_path / engine / f"{table}.parquet"),
                obj=f"{table} ({engine})",
            )


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_cli_jobs_must_be_a_positive_number(jobs, tmp_path, capsys) -> None:
    from tidynews.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["extract", str(REPO / "data" / "sample"), "--out", str(tmp_path), "--jobs", jobs])
    assert exited.value.code == 2
