"""Facts written next to a name: a title before it, an apposition after it, "(71)", "(SPÖ)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from .cues import word_after_comma
from .events import is_date_word
from .names import ONLY_NAMES_CAPITALISED, SENTENCE_OPENING
from .titles import (
    is_address,
    is_function_word,
    is_honorific,
    is_kinship_noun,
    is_role,
    is_title,
    is_title_word,
    title_base,
)

MODIFIERS_MAX = 2  # capitalised words an English title takes before it: "Northern Ireland Secretary"
APPOSITION_WORDS_MAX = 12
ENGLISH_TITLE_WITHIN = 3  # words of an English apposition its office may stand among

_PARENTHESIS = re.compile(r"^\s*\((?P<inner>[^()]{1,40})\)")
_AGE = re.compile(r"^(?:\d{1,3})$")
_PARTY = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü/.\-]{1,11}$")
_POSITION_MARKERS = lang.words("POSITION_MARKERS")  # "(l.)", "(Mitte)": in parentheses like a party
_APPOSITION = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:dem|der|des|die|den|the|a|an|ein|eine|einem|einer|eines)\s+)?"
    r"(?P<phrase>[^,;:()\"„“”]{2,120}?)\s*(?=[,;:]|\.(?:\s|$)|$)"
)
_PREPOSITION = re.compile(r"\s(?:vom|von|aus|in|im|bei|beim|für|mit|seit|of|from|in|at|for|with)\s")
_ENGLISH_AGE = re.compile(r"^\s*,\s*(?P<age>\d{1,3})\s*,")


@dataclass(frozen=True)
class NameFacts:
    title: str = ""  # office before the name ("Kremlchef")
    apposition: str = ""  # role phrase after the name ("Leiter der Kim-Il-Sung-Militäruniversität")
    age: int | None = None
    party: str = ""


def title_before(text: str, start: int, language: str = "") -> str:
    """The title right before a name: "Kremlchef Wladimir Putin" -> "Kremlchef". In English
    title words and capitalised words before it belong to it ("chief executive Richard Parsons",
    "Foreign Secretary Jack Straw", "Tory leader Michael Howard"), but not a word that opens the
    sentence and is no title ("Yesterday Chancellor Gordon Brown")."""
    words = text[:start].split()
    if len(words) > 1 and is_honorific(words[-1]) and words[-1][-1:] not in ",;:.":
        words = words[:-1]  # "Police Commissioner Sir John Stevens": the title is before "Sir"
    if not words:
        return ""
    last = words[-1]
    if last[-1:] in ",;:.":
        return ""
    if not (is_title(last) and (last[:1].isupper() or is_title_word(last)) and not is_address(last)):
        return ""
    if language not in ONLY_NAMES_CAPITALISED:
        return title_base(last)
    taken = 1
    while taken <= MODIFIERS_MAX and len(words) > taken:
        word = words[-taken - 1]
        before = " ".join(words[: -taken - 1])
        if word[-1:] in ",;:.\"'”’" or is_address(word) or is_date_word(word) or not is_role(word):
            break
        # A title word joins in any case ("chief executive", "Prime Minister" opening a sentence),
        # another word only capitalised and not opening the sentence ("Yesterday Chancellor …").
        if not is_title_word(word) and (
            not word[:1].isupper() or SENTENCE_OPENING.search(before) or is_function_word(word, language)
        ):
            break
        taken += 1
    return " ".join(words[-taken:])


def short_role(phrase: str) -> str:
    """The office without its qualification: "Präsident vom … Südkorea" -> "Präsident"."""
    cut = _PREPOSITION.search(f" {phrase} ")
    return phrase[: max(cut.start() - 1, 0)].strip() if cut else phrase.strip()


def facts_after(text: str, end: int, language: str = "") -> NameFacts:
    """Age, party and apposition following a name."""
    rest = text[end:]
    age: int | None = None
    party = ""
    parenthesis = _PARENTHESIS.match(rest)
    if parenthesis:
        for part in (p.strip() for p in parenthesis.group("inner").split(",")):
            if _AGE.match(part) and 0 < int(part) < 120:
                age = int(part)
            elif _PARTY.match(part) and part.strip(".").casefold() not in _POSITION_MARKERS:
                party = part
    elif (english := _ENGLISH_AGE.match(rest)) and 0 < int(english.group("age")) < 120:
        age = int(english.group("age"))
    apposition = ""
    match = _APPOSITION.match(rest)
    if match and _is_role_phrase(match.group("phrase").strip(), language):
        apposition = match.group("phrase").strip()
    return NameFacts(age=age, party=party, apposition=apposition)


def _is_role_phrase(phrase: str, language: str) -> bool:
    """A German apposition opens with its office ("Leiter der …"); an English one writes it in
    lower case and may put a qualifier or an owner first ("chief executive of Shell", "former
    independent MP", "Federated's chairman")."""
    words = phrase.split()
    if not words or len(words) > APPOSITION_WORDS_MAX or is_address(words[0]) or not is_role(words[0]):
        return False
    if language not in ONLY_NAMES_CAPITALISED:
        return is_title(words[0]) and words[0][:1].isupper()
    # "…, and club manager Sir Alex Ferguson": a coordination or a relative clause
    if words[0].casefold() in lang.for_language(language).CLAUSE_OPENING:
        return False
    titles = [
        i
        for i, w in enumerate(words[:ENGLISH_TITLE_WITHIN])
        if (w[:1].islower() or w.isupper()) and is_title(w)
    ]
    # A title before a capitalised word names someone else: "…, director Martin Scorsese".
    return bool(titles) and not any(w[:1].isupper() for w in words[titles[0] + 1 : titles[0] + 2])


def name_facts(text: str, start: int, end: int, language: str = "") -> NameFacts:
    after = facts_after(text, end, language)
    return NameFacts(
        title=title_before(text, start, language),
        apposition=after.apposition,
        age=after.age,
        party=after.party,
    )


_PERSON_RELATIVES = lang.words("PERSON_RELATIVES")


def marks_person(text: str, start: int, end: int, language: str = "") -> bool:
    """Something around the name marks a person: a title, age, party or role apposition, a form
    of address or kinship noun before it ("Mr", "daughter"), "who" after it ("McIlroy, who")."""
    facts = name_facts(text, start, end, language)
    before = text[:start].split()[-1:]
    addressed = bool(before) and (is_kinship_noun(before[0]) or is_address(before[0]))
    relative = word_after_comma(text, end) in _PERSON_RELATIVES
    return bool(facts.title or facts.age or facts.party or facts.apposition or addressed or relative)
