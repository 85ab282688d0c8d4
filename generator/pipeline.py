"""The whole path from source folder to pages: sources -> analysis -> knowledge -> render."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tqdm import tqdm

from .analysis import analyse
from .analysis.nlp import PARALLEL_FROM_CHARS, ModelError, SpacyRecognizer, cores, model_location
from .cache import AnalysisCache
from .config import Settings
from .knowledge import build_knowledge
from .knowledge.overrides import load_overrides
from .records import Document, DocumentAnalysis, Knowledge, Outcome
from .render import iter_pages
from .sources import SourceError, discover, read_document

log = logging.getLogger("briefing")

PROGRESS_FROM = 20  # documents; fewer finish before a bar would be worth drawing
POOL_FROM = 8  # documents to analyse; for fewer, starting workers (each loads the models) costs more
DOCUMENTS_PER_POOL = 1000


@dataclass
class Result:
    knowledge: Knowledge
    outcomes: list[Outcome]


@dataclass
class Kept:
    """What a long-running process (`briefing serve`) keeps from one build for the next, so
    that an edit re-reads and re-analyses one file: the documents read, by file and its state,
    and their analyses, by cache key. Holds only what the last build used."""

    documents: dict[tuple[object, ...], Document] = field(default_factory=dict)
    analyses: dict[str, DocumentAnalysis] = field(default_factory=dict)


def models_fingerprint(models: dict[str, str]) -> str:
    digest = hashlib.sha256(json.dumps(models, sort_keys=True).encode())
    for spec in sorted(models.values()):
        meta = Path(model_location(spec)) / "meta.json"
        if meta.is_file():
            digest.update(meta.read_bytes())
    return digest.hexdigest()[:16]


def run(settings: Settings, kept: Kept | None = None) -> Result:
    """Read and analyse every source file; each one ends as a briefing or a report line.
    With ``kept``, unchanged files are neither read nor their analyses loaded again."""
    source_dir = settings.sources
    if not source_dir.is_dir():
        raise SourceError(f"source folder {source_dir} does not exist")
    overrides = load_overrides(settings.overrides)
    kept = kept or Kept()
    cache = AnalysisCache(settings.cache_dir, models_fingerprint(settings.models), kept.analyses)
    paths = discover(source_dir)
    read: list[tuple[str, Document | Outcome]] = []
    seen: dict[str, str] = {}
    documents_read: dict[tuple[object, ...], Document] = {}
    for path in paths:
        name = path.relative_to(source_dir).as_posix()
        try:
            state = _file_state(path, source_dir, settings)
            document = kept.documents.get(state) if state else None
            if document is None:
                document = read_document(path, source_dir, limits=settings.limits)
            if state:
                documents_read[state] = document
            if document.id in seen:
                raise SourceError(f"same id {document.id!r} as {seen[document.id]}; rename one of them")
        except SourceError as error:
            read.append((name, Outcome(name, "skipped", str(error))))
            continue
        except Exception as error:  # one bad file must not stop the build; the report says why
            log.exception("briefing: %s failed", name)
            read.append((name, Outcome(name, "error", f"{type(error).__name__}: {error}")))
            continue
        seen[document.id] = name
        read.append((name, document))
    documents = [item for _, item in read if isinstance(item, Document)]
    results = _analyses(documents, cache, settings)
    analysed: list[Document] = []
    analyses: list[DocumentAnalysis] = []
    outcomes: list[Outcome] = []
    for name, item in read:
        if isinstance(item, Outcome):
            outcomes.append(item)
            continue
        result = results[item.id]
        if isinstance(result, DocumentAnalysis):
            analysed.append(item)
            analyses.append(result)
            outcomes.append(Outcome(name, "page"))
        else:
            outcomes.append(Outcome(name, "error", result))
    cache.prune()
    kept.documents = documents_read
    kept.analyses = {key: kept.analyses[key] for key in cache.used if key in kept.analyses}
    knowledge = build_knowledge(analysed, analyses, overrides, settings.site_language)
    # Counted after the cross-document step, which may drop unlikely people: as on the page.
    details = {
        seen[b.document.id]: "; ".join(
            [f"{len(set(b.person_ids))} people, language {b.analysis.language}", *b.document.notes]
        )
        for b in knowledge.briefings
    }
    outcomes = [Outcome(o.source, o.status, details.get(o.source, o.detail)) for o in outcomes]
    return Result(knowledge, outcomes)


def _file_state(path: Path, source_dir: Path, settings: Settings) -> tuple[object, ...] | None:
    """What reading ``path`` depends on; a file changed by an edit (its time or size) differs.
    The day counts too: a date inferred from a weekday depends on it."""
    try:
        stat = path.stat()
    except OSError:
        return None  # reading it reports why
    return (str(path), str(source_dir), stat.st_mtime_ns, stat.st_size, settings.limits, date.today())


def _analyses(
    documents: list[Document], cache: AnalysisCache, settings: Settings
) -> dict[str, DocumentAnalysis | str]:
    """Document id -> its analysis, or the error that stopped it. Cached ones are loaded; the
    others are analysed by ``settings.jobs`` worker processes (the same results as one process:
    the analysis is pure), except a few or a long one, which the main process does itself."""
    results: dict[str, DocumentAnalysis | str] = {}
    missing = []
    for document in documents:
        cached = cache.cached(document)
        if cached is None:
            missing.append(document)
        else:
            results[document.id] = cached
    jobs = min(settings.jobs or cores(), len(missing))
    use_pool = jobs > 1 and len(missing) >= POOL_FROM
    pooled = [d for d in missing if use_pool and not _is_long(d)]
    alone = [d for d in missing if not use_pool or _is_long(d)]
    bar = tqdm(
        total=len(documents), unit="doc", disable=not settings.progress or len(documents) < PROGRESS_FROM
    )
    bar.update(len(documents) - len(missing))

    def keep(document: Document, result: DocumentAnalysis | str) -> None:
        results[document.id] = (
            cache.store(document, result) if isinstance(result, DocumentAnalysis) else result
        )
        bar.update()

    if settings.dask and missing:
        from .distributed import analyse_on_dask  # the optional extra

        remote = analyse_on_dask(missing, settings.dask, settings.models, settings.default_language)
        for document, result in remote:
            keep(document, result)
        pooled = alone = []
    # Fresh workers for every batch: what parsing leaves in a worker's memory (spaCy's string
    # store grows with every new word) does not pile up over a large corpus.
    for start in range(0, len(pooled), DOCUMENTS_PER_POOL):
        batch = pooled[start : start + DOCUMENTS_PER_POOL]
        with _pool(jobs, settings) as pool:
            for document, result in zip(batch, pool.map(_analyse_in_worker, batch, chunksize=4), strict=True):
                keep(document, result)
    if alone:
        recognizer = SpacyRecognizer(settings.models)
        for document in alone:
            keep(document, analyse_or_error(document, recognizer, settings.default_language))
    bar.close()
    return results


def _is_long(document: Document) -> bool:
    return sum(len(s.text) for s in document.segments) >= PARALLEL_FROM_CHARS  # parsed on all cores


def analyse_or_error(
    document: Document, recognizer: SpacyRecognizer, default_language: str
) -> DocumentAnalysis | str:
    try:
        return analyse(document, recognizer, default_language)
    except ModelError:
        raise
    except Exception as error:  # one bad file must not stop the build; the report says why
        log.exception("briefing: %s failed", document.source_path)
        return f"{type(error).__name__}: {error}"


_worker: tuple[SpacyRecognizer, str] | None = None


def _start_worker(models: dict[str, str], default_language: str) -> None:
    global _worker
    _worker = (SpacyRecognizer(models, parallel=False), default_language)


def _analyse_in_worker(document: Document) -> DocumentAnalysis | str:
    assert _worker is not None
    return analyse_or_error(document, *_worker)


def _pool(jobs: int, settings: Settings) -> ProcessPoolExecutor:
    # Workers come from a fork server (a clean single-threaded process) where there is one:
    # `briefing serve` runs threads, and forking a threaded process can deadlock.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_start_worker,
        initargs=(settings.models, settings.default_language),
    )


def generate(settings: Settings, kept: Kept | None = None) -> tuple[dict[str, str], list[Outcome]]:
    pages, outcomes = generate_lazily(settings, kept)
    return dict(pages), outcomes


def generate_lazily(
    settings: Settings, kept: Kept | None = None
) -> tuple[Iterator[tuple[str, str]], list[Outcome]]:
    """The pages of `generate` one by one: the knowledge goes once the last one is made, and a
    caller that keeps each page in a smaller form never holds them all as text."""
    result = run(settings, kept)
    return iter_pages(result.knowledge, result.outcomes, settings.site_language), result.outcomes


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
