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
from typing import Any

import yaml

from ..analysis.names import fold


class OverrideError(Exception):
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


def load_overrides(path: Path) -> Overrides:
    """Read entities.yml; a missing file means no overrides."""
    if not path.is_file():
        return Overrides()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise OverrideError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("people", []), list):
        raise OverrideError(f"{path}: expected a mapping with a list under 'people'")
    return Overrides(tuple(_person(entry, path, i) for i, entry in enumerate(data.get("people") or [])))


def _person(entry: Any, path: Path, index: int) -> PersonOverride:
    where = f"{path}: people[{index}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise OverrideError(f"{where}: each entry needs a 'name'")
    unknown = set(entry) - {"name", "rename", "merge", "split", "hide", "description", "links"}
    if unknown:
        raise OverrideError(f"{where}: unknown keys {sorted(unknown)}")
    splits = []
    for s in entry.get("split") or []:
        if not isinstance(s, dict) or not s.get("documents") or not isinstance(s.get("into"), str):
            raise OverrideError(f"{where}: split entries need 'documents' and 'into'")
        splits.append(Split(tuple(str(d) for d in s["documents"]), s["into"]))
    links = []
    for link in entry.get("links") or []:
        url = str(link.get("url", "")) if isinstance(link, dict) else ""
        if not url.startswith(("https://", "http://")):
            raise OverrideError(f"{where}: links need an http(s) 'url'")
        links.append((str(link.get("title") or url), url))
    merge = entry.get("merge") or []
    return PersonOverride(
        name=entry["name"].strip(),
        rename=str(entry.get("rename") or ""),
        merge=tuple(str(m) for m in (merge if isinstance(merge, list) else [merge])),
        split=tuple(splits),
        hide=bool(entry.get("hide", False)),
        description=str(entry.get("description") or ""),
        links=tuple(links),
    )
