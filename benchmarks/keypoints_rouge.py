"""ROUGE-1/2/L F of our key points vs Lead-3, TextRank and LexRank, German and English.

    OMP_NUM_THREADS=1 python benchmarks/keypoints_rouge.py [--limit N] [--count N|auto] [--json]

German: 10kGNAD dev (body against the teaser); English: BBC News Summary.  Every method gets
the same sentences and selects 3 of them (``--count auto``: as many as the briefing page shows
for the article, 3-5 by its length, the same number for every method).
Data: ../shared/data (override with --data-dir).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # must happen before numpy is imported

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.evaluation.keypoints import METRICS, run  # noqa: E402

LANGUAGES = ("de", "en")


def table(results: dict[str, dict], key: str) -> list[str]:
    """One row per method, one column per language x metric."""
    header = ["method"] + [f"{lang} {metric}" for lang in LANGUAGES for metric in METRICS]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for method in results[LANGUAGES[0]][key]:
        cells = [f"{results[lang][key][method][metric]:.2f}" for lang in LANGUAGES for metric in METRICS]
        lines.append(f"| {method} | " + " | ".join(cells) + " |")
    return lines


def markdown(results: dict[str, dict], count: str) -> str:
    what = "3-5 sentences as on the page (Lead-3 is then Lead-N)" if count == "auto" else f"{count} sentences"
    lines = [f"Key points ({what}, the same number for every method), ROUGE F1 %:", ""]
    lines += table(results, "scores")
    lines += ["", "One-paragraph summary (<= 2 sentences), ROUGE F1 %:", ""]
    lines += table(results, "summary_scores")
    lines.append("")
    for lang in LANGUAGES:
        info = results[lang]
        lines.append(
            f"- {lang}: {info['dataset']}, {info['documents']} documents, {info['skipped']} skipped,"
            f" {info['selected_sentences']} sentences selected on average"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="max documents per language")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--count", default="3", help="sentences per method, or 'auto' (3-5 as shown)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    args = parser.parse_args()
    count = None if args.count == "auto" else int(args.count)
    results = {lang: run(lang, limit=args.limit, data_dir=args.data_dir, count=count) for lang in LANGUAGES}
    print(json.dumps(results, indent=2) if args.json else markdown(results, args.count))


if __name__ == "__main__":
    main()
