"""Incremental runs: only new articles are extracted, and the tables equal a full run's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from tidynews.incremental import RUN_FILE, published_ids, write_run
from tidynews.pipeline import run_extract

from .conftest import REPO

TABLES = ("articles", "mentions", "quotes", "stances", "sanctions", "figures", "claims")
CASE = "venezuela-2019"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of part of the sample corpus (its .txt articles from one outlet)."""
    folder = tmp_path / "corpus"
    shutil.copytree(REPO / "data" / "sample" / "caracas-herald", folder / "caracas-herald")
    return folder


def _grow(corpus: Path) -> None:
    shutil.copytree(REPO / "data" / "sample" / "andes-wire", corpus / "andes-wire")


def _assert_same_tables(left: Path, right: Path) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(
            pd.read_parquet(left / f"{name}.parquet"),
            pd.read_parquet(right / f"{name}.parquet"),
            obj=name,
        )


@pytest.mark.slow
@pytest.mark.parametrize("buffer_bytes", [None, 2_000], ids=["files", "datasets"])
def test_a_grown_corpus_extracts_only_the_new_articles(
    corpus: Path, tmp_path: Path, buffer_bytes: int | None
) -> None:
    """Also when the tables are dataset folders (a tiny buffer): the previous rows are then
    read from many parts, and the new run writes many parts again."""
    out = tmp_path / "out"
    sizes = {} if buffer_bytes is None else {"buffer_bytes": buffer_bytes}
    first = run_extract(corpus, out, case=CASE, **sizes)
    assert first.reused == 0
    assert (out / "mentions.parquet").is_dir() == bool(sizes)
    _grow(corpus)
    second = run_extract(corpus, out, case=CASE, **sizes)
    assert second.reused == first.n_articles == 6
    assert len(second.ingest.articles) == second.n_articles > second.reused
    assert "new articles extracted" in second.summary()
    run_extract(corpus, tmp_path / "full", case=CASE)
    _assert_same_tables(out, tmp_path / "full")


@pytest.mark.slow
def test_removed_articles_leave_the_tables(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _grow(corpus)
    run_extract(corpus, out, case=CASE)
    shutil.rmtree(corpus / "andes-wire")
    again = run_extract(corpus, out, case=CASE)
    assert again.reused == len(again.ingest.articles)
    run_extract(corpus, tmp_path / "full", case=CASE)
    _assert_same_tables(out, tmp_path / "full")


def test_another_case_redoes_everything(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_extract(corpus, out, case=CASE)
    assert run_extract(corpus, out, case="russia-ukraine-2022").reused == 0


def test_full_redoes_everything(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_extract(corpus, out, case=CASE)
    assert run_extract(corpus, out, case=CASE, full=True).reused == 0


@pytest.mark.parametrize("damage", ["missing", "not json", "other fingerprint"])
def test_no_complete_previous_run_means_a_full_run(corpus: Path, tmp_path: Path, damage) -> None:
    out = tmp_path / "out"
    run_extract(corpus, out, case=CASE)
    record = out / RUN_FILE
    if damage == "missing":
        record.unlink()
    elif damage == "not json":
        record.write_text("{half", encoding="utf-8")
    else:
        data = json.loads(record.read_text(encoding="utf-8"))
        record.write_text(json.dumps({**data, "fingerprint": "0" * 16}), encoding="utf-8")
    assert run_extract(corpus, out, case=CASE).reused == 0


def test_an_unreadable_previous_table_means_a_full_run(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_extract(corpus, out, case=CASE)
    (out / "stances.parquet").write_bytes(b"not parquet")
    again = run_extract(corpus, out, case=CASE)
    assert again.reused == 0
    assert len(pd.read_parquet(out / "stances.parquet")) > 0


def test_cli_full_flag(corpus: Path, tmp_path: Path, capsys) -> None:
    from tidynews.cli import main

    argv = ["extract", str(corpus), "--out", str(tmp_path / "o"), "--case", CASE]
    assert main(argv) == 0
    assert main(argv) == 0
    assert "new articles extracted" in capsys.readouterr().out
    assert main([*argv, "--full"]) == 0
    assert "new articles extracted" not in capsys.readouterr().out


@pytest.mark.parametrize("ids", [[], ["a"], ["a", "b", "b", "z9", "é"]])
def test_run_record_is_written_as_json_dumps_lays_it_out(tmp_path: Path, ids: list[str]) -> None:
    """The record is written an id at a time; it reads (and looks) like the whole record
    dumped at once, repeats written once."""
    path = write_run(tmp_path, "f" * 16, iter(ids))
    record = {"fingerprint": "f" * 16, "article_ids": sorted(set(ids))}
    assert path.read_text(encoding="utf-8") == json.dumps(record, indent=0)


def test_run_record_refuses_ids_out_of_order(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="out of order"):
        write_run(tmp_path, "f" * 16, ["b", "a"])
    assert not (tmp_path / RUN_FILE).exists()  # nothing half-written is left as the record


def test_run_record_lists_every_article_written(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_extract(corpus, out, case=CASE)
    written = pd.read_parquet(out / "articles.parquet", columns=["article_id"])["article_id"]
    record = json.loads((out / RUN_FILE).read_text(encoding="utf-8"))
    assert record["article_ids"] == sorted(set(written))
    assert list(published_ids(out, batch_rows=2)) == record["article_ids"]
    assert list(published_ids(tmp_path / "nothing")) == []
