"""Time of the key-point selection per document vs the analysis stage on the same documents.

    OMP_NUM_THREADS=1 python benchmarks/keypoints_speed.py [--lang de] [--limit 300] [--passes 3]

``ratio_percent``: key points as a share of the whole per-document analysis
(generator.analysis.analyse: spaCy, name rules, people, roles, quotes, events, key points) with
the shipped models.  Each document is analysed and then its key points are selected once more on
their own, right after, so both times see the same machine load (on a shared machine the speed
drifts by a factor of two between minutes).  ``ratio_of_spacy_percent`` relates the selection to
the spaCy pipeline alone, a stricter bound.  Prints JSON.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.analysis import analyse  # noqa: E402
from generator.analysis.keypoints import select_key_points  # noqa: E402
from generator.analysis.nlp import SpacyRecognizer  # noqa: E402
from generator.evaluation.keypoints import load_articles  # noqa: E402
from generator.records import PARAGRAPH, Document, Segment  # noqa: E402


def documents_of(texts: list[str], language: str) -> list[Document]:
    """Each text one document of one paragraph."""
    return [
        Document(f"d{i}", f"d{i}.txt", "txt", f"d{i}", (Segment(PARAGRAPH, text),), language=language)
        for i, text in enumerate(texts)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["de", "en"], default="de")
    parser.add_argument("--limit", type=int, default=300, help="max number of articles")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--passes", type=int, default=3, help="passes over the articles")
    args = parser.parse_args()

    articles, _ = load_articles(args.lang, args.data_dir, args.limit)
    documents = documents_of([" ".join(article.sentences) for article in articles], args.lang)
    recognizer = SpacyRecognizer()
    nlp = recognizer.pipeline(args.lang)
    analyse(documents[0], recognizer)  # load the model, warm the caches

    analysis_s = keypoints_s = spacy_s = 0.0
    words = 0
    for _ in range(args.passes):
        for document in documents:
            start = time.perf_counter()
            analysis = analyse(document, recognizer)
            analysed = time.perf_counter()
            select_key_points([s.text for s in analysis.sentences], args.lang, count=3)
            selected = time.perf_counter()
            doc = nlp(document.segments[0].text)
            spacy_s += time.perf_counter() - selected
            analysis_s += analysed - start
            keypoints_s += selected - analysed
            words += sum(1 for token in doc if not token.is_space)

    n = max(len(documents) * args.passes, 1)
    print(
        json.dumps(
            {
                "lang": args.lang,
                "pipeline": recognizer.name(args.lang),
                "articles": len(documents),
                "passes": args.passes,
                "mean_words": round(words / n),
                "analysis_ms_per_doc": round(1000 * analysis_s / n, 3),
                "spacy_ms_per_doc": round(1000 * spacy_s / n, 3),
                "keypoints_ms_per_doc": round(1000 * keypoints_s / n, 3),
                "keypoints_ms_per_500_words": round(1000 * keypoints_s / max(words, 1) * 500, 3),
                "ratio_percent": round(100 * keypoints_s / analysis_s, 2),
                "ratio_of_spacy_percent": round(100 * keypoints_s / spacy_s, 2),
                "threads": os.environ.get("OMP_NUM_THREADS"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
