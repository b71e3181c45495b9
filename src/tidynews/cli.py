"""The ``tidynews`` command line: thin wrappers around the package's functions.

User mistakes (a missing corpus, an unknown case, an unwritable folder) print one line that
says what is wrong and how to fix it, and exit 2; ``--debug`` shows the full traceback instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .cases import CaseError, available_cases
from .cleaning import RuleBook, RuleFileError
from .dataset import DEFAULT_BUFFER_MB
from .ingest import CorpusNotFoundError
from .readers import ReadOptions
from .readers.base import DEFAULT_MAX_BYTES
from .scoring import GoldFileError

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 1, 2
EXIT_FAILED = 1  # a report notebook failed (the others were still written)


class UserError(Exception):
    """A user mistake found by a module the CLI imports lazily (its own error class is there)."""


USER_ERRORS = (
    UserError,
    CaseError,
    CorpusNotFoundError,
    RuleFileError,
    GoldFileError,
    PermissionError,
    NotADirectoryError,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tidynews",
        description="Turn news articles about a political crisis into tidy tables.",
    )
    parser.add_argument("--version", action="version", version=f"tidynews {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_extract(commands)
    _add_evaluate(commands)
    _add_cases(commands)
    _add_report(commands)
    _add_sql(commands)
    return parser


def _add_extract(commands: argparse._SubParsersAction) -> None:
    extract = commands.add_parser(
        "extract",
        help="read a corpus and write its tables",
        description="Read a corpus (folders, files, archives) and write its tables as Parquet "
        "plus ingest_report.csv to --out. Exits 1 only when no article at all could be read.",
    )
    extract.add_argument("--out", required=True, type=Path, help="output folder")
    _add_corpus_options(extract)
    extract.add_argument(
        "--full",
        action="store_true",
        help="extract every article again (by default a re-run on the same --out extracts only "
        "articles the previous run has not seen)",
    )
    extract.add_argument(
        "--jobs", type=_positive_int, default=1, help="local processes (or Dask workers) to use"
    )
    extract.add_argument(
        "--engine",
        choices=("serial", "processes", "dask"),
        help="how to run extraction (default: processes when --jobs > 1, else serial)",
    )
    extract.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask; default: a "
        "LocalCluster of --jobs workers)",
    )
    extract.add_argument(
        "--buffer-mb",
        type=_positive_float,
        default=DEFAULT_BUFFER_MB,
        metavar="MB",
        help="rows held in memory, all tables together, before the largest partitions are "
        "written (default %(default)s MiB); a table written out before the end becomes a "
        "Parquet dataset folder partitioned by outlet and month, the others single files",
    )
    extract.set_defaults(handler=_run_extract)


def _add_evaluate(commands: argparse._SubParsersAction) -> None:
    evaluate = commands.add_parser(
        "evaluate",
        help="score extraction against a gold file",
        description="Extract the corpus in memory and score it against a gold YAML file: "
        "precision, recall and F1 per table, bound accuracy for figures, and every miss and "
        "false positive with its evidence.",
    )
    evaluate.add_argument("--gold", required=True, type=Path, help="gold YAML file")
    evaluate.add_argument("--csv", type=Path, help="also write the score table to this CSV")
    _add_corpus_options(evaluate)
    evaluate.set_defaults(handler=_run_evaluate)


def _add_corpus_options(command: argparse.ArgumentParser) -> None:
    """Options every command that reads a corpus shares."""
    command.add_argument("corpus", nargs="+", type=Path, help="corpus folder(s) or file(s)")
    command.add_argument("--case", help="case name (in cases/) or path to a case YAML file")
    command.add_argument(
        "--max-bytes",
        type=_positive_bytes,
        default=DEFAULT_MAX_BYTES,
        help=f"skip inputs larger than this after decompression (default {DEFAULT_MAX_BYTES:,})",
    )
    command.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="NAME=THEIRS",
        help="map a contract column to your export's name, e.g. --column text=body",
    )
    command.add_argument(
        "--rules", action="append", type=Path, default=[], help="extra folder of cleaning rules"
    )
    command.add_argument("--quiet", action="store_true", help="print nothing but errors")
    command.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )


def _positive_bytes(value: str) -> int:
    """--max-bytes: a whole number of bytes above zero (argparse words the error)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 bytes, not {number}")
    return number


def _positive_float(text: str) -> float:
    """--buffer-mb: a number above zero."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number above zero, got {text!r}")
    return value


def _positive_int(value: str) -> int:
    """--jobs: a whole number above zero."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _add_sql(commands: argparse._SubParsersAction) -> None:
    sql = commands.add_parser(
        "sql",
        help="query an output folder with SQL (DuckDB)",
        description="Run one SQL statement over the tables of an output folder of `tidynews "
        "extract` (a view per table: articles, stances, sanctions, figures, claims, …) and "
        'print the result, e.g. tidynews sql build/sample "SELECT outlet, count(*) FROM '
        'articles GROUP BY 1"',
    )
    sql.add_argument("tables", type=Path, help="output folder of `tidynews extract`")
    sql.add_argument("statement", help="one SQL statement")
    sql.add_argument("--csv", action="store_true", help="print CSV instead of a text table")
    sql.set_defaults(handler=_run_sql)


def _add_cases(commands: argparse._SubParsersAction) -> None:
    cases = commands.add_parser("cases", help="list the case files that --case can name")
    cases.set_defaults(handler=_run_cases)


