"""The command line: help for every command, the extract job, and one-line user errors."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from tidynews.cli import build_parser, main

from .conftest import ARTICLE, write


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tidynews", *args], capture_output=True, text=True, check=False
    )


def test_help_for_every_command():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for command in [[], *([name] for name in commands)]:
        with pytest.raises(SystemExit) as done:
            main([*command, "--help"])
        assert done.value.code == 0


def test_extract_writes_tables_and_prints_a_summary(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", ARTICLE + "\nsource: lima-post.example\n")
    write(corpus / "b.txt", "")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    articles = pd.read_parquet(out / "articles.parquet")
    assert list(articles.columns[:8]) == [
        "article_id",
        "outlet",
        "title",
        "published",
        "url",
        "text",
        "n_words",
        "path",
    ]
    report = pd.read_csv(out / "ingest_report.csv")
    assert set(report["path"]) == {"a.txt", "b.txt"}
    assert main(["extract", str(corpus), "--out", str(out), "--case", "venezuela-2019"]) == 0
    printed = capsys.readouterr().out
    assert "1 articles from 2 inputs" in printed and "empty: 1" in printed
    assert "Venezuelan presidential crisis" in printed


def test_extract_exits_1_when_nothing_could_be_read(tmp_path):
    write(tmp_path / "c" / "empty.txt", "")
    done = run_cli("extract", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--quiet")
    assert done.returncode == 1
    assert "no article could be read" in done.stderr
    assert (tmp_path / "o" / "ingest_report.csv").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "{tmp}/missing", "--out", "{tmp}/o"], "corpus path not found"),
        (
            ["extract", "{tmp}/c", "--out", "{tmp}/o", "--case", "atlantis"],
            "unknown case 'atlantis'",
        ),
        (["extract", "{tmp}/c", "--out", "{tmp}/o", "--column", "oops"], "--column takes"),
    ],
)
def test_user_errors_are_one_line_without_traceback(tmp_path, args, message):
    write(tmp_path / "c" / "a.txt", ARTICLE)
    done = run_cli(*[arg.format(tmp=tmp_path) for arg in args])
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_debug_shows_the_traceback(tmp_path):
    done = run_cli("--debug", "extract", str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert "Traceback" in done.stderr


def test_unwritable_output_folder(tmp_path):
    write(tmp_path / "c" / "a.txt", ARTICLE)
    blocker = write(tmp_path / "file", "not a folder")
    done = run_cli("extract", str(tmp_path / "c"), "--out", str(blocker / "out"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and str(blocker) in done.stderr


def test_cases_lists_the_bundled_case():
    done = run_cli("cases")
    assert "venezuela-2019" in done.stdout.split()


def test_evaluate_prints_scores_and_writes_csv(tmp_path):
    corpus = tmp_path / "c"
    write(corpus / "a.txt", "Headline\nRussia and China continue to back Mr Maduro.\n")
    gold = write(
        tmp_path / "gold.yaml",
        "case: venezuela-2019\narticles:\n  a.txt:\n    stances:\n"
        "      - {actor: country:RUS, stance: backs, subject: person:nicolas-maduro, "
        "modality: asserted}\n"
        "      - {actor: country:TUR, stance: backs, subject: person:nicolas-maduro, "
        "modality: asserted}\n",
    )
    scores = tmp_path / "scores.csv"
    done = run_cli("evaluate", str(corpus), "--gold", str(gold), "--csv", str(scores), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "MISS a.txt: ('country:TUR'" in done.stdout
    assert "FALSE POSITIVE a.txt: ('country:CHN'" in done.stdout
    table = pd.read_csv(scores).set_index("table")
    assert table.loc["stances", "tp"] == 1 and table.loc["stances", "fn"] == 1


def test_evaluate_with_a_broken_gold_file(tmp_path):
    write(tmp_path / "c" / "a.txt", ARTICLE)
    gold = write(tmp_path / "gold.yaml", "articles: [1, 2")
    done = run_cli("evaluate", str(tmp_path / "c"), "--gold", str(gold))
    assert done.returncode == 2 and "not valid YAML" in done.stderr
    assert "Traceback" not in done.stderr


def test_extract_writes_every_table_and_the_report(tmp_path):
    corpus = tmp_path / "c"
    write(corpus / "a.txt", "Headline\nRussia and China continue to back Mr Maduro.\n")
    out = tmp_path / "o"
    assert (
        main(["extract", str(corpus), "--out", str(out), "--case", "venezuela-2019", "--quiet"])
        == 0
    )
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "articles.parquet",
        "claims.parquet",
        "figures.parquet",
        "ingest_report.csv",
        "mentions.parquet",
        "quotes.parquet",
        "run.json",  # the record of a complete run, for incremental re-runs
        "sanctions.parquet",
        "stances.parquet",
    ]
    stances = pd.read_parquet(out / "stances.parquet")
    assert set(stances["party_id"]) == {"country:RUS", "country:CHN"}
