from datetime import date
from pathlib import Path

from generator.records import CAPTION, HEADING, HEADLINE, PARAGRAPH, TEASER
from generator.sources import read_document
from generator.sources.article import split_credit, structure
from generator.sources.blocks import text_blocks

from ..conftest import SEED, write


def test_seed_structure() -> None:
    doc = read_document(SEED, SEED.parent)
    assert doc.kicker == "Politik"
    assert doc.title.startswith("Pakt zwischen Wladimir Putin und Kim Jong-un")
    assert doc.credits == ("picture alliance/dpa/Pool Sputnik Kremlin/AP | Gavriil Grigorov",)
    assert doc.teaser == [
        "Nordkoreanische Militärdelegation zu Besuch in Russland eingetroffen",
        "Wladimir Putin und Kim Jong Un vereinbarten im Juni engere militärische Zusammenarbeit",
        "Weitere Details zu Besuch der Nordkorea-Delegation unklar",
    ]
    kinds = [s.kind for s in doc.segments]
    assert kinds == [HEADLINE, CAPTION, TEASER, TEASER, TEASER, PARAGRAPH, PARAGRAPH, HEADING, PARAGRAPH]
    text = " ".join(s.text for s in doc.segments)
    for boilerplate in ("Artikel teilen", "Lesen Sie auch", "Ukraine-Krieg aktuell", "Bild:", "Grigorov"):
        assert boilerplate not in text
    assert "Lesen Sie auch:" in doc.removed


def test_a_weekday_and_day_date_a_document_only_with_a_year_it_names(tmp_path) -> None:
    # The seed says "Montag, 8. Juli" and names no year: 2024, 2019 and 2013 fit alike.
    doc = read_document(SEED, SEED.parent)
    assert doc.date is None and not doc.date_inferred
    text = SEED.read_text(encoding="utf-8").replace("Montag, 8. Juli", "Montag, 8. Juli 2024", 1)
    doc = read_document(write(tmp_path, "seed.txt", text), tmp_path)
    assert doc.date == date(2024, 7, 8) and doc.date_inferred
    url = "---\nurl: https://example.org/2019/07/08/a\n---\n" + SEED.read_text(encoding="utf-8")
    doc = read_document(write(tmp_path, "seed.md", url), tmp_path)
    assert doc.date == date(2019, 7, 8)


def test_credit_split() -> None:
    assert split_credit("Merkel in Berlin. Foto: APA/Hans Punz") == ("Merkel in Berlin.", "APA/Hans Punz")
    assert split_credit("Kein Nachweis hier.") == ("Kein Nachweis hier.", "")


def test_every_language_s_credit_labels_are_credits() -> None:
    assert split_credit("Flooding in York. Source: Environment Agency") == (
        "Flooding in York.",
        "Environment Agency",
    )
    assert split_credit("Die Route. GRAFIK: DER STANDARD") == ("Die Route.", "DER STANDARD")


def test_credit_is_found_after_the_last_sentence_end_only() -> None:
    # The search starts after the last "." (it had been quadratic on "© a © a … .").
    assert split_credit("© a " * 50 + ".") == ("© a " * 50 + ".", "")
    assert split_credit("Bild: x. Nachher © APA") == ("Bild: x. Nachher", "APA")
    assert split_credit("Foo.Bild: x") == ("Foo.Bild: x", "")
    assert split_credit("© a " * 3) == ("", "a © a © a")


def test_promo_line_with_inline_headline_is_removed() -> None:
    article = structure(
        text_blocks(
            "Titel der Seite\n\nErster Absatz mit Text.\n\n"
            "Mehr zum Thema: Ein anderer Artikel\n\nZweiter Absatz."
        )
    )
    assert [s.text for s in article.segments if s.kind == PARAGRAPH] == [
        "Erster Absatz mit Text.",
        "Zweiter Absatz.",
    ]


def test_plain_text_without_header(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Das ist ein einziger Absatz ohne Überschrift. Er hat zwei Sätze.", encoding="utf-8")
    doc = read_document(path, tmp_path)
    assert doc.title == "Das ist ein einziger Absatz ohne Überschrift"  # its first sentence
    assert [s.kind for s in doc.segments] == [PARAGRAPH]


def _kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in structure(text_blocks(text)).segments]


