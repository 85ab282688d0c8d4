from generator.analysis import analyse
from generator.knowledge import build_knowledge
from generator.records import Document

from ..conftest import make_doc

NAMES = {
    "Wladimir Putin": "PER",
    "Vladimir Putin": "PER",
    "Putin": "PER",
    "Norbert Hofer": "PER",
    "Helmut Hofer": "PER",
    "Hofer": "PER",
    "FPÖ": "ORG",
    "Angela Merkel": "PER",
    "Merkel": "PER",
    "Angela Merkels": "PER",
    "Heiko Maas": "PER",
}


def _doc(doc_id: str, text: str, language: str = "de") -> Document:
    return make_doc(doc_id, text, language=language)


def _knowledge(fake, *texts: str):
    docs = [_doc(f"d{i}", t) for i, t in enumerate(texts)]
    recognizer = fake(NAMES)
    return build_knowledge(docs, [analyse(d, recognizer) for d in docs])


def test_one_profile_across_documents_and_languages(fake) -> None:
    k = _knowledge(
        fake, "Wladimir Putin reiste ab.", "Vladimir Putin arrived.", "Gestern schwieg Putin lange."
    )
    assert [(p.name, p.documents) for p in k.people.values()] == [("Wladimir Putin", ["d0", "d1", "d2"])]
    assert k.people["wladimir-putin"].aliases == ["Putin", "Vladimir Putin"]
    assert all(b.person_ids == ["wladimir-putin"] for b in k.briefings)


def test_ambiguous_surname_is_not_merged_without_context(fake) -> None:
    k = _knowledge(
        fake,
        "Norbert Hofer sprach.",
        "Helmut Hofer sprach.",
        "Gestern schwieg Parteichef Hofer. Dann ging Hofer.",
    )
    assert sorted(p.name for p in k.people.values()) == ["Helmut Hofer", "Hofer", "Norbert Hofer"]


def test_weak_one_word_name_is_kept_only_when_it_resolves(fake) -> None:
    k = _knowledge(
        fake,
        "Norbert Hofer sprach.",
        "Helmut Hofer sprach.",
        "Gestern schwieg Hofer.",
        "Dann sprach Putin.",
        "Wladimir Putin kam.",
    )
    assert sorted(p.name for p in k.people.values()) == ["Helmut Hofer", "Norbert Hofer", "Wladimir Putin"]
    assert k.people["wladimir-putin"].documents == ["d3", "d4"]


def test_ambiguous_surname_is_resolved_by_shared_context(fake) -> None:
    k = _knowledge(
        fake,
        "Norbert Hofer von der FPÖ sprach mit Angela Merkel.",
        "Helmut Hofer sprach.",
        "Gestern traf Hofer von der FPÖ Merkel.",
    )
    hofer = k.people["norbert-hofer"]
    assert hofer.documents == ["d0", "d2"]


def test_birth_year_from_age_and_date() -> None:
    from datetime import date

    from generator.knowledge.build import birth_years

    assert birth_years(71, date(2024, 7, 8)) == "1952/53"
    assert birth_years(71, None) == ""


def test_transliterations_merge_but_similar_first_names_do_not(fake) -> None:
    names = {
        "Wolodymyr Selenskyj": "PER",
        "Volodymyr Zelensky": "PER",
        "Michael Müller": "PER",
        "Michaela Müller": "PER",
    }
    docs = [
        _doc("d0", "Wolodymyr Selenskyj und Michael Müller sprachen."),
        _doc("d1", "Volodymyr Zelensky and Michaela Müller spoke.", "en"),
    ]
    k = build_knowledge(docs, [analyse(d, fake(names)) for d in docs])
    assert sorted((p.name, len(p.documents)) for p in k.people.values()) == [
        ("Michael Müller", 1),
        ("Michaela Müller", 1),
        ("Wolodymyr Selenskyj", 2),
    ]


def test_a_second_name_given_in_one_document_joins_it_in_another(fake) -> None:
    names = NAMES | {"Mahmoud Abbas": "PER", "Abu Mazen": "PER", "Abbas": "PER"}
    docs = [
        _doc("d0", "Abu Mazen sprach in Ramallah.", "de"),
        _doc("d1", "Mahmoud Abbas, also known as Abu Mazen, won the election.", "en"),
        _doc("d2", "Angela Merkel traf Wladimir Putin.", "de"),
    ]
    k = build_knowledge(docs, [analyse(d, fake(names)) for d in docs])
    assert [(p.name, p.documents) for p in k.people.values()] == [
        ("Mahmoud Abbas", ["d0", "d1"]),
        ("Angela Merkel", ["d2"]),
        ("Wladimir Putin", ["d2"]),
    ]
    assert k.people["mahmoud-abbas"].aliases == ["Abu Mazen"]


