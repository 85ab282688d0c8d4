"""The knowledge as JSON, as the pages show it: documents with their people and entities, and
across documents people (roles, ages with the birth years they imply, parties, quotes),
organisations, places and other names."""

from __future__ import annotations

from typing import Any

from .records import Briefing, Knowledge


def _entities(knowledge: Knowledge, b: Briefing, label: str) -> list[dict[str, Any]]:
    return [
        {"id": eid, "name": knowledge.entities[eid].name, "mentions": [m.text for m in e.mentions]}
        for eid, e in zip(b.entity_ids, b.analysis.entities, strict=True)
        if e.label == label
    ]


def export(knowledge: Knowledge) -> dict[str, Any]:
    documents = []
    for b in knowledge.briefings:
        a = b.analysis

        documents.append(
            {
                "id": b.document.id,
                "title": b.document.title,
                "source": b.document.source_path,
                "language": a.language,
                "date": b.document.date.isoformat() if b.document.date else None,
                "key_points": a.key_points,
                "summary": a.summary,
                "people": [
                    {
                        "id": pid,
                        "name": knowledge.people[pid].name,
                        "mentions": [m.text for m in p.mentions],
                        "roles": list(dict.fromkeys(r.value for r in p.roles)),
                        "ages": [int(f.value) for f in p.ages],
                        "quotes": [q.text for q in p.quotes],
                    }
                    for pid, p in zip(b.person_ids, a.people, strict=True)
                ],
                "organizations": _entities(knowledge, b, "ORG"),
                "places": _entities(knowledge, b, "LOC"),
                "misc": _entities(knowledge, b, "MISC"),
                "related": [{"id": r.document_id, "shared": list(r.shared)} for r in b.related],
            }
        )
    people = [
        {
            "id": p.id,
            "name": p.name,
            "aliases": p.aliases,
            "roles": list(dict.fromkeys(r.value for r in p.roles)),
            "ages": [
                {"age": int(a.value), "document": a.document_id, "born": a.detail or None} for a in p.ages
            ],
            "parties": list(dict.fromkeys(party.value for party in p.parties)),
            "quotes": [{"text": q.value, "document": q.document_id} for q in p.quotes],
            "documents": p.documents,
            "description": p.description,
            "links": [{"title": title, "url": url} for title, url in p.links],
        }
        for p in knowledge.people.values()
    ]
    return {
        "documents": documents,
        "people": people,
        "organizations": _top_level(knowledge, "ORG"),
        "places": _top_level(knowledge, "LOC"),
        "misc": _top_level(knowledge, "MISC"),
    }


def _top_level(knowledge: Knowledge, label: str) -> list[dict[str, Any]]:
    return [
        {"id": e.id, "name": e.name, "aliases": e.aliases, "documents": e.documents}
        for e in knowledge.entities.values()
        if e.label == label
    ]
