"""What site search indexes (generator/render/scope.py)."""

import json

from generator.render.scope import searched
from generator.search import augment_index


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
