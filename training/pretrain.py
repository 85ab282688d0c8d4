"""Unlabelled German text for the unsupervised steps (static vectors, ``spacy pretrain``).

    python -m training.pretrain corpus                       # -> training/work/raw-de.{txt,jsonl}
    python -m training.pretrain run --epochs 3 --name p1      # spacy pretrain (characters objective)

Raw text (train splits only; never a dev/test split), chosen with ``--sources``: the tokens of
GermEval 2014 train.bioes, CoNLL-2003 de train.bioes, Europarl de train.tsv and WikiANN de train,
the SmartData-de v1 *train* documents, and the 10kGNAD articles CSV (a separate news corpus;
CC BY-NC-SA, so never used for the shipped model). ``training/train.py --lang de`` passes the
shipped model's list. Documents are split into sentences with spaCy's German tokenizer +
sentencizer. Any line identical to a GermEval dev sentence is dropped (the dev file is read only
for that filter).

Outputs (git-ignored, under training/work/):
  raw-de.txt    one sentence per line, tokens separated by single spaces (for floret)
  raw-de.jsonl  {"text": ...} per sentence (for ``spacy pretrain``, JsonlCorpus)
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import spacy

from generator.evaluation import GNAD_DEV, NEWS
from generator.evaluation.corpora import read_any
from training import SINGLE_THREAD, WORK
from training.convert import DATA, DEV_FILES, TRAIN_SOURCES

ROOT = Path(__file__).resolve().parent

TOKENISED = {name: TRAIN_SOURCES["de"][name][0] for name in ("germeval", "conll", "europarl", "wikiann")}
SMARTDATA = "smartdata-de/v1_20180119/train.json.gz"
GNAD = GNAD_DEV


def _unwrap(value: object) -> object:
    """Avro-JSON union wrapping: {"string": x} -> x."""
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("string", "array", "map"):
        return next(iter(value.values()))
    return value


def smartdata_texts(path: Path) -> Iterator[str]:
    """Plain texts of a gzip of concatenated (pretty-printed) JSON objects."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = handle.read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(data) and data[pos].isspace():
            pos += 1
        if pos >= len(data):
            return
        obj, pos = decoder.raw_decode(data, pos)
        text = _unwrap(obj.get("text"))
        if isinstance(text, str) and text.strip():
            yield text


def gnad_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";", quotechar="'"):
            if len(row) >= 2 and row[1].strip():
                yield row[1]


def sentences_of(nlp: spacy.language.Language, texts: Iterator[str]) -> Iterator[list[str]]:
    """Tokenised sentences of raw documents (whitespace tokens dropped)."""
    for doc in nlp.pipe(texts, batch_size=64):
        for sent in doc.sents:
            words = [t.text for t in sent if not t.is_space]
            if words:
                yield words


# The shipped model's vector text (as training/train.py DEFAULT_VECTORS["de"]): corpora whose
# terms allow shipping derived weights with attribution. 10kGNAD (CC BY-NC-SA) is opt-in for
# experiments only.
DEFAULT_RAW_SOURCES = ("germeval", "conll", "europarl", "wikiann", "smartdata-v1-train")
ALL_RAW_SOURCES = (*TOKENISED, "smartdata-v1-train", "10kgnad")
RAW_LICENCES = {name: TRAIN_SOURCES["de"][name][1] for name in TOKENISED} | {
    "smartdata-v1-train": "CC BY 4.0 (DFKI SmartData, Schiersch et al. 2018)",
    "10kgnad": "CC BY-NC-SA 4.0 (10kGNAD / DER STANDARD)",
}


def dev_lines() -> set[str]:
    """The GermEval dev sentences as space-joined lines: never used as training text."""
    return {" ".join(toks) for toks, _ in read_any(DATA / DEV_FILES["de"])}


def raw_sentences(sources: tuple[str, ...]) -> Iterator[tuple[str, list[list[str]]]]:
    """(source, its tokenised sentences without whitespace tokens), in ALL_RAW_SOURCES order."""
    for name, rel in TOKENISED.items():
        if name in sources:
            yield name, [[t for t in toks if t.strip()] for toks, _ in read_any(DATA / rel)]
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    documents = {
        "smartdata-v1-train": (smartdata_texts, DATA / SMARTDATA),
        "10kgnad": (gnad_texts, NEWS / GNAD),
    }
    for name, (read, path) in documents.items():
        if name in sources:
            yield name, list(sentences_of(nlp, read(path)))


