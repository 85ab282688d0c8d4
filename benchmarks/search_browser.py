"""Search as a reader meets it: built sites side by side in headless Chromium, over HTTP and
from file://.

    python benchmarks/site_build.py --docs 1000 --with-seed --keep    # once per commit
    python benchmarks/search_browser.py OLD=/tmp/a/site NEW=/tmp/b/site --reps 3

For each site, mode and query, in alternating order, a fresh browser context opens the home
page, types the query into Material's search box with key events and waits until the result
list has not changed for 1.5 s. Prints one JSON line per run and a median summary:
- ``final_after_typing_s``: from the last key to the last change of the result list;
- ``first_result_s``: from navigation start to the first result shown;
- ``heap_mb``: JS heap of the page and its workers, when the list has settled;
- ``search_kb``: bytes of the responses under ``search/`` (over HTTP: the bytes one query costs);
- ``results``, ``first``: how many results, and the first one's page;
- ``errors``, ``external``: console errors, and requests that left the machine.

Queries: ``--query`` (repeatable), else "Militärausbildern" (the seed's "Militärausbilder", when
the site has it) and ``--unique`` words drawn from the sites' briefings: a word that occurs in
exactly one briefing (its key points, so both indexes hold it) and in no other briefing; the
summary says whether that briefing came first and within three results.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import socket
import statistics
import subprocess
import sys
import time
from html import unescape
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu"]
INFLECTED = "Militärausbildern"
WATCH = """
(() => {
  window.__first = null; window.__changed = null; window.__lastKey = null;
  document.addEventListener("keydown", () => { window.__lastKey = performance.now(); }, true);
  new MutationObserver(() => {
    const list = document.querySelector(".md-search-result__list");
    if (!list) return;
    if (window.__first === null && list.querySelector(".md-search-result__item"))
      window.__first = performance.now();
  }).observe(document, { childList: true, subtree: true });
  const watchList = () => {
    const list = document.querySelector(".md-search-result__list");
    if (!list) return setTimeout(watchList, 50);
    new MutationObserver(() => { window.__changed = performance.now(); })
      .observe(list, { childList: true, subtree: true, characterData: true });
    const meta = document.querySelector(".md-search-result__meta");
    if (meta) new MutationObserver(() => { window.__changed = performance.now(); })
      .observe(meta, { childList: true, subtree: true, characterData: true });
  };
  document.addEventListener("DOMContentLoaded", watchList);
})();
"""
_KEY_POINTS = re.compile(r'<h2 id="(?:kernpunkte|key-points)">.*?</h2>(.*?)<h2', re.S)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_FORM = re.compile(r"\b[^\W\d_]{3,}\b")
_WORD = re.compile(r"\b[^\W\d_]{7,}\b")


def unique_words(site: Path, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(word, briefing URL): words of one briefing's key points that no other briefing holds in
    any form sharing all but its last three letters (both engines match inflected forms), and
    that name no profile (a person's page rightly comes first for the name)."""
    forms: list[tuple[str, str]] = []  # (word, briefing URL), every word of every briefing
    in_key_points: dict[str, str] = {}
    for path in sorted((site / "briefings").glob("*.html")):
        if path.name == "index.html":
            continue
        page = path.read_text(encoding="utf-8")
        url = f"briefings/{path.name}"
        forms += [(word, url) for word in set(_FORM.findall(_text(_article(page))))]
        points = _KEY_POINTS.search(page)
        for word in set(_WORD.findall(_text(points.group(1)))) if points else ():
            in_key_points.setdefault(word, url)
    names = {
        word
        for folder in ("people", "organisations", "places")
        for path in (site / folder).glob("*.html")
        for word in _WORD.findall(_text(_H1.findall(path.read_text("utf-8"))[0]))
    }
    forms.sort()
    words = [word for word, _ in forms]
    candidates = []
    for word, url in sorted(in_key_points.items()):
        stem = word[: max(5, len(word) - 3)]
        start = bisect.bisect_left(words, stem)
        end = bisect.bisect_left(words, stem + "\uffff")
        if word not in names and {u for _, u in forms[start:end]} == {url}:
            candidates.append((word, url))
    return random.Random(seed).sample(candidates, min(count, len(candidates)))


def _article(page: str) -> str:
    return page.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html)).lower()


