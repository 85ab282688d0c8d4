"""Tags from front matter on briefings and the tags index (generator/render/tags.py)."""

from generator.analysis import analyse
from generator.knowledge import build_knowledge
from generator.records import Outcome
from generator.render import render_pages

from ..conftest import make_doc


def _pages(fake, *docs):
    k = build_knowledge(list(docs), [analyse(d, fake({})) for d in docs])
    return render_pages(k, [Outcome(f"{d.id}.md", "page") for d in docs])


def test_tags_link_briefings_to_one_page_per_tag_whatever_the_case(fake) -> None:
    pages = _pages(
        fake,
        make_doc("a", "Text eins.", tags=("Wahl", "Wien")),
        make_doc("b", "Text zwei.", tags=("wahl",)),
        make_doc("c", "Text drei."),
    )
    assert "Schlagwörter: [Wahl](../tags/wahl.md), [Wien](../tags/wien.md)" in pages["briefings/a.md"]
    assert "Schlagwörter: [Wahl](../tags/wahl.md)" in pages["briefings/b.md"]
    assert "Schlagwörter" not in pages["briefings/c.md"]
    assert "| [Wahl](../tags/wahl.md) | 2 |" in pages["tags/index.md"]
    assert (
        "[a](../briefings/a.md)" in pages["tags/wahl.md"]
        and "[b](../briefings/b.md)" in pages["tags/wahl.md"]
    )


def test_the_tags_index_exists_without_tags_and_a_tag_cannot_inject_markup(fake) -> None:
    assert "—" in _pages(fake, make_doc("a", "Text."))["tags/index.md"]
    pages = _pages(fake, make_doc("a", "Text.", tags=("<script>alert(1)</script>",)))
    tag_page = next(
        text for path, text in pages.items() if path.startswith("tags/") and path != "tags/index.md"
    )
    assert "<script>" not in tag_page and "<script>" not in pages["briefings/a.md"]
    assert tag_page.startswith("---\ntitle:")  # the theme takes the title from front matter
