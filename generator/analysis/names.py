"""Comparing person names: tokens that ignore case, accents, hyphens and genitive endings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

_SPLIT = re.compile(r"[\s\-‐‑–]+")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


def fold(word: str) -> str:
    """Case- and accent-insensitive form: "Erdoğan" -> "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def strip_possessive(name: str) -> str:
    """ "Obama's" -> "Obama"; "Mitterlehners'" -> "Mitterlehners" (German genitive 's' is kept:
    whether "Putins" is "Putin" depends on the other names in the text)."""
    return _POSSESSIVE.sub("", name.strip())


def name_tokens(name: str) -> tuple[str, ...]:
    """ "Kim Jong-un" and "Kim Jong Un" give the same tokens: ('kim', 'jong', 'un')."""
    return tuple(fold(t) for t in _SPLIT.split(strip_possessive(name)) if t)


def genitive_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The tokens as written, then with a German genitive -s taken off the last token."""
    variants = [tokens]
    if tokens and len(tokens[-1]) > 3 and tokens[-1].endswith("s"):
        variants.append(tokens[:-1] + (tokens[-1][:-1],))
    return variants


# Languages whose names take a bare -s genitive ("Merkels Rede"); English writes "Merkel's",
# which strip_possessive removes, and its names ending in -s are nominative ("Bill Gates").
S_GENITIVE = frozenset({"de"})


def nominative(tokens: tuple[str, ...], names: Collection[tuple[str, ...]]) -> tuple[str, ...]:
    """The name without a German genitive -s when that base form is among ``names`` ("Angela
    Merkels" -> "Angela Merkel" when she is named so too), else as it is ("Heiko Maas")."""
    base = genitive_variants(tokens)[-1]
    return base if base in names else tokens


def word_count(name: str) -> int:
    """Words separated by spaces: "Mikl-Leitner" is one word (a surname), "Kim Jong-un" two."""
    return len(name.split())


# Spellings of the same sound across German and English transliteration ("Wladimir"/"Vladimir",
# "Jelzin"/"Yeltsin", "Selenskyj"/"Zelensky"); applied in this order to folded tokens.
_TRANSLITERATION = [
    ("tsch", "ch"),
    ("sch", "sh"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("yj", "y"),
    ("ij", "y"),
    ("iy", "y"),
    ("j", "y"),
    ("ou", "u"),
    ("z", "s"),
    ("ts", "s"),
]
_DOUBLE = re.compile(r"(.)\1+")


def sound_key(token: str) -> str:
    """A key equal for transliteration variants of one name, and different for "Michael" and
    "Michaela" or "Daniel" and "Daniela"."""
    key = fold(token)
    for old, new in _TRANSLITERATION:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)
