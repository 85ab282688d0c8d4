"""Dated events in a document's sentences, placed on the calendar relative to the document date.

Small rules instead of a general date parser, so only unambiguous expressions count:
- full dates ("8. Juli 2024", "8.7.2024", "3 March 2024", "March 3, 2024") always;
- a day and month without year ("am vergangenen Montag, 8. Juli", "on 3 March") and a bare month
  ("im Juni", "in June") take the year that puts them nearest the document date (within half a year);
- relative days ("gestern", "am vergangenen Montag", "yesterday", "last Tuesday") count back from it.
Without a document date only full dates are placed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..lang import every_module, month_numbers, relative_days, weekday_numbers
from ..records import Sentence

MONTHS = month_numbers()
WEEKDAYS = weekday_numbers()
RELATIVE_DAYS = relative_days()


def is_date_word(word: str) -> bool:
    """A month or weekday name ("November", "Montag"): it does not open a person's name."""
    return word.casefold() in MONTHS or word.casefold() in WEEKDAYS


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?:19|20)\d\d"
_LAST = "|".join(m.LAST_WEEKDAY for m in every_module() if m.LAST_WEEKDAY)
_BEFORE_MONTH = "|".join(w for m in every_module() for w in m.BEFORE_MONTH)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(rf"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>{_YEAR})\b")),
    (
        "day_month",
        re.compile(
            rf"\b(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})"
            rf"(?:,?\s+(?P<year>{_YEAR}))?\b",
            re.I,
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?P<month>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+(?P<year>{_YEAR}))?",
            re.I,
        ),
    ),
    # "am vergangenen Montag, 8. Juli": the date that follows wins
    (
        "last_weekday",
        re.compile(
            rf"\b(?:{_LAST})\s+"
            rf"(?P<weekday>{_WEEKDAY})\b(?!,?\s+(?:den\s+)?[0-3]?\d\.)",
            re.I,
        ),
    ),
    ("relative", re.compile(rf"\b(?P<relative>{'|'.join(RELATIVE_DAYS)})\b", re.I)),
    (
        "month",
        re.compile(
            rf"\b(?:{_BEFORE_MONTH})\s+"
            rf"(?P<month>{_MONTH})(?:\s+(?P<year>{_YEAR}))?\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class DatedEvent:
    """A sentence that speaks of a date: the date, how precise it is, and the words that say it."""

    date: date
    precision: str  # "day" | "month"
    sentence: int  # index into DocumentAnalysis.sentences
    text: str


def find_events(sentences: list[Sentence], document_date: date | None, language: str) -> list[DatedEvent]:
    """Dated events, one per (sentence, date, precision), in sentence order. ``language`` is not
    needed by the rules (German and English patterns never collide) and kept for the interface."""
    events: list[DatedEvent] = []
    for index, sentence in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        found: dict[tuple[date, str], str] = {}
        for kind, pattern in _PATTERNS:
            for m in pattern.finditer(sentence.text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                placed = _place(kind, m, document_date)
                if placed is not None:
                    taken.append(m.span())
                    found.setdefault(placed, m.group(0).strip())
        events += [DatedEvent(d, precision, index, text) for (d, precision), text in found.items()]
    return events


def _place(kind: str, m: re.Match[str], ref: date | None) -> tuple[date, str] | None:
    groups = m.groupdict()
    if kind == "relative":
        if ref is None or (groups["relative"] == "Morgen"):
            return None  # "Morgen" capitalised is also "the morning"
        return ref + timedelta(days=RELATIVE_DAYS[groups["relative"].lower()]), "day"
    if kind == "last_weekday":
        if ref is None:
            return None
        back = (ref.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7 or 7
        return ref - timedelta(days=back), "day"
    month = int(groups["month"]) if kind == "numeric" else MONTHS[groups["month"].lower()]
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else 1
    if year is None:
        if ref is None:
            return None
        year = _nearest_year(ref, month, day)
    try:
        return date(year, month, day), "month" if kind == "month" else "day"
    except ValueError:
        return None


def _nearest_year(ref: date, month: int, day: int) -> int:
    """The year that puts month/day nearest the reference date."""
    return min(
        (ref.year, ref.year - 1, ref.year + 1),
        key=lambda year: abs((date(year, month, min(day, 28)) - ref).days),
    )
