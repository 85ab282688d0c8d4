"""Exact-span NER evaluation of a spaCy pipeline on gold-tokenised corpora.

``run()`` is the entry point behind ``briefing eval-ner --lang de|en --data FILE [--model M]``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.analysis.nlp import MODELS_DIR
from generator.evaluation.corpora import LABELS, MAPPING, Sentence, bio_to_spans, document_ids, read_any

if TYPE_CHECKING:
    from spacy.language import Language

Span = tuple[int, int, str]


def shipped_model(lang: str) -> Path:
    """Directory of the pipeline shipped in the package for ``lang``."""
    return MODELS_DIR / lang


def load_model(lang: str, model: str | Path | None = None) -> Language:
    """Load ``model`` (name or path) or, when None, the shipped pipeline for ``lang``."""
    import spacy

    return spacy.load(shipped_model(lang) if model is None else model)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall, F1 plus the counts they come from."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def score_spans(gold: Iterable[Sequence[Span]], pred: Iterable[Sequence[Span]]) -> dict[str, Any]:
    """Micro-averaged exact-span scores, overall and per label, over aligned sentences."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g_spans, p_spans in zip(gold, pred, strict=True):
        g, p = set(g_spans), set(p_spans)
        for spans, counter in ((g, n_gold), (p, n_pred), (g & p, tp)):
            counter.update(label for _, _, label in spans)
    labels = sorted(set(LABELS) | set(n_gold) | set(n_pred))
    return {
        "per_type": {lab: prf(tp[lab], n_pred[lab], n_gold[lab]) for lab in labels},
        "overall": prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())),
    }


def predict(nlp: Language, sentences: Sequence[Sentence], batch_size: int = 256) -> list[list[Span]]:
    """Entity spans the pipeline predicts when given the gold tokens."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=[t if t.strip() else "_" for t in toks]) for toks, _ in sentences)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(docs, batch_size=batch_size)]


def _token_offsets(tokens: Sequence[str]) -> list[int]:
    """Character offset of each token in ``" ".join(tokens)``, plus the text length + 1."""
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token) + 1)
    return offsets


def with_rules(document: Sequence[tuple[Sequence[str], Sequence[Span]]], language: str) -> list[list[Span]]:
    """The model's spans of one document's sentences after the analysis stage's corrections, as
    the product applies them (``generator.analysis.find_mentions``: names cued by titles, ages
    and appositions; titles cut off PER spans; a name found once is a person everywhere in the
    document), mapped back to tokens. A span that no longer matches token edges is dropped."""
    from generator.analysis import find_mentions
    from generator.analysis.entities import sentences_of
    from generator.analysis.nlp import Parsed

    texts = [" ".join(tokens) for tokens, _ in document]
    offsets = [_token_offsets(tokens) for tokens, _ in document]
    parsed = [
        Parsed([(0, len(text))], [(starts[a], starts[b] - 1, label) for a, b, label in spans])
        for text, starts, (_, spans) in zip(texts, offsets, document, strict=True)
    ]
    result: list[list[Span]] = [[] for _ in document]
    for mention in find_mentions(texts, parsed, sentences_of(texts, parsed), language):
        starts = offsets[mention.span.segment]
        first = bisect.bisect_left(starts, mention.span.start)
        last = bisect.bisect_left(starts, mention.span.end + 1)
        if first < last and starts[first] == mention.span.start and starts[last] == mention.span.end + 1:
            result[mention.span.segment].append((first, last, mention.label))
    return result


def _by_document(documents: Sequence[int]) -> list[list[int]]:
    """Sentence indices grouped by their document, in order."""
    groups: dict[int, list[int]] = {}
    for index, document in enumerate(documents):
        groups.setdefault(document, []).append(index)
    return list(groups.values())


def evaluate(
    nlp: Language, sentences: Sequence[Sentence], rules: bool = False, documents: Sequence[int] | None = None
) -> dict[str, Any]:
    """Exact-span P/R/F1 per type and overall (micro) of ``nlp`` on gold sentences; with
    ``rules``, of the spans as the analysis stage corrects them, document by document
    (``documents``: each sentence's document; None: every sentence is one)."""
    gold = [bio_to_spans(tags) for _, tags in sentences]
    pred = predict(nlp, sentences)
    if rules:
        groups = _by_document(range(len(sentences)) if documents is None else documents)
        for group in groups:
            corrected = with_rules([(sentences[i][0], pred[i]) for i in group], nlp.lang or "")
            for index, spans in zip(group, corrected, strict=True):
                pred[index] = spans
    return {"sentences": len(sentences), **score_spans(gold, pred)}


def run(lang: str, data: Path, model: str | Path | None = None, rules: bool = False) -> dict[str, Any]:
    """Read ``data`` (format auto-detected), evaluate the model, return a JSON-able dict."""
    nlp = load_model(lang, model)
    sentences = read_any(Path(data))
    documents = document_ids(Path(data)) if rules else None
    result = evaluate(nlp, sentences, rules, documents)
    if documents is not None:
        result["documents"] = len(set(documents))
    return {
        "rules": rules,
        "data": str(data),
        "model": str(shipped_model(lang) if model is None else model),
        "model_name": f"{nlp.meta.get('name', '?')} {nlp.meta.get('version', '')}".strip(),
        "lang": lang,
        **result,
        "mapping": MAPPING,
    }
