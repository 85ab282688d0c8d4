"""English word lists and tables."""

from __future__ import annotations

from .neutral import TERRITORY_ALIASES as _NEUTRAL_TERRITORIES

TERRITORY_ALIASES = {**_NEUTRAL_TERRITORIES, "britain": "GB", "great britain": "GB", "holland": "NL"}
ORGANISATION_ALIASES = {
    "tories": "conservative",
    "tory": "conservative",
    "lib dems": "liberal democrat",
    "lib dem": "liberal democrat",
}
ORGANISATION_KINDS = frozenset({"party"})
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# Whether the language capitalises its nouns, which then carry a text's topic.
NOUNS_CAPITALISED = False
# How the language opens and closes a quotation.
QUOTE_MARKS = ("“", "”")
LOCALES = ("en",)
WEEKDAYS_TOO: dict[str, int] = {}
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
LAST_WEEKDAY = "last"
BEFORE_MONTH = ("in", "since", "until", "early", "mid", "late")
