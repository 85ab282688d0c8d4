import pytest

from generator.analysis.roles import name_facts, short_role


def _facts(text: str, name: str):
    start = text.index(name)
    return name_facts(text, start, start + len(name))


def test_title_before_and_age() -> None:
    facts = _facts("Erst im Juni traf Putin Diktator Kim Jong-un (40). Die beiden", "Kim Jong-un")
    assert (facts.title, facts.age) == ("Diktator", 40)


def test_apposition_with_article() -> None:
    facts = _facts(
        "Die Delegation werde von Kim Geum Chol, dem Leiter der Kim-Il-Sung-Militäruniversität, angeführt.",
        "Kim Geum Chol",
    )
    assert facts.apposition == "Leiter der Kim-Il-Sung-Militäruniversität"


def test_apposition_after_age_is_shortened_for_display() -> None:
    facts = _facts(
        "Yoon Suk-yeol (63), Präsident vom mit Nordkorea verfeindeten Südkorea, bezeichnete", "Yoon Suk-yeol"
    )
    assert facts.age == 63
    assert facts.apposition == "Präsident vom mit Nordkorea verfeindeten Südkorea"
    assert short_role(facts.apposition) == "Präsident"


@pytest.mark.parametrize(
    "text, party",
    [
        ("Werner Faymann (SPÖ) sagte", "SPÖ"),
        ("Wladimir Putin (l.) und", ""),
        ("Anna Gruber (45, ÖVP) meinte", "ÖVP"),
    ],
)
def test_party_in_parentheses(text: str, party: str) -> None:
    name = " ".join(text.split()[:2])
    assert _facts(text, name).party == party


def test_english_age_between_commas() -> None:
    assert _facts("John Smith, 54, said on Monday", "John Smith").age == 54


def test_no_role_from_a_plain_clause() -> None:
    facts = _facts("Anna Gruber, die gestern ankam, sprach.", "Anna Gruber")
    assert facts.apposition == "" and facts.title == ""


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Er traf den französischen Präsidenten Emmanuel Macron.", "Emmanuel Macron", "Präsident"),
        ("Die Rede des Kremlchefs Wladimir Putin war lang.", "Wladimir Putin", "Kremlchef"),
        ("Gestern sprach Außenministerin Annalena Baerbock.", "Annalena Baerbock", "Außenministerin"),
    ],
)
def test_inflected_titles_give_their_dictionary_form(text: str, name: str, title: str) -> None:
    assert _facts(text, name).title == title
