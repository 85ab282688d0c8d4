"""Settings of a build, with embedded defaults: nothing has to be configured."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .analysis.nlp import DEFAULT_MODELS
from .sources.limits import Limits


@dataclass
class Settings:
    sources: Path = Path("seeds")
    # language -> "builtin:de" (shipped) or any installed spaCy pipeline name or path
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    default_language: str = "en"  # for documents in a language without a model
    site_language: str = "de"  # words on the generated pages
    cache_dir: Path | None = Path(".cache/briefing")
    overrides: Path = Path("entities.yml")  # user corrections of people; optional
    progress: bool = True
    limits: Limits = field(default_factory=Limits)  # size limits of one source file
    jobs: int = 0  # processes analysing documents; 0: one per core
    dask: str = ""  # a Dask scheduler's address (or "local") to analyse on instead
