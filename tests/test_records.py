"""Typed records (generator/records.py)."""

from __future__ import annotations

import pytest

from generator.records import Briefing, DocumentAnalysis, Knowledge

from .conftest import make_doc


def briefing(doc_id: str) -> Briefing:
    analysis = DocumentAnalysis(doc_id, "de", "declared", [], [], "body", "", [], [], "test")
    return Briefing(make_doc(doc_id, "Text."), analysis, [], [])


def test_briefing_lookup_by_document_id_follows_added_briefings() -> None:
    knowledge = Knowledge([briefing("a"), briefing("b")], {}, {})
    assert knowledge.briefing("b").document.id == "b"
    knowledge.briefings.append(briefing("c"))
    assert knowledge.briefing("c").document.id == "c"
    with pytest.raises(KeyError):
        knowledge.briefing("missing")
    assert knowledge == Knowledge([briefing("a"), briefing("b"), briefing("c")], {}, {})
