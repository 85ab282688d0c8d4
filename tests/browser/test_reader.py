"""The site as a reader uses it, in Chromium: search, links, graph, timeline, over HTTP and from
file://, with no console errors, no script from source text and no request leaving the machine."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .conftest import DE_TITLE, Watch, search

pytestmark = pytest.mark.browser

SEED_PAGE = "briefings/000-bf32d7edd2818517.html"
IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


def _local(url: str) -> bool:
    return url.startswith(("file://", "data:", "blob:", "about:"))


def _hrefs(results: list[tuple[str, str]]) -> list[str]:
    return [href.split("?")[0].split("#")[0] for _, href in results]


def test_search_finds_inflected_words_and_people_over_http(watched: tuple[Any, Watch], http_url: str) -> None:
    page, watch = watched
    page.goto(http_url + "index.html")
    for query, expected in (
        ("Militärausbildern", SEED_PAGE),  # the text says "Militärausbilder"
        ("Nordkoreanische", SEED_PAGE),  # a whole word, as written
        ("Bundesregierungen", "briefings/merkel-macron-de.html"),
        ("discussing", "briefings/macron-merkel-en.html"),  # text: "discussed"
        ("instructor", "briefings/macron-merkel-en.html"),
    ):
        found = _hrefs(search(page, query))
        assert found and found[0] == http_url + expected, (query, found[:5])
    found = _hrefs(search(page, "Nordkor"))  # type-ahead prefix: the place's page may come first
    assert http_url + SEED_PAGE in found[:2] and http_url + "places/nordkorea.html" in found[:2], found
    search(page, "Militärausbildern")  # a word found through its stem is not listed as missing
    assert "militärausbildern" not in page.locator(".md-search-result").inner_text().casefold()
    found = _hrefs(search(page, "Macron"))
    assert http_url + "people/emmanuel-macron.html" in found, found
    assert not watch.errors, watch.errors
    assert all(u.startswith(http_url) or _local(u) for u in watch.requests), watch.requests


def test_search_over_http_reads_pagefind_chunks_not_the_whole_index(
    watched: tuple[Any, Watch], http_url: str, site: Path
) -> None:
    page, watch = watched
    page.goto(http_url + "index.html")
    found = _hrefs(search(page, "Militärausbildern"))
    assert found[0] == http_url + SEED_PAGE
    fetched = [u.removeprefix(http_url) for u in watch.requests]
    assert any(u.startswith("search/pagefind/de/") and u.endswith(".pf_index") for u in fetched), fetched
    assert '"docs": []' in (site / "search" / "search_index.json").read_text(encoding="utf-8")
    # an English page is marked as such, and found through the English stemmer
    assert _hrefs(search(page, "instructor"))[0] == http_url + "briefings/macron-merkel-en.html"
    assert any("/search/pagefind/en/" in u and u.endswith(".pf_index") for u in watch.requests)
    page.goto(http_url + "briefings/macron-merkel-en.html")
    assert page.locator("article[lang=en]").count() == 1
    # a briefing's title on the profiles that cite it does not make them results of its words
    results = _hrefs(search(page, "Militärhilfe"))
    assert results == [http_url + "briefings/merkel-macron-de.html"], results
    assert not watch.errors, watch.errors


def test_a_mention_leads_to_its_sentence_highlighted(watched: tuple[Any, Watch], http_url: str) -> None:
    page, watch = watched
    page.goto(http_url + "people/angela-merkel.html")
    page.locator("article a:has-text('im Text')[href*='#sentence-']").first.click()
    page.wait_for_url("**/briefings/*.html#sentence-*")
    target = page.locator(".briefing-sentence:target")
    assert target.count() == 1 and "Merkel" in target.inner_text()
    background = target.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background
    assert not watch.errors, watch.errors


def test_indexes_filter_sort_and_facet_offline(watched: tuple[Any, Watch], site: Path) -> None:
    page, watch = watched
    page.goto((site / "people/index.html").as_uri())
    shown = page.locator(".briefing-index-tools__shown")
    total = page.locator("article tbody tr").count()
    assert shown.inner_text() == f"{total} von {total} gezeigt"
    page.locator(".briefing-index-tools input").type("merkel", delay=20)
    visible = page.locator("article tbody tr:not([hidden])")
    assert visible.count() == 1 and "Angela Merkel" in visible.inner_text()
    page.locator(".briefing-index-tools input").fill("")
    page.locator(".briefing-index-tools input").dispatch_event("input")
    page.locator("th button", has_text="Briefings").first.click()  # counts, most first, across A–Z
    counts = [int(c) for c in page.locator("article tbody tr td:last-child").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2, counts
    assert page.locator("article h2:not([hidden])").count() == 0
    page.goto((site / "briefings/index.html").as_uri())
    language = page.locator(".briefing-index-tools select[aria-label=Sprache]")
    language.select_option("en")
    rows = page.locator("article tbody tr:not([hidden])")
    languages = page.locator("article tbody tr:not([hidden]) td:nth-child(3)").all_inner_texts()
    assert languages and set(languages) == {"en"}, languages
    assert "Macron and Merkel" in rows.all_inner_texts()[0]
    assert not watch.errors, watch.errors


def test_person_links_lead_to_the_profile_and_back(watched: tuple[Any, Watch], http_url: str) -> None:
    page, watch = watched
    page.goto(http_url + "briefings/merkel-macron-de.html")
    page.locator("article a[href$='people/emmanuel-macron.html']").first.click()
    page.wait_for_url("**/people/emmanuel-macron.html")
    assert page.locator("h1").first.inner_text() == "Emmanuel Macron"
    page.locator(f"article a:has-text('{DE_TITLE}')").first.click()
    page.wait_for_url("**/briefings/merkel-macron-de.html*")  # at the sentence the role is from
    assert not watch.errors, watch.errors


def test_offline_from_file_urls(watched: tuple[Any, Watch], site: Path) -> None:
    page, watch = watched
    page.goto((site / "index.html").as_uri())
    page.locator("nav a:has-text('Briefings')").first.click()
    page.wait_for_url("**/briefings/index.html")
    page.locator(f"article a:has-text('{DE_TITLE}')").first.click()
    page.wait_for_url("**/briefings/merkel-macron-de.html")
    found = _hrefs(search(page, "Militärausbildern"))
    assert found and found[0] == (site / SEED_PAGE).as_uri(), found[:5]
    found = _hrefs(search(page, "Merkel"))
    assert (site / "people/angela-merkel.html").as_uri() in found, found
    page.goto((site / "people/angela-merkel.html").as_uri())
    page.goto((site / "graph.html").as_uri())
    page.goto((site / "timeline.html").as_uri())
    assert not watch.errors, watch.errors
    leaving = [u for u in watch.requests if not _local(u)]
    assert watch.requests and not leaving, leaving


def test_source_text_never_runs(watched: tuple[Any, Watch], http_url: str) -> None:
    page, watch = watched
    page.goto(http_url + "briefings/angriff.html")
    page.wait_for_load_state("load")
    text = page.locator("article").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert "[x](javascript:alert(1))" in text.replace("\\", "")
    assert page.locator("article img[src='x'], article script:not([src]):not([type])").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    for path in ("people/anna-gruber.html", "timeline.html", "graph.html"):
        page.goto(http_url + path)
    assert not watch.dialogs, watch.dialogs
    assert not watch.errors, watch.errors


def test_graph_opens_profiles(watched: tuple[Any, Watch], http_url: str) -> None:
    page, watch = watched
    page.goto(http_url + "graph.html")
    nodes = page.locator(".briefing-graph svg a.briefing-graph__node")
    assert nodes.count() >= 6  # the seed's four people and Merkel and Macron
    page.locator(".briefing-graph a[href$='people/angela-merkel.html'] circle").click()
    page.wait_for_url("**/people/angela-merkel.html")
    neighbours = page.locator(".briefing-graph svg a.briefing-graph__node")
    assert neighbours.count() >= 2
    assert page.locator(".briefing-graph a[href$='people/emmanuel-macron.html']").count() == 1
    assert not watch.errors, watch.errors


def test_graph_zooms_pans_and_filters(watched: tuple[Any, Watch], http_url: str) -> None:
    page, watch = watched
    page.goto(http_url + "graph.html")
    layer = page.locator(".briefing-graph svg > g")
    assert layer.get_attribute("transform") is None
    size = page.locator(".briefing-graph__label").first.get_attribute("font-size")
    page.locator(".briefing-graph svg").hover()
    page.mouse.wheel(0, -400)
    page.wait_for_function("document.querySelector('.briefing-graph svg > g').getAttribute('transform')")
    assert "scale(" in (layer.get_attribute("transform") or "")
    # Labels keep their size on screen: in the zoomed layer their font is smaller.
    assert float(page.locator(".briefing-graph__label").first.get_attribute("font-size") or 0) < float(
        size or 0
    )
    box = page.locator(".briefing-graph").bounding_box()
    svg = page.locator(".briefing-graph svg").bounding_box()
    assert box and svg and svg["height"] <= box["height"] + 1  # fits its container
    nodes = page.locator(".briefing-graph svg a.briefing-graph__node")
    total = nodes.count()
    page.locator(".briefing-graph__filters input[type=search]").type("merkel", delay=20)
    visible = page.locator(".briefing-graph svg a.briefing-graph__node:visible")
    assert visible.count() == 1 < total
    assert visible.first.get_attribute("href", timeout=1000).endswith("people/angela-merkel.html")
    page.locator(".briefing-graph__filters input[type=search]").fill("")
    page.locator(".briefing-graph__filters input[type=search]").dispatch_event("input")
    page.locator(".briefing-graph__filters input[type=number]").fill("99")
    page.locator(".briefing-graph__filters input[type=number]").dispatch_event("input")
    assert visible.count() == 0
    assert not watch.errors, watch.errors


def test_timeline_places_events(watched: tuple[Any, Watch], http_url: str) -> None:
    page, watch = watched
    page.goto(http_url + "timeline.html")
    items = page.locator("article li").all_inner_texts()
    assert any(i.startswith("2024-07-08") and "vergangenen Montag, 8. Juli" in i for i in items), items
    assert any(i.startswith("2024-07-09") and "last Tuesday" in i for i in items), items  # doc: Fri 12th
    assert any(i.startswith("Juni 2024") and "Im Juni hatte Macron" in i for i in items), items
    assert any(i.startswith("2024-03-03") and "On 3 March" in i for i in items), items
    assert any(i.startswith("2024-07-10") and DE_TITLE in i for i in items), items
    page.locator("article li:has-text('last Tuesday') a").first.click()
    page.wait_for_url("**/briefings/macron-merkel-en.html")
    assert not watch.errors, watch.errors


def test_readme_screenshots(watched: tuple[Any, Watch], http_url: str, tmp_path: Path) -> None:
    """The README's screenshots; written into docs/images only with BRIEFING_SCREENSHOTS=1, so a
    test run leaves the checkout as it was (the graph's layout differs from run to run)."""
    page, _ = watched
    images = IMAGES if os.environ.get("BRIEFING_SCREENSHOTS") == "1" else tmp_path
    for path, name in (
        (SEED_PAGE, "briefing.png"),
        ("people/wladimir-putin.html", "profile.png"),
        ("graph.html", "graph.png"),
    ):
        page.goto(http_url + path)
        page.screenshot(path=str(images / name))
        assert (images / name).stat().st_size > 10_000
