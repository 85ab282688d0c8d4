"""Property-based tests (hypothesis) of the readers, the structure step and escaping.

500 examples per function in a normal run; `HYPOTHESIS_PROFILE=slow python -m pytest
tests/test_properties.py` runs 10,000 (the profiles are in tests/conftest.py).
"""

from __future__ import annotations

import html

import lxml.html
import markdown
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup
from mkdocs.utils.meta import get_data

from generator.records import Block
from generator.render.escape import escape, title_front_matter
from generator.sources.article import structure
from generator.sources.blocks import CONTROLS, squash, without_controls
from generator.sources.encoding import decode
from generator.sources.errors import SourceError
from generator.sources.readers import read_html, read_markdown, read_text

# Text as sources have it, and the characters Markdown, HTML and YAML give meaning to.
SYNTAX = st.sampled_from(list("<>&\"'`*_[]{}()|~^!#+-.:=\\/\n\t \x02\x03\x00\u00a0\u2028") + ["---", "&lt;"])
TEXT = st.lists(st.one_of(st.text(max_size=12), SYNTAX), max_size=40).map("".join)
EXTENSIONS = ["tables", "attr_list", "md_in_html", "toc", "pymdownx.tilde", "pymdownx.caret"]


def _no_controls(text: str) -> bool:
    return CONTROLS.search(text) is None


@given(st.binary(max_size=2000) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decode_gives_text_or_says_why(data: bytes) -> None:
    try:
        text = decode(data)
    except SourceError:
        return
    assert _no_controls(text)


@given(TEXT)
def test_readers_give_blocks_of_clean_text_or_say_why(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    for reader in (read_text, read_markdown, read_html):
        try:
            raw = reader(data)
        except SourceError:
            continue
        assert all(b.text and b.text == squash(b.text) and _no_controls(b.text) for b in raw.blocks)


@given(st.lists(st.tuples(st.sampled_from(["paragraph", "item", "heading"]), TEXT), max_size=12), TEXT)
def test_structure_never_loses_its_footing(blocks: list[tuple[str, str]], title: str) -> None:
    parts = [Block(kind, squash(text)) for kind, text in blocks if squash(text)]
    for detect in (True, False):
        article = structure(parts, title=squash(title), detect_header=detect)
        assert all(s.text.strip() for s in article.segments)


@given(TEXT)
def test_escaped_text_renders_as_exactly_that_text(text: str) -> None:
    rendered = markdown.markdown(escape(text), extensions=EXTENSIONS)
    expected = " ".join(without_controls(text).split())
    if not expected:
        assert not lxml.html.fragments_fromstring(rendered or "<p></p>")[0].text_content().strip()
        return
    root = lxml.html.fragment_fromstring(rendered)
    assert [e.tag for e in root.iter()] == ["p"]
    assert " ".join(root.text_content().split()) == expected


@given(TEXT)
def test_theme_title_survives_striptags(text: str) -> None:
    meta = get_data(title_front_matter(text) + "# x\n")[1]
    title = meta.get("title", "")
    assert "<" not in title and "<" not in Markup(title).striptags()
    assert html.unescape(title) == " ".join(without_controls(text).split()).replace("<", "\uff1c")
