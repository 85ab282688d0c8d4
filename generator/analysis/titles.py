"""Titles and roles that stand before a name or in an apposition: "Kremlchef", "Präsident"."""

from __future__ import annotations

import re

from .. import lang

# The word lists are the languages' (generator/lang); these are their unions.
_NOTHING = "(?!)"  # the regex of a list no language has
_TITLE_WORDS = lang.words("TITLE_WORDS") | lang.words("NATIONALITY_NOUNS") | lang.words("PEERAGE")
_TITLE_WORDS |= {m.JUDICIAL_STYLE for m in lang.every_module() if m.JUDICIAL_STYLE}
_TITLE_COMPOUND = re.compile(lang.patterns("TITLE_COMPOUND") or _NOTHING)
_PERSON_NOUN_ENDING = re.compile(lang.patterns("PERSON_NOUN_ENDING") or _NOTHING)
_HYPHEN_ROLES = lang.words("HYPHEN_ROLES")
_KINSHIP = lang.words("KINSHIP")


def is_kinship_noun(word: str) -> bool:
    return word.islower() and word.strip(".,;:") in _KINSHIP


_NATIONALITY_NOUNS = lang.words("NATIONALITY_NOUNS")


def is_nationality_noun(word: str) -> bool:
    """ "Briton", "Dane", "Schwede": a title before a name, and in English an adjective too
    ("Australian")."""
    return word.strip(".,;:").casefold() in _NATIONALITY_NOUNS


# Forms of address: not part of a name, and no role worth showing.
ADDRESS = lang.words("ADDRESS")
PEERAGE = lang.words("PEERAGE")
_JUDICIAL = {m.JUDICIAL_STYLE: m.JUDICIAL_BEFORE for m in lang.every_module() if m.JUDICIAL_STYLE}


def style_start(words: list[str], name_start: int) -> int:
    """Where a name that begins at ``name_start`` really begins when a peer's or judge's style
    stands before a one-word name (``name_start`` itself otherwise)."""
    rest = words[name_start:]
    while len(rest) > 1 and rest[0].casefold() in PARTICLES:  # "Baron von Trapp"
        rest = rest[1:]
    if not (len(rest) == 1 or (len(rest) == 3 and rest[1] == "of")):
        return name_start
    before = [w.strip(".").casefold() for w in words[:name_start]]
    if len(before) >= 2 and before[-2] in _JUDICIAL.get(before[-1], ()):
        return name_start - 2
    if before and before[-1] in PEERAGE:
        return name_start - 1
    return name_start


def without_style(name: str) -> str:
    """The name a style stands before: "Lord Kinnock" and "Baron Kinnock of Bedwellty" ->
    "Kinnock", "Mr Justice Forbes" -> "Forbes"; any other name as it is."""
    words = name.split()
    for skip in (1, 2):
        rest = words[skip:]
        if rest and style_start(words, skip) == 0:
            return rest[0]
    return name


def is_address(word: str) -> bool:
    return word.strip(".,;:").casefold() in ADDRESS


# Words that only ever stand before a person's name: "Mr Brown", "Sir Elton John", "Lord Ashcroft".
HONORIFICS = ADDRESS | PEERAGE | lang.words("HONORIFICS")


def is_honorific(word: str) -> bool:
    return word.strip(".,;:").casefold() in HONORIFICS


# Forms of address and degrees say how a person is addressed, not what they do: no roles.
_NOT_ROLES = HONORIFICS | lang.words("DEGREES")


def is_role(title: str) -> bool:
    """ "Kremlchef", "Foreign Secretary": a role; "Sir", "Dame", "Dr.": not."""
    return title.strip(".,;:").casefold() not in _NOT_ROLES


def is_title_word(word: str) -> bool:
    """A title from the word list itself (not a compound), such as English "spokesman"."""
    return word.strip(".,;:").casefold() in _TITLE_WORDS


def _is_title_form(folded: str) -> bool:
    head, _, last = folded.rpartition("-")
    if folded in _TITLE_WORDS or _TITLE_COMPOUND.search(last) or (head and last in _TITLE_WORDS):
        return True
    if _PERSON_NOUN_ENDING.search(last) and not is_given_name(last):
        return True
    return bool(head) and last in _HYPHEN_ROLES


_ADJECTIVAL_NOUN = re.compile(lang.patterns("ADJECTIVAL_NOUN") or _NOTHING)


def title_base(word: str) -> str:
    """The title in its dictionary form, or "" if the word is none: "Präsidenten" -> "Präsident",
    "Kremlchefs" -> "Kremlchef" (German case endings of the weak and strong nouns)."""
    stripped = word.strip(".,;:")
    folded = stripped.casefold()
    if not folded:
        return ""
    if _is_title_form(folded):
        # An adjectival noun's case ending: "FPÖ-Abgeordneten" -> "FPÖ-Abgeordnete".
        return stripped[:-1] if _ADJECTIVAL_NOUN.search(folded) else stripped
    for ending in ("en", "n", "s", "es"):
        if (
            folded.endswith(ending)
            and len(folded) > len(ending) + 2
            and _is_title_form(folded[: -len(ending)])
        ):
            return stripped[: -len(ending)]
    return ""


