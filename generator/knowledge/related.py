"""Related briefings: the briefings whose words and names are most alike.

Each briefing is a TF-IDF vector over its content stems (``DocumentAnalysis.terms``) and the
people, organisations and places it names (their ids, so "Österreich" meets "Austria" across
languages). A word or name many briefings share weighs little, one few share weighs much.
Each vector keeps its ``KEPT_TERMS`` heaviest terms; the similarities are sparse matrix
products (SciPy), a block of briefings at a time, so only pairs sharing a term cost anything. A link
needs a cosine similarity of ``MIN_SIMILARITY``: fewer links rather than unrelated ones.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter

import numpy as np
from scipy import sparse

from ..records import Briefing, Entity, Person, Related

# Tuned on the even half of 596 DER STANDARD and 600 BBC articles (briefing eval-knowledge).
COUNT = 5
KEPT_TERMS = 100
NAME_WEIGHT = 0.5  # a name weighs half a word of the same rarity: the words carry the topic
MIN_SIMILARITY = 0.15
MIN_SIMILARITY_ALONE = 0.1  # a briefing with no link that close still gets its nearest one
# Terms a linked pair must share: a rare word or two in common is a coincidence, however alike it
# makes two short texts.
MIN_SHARED_TERMS = 3
SHARED_SHOWN = 3
BLOCK = 1000  # briefings compared at once: a block's similarities are at most BLOCK x corpus
# A term in more than this share of the briefings tells them apart from nothing.
MAX_DOCUMENT_SHARE = 0.05

Vector = dict[str, float]


def relate(briefings: list[Briefing], people: dict[str, Person], entities: dict[str, Entity]) -> None:
    vectors = _vectors(briefings)
    names = {f"p:{pid}": p.name for pid, p in people.items()}
    names |= {f"e:{eid}": e.name for eid, e in entities.items()}
    matrix = _matrix(vectors)
    present = matrix.copy()
    present.data[:] = 1.0
    order = np.argsort(np.argsort([b.document.id for b in briefings], kind="stable"))  # rank by id
    for start in range(0, len(briefings), BLOCK):
        scores = (matrix[start : start + BLOCK] @ matrix.T).tocsr()
        shared = (present[start : start + BLOCK] @ present.T).tocsr()
        scores.sort_indices()
        shared.sort_indices()  # the same pattern as the scores, now in the same order
        for row in range(scores.shape[0]):
            index = start + row
            span = slice(scores.indptr[row], scores.indptr[row + 1])
            others, values = scores.indices[span], scores.data[span]
            keep = (others != index) & (shared.data[span] >= MIN_SHARED_TERMS)
            others, values = others[keep], values[keep]
            top = np.lexsort((order[others], -values))[:COUNT]
            ranked = list(zip(others[top].tolist(), values[top].tolist(), strict=True))
            best = [o for o, value in ranked if value >= MIN_SIMILARITY]
            if not best and ranked and ranked[0][1] >= MIN_SIMILARITY_ALONE:
                best = [ranked[0][0]]
            briefings[index].related = [
                Related(briefings[o].document.id, _shared(vectors[index], vectors[o], names)) for o in best
            ]


def _matrix(vectors: list[Vector]) -> sparse.csr_matrix:
    """The vectors as rows of a sparse matrix: one product gives a block's similarities."""
    columns: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for vector in vectors:
        for term, weight in vector.items():
            indices.append(columns.setdefault(term, len(columns)))
            data.append(weight)
        indptr.append(len(indices))
    shape = (len(vectors), max(len(columns), 1))
    return sparse.csr_matrix((np.array(data, dtype=np.float64), indices, indptr), shape=shape)


def _vectors(briefings: list[Briefing]) -> list[Vector]:
    counts = [_counts(b) for b in briefings]
    documents: Counter[str] = Counter()
    for c in counts:
        documents.update(c.keys())
    total = len(briefings)
    limit = max(2.0, MAX_DOCUMENT_SHARE * total)
    vectors = []
    for c in counts:
        weights = {
            term: (1 + math.log(n))
            * math.log(total / documents[term])
            * (1.0 if term.startswith("w:") else NAME_WEIGHT)
            for term, n in c.items()
            if 2 <= documents[term] <= limit
        }
        kept = dict(heapq.nlargest(KEPT_TERMS, weights.items(), key=lambda item: (item[1], item[0])))
        norm = math.sqrt(sum(w * w for w in kept.values())) or 1.0
        vectors.append({term: w / norm for term, w in kept.items()})
    return vectors


def _counts(briefing: Briefing) -> Counter[str]:
    """Content stems, and people and entities as "p:<id>" / "e:<id>", by number of mentions."""
    counts: Counter[str] = Counter({f"w:{term}": n for term, n in briefing.analysis.terms})
    for pid, local in zip(briefing.person_ids, briefing.analysis.people, strict=True):
        counts[f"p:{pid}"] += len(local.mentions)
    for eid, entity in zip(briefing.entity_ids, briefing.analysis.entities, strict=True):
        counts[f"e:{eid}"] += len(entity.mentions)
    return counts


def _shared(a: Vector, b: Vector, names: dict[str, str]) -> tuple[str, ...]:
    """The names both briefings hold, by their weight in the pair."""
    both = sorted((t for t in a.keys() & b.keys() if t in names), key=lambda t: (-a[t] * b[t], t))
    return tuple(names[t] for t in both[:SHARED_SHOWN])
