"""The hostile corpus (tests/hostile.py) through a strict `briefing build`, then every page.

Without a marker (no browser; the build takes ~20 s): the build exits 0; the build report accounts
for every input in exactly one physical line (a reason for each file that is no page; a newline in a
file name or an error message cannot forge a line); no reader crashes or hangs on a file; cp1252 and
damaged UTF-8 are decoded; the YAML alias bomb is not expanded; hostile titles are shown as written
in <h1> and <title>; the section index pages are still the index pages (a document or a person
called "index" gets another slug). Marker `slow`: a 2 MB document builds.

Marker `browser`: every generated HTML page, over HTTP and from file://, in one Chromium context per
scheme: no dialog (no payload's alert ran), no console error or failed request, no inline script
that the theme does not emit itself, no on* attribute, no javascript:/data:/vbscript: URL, no img,
iframe, svg, object, embed, form ... from source text (in the article, or outside the theme's own
parts); the same for search results. A failure names the page, the element and, for an alert(N),
where payload N was put (tests.hostile.origin).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.render.labels import LABELS

from ..conftest import ROOT
from ..hostile import (
    BERLIN,
    LARGE_DOCUMENT,
    TITLE,
    TITLE_ENTITIES,
    TITLE_NUMERIC,
    origin,
    write_hostile_corpus,
    write_hostile_entities,
    write_large_document,
)
from .conftest import search

L = LABELS["de"]
# Python's str.splitlines() and some viewers break lines at these too.
LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
PAGE_DETAIL = re.compile(r"\d+ people, language \w+$")
SCOPE = re.compile(r'new URL\("[^"]*",location\)')


@dataclass(frozen=True)
class Build:
    root: Path
    inputs: list[str]
    exit_code: int
    output: str

    @property
    def site(self) -> Path:
        return self.root / "site"


def build_project(root: Path, write: Callable[[Path], list[str]]) -> Build:
    """A project of the repository's mkdocs.yml and docs/ with ``write``'s sources; built."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs", ignore=shutil.ignore_patterns("images"))
    inputs = write(root / "seeds")
    result = CliRunner().invoke(main, ["build", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")])
    output = result.output + ("" if result.exception is None else repr(result.exception))
    return Build(root, inputs, result.exit_code, output)


def _hostile_sources(folder: Path) -> list[str]:
    write_hostile_entities(folder.parent / "entities.yml")
    return write_hostile_corpus(folder)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build_project(tmp_path_factory.mktemp("hostile") / "project", _hostile_sources)


@pytest.fixture(scope="module")
def hostile_site(hostile: Build) -> Path:
    assert hostile.exit_code == 0, hostile.output[-3000:]
    return hostile.site


# --- the build report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    status: str
    detail: str
    text: str


def _shown(name: str) -> list[str]:
    """Ways a report may spell a file name with control characters in it."""
    forms = [
        name,
        name.encode("unicode_escape").decode("ascii"),
        json.dumps(name)[1:-1],
        repr(name)[1:-1],
        *(name.replace("\n", c) for c in (" ", "?", "\ufffd", "\u2424", "\u23ce", "\\n")),
    ]
    return list(dict.fromkeys(forms + [f'"{f}"' for f in forms] + [f"'{f}'" for f in forms]))


def _report(build: Build) -> list[str]:
    text = (build.site / "briefing-report.txt").read_text(encoding="utf-8")
    return text.removesuffix("\n").split("\n")


def _lines(build: Build) -> dict[str, Line]:
    """The report line of every input, by input name (KeyError: the input has no line)."""
    found: dict[str, Line] = {}
    lines = _report(build)
    for name in build.inputs:
        for line in lines:
            form = next(
                (f for f in _shown(name) if line.startswith(f) and line[len(f) : len(f) + 1] == " "), ""
            )
            if form:
                status, _, detail = line[len(form) :].strip().partition(" ")
                found[name] = Line(status, detail.strip(), line)
                break
    return found


def test_build_succeeds(hostile: Build) -> None:
    assert hostile.exit_code == 0, hostile.output[-3000:]


def test_report_accounts_for_every_input(hostile_site: Path, hostile: Build) -> None:
    lines = _lines(hostile)
    missing = [n for n in hostile.inputs if n not in lines]
    assert not missing, (missing, _report(hostile))
    for name, line in lines.items():
        if line.status == "page":
            assert PAGE_DETAIL.fullmatch(line.detail), (name, line.text)
        else:
            assert line.status in {"skipped", "error"} and len(line.detail) > 3, (name, line.text)


def test_report_lines_cannot_be_forged(hostile_site: Path, hostile: Build) -> None:
    """One physical line per input: a newline in a file name or in an error message (YAML's are
    several lines long) must not start a line of its own."""
    text = (hostile_site / "briefing-report.txt").read_text(encoding="utf-8")
    assert not LINE_BREAKS.findall(text), [line for line in text.split("\n") if LINE_BREAKS.search(line)]
    lines = _report(hostile)
    assert len(lines) == len(hostile.inputs), "\n".join(lines)
    assert not any(line.startswith("report page.txt") for line in lines), lines


def test_no_reader_crashes(hostile_site: Path, hostile: Build) -> None:
    """A broken file is skipped with a reason the reader gives, not an exception caught at the top
    ("error": UnicodeDecodeError, spaCy's E088 on an expanded alias bomb ...)."""
    crashed = {n: line.text for n, line in _lines(hostile).items() if line.status not in {"page", "skipped"}}
    assert not crashed, crashed


def test_every_briefing_page_is_one_input(hostile_site: Path, hostile: Build) -> None:
    pages = sum(1 for line in _lines(hostile).values() if line.status == "page")
    made = sorted(p.name for p in (hostile_site / "briefings").glob("*.html") if p.name != "index.html")
    assert len(made) == pages, (pages, made)


@pytest.mark.parametrize(
    ("section", "heading", "columns"),
    [
        ("briefings", L["briefings"], [L["date"], L["title"], L["language"], L["rubric"], L["people"]]),
        ("people", L["people"], [L["name"], L["roles"], L["count"]]),
        ("organisations", L["organisations"], [L["name"], L["count"]]),
        ("places", L["places"], [L["name"], L["count"]]),
    ],
)
def test_section_index_pages_stay_index_pages(
    hostile_site: Path, section: str, heading: str, columns: list[str]
) -> None:
    """index.txt, Index.md and a person renamed to "Index" must not take the index page's place."""
    article = lxml.html.fromstring((hostile_site / section / "index.html").read_bytes()).find(".//article")
    assert article.findtext(".//h1").strip() == heading
    header = [th.text_content().strip() for th in article.iterfind(".//table/thead//th")]
    assert header[: len(columns)] == columns, header
    rows = len(article.findall(".//table/tbody/tr"))
    entries = sum(1 for p in (hostile_site / section).glob("*.html") if p.name != "index.html")
    assert rows == entries, (section, rows, entries)


def _briefing_with(site: Path, marker: str) -> str:
    pages = [p.read_text(encoding="utf-8") for p in (site / "briefings").glob("*.html")]
    return next((html for html in pages if marker in html), "")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Juan Ca", ["Hélène Dupont", "Juan Cañete"]),  # cp1252.txt
        ("Einstein", ["Café Einstein", "Jana Becker"]),  # utf8-stray.txt: one \xff among UTF-8
    ],
)
def test_legacy_and_damaged_encodings_are_decoded(hostile_site: Path, text: str, words: list[str]) -> None:
    html = _briefing_with(hostile_site, text)
    assert html, text
    for word in words:
        assert word in html, (word, re.findall(rf".{{0,20}}{re.escape(text)}.{{0,20}}", html)[:3])


