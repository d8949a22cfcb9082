"""Import spaCy without its command-line package.

``import spacy`` runs ``from .cli.info import info`` for the ``spacy.info()`` helper, and
``spacy.cli`` imports every command spaCy has (download, train, project ...) with typer,
weasel and their dependencies: about 0.15 CPU s of a cold ``policykb extract`` on two
cores, none of it used to tokenize, parse or load a pipeline. ``install()`` puts a finder
on ``sys.meta_path`` that, while the ``spacy`` package itself runs, gives it a small
stand-in for ``spacy.cli.info`` whose ``info`` imports the real one when called. Once
``spacy`` is imported the stand-ins are dropped from ``sys.modules``: a later ``import
spacy.cli`` (or ``spacy.cli`` read as an attribute) loads the real package as usual.

Nothing happens if ``spacy`` is already imported or if ``POLICYKB_SPACY_CLI=1`` asks for
spaCy's own import.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import os
import sys
from types import ModuleType
from typing import Any

_TARGET = "spacy"
_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _stand_ins() -> dict[str, ModuleType]:
    cli = ModuleType(_CLI, "Stand-in while spaCy is imported (ingest/spacy_cli.py).")
    cli.__path__ = []  # a package, with no submodules of its own
    info = ModuleType(_INFO)
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    return {_CLI: cli, _INFO: info}


def _cli_attribute(name: str) -> Any:
    """``spacy.cli`` read as an attribute before anything imported it: import it then."""
    if name == "cli":
        return importlib.import_module(_CLI)
    raise AttributeError(f"module {_TARGET!r} has no attribute {name!r}")


class _NoCliLoader(importlib.abc.Loader):
    """Runs the real loader of ``spacy`` with ``spacy.cli.info`` stood in for."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        stand_ins = {} if _CLI in sys.modules else _stand_ins()
        sys.modules.update(stand_ins)
        try:
            self._loader.exec_module(module)
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
            if stand_ins and module.__dict__.get("cli") is stand_ins[_CLI]:
                del module.cli
            if stand_ins and "__getattr__" not in module.__dict__:
                module.__getattr__ = _cli_attribute  # type: ignore[method-assign]


class _NoCliFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != _TARGET or _TARGET in sys.modules:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _NoCliLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Import spaCy without its CLI when it is next imported (idempotent, cheap)."""
    if os.environ.get("POLICYKB_SPACY_CLI") == "1" or _TARGET in sys.modules:
        return
    if not any(isinstance(f, _NoCliFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _NoCliFinder())
