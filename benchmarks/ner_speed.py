"""NER throughput (words/s per core) and model load time on real articles; prints JSON.

    OMP_NUM_THREADS=1 python benchmarks/ner_speed.py --lang de --limit 300

German: 10kGNAD dev articles (CSV, ``;`` delimiter, ``'`` quote char, no header: category;text).
English: BBC articles (``bbc/articles/<topic>/NNN.txt``).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # must happen before numpy is imported

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402

import spacy  # noqa: E402

from generator.analysis.nlp import MODELS_DIR as MODELS  # noqa: E402
from generator.evaluation import BBC_ARTICLES, GNAD_DEV, NEWS  # noqa: E402


def german_articles(limit: int) -> list[str]:
    """Article texts from 10kGNAD dev."""
    with (NEWS / GNAD_DEV).open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter=";", quotechar="'")
        texts = [row[1] for row in rows if len(row) > 1]
    return texts[:limit]


def english_articles(limit: int) -> list[str]:
    """Article texts from the BBC corpus."""
    files = sorted((NEWS / BBC_ARTICLES).glob("*/*.txt"))[:limit]
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["de", "en"], required=True)
    parser.add_argument("--limit", type=int, default=10_000, help="max number of articles")
    parser.add_argument("--model", default=None, help="default: the shipped model")
    args = parser.parse_args()

    start = time.perf_counter()
    nlp = spacy.load(args.model or MODELS / args.lang)
    load_s = time.perf_counter() - start
    texts = (german_articles if args.lang == "de" else english_articles)(args.limit)
    nlp("Warm-up.")

    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - start
    words = sum(1 for doc in docs for tok in doc if not tok.is_space)
    print(
        json.dumps(
            {
                "lang": args.lang,
                "model": nlp.meta.get("name"),
                "articles": len(docs),
                "words": words,
                "seconds": round(seconds, 2),
                "words_per_s_per_core": round(words / seconds),
                "entities": sum(len(doc.ents) for doc in docs),
                "load_s": round(load_s, 3),
                "threads": os.environ.get("OMP_NUM_THREADS"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
