"""Training-time augmenters, loaded by ``spacy train --code training/augment.py``.

Articles contain newline/space tokens that the corpora never have. spaCy's combined augmenter
also inserts them *inside* entities (teaching that a name continues across a paragraph break),
so the whitespace augmenter only inserts them at positions that are not inside an entity.

The name augmenter swaps the words of person names for other first/last names from the
gazetteer (training/gazetteer.py), so the ner learns names from their context rather than by
heart.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.augment import _doc_to_biluo_tags_with_partial, make_whitespace_variant
from spacy.util import registry

from training.gazetteer import names_of

Augmenter = Callable[[Language, Example], Iterator[Example]]


@registry.augmenters("briefing.whitespace_augmenter.v1")
def create_whitespace_augmenter(level: float, per_token: float, variants: list[str]) -> Augmenter:
    """With probability ``level``, insert ``per_token`` * len whitespace tokens outside entities."""

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        if random.random() < level:
            for _ in range(max(1, int(len(example.reference) * per_token))):
                ref = example.reference
                free = [i for i in range(len(ref) + 1) if i == len(ref) or ref[i].ent_iob_ != "I"]
                example = make_whitespace_variant(nlp, example, random.choice(variants), random.choice(free))
        yield example

    return augment


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


@registry.augmenters("briefing.name_augmenter.v1")
def create_name_augmenter(level: float, patterns: Path) -> Augmenter:
    """With probability ``level``, give every person in the sentence a random gazetteer name:
    the last word of the name a last name, the words before it first names. A name with a word
    that is not capitalised letters only ("Chr .", "al-Assad") keeps its words."""
    entries = json.loads(Path(patterns).read_text(encoding="utf-8"))
    first, last = names_of(entries, "FIRST"), names_of(entries, "LAST")

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        ref = example.reference
        people = [ent for ent in ref.ents if ent.label_ == "PER"]
        if not people or random.random() >= level:
            yield example
            return
        words = [token.text for token in ref]
        for ent in people:
            if all(_is_name_word(words[i]) for i in range(ent.start, ent.end)):
                for i in range(ent.start, ent.end - 1):
                    words[i] = random.choice(first)
                words[ent.end - 1] = random.choice(last if ent.end - ent.start > 1 else first + last)
        data = example.to_dict()
        data["doc_annotation"]["entities"] = _doc_to_biluo_tags_with_partial(ref)
        data["token_annotation"]["ORTH"] = words
        predicted = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in ref])
        yield Example.from_dict(predicted, data)

    return augment


@registry.augmenters("briefing.chain_augmenter.v1")
def create_chain_augmenter(first: Augmenter, then: Augmenter) -> Augmenter:
    """Apply ``first``, then ``then`` to each of its examples."""

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        for variant in first(nlp, example):
            yield from then(nlp, variant)

    return augment
