"""Related briefings by words and names (generator/knowledge/related.py)."""

from ..conftest import knowledge_of

NAMES = {
    "Ätna": "LOC",
    "Catania": "LOC",
    "Frankfurt": "LOC",
    "Dax": "ORG",
    "Österreich": "LOC",
    "Austria": "LOC",
    "Angela Merkel": "PER",
    "Werner Faymann": "PER",
}


def _knowledge(fake, *texts: tuple[str, str]):
    return knowledge_of(fake(NAMES), *texts)


def _related(k, doc_id: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.document_id, r.shared) for r in k.briefing(doc_id).related]


def test_briefings_about_the_same_thing_are_related_and_say_what_they_share(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Der Vulkan Ätna spuckt Lava. Die Lava erreicht Catania."),
        ("de", "Auf Sizilien spuckt der Vulkan Ätna wieder Lava über Catania."),
        ("de", "Die Börse in Frankfurt schloss fester. Der Dax stieg an der Börse."),
        ("de", "Der Dax fiel, die Börse in Frankfurt schloss schwächer."),
    )
    assert _related(k, "d0") == [("d1", ("Ätna", "Catania"))]
    assert [r for r, _ in _related(k, "d2")] == ["d3"]
    assert set(_related(k, "d3")[0][1]) == {"Dax", "Frankfurt"}


def test_nothing_in_common_gives_no_link(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Der Vulkan Ätna spuckt Lava."),
        ("de", "Die Börse in Frankfurt schloss fester."),
        ("de", "Der Chor sang ein Lied."),
    )
    assert all(not b.related for b in k.briefings)


def test_names_relate_briefings_across_languages(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Angela Merkel besucht Österreich. Werner Faymann empfängt Angela Merkel."),
        ("en", "Angela Merkel visits Austria. Werner Faymann welcomes Angela Merkel."),
        ("en", "The cat sat on the mat."),
    )
    assert _related(k, "d0") == [("d1", ("Angela Merkel", "Österreich", "Werner Faymann"))]


def test_one_or_two_terms_in_common_are_a_coincidence(fake) -> None:
    k = _knowledge(
        fake,
        ("de", "Österreich wählt einen Präsidenten. Österreich stimmt ab."),
        ("en", "Austria elects a president. Austria votes."),  # one name in common
        ("de", "Der Vulkan spuckt Lava."),
        ("de", "Am Vulkan floss Lava, Touristen flohen."),  # "Vulkan" and "Lava"
        ("de", "Der Chor sang ein Lied."),
    )
    assert all(not b.related for b in k.briefings)
