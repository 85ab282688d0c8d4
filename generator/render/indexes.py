"""Index pages (briefings, people, organisations, places) and the build report page."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from markdown.extensions.toc import slugify

from ..analysis.names import fold
from ..records import Outcome
from .escape import Markdown, escape, join, link
from .markup import relative, sort_name, table_header, table_row

if TYPE_CHECKING:
    from .pages import Renderer


def _tools(r: Renderer, facets: tuple[int, ...] = ()) -> Markdown:
    """The element `assets/briefing/indexes.js` turns into a filter box, sortable columns and,
    for the columns in ``facets``, one choice each (the date column by year)."""
    L = r.L
    columns = ",".join(map(str, facets))
    return Markdown(
        f'<div class="briefing-index-tools" data-facets="{columns}" data-filter="{html.escape(L["filter"])}"'
        f' data-all="{html.escape(L["all"])}" data-shown="{html.escape(L["shown"])}"></div>'
    )


def _index(
    r: Renderer, title: str, columns: list[str], rows: list[Markdown], facets: tuple[int, ...] = ()
) -> str:
    return r.render(
        "index.md.j2", title=title, header=table_header(columns), rows=rows, tools=_tools(r, facets)
    )


def _lettered(r: Renderer, title: str, columns: list[str], rows: list[tuple[str, Markdown]]) -> str:
    """A table per initial letter of the sort keys, with a line of jumps to them: a corpus's
    people index had been one table of 515 rows."""
    groups: dict[str, list[Markdown]] = {}
    for key, row in rows:
        initial = fold(key[:1]).upper()
        groups.setdefault(initial if initial.isalpha() else r.L["other"], []).append(row)
    if r.L["other"] in groups:  # names opening with a digit or a sign: after Z
        groups[r.L["other"]] = groups.pop(r.L["other"])
    jumps = Markdown(" · ".join(link(letter, f"#{slugify(letter, '-')}") for letter in groups))
    return r.render(
        "lettered.md.j2",
        title=title,
        tools=_tools(r),
        jumps=jumps,
        header=table_header(columns),
        groups=[{"letter": letter, "rows": group} for letter, group in groups.items()],
    )


def index_pages(r: Renderer) -> dict[str, str]:
    L, k = r.L, r.k
    here = "briefings/index.md"
    rows = []
    for b in sorted(
        k.briefings,
        key=lambda b: (-(b.document.date.toordinal() if b.document.date else 0), b.document.title),
    ):
        date = b.document.date.isoformat() if b.document.date else "—"  # not "ohne Datum" on every row
        names = [
            link(k.people[p].name, relative(here, r.person_path(p))) for p in dict.fromkeys(b.person_ids)
        ]
        title = link(b.document.title, relative(here, r.briefing_path(b.document.id)))
        rubric = join([b.document.kicker] if b.document.kicker else list(b.document.tags))
        kinds: dict[str, list[Markdown]] = {"ORG": [], "LOC": []}
        for eid in dict.fromkeys(b.entity_ids):
            entity = k.entities[eid]
            if entity.label in kinds and r.has_page(entity):
                kinds[entity.label].append(link(entity.name, relative(here, r.entity_path(entity))))
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
    pages = {here: _index(r, L["briefings"], columns, rows, facets=(0, 2, 3, 4, 5, 6))}

    here = "people/index.md"
    people = []
    for p in sorted(k.people.values(), key=lambda p: (sort_name(p.name), p.id)):
        roles = list(dict.fromkeys(role.value for role in p.roles))[:3]
        name = link(p.name, relative(here, r.person_path(p.id)))
        people.append((sort_name(p.name), table_row([name, join(roles), escape(len(p.documents))])))
    pages[here] = _lettered(r, L["people"], [L["name"], L["roles"], L["count"]], people)

    for label, folder in (("ORG", "organisations"), ("LOC", "places")):
        here = f"{folder}/index.md"
        entities = [
            (e.name, table_row([link(e.name, relative(here, r.entity_path(e))), escape(len(e.documents))]))
            for e in sorted(k.entities.values(), key=lambda e: (fold(e.name), e.id))
            if e.label == label
        ]
        pages[here] = _lettered(r, L[folder], [L["name"], L["count"]], entities)
    return pages


def report_page(r: Renderer, outcomes: list[Outcome]) -> str:
    """One row per source file, in the site's language: what it became and why."""
    made = sum(1 for o in outcomes if o.status == "page")
    briefings = {b.document.source_path: b for b in r.k.briefings}
    rows = []
    for o in outcomes:
        detail: list[object] = [o.detail]
        b = briefings.get(o.source)
        if o.status == "page" and b is not None:  # the counts as the page shows them, then notes
            people = (
                f"{len(set(b.person_ids))} {r.L['people_count']}, {r.L['language']} {b.analysis.language}"
            )
            detail = [people, *b.document.notes]
        status = r.L.get(f"status_{o.status}", o.status)
        rows.append(table_row([escape(o.source), escape(status), escape("; ".join(map(str, detail)))]))
    return r.render(
        "report.md.j2",
        summary=f"{made} / {len(outcomes)}",
        header=table_header([r.L["file"], r.L["outcome"], ""]),
        rows=rows,
    )
