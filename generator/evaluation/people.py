"""People quality: run the pipeline on a gold folder and score it with the shared scorer."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from ..config import Settings
from ..export import export
from ..pipeline import run
from . import SHARED

SCORER = SHARED / "eval" / "score_people.py"
GOLD_DIR = SHARED / "data" / "gold"


def gold_sets(folder: Path = GOLD_DIR) -> list[Path]:
    """The people gold sets in ``folder``: each ``people-*.json`` beside its folder of sources."""
    return sorted(p for p in folder.glob("people-*.json") if p.with_suffix("").is_dir())


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_people", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"people scorer not found at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(
    gold: Path, sources: Path, scorer: Path = SCORER, models: dict[str, str] | None = None
) -> dict[str, Any]:
    """The scorer's figures for the pipeline's export of ``sources``, plus its miss lines;
    ``models`` replaces the pipeline of some languages (language -> spaCy name or path)."""
    settings = Settings(sources=sources, cache_dir=None, progress=False)
    settings.models.update(models or {})
    knowledge = run(settings).knowledge
    module = load_scorer(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        predicted = Path(tmp) / "predicted.json"
        predicted.write_text(json.dumps(export(knowledge), ensure_ascii=False), encoding="utf-8")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            module.main(["score_people", str(gold), str(predicted), "--json", "--misses"])
    lines = out.getvalue().splitlines()
    result: dict[str, Any] = json.loads(lines[-1])
    result["misses"] = lines[:-1]
    return result
