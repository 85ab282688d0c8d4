"""Benchmark the whole product on real news: N articles -> pages -> MkDocs site.

    python benchmarks/site_build.py --docs 200           # quick
    python benchmarks/site_build.py --docs 10000         # the 10k-document run (long)

Articles come from ../shared/data/news (DER STANDARD, BBC): the 1,710 real ones first, then
variations of them (benchmarks/corpus.py), so that the corpus has no copies and its people grow
with N about as over the real articles: a real article's first block (headline, or teaser and
dateline), then blocks shuffled from it and two more articles of its language and topic, with 60 %
of its names and places swapped for others of that language's articles (places are recombined,
not new). ``--copies`` cycles the real articles instead, as before (copies beyond 1,710). They are
written to a temporary project and never into this repository. Prints JSON: seconds per stage,
documents per second, peak memory (RSS) and the size of the built site.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import threading
import time
from itertools import cycle, islice
from pathlib import Path

from corpus import articles, varied_articles

ROOT = Path(__file__).resolve().parent.parent


class DescendantMemory:
    """The largest resident set of any process below this one (the analysis workers, which a
    fork server starts, so they are not this process's children), sampled twice a second."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> DescendantMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            parents: dict[int, int] = {}
            rss: dict[int, int] = {}
            for status in Path("/proc").glob("[0-9]*/status"):
                try:
                    fields = dict(
                        line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
                    )
                except OSError:
                    continue
                pid = int(status.parent.name)
                parents[pid] = int(fields.get("PPid", "0"))
                rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
            me = os.getpid()
            for pid, kb in rss.items():
                up = parents.get(pid, 0)
                while up and up != me:
                    up = parents.get(up, 0)
                if up == me:
                    self.peak_kb = max(self.peak_kb, kb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the temporary project")
    parser.add_argument("--with-seed", action="store_true", help="add the seed documents (seeds/)")
    parser.add_argument("--copies", action="store_true", help="cycle the real articles, as before")
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
    documents = list(islice(cycle(articles()), args.docs)) if args.copies else varied_articles(args.docs)
    for i, (language, text) in enumerate(documents):
        (seeds / f"{language}-{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    if args.with_seed:
        for seed in sorted((ROOT / "seeds").iterdir()):
            shutil.copy(seed, seeds / seed.name)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", work / "docs")

    timings: dict[str, float] = {}
    start = time.perf_counter()
    with DescendantMemory() as workers:
        result = run(Settings(sources=seeds, cache_dir=None, progress=True))
    timings["read_and_analyse_and_resolve"] = time.perf_counter() - start
    start = time.perf_counter()
    pages = render_pages(result.knowledge, result.outcomes)
    timings["render_markdown"] = time.perf_counter() - start
    counts = {"pages": len(pages), "people": len(result.knowledge.people)}
    # A user's build holds no second copy of the knowledge and the pages: this one's go before
    # MkDocs makes them again, or the peak would count both.
    del result, pages
    start = time.perf_counter()
    config = load_config(str(work / "mkdocs.yml"), site_dir=str(work / "site"))
    build(config)  # runs the whole pipeline again inside the plugin, as a user's build does
    timings["mkdocs_build_total"] = time.perf_counter() - start
    site_bytes = sum(p.stat().st_size for p in (work / "site").rglob("*") if p.is_file())
    html_bytes = sum(p.stat().st_size for p in (work / "site").rglob("*.html"))
    search = work / "site" / "search"
    index_bytes = {  # Material's index as fetched over HTTP, and as inlined for file://
        name: (search / name).stat().st_size if (search / name).is_file() else 0
        for name in ("search_index.json", "search_index.js")
    }
    pagefind_bytes = sum(p.stat().st_size for p in (search / "pagefind").rglob("*") if p.is_file())
    report = {
        "documents": args.docs,
        "corpus": "copies" if args.copies else "varied",
        "words": words,
        **counts,
        "seconds": {k: round(v, 2) for k, v in timings.items()},
        "documents_per_second_pipeline": round(args.docs / timings["read_and_analyse_and_resolve"], 1),
        "words_per_second_pipeline": round(words / timings["read_and_analyse_and_resolve"]),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        # the largest worker process that analysed documents (0 when none ran; Linux only)
        "peak_rss_worker_mb": round(workers.peak_kb / 1024),
        "site_mb": round(site_bytes / 2**20, 1),
        "html_mb": round(html_bytes / 2**20, 1),
        "search_index_mb": round(index_bytes["search_index.json"] / 2**20, 1),
        "search_index_file_mb": round(index_bytes["search_index.js"] / 2**20, 1),
        "pagefind_mb": round(pagefind_bytes / 2**20, 1),
    }
    print(json.dumps(report, indent=2))
    if args.keep:
        print(f"project kept in {work}")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
