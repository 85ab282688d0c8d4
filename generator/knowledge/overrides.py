"""Corrections a user writes in entities.yml: merge, split, rename, hide, describe people.

people:
  - name: Wladimir Putin            # a profile, by its name, an alias or a mention
    rename: Wladimir W. Putin       # the name shown everywhere
    merge: [Vladimir Poutine]       # other profiles that are the same person
    description: Präsident Russlands seit 2000.
    links:
      - {title: Wikipedia, url: "https://de.wikipedia.org/wiki/Wladimir_Putin"}
  - name: Norbert Hofer
    split:
      - documents: [de-0612]        # mentions in these briefings are someone else:
        into: Helmut Hofer          # an existing or a new profile
  - name: Robby
    hide: true                      # not a person worth a profile
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from .. import safe_yaml
from ..analysis.names import fold
from ..errors import BriefingError
from ..sources.encoding import decode
from ..sources.errors import SourceError


class OverrideError(BriefingError):
    """entities.yml cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Split:
    documents: tuple[str, ...]
    into: str


@dataclass(frozen=True)
class PersonOverride:
    name: str
    rename: str = ""
    merge: tuple[str, ...] = ()
    split: tuple[Split, ...] = ()
    hide: bool = False
    description: str = ""
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Overrides:
    people: tuple[PersonOverride, ...] = field(default_factory=tuple)

    def hidden(self) -> set[str]:
        return {fold(p.name) for p in self.people if p.hide}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)


def _as_list(value: object) -> object:
    """A single value where a list is expected is a list of one ("documents: de-0612")."""
    return [value] if isinstance(value, str) else value


Name = Annotated[str, Field(min_length=1)]
Names = Annotated[list[Name], BeforeValidator(_as_list)]


class _Link(_Strict):
    title: str = ""
    url: Annotated[str, Field(pattern=r"^https?://\S+$")]


class _Split(_Strict):
    documents: Annotated[Names, Field(min_length=1)]
    into: Name


class _Person(_Strict):
    name: Name
    rename: str = ""
    merge: Names = []
    split: list[_Split] = []
    hide: bool = False
    description: str = ""
    links: list[_Link] = []


class _File(_Strict):
    people: Annotated[list[_Person], BeforeValidator(lambda v: v or [])] = []


def load_overrides(path: Path) -> Overrides:
    """Read entities.yml; a missing file means no overrides. Errors name the entry and its line."""
    if not path.is_file():
        return Overrides()
    try:
        text = decode(path.read_bytes())
        data = safe_yaml.load(text) or {}
    except SourceError as error:
        raise OverrideError(f"{path}: {error}") from error
    except yaml.YAMLError as error:
        raise OverrideError(f"{path}: not valid YAML, {safe_yaml.reason(error)}") from error
    except RecursionError as error:
        raise OverrideError(f"{path}: nested too deeply") from error
    try:
        parsed = _File.model_validate(data)
    except ValidationError as error:
        raise OverrideError(_explain(error, path, text)) from error
    return Overrides(tuple(_person(entry) for entry in parsed.people))


def _explain(error: ValidationError, path: Path, text: str) -> str:
    """ "entities.yml:7: people[1] (Robby): hide: Input should be a valid boolean", a line per error
    (the YAML is composed again for its line numbers, only when there is an error to explain)."""
    root = yaml.compose(text, Loader=safe_yaml.NoAliasLoader)
    lines = []
    for item in error.errors():
        where = list(item["loc"])
        node, line = root, 1
        for key in where:  # the deepest node of the location that the YAML has
            child = _child(node, key)
            if child is None:
                break
            node = child
            line = child.start_mark.line + 1
        entry = ""
        if len(where) > 1 and where[0] == "people" and isinstance(where[1], int):
            name = _child(_child(_child(root, "people"), where[1]), "name")
            entry = f" ({name.value})" if isinstance(name, yaml.ScalarNode) else ""
        field = ".".join(f"[{k}]" if isinstance(k, int) else str(k) for k in where).replace(".[", "[")
        field = field or "file"
        lines.append(f"{path}:{line}: {field}{entry}: {item['msg']}")
    return "; ".join(lines)


def _child(node: yaml.Node | None, key: object) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if k.value == key), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key]
    return None


def _person(entry: _Person) -> PersonOverride:
    return PersonOverride(
        name=entry.name,
        rename=entry.rename,
        merge=tuple(entry.merge),
        split=tuple(Split(tuple(s.documents), s.into) for s in entry.split),
        hide=entry.hide,
        description=entry.description,
        links=tuple((link.title or link.url, link.url) for link in entry.links),
    )
