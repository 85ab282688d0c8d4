"""Render: Markdown pages from the knowledge, through templates that escape all source text."""

from .pages import render_pages

__all__ = ["render_pages"]
