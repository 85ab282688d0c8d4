"""Word lists and tables of one language each, in the style of spaCy's ``lang/`` modules.

``for_language("de")`` gives the German module; a language without a module gets ``neutral``,
whose lists hold what every language shares (codes, symbols), so callers never test a language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module
from pathlib import Path
from types import ModuleType

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from . import neutral

_MODULES = {"de": "de", "en": "en"}
# What a page's language may be written as in HTML (lang="…") and in a search bundle's name.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@cache
def for_language(language: str) -> ModuleType:
    return _module(_MODULES.get(language))


def word_list(file_name: str) -> frozenset[str]:
    """A shipped list beside this module, one word per line ("#" opens a comment line)."""
    text = Path(__file__).with_name(file_name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    """Given names of every culture, lower case (made by `python -m training.given_names` from
    Faker's lists and the NER corpora): language-neutral, as names cross languages."""
    return word_list("given_names.txt")


def languages() -> list[str]:
    """The languages that have a module of their own."""
    return list(_MODULES)


@cache
def organisation_aliases() -> dict[str, str]:
    """Every language's nicknames of organisations: names cross languages ("die Tories")."""
    return {k: v for module in every_module() for k, v in module.ORGANISATION_ALIASES.items()}


@cache
def organisation_kinds() -> frozenset[str]:
    """Every language's words for an organisation's kind ("Labour Party" in a German text)."""
    return frozenset().union(*(module.ORGANISATION_KINDS for module in every_module()))


@cache
def words(attribute: str) -> frozenset[str]:
    """Every language's words of one list ("TITLE_WORDS"): a German text quotes English titles,
    an English one German names."""
    return frozenset().union(*(getattr(module, attribute) for module in every_module()))


@cache
def pattern(language: str, attribute: str) -> re.Pattern[str] | None:
    """One language's regex of one kind ("ARTICLE_BEFORE_NAME"), compiled; None where it has none."""
    source = getattr(for_language(language), attribute)
    return re.compile(source) if source else None


@cache
def languages_where(flag: str) -> frozenset[str]:
    """The languages whose module sets a flag ("S_GENITIVE")."""
    return frozenset(code for code, name in _MODULES.items() if getattr(_module(name), flag))


@cache
def patterns(attribute: str) -> str:
    """Every language's regex of one kind ("TITLE_COMPOUND") as one alternation ("" for none)."""
    return "|".join(dict.fromkeys(p for module in every_module() if (p := getattr(module, attribute))))


@cache
def month_numbers() -> dict[str, int]:
    """Every language's month names, lower case -> 1..12: CLDR's (through Babel) in each of the
    language's locales ("Jänner" in Austria)."""
    return {
        name.casefold(): number
        for module in every_module()
        for locale in module.LOCALES
        for number, name in get_month_names("wide", locale=locale).items()
    }


@cache
def weekday_numbers() -> dict[str, int]:
    """Every language's weekday names, lower case -> 0 (Monday) .. 6, CLDR's and regional ones."""
    names: dict[str, int] = {}
    for module in every_module():
        for locale in module.LOCALES:
            days = get_day_names("wide", locale=locale)
            names.update((name.casefold(), number) for number, name in days.items())
        names.update(module.WEEKDAYS_TOO)
    return names


@cache
def language_names() -> dict[str, str]:
    """Names of languages in every language's locales (CLDR), lower case -> two-letter code:
    "deutsch", "german", "französisch", "french" -> "de", "de", "fr", "fr"."""
    return {
        name.casefold(): code
        for module in every_module()
        for locale in module.LOCALES
        for code, name in Locale.parse(locale).languages.items()
        if len(code) == 2
    }


@cache
def territory_names(language: str) -> dict[str, str]:
    """Names of countries, unions and world regions in the language (CLDR), with the ones its
    module adds (``TERRITORY_ALIASES``: "britain"), -> territory code: "Österreich" -> "AT"."""
    try:
        names = {name: code for code, name in Locale.parse(language).territories.items() if code != "ZZ"}
    except (UnknownLocaleError, ValueError):
        names = {}
    return {**names, **for_language(language).TERRITORY_ALIASES}


@cache
def month_name(language: str, month: int) -> str:
    """ "März" for ("de", 3): the name in the language's first locale (English without one)."""
    locales = for_language(language).LOCALES or ("en",)
    return str(get_month_names("wide", locale=locales[0])[month])


@cache
def relative_days() -> dict[str, int]:
    """Every language's words for a day counted from today ("gestern": -1)."""
    return {word: days for module in every_module() for word, days in module.RELATIVE_DAYS.items()}


def every_module() -> list[ModuleType]:
    """The module of every language, then the neutral one."""
    return [_module(name) for name in (*_MODULES.values(), None)]


def _module(name: str | None) -> ModuleType:
    return import_module(f"{__name__}.{name}") if name else neutral
