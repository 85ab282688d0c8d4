"""Benchmark the whole product on real news: N articles -> pages -> MkDocs site.

    python benchmarks/site_build.py --docs 200           # quick
    python benchmarks/site_build.py --docs 10000         # the 10k-document run (long)

Articles come from ../shared/data/news (DER STANDARD, BBC), cycled when N is larger than the
sets; they are written to a temporary project and never into this repository. Prints JSON:
seconds per stage, documents per second, peak memory (RSS) and the size of the built site.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"


def articles() -> list[tuple[str, str]]:
    """(language, text) of every article available; German first."""
    found: list[tuple[str, str]] = []
    gnad = NEWS / "10kgnad" / "articles-dev.csv"
    if gnad.is_file():
        with gnad.open(encoding="utf-8", newline="") as f:
            found += [("de", row[1]) for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]
    for path in sorted((NEWS / "bbc" / "articles").glob("*/*.txt")):
        found.append(("en", path.read_text(encoding="latin-1")))
    if not found:
        raise SystemExit(f"no articles under {NEWS}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the temporary project")
    args = parser.parse_args()

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.config import Settings
    from generator.pipeline import run
    from generator.render import render_pages

    work = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    seeds = work / "seeds"
    seeds.mkdir()
    words = 0
    for i, (language, text) in enumerate(islice(cycle(articles()), args.docs)):
        (seeds / f"{language}-{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", work / "docs")

    timings: dict[str, float] = {}
    start = time.perf_counter()
    result = run(Settings(sources=seeds, cache_dir=None, progress=True))
    timings["read_and_analyse_and_resolve"] = time.perf_counter() - start
    start = time.perf_counter()
    pages = render_pages(result.knowledge, result.outcomes)
    timings["render_markdown"] = time.perf_counter() - start
    start = time.perf_counter()
    config = load_config(str(work / "mkdocs.yml"), site_dir=str(work / "site"))
    build(config)  # runs the whole pipeline again inside the plugin, as a user's build does
    timings["mkdocs_build_total"] = time.perf_counter() - start
    site_bytes = sum(p.stat().st_size for p in (work / "site").rglob("*") if p.is_file())
    html_bytes = sum(p.stat().st_size for p in (work / "site").rglob("*.html"))
    index = work / "site" / "search" / "search_index.json"
    index_bytes = index.stat().st_size if index.is_file() else 0
    report = {
        "documents": args.docs,
        "words": words,
        "pages": len(pages),
        "people": len(result.knowledge.people),
        "seconds": {k: round(v, 2) for k, v in timings.items()},
        "documents_per_second_pipeline": round(args.docs / timings["read_and_analyse_and_resolve"], 1),
        "words_per_second_pipeline": round(words / timings["read_and_analyse_and_resolve"]),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        # the largest worker process that analysed documents (0 when none ran)
        "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "site_mb": round(site_bytes / 2**20, 1),
        "html_mb": round(html_bytes / 2**20, 1),
        "search_index_mb": round(index_bytes / 2**20, 1),
    }
    print(json.dumps(report, indent=2))
    if args.keep:
        print(f"project kept in {work}")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
