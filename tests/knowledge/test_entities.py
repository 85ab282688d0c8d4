"""One page per real organisation or place (generator/knowledge/entities.py)."""

from ..conftest import knowledge_of

NAMES = {
    "Europäische Union": "ORG",
    "Europäischen Union": "ORG",
    "European Union": "ORG",
    "EU": "ORG",
    "Österreich": "LOC",
    "Austria": "LOC",
    "Wien": "LOC",
    "Vienna": "LOC",
    "Britain": "LOC",
    "Großbritannien": "LOC",
    "UK": "ORG",
    "Labour Party": "ORG",
    "Labour": "ORG",
    "Conservatives": "ORG",
    "Tories": "LOC",
    "Internationaler Währungsfonds": "ORG",
    "Internet Watch Foundation": "ORG",
    "IWF": "ORG",
    "Kunsthistorische Museum": "ORG",
    "KHM": "ORG",
    "Russlands": "LOC",
    "Russland": "LOC",
    "Time": "ORG",
    "Liberal Democrats": "ORG",
    "Liberal Democrat": "ORG",
}


def _knowledge(fake, *texts: tuple[str, str]):
    return knowledge_of(fake(NAMES), *texts)


def _pages(knowledge) -> dict[str, set[str]]:
    return {e.name: {e.name, *e.aliases} for e in knowledge.entities.values()}


def _page_of(knowledge, form: str) -> set[str]:
    (page,) = [names for names in _pages(knowledge).values() if form in names]
    return page


def test_inflected_translated_and_abbreviated_forms_share_one_page(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Die Europäische Union tagt. Später sprach man in der Europäischen Union."),
        ("en", "The European Union met. The EU agreed."),
    )
    # Named by the form most documents use, in its least inflected form.
    forms = {"EU", "Europäische Union", "Europäischen Union", "European Union"}
    assert _pages(k) == {"Europäische Union": forms}


def test_countries_and_cities_across_languages(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Österreich wählt. In Wien ist es kalt. Großbritannien stimmt ab."),
        ("en", "Austria votes. Vienna is cold. Britain and the UK vote."),
    )
    assert _page_of(k, "Österreich") == {"Österreich", "Austria"}
    assert _page_of(k, "Wien") == {"Wien", "Vienna"}
    assert _page_of(k, "UK") == {"Britain", "UK", "Großbritannien"}
    # Two mentions say place, one organisation.
    assert {e.label for e in k.entities.values() if "UK" in e.aliases or e.name == "UK"} == {"LOC"}


def test_party_names_and_nicknames(fake) -> None:
    k = _knowledge(
        fake,
        ("en", "The Labour Party won. Labour celebrated."),
        ("en", "The Conservatives lost. The Tories were glum."),
    )
    pages = _pages(k)
    assert pages["Labour Party"] == {"Labour", "Labour Party"}  # a tie goes to the fuller name
    assert pages["Conservatives"] == {"Conservatives", "Tories"}  # never named by its nickname
    assert k.entities["conservatives"].label == "ORG"  # one vote each: an organisation before a place


def test_a_defined_short_form_joins_its_long_form_unless_the_corpus_gives_it_two(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Das Kunsthistorische Museum (KHM) öffnet. Das KHM lädt ein."),
        ("de", "Der Internationaler Währungsfonds (IWF) warnt."),
        ("en", "The Internet Watch Foundation (IWF) warned."),
    )
    pages = _pages(k)
    assert pages["Kunsthistorische Museum"] == {"Kunsthistorische Museum", "KHM"}
    assert {"IWF", "Internationaler Währungsfonds", "Internet Watch Foundation"} <= set(pages)


def test_genitive_and_plural_forms_join_their_base_across_documents(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Russlands Armee marschiert."),
        ("de", "Russland schweigt."),
        ("en", "The Liberal Democrats met."),
        ("en", "A Liberal Democrat spoke. Time reported."),
    )
    pages = _pages(k)
    assert pages["Russland"] == {"Russland", "Russlands"}
    assert pages["Liberal Democrat"] == {"Liberal Democrat", "Liberal Democrats"}
    assert pages["Time"] == {"Time"}


def test_an_english_party_name_in_a_german_text_joins_it(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Die Labour Party siegt. Die Tories verlieren."),
        ("en", "Labour won. The Conservatives lost."),
    )
    assert _page_of(k, "Labour") == {"Labour", "Labour Party"}
    assert _page_of(k, "Tories") == {"Conservatives", "Tories"}


def test_pages_are_named_in_the_site_language_where_its_documents_name_them(fake) -> None:
    names = {"Südkorea": "LOC", "South Korea": "LOC", "Wladimir Putin": "PER", "Vladimir Putin": "PER"}
    texts = [
        ("de", "Wladimir Putin reiste nach Südkorea."),
        ("en", "Vladimir Putin flew to South Korea."),
        ("en", "Vladimir Putin left South Korea."),
    ]
    expected = (("de", "Südkorea", "Wladimir Putin"), ("en", "South Korea", "Vladimir Putin"))
    for site, place, person in expected:
        k = knowledge_of(fake(names), *texts, site_language=site)
        assert [e.name for e in k.entities.values()] == [place]
        assert [p.name for p in k.people.values()] == [person]
    k = knowledge_of(fake(names), *texts)  # no site language: the name most documents use
    assert [e.name for e in k.entities.values()] == ["South Korea"]
