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
        ("people: [{rename: x}]", "needs a 'name'"),
        ("people: [{name: A, colour: red}]", "unknown keys"),
        ("people: [{name: A, links: [{url: 'javascript:alert(1)'}]}]", "http"),
        ("people: [{name: A, split: [{documents: [d1]}]}]", "split entries"),
        ("people: [", "not valid YAML"),
    ],
)
def test_bad_overrides_say_why(tmp_path: Path, yml: str, message: str) -> None:
    (tmp_path / "entities.yml").write_text(yml, encoding="utf-8")
    with pytest.raises(OverrideError, match=message):
        load_overrides(tmp_path / "entities.yml")


def test_missing_file_means_no_overrides(tmp_path: Path) -> None:
    assert load_overrides(tmp_path / "nope.yml").people == ()
