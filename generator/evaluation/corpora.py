"""Readers for the NER corpora used to train and evaluate the shipped pipelines.

Every reader returns a list of sentences ``(tokens, tags)`` where ``tags`` are IOB2 over the
labels PER, ORG, LOC, MISC. Mapping: GermEval ``OTH`` -> MISC; ``deriv``/``part`` subtypes -> O.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import DocBin
    from spacy.training import Example

Sentence = tuple[list[str], list[str]]

LABELS = ("PER", "ORG", "LOC", "MISC")
MAPPING = "GermEval OTH->MISC, deriv/part->O"

# Windows-1252 characters that leaked into GermEval train as C1 control codes.
_ARTEFACTS = str.maketrans({"\u0096": "\u2013", "\u0080": "\u20ac", "\u0092": "\u2019"})
_SOFT_HYPHEN = "\u00ad"
_TYPE_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "OTH": "MISC"}


def normalise_token(token: str) -> str:
    """Repair cp1252 artefacts (en dash, euro, apostrophe) and drop soft hyphens."""
    fixed = token.translate(_ARTEFACTS).replace(_SOFT_HYPHEN, "")
    return fixed or "-"  # a token that was only a soft hyphen


def map_tag(tag: str) -> str:
    """Map one source tag (any of IOB/BIOES, any casing of subtypes) to ``X-TYPE`` or ``O``."""
    if tag in ("O", "") or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = _TYPE_MAP.get(label.upper())
    if mapped is None:  # deriv/part subtypes and unknown classes
        return "O"
    return f"{prefix.upper()}-{mapped}"


def to_bio(tags: Iterable[str]) -> list[str]:
    """Turn mapped IOB1/IOB2/BIOES tags into valid IOB2 (an I- that starts a span becomes B-)."""
    out: list[str] = []
    prev_type = ""
    for tag in tags:
        if tag == "O":
            out.append("O")
            prev_type = ""
            continue
        prefix, label = tag.split("-", 1)
        begins = prefix in ("B", "S") or label != prev_type
        out.append(("B-" if begins else "I-") + label)
        # E-/S- close a span, so the next I- of the same type must start a new one.
        prev_type = "" if prefix in ("E", "S") else label
    return out


def _finish(tokens: list[str], raw_tags: list[str]) -> Sentence:
    return [normalise_token(t) for t in tokens], to_bio(map_tag(t) for t in raw_tags)


def _is_boundary(line: str) -> bool:
    """A line between sentences: blank, a CoNLL ``-DOCSTART-`` or a GermEval ``#`` comment."""
    return not line.strip() or line.startswith("-DOCSTART-") or line.startswith("#")


def _read_columns(path: Path, sep: str | None, tok_col: int, tag_col: int) -> Iterator[Sentence]:
    """Shared loop for line-per-token formats with blank lines between sentences."""
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n\r")
            if _is_boundary(line):
                if tokens:
                    yield _finish(tokens, tags)
                tokens, tags = [], []
                continue
            parts = line.rsplit(" ", 1) if sep == "last-space" else line.split(sep)
            tokens.append(parts[tok_col])
            tags.append(parts[tag_col])
    if tokens:
        yield _finish(tokens, tags)


def read_bioes(path: Path) -> list[Sentence]:
    """GermEval train / CoNLL-de: ``TOKEN TAG`` (split on the last space), BIOES."""
    return list(_read_columns(path, "last-space", 0, -1))


def read_germeval_tsv(path: Path) -> list[Sentence]:
    """GermEval original TSV: index, token, outer IOB2, embedded IOB2; ``#`` comments."""
    return list(_read_columns(path, "\t", 1, 2))


def read_conll(path: Path) -> list[Sentence]:
    """CoNLL-2003 English: ``TOKEN POS CHUNK NER`` (the IOB1/IOB2 variants are both handled)."""
    return list(_read_columns(path, None, 0, -1))


def read_wikiann(path: Path) -> list[Sentence]:
    """WikiANN: ``lang:token<TAB>tag``, IOB2; the language prefix is removed."""
    sentences = list(_read_columns(path, "\t", 0, -1))
    return [([t.split(":", 1)[-1] for t in toks], tags) for toks, tags in sentences]


