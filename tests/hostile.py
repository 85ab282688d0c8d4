"""A hostile corpus: synthetic source documents written to break the briefing-site generator.

Everything is generated here at test time; nothing is downloaded and no real article is copied.
The classes of input, and what each one is for:

* NORMAL - ordinary German (dateline "Berlin – ") and English articles, so that person,
  organisation and place pages exist and hostile text sits next to real links.
* TITLES - a script through a page title: ``</title><script>alert(N)</script>`` as a .txt
  headline, a .md ``title:``, an HTML <title>, a PDF /Title and an entities.yml ``rename``, and the
  same as entities (``&lt;/title&gt;``, ``&#60;script&#62;``), which the theme's ``striptags``
  turns back into tags. Numbers 1-9 in ``alert(N)`` name the place (see ``origin``).
* PAYLOADS - OWASP filter-evasion style payloads (``PAYLOADS``) in body text, headlines, kickers,
  captions, teasers, quotes, names, front-matter fields, HTML attributes and meta tags, PDF
  metadata and entities.yml; plus Markdown and template syntax that must stay text (links,
  autolinks, attribute lists, ``{{7*7}}``, ``{% raw %}``, ``--8<--``, ``!`` before a linked
  name, ``~``/``^``, STX/ETX placeholders at a line start). ``alert(N)``: N = format base + index.
* NAMES - file names and slugs: a newline in a file name (forges a report line), HTML and
  Markdown in file names, ``index``/``Index`` (the section index pages), ``report``, ``graph``,
  ``timeline``, a hidden file, and a person renamed to "Index" (the people index).
* BROKEN - inputs that must end in a report line with a reason, never a crash: empty, binary,
  unsupported, UTF-16 with an odd trailing byte, cp1252, UTF-8 with a stray byte, truncated and
  text-less PDFs, invalid YAML, a YAML alias bomb, a caption that makes a naive regex quadratic,
  a 300 KB paragraph without a blank line.
* LARGE - ``write_large_document``: about 2 MB of varied synthetic news sentences; only for tests
  marked ``slow``.
"""

from __future__ import annotations

import codecs
import html
import itertools
import random
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import yaml

# "{n}" becomes the payload's number; str.replace, not str.format: payloads are full of braces.
PAYLOADS: tuple[str, ...] = (
    "<script>alert({n})</script>",
    "<img src=x onerror=alert({n})>",
    "<svg onload=alert({n})>",
    '<iframe src="javascript:alert({n})"></iframe>',
    '"><script>alert({n})</script>',
    "'-alert({n})-'",
    '<a href="jav&#x09;ascript:alert({n})">Klick</a>',
    "[x](javascript:alert({n}))",
    "<javascript:alert({n})>",
    "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<data:text/html,<script>alert({n})</script>>",
    '![x](x" onerror="alert({n}))',
    "<details open ontoggle=alert({n})>",
    '<object data="javascript:alert({n})"></object>',
    '<embed src="javascript:alert({n})">',
    "&lt;script&gt;alert({n})&lt;/script&gt;",
    "&#60;script&#62;alert({n})&#60;/script&#62;",
    "\\<script>alert({n})\\</script>",
    "`<script>alert({n})</script>`",
    '{: onclick="alert({n})" }',
    "{{7*7}} {{ config.site_name }}",
    "{% raw %}{{ alert({n}) }}{% endraw %}",
    '--8<-- "mkdocs.yml"',
    "*[HTML]: <img src=x onerror=alert({n})>",
    "[^x]: <svg onload=alert({n})>",
    '!!! note "<img src=x onerror=alert({n})>"',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert({n})>",
    "<!--<img src=x onerror=alert({n})>-->",
    "~~weg~~ ~tief~ ^hoch^ ==mark== ++ins++ H~2~O x^2^",
    "[ref]: javascript:alert({n})",
    '<https://example.org/" onmouseover="alert({n})>',
    "&#106;avascript:alert({n})",
    '<a href=" JaVaScRiPt:alert({n})">y</a>',
    '<base href="javascript:alert({n})//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert({n})">',
    '<input autofocus onfocus="alert({n})">',
    '<form action="javascript:alert({n})"><button>z</button></form>',
    "javascript:alert({n})",
    "</textarea></style></script><svg/onload=alert({n})>",
    ":material-alert: :fontawesome-solid-bomb:",
)
FORMATS = {100: "payloads.txt", 200: "payloads-md.md", 300: "payloads-html.html", 400: "payloads-pdf.pdf"}
FORMATS |= {500: "entities.yml", 600: "file names", 700: "url-quote.md"}
TITLES = {
    1: "title-script.txt headline",
    2: "title-script-md.md title:",
    3: "title-script-html.html <title>",
    4: "title-script-pdf.pdf /Title",
    5: "entities.yml rename of Olaf Scholz",
    6: "title-entities.txt headline (&lt; entities)",
    7: "title-numeric.md title: (&#60; entities)",
    8: "title-entities-html.html <title> (double-encoded)",
    9: "title-entities-pdf.pdf /Title (&lt; entities)",
}
TITLE = "</title><script>alert({n})</script>"
TITLE_ENTITIES = "&lt;/title&gt;&lt;script&gt;alert({n})&lt;/script&gt;"
TITLE_NUMERIC = "&#60;/title&#62;&#60;script&#62;alert({n})&#60;/script&#62;"

