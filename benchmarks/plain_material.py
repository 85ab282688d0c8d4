"""The whole build against a plain Material build of the same pages (the MkDocs floor).

    python benchmarks/plain_material.py --docs 1000

In a temporary project of N articles (half German, half English; benchmarks/corpus.py), timed
in subprocesses: a cold `briefing build --full` (empty analysis cache), a warm one (analyses
cached, every page rendered again), and `mkdocs build` of a plain Material project holding the
same Markdown (`briefing generate`) with the same theme, search and offline plugins but without
the briefing plugin. Prints JSON: the seconds and the ratios of both builds to the plain one.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from edit_build import ROOT, _env, make_project


def _timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=_env(ROOT), check=True, capture_output=True)
    return round(time.perf_counter() - start, 1)


def plain_project(work: Path, plain: Path) -> None:
    """The generated pages and the docs folder, and mkdocs.yml without the briefing plugin."""
    command = [sys.executable, "-m", "generator.cli", "generate", "--out", str(plain / "docs")]
    subprocess.run(command, cwd=work, env=_env(ROOT), check=True, capture_output=True)
    shutil.copytree(work / "docs", plain / "docs", dirs_exist_ok=True)
    config = (work / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\n  - briefing:\n(?:      .*\n)*", "\n", config)
    assert "briefing:" not in config
    (plain / "mkdocs.yml").write_text(config, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-plain-") as folder:
        work, plain = Path(folder) / "project", Path(folder) / "plain"
        make_project(work, args.docs)
        build = [sys.executable, "-m", "generator.cli", "build", "--full"]
        cold = _timed(build, work)
        warm = _timed(build, work)
        plain_project(work, plain)
        pages = sum(1 for _ in (plain / "docs").rglob("*.md"))
        floor = _timed([sys.executable, "-m", "mkdocs", "build", "-q"], plain)
    result = {
        "documents": args.docs,
        "pages": pages,
        "cold_build_s": cold,
        "warm_build_s": warm,
        "plain_material_s": floor,
        "cold_to_plain": round(cold / floor, 2),
        "warm_to_plain": round(warm / floor, 2),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
