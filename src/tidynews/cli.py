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
from .ingest import CorpusNotFoundError
from .readers import ReadOptions
from .readers.base import DEFAULT_MAX_BYTES
from .scoring import GoldFileError

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 1, 2
USER_ERRORS = (
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
        type=int,
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


def _add_cases(commands: argparse._SubParsersAction) -> None:
    cases = commands.add_parser("cases", help="list the case files that --case can name")
    cases.set_defaults(handler=_run_cases)


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
    from .pipeline import run_extract  # imported here so `tidynews --help` stays fast

    result = run_extract(args.corpus, args.out, **_corpus_arguments(args))
    if not args.quiet:
        print(result.summary())
    if result.ingest.articles.empty:
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
