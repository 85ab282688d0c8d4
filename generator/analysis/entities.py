"""Entity mentions from the model's spans, cleaned: titles cut off names, non-names dropped."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from .. import lang
from ..records import Mention, Sentence, Span
from .cues import cued_names, word_after_comma
from .events import is_date_word
from .names import ONLY_NAMES_CAPITALISED, PLURAL_S, S_GENITIVE, SENTENCE_OPENING, is_abbreviation
from .nlp import Parsed
from .roles import marks_person, title_before
from .titles import (
    PATRONYMICS,
    PEERAGE,
    SURNAME_PARTICLES,
    is_address,
    is_common_word,
    is_common_word_anywhere,
    is_foreign_phrase,
    is_function_word,
    is_given_name,
    is_honorific,
    is_initial,
    is_lower_case_word,
    is_nationality_noun,
    is_organisation_head,
    is_particle,
    is_thing_noun,
    is_thing_word,
    is_title,
    is_title_word,
    not_name_part,
    style_start,
    without_style,
)

# Words a model trained on news tags as persons although they never are in this product.
_NOT_PEOPLE = (
    lang.words("CREDIT_LABELS") | lang.words("AGENCIES") | lang.words("ADDRESS")
    | {"gott", "god", "artikel", "teilen", "alliance"}  # "picture alliance", "Artikel teilen"
)  # fmt: skip
_EDGE = re.compile(r"^[\s\"'„“”«»‚‘’()\[\],.;:!?/–-]+|[\s\"'„“”«»‚‘’()\[\],;:!?/–-]+$")
_HOLIDAYS = lang.words("HOLIDAYS")
_HAS_DIGIT = re.compile(r"\d")
_NUMBER_NOUNS = lang.words("NUMBER_NOUNS")
# A word with a possessive ending before the span's last: "Gordon Brown's Treasury", "Dubs' Bill".
_POSSESSIVE_INSIDE = re.compile(r"(?<=\w)(?:['’]s|(?<=s)['’])(?=\s+\S)")
_WORDS = re.compile(r"\S+")
# What follows a full name to say where the person works: "Nick Bubb of Evolution Securities".
_AFFILIATION = lang.words("AFFILIATION")
# A lower-case letter before a capital inside a word: "BürgermeisterThomas" (not "McDonald"
# or "DiCaprio", whose first part is no title).
_GLUED_TITLE = re.compile(r"(\w*[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
# "STANDARD-Informationen", "SPD-Vorstoß": an acronym compound is a noun, not a one-word name.
_ACRONYM_COMPOUND = re.compile(r"^[A-ZÄÖÜ]{2,}-[A-ZÄÖÜ]?[a-zäöüß]")
# Abstract nouns and adjectives are no name words: "Harmlosigkeit", "Gesellschaft", "Psychotische".
_COMMON_WORD = re.compile(lang.patterns("COMMON_WORD_ENDING") or "(?!)")
# "DVDs", "PEDs", "PKWs": the plural of an acronym is a thing.
_ACRONYM_PLURAL = re.compile(r"^[A-ZÄÖÜ]{2,}s$")
# "the BBC's editor": an acronym's possessive is never part of its name ("Moody's" may be).
_ACRONYM_POSSESSIVE = re.compile(r"\b[A-Z][A-Z0-9&.]*[A-Z0-9]['’]s$")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding punctuation and quote marks."""
    span = text[start:end]
    lead = _EDGE.match(span)
    if lead:
        start += lead.end()
        span = text[start:end]
    tail = _EDGE.search(span)
    if tail:
        kept, closing = tail.start(), span.find(")", tail.start())
        if closing >= 0 and span[:kept].count("(") > span[:kept].count(")"):  # "Mladost (L)"
            kept = closing + 1
        end -= len(span) - kept
    if _ACRONYM_POSSESSIVE.search(text[start:end]):
        end -= 2
    if text[start:end].endswith(".") and not is_abbreviation(text[start:end].split()[-1]):
        end -= 1  # the sentence's full stop: "Worldcom."
    return start, end


