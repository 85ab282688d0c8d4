"""Sources: read every supported file in the source folder into one Document each."""

from __future__ import annotations

import re
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

from ..lang import language_names
from ..records import HEADLINE, PARAGRAPH, TEASER, Document, Segment
from .article import structure
from .blocks import squash
from .datelines import dateline_length
from .dates import infer_date, named_years, parse_date
from .errors import SourceError
from .limits import Limits, within_limits
from .readers import READERS, read_raw

__all__ = ["READERS", "Limits", "SourceError", "discover", "read_document"]


# Front-matter keys (Markdown) whose value is the stand-first; HTML readers fill "standfirst".
STANDFIRST_KEYS = ("teaser", "standfirst", "summary", "description")
TITLE_MAX = 500  # characters of a title from metadata; a headline is far shorter
TITLE_CHARS = 90  # of a title made from the text
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[„“\"'(]?[A-ZÄÖÜ0-9])")


def language_code(value: object) -> str:
    """ "de", "de-AT", "de_DE", "German", "Deutsch" -> "de"; unknown -> "" (then detected)."""
    text = str(value or "").strip().lower()
    if text in (names := language_names()):
        return names[text]
    code = text.replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else ""


def standfirst_in(metadata: dict[str, Any]) -> list[str]:
    """The stand-first a file declares: the first of STANDFIRST_KEYS that holds text, or a list
    of texts (teaser bullets)."""
    for key in STANDFIRST_KEYS:
        value = metadata.get(key)
        values = value if isinstance(value, list) else [value]
        texts = [" ".join(str(v).split()) for v in values if v is not None and str(v).strip()]
        if texts:
            return texts
    return []


def with_standfirst(segments: list[Segment], standfirst: list[str]) -> list[Segment]:
    """The declared stand-first as teaser segments after the headline, unless the text itself
    has a teaser (bullets, or a stand-first before the dateline): that is what the reader sees."""
    if not standfirst or any(s.kind == TEASER for s in segments):
        return segments
    at = 1 if segments and segments[0].kind == HEADLINE else 0
    return [*segments[:at], *(Segment(TEASER, text) for text in standfirst), *segments[at:]]


def title_from_text(segments: list[Segment]) -> str:
    """A title for a text without a headline: the first sentence of its teaser, else of its
    first paragraph (without a dateline and a closing full stop, as headlines are written),
    shortened at a word boundary to TITLE_CHARS ("…"), with the quotation marks it opens closed."""
    first = next((s for s in segments if s.kind == TEASER), None) or next(
        (s for s in segments if s.kind == PARAGRAPH), None
    )
    if first is None:
        return ""
    text = first.text[dateline_length(first.text) :]
    sentence = _FIRST_SENTENCE.split(text, maxsplit=1)[0].strip()
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1]
    return _closed(textwrap.shorten(sentence, TITLE_CHARS, placeholder=" …"))


def _closed(title: str) -> str:
    """A quotation the cut left open is closed: 'Leitl: "Wer eine … ein …"'. German „ closes
    with “, which opens in English (“…”)."""
    if title.count('"') % 2:
        title += '"'
    german = title.count("„")
    pairs = [("„", "“"), ("«", "»")] + ([] if german else [("“", "”")])
    for opening, closing in pairs:
        title += closing * (title.count(opening) - title.count(closing))
    return title


def _text(value: object) -> str:
    """A metadata value as one line of text."""
    return squash(str(value)) if value is not None else ""


def discover(source_dir: Path) -> list[Path]:
    """Every file below the source folder, in a stable order (hidden files included: the report
    must account for each one)."""
    return sorted(p for p in source_dir.rglob("*") if p.is_file())


def read_document(
    path: Path, source_dir: Path, today: date | None = None, limits: Limits | None = None
) -> Document:
    """Read one file into a Document; raise SourceError with the reason when that is impossible."""
    if path.name.startswith("."):
        raise SourceError("hidden file")
    limits = limits or Limits()
    raw = read_raw(path, limits.file_bytes)
    meta = raw.metadata
    blocks, cut = within_limits(raw.blocks, limits)
    article = structure(blocks, title=_text(meta.get("title"))[:TITLE_MAX], detect_header=raw.detect_header)
    if not any(s.kind != HEADLINE for s in article.segments):
        raise SourceError("no text left after removing page furniture")
    segments = with_standfirst(article.segments, standfirst_in(meta))
    declared = parse_date(meta.get("date"))
    body = " ".join(s.text for s in article.segments)
    url = _text(meta.get("url"))
    evidence = named_years(url, *(_text(meta.get(k)) for k in ("title", "source")))
    inferred = None if declared else infer_date(body, today or date.today(), evidence)
    tags = meta.get("tags") or []
    return Document(
        id=path.stem,
        source_path=path.relative_to(source_dir).as_posix(),
        format=path.suffix.lower().lstrip("."),
        title=article.title or title_from_text(segments) or path.stem,
        segments=tuple(segments),
        kicker=article.kicker or _text(meta.get("kicker")),
        credits=tuple(article.credits),
        date=declared or inferred,
        date_inferred=inferred is not None,
        source=_text(meta.get("source")),
        url=url,
        language=language_code(meta.get("language") or meta.get("lang")),
        tags=tuple(t for t in (_text(t) for t in (tags if isinstance(tags, list) else [tags])) if t),
        removed=tuple(article.removed),
        notes=(cut,) if cut else (),
    )
