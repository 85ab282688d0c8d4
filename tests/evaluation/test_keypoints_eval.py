"""Key point evaluation: teaser split, ROUGE tokenisation, a tiny end-to-end run."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluation.keypoints import (
    DEFAULT_DATA_DIR,
    METRICS,
    RougeTokenizer,
    SumyTokenizer,
    run,
    split_sentences,
)

TEASER = "Franzosen verteidigen 2:1-Führung – Kritik an Superstar – Benfica in St. Petersburg."
BODY_DE = (
    "London – Mit einem knappen Vorsprung ist Paris Saint Germain nach London gereist. "
    "Am Mittwochabend verteidigt der französische Meister gegen Chelsea ein 2:1 aus dem Hinspiel. "
    "Chelsea hat seit Dezember nur eine Niederlage in Paris einstecken müssen. "
    "Der Superstar Ibrahimovic steht in der Kritik, weil er in K.-o.-Spielen selten trifft. "
    "Benfica Lissabon verteidigt in St. Petersburg ein 1:0 gegen Zenit."
)


def test_rouge_tokenizer_keeps_umlauts() -> None:
    tokens = RougeTokenizer().tokenize("Größere Straßen für Österreichs Bürger – 2:1!")
    assert tokens == ["größere", "straßen", "für", "österreichs", "bürger", "2", "1"]


def test_rouge_tokenizer_stems_english_when_asked() -> None:
    assert RougeTokenizer(stem=True).tokenize("Profits jumped") == ["profit", "jump"]


def test_sentences_are_cut_as_the_analysis_cuts_them() -> None:
    text = 'Output grew 0.7% in December. "The numbers are good," said an economist. Shares rose.'
    assert split_sentences(text, "en") == [
        "Output grew 0.7% in December.",
        '"The numbers are good," said an economist.',
        "Shares rose.",
    ]


def test_sumy_tokenizer_needs_no_punkt() -> None:
    tokenizer = SumyTokenizer("de")
    assert tokenizer.to_sentences("Ein Satz. Noch einer.") == ("Ein Satz. Noch einer.",)
    assert tokenizer.to_words("Größe, Straße!") == ("Größe", "Straße")


def _write_synthetic(root: Path) -> None:
    gnad = root / "news" / "10kgnad"
    gnad.mkdir(parents=True)
    second = (
        "Neue Regeln für Mieten in Wien. Wien – Die Stadt Wien führt neue Regeln für Mieten ein. "
        "Die Mieten sollen künftig jährlich an die Inflation angepasst werden. "
        "Mieterschützer begrüßen die Regeln für Mieten. "
        "Vermieter kritisieren die neuen Regeln scharf."
    )
    rows = [
        f"Sport;'{TEASER} {BODY_DE}'",
        f"Inland;{second}",
        "Web;Kein Ort. Nur Text ohne Ortsmarke.",
    ]
    (gnad / "articles-dev.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    article = (
        "Rates rise again\n\nThe bank raised rates on Thursday. Lenders will follow.\n\n"
        "Economists expected a smaller rise. Shares fell after the news.\n"
    )
    summary = "The bank raised rates on Thursday.Shares fell after the news."
    for part, text in {"articles": article, "summaries": summary}.items():
        folder = root / "news" / "bbc" / part / "business"
        folder.mkdir(parents=True)
        (folder / "001.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("language", "documents", "skipped"), [("de", 2, 1), ("en", 1, 0)])
def test_tiny_end_to_end_run(tmp_path: Path, language: str, documents: int, skipped: int) -> None:
    _write_synthetic(tmp_path)
    result = run(language, data_dir=tmp_path)
    assert result["documents"] == documents
    assert result["skipped"] == skipped
    assert {"lead3", "textrank", "lexrank", "keypoints"} <= set(result["scores"])
    assert set(result["summary_scores"]) == {"lead2-clean", "summary"}
    for scores in [*result["scores"].values(), *result["summary_scores"].values()]:
        assert set(scores) == set(METRICS)
        assert all(0.0 <= value <= 100.0 for value in scores.values())


def test_count_is_fixed_or_as_on_the_page(tmp_path: Path) -> None:
    _write_synthetic(tmp_path)
    one = run("en", data_dir=tmp_path, count=1)
    assert one["selected_sentences"] == 1
    # Lead-1 "The bank raised rates on Thursday.": 6 tokens, all in the 11 of the reference.
    assert one["scores"]["lead3"]["rouge1"] == pytest.approx(100 * 2 * 6 / (6 + 11), abs=0.01)
    assert run("en", data_dir=tmp_path, count=None)["selected_sentences"] == 3


@pytest.mark.parametrize("count", ["0", "x", "-1"])
def test_cli_rejects_a_count_that_is_neither_a_number_nor_auto(count: str) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["eval-keypoints", "--lang", "en", "--count", count])
    assert result.exit_code == 2
    assert "neither a positive number nor 'auto'" in result.output


@pytest.mark.data
@pytest.mark.skipif(not (DEFAULT_DATA_DIR / "news").exists(), reason="needs ../shared/data")
def test_real_data_smoke() -> None:
    result = run("de", limit=20)
    assert result["documents"] == 20
    assert result["scores"]["keypoints"]["rouge1"] >= 10.3  # 10.66 measured on these 20 (2026-12-02)
