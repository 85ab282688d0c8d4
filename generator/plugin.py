"""MkDocs plugin: generates the briefing pages as in-memory files during `build` and `serve`.

mkdocs.yml:
    plugins:
      - search
      - briefing:
          sources: seeds
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from .analysis.nlp import DEFAULT_MODELS
from .config import Settings
from .errors import BriefingError
from .pipeline import generate, report_lines
from .render.labels import LABELS
from .render.scope import searched
from .search import SCRIPTS, augment_index
from .sources.limits import MB, Limits

log = logging.getLogger("mkdocs.plugins.briefing")

ASSETS = Path(__file__).resolve().parent / "assets"
ASSET_URL = "assets/briefing"
SHIM = f"{ASSET_URL}/iframe-worker/iframe-worker-shim.js"


class BriefingConfig(Config):
    sources = c.Type(str, default="seeds")
    language = c.Choice(sorted(LABELS), default="de")
    default_language = c.Type(str, default="en")
    models = c.Type(dict, default={})
    cache = c.Type(bool, default=True)
    overrides = c.Type(str, default="entities.yml")
    max_file_mb = c.Type(int, default=Limits.file_bytes // MB)
    max_document_chars = c.Type(int, default=Limits.document_chars)
    max_paragraph_chars = c.Type(int, default=Limits.paragraph_chars)
    jobs = c.Type(int, default=0)  # processes analysing documents; 0: one per core


class BriefingPlugin(BasePlugin[BriefingConfig]):
    settings: Settings

    @event_priority(100)  # before Material's offline plugin, which adds a CDN shim unless one is there
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        for option in ("max_file_mb", "max_document_chars", "max_paragraph_chars"):
            if self.config[option] < 1:
                raise PluginError(f"briefing: {option} must be at least 1, not {self.config[option]}")
        if self.config.jobs < 0:
            raise PluginError(f"briefing: jobs must be 0 (one per core) or more, not {self.config.jobs}")
        self.settings = Settings(
            sources=(root / self.config.sources).resolve(),
            models={**DEFAULT_MODELS, **{str(k): str(v) for k, v in self.config.models.items()}},
            default_language=self.config.default_language,
            site_language=self.config.language,
            cache_dir=root / ".cache" / "briefing" if self.config.cache else None,
            overrides=root / self.config.overrides,
            limits=Limits(
                file_bytes=self.config.max_file_mb * MB,
                document_chars=self.config.max_document_chars,
                paragraph_chars=self.config.max_paragraph_chars,
            ),
            jobs=self.config.jobs,
        )
        polyfills = config.extra.setdefault("polyfills", [])
        for position, script in enumerate([SHIM, *(f"{ASSET_URL}/{s}" for s in SCRIPTS)]):
            if script not in polyfills:  # before Material's bundle, which starts the search worker
                polyfills.insert(position, script)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        try:
            pages, outcomes = generate(self.settings)
        except BriefingError as error:
            raise PluginError(f"briefing: {error}") from error
        for path, content in pages.items():
            if files.get_file_from_path(path) is not None:
                log.warning("briefing: docs/%s exists; the generated page of that name is not used", path)
                continue
            files.append(File.generated(config, path, content=content))
        for asset in sorted(p for p in ASSETS.rglob("*") if p.is_file()):
            uri = f"{ASSET_URL}/{asset.relative_to(ASSETS).as_posix()}"
            files.append(File.generated(config, uri, abs_src_path=str(asset)))
        self.report = report_lines(outcomes)
        made = sum(1 for o in outcomes if o.status == "page")
        log.info("briefing: %d of %d source files became briefings", made, len(outcomes))
        for line, outcome in zip(self.report, outcomes, strict=True):
            if outcome.status != "page":
                log.info("briefing: %s", line)
        return files

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.settings.sources))
        return server

    @event_priority(-50)  # after the search plugin writes its index, before `offline` inlines it
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        language = self.settings.site_language
        index = Path(config.site_dir) / "search" / "search_index.json"
        augment_index(index, lambda location: searched(location, language))
        report = Path(config.site_dir) / "briefing-report.txt"
        report.write_text("\n".join(self.report) + "\n", encoding="utf-8")