def _is_honorific_name(name: str) -> bool:
    """ "Mr Brown", "Lord Ashcroft": a person, whatever the model said ("Lord of the Rings" is not)."""
    words = name.split()
    return len(words) > 1 and is_honorific(words[0]) and all(w[:1].isupper() for w in words[1:])


def _is_particle_name(name: str, language: str) -> bool:
    """ "Philip van Doren Stern" (ORG): in English, where only names are capitalised, a surname
    particle in lower case between capitalised words makes a person's name, whatever the model
    said (in German "Haus von Wien" may be a house). "von" with a plural or genitive article is
    the preposition: "Viv Albertine von den Slits"."""
    words = name.split()
    inside = [w for w in words[1:-1] if w.islower()]
    return (
        language in ONLY_NAMES_CAPITALISED
        and len(words) > 2
        and bool(inside)
        and inside[0] in SURNAME_PARTICLES
        and inside[:2] not in (["von", "den"], ["von", "dem"], ["von", "des"])
        and all(is_particle(w) for w in inside)
        and all(w[:1].isupper() for w in words if not w.islower())
        and not is_title(words[0])
        and not any(is_organisation_head(w) or is_thing_noun(w) for w in words)
    )


# A hyphenated modifier is no name word: "Rosneft-owned Yugansk", "Man-of-the-match Duff"
# open a name; "George Bush-style", "Pop Idol-type" end one in a word that is no name part.
_MODIFIER_OPENING = re.compile(r"^\S+?(?:-[a-z]+)+$")
_MODIFIER_ENDING = re.compile(r"-(?:[a-z]+ed|style|type|like|era|born|run|made|esque|sized|free|friendly)$")


def _without_modifiers(text: str, start: int, end: int) -> tuple[int, int]:
    words = list(_WORDS.finditer(text, start, end))
    if len(words) > 1 and _MODIFIER_OPENING.match(words[0].group()) and not is_particle(words[0].group()):
        start = words[1].start()
    ending = _MODIFIER_ENDING.search(text, start, end)
    return start, ending.start() if ending else end


@cache
def _territories(language: str) -> frozenset[str]:
    return frozenset(name.casefold() for name in lang.territory_names(language))


def _is_territory(word: str, language: str) -> bool:
    """A country's or region's name in the language, and no surname ("Jordan" is both); a short
    one only as an acronym ("USA", not the "Un" of "Kim Jong Un")."""
    folded = word.casefold()
    if len(word) <= 3 and not word.isupper():
        return False
    return folded in _territories(language) and folded not in lang.for_language(language).TERRITORY_SURNAMES


def _territory_genitive(word: str, language: str) -> bool:
    """ "Brasiliens", "Österreichs": a country's genitive stands before a name as an attribute
    ("Österreichs Golfstar Bernd Wiesberger", "Brasiliens Teamkicker"), never in it."""
    return language in S_GENITIVE and word.endswith("s") and word[:-1].casefold() in _territories(language)


def _is_law_head(word: str, language: str) -> bool:
    return word.casefold() in lang.for_language(language).LAW_HEADS