def _headings(folder: Path) -> dict[str, lxml.html.HtmlElement]:
    """Page tree by the text of its <h1>, entities decoded."""
    trees = (lxml.html.fromstring(p.read_bytes()) for p in folder.glob("*.html"))
    return {(t.findtext(".//h1") or "").strip(): t for t in trees}


@pytest.mark.parametrize(
    ("folder", "title", "n"),
    [
        ("briefings", TITLE, 1),
        ("briefings", TITLE, 2),
        ("briefings", TITLE, 3),
        ("briefings", TITLE, 4),
        ("people", TITLE, 5),
        ("briefings", TITLE_NUMERIC, 7),
        ("briefings", TITLE_ENTITIES, 8),
        ("briefings", TITLE_ENTITIES, 9),
        ("people", TITLE_ENTITIES, 593),
    ],
)
def test_hostile_titles_are_text(hostile_site: Path, folder: str, title: str, n: int) -> None:
    """The page of a hostile title shows it as written, in <h1> and <title>, and runs nothing."""
    shown = title.replace("{n}", str(n))
    pages = _headings(hostile_site / folder)
    assert shown in pages, (origin(n), sorted(h for h in pages if f"({n})" in h))
    tree = pages[shown]
    assert f"alert({n})" in (tree.findtext(".//title") or ""), tree.findtext(".//title")
    assert not [s.text for s in tree.iter("script") if "alert" in (s.text or "") and not s.get("type")]


