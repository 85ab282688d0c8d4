import html as html_module

import markdown
from markupsafe import Markup
from mkdocs.utils.meta import get_data

from generator.analysis import analyse
from generator.knowledge import build_knowledge
from generator.records import Document, Outcome, Segment
from generator.render import iter_pages, render_pages

from ..conftest import make_doc

EVIL = "<script>alert(1)</script> und [x](javascript:alert(1))"


def _pages(fake):
    doc = Document(
        id="evil doc",
        source_path="evil doc.txt",
        format="txt",
        title=f"Titel {EVIL}",
        segments=(
            Segment("headline", f"Titel {EVIL}"),
            Segment("paragraph", f"Anna Gruber (45) sagte: „{EVIL} ist schlimm.“ Mehr {EVIL}."),
        ),
        language="de",
    )
    k = build_knowledge([doc], [analyse(doc, fake({"Anna Gruber": "PER", "Wien": "LOC"}))])
    return render_pages(k, [Outcome("evil doc.txt", "page"), Outcome("x.bin", "skipped", "binary <file>")])


def test_pages_one_by_one_are_the_pages(fake) -> None:
    doc = make_doc("d0", "Wien – Anna Gruber sagte am Montag in Wien etwas.")
    k = build_knowledge([doc], [analyse(doc, fake({"Anna Gruber": "PER", "Wien": "LOC"}))])
    outcomes = [Outcome("d0.txt", "page")]
    pages = iter_pages(k, outcomes)
    assert next(pages)[0] == "briefings/d0.md"  # made one at a time
    assert list(iter_pages(k, outcomes)) == list(render_pages(k, outcomes).items())


def test_pages_and_paths(fake) -> None:
    pages = _pages(fake)
    assert set(pages) >= {
        "briefings/evil-doc.md",
        "people/anna-gruber.md",
        "briefings/index.md",
        "people/index.md",
        "organisations/index.md",
        "places/index.md",
        "report.md",
    }
    assert "../briefings/evil-doc.md" in pages["people/anna-gruber.md"]
    assert "(../people/anna-gruber.md)" in pages["briefings/evil-doc.md"]


def _html(page: str) -> str:
    """The page as MkDocs renders it: front matter taken off first."""
    return markdown.markdown(get_data(page)[0], extensions=["tables", "attr_list"])


def test_no_source_text_becomes_html_or_link(fake) -> None:
    for path, page in _pages(fake).items():
        html = _html(page)
        assert "<script>alert" not in html and "alert(1)</script>" not in html, path
        assert 'href="javascript' not in html, path


def test_page_title_for_the_theme_survives_striptags(fake) -> None:
    """Material prints `page.meta.title` as HTML and, in other places, `page.title | striptags`,
    which unescapes entities: neither may give a tag."""
    pages = _pages(fake)
    for path in ("briefings/evil-doc.md", "people/anna-gruber.md"):
        title = get_data(pages[path])[1]["title"]
        assert "<" not in title and "<" not in Markup(title).striptags(), path
    title = get_data(pages["briefings/evil-doc.md"])[1]["title"]
    assert html_module.unescape(title) == f"Titel {EVIL}".replace("<", "\uff1c")


def test_report_lists_every_input_in_the_site_language(fake) -> None:
    report = _pages(fake)["report.md"]
    assert "evil doc.txt" in report and "x.bin" in report and "binary &lt;file&gt;" in report
    assert "| Seite | 1 Personen, Sprache de |" in report and "| übersprungen |" in report


def test_same_input_same_markdown(fake) -> None:
    assert _pages(fake) == _pages(fake)


def test_source_url_becomes_a_safe_link(fake) -> None:
    doc = make_doc("u", "Text hier.", url='https://example.org/a_b?q=<script>"x"(1)')
    k = build_knowledge([doc], [analyse(doc, fake({}))])
    html = _html(render_pages(k, [])["briefings/u.md"])
    assert 'href="https://example.org/a_b?q=%3Cscript%3E%22x%22%281%29"' in html
    doc = make_doc("j", "Text hier.", url="javascript:alert(1)")
    k = build_knowledge([doc], [analyse(doc, fake({}))])
    assert "javascript" not in render_pages(k, [])["briefings/j.md"]


