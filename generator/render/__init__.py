"""Render: Markdown pages from the knowledge, through templates that escape all source text."""

from .pages import iter_pages, render_pages

__all__ = ["iter_pages", "render_pages"]
