"""The English common-word list (training/common_words.py)."""

from __future__ import annotations

from collections import Counter

from generator import lang
from training.common_words import counts


def test_counts_lower_case_words_inside_sentences_and_the_words_opening_people() -> None:
    lower: Counter[str] = Counter()
    opening: Counter[str] = Counter()
    sentences = [
        (["Free", "ice", "for", "Will", "Smith", "."], ["O", "O", "O", "B-PER", "I-PER", "O"]),
        ([".", "free", "Tiger", "Woods"], ["O", "O", "B-PER", "I-PER"]),
    ]
    counts(sentences, 3, lower, opening)
    assert lower == Counter({"ice": 1, "for": 1})  # "free" follows a full stop
    assert opening == Counter({"will": 3, "tiger": 3})


def test_the_shipped_list_holds_common_words_but_no_given_names() -> None:
    words = lang.for_language("en").COMMON_WORDS
    assert {"casino", "free", "farmer", "ask"} <= words
    assert not {"will", "tiger", "john", "rose", "joy"} & words
    assert not lang.for_language("de").COMMON_WORDS
