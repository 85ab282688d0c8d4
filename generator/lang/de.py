"""German word lists and tables."""

from __future__ import annotations

from spacy.lang.de.stop_words import STOP_WORDS as _STOP_WORDS

from .neutral import *  # noqa: F403 (what this language does not set is the neutral list)
from .neutral import TERRITORY_ALIASES as _NEUTRAL_TERRITORIES

TERRITORY_ALIASES = {**_NEUTRAL_TERRITORIES, "großbritannien": "GB", "holland": "NL", "uno": "UN"}
ORGANISATION_KINDS = frozenset({"partei"})
# Longest first: "Vereinigten" loses "en", not "n".
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
# Whether the language capitalises its nouns, which then carry a text's topic.
NOUNS_CAPITALISED = True
S_GENITIVE = True
# How the language opens and closes a quotation.
QUOTE_MARKS = ("„", "“")
LOCALES = ("de", "de_AT")
WEEKDAYS_TOO = {"sonnabend": 5}
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
LAST_WEEKDAY = r"(?:am\s+)?(?:vergangenen|letzten|vorigen)"
BEFORE_MONTH = ("im", "seit", "bis", "Anfang", "Mitte", "Ende")

# Titles and roles that stand before a name or in an apposition: "Präsident", "Klubobfrau".
TITLE_WORDS = frozenset(
    {
        "präsident",
        "präsidentin",
        "kanzler",
        "kanzlerin",
        "minister",
        "ministerin",
        "diktator",
        "diktatorin",
        "machthaber",
        "könig",
        "königin",
        "kaiser",
        "papst",
        "prophet",
        "prophetin",
        "premier",
        "premierminister",
        "premierministerin",
        "bürgermeister",
        "bürgermeisterin",
        "landeshauptmann",
        "landeshauptfrau",
        # Austrian and Swiss offices: "Klubobfrau Eva Glawischnig", "Landesrat Hans Seitinger"
        "klubobmann",
        "klubobfrau",
        "obmann",
        "obfrau",
        "landesrat",
        "landesrätin",
        "stadtrat",
        "stadträtin",
        "gemeinderat",
        "gemeinderätin",
        "bundesrat",
        "bundesrätin",
        "nationalrat",
        "nationalrätin",
        "general",
        "generalin",
        "oberst",
        "admiral",
        "sprecher",
        "sprecherin",
        "senator",
        "senatorin",
        "gouverneur",
        "gouverneurin",
        "richter",
        "richterin",
        "professor",
        "professorin",
        "prof",
        "dr",
        "herr",
        "frau",
        "trainer",
        "trainerin",
        "kapitän",
        "botschafter",
        "botschafterin",
        "abgeordnete",
        "abgeordneter",
        "vorsitzende",
        "vorsitzender",
        "chef",
        "chefin",
        "leiter",
        "leiterin",
        "direktor",
        "direktorin",
        "kommissar",
        "kommissarin",
        "prinz",
        "prinzessin",
        "scheich",
        "emir",
        "ayatollah",
        "staatssekretär",
        "staatssekretärin",
        "anwalt",
        "anwältin",
        "oppositionsführer",
        "oppositionsführerin",
        "kardinal",
        "bischof",
        "erzbischof",
        "pfarrer",
        # relations that stand where titles do: "Landsmann Dominic Thiem", "seine Geliebte Gisela"
        "landsmann",
        "landsfrau",
        "geliebte",
    }
)
# Compounds ending in a title: Kremlchef, Außenminister, Ministerpräsident, Parteivorsitzende,
# Staatschefin … (a regex of the whole lower-case word)
TITLE_COMPOUND = (
    r"(?:chef|präsident|minister|kanzler|sprecher|leiter|führer|meister|vorsitzende[rn]?|sekretär"
    r"|trainer|direktor|kandidat|könig|botschafter|abgeordnete[rn]?|herrscher|diktator|kommissar"
    r"|general|gründer|manager|berater|anführer|regent|vize|boss|ökonom|experte|politiker|analyst"
    # family relations stand where titles do: "Erdoğans Schwiegersohn Berat Albayrak"
    r"|sohn|tochter|bruder|schwester|vater|mutter|onkel|tante|neffe|nichte|witwe|gattin|gatte|enkel"
    r"|ehefrau|ehemann"
    # what people are known as: "Popchansonnière Patricia Kaas", "Schauspielerin Eva Longoria"
    r"|sänger|chansonnier|chansonnière|schauspieler|spieler|kicker|legende|ikone|autor|regisseur"
    r"|musiker|künstler|moderator|sportler|athlet|kollege|komponist|dirigent|pianist|gitarrist"
    r"|schriftsteller|journalist|aktivist|kritiker|unternehmer|milliardär|millionär|investor"
    r"|torhüter|stürmer|verteidiger|rapper|rocker|mutti|filmer|filmemacher|produzent|fotograf|designer"
    r"|architekt|maler|bildhauer|tänzer|dichter|forscher|wissenschafter|wissenschaftler|historiker"
    r"|loge|goalscorer|scorer|winzer|polizist|anwalt|anwältin|arzt|ärztin|arbeiter"
    r"|bischof|soldat|schützer)(?:in)?$"  # "Konsumentenschützer Kolba", "Datenschützerin"
    # short heads only in a compound: "Tennisfan", "Schunkelduo", not "Stefan", "Staffan", "Trio"
    r"|(?:\w{5}|-)(?:fan|star|profi|duo|trio)(?:in)?$"
    # trades that are surnames too only in a compound: "Weinbauer", "Gastwirt", "Sternekoch",
    # "Verfassungsrichterin", not "Bauer", "Koch", "Fischer", nor "Neubauer"
    r"|(?:\w{4}|-)(?:bauer|bäuerin|wirt|koch|köchin|lehrer|fahrer|fischer|richter)(?:in)?$"
)
# Endings of nouns of persons: "Mathematiker", "Redakteurin", "Astronaut", "Landtagsklubobmann",
# "Slowenenvertreter", "Wirtschaftspsychologin", "VCÖ-Expertin", "Augenzeuge"; not "Klassiker",
# nor the nouns that stand before teams, firms and films too ("Vorjahressieger", "Oscar-Gewinner",
# "Spieleentwickler", "Koalitionspartner"; "-ist": "Drittligist", "Gasmonopolist"). A word that
# is also a given name is none ("Kristin", "Valentin"). A regex.
PERSON_NOUN_ENDING = (
    r"\w{4}(?:(?<!klass)iker|eur|naut|veteran|kommandant|diplomat|nachfolger|vorgänger|vertreter"
    r"|obmann|organisator|kommentator|koordinator|rechtler|referent|korrespondent)(?:in)?$"
    r"|\w{3}olog(?:e|in)$|(?:obfrau|kollegin|expertin|zeuge|zeugin)$|\w{4}freund(?:in)?$"
)
# Only as the last part of a hyphenated compound ("IHS-Mann Hofer", "ÖVP-Frau"): "Hofmann" is a name.
HYPHEN_ROLES = frozenset({"mann", "frau"})
# Nouns of nationality stand before names like titles, also in compounds: "der Brite Andy
# Murray", "US-Amerikaner Jack Sock", "die Französin Marion Bartoli". Demonyms that are common
# surnames ("Schweizer", "Holländer", "Ungar") or other words ("Pole") are left out, and so is
# "Deutsche", an adjective in names ("der Deutschen Presse-Agentur", "Deutsche Bank").
NATIONALITY_NOUNS = frozenset(
    {
        "österreicher", "österreicherin", "amerikaner", "amerikanerin",
        "brite", "britin", "engländer", "engländerin", "schotte", "schottin", "ire", "irin",
        "franzose", "französin", "italiener", "italienerin", "spanier", "spanierin",
        "portugiese", "portugiesin", "niederländer", "niederländerin", "belgier", "belgierin",
        "däne", "dänin", "schwede", "schwedin", "norweger", "norwegerin", "finne", "finnin",
        "polin", "tscheche", "tschechin", "slowake", "slowakin", "rumäne", "rumänin",
        "bulgare", "bulgarin", "grieche", "griechin", "türke", "türkin", "russe", "russin",
        "ukrainer", "ukrainerin", "serbe", "serbin", "kroate", "kroatin", "slowene", "slowenin",
        "bosnier", "bosnierin", "albaner", "albanerin", "kanadier", "kanadierin", "mexikaner",
        "mexikanerin", "brasilianer", "brasilianerin", "argentinier", "argentinierin",
        "kolumbianer", "kolumbianerin", "australier", "australierin", "japaner", "japanerin",
        "chinese", "chinesin", "koreaner", "koreanerin", "inder", "inderin", "iraner",
        "iranerin", "iraker", "irakerin", "syrer", "syrerin", "israeli", "ägypter", "ägypterin",
        "marokkaner", "marokkanerin", "nigerianer", "nigerianerin", "kenianer", "kenianerin",
        "äthiopier", "äthiopierin", "afghane", "afghanin", "pakistaner", "pakistanerin",
    }
)  # fmt: skip
# Adjectival nouns, whose case ending is no part of the title ("FPÖ-Abgeordneten"); a regex.
ADJECTIVAL_NOUN = r"(?:vorsitzend|abgeordnet)e[nr]$"
# Endings of abstract nouns and of adjectives, which no name has: "Gladbacher Harmlosigkeit",
# "Psychotische Killervögel", "Apostolische Nuntius" (not -ischer: "Karl Rudischer"; a regex).
COMMON_WORD_ENDING = r"\w{4}(?:keit|heit|schaft|ismus)(?:en)?$|\w{3}isch(?:e|en|es|em)$"
ADDRESS = frozenset({"herr", "frau"})
# An inflected adjective between a name in the genitive and its noun, by endings no verb has
# ("Wes Andersons filigranes Budapest Hotel", "Lew Wallaces gleichnamigem Roman", "Forrest Gumps
# bessere Hälfte"; not "wollen", "untersuchte"); "-dem" ends adverbs ("zudem"). A regex.
ADJECTIVE_BEFORE_NOUN = r"[a-zäöüß]{2,}(?:es|(?<!d)em|ere)"
# Nouns of number, never part of a name: "eine Million Männer".
NUMBER_NOUNS = frozenset(
    {
        "dutzend", "dutzende", "hundert", "hunderte", "tausend", "tausende", "million", "millionen",
        "milliarde", "milliarden",
    }
)  # fmt: skip
# Academic degrees, by which people are addressed: not roles.
DEGREES = frozenset({"mag", "ing", "dipl", "di"})
# A name after one of these (or a compound ending in one) is a thing, an outlet or an animal:
# "Zeitung El Mundo", "Kater Robby", "Hersteller Mattel", "Raumsonde Rosetta", "Fregatte Canarias",
# "Regionalmeisterschaft Copa America".
THING_NOUNS = frozenset(
    {
        "zeitung", "zeitschrift", "blatt", "magazin", "sender", "agentur", "sendung", "show",
        "partei", "verein", "firma", "kanzlei", "konzern", "unternehmen", "kater", "katze", "hund",
        "pferd", "schiff", "hotel", "restaurant", "film", "buch", "roman", "album", "song", "lied",
        "stiftung", "institut", "gruppe", "band", "club", "klub", "team", "radio", "tv", "dienst",
        "produkt", "konsole", "hersteller", "anbieter", "röster", "brauerei", "marke", "kette",
        "autobauer", "festival",
        "plattform", "portal", "netzwerk", "serie", "roboter", "sonde", "rakete", "satellit",
        "mission", "fregatte", "frachter", "tanker", "jacht", "kreuzer", "zerstörer", "fähre",
        # places: "der Ortschaft Albu Kamal", "Flüchtlingslager Idomeni", "Flughafen Mariscal Sucre"
        "ortschaft", "dorf", "siedlung", "lager", "flughafen", "stützpunkt", "provinz", "bezirk",
        "stadtteil", "insel",
        # events: "Regionalmeisterschaft Copa America"
        "meisterschaft", "turnier", "pokal", "rallye",
    }
)  # fmt: skip
# Whole words that make a run of capitalised words a club, region or thing: "SV Ried".
THING_WORDS = frozenset({"sc", "sv", "region", "schenkung", "republik"})
# The last word of an organisation's name: "Deutsche Bank AG", "Zielpunkt GmbH".
ORGANISATION_HEADS = frozenset(
    {"ag", "gmbh", "kg", "se", "holding", "verlag", "werke", "stiftung", "universität"}
)
STOP_WORDS = frozenset(_STOP_WORDS)
INFLECTION_SUFFIXES = ("ern", "em", "en", "er", "es", "e", "n", "s")
HOLIDAYS = frozenset({"weihnachten", "ostern", "pfingsten", "allerheiligen", "fasching"})
CREDIT_LABELS = frozenset({"bild", "bilder", "foto", "fotos", "grafik", "video", "quelle"})
ADVERTISING = frozenset({"anzeige", "werbung"})
# A one-word name takes no article ("der Oman", "den modernen Oman"); not "der 63-jährige Putin".
ARTICLE_BEFORE_NAME = (
    r"\b(?i:der|die|das|dem|den|des|im|am|vom|zum|zur|beim|ins)\s+(?:[a-zäöüß][\w-]*e[nmrs]?\s+){0,2}$"
)
AFFILIATION = frozenset({"aus"})
LIKE = frozenset({"wie"})
POSITION_MARKERS = frozenset({"l", "r", "m", "li", "re", "mitte", "links", "rechts"})
PROMOTION = frozenset(
    {"lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "siehe auch",
     "auch interessant", "das könnte sie auch interessieren", "weiterlesen"}
)  # fmt: skip
CALLS_TO_ACTION = frozenset({"copyright", "jetzt abonnieren", "newsletter", "folgen sie uns"})
CONJUNCTIONS = frozenset({"und", "oder"})
