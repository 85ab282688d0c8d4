import spacy

from generator.analysis.nlp import MODELS_DIR
from training.tokenizer import keep_hyphenated_words


def test_hyphenated_words_stay_whole_and_dashes_still_split() -> None:
    nlp = spacy.blank("en")
    assert [t.text for t in nlp("Mark Lewis-Francis")] == ["Mark", "Lewis", "-", "Francis"]
    assert keep_hyphenated_words(nlp)
    assert [t.text for t in nlp("Mark Lewis-Francis – won")] == ["Mark", "Lewis-Francis", "–", "won"]
    assert not keep_hyphenated_words(spacy.blank("de"))  # German keeps them whole already


def test_the_shipped_english_model_tokenizes_as_its_training_data() -> None:
    nlp = spacy.load(MODELS_DIR / "en")
    assert "Kilroy-Silk" in [t.text for t in nlp("MEP Robert Kilroy-Silk left.")]
