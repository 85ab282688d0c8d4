"""analyse(): the key points a briefing page shows."""

from itertools import product

from generator.analysis import analyse
from generator.records import TEASER, Segment

from ..conftest import make_doc

# Made-up words, so that no two sentences are near-duplicates the selection would skip.
WORDS = ["".join(parts) for parts in product("bdfgklmnprst", "aeiou", "lmnrst", "aeiou", "x")]


def _paragraphs(count: int) -> list[str]:
    """``count`` distinct body sentences, five to a paragraph."""
    sentences = [
        f"Die Gemeinde {WORDS[4 * i]} meldet {WORDS[4 * i + 1]} und {WORDS[4 * i + 2]} für"
        f" {WORDS[4 * i + 3]}."
        for i in range(count)
    ]
    return [" ".join(sentences[i : i + 5]) for i in range(0, count, 5)]


def test_a_long_report_gets_more_key_points_than_a_news_item(fake) -> None:
    short = analyse(make_doc("short", *_paragraphs(12)), fake({}))
    long = analyse(make_doc("long", *_paragraphs(45)), fake({}))
    assert short.key_points_from == long.key_points_from == "body"
    assert len(short.key_points) == 3
    assert len(long.key_points) == 5


def test_teaser_bullets_are_the_key_points_whatever_the_length(fake) -> None:
    teaser = ["Erster Punkt des Vorspanns.", "Zweiter Punkt des Vorspanns.", "Dritter Punkt des Vorspanns."]
    doc = make_doc("t", *(Segment(TEASER, t) for t in teaser), *_paragraphs(45))
    analysis = analyse(doc, fake({}))
    assert analysis.key_points == teaser
    assert analysis.key_points_from == "teaser"


def test_a_short_teaser_is_completed_by_body_sentences_that_do_not_repeat_it(fake) -> None:
    body = _paragraphs(10)
    first = body[0].split(". ")[0] + "."  # the lead repeats the teaser's words
    doc = make_doc("t", Segment(TEASER, first.replace("meldet", "berichtet")), *body)
    analysis = analyse(doc, fake({}))
    assert analysis.key_points_from == "teaser_body"
    assert len(analysis.key_points) == 3
    assert analysis.key_points[0] == first.replace("meldet", "berichtet")
    assert first not in analysis.key_points[1:]
    assert all(point in " ".join(body) for point in analysis.key_points[1:])


def test_an_s_form_joins_its_base_only_by_the_genitive_rule(fake) -> None:
    text = "Russland und Russlands Präsident; das iPhone 5 und das iPhone 5s; die Lib Dems und ein Lib Dem."
    labels = {"Russland": "LOC", "Russlands": "LOC", "iPhone 5": "MISC", "iPhone 5s": "MISC"}
    analysis = analyse(make_doc("e", text), fake({**labels, "Lib Dems": "ORG", "Lib Dem": "ORG"}))
    assert sorted(e.name for e in analysis.entities) == ["Lib Dem", "Russland", "iPhone 5", "iPhone 5s"]
