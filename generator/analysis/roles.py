"""Facts written next to a name: a title before it, an apposition after it, "(71)", "(SPÖ)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .titles import is_address, is_title, is_title_word, title_base

_PARENTHESIS = re.compile(r"^\s*\((?P<inner>[^()]{1,40})\)")
_AGE = re.compile(r"^(?:\d{1,3})$")
_PARTY = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü/.\-]{1,11}$")
# Position markers in photo captions: "(l.)", "(r.)", "(Mitte)", "(left)".
_NOT_PARTY = {"l", "r", "m", "li", "re", "mitte", "links", "rechts", "left", "right", "centre", "center"}
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


def title_before(text: str, start: int) -> str:
    """The title word right before a name: "Kremlchef Wladimir Putin" -> "Kremlchef"."""
    words = text[:start].split()
    if not words:
        return ""
    last = words[-1]
    if last[-1:] in ",;:.":
        return ""
    if is_title(last) and (last[:1].isupper() or is_title_word(last)) and not is_address(last):
        if len(words) > 1 and words[-2] == "Prime" and last == "Minister":
            return "Prime Minister"
        return title_base(last)
    return ""


def short_role(phrase: str) -> str:
    """The office without its qualification: "Präsident vom … Südkorea" -> "Präsident"."""
    cut = _PREPOSITION.search(f" {phrase} ")
    return phrase[: max(cut.start() - 1, 0)].strip() if cut else phrase.strip()


def facts_after(text: str, end: int) -> NameFacts:
    """Age, party and apposition following a name."""
    rest = text[end:]
    age: int | None = None
    party = ""
    parenthesis = _PARENTHESIS.match(rest)
    if parenthesis:
        for part in (p.strip() for p in parenthesis.group("inner").split(",")):
            if _AGE.match(part) and 0 < int(part) < 120:
                age = int(part)
            elif _PARTY.match(part) and part.strip(".").casefold() not in _NOT_PARTY:
                party = part
    elif (english := _ENGLISH_AGE.match(rest)) and 0 < int(english.group("age")) < 120:
        age = int(english.group("age"))
    apposition = ""
    match = _APPOSITION.match(rest)
    if match:
        phrase = match.group("phrase").strip()
        first = phrase.split()[0] if phrase.split() else ""
        if is_title(first) and first[:1].isupper() and len(phrase.split()) <= 12:
            apposition = phrase
    return NameFacts(age=age, party=party, apposition=apposition)


def name_facts(text: str, start: int, end: int) -> NameFacts:
    after = facts_after(text, end)
    return NameFacts(
        title=title_before(text, start), apposition=after.apposition, age=after.age, party=after.party
    )
