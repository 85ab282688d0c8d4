"""The MkDocs plugin end to end: a strict build of the seed plus hostile and broken inputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import ROOT, SEED, write

XSS = (
    "Politik\n\nAngriff auf die Seite\n\nAnna Gruber sagte in Wien: „<script>alert(1)</script> ist "
    "gefährlich.“ Ein Link [x](javascript:alert(1)) und <img src=x onerror=alert(2)> stehen hier.\n"
)


TITLE_XSS = (
    "Politik\n\nSchlagzeile </title><script>alert(1)</script> Ende\n\n"
    "Berlin – Bundeskanzler Olaf Scholz (66) hat am Montag in Berlin beraten.\n"
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    write(seeds, "xss.txt", XSS)
    write(seeds, "empty.txt", b"")
    write(seeds, "binary.txt", bytes(range(256)) * 16)
    write(seeds, "title.txt", TITLE_XSS)
    write(seeds, "index.txt", "Politik\n\nEin Text namens Index\n\nWien – Anna Gruber sagte etwas.\n")
    write(seeds, "fake\nreport.txt", "Politik\n\nZeilenumbruch\n\nWien – Ein Text mit Namen.\n")
    return root


def _build(project: Path, site: str) -> Path:
    result = CliRunner().invoke(main, ["build", "-f", str(project / "mkdocs.yml"), "-d", str(project / site)])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return project / site


@pytest.fixture(scope="module")
def site(project: Path) -> Path:
    return _build(project, "site")


def test_strict_build_has_every_page(site: Path) -> None:
    for page in (
        "index.html",
        "briefings/index.html",
        "briefings/000-bf32d7edd2818517.html",
        "people/wladimir-putin.html",
        "people/kim-jong-un.html",
        "people/yoon-suk-yeol.html",
        "people/kim-geum-chol.html",
        "briefings/xss.html",
        "report.html",
        "assets/briefing/iframe-worker/iframe-worker-shim.js",
        "search/search_index.js",
    ):
        assert (site / page).is_file(), page


def test_person_page_links_back(site: Path) -> None:
    html = (site / "people" / "wladimir-putin.html").read_text(encoding="utf-8")
    assert 'href="../briefings/000-bf32d7edd2818517.html"' in html


def test_source_text_cannot_inject(site: Path) -> None:
    html = (site / "briefings" / "xss.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html and 'href="javascript' not in html and "<img src=x" not in html
    assert "onerror=alert" not in html.replace("onerror=alert(2)&gt;", "")


def test_a_title_cannot_close_the_title_element(site: Path) -> None:
    html = (site / "briefings" / "title.html").read_text(encoding="utf-8")
    head = html.split("</head>")[0]
    assert head.count("</title>") == 1 and "<script>alert(1)" not in html
    assert "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the H1 shows it as written


def test_a_source_named_index_does_not_replace_the_index(site: Path) -> None:
    index = (site / "briefings" / "index.html").read_text(encoding="utf-8")
    assert "<table>" in index and 'href="index-2.html"' in index
    assert "Ein Text namens Index" in (site / "briefings" / "index-2.html").read_text(encoding="utf-8")


def test_every_source_is_one_report_line(project: Path, site: Path) -> None:
    report = (site / "briefing-report.txt").read_text(encoding="utf-8").splitlines()
    assert len(report) == sum(1 for p in (project / "seeds").rglob("*") if p.is_file())
    assert any(line.startswith("fake\\nreport.txt") and "page" in line for line in report)


def test_build_says_why_it_stopped_and_keeps_the_old_site(project: Path, tmp_path: Path) -> None:
    broken = tmp_path / "p"
    shutil.copytree(project, broken, ignore=shutil.ignore_patterns("site*", ".cache"))
    (broken / "seeds").joinpath("binary.txt").unlink()
    site = _build(broken, "site")
    (broken / "entities.yml").write_text("people:\n  - name: A\n    hide: 'no'\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-f", str(broken / "mkdocs.yml"), "-d", str(site)])
    assert result.exit_code == 1
    assert "entities.yml:3: people[0].hide (A): Input should be a valid boolean" in result.output
    assert (site / "index.html").is_file() and not list(broken.glob(".site-*"))
    result = CliRunner().invoke(main, ["build", "-f", str(broken / "mkdocs.yml"), "--jobs", "-1"])
    assert result.exit_code == 2 and "-1 is not in the range x>=0" in result.output


def test_broken_inputs_are_reported(site: Path) -> None:
    report = (site / "briefing-report.txt").read_text(encoding="utf-8")
    assert "empty.txt" in report and "empty file" in report
    assert "binary.txt" in report and "binary file" in report
    assert "000_bf32d7edd2818517.txt" in report and "xss.txt" in report
    # The count is the people on the page (after the cross-document step), not the raw ones.
    seed_line = next(line for line in report.splitlines() if line.startswith("000_bf32d7edd2818517.txt"))
    assert "4 people, language de" in seed_line
    assert "binary file" in (site / "report.html").read_text(encoding="utf-8")


def test_generated_pages_stay_out_of_the_nav(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "people/wladimir-putin.html" not in html


def test_nothing_is_loaded_from_the_internet(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for marker in ("fonts.googleapis", "unpkg.com", "cdn.jsdelivr", "fonts.gstatic"):
            assert marker not in html, (page, marker)


def test_generate_is_deterministic(project: Path, tmp_path: Path) -> None:
    outputs = []
    for run, jobs in (("a", "1"), ("b", "2")):
        out = tmp_path / run
        result = CliRunner().invoke(
            main, ["generate", str(project / "seeds"), "--out", str(out), "--jobs", jobs]
        )
        assert result.exit_code == 0, result.output
        outputs.append(
            {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*.md")}
        )
    assert outputs[0] == outputs[1] and "briefings/000-bf32d7edd2818517.md" in outputs[0]


def test_export_json_shape(project: Path, tmp_path: Path) -> None:
    import json

    target = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["export", str(project / "seeds"), "--json", str(target)])
    assert result.exit_code == 0, result.output
    data = json.loads(target.read_text(encoding="utf-8"))
    assert {d["id"] for d in data["documents"]} >= {"000_bf32d7edd2818517", "xss", "index"}
    doc = next(d for d in data["documents"] if d["id"] == "xss")
    assert set(doc) >= {"id", "title", "language", "key_points", "people", "organizations", "places"}
    assert {"id", "name", "aliases", "roles", "documents"} <= set(data["people"][0])


def test_serve_watches_the_source_folder(project: Path) -> None:
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    watched: list[str] = []

    class Server:
        def watch(self, path: str) -> None:
            watched.append(path)

    config.plugins["briefing"].on_serve(Server(), config=config, builder=None)
    assert watched == [str((project / "seeds").resolve())]


def test_generate_and_export_take_their_settings_from_mkdocs_yml(project: Path, tmp_path: Path) -> None:
    root = tmp_path / "other"
    shutil.copytree(project / "docs", root / "docs")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "sources: seeds\n" in config
    english = config.replace("sources: seeds\n", "sources: texts\n      language: en\n")
    (root / "mkdocs.yml").write_text(english, encoding="utf-8")
    write(root / "texts", "a.txt", "Politik\n\nBericht\n\nWien – Anna Gruber sagte in Wien etwas.\n")
    runner = CliRunner()
    result = runner.invoke(main, ["generate", "-f", str(root / "mkdocs.yml"), "--out", str(tmp_path / "md")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "md" / "briefings" / "a.md").is_file()  # from texts/, not seeds/
    assert "People" in (tmp_path / "md" / "people" / "index.md").read_text(encoding="utf-8")
    target = tmp_path / "export.json"
    result = runner.invoke(main, ["export", "-f", str(root / "mkdocs.yml"), "--json", str(target)])
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(target.read_text(encoding="utf-8"))["documents"]] == ["a"]
