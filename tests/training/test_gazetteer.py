from training.gazetteer import faker_names, names_of, patterns, place_names


def test_patterns_tag_each_word_with_all_its_classes():
    entries = patterns(
        {"FIRST": {"Anna", "Kim", "Jean", "Sie"}, "LAST": {"Kim", "Novak", "May"}, "PLACE": {"Paris"}}
    )
    classes = {e["attrs"]["TAG"]: set(e["patterns"][0][0]["ORTH"]["IN"]) for e in entries}
    assert classes == {
        "FIRST": {"Anna", "Jean"},
        "FIRST+LAST": {"Kim"},
        "LAST": {"Novak"},
        "PLACE": {"Paris"},
    }
    assert sorted(names_of(entries, "LAST")) == ["Kim", "Novak"]


def test_faker_lists_hold_german_turkish_and_english_names_in_latin_script():
    first, last = faker_names()
    assert {"Angela", "Mevlüt", "John"} <= first
    assert {"Müller", "Yılmaz", "Smith"} <= last
    assert all(name[:1].isupper() and " " not in name for name in first | last)


def test_places_include_german_exonyms_of_large_cities_but_no_phrases():
    places = place_names()
    assert {"Wien", "Mailand", "Moskau", "Deutschland", "Berlin"} <= places
    assert "New York" not in places and "MUC" not in places
