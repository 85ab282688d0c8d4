"""The NLP model behind one small interface, so any spaCy pipeline can stand in for the shipped one.

The analysis only needs sentences and labelled entity spans per text; `Recognizer` is that
contract. `SpacyRecognizer` loads the package's own pipelines by default (``builtin:de``) or any
installed spaCy pipeline by name or path.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import spacy
from spacy.language import Language

from ..errors import BriefingError

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODELS = {"de": "builtin:de", "en": "builtin:en"}

# Labels of other pipelines (OntoNotes, WikiNER) mapped onto the four the product uses.
_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "OTH": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}


class ModelError(BriefingError):
    """A configured model cannot be loaded."""


@dataclass(frozen=True)
class Parsed:
    """Sentences and entities of one text, as character offsets into it."""

    sentences: list[tuple[int, int]]
    entities: list[tuple[int, int, str]]


class Recognizer(Protocol):
    def parse(self, texts: Sequence[str], language: str) -> list[Parsed]: ...

    def name(self, language: str) -> str: ...

    def languages(self) -> list[str]: ...


def model_location(spec: str) -> str | Path:
    """``builtin:de`` -> the pipeline shipped in the package; anything else is passed to spacy.load."""
    if spec.startswith("builtin:"):
        return MODELS_DIR / spec.split(":", 1)[1]
    return spec


PARALLEL_FROM_CHARS = 200_000


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class SpacyRecognizer:
    """Loads each language's pipeline on first use and keeps it."""

    def __init__(self, models: dict[str, str] | None = None, parallel: bool = True) -> None:
        self._specs = dict(DEFAULT_MODELS)
        self._specs.update(models or {})
        self._loaded: dict[str, Language] = {}
        self._parallel = parallel  # a worker of a pool of documents parses on its own core only

    def languages(self) -> list[str]:
        return sorted(self._specs)

    def pipeline(self, language: str) -> Language:
        if language not in self._loaded:
            spec = self._specs[language]
            try:
                self._loaded[language] = spacy.load(model_location(spec))
            except (OSError, ValueError, KeyError) as error:
                raise ModelError(f"cannot load the {language} model {spec!r}: {error}") from error
        return self._loaded[language]

    def name(self, language: str) -> str:
        meta = self.pipeline(language).meta
        return f"{meta.get('lang', language)}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"

    def parse(self, texts: Sequence[str], language: str) -> list[Parsed]:
        nlp = self.pipeline(language)
        results = []
        # A long document is parsed on all cores (the same results: the model is deterministic);
        # for a news article the worker processes would cost more than they save.
        long = sum(len(t) for t in texts) >= PARALLEL_FROM_CHARS
        processes = cores() if long and self._parallel else 1
        for doc in nlp.pipe(texts, n_process=processes, batch_size=32 if processes > 1 else 1000):
            sentences = (
                [(s.start_char, s.end_char) for s in doc.sents]
                if doc.has_annotation("SENT_START")
                else [(0, len(doc.text))]
            )
            entities = [
                (e.start_char, e.end_char, _LABELS[e.label_]) for e in doc.ents if e.label_ in _LABELS
            ]
            results.append(Parsed(sentences, entities))
        return results
