import os
import time
from pathlib import Path

from generator.cache import AnalysisCache, code_fingerprint
from generator.records import DocumentAnalysis

from .conftest import make_doc


def _analysis(doc_id: str) -> DocumentAnalysis:
    return DocumentAnalysis(doc_id, "de", "declared", [], [], "body", "", [], [], "fake", [])


def test_cached_analysis_is_reused_and_written_atomically(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path, "models")
    doc = make_doc("a", "Text.")
    calls: list[str] = []
    for _ in range(2):
        cache.get(doc, lambda: calls.append("x") or _analysis("a"))
    assert calls == ["x"] and len(list(tmp_path.glob("*.pickle"))) == 1 and not list(tmp_path.glob("*.tmp"))


def test_prune_removes_old_analyses_that_no_build_uses(tmp_path: Path) -> None:
    old = AnalysisCache(tmp_path, "models")
    for doc_id in ("a", "b"):
        old.get(make_doc(doc_id, "Text."), lambda doc_id=doc_id: _analysis(doc_id))
    month_ago = time.time() - 30 * 86_400
    for path in tmp_path.glob("*.pickle"):
        os.utime(path, (month_ago, month_ago))
    new = AnalysisCache(tmp_path, "models")
    new.get(make_doc("a", "Text."), lambda: _analysis("a"))
    assert new.prune() == 1
    assert [p.stem for p in tmp_path.glob("*.pickle")] == [new.key(make_doc("a", "Text."))]
    assert AnalysisCache(tmp_path, "other models").prune() == 0  # a is fresh again


def test_fingerprint_changes_with_the_records_and_the_analysis_code(tmp_path: Path, monkeypatch) -> None:
    from generator import cache

    (tmp_path / "analysis").mkdir()
    (tmp_path / "analysis" / "people.py").write_text("A = 1\n")
    (tmp_path / "records.py").write_text("B = 1\n")
    monkeypatch.setattr(cache, "_PACKAGE", tmp_path)
    prints = []
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "de.py").write_text("C = 1\n")
    changes = [
        ("records.py", "B = 1\n"),
        ("records.py", "B = 2\n"),
        ("analysis/people.py", "A = 2\n"),
        ("lang/de.py", "C = 2\n"),  # the word lists the analysis reads
    ]
    for path, text in changes:
        (tmp_path / path).write_text(text)
        code_fingerprint.cache_clear()
        prints.append(code_fingerprint())
    code_fingerprint.cache_clear()
    assert len(set(prints)) == 4
