"""People quality: run the pipeline on a gold folder and score it with the shared scorer."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from ..analysis.terms import content_terms
from ..config import Settings
from ..export import export
from ..pipeline import run
from . import GOLD, SHARED

SCORER = SHARED / "eval" / "score_people.py"
GOLD_DIR = GOLD


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
    roles = score_roles(json.loads(gold.read_text(encoding="utf-8")), export(knowledge), module)
    result["misses"] = lines[:-1] + roles.pop("misses")
    result.update(roles)
    return result


def score_roles(gold: list[dict[str, Any]], predicted: dict[str, Any], scorer: ModuleType) -> dict[str, Any]:
    """Roles of the people the scorer matches: precision over the predicted roles, recall over
    the gold people that have a role. A predicted role is right when at least half of its
    content stems are in the gold role ("Präsident" in "Präsident (Südkorea)"; an honorific
    such as "Sir" never is)."""
    documents = {str(d["id"]): d for d in predicted["documents"]}
    predicted_roles = right = gold_roles = found = 0
    misses = []
    for gold_doc in gold:
        doc = documents.get(gold_doc["id"])
        if doc is None:
            continue
        people = doc["people"]
        for gi, pi in scorer.match(gold_doc["people"], people):
            expected = gold_doc["people"][gi].get("role") or ""
            roles = people[pi]["roles"]
            agreeing = [r for r in roles if expected and _agrees(r, expected, doc["language"])]
            predicted_roles += len(roles)
            right += len(agreeing)
            if expected:
                gold_roles += 1
                found += bool(agreeing)
            if len(agreeing) < len(roles) or (expected and not agreeing):
                name = gold_doc["people"][gi]["canonical"]
                misses.append(f"ROLE {gold_doc['id']}: {name}: gold {expected!r}, predicted {roles}")
    precision = right / predicted_roles if predicted_roles else 0.0
    recall = found / gold_roles if gold_roles else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "roles_predicted": predicted_roles,
        "roles_gold": gold_roles,
        "roles_precision": round(precision, 4),
        "roles_recall": round(recall, 4),
        "roles_f1": round(f1, 4),
        "misses": misses,
    }


def _agrees(role: str, gold_role: str, language: str) -> bool:
    stems = set(content_terms([role], language))
    if not stems:  # "MP", "full-back": short or stop words only
        return all(w in _WORDS.findall(gold_role.casefold()) for w in _WORDS.findall(role.casefold()))
    return len(stems & set(content_terms([gold_role], language))) * 2 >= len(stems)


_WORDS = re.compile(r"\w+")
