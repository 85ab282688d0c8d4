"""On-disk cache of per-document analyses, keyed by the document, the models and the code."""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .records import Document, DocumentAnalysis

_ANALYSIS_DIR = Path(__file__).resolve().parent / "analysis"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever the analysis code changes, so stale results are never reused."""
    digest = hashlib.sha256()
    for path in sorted(_ANALYSIS_DIR.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class AnalysisCache:
    """Pickled DocumentAnalysis per key; a disabled cache (no folder) computes every time."""

    def __init__(self, folder: Path | None, models_fingerprint: str) -> None:
        self.folder = folder
        self.salt = models_fingerprint + code_fingerprint()

    def key(self, document: Document) -> str:
        return hashlib.sha256((self.salt + repr(document)).encode("utf-8")).hexdigest()

    def get(self, document: Document, compute: Callable[[], DocumentAnalysis]) -> DocumentAnalysis:
        if self.folder is None:
            return compute()
        path = self.folder / f"{self.key(document)}.pickle"
        if path.exists():
            try:
                with path.open("rb") as f:
                    cached = pickle.load(f)
                if isinstance(cached, DocumentAnalysis):
                    return cached
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                pass
        result = compute()
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as f:
            pickle.dump(result, f)
        tmp.replace(path)
        return result
