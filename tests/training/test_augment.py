import json
import random

import pytest
import spacy
from spacy.training import Example

from training.augment import create_chain_augmenter, create_name_augmenter, create_whitespace_augmenter


@pytest.fixture
def patterns(tmp_path):
    path = tmp_path / "patterns.json"
    entries = [
        {"patterns": [[{"ORTH": {"IN": ["Olga"]}}]], "attrs": {"TAG": "FIRST"}},
        {"patterns": [[{"ORTH": {"IN": ["Novak"]}}]], "attrs": {"TAG": "LAST+PLACE"}},
    ]
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path


def example(nlp, text, tags):
    return Example.from_dict(nlp.make_doc(text), {"entities": tags})


def entities(example):
    return [(ent.start, ent.end, ent.label_, ent.text) for ent in example.reference.ents]


def test_name_augmenter_swaps_person_words_and_keeps_labels(patterns):
    nlp = spacy.blank("de")
    original = example(
        nlp,
        "Gestern traf Angela Merkel in Berlin Chr . Müller .",
        ["O", "O", "B-PER", "L-PER", "O", "U-LOC", "B-PER", "L-PER", "U-PER", "O"],
    )
    (variant,) = create_name_augmenter(1.0, patterns)(nlp, original)
    assert entities(variant) == [
        (2, 4, "PER", "Olga Novak"),
        (5, 6, "LOC", "Berlin"),
        (6, 8, "PER", "Chr ."),  # not letters only: kept
        (8, 9, "PER", variant.reference[8].text),
    ]
    assert variant.reference[8].text in {"Olga", "Novak"}
    assert variant.predicted.text == variant.reference.text


def test_name_augmenter_leaves_sentences_without_people(patterns):
    nlp = spacy.blank("de")
    original = example(nlp, "Die Stadt Wien wächst .", ["O", "O", "U-LOC", "O", "O"])
    (variant,) = create_name_augmenter(1.0, patterns)(nlp, original)
    assert variant is original


def test_chain_applies_both_and_whitespace_stays_outside_names(patterns):
    random.seed(3)
    nlp = spacy.blank("de")
    original = example(nlp, "Angela Merkel sprach lange .", ["B-PER", "L-PER", "O", "O", "O"])
    chain = create_chain_augmenter(
        create_name_augmenter(1.0, patterns), create_whitespace_augmenter(1.0, 0.5, ["\n\n"])
    )
    for _ in range(20):
        (variant,) = chain(nlp, original)
        people = [ent for ent in variant.reference.ents if ent.label_ == "PER"]
        assert [ent.text for ent in people] == ["Olga Novak"]
        assert any(token.text == "\n\n" for token in variant.reference)
