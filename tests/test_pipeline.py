"""The whole path (generator/pipeline.py): documents analysed in worker processes."""

from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Settings
from generator.export import export
from generator.pipeline import POOL_FROM, Kept, generate, run

from .conftest import write

TEXTS = [
    "Bundeskanzler Karl Nehammer traf in Wien den Präsidenten Emmanuel Macron.",
    "Prime Minister Tony Blair met Chancellor Gordon Brown in London on Monday.",
    "Die ÖVP und die SPÖ verhandeln in Wien über das Budget.",
]


def test_worker_processes_give_the_same_knowledge_as_one_process(tmp_path: Path) -> None:
    for i in range(POOL_FROM + 2):
        write(tmp_path / "src", f"d{i:02d}.txt", f"Titel {i}\n\n{TEXTS[i % 3]} Absatz {i}.")
    write(tmp_path / "src", "broken.pdf", b"%PDF-1.4 not really")
    exports, reports = [], []
    for jobs in (1, 2):
        result = run(Settings(sources=tmp_path / "src", cache_dir=None, progress=False, jobs=jobs))
        exports.append(export(result.knowledge))
        reports.append([(o.source, o.status, o.detail) for o in result.outcomes])
    assert exports[0] == exports[1] and reports[0] == reports[1]
    assert len(exports[0]["documents"]) == POOL_FROM + 2
    assert reports[0][0][:2] == ("broken.pdf", "skipped")


def test_cached_analyses_are_reused_by_workers_and_main_alike(tmp_path: Path) -> None:
    for i in range(POOL_FROM + 1):
        write(tmp_path / "src", f"d{i:02d}.txt", f"Titel {i}\n\n{TEXTS[i % 3]}")
    settings = Settings(sources=tmp_path / "src", cache_dir=tmp_path / "cache", progress=False, jobs=2)
    first = export(run(settings).knowledge)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == POOL_FROM + 1
    assert export(run(settings).knowledge) == first


def test_what_a_build_keeps_gives_the_next_the_same_pages_and_sees_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(3):
        write(tmp_path / "src", f"d{i}.txt", f"Titel {i}\n\n{TEXTS[i]}")
    settings = Settings(sources=tmp_path / "src", cache_dir=None, progress=False, jobs=1)
    kept = Kept()
    first = generate(settings, kept)
    assert len(kept.documents) == len(kept.analyses) == 3
    with monkeypatch.context() as patch:  # the next build neither reads nor analyses anything
        patch.setattr(pipeline, "read_document", _fails)
        patch.setattr(pipeline, "analyse", _fails)
        assert generate(settings, kept) == first
    assert first == generate(settings)
    edited = tmp_path / "src" / "d1.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + " Angela Merkel kam auch.", encoding="utf-8")
    (tmp_path / "src" / "d2.txt").unlink()
    pages, _ = generate(settings, kept)
    assert pages == generate(settings)[0]
    assert any("Angela Merkel" in content for content in pages.values())
    assert len(kept.documents) == len(kept.analyses) == 2  # only what the last build used


def _fails(*args: object, **kwargs: object) -> None:
    raise AssertionError("called")
