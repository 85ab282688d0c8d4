"""Readers of the NER corpora on tiny inline fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from generator.evaluation import corpora
from generator.evaluation.corpora import (
    bio_to_spans,
    detect_format,
    document_ids,
    map_tag,
    normalise_token,
    read_any,
    to_bio,
    to_docbin,
    to_examples,
)

BIOES = """-DOCSTART- O

Angela B-PER
Merkel E-PER
besuchte O
Paris S-LOC
und O
die O
deutsche S-LOCDERIV
SPD-Zentrale S-ORGPART
\u0096 O
10\u0080 O
Peter\u0092s O
Bun\u00addestag S-ORG

Der O
" O
Spiegel S-OTH
" O
"""

GERMEVAL_TSV = """#\thttp://example.org/a\t[2010-01-01]
1\tGleich\tO\tO
2\tEcce\tB-OTH\tO
3\thomo\tI-OTH\tO
4\tdeutschen\tB-LOCderiv\tO
5\tWolfgang\tB-PER\tO
6\tSchäuble\tI-PER\tO

#\thttp://example.org/b\t[2010-01-02]
1\tHamburger\tB-ORGpart\tB-LOC
2\tUNO\tB-ORG\tO
"""

CONLL = """-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
"""

WIKIANN = "de:Die\tO\nde:Savoyer\tB-LOC\nde:Voralpen\tI-LOC\n\nde:Rot:Weiss\tB-ORG\n"

EUROPARL = (
    "Herr\tHerr\tNN\tI-NC\tO\n"
    "Pat\tPat\tNE\tI-NC\tI-PER\n"
    "Cox\tCox\tNE\tI-NC\tI-PER\n"
    "und\tund\tKON\tO\tO\n"
    "EU\tEU\tNE\tI-NC\tI-ORG\n"
    "\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bioes_reader_maps_and_normalises(tmp_path: Path) -> None:
    sents = corpora.read_bioes(_write(tmp_path, "train.bioes", BIOES))
    assert len(sents) == 2
    tokens, tags = sents[0]
    assert tokens[8:] == ["\u2013", "10\u20ac", "Peter\u2019s", "Bundestag"]
    assert tags == ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O", "B-ORG"]
    assert sents[1][1] == ["O", "O", "B-MISC", "O"]


def test_germeval_tsv_reader(tmp_path: Path) -> None:
    sents = corpora.read_germeval_tsv(_write(tmp_path, "dev.tsv", GERMEVAL_TSV))
    assert [s[0][0] for s in sents] == ["Gleich", "Hamburger"]
    assert sents[0][1] == ["O", "B-MISC", "I-MISC", "O", "B-PER", "I-PER"]
    assert sents[1][1] == ["O", "B-ORG"]  # outer column only; ORGpart -> O


def test_conll_reader(tmp_path: Path) -> None:
    ((tokens, tags),) = corpora.read_conll(_write(tmp_path, "valid.txt", CONLL))
    assert tokens[0] == "EU"
    assert bio_to_spans(tags) == [(0, 1, "ORG"), (2, 3, "MISC"), (4, 6, "PER")]


def test_wikiann_reader_strips_language_prefix(tmp_path: Path) -> None:
    sents = corpora.read_wikiann(_write(tmp_path, "train", WIKIANN))
    assert sents[0] == (["Die", "Savoyer", "Voralpen"], ["O", "B-LOC", "I-LOC"])
    assert sents[1] == (["Rot:Weiss"], ["B-ORG"])


def test_europarl_reader_converts_iob1(tmp_path: Path) -> None:
    ((tokens, tags),) = corpora.read_europarl(_write(tmp_path, "train.tsv", EUROPARL))
    assert tokens == ["Herr", "Pat", "Cox", "und", "EU"]
    assert tags == ["O", "B-PER", "I-PER", "O", "B-ORG"]


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("a.bioes", BIOES, "bioes"),
        ("b.tsv", GERMEVAL_TSV, "germeval-tsv"),
        ("c.txt", CONLL, "conll"),
        ("d", WIKIANN, "wikiann"),
        ("e.tsv", EUROPARL, "europarl"),
    ],
)
def test_detect_format(tmp_path: Path, name: str, text: str, fmt: str) -> None:
    path = _write(tmp_path, name, text)
    assert detect_format(path) == fmt
    assert read_any(path)


def test_tag_mapping() -> None:
    assert map_tag("S-OTH") == "S-MISC"
    assert map_tag("B-OTHderiv") == "O"
    assert map_tag("I-PERPART") == "O"
    assert map_tag("E-LOC") == "E-LOC"
    assert to_bio(["S-PER", "S-PER", "I-LOC", "I-LOC", "B-ORG", "E-ORG"]) == [
        "B-PER",
        "B-PER",
        "B-LOC",
        "I-LOC",
        "B-ORG",
        "I-ORG",
    ]


def test_normalise_token() -> None:
    assert normalise_token("\u0096") == "\u2013"
    assert normalise_token("Ab\u00adgeordnete") == "Abgeordnete"
    assert normalise_token("\u00ad") == "-"


def test_spacy_conversion() -> None:
    nlp = spacy.blank("de")
    sents = [(["Angela", "Merkel", "lacht"], ["B-PER", "I-PER", "O"]), (["Bonn"], ["B-LOC"])]
    (example, _) = to_examples(nlp, sents)
    assert [(e.text, e.label_) for e in example.reference.ents] == [("Angela Merkel", "PER")]
    docs = list(to_docbin(nlp, sents, per_doc=2).get_docs(nlp.vocab))
    assert len(docs) == 1
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Angela Merkel", "PER"), ("Bonn", "LOC")]
    assert [s.text for s in docs[0].sents] == ["Angela Merkel lacht", "Bonn"]


def test_drop_adjective_misc() -> None:
    sents = [
        (
            ["die", "deutschen", "Grünen", "Tour", "de", "France"],
            ["O", "B-MISC", "B-ORG", "B-MISC", "I-MISC", "I-MISC"],
        )
    ]
    ((_, tags),) = corpora.drop_adjective_misc(sents)
    assert tags == ["O", "O", "B-ORG", "B-MISC", "I-MISC", "I-MISC"]


def test_document_ids_follow_docstart_lines_and_germeval_sources(tmp_path: Path) -> None:
    conll = tmp_path / "c.txt"
    conll.write_text(CONLL + "\n-DOCSTART- -X- -X- O\n\nParis NNP B-NP B-LOC\n", encoding="utf-8")
    tsv = tmp_path / "g.tsv"
    tsv.write_text(
        GERMEVAL_TSV + "\n#\thttp://example.org/b\t[2010-01-02]\n1\tUNO\tB-ORG\tO\n", encoding="utf-8"
    )
    plain = tmp_path / "w.txt"
    plain.write_text("de:Paris\tB-LOC\n\nde:Rom\tB-LOC\n", encoding="utf-8")
    for path in (conll, tsv, plain):
        assert len(document_ids(path)) == len(read_any(path))
    assert document_ids(conll) == [0, 1]
    assert document_ids(tsv) == [0, 1, 1]  # consecutive sentences of one source are one document
    assert document_ids(plain) == [0, 1]  # no marks: every sentence on its own