def clean_person(text: str, start: int, end: int, language: str = "") -> tuple[int, int] | None:
    """The name inside a PER span ("Kremlchef Wladimir Putin" -> "Wladimir Putin"), or None when
    what is left is not a name."""
    start, end = _without_modifiers(text, *trim(text, start, end))
    possessive = _POSSESSIVE_INSIDE.search(text, start, end)
    if possessive:  # what follows belongs to the person: "Gordon Brown's Treasury" -> "Gordon Brown"
        end = possessive.start()
    words = text[start:end].split()
    if len(words) > 1 and language not in ONLY_NAMES_CAPITALISED and _thing_compound(words[0]):
        return None  # the name of a thing: "Dreitagesfestival Herbstlärm"
    if len(words) > 1 and _territory_genitive(words[0], language):
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    glued = _GLUED_TITLE.match(words[0]) if words else None
    if glued and is_title(glued.group(1)):  # a space missing in the source: "BürgermeisterThomas"
        start += len(glued.group(1))
        words = text[start:end].split()
    # A peer's style opens a name or follows another title: "Sacha Baron Cohen" keeps "Baron".
    titles = [
        i
        for i, w in enumerate(words[:-1])
        if is_title(w) and (i == 0 or w.casefold() not in PEERAGE or is_title(words[i - 1]))
    ]
    if titles:  # "Tory Treasurer Lord Ashcroft": the name follows the last title
        cut = style_start(words, titles[-1] + 1)
        start = [m.start() for m in _WORDS.finditer(text, start, end)][cut]
        styled = cut <= titles[-1]
    else:
        styled = False
    while not styled:
        words = text[start:end].split()
        if (
            len(words) > 1
            and not_name_part(words[0], language)
            and not is_initial(words[0])
            and not _given_name_too(text, start, words[0], language)
        ) or (len(words) > 2 and is_common_word(words[0], language)):  # "Farmer Geoff Brooks"
            start = text.index(words[1], start + len(words[0]))
        # Only a lower-case word ends no name: a capitalised one after a name is its last part
        # even when it is also a title or a stop word ("Billie Jean King", "Thorsten Rund").
        elif len(words) > 1 and is_lower_case_word(words[-1]):
            end = text.rindex(words[-2], start, end) + len(words[-2])
        else:
            break
        start, end = trim(text, start, end)
    words = text[start:end].split()
    of = next((i for i, w in enumerate(words) if w in _AFFILIATION), 0)
    if of >= 2 and not styled:  # "Nick Bubb of Evolution Securities"
        end = text.rindex(words[of - 1], start, end) + len(words[of - 1])
        words = words[:of]
    if not words or _HAS_DIGIT.search(text[start:end]) or any(w.casefold() in _NUMBER_NOUNS for w in words):
        return None
    if styled:  # "Lord Falconer"; "Lord Chancellor" is his office
        return None if all(is_title(w) for w in without_style(text[start:end]).split()) else (start, end)
    if not all(w[:1].isupper() or is_particle(w) for w in words):
        return None
    if len(words) > 1 and (is_organisation_head(words[-1]) or _is_law_head(words[-1], language)):
        return None
    if words[-1].casefold() in _HOLIDAYS:  # "Christmas", "Comedy Christmas with the Kranks"
        return None
    if len(words) > 1 and any(is_thing_word(w) for w in words):  # "Dinamo Zagreb", "Hull City"
        return None
    if _ACRONYM_PLURAL.match(words[-1]):
        return None
    # "Casino Royale", "Ask Jeeves"; with no given name first, a common word of any language
    # ("Scotland Yard", "Big Brother"; "Ghost Games" in a German text); not "Gordon Brown", nor
    # "actor Ice Cube", whom a cue marks.
    first, last = (words[0], words[-1]) if len(words) == 2 else ("", "")
    common_word = is_common_word(first, language) or (
        (is_common_word_anywhere(first) or is_common_word_anywhere(last)) and not is_given_name(first)
    )
    # A nationality is an adjective there, no title: "the Australian Financial Review".
    if common_word and (
        is_nationality_noun(" ".join(text[:start].split()[-1:]))
        or not marks_person(text, start, end, language)
    ):
        return None
    if len(words) > 1 and is_foreign_phrase(words, language):
        return None  # "Cash Generating Units" in a German text
    if _is_territory(words[-1], language) and not title_before(text, start, language):
        return None  # "Ikea Österreich", "Nintendo Europe"; not "Polizeichef Badredin Haiti"
    if any(is_function_word(w) for w in words[1:-1]):  # "Summer Of Love", "Game Against Poverty"
        return None
    if any(_COMMON_WORD.search(w.lower() if w.isupper() else w) for w in words):  # "Gladbacher Harmlosigkeit"
        return None
    if len(words) == 1 and (
        not_name_part(words[0], language)
        or words[0].strip(".").casefold() in _NOT_PEOPLE
        or len(words[0].strip(".")) < 3
        or _ACRONYM_COMPOUND.match(words[0])
    ):
        return None
    return start, end


def _thing_compound(word: str) -> bool:
    """A compound ending in a thing noun ("Dreitagesfestival"), not the bare noun: "Roman" of a
    span opening the model's PER is a given name."""
    return is_thing_noun(word) and not is_thing_noun(word, whole=True)


