"""Document dates: parse declared dates, or infer one from a weekday named with its date."""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

from ..lang import month_numbers, weekday_numbers

_MONTHS = month_numbers()
_WEEKDAYS = weekday_numbers()
_WEEKDAY_DATE = re.compile(
    r"\b(?P<weekday>" + "|".join(_WEEKDAYS) + r"),?\s+(?:(?:the\s+)?(?P<day>\d{1,2})\.?(?:st|nd|rd|th)?"
    r"\s+(?:of\s+)?(?P<month>"
    + "|".join(_MONTHS)
    + r")|(?P<month2>"
    + "|".join(_MONTHS)
    + r")\s+(?P<day2>\d{1,2}))\b",
    re.IGNORECASE,
)


def parse_date(value: object) -> date | None:
    """A declared date (front matter, HTML metadata) as a date, or None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    parsed = dateparser.parse(
        value, languages=["de", "en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    )
    return parsed.date() if parsed else None


# A year, not a time of day ("at 2005 GMT", "um 1930 Uhr") nor a decade ("the 1990s").
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d|s\b|er\b|\s*(?:GMT|BST|UTC|CES?T|MES?Z|Uhr|hrs)\b)")
# How near the weekday's date a year of the text must stand to speak for it: about a paragraph.
EVIDENCE_WINDOW = 300


def named_years(*texts: str) -> set[int]:
    """The years written in a text or URL ("im Mai 2016", "/2005/02/12/")."""
    return {int(y) for text in texts for y in _YEAR.findall(text)}


def infer_date(text: str, today: date, evidence: frozenset[int] | set[int] = frozenset()) -> date | None:
    """The publication date implied by "Montag, 8. Juli": that day in a year, up to ``today``,
    in which it fell on that weekday, among the years the document names (``evidence``: its URL
    or title) or the text names within ``EVIDENCE_WINDOW`` characters of the date; the latest
    when several fit. A weekday alone fits a year every few years, and a history year elsewhere
    in the text ("convicted in 1993") fits by chance, so otherwise the date stays unknown.
    """
    for match in _WEEKDAY_DATE.finditer(text):
        weekday = _WEEKDAYS[match.group("weekday").lower()]
        month = _MONTHS[(match.group("month") or match.group("month2")).lower()]
        day = int(match.group("day") or match.group("day2"))
        near = text[max(match.start() - EVIDENCE_WINDOW, 0) : match.end() + EVIDENCE_WINDOW]
        for year in sorted(evidence | named_years(near), reverse=True):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue  # 29 February outside a leap year
            if candidate <= today and candidate.weekday() == weekday:
                return candidate
    return None
