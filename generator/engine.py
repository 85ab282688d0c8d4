"""The static-site engine that `briefing build` and `serve` run: MkDocs, or ProperDocs (the
maintained fork of MkDocs 1.x, PyPI `properdocs`), through each one's public Python entry points
(`config.load_config`, `commands.build.build`, `commands.serve.serve`).

The plugin imports `mkdocs.*`. ProperDocs runs such plugins by importing `properdocs.replacement`,
which makes every `mkdocs.*` module the `properdocs.*` one, and by giving the `mkdocs` logger the
`properdocs` logger as parent (its command line does both first). Here the same is done before the
plugin is imported; it holds for the whole process, so one process runs one engine.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import BriefingError

ENGINES = ("mkdocs", "properdocs")  # the default is the first one installed


@dataclass(frozen=True)
class Engine:
    name: str
    load_config: Callable[..., Any]
    build: Callable[..., None]
    serve: Callable[..., None]

    @property
    def logger(self) -> logging.Logger:
        """The logger the engine's own messages go to and its strict mode counts warnings on."""
        return logging.getLogger(self.name)


def installed() -> list[str]:
    return [name for name in ENGINES if importlib.util.find_spec(name) is not None]


def default() -> str:
    found = installed()
    if not found:
        raise BriefingError("neither MkDocs nor ProperDocs is installed: pip install mkdocs")
    return found[0]


def load(name: str) -> Engine:
    if name not in ENGINES:
        raise BriefingError(f"unknown engine {name!r}: one of {', '.join(ENGINES)}")
    if importlib.util.find_spec(name) is None:
        raise BriefingError(f"the engine {name} is not installed: pip install {name}")
    if name == "properdocs" and _mkdocs_loaded():
        raise BriefingError("ProperDocs cannot run in a process that has loaded MkDocs: run briefing alone")
    if name == "mkdocs" and _redirected():
        raise BriefingError("MkDocs cannot run in a process that runs ProperDocs: run briefing alone")
    if name == "properdocs":
        _redirect_mkdocs()
    config = importlib.import_module(f"{name}.config")
    build = importlib.import_module(f"{name}.commands.build")
    serve = importlib.import_module(f"{name}.commands.serve")
    return Engine(name, config.load_config, build.build, serve.serve)


def _mkdocs_loaded() -> bool:
    """Whether MkDocs' own modules (not ProperDocs' under MkDocs' names) are loaded."""
    names = (str(getattr(module, "__name__", "")) for module in list(sys.modules.values()))
    return any(name.partition(".")[0] == "mkdocs" for name in names)


def _redirected() -> bool:
    """Whether `mkdocs` is ProperDocs in this process."""
    mkdocs = sys.modules.get("mkdocs")
    return mkdocs is not None and mkdocs.__name__ != "mkdocs"


def _redirect_mkdocs() -> None:
    """Let `mkdocs.*` imports (the plugin's, the theme's) load ProperDocs, as `properdocs` does.
    (MkDocs modules imported before would stay MkDocs', and ProperDocs refuses their plugins.)"""
    importlib.import_module("properdocs.replacement")
    legacy = logging.getLogger("mkdocs")
    legacy.parent = logging.getLogger("properdocs")
    legacy.setLevel(logging.NOTSET)
    legacy.propagate = True