def serve(site: Path) -> tuple[subprocess.Popen[bytes], int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "-b", "127.0.0.1", "-d", str(site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    return server, port


def heap_mb(browser: Browser, page_session: object) -> float:
    """The page's JS heap and that of every dedicated worker (the search workers)."""
    total = page_session.send("Runtime.getHeapUsage")["usedSize"]  # type: ignore[attr-defined]
    cdp = browser.new_browser_cdp_session()
    for target in cdp.send("Target.getTargets")["targetInfos"]:
        if target["type"] != "worker":
            continue
        session = cdp.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": False})
        got: dict[str, dict] = {}

        def on_message(event: dict, sid: str = session["sessionId"], got: dict = got) -> None:
            if event.get("sessionId") == sid:
                message = json.loads(event["message"])
                if message.get("id") == 1:
                    got["reply"] = message

        cdp.on("Target.receivedMessageFromTarget", on_message)
        cdp.send(
            "Target.sendMessageToTarget",
            {
                "sessionId": session["sessionId"],
                "message": json.dumps({"id": 1, "method": "Runtime.getHeapUsage"}),
            },
        )
        deadline = time.time() + 5
        while "reply" not in got and time.time() < deadline:
            cdp.send("Target.getTargets")  # lets the events arrive
            time.sleep(0.05)
        total += got.get("reply", {}).get("result", {}).get("usedSize", 0)
    cdp.detach()
    return round(total / 2**20, 1)


def run_once(browser: Browser, url: str, origin: str, query: str) -> dict[str, Any]:
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(WATCH)
    errors: list[str] = []
    external: list[str] = []
    responses: list[object] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request", lambda r: None if r.url.startswith((origin, "data:", "blob:")) else external.append(r.url)
    )
    page.on("requestfinished", lambda r: responses.append(r))
    session = context.new_cdp_session(page)
    page.goto(url, wait_until="load")
    box = page.locator("input.md-search__input")
    if box.is_visible():
        box.click()
    else:
        page.locator("label.md-search__icon").first.click()
    box.type(query, delay=60)
    page.wait_for_function(
        "window.__changed !== null && performance.now() - window.__changed > 1500",
        timeout=120_000,
        polling=100,
    )
    timings = page.evaluate("[window.__first, window.__changed, window.__lastKey]")
    items = page.locator(".md-search-result__item")
    first = items.first.locator("a").first.get_attribute("href") if items.count() else None
    searched = [r for r in responses if "/search/" in r.url]  # type: ignore[attr-defined]
    record: dict[str, Any] = {
        "final_after_typing_s": round(max(0.0, (timings[1] - timings[2]) / 1000), 3),
        "first_result_s": round(timings[0] / 1000, 3) if timings[0] is not None else None,
        "heap_mb": heap_mb(browser, session),
        "search_kb": round(sum(r.sizes()["responseBodySize"] for r in searched) / 1024)  # type: ignore[attr-defined]
        if url.startswith("http")
        else None,
        "results": items.count(),
        "meta": page.locator(".md-search-result__meta").inner_text(),
        "first": re.sub(r"^.*?/((?:briefings|people|organisations|places)/[^?#]*).*$", r"\1", first or ""),
        "errors": errors,
        "external": external,
    }
    context.close()
    return record


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    unique = [r for r in runs if "unique_first" in r]
    fetched = [r["search_kb"] for r in runs if r["search_kb"] is not None]
    found = sum(r["unique_first"] and r["results"] <= 3 for r in unique)
    return {
        "final_after_typing_s": statistics.median(r["final_after_typing_s"] for r in runs),
        "first_result_s": statistics.median(r["first_result_s"] or 0 for r in runs),
        "heap_mb_max": max(r["heap_mb"] for r in runs),
        "search_kb_max": max(fetched, default=None),
        "unique_first_and_at_most_3": f"{found}/{len(unique)}",
        "errors": sum(len(r["errors"]) for r in runs),
        "external": sum(len(r["external"]) for r in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sites", nargs="+", help="LABEL=path/to/site")
    parser.add_argument("--query", action="append", default=[])
    parser.add_argument("--unique", type=int, default=3, help="words found in exactly one briefing")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--modes", default="http,file")
    args = parser.parse_args()
    sites = {label: Path(path).resolve() for label, path in (s.split("=", 1) for s in args.sites)}
    expected: dict[str, str] = {}
    queries = list(args.query)
    if not queries:
        first_site = next(iter(sites.values()))
        if any(
            "Militärausbilder" in p.read_text(encoding="utf-8")
            for p in (first_site / "briefings").glob("*.html")
        ):
            queries.append(INFLECTED)
        for word, briefing in unique_words(first_site, args.unique):
            queries.append(word)
            expected[word] = briefing
    servers = {label: serve(site) for label, site in sites.items()}
    runs: list[dict[str, Any]] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            for rep in range(args.reps):
                for mode in args.modes.split(","):
                    for query in queries:
                        for label, site in sites.items():
                            port = servers[label][1]
                            origin = f"http://127.0.0.1:{port}/" if mode == "http" else "file://"
                            url = f"{origin}index.html" if mode == "http" else f"file://{site}/index.html"
                            record = run_once(browser, url, origin, query)
                            record.update(site=label, mode=mode, query=query, rep=rep)
                            if query in expected:
                                record["unique_first"] = record["first"] == expected[query]
                            runs.append(record)
                            print(json.dumps(record, ensure_ascii=False), flush=True)
            browser.close()
    finally:
        for server, _ in servers.values():
            server.terminate()
    summary = {
        f"{label} {mode}": _summary([r for r in runs if r["site"] == label and r["mode"] == mode])
        for label in sites
        for mode in args.modes.split(",")
    }
    print(json.dumps({"queries": queries, "summary": summary}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
