"""English words that open no person's name, from the English training corpora: every word the
corpora write in lower case inside a sentence at least twice ("casino", "free", "ask"), without
the words that open a person's name in the corpora's annotation ("Will", "Tiger") and without
the given names that Faker's person providers share across locales ("Joy"). The product reads
a multi-word "person" that opens with one of them as a work, firm or campaign ("Casino Royale",
"Free Mojtaba", "Ask Jeeves"), or as a role noun before the name ("Farmer Geoff Brooks").

    python -m training.common_words   # -> generator/lang/en_common_words.txt

The list is derived from CoNLL-2003 English (Reuters, research-use terms; what the shipped
English model is trained on) and WikiANN English (Wikipedia, CC BY-SA).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator.evaluation.corpora import Sentence, read_any
from training import write_word_list
from training.convert import DATA, TRAIN_SOURCES
from training.gazetteer import faker_first_name_locales

OUTPUT = Path(__file__).resolve().parent.parent / "generator" / "lang" / "en_common_words.txt"
SOURCES = ("conll", "wikiann")
LOWER_MIN = 2  # seen once in lower case may be a typing error
# CoNLL's annotation is by hand, WikiANN's projected from links: one CoNLL person counts as many.
PERSON_WEIGHT = {"conll": 3, "wikiann": 1}
PERSON_MAX = 2  # a word that opens more (weighted) persons' names is a given name
GIVEN_LOCALES = 2  # a word Faker lists as a given name in as many locales is one


def counts(sentences: list[Sentence], weight: int, lower: Counter[str], opening: Counter[str]) -> None:
    """Lower-case words inside sentences, and the words that open a person's name."""
    for tokens, tags in sentences:
        for i, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
            if i > 0 and token.isalpha() and token.islower() and tokens[i - 1] not in (".", "!", "?"):
                lower[token] += 1
            if tag.endswith("PER") and (tag[0] in "BSU" or i == 0 or not tags[i - 1].endswith("PER")):
                opening[token.casefold()] += weight


def common_words() -> list[str]:
    lower: Counter[str] = Counter()
    opening: Counter[str] = Counter()
    for name in SOURCES:
        counts(read_any(DATA / TRAIN_SOURCES["en"][name][0]), PERSON_WEIGHT[name], lower, opening)
    locales: Counter[str] = Counter()
    for given, where in faker_first_name_locales().items():
        locales[given.casefold()] += len(where)
    # Faker's lists hold common words of one locale too ("Victory", "Media", "Golden"): a given
    # name is one the corpora open a person's name with ("Rose") or that locales share ("Joy").
    return sorted(
        w
        for w, n in lower.items()
        if n >= LOWER_MIN
        and opening[w] <= PERSON_MAX
        and not (locales[w] and (opening[w] or locales[w] >= GIVEN_LOCALES))
    )


def main() -> None:
    write_word_list(OUTPUT, common_words(), "python -m training.common_words")


if __name__ == "__main__":
    main()