def test_a_one_word_person_the_corpus_mostly_calls_a_place_is_dropped_genitive_too(fake) -> None:
    names = {"Burundi": "LOC", "Burundis": "PER", "Walter": "PER", "Walters": "PER"}
    docs = [
        _doc("d0", "Burundi liegt in Afrika. Burundi ist arm. Nach Burundi fuhr Walter."),
        _doc("d1", "Burundis Präsident sprach. Burundis Regierung schwieg. Walters Buch erschien."),
        _doc("d2", "Walter (45) lachte. Walter ging."),
    ]
    k = build_knowledge(docs, [analyse(d, fake(names)) for d in docs])
    assert [(p.name, p.documents) for p in k.people.values()] == [("Walter", ["d0", "d1", "d2"])]


def test_a_full_name_the_corpus_mostly_calls_a_thing_is_dropped_but_not_for_its_parts(fake) -> None:
    docs = [
        _doc("d0", "Star Trek läuft. Jason Scotland traf.", "de"),
        _doc("d1", "Star Trek kehrt zurück. Star Trek ist alt. Scotland gewann, Scotland jubelte.", "de"),
    ]
    as_person = fake({"Star Trek": "PER", "Jason Scotland": "PER"})
    as_thing = fake({"Star Trek": "MISC", "Scotland": "LOC"})
    k = build_knowledge(docs, [analyse(docs[0], as_person), analyse(docs[1], as_thing)])
    assert [p.name for p in k.people.values()] == ["Jason Scotland"]


def test_a_full_name_only_in_the_genitive_joins_the_same_name_elsewhere(fake) -> None:
    k = _knowledge(fake, "Angela Merkels Rede war kurz.", "Angela Merkel sprach lange.", "Heiko Maas kam.")
    assert [(p.name, p.documents) for p in k.people.values()] == [
        ("Angela Merkel", ["d0", "d1"]),
        ("Heiko Maas", ["d2"]),
    ]


def test_only_a_german_one_word_name_in_s_may_be_a_genitive(fake) -> None:
    recognizer = fake({"Philip": "PER", "Philips": "PER"})
    docs = [
        _doc("d0", "Prinz Philip (94) kam. Prinz Philip ging."),
        make_doc("d1", "Chief executive Philips (40) spoke. Philips left.", language="en"),
        _doc("d2", "Gestern kam Philips Sohn."),
    ]
    k = build_knowledge(docs, [analyse(d, recognizer) for d in docs])
    assert sorted((p.name, tuple(p.documents)) for p in k.people.values()) == [
        ("Philip", ("d0", "d2")),
        ("Philips", ("d1",)),
    ]


def test_a_peer_joins_a_full_name_elsewhere_only_with_shared_context(fake) -> None:
    recognizer = fake(
        {
            "Lord Browne": "PER",
            "Des Browne": "PER",
            "Lord Kinnock": "PER",
            "Neil Kinnock": "PER",
            "Labour": "ORG",
            "BP": "ORG",
        }
    )
    texts = [
        "Minister Des Browne (52) spoke.",
        "BP chief Lord Browne said so. Lord Browne left.",
        "Labour's Neil Kinnock spoke.",
        "Labour's Lord Kinnock said so. Lord Kinnock left.",
    ]
    docs = [make_doc(f"d{i}", t, language="en") for i, t in enumerate(texts)]
    k = build_knowledge(docs, [analyse(d, recognizer) for d in docs])
    assert sorted((p.name, tuple(p.documents)) for p in k.people.values()) == [
        ("Des Browne", ("d0",)),
        ("Lord Browne", ("d1",)),
        ("Neil Kinnock", ("d2", "d3")),
    ]


def test_letters_without_an_accent_to_drop_meet_their_ascii_spelling(fake) -> None:
    docs = [_doc("d0", "Lech Wałęsa sprach in Danzig."), _doc("d1", "Lech Walesa spoke.", "en")]
    recognizer = fake({"Lech Wałęsa": "PER", "Lech Walesa": "PER"})
    k = build_knowledge(docs, [analyse(d, recognizer) for d in docs])
    assert [(p.name, p.documents) for p in k.people.values()] == [("Lech Wałęsa", ["d0", "d1"])]


def test_people_are_resolved_once_per_build(fake, monkeypatch) -> None:
    import generator.knowledge.build as build

    calls = []
    original = build.resolve_people
    monkeypatch.setattr(build, "resolve_people", lambda analyses: calls.append(1) or original(analyses))
    # "Hofer", once and never in full, is dropped before Putin of the same document is placed.
    k = _knowledge(fake, "Wladimir Putin reiste ab.", "Gestern sprach Hofer mit Putin.")
    assert len(calls) == 1 and [p.name for p in k.people.values()] == ["Wladimir Putin"]
    assert [b.person_ids for b in k.briefings] == [["wladimir-putin"], ["wladimir-putin"]]
