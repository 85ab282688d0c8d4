"""Key points and short summaries for articles (German and English).

Extractive and fast: sentences are scored by a lead/position prior combined with their
centrality in a TF-IDF similarity graph (and, for English, a topic-signature bonus for the
article's recurring terms), then chosen greedily with maximal marginal relevance
(MMR) so that near-duplicates are not picked twice.  Pure Python + numpy, about a millisecond
for a 500-word article.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..lang import for_language, words
from ..sources.datelines import dateline_length
from .terms import stop_words

__all__ = [
    "clean_sentence",
    "completing",
    "key_point_count",
    "rank_sentences",
    "select_key_points",
    "summarize",
    "summary_of",
]


@dataclass(frozen=True)
class Params:
    """Weights of the ranking (tuned on the dev sets, see generator/evaluation/keypoints.py)."""

    position_weight: float = 0.5  # share of the lead prior 1 / (1 + i) ** decay in relevance
    position_decay: float = 0.5
    length_exponent: float = 0.0  # relevance *= (content words / mean) ** exponent
    topic_weight: float = 0.0  # bonus for sentences carrying the article's recurring terms
    mmr_lambda: float = 0.7  # relevance vs. novelty in the greedy selection
    max_similarity: float = 0.6  # hard redundancy cut-off (cosine of TF-IDF vectors)
    pagerank_damping: float = 0.85
    min_words: int = 4


# German agency news follow the inverted pyramid closely: the teaser's content is in the lead,
# and centrality alone does worse than Lead-3.  The English references (BBC) are long extracts
# from the whole article that reward central, content-rich sentences.
PARAMS = {
    "de": Params(position_weight=0.8, mmr_lambda=0.6),
    "en": Params(position_weight=0.1, length_exponent=0.5, mmr_lambda=0.85, topic_weight=0.3),
}
SUMMARY_MAX_WORDS = 70
KEY_POINTS_MIN, KEY_POINTS_MAX = 3, 5
SENTENCES_PER_KEY_POINT = 10
# Only the first sentences are ranked: key points of a report are in its first pages, and the
# similarity matrix grows with the square of the count (a 2 MB source had needed gigabytes).
RANKED_SENTENCES_MAX = 400


_WORD = re.compile(r"\w+", re.UNICODE)

# Agency tags that can stand alone at the start: "(dpa) ", "(APA) – ".
_AGENCY = re.compile(r"^\s*\((?:[A-Za-z]{2,10}(?:/[A-Za-z]{2,10})*)\)\s*(?:[–—-]\s+)?")
_CREDIT_LABELS = "|".join(sorted(words("CREDIT_LABELS")))
_CREDIT_TAIL = re.compile(
    rf"\s*[\(\[]?(?:{_CREDIT_LABELS})\s*:\s*[^()\[\]]{{1,80}}[\)\]]?\s*$",
    re.IGNORECASE,
)
# Credits, copyright lines, links and promos: a label at the start, or a mark or phrase anywhere.
_JUNK_LABEL = re.compile(
    rf"\s*(?:{_CREDIT_LABELS}|{'|'.join(sorted(words('ADVERTISING')))})\s*:",
    re.IGNORECASE,
)
_JUNK_MARKS = ("©", "http://", "https://", "www.")
_JUNK_WORDS = sorted(words("CALLS_TO_ACTION") | words("PROMOTION"))
# A promotion of one word ("related", "weiterlesen") is one only before its colon: alone it is
# an ordinary word, as a phrase of several is not.
_JUNK_WORD = re.compile(
    "|".join(
        rf"\b{re.escape(word)}\b" + ("" if " " in word or word in words("CALLS_TO_ACTION") else r"\s*:")
        for word in _JUNK_WORDS
    ),
    re.IGNORECASE,
)


def clean_sentence(sentence: str) -> str:
    """Normalise whitespace and strip a leading dateline / agency tag and a trailing credit."""
    text = " ".join(sentence.split())
    text = text[dateline_length(text) :]
    text = _AGENCY.sub("", text, count=1)
    if ":" in text[-90:]:  # a credit's colon stands near the end; the regex is slow to fail
        text = _CREDIT_TAIL.sub("", text)
    return text.strip()


def _is_junk(text: str) -> bool:
    """A credit, copyright line, link or promo. Plain substring tests first: searching the
    patterns in every sentence was a third of the selection's time."""
    if _JUNK_LABEL.match(text):
        return True
    lower = text.lower()
    if any(mark in lower for mark in _JUNK_MARKS):
        return True
    return any(word in lower for word in _JUNK_WORDS) and bool(_JUNK_WORD.search(text))


