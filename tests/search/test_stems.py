"""Stems added to the search index (the browser tests check the queries)."""

from __future__ import annotations

import json
from pathlib import Path

from generator.search import augment_index, stems


def test_stems_are_those_of_lunr_languages() -> None:
    # PyStemmer < 3 gives lunr-languages' German ("berichtet" keeps its "-et"); Porter for English
    assert stems("<p>Militärausbilder berichtet, the soldiers discussed</p>") == [
        "discuss",
        "militarausbild",
        "militärausbild",
        "soldi",
        "soldier",
    ]


def test_augment_index_adds_a_stems_field(tmp_path: Path) -> None:
    index = tmp_path / "search_index.json"
    index.write_text(
        json.dumps(
            {
                "config": {"fields": {"text": {"boost": 1}}},
                "docs": [{"location": "a.html", "title": "Häuser", "text": "<p>laufen</p>"}],
            }
        )
    )
    augment_index(index)
    data = json.loads(index.read_text())
    assert data["config"]["fields"]["stems"] == {"boost": 0.5}
    assert data["docs"][0]["stems"] == "haus lauf"