def _ends_in_title(text: str) -> bool:
    words = text.split()
    return not words or is_title(words[-1])


def _with_cued_names(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans plus the names the text marks as people."""
    cued = cued_names(text)
    # The cue outweighs the model's label and edges for a span inside the name ("Kim Geum Chol"
    # as ORG; "Hans-Werner" of "Hans-Werner Sinn", where "Sinn" is also a noun).
    # A title before it does not make a cued name something else: "Lord Chancellor Lord
    # Falconer" (ORG), "Supreme Leader Ayatollah Ali Khamenei" (ORG).
    kept = [
        (a, b, label)
        for a, b, label in entities
        if not any((s <= a and b <= e) or (a <= s and e == b and _ends_in_title(text[a:s])) for s, e in cued)
    ]
    extra = [(s, e, "PER") for s, e in cued if not any(a < e and s < b for a, b, _ in kept)]
    return sorted(kept + extra)


# A patronymic joins two names into one: "Qabus bin Said", "Asaad bin Tariq".
_PATRONYMIC = re.compile(rf" (?:{'|'.join(sorted(PATRONYMICS))}) ")


def _joined_patronymics(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two names the model found on either side of a patronymic (with any labels: "Ahmed" LOC,
    "Mohammed al-Mansuri" PER) are one person when the second is read as a person."""
    joined: list[tuple[int, int, str]] = []
    for start, end, label in sorted(entities):
        if joined and label == "PER" and _PATRONYMIC.fullmatch(text, joined[-1][1], start):
            joined[-1] = (joined[-1][0], end, "PER")
        else:
            joined.append((start, end, label))
    return joined


# In English only names are capitalised inside a sentence, so a capitalised word just before
# a person's name that the model left out is part of it: "Ole Gunnar Solskjaer", "Cate Blanchett".
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z](?:[a-z]+(?:-[A-Z][a-z]+)?|\.)?) $")
_WORDS_BEFORE_MAX = 3


Entities = list[tuple[int, int, str]]
_GIVEN_STOP_WORDS = lang.words("GIVEN_STOP_WORDS")


def _given_name_too(text: str, start: int, word: str, language: str) -> bool:
    """A stop word that is a given name too, capitalised inside a sentence: "actor Will Smith";
    opening a sentence it is the stop word ("Will Smith win?")."""
    return (
        word.casefold() in _GIVEN_STOP_WORDS
        and word[:1].isupper()
        and not SENTENCE_OPENING.search(text, max(0, start - 5), start)
    )


def _extended_left(text: str, entities: Entities, language: str) -> Entities:
    if language not in ONLY_NAMES_CAPITALISED:
        return entities
    out: Entities = []
    for start, end, label in entities:
        for _ in range(_WORDS_BEFORE_MAX if label == "PER" else 0):  # "George W" of "George W Bush"
            match = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if not match or SENTENCE_OPENING.search(text, max(0, match.start() - 5), match.start()):
                break
            word = match.group(1)
            if is_function_word(word, language) or is_title(word) or is_date_word(word):
                break
            if out and out[-1][0] <= match.start() < out[-1][1]:
                # Before a middle initial a one-word entity is the given name: "George" (LOC) W Bush.
                # So too after titles the model took in: "Presidents George" (ORG) W Bush.
                a, b, _ = out[-1]
                initial = is_initial(text[start:end].split()[0])
                titles = text[a : match.start()].split()
                if not (initial and b == match.end(1) and all(is_title(w) for w in titles)):
                    break
                out.pop()
            start = match.start()
        out.append((start, end, label))
    return out


# A name the model ended on a particle goes on to the surname: "Alexander Van" + "der Bellen".
_SURNAME_AFTER = re.compile(r"(?:\s+(?:[a-z]{1,3}|[A-Z][a-z]{1,2}))*\s+[A-ZÀ-ÖØ-Þ][\w'’-]*")


# A surname written with an Arabic article the model left out: "Abdel Fattah" + "al-Sisi"; an
# organisation's last word the model left out: "John Hopkins" + "Universität".
_WORD_AFTER = re.compile(r"\s+([\w'’-]*\w)")


