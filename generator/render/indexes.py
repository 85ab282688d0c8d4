"""Index pages (briefings, people, organisations, places) and the build report page."""

from __future__ import annotations

from markdown.extensions.toc import slugify

from ..analysis.names import fold
from ..records import Outcome
from . import paths
from .escape import Markdown, escape, join, link
from .markup import sort_name, table_header, table_row
from .site import Site


def _tools(site: Site, facets: tuple[int, ...] = ()) -> Markdown:
    """The element `assets/briefing/indexes.js` turns into a filter box, sortable columns and,
    for the columns in ``facets``, one choice each (the date column by year)."""
    return Markdown(site.render("index_tools.html.j2", facets=facets))


def _index(
    site: Site, title: str, columns: list[str], rows: list[Markdown], facets: tuple[int, ...] = ()
) -> str:
    return site.render(
        "index.md.j2", title=title, header=table_header(columns), rows=rows, tools=_tools(site, facets)
    )


def _lettered(site: Site, title: str, columns: list[str], rows: list[tuple[str, Markdown]]) -> str:
    """A table per initial letter of the sort keys, with a line of jumps to them: a corpus's
    people index had been one table of 515 rows."""
    groups: dict[str, list[Markdown]] = {}
    for key, row in rows:
        initial = fold(key[:1]).upper()
        groups.setdefault(initial if initial.isalpha() else site.words["other"], []).append(row)
    if site.words["other"] in groups:  # names opening with a digit or a sign: after Z
        groups[site.words["other"]] = groups.pop(site.words["other"])
    jumps = Markdown(" · ".join(link(letter, f"#{slugify(letter, '-')}") for letter in groups))
    return site.render(
        "lettered.md.j2",
        title=title,
        tools=_tools(site),
        jumps=jumps,
        header=table_header(columns),
        groups=[{"letter": letter, "rows": group} for letter, group in groups.items()],
    )


def index_pages(site: Site) -> dict[str, str]:
    L, k = site.words, site.knowledge
    here = paths.index(paths.BRIEFINGS)
    rows = []
    for b in sorted(
        k.briefings,
        key=lambda b: (-(b.document.date.toordinal() if b.document.date else 0), b.document.title),
    ):
        date = b.document.date.isoformat() if b.document.date else "—"  # not "ohne Datum" on every row
        names = [site.person_link(p, here) for p in dict.fromkeys(b.person_ids)]
        title = site.briefing_link(b.document.id, here)
        rubric = join([b.document.kicker] if b.document.kicker else list(b.document.tags))
        kinds: dict[str, list[Markdown]] = {"ORG": [], "LOC": []}
        for eid in dict.fromkeys(b.entity_ids):
            entity = k.entities[eid]
            if entity.label in kinds and paths.has_page(entity):
                kinds[entity.label].append(site.entity_link(entity, here))
        cells = [escape(date), title, escape(b.analysis.language), rubric, join(names)]
        rows.append(table_row(cells + [join(kinds["ORG"]), join(kinds["LOC"])]))
    columns = [
        L["date"],
        L["title"],
        L["language"],
        L["rubric"],
        L["people"],
        L["organisations"],
        L["places"],
    ]
    pages = {here: _index(site, L["briefings"], columns, rows, facets=(0, 2, 3, 4, 5, 6))}

    here = paths.index(paths.PEOPLE)
    people = []
    for p in sorted(k.people.values(), key=lambda p: (sort_name(p.name), p.id)):
        roles = list(dict.fromkeys(role.value for role in p.roles))[:3]
        name = site.person_link(p.id, here)
        people.append((sort_name(p.name), table_row([name, join(roles), escape(len(p.documents))])))
    pages[here] = _lettered(site, L["people"], [L["name"], L["roles"], L["count"]], people)

    for label in ("ORG", "LOC"):
        folder = paths.ENTITY_FOLDERS[label]
        here = paths.index(folder)
        entities = [
            (e.name, table_row([site.entity_link(e, here), escape(len(e.documents))]))
            for e in sorted(k.entities.values(), key=lambda e: (fold(e.name), e.id))
            if e.label == label
        ]
        pages[here] = _lettered(site, L[folder], [L["name"], L["count"]], entities)
    return pages


def report_page(site: Site, outcomes: list[Outcome]) -> str:
    """One row per source file, in the site's language: what it became and why."""
    made = sum(1 for o in outcomes if o.status == "page")
    briefings = {b.document.source_path: b for b in site.knowledge.briefings}
    rows = []
    words = site.words
    for o in outcomes:
        detail: list[object] = [o.detail]
        b = briefings.get(o.source)
        if o.status == "page" and b is not None:  # the counts as the page shows them, then notes
            language = f"{words['language']} {b.analysis.language}"
            people = f"{len(set(b.person_ids))} {words['people_count']}, {language}"
            detail = [people, *b.document.notes]
        status = words.get(f"status_{o.status}", o.status)
        rows.append(table_row([escape(o.source), escape(status), escape("; ".join(map(str, detail)))]))
    return site.render(
        "report.md.j2",
        summary=f"{made} / {len(outcomes)}",
        header=table_header([site.words["file"], site.words["outcome"], ""]),
        rows=rows,
    )
