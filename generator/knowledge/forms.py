"""The form an organisation's or place's name is compared by across documents.

Case, accents and a German adjective's case ending are ignored ("Europäischen Union" is
"Europäische Union"), and so is a word that only names the kind of organisation ("Labour
Party" is "Labour"). Nicknames a language module lists become the name they stand for. Kind
words and nicknames of every language apply to every document: names cross languages.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis.names import fold
from ..lang import for_language, organisation_aliases, organisation_kinds

MIN_STEM = 3  # letters an adjective keeps without its ending: "Rot" in "Roten Kreuz"


# Each form is compared several times (its key, its place, the page name): computed once.
@lru_cache(maxsize=1 << 16)
def normal_form(name: str, language: str, aliases: bool = True) -> str:
    """The compared form; with ``aliases=False`` a nickname stays itself ("Tories")."""
    words = fold(name).split()
    if len(words) > 1 and words[-1] in organisation_kinds():
        words = words[:-1]
    endings = for_language(language).ADJECTIVE_ENDINGS
    words = [_without_ending(w, endings) for w in words[:-1]] + words[-1:]
    key = " ".join(words)
    return organisation_aliases().get(key, key) if aliases else key


def _without_ending(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def inflection(name: str, language: str) -> int:
    """How many of a name's words carry an adjective ending beyond the nominative "-e": the
    page is named by the form with fewest ("Europäische Union", not "Europäischen Union")."""
    endings = [e for e in for_language(language).ADJECTIVE_ENDINGS if e != "e"]
    return sum(any(fold(w).endswith(e) for e in endings) for w in name.split()[:-1])
