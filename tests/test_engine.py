"""`briefing build --engine properdocs`: ProperDocs (the maintained fork of MkDocs 1.x) runs the
plugin through its Python entry points (generator/engine.py). It takes over the `mkdocs` modules
for the whole process, so its builds run in a process of their own. Where properdocs is not
installed these tests skip; `.ci/properdocs` installs it in a virtual environment and runs them."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import generator
from generator.cli import main

from .conftest import site_project, write

PROPERDOCS = importlib.util.find_spec("properdocs") is not None
DOCS = {
    "a.txt": "Politik\n\nErster Bericht\n\nWien – Anna Gruber sagte am Montag in Wien etwas.\n",
    "b.txt": "Politik\n\nZweiter Bericht\n\nGraz – Karl Huber sagte am Dienstag in Graz etwas.\n",
}
GENERATOR_TAG = re.compile(r'<meta name="generator" content="([^"]*)">')


@pytest.fixture
def properdocs() -> None:
    """Skip without properdocs; fail where CI installed it (BRIEFING_REQUIRE_PROPERDOCS)."""
    if not PROPERDOCS:
        reason = "properdocs is not installed (.ci/properdocs installs it and runs these tests)"
        if os.environ.get("BRIEFING_REQUIRE_PROPERDOCS"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return site_project(tmp_path, DOCS)


def _briefing(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """`briefing ARGUMENTS` in a process of its own, with this generator's code."""
    code = str(Path(generator.__file__).resolve().parent.parent)
    path = os.pathsep.join(filter(None, [code, os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    command = [sys.executable, "-m", "generator.cli", *arguments]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)


def _engines(site: Path) -> set[str]:
    """The generator tags of every page."""
    tags = set()
    for page in site.rglob("*.html"):
        found = GENERATOR_TAG.search(page.read_text(encoding="utf-8"))
        assert found, page
        tags.add(found.group(1).partition(",")[0])
    return tags


@pytest.mark.usefixtures("properdocs")
def test_properdocs_builds_continues_the_site_and_hands_it_over_to_mkdocs(project: Path) -> None:
    site = project / "site"
    pages = {name: site / "briefings" / name.replace(".txt", ".html") for name in DOCS}
    built = _briefing(project, "build", "--engine", "properdocs")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "briefing: 2 of 2 source files became briefings" in built.stderr  # the plugin's log
    assert all("ProperDocs" in tag for tag in _engines(site))
    assert all(p.is_file() for p in pages.values())
    first = pages["b.txt"].stat().st_mtime_ns

    write(project / "seeds", "a.txt", DOCS["a.txt"].replace("etwas", "Neues über Wien"))
    built = _briefing(project, "build", "--engine", "properdocs")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Neues über Wien" in pages["a.txt"].read_text(encoding="utf-8")
    assert pages["b.txt"].stat().st_mtime_ns == first  # continued: not rendered again

    built = _briefing(project, "build", "--engine", "mkdocs")  # another engine renders every page
    assert built.returncode == 0, built.stdout + built.stderr
    assert pages["b.txt"].stat().st_mtime_ns != first
    assert all("ProperDocs" not in tag and tag.startswith("mkdocs-") for tag in _engines(site))


@pytest.mark.usefixtures("properdocs")
def test_a_strict_properdocs_build_fails_on_a_warning_of_the_plugin(project: Path) -> None:
    (project / "docs" / "timeline.md").write_text("# Eigene Chronik\n", encoding="utf-8")
    built = _briefing(project, "build", "--engine", "properdocs")
    assert built.returncode != 0
    assert "docs/timeline.md exists; the generated page of that name is not used" in built.stderr
    assert not (project / "site").exists()
    built = _briefing(project, "build", "--engine", "properdocs", "--no-strict")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Eigene Chronik" in (project / "site" / "timeline.html").read_text(encoding="utf-8")


def test_properdocs_is_refused_where_mkdocs_runs(project: Path) -> None:
    import mkdocs.config  # noqa: F401  (as every in-process build of the other tests does)

    result = CliRunner().invoke(main, ["build", "--engine", "properdocs", "-f", str(project / "mkdocs.yml")])
    assert result.exit_code == 1
    if PROPERDOCS:
        assert "ProperDocs cannot run in a process that has loaded MkDocs" in result.output
    else:
        assert "the engine properdocs is not installed: pip install properdocs" in result.output
    assert not (project / "site").exists()