def test_labels_are_complete_in_every_language() -> None:
    from generator.render.labels import LABELS

    assert LABELS["de"].keys() == LABELS["en"].keys()


def test_people_lines_count_other_briefings(fake) -> None:
    docs = [make_doc(f"d{i}", "Heute sprach Anna Gruber lange.") for i in range(3)]
    recognizer = fake({"Anna Gruber": "PER"})
    k = build_knowledge(docs, [analyse(d, recognizer) for d in docs])
    for language, words in (("de", "in 2 weiteren Briefings"), ("en", "in 2 more briefings")):
        assert words in render_pages(k, [], language)["briefings/d0.md"]


def _briefing_page(fake, *segments: Segment) -> str:
    doc = make_doc("kurz", *segments)
    k = build_knowledge([doc], [analyse(doc, fake({}))])
    return render_pages(k, [Outcome("kurz.txt", "page")])["briefings/kurz.md"]


BODY = [
    "Der Nationalrat hat am Mittwoch die Reform der Pensionen beschlossen.",
    "Die Opposition stimmte geschlossen gegen die Reform der Pensionen.",
    "Die Reform tritt im Jänner in Kraft und gilt für alle Jahrgänge.",
    "Die Regierung spricht von einem großen Schritt für die Pensionen.",
]


def test_a_summary_made_of_the_key_points_is_not_shown_twice(fake) -> None:
    page = _briefing_page(fake, *(Segment("paragraph", s) for s in BODY))
    assert "## Kernpunkte" in page
    assert "## Zusammenfassung" not in page


def test_the_summary_of_the_body_stands_beside_teaser_key_points(fake) -> None:
    teaser = [
        Segment("teaser", t) for t in ("Pensionsreform beschlossen.", "Opposition dagegen.", "Ab Jänner.")
    ]
    page = _briefing_page(fake, *teaser, *(Segment("paragraph", s) for s in BODY))
    assert "- Pensionsreform beschlossen." in page
    assert "## Zusammenfassung\n\nDer Nationalrat hat am Mittwoch" in page


def test_a_short_teaser_is_completed_and_the_summary_not_repeated(fake) -> None:
    page = _briefing_page(
        fake, Segment("teaser", "Pensionsreform beschlossen."), *(Segment("paragraph", s) for s in BODY)
    )
    assert (
        "*aus dem Vorspann, ergänzt aus dem Text*\n\n- Pensionsreform beschlossen.\n- Der Nationalrat" in page
    )
    assert "## Zusammenfassung" not in page


def test_quotes_take_the_quotation_marks_of_their_language(fake) -> None:
    de = make_doc("de", "Anna Gruber sagte: „Wir bleiben hier in Wien, das ist sicher.“", language="de")
    en = make_doc("en", 'Tony Blair said: "We will stay here in London, that is certain."', language="en")
    k = build_knowledge(
        [de, en], [analyse(d, fake({"Anna Gruber": "PER", "Tony Blair": "PER"})) for d in (de, en)]
    )
    pages = render_pages(k, [Outcome("de.txt", "page"), Outcome("en.txt", "page")])
    assert "> „Wir bleiben hier in Wien, das ist sicher.“ — [Anna Gruber]" in pages["briefings/de.md"]
    assert "> “We will stay here in London, that is certain.” — [Tony Blair]" in pages["briefings/en.md"]


def test_indexes_are_lettered_and_the_briefings_index_has_language_and_section(fake) -> None:
    docs = [make_doc("a", "Anna Gruber kam.", kicker="Politik"), make_doc("b", "Zoe Bauer und 3M.")]
    recognizer = fake({"Anna Gruber": "PER", "Zoe Bauer": "PER", "3M": "ORG"})
    k = build_knowledge(docs, [analyse(d, recognizer) for d in docs])
    pages = render_pages(k, [Outcome("a.txt", "page"), Outcome("b.txt", "page")])
    people = pages["people/index.md"]
    assert "[B](#b) · [G](#g)" in people and people.index("## B") < people.index("## G")
    assert people.index("Zoe Bauer") < people.index("Anna Gruber")  # by surname
    assert "## Andere" in pages["organisations/index.md"]
    assert "| Datum | Titel | Sprache | Rubrik | Personen |" in pages["briefings/index.md"]
    assert "| de | Politik | [Anna Gruber]" in pages["briefings/index.md"]


