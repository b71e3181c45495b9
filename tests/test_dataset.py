"""Tables written batch by batch as Parquet datasets partitioned by outlet and month."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidynews.articles import articles_frame
from tidynews.dataset import (
    NO_MONTH,
    NO_OUTLET,
    DatasetSink,
    partition_of,
    publish,
    remove_stale_staging,
)
from tidynews.extraction import empty_tables
from tidynews.schemas import TableSchemaError, coerce
from tidynews.store import open_store

DEAD_PID = 2**22 + 4321  # above any default pid_max: no such process


def articles(rows: list[tuple[str, str | None, str | None]]) -> pd.DataFrame:
    """An articles table: (article_id, outlet, published) with a little text each."""
    frame = articles_frame([])
    records = [
        {
            "article_id": article_id,
            "outlet": outlet,
            "title": None,
            "published": pd.Timestamp(published) if published else pd.NaT,
            "url": None,
            "text": f"text of {article_id}",
            "n_words": 3,
            "path": f"{article_id}.txt",
        }
        for article_id, outlet, published in rows
    ]
    built = pd.DataFrame(records, columns=frame.columns)
    return built.astype(frame.dtypes.to_dict())


def partitions(frame: pd.DataFrame) -> dict[str, str]:
    return dict(
        zip(
            frame["article_id"],
            map(partition_of, frame["outlet"], frame["published"]),
            strict=True,
        )
    )


BATCHES = [
    [("a00000000001", "b.example", "2019-01-05"), ("a00000000002", "a.example", "2019-02-01")],
    [("a00000000003", "b.example", "2019-01-20"), ("a00000000004", None, None)],
    [("a00000000005", "a.example", "2019-02-11"), ("a00000000006", "b.example", "2019-03-02")],
]


def write(out: Path, buffer_bytes: int) -> list[Path]:
    sink = DatasetSink(out, {"articles": articles_frame([])}, buffer_bytes)
    for rows in BATCHES:
        batch = articles(rows)
        sink.add("articles", batch, partitions(batch))
    sink.close()
    return sink.publish()


def test_partition_folders_are_outlet_then_month() -> None:
    assert partition_of("bbc.co.uk", pd.Timestamp("2019-01-30")) == "bbc.co.uk/2019-01"
    assert partition_of("bbc.co.uk", date(2019, 12, 1)) == "bbc.co.uk/2019-12"
    assert partition_of(None, pd.NaT) == f"{NO_OUTLET}/{NO_MONTH}"
    assert partition_of(pd.NA, None) == f"{NO_OUTLET}/{NO_MONTH}"


@pytest.mark.parametrize(
    ("outlet", "folder"),
    [
        (".hidden.example", "%2Ehidden.example"),  # pyarrow skips names starting with "."
        ("_meta", "%5Fmeta"),  # ... and with "_"
        ("a/b", "a%2Fb"),
        ("x=y", "x%3Dy"),  # not a Hive key=value folder
        ("(no outlet)", "%28no%20outlet%29"),  # not the folder of articles with no outlet
        ("..", "%2E."),
    ],
)
def test_outlet_names_become_safe_folder_names(outlet: str, folder: str) -> None:
    assert partition_of(outlet, None).split("/")[0] == folder


@given(st.text(min_size=1, max_size=40))
def test_any_outlet_is_one_visible_path_part(outlet: str) -> None:
    part = partition_of(outlet, None).split("/")[0]
    assert "/" not in part and "\\" not in part and "=" not in part
    assert part not in {".", ".."} and not part.startswith((".", "_"))


def test_a_small_table_is_one_file_and_a_large_one_a_dataset(tmp_path: Path) -> None:
    write(tmp_path / "small", buffer_bytes=10**9)
    write(tmp_path / "large", buffer_bytes=1)
    assert (tmp_path / "small" / "articles.parquet").is_file()
    folder = tmp_path / "large" / "articles.parquet"
    parts = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.parquet"))
    assert parts == [
        f"{NO_OUTLET}/{NO_MONTH}/part-00000.parquet",
        "a.example/2019-02/part-00000.parquet",
        "a.example/2019-02/part-00001.parquet",
        "b.example/2019-01/part-00000.parquet",
        "b.example/2019-01/part-00001.parquet",
        "b.example/2019-03/part-00000.parquet",
    ]
    small = pd.read_parquet(tmp_path / "small" / "articles.parquet")
    large = pd.read_parquet(folder)
    pd.testing.assert_frame_equal(small, large)  # the same rows, columns and dtypes
    # rows come partition by partition, in reading order within each
    assert large["article_id"].tolist() == [
        "a00000000004", "a00000000002", "a00000000005",
        "a00000000001", "a00000000003", "a00000000006",
    ]  # fmt: skip


def test_duckdb_reads_a_dataset_like_pandas_and_filters_by_outlet(tmp_path: Path) -> None:
    write(tmp_path, buffer_bytes=1)
    connection = open_store(tmp_path)
    try:
        everything = connection.execute("SELECT * FROM articles").df()
        assert sorted(everything.columns) == sorted(articles_frame([]).columns)
        assert len(everything) == 6
        counted = connection.execute(
            "SELECT count(*) FROM articles WHERE outlet = 'b.example'"
        ).fetchone()
        assert counted == (3,)
    finally:
        connection.close()


def test_hidden_looking_outlets_are_not_lost(tmp_path: Path) -> None:
    sink = DatasetSink(tmp_path, {"articles": articles_frame([])}, buffer_bytes=1)
    batch = articles([("a00000000001", ".dot", "2019-01-01"), ("a00000000002", "_x", None)])
    sink.add("articles", batch, partitions(batch))
    sink.close()
    sink.publish()
    read = pd.read_parquet(tmp_path / "articles.parquet")
    assert sorted(read["outlet"]) == [".dot", "_x"]
    pattern = f"{tmp_path}/articles.parquet/**/*.parquet"
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{pattern}')").fetchall() == [(2,)]


def test_an_empty_table_keeps_its_columns_and_types(tmp_path: Path) -> None:
    sink = DatasetSink(tmp_path, {"articles": articles_frame([])})
    sink.close()
    sink.publish()
    read = pd.read_parquet(tmp_path / "articles.parquet")
    assert read.empty
    assert list(read.columns) == list(articles_frame([]).columns)
    assert str(read["published"].dtype) == "datetime64[ns]"


def test_rows_breaking_the_schema_are_refused_before_writing(tmp_path: Path) -> None:
    sink = DatasetSink(tmp_path, {"articles": articles_frame([])})
    batch = articles([("not-a-hex-id", "a.example", None)])
    with pytest.raises(TableSchemaError, match="articles"):
        sink.add("articles", batch, partitions(batch))
    sink.discard()
    assert list(tmp_path.iterdir()) == []


def test_publish_swaps_a_file_for_a_folder_and_back(tmp_path: Path) -> None:
    write(tmp_path, buffer_bytes=10**9)  # a file
    write(tmp_path, buffer_bytes=1)  # a folder replaces it
    assert (tmp_path / "articles.parquet").is_dir()
    write(tmp_path, buffer_bytes=10**9)  # and a file the folder
    assert (tmp_path / "articles.parquet").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["articles.parquet"]  # nothing left aside


def test_a_published_folder_has_the_mode_of_mkdir(tmp_path: Path) -> None:
    write(tmp_path, buffer_bytes=1)
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "articles.parquet").stat().st_mode & 0o777 == 0o777 & ~mask


def test_staging_of_dead_runs_is_removed_and_live_ones_kept(tmp_path: Path) -> None:
    dead = tmp_path / f".mentions.parquet.{DEAD_PID}.ab12.staging"
    aside = tmp_path / f".mentions.parquet.{DEAD_PID}.old.staging"
    live = tmp_path / f".mentions.parquet.{os.getpid()}.cd34.staging"
    for folder in (dead, aside, live):
        (folder / "x").mkdir(parents=True)
    assert sorted(remove_stale_staging(tmp_path)) == sorted([dead, aside])
    assert live.exists() and not dead.exists() and not aside.exists()


def test_publish_of_a_file_onto_a_file_is_one_replace(tmp_path: Path) -> None:
    final, staged = tmp_path / "t.parquet", tmp_path / "staged.parquet"
    final.write_bytes(b"old")
    staged.write_bytes(b"new")
    publish(staged, final)
    assert final.read_bytes() == b"new" and not staged.exists()


def mentions(frame: pd.DataFrame, per_article: int) -> pd.DataFrame:
    """``per_article`` mentions of the UN in each article of ``frame``."""
    rows = [
        {
            "article_id": article_id,
            "sentence_id": 0,
            "start": number,
            "end": number + 2,
            "surface": "UN",
            "entity_id": "org:UN",
            "entity_type": "org",
            "name": "United Nations",
            "party_id": None,
        }
        for article_id in frame["article_id"]
        for number in range(per_article)
    ]
    return coerce("mentions", pd.DataFrame(rows, columns=empty_tables()["mentions"].columns))


def test_one_buffer_budget_is_shared_by_all_tables(tmp_path: Path) -> None:
    """Memory for buffers is the budget, not the budget per table: the fullest table is
    written out, and a table that stays small is still one file at the end."""
    budget = 3_500  # over the articles and mentions together, not over either alone
    sink = DatasetSink(
        tmp_path, {"articles": articles_frame([]), "mentions": empty_tables()["mentions"]}, budget
    )
    for rows in BATCHES:
        batch = articles(rows)
        sink.add("articles", batch, partitions(batch))
        sink.add("mentions", mentions(batch, per_article=5), partitions(batch))
        assert sink.buffered_bytes() <= budget
    sink.close()
    written = {path.name: path for path in sink.publish()}
    assert written["mentions.parquet"].is_dir()  # the fullest table went out in parts
    assert written["articles.parquet"].is_file()  # under the budget on its own: one file
    assert len(pd.read_parquet(written["mentions.parquet"])) == 5 * 6
    assert len(pd.read_parquet(written["articles.parquet"])) == 6


def test_small_parts_are_merged_in_order_within_the_budget(tmp_path: Path) -> None:
    """A partition written out several times ends as few files, its rows in the same order."""
    budget = 2_500
    sink = DatasetSink(tmp_path, {"mentions": empty_tables()["mentions"]}, budget)
    expected = []
    for rows in BATCHES * 3:  # each partition is written out more than once
        batch = articles(rows)
        frame = mentions(batch, per_article=4)
        expected.append(frame)
        sink.add("mentions", frame, partitions(batch))
    sink.close()
    (folder,) = sink.publish()
    files = sorted(folder.rglob("*.parquet"))
    by_partition = {path.parent for path in files}
    assert len(files) < 2 * len(by_partition)  # merged: at most the odd oversize part more
    assert all(path.name.startswith("part-") for path in files)
    got = pd.read_parquet(folder)
    assert len(got) == sum(len(frame) for frame in expected)
    for outlet_month in by_partition:  # within a partition, rows keep their written order
        ids = pd.read_parquet(outlet_month)["article_id"].tolist()
        wanted = [
            article_id
            for frame in expected
            for article_id in frame["article_id"]
            if partition_of(*OUTLET_DATE[article_id]) == outlet_month.relative_to(folder).as_posix()
        ]
        assert ids == wanted


OUTLET_DATE = {
    article_id: (outlet, pd.Timestamp(published) if published else None)
    for rows in BATCHES
    for article_id, outlet, published in rows
}
