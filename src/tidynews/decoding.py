"""Turn a file's bytes into text, or say exactly why they are not text.

Why not just ``bytes.decode("utf-8", "replace")``: researchers' exports come in cp1252,
latin-1 and UTF-16, and a silent replacement character inside a name ("Guaid\ufffd") breaks
entity matching downstream. So we try the byte-order marks, then strict UTF-8, then let
charset-normalizer guess, and refuse (with a reason) bytes that are binary.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

# Encodings that charset-normalizer cannot tell apart on short Western-European text (they
# decode the same bytes to equally plausible strings). Windows-1252 is by far the commonest
# for news exports, so among equally good guesses we prefer it.
_PREFERRED_AMONG_TIES = "cp1252"
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed: a text file has
# (almost) none of them, a binary file has many.
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}
_MAX_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 65_536


class NotTextError(ValueError):
    """The bytes look like a binary file (an image, an executable, a compressed blob)."""


class UndecodableError(ValueError):
    """The bytes are not valid in any encoding we can recognise."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read with (kept for the ingest report)."""

    text: str
    encoding: str


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text, detecting the encoding; raise NotTextError/UndecodableError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding)
    if _looks_binary(data):
        raise NotTextError("binary content (control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(data)


def _decode_strict(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        raise UndecodableError(f"starts with a {encoding} byte-order mark but: {error}") from None


def _looks_binary(data: bytes) -> bool:
    """Why a share and not any NUL: a stray control byte in a long article is not a binary."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls / len(sample) > _MAX_CONTROL_SHARE


def _guess(data: bytes) -> Decoded:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise UndecodableError("not valid UTF-8 and no other encoding fits")
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if any(_PREFERRED_AMONG_TIES in _candidates(m) for m in tied):
        try:
            return Decoded(data.decode(_PREFERRED_AMONG_TIES), _PREFERRED_AMONG_TIES)
        except UnicodeDecodeError:
            pass
    return Decoded(str(best), best.encoding)


def _candidates(match: charset_normalizer.CharsetMatch) -> set[str]:
    return {match.encoding, *match.could_be_from_charset}
