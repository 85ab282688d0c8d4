"""Shared fixtures: a recognizer with known answers, the seed, small corpora written on the fly."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import settings

from generator.analysis.nlp import Parsed
from generator.records import Document, Segment

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bf32d7edd2818517.txt"


class FakeRecognizer:
    """Tags exactly the strings it is given; sentences come from spaCy's rule-based splitter."""

    def __init__(self, entities: dict[str, str]) -> None:
        self.entities = entities
        self.nlp = spacy.blank("de")
        self.nlp.add_pipe("sentencizer")

    def languages(self) -> list[str]:
        return ["de", "en"]

    def name(self, language: str) -> str:
        return "fake"

    def parse(self, texts: Sequence[str], language: str) -> list[Parsed]:
        results = []
        for text in texts:
            doc = self.nlp(text)
            found: list[tuple[int, int, str]] = []
            for name in sorted(self.entities, key=len, reverse=True):
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                    if not any(s < m.end() and m.start() < e for s, e, _ in found):
                        found.append((m.start(), m.end(), self.entities[name]))
            results.append(Parsed([(s.start_char, s.end_char) for s in doc.sents], sorted(found)))
        return results


@pytest.fixture
def fake() -> type[FakeRecognizer]:
    return FakeRecognizer


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def site_project(folder: Path, documents: dict[str, str]) -> Path:
    """A site project like this one (its mkdocs.yml and docs/) with these source documents."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    for name, text in documents.items():
        write(folder / "seeds", name, text)
    return folder


def make_doc(doc_id: str, *paragraphs: str | Segment, language: str = "de", **fields: Any) -> Document:
    """A document of paragraphs (a Segment may stand for one) with the id as file name and title."""
    segments = tuple(p if isinstance(p, Segment) else Segment("paragraph", p) for p in paragraphs)
    fields.setdefault("title", doc_id)
    return Document(
        id=doc_id, source_path=f"{doc_id}.txt", format="txt", segments=segments, language=language, **fields
    )


settings.register_profile("default", max_examples=500, deadline=None)
settings.register_profile("slow", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def knowledge_of(
    recognizer: FakeRecognizer, *texts: tuple[str, str], site_language: str | None = None
) -> Any:
    """The knowledge of documents d0, d1, … given as (language, text), read by ``recognizer``."""
    from generator.analysis import analyse
    from generator.knowledge import build_knowledge

    docs = [make_doc(f"d{i}", text, language=language) for i, (language, text) in enumerate(texts)]
    return build_knowledge(docs, [analyse(d, recognizer) for d in docs], site_language=site_language)