BOMB_DEPTH = 6  # 9**6 "lol"s (~3.7 MB) expanded; a real 9 levels would take the test machine down
CAPTION_REPEAT = 16_000  # '© a ' repeated: quadratic in a regex that retries at every '©'
HUGE_PARAGRAPH = 300_000  # characters, one paragraph
LARGE_DOCUMENT = "large-2mb-news.txt"


def payload(index: int, n: int) -> str:
    return PAYLOADS[index].replace("{n}", str(n))


def payloads(base: int) -> list[str]:
    return [payload(i, base + i) for i in range(len(PAYLOADS))]


def origin(code: int | str) -> str:
    """Where the payload alert(code) was put, for failure messages."""
    try:
        n = int(str(code).strip())
    except ValueError:
        return f"unknown payload {code!r}"
    if n in TITLES:
        return TITLES[n]
    base = n - n % 100
    if base in FORMATS and n % 100 < len(PAYLOADS):
        return f"{FORMATS[base]}, PAYLOADS[{n % 100}] = {PAYLOADS[n % 100]!r}"
    return f"{FORMATS.get(base, 'unknown file')}, payload {n}"


# --- synthetic news sentences -------------------------------------------------------------------

DE_PEOPLE = ("Olaf Scholz", "Annalena Baerbock", "Friedrich Merz", "Jana Becker", "Tobias Wagner")
EN_PEOPLE = ("Keir Starmer", "Rachel Reeves", "Emily Carter", "James Whitfield", "Olaf Scholz")
DE_ORGS = ("Bundestag", "Deutsche Bahn", "Siemens", "Europäische Kommission", "Bundesbank")
EN_ORGS = ("Bank of England", "Reuters", "European Commission", "Rolls-Royce", "Network Rail")
DE_PLACES = ("Berlin", "München", "Hamburg", "Wien", "Köln")
EN_PLACES = ("London", "Manchester", "Paris", "Brussels", "Leeds")
DE_TOPICS = ("den Haushalt", "die Energiewende", "die Bahnreform", "die Rente", "den Wohnungsbau")
EN_TOPICS = ("the budget", "rail services", "energy prices", "the pension reform", "housing")
DE_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
DE_TEMPLATES = (
    "{p} sagte am {d} in {c}, {o} müsse die Pläne für {t} überarbeiten.",
    "Nach Angaben von {p} will {o} im Herbst über {t} entscheiden.",
    "In {c} trafen sich {p} und {q}, um über {t} zu sprechen.",
    "„Wir brauchen mehr Tempo“, sagte {p} am {d} in {c}.",
    "{o} teilte mit, {t} koste in diesem Jahr {n} Millionen Euro.",
    "{q} widersprach {p} und nannte die Zahlen für {t} zu optimistisch.",
)
EN_TEMPLATES = (
    "{p} said on {d} in {c} that {o} would review its plans for {t}.",
    "According to {p}, {o} will decide on {t} in the autumn.",
    "{p} and {q} met in {c} to discuss {t}.",
    '"We need faster progress," {p} told reporters in {c} on {d}.',
    "{o} said {t} would cost {n} million pounds this year.",
    "{q} disagreed with {p} and called the figures for {t} too optimistic.",
)


