import pytest

from generator.analysis.roles import name_facts, short_role


def _facts(text: str, name: str, language: str = "de"):
    start = text.index(name)
    return name_facts(text, start, start + len(name), language)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("He met chairman and chief executive Richard Parsons.", "Richard Parsons", "chief executive"),
        ("Then Foreign Secretary Jack Straw spoke.", "Jack Straw", "Foreign Secretary"),
        ("Prime Minister Tony Blair said so.", "Tony Blair", "Prime Minister"),
        ("Yesterday Chancellor Gordon Brown said so.", "Gordon Brown", "Chancellor"),
        ("Mr Blair said so.", "Blair", ""),
        # An honorific between the office and the name is neither.
        ("Metropolitan Police Commissioner Sir John Stevens said so.", "John Stevens", "Police Commissioner"),
    ],
)
def test_an_english_title_takes_its_qualifiers_but_not_a_sentence_opening(text, name, title) -> None:
    assert _facts(text, name, "en").title == title


@pytest.mark.parametrize(
    ("text", "name", "apposition"),
    [
        ("said Terry Lundgren, Federated's chairman.", "Terry Lundgren", "Federated's chairman"),
        ("Carla Ferstman, legal director of Redress, said", "Carla Ferstman", "legal director of Redress"),
        ("Martin Bell, the former independent MP, said", "Martin Bell", "former independent MP"),
        ("Solskjaer, and club manager Sir Alex Ferguson", "Solskjaer", ""),
        ("with Leonardo DiCaprio, director Martin Scorsese and", "Leonardo DiCaprio", ""),
        ("Tony Blair, who said", "Tony Blair", ""),
    ],
)
def test_an_english_apposition_names_the_office_in_lower_case(text, name, apposition) -> None:
    assert _facts(text, name, "en").apposition == apposition


def test_forms_of_address_and_degrees_are_no_roles_and_german_roles_are_nominative() -> None:
    from generator.analysis.titles import is_role

    assert not any(is_role(t) for t in ("Sir", "Dame", "Lord", "Dr.", "Prof.", "Mr"))
    assert is_role("Kremlchef") and is_role("Foreign Secretary")
    assert (
        _facts("Der Wiener FPÖ-Abgeordneten Johann Gudenus wegen", "Johann Gudenus").title
        == "FPÖ-Abgeordnete"
    )


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
        # A trade that is also a surname is a title only in a compound.
        ("Das sagt Weinbauer Josef Trummer.", "Josef Trummer", "Weinbauer"),
        ("Das sagt Gastwirt Karl Sternad.", "Karl Sternad", "Gastwirt"),
        ("Das sagt Anna Bauer Karl Sternad.", "Karl Sternad", ""),
        ("Auf den Spuren des Propheten Mohammed.", "Mohammed", "Prophet"),
        # Nouns of persons by their ending; not "Klassiker", nor a given name.
        ("und Landtagsklubobmann Walter Steidl bestätigt", "Walter Steidl", "Landtagsklubobmann"),
        ("sagte die Wirtschaftspsychologin Anna Berger", "Anna Berger", "Wirtschaftspsychologin"),
        ("verdeutlichte VCÖ-Expertin Ulla Rasmussen", "Ulla Rasmussen", "VCÖ-Expertin"),
        ("Der Filmklassiker Casablanca läuft", "Casablanca", ""),
        ("Heute kam Kristin Müller", "Müller", ""),
    ],
)
def test_inflected_titles_give_their_dictionary_form(text: str, name: str, title: str) -> None:
    assert _facts(text, name).title == title
