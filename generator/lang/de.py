"""German word lists and tables."""

from __future__ import annotations

from .neutral import TERRITORY_ALIASES as _NEUTRAL_TERRITORIES

TERRITORY_ALIASES = {**_NEUTRAL_TERRITORIES, "großbritannien": "GB", "holland": "NL", "uno": "UN"}
ORGANISATION_ALIASES: dict[str, str] = {}
ORGANISATION_KINDS = frozenset({"partei"})
# Longest first: "Vereinigten" loses "en", not "n".
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
# Whether the language capitalises its nouns, which then carry a text's topic.
NOUNS_CAPITALISED = True
# How the language opens and closes a quotation.
QUOTE_MARKS = ("„", "“")
LOCALES = ("de", "de_AT")
WEEKDAYS_TOO = {"sonnabend": 5}
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
LAST_WEEKDAY = r"(?:am\s+)?(?:vergangenen|letzten|vorigen)"
BEFORE_MONTH = ("im", "seit", "bis", "Anfang", "Mitte", "Ende")