def _is_usable(text: str, params: Params) -> bool:
    if not text or text.rstrip().endswith("?") or _is_junk(text):
        return False
    if not any(ch.islower() for ch in text):  # headings, all-caps banners
        return False
    return len(_WORD.findall(text)) >= params.min_words


_TERM_CACHE: dict[str, dict[str, str]] = {"de": {}, "en": {}}
_TERM_CACHE_SIZE = 200_000


def _stem(word: str, language: str) -> str:
    """A deliberately crude suffix stripper: enough to merge inflected forms, and fast (Snowball,
    pure Python, made the whole analysis a tenth slower)."""
    for suffix in for_language(language).INFLECTION_SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _term(word: str, language: str) -> str:
    """The stemmed term of a lower-case word, "" for stop words and single characters."""
    if word in stop_words(language) or len(word) < 2:
        return ""
    return _stem(word, language)


def _terms(text: str, language: str) -> list[str]:
    cache = _TERM_CACHE[language]
    if len(cache) > _TERM_CACHE_SIZE:
        cache.clear()
    terms = []
    for word in _WORD.findall(text.lower()):
        term = cache.get(word)
        if term is None:
            term = cache[word] = _term(word, language)
        if term:
            terms.append(term)
    return terms


def _tfidf(token_lists: list[list[str]]) -> np.ndarray:
    """Row-normalised TF-IDF matrix (sentences x terms); IDF over the sentences of the article."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, tokens in enumerate(token_lists):
        for token in tokens:
            rows.append(row)
            cols.append(vocab.setdefault(token, len(vocab)))
    matrix = np.zeros((len(token_lists), max(len(vocab), 1)))
    np.add.at(matrix, (rows, cols), 1.0)  # term counts
    doc_freq = np.count_nonzero(matrix, axis=0)
    matrix *= np.log((1.0 + len(token_lists)) / (1.0 + doc_freq)) + 1.0
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


def _centrality(similarity: np.ndarray, damping: float) -> np.ndarray:
    """Continuous LexRank: PageRank over the cosine-similarity graph (without self-loops)."""
    size = similarity.shape[0]
    weights = similarity - np.diag(np.diag(similarity))
    out = weights.sum(axis=1, keepdims=True)
    transition = np.where(out > 0, weights / np.where(out > 0, out, 1.0), 1.0 / size)
    rank = np.full(size, 1.0 / size)
    for _ in range(30):
        new = (1.0 - damping) / size + damping * (transition.T @ rank)
        if np.abs(new - rank).sum() < 1e-6:
            return new
        rank = new
    return rank


def _topic(token_lists: list[list[str]]) -> np.ndarray:
    """Topic-signature score: the sum of squared sentence frequencies of the terms a sentence
    shares with at least one other sentence, so the article's main subject weighs most."""
    frequency: dict[str, int] = {}
    for tokens in token_lists:
        for token in set(tokens):
            frequency[token] = frequency.get(token, 0) + 1
    scores = np.array(
        [sum(frequency[t] ** 2 for t in set(tokens) if frequency[t] > 1) for tokens in token_lists],
        dtype=float,
    )
    return scores / scores.max() if scores.max() > 0 else scores


def _relevance(
    similarity: np.ndarray, lengths: np.ndarray, topic: np.ndarray | None, params: Params
) -> np.ndarray:
    central = _centrality(similarity, params.pagerank_damping)
    prior = 1.0 / (1.0 + np.arange(len(lengths))) ** params.position_decay
    weight = params.position_weight
    relevance = weight * prior + (1.0 - weight) * central / central.max()
    if params.length_exponent:
        relevance *= (lengths / lengths.mean()) ** params.length_exponent
    if topic is not None:
        relevance += params.topic_weight * topic
    return relevance


