import lxml.html
import markdown
import pytest

from generator.render.escape import escape, link

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
