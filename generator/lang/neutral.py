"""What the language modules share, and the lists of a language without a module of its own."""

from __future__ import annotations

# Names of countries and unions that CLDR does not list, as CLDR territory codes: the short
# forms used as names. Not every ISO code: "KHM", "IE", "AU" name a museum, a browser, a union.
TERRITORY_ALIASES: dict[str, str] = {
    "uk": "GB",  # ISO's reserved code beside GB
    "u.k.": "GB",
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "eu": "EU",
    "un": "UN",
}
# Nicknames and short forms of organisations, as the key of their usual name.
ORGANISATION_ALIASES: dict[str, str] = {}
# A word after an organisation's name that names its kind: "Labour Party" is "Labour".
ORGANISATION_KINDS: frozenset[str] = frozenset()
# Endings of an adjective inside a name, by case ("Europäischen Union" is "Europäische Union").
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# Abbreviations whose full stop belongs to a name: "Time Warner Inc.", "Lloyds Banking Co.".
NAME_ABBREVIATIONS = frozenset({"inc", "ltd", "co", "corp", "jr", "sr", "st", "bros", "mt", "ft", "cie"})
# Whether the language capitalises its nouns, which then carry a text's topic.
NOUNS_CAPITALISED = False
# How the language opens and closes a quotation.
QUOTE_MARKS = ("“", "”")
# The language's CLDR locales, whose month and weekday names it uses; the first names months on
# a page ("de_AT" adds "Jänner" to "de").
LOCALES: tuple[str, ...] = ()
# Weekday names CLDR does not give, -> 0 (Monday) .. 6.
WEEKDAYS_TOO: dict[str, int] = {}
# Words for a day counted from the document's date.
RELATIVE_DAYS: dict[str, int] = {}
# What stands before a weekday that the last one of its name means ("last Tuesday"); a regex.
LAST_WEEKDAY = ""
# Words before a month that date an event to it ("in June", "since May").
BEFORE_MONTH: tuple[str, ...] = ()
