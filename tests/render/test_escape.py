import html

import lxml.html
import markdown
import pytest
from mkdocs.utils.meta import get_data

from generator.render.escape import escape, external_link, link, title_front_matter

PAYLOADS = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![img](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "<https://evil.example>",
    "&lt;script&gt;",
    'Text {: onclick="alert(1)" }',
    "`code` *em* __strong__ | cell |",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_renders_as_its_own_text(payload: str) -> None:
    html = markdown.markdown(escape(payload), extensions=["attr_list", "tables"])
    root = lxml.html.fragment_fromstring(html)
    assert [(e.tag, dict(e.attrib)) for e in root.iter()] == [("p", {})]
    assert root.text_content() == payload


@pytest.mark.parametrize("text", ["# not a heading", "- not a list", "1. not a list", "+ no"])
def test_line_start_is_not_block_syntax(text: str) -> None:
    assert markdown.markdown(escape(text)) == f"<p>{text}</p>"


def test_link_text_is_escaped_but_target_kept() -> None:
    html = markdown.markdown(link("<b>Putin</b>", "../people/putin.md"))
    assert html == '<p><a href="../people/putin.md">&lt;b&gt;Putin&lt;/b&gt;</a></p>'


def test_bang_before_a_link_is_no_image() -> None:
    html = markdown.markdown(escape("Er rief !") + link("Olaf Scholz", "../people/olaf-scholz.md"))
    assert "<img" not in html and '<a href="../people/olaf-scholz.md">Olaf Scholz</a>' in html


@pytest.mark.parametrize("text", ["~x~ und ^y^", "a\x02# b\x03", "\x02- kein Punkt"])
def test_tilde_caret_and_control_characters(text: str) -> None:
    html = markdown.markdown(escape(text), extensions=["pymdownx.tilde", "pymdownx.caret"])
    root = lxml.html.fragment_fromstring(html)
    assert [e.tag for e in root.iter()] == ["p"]
    assert root.text_content() == text.replace("\x02", "").replace("\x03", "")


def test_quote_in_an_external_url_cannot_end_it() -> None:
    html = markdown.markdown(
        external_link("Original", 'https://example.org/a\'b "c"') + " " + link("next", "next.md")
    )
    assert '<a href="https://example.org/a%27b%20%22c%22">Original</a>' in html
    assert '<a href="next.md">next</a>' in html


def test_theme_title_is_escaped_plain_text_without_a_tag_opener() -> None:
    block = title_front_matter("A &lt; </title><script>x</script>\x02 & B")
    assert block.startswith("---\ntitle: ") and block.endswith("\n---\n\n")
    title = get_data(block + "text")[1]["title"]
    assert "<" not in title and "<" not in html.unescape(title)
    assert html.unescape(title) == "A &lt; \uff1c/title>\uff1cscript>x\uff1c/script> & B"


def test_the_page_language_goes_into_the_front_matter_only_as_a_plain_code() -> None:
    assert get_data(title_front_matter("A", "en") + "x")[1] == {"title": "A", "lang": "en"}
    assert get_data(title_front_matter("A", 'en" onload="x') + "x")[1] == {"title": "A"}
    assert get_data(title_front_matter("A") + "x")[1] == {"title": "A"}
