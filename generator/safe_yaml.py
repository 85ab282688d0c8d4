"""YAML from untrusted files (front matter, entities.yml): safe types only and no aliases.

An alias repeats a node, so a few hundred bytes of nested aliases ("billion laughs") expand into
gigabytes of strings; no front matter or correction file needs one.
"""

from __future__ import annotations

from typing import Any

import yaml


class NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed here", event.start_mark
            )
        return super().compose_node(parent, index)


def load(text: str) -> Any:
    """Parse YAML; raise yaml.YAMLError for invalid YAML or an alias."""
    return yaml.load(text, Loader=NoAliasLoader)


def reason(error: yaml.YAMLError) -> str:
    """A YAML error in one line: "line 3: aliases (*name) are not allowed here"."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    return f"line {mark.line + 1}: {problem}" if mark is not None else " ".join(problem.split())
