"""The benchmark corpus (benchmarks/corpus.py): real articles first, then variations, no copies."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.corpus import NEWS, Language, articles, blocks, varied_articles, vary

PEOPLE = {
    "de": [("Anna", "Huber"), ("Peter", "Gruber"), ("Maria", "Berger"), ("Josef", "Wagner")],
    "en": [("Alice", "Walker"), ("Robert", "Hill"), ("Susan", "Turner"), ("Edward", "Price")],
}
PLACES = {"de": ["Wien", "Graz", "Linz", "Salzburg"], "en": ["Leeds", "Glasgow", "Bristol", "Liverpool"]}
COUNTRIES = {"de": ["Österreich", "Ungarn", "Italien", "Polen"], "en": ["France", "Spain", "Japan", "Norway"]}
SUBJECTS = {"de": ["Steuern", "Fußball"], "en": ["taxes", "football"]}


def german(i: int, subject: str) -> str:
    given, surname = PEOPLE["de"][i]
    place, country = PLACES["de"][i], COUNTRIES["de"][i]
    return (
        f"Streit um {subject} in {place} geht weiter. {place} – {given} {surname} hat am Montag einen "
        f"Plan zu {subject} vorgestellt. {surname} sagte, der Plan sei gerecht. Kritik an den {subject} "
        f"kam sofort von der Opposition. Die Regierung will im Herbst entscheiden. Darüber wird seit "
        f"Monaten in {country} gestritten. Eine Umfrage zu {subject} zeigt wenig Zustimmung. "
        f"{surname} will trotzdem weitermachen."
    )


def english(i: int, subject: str) -> str:
    given, surname = PEOPLE["en"][i]
    place, country = PLACES["en"][i], COUNTRIES["en"][i]
    return (
        f"Row over {subject} in {place}\n\n{given} {surname} presented a plan on {subject} in {place} "
        f"on Monday.\n\n{surname} said the plan on {subject} was fair and long prepared.\n\n"
        f"Critics of the {subject} plan in {country} called it a mistake.\n\n"
        f"A poll on {subject} shows little support, but {surname} will carry on."
    )


REAL = [("de", german(i, SUBJECTS["de"][i % 2])) for i in range(4)] + [
    ("en", english(i, SUBJECTS["en"][i % 2])) for i in range(4)
]
TOPICS = [str(i % 2) for i in range(8)]


def test_the_first_pass_is_the_real_articles() -> None:
    assert vary(REAL, 5) == REAL[:5]
    assert vary(REAL, 40)[: len(REAL)] == REAL


def test_the_same_seed_gives_the_same_corpus() -> None:
    assert vary(REAL, 40, seed=3) == vary(REAL, 40, seed=3)
    assert vary(REAL, 40, seed=3) != vary(REAL, 40, seed=4)


def test_no_text_twice_and_no_variation_a_copy_of_a_real_article() -> None:
    corpus = vary(REAL, 40, seed=1)
    texts = [text for _, text in corpus]
    assert len(corpus) == 40
    assert len(set(texts)) == len(texts)
    assert not {text for _, text in REAL} & set(texts[len(REAL) :])


def test_a_variation_keeps_its_language_and_topic() -> None:
    for language, text in vary(REAL, 40, seed=1, topics=TOPICS)[len(REAL) :]:
        other = {"de": " the ", "en": " der "}[language]
        assert other not in text and ("\n\n" in text) == (language == "en")
        assert sum(subject in text for subject in SUBJECTS[language]) == 1


def test_names_are_swapped_in_from_other_articles() -> None:
    variations = [text for _, text in vary(REAL, 60, seed=2)[len(REAL) :]]
    for language in ("de", "en"):
        givens = "|".join(given for given, _ in PEOPLE[language])
        surnames = "|".join(surname for _, surname in PEOPLE[language])
        real_names = {f"{given} {surname}" for given, surname in PEOPLE[language]}
        found = {m[0] for text in variations for m in re.finditer(rf"\b(?:{givens}) (?:{surnames})\b", text)}
        assert found - real_names, "no new combination of a given name and a surname"


def test_a_renamed_person_or_place_keeps_its_new_name_throughout() -> None:
    language = Language("de", [("", text) for lang, text in REAL if lang == "de"])
    renamed = []
    for seed in range(20):
        text = language.rename(german(0, "Steuern"), random.Random(seed))
        m = re.search(r"in (\w+) geht weiter\. (\w+) – (\w+) (\w+) hat", text)
        assert m, text
        place, dateline, given, surname = m.groups()
        assert dateline == place and place in PLACES["de"]
        assert len(re.findall(rf"\b{surname}\b", text)) == 3  # in full once, then twice alone
        assert (given, surname) in [(g, s) for g, _ in PEOPLE["de"] for _, s in PEOPLE["de"]]
        renamed.append((place, surname))
    assert {place for place, _ in renamed} - {"Wien"} and {surname for _, surname in renamed} - {"Huber"}


def test_a_one_paragraph_article_is_cut_into_runs_of_three_sentences() -> None:
    found = blocks(german(0, "Steuern"))
    assert len(found) == 3
    assert found[0].startswith("Streit um Steuern") and found[0].endswith("der Plan sei gerecht.")
    assert blocks(english(0, "taxes"))[0] == "Row over taxes in Leeds"


def test_too_few_articles_to_vary_is_an_error() -> None:
    with pytest.raises(ValueError, match="too few"):
        vary([("en", "Title\n\nOnly paragraph.")], 3)


@pytest.mark.data
@pytest.mark.skipif(not NEWS.is_dir(), reason="needs ../shared/data")
def test_on_the_real_news() -> None:
    real = articles()
    corpus = varied_articles(len(real) + 100)
    assert corpus[: len(real)] == real
    variations = corpus[len(real) :]
    assert len({text for _, text in variations}) == 100
    assert not {text for _, text in real} & {text for _, text in variations}
    assert [language for language, _ in variations] == [language for language, _ in real[:100]]
