"""On-disk cache of per-document analyses, keyed by the document, the models and the code."""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .records import Document, DocumentAnalysis
from .staging import write_atomically

_PACKAGE = Path(__file__).resolve().parent
# What an analysis depends on besides the document and the models: the analysis code and its
# word lists, the records it is made of, this module, and the libraries that compute it.
_CODE = ("analysis/**/*.py", "lang/**/*.py", "lang/**/*.txt", "records.py", "cache.py")
_LIBRARIES = ("spacy", "thinc", "numpy", "py3langid", "PyStemmer", "babel")
PRUNE_AFTER_DAYS = 14


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever the analysis code or a library it uses changes, so stale results are
    never reused."""
    return fingerprint(_CODE, _LIBRARIES)


def fingerprint(patterns: Sequence[str], libraries: Sequence[str], extra: bytes = b"") -> str:
    """A digest of the package's files matching ``patterns``, the installed versions of
    ``libraries`` and ``extra``."""
    digest = hashlib.sha256(extra)
    for pattern in patterns:
        for path in sorted(p for p in _PACKAGE.glob(pattern) if p.is_file()):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    for library in libraries:
        try:
            digest.update(f"{library}={version(library)}".encode())
        except PackageNotFoundError:
            digest.update(f"{library}=none".encode())
    return digest.hexdigest()[:16]


class AnalysisCache:
    """Pickled DocumentAnalysis per key; a disabled cache (no folder) computes every time.
    ``memory`` (key -> analysis) is asked before the folder and gets what is loaded or stored."""

    def __init__(
        self, folder: Path | None, models_fingerprint: str, memory: dict[str, DocumentAnalysis] | None = None
    ) -> None:
        self.folder = folder
        self.salt = models_fingerprint + code_fingerprint()
        self.used: set[str] = set()
        self.memory = {} if memory is None else memory

    def key(self, document: Document) -> str:
        return hashlib.sha256((self.salt + repr(document)).encode("utf-8")).hexdigest()

    def get(self, document: Document, compute: Callable[[], DocumentAnalysis]) -> DocumentAnalysis:
        cached = self.cached(document)
        return cached if cached is not None else self.store(document, compute())

    def cached(self, document: Document) -> DocumentAnalysis | None:
        key = self.key(document)
        self.used.add(key)
        if key in self.memory:
            return self.memory[key]
        if self.folder is None:
            return None
        path = self.folder / f"{key}.pickle"
        if path.exists():
            try:
                with path.open("rb") as f:
                    cached = pickle.load(f)
                if isinstance(cached, DocumentAnalysis):
                    os.utime(path)  # in use: kept by `prune`
                    self.memory[key] = cached
                    return cached
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
                pass
        return None

    def store(self, document: Document, result: DocumentAnalysis) -> DocumentAnalysis:
        key = self.key(document)
        self.used.add(key)
        self.memory[key] = result
        if self.folder is None:
            return result
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.folder / f"{key}.pickle", pickle.dumps(result))
        return result

    def prune(self, older_than_days: float = PRUNE_AFTER_DAYS) -> int:
        """Remove the analyses neither used by this build nor by any for some days (of documents,
        code or models that are gone; another source folder sharing the cache keeps its own while
        it is built now and then). Returns how many were removed."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        limit = time.time() - older_than_days * 86_400
        stale = [p for p in self.folder.glob("*.pickle") if p.stem not in self.used and _mtime(p) < limit]
        stale += [p for p in self.folder.glob(".*.tmp") if _mtime(p) < time.time() - 86_400]  # crashed
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return float("inf")
