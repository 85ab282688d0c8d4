"""Titles and roles that stand before a name or in an apposition: "Kremlchef", "Präsident"."""

from __future__ import annotations

import re

from spacy.lang.de.stop_words import STOP_WORDS as GERMAN_STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS

_TITLE_WORDS = {
    # German
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
    # English
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
}
# German compounds: Kremlchef, Außenminister, Ministerpräsident, Parteivorsitzende, Staatschefin …
_TITLE_SUFFIX = re.compile(
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
    r"|bischof|soldat)(?:in)?$"
    # short heads only in a compound: "Tennisfan", "Schunkelduo", not "Stefan", "Staffan", "Trio"
    r"|(?:\w{5}|-)(?:fan|star|profi|duo|trio)(?:in)?$"
    # trades that are surnames too only in a compound: "Weinbauer", "Gastwirt", "Sternekoch",
    # "Verfassungsrichterin", not "Bauer", "Koch", "Fischer", nor "Neubauer"
    r"|(?:\w{4}|-)(?:bauer|bäuerin|wirt|koch|köchin|lehrer|fahrer|fischer|richter)(?:in)?$"
)

# Only as the last part of a hyphenated compound ("IHS-Mann Hofer", "ÖVP-Frau"): "Hofmann" is a name.
_HYPHEN_ROLES = {"mann", "frau"}


# English nationality nouns stand before names like titles: "Dane Kenneth Carlsen", "Briton
# Tim Henman", "Frenchman Cyril Saulnier".
_TITLE_WORDS.update(
    {
        "dane", "swede", "norwegian", "briton", "scot", "welshman", "irishman", "englishman",
        "frenchman", "dutchman", "spaniard", "portuguese", "italian", "belgian", "austrian",
        "russian", "american", "australian", "argentine", "argentinian", "brazilian", "serb",
        "croat", "czech", "slovak", "swiss", "chilean", "colombian", "mexican", "canadian",
    }
)  # fmt: skip

# English kinship nouns, lower-case before a name: "his daughter Victoria", "father John".
_KINSHIP = {
    "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
    "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
    "grandfather", "grandmother", "fiancé", "fiancée", "girlfriend", "boyfriend",
}  # fmt: skip


def is_kinship_noun(word: str) -> bool:
    return word.islower() and word.strip(".,;:") in _KINSHIP


# Forms of address: not part of a name, and no role worth showing.
ADDRESS = {"herr", "frau", "mr", "mrs", "ms", "miss", "mister", "madame", "monsieur"}


# Peers and senior judges are named by their style, which then is the name itself and is
# kept: "Lord Falconer", "Baroness Amos", "Baroness Royall of Blaisdon", "Lord Justice Rix",
# "Mr Justice Forbes". Before a given name the style is an honorific ("Lady Diana Spencer").
PEERAGE = {
    "lord",
    "lady",
    "baron",
    "baroness",
    "viscount",
    "viscountess",
    "earl",
    "countess",
    "marquess",
    "marchioness",
    "duke",
    "duchess",
}
_JUDICIAL = "justice"
_JUDICIAL_BEFORE = {"lord", "lady", "mr", "mrs", "ms"}
_TITLE_WORDS.update(PEERAGE, {_JUDICIAL})


def style_start(words: list[str], name_start: int) -> int:
    """Where a name that begins at ``name_start`` really begins when a peer's or judge's style
    stands before a one-word name (``name_start`` itself otherwise)."""
    rest = words[name_start:]
    while len(rest) > 1 and rest[0].casefold() in PARTICLES:  # "Baron von Trapp"
        rest = rest[1:]
    if not (len(rest) == 1 or (len(rest) == 3 and rest[1] == "of")):
        return name_start
    before = [w.strip(".").casefold() for w in words[:name_start]]
    if len(before) >= 2 and before[-1] == _JUDICIAL and before[-2] in _JUDICIAL_BEFORE:
        return name_start - 2
    if before and before[-1] in PEERAGE:
        return name_start - 1
    return name_start


def without_style(name: str) -> str:
    """The name a style stands before: "Lord Kinnock" and "Baron Kinnock of Bedwellty" ->
    "Kinnock", "Mr Justice Forbes" -> "Forbes"; any other name as it is."""
    words = name.split()
    for skip in (1, 2):
        rest = words[skip:]
        if rest and style_start(words, skip) == 0:
            return rest[0]
    return name


def is_address(word: str) -> bool:
    return word.strip(".,;:").casefold() in ADDRESS


