"""Fact extractors, one module per table, and the registry that runs them.

Each extractor is a function ``(AnnotatedArticle, Case) -> list[dict]`` registered for a table
name with its columns. ``tidynews.extract`` annotates articles once and runs every registered
extractor on each; users add a table (or replace a built-in extractor) with
``@register_extractor("my_table", columns=(...))``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..cases import Case
from ..document import AnnotatedArticle

Extractor = Callable[[AnnotatedArticle, Case], list[dict]]


@dataclass(frozen=True)
class Registered:
    table: str
    function: Extractor
    columns: tuple[str, ...]


_REGISTRY: dict[str, Registered] = {}
# Built-in extractors: module, function, columns attribute; imported on first use.
_BUILTINS = {
    "quotes": ("quotes", "extract_quotes", "QUOTE_COLUMNS"),
    "stances": ("stances", "extract_stances", "STANCE_COLUMNS"),
    "sanctions": ("sanctions", "extract_sanctions", "SANCTION_COLUMNS"),
    "figures": ("figures", "extract_figures", "FIGURE_COLUMNS"),
}
# The built-in functions that take no case (their facts do not depend on the contested parties).
_CASELESS = {"quotes", "figures"}


def register_extractor(table: str, columns: Sequence[str]) -> Callable[[Extractor], Extractor]:
    """Register ``function(article, case) -> rows`` as the extractor of ``table``."""

    def decorate(function: Extractor) -> Extractor:
        _REGISTRY[table] = Registered(table, function, tuple(columns))
        return function

    return decorate


def _load_builtins() -> None:
    for table, (module_name, function_name, columns_name) in _BUILTINS.items():
        if table in _REGISTRY:
            continue
        module = importlib.import_module(f".{module_name}", __name__)
        function = getattr(module, function_name)
        if table in _CASELESS:
            function = _ignore_case(function)
        _REGISTRY[table] = Registered(table, function, tuple(getattr(module, columns_name)))


def _ignore_case(function: Callable[[AnnotatedArticle], list[dict]]) -> Extractor:
    def run(article: AnnotatedArticle, case: Case) -> list[dict]:
        return function(article)

    run.__name__ = getattr(function, "__name__", "extractor")
    return run


def registered() -> dict[str, Registered]:
    """Every extractor by table name, built-ins included."""
    _load_builtins()
    return dict(_REGISTRY)
