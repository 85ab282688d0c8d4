"""Size limits of one source file, so that every build ends in bounded time and memory.

Set in mkdocs.yml (plugin `briefing`: max_file_mb, max_document_chars, max_paragraph_chars).
A file over `file_bytes` is not read; text over `document_chars` is cut at a block boundary and
the report says so; a paragraph over `paragraph_chars` is split into several, nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..records import Block

MB = 1 << 20


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 100 * MB
    document_chars: int = 1_000_000  # spaCy's own default max_length
    paragraph_chars: int = 20_000


_SENTENCE_END = re.compile(r"[.!?…][\"'“”«»)]*\s")


def split_long(text: str, limit: int) -> Iterator[str]:
    """The text in pieces of at most ``limit`` characters, each ending at a sentence end where one
    lies in the second half of the piece, else at a space, else anywhere."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        ends = [m.end() for m in _SENTENCE_END.finditer(text, start + limit // 2, end)]
        cut = ends[-1] if ends else text.rfind(" ", start + limit // 2, end) + 1 or end
        if piece := text[start:cut].strip():
            yield piece
        start = cut
    if piece := text[start:].strip():
        yield piece


def within_limits(blocks: list[Block], limits: Limits) -> tuple[list[Block], str]:
    """Long paragraphs split, and the blocks up to ``document_chars`` in all; the note for the
    report says what was cut ("" when nothing was)."""
    kept: list[Block] = []
    total = sum(len(b.text) for b in blocks)
    used = 0
    for block in blocks:
        for piece in split_long(block.text, limits.paragraph_chars):
            if used + len(piece) > limits.document_chars:
                return kept, (
                    f"cut after {used:,} of {total:,} characters (limit max_document_chars"
                    f" = {limits.document_chars:,})"
                )
            kept.append(Block(block.kind, piece))
            used += len(piece)
    return kept, ""
