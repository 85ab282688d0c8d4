"""Dirty rebuilds (generator/rebuild.py and the plugin): a changed document renders its pages
again and leaves the others alone, while the site-wide search data still covers every page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.rebuild import GeneratedPage, LastBuild, PageRecord

from .conftest import site_project, write

DOCS = {
    "a.txt": "Politik\n\nErster Bericht\n\nWien – Anna Gruber sagte am Montag in Wien etwas.\n",
    "b.txt": "Politik\n\nZweiter Bericht\n\nGraz – Karl Huber sagte am Dienstag in Graz etwas.\n",
    "c.txt": "Politik\n\nDritter Bericht\n\nLinz – Eva Berger sagte am Mittwoch in Linz etwas.\n",
}


def test_last_build_keeps_what_was_not_rendered_again() -> None:
    last = LastBuild(
        pages={"briefings/a.md": PageRecord("1", "briefings/a.html", "briefings/a.html")},
        search_docs=[{"location": "briefings/a.html#x"}, {"location": "briefings/b.html"}],
        searched={"briefings/a.html": "de", "briefings/b.html": "en"},
    )
    assert not last.changed("briefings/a.md", "1") and last.changed("briefings/a.md", "2")
    assert last.changed("briefings/new.md", "1")
    assert last.removed({"briefings/other.md"}) == [last.pages["briefings/a.md"]]
    new = [{"location": "briefings/a.html"}]
    assert last.merged_docs(new, {"briefings/a.html"}) == [{"location": "briefings/b.html"}, *new]
    assert last.merged_searched({"briefings/c.html": "de"}, {"briefings/b.html"}) == {
        "briefings/a.html": "de",
        "briefings/c.html": "de",
    }


def test_a_saved_build_is_used_only_with_the_same_fingerprint_and_its_own_site(tmp_path: Path) -> None:
    last = LastBuild({"p.md": PageRecord("1", "p.html", "p.html")}, [{"location": "p.html"}], {}, "f1")
    last.save(tmp_path / "last.json")
    site = tmp_path / "site"
    site.mkdir()
    assert not LastBuild.load(tmp_path / "last.json", "f1", site).pages  # no mark: not its site
    last.mark(site)
    assert LastBuild.load(tmp_path / "last.json", "f1", site) == last
    assert not LastBuild.load(tmp_path / "last.json", "f2", site).pages
    assert not LastBuild.load(tmp_path / "missing.json", "f1", site).pages
    LastBuild(site_id="another").mark(site)  # a later build that failed after saving
    assert not LastBuild.load(tmp_path / "last.json", "f1", site).pages


def test_a_generated_page_keeps_its_markdown_compressed(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins._current_plugin = None  # as outside a plugin event
    text = "---\ntitle: „Wien“\n---\n# Über Wien\n\n" + "Anna Gruber sagte etwas. " * 200 + "\udcff\n"
    page = GeneratedPage.of(config, "briefings/a.md", text, changed=False)
    assert page.content_string == text
    assert page.content_bytes == text.encode("utf-8", "surrogatepass")
    assert page._content is None and len(page._packed) < len(text) // 10
    assert not page.is_modified() and page.dest_uri == "briefings/a/index.html"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return site_project(tmp_path, DOCS)


def _serve_build(project: Path, first: bool) -> None:
    """One build of the live preview, as `mkdocs serve --dirty` runs it."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)


def _locations(site: Path) -> set[str]:
    """The pages in the file:// search index; each entry once."""
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert len({d["location"] for d in docs}) == len(docs)
    return {d["location"].partition("#")[0] for d in docs}


def test_the_preview_renders_only_what_changed_and_searches_every_page(project: Path) -> None:
    site = project / "site"
    _serve_build(project, first=True)
    pages = {name: site / "briefings" / name.replace(".txt", ".html") for name in DOCS}
    assert all(p.is_file() for p in pages.values())
    searched = _locations(site)
    assert {"briefings/a.html", "briefings/b.html", "briefings/c.html"} <= searched
    assert "search/pagefind.js" not in pages["a.txt"].read_text(encoding="utf-8")  # no Pagefind here
    before = {name: p.stat().st_mtime_ns for name, p in pages.items()}

    write(project / "seeds", "a.txt", DOCS["a.txt"].replace("etwas", "Neues über Wien"))
    (project / "seeds" / "c.txt").unlink()
    _serve_build(project, first=False)

    assert "Neues über Wien" in pages["a.txt"].read_text(encoding="utf-8")
    assert pages["b.txt"].stat().st_mtime_ns == before["b.txt"]  # not rendered again
    assert not pages["c.txt"].exists()
    assert _locations(site) == searched - {"briefings/c.html", "people/eva-berger.html", "places/linz.html"}


def _cli_build(project: Path, *options: str) -> Path:
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml"), *options])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return project / "site"


def _pagefind_pages(site: Path) -> int:
    return len(list((site / "search" / "pagefind").glob("*/fragment/*")))


def test_a_build_continues_the_last_site_and_renders_only_what_changed(project: Path) -> None:
    site = _cli_build(project)
    pages = {name: Path("briefings", name.replace(".txt", ".html")) for name in DOCS}
    searched, found = _locations(site), _pagefind_pages(site)
    first = {name: (site / p).stat().st_mtime_ns for name, p in pages.items()}

    write(project / "seeds", "a.txt", DOCS["a.txt"].replace("etwas", "Neues über Wien"))
    site = _cli_build(project)  # strict, as by default: the dirty build's warning is no failure
    assert "Neues über Wien" in (site / pages["a.txt"]).read_text(encoding="utf-8")
    assert (site / pages["b.txt"]).stat().st_mtime_ns == first["b.txt"]
    assert _locations(site) == searched and _pagefind_pages(site) == found

    (project / "seeds" / "c.txt").unlink()
    site = _cli_build(project)
    assert not (site / pages["c.txt"]).exists()
    assert "briefings/c.html" not in _locations(site) and _pagefind_pages(site) < found

    kept = (site / pages["b.txt"]).stat().st_mtime_ns
    site = _cli_build(project, "--full")
    assert (site / pages["b.txt"]).stat().st_mtime_ns != kept
    kept = (site / pages["b.txt"]).stat().st_mtime_ns
    (project / "docs" / "about.md").write_text("# Anders\n", encoding="utf-8")  # the navigation changes
    site = _cli_build(project)
    assert (site / pages["b.txt"]).stat().st_mtime_ns != kept
