"""Given names of every culture: every one-word Latin-script first name that Faker's person
providers list in any locale, and the romanised Japanese and Chinese ones (MIT). The product
reads a two-word English "person" that ends in a common word and opens with no given name as a
thing ("Scotland Yard", "Big Brother", "Oxford East"), unless the text marks it as a person.

    python -m training.given_names   # -> generator/lang/given_names.txt
"""

from __future__ import annotations

from pathlib import Path

from training import write_word_list
from training.gazetteer import faker_first_name_locales, faker_name_lists

OUTPUT = Path(__file__).resolve().parent.parent / "generator" / "lang" / "given_names.txt"


def given_names() -> list[str]:
    romanised = {name for _, names in faker_name_lists("first_romanized_names") for name in names}
    return sorted({name.casefold() for name in set(faker_first_name_locales()) | romanised})


def main() -> None:
    write_word_list(OUTPUT, given_names(), "python -m training.given_names")


if __name__ == "__main__":
    main()