def _extended_right(text: str, entities: Entities) -> Entities:
    out: Entities = []
    starts = [start for start, _, _ in entities]
    for start, end, label in entities:
        if out and start < out[-1][1]:
            continue  # taken into the name before
        words = text[start:end].split()
        if label == "PER" and len(words) > 1 and is_particle(words[-1]):
            match = _SURNAME_AFTER.match(text, end)
            if match and all(is_particle(w) for w in match.group().split()[:-1]):
                end = match.end()
        elif label == "PER" and (after := _WORD_AFTER.match(text, end)):
            word = after.group(1)
            free = not any(end <= s < after.end() for s in starts)
            if "-" in word and is_particle(word) and free:  # no other particle has a hyphen
                end = after.end()
            elif word[:1].isupper() and is_organisation_head(word) and free:
                end, label = after.end(), "ORG"  # "Forscher der John Hopkins Universität"
        out.append((start, end, label))
    return out


_LIKE = lang.words("LIKE")


# A conjunction, and what stands between the items of a list ("A, B and C").
_CONJUNCTION = rf"(?:\b(?:{'|'.join(sorted(lang.words('CONJUNCTIONS')))})|&)"
_CONJUNCTION_BEFORE = re.compile(rf"\s+{_CONJUNCTION}\s+$")
_LIST_BEFORE = re.compile(rf"(?:\s+{_CONJUNCTION}|,)\s+$")
_LIST_AFTER = re.compile(rf"(?:\s+{_CONJUNCTION}|,)\s+\S")


def _cued_things(text: str, entities: Entities, language: str) -> Entities:
    """The names after a thing noun or a work's cue, and the names listed after them: "star of
    Crouching Tiger, Hidden Dragon, Hero and House of Flying Daggers", "Filme wie Blade Runner,
    Full Metal Jacket und Apocalypse Now". After a comma only a name that the list goes on after
    counts ("the band Oasis, Noel Gallagher said" is a person)."""
    work = lang.pattern(language, "WORK_BEFORE_NAME")
    found: Entities = []
    previous_end = -1
    for start, end, label in sorted(entities):
        # A list goes on after a noun itself, not after a compound ("Moderatorenteam Francine
        # Jordi und Alexander Mazza" are people).
        noun = after_thing_noun(text, start, end, language)  # the whole noun is one case of it
        opens_list = (noun and after_thing_noun(text, start, end, language, whole=True)) or bool(
            work and work.search(text, max(0, start - 40), start)
        )
        listed = (
            previous_end >= 0
            and _LIST_BEFORE.fullmatch(text, previous_end, start) is not None
            and (_CONJUNCTION_BEFORE.search(text, previous_end, start) or _LIST_AFTER.match(text, end))
        )
        if noun or opens_list or listed:
            found.append((start, end, label))
        previous_end = end if opens_list or listed else -1
    return found


def after_thing_noun(text: str, start: int, end: int, language: str, whole: bool = False) -> bool:
    """ "Zeitung El Mundo", "Kater Robby", "the musical Spend Spend Spend": the noun just before
    the name (in English the noun or its plural, not the "Cate" of "Cate Blanchett"; ``whole``: the
    noun itself, not a compound ending in it, "Moderatorenteam"). A noun opening the span is not
    looked at: on 430 German articles the model's PER spans opened so only with the given name
    Roman."""
    before = text[:start].split()
    if len(before) > 1 and before[-1].casefold() in _LIKE:  # "Filmen wie Echo Park"
        before = before[:-1]
    english = language in ONLY_NAMES_CAPITALISED
    nouns = [w for w in before[-1:] if w[-1:].isalpha()]  # not "… website. Curt Hopkins"
    return any((w[:1].isupper() or english) and is_thing_noun(w, whole, english) for w in nouns)


_OPENING_QUOTE = re.compile(r"\s([„‚«»“\"])\s*$")


