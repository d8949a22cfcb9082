"""Import spaCy without its command-line package.

``import spacy`` runs ``from .cli.info import info`` for the ``spacy.info()`` helper, and
``spacy.cli`` imports every command spaCy has (download, train, project ...) with typer,
weasel and their dependencies: about 0.15 CPU s of a cold ``policykb extract`` on two
cores, none of it used to tokenize, parse or load a pipeline. ``install()`` wraps the
import of ``spacy`` (ingest/import_hook.py): while the ``spacy`` package itself runs, it
gets a small stand-in for ``spacy.cli.info`` whose ``info`` imports the real one when
called. Once ``spacy`` is imported the stand-ins are dropped from ``sys.modules``: a later
``import spacy.cli`` (or ``spacy.cli`` read as an attribute) loads the real package as
usual, and spaCy's loader is its own again (package resources read as before).

If the package asks for more of ``spacy.cli`` than the stand-in has (an ``ImportError``
naming ``spacy.cli`` or a module under it, as another spaCy release might), the stand-ins
are dropped and ``spacy`` runs again with its own import, command-line package included.

One thread only: while ``spacy`` runs, the stand-in is what ``sys.modules`` holds for
``spacy.cli``, so another thread that imports from ``spacy.cli`` at that moment gets the
stand-in (``from spacy.cli import download`` fails there). policykb imports spaCy on one
thread; a program that imports spaCy on several at once should import it first on one,
or set ``POLICYKB_SPACY_CLI=1``.

Nothing happens if ``spacy`` is already imported or if ``POLICYKB_SPACY_CLI=1`` asks for
spaCy's own import.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from ingest import import_hook

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


def _names_cli(error: ImportError) -> bool:
    """The import failed on ``spacy.cli`` or a module under it."""
    name = error.name or ""
    return name == _CLI or name.startswith(_CLI + ".")


@contextmanager
def _without_cli(module: ModuleType) -> Iterator[None]:
    stand_ins = {} if _CLI in sys.modules else _stand_ins()
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
        if stand_ins and module.__dict__.get("cli") is stand_ins[_CLI]:
            del module.cli
    if stand_ins and "__getattr__" not in module.__dict__:
        module.__getattr__ = _cli_attribute  # type: ignore[method-assign]


def install() -> None:
    """Import spaCy without its CLI when it is next imported (idempotent, cheap)."""
    if os.environ.get("POLICYKB_SPACY_CLI") == "1":
        return
    import_hook.install(_TARGET, _without_cli, retry=_names_cli)
