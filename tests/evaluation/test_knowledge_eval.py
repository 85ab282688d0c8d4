"""The knowledge evaluation (generator/evaluation/knowledge.py) on a corpus written in a test."""

from __future__ import annotations

from datetime import date

from generator.evaluation.knowledge import (
    glued_names,
    read_sources,
    related_share,
    split_variants,
    wrong_years,
)
from generator.records import Briefing, DocumentAnalysis, Entity, Knowledge, Related

from ..conftest import make_doc, write


def _briefing(doc_id: str, related: list[str], day: date | None = None) -> Briefing:
    analysis = DocumentAnalysis(doc_id, "de", "declared", [], [], "body", "", [], [], "test")
    return Briefing(make_doc(doc_id, "Text.", date=day), analysis, [], [], [Related(r) for r in related])


def test_scores_related_links_glued_names_split_sets_and_years() -> None:
    briefings = [
        _briefing("de-0001", ["de-0002", "en-sport-001"], date(2016, 5, 12)),
        _briefing("de-0002", ["de-0001"], date(2022, 5, 12)),
        _briefing("en-sport-001", ["de-0001"]),
    ]
    entities = {
        "eu": Entity("eu", "EU", "ORG", ["Europäische Union"]),
        "european-union": Entity("european-union", "European Union", "ORG"),
        "worldcom": Entity("worldcom", "Worldcom.", "ORG"),
        "inc": Entity("inc", "Time Warner Inc.", "ORG"),
        "austria": Entity("austria", "Austria", "ORG"),  # the football club
        "osterreich": Entity("osterreich", "Österreich", "LOC"),
    }
    knowledge = Knowledge(briefings, {}, entities)
    categories = {"de-0001": "Sport", "de-0002": "Sport", "en-sport-001": "sport"}
    assert related_share(knowledge, categories) == {  # "Sport" is "sport"
        "de": {"links": 3, "same_category": 1.0},
        "en": {"links": 1, "same_category": 1.0},
    }
    assert related_share(knowledge, categories | {"en-sport-001": "tech"}) == {
        "de": {"links": 3, "same_category": 0.667},
        "en": {"links": 1, "same_category": 0.0},
    }
    assert glued_names(knowledge)["examples"] == ["Worldcom."]
    variants = split_variants(knowledge)
    assert variants["pages"] == {"EU": ["eu", "european-union"]} and variants["split"] == 1
    assert variants["across_kinds"] == {"Austria": ["austria (ORG)", "osterreich (LOC)"]}
    assert wrong_years(knowledge)["examples"] == ["de-0002: 2022-05-12"]


def test_reads_both_sources_with_their_categories(tmp_path) -> None:
    write(tmp_path, "10kgnad/articles-dev.csv", "Sport;'Text eins.'\nKultur;'Text zwei.'\n")
    write(tmp_path, "bbc/articles/tech/001.txt", "Title\n\nBody.")
    write(tmp_path, "bbc/articles/sport/001.txt", "Title\n\nBody.")
    sources = read_sources(tmp_path, per_source=2)
    assert [(s.id, s.category) for s in sources] == [
        ("de-0000", "Sport"),
        ("de-0001", "Kultur"),
        ("en-sport-001", "sport"),
        ("en-tech-001", "tech"),
    ]