def _move_opening_quotes(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rule-based splitters leave an opening quote mark at the end of the sentence before it
    ("… in Paris. „" + "Wir stehen …“"); give it to the sentence it opens."""
    fixed = list(bounds)
    for i in range(len(fixed) - 1):
        start, end = fixed[i]
        match = _OPENING_QUOTE.search(text, start, end)
        if match and match.end() == end:
            fixed[i] = (start, match.start(1))
            fixed[i + 1] = (match.start(1), fixed[i + 1][1])
    return fixed


def sentences_of(segments: list[str], parsed: list[Parsed]) -> list[Sentence]:
    sentences = []
    for index, (text, result) in enumerate(zip(segments, parsed, strict=True)):
        for start, end in _move_opening_quotes(text, result.sentences):
            piece = text[start:end]
            s = start + len(piece) - len(piece.lstrip())
            e = start + len(piece.rstrip())
            if e > s:
                sentences.append(Sentence(index, s, e, text[s:e]))
    return sentences


def _trimmed(text: str, start: int, end: int) -> str:
    start, end = trim(text, start, end)
    return text[start:end]


# What stands around a one-word name that makes it no person is written per language (lang's
# ARTICLE_BEFORE_NAME, PLURAL_VERB_AFTER_NAME, WORK_BEFORE_NAME, AT_BEFORE_NAME,
# OFFICE_OF_BEFORE_NAME): German names take no article ("der Oman"), English ones no indefinite
# article ("an Oscar") and no "the" right before them ("the Upper House"; "the late John Peel" is
# not matched); in British English a team or company takes a plural verb ("Chelsea have") and
# comes before an office ("Chelsea chairman Ken Bates").
# What stands before a German relative pronoun, which looks like an article: ", den Blair
# erreichen will", ", mit dem".
_RELATIVE_BEFORE = re.compile(r"[,;–]\s*(?:[a-zäöüß]+\s+)?$")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")
_OFFICE_AFTER = re.compile(r"\s+(?:([a-z]+)\s+)?([a-z][\w-]*)")  # "Chelsea assistant boss Steve Clarke"
# Teams in a results line: "Milwaukee Bucks – Denver Nuggets 92:74" (a score after the pair).
_PAIRED_AFTER = re.compile(r"\s+[–—]\s+[^\W\d][^–—:;,.()]{0,40}?\s+\d{1,3}:\d{1,3}\b")
_SCORE_AFTER = re.compile(r"\s+\d{1,3}:\d{1,3}\b")
_PAIR_DASH_BEFORE = re.compile(r"[–—]\s+$")
# A work with its year: "Ben Hur (1959)", a listing "(Midnight Lace, USA 1960, David Miller)";
# not a life "(1881-1973)".
_YEAR_AFTER = re.compile(r"\s*\((?:19|20)\d\d\)|,\s+[A-Z][A-Za-z/]{1,10}\s+(?:19|20)\d\d,")
_NO_PERSON = "_"  # a vote against any person reading
_THING_RELATIVES = lang.words("THING_RELATIVES")
# In English, where the cues are grammar ("Chelsea have"), a reading with a cue against a person
# counts as two model readings; German articles also stand before names in Austrian speech
# ("das Mariedl", "der Faymann").
_CUE_WEIGHT = 2


# Its apposition's head: "Diageo, the world's biggest spirits company, has ..."
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|der|die|das|ein|eine)\s+([^,.;:()]{1,60}?)\s*(?:[,.;:()]|$)")


def _thing_apposition(words: list[str], language: str) -> bool:
    """An apposition whose head is a thing noun ("the world's biggest spirits company"), or a
    short one headed by the last word of an organisation's name ("the investment bank"; not
    "a lecturer at London's Imperial College", nor a position: "the England centre")."""
    head, modifiers = words[-1], words[:-1]
    return is_thing_noun(head) or (
        len(modifiers) <= 2
        and is_organisation_head(head)
        and not is_title_word(head)
        and all(w.islower() and not is_function_word(w, language) for w in modifiers)
    )


def _article_cue(text: str, start: int, end: int, language: str) -> bool:
    """An article before the name ("won an Oscar", "die Austria"); in German only before a
    one-word name ("der junge Sebastian Kurz" is a person)."""
    one_word = len(text[start:end].split()) == 1
    article = lang.pattern(language, "ARTICLE_BEFORE_NAME")
    found = article.search(text, max(0, start - 60), start) if article else None
    if (
        found
        and language == "de"
        and _RELATIVE_BEFORE.search(text, max(0, found.start() - 30), found.start())
    ):
        found = None  # a relative pronoun: "den großen Schub, den Blair erreichen will"
    after = _LOWER_WORD_AFTER.match(text, end)
    # A name before a noun is a modifier and may be a person's: "taking the Nicki Chapman role".
    modifier = after is not None and not is_function_word(after.group(1), language)
    # Before a full name only the article itself: "a Royal Marine", not "a fired-up Luke Skywalker".
    alone = found is not None and (one_word or (language == "en" and not found.group().split()[1:]))
    return bool(found and alone and not (modifier and found.group().split()[0].casefold() == "the"))


def _context_cue(text: str, start: int, end: int, language: str) -> bool:
    """A work's, place's, firm's or team's context: "role in Vera Drake", "won at Chelsea",
    "chairman of Chelsea", "Diageo, the world's biggest spirits company", "Laura Ashley, which",
    a results line, a year after a film's name, "the Alfa Romeo division", "Chelsea have"."""
    one_word = len(text[start:end].split()) == 1
    verb = lang.pattern(language, "PLURAL_VERB_AFTER_NAME")
    work = lang.pattern(language, "WORK_BEFORE_NAME")
    if work and work.search(text, max(0, start - 40), start):
        return True
    at = lang.pattern(language, "AT_BEFORE_NAME")
    found = at.search(text, max(0, start - 40), start) if at and one_word else None
    if found and found.group(1).casefold() not in lang.for_language(language).AT_A_PERSON:
        return True
    office_of = lang.pattern(language, "OFFICE_OF_BEFORE_NAME")
    found = office_of.search(text, max(0, start - 40), start) if office_of else None
    if found and is_title_word(found.group(1)):
        return True
    apposition = _APPOSITION_AFTER.match(text, end)
    if apposition and _thing_apposition(apposition.group(1).split(), language):
        return True
    opens_sentence = SENTENCE_OPENING.search(text, max(0, start - 5), start)
    if opens_sentence and word_after_comma(text, end) in _THING_RELATIVES:
        return True  # "Laura Ashley, which is due", not "a song with June Carter Cash, which was"
    if _PAIRED_AFTER.match(text, end) or (
        _SCORE_AFTER.match(text, end) and _PAIR_DASH_BEFORE.search(text, max(0, start - 5), start)
    ):
        return True
    if _YEAR_AFTER.match(text, end):
        return True
    thing = lang.pattern(language, "THING_AFTER_NAME")
    if thing and thing.match(text, end):
        return True
    coordinated = _LIST_BEFORE.search(text, max(0, start - 10), start)  # "Me and Gethin are"
    if verb and one_word and not coordinated and verb.match(text, end):
        return True
    # "Chelsea chairman Ken Bates", "Kill Bill director", "Chelsea assistant boss Steve Clarke"
    office = _OFFICE_AFTER.match(text, end)
    between = office.group(1) if office else None
    if (
        language != "en"
        or office is None
        or (between and (is_function_word(between, language) or between.endswith("ed")))
    ):
        return False  # "Bill Oddie for prime minister", "Alex McLeish accepted referee Dallas …"
    return is_title(office.group(2)) and not is_address(office.group(2))