def build_corpus(
    out_dir: Path = WORK, seed: int = 0, sources: tuple[str, ...] = DEFAULT_RAW_SOURCES
) -> dict[str, int]:
    """Write raw-de.txt and raw-de.jsonl; return sentence counts per source."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dev = dev_lines()
    lines: list[str] = []
    counts: dict[str, int] = {}
    for name, sentences in raw_sentences(sources):
        counts[name] = len(sentences)
        lines.extend(" ".join(words) for words in sentences)
    kept = [line for line in lines if line.strip() and line not in dev]
    counts["dropped_as_dev"] = len(lines) - len(kept)
    random.Random(seed).shuffle(kept)
    (out_dir / "raw-de.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    with (out_dir / "raw-de.jsonl").open("w", encoding="utf-8") as handle:
        for line in kept:
            handle.write(json.dumps({"text": line}, ensure_ascii=False) + "\n")
    counts["lines"] = len(kept)
    counts["tokens"] = sum(line.count(" ") + 1 for line in kept)
    return counts


def create_parser_pretraining_model(nlp, P):
    """Pretraining network for the tok2vec embedded in a transition-based ``ner``.

    ``ner.model.get_ref("tok2vec")`` is ``chain(Tok2Vec, list2array, Linear)`` and outputs one
    array, while spaCy's objectives expect the list of per-doc arrays of a plain Tok2Vec (stock
    ``spacy pretrain`` fails with "Provided 'x' array should be 2-dimensional"). So the objective
    is built on the inner Tok2Vec, and the saved ``tok2vec`` ref is the whole chain (its Linear
    keeps its initial weights), which is exactly what ``[initialize] init_tok2vec`` loads back
    into ``ner.model.get_ref("tok2vec")`` during ``spacy train``.
    """
    from thinc.api import Model, set_dropout_rate

    with nlp.select_pipes(enable=[]):
        nlp.initialize()
    chain = nlp.get_pipe(P["component"]).model.get_ref(P["layer"])
    sample = [nlp.make_doc("Give it a doc to infer shapes")]
    chain.initialize(X=sample)
    inner = P["objective"](nlp.vocab, chain.layers[0])
    inner.initialize(X=sample)
    # The chain must be in the tree to be the "tok2vec" ref; the forward pass only uses `inner`.
    model: Model = Model(
        "parser-tok2vec-pretraining",
        lambda model, docs, is_train: model.layers[0](docs, is_train),
        layers=[inner, chain],
        refs={"tok2vec": chain},
        attrs={"loss": inner.attrs["loss"]},
    )
    set_dropout_rate(model, P["dropout"])
    return model


def _worker(filled: Path, out: Path, overrides: dict[str, object]) -> None:
    """In-process ``spacy pretrain`` with the parser-aware pretraining model."""
    import spacy.training.pretrain as sp
    from spacy.util import load_config

    import training.augment  # noqa: F401  (registers the augmenter named in the config)

    sp.create_pretraining_model = create_parser_pretraining_model
    raw = load_config(filled, overrides=overrides, interpolate=False)
    out.mkdir(parents=True, exist_ok=True)
    raw.to_disk(out / "config.cfg")
    sp.pretrain(raw.interpolate(), out, silent=False)


def run_pretrain(config: Path, out: Path, epochs: int, extra: list[str]) -> float:
    """Fill the config, then pretrain single-threaded in a subprocess; return wall seconds.

    ``spacy pretrain`` (unlike ``spacy train``) needs a completely filled config, so the config
    is first filled with ``spacy init fill-config --pretraining`` into training/work/; training
    later uses the original config (``spacy train`` fills it the same way).
    """
    env = {**os.environ, **SINGLE_THREAD}
    filled = WORK / f"{out.name}-filled.cfg"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "fill-config",
            str(config),
            str(filled),
            "--pretraining",
            "--code",
            str(ROOT / "augment.py"),
        ],
        check=True,
        env=env,
    )
    cmd = [
        sys.executable,
        "-m",
        "training.pretrain",
        "_worker",
        str(filled),
        str(out),
        "--paths.raw_text",
        str(WORK / "raw-de.jsonl"),
        "--pretraining.max_epochs",
        str(epochs),
        *extra,
    ]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=ROOT.parent)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    corpus = sub.add_parser("corpus", help="build training/work/raw-de.{txt,jsonl}")
    corpus.add_argument(
        "--sources",
        default=",".join(DEFAULT_RAW_SOURCES),
        help=f"comma-separated, of: {', '.join(ALL_RAW_SOURCES)}",
    )
    run = sub.add_parser("run", help="spacy pretrain into training/work/pretrain-<name>/")
    run.add_argument("--config", type=Path, default=ROOT / "configs" / "de-pretrain.cfg")
    run.add_argument("--epochs", type=int, default=3)
    run.add_argument("--name", default="p1")
    worker = sub.add_parser("_worker")
    worker.add_argument("filled", type=Path)
    worker.add_argument("out", type=Path)
    args, extra = parser.parse_known_args()
    if args.cmd == "_worker":
        from spacy.cli._util import parse_config_overrides

        _worker(args.filled, args.out, parse_config_overrides(extra))
    elif args.cmd == "corpus":
        print(json.dumps(build_corpus(sources=tuple(args.sources.split(","))), indent=2))
    else:
        seconds = run_pretrain(args.config, WORK / f"pretrain-{args.name}", args.epochs, extra)
        print(f"pretrain wall time: {seconds:.0f} s")


if __name__ == "__main__":
    main()
