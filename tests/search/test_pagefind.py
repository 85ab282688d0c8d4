"""Pagefind bundles for search over HTTP (the browser tests query them)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from generator.search import SearchedPage, page_language, searched_article, write_bundles

PAGE = """<html><body><nav>Navigation</nav>
<article class="md-content__inner md-typeset" lang="en"><h1 id="t">Title</h1><p>Own words.</p>
<h2 id="related">Related<a class="headerlink" href="#related" title="Permanent link">&para;</a></h2>
<ul><li>Other briefing</li></ul>
<h2 id="text">Text</h2><h3 id="sub">Sub</h3><p>Body words.</p>
</article><footer>Footer</footer></body></html>"""


def test_the_searched_article_is_the_page_without_its_cut_sections() -> None:
    article = searched_article(PAGE, ["related"])
    assert article is not None
    assert "Own words." in article and "Body words." in article and '<h3 id="sub">' in article
    assert "Other briefing" not in article and "Navigation" not in article and "Footer" not in article
    assert "headerlink" not in article
    assert searched_article("<html><body>no article</body></html>", []) is None


def test_a_page_language_is_a_plain_code_or_the_default() -> None:
    assert page_language("en", "de") == "en"
    assert page_language(" EN ", "de") == "en"
    assert page_language('en" onload="x', "de") == "de"
    assert page_language(None, "de") == "de"


def _fragments(bundle: Path) -> list[dict]:
    found = []
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes())
        found.append(json.loads(raw[raw.index(b"{") :]))
    return found


def test_one_bundle_per_language_with_its_licence_and_without_unused_interfaces(tmp_path: Path) -> None:
    pages = [
        SearchedPage("briefings/a.html", "de", "<h1>Militärausbilder</h1><p>Die Ausbilder kamen.</p>"),
        SearchedPage("briefings/b.html", "en", "<h1>Instructors</h1><p>The instructors came.</p>"),
        SearchedPage("people/x.html", "de", "<h1>Anna Gruber</h1>"),
    ]
    assert write_bundles(pages, tmp_path) == {"de": 2, "en": 1}
    root = tmp_path / "search" / "pagefind"
    assert json.loads((root / "languages.json").read_text()) == ["de", "en"]
    assert "CloudCannon" in (root / "LICENSE").read_text()
    for language in ("de", "en"):
        bundle = root / language
        assert (bundle / "pagefind.js").is_file() and (bundle / f"wasm.{language}.pagefind").is_file()
        assert not (bundle / "pagefind-ui.js").exists()
    urls = {f["url"]: f for f in _fragments(root / "de")}
    assert set(urls) == {"/briefings/a.html", "/people/x.html"}
    assert urls["/briefings/a.html"]["meta"]["title"] == "Militärausbilder"
    assert [f["url"] for f in _fragments(root / "en")] == ["/briefings/b.html"]


def test_a_pagefind_that_does_not_finish_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    import subprocess

    import pytest

    from generator.search import pagefind

    def hangs(*args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired("pagefind", pagefind.TIMEOUT_S)

    monkeypatch.setattr(pagefind.subprocess, "run", hangs)
    with pytest.raises(pagefind.SearchIndexError, match="did not finish the de pages"):
        write_bundles([SearchedPage("a.html", "de", "<h1>A</h1>")], tmp_path)