def sentences(rng: random.Random, language: str) -> Callable[[], str]:
    """A source of varied news sentences with names, organisations and places."""
    de = language == "de"
    people, orgs = (DE_PEOPLE, DE_ORGS) if de else (EN_PEOPLE, EN_ORGS)
    places, topics, days = (DE_PLACES, DE_TOPICS, DE_DAYS) if de else (EN_PLACES, EN_TOPICS, EN_DAYS)
    templates = DE_TEMPLATES if de else EN_TEMPLATES

    def sentence() -> str:
        p, q = rng.sample(people, 2)
        return rng.choice(templates).format(
            p=p, q=q, o=rng.choice(orgs), c=rng.choice(places), t=rng.choice(topics),
            d=rng.choice(days), n=rng.randint(2, 900),
        )  # fmt: skip

    return sentence


def text_of(size: int, seed: int, language: str = "de", paragraph: int = 0) -> str:
    """About ``size`` characters of sentences; a blank line every ``paragraph`` sentences (0: never)."""
    rng = random.Random(seed)
    make = {lang: sentences(rng, lang) for lang in ("de", "en")}
    parts: list[str] = []
    length = count = 0
    while length < size:
        lang = language if language != "mixed" else ("de", "en")[(count // 7) % 2]
        parts.append(make[lang]())
        count += 1
        if paragraph and count % paragraph == 0:
            parts[-1] += "\n"
        length += len(parts[-1]) + 1
    return " ".join(parts).replace("\n ", "\n\n")


# --- normal articles ----------------------------------------------------------------------------

BERLIN = """Politik

Koalition streitet über den Haushalt

Bild: Der Reichstag am Morgen. Foto: Beispielagentur

Berlin – Bundeskanzler Olaf Scholz (SPD) hat am Montag im Bundestag für den Haushalt geworben.
Außenministerin Annalena Baerbock (Grüne) unterstützte ihn, CDU-Chef Friedrich Merz kritisierte
die Pläne als unsolide. Die Abgeordnete Heike Index (CDU) sagte in Berlin, die Zahlen seien
geschönt.

„Wir halten Kurs“, sagte Scholz. Frau Index sagte, die Union werde einen eigenen Entwurf vorlegen.
Merz kündigte an, am Dienstag in München mit Vertretern von Siemens zu sprechen.

Baerbock reist am Mittwoch nach Wien. Dort trifft sie Vertreter der Europäischen Kommission.
"""

WIEN = """Wirtschaft

Bahnreform verzögert sich

Wien – Verkehrsministerin Jana Becker hat am Donnerstag in Wien eine Verzögerung der Bahnreform
eingeräumt. Tobias Wagner, Chef der Österreichischen Bundesbahnen, sagte, die Finanzierung sei
noch nicht gesichert.

Becker sagte, Olaf Scholz habe bei einem Telefonat Unterstützung zugesagt. Wagner rechnet mit
Kosten von 400 Millionen Euro. Die Gewerkschaft kündigte Proteste in Graz und Linz an.
"""

LONDON = """Business

Starmer and Reeves defend the budget

London – Prime Minister Keir Starmer defended the budget in London on Tuesday. Chancellor Rachel
Reeves said the Bank of England expected inflation to fall. German Chancellor Olaf Scholz, who met
Starmer last week, praised the plan.

"We are fixing the foundations," Starmer told reporters. Emily Carter, an economist at Reuters,
said the figures looked credible. Reeves will travel to Manchester on Friday.
"""


# --- formats: PDF by hand, HTML, Markdown front matter --------------------------------------------


def _pdf_literal(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf_text_string(text: str) -> bytes:
    """A PDF text string in UTF-16BE hex: any character, no escaping questions."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def pdf(title: str, lines: Sequence[str], author: str = "", subject: str = "") -> bytes:
    """A minimal valid one-page PDF: Helvetica text layer (one line per entry) and an Info dict."""
    text = b"".join(_pdf_literal(line) + b" Tj T*\n" for line in lines)
    stream = b"BT /F1 10 Tf 12 TL 40 800 Td\n" + text + b"ET"
    info = b"<< /Title " + _pdf_text_string(title)
    if author:
        info += b" /Author " + _pdf_text_string(author)
    if subject:
        info += b" /Subject " + _pdf_text_string(subject) + b" /Keywords " + _pdf_text_string(subject)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        info + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    size = len(objects) + 1
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def html_page(title: str, paragraphs: Sequence[str], head: str = "", lang: str = "de") -> str:
    """An article page for trafilatura; ``title`` and ``paragraphs`` are HTML already."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
        f"</head>\n<body><header><nav><a href='/'>Start</a></nav></header>\n<main><article>"
        f"<h1>{title}</h1>\n{body}\n</article></main><footer>Impressum</footer></body></html>\n"
    )


def markdown(meta: Mapping[str, object], body: str) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body


def _sentence(p: str) -> str:
    return f"Olaf Scholz sagte in Berlin, der Ausdruck {p} sei gefährlich."


# --- the corpus ---------------------------------------------------------------------------------


def _titles() -> dict[str, str | bytes]:
    body = "Berlin – Olaf Scholz (SPD) sprach am Montag in Berlin über den Haushalt. " + text_of(600, 1)
    lines = ["Berlin - Olaf Scholz (SPD) sprach am Montag in Berlin.", *text_of(500, 2).split(". ")]
    return {
        "title-script.txt": f"Politik\n\n{TITLE.replace('{n}', '1')}\n\n{body}\n",
        "title-script-md.md": markdown({"title": TITLE.replace("{n}", "2"), "language": "de"}, body),
        "title-script-html.html": html_page(html.escape(TITLE.replace("{n}", "3")), [body, text_of(800, 3)]),
        "title-script-pdf.pdf": pdf(TITLE.replace("{n}", "4"), lines),
        "title-entities.txt": f"Politik\n\n{TITLE_ENTITIES.replace('{n}', '6')}\n\n{body}\n",
        "title-numeric.md": markdown({"title": TITLE_NUMERIC.replace("{n}", "7")}, body),
        "title-entities-html.html": html_page(
            html.escape(TITLE_ENTITIES.replace("{n}", "8")), [body, text_of(800, 4)]
        ),
        "title-entities-pdf.pdf": pdf(TITLE_ENTITIES.replace("{n}", "9"), lines),
    }


def _payload_txt() -> str:
    p = payloads(100)
    head = f"{p[2]}\n\n{p[4]}\n\n{p[1]} Foto: {p[5]}\n\n" + "".join(f"• {x}\n" for x in p[3:8])
    body = [
        "Berlin – Olaf Scholz (SPD) warnte am Montag im Bundestag vor Angriffen auf Webseiten. "
        + text_of(1200, 5),
        *(_sentence(x) for x in p),
        f"„{p[1]}“, sagte Olaf Scholz. „{p[0]}“, sagte Annalena Baerbock.",
        "Ein Name mit Ausrufezeichen: !Olaf Scholz und ![Olaf Scholz](javascript:alert(190)) "
        "und [Olaf Scholz](javascript:alert(191)) und Olaf Scholz{: onclick=alert(192) }.",
        "Preise stiegen um ~5 % auf 2^10 Euro; ~~durchgestrichen~~ und ^^hoch^^.",
        "\x02# Überschrift aus Steuerzeichen\n\x03- Punkt aus Steuerzeichen\n\x02wzxhzdk:0\x03 Ende.",
        "# Eine Zeile mit Raute\n- eine mit Strich\n1. eine mit Zahl\n> ein Zitat\n| a | b |",
        text_of(600, 6),
    ]
    return head + "\n" + "\n\n".join(body) + "\n"


def _payload_md() -> str:
    p = payloads(200)
    meta: dict[str, object] = {
        "title": f"Angriff {p[4]} {p[2]}",
        "date": p[0],
        "source": p[1],
        "url": p[37],
        "language": "de",
        "kicker": p[12],
        "tags": [p[2], p[7], p[20], p[22], p[5]],
        "teaser": [p[3], p[5], p[30]],
    }
    body = "\n\n".join(
        [
            "Berlin – Olaf Scholz (SPD) warnte am Montag im Bundestag vor Angriffen. " + text_of(1000, 7),
            *(_sentence(x) for x in p),
            *p,  # as Markdown source, each its own paragraph
            "\x02# Steuerzeichen-Überschrift\n\n\x03- Steuerzeichen-Punkt\n\n\x02wzxhzdk:0\x03",
            "Ein Name: !Olaf Scholz, [Olaf Scholz](javascript:alert(290)), <javascript:alert(291)>.",
            text_of(600, 8),
        ]
    )
    return markdown(meta, body + "\n")


def _url_quote_md() -> str:
    meta = {
        "title": "Ein Anführungszeichen in der Adresse",
        "date": "2024-07-10'><script>alert(701)</script>",
        "source": 'O\'Reilly "Media" <b onmouseover=alert(702)>',
        "url": "https://example.org/it's'onmouseover='alert(703)'\"><script>alert(704)</script>",
        "tags": "javascript:alert(705)",
        "description": "'-alert(706)-' \"><img src=x onerror=alert(707)> und Olaf Scholz in Berlin.",
    }
    return markdown(meta, "Berlin – Olaf Scholz sprach am Montag in Berlin. " + text_of(800, 9) + "\n")


def _payload_html() -> str:
    p = payloads(300)
    head = (
        f'<meta name="description" content="{html.escape(p[1])} Olaf Scholz warnt in Berlin vor Angriffen.">'
        f'<meta property="og:site_name" content="{html.escape(p[2])}">'
        f'<meta property="og:url" content="javascript:alert(390)">'
        f'<link rel="canonical" href="javascript:alert(391)">'
        f'<meta name="keywords" content="{html.escape(p[0])}, {html.escape(p[37])}">'
        f'<meta name="author" content="{html.escape(p[4])}">'
        f'<meta name="date" content="{html.escape(p[0])}">'
        "<script>alert(392)</script>"
    )
    paragraphs = [
        "Berlin – Olaf Scholz (SPD) warnte am Montag im Bundestag vor Angriffen auf Webseiten. "
        + text_of(1200, 10),
        *(html.escape(_sentence(x)) for x in p),  # the payloads as text
        *(f"Olaf Scholz nannte {x} einen Test in Berlin." for x in p[:15]),  # and as markup
        '<a href="jav&#x09;ascript:alert(393)" onclick="alert(394)">Annalena Baerbock</a> sprach in Wien.',
        text_of(800, 11),
    ]
    return html_page(html.escape(f"Angriff {p[4]}"), paragraphs, head)


def _payload_pdf() -> bytes:
    p = payloads(400)
    lines = [
        "Berlin - Olaf Scholz (SPD) warnte am Montag im Bundestag vor Angriffen.",
        *text_of(600, 12).split(". "),
        *(_sentence(x) for x in p),
        "!Olaf Scholz und [Olaf Scholz](javascript:alert(490)) sprachen.",
    ]
    return pdf(f"Angriff {p[4]} {p[2]}", lines, author=p[1], subject=p[0])


def _names() -> dict[str, str | bytes]:
    plain = "Olaf Scholz sprach am Montag in Berlin über den Haushalt. " + text_of(500, 13) + "\n"
    return {
        "fake\nreport page.txt": "Politik\n\nEin Zeilenumbruch im Dateinamen\n\n" + plain,
        "<img src=x onerror=alert(601)>.txt": plain,
        "a|b [x](javascript:alert(602)) ~^.md": plain,
        "index.txt": "Politik\n\nEine Datei namens index\n\nBerlin – " + plain,
        "Index.md": markdown({"title": "Index"}, plain),
        "report.txt": "Politik\n\nEine Datei namens report\n\n" + plain,
        "graph.md": markdown({"title": "graph"}, plain),
        "timeline.html": html_page("timeline", [plain, text_of(800, 14)]),
        ".hidden.txt": plain,
    }


def _bomb() -> str:
    """Billion laughs in front matter, under 1 KB; BOMB_DEPTH levels of nine references."""
    letters = "abcdefghi"[:BOMB_DEPTH]
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, cur in itertools.pairwise(letters):
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    last = letters[-1]
    meta = "\n".join(lines) + f"\ntitle: *{last}\ntags: *{last}\nsource: *{last}\n"
    return f"---\n{meta}---\nBerlin – Olaf Scholz sprach am Montag über den Haushalt. Bombe im Kopf.\n"


def _broken() -> dict[str, str | bytes]:
    utf16 = "Berlin – Olaf Scholz sprach am Montag in Berlin. " + text_of(400, 15)
    legacy = (
        "Paris – Hélène Dupont und Juan Cañete trafen sich am Montag in Paris. Hélène Dupont sagte, "
        "die Gespräche über den Haushalt seien gut verlaufen. Cañete stimmte zu: „Ça va.“ "
    )
    stray = "Berlin – Im Café Einstein trafen sich Olaf Scholz und Jana Becker am Montag. "
    good = pdf("Ein Bericht", ["Berlin - Olaf Scholz sprach am Montag.", *text_of(400, 16).split(". ")])
    caption = f"Der Marktplatz am Morgen. {'© a ' * CAPTION_REPEAT}."
    return {
        "empty.txt": b"",
        "blank.md": b"  \n\t\n",
        "binary.txt": bytes(range(256)) * 16,
        "unsupported.docx": b"PK\x03\x04" + bytes(100),
        "no-extension": "Olaf Scholz sprach am Montag in Berlin.\n",
        "utf16-odd.txt": codecs.BOM_UTF16_LE + utf16.encode("utf-16-le") + b"A",
        "cp1252.txt": ("Politik\n\nTreffen in Paris\n\n" + legacy + text_of(300, 17)).encode("cp1252"),
        "utf8-stray.txt": (stray + text_of(300, 18)).encode("utf-8").replace(b"Olaf", b"Ol\xffaf", 1),
        "truncated.pdf": good[: len(good) * 2 // 3],
        "scan.pdf": pdf("Nur ein Bild", []),
        "bad-yaml.md": "---\ntitle: [unclosed\ndate: : :\n  - x\n---\nOlaf Scholz sprach in Berlin.\n",
        "yaml-bomb.md": _bomb(),
        "caption-redos.txt": f"Politik\n\nEin langer Bildtext\n\n{caption}\n\nBerlin – {text_of(600, 19)}\n",
        "huge-paragraph.txt": f"Politik\n\nEin Absatz ohne Ende\n\nBerlin – {text_of(HUGE_PARAGRAPH, 20)}\n",
    }


def corpus() -> dict[str, str | bytes]:
    """File name -> content of every hostile file (LARGE excluded)."""
    files: dict[str, str | bytes] = {
        "berlin-haushalt.txt": BERLIN,
        "wien-bahn.txt": WIEN,
        "london-budget.txt": LONDON,
    }
    files |= _titles()
    files["payloads.txt"] = _payload_txt()
    files["payloads-md.md"] = _payload_md()
    files["payloads-html.html"] = _payload_html()
    files["payloads-pdf.pdf"] = _payload_pdf()
    files["url-quote.md"] = _url_quote_md()
    files |= _names()
    files |= _broken()
    return files


def _write(path: Path, content: str | bytes) -> None:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def write_hostile_corpus(folder: Path) -> list[str]:
    """Write the corpus into ``folder``; the names written (a name the file system refuses, such
    as one with a newline on some systems, is left out)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in corpus().items():
        try:
            _write(folder / name, content)
        except OSError:
            continue
        written.append(name)
    return sorted(written)


def write_hostile_entities(path: Path) -> Path:
    """entities.yml with payloads in every field it has; every name occurs in the corpus (a name
    that matches nobody is a warning, which a strict build turns into a failure) and every link is
    http(s) (anything else is refused, which stops the build as documented)."""
    p = payloads(500)
    people = [
        {
            "name": "Olaf Scholz",
            "rename": TITLE.replace("{n}", "5"),
            "description": f"{p[1]} {p[7]} {p[20]} {p[22]}",
            "links": [  # http(s), no spaces: anything else stops the build
                {"title": p[2], "url": "https://example.org/it's\"><script>alert(590)</script>"},
                {"title": p[5], "url": "https://example.org/x)[y](javascript:alert(591))"},
                {"title": p[7], "url": "https://example.org/x'onmouseover='alert(592)'"},
            ],
        },
        {"name": "Heike Index", "rename": "Index"},
        {"name": "Keir Starmer", "rename": TITLE_ENTITIES.replace("{n}", "593")},
        {"name": "Annalena Baerbock", "rename": "![x](javascript:alert(594))"},
        {"name": "Friedrich Merz", "split": [{"documents": ["berlin-haushalt"], "into": p[4]}]},
        {"name": "Rachel Reeves", "rename": p[11], "description": p[26]},
    ]
    path.write_text(yaml.safe_dump({"people": people}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def write_large_document(folder: Path, size: int = 2_000_000) -> str:
    """About ``size`` bytes of German and English news paragraphs in one .txt file; its name."""
    folder.mkdir(parents=True, exist_ok=True)
    text = "Politik\n\nEin sehr langer Bericht\n\nBerlin – " + text_of(size, 99, "mixed", paragraph=6) + "\n"
    (folder / LARGE_DOCUMENT).write_text(text, encoding="utf-8")
    return LARGE_DOCUMENT
