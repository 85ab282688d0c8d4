"""Turn the bytes of a text source into a string.

The encodings a source may have: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy
Western European cp1252 (a superset of latin-1's printable characters). There is no guessing
among other code pages: a cp1252 file read as cp1250 turns "Hélène" into "Hélčne". UTF-8 is read
byte sequence by byte sequence, and a byte that is not UTF-8 is read as cp1252, so a file that is
cp1252 throughout, UTF-8 throughout, or UTF-8 with a few stray legacy bytes all come out right.
"""

from __future__ import annotations

import codecs

from .blocks import without_controls
from .errors import SourceError

# Control bytes other than tab, newline, form feed and carriage return do not occur in text.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))
_REPAIR = "briefing-cp1252"


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    # cp1252 leaves five bytes undefined; latin-1 maps them to (control) characters.
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error(_REPAIR, _as_cp1252)


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
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return without_controls(data.decode("utf-16", errors="replace"))  # odd last byte: U+FFFD
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if looks_binary(data):
        raise SourceError("binary file, not text")
    return without_controls(data.decode("utf-8", errors=_REPAIR))
