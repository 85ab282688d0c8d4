"""One reader per source format; each returns blocks of text and the metadata it found."""

from __future__ import annotations

import html as html_module
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import lxml.etree
import lxml.html
import markdown
import trafilatura
import yaml
from frontmatter.default_handlers import YAMLHandler
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from .. import safe_yaml
from ..records import Block
from .blocks import html_blocks, squash, text_blocks
from .encoding import decode, looks_binary
from .errors import SourceError
from .limits import MB, Limits


@dataclass
class Raw:
    """What a reader found in a file, before the article structure is worked out."""

    blocks: list[Block]
    metadata: dict[str, Any] = field(default_factory=dict)
    detect_header: bool = True


def read_text(data: bytes) -> Raw:
    return Raw(text_blocks(decode(data)))


class _SafeYAML(YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return safe_yaml.load(fm)


def read_markdown(data: bytes) -> Raw:
    text = decode(data)
    handler = frontmatter.detect_format(text, frontmatter.handlers)
    if isinstance(handler, YAMLHandler):
        handler = _SafeYAML()
    try:
        metadata, content = frontmatter.parse(text, handler=handler)
    except yaml.YAMLError as error:
        raise SourceError(f"front matter is not valid YAML, {safe_yaml.reason(error)}") from error
    except RecursionError as error:
        raise SourceError("front matter is nested too deeply") from error
    html = markdown.markdown(content)
    blocks = html_blocks(html)
    if not metadata.get("title") and blocks and blocks[0].kind == "heading":
        metadata["title"] = blocks.pop(0).text
    return Raw(blocks, metadata, detect_header=False)


def read_html(data: bytes) -> Raw:
    html = decode(data)
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, output_format="python"
    )
    if extracted is None:
        raise SourceError("no main text found in the HTML")
    found = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = found.get("text") or ""
    if not text.strip():
        raise SourceError("no main text found in the HTML")
    blocks = [
        Block("item", squash(line[2:])) if line.startswith("- ") else Block("paragraph", squash(line))
        for line in text.split("\n")
        if line.strip()
    ]
    metadata = {
        "title": _decoded_once(found.get("title") or "", html),
        "standfirst": standfirst_of(found.get("description") or "", text),
        "date": found.get("date") or "",
        "url": found.get("url") or "",
        "source": found.get("sitename") or found.get("hostname") or "",
        "language": found.get("language") or "",
        "tags": [t for t in (found.get("tags") or []) if t],
    }
    return Raw(blocks, metadata, detect_header=not metadata["title"])


def _decoded_once(value: str, page: str) -> str:
    """trafilatura decodes entities in metadata twice: a <title> or og:title that says "&lt;b&gt;"
    comes back as "<b>". The value as the page says it, when one of its titles decodes to it."""
    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return value
    written = [*root.xpath("//title/text()"), *root.xpath("//meta[contains(@property, 'title')]/@content")]
    once = (str(w).strip() for w in written if w != value and html_module.unescape(w).strip() == value)
    return next(once, value)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def standfirst_of(description: str, text: str) -> str:
    """An HTML page's meta description when it is the article's stand-first: a whole sentence
    or two about this text (most of its words recur in it), not a site slogan, a truncated
    excerpt ("…") or a sentence copied from the text.  Otherwise ""."""
    description = squash(description)
    if len(description.split()) < 6 or description.endswith(("…", "...")):
        return ""
    if description.rstrip(".") in squash(text):
        return ""
    words = {w.lower() for w in _CONTENT_WORD.findall(description)}
    body = {w.lower() for w in _CONTENT_WORD.findall(text)}
    return description if words and len(words & body) >= 0.5 * len(words) else ""


def read_pdf(data: bytes) -> Raw:
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError) as error:
        raise SourceError(f"unreadable PDF: {error}") from error
    text = "\n\n".join(pages)
    if not text.strip():
        raise SourceError("PDF has no text layer (scanned image?)")
    metadata: dict[str, Any] = {}
    if info is not None and info.title:
        metadata["title"] = str(info.title)
    return Raw(text_blocks(text), metadata, detect_header=not metadata)


READERS: dict[str, Callable[[bytes], Raw]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}


def read_raw(path: Path, max_bytes: int = Limits.file_bytes) -> Raw:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SourceError(f"unsupported format {path.suffix or '(no extension)'!r}")
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(
            f"file of {size / MB:,.1f} MB not read: over the limit max_file_mb = {max_bytes / MB:g}"
        )
    data = path.read_bytes()
    if not data.strip():
        raise SourceError("empty file")
    if reader is not read_pdf and looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError("binary file, not text")
    return reader(data)
