"""Names the model missed but the text marks as people: a title before them ("Außenminister
Mevlüt Çavuşoğlu", "Der Chef des Ifo Instituts, Hans-Werner Sinn"), an age after them
("Yoon Suk-yeol (63)"), or an office in apposition ("Ömer Çelik, bisher Sprecher der AKP").
Only runs of two or three capitalised name-like words count, so single nouns never become
people this way.
"""

from __future__ import annotations

import re

from .titles import is_thing_noun, is_title, not_name_part

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
# lower-case words (adjectives) may stand between the article and the office.
_APPOSITION_START = (
    r"(?:(?:der|die|dem|den|des|bisher|einst|ehemals|the|a|an|former) (?:[a-zäöüß][\w\-]* ){0,3})?"
)
_ROMAN = re.compile(r"^[IVXL]+\.?$")
_TITLE_AFTER = re.compile(rf"(?P<name>{_NAME}), {_APPOSITION_START}(?P<title>[\w\-]+)")


def cued_names(text: str) -> list[tuple[int, int]]:
    """Spans of names marked as people by the text around them."""
    found: list[tuple[int, int]] = []

    def accept(start: int, end: int) -> None:
        words = text[start:end].split()
        if len(words) > 2 and not_name_part(words[0]):  # "Auch Bulut Yiğit, der ..."
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
    for match in _AGE_AFTER.finditer(text):
        accept(match.start("name"), match.end("name"))
    for match in _TITLE_AFTER.finditer(text):
        if is_title(match.group("title")) and match.group("title")[:1].isupper():
            accept(match.start("name"), match.end("name"))
    return sorted(found)
