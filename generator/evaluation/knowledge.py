"""How far the cross-document knowledge can be trusted on real news of known topic and year.

The corpus is written from ``../shared/data/news``: DER STANDARD articles (10kGNAD, 2015-16,
one category each) as ``de-<row>.txt`` and BBC articles (2004-05, one topic folder each) as
``en-<topic>-<NNN>.txt``. Scored on the knowledge the pipeline builds from it:
- the share of related-briefing links whose target has the source's category, per language;
- the share of organisation and place names with punctuation glued on ("Worldcom.", "APA/");
- which of the variant sets the issue named (EU / Europäische Union / European Union, ...) are
  split over several pages;
- the share of dated briefings whose year lies outside the corpus's years.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis.names import fold, is_abbreviation
from ..records import Knowledge
from . import BBC_ARTICLES, GNAD_DEV, NEWS

DATA_DIR = NEWS
GNAD_FILE = GNAD_DEV
YEARS = {"de": range(2015, 2017), "en": range(2004, 2006)}

# Forms of one real organisation or place each, as named in the issue: one page per set.
VARIANT_SETS: tuple[tuple[str, ...], ...] = (
    ("EU", "Europäische Union", "Europäischen Union", "European Union"),
    ("UK", "Britain", "Großbritannien", "United Kingdom", "Great Britain"),
    ("US", "USA", "United States", "Vereinigten Staaten", "Vereinigte Staaten"),
    ("Germany", "Deutschland"),
    ("Austria", "Österreich"),
    ("Russia", "Russland"),
    ("UN", "Vereinten Nationen", "Vereinte Nationen", "United Nations", "Uno"),
    ("Labour", "Labour Party"),
    ("Conservatives", "Tories", "Conservative Party", "Conservative"),
    ("Wien", "Vienna"),
    ("Europa", "Europe"),
)
_GLUED = re.compile(r"^[.,;:/&-]|[.,;:/&-]$")


@dataclass(frozen=True)
class Source:
    id: str
    category: str
    text: str


def read_sources(data_dir: Path = DATA_DIR, per_source: int = 300) -> list[Source]:
    """The first ``per_source`` DER STANDARD rows and as many BBC articles, taken evenly from
    the topic folders in file order."""
    sources: list[Source] = []
    with (data_dir / GNAD_FILE).open(encoding="utf-8", newline="") as handle:
        for row_number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if len(sources) >= per_source:
                break
            if len(row) >= 2:
                sources.append(Source(f"de-{row_number:04d}", row[0], row[-1]))
    topics = sorted(p for p in (data_dir / BBC_ARTICLES).iterdir() if p.is_dir())
    files = [sorted(t.glob("*.txt")) for t in topics]
    for index in range(max((len(f) for f in files), default=0)):
        for topic, paths in zip(topics, files, strict=True):
            if len(sources) >= 2 * per_source or index >= len(paths):
                continue
            path = paths[index]
            text = path.read_text(encoding="utf-8", errors="replace")
            sources.append(Source(f"en-{topic.name}-{path.stem}", topic.name, text))
    return sources


def write_corpus(sources: Sequence[Source], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {f"{s.id}.txt" for s in sources}
    for stale in folder.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    for source in sources:
        path = folder / f"{source.id}.txt"
        if not path.exists() or path.read_text(encoding="utf-8") != source.text:
            path.write_text(source.text, encoding="utf-8")


def language_of(document_id: str) -> str:
    return document_id.split("-", 1)[0]


def related_share(knowledge: Knowledge, categories: dict[str, str]) -> dict[str, Any]:
    """Per language: related links, and the share whose target has the source's category (by
    name: a German "Wirtschaft" briefing linked to an English "business" one counts as not)."""
    links: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for briefing in knowledge.briefings:
        source = briefing.document.id
        if source not in categories:
            continue
        language = language_of(source)
        for target in briefing.related:
            links[language] += 1
            # Case aside: DER STANDARD's "Sport" is BBC's "sport".
            target_category = categories.get(target.document_id, "")
            same[language] += target_category.casefold() == categories[source].casefold()
    return {
        language: {"links": links[language], "same_category": round(same[language] / links[language], 3)}
        for language in sorted(links)
    }


def glued_names(knowledge: Knowledge) -> dict[str, Any]:
    names = [e.name for e in knowledge.entities.values() if e.label in ("ORG", "LOC")]
    glued = sorted(n for n in names if _GLUED.search(n) and not is_abbreviation(n.split()[-1]))
    return {
        "names": len(names),
        "glued": len(glued),
        "share": round(len(glued) / max(len(names), 1), 4),
        "examples": glued[:20],
    }


def split_variants(knowledge: Knowledge) -> dict[str, Any]:
    """For each variant set: the pages its forms ended on. A set is split when they are more than
    one page of one kind; pages of two kinds are listed apart ("across_kinds"): mostly two things
    of one name (the club "die Austria" and the country), else a kind got wrong."""
    by_form: dict[str, set[tuple[str, str]]] = {}
    for entity in knowledge.entities.values():
        if entity.label in ("ORG", "LOC"):
            for form in {entity.name, *entity.aliases}:
                by_form.setdefault(fold(form), set()).add((entity.label, entity.id))
    found, split, across = 0, {}, {}
    for forms in VARIANT_SETS:
        pages = set().union(*(by_form.get(fold(f), set()) for f in forms))
        found += bool(pages)
        kinds = Counter(label for label, _ in pages)
        if any(n > 1 for n in kinds.values()):
            split[forms[0]] = sorted(page for _, page in pages)
        elif len(kinds) > 1:
            across[forms[0]] = sorted(f"{page} ({label})" for label, page in pages)
    return {"sets_found": found, "split": len(split), "pages": split, "across_kinds": across}


def wrong_years(knowledge: Knowledge) -> dict[str, Any]:
    dated = wrong = 0
    examples = []
    for briefing in knowledge.briefings:
        day = briefing.document.date
        language = language_of(briefing.document.id)
        if day is None or language not in YEARS:
            continue
        dated += 1
        if day.year not in YEARS[language]:
            wrong += 1
            examples.append(f"{briefing.document.id}: {day.isoformat()}")
    return {
        "dated": dated,
        "wrong_year": wrong,
        "share": round(wrong / max(dated, 1), 3),
        "examples": examples[:20],
    }


def run(folder: Path, per_source: int = 300, data_dir: Path = DATA_DIR) -> dict[str, Any]:
    from ..config import Settings
    from ..pipeline import run as run_pipeline

    sources = read_sources(data_dir, per_source)
    write_corpus(sources, folder)
    result = run_pipeline(Settings(sources=folder, progress=False))
    knowledge = result.knowledge
    return {
        "documents": len(knowledge.briefings),
        "related": related_share(knowledge, {s.id: s.category for s in sources}),
        "glued_names": glued_names(knowledge),
        "split_variant_sets": split_variants(knowledge),
        "dates": wrong_years(knowledge),
    }
