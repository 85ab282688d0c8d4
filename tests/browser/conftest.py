"""Browser fixtures: the site built from the seed plus a small corpus, served over HTTP on
127.0.0.1 and opened in Debian's Chromium through Playwright. Skipped when either is missing."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main

from ..conftest import ROOT, write

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

GERMAN = """---
title: Merkel und Macron beraten über Militärhilfe
date: 2024-07-10
language: de
---
Bundeskanzlerin Angela Merkel hat am vergangenen Montag, 8. Juli, den französischen Präsidenten
Emmanuel Macron in Berlin empfangen. Beide sprachen über die Ausbildung ukrainischer Soldaten.

Im Juni hatte Macron angekündigt, Militärausbilder in die Ukraine zu schicken. Merkel sagte, die
Bundesregierung prüfe den Vorschlag sorgfältig. Am 3. März 2024 hatten sich beide zuletzt getroffen.
"""

ENGLISH = """---
title: Macron and Merkel discuss training missions
date: 2024-07-12
language: en
---
French President Emmanuel Macron met German Chancellor Angela Merkel in Paris last Tuesday. The two
leaders discussed the training of Ukrainian soldiers by military instructors.

On 3 March the two had agreed to coordinate their plans, Macron said. Merkel called the talks
constructive and promised an answer in the coming weeks.
"""

XSS = (
    "Politik\n\nAngriff auf die Seite\n\nAnna Gruber sagte in Wien: „<script>alert(1)</script> ist "
    "gefährlich.“ Ein Link [x](javascript:alert(1)) und <img src=x onerror=alert(1)> stehen hier.\n"
)

DE_TITLE = "Merkel und Macron beraten über Militärhilfe"


def _missing(reason: str) -> None:
    """Skip on a developer's machine without a browser; fail where CI promised one."""
    if os.environ.get("BRIEFING_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


def _playwright() -> Any:
    if not CHROMIUM.is_file():
        _missing(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("browser tests need the Python package playwright (pip install -e '.[test]')")
    return sync_playwright


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_playwright = _playwright()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _playwright()  # skip before the (slow) build when the browser cannot run
    root = tmp_path_factory.mktemp("browser-project")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs", ignore=shutil.ignore_patterns("images"))
    seeds = root / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    write(seeds, "corpus/merkel-macron-de.md", GERMAN)
    write(seeds, "corpus/macron-merkel-en.md", ENGLISH)
    write(seeds, "corpus/angriff.txt", XSS)
    result = CliRunner().invoke(main, ["build", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return root / "site"


@pytest.fixture(scope="session")
def http_url(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def handle(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # page closed early
                super().handle()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@dataclass
class Watch:
    """What a page did: console errors, uncaught exceptions, dialogs (alerts), requests."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def watched(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch()

    def console(message: Any) -> None:
        if message.type == "error":
            watch.errors.append(f"{page.url}: {message.text}")

    page.on("console", console)
    page.on("pageerror", lambda e: watch.errors.append(f"{page.url}: {e}"))
    page.on("request", lambda r: watch.requests.append(r.url))

    def dialog(d: Any) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    yield page, watch
    context.close()


def settled(page: Any, selector: str, quiet_ms: int = 400) -> None:
    """Wait until the element's HTML has not changed for ``quiet_ms``."""
    page.wait_for_function(
        """([selector, quiet]) => {
            const html = (document.querySelector(selector) || {}).innerHTML;
            const now = performance.now();
            if (html !== window.__settledHtml) { window.__settledHtml = html; window.__settledAt = now; }
            return now - window.__settledAt >= quiet;
        }""",
        arg=[selector, quiet_ms],
        polling=100,
        timeout=10_000,
    )


def search(page: Any, query: str) -> list[tuple[str, str]]:
    """Type a query into Material's search box; (title, href) of the results."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.type(query, delay=10)
    items = page.locator(".md-search-result__item > a.md-search-result__link")
    try:
        items.first.wait_for(timeout=5000)
    except Exception:  # playwright's TimeoutError: no result
        return []
    settled(page, ".md-search-result__list")  # results of a prefix typed earlier may arrive first
    return [
        (items.nth(i).locator("h1, h2").first.inner_text(), items.nth(i).get_attribute("href") or "")
        for i in range(items.count())
    ]
