"""What MkDocs holds of a generated page between its two passes over the pages, made small.

MkDocs renders every page's Markdown to HTML first and puts the pages into the theme only
then, so each page's Markdown and HTML are held from the one pass to the other: most of a
large build's memory. After a generated page is rendered, `HeldPages` keeps its HTML
compressed and lets go of its Markdown (the title is taken from the rendered HTML); the HTML
comes back just before the theme renders the page, and goes once the page is written.
"""

from __future__ import annotations

import zlib

from mkdocs.structure.pages import Page


class HeldPages:
    def __init__(self) -> None:
        self._html: dict[str, bytes] = {}  # source path -> compressed HTML

    def set_aside(self, page: Page, html: str) -> str:
        """Keep ``html``, the page's rendered content, compressed; returns what the page holds
        instead (empty, not None: MkDocs takes the title from the Markdown when it is None)."""
        self._html[page.file.src_uri] = zlib.compress(html.encode("utf-8", "surrogatepass"), 1)
        page.markdown = ""
        return ""

    def restore(self, page: Page) -> None:
        """Give the page its HTML back, if it was set aside."""
        packed = self._html.pop(page.file.src_uri, None)
        if packed is not None:
            page.content = zlib.decompress(packed).decode("utf-8", "surrogatepass")

    @staticmethod
    def release(page: Page) -> None:
        """Let go of the HTML of a page that is written."""
        page.content = ""
