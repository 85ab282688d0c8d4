"""Split plain text and HTML into blocks: headings, paragraphs and list items."""

from __future__ import annotations

import re

import lxml.html

from ..records import Block

_BULLET = re.compile(r"^\s*(?:[•·▪►◦‣∙]|[-*–+](?=\s))\s*")
_BLANK_LINES = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"\s+")
_EMBED_LINK = re.compile(r"(?:https?://)?pic\.twitter\.com/\w+")
_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-zäöüß])")
# C0 and C1 control characters that are not white space to Python's \s (which `squash` turns
# into spaces): no text needs them, and Markdown uses STX/ETX as its own placeholders.
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def without_controls(text: str) -> str:
    return CONTROLS.sub("", text)


def squash(text: str) -> str:
    """Collapse runs of white space (line breaks included) to single spaces; drop control
    characters and the picture links of embedded tweets ("pic.twitter.com/…"), which copied
    text keeps and which show nothing."""
    return _SPACES.sub(" ", _EMBED_LINK.sub(" ", without_controls(text))).strip()


def text_blocks(text: str) -> list[Block]:
    """Blocks of a plain text: blank lines separate blocks, bullet lines are list items."""
    text = _HYPHEN_BREAK.sub(r"\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks: list[Block] = []
    for chunk in _BLANK_LINES.split(text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        paragraph: list[str] = []
        for line in lines:
            if _BULLET.match(line):
                if paragraph:
                    blocks.append(Block("paragraph", squash(" ".join(paragraph))))
                    paragraph = []
                item = squash(_BULLET.sub("", line, count=1))
                if item:
                    blocks.append(Block("item", item))
            else:
                paragraph.append(line)
        if paragraph:
            blocks.append(Block("paragraph", squash(" ".join(paragraph))))
    return blocks


_HTML_KINDS = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "p": "paragraph",
    "li": "item",
}


def html_blocks(html: str) -> list[Block]:
    """Blocks of an HTML fragment: headings, paragraphs and list items, in document order."""
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks: list[Block] = []
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li"):
        if element.tag == "p" and element.getparent() is not None and element.getparent().tag == "li":
            continue
        text = squash(element.text_content())
        if text:
            blocks.append(Block(_HTML_KINDS[str(element.tag)], text))
    return blocks
