"""Structure of a news article: kicker, headline, caption and credit, teaser, body, boilerplate.

Readers turn a file into blocks; this module decides what each block is. It knows the shape of
German and English online news as pasted into a text file (see the seed in seeds/).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lang import words
from ..records import CAPTION, HEADING, HEADLINE, PARAGRAPH, TEASER, Block, Segment
from .datelines import STANDFIRST_MAX_WORDS, dateline_length, split_standfirst

# Lines that belong to the page furniture, not the article.
_FURNITURE = re.compile(
    r"^(?:artikel teilen|teilen|share(?: this(?: article)?)?|drucken|print|"
    + "|".join(sorted(words("ADVERTISING")))
    + r"|zur startseite|kommentare|comments)\s*:?$",
    re.IGNORECASE,
)
# Promotion of another article: the line and the promoted headline after it go.
_PROMO = re.compile(
    rf"^(?:{'|'.join(map(re.escape, sorted(words('PROMOTION'), key=len, reverse=True)))})\s*:\s*(.*)$",
    re.IGNORECASE,
)
# A photo credit at the end of a caption: "… Bild: picture alliance/dpa | Name".
_CREDIT = re.compile(
    rf"(?:^|\s)(?:(?i:{'|'.join(sorted(words('CREDIT_LABELS')))})\s*:|©|\(c\)\s)\s*(?P<credit>[^.!?]*?)\s*$",
)
_END_PUNCTUATION = (".", "!", "?", ":", ";", "…", '"', "“", "”", "«", "»")


def is_title_like(text: str, max_words: int = 20) -> bool:
    """A line that reads as a headline: short and without a sentence-ending full stop."""
    stripped = text.rstrip()
    return 0 < len(stripped.split()) <= max_words and not stripped.endswith(_END_PUNCTUATION[:2] + (";",))


@dataclass
class Article:
    title: str = ""
    kicker: str = ""
    segments: list[Segment] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def strip_furniture(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Drop share buttons, ads and promoted links (with the headline they promote)."""
    kept: list[Block] = []
    removed: list[str] = []
    skip_next_title = False
    for block in blocks:
        text = block.text.strip()
        if skip_next_title:
            skip_next_title = False
            if block.kind != "item" and is_title_like(text):
                removed.append(text)
                continue
        if _FURNITURE.match(text):
            removed.append(text)
            continue
        promo = _PROMO.match(text)
        if promo:
            removed.append(text)
            skip_next_title = not promo.group(1).strip()
            continue
        kept.append(block)
    return kept, removed


def split_credit(text: str) -> tuple[str, str]:
    """Split "caption Bild: credit" into caption and credit; credit is "" when there is none."""
    # A credit holds no sentence end, so it starts after the last one: searching from there keeps
    # the search linear ("© a © a … ." had taken a minute).
    last_end = max(text.rfind(mark) for mark in ".!?")
    match = _CREDIT.search(text, max(last_end, 0))
    if not match or not match.group("credit"):
        return text, ""
    return text[: match.start()].strip(), match.group("credit").strip()


def structure(blocks: list[Block], *, title: str = "", detect_header: bool = True) -> Article:
    """Sort blocks into the parts of an article.

    With ``detect_header`` the first blocks may be a kicker ("Politik") and the headline; a
    known ``title`` (from metadata) is used as it is.
    """
    blocks, removed = strip_furniture(blocks)
    article = Article(title=title, removed=removed)
    position = 0
    if detect_header and not title:
        position = _take_header(blocks, article)
    in_body = False
    for block in blocks[position:]:
        text, credit = split_credit(block.text)
        if credit:
            article.credits.append(credit)
        if not text:
            continue
        if block.kind == "item":
            article.segments.append(Segment(PARAGRAPH if in_body else TEASER, text))
        elif credit and not in_body:
            article.segments.append(Segment(CAPTION, text))
        elif block.kind == "heading" or (in_body and is_title_like(text, 15) and not credit):
            article.segments.append(Segment(HEADING, text))
        else:
            in_body = True
            article.segments.append(Segment(PARAGRAPH, text))
    if not any(s.kind == TEASER for s in article.segments):
        article.segments = mark_standfirst(article.segments)
    if article.title:
        article.segments.insert(0, Segment(HEADLINE, article.title))
    return article


def mark_standfirst(segments: list[Segment]) -> list[Segment]:
    """The paragraphs before the body's dateline are the stand-first (teaser), whether they stand
    apart ("<teaser>" / "Wien – <body>") or share the first paragraph ("<teaser>. Wien – <body>").
    Without a dateline nothing tells a stand-first from the lead, and the segments stay as they are."""
    first = next((i for i, s in enumerate(segments) if s.kind == PARAGRAPH), None)
    if first is None:
        return segments
    words = 0
    for index in range(first, len(segments)):
        segment = segments[index]
        if segment.kind == CAPTION:
            continue
        if segment.kind != PARAGRAPH:
            break
        if dateline_length(segment.text):
            if index == first:
                return segments
            teaser = [Segment(TEASER, s.text) if s.kind == PARAGRAPH else s for s in segments[first:index]]
            return segments[:first] + teaser + segments[index:]
        words += len(segment.text.split())
        if words > STANDFIRST_MAX_WORDS:
            break
    parts = split_standfirst(segments[first].text)
    if parts is None:
        return segments
    split = [Segment(TEASER, parts[0]), Segment(PARAGRAPH, parts[1])]
    return segments[:first] + split + segments[first + 1 :]


def _take_header(blocks: list[Block], article: Article) -> int:
    """Read kicker and headline from the first blocks; return how many blocks they used."""
    first = [b for b in blocks[:2] if b.kind != "item" and is_title_like(b.text)]
    if len(first) == 2 and len(first[0].text.split()) <= 4 and first[0] is blocks[0]:
        article.kicker, article.title = first[0].text, first[1].text
        return 2
    if first and first[0] is blocks[0] and len(blocks) > 1:
        article.title = first[0].text
        return 1
    return 0
