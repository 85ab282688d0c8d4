"""Word lists and tables of one language each, in the style of spaCy's ``lang/`` modules.

``for_language("de")`` gives the German module; a language without a module gets ``neutral``,
whose lists hold what every language shares (codes, symbols), so callers never test a language.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from types import ModuleType

from . import neutral

_MODULES = {"de": "de", "en": "en"}


@cache
def for_language(language: str) -> ModuleType:
    name = _MODULES.get(language)
    return import_module(f"{__name__}.{name}") if name else neutral
