"""The whole path from source folder to pages: sources -> analysis -> knowledge -> render."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tqdm import tqdm

from .analysis import analyse
from .analysis.nlp import ModelError, SpacyRecognizer, model_location
from .cache import AnalysisCache
from .config import Settings
from .knowledge import build_knowledge
from .knowledge.overrides import load_overrides
from .records import Document, DocumentAnalysis, Knowledge, Outcome
from .render import render_pages
from .sources import SourceError, discover, read_document

log = logging.getLogger("briefing")

PROGRESS_FROM = 20  # documents; fewer finish before a bar would be worth drawing


@dataclass
class Result:
    knowledge: Knowledge
    outcomes: list[Outcome]


def models_fingerprint(models: dict[str, str]) -> str:
    digest = hashlib.sha256(json.dumps(models, sort_keys=True).encode())
    for spec in sorted(models.values()):
        meta = Path(model_location(spec)) / "meta.json"
        if meta.is_file():
            digest.update(meta.read_bytes())
    return digest.hexdigest()[:16]


def run(settings: Settings) -> Result:
    """Read and analyse every source file; each one ends as a briefing or a report line."""
    source_dir = settings.sources
    if not source_dir.is_dir():
        raise SourceError(f"source folder {source_dir} does not exist")
    overrides = load_overrides(settings.overrides)
    recognizer = SpacyRecognizer(settings.models)
    cache = AnalysisCache(settings.cache_dir, models_fingerprint(settings.models))
    documents: list[Document] = []
    analyses: list[DocumentAnalysis] = []
    outcomes: list[Outcome] = []
    paths = discover(source_dir)
    seen: dict[str, str] = {}
    bar = tqdm(paths, unit="doc", disable=not settings.progress or len(paths) < PROGRESS_FROM)
    for path in bar:
        name = path.relative_to(source_dir).as_posix()
        try:
            document = read_document(path, source_dir, limits=settings.limits)
            if document.id in seen:
                raise SourceError(f"same id {document.id!r} as {seen[document.id]}; rename one of them")
            analysis = cache.get(document, partial(analyse, document, recognizer, settings.default_language))
        except SourceError as error:
            outcomes.append(Outcome(name, "skipped", str(error)))
            continue
        except ModelError:
            raise
        except Exception as error:  # one bad file must not stop the build; the report says why
            log.exception("briefing: %s failed", name)
            outcomes.append(Outcome(name, "error", f"{type(error).__name__}: {error}"))
            continue
        seen[document.id] = name
        documents.append(document)
        analyses.append(analysis)
        outcomes.append(Outcome(name, "page"))
    cache.prune()
    knowledge = build_knowledge(documents, analyses, overrides)
    # Counted after the cross-document step, which may drop unlikely people: as on the page.
    details = {
        seen[b.document.id]: "; ".join(
            [f"{len(set(b.person_ids))} people, language {b.analysis.language}", *b.document.notes]
        )
        for b in knowledge.briefings
    }
    outcomes = [Outcome(o.source, o.status, details.get(o.source, o.detail)) for o in outcomes]
    return Result(knowledge, outcomes)


def generate(settings: Settings) -> tuple[dict[str, str], list[Outcome]]:
    result = run(settings)
    return render_pages(result.knowledge, result.outcomes, settings.site_language), result.outcomes


def report_lines(outcomes: list[Outcome]) -> list[str]:
    """One line per source file, whatever its name or error message holds."""
    sources = [printable(o.source) for o in outcomes]
    width = max((len(s) for s in sources), default=0)
    return [
        f"{s.ljust(width)}  {o.status:<7}  {printable(' '.join(o.detail.split()))}"
        for s, o in zip(sources, outcomes, strict=True)
    ]


def printable(text: str) -> str:
    """Non-printable characters (a line break in a file name) as escapes: "a\\nb"."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