def test_mentions_roles_and_quotes_link_to_their_sentence_in_the_briefing(fake) -> None:
    doc = Document(
        id="d0",
        source_path="d0.txt",
        format="txt",
        title="Gruber in Wien",
        segments=(
            Segment("teaser", "Anna Gruber kam nach Wien."),
            Segment(
                "paragraph",
                "Es regnete. Die Bürgermeisterin Anna Gruber (45) sagte: „Wir bauen in diesem Jahr "
                "neue Wohnungen für alle Familien der Stadt.“",
            ),
        ),
        language="de",
    )
    analysis = analyse(doc, fake({"Anna Gruber": "PER", "Wien": "LOC"}))
    pages = render_pages(build_knowledge([doc], [analysis]), [Outcome("d0.txt", "page")])
    said = next(i for i, s in enumerate(analysis.sentences) if "Wir bauen" in s.text)
    briefing = markdown.markdown(pages["briefings/d0.md"])
    assert f'<span class="briefing-sentence" id="sentence-{said}">Die Bürgermeisterin' in briefing
    assert 'id="sentence-0"' not in briefing  # the teaser is shown as a key point, not in the text
    profile = pages["people/anna-gruber.md"]
    assert f"(../briefings/d0.md#sentence-{said})" in profile  # mention, role, age and quote
    assert "[im Text](../briefings/d0.md)" in profile  # the teaser's mention: the briefing
    assert f"[im Text](#sentence-{said})" in pages["briefings/d0.md"]  # the quote's own sentence


def test_a_link_across_a_sentence_edge_is_left_out() -> None:
    from generator.render.markup import with_links

    text = "Eins zwei. Drei vier."
    out = with_links(text, [(5, 9, "a.md"), (8, 13, "b.md")], [(0, 10, 0), (11, 21, 1)])
    assert out == (
        '<span class="briefing-sentence" id="sentence-0">Eins [zwei](a.md).</span> '
        '<span class="briefing-sentence" id="sentence-1">Drei vier.</span>'
    )


def test_a_profile_shows_the_sentences_of_its_latest_briefings_and_links_all(fake) -> None:
    from datetime import date

    from generator.render.profiles import MENTION_BRIEFINGS_MAX

    count = MENTION_BRIEFINGS_MAX + 2
    docs = [
        make_doc(f"d{i:02d}", f"In Wien sprach Anna Gruber über Thema {i}.", date=date(2020, 1, 1 + i))
        for i in range(count)
    ]
    docs.append(make_doc("undated", "In Wien sprach Anna Gruber ohne Datum."))
    recognizer = fake({"Anna Gruber": "PER", "Wien": "LOC"})
    k = build_knowledge(docs, [analyse(d, recognizer) for d in docs])
    pages = render_pages(k, [], "en")
    for page in (pages["people/anna-gruber.md"], pages["places/wien.md"]):
        mentions = page.split("## Mentions", 1)[1].split("\n## ", 1)[0]
        assert f"the {count + 1 - MENTION_BRIEFINGS_MAX} older ones are linked above" in mentions
        assert f"Thema {count - 1}" in mentions and f"Thema {count - MENTION_BRIEFINGS_MAX}" in mentions
        assert "Thema 1." not in mentions and "ohne Datum" not in mentions  # oldest, undated
        assert all(f"../briefings/d{i:02d}.md" in page for i in range(count))  # all still linked
        assert "../briefings/undated.md" in page

    few = render_pages(build_knowledge(docs[:3], [analyse(d, recognizer) for d in docs[:3]]), [], "en")
    assert "older ones" not in few["places/wien.md"] and "Thema 0" in few["places/wien.md"]
