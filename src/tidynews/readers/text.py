"""Plain-text and Markdown articles in the seeds' shape: headline first, then the body.

Trailing ``source:`` / ``date:`` lines are left in the body on purpose: turning them into
metadata is a cleaning rule (``data/cleaning/generic.yaml``), so the same rule serves every
format that carries such footers.
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Item, RawArticle, ReadOptions, Skip, Source, read_text, register_reader


def split_headline(text: str) -> tuple[str | None, str]:
    """Split off the first non-empty line as the headline; the rest is the body."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.splitlines()
    for index, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[index + 1 :])
    return None, ""


@register_reader(".txt", ".md", ".markdown", ".text")
def read_plain_text(source: Source, options: ReadOptions) -> Iterator[Item]:
    decoded = read_text(source, options)
    if isinstance(decoded, Skip):
        yield decoded
        return
    title, body = split_headline(decoded.text)
    if not body.strip():
        yield Skip(source.name, "empty", "a headline but no body")
        return
    yield RawArticle(
        path=source.name, text=body, title=title, encoding=decoded.encoding, note=decoded.note
    )
