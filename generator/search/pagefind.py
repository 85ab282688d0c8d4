"""Search over HTTP: Pagefind bundles, which the browser reads a few chunks of per query.

Material's own search loads the whole index and rebuilds it in the browser on every page load;
at 1,000 briefings that is seconds and hundreds of MB. Pagefind splits its index into chunks by
word, and a query fetches only the chunks and result fragments it needs.

One bundle per page language (``search/pagefind/<lang>/``), each indexed with that language's
stemmer: a Pagefind bundle searches one language at a time, and a bundle merged into another
is searched with the first one's stemmer. `assets/briefing/search/pagefind.js` queries every
bundle named in ``languages.json`` and merges the results by score into Material's search box.

What is indexed is each searched page's article, without the sections that repeat other pages
(`render/scope.py`), under the page's language.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ..errors import BriefingError
from ..lang import LANGUAGE_CODE

LICENCE = Path(__file__).with_name("LICENSE-pagefind")
FOLDER = "search/pagefind"  # under the site directory
LANGUAGES_FILE = "languages.json"
# The bundle's own UIs; the search box is Material's.
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
ARTICLE_TAG = '<article class="md-content__inner md-typeset"'  # how Material opens a page's content
_ARTICLE = re.compile(re.escape(ARTICLE_TAG) + r"[^>]*>(.*?)</article>", re.S)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
TIMEOUT_S = 600  # per language: every build ends in bounded time


class SearchIndexError(BriefingError):
    """Pagefind could not write a bundle."""


@dataclass(frozen=True)
class SearchedPage:
    url: str  # relative to the site root: "briefings/x.html"
    language: str
    article: str  # HTML of what is indexed


def searched_article(page_html: str, cut: Iterable[str]) -> str | None:
    """The article of a built page without the sections whose heading anchors are in ``cut``
    (a section runs to the next heading of its level or above); None if there is no article."""
    found = _ARTICLE.search(page_html)
    if found is None:
        return None
    article = _HEADERLINK.sub("", found.group(1))
    for anchor in cut:
        article = re.sub(rf'<h2 id="{re.escape(anchor)}".*?(?=<h[12][ >]|\Z)', "", article, flags=re.S)
    return article


def page_language(value: object, default: str) -> str:
    """A page's language code for the index and the ``lang`` attribute: a source's own value
    only when it is a plain code."""
    text = str(value or "").strip().lower()
    return text if LANGUAGE_CODE.fullmatch(text) else default


def write_bundles(pages: Iterable[SearchedPage], site_dir: Path) -> dict[str, int]:
    """Write one Pagefind bundle per language under ``site_dir/search/pagefind``; returns the
    number of pages indexed per language.

    The pages go through Pagefind's command line, from a temporary copy of what is indexed:
    its Python API waits 0.1 s for every file it adds (13 minutes for 7,800 pages)."""
    root = site_dir / FOLDER
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="briefing-pagefind-") as work:
        for page in pages:
            path = Path(work, page.language, page.url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_document(page), encoding="utf-8")
            counts[page.language] = counts.get(page.language, 0) + 1
        for language in sorted(counts):
            _run_pagefind(Path(work, language), root / language, language)
            for name in UNUSED:
                (root / language / name).unlink(missing_ok=True)
    (root / LANGUAGES_FILE).write_text(json.dumps(sorted(counts)), encoding="utf-8")
    _write_licence(root)
    return counts


def _run_pagefind(source: Path, bundle: Path, language: str) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(bundle)]
    command += ["--force-language", language, "--keep-index-url", "--quiet"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as error:
        raise SearchIndexError(f"Pagefind did not finish the {language} pages in {TIMEOUT_S} s") from error
    if done.returncode != 0:
        raise SearchIndexError(f"Pagefind failed on the {language} pages: {done.stdout}{done.stderr}".strip())


def _document(page: SearchedPage) -> str:
    return f'<html lang="{page.language}"><body>{page.article}</body></html>'


def _write_licence(root: Path) -> None:
    """The bundles' JavaScript and WebAssembly come from the pagefind_bin package (MIT); its
    wheel carries no licence file, so ours is beside this module."""
    shutil.copy(LICENCE, root / "LICENSE")
    (root / "SOURCE").write_text(
        f"Written by Pagefind {metadata.version('pagefind_bin')} (pagefind_bin from PyPI) at build time.\n",
        encoding="utf-8",
    )
