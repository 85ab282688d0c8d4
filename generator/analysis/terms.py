"""What a document is about, as words: the Snowball stems of its words that are no stop words,
counted. Related briefings are found by comparing them across documents."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from ..lang import for_language

_WORD = re.compile(r"[^\W\d_]{3,}")
_CAPITALISED = re.compile(r"[^\W\d_a-zäöüß][^\W\d_]{2,}")
# Web addresses are no words of the text: "pic.twitter.com/…", "www.derstandard.at".
_ADDRESS = re.compile(r"\S*(?:https?://|www\.|\.com\b|\.org\b|\.net\b|\.at/|\.de/)\S*")


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of the language (lower case); none for a language spaCy lacks."""
    import spacy.util

    try:
        words = spacy.util.get_lang_class(language).Defaults.stop_words
    except ImportError:
        return frozenset()
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    """The Snowball stemmer named after the language (Babel gives "German" for "de"), from
    Snowball's C library (PyStemmer): the pure-Python one was a sixth of the analysis."""
    from babel import Locale, UnknownLocaleError

    try:
        name = (Locale.parse(language).get_language_name("en") or "").lower()
    except (UnknownLocaleError, ValueError):
        return None
    return Stemmer.Stemmer(name) if name in Stemmer.algorithms() else None


@lru_cache(maxsize=1 << 17)
def stem(word: str, language: str) -> str:
    """The Snowball stem of a lower-case word ("steuern", "steuer" -> "steu"); the word itself
    in a language Snowball lacks."""
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer is not None else word


def content_terms(texts: Iterable[str], language: str) -> dict[str, int]:
    """Stem -> count over the texts' words of three letters or more, stop words left out."""
    stop = stop_words(language)
    stemmer = _stemmer(language)
    # Where nouns are capitalised (German), they carry the topic; the other words mostly do not.
    pattern = _CAPITALISED if for_language(language).NOUNS_CAPITALISED else _WORD
    words = [
        w.lower() for text in texts for w in pattern.findall(_ADDRESS.sub(" ", text)) if w.lower() not in stop
    ]
    counts = Counter(words)
    if stemmer is None:
        return dict(counts)
    stems: Counter[str] = Counter()
    for word, count in counts.items():
        stems[stem(word, language)] += count
    return dict(stems)
