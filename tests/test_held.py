"""A generated page between MkDocs' two passes (generator/held.py): its Markdown let go, its
HTML kept compressed and given back for the theme, the title as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.held import HeldPages
from generator.rebuild import GeneratedPage

from .conftest import site_project


def _config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins._current_plugin = None  # as outside a plugin event
    return config


@pytest.mark.parametrize(
    ("markdown", "title"),
    [("# Über „Wien“\n\nAnna Gruber sagte etwas.\n", "Über „Wien“"), ("Kein Titel.\n", "Anna gruber")],
)
def test_a_page_set_aside_keeps_its_title_and_gets_its_html_back(
    tmp_path: Path, markdown: str, title: str
) -> None:
    config = _config(tmp_path)
    file = GeneratedPage.of(config, "people/anna-gruber.md", markdown, changed=True)
    page = Page(None, file, config)
    page.read_source(config)
    page.render(config, Files([file]))
    html = page.content
    assert page.title == title and html
    held = HeldPages()
    page.content = held.set_aside(page, html)  # as MkDocs takes what on_page_content returns
    assert page.content == "" and page.markdown == "" and page.title == title
    held.restore(page)
    assert page.content == html
    held.release(page)
    assert page.content == "" and page.title == title
    held.restore(page)  # given back once
    assert page.content == ""


def test_any_text_comes_back_as_it_was(tmp_path: Path) -> None:
    config = _config(tmp_path)
    page = Page(None, GeneratedPage.of(config, "a.md", "", changed=True), config)
    html = "<p>„Wien“ \udcff 👍</p>" * 100
    held = HeldPages()
    page.content = held.set_aside(page, html)
    held.restore(page)
    assert page.content == html


class _Probe(BasePlugin):  # type: ignore[type-arg]
    """Notes what the generated pages hold once all are rendered, and once all are written."""

    def __init__(self) -> None:
        self.held: dict[str, list[tuple[str | None, str | None]]] = {"rendered": [], "written": []}

    def _note(self, files: Files, when: str) -> None:
        for file in files.documentation_pages():
            if isinstance(file, GeneratedPage) and file.page is not None:
                self.held[when].append((file.page.markdown, file.page.content))

    @event_priority(-1000)
    def on_env(self, env: object, *, config: MkDocsConfig, files: Files) -> object:
        self.files = files
        self._note(files, "rendered")
        return env

    @event_priority(1000)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._note(self.files, "written")


def test_a_build_holds_no_generated_page_as_text_between_and_after_the_passes(tmp_path: Path) -> None:
    text = "Politik\n\nErster Bericht\n\nWien – Anna Gruber sagte am Montag in Wien etwas.\n"
    project = site_project(tmp_path, {"a.txt": text})
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    probe = config.plugins["probe"] = _Probe()
    build(config)
    assert len(probe.held["rendered"]) > 5
    assert set(probe.held["rendered"]) == set(probe.held["written"]) == {("", "")}
    briefing = (project / "site" / "briefings" / "a.html").read_text(encoding="utf-8")
    assert "Anna Gruber sagte am Montag" in briefing
