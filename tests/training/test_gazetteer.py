from training.gazetteer import faker_names, genitive_forms, names_of, noun_forms, patterns, place_names


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


NOUNS_CSV = (
    "lemma,pos,genus,genus 1,genus 2,genus 3,genus 4,nominativ singular,nominativ plural,"
    "genitiv singular,dativ plural,akkusativ plural\n"
    "Schlagzeug,Substantiv,n,,,,,Schlagzeug,Schlagzeuge,Schlagzeugs Schlagzeuges,Schlagzeugen,Schlagzeuge\n"
    'Merkel,"Nachname,Substantiv",,,,,,Merkel,Merkels,Merkels,Merkels,Merkels\n'
    "Schienenersatzverkehrsfahrzeug,Substantiv,n,,,,,Schienenersatzverkehrsfahrzeug,,,,\n"
    '-ant,"Affix,Substantiv,Suffix",,,,,,-ant,-anten,,,\n'
)


def test_noun_forms_are_common_nouns_in_their_main_cases_only() -> None:
    # Names listed by Wiktionary ("Merkel" as a Nachname), affixes and very long compounds are left out.
    assert noun_forms(NOUNS_CSV) == {
        "Schlagzeug",
        "Schlagzeuge",
        "Schlagzeugs",
        "Schlagzeuges",
        "Schlagzeugen",
    }


def test_genitives_add_s_except_after_sibilants() -> None:
    assert genitive_forms({"Merkel", "Kanada", "Marx", "Hans", "Strauß", "Lenz"}) == {"Merkels", "Kanadas"}
