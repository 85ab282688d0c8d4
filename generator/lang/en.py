"""English word lists and tables."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS

from . import word_list
from .neutral import *  # noqa: F403 (what this language does not set is the neutral list)
from .neutral import TERRITORY_ALIASES as _NEUTRAL_TERRITORIES

TERRITORY_ALIASES = {**_NEUTRAL_TERRITORIES, "britain": "GB", "great britain": "GB", "holland": "NL"}
ORGANISATION_ALIASES = {
    "tories": "conservative",
    "tory": "conservative",
    "lib dems": "liberal democrat",
    "lib dem": "liberal democrat",
}
ORGANISATION_KINDS = frozenset({"party"})
# Whether the language capitalises its nouns, which then carry a text's topic.
NOUNS_CAPITALISED = False
ONLY_NAMES_CAPITALISED = True
PLURAL_S = True
# Made by `python -m training.common_words` from the English training corpora.
COMMON_WORDS = word_list("en_common_words.txt")
# Nouns of number, never part of a name: "a million viewers".
NUMBER_NOUNS = frozenset(
    {
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions",
    }
)  # fmt: skip
# How the language opens and closes a quotation.
QUOTE_MARKS = ("“", "”")
LOCALES = ("en",)
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
LAST_WEEKDAY = "last"
BEFORE_MONTH = ("in", "since", "until", "early", "mid", "late")

# Titles and roles that stand before a name or in an apposition: "President", "spokesman".
TITLE_WORDS = frozenset(
    {
        "president",
        "chancellor",
        "dictator",
        "king",
        "queen",
        "sultan",
        "mp",
        "msp",  # Scottish Parliament
        "mep",
        "dame",
        "pope",
        "prime",
        "mayor",
        "governor",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "judge",
        "mr",
        "mrs",
        "ms",
        "madame",
        "monsieur",
        "sir",
        "lady",
        "lord",
        "coach",
        "captain",
        "ambassador",
        "chairman",
        "chairwoman",
        "director",
        "commissioner",
        "prince",
        "princess",
        "sheikh",
        "leader",
        "chief",
        "ceo",
        "manager",
        "colonel",
        "lieutenant",
        "sergeant",
        "officer",
        "treasurer",
        "inspector",
        "detective",
        "bishop",
        "archbishop",
        "cardinal",
        "reverend",
        "rev",
        # positions in team sports stand before players' names ("Prop Phil Vickery")
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        "prop",
        "flanker",
        "hooker",
        "centre",
        "fly-half",
        "scrum-half",
        "full-back",
        # occupations English names people by, before the name or in apposition ("actor Leonardo
        # DiCaprio", "Carla Ferstman, legal director of Redress")
        "chair",
        "chairperson",
        "executive",
        "economist",
        "analyst",
        "founder",
        "lawyer",
        "solicitor",
        "barrister",
        "attorney",
        "actor",
        "actress",
        "singer",
        "footballer",
        "sprinter",
        "hurdler",
        "runner",
        "athlete",
        "cyclist",
        "swimmer",
        "boxer",
        "golfer",
        "jockey",
        "skier",
        "batsman",
        "editor",
        "presenter",
        "producer",
        "novelist",
        "journalist",
        "correspondent",
        "campaigner",
        "activist",
        "official",
        "councillor",
        "boss",
        "scientist",
        "researcher",
        "surgeon",
        "designer",
        "architect",
        "comedian",
        "drummer",
        "guitarist",
        "bassist",
        # ... and those the BBC articles put before a name ("US tycoon Malcolm Glazer", "comic
        # Graham Norton"); not the words that stand before firms and teams too ("rival Nissan",
        # "advisers Goldman Sachs", "hosts Greece", "champions Chelsea", "MP3 player iPod")
        "co-star", "frontman", "author", "writer", "playwright", "poet", "composer",
        "songwriter", "musician", "rapper", "artist", "sculptor", "photographer", "critic",
        "biographer", "comic", "pundit", "publicist", "tycoon", "engineer", "accountant",
        "psychologist", "assistant", "prosecutor", "politician", "backbencher", "frontbencher",
        "expert", "medallist", "contestant", "skipper", "keeper", "referee", "cricketer",
    }
)  # fmt: skip
# Nationality nouns stand before names like titles: "Dane Kenneth Carlsen", "Briton Tim Henman",
# "Frenchman Cyril Saulnier".
NATIONALITY_NOUNS = frozenset(
    {
        "dane", "swede", "norwegian", "briton", "scot", "welshman", "irishman", "englishman",
        "frenchman", "dutchman", "spaniard", "portuguese", "italian", "belgian", "austrian",
        "russian", "american", "australian", "argentine", "argentinian", "brazilian", "serb",
        "croat", "czech", "slovak", "swiss", "chilean", "colombian", "mexican", "canadian",
    }
)  # fmt: skip
# Kinship nouns, lower-case before a name: "his daughter Victoria", "father John", "their
# fourth child, Leo".
KINSHIP = frozenset(
    {
        "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
        "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
        "grandfather", "grandmother", "fiancé", "fiancée", "girlfriend", "boyfriend", "child",
        "baby", "grandchild", "stepson", "stepdaughter", "stepfather", "stepmother",
    }
)  # fmt: skip
ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "mister", "madame", "monsieur"})  # French ones in English too
# Peers and senior judges are named by their style, which then is the name itself and is
# kept: "Lord Falconer", "Baroness Amos", "Baroness Royall of Blaisdon", "Lord Justice Rix",
# "Mr Justice Forbes". Before a given name the style is an honorific ("Lady Diana Spencer").
PEERAGE = frozenset(
    {
        "lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess",
        "marquess", "marchioness", "duke", "duchess",
    }
)  # fmt: skip
JUDICIAL_STYLE = "justice"
JUDICIAL_BEFORE = frozenset({"lord", "lady", "mr", "mrs", "ms"})
# Honorifics besides forms of address and peerage: "Sir Elton John", "Dame Judi Dench".
HONORIFICS = frozenset({"sir", "dame"})
# A name after one of these is a thing: "oil giant Yukos", "the series Narcos".
THING_NOUNS = frozenset(
    {
        "newspaper", "channel", "magazine", "broadcaster", "agency", "company", "firm", "party",
        "show", "film", "book", "album", "dog", "cat", "horse", "movie", "musical", "novel",
        "series", "sitcom", "drama", "opera", "documentary", "programme", "single", "website",
        "movement", "unit", "product", "console", "giant", "retailer", "cartel", "brand", "chain",
        "label", "operator", "provider", "manufacturer", "airline", "insurer", "carmaker",
        "brewer", "publisher", "supermarket", "platform", "network", "thriller", "comedy", "game",
        "probe", "lander", "spacecraft", "satellite", "frigate", "destroyer", "vessel", "ferry",
        "yacht", "hotel", "restaurant", "club", "team", "radio", "tv", "song", "band", "mission",
        "conglomerate", "housebuilder", "bookmaker",
    }
)  # fmt: skip
# Whole words that make a run of capitalised words a club, region or thing: "Manchester City".
THING_WORDS = frozenset({"city", "united", "fc", "ac", "region", "republic"})
# The last word of an organisation's or product's name: "Walt Disney Studios", "Munich Re".
ORGANISATION_HEADS = frozenset(
    {
        "inc", "ltd", "plc", "corp", "corporation", "holding", "holdings",
        "mail",  # "Royal Mail", "Daily Mail"
        "group", "bank", "studios", "pictures", "entertainment", "broadcasting", "wireless",
        "airlines", "airways", "motors", "records", "committee", "assembly", "council", "awards",
        "foundation", "institute", "university", "college",
        "re",  # reinsurers: "Munich Re", "Swiss Re"
        "railway", "railways", "brothers",
        "bros",  # "Warner Bros"
        "consortium", "award",
        # events, shows and groups: "Consumer Electronics Show", "Adam Smith Lecture", "Lewis Boys"
        "show", "festival", "lecture", "prize", "cup", "championship", "championships", "marathon",
        "league", "tournament", "trophy", "conference", "summit", "boys", "girls", "sisters",
        "authority", "agency", "commission", "association", "federation", "society", "trust",
        # firms and venues: "Cisco Systems", "Samuel Goldwyn Films", "Sage Centre"
        "films", "electric", "systems", "technologies", "software", "networks", "communications",
        "industries", "international", "partners", "capital", "securities", "services",
        "solutions", "labs", "energy", "telecom", "pharmaceuticals", "electronics", "stores",
        "hotels", "airport", "hospital", "school", "academy", "museum", "gallery", "theatre",
        "theater", "arena", "stadium", "centre", "center", "license", "licence",
        "breweries", "brewery", "motor", "media", "digital", "global", "forum", "project",
        # places: "George Street", "Barlinnie Prison", "Delray Beach", "Upper House"; not "park",
        # "bay", "lane", "bridge", "hall", "hill", "green", "wood": surnames too (Nick Park)
        "street", "road", "avenue", "prison", "beach", "square", "island", "islands", "valley",
        "heights", "gardens", "palace", "canyon", "house",
        # football clubs: "West Bromwich Albion", "Blackburn Rovers", "Bolton Wanderers"
        "albion", "rovers", "wanderers", "hotspur", "rangers", "athletic",
        # works and products: "Production Diary", "Colin McRae Rally", "Ray DVD"
        "diary", "book", "rally", "dvd", "arts", "marathons", "oscar", "oscars",
        "messenger",  # "Yahoo Messenger"
    }
)  # fmt: skip
TERRITORY_SURNAMES = frozenset(
    {"jordan", "ireland", "israel", "georgia", "jersey", "chad", "kenya", "holland"}
)
LAW_HEADS = frozenset({"bill", "act"})  # "Finance Bill", "Human Rights Act", "Kill Bill" too
STOP_WORDS = frozenset(_STOP_WORDS)
INFLECTION_SUFFIXES = ("ing", "ed", "es", "s")
GIVEN_STOP_WORDS = frozenset({"will", "may"})  # "Will Smith", "May Kennedy"
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})  # "McIlroy, who is third in the rankings"
THING_RELATIVES = frozenset({"which"})  # "Laura Ashley, which is due to issue its next trading statement"
HOLIDAYS = frozenset({"christmas", "easter", "halloween", "thanksgiving", "hanukkah", "diwali"})
CREDIT_LABELS = frozenset(
    {"photo", "photos", "image", "images", "picture", "pictures", "credit", "credits", "source"}
)
ADVERTISING = frozenset({"advertisement"})
PROMOTION = frozenset({"read more", "related", "see also", "more on this story"})
CALLS_TO_ACTION = frozenset({"copyright", "click here", "sign up", "subscribe", "follow us"})
# "won an Oscar", "the Upper House", "the film The Chorus"
ARTICLE_BEFORE_NAME = r"\b(?:(?i:a|an)\s+(?:[a-z][\w-]*\s+)?|(?i:the)\s+)$"
PLURAL_VERB_AFTER_NAME = r"\s+(?:have|are|were|face|play|need|host|meet|trail)\b"
# Works: "her role in Vera Drake", "star of Crouching Tiger", "film credits include Vertical Limit";
# things: "its Xbox consoles" (a possessive determiner).
WORK_BEFORE_NAME = (
    r"\b(?:role in|star of|starring in|starred in|appeared in|credits include|episode of"
    r"|(?:stars?|plays?|played|appears?) (?:[\w-]+ ){0,4}in"  # "plays a drunkard in Duane Hopwood"
    r"|its|their|his|her|our|my|your)\s+$"
)
AT_BEFORE_NAME = r"(\w+)\s+at\s+$"
OFFICE_OF_BEFORE_NAME = r"\b([a-z]+) of\s+$"
# A person has no profits or shareholders, but may own "cars" or "sales" ("Beckham's cars") and
# have won an award ("the Golden and Silver Bear awards", "the Turner prize", not "Turner's prize"):
# those count only without a possessive.
THING_AFTER_NAME = (
    r"(?:['’]s?)?\s+(?:division|subsidiary|subsidiaries|profits|turnover|shareholders|factory"
    r"|factories|dealerships|format|franchise)\b"
    r"|\s+(?:seat|constituency|ward|borough|cars|sales|awards?|prizes?|trophy)\b"
)
AT_A_PERSON = frozenset(
    {"look", "looked", "looking", "dig", "swipe", "jibe", "aimed", "angry", "laughed", "shouted", "fired"}
)
AFFILIATION = frozenset({"of", "at", "from"})
LIKE = frozenset({"like"})
CONJUNCTIONS = frozenset({"and", "or", "nor"})
CLAUSE_OPENING = frozenset(
    {"and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "where", "when"}
)
POSITION_MARKERS = frozenset({"l", "r", "left", "right", "centre", "center"})
