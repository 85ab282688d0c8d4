"""Benchmark a build of hostile input: the test suite's hostile corpus plus one 2 MB real document.

    python benchmarks/hostile_build.py                       # the working tree
    python benchmarks/hostile_build.py --commit a6310b8 --commit HEAD   # side by side, one run
    python benchmarks/hostile_build.py --huge                # and a 50 MB text file

The issue's target: the build ends in at most 150 s with exit code 0, every input a page or a
report line. The 2 MB document is DER STANDARD articles of ../shared/data run together into one
report (the synthetic one of tests/hostile.py when the data is absent). Each commit is checked out
into a temporary worktree and built cold (no analysis cache) by `python -m generator.cli build`
in a subprocess, so old and new run on the same machine minutes apart. Prints JSON per commit:
exit code, wall seconds, peak RSS of the build, pages and report lines.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.evaluation import GNAD_DEV, NEWS  # noqa: E402
from tests.hostile import write_hostile_corpus, write_hostile_entities, write_large_document  # noqa: E402

GNAD = NEWS / GNAD_DEV

SIZE = 2_000_000
# `briefing build` of the checked-out code, printing its own peak memory when it exits.
RUN = (
    "import atexit, resource, runpy, sys; atexit.register(lambda: print('peak_rss_kb',"
    " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)); sys.argv[0] = 'briefing';"
    " runpy.run_module('generator.cli', run_name='__main__')"
)


def write_real_document(folder: Path) -> str:
    """About 2 MB of real German news as one text file; the synthetic document without the data."""
    if not GNAD.is_file():
        return write_large_document(folder)
    with GNAD.open(encoding="utf-8", newline="") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]
    parts, size = [], 0
    while size < SIZE:
        for text in texts:
            parts.append(text)
            size += len(text.encode()) + 2
            if size >= SIZE:
                break
    (folder / "bericht-2mb.txt").write_text("Bericht\n\nEin langer Bericht\n\n" + "\n\n".join(parts), "utf-8")
    return "bericht-2mb.txt"


def project(work: Path, huge: bool = False) -> int:
    """The hostile project in ``work``; returns the number of inputs. ``huge`` adds a 50 MB text:
    the 2 MB document 25 times over."""
    seeds = work / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", work / "docs")
    write_hostile_entities(work / "entities.yml")
    names = write_hostile_corpus(seeds) + [write_real_document(seeds)]
    if huge:
        (seeds / "bericht-50mb.txt").write_bytes((seeds / names[-1]).read_bytes() * 25)
        names.append("bericht-50mb.txt")
    shutil.copy(ROOT / "seeds" / "000_bf32d7edd2818517.txt", seeds)
    return len(names) + 1


def build(code: Path, work: Path, inputs: int, timeout: int) -> dict[str, object]:
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(work / ".cache", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(code), "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-c", RUN, "build", "-f", str(work / "mkdocs.yml"), "-d", str(site)]
    start = time.perf_counter()
    peak = ""
    try:
        done = subprocess.run(command, env=env, cwd=work, capture_output=True, text=True, timeout=timeout)
        code_ = done.returncode
        peaks = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("peak_rss_kb")]
        peak = peaks[-1] if peaks else ""
    except subprocess.TimeoutExpired:
        code_ = -1
    seconds = time.perf_counter() - start
    report = site / "briefing-report.txt"
    lines = report.read_text(encoding="utf-8").splitlines() if report.is_file() else []
    return {
        "exit_code": code_ if code_ >= 0 else f"stopped after {timeout} s",
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(int(peak) / 1024) if peak else None,
        "inputs": inputs,
        "report_lines": len(lines),
        "pages": sum(1 for line in lines if "  page  " in line),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--commit", action="append", default=[], help="a git revision (repeatable)")
    parser.add_argument("--timeout", type=int, default=900, help="seconds before a build is stopped")
    parser.add_argument("--huge", action="store_true", help="add a 50 MB text file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefing-hostile-"))
    results: dict[str, object] = {}
    try:
        inputs = project(work / "project", args.huge)
        for revision in args.commit or ["working tree"]:
            if revision == "working tree":
                results[revision] = build(ROOT, work / "project", inputs, args.timeout)
                continue
            tree = work / f"code-{len(results)}"
            subprocess.run(["git", "worktree", "add", "--detach", str(tree), revision], cwd=ROOT, check=True)
            try:
                results[revision] = build(tree, work / "project", inputs, args.timeout)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
