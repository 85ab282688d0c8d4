"""Key points measured against human teasers / summaries with ROUGE.

German: 10kGNAD dev articles (teaser + body in one string; the teaser is the reference).
English: BBC News Summary (article body against its extractive summary).
Every method gets the same sentences and selects the same number of them; baselines are
Lead-3 and sumy's TextRank and LexRank.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.analysis.entities import sentences_of
from generator.analysis.keypoints import (
    clean_sentence,
    key_point_count,
    select_key_points,
    summarize,
)
from generator.analysis.nlp import Parsed
from generator.evaluation import BBC_ARTICLES, DATA, GNAD_DEV
from generator.sources.datelines import split_standfirst

DEFAULT_DATA_DIR = DATA
GNAD_FILE = Path("news") / GNAD_DEV
BBC_DIR = Path("news") / BBC_ARTICLES.parent
SELECTED = 3  # Lead-3's count; None: as many as the product shows for the article (3-5)
METRICS = ("rouge1", "rouge2", "rougeL")

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass
class Article:
    """One evaluation item: body sentences (as the production sentencizer splits them)."""

    sentences: list[str]
    reference: str
    paragraphs: list[list[str]] = field(default_factory=list)


class RougeTokenizer:
    """Lowercasing word tokenizer for rouge-score that keeps umlauts and ß.

    rouge-score's default tokenizer drops every non-ASCII character, which mangles German.
    """

    def __init__(self, stem: bool = False) -> None:
        self._stemmer: Any = None
        if stem:
            from nltk.stem import porter

            self._stemmer = porter.PorterStemmer()

    def tokenize(self, text: str) -> list[str]:
        tokens = _WORD.findall(text.lower())
        if self._stemmer is None:
            return tokens
        return [self._stemmer.stem(t) if len(t) > 3 else t for t in tokens]


class SumyTokenizer:
    """sumy tokenizer without NLTK punkt: sentences are given, words via a regex."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


@lru_cache(maxsize=2)
def _sentencizer(language: str) -> Any:
    import spacy

    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str, language: str) -> list[str]:
    """Sentences as the analysis stage cuts them (an opening quote mark the splitter left at the
    end of a sentence goes to the sentence it opens)."""
    doc = _sentencizer(language)(text)
    parsed = Parsed([(s.start_char, s.end_char) for s in doc.sents], [])
    return [s.text for s in sentences_of([text], [parsed])]


def load_gnad(data_dir: Path, limit: int | None = None) -> tuple[list[Article], int]:
    """German articles and the number skipped because no teaser/body split was found."""
    articles: list[Article] = []
    skipped = 0
    with (data_dir / GNAD_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";", quotechar="'"):
            if limit is not None and len(articles) >= limit:
                break
            parts = split_standfirst(row[-1]) if row else None
            if parts is None:
                skipped += 1
                continue
            sentences = split_sentences(parts[1], "de")
            articles.append(Article(sentences, parts[0], [sentences]))
    return articles, skipped


def _bbc_reference(text: str) -> str:
    # The summaries join sentences without a space after the full stop.
    return re.sub(r"([.!?][\"']?)(?=[A-Z\"])", r"\1 ", " ".join(text.split()))


def _bbc_pairs(data_dir: Path) -> Iterator[tuple[Path, Path]]:
    root = data_dir / BBC_DIR
    for article in sorted((root / "articles").glob("*/*.txt")):
        summary = root / "summaries" / article.parent.name / article.name
        if summary.exists():
            yield article, summary


def load_bbc(data_dir: Path, limit: int | None = None) -> tuple[list[Article], int]:
    """English articles (body without the headline) and the number skipped (empty body)."""
    articles: list[Article] = []
    skipped = 0
    for article_path, summary_path in _bbc_pairs(data_dir):
        if limit is not None and len(articles) >= limit:
            break
        lines = article_path.read_text(encoding="utf-8", errors="replace").split("\n")
        paragraphs = [split_sentences(p, "en") for p in lines[1:] if p.strip()]
        paragraphs = [p for p in paragraphs if p]
        reference = _bbc_reference(summary_path.read_text(encoding="utf-8", errors="replace"))
        if not paragraphs or not reference:
            skipped += 1
            continue
        sentences = [s for p in paragraphs for s in p]
        articles.append(Article(sentences, reference, paragraphs))
    return articles, skipped


def load_articles(
    language: str, data_dir: Path | None = None, limit: int | None = None
) -> tuple[list[Article], int]:
    base = Path(data_dir) if data_dir is not None else DEFAULT_DATA_DIR
    return load_gnad(base, limit) if language == "de" else load_bbc(base, limit)


Selector = Callable[[Article, str, int], list[int]]


