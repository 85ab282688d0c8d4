"""Convert the raw corpora into spaCy DocBins under ``training/corpus/`` (git-ignored).

python -m training.convert --lang de --sources germeval,conll
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

from generator.evaluation import NER_DATA
from generator.evaluation.corpora import Sentence, drop_adjective_misc, read_any, to_docbin

ROOT = Path(__file__).resolve().parent
CORPUS_DIR = ROOT / "corpus"
DATA = NER_DATA

# name -> (train file, licence) per language; every path is relative to DATA.
TRAIN_SOURCES: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "germeval": ("germeval2014/train.bioes", "CC BY 4.0 (GermEval 2014 / NoSta-D)"),
        "conll": ("conll2003-de/train.bioes", "CoNLL-2003 / ECI research-use terms"),
        "conll-raw": ("conll2003-de/train.bioes", "CoNLL-2003 / ECI research-use terms"),
        "europarl": ("europarl-de/train.tsv", "German Europarl NER (Faruqui & Pado 2010)"),
        "wikiann": ("wikiann/de/train", "WikiANN (Wikipedia, CC BY-SA)"),
        "wikiann-per": ("wikiann/de/train", "WikiANN (Wikipedia, CC BY-SA)"),
    },
    "en": {
        "conll": ("conll2003-en/train.txt", "CoNLL-2003 / Reuters RCV1 research-use terms"),
        "wikiann": ("wikiann/en/train", "WikiANN (Wikipedia, CC BY-SA)"),
    },
}
DEV_FILES = {"de": "germeval2014/NER-de-dev.tsv", "en": "conll2003-en/valid.txt"}


def load_train(lang: str, sources: list[str]) -> list[Sentence]:
    """All training sentences of the chosen sources, in source order."""
    sentences: list[Sentence] = []
    for name in sources:
        part = read_any(DATA / TRAIN_SOURCES[lang][name][0])
        if lang == "de" and name == "conll":  # "conll-raw" keeps the original labels
            part = drop_adjective_misc(part)
        if name == "wikiann-per":  # only sentences with a person: names are what we lack
            part = [(toks, tags) for toks, tags in part if "B-PER" in tags]
        sentences.extend(part)
    return sentences


def convert(lang: str, sources: list[str]) -> tuple[Path, Path]:
    """Write ``<lang>-<sources>-train.spacy`` and ``<lang>-dev.spacy``; return their paths."""
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank(lang)
    train_path = CORPUS_DIR / f"{lang}-{'+'.join(sources)}-train.spacy"
    dev_path = CORPUS_DIR / f"{lang}-dev.spacy"
    if not train_path.exists():
        to_docbin(nlp, load_train(lang, sources)).to_disk(train_path)
    if not dev_path.exists():
        to_docbin(nlp, read_any(DATA / DEV_FILES[lang])).to_disk(dev_path)
    return train_path, dev_path


def source_meta(lang: str, sources: list[str]) -> list[dict[str, str]]:
    """The ``sources`` entries for meta.json."""
    return [
        {"name": name, "file": file, "license": licence}
        for name in sources
        for file, licence in [TRAIN_SOURCES[lang][name]]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=sorted(TRAIN_SOURCES), required=True)
    parser.add_argument("--sources", required=True, help="comma-separated source names")
    args = parser.parse_args()
    sources = args.sources.split(",")
    print(json.dumps([str(p) for p in convert(args.lang, sources)]))


if __name__ == "__main__":
    main()