STANDFIRST = "Der Nationalrat beschließt die Reform – die Opposition kündigt Klage an."
BODY = "Wien – Der Nationalrat hat am Mittwoch die Reform beschlossen. Die Opposition stimmte dagegen."


def test_standfirst_paragraph_before_the_dateline_is_the_teaser() -> None:
    assert _kinds_and_texts(f"Reform beschlossen\n\n{STANDFIRST}\n\n{BODY}\n\nZweiter Absatz.") == [
        (HEADLINE, "Reform beschlossen"),
        (TEASER, STANDFIRST),
        (PARAGRAPH, BODY),
        (PARAGRAPH, "Zweiter Absatz."),
    ]


def test_standfirst_and_body_in_one_paragraph_are_split_at_the_dateline() -> None:
    assert _kinds_and_texts(f"Reform beschlossen\n\n{STANDFIRST} {BODY}") == [
        (HEADLINE, "Reform beschlossen"),
        (TEASER, STANDFIRST),
        (PARAGRAPH, BODY),
    ]


def test_no_standfirst_without_a_dateline_or_when_the_text_opens_with_it() -> None:
    for text in (f"Titel\n\n{STANDFIRST}\n\nDer Nationalrat hat die Reform beschlossen.", f"Titel\n\n{BODY}"):
        assert TEASER not in [kind for kind, _ in _kinds_and_texts(text)]


def test_teaser_bullets_win_over_a_standfirst() -> None:
    segments = _kinds_and_texts(f"Titel\n\n• Erster Punkt\n• Zweiter Punkt\n\n{STANDFIRST}\n\n{BODY}")
    assert [text for kind, text in segments if kind == TEASER] == ["Erster Punkt", "Zweiter Punkt"]


def test_a_long_opening_is_no_standfirst() -> None:
    opening = " ".join(["Ein langer Einstieg mit vielen Wörtern."] * 10)  # 60 words
    assert TEASER not in [kind for kind, _ in _kinds_and_texts(f"Titel\n\n{opening}\n\n{opening}\n\n{BODY}")]


def test_a_text_without_headline_is_titled_by_its_teaser_or_first_sentence(tmp_path: Path) -> None:
    teaser = "Die Regierung einigt sich auf ein Budget. Die Opposition kritisiert das."
    path = tmp_path / "de-0001.txt"
    path.write_text(f"{teaser} Wien – Die Regierung hat am Montag beraten.\n", encoding="utf-8")
    assert read_document(path, tmp_path).title == "Die Regierung einigt sich auf ein Budget"
    long = "Wien – " + " ".join(["Ein sehr langer erster Satz ohne jedes Ende"] * 5) + ". Zweiter Satz."
    path.write_text(long + "\n", encoding="utf-8")
    title = read_document(path, tmp_path).title
    assert title.startswith("Ein sehr langer") and title.endswith(" …") and len(title) <= 90


def test_a_title_cut_inside_a_quotation_closes_it(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    text = '"Wir brauchen keine Komitees. Wir brauchen Rückführung." (Strache). Wien – Text.\n'
    path.write_text(text, "utf-8")
    assert read_document(path, tmp_path).title == '"Wir brauchen keine Komitees"'
    quote = "Leitl: „Wer eine Arbeitszeitverkürzung will, riskiert, dass aus dem Tag der Arbeit ein Tag der"
    path.write_text(quote + " Arbeitslosen wird.“ Wien – Text.\n", "utf-8")
    title = read_document(path, tmp_path).title
    assert title.endswith(" …“") and title.count("„") == title.count("“") == 1


def test_a_promotion_of_another_article_goes_with_the_headline_after_it() -> None:
    for promotion in ("Siehe auch:", "Lesen Sie hier:", "More on this story:"):
        text = f"Reform beschlossen\n\n{BODY}\n\n{promotion}\n\nWas die Reform bringt\n\nZweiter Absatz."
        assert _kinds_and_texts(text) == [
            (HEADLINE, "Reform beschlossen"),
            (PARAGRAPH, BODY),
            (PARAGRAPH, "Zweiter Absatz."),
        ], promotion