def test_alias_bomb_is_not_expanded(hostile_site: Path, hostile: Build) -> None:
    line = _lines(hostile)["yaml-bomb.md"]
    assert "lol" not in line.text and "exceeds maximum" not in line.text, line.text[:300]
    if line.status == "page":
        html = _briefing_with(hostile_site, "Bombe im Kopf")
        assert html.count("lol") < 100, html.count("lol")


READ_TIMES = """
import sys, time
from pathlib import Path
from generator.sources import read_document
folder = Path(sys.argv[1])
for path in sorted(p for p in folder.iterdir() if p.is_file()):
    start = time.monotonic()
    try:
        read_document(path, folder)
    except Exception:
        pass
    print(repr(path.name), round(time.monotonic() - start, 2), flush=True)
"""


def test_reading_every_input_ends(hostile: Build) -> None:
    """Reading (not analysing) each file ends: the caption of '© a ' * 16000 had made a credit
    regex retry at every '©' for a minute. In a subprocess with a generous limit, to stop a hang;
    how fast it is, is measured by benchmarks/hostile_build.py."""
    seeds = str(hostile.root / "seeds")
    try:
        done = subprocess.run(
            [sys.executable, "-c", READ_TIMES, seeds], capture_output=True, text=True, timeout=120, cwd=ROOT
        ).stdout
    except subprocess.TimeoutExpired as stopped:
        out = stopped.stdout
        done = (out.decode() if isinstance(out, bytes) else out or "") + "... stopped after 120 s"
    times = [line.rsplit(" ", 1) for line in done.splitlines() if " " in line and "stopped" not in line]
    assert len(times) == len(hostile.inputs), done


@pytest.mark.slow
def test_a_2mb_document_builds(tmp_path: Path) -> None:
    def sources(folder: Path) -> list[str]:
        folder.mkdir(parents=True)
        (folder / "berlin-haushalt.txt").write_text(BERLIN, encoding="utf-8")
        return sorted(["berlin-haushalt.txt", write_large_document(folder)])

    built = build_project(tmp_path / "project", sources)
    assert built.exit_code == 0, built.output
    line = _lines(built)[LARGE_DOCUMENT]
    assert line.status == "page", line.text
    page = built.site / "briefings" / "large-2mb-news.html"
    assert page.is_file() and page.stat().st_size > 1_000_000


# --- every page in Chromium -----------------------------------------------------------------------

AUDIT = """([root, known]) => {
  const problems = [];
  const show = el => el.outerHTML.slice(0, 200);
  const scope = t => t.replace(/new URL\\("[^"]*",location\\)/g, 'new URL(".",location)').trim();
  for (const s of document.querySelectorAll('script')) {
    const type = (s.getAttribute('type') || '').trim().toLowerCase();
    if (s.hasAttribute('src')) {
      if (!s.src.startsWith(root)) problems.push('script from elsewhere: ' + show(s));
    } else if (type === 'application/json') {
      try { JSON.parse(s.textContent); } catch (e) { problems.push('data script is no JSON: ' + show(s)); }
    } else if (!known.includes(scope(s.textContent))) {
      problems.push('inline script the theme does not emit: ' + show(s));
    }
  }
  const urls = /^(href|src|action|formaction|data|xlink:href|poster|srcdoc|background|srcset|ping|cite)$/;
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) problems.push(name + ' attribute: ' + show(el));
      if (urls.test(name) && /^(javascript|data|vbscript):/.test(value))
        problems.push(name + ' URL: ' + show(el));
    }
    if (el.href && typeof el.href === 'string' && /^(javascript|data|vbscript):/i.test(el.href))
      problems.push('resolved URL: ' + show(el));
  }
  const theme = '.md-header, .md-tabs, .md-sidebar, .md-footer, .md-search, .md-top, .md-dialog, .md-skip';
  const head = {
    META: ['charset', 'viewport', 'description', 'generator'],
    LINK: ['icon', 'stylesheet', 'prev', 'next', 'canonical'],
  };
  for (const el of document.head.children) {
    const kind = el.hasAttribute('charset') ? 'charset' : el.getAttribute('name') || el.getAttribute('rel');
    if (['TITLE', 'SCRIPT'].includes(el.tagName) || (head[el.tagName] || []).includes(kind)) continue;
    problems.push('element in <head> the theme does not emit: ' + show(el));
  }
  const tags = 'img, image, iframe, frame, object, embed, svg, math, form, input, button, textarea, select, '
    + 'base, style, link, meta, details, video, audio, source, portal, template';
  for (const el of document.body.querySelectorAll(tags)) {
    // drawn by graph.js: the graph and its filter inputs
    if (el.closest('.briefing-graph') && el.closest('svg, .briefing-graph__filters')) continue;
    // drawn by indexes.js: the filter bar and the sort buttons of index tables
    if (el.closest('.briefing-index-tools__bar')) continue;
    if (el.matches('th > button.briefing-index-tools__sort')) continue;
    if (!el.closest('article') && (el.closest(theme) || el.matches('body > input.md-toggle'))) continue;
    if (el.matches('body > iframe[hidden]:not([src]):not([srcdoc])')) continue;  // the search worker shim
    problems.push('element from source text: ' + show(el));
  }
  return problems;
}"""


