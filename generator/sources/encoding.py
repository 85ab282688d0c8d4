"""Turn the bytes of a text source into a string: UTF-8 (with or without BOM), else the best guess."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from .errors import SourceError

# Control bytes other than tab, newline, form feed and carriage return do not occur in text.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))


def looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > len(sample) * 0.01


def decode(data: bytes) -> str:
    """Decode a text file; raise SourceError for empty or binary content."""
    if not data.strip():
        raise SourceError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if looks_binary(data):
        raise SourceError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    # Western European legacy files are by far the most common non-UTF-8 input; cp1252 is a
    # superset of latin-1 for printable text, so it is the safe fallback.
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in {"latin_1", "iso8859_15", "ascii"}:
        encoding = "cp1252"
    return data.decode(encoding, errors="replace")
