"""A briefing's page: key points, people with short profiles, organisations and places, quotes,
related briefings and the linked text."""

from __future__ import annotations

from collections import defaultdict

from ..analysis.names import fold
from ..records import CAPTION, HEADING, Briefing, DocumentAnalysis, Related
from . import paths
from .escape import Markdown, escape, external_link, join, link, quoted
from .markup import relative, with_links
from .site import TEXT_KINDS, Site


def briefing_page(site: Site, b: Briefing) -> str:
    k, words = site.knowledge, site.words
    doc, analysis = b.document, b.analysis
    here = site.paths.briefing(doc.id)
    people = []
    for pid, local in zip(b.person_ids, analysis.people, strict=True):
        facts = [f.value for f in local.roles[:1]] + [f.value for f in local.ages[:1]]
        facts += [f.value for f in local.parties[:1]]
        others = len(k.people[pid].documents) - 1
        if others:
            facts.append(words["elsewhere" if others > 1 else "elsewhere_one"].format(n=others))
        line = site.person_link(pid, here)
        people.append(Markdown(line + (" — " + join(facts) if facts else "")))
    groups = []
    for label, key in (("ORG", "organisations"), ("LOC", "places"), ("MISC", "topics")):
        items = [
            site.entity_link(k.entities[eid], here)
            for eid, e in zip(b.entity_ids, analysis.entities, strict=True)
            if e.label == label
        ]
        if items:
            groups.append({"title": words[key], "links": join(items, " · ")})
    quotes = []
    for pid, local in zip(b.person_ids, analysis.people, strict=True):
        for quote in local.quotes:
            speaker = site.person_link(pid, here)
            in_text = link(words["in_text"], site.sentence_href(here, doc.id, quote.sentence))
            quotes.append(Markdown(f"{quoted(quote.text, analysis.language)} — {speaker} ({in_text})"))
    return site.render(
        "briefing.md.j2",
        document=doc,
        language=analysis.language,
        meta=_meta(site, b),
        key_points=analysis.key_points,
        key_points_from=words[f"key_points_{analysis.key_points_from}"],
        summary=_summary_beside(analysis),
        people=people,
        entity_groups=groups,
        quotes=quotes,
        related=[_related(site, r, here) for r in b.related],
        text=_linked_text(site, b),
        credits=join(list(doc.credits), "; "),
    )


def _related(site: Site, r: Related, here: str) -> Markdown:
    """A link to a related briefing, and why: "Titel — gemeinsam: Putin, Nordkorea"."""
    target = site.briefing_link(r.document_id, here)
    if not r.shared:
        return target
    return Markdown(f"{target} — {site.words['shared']}: {escape(', '.join(r.shared))}")


def _meta(site: Site, b: Briefing) -> Markdown:
    doc, words = b.document, site.words
    parts = []
    if doc.kicker:
        parts.append(f"**{escape(doc.kicker)}**")
    if doc.source:
        parts.append(f"{words['source']}: {escape(doc.source)}")
    if doc.url.startswith(("http://", "https://")):
        parts.append(external_link(words["original"], doc.url))
    if doc.date:
        inferred = f" ({words['date_inferred']})" if doc.date_inferred else ""
        parts.append(f"{words['date']}: {doc.date.isoformat()}{inferred}")
    parts.append(f"{words['language']}: {escape(b.analysis.language)}")
    here = site.paths.briefing(doc.id)
    tags = [site.paths.tags[fold(t)] for t in dict.fromkeys(doc.tags)]
    if tags:
        links = [link(name, relative(here, path)) for name, path in dict.fromkeys(tags)]
        parts.append(f"{words['tags']}: {join(links)}")
    return Markdown(" · ".join(parts))


def _linked_text(site: Site, b: Briefing) -> list[Markdown]:
    """The cleaned text; the first mention of each person and entity links to its page."""
    here = site.paths.briefing(b.document.id)
    targets: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    seen: set[str] = set()
    people = zip(b.person_ids, b.analysis.people, strict=True)
    mentions = [(m, paths.person(pid)) for pid, p in people for m in p.mentions]
    for eid, e in zip(b.entity_ids, b.analysis.entities, strict=True):
        entity = site.knowledge.entities[eid]
        if paths.has_page(entity):
            mentions += [(m, paths.entity(entity)) for m in e.mentions]
    for m, path in sorted(mentions, key=lambda pair: (pair[0].span.segment, pair[0].span.start)):
        if path not in seen and b.document.segments[m.span.segment].kind in TEXT_KINDS:
            seen.add(path)
            targets[m.span.segment].append((m.span.start, m.span.end, relative(here, path)))
    sentences: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for number, sentence in enumerate(b.analysis.sentences):
        sentences[sentence.segment].append((sentence.start, sentence.end, number))
    blocks = []
    for index, segment in enumerate(b.document.segments):
        if segment.kind not in TEXT_KINDS:
            continue
        text = with_links(segment.text, targets.get(index, []), sentences.get(index, []))
        if segment.kind == HEADING:
            text = Markdown(f"### {text}")
        elif segment.kind == CAPTION:
            text = Markdown(f"*{text}*")
        blocks.append(text)
    return blocks


def _summary_beside(analysis: DocumentAnalysis) -> str:
    """The summary, unless it would repeat key points: those chosen from the body begin with
    the summary's sentences, and a teaser's completion is mostly one of them."""
    if analysis.key_points_from == "body":
        return ""
    if any(point in analysis.summary for point in analysis.key_points):
        return ""
    return analysis.summary
