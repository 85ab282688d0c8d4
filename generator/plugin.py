"""MkDocs plugin: generates the briefing pages as in-memory files during `build` and `serve`.

mkdocs.yml:
    plugins:
      - search
      - briefing:
          sources: seeds
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .analysis.nlp import DEFAULT_MODELS
from .config import Settings
from .errors import BriefingError
from .held import HeldPages
from .lang import LANGUAGE_CODE
from .pipeline import Kept, generate_lazily, report_lines
from .rebuild import LAST_BUILD, GeneratedPage, LastBuild, PageRecord, digest, site_fingerprint
from .render.labels import LABELS
from .render.scope import not_searched_sections, offline_ends_at, searched, without_repeated_titles
from .search import (
    ARTICLE_TAG,
    PAGEFIND_SCRIPT,
    SCRIPTS,
    SearchedPage,
    augment_index,
    page_language,
    searched_article,
    write_bundles,
)
from .sources.limits import MB, Limits

log = logging.getLogger("mkdocs.plugins.briefing")

ASSETS = Path(__file__).resolve().parent / "assets"
ASSET_URL = "assets/briefing"
SHIM = f"{ASSET_URL}/iframe-worker/iframe-worker-shim.js"
STYLE = f"{ASSET_URL}/briefing.css"
INDEX_SCRIPT = f"{ASSET_URL}/indexes.js"  # filter, sort and facets on index pages
SEARCH_INDEX = "search/search_index.json"  # Material's, under the site directory


def _cache_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path or ".").resolve().parent / ".cache" / "briefing"


class AtLeast(c.Type[int]):
    """An integer of at least ``minimum`` (MkDocs has no range option; YAML's true is no number)."""

    def __init__(self, minimum: int, default: int) -> None:
        super().__init__(int, default=default)
        self.minimum = minimum

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < self.minimum:
            raise ValidationError(f"Expected an integer of at least {self.minimum} but received: {value!r}")
        return value


class Models(c.DictOfItems[str]):
    """Language code -> a spaCy pipeline's name or path, or ``builtin:<shipped language>``."""

    def __init__(self) -> None:
        super().__init__(c.Type(str), default={})

    def run_validation(self, value: object) -> dict[str, str]:
        models = super().run_validation(value)
        for language, spec in models.items():
            if not LANGUAGE_CODE.fullmatch(language):
                raise ValidationError(f"Expected a language code such as 'fr' but received: {language!r}")
            if spec.startswith("builtin:") and spec not in (shipped := sorted(DEFAULT_MODELS.values())):
                raise ValidationError(f"Expected one of {shipped} or a spaCy pipeline but received: {spec!r}")
        return models


class ModelLanguage(c.Type[str]):
    """A language with a model: a shipped one or one of the option ``models``."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def post_validation(self, config: Config, key_name: str) -> None:
        languages = sorted({**DEFAULT_MODELS, **config["models"]})
        if config[key_name] not in languages:
            raise ValidationError(
                f"Expected one of: {languages} (languages with a model) but received: {config[key_name]!r}"
            )


class BriefingConfig(Config):
    # Paths are relative to mkdocs.yml; MkDocs makes them absolute.
    # `briefing generate DIR` reads another folder: a missing one is an error of the build (on_config)
    sources = c.Dir(exists=False, default=str(Settings.sources))
    language = c.Choice(sorted(LABELS), default=Settings.site_language)
    models = Models()
    default_language = ModelLanguage(default=Settings.default_language)
    cache = c.Type(bool, default=True)
    overrides = c.File(exists=False, default=str(Settings.overrides))  # optional
    max_file_mb = AtLeast(1, default=Limits.file_bytes // MB)
    max_document_chars = AtLeast(1, default=Limits.document_chars)
    max_paragraph_chars = AtLeast(1, default=Limits.paragraph_chars)
    jobs = AtLeast(0, default=Settings.jobs)  # processes analysing documents; 0: one per core
    dask = c.Type(str, default=Settings.dask)  # a Dask scheduler's address, or "local"; [dask] extra


class BriefingPlugin(BasePlugin[BriefingConfig]):
    settings: Settings
    # Defining on_startup keeps this instance across the rebuilds of `serve`, and with it the
    # last build's pages and search data.
    serving = False
    dirty = False
    last = LastBuild()
    kept: Kept | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving, self.dirty = command == "serve", dirty
        if self.serving:
            self.last = LastBuild()
            self.kept = Kept()  # an edit re-reads and re-analyses only its own file

    def last_build_file(self, config: MkDocsConfig) -> Path | None:
        """Where `briefing build` leaves what the next build continues from (None without a cache)."""
        return _cache_dir(config) / LAST_BUILD if self.config.cache else None

    def resume(self, config: MkDocsConfig, site: Path) -> bool:
        """Whether a build can continue the site in ``site``: its saved build is loaded when it
        made that site with this configuration and code."""
        saved = self.last_build_file(config)
        self.last = LastBuild.load(saved, site_fingerprint(config), site) if saved else LastBuild()
        return bool(self.last.pages)

    def settings_of(self, config: MkDocsConfig) -> Settings:
        """The settings of this plugin's options in ``config`` (also what `briefing generate`
        and `export` read from mkdocs.yml)."""
        return Settings(
            sources=Path(self.config.sources),
            models={**DEFAULT_MODELS, **self.config.models},
            default_language=self.config.default_language,
            site_language=self.config.language,
            cache_dir=_cache_dir(config) if self.config.cache else None,
            overrides=Path(self.config.overrides),
            limits=Limits(
                file_bytes=self.config.max_file_mb * MB,
                document_chars=self.config.max_document_chars,
                paragraph_chars=self.config.max_paragraph_chars,
            ),
            jobs=self.config.jobs,
            dask=self.config.dask,
        )

    @event_priority(100)  # before Material's offline plugin, which adds a CDN shim unless one is there
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.settings = self.settings_of(config)
        if not self.settings.sources.is_dir():
            raise PluginError(
                f"briefing: the source folder {self.settings.sources} (option 'sources') does not exist"
            )
        self.fingerprint = site_fingerprint(config)
        saved = self.last_build_file(config)
        loaded = self.last.fingerprint == self.fingerprint  # by `resume`, or the last build here
        if self.dirty and not self.serving and saved is not None and not loaded:  # `mkdocs build --dirty`
            self.last = LastBuild.load(saved, self.fingerprint, Path(config.site_dir))
        if STYLE not in config.extra_css:
            config.extra_css.append(STYLE)
        if INDEX_SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(INDEX_SCRIPT)
        polyfills = config.extra.setdefault("polyfills", [])
        # The live preview searches with Material's index: Pagefind indexes a whole site at once.
        scripts = [s for s in SCRIPTS if not (self.serving and s == PAGEFIND_SCRIPT)]
        for position, script in enumerate([SHIM, *(f"{ASSET_URL}/{s}" for s in scripts)]):
            if script not in polyfills:  # before Material's bundle, which starts the search worker
                polyfills.insert(position, script)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        generated: dict[str, tuple[str, GeneratedPage]] = {}  # a path made twice: the last one counts
        try:
            pages, outcomes = generate_lazily(self.settings, self.kept)
            for path, content in pages:  # each page's text goes once it is packed
                key = digest(content)
                changed = not self.dirty or self.last.changed(path, key)
                generated[path] = key, GeneratedPage.of(config, path, content, changed=changed)
        except BriefingError as error:
            raise PluginError(f"briefing: {error}") from error
        self.pages: dict[str, PageRecord] = {}
        for path, (key, page) in generated.items():
            if files.get_file_from_path(path) is not None:
                log.warning("briefing: docs/%s exists; the generated page of that name is not used", path)
                continue
            self.pages[path] = PageRecord(key, page.url, page.dest_uri)
            files.append(page)
        self.removed = self.last.removed(set(self.pages)) if self.dirty else []
        for record in self.removed:
            Path(config.site_dir, record.dest_path).unlink(missing_ok=True)
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

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.searched: dict[str, str] = {}  # page URL -> its language
        self.rendered: set[str] = set()  # URLs of the pages this build renders
        self.held = HeldPages()

    def _without_repeated_titles(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return without_repeated_titles(html)  # before the search plugin reads the page

    @event_priority(-100)  # after every plugin's changes to the page
    def _set_aside(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.held.set_aside(page, html) if isinstance(page.file, GeneratedPage) else html

    on_page_content = CombinedEvent(_without_repeated_titles, _set_aside)

    @event_priority(100)  # before any plugin reads the page (the search plugin)
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        self.held.restore(page)
        return context

    def _note_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Mark a page written in another language than the site's, and note the searched ones."""
        site = self.settings.site_language
        self.rendered.add(page.url)
        language = page_language(page.meta.get("lang"), site)
        if searched(page.url, site):
            self.searched[page.url] = language
        if language != site:
            output = output.replace(ARTICLE_TAG, f'{ARTICLE_TAG} lang="{language}"', 1)
        return output

    @event_priority(-100)
    def _release(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if isinstance(page.file, GeneratedPage):
            self.held.release(page)
        return output

    on_post_page = CombinedEvent(_note_page, _release)

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.settings.sources))
        return server

    @event_priority(-50)  # after the search plugin writes its index, before `offline` inlines it
    def _write_search(self, *, config: MkDocsConfig) -> None:
        language = self.settings.site_language
        site = Path(config.site_dir)
        replaced = self.rendered | {record.url for record in self.removed}

        def keep(location: str) -> bool:
            # A dirty build's index holds the last one's entries too, of all pages ever built
            # (Material's search): only those of the pages just rendered are taken from it.
            rendered = not self.dirty or location.partition("#")[0] in self.rendered
            return rendered and searched(location, language)

        index = augment_index(
            site / SEARCH_INDEX,
            keep=keep,
            ends_page=lambda location: offline_ends_at(location, language),
            merge=lambda docs: self.last.merged_docs(docs, replaced) if self.dirty else docs,
        )
        self.search_config = index["config"] if index else None
        if self.dirty:
            self.searched = self.last.merged_searched(self.searched, replaced)
        if not self.serving:
            try:
                counts = write_bundles(self._searched_pages(site), site)
            except BriefingError as error:
                raise PluginError(f"briefing: {error}") from error
            languages = ", ".join(f"{n} pages ({language})" for language, n in counts.items())
            log.info("briefing: Pagefind search over %s", languages)
        (site / "briefing-report.txt").write_text("\n".join(self.report) + "\n", encoding="utf-8")
        self.last = LastBuild(self.pages, index["docs"] if index else [], self.searched, self.fingerprint)
        if not self.serving and (saved := self.last_build_file(config)) is not None:
            self.last.save(saved)
            self.last.mark(site)

    @event_priority(-150)  # after `offline` has inlined the index for file://
    def _empty_http_index(self, *, config: MkDocsConfig) -> None:
        """Over HTTP Pagefind answers, so the index Material fetches there can be empty (not in
        the live preview, which has no Pagefind)."""
        if self.search_config is not None and not self.serving:
            empty = {"config": self.search_config, "docs": []}
            (Path(config.site_dir) / SEARCH_INDEX).write_text(json.dumps(empty), encoding="utf-8")

    on_post_build = CombinedEvent(_write_search, _empty_http_index)

    def _searched_pages(self, site: Path) -> Iterator[SearchedPage]:
        for url, language in sorted(self.searched.items()):
            cut = not_searched_sections(url, self.settings.site_language)
            article = searched_article((site / url).read_text(encoding="utf-8"), cut)
            if article is not None:
                yield SearchedPage(url, language, article)