def _lead(article: Article, language: str, count: int) -> list[int]:
    return list(range(min(count, len(article.sentences))))


def _ours(article: Article, language: str, count: int) -> list[int]:
    return select_key_points(article.sentences, language, count)


def _sumy_selector(kind: str) -> Selector:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizers: dict[str, Any] = {}

    def summarizer(language: str) -> Any:
        if language not in summarizers:
            sumy_language = "german" if language == "de" else "english"
            cls = TextRankSummarizer if kind == "textrank" else LexRankSummarizer
            instance = cls(Stemmer(sumy_language))
            instance.stop_words = get_stop_words(sumy_language)
            summarizers[language] = instance
        return summarizers[language]

    def select(article: Article, language: str, count: int) -> list[int]:
        tokenizer = SumyTokenizer(language)
        objects = [[Sentence(s, tokenizer) for s in p] for p in article.paragraphs]
        document = ObjectDocumentModel([Paragraph(p) for p in objects])
        position = {id(s): i for i, s in enumerate(s for p in objects for s in p)}
        chosen = summarizer(language)(document, count)
        return sorted(position[id(s)] for s in chosen)

    return select


def methods() -> dict[str, tuple[Selector, bool]]:
    """name -> (selector, score the cleaned sentences).  Ours is scored as displayed (cleaned);
    'lead3-clean' shows how much of the gain over Lead-3 comes from cleaning alone."""
    return {
        "lead3": (_lead, False),
        "lead3-clean": (_lead, True),
        "textrank": (_sumy_selector("textrank"), False),
        "lexrank": (_sumy_selector("lexrank"), False),
        "keypoints": (_ours, True),
    }


def _text(article: Article, indices: Sequence[int], cleaned: bool) -> str:
    chosen = [article.sentences[i] for i in indices]
    return " ".join(clean_sentence(s) if cleaned else s for s in chosen)


def _scorer(language: str) -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(METRICS), tokenizer=RougeTokenizer(stem=language != "de"))


def _mean_rouge(scorer: Any, pairs: Iterator[tuple[str, str]], size: int) -> dict[str, float]:
    totals = dict.fromkeys(METRICS, 0.0)
    for reference, prediction in pairs:
        result = scorer.score(reference, prediction)
        for metric in METRICS:
            totals[metric] += result[metric].fmeasure
    return {metric: round(100.0 * value / max(size, 1), 2) for metric, value in totals.items()}


def score(
    articles: Sequence[Article],
    language: str,
    selectors: dict[str, tuple[Selector, bool]],
    count: int | None = SELECTED,
) -> dict[str, dict[str, float]]:
    """Mean ROUGE F-measure (in percent) per method; every method selects ``count`` sentences,
    or with None the product's count for the article (``key_point_count``)."""
    scorer = _scorer(language)
    counts = [count or key_point_count(len(a.sentences)) for a in articles]
    results = {}
    for name, (selector, cleaned) in selectors.items():
        pairs = (
            (a.reference, _text(a, selector(a, language, n), cleaned))
            for a, n in zip(articles, counts, strict=True)
        )
        results[name] = _mean_rouge(scorer, pairs, len(articles))
    return results


def score_summaries(articles: Sequence[Article], language: str) -> dict[str, dict[str, float]]:
    """The one-paragraph summary (at most 2 sentences) against Lead-2 (cleaned)."""
    scorer = _scorer(language)
    candidates: dict[str, Callable[[Article], str]] = {
        "lead2-clean": lambda a: _text(a, _lead(a, language, 2), True),
        "summary": lambda a: summarize(a.sentences, language, max_sentences=2),
    }
    return {
        name: _mean_rouge(scorer, ((a.reference, make(a)) for a in articles), len(articles))
        for name, make in candidates.items()
    }


def run(
    language: str, limit: int | None = None, data_dir: Path | None = None, count: int | None = SELECTED
) -> dict:
    """ROUGE-1/2/L F (percent) of our key points and the baselines on one language's set.

    ``scores``: every method selects ``count`` sentences (None: the product's 3-5 per article);
    ``summary_scores``: the one-paragraph summary (up to 2 sentences) next to Lead-2.
    """
    language = "de" if language == "de" else "en"
    articles, skipped = load_articles(language, data_dir, limit)
    counts = [count or key_point_count(len(a.sentences)) for a in articles]
    return {
        "language": language,
        "dataset": "10kGNAD dev (teaser)" if language == "de" else "BBC News Summary",
        "documents": len(articles),
        "skipped": skipped,
        "selected_sentences": round(sum(counts) / max(len(counts), 1), 2),
        "scores": score(articles, language, methods(), count),
        "summary_scores": score_summaries(articles, language),
    }
