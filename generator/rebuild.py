"""What one build of the site leaves for the next, so that a build after a small change renders
only the pages whose Markdown changed (MkDocs' dirty build).

MkDocs renders a generated page on every build, since it has no file to compare times with.
`GeneratedPage` tells a dirty build instead whether the page's text differs from the last
build's. Pages that are not rendered again keep their HTML in the site folder, but they would
drop out of the site-wide search data, which MkDocs and Material gather from the pages they
render: `LastBuild` keeps every page's search entries and language, and replaces those of the
rendered and the removed pages only. `briefing serve` keeps the last build in memory;
`briefing build` saves it beside the analysis cache and continues from the last site when both
were made with the same configuration and code (`site_fingerprint`).
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

from .cache import fingerprint
from .staging import write_atomically

VERSION = 1
LAST_BUILD = "last-build.json"  # in the analysis cache's folder
# In the site folder: which saved build made it. A build that failed after saving, or a site
# from elsewhere, does not match, and the next build renders every page.
SITE_MARK = ".briefing-build"
# What shapes the HTML besides the pages' Markdown: the plugin, its assets and the templates.
_SITE_CODE = ("**/*.py", "assets/**/*", "render/templates/**/*")
_SITE_LIBRARIES = ("mkdocs", "properdocs", "mkdocs-material", "markdown", "pymdown-extensions", "pagefind")


def site_fingerprint(config: MkDocsConfig) -> str:
    """Changes with the engine (MkDocs or ProperDocs, each with its own generator tag in every
    page), the MkDocs configuration, the generator's code, a library that renders, or any file of
    the docs folder (its pages make the navigation of every page)."""
    config_file = Path(config.config_file_path or "")
    engine = type(config).__module__.partition(".")[0]
    parts = [engine.encode(), config_file.read_bytes() if config_file.is_file() else b""]
    docs = Path(config.docs_dir)
    for path in sorted(p for p in docs.rglob("*") if p.is_file()):
        parts.append(f"{path.relative_to(docs).as_posix()}={path.stat().st_mtime_ns}".encode())
    return fingerprint(_SITE_CODE, _SITE_LIBRARIES, b"\0".join(parts))


class GeneratedPage(File):
    """A generated page a dirty build renders only when ``changed``. Its Markdown is kept
    compressed (a fifth of the text's size): MkDocs holds every file from the start of a build
    to its end, and reads a page's text once."""

    changed = True
    _packed = b""

    @classmethod
    def of(cls, config: MkDocsConfig, path: str, content: str, *, changed: bool) -> GeneratedPage:
        page = cls.generated(config, path, content="")
        assert isinstance(page, cls)
        page.content_string = content
        page.changed = changed
        return page

    @property
    def content_bytes(self) -> bytes:
        return zlib.decompress(self._packed)

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self._packed = zlib.compress(value, 1)
        self._content = self.abs_src_path = None

    @property
    def content_string(self) -> str:
        return self.content_bytes.decode("utf-8", "surrogatepass")

    @content_string.setter
    def content_string(self, value: str) -> None:
        self.content_bytes = value.encode("utf-8", "surrogatepass")

    def is_modified(self) -> bool:
        return self.changed


def digest(content: str) -> str:
    return hashlib.blake2b(content.encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class PageRecord:
    digest: str
    url: str
    dest_path: str  # under the site folder


@dataclass
class LastBuild:
    """The generated pages of a build, the file:// search entries of every page and the
    language of every page that Pagefind indexes."""

    pages: dict[str, PageRecord] = field(default_factory=dict)  # by source path
    search_docs: list[dict[str, Any]] = field(default_factory=list)
    searched: dict[str, str] = field(default_factory=dict)  # page URL -> language
    fingerprint: str = ""  # of everything besides the pages that shapes the HTML
    site_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def changed(self, path: str, content_digest: str) -> bool:
        record = self.pages.get(path)
        return record is None or record.digest != content_digest

    def removed(self, paths: set[str]) -> list[PageRecord]:
        """The pages of the last build that this one no longer generates."""
        return [record for path, record in self.pages.items() if path not in paths]

    def merged_docs(self, new: list[dict[str, Any]], replaced: set[str]) -> list[dict[str, Any]]:
        """The search entries of the pages not rendered again, then those just made. Material's
        index of a dirty build in `serve` repeats entries of earlier builds before the new ones
        (it expects one page per rebuild): of each location the last entry is the new one."""
        kept = [d for d in self.search_docs if d.get("location", "").partition("#")[0] not in replaced]
        latest = {d.get("location", ""): d for d in new}
        return kept + list(latest.values())

    def merged_searched(self, new: dict[str, str], replaced: set[str]) -> dict[str, str]:
        kept = {url: language for url, language in self.searched.items() if url not in replaced}
        return {**kept, **new}

    def save(self, path: Path) -> None:
        data = {
            "version": VERSION,
            "fingerprint": self.fingerprint,
            "site_id": self.site_id,
            "pages": {p: [r.digest, r.url, r.dest_path] for p, r in self.pages.items()},
            "search_docs": self.search_docs,
            "searched": self.searched,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def mark(self, site_dir: Path) -> None:
        (site_dir / SITE_MARK).write_text(self.site_id, encoding="utf-8")

    @classmethod
    def load(cls, path: Path, fingerprint: str, site_dir: Path) -> LastBuild:
        """The saved build that made the site in ``site_dir``, or an empty one when there is
        none, it was made otherwise, or the site is not its."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            mark = (site_dir / SITE_MARK).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return cls(fingerprint=fingerprint)
        made = (data.get("version"), data.get("fingerprint"), data.get("site_id"))
        if made != (VERSION, fingerprint, mark):
            return cls(fingerprint=fingerprint)
        return cls(
            pages={p: PageRecord(*record) for p, record in data["pages"].items()},
            search_docs=data["search_docs"],
            searched=data["searched"],
            fingerprint=fingerprint,
            site_id=mark,
        )
