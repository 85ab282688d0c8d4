"""The timeline page: briefings by document date, and the dated events their sentences mention
(`analysis.events`), each quoting its sentence and linking to its briefing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..lang import month_name
from .escape import Markdown, escape, link, quoted
from .labels import LABELS

if TYPE_CHECKING:
    from .pages import Renderer

PATH = "timeline.md"
WORDS = {
    "de": {
        "title": "Chronik",
        "published": "Briefing",
        "undated": "Ohne Datum",
        "intro": "Briefings nach ihrem Datum und die Ereignisse, die ihr Text datiert "
        "(relative Angaben wie „am vergangenen Montag“ vom Datum des Briefings aus).",
    },
    "en": {
        "title": "Timeline",
        "published": "Briefing",
        "undated": "Undated",
        "intro": "Briefings by date, and the events their text dates (relative expressions "
        "such as “last Tuesday” counted from the briefing's date).",
    },
}


def timeline_pages(r: Renderer) -> dict[str, str]:
    language = "de" if r.L is LABELS["de"] else "en"
    words = WORDS[language]
    entries: list[tuple[tuple[date, int, str], Markdown]] = []
    undated: list[Markdown] = []
    for b in r.k.briefings:
        doc = b.document
        title = link(doc.title, r.briefing_path(doc.id))
        if doc.date:
            line = Markdown(f"**{doc.date.isoformat()}** · {words['published']}: {title}")
            entries.append(((doc.date, 1, doc.id), line))
        else:
            undated.append(title)
        for event in b.analysis.events:
            if not 0 <= event.sentence < len(b.analysis.sentences):
                continue
            when = (
                event.date.isoformat()
                if event.precision == "day"
                else f"{month_name(language, event.date.month)} {event.date.year}"
            )
            sentence = quoted(b.analysis.sentences[event.sentence].text.strip(), b.analysis.language)
            line = Markdown(f"**{escape(when)}** · {sentence} *({escape(event.text)})* — {title}")
            entries.append(((event.date, 0 if event.precision == "month" else 2, doc.id), line))
    lines = [f"# {words['title']}", "", words["intro"], ""]
    heading = ""
    for (day, _, _), line in sorted(entries, key=lambda e: e[0]):
        month = f"{month_name(language, day.month)} {day.year}"
        if month != heading:
            heading = month
            lines += ["", f"## {month}", ""]
        lines.append(f"- {line}")
    if undated:
        lines += ["", f"## {words['undated']}", ""] + [f"- {t}" for t in undated]
    return {PATH: "\n".join(lines) + "\n"}
