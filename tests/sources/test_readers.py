from pathlib import Path

import pytest

from generator.sources import discover, read_document
from generator.sources.errors import SourceError

from ..conftest import write
from ..hostile import pdf


def _pdf(text: str) -> bytes:
    """A minimal one-page PDF with a text layer (empty: no text layer)."""
    return pdf("", [text] if text else [])


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\ntitle: Gipfel in Wien\ndate: 2024-03-05\nsource: APA\n"
        "url: https://example.org/a\nlanguage: de\ntags: [Politik, EU]\n---\n\n"
        "# Zwischentitel\n\nErster Absatz mit *Betonung* und [Link](https://x.org).\n",
    )
    doc = read_document(path, tmp_path)
    assert (doc.title, doc.source, doc.url, doc.language, doc.tags) == (
        "Gipfel in Wien",
        "APA",
        "https://example.org/a",
        "de",
        ("Politik", "EU"),
    )
    assert doc.date is not None and doc.date.isoformat() == "2024-03-05" and not doc.date_inferred
    assert [s.text for s in doc.segments][-1] == "Erster Absatz mit Betonung und Link."


def test_markdown_bad_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: [unclosed\n---\nText.\n")
    with pytest.raises(SourceError, match="front matter"):
        read_document(path, tmp_path)


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    body = " ".join(["Die Regierung in Wien hat am Dienstag ein neues Gesetz beschlossen."] * 4)
    html = (
        f"<html><head><title>Neues Gesetz | Zeitung</title>"
        f"<meta property='og:title' content='Neues Gesetz beschlossen'>"
        f"<meta name='date' content='2023-11-02'></head><body><nav>Menü Startseite Impressum</nav>"
        f"<article><h1>Neues Gesetz beschlossen</h1><p>{body}</p><p>{body}</p></article>"
        f"<footer>Cookie-Einstellungen</footer></body></html>"
    )
    doc = read_document(write(tmp_path, "g.html", html), tmp_path)
    assert doc.title == "Neues Gesetz beschlossen"
    assert doc.date is not None and doc.date.isoformat() == "2023-11-02"
    text = " ".join(s.text for s in doc.segments)
    assert "Die Regierung in Wien" in text and "Cookie" not in text and "Impressum" not in text


def test_pdf_text_layer(tmp_path: Path) -> None:
    doc = read_document(
        write(tmp_path, "r.pdf", _pdf("Der Bericht nennt Anna Schmidt als Autorin.")), tmp_path
    )
    assert "Anna Schmidt" in " ".join(s.text for s in doc.segments)


def test_pdf_without_text(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no text layer"):
        read_document(write(tmp_path, "scan.pdf", _pdf("")), tmp_path)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blob.txt", bytes(range(256)) * 8, "binary"),
        ("table.xlsx", b"PK\x03\x04", "unsupported format"),
        (".hidden.txt", b"text", "hidden"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        read_document(write(tmp_path, name, content), tmp_path)


def test_discover_is_sorted_and_recursive(tmp_path: Path) -> None:
    for name in ("b.txt", "a/c.md", "a.txt"):
        write(tmp_path, name, "x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == ["a/c.md", "a.txt", "b.txt"]


@pytest.mark.parametrize(
    "value, code",
    [
        ("de", "de"),
        ("de-AT", "de"),
        ("en_GB", "en"),
        ("German", "de"),
        ("Englisch", "en"),
        ("Französisch", "fr"),  # CLDR's names of languages, in each language's locales
        ("Spanish", "es"),
        ("klingonisch", ""),
        (None, ""),
    ],
)
def test_declared_language_codes(value: object, code: str) -> None:
    from generator.sources import language_code

    assert language_code(value) == code


@pytest.mark.parametrize(
    ("front_matter", "teaser"),
    [
        ("teaser: Die Reform kommt, die Opposition klagt.", ["Die Reform kommt, die Opposition klagt."]),
        ("standfirst: [Reform kommt, Opposition klagt]", ["Reform kommt", "Opposition klagt"]),
        ("summary: Die Reform kommt.\ndescription: Nicht diese.", ["Die Reform kommt."]),
        ("teaser: ''\ndescription: Die Reform kommt.", ["Die Reform kommt."]),
        ("title: Ohne Vorspann", []),
    ],
)
def test_markdown_standfirst_from_front_matter(tmp_path: Path, front_matter: str, teaser: list[str]) -> None:
    path = write(
        tmp_path, "a.md", f"---\n{front_matter}\n---\n\nDer Nationalrat hat die Reform beschlossen.\n"
    )
    doc = read_document(path, tmp_path)
    assert doc.teaser == teaser
    assert doc.segments[-1].text == "Der Nationalrat hat die Reform beschlossen."


def test_teaser_bullets_in_the_text_win_over_the_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\nteaser: Aus dem Kopf.\n---\n\n- Punkt eins\n- Punkt zwei\n\nText folgt hier.\n",
    )
    assert read_document(path, tmp_path).teaser == ["Punkt eins", "Punkt zwei"]


def _html(description: str) -> str:
    first = "Die Regierung in Wien hat am Dienstag ein neues Gesetz zum Mieterschutz beschlossen."
    rest = " ".join(["Vermieter müssen Erhöhungen künftig früher ankündigen, sagt die Ministerin."] * 4)
    return (
        f"<html><head><title>Neues Gesetz</title><meta name='description' content='{description}'>"
        f"</head><body><article><h1>Neues Gesetz</h1><p>{first} {rest}</p><p>{rest}</p></article>"
        f"</body></html>"
    )


@pytest.mark.parametrize(
    ("description", "used"),
    [
        ("Mieterschutz: Vermieter müssen Erhöhungen früher ankündigen, beschließt die Regierung.", True),
        ("Die Regierung in Wien hat am Dienstag ein neues Gesetz zum Mieterschutz beschlossen.", False),
        ("Mieterschutz: Vermieter müssen Erhöhungen früher ankündigen, beschließt …", False),
        ("Nachrichten, Sport und Wetter aus aller Welt rund um die Uhr.", False),
        ("Kurz und knapp.", False),
    ],
)
def test_html_meta_description_is_the_standfirst_only_when_it_is_one(
    tmp_path: Path, description: str, used: bool
) -> None:
    doc = read_document(write(tmp_path, "g.html", _html(description)), tmp_path)
    assert doc.teaser == ([description] if used else [])


def test_yaml_aliases_in_front_matter_are_refused(tmp_path: Path) -> None:
    """A "billion laughs" of a few hundred bytes had expanded into a 722-million-character title."""
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"{c}: &{c} [{','.join(['*' + p] * 9)}]" for p, c in zip("abcdefg", "bcdefgh", strict=True)]
    path = write(tmp_path, "bomb.md", "---\n" + "\n".join(levels) + "\ntitle: *h\n---\n\nText hier.\n")
    with pytest.raises(SourceError, match="aliases"):
        read_document(path, tmp_path)


def test_control_characters_leave_text_and_metadata(tmp_path: Path) -> None:
    body = "Ein Absatz, der lang genug ist, damit zwei Steuerzeichen nicht binär aussehen. " * 4
    text = f'---\ntitle: "Ti\\x02tel"\nsource: "A\\x03PA"\n---\n\n{body}\n\n\x02# kein Titel\x03 hier.\n'
    doc = read_document(write(tmp_path, "c.md", text), tmp_path)
    assert (doc.title, doc.source) == ("Titel", "APA")
    assert [s.text for s in doc.segments][-1] == "kein Titel hier."  # a Markdown heading now
    doc = read_document(write(tmp_path, "c.txt", text.split("---")[-1]), tmp_path)
    assert [s.text for s in doc.segments][-1] == "# kein Titel hier."


def test_html_title_with_entity_text_is_decoded_once(tmp_path: Path) -> None:
    body = " ".join(["Die Regierung in Wien hat am Dienstag ein neues Gesetz beschlossen."] * 4)
    page = f"<html><head><title>Kurs &amp;lt;b&amp;gt; steigt</title></head><body><p>{body}</p></body></html>"
    assert read_document(write(tmp_path, "t.html", page), tmp_path).title == "Kurs &lt;b&gt; steigt"


def test_picture_links_of_embedded_tweets_are_dropped() -> None:
    from generator.sources.blocks import text_blocks

    (block,) = text_blocks(
        "FPÖ begrüßt Kinder in Erdberg. pic.twitter.com/lmceQwMbYP Neben Strache klagt auch er."
    )
    assert block.text == "FPÖ begrüßt Kinder in Erdberg. Neben Strache klagt auch er."
