"""Comparing person names: tokens that ignore case, accents, hyphens and genitive endings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import cache, lru_cache

from nicknames import NickNamer
from text_unidecode import unidecode

from ..lang import languages_where
from ..lang.neutral import NAME_ABBREVIATIONS
from .titles import PARTICLES, without_style

_SPLIT = re.compile(r"[\s\-‐‑–]+")
_POSSESSIVE = re.compile(r"['’]s?$")


# Names recur across a corpus and every cross-document step compares them again.
@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    """Case- and accent-insensitive form: "Erdoğan" -> "erdogan", "Wałęsa" -> "walesa",
    "Đoković" -> "dokovic", "Søren" -> "soren". Letters of other scripts stay as they are."""
    if word.isascii():
        return word.lower()  # the same, without decomposing every letter
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(_latin_ascii(c) for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def _latin_ascii(char: str) -> str:
    """A Latin letter that has no accent to drop ("ł", "ø", "đ", "ı", "æ") as ASCII."""
    if char.isascii() or not unicodedata.name(char, "").startswith("LATIN"):
        return char
    return unidecode(char) or char


def strip_possessive(name: str) -> str:
    """ "Obama's" -> "Obama"; "Mitterlehners'" -> "Mitterlehners" (German genitive 's' is kept:
    whether "Putins" is "Putin" depends on the other names in the text)."""
    return _POSSESSIVE.sub("", name.strip())


def is_abbreviation(word: str) -> bool:
    """ "U.S.", "J.", "Inc.": a word whose full stop is part of the name."""
    core = word[:-1]
    return word.endswith(".") and ("." in core or len(core) == 1 or core.casefold() in NAME_ABBREVIATIONS)


@lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """ "Kim Jong-un" and "Kim Jong Un" give the same tokens: ('kim', 'jong', 'un'); a peer is
    compared by the name the style stands before ("Lord Kinnock": ('kinnock',))."""
    return tuple(fold(t) for t in _SPLIT.split(without_style(strip_possessive(name))) if t)


def genitive_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The tokens as written, then with a German genitive -s taken off the last token."""
    variants = [tokens]
    if tokens and len(tokens[-1]) > 3 and tokens[-1].endswith("s"):
        variants.append(tokens[:-1] + (tokens[-1][:-1],))
    return variants


# The languages of each kind (their modules' flags): a bare "-s" genitive ("Merkels Rede"), a
# plural "-s" on names ("Oscars"), capitals only for names inside a sentence.
S_GENITIVE = languages_where("S_GENITIVE")
PLURAL_S = languages_where("PLURAL_S")
ONLY_NAMES_CAPITALISED = languages_where("ONLY_NAMES_CAPITALISED")


def nominative(tokens: tuple[str, ...], names: Collection[tuple[str, ...]]) -> tuple[str, ...]:
    """The name without a German genitive -s when that base form is among ``names`` ("Angela
    Merkels" -> "Angela Merkel" when she is named so too), else as it is ("Heiko Maas")."""
    base = genitive_variants(tokens)[-1]
    return base if base in names else tokens


def same_but_middle_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same name, or one without middle names of the other: the same first and last tokens
    ("George Bush", "George W Bush")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short[0] == long[0] and short[-1] == long[-1] and set(short) <= set(long)


@cache
def _nicknames() -> NickNamer:
    return NickNamer()


def is_nickname_of(nickname: str, given_name: str) -> bool:
    """ "Dave" of "David", "Bill" of "William" (tokens as name_tokens gives them): English
    given names and their pet forms, from the curated table of the nicknames package."""
    return nickname != given_name and nickname in _nicknames().nicknames_of(given_name)


def word_count(name: str) -> int:
    """Words separated by spaces, a surname's particles not counted: "Mikl-Leitner" and "Van
    Nistelrooy" are one word (a surname), "Kim Jong-un" and "Ruud van Nistelrooy" two; so is a
    peer's style ("Lord Kinnock": one)."""
    return sum(not _is_surname_particle(w) for w in without_style(name).split()) or 1


# Capitalised "Al" and "El" open given names too ("Al Gore"); "Bin" and "Ibn" a name ("Ibn
# Saud"); "Den" a given name ("Den Watts").
_GIVEN_TOO = {"al", "el", "bin", "ibn", "den"}


def _is_surname_particle(word: str) -> bool:
    return word.casefold() in PARTICLES and (word.islower() or word.casefold() not in _GIVEN_TOO)


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


# What may stand before the first word of a sentence (or of a quote or parenthesis in it).
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘’'(–—-])\s*$")
