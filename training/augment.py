"""Training-time augmenter, loaded by ``spacy train --code training/augment.py``.

Articles contain newline/space tokens that the corpora never have. spaCy's combined augmenter
also inserts them *inside* entities (teaching that a name continues across a paragraph break),
so this one only inserts them at positions that are not inside an entity.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.training import Example
from spacy.training.augment import make_whitespace_variant
from spacy.util import registry

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
