"""tidynews: news articles about a political crisis in, tidy provenance-linked tables out.

The stages, one module each (docs/architecture.md): ``readers`` -> ``cleaning`` ->
``articles``/``ingest`` -> extraction -> ``storage``. The names below are the public API.
They are imported on first use (PEP 562), so ``import tidynews`` and ``tidynews --help`` stay
fast and do not load spaCy or pandas until a function needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Case": "cases",
    "load_case": "cases",
    "IngestResult": "ingest",
    "ingest": "ingest",
    "read_corpus": "ingest",
    "run_extract": "pipeline",
    "extract": "extraction",
    "iter_extract": "extraction",
    "evaluate": "scoring",
    "Annotator": "annotate",
    "register_reader": "readers",
    "clean": "cleaning",
    "RuleBook": "cleaning",
    "register_rule_kind": "cleaning",
    "open": "store",
    "build_claims": "claims",
    "load_reference": "reference",
}

__all__ = [
    "Annotator",
    "Case",
    "IngestResult",
    "RuleBook",
    "__version__",
    "build_claims",
    "clean",
    "evaluate",
    "extract",
    "ingest",
    "iter_extract",
    "load_case",
    "load_reference",
    "open",
    "read_corpus",
    "register_reader",
    "register_rule_kind",
    "run_extract",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .annotate import Annotator
    from .cases import Case, load_case
    from .claims import build_claims
    from .cleaning import RuleBook, clean, register_rule_kind
    from .extraction import extract, iter_extract
    from .ingest import IngestResult, ingest, read_corpus
    from .pipeline import run_extract
    from .readers import register_reader
    from .reference import load_reference
    from .scoring import evaluate
    from .store import open_store as open


# Public names that differ from the function's name in its module.
_ALIASES = {"open": "open_store"}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module = importlib.import_module(f".{_EXPORTS[name]}", __name__)
        return getattr(module, _ALIASES.get(name, name))
    raise AttributeError(f"module 'tidynews' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
