from pathlib import Path

import pytest

from generator.records import Block
from generator.sources import Limits, read_document
from generator.sources.errors import SourceError
from generator.sources.limits import split_long, within_limits

from ..conftest import write


def test_long_paragraph_is_split_at_sentence_ends_and_nothing_is_lost() -> None:
    text = " ".join(f"Satz Nummer {i} steht hier." for i in range(200))
    pieces = list(split_long(text, 500))
    assert all(len(p) <= 500 for p in pieces) and len(pieces) > 5
    assert all(p.endswith(".") for p in pieces)
    assert " ".join(pieces) == text


def test_text_without_spaces_is_cut_anywhere() -> None:
    pieces = list(split_long("x" * 1050, 100))
    assert [len(p) for p in pieces] == [100] * 10 + [50]


def test_document_is_cut_at_a_block_and_says_so() -> None:
    blocks = [Block("paragraph", "a" * 40) for _ in range(10)]
    kept, note = within_limits(blocks, Limits(document_chars=100, paragraph_chars=1000))
    assert len(kept) == 2
    assert note == "cut after 80 of 400 characters (limit max_document_chars = 100)"
    assert within_limits(blocks, Limits())[1] == ""


def test_read_document_applies_the_limits(tmp_path: Path) -> None:
    body = "\n\n".join(f"Berlin – Absatz {i} über die Lage, der lang genug ist." for i in range(100))
    path = write(tmp_path, "lang.txt", f"Politik\n\nEine Schlagzeile\n\n{body}\n")
    doc = read_document(path, tmp_path, limits=Limits(document_chars=600))
    assert doc.notes and doc.notes[0].startswith("cut after")
    assert sum(len(s.text) for s in doc.segments) <= 600 + len("Eine Schlagzeile")
    assert read_document(path, tmp_path).notes == ()


def test_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = write(tmp_path, "gross.txt", "Text. " * 1000)
    with pytest.raises(SourceError, match="over the limit max_file_mb"):
        read_document(path, tmp_path, limits=Limits(file_bytes=1000))
