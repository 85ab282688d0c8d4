"""Names the model missed but the text marks as people: a title before them ("Außenminister
Mevlüt Çavuşoğlu", "Der Chef des Ifo Instituts, Hans-Werner Sinn"), an age after them
("Yoon Suk-yeol (63)"), or an office in apposition ("Ömer Çelik, bisher Sprecher der AKP").
Only runs of two or three capitalised name-like words count, so single nouns never become
people this way; the one exception is an English kinship noun before a name ("daughter
Victoria"), which is lower case.
"""

from __future__ import annotations

import re

from .events import is_date_word
from .titles import PEERAGE, is_function_word, is_kinship_noun, is_thing_noun, is_title, not_name_part

_WORD_AFTER_COMMA = re.compile(r",\s+(\w+)")


def word_after_comma(text: str, end: int) -> str:
    """The word after a comma that follows position ``end``: "who" of "McIlroy, who" (not of
    "Customers who"), else ""."""
    found = _WORD_AFTER_COMMA.match(text, end)
    return found.group(1) if found else ""


_WORD = r"[A-ZÄÖÜÀ-ÖØ-ÞĀ-ſ][\w’'\-]*[\w]"
_NAME = rf"{_WORD}(?: {_WORD}){{1,2}}"
# A lookahead, so that "traf Außenminister Mevlüt Çavuşoğlu" is also tried from "Außenminister".
_BEFORE_TITLE = re.compile(rf"(?<![\w\-])(?=(?P<title>[\w\-]+) (?P<name>{_NAME}))")
_AGE_AFTER = re.compile(rf"(?P<name>{_NAME}) \(\d{{1,3}}(?:, [^()]{{1,20}})?\)")
# "Der Chef des Ifo Instituts, Hans-Werner Sinn": an office with its institution, then the name.
_TITLE_PHRASE_BEFORE = re.compile(
    rf"(?P<title>[\w\-]+) (?:des|der|von|vom|of|at) [^,.;:]{{1,50}}, (?P<name>{_NAME})"
)
# "Bulut Yiğit, der umstrittene nationalistisch-populistische Wirtschaftsberater": up to three
# lower-case words (adjectives) may stand between the article and the office; function words
# there open a relative clause instead ("die Medien, die nur über Syrer berichten").
_APPOSITION_START = (
    r"(?:(?:der|die|dem|den|des|bisher|einst|ehemals|the|a|an|former)"
    r" (?P<between>(?:[a-zäöüß][\w\-]* ){0,3}))?"
)
# "Lord Falconer", "Baroness Royall of Blaisdon", "Mr Justice Forbes": a style before one name
# (titles.style_start); not before a second capitalised word ("Lord Chancellor Lord Falconer").
_SURNAME = r"[A-Z][\w\-]*[a-z]"
_STYLE = "|".join(["(?:Lord|Lady|Mr|Mrs|Ms) Justice", *sorted(s.title() for s in PEERAGE)])
_STYLED = re.compile(
    rf"(?<![\w\-])(?P<name>(?:{_STYLE}) (?P<surname>{_SURNAME})(?: of (?P<place>{_SURNAME}))?)"
    r"(?![\w\-]| [A-Z])"
)
# A team sheet or list of people by initial and surname: "C Paterson; S Webster, A Craig, H
# Southwell". Three such items in one list make all of them people, whatever the model said.
_LIST_WORD = r"[A-Z][\w'’\-]*[a-z]"
_INITIAL_ITEM = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s))"
    rf"(?P<name>[A-Z]{{1,2}}\.? (?:[a-z]{{2,3}} )?{_LIST_WORD}(?: {_LIST_WORD})?)"
    r"(?=\s*(?:[,;.]|\band\b|\(|$))"
)
_INITIAL_LIST_MIN = 3
_ROMAN = re.compile(r"^[IVXL]+\.?$")
# "his daughter Victoria", "whose minister father John": an English kinship noun, lower case,
# marks even a single name.
_KIN_BEFORE = re.compile(rf"(?<![\w\-])(?P<kin>[a-z]+) (?P<name>{_WORD}(?: {_WORD}){{0,2}})(?![\w\-]| [A-Z])")
_TITLE_AFTER = re.compile(rf"(?P<name>{_NAME}), {_APPOSITION_START}(?P<title>[\w\-]+)")


def cued_names(text: str) -> list[tuple[int, int]]:
    """Spans of names marked as people by the text around them."""
    found: list[tuple[int, int]] = []

    def accept(start: int, end: int, *, as_is: bool = False) -> None:
        if as_is:
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
            return
        words = text[start:end].split()
        # "Auch Bulut Yiğit, der ...", "last November Samuel Amoah, a Belgian national"
        if len(words) > 2 and (not_name_part(words[0]) or is_date_word(words[0])):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if any(not_name_part(w) or is_thing_noun(w) for w in words):
            return
        if any(w.isupper() and len(w.strip(".")) > 1 and not _ROMAN.match(w) for w in words):
            return  # an all-caps headline: "PRINCE NASEEM RETAINS WBO" (but "Papst Paul VI.")
        if not any(s < end and start < e for s, e in found):
            found.append((start, end))

    for match in _BEFORE_TITLE.finditer(text):
        if is_title(match.group("title")) and match.group("title")[:1].isupper():
            accept(match.start("name"), match.end("name"))
    for match in _TITLE_PHRASE_BEFORE.finditer(text):
        if is_title(match.group("title")) and match.group("title")[:1].isupper():
            accept(match.start("name"), match.end("name"))
    for match in _STYLED.finditer(text):
        named = [w for w in match.group("surname", "place") if w]
        if not any(is_title(w) or is_function_word(w) or is_thing_noun(w) for w in named):
            accept(match.start("name"), match.end("name"), as_is=True)
    items = [
        m for m in _INITIAL_ITEM.finditer(text) if not any(map(is_function_word, m.group("name").split()[1:]))
    ]
    if len(items) >= _INITIAL_LIST_MIN:
        for match in items:
            accept(match.start("name"), match.end("name"), as_is=True)
    for match in _KIN_BEFORE.finditer(text):
        if is_kinship_noun(match.group("kin")):
            accept(match.start("name"), match.end("name"))
    for match in _AGE_AFTER.finditer(text):
        accept(match.start("name"), match.end("name"))
    for match in _TITLE_AFTER.finditer(text):
        between = (match.group("between") or "").split()
        if any(is_function_word(w) for w in between):
            continue
        if is_title(match.group("title")) and match.group("title")[:1].isupper():
            accept(match.start("name"), match.end("name"))
    return sorted(found)