def _known_scripts(site: Path) -> list[str]:
    """The inline scripts Material emits, from pages no source text reaches (base path aside)."""
    known = set()
    for page in ("index.html", "about.html", "404.html"):
        for script in lxml.html.fromstring((site / page).read_bytes()).iter("script"):
            if not script.get("src") and not script.get("type"):
                known.add(SCOPE.sub('new URL(".",location)', script.text or "").strip())
    return sorted(known)


def _pages(site: Path, scheme: str) -> list[str]:
    """Every generated page; 404.html links from the server root, so not from file://."""
    pages = (p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    return sorted(p for p in pages if not p.startswith("assets/") and (scheme == "http" or p != "404.html"))


@contextlib.contextmanager
def _serve(directory: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def handle(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                super().handle()

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def hostile_http(hostile_site: Path) -> Iterator[str]:
    with _serve(hostile_site) as url:
        yield url


class Audit:
    """One context and one tab for a scheme; what the pages it opens do (dialogs, console errors,
    failed or outside requests, recorded with the page open at the time) and contain."""

    def __init__(self, browser: Any, site: Path, root: str) -> None:
        self.root, self.known, self.path = root, _known_scripts(site), ""
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self._add(f"page error: {e}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("response", self._response)
        self.page.on("request", self._request)

    def _add(self, problem: str) -> None:
        self.problems.append(f"{self.path}: {problem}")

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self._add(f"console: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self._add(
            f"{dialog.type}({dialog.message!r}) ran: payload {dialog.message}, {origin(dialog.message)}"
        )
        dialog.dismiss()

    def _failed(self, request: Any) -> None:
        if request.failure != "net::ERR_ABORTED":  # the next page was opened before it finished
            self._add(f"request failed ({request.failure}): {request.url}")

    def _response(self, response: Any) -> None:
        if response.status >= 400:
            self._add(f"HTTP {response.status}: {response.url}")

    def _request(self, request: Any) -> None:
        if not request.url.startswith((self.root, "data:", "blob:", "about:")):
            self._add(f"request leaves the site: {request.url}")

    def check(self, what: str = "") -> None:
        """The DOM as it is now."""
        self.page.wait_for_timeout(30)  # ontoggle, onfocus and the graph's drawing come after load
        for problem in self.page.evaluate(AUDIT, [self.root, self.known]):
            self._add(what + problem)

    def open(self, path: str) -> None:
        self.path = path
        self.page.goto(self.root + path, wait_until="load")
        self.check()

    def close(self) -> list[str]:
        self.context.close()
        return list(dict.fromkeys(self.problems))


def _audit_every_page(browser: Any, site: Path, root: str) -> tuple[list[str], int]:
    audit = Audit(browser, site, root)
    pages = _pages(site, root.partition(":")[0])
    try:
        for path in pages:
            audit.open(path)
    finally:
        problems = audit.close()
    return problems, len(pages)


@pytest.mark.browser
def test_every_page_is_inert_over_http(browser: Any, hostile_site: Path, hostile_http: str) -> None:
    problems, pages = _audit_every_page(browser, hostile_site, hostile_http)
    assert pages > 40
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.browser
def test_every_page_is_inert_from_file_urls(browser: Any, hostile_site: Path) -> None:
    problems, pages = _audit_every_page(browser, hostile_site, hostile_site.as_uri() + "/")
    assert pages > 40
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("over", ["http", "file"])
def test_search_results_are_inert(browser: Any, hostile_site: Path, hostile_http: str, over: str) -> None:
    """Material renders results as HTML, over HTTP from Pagefind's excerpts and from file:// from
    its own index: titles and text of every hostile page."""
    audit = Audit(browser, hostile_site, hostile_http if over == "http" else hostile_site.as_uri() + "/")
    found = []
    try:
        audit.open("index.html")
        for query in ("alert", "script", "javascript", "Index", "Scholz"):
            found += search(audit.page, query)
            audit.check(f"search {query!r}: ")
    finally:
        problems = audit.close()
    assert found, "search found nothing"
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
