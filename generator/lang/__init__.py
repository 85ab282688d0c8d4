"""Word lists and tables of one language each, in the style of spaCy's ``lang/`` modules.

``for_language("de")`` gives the German module; a language without a module gets ``neutral``,
whose lists hold what every language shares (codes, symbols), so callers never test a language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module
from types import ModuleType

from . import neutral

_MODULES = {"de": "de", "en": "en"}
# What a page's language may be written as in HTML (lang="…") and in a search bundle's name.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@cache
def for_language(language: str) -> ModuleType:
    return _module(_MODULES.get(language))


@cache
def organisation_aliases() -> dict[str, str]:
    """Every language's nicknames of organisations: names cross languages ("die Tories")."""
    return {
        k: v for name in (*_MODULES.values(), None) for k, v in _module(name).ORGANISATION_ALIASES.items()
    }


@cache
def organisation_kinds() -> frozenset[str]:
    """Every language's words for an organisation's kind ("Labour Party" in a German text)."""
    return frozenset().union(*(_module(name).ORGANISATION_KINDS for name in (*_MODULES.values(), None)))


def _module(name: str | None) -> ModuleType:
    return import_module(f"{__name__}.{name}") if name else neutral