def _document_labels(segments: list[str], parsed: list[Parsed], language: str) -> dict[str, str]:
    """Names the model reads as a person in one place and as something else in as many or more
    places of the same document ("Aston Martin" PER once, ORG once) -> the most frequent other
    label: one document is about one "Aston Martin". Person readings of the name's single words
    count for the person ("Ai Weiwei" PER once, MISC once, "Ai" PER four times stays a person).
    A person reading with a cue against it (an article, a context) counts as another label."""
    votes: dict[str, Counter[str]] = {}
    marked: set[str] = set()
    in_context: set[str] = set()  # names with a context cue against a person
    for text, result in zip(segments, parsed, strict=True):
        for start, end, label in result.entities:
            name = _trimmed(text, start, end)
            if label == "PER" and _context_cue(text, start, end, language):
                label = _NO_PERSON
                in_context.add(name)
            elif label == "PER" and _article_cue(text, start, end, language):
                label = _NO_PERSON
            elif label == "PER" and marks_person(text, start, end):
                marked.add(name)
            votes.setdefault(name, Counter())[label] += 1
    in_full = {w for name, n in votes.items() if n["PER"] and len(name.split()) > 1 for w in name.split()}
    relabel = {}
    for name, count in votes.items():
        if name in in_full:  # "Brown have" of Gordon Brown and Nick Brown
            count["PER"] += count.pop(_NO_PERSON, 0)
        if language in PLURAL_S and name + "s" in votes:  # "Oscar" PER, "Oscars" MISC
            count = count + Counter({k: n for k, n in votes[name + "s"].items() if k != "PER"})
        others = [(n, label) for label, n in count.items() if label not in ("PER", _NO_PERSON)]
        if not (count["PER"] or count[_NO_PERSON]) or not (others or count[_NO_PERSON]):
            continue
        words = name.split()
        person = count["PER"] + sum(votes[w]["PER"] for w in words if len(words) > 1 and w in votes)
        n, label = max(others, default=(0, "ORG" if language == "en" else "MISC"))
        weight = _CUE_WEIGHT if language in ONLY_NAMES_CAPITALISED else 1
        # A context cue against a full name outweighs any number of readings that nothing marks
        # as a person's: "Laura Ashley, which" against six plain "Laura Ashley" (an article is
        # not enough: "from a Jamie McAllister free kick").
        unmarked = name in in_context and len(words) > 1 and name not in marked
        if unmarked or n + weight * count[_NO_PERSON] >= person:
            relabel[name] = label
        elif n and not count[_NO_PERSON]:
            relabel[name] = "PER"  # "Brasiliens Top-Stürmer Neymar" ORG once, PER twice
    return relabel


