from pathlib import Path

import pytest

from generator.analysis import analyse
from generator.knowledge import build_knowledge
from generator.knowledge.overrides import OverrideError, load_overrides

from ..conftest import make_doc

NAMES = {
    "Norbert Hofer": "PER",
    "Hofer": "PER",
    "Robby": "PER",
    "Vladimir Poutine": "PER",
    "Wladimir Putin": "PER",
}


def _knowledge(fake, tmp_path: Path, yml: str, *texts: str):
    (tmp_path / "entities.yml").write_text(yml, encoding="utf-8")
    docs = [make_doc(f"d{i}", t) for i, t in enumerate(texts)]
    return build_knowledge(
        docs, [analyse(d, fake(NAMES)) for d in docs], load_overrides(tmp_path / "entities.yml")
    )


def test_merge_rename_describe(fake, tmp_path: Path) -> None:
    k = _knowledge(
        fake,
        tmp_path,
        """
people:
  - name: Wladimir Putin
    merge: [Vladimir Poutine]
    rename: Wladimir W. Putin
    description: Präsident Russlands.
    links: [{title: Wikipedia, url: "https://de.wikipedia.org/wiki/Wladimir_Putin"}]
""",
        "Wladimir Putin kam.",
        "Vladimir Poutine est venu.",
    )
    (person,) = k.people.values()
    assert (person.name, person.documents, person.description) == (
        "Wladimir W. Putin",
        ["d0", "d1"],
        "Präsident Russlands.",
    )
    assert person.links == [("Wikipedia", "https://de.wikipedia.org/wiki/Wladimir_Putin")]


def test_split_and_hide(fake, tmp_path: Path) -> None:
    k = _knowledge(
        fake,
        tmp_path,
        """
people:
  - name: Norbert Hofer
    split: [{documents: [d1], into: Helmut Hofer}]
  - name: Robby
    hide: true
""",
        "Norbert Hofer und Robby kamen.",
        "Dann kam Hofer.",
    )
    assert {p.name: p.documents for p in k.people.values()} == {
        "Norbert Hofer": ["d0"],
        "Helmut Hofer": ["d1"],
    }
    assert all("Robby" not in p.forms for b in k.briefings for p in b.analysis.people)


@pytest.mark.parametrize(
    "yml, message",
    [
        ("people: [{rename: x}]", r":1: people\[0\]\.name: Field required"),
        ("people: [{name: A, colour: red}]", r"people\[0\]\.colour \(A\): Extra inputs"),
        ("people: [{name: A, links: [{url: 'javascript:alert(1)'}]}]", r"url \(A\): String should match"),
        ("people: [{name: A, split: [{documents: [d1]}]}]", r"split\[0\]\.into \(A\): Field required"),
        ("people: [", "not valid YAML"),
        ("people:\n  - name: A\n    links: 5\n", r":3: people\[0\]\.links \(A\): Input should be a valid"),
        ("people:\n  - name: A\n    split: 5\n", r":3: people\[0\]\.split"),
        ("people:\n  - name: A\n    split:\n      - {documents: 5, into: B}\n", r":4: .*documents"),
        ("people:\n  - name: B\n  - name: Robby\n    hide: 'false'\n", r":4: people\[1\]\.hide \(Robby\)"),
        ("people:\n  - name: A\n    merge: 3\n", r":3: people\[0\]\.merge"),
        ("people: [{name: A, rename: &r x}, {name: B, rename: *r}]", "aliases"),
        ("- a\n", r":1: file: Input should be a valid dictionary"),
    ],
)
def test_bad_overrides_say_why(tmp_path: Path, yml: str, message: str) -> None:
    (tmp_path / "entities.yml").write_text(yml, encoding="utf-8")
    with pytest.raises(OverrideError, match=message):
        load_overrides(tmp_path / "entities.yml")


def test_one_document_is_a_list_of_one_and_legacy_encoding_is_read(tmp_path: Path) -> None:
    yml = "people:\n  - name: Hélène Cañete\n    split:\n      - {documents: de-0612, into: B}\n"
    (tmp_path / "entities.yml").write_bytes(yml.encode("cp1252"))
    [person] = load_overrides(tmp_path / "entities.yml").people
    assert person.name == "Hélène Cañete" and person.split[0].documents == ("de-0612",)


def test_missing_file_means_no_overrides(tmp_path: Path) -> None:
    assert load_overrides(tmp_path / "nope.yml").people == ()
