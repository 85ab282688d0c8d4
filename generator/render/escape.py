"""Markdown that cannot carry HTML, scripts or links from source text.

Every value a template prints is escaped unless it is `Markdown` built here, from escaped parts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote

import yaml

from ..lang import LANGUAGE_CODE, for_language
from ..sources.blocks import without_controls

# Characters that start inline Markdown (emphasis, code, links, images, attribute lists, tables).
_INLINE = re.compile(r"([\\`*_\[\]{}|!])")
# Markdown has no backslash escape for these (it would show), yet extensions give them meaning.
_ENTITIES = {"~": "&#126;", "^": "&#94;"}
_ENTITY_CHARS = re.compile("[~^]")
# Characters that start a block when they open a line: headings, lists, quotes, rules.
_BLOCK_START = re.compile(r"^(\s*)([#+\-])")
_ORDERED = re.compile(r"^(\s*\d+)\.")
_SPACE = re.compile(r"\s+")


class Markdown(str):
    """Text that is already safe Markdown; templates print it as it is."""


def escape(value: object) -> Markdown:
    """Plain text -> Markdown showing exactly that text, on one line (runs of white space become
    one space; outer spaces stay, so escaped pieces can be joined)."""
    if isinstance(value, Markdown):
        return value
    return _escape_text(str(value))


# Names and titles recur on thousands of pages: rendering 1,500 documents escapes ~1M values.
@lru_cache(maxsize=1 << 16)
def _escape_text(text: str) -> Markdown:
    text = _SPACE.sub(" ", without_controls(text))
    text = html.escape(text, quote=False)
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY_CHARS.sub(lambda m: _ENTITIES[m.group()], text)
    text = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    text = _ORDERED.sub(r"\1\\.", text)
    # ":" opens emoji and abbreviation syntax of some extensions only in odd places; "<" and "&"
    # are entities by now, so raw HTML, autolinks and entity tricks are text.
    return Markdown(text)


def quoted(text: object, language: str) -> Markdown:
    """Escaped text in the quotation marks of its language: „…“ in German, “…” in English."""
    opening, closing = for_language(language).QUOTE_MARKS
    return Markdown(f"{opening}{escape(text)}{closing}")


# libyaml's emitter where PyYAML has it: five times faster, for thousands of pages per build
_SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def title_front_matter(title: str, language: str = "") -> Markdown:
    """Front matter that names the page for the theme, and its language when that is a plain
    code (the plugin marks the page's article with it and indexes it with that stemmer).

    Themes print a page title as HTML, and Material's <title> passes it through `striptags`,
    which turns entities back into characters: "&lt;/title&gt;" from an escaped H1 would close
    the element. So the title is HTML-escaped plain text in which no "<" can come back: it is
    shown as the full-width "＜" (U+FF1C) there; the H1 keeps the text as written.
    """
    plain = " ".join(without_controls(title).split()).replace("<", "\uff1c")
    fields = {"title": html.escape(plain)}
    if LANGUAGE_CODE.fullmatch(language):
        fields["lang"] = language
    meta = yaml.dump(fields, Dumper=_SAFE_DUMPER, allow_unicode=True, width=1 << 30)
    return Markdown(f"---\n{meta}---\n\n")


def link(text: object, href: str) -> Markdown:
    """A link with escaped text; ``href`` is produced by the renderer, never taken from sources."""
    return Markdown(f"[{escape(text)}]({href})")


def external_link(text: object, url: str) -> Markdown:
    """A link to an http(s) URL from a source or the user's configuration; every character that
    could end the URL or start a link title in Markdown is percent-encoded."""
    url = without_controls(url).strip()
    if not url.lower().startswith(("https://", "http://")):
        return escape(text)
    safe = quote(url, safe=":/?#@!$&*+,;=%~").replace("(", "%28").replace(")", "%29")
    return Markdown(f"[{escape(text)}]({safe})")


def join(parts: Iterable[object], separator: str = ", ") -> Markdown:
    return Markdown(separator.join(escape(p) for p in parts))
