"""Markdown built from source text: linked spans, highlighted words, table rows; all escaped."""

from __future__ import annotations

from collections.abc import Sequence

from .escape import Markdown, escape, link

SENTENCE_CLASS = "briefing-sentence"  # generator/assets/briefing.css highlights the one arrived at


def sentence_anchor(index: int) -> str:
    """The id of a briefing's sentence (its index in the analysis) in the briefing's text."""
    return f"sentence-{index}"


def with_links(
    text: str, links: list[tuple[int, int, str]], sentences: Sequence[tuple[int, int, int]] = ()
) -> Markdown:
    """The text with the given (start, end, href) spans as links, overlapping ones skipped, and
    each (start, end, index) sentence in an element whose id is its anchor; a link across a
    sentence's edge is skipped."""
    out, position = [], 0
    for start, end, index in sorted(sentences):
        if start < position or end > len(text):
            continue
        out.append(_linked(text, links, position, start))
        out.append(f'<span class="{SENTENCE_CLASS}" id="{sentence_anchor(index)}">')
        out.append(_linked(text, links, start, end))
        out.append("</span>")
        position = end
    out.append(_linked(text, links, position, len(text)))
    return Markdown("".join(out))


def _linked(text: str, links: list[tuple[int, int, str]], low: int, high: int) -> str:
    out, position = [], low
    for start, end, href in sorted(links):
        if start < position or end > high:
            continue
        out.append(escape(text[position:start]))
        out.append(link(text[start:end], href))
        position = end
    out.append(escape(text[position:high]))
    return "".join(out)


def highlight(sentence: str, forms: list[str]) -> Markdown:
    """The sentence with the first occurrence of each mention in bold."""
    spans: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        start = sentence.find(form)
        if start >= 0 and not any(s < start + len(form) and start < e for s, e in spans):
            spans.append((start, start + len(form)))
    out, position = [], 0
    for start, end in sorted(spans):
        out.append(escape(sentence[position:start]))
        out.append(Markdown(f"**{escape(sentence[start:end])}**"))
        position = end
    out.append(escape(sentence[position:]))
    return Markdown("".join(out))


def table_row(cells: list[Markdown]) -> Markdown:
    return Markdown("| " + " | ".join(cells) + " |")


def table_header(columns: list[str]) -> Markdown:
    return Markdown(table_row([escape(c) for c in columns]) + "\n|" + " --- |" * len(columns))


def relative(here: str, target: str) -> str:
    """Link from one generated page to another (both relative to docs_dir)."""
    depth = here.count("/")
    return "../" * depth + target


def sort_name(name: str) -> str:
    words = name.split()
    return (words[-1] + " " + " ".join(words[:-1])).casefold() if words else ""