# Words that only ever stand before a person's name: "Mr Brown", "Sir Elton John", "Lord Ashcroft".
HONORIFICS = ADDRESS | PEERAGE | {"sir", "dame"}


def is_honorific(word: str) -> bool:
    return word.strip(".,;:").casefold() in HONORIFICS


# Forms of address and degrees say how a person is addressed, not what they do: no roles.
_NOT_ROLES = HONORIFICS | {"dr", "prof", "mag", "ing", "dipl", "di"}


def is_role(title: str) -> bool:
    """ "Kremlchef", "Foreign Secretary": a role; "Sir", "Dame", "Dr.": not."""
    return title.strip(".,;:").casefold() not in _NOT_ROLES


def is_title_word(word: str) -> bool:
    """A title from the word list itself (not a compound), such as English "spokesman"."""
    return word.strip(".,;:").casefold() in _TITLE_WORDS


def _is_title_form(folded: str) -> bool:
    head, _, last = folded.rpartition("-")
    if folded in _TITLE_WORDS or _TITLE_SUFFIX.search(last) or (head and last in _TITLE_WORDS):
        return True
    return bool(head) and last in _HYPHEN_ROLES


_ADJECTIVAL_NOUN = re.compile(r"(?:vorsitzend|abgeordnet)e[nr]$")


def title_base(word: str) -> str:
    """The title in its dictionary form, or "" if the word is none: "Präsidenten" -> "Präsident",
    "Kremlchefs" -> "Kremlchef" (German case endings of the weak and strong nouns)."""
    stripped = word.strip(".,;:")
    folded = stripped.casefold()
    if not folded:
        return ""
    if _is_title_form(folded):
        # An adjectival noun's case ending: "FPÖ-Abgeordneten" -> "FPÖ-Abgeordnete".
        return stripped[:-1] if _ADJECTIVAL_NOUN.search(folded) else stripped
    for ending in ("en", "n", "s", "es"):
        if (
            folded.endswith(ending)
            and len(folded) > len(ending) + 2
            and _is_title_form(folded[: -len(ending)])
        ):
            return stripped[: -len(ending)]
    return ""


def is_title(word: str) -> bool:
    """True for a word that names an office or form of address ("Kremlchef", "Dr.", "President",
    also inflected: "Präsidenten")."""
    return bool(title_base(word))


# A name after one of these is a thing, an outlet or an animal: "Zeitung El Mundo", "Kater Robby".
_THING_SUFFIX = re.compile(
    r"(?:zeitung|zeitschrift|blatt|magazin|sender|agentur|sendung|show|partei|verein|firma|kanzlei"
    r"|konzern|unternehmen"
    r"|kater|katze|hund|pferd|schiff|hotel|restaurant|film|buch|roman|album|song|lied|stiftung"
    r"|institut|gruppe|band|club|klub|team|radio|tv|newspaper|channel|magazine|broadcaster|agency"
    r"|company|firm|party|show|film|book|album|dog|cat|horse|movie|musical|novel|series|sitcom|drama"
    r"|opera|documentary|programme|single|website|movement|unit|dienst|produkt|product|konsole|console"
    # makers, sellers, services and missions: "Hersteller Mattel", "oil giant Yukos", "Raumsonde
    # Rosetta", "die Serie Narcos"
    r"|hersteller|anbieter|röster|brauerei|marke|kette|plattform|portal|netzwerk|serie|roboter|sonde"
    r"|rakete|satellit|mission|giant|retailer|cartel|brand|chain|label|operator|provider|manufacturer"
    r"|airline|insurer|carmaker|brewer|publisher|supermarket|platform|network|thriller|comedy|game"
    r"|probe|lander|spacecraft|satellite"
    # ships: "die Fregatte Canarias"
    r"|fregatte|frachter|tanker|jacht|yacht|kreuzer|zerstörer|fähre|frigate|destroyer|vessel|ferry)"
    r"(?:s|n|en|e)?$"
)


# Whole words that make a run of capitalised words a club, region or thing: "Manchester City".
_THING_WORDS = {"city", "united", "fc", "sc", "sv", "ac", "region", "schenkung", "republik", "republic"}


