"""Benchmark what an edit costs: a build after one changed document, and `briefing serve`.

    python benchmarks/edit_build.py --docs 1000 --commit 2527823 --commit HEAD   # side by side

For each commit (checked out into a temporary worktree; default: the working tree) a project of
N articles (benchmarks/corpus.py) gets, with `python -m generator.cli` in a subprocess:
- a cold `build` (empty analysis cache), a second `build` with nothing changed, and a `build`
  after one document gained a sentence;
- `serve`: the seconds from saving an edit of one document until the served briefing shows it,
  for three edits in a row (after the first build of the preview).
Prints JSON per commit: seconds of each build, the ratio of the one-document build to the cold
one, and the seconds of each served edit.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from corpus import varied_articles

ROOT = Path(__file__).resolve().parent.parent
SERVE_TIMEOUT_S = 1800
EDIT_TIMEOUT_S = 600


def make_project(work: Path, docs: int) -> list[Path]:
    """Half German, half English articles (as far as there are)."""
    seeds = work / "seeds"
    seeds.mkdir(parents=True)
    pool = varied_articles(max(2 * docs, 1710))
    german = [a for a in pool if a[0] == "de"][: docs // 2]
    chosen = german + [a for a in pool if a[0] == "en"][: docs - len(german)]
    paths = []
    for i, (language, text) in enumerate(chosen):
        path = seeds / f"{language}-{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", work / "docs")
    return paths


def timed_build(code: Path, work: Path) -> float:
    start = time.perf_counter()
    command = [sys.executable, "-m", "generator.cli", "build"]
    subprocess.run(command, cwd=work, env=_env(code), check=True, capture_output=True)
    return round(time.perf_counter() - start, 1)


def _env(code: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(code), "NO_MKDOCS_2_WARNING": "1"}


def _edit(path: Path, marker: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n\nNachtrag {marker}.\n", encoding="utf-8")


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def _wait_for(url: str, text: str, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = _get(url)
        if page is not None and text in page:
            return round(time.perf_counter() - start, 1)
        time.sleep(0.2)
    raise SystemExit(f"{text!r} did not show at {url} within {timeout} s")


def served_edits(code: Path, work: Path, document: Path, edits: int = 3) -> list[float]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "generator.cli", "serve", "-a", f"127.0.0.1:{port}"]
    log = (work / "serve.log").open("w")
    server = subprocess.Popen(command, cwd=work, env=_env(code), stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_for(base + "briefings/", "</html>", SERVE_TIMEOUT_S)
        title = document.read_text(encoding="utf-8").splitlines()[0].strip()
        url = base + _briefing_href(_get(base + "briefings/") or "", title)
        seconds = []
        for n in range(edits):
            marker = f"Zzedit{n}x{os.getpid()}"
            _edit(document, marker)
            seconds.append(_wait_for(url, marker, EDIT_TIMEOUT_S))
        return seconds
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()


def _briefing_href(index: str, title: str) -> str:
    for href, text in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', index):
        if text.strip() == title and not href.startswith(("http", "#")):
            return "briefings/" + href.removeprefix("./")
    raise SystemExit(f"no briefing titled {title!r} in the briefings index")


def run(code: Path, docs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="briefing-edit-") as folder:
        work = Path(folder)
        paths = make_project(work, docs)
        english = next(p for p in paths if p.name.startswith("en-"))  # its first line is its title
        cold = timed_build(code, work)
        unchanged = timed_build(code, work)
        _edit(english, "Zzbuild")
        one_changed = timed_build(code, work)
        edits = served_edits(code, work, english)
    return {
        "cold_build_s": cold,
        "unchanged_build_s": unchanged,
        "one_changed_build_s": one_changed,
        "one_changed_to_cold": round(one_changed / cold, 2),
        "serve_edit_s": edits,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--commit", action="append", default=[], help="a git revision (repeatable)")
    args = parser.parse_args()
    results = {}
    for revision in args.commit or ["working tree"]:
        if revision == "working tree":
            results[revision] = run(ROOT, args.docs)
            continue
        tree = Path(tempfile.mkdtemp(prefix="briefing-commit-")) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), revision], cwd=ROOT, check=True)
        try:
            results[revision] = run(tree, args.docs)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    print(json.dumps({"documents": args.docs, "results": results}, indent=2))


if __name__ == "__main__":
    main()
