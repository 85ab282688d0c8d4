"""One command per language: convert, train, evaluate on dev, package into the package dir.

    python -m training.train --lang de
    python -m training.train --lang de --sources germeval --max-steps 2000 --name quick

Training runs single-threaded (OMP/OPENBLAS/MKL_NUM_THREADS=1). Extra ``--key value`` pairs
are passed to ``spacy train`` as config overrides, e.g. ``--training.dropout 0.2``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.pipeline import AttributeRuler, Sentencizer

from generator.analysis.nlp import MODELS_DIR
from generator.evaluation.corpora import read_any
from generator.evaluation.ner import evaluate
from training import OUTPUT, SINGLE_THREAD, WORK
from training.convert import DATA, DEV_FILES, TRAIN_SOURCES, convert, source_meta
from training.gazetteer import sources as gazetteer_sources
from training.gazetteer import write_patterns
from training.pretrain import DEFAULT_RAW_SOURCES, RAW_LICENCES, build_corpus
from training.tokenizer import keep_hyphenated_words

ROOT = Path(__file__).resolve().parent
MODELS = MODELS_DIR
DEFAULT_SOURCES = {"de": ["germeval", "conll"], "en": ["conll"]}
# Raw text for the static floret vectors (training/pretrain.py corpus, training/vectors.py).
DEFAULT_VECTORS = {"de": ",".join(DEFAULT_RAW_SOURCES), "en": "none"}
# The shipped configurations (static vectors and a gazetteer in German, a gazetteer in English);
# German without vectors (--vectors none) falls back to configs/de.cfg.
DEFAULT_CONFIGS = {"de": "de-gazetteer.cfg", "en": "en-gazetteer.cfg"}
# What the gazetteer lists: German also its common nouns (every German noun is capitalised).
DEFAULT_GAZETTEERS = {"de": "names+places+nouns", "en": "names+places"}
NEWLINES = {"\n", "\n\n", "\n\n\n", "\n ", "\n  ", "\n\n ", "\n\n  "}


def train(config: Path, train_path: Path, dev_path: Path, out: Path, overrides: list[str]) -> float:
    """Run ``spacy train``; return wall-clock seconds."""
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(config),
        "--output",
        str(out),
        "--paths.train",
        str(train_path),
        "--paths.dev",
        str(dev_path),
        "--code",
        str(ROOT / "augment.py"),
        *overrides,
    ]
    start = time.perf_counter()
    # From the repository root, so the --code file can import the training package.
    subprocess.run(cmd, check=True, env={**os.environ, **SINGLE_THREAD}, cwd=ROOT.parent)
    return time.perf_counter() - start


def build_vectors(sources: list[str]) -> Path:
    """Raw German text of ``sources`` -> floret vectors -> spaCy vectors in training/work/."""
    print(json.dumps(build_corpus(sources=tuple(sources)), indent=2))
    env = {**os.environ, **SINGLE_THREAD}
    subprocess.run([sys.executable, "-m", "training.vectors"], check=True, env=env, cwd=ROOT.parent)
    return WORK / "vectors-de"


def gazetteer_meta(nlp: spacy.language.Language) -> list[dict[str, str]]:
    """The gazetteer's meta.json sources, read off the trained pipeline's own rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return []
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    attrs = [pattern["attrs"] for pattern in ruler.patterns]
    tags = {str(a.get("TAG", "")) for a in attrs if isinstance(a, dict)}
    classes = {c for tag in tags for c in tag.split("+")}
    return gazetteer_sources(places="PLACE" in classes, nouns="NOUN" in classes)