def _add_report(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report",
        help="run the notebooks on a corpus and export offline HTML reports",
        description="Extract the corpus (unless --tables is given), run every notebook on it "
        "with papermill and write OUT/<notebook>.ipynb, OUT/<notebook>.html and "
        "OUT/index.html. The pages work offline, opened straight from disk. A notebook that "
        "fails is named with its cell; the others still run, and the exit code is 1.",
    )
    report.add_argument("corpus", nargs="+", type=Path, help="corpus folder(s) or file(s)")
    report.add_argument(
        "--case",
        required=True,
        help="case name (see `tidynews cases`) or path to a case YAML file; the notebooks "
        "chart its subjects and compare with its reference data",
    )
    report.add_argument("--out", required=True, type=Path, help="output folder for the pages")
    report.add_argument(
        "--with-code", action="store_true", help="show the notebooks' code cells in the pages"
    )
    report.add_argument(
        "--notebooks",
        type=Path,
        help="run the notebooks of this folder instead of the shipped ones",
    )
    report.add_argument(
        "--tables", type=Path, help="reuse the tables `tidynews extract` wrote to this folder"
    )
    report.add_argument(
        "--outlet",
        action="append",
        dest="outlets",
        metavar="DOMAIN",
        help="report on this outlet only (repeat for several; default: all)",
    )
    report.add_argument(
        "--start", help="first publication date to include (YYYY-MM-DD, YYYY-MM or YYYY)"
    )
    report.add_argument(
        "--end", help="last publication date to include (YYYY-MM-DD, YYYY-MM or YYYY)"
    )
    report.add_argument(
        "--inline-plotly",
        action="store_true",
        help="put plotly.js inside every page (bigger files that travel alone) instead of "
        "one plotly.min.js beside them",
    )
    report.add_argument(
        "--timeout", type=int, default=600, help="seconds one notebook cell may run (default 600)"
    )
    report.add_argument("--quiet", action="store_true", help="print nothing but errors")
    report.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    report.set_defaults(handler=_run_report)


def _column_mapping(pairs: Sequence[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours or not theirs:
            raise argparse.ArgumentTypeError(f"--column takes NAME=THEIRS, not {pair!r}")
        mapping[ours.strip()] = theirs.strip()
    return mapping


def _corpus_arguments(args: argparse.Namespace) -> dict:
    options = ReadOptions(max_bytes=args.max_bytes, columns=_column_mapping(args.column))
    rules = RuleBook.load(extra_dirs=args.rules) if args.rules else None
    return {"case": args.case, "options": options, "rules": rules, "progress": not args.quiet}


def _run_extract(args: argparse.Namespace) -> int:
    from .pipeline import EngineOptions, run_extract  # here so `tidynews --help` stays fast

    engine = EngineOptions(
        jobs=args.jobs,
        engine="dask" if args.scheduler else args.engine,
        scheduler=args.scheduler,
    )
    result = run_extract(
        args.corpus,
        args.out,
        engine=engine,
        full=args.full,
        buffer_bytes=int(args.buffer_mb * 2**20),
        **_corpus_arguments(args),
    )
    if not args.quiet:
        print(result.summary())
    if result.n_articles == 0:
        print("tidynews: no article could be read; see ingest_report.csv", file=sys.stderr)
        return EXIT_NOTHING_READ
    return EXIT_OK


def _run_evaluate(args: argparse.Namespace) -> int:
    from .pipeline import build_tables
    from .scoring import evaluate, load_gold

    gold = load_gold(args.gold)  # fail on a bad gold file before the slow part
    arguments = _corpus_arguments(args)
    arguments["case"] = args.case or gold.get("case")  # the gold file names its case
    built = build_tables(args.corpus, **arguments)
    evaluation = evaluate(gold, built.ingest.articles, built.tables)
    print(evaluation.text())
    if args.csv:
        evaluation.frame().to_csv(args.csv, index=False)
    return EXIT_OK


def _run_sql(args: argparse.Namespace) -> int:
    import duckdb
    import pandas as pd

    from .store import StoreError, query

    try:
        result = query(args.tables, args.statement)
    except (StoreError, duckdb.Error) as error:
        raise UserError(str(error).splitlines()[0]) from error
    if args.csv:
        result.to_csv(sys.stdout, index=False)
    else:
        with pd.option_context("display.max_rows", 200, "display.width", 160):
            print(result.to_string(index=False))
    return EXIT_OK


def _run_report(args: argparse.Namespace) -> int:
    from .report import ReportError, make_report

    def progress(run) -> None:
        if not args.quiet:
            status = "ok" if run.ok else f"FAILED at {run.failure}"
            print(f"{run.name}: {status} ({run.seconds:.1f} s)", flush=True)

    try:
        result = make_report(
            args.corpus,
            args.out,
            case=args.case,
            notebooks=args.notebooks,
            tables=args.tables,
            outlets=args.outlets,
            start=args.start,
            end=args.end,
            with_code=args.with_code,
            inline_plotly=args.inline_plotly,
            timeout=args.timeout,
            on_notebook=progress,
        )
    except ReportError as error:
        raise UserError(str(error)) from error
    for run in result.failed:
        print(
            f"tidynews: notebook {run.name} failed at {run.failure}; see {run.notebook}",
            file=sys.stderr,
        )
    if not args.quiet:
        summary = result.summary
        print(f"{summary.articles} articles from {len(summary.outlets)} outlets")
        print(f"report: {result.index}")
    return EXIT_FAILED if result.failed else EXIT_OK


def _run_cases(args: argparse.Namespace) -> int:
    for name in available_cases():
        print(name)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except (*USER_ERRORS, argparse.ArgumentTypeError, OSError) as error:
        if args.debug:
            raise
        print(f"tidynews: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tidynews: interrupted; the previous output is left as it was", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
