"""Render: Markdown pages from the knowledge, through templates that escape all source text."""

from .pages import Renderer, render_pages

__all__ = ["Renderer", "render_pages"]
