import codecs

import pytest

from generator.sources.encoding import decode
from generator.sources.errors import SourceError

TEXT = "Außenminister Schallenberg sagte: „Wir prüfen das.“ Preis: 5 €"


def test_utf8() -> None:
    assert decode(TEXT.encode("utf-8")) == TEXT


def test_utf8_with_bom_loses_the_bom() -> None:
    assert decode(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == TEXT


def test_cp1252() -> None:
    assert decode(TEXT.encode("cp1252")) == TEXT


def test_latin1_umlauts() -> None:
    text = "Müller und Öztürk trafen sich in Köln zur Übergabe. " * 3
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize(
    "data, reason", [(b"", "empty"), (b"  \n\t ", "empty"), (bytes(range(256)) * 4, "binary")]
)
def test_unreadable_input_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        decode(data)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_western_text_is_not_read_in_another_code_page(encoding: str) -> None:
    text = "Hélène Cañete traf Søren in Zürich."
    assert decode(text.encode(encoding)) == text


def test_a_few_bad_bytes_in_utf8_are_repaired_where_they_stand() -> None:
    data = "Café in Wien, naïve Idee.".encode() + b" Stra\xdfe\n" + "Grüße".encode()
    assert decode(data) == "Café in Wien, naïve Idee. Straße\nGrüße"


def test_utf16_with_an_odd_last_byte_is_read() -> None:
    data = codecs.BOM_UTF16_LE + "Grüße aus Wien".encode("utf-16-le") + b"x"
    assert decode(data).startswith("Grüße aus Wien")
