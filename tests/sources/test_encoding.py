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
