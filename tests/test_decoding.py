import codecs

import pytest

from tidynews.decoding import NotTextError, UndecodableError, decode_bytes

TEXT = "Juan Guaidó met Nicolás Maduro’s envoys in Bogotá – “no deal”, he said."
WESTERN = "Juan Guaidó met the envoys of Nicolás Maduro in Bogotá. Señor Pérez said no."


def test_utf8_plain():
    assert decode_bytes(TEXT.encode("utf-8")).text == TEXT


def test_utf8_bom_is_removed():
    decoded = decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    assert decode_bytes(bom + TEXT.encode(encoding)).text == TEXT


def test_cp1252_curly_quotes_and_accents():
    decoded = decode_bytes(TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert decoded.encoding == "cp1252"


def test_latin1_accents():
    assert decode_bytes(WESTERN.encode("latin-1")).text == WESTERN


def test_cyrillic_cp1251_is_not_forced_to_cp1252():
    text = "Путин поддерживает Мадуро, заявил Песков в Москве во вторник."
    assert decode_bytes(text.encode("cp1251")).text == text


def test_binary_is_not_text():
    with pytest.raises(NotTextError):
        decode_bytes(bytes(range(256)) * 20)


def test_png_header_is_not_text():
    with pytest.raises(NotTextError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))


def test_broken_bom_is_undecodable():
    with pytest.raises(UndecodableError):
        decode_bytes(codecs.BOM_UTF8 + b"abc \xff\xfe\xfd")
