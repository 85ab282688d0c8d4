"""Inference tokenizes as the training data does.

spaCy's English tokenizer splits a word at a hyphen ("Lewis-Francis" -> "Lewis", "-", "Francis").
CoNLL-2003 and WikiANN, which the English model learns from, keep a hyphenated word whole, so the
model had never seen the split form and stopped at the hyphen: "Mark Lewis" for "Mark
Lewis-Francis", "Robert Kilroy" for "Robert Kilroy-Silk". The packaged tokenizer keeps words
joined by a plain hyphen whole (as the German one does already); dashes still split.

    python -m training.tokenizer generator/models/en    # rewrite a packaged model's tokenizer
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

_HYPHENS = "(?:-|–|—|--|---|——|~)"
_DASHES = "(?:–|—|--|---|——|~)"


def keep_hyphenated_words(nlp: Language) -> bool:
    """Make ``nlp``'s tokenizer keep "Lewis-Francis" whole; False if it did already."""
    infixes = [p if isinstance(p, str) else p.pattern for p in nlp.Defaults.infixes or []]
    kept = [pattern.replace(_HYPHENS, _DASHES) for pattern in infixes]
    tokenizer = nlp.tokenizer
    if kept == infixes or not isinstance(tokenizer, Tokenizer):
        return False
    tokenizer.infix_finditer = compile_infix_regex(kept).finditer
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="a packaged pipeline directory")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    if keep_hyphenated_words(nlp) and isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.to_disk(args.model / "tokenizer")
        print(f"{args.model}: the tokenizer keeps hyphenated words whole")
    else:
        print(f"{args.model}: nothing to change")


if __name__ == "__main__":
    main()
