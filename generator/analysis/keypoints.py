"""Key points and short summaries for articles (German and English).

Extractive and fast: sentences are scored by a lead/position prior combined with their
centrality in a TF-IDF similarity graph, then chosen greedily with maximal marginal relevance
(MMR) so that near-duplicates are not picked twice.  Pure Python + numpy, about a millisecond
for a 500-word article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

__all__ = ["clean_sentence", "select_key_points", "summarize"]


@dataclass(frozen=True)
class Params:
    """Weights of the ranking; defaults tuned on the dev sets (see evaluation/keypoints.py)."""

    position_weight: float = 0.5  # share of the position prior in the relevance score
    position_decay: float = 0.5  # prior = 1 / (1 + index) ** decay
    mmr_lambda: float = 0.6  # relevance vs. novelty in the greedy selection
    max_similarity: float = 0.6  # hard redundancy cut-off (cosine of TF-IDF vectors)
    pagerank_damping: float = 0.85
    min_words: int = 4


# German agency news (10kGNAD) follow the inverted pyramid closely: the lead carries the teaser's
# content and centrality adds little.  English (BBC) reference summaries reward centrality.
PARAMS = {"de": Params(position_weight=0.8), "en": Params(position_weight=0.2)}


_WORD = re.compile(r"\w+", re.UNICODE)

# "Wien – ", "Santiago de Chile – ", "LONDON (Reuters) - ", "Berlin/Paris (dpa) – ".
_PLACE_WORD = r"(?:[A-ZÄÖÜ][a-z]{0,2}\.|[A-ZÄÖÜ][\w'’\-]*)"  # "St. Pölten", "New York"
_PLACE_JOIN = r"(?:\s+|/|\s*/\s*)"
# Sentence-initial function words are never a place ("Die Regierung – so heißt es – ...").
_NOT_PLACE = (
    r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Er|Sie|Es|Wir|Ich|Man|Dies\w*"
    r"|Jede\w*|Alle\w*|Auch|Aber|Und|Doch|Nur|Wie|Was|Wer|Als|In|Im|Am|Auf|Mit|Nach|Bei|Von"
    r"|Für|Zum|Zur|Seit|The|A|An|This|That|These|Those|He|She|It|We|They|I|You|But|And|So)\b)"
)
_DATELINE = re.compile(
    rf"^\s*{_NOT_PLACE}{_PLACE_WORD}(?:{_PLACE_JOIN}(?:{_PLACE_WORD}|de|del|la|el|am|an|der|im|bei|ob|on|upon))"
    r"{0,4}(?:\s*\([^()]{1,40}\))?(?:\s*[–—]\s*|\s+--?\s+)"
)
# Agency tags that can stand alone at the start: "(dpa) ", "(APA) – ".
_AGENCY = re.compile(r"^\s*\((?:[A-Za-z]{2,10}(?:/[A-Za-z]{2,10})*)\)\s*(?:[–—-]\s+)?")
_CREDIT_TAIL = re.compile(
    r"\s*[\(\[]?(?:Foto|Fotos|Bild|Photo|Picture|Image|Credit)s?\s*:\s*[^()\[\]]{1,80}[\)\]]?\s*$",
    re.IGNORECASE,
)
_JUNK = re.compile(
    r"^\s*(?:foto|fotos|bild|bilder|photo|picture|image|credit|quelle|source|anzeige|werbung"
    r"|advertisement)\s*:|©|\bcopyright\b|https?://|www\.|"
    r"\b(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|siehe auch|weiterlesen|jetzt abonnieren"
    r"|newsletter|folgen sie uns|read more|see also|click here|sign up|subscribe|follow us"
    r"|related:)\b",
    re.IGNORECASE,
)


def clean_sentence(sentence: str) -> str:
    """Normalise whitespace and strip a leading dateline / agency tag and a trailing credit."""
    text = " ".join(sentence.split())
    text = _DATELINE.sub("", text, count=1)
    text = _AGENCY.sub("", text, count=1)
    text = _CREDIT_TAIL.sub("", text)
    return text.strip()


def _is_usable(text: str, params: Params) -> bool:
    if not text or text.rstrip().endswith("?") or _JUNK.search(text):
        return False
    if not any(ch.islower() for ch in text):  # headings, all-caps banners
        return False
    return len(_WORD.findall(text)) >= params.min_words


@lru_cache(maxsize=4)
def _stop_words(language: str) -> frozenset[str]:
    if language == "de":
        from spacy.lang.de.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(word.lower() for word in STOP_WORDS)


_DE_SUFFIXES = ("ern", "em", "en", "er", "es", "e", "n", "s")
_EN_SUFFIXES = ("ing", "ed", "es", "s")


@lru_cache(maxsize=1 << 16)
def _stem(word: str, language: str) -> str:
    """A deliberately crude suffix stripper: enough to merge inflected forms, and fast."""
    suffixes = _DE_SUFFIXES if language == "de" else _EN_SUFFIXES
    for suffix in suffixes:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _terms(text: str, language: str, stop_words: frozenset[str]) -> list[str]:
    return [
        _stem(word, language)
        for word in _WORD.findall(text.lower())
        if len(word) > 1 and word not in stop_words
    ]


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


def _relevance(similarity: np.ndarray, positions: np.ndarray, params: Params) -> np.ndarray:
    central = _centrality(similarity, params.pagerank_damping)
    central = central / central.max()
    prior = 1.0 / (1.0 + positions) ** params.position_decay
    return params.position_weight * prior + (1.0 - params.position_weight) * central


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
    stop_words = _stop_words(language)
    usable: list[int] = []
    token_lists: list[list[str]] = []
    for index, sentence in enumerate(sentences):
        text = clean_sentence(sentence)
        tokens = _terms(text, language, stop_words) if _is_usable(text, params) else []
        if tokens:
            usable.append(index)
            token_lists.append(tokens)
    if not usable:
        return []
    vectors = _tfidf(token_lists)
    similarity = vectors @ vectors.T
    relevance = _relevance(similarity, np.arange(len(usable), dtype=float), params)
    return [usable[i] for i in _mmr(relevance, similarity, count, params)]


def select_key_points(sentences: Sequence[str], language: str, count: int = 3) -> list[int]:
    """Indices of the chosen sentences, in document order."""
    return sorted(rank_sentences(sentences, language, max(count, 0)))


def summarize(sentences: Sequence[str], language: str, max_sentences: int = 2) -> str:
    """A one-paragraph summary: the best one or two cleaned sentences in document order."""
    chosen = sorted(rank_sentences(sentences, language, max(max_sentences, 0)))
    return " ".join(clean_sentence(sentences[i]) for i in chosen)
