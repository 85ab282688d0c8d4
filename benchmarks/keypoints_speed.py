"""Time of select_key_points per document vs the full spaCy pipeline on the same documents.

    OMP_NUM_THREADS=1 python benchmarks/keypoints_speed.py [--lang de] [--limit 300]

Uses the shipped model generator/models/<lang> when it exists, else spacy.blank + sentencizer
(then the ratio is against a much cheaper pipeline and overstates our share).  Prints JSON.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # must happen before numpy is imported

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.analysis.keypoints import select_key_points  # noqa: E402
from generator.evaluation.keypoints import load_articles  # noqa: E402

MODELS = Path(__file__).resolve().parents[1] / "generator" / "models"


def load_pipeline(language: str) -> tuple[Any, str]:
    import spacy

    path = MODELS / language
    if (path / "meta.json").exists():
        return spacy.load(path), str(path.relative_to(MODELS.parents[1]))
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return nlp, f"spacy.blank({language!r}) + sentencizer"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["de", "en"], default="de")
    parser.add_argument("--limit", type=int, default=300, help="max number of articles")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5, help="key point passes (best is kept)")
    args = parser.parse_args()

    articles, _ = load_articles(args.lang, args.data_dir, args.limit)
    texts = [" ".join(article.sentences) for article in articles]
    nlp, pipeline = load_pipeline(args.lang)
    nlp("Warm-up.")
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    pipeline_s = time.perf_counter() - start

    sentences = [[s.text for s in doc.sents] for doc in docs]
    select_key_points(sentences[0], args.lang)  # warm caches (stop words, regexes)
    keypoints_s = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for doc_sentences in sentences:
            select_key_points(doc_sentences, args.lang, count=3)
        keypoints_s = min(keypoints_s, time.perf_counter() - start)

    words = sum(1 for doc in docs for token in doc if not token.is_space)
    n = max(len(docs), 1)
    print(
        json.dumps(
            {
                "lang": args.lang,
                "pipeline": pipeline,
                "articles": len(docs),
                "mean_words": round(words / n),
                "pipeline_ms_per_doc": round(1000 * pipeline_s / n, 3),
                "keypoints_ms_per_doc": round(1000 * keypoints_s / n, 3),
                "keypoints_ms_per_500_words": round(1000 * keypoints_s / words * 500, 3),
                "ratio_percent": round(100 * keypoints_s / pipeline_s, 2),
                "threads": os.environ.get("OMP_NUM_THREADS"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
