import codecs

import pytest

from podiya.errors import InputError
from podiya.ingest.decode import decode_bytes, looks_binary, looks_cyrillic

UK = "Зустріч у Києві відбулася 9 жовтня.\r\nСторони домовилися."


def test_utf8_with_bom_and_crlf():
    assert decode_bytes(codecs.BOM_UTF8 + UK.encode(), "f") == "Зустріч у Києві відбулася 9 жовтня.\nСторони домовилися."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_by_bom(encoding):
    data = UK.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes(data, "f").startswith("Зустріч у Києві")


def test_lone_cr_becomes_newline():
    assert decode_bytes(b"one\rtwo\r\nthree", "f") == "one\ntwo\nthree"


def test_cp1251_cyrillic_decodes():
    assert decode_bytes(UK.encode("cp1251"), "f").startswith("Зустріч у Києві")


def test_latin1_bytes_are_refused_not_misread_as_cp1251():
    with pytest.raises(InputError, match="cannot decode"):
        decode_bytes("Ça coûte très cher à Genève, déjà été.".encode("latin-1"), "f")


def test_koi8r_is_refused_not_read_as_garbage():
    with pytest.raises(InputError, match="cannot decode"):
        decode_bytes("Встреча лидеров прошла в Душанбе девятого октября.".encode("koi8-r"), "f")


def test_binary_and_empty_are_refused():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.png")
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b" \n\t\r\n", "blank.txt")


def test_binary_and_cyrillic_heuristics():
    assert looks_binary(bytes(range(1, 32)) * 10)
    assert not looks_binary(UK.encode())
    assert looks_cyrillic("Привіт, світе! Hello")
    assert not looks_cyrillic("Hello world, привіт")
