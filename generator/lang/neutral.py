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
# Whether it capitalises only names inside a sentence (then a capitalised word there is a name's).
ONLY_NAMES_CAPITALISED = False
# Whether a name takes a bare "-s" in the genitive ("Merkels Rede"; English writes "Merkel's").
S_GENITIVE = False
# Whether a name's "-s" is a plural ("Oscars", "Liberal Democrats"; its names ending in -s are
# nominative: "Bill Gates").
PLURAL_S = False
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
# Titles and roles before a name or in an apposition.
TITLE_WORDS: frozenset[str] = frozenset()
# A regex of a lower-case word that is a compound ending in a title ("" for none).
TITLE_COMPOUND = ""
# Endings of nouns of persons, which then stand where titles do, a regex ("" for none).
PERSON_NOUN_ENDING = ""
# Role words only as the last part of a hyphenated compound.
HYPHEN_ROLES: frozenset[str] = frozenset()
# A regex of an adjectival noun's case ending, no part of the title ("" for none).
ADJECTIVAL_NOUN = ""
# Endings of words that are never part of a name (abstract nouns, adjectives), a regex.
COMMON_WORD_ENDING = ""
# An inflected adjective that stands between a genitive and its noun, a regex ("" for none).
ADJECTIVE_BEFORE_NOUN = ""
# Nouns of nationality that stand before a name like a title.
NATIONALITY_NOUNS: frozenset[str] = frozenset()
# Kinship nouns, lower-case before a name.
KINSHIP: frozenset[str] = frozenset()
# Forms of address: not part of a name, and no role worth showing.
ADDRESS = frozenset({"madame", "monsieur"})
# Styles of peers, and of judges (a word, and what may stand before it): part of the name.
PEERAGE: frozenset[str] = frozenset()
JUDICIAL_STYLE = ""
JUDICIAL_BEFORE: frozenset[str] = frozenset()
# Words besides address and peerage that only stand before a person's name.
HONORIFICS: frozenset[str] = frozenset()
# Degrees by which people are addressed: not roles.
DEGREES = frozenset({"dr", "prof"})
# Nouns that make the name after them a thing ("Zeitung El Mundo"); also as a compound's end,
# and with a plural or case ending.
THING_NOUNS: frozenset[str] = frozenset()
# Whole words that make a run of capitalised words a club, region or thing; here the words
# of sports clubs' names that news in any language writes as they are ("Dinamo Zagreb").
THING_WORDS = frozenset(
    {"dinamo", "dynamo", "wacker", "admira", "olympique", "borussia", "eintracht", "hertha", "werder"}
)
# Last words of an organisation's name.
ORGANISATION_HEADS: frozenset[str] = frozenset()
# Names of countries that are common surnames too ("Michael Jordan"): a name may end in them.
TERRITORY_SURNAMES: frozenset[str] = frozenset()
# Last words of a law's name, in this language only ("Finance Bill"; in German "Bill" is a
# surname: Maria Bill).
LAW_HEADS: frozenset[str] = frozenset()
STOP_WORDS: frozenset[str] = frozenset()
# Inflection endings a crude stemmer strips, longest first (key points' terms).
INFLECTION_SUFFIXES: tuple[str, ...] = ()
# Stop words that are given names too, which a capitalised one inside a sentence is.
GIVEN_STOP_WORDS: frozenset[str] = frozenset()
# Words the language writes in lower case that open no person's name ("casino", "free"): a
# multi-word "person" opening with one is a work, firm or campaign. Only where capitals mark
# names alone (ONLY_NAMES_CAPITALISED); in German every noun is capitalised.
COMMON_WORDS: frozenset[str] = frozenset()
# Nouns of number, never part of a name ("eine Million Männer"), lower case.
NUMBER_NOUNS: frozenset[str] = frozenset()
# Relative pronouns that refer only to people: a name they follow is a person's.
PERSON_RELATIVES: frozenset[str] = frozenset()
# Relative pronouns that never refer to a person: a name opening a sentence before one is a thing's.
THING_RELATIVES: frozenset[str] = frozenset()
# Labels of a picture's or a figure's credit, before a colon ("Foto: APA"), lower case.
CREDIT_LABELS: frozenset[str] = frozenset()
# Feasts and holidays, lower case: never a person ("Christmas"), nor a name's last word.
HOLIDAYS: frozenset[str] = frozenset()
# Labels of advertising on a news page.
ADVERTISING: frozenset[str] = frozenset()
# Phrases that promote another article, before a colon ("Lesen Sie auch: …"), lower case.
PROMOTION: frozenset[str] = frozenset()
# Calls to subscribe, follow or click, and copyright lines: never a key point, lower case.
CALLS_TO_ACTION = frozenset({"copyright"})
# Cues that a name is no person's (analysis/entities.py), regexes ("" for none): an article
# before it, a plural verb after it (a team or firm: "Chelsea have"), a work's or a thing's cue
# before it ("role in Vera Drake", "its Xbox"), "at" before it ("won at Chelsea"), an office of it
# before it ("chairman of Chelsea").
ARTICLE_BEFORE_NAME = ""
PLURAL_VERB_AFTER_NAME = ""
WORK_BEFORE_NAME = ""
AT_BEFORE_NAME = ""
OFFICE_OF_BEFORE_NAME = ""
# A noun after a name that makes it a district's, a firm's, a work's or a thing's ("the
# Sheffield Hallam seat", "the Alfa Romeo division", "the Pop Idol format").
THING_AFTER_NAME = ""
# Words before "at" that aim at a person ("a swipe at Brown"), not at a place or firm.
AT_A_PERSON: frozenset[str] = frozenset()
# Words after a person's name that open their organisation: "Nick Bubb of Evolution Securities".
AFFILIATION: frozenset[str] = frozenset()
# Words that introduce examples, before a name: "Filmen wie Echo Park".
LIKE: frozenset[str] = frozenset()
# Conjunctions that join the items of a list ("A, B and C").
CONJUNCTIONS: frozenset[str] = frozenset()
# What opens a coordination or a relative clause after a name, not an apposition.
CLAUSE_OPENING: frozenset[str] = frozenset()
# Position markers in photo captions, in parentheses like a party: "(l.)", "(Mitte)", "(left)".
POSITION_MARKERS: frozenset[str] = frozenset()
# News and picture agencies, named in credits and datelines: never a person.
AGENCIES = frozenset({"dpa", "apa", "afp", "reuters", "ap", "epa", "getty", "imago"})
# Lower-case words inside a person's name, of names from many languages: "von", "de", "bin".
PARTICLES = frozenset(
    {
        "von", "van", "de", "der", "den", "da", "di", "al", "bin", "ibn", "el", "la", "le", "du",
        "zu", "dos", "das", "del", "ten", "ter",
    }
)  # fmt: skip
# Particles of Dutch and German surnames, which no organisation or place name holds in lower
# case between capitalised words ("Philip van Doren Stern"); Romance ones do ("Rio de Janeiro").
SURNAME_PARTICLES = frozenset({"van", "von", "ten", "ter", "zu"})
# Arabic and Hebrew patronymics: "Qabus bin Said" (what follows is the father's name).
PATRONYMICS = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould"})
# Arabic article prefixes written lower-case and joined: "al-Assad", "el-Sisi", "ad-Din"; a regex.
ARTICLE_PREFIX = r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\w"