def package(model_dir: Path, lang: str, sources: list[str], result: dict) -> Path:
    """Save the trained pipeline as ``generator/models/<lang>`` with our meta."""
    nlp = spacy.load(model_dir)
    # Paragraph breaks end a sentence, and the ner never lets an entity cross one.
    sentencizer = nlp.get_pipe("sentencizer")
    assert isinstance(sentencizer, Sentencizer)
    sentencizer.punct_chars = set(sentencizer.punct_chars) | NEWLINES
    keep_hyphenated_words(nlp)
    overall = result["overall"]
    nlp.meta.update(
        name=f"briefing_{lang}",
        version="0.1.0",
        description=f"Compact CNN NER ({lang}) for the briefing generator: {' + '.join(nlp.pipe_names)}",
        license="see sources",
        sources=source_meta(lang, sources)
        + [
            {"name": name, "use": "static vectors (raw text)", "license": RAW_LICENCES[name]}
            for name in result.get("vector_sources", [])
        ]
        + result.get("gazetteer", []),
        performance={
            "dev_data": DEV_FILES[lang],
            "ents_p": overall["p"],
            "ents_r": overall["r"],
            "ents_f": overall["f"],
            "ents_per_type": {
                label: {k: s[k] for k in ("p", "r", "f")} for label, s in result["per_type"].items()
            },
        },
    )
    target = MODELS / lang
    for key in ("vectors", "gazetteer"):  # paths on the training machine, not used to load
        if key in nlp.config["paths"]:
            nlp.config["paths"][key] = None
    nlp.to_disk(target)
    # Training strings are not needed to run (features are hashed); this saves ~2 MB.
    (target / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=sorted(TRAIN_SOURCES), required=True)
    parser.add_argument("--sources", default=None, help="comma-separated training corpora")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument(
        "--vectors",
        default=None,
        help="raw-text sources of the static vectors, or 'none' (default: de "
        f"{DEFAULT_VECTORS['de']}; en none)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="default: configs/de-gazetteer.cfg (de.cfg with --vectors none), configs/en-gazetteer.cfg",
    )
    parser.add_argument(
        "--gazetteer",
        choices=["names", "names+places", "names+places+nouns", "names+places+nouns+genitives"],
        default=None,
        help="what the gazetteer lists, for configs with one (default: de names+places+nouns, "
        "en names+places)",
    )
    parser.add_argument("--name", default="main", help="run name under training/output/<lang>-")
    parser.add_argument("--eval-only", action="store_true", help="skip training; evaluate and package a run")
    parser.add_argument("--package-only", action="store_true", help="only package an earlier run (--name)")
    parser.add_argument("--no-package", action="store_true", help="do not overwrite the shipped model")
    args, overrides = parser.parse_known_args()
    sources = args.sources.split(",") if args.sources else DEFAULT_SOURCES[args.lang]
    if args.max_steps:
        overrides += ["--training.max_steps", str(args.max_steps)]

    vectors = args.vectors or DEFAULT_VECTORS[args.lang]
    vector_sources = [] if vectors == "none" else vectors.split(",")
    out = OUTPUT / f"{args.lang}-{args.name}"
    without_vectors = DEFAULT_VECTORS[args.lang] != "none" and not vector_sources
    default_config = f"{args.lang}.cfg" if without_vectors else DEFAULT_CONFIGS[args.lang]
    config = args.config or ROOT / "configs" / default_config
    if args.package_only:
        result = json.loads((out / "dev_eval.json").read_text())
        print("packaged:", package(out / "model-best", args.lang, result["sources"], result))
        return
    gazetteer = "gazetteer" in spacy.util.load_config(config)["paths"]
    lists = (args.gazetteer or DEFAULT_GAZETTEERS[args.lang]).split("+")
    seconds = 0.0
    if not args.eval_only:
        train_path, dev_path = convert(args.lang, sources)
        if vector_sources:
            overrides += ["--paths.vectors", str(build_vectors(vector_sources))]
        if gazetteer and "--paths.gazetteer" not in overrides:
            patterns = write_patterns(
                "places" in lists,
                out / "gazetteer-patterns.json",  # one per run: runs may overlap
                nouns="nouns" in lists,
                genitives="genitives" in lists,
            )
            overrides += ["--paths.gazetteer", str(patterns)]
        seconds = train(config, train_path, dev_path, out, overrides)
    nlp = spacy.load(out / "model-best")
    result = evaluate(nlp, read_any(DATA / DEV_FILES[args.lang]))
    result.update(
        sources=sources,
        vector_sources=vector_sources,
        gazetteer=gazetteer_meta(nlp),
        overrides=overrides,
        train_seconds=round(seconds),
    )
    (out / "dev_eval.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    if not args.no_package:
        print("packaged:", package(out / "model-best", args.lang, sources, result))


if __name__ == "__main__":
    main()
