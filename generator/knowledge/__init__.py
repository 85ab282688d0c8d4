"""Knowledge across documents: resolve people, group entities, link briefings."""

from .build import build_knowledge

__all__ = ["build_knowledge"]
