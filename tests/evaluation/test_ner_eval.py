"""Exact-span scoring, the eval entry point, and the shipped pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from generator.evaluation import NER_DATA
from generator.evaluation.ner import evaluate, run, score_spans, shipped_model, with_rules

DATA = NER_DATA


def test_score_spans_known_values() -> None:
    gold = [[(0, 2, "PER"), (3, 4, "LOC")], [(0, 1, "ORG")]]
    pred = [[(0, 2, "PER"), (3, 4, "ORG")], [(0, 1, "ORG"), (2, 3, "PER")]]
    scores = score_spans(gold, pred)
    # 2 correct of 4 predicted, 2 of 3 gold.
    assert scores["overall"]["p"] == 0.5
    assert scores["overall"]["r"] == pytest.approx(0.6667, abs=1e-4)
    assert scores["overall"]["f"] == pytest.approx(4 / 7, abs=1e-4)
    expected = {"p": 0.5, "r": 1.0, "f": 0.6667, "tp": 1, "pred": 2, "gold": 1}
    assert scores["per_type"]["PER"] == expected
    assert scores["per_type"]["LOC"]["r"] == 0.0
    assert scores["per_type"]["MISC"]["f"] == 0.0


def test_partial_span_is_an_error() -> None:
    scores = score_spans([[(0, 3, "PER")]], [[(1, 3, "PER")]])
    assert scores["overall"]["tp"] == 0


def _fake_nlp() -> spacy.language.Language:
    """A rule-based pipeline that tags "Merkel" as PER and "Bonn" as ORG (a mistake)."""
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Merkel"}, {"label": "ORG", "pattern": "Bonn"}])
    return nlp


def test_with_rules_applies_the_analysis_name_rules_on_tokens() -> None:
    tokens = ["Kremlchef", "Wladimir", "Putin", "traf", "Außenminister", "Mevlüt", "Çavuşoğlu", "."]
    spans = [(0, 3, "PER"), (4, 5, "ORG")]
    # The title is cut off the PER span; the cued name after "Außenminister" becomes a person.
    assert with_rules([(tokens, spans)], "de") == [[(1, 3, "PER"), (4, 5, "ORG"), (5, 7, "PER")]]


def test_with_rules_makes_a_documents_names_consistent() -> None:
    document = [
        (["Wladimir", "Putin", "kam", "."], [(0, 2, "PER")]),
        (["Putin", "lachte", ",", "Putin", "ging", "."], [(0, 1, "ORG")]),
    ]
    # Read as a person once, "Putin" is one everywhere: relabelled, and found where missed.
    assert with_rules(document, "de") == [[(0, 2, "PER")], [(0, 1, "PER"), (3, 4, "PER")]]


def test_evaluate_with_rules_groups_sentences_by_document() -> None:
    sents = [
        (["Angela", "Merkel", "kam", "."], ["B-PER", "I-PER", "O", "O"]),
        (["Merkel", "ging", "."], ["B-PER", "O", "O"]),
    ]
    nlp = spacy.blank("de")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "PER", "pattern": [{"ORTH": "Angela"}, {"ORTH": "Merkel"}]}]
    )
    apart = evaluate(nlp, sents, rules=True)
    together = evaluate(nlp, sents, rules=True, documents=[0, 0])
    assert apart["per_type"]["PER"]["tp"] == 1
    assert together["per_type"]["PER"]["tp"] == 2


def test_evaluate_feeds_gold_tokens() -> None:
    sents = [(["Frau", "Merkel", "in", "Bonn", "."], ["O", "B-PER", "O", "B-LOC", "O"])]
    result = evaluate(_fake_nlp(), sents)
    assert result["sentences"] == 1
    assert result["per_type"]["PER"]["f"] == 1.0
    assert result["overall"] == {"p": 0.5, "r": 0.5, "f": 0.5, "tp": 1, "pred": 2, "gold": 2}


def test_run_detects_format(tmp_path: Path) -> None:
    data = tmp_path / "dev.tsv"
    data.write_text("#\tx\n1\tFrau\tO\tO\n2\tMerkel\tB-PER\tO\n3\tlacht\tO\tO\n", encoding="utf-8")
    model = tmp_path / "fake"
    _fake_nlp().to_disk(model)
    result = run("de", data, model)
    assert result["sentences"] == 1
    assert result["overall"]["f"] == 1.0
    assert result["mapping"] == "GermEval OTH->MISC, deriv/part->O"


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("de", "Kremlchef Wladimir Putin traf Kim Jong-un in Pjöngjang.", "Wladimir Putin"),
        ("en", "Prime Minister Tony Blair met Gordon Brown in London.", "Tony Blair"),
    ],
)
def test_shipped_model_finds_person(lang: str, text: str, person: str) -> None:
    path = shipped_model(lang)
    if not (path / "meta.json").exists():
        pytest.skip(f"no shipped model for {lang}")
    nlp = spacy.load(path)
    assert nlp.pipe_names == ["sentencizer", "attribute_ruler", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    doc = nlp(text)
    people = [e.text for e in doc.ents if e.label_ == "PER"]
    assert person in people
    # The gazetteer travels inside the pipeline: listed names carry their classes as TAG.
    first = person.split()[0]
    assert "FIRST" in next(t for t in doc if t.text == first).tag_.split("+")
    assert [t.tag_ for t in doc if t.text in {"in", "traf", "met"}] == [""] * 2


@pytest.mark.data
@pytest.mark.skipif(not DATA.exists(), reason="../shared/data is absent")
@pytest.mark.skipif(not (shipped_model("de") / "meta.json").exists(), reason="no German model")
def test_run_on_germeval_dev() -> None:
    result = run("de", DATA / "germeval2014" / "NER-de-dev.tsv")
    assert result["sentences"] == 2200
    assert result["overall"]["f"] >= 0.71  # 0.725 measured (2026-12-02): a drop of 1.5 points fails


def test_seed_people_found_with_full_spans() -> None:
    """The acceptance seed: all four people come out as whole PER spans (the analysis stage
    would still make "Yoon Suk-yeol (63)" a person from the age cue, see tests/test_seed.py)."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_bf32d7edd2818517.txt"
    if not (shipped_model("de") / "meta.json").exists() or not seed.exists():
        pytest.skip("no German model or seed")
    doc = spacy.load(shipped_model("de"))(seed.read_text(encoding="utf-8"))
    spans = {e.text for e in doc.ents}
    assert {"Wladimir Putin", "Kim Jong-un", "Yoon Suk-yeol", "Kim Geum Chol"} <= spans
    people = {e.text for e in doc.ents if e.label_ == "PER"}
    assert {"Wladimir Putin", "Kim Jong-un", "Yoon Suk-yeol", "Kim Geum Chol"} <= people
    assert not {"Bild", "Foto"} & people
    assert not any("\n" in e.text for e in doc.ents)