def _read_as_person(text: str, start: int, end: int, relabel: dict[str, str]) -> bool:
    """The document reads this name as a person's, and here it is not the head of a compound
    ("Ai Weiwei-Schau")."""
    return relabel.get(_trimmed(text, start, end)) == "PER" and text[end : end + 1] != "-"


def mentions_of(
    segments: list[str], parsed: list[Parsed], sentences: list[Sentence], language: str
) -> list[Mention]:
    """All entity mentions, PER spans cleaned, each tied to the sentence it stands in."""
    starts = [(s.segment, s.start) for s in sentences]
    # A name after a thing noun is a thing throughout the document, whatever the model read
    # there ("copy protection firm Macrovision" ORG, then "Macrovision" PER three times).
    things = {
        text[start:end]: "MISC" if label == "PER" else label
        for text, result in zip(segments, parsed, strict=True)
        for start, end, label in _cued_things(text, result.entities, language)
    }
    relabel = _document_labels(segments, parsed, language)
    mentions = []
    for index, (text, result) in enumerate(zip(segments, parsed, strict=True)):
        # The vote corrects the model's labels; cues then outweigh any model label, as always.
        entities = [
            (start, end, relabel.get(_trimmed(text, start, end), label))
            if text[start:end] not in things
            and (label == "PER" or _read_as_person(text, start, end, relabel))
            else (start, end, label)
            for start, end, label in result.entities
        ]
        entities = _extended_right(text, _joined_patronymics(text, entities))
        entities = _extended_left(text, entities, language)
        for start, end, label in _with_cued_names(text, entities):
            if label == "PER" and text[start:end] in things:
                label = things[text[start:end]]
            elif label != "PER" and (
                _is_honorific_name(name := _trimmed(text, start, end)) or _is_particle_name(name, language)
            ):
                label = "PER"
            cleaned = clean_person(text, start, end, language) if label == "PER" else trim(text, start, end)
            if cleaned is None or cleaned[1] <= cleaned[0]:
                continue
            s, e = cleaned
            if not any(c.isalpha() for c in text[s:e]):
                continue  # "£", "&"
            sentence = max(bisect.bisect_right(starts, (index, s)) - 1, 0)
            mentions.append(Mention(text[s:e], label, Span(index, s, e), sentence))
    return mentions