def is_title(word: str) -> bool:
    """True for a word that names an office or form of address ("Kremlchef", "Dr.", "President",
    also inflected: "Präsidenten")."""
    return bool(title_base(word))


# A name after one of these is a thing, an outlet or an animal: "Zeitung El Mundo", "Kater Robby".
_THING_NOUNS = "|".join(sorted(lang.words("THING_NOUNS")))
_THING_NOUN = re.compile(rf"(?:{_THING_NOUNS})(?:s|n|en|e)?$")
# English nouns take only a plural ending, and never stand inside a compound: not the "Cate" of
# "Cate Blanchett".
_ENGLISH_THING_NOUN = re.compile(rf"(?:{_THING_NOUNS})(?:s|es)?")
_THING_WORDS = lang.words("THING_WORDS")
_ORGANISATION_HEADS = lang.words("ORGANISATION_HEADS")


def is_organisation_head(word: str) -> bool:
    """True for a word that ends an organisation's name, never a person's ("Studios", "AG")."""
    return word.strip(".,;:").casefold() in _ORGANISATION_HEADS


def is_thing_noun(word: str, whole: bool = False, english: bool = False) -> bool:
    """True for a noun that makes the name after it a thing, not a person ("TV-Sender"; with
    ``whole`` the noun itself, not a compound ending in it: "Sender", not "Moderatorenteam";
    ``english``: the noun or its plural)."""
    folded = word.strip(".,;:").casefold()
    last = folded.split("-")[-1]
    if english:
        found = _ENGLISH_THING_NOUN.fullmatch(last)
    else:
        found = _THING_NOUN.fullmatch(last) if whole else _THING_NOUN.search(last)
    return bool(folded) and (is_thing_word(folded) or bool(found))


def is_thing_word(word: str) -> bool:
    """A whole word that no person's name holds: "City" of "Manchester City", "Dinamo"."""
    return word.strip(".,;:").casefold() in _THING_WORDS


PARTICLES = lang.words("PARTICLES")
SURNAME_PARTICLES = lang.words("SURNAME_PARTICLES")
PATRONYMICS = lang.words("PATRONYMICS")
# German news quotes English ("Summer Of Love"); English news hardly quotes German, whose
# function words are English names there ("Allen", "Will", "Hat").
_FUNCTION_WORDS = {
    "en": lang.for_language("en").STOP_WORDS - PARTICLES,
    "": lang.words("STOP_WORDS") - PARTICLES,
}
_ARTICLE_PREFIX = re.compile(lang.patterns("ARTICLE_PREFIX") or _NOTHING, re.IGNORECASE)


_INITIAL = re.compile(r"[A-Z]{1,2}\.?")


def is_initial(word: str) -> bool:
    """One or two capital letters standing for given names: "S" of "S Lamont", "KP", "J."."""
    return bool(_INITIAL.fullmatch(word))


def is_particle(word: str) -> bool:
    """A lower-case word that still belongs to a name: "von", "de", "bin", "al-Nuaimi"."""
    return word.casefold() in PARTICLES or bool(_ARTICLE_PREFIX.match(word))


def is_function_word(word: str, language: str = "") -> bool:
    """A stop word that is no name particle ("Of", "Against", "Und"): of English in an English
    text, else of German or English."""
    return word.casefold() in _FUNCTION_WORDS.get(language, _FUNCTION_WORDS[""])


def is_common_word(word: str, language: str) -> bool:
    """A capitalised word that the language otherwise writes in lower case and that opens no
    person's name: "Casino", "Free", "Farmer" (not "Will", "Rose"; see `lang.neutral.COMMON_WORDS`)."""
    folded = word.strip(".,;:").casefold()
    return word[:1].isupper() and not is_initial(word) and folded in lang.for_language(language).COMMON_WORDS


def is_common_word_anywhere(word: str) -> bool:
    """A common word of some language: "Games" also in a German text, which quotes English."""
    return any(is_common_word(word, language) for language in lang.languages())


def is_given_name(word: str) -> bool:
    """ "Gordon", "Jean-Pierre" (either part), an initial: a word that may open a person's name."""
    return is_initial(word) or any(part in lang.given_names() for part in word.casefold().split("-"))


def is_foreign_phrase(words: list[str], language: str) -> bool:
    """Words all common in another language than the text's: an English phrase quoted in a German
    article ("Cash Generating Units", "Mad Men")."""
    return any(
        other != language and all(is_common_word(w, other) for w in words) for other in lang.languages()
    )


def is_lower_case_word(word: str) -> bool:
    """A word that starts lower-case and is no name particle ("sagte", not "von" or "al-Assad")."""
    return not word[:1].isupper() and not is_particle(word)


def not_name_part(word: str, language: str = "") -> bool:
    """Titles ("Kremlchef"), function words ("Wann") and lower-case words are not names."""
    return is_title(word) or is_function_word(word, language) or is_lower_case_word(word)
