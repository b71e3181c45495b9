"""Readers, one module per format, registered by file suffix (see ``base.register_reader``).

Importing this package registers the built-in readers.
"""

from . import archives, html, tabular, text, warc  # noqa: F401  (registers the readers)
from .base import (
    SKIP_REASONS,
    Item,
    RawArticle,
    Reader,
    ReadOptions,
    Skip,
    Source,
    read_source,
    reader_for,
    register_reader,
    registered_suffixes,
)

__all__ = [
    "SKIP_REASONS",
    "Item",
    "RawArticle",
    "ReadOptions",
    "Reader",
    "Skip",
    "Source",
    "read_source",
    "reader_for",
    "register_reader",
    "registered_suffixes",
]