# The last word of an organisation's or product's name: "Walt Disney Studios", "Deutsche Bank AG".
_ORGANISATION_HEADS = {
    "ag",
    "gmbh",
    "kg",
    "se",
    "inc",
    "ltd",
    "plc",
    "corp",
    "corporation",
    "holding",
    "holdings",
    "mail",  # "Royal Mail", "Daily Mail"
    "group",
    "bank",
    "studios",
    "pictures",
    "entertainment",
    "broadcasting",
    "wireless",
    "airlines",
    "airways",
    "motors",
    "records",
    "committee",
    "assembly",
    "council",
    "awards",
    "foundation",
    "institute",
    "university",
    "college",
    "verlag",
    "werke",
    "stiftung",
    "universität",
    "re",  # reinsurers: "Munich Re", "Swiss Re"
    "railway",
    "railways",
    "brothers",
    "bros",  # "Warner Bros"
    "consortium",
    "award",
    # events, shows and groups: "Consumer Electronics Show", "Adam Smith Lecture", "Lewis Boys"
    "show",
    "festival",
    "lecture",
    "prize",
    "cup",
    "championship",
    "championships",
    "marathon",
    "league",
    "tournament",
    "trophy",
    "conference",
    "summit",
    "boys",
    "girls",
    "sisters",
    "authority",
    "agency",
    "commission",
    "association",
    "federation",
    "society",
    "trust",
    # firms and venues: "Cisco Systems", "Samuel Goldwyn Films", "Sage Centre"
    "films",
    "electric",
    "systems",
    "technologies",
    "software",
    "networks",
    "communications",
    "industries",
    "international",
    "partners",
    "capital",
    "securities",
    "services",
    "solutions",
    "labs",
    "energy",
    "telecom",
    "pharmaceuticals",
    "electronics",
    "stores",
    "hotels",
    "airport",
    "hospital",
    "school",
    "academy",
    "museum",
    "gallery",
    "theatre",
    "theater",
    "arena",
    "stadium",
    "centre",
    "center",
    "license",
    "licence",
}


def is_organisation_head(word: str) -> bool:
    """True for a word that ends an organisation's name, never a person's ("Studios", "AG")."""
    return word.strip(".,;:").casefold() in _ORGANISATION_HEADS


def is_thing_noun(word: str) -> bool:
    """True for a noun that makes the name after it a thing, not a person ("TV-Sender")."""
    folded = word.strip(".,;:").casefold()
    return bool(folded) and (folded in _THING_WORDS or bool(_THING_SUFFIX.search(folded.split("-")[-1])))


PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "da",
    "di",
    "al",
    "bin",
    "ibn",
    "el",
    "la",
    "le",
    "du",
    "zu",
    "dos",
    "das",
    "del",
    "ten",
    "ter",
}
# German news quotes English ("Summer Of Love"); English news hardly quotes German, whose
# function words are English names there ("Allen", "Will", "Hat").
# Particles of Dutch and German surnames, which no organisation or place name holds in lower
# case between capitalised words ("Philip van Doren Stern"); Romance ones do ("Rio de Janeiro").
SURNAME_PARTICLES = frozenset({"van", "von", "ten", "ter", "zu"})
# Arabic and Hebrew patronymics: "Qabus bin Said" (what follows is the father's name).
PATRONYMICS = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould"})
_FUNCTION_WORDS = {
    "en": frozenset(ENGLISH_STOP_WORDS - PARTICLES),
    "": frozenset((GERMAN_STOP_WORDS | ENGLISH_STOP_WORDS) - PARTICLES),
}
# Arabic article prefixes written lower-case and joined: "al-Assad", "el-Sisi", "ad-Din".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\w", re.IGNORECASE)


_INITIAL = re.compile(r"[A-Z]{1,2}\.?")


def is_initial(word: str) -> bool:
    """One or two capital letters standing for given names: "S" of "S Lamont", "KP", "J."."""
    return bool(_INITIAL.fullmatch(word))


def is_particle(word: str) -> bool:
    """A lower-case word that still belongs to a name: "von", "de", "bin", "al-Nuaimi"."""
    return word.casefold() in PARTICLES or bool(_ARTICLE_PREFIX.match(word))


def is_function_word(word: str, language: str = "") -> bool:
    """A stop word that is no name particle ("Of", "Against", "Und"): of English in an English
    text, else of German or English."""
    return word.casefold() in _FUNCTION_WORDS.get(language, _FUNCTION_WORDS[""])


def is_lower_case_word(word: str) -> bool:
    """A word that starts lower-case and is no name particle ("sagte", not "von" or "al-Assad")."""
    return not word[:1].isupper() and not is_particle(word)


def not_name_part(word: str, language: str = "") -> bool:
    """Titles ("Kremlchef"), function words ("Wann") and lower-case words are not names."""
    return is_title(word) or is_function_word(word, language) or is_lower_case_word(word)
