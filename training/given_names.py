"""Given names of every culture: every one-word Latin-script first name that Faker's person
providers list in any locale, and the romanised Japanese and Chinese ones (MIT); and the words
that open persons' names in the NER training corpora and that they never write in lower case
("Condoleezza", "Vyacheslav"; not "Big" of "Big Brother"). The product reads a two-word "person"
that ends or opens with a common word after no given name as a thing ("Scotland Yard", "Big
Brother", "Oxford East"), unless the text marks it as a person.

    python -m training.given_names   # -> generator/lang/given_names.txt
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator.analysis.titles import is_function_word, is_title
from generator.evaluation.corpora import Sentence, read_any
from training import write_word_list
from training.common_words import counts
from training.convert import DATA, TRAIN_SOURCES
from training.gazetteer import faker_first_name_locales, faker_name_lists

OUTPUT = Path(__file__).resolve().parent.parent / "generator" / "lang" / "given_names.txt"
CORPORA = {"en": ("conll", "wikiann"), "de": ("germeval", "conll", "wikiann")}  # annotated ones
OPENING_MIN = 2  # persons' names a word opens in the corpora
LOWER_MAX = 1  # times the corpora write it in lower case: once may be a typing error


def faker_given_names() -> set[str]:
    romanised = {name for _, names in faker_name_lists("first_romanized_names") for name in names}
    return {name.casefold() for name in set(faker_first_name_locales()) | romanised}


def corpus_given_names() -> set[str]:
    lower: Counter[str] = Counter()
    opening: Counter[str] = Counter()
    for language, sources in CORPORA.items():
        for source in sources:
            sentences = read_any(DATA / TRAIN_SOURCES[language][source][0])
            counts(sentences, 0, lower, Counter())
            opening.update(_opening_full_names(sentences))
    # A title opens a name in some annotations ("Prinz", "Chancellor"): it is none.
    given = {w for w, n in opening.items() if n >= OPENING_MIN and lower[w] <= LOWER_MAX and w.isalpha()}
    return {w for w in given if not is_title(w) and not is_function_word(w)}


def _opening_full_names(sentences: list[Sentence]) -> Counter[str]:
    """The first words of persons' names of two words or more (a surname alone opens none)."""
    found: Counter[str] = Counter()
    for tokens, tags in sentences:
        for i in range(len(tokens) - 1):
            if tags[i] == "B-PER" and tags[i + 1] == "I-PER" and len(tokens[i]) > 1:
                found[tokens[i].casefold()] += 1
    return found


def main() -> None:
    write_word_list(OUTPUT, faker_given_names() | corpus_given_names(), "python -m training.given_names")


if __name__ == "__main__":
    main()
