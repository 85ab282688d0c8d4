"""What site search indexes (generator/render/scope.py)."""

import json

from generator.analysis import analyse
from generator.knowledge import build_knowledge
from generator.records import Outcome
from generator.render import render_pages
from generator.render.scope import offline_ends_at, searched, without_repeated_titles
from generator.search import augment_index

from ..conftest import make_doc


def test_pages_and_sections_that_repeat_other_pages_are_not_searched() -> None:
    kept = [
        "index.html",
        "briefings/de-0001.html",
        "briefings/de-0001.html#text",
        "briefings/de-0001.html#personen",  # a briefing's own people
        "people/wladimir-putin.html#rollen",
        "places/wien.html",
    ]
    dropped = [
        "briefings/index.html",
        "people/index.html#personen",
        "tags/wahl.html",
        "timeline.html",
        "report.html",
        "briefings/de-0001.html#verwandte-briefings",
        "people/wladimir-putin.html#erwahnungen",
        "people/wladimir-putin.html#gemeinsam-erwahnt-mit",
        "places/wien.html#in-briefings",
        "places/wien.html#personen",
    ]
    assert all(searched(location, "de") for location in kept)
    assert not any(searched(location, "de") for location in dropped)
    assert not searched("briefings/a.html#related-briefings", "en") and searched(
        "briefings/a.html#related", "en"
    )


def test_the_index_keeps_only_what_is_searched(tmp_path) -> None:
    path = tmp_path / "search_index.json"
    docs = [{"location": loc, "title": "t", "text": "Wörter"} for loc in ("a.html", "b.html#x")]
    path.write_text(json.dumps({"config": {}, "docs": docs}), encoding="utf-8")
    augment_index(path, lambda location: "#" not in location)
    assert [d["location"] for d in json.loads(path.read_text(encoding="utf-8"))["docs"]] == ["a.html"]


def test_links_to_briefings_are_marked_for_both_engines_to_skip() -> None:
    content = (
        '<li>Kremlchef — <a href="../briefings/de-0001.html">Titel</a></li>'
        '<li><a href="../people/x.html">X</a></li>'
    )
    marked = without_repeated_titles(content)
    assert '<a href="../briefings/de-0001.html" data-search-exclude data-pagefind-ignore>Titel</a>' in marked
    assert '<a href="../people/x.html">X</a>' in marked


def test_a_briefing_text_and_its_subsections_stay_out_of_the_file_index(tmp_path) -> None:
    path = tmp_path / "search_index.json"
    docs = [
        {"location": "briefings/a.html", "title": "A", "text": "Kernpunkte"},
        {"location": "briefings/a.html#kernpunkte", "title": "Kernpunkte", "text": "<li>Punkt</li>"},
        {"location": "briefings/a.html#netz", "title": "Netz", "text": " "},
        {"location": "briefings/a.html#text", "title": "Text", "text": "Langer Text"},
        {"location": "briefings/a.html#zwischentitel", "title": "Zwischentitel", "text": "Mehr"},
        {"location": "people/x.html", "title": "X", "text": ""},
    ]
    path.write_text(json.dumps({"config": {}, "docs": docs}), encoding="utf-8")
    augment_index(path, ends_page=lambda location: offline_ends_at(location, "de"))
    kept = [d["location"] for d in json.loads(path.read_text(encoding="utf-8"))["docs"]]
    assert kept == ["briefings/a.html", "briefings/a.html#kernpunkte", "people/x.html"]
    assert offline_ends_at("briefings/a.html#text", "en") and not offline_ends_at("people/x.html#text", "de")


def test_every_page_that_lists_other_pages_is_left_out_and_every_profile_kept(fake) -> None:
    doc = make_doc("a", "Anna Gruber sprach in Wien mit der Caritas.", tags=("Wahl",))
    k = build_knowledge([doc], [analyse(doc, fake({"Anna Gruber": "PER", "Wien": "LOC", "Caritas": "ORG"}))])
    pages = {path.removesuffix(".md") + ".html" for path in render_pages(k, [Outcome("a.txt", "page")])}
    own = {"briefings/a.html", "people/anna-gruber.html", "places/wien.html", "organisations/caritas.html"}
    assert own < pages
    assert {page for page in pages if searched(page, "de")} == own
