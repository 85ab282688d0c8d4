"""The timeline page: briefings by document date, and the dated events their sentences mention
(`analysis.events`), each quoting its sentence and linking to its briefing."""

from __future__ import annotations

from datetime import date
from itertools import groupby

from ..lang import month_name
from . import paths
from .escape import Markdown, escape, quoted
from .site import Site


def timeline_pages(site: Site) -> dict[str, str]:
    language, words = site.language, site.words
    entries: list[tuple[tuple[date, int, str], Markdown]] = []
    undated: list[Markdown] = []
    for b in site.knowledge.briefings:
        doc = b.document
        title = site.briefing_link(doc.id, paths.TIMELINE)
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
    entries.sort(key=lambda e: e[0])
    months = [
        {"name": f"{month_name(language, month)} {year}", "lines": [line for _, line in group]}
        for (year, month), group in groupby(entries, key=lambda e: (e[0][0].year, e[0][0].month))
    ]
    return {paths.TIMELINE: site.render("timeline.md.j2", months=months, undated=undated)}
