"""Saved web pages: main text and metadata by trafilatura.

Why trafilatura: it is the maintained, benchmarked choice for main-text extraction, and it
reads title, canonical URL, site and publication date from the page's own metadata.
"""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura

from .base import Item, RawArticle, ReadOptions, Skip, Source, read_text, register_reader


def extract_page(
    name: str,
    html: str,
    url: str | None = None,
    encoding: str | None = None,
    note: str | None = None,
) -> Item:
    """One page's article, or a Skip when the page has no main text."""
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
        )
    except Exception as error:  # trafilatura/lxml raise many types on broken markup
        return Skip(name, "malformed", f"page could not be parsed: {type(error).__name__}")
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return Skip(
            name, "empty", "; ".join(filter(None, ["no main text found in the page", note]))
        )
    title = _clean_meta(document.title)
    body = _drop_repeated_title(text, title)
    if not body.strip():  # "<h1>Title<p>Title": the page repeats its headline and nothing else
        return Skip(
            name, "empty", "; ".join(filter(None, ["the page holds only its headline", note]))
        )
    return RawArticle(
        path=name,
        text=body,
        title=title,
        url=_clean_meta(document.url) or url,
        outlet=_clean_meta(document.hostname),
        published=_clean_meta(document.date),
        encoding=encoding,
        note=note,
    )


def _clean_meta(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _drop_repeated_title(text: str, title: str | None) -> str:
    """trafilatura keeps the page's <h1> as the first line; the headline is not body text."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    return rest if first.strip() == title else text


@register_reader(".html", ".htm", ".xhtml")
def read_html(source: Source, options: ReadOptions) -> Iterator[Item]:
    decoded = read_text(source, options)
    if isinstance(decoded, Skip):
        yield decoded
        return
    yield extract_page(source.name, decoded.text, encoding=decoded.encoding, note=decoded.note)