def _mmr(relevance: np.ndarray, similarity: np.ndarray, count: int, params: Params) -> list[int]:
    chosen: list[int] = []
    redundancy = np.zeros(len(relevance))
    open_ = np.ones(len(relevance), dtype=bool)
    while open_.any() and len(chosen) < count:
        gain = params.mmr_lambda * relevance - (1.0 - params.mmr_lambda) * redundancy
        best = int(np.argmax(np.where(open_, gain, -np.inf)))
        chosen.append(best)
        redundancy = np.maximum(redundancy, similarity[best])
        open_ &= similarity[best] < params.max_similarity
        open_[best] = False
    return chosen


def rank_sentences(
    sentences: Sequence[str], language: str, count: int, params: Params | None = None
) -> list[int]:
    """Indices of up to ``count`` chosen sentences, best first (not in document order)."""
    language = "de" if language == "de" else "en"
    params = params or PARAMS[language]
    usable: list[int] = []
    token_lists: list[list[str]] = []
    for index, sentence in enumerate(sentences[:RANKED_SENTENCES_MAX]):
        text = clean_sentence(sentence)
        tokens = _terms(text, language) if _is_usable(text, params) else []
        if tokens:
            usable.append(index)
            token_lists.append(tokens)
    if not usable:
        return []
    vectors = _tfidf(token_lists)
    similarity = vectors @ vectors.T
    lengths = np.array([len(tokens) for tokens in token_lists], dtype=float)
    topic = _topic(token_lists) if params.topic_weight else None
    relevance = _relevance(similarity, lengths, topic, params)
    return [usable[i] for i in _mmr(relevance, similarity, count, params)]


def key_point_count(sentence_count: int) -> int:
    """How many key points an article of this many body sentences gets: 3 up to 30 sentences,
    one more for every further 10, at most 5, so a long report is not cut to a short news item's 3."""
    wanted = math.ceil(sentence_count / SENTENCES_PER_KEY_POINT)
    return min(KEY_POINTS_MAX, max(KEY_POINTS_MIN, wanted))


# A body sentence whose content words are this much the teaser's says the teaser again.
REPEATS_TEASER = 0.5


def completing(teaser: Sequence[str], body: Sequence[str], ranked: Sequence[int], language: str) -> list[int]:
    """Body sentences (indices, in document order) that complete a teaser of fewer than
    KEY_POINTS_MIN sentences: the best ranked that do not repeat the teaser or each other."""
    language = "de" if language == "de" else "en"
    said = [set(_terms(clean_sentence(t), language)) for t in teaser]
    chosen: list[int] = []
    for index in ranked:
        if len(teaser) + len(chosen) >= KEY_POINTS_MIN:
            break
        terms = set(_terms(clean_sentence(body[index]), language))
        if terms and all(len(terms & other) < REPEATS_TEASER * len(terms) for other in said):
            chosen.append(index)
            said.append(terms)
    return sorted(chosen)


def select_key_points(sentences: Sequence[str], language: str, count: int = 3) -> list[int]:
    """Indices of the chosen sentences, in document order."""
    return sorted(rank_sentences(sentences, language, max(count, 0)))


def summarize(sentences: Sequence[str], language: str, max_sentences: int = 2) -> str:
    """A one-paragraph summary: the best one or two cleaned sentences in document order.

    Lower-ranked sentences are dropped while the paragraph is longer than SUMMARY_MAX_WORDS.
    """
    return summary_of(sentences, rank_sentences(sentences, language, max(max_sentences, 0)), max_sentences)


def summary_of(sentences: Sequence[str], ranked: Sequence[int], max_sentences: int = 2) -> str:
    """The summary from a ranking already made (best first), so one ranking serves both the key
    points and the summary: the greedy selection's first picks do not depend on how many follow."""
    ranked = list(ranked[: max(max_sentences, 0)])
    texts = {i: clean_sentence(sentences[i]) for i in ranked}
    while len(ranked) > 1 and sum(len(texts[i].split()) for i in ranked) > SUMMARY_MAX_WORDS:
        ranked.pop()
    return " ".join(texts[i] for i in sorted(ranked))
