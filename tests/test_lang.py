"""The language modules (generator/lang): every language's words, through one interface."""

from datetime import date

from generator.analysis.events import find_events
from generator.lang import (
    every_module,
    for_language,
    languages_where,
    month_name,
    month_numbers,
    pattern,
    patterns,
    relative_days,
    weekday_numbers,
    words,
)
from generator.records import Sentence
from generator.sources.dates import infer_date


def test_month_and_weekday_names_come_from_cldr_with_regional_forms() -> None:
    months = month_numbers()
    assert months["jänner"] == months["januar"] == months["january"] == 1
    assert months["märz"] == 3 and len(months) == 13 + 12 - 4  # April, August, September, November shared
    weekdays = weekday_numbers()
    assert weekdays["montag"] == weekdays["monday"] == 0
    assert weekdays["sonnabend"] == weekdays["samstag"] == 5
    assert relative_days()["gestern"] == relative_days()["yesterday"] == -1
    assert (month_name("de", 3), month_name("en", 3), month_name("fr", 3)) == ("März", "March", "March")


def test_a_language_without_a_module_has_the_neutral_lists() -> None:
    assert for_language("fr").LOCALES == () and for_language("fr").RELATIVE_DAYS == {}
    assert for_language("de").NOUNS_CAPITALISED and not for_language("en").NOUNS_CAPITALISED


def test_the_date_rules_read_every_language_s_names() -> None:
    assert infer_date("Wien, Sonnabend, 29. Februar 2020", date(2021, 1, 1)) == date(2020, 2, 29)
    sentences = [Sentence(0, 0, 60, "Das war am vergangenen Dienstag, und im Jänner 2016 schon.")]
    events = find_events(sentences, date(2016, 3, 4), "de")
    assert {(e.date, e.precision) for e in events} == {(date(2016, 3, 1), "day"), (date(2016, 1, 1), "month")}


def test_each_list_is_the_union_of_the_languages_lists() -> None:
    assert {"herr", "mr", "madame"} <= words("ADDRESS")  # German, English, neutral
    assert for_language("de").PARTICLES is for_language("fr").PARTICLES  # what German does not set
    assert "präsident" in words("TITLE_WORDS") and "spokesman" in words("TITLE_WORDS")
    assert patterns("ADJECTIVAL_NOUN") == for_language("de").ADJECTIVAL_NOUN
    assert patterns("JUDICIAL_STYLE") == "justice"  # English only, not joined to the empty ones


def test_a_language_module_sets_only_what_the_neutral_module_declares() -> None:
    neutral = for_language("xx")
    declared = {name for name in vars(neutral) if name.isupper()}
    for module in every_module():
        own = {name for name in vars(module) if name.isupper() and not name.startswith("_")}
        assert own <= declared, (module.__name__, own - declared)


def test_flags_and_patterns_are_one_language_s() -> None:
    assert languages_where("S_GENITIVE") == {"de"} and languages_where("PLURAL_S") == {"en"}
    article = pattern("en", "ARTICLE_BEFORE_NAME")
    assert article is not None and article.search("won an ") and pattern("fr", "ARTICLE_BEFORE_NAME") is None
