"""Knowledge across documents: resolve people, group entities, link briefings."""

from .build import ENTITY_FOLDERS, build_knowledge

__all__ = ["ENTITY_FOLDERS", "build_knowledge"]
