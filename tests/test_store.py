"""The DuckDB store: a view per table, single files and partitioned datasets alike."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tidynews.store import StoreError, open_store, query, table_names, table_sources


def _stances() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "actor_id": ["country:USA", "country:RUS", "country:USA"],
            "stance": ["recognises", "backs", "recognises"],
            "outlet": ["one.example", "two.example", "two.example"],
        }
    )


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "O'Neil tables"  # a quote in the path must not break the SQL
    folder.mkdir()
    _stances().to_parquet(folder / "stances.parquet", index=False)
    pq.write_to_dataset(
        pa.Table.from_pandas(_stances(), preserve_index=False),
        root_path=folder / "mentions.parquet",
        partition_cols=["outlet"],
    )
    pd.DataFrame({"path": ["x.txt"], "status": ["skipped"], "reason": ["empty"]}).to_csv(
        folder / "ingest_report.csv", index=False
    )
    (folder / ".stances.parquet.123.tmp").write_bytes(b"half written")
    return folder


def test_a_view_per_table(out_dir: Path) -> None:
    connection = open_store(out_dir)
    assert table_names(connection) == ["ingest_report", "mentions", "stances"]


def test_single_file_and_partitioned_dataset_read_the_same(out_dir: Path) -> None:
    single = query(out_dir, "SELECT article_id, actor_id FROM stances ORDER BY article_id")
    partitioned = query(out_dir, "SELECT article_id, actor_id FROM mentions ORDER BY article_id")
    pd.testing.assert_frame_equal(single, partitioned)
    assert single["actor_id"].tolist() == ["country:USA", "country:RUS", "country:USA"]


def test_partition_columns_come_back_as_columns(out_dir: Path) -> None:
    counts = query(out_dir, "SELECT outlet, count(*) AS n FROM mentions GROUP BY 1 ORDER BY 1")
    assert counts.to_dict("list") == {"outlet": ["one.example", "two.example"], "n": [1, 2]}


def test_filters_return_only_matching_rows(out_dir: Path) -> None:
    found = query(out_dir, "SELECT * FROM stances WHERE actor_id = 'country:USA'")
    assert sorted(found["article_id"]) == ["a1", "a3"]


def test_the_ingest_report_is_a_view(out_dir: Path) -> None:
    assert query(out_dir, "SELECT reason FROM ingest_report")["reason"].tolist() == ["empty"]


def test_temporary_files_are_not_tables(out_dir: Path) -> None:
    assert set(table_sources(out_dir)) == {"ingest_report", "mentions", "stances"}


def test_missing_folder_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="tidynews extract"):
        open_store(tmp_path / "nowhere")


def test_folder_without_tables(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no tables"):
        open_store(tmp_path)


def test_open_is_exported() -> None:
    import tidynews

    assert tidynews.open is open_store


def test_sql_command_prints_a_result(out_dir: Path, capsys) -> None:
    from tidynews.cli import main

    assert main(["sql", str(out_dir), "SELECT count(*) AS n FROM stances", "--csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "3"]


def test_sql_command_errors_are_one_line(out_dir: Path, tmp_path: Path, capsys) -> None:
    from tidynews.cli import main

    assert main(["sql", str(out_dir), "SELEC nonsense"]) == 2
    assert main(["sql", str(tmp_path / "nowhere"), "SELECT 1"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2
    assert "syntax error" in errors[0]
    assert "tidynews extract" in errors[1]
