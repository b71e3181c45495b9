"""Turn a file's bytes into text, or say exactly why they are not text.

Why not just ``bytes.decode("utf-8", "replace")``: researchers' exports come in cp1252,
latin-1 and UTF-16, and a silent replacement character inside a name ("Guaid\ufffd") breaks
entity matching downstream. So we try the byte-order marks, UTF-16 without a mark, strict
UTF-8, then let charset-normalizer guess, and refuse (with a reason) bytes that are binary.

One exception, because the alternative loses a whole article: text that is plainly UTF-8
(it holds more well-formed multi-byte characters than broken bytes) with a few broken bytes,
the usual result of a truncated download or of pasting a cp1252 quote into a UTF-8 file. It is
decoded as UTF-8 with U+FFFD for each broken sequence, and ``Decoded.replaced`` counts them so
the ingest report says so: repaired loudly, not silently, and never guessed into mojibake.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer
from charset_normalizer.utils import is_multi_byte_encoding

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
_ASCII_BYTES = bytes(range(128))
_MAX_WESTERN_HIGH_SHARE = 0.2  # Western text: accents here and there; CJK: nearly every byte


class NotTextError(ValueError):
    """The bytes look like a binary file (an image, an executable, a compressed blob)."""


class UndecodableError(ValueError):
    """The bytes are not valid in any encoding we can recognise."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding it was read with (kept for the ingest report).

    ``replaced`` counts the broken byte sequences replaced by U+FFFD (0 for a clean decode).
    """

    text: str
    encoding: str
    replaced: int = 0

    @property
    def note(self) -> str | None:
        """What decoding had to repair, in words for the ingest report (None: nothing)."""
        if not self.replaced:
            return None
        return (
            f"decoded as {self.encoding} with {self.replaced} broken byte "
            f"sequence{'s' if self.replaced != 1 else ''} replaced by U+FFFD"
        )


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text, detecting the encoding; raise NotTextError/UndecodableError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise NotTextError("binary content (control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _mostly_utf8(data) or _guess(data)


def _decode_strict(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        if encoding == "utf-8-sig" and (repaired := _mostly_utf8(data[len(codecs.BOM_UTF8) :])):
            return repaired
        raise UndecodableError(f"starts with a {encoding} byte-order mark but: {error}") from None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without a byte-order mark (some Windows exports), told by its zero bytes.

    Latin-script UTF-16 has a zero in (nearly) every high byte and none in the low bytes; a
    binary file with that exact pattern decodes to control characters, so it is refused below.
    """
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.5 and even_zeros == 0:
        encoding = "utf-16-le"
    elif even_zeros > half * 0.5 and odd_zeros == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text.encode("utf-8")) else Decoded(text, encoding)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken byte sequences, or None when the bytes are not plainly UTF-8.

    Plainly UTF-8 means at least as many well-formed multi-byte characters as broken
    sequences: single-byte encodings (cp1252, latin-1) almost never form a well-formed UTF-8
    sequence, so their text has none and goes on to the encoding guess.
    """
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - replaced
    if replaced <= 0 or non_ascii < replaced:
        return None
    return Decoded(text, "utf-8", replaced)


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
    if (best is None or is_multi_byte_encoding(best.encoding)) and _mostly_ascii(data):
        # A short Western file ("Peña’s" in a manifest) fits GB18030 or Big5 as well as
        # cp1252, but CJK text is mostly high bytes: a few of them among ASCII are Western.
        try:
            return Decoded(data.decode(_PREFERRED_AMONG_TIES), _PREFERRED_AMONG_TIES)
        except UnicodeDecodeError:
            pass
    if best is None:
        raise UndecodableError("not valid UTF-8 and no other encoding fits")
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if any(_PREFERRED_AMONG_TIES in _candidates(m) for m in tied):
        try:
            return Decoded(data.decode(_PREFERRED_AMONG_TIES), _PREFERRED_AMONG_TIES)
        except UnicodeDecodeError:
            pass
    return Decoded(str(best), best.encoding)


def _mostly_ascii(data: bytes) -> bool:
    high = len(data.translate(None, _ASCII_BYTES))
    return high <= len(data) * _MAX_WESTERN_HIGH_SHARE


def _candidates(match: charset_normalizer.CharsetMatch) -> set[str]:
    return {match.encoding, *match.could_be_from_charset}