def read_europarl(path: Path) -> list[Sentence]:
    """German Europarl NER: token, lemma, STTS, chunk, NER (IOB1)."""
    return list(_read_columns(path, "\t", 0, -1))


def drop_adjective_misc(sentences: Iterable[Sentence]) -> list[Sentence]:
    """Harmonise CoNLL-de with GermEval: lower-case one-token MISC spans ("deutschen") -> O.

    CoNLL-2003 German tags nationality adjectives as MISC; GermEval calls them LOCderiv,
    which we map to O, so mixing both corpora unchanged teaches contradicting labels.
    """
    out: list[Sentence] = []
    for tokens, tags in sentences:
        fixed = list(tags)
        for start, end, label in bio_to_spans(tags):
            if label == "MISC" and end - start == 1 and tokens[start][:1].islower():
                fixed[start] = "O"
        out.append((tokens, fixed))
    return out


def detect_format(path: Path) -> str:
    """Guess the format of a corpus file from its first token line."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n\r")
            if _is_boundary(line):
                continue
            cols = line.split("\t")
            if len(cols) == 4 and cols[0].isdigit():
                return "germeval-tsv"
            if len(cols) == 5:
                return "europarl"
            if len(cols) == 2 and ":" in cols[0][:4]:
                return "wikiann"
            if len(line.split()) >= 4:
                return "conll"
            return "bioes"
    raise ValueError(f"{path}: no token lines")


READERS = {
    "bioes": read_bioes,
    "germeval-tsv": read_germeval_tsv,
    "conll": read_conll,
    "wikiann": read_wikiann,
    "europarl": read_europarl,
}


def read_any(path: Path, fmt: str | None = None) -> list[Sentence]:
    """Read ``path`` with the reader for ``fmt`` (auto-detected when None)."""
    return READERS[fmt or detect_format(path)](path)


def document_ids(path: Path) -> list[int]:
    """The document of each sentence of ``path``, in reading order. A document starts at a
    ``-DOCSTART-`` line (CoNLL) or at a ``#`` comment naming a new source (GermEval); in a file
    without such marks every sentence is a document of its own."""
    ids: list[int] = []
    doc, source, marked, in_sentence = -1, "", False, False
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n\r")
            if _is_boundary(line):
                in_sentence = False
                name = line.split("\t")[1] if line.startswith("#") and "\t" in line else line
                if line.startswith("-DOCSTART-") or (line.startswith("#") and name != source):
                    doc, source, marked = doc + 1, name, True
                continue
            if not in_sentence:
                in_sentence = True
                doc += 0 if marked else 1
                ids.append(doc)
    return ids


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(start, end_exclusive, label)`` from valid IOB2 tags."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if label and tag != f"I-{label}":
            spans.append((start, i, label))
            label = ""
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return spans


def to_examples(nlp: Language, sentences: Iterable[Sentence]) -> list[Example]:
    """Gold-tokenised spaCy ``Example``s; each sentence is its own Doc."""
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    examples = []
    for tokens, tags in sentences:
        words = [t if t.strip() else "_" for t in tokens]
        reference = Doc(nlp.vocab, words=words)
        spans = [Span(reference, s, e, label=lab) for s, e, lab in bio_to_spans(tags)]
        reference.set_ents(spans, default="outside")
        examples.append(Example(Doc(nlp.vocab, words=words), reference))
    return examples


def to_docbin(nlp: Language, sentences: Iterable[Sentence], per_doc: int = 1) -> DocBin:
    """A DocBin of gold Docs; ``per_doc`` sentences are joined into one Doc (context)."""
    from spacy.tokens import Doc, DocBin, Span

    batch = list(sentences)
    db = DocBin(store_user_data=False)
    for i in range(0, len(batch), per_doc):
        words: list[str] = []
        sent_starts: list[bool | int | None] = []
        ents: list[tuple[int, int, str]] = []
        for tokens, tags in batch[i : i + per_doc]:
            offset = len(words)
            ents.extend((offset + s, offset + e, lab) for s, e, lab in bio_to_spans(tags))
            words.extend(t if t.strip() else "_" for t in tokens)
            sent_starts.extend([True] + [False] * (len(tokens) - 1))
        doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
        doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in ents], default="outside")
        db.add(doc)
    return db
