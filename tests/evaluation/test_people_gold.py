"""Regression floor for people extraction on the shared German gold set (not a timing test)."""

import pytest

from generator.evaluation.people import SCORER, score

from ..conftest import SHARED

GOLD = SHARED / "data" / "gold" / "people-de-dev.json"

pytestmark = [
    pytest.mark.data,
    pytest.mark.skipif(
        not (GOLD.is_file() and SCORER.is_file()), reason="../shared gold set or scorer not present"
    ),
]

# Measured with the shipped model when this floor was set; raise it when the pipeline improves.
FLOOR = {"people_f1": 0.95, "clusters_b3_f1": 0.97}


def test_people_quality_does_not_regress() -> None:
    result = score(GOLD, GOLD.with_suffix(""))
    assert result["documents_missing"] == []
    for key, floor in FLOOR.items():
        assert result[key] >= floor, (key, result[key], result["misses"])


def test_eval_people_takes_another_pipeline_per_language(tmp_path) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    bad = CliRunner().invoke(
        main, ["eval-people", "--gold", str(GOLD), "--sources", str(GOLD.with_suffix(""))] + ["--model", "de"]
    )
    assert bad.exit_code != 0 and "LANG=PIPELINE" in bad.output
    missing = CliRunner().invoke(
        main,
        [
            "eval-people",
            "--gold",
            str(GOLD),
            "--sources",
            str(GOLD.with_suffix("")),
            "--model",
            f"de={tmp_path}",
        ],
    )
    assert missing.exit_code != 0
    assert str(tmp_path) in str(missing.exception) or str(tmp_path) in missing.output
