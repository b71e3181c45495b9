"""Outlet names as registrable domains (``www.bbc.co.uk/news`` -> ``bbc.co.uk``).

Why domains: a source line, a URL and page metadata name an outlet in different ways; the
registrable domain is the one spelling they share. The Public Suffix List comes from
tldextract's bundled snapshot (no network at run time). Reserved test TLDs such as
``.example`` are not on that list, so a name it cannot split falls back to its last two labels.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

_HOSTNAME = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9-]{1,63})+$")


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() keeps tldextract offline: it uses the snapshot shipped in the wheel.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registrable_domain(value: str | None) -> str | None:
    """The registrable domain named by a URL, hostname or bare domain; None if there is none."""
    host = _hostname(value)
    return None if host is None else _domain_of_host(host)


@lru_cache(maxsize=65_536)
def _domain_of_host(host: str) -> str | None:
    """Cached by host, not by URL: every article has its own URL, an outlet one host."""
    parts = _extractor()(host)
    if hasattr(parts, "top_domain_under_public_suffix"):
        domain = parts.top_domain_under_public_suffix
    else:  # tldextract < 5.3
        domain = parts.registered_domain
    if domain:
        return domain
    labels = host.split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 and not labels[-1].isdigit() else None


def _hostname(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    text = value.strip().lower()
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    return host if _HOSTNAME.match(host) else None


def first_outlet(*candidates: str | None) -> str | None:
    """The registrable domain of the first candidate that names one (in order of trust)."""
    for candidate in candidates:
        domain = registrable_domain(candidate)
        if domain:
            return domain
    return None
