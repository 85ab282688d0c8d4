"""Per-document analysis on a Dask cluster (the optional `[dask]` extra): the documents go to
the cluster's workers, each loading the spaCy pipelines once; the results come back to this
process, which stores them in the analysis cache and does the rest (resolution across
documents, rendering, MkDocs) itself.

It pays when the documents to analyse are many more than this machine's cores parse in the
time one can wait: the analysis is the only stage whose work grows with every document's
length and is independent per document.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from .analysis.nlp import SpacyRecognizer, cores
from .errors import BriefingError
from .pipeline import analyse_or_error
from .records import Document, DocumentAnalysis

CONNECT_TIMEOUT_S = 30


class DaskError(BriefingError):
    """Dask is not installed or the scheduler cannot be reached."""


def analyse_on_dask(
    documents: list[Document], address: str, models: dict[str, str], default_language: str
) -> Iterator[tuple[Document, DocumentAnalysis | str]]:
    """(document, its analysis or the error that stopped it) as the workers finish them.
    ``address`` is a scheduler's ("tcp://host:8786"), or "local" for a cluster on this machine."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as error:
        raise DaskError("Dask is not installed: pip install 'briefing-generator[dask]'") from error
    try:
        cluster = LocalCluster(n_workers=cores(), threads_per_worker=1) if address == "local" else None
        client = Client(cluster or address, timeout=f"{CONNECT_TIMEOUT_S}s")
    except (OSError, TimeoutError) as error:
        raise DaskError(f"no Dask scheduler at {address}: {error}") from error
    try:
        futures = {
            client.submit(
                _analyse, document, tuple(sorted(models.items())), default_language, pure=False
            ): document
            for document in documents
        }
        for future in as_completed(futures):
            yield futures[future], future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _analyse(
    document: Document, models: tuple[tuple[str, str], ...], default_language: str
) -> DocumentAnalysis | str:
    return analyse_or_error(document, _recognizer(models), default_language)


_loaded = threading.local()


def _recognizer(models: tuple[tuple[str, str], ...]) -> SpacyRecognizer:
    """One recognizer per worker thread and model set (a spaCy pipeline is not shared between
    threads): the pipelines load once."""
    recognizers = _loaded.__dict__.setdefault("recognizers", {})
    if models not in recognizers:
        recognizers[models] = SpacyRecognizer(dict(models), parallel=False)
    return recognizers[models]
