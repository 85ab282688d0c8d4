"""Silver training data for distillation (an experiment, not part of the shipped models).

    python -m training.silver --teachers gN,gN-seed1,gN3   # -> training/corpus/de-gold+silver-train.spacy

Unlabelled German sentences (Europarl train, WikiANN de train, SmartData v1 train; never a dev
sentence) are tagged by several trained runs, and a span is kept when more than half of them
predict it. The result is appended to the gold training DocBin, so a student can be trained on
gold + silver with ``training/train.py ... --paths.train <output>``.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from training import OUTPUT
from training.convert import CORPUS_DIR
from training.pretrain import dev_lines, raw_sentences

SOURCES = ("europarl", "wikiann", "smartdata-v1-train")  # raw text of training/pretrain.py
MAX_WORDS = 100

Entity = tuple[int, int, str]


def unlabelled_sentences(sources: tuple[str, ...] = SOURCES) -> list[list[str]]:
    dev = dev_lines()
    sentences = [words for _, found in raw_sentences(sources) for words in found]
    return [s for s in sentences if s and len(s) <= MAX_WORDS and " ".join(s) not in dev]


def majority(predictions: Sequence[Sequence[Entity]]) -> list[Entity]:
    """Spans predicted by more than half of the teachers; overlaps go to the more frequent."""
    counts = Counter(span for spans in predictions for span in spans)
    chosen: list[Entity] = []
    for span, votes in counts.most_common():
        if votes * 2 > len(predictions) and all(span[1] <= o[0] or o[1] <= span[0] for o in chosen):
            chosen.append(span)
    return sorted(chosen)


def silver_docs(teachers: Sequence[Path], sentences: list[list[str]]) -> list[Doc]:
    tagged: list[list[list[Entity]]] = []
    for path in teachers:
        nlp = spacy.load(path)
        docs = nlp.pipe((Doc(nlp.vocab, words=words) for words in sentences), batch_size=256)
        tagged.append([[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs])
    vocab = spacy.blank("de").vocab
    result = []
    for index, words in enumerate(sentences):
        doc = Doc(vocab, words=words)
        doc.ents = [Span(doc, a, b, label=label) for a, b, label in majority([t[index] for t in tagged])]
        result.append(doc)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--teachers", required=True, help="runs in training/output/de-*, comma-separated")
    parser.add_argument("--sources", default=",".join(SOURCES), help="raw text sources, comma-separated")
    parser.add_argument("--gold", type=Path, default=CORPUS_DIR / "de-germeval+conll-train.spacy")
    parser.add_argument("--output", type=Path, default=CORPUS_DIR / "de-gold+silver-train.spacy")
    args = parser.parse_args()
    teachers = [OUTPUT / f"de-{name}" / "model-best" for name in args.teachers.split(",")]
    vocab = spacy.blank("de").vocab
    docs = list(DocBin().from_disk(args.gold).get_docs(vocab))
    silver = silver_docs(teachers, unlabelled_sentences(tuple(args.sources.split(","))))
    DocBin(docs=docs + silver).to_disk(args.output)
    print({"gold": len(docs), "silver": len(silver), "entities": sum(len(d.ents) for d in silver)})


if __name__ == "__main__":
    main()
