"""A module imported inside a context (ingest/import_hook.py) is left as a plain import.

After the wrapped import the module's loader is its own again (package resources read as
before); an ImportError the context caused runs the module again without it; spaCy and
thinc are both wrapped by the one helper. Package names and texts are our own.
"""

from __future__ import annotations

import importlib
import importlib.resources
import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from ingest import import_hook, spacy_cli

ROOT = Path(__file__).resolve().parents[2]


def _fresh(code: str, **env: str):  # type: ignore[no-untyped-def]
    settings = ("POLICYKB_SPACY_CLI", "POLICYKB_THINC_TORCH")
    environ = {k: v for k, v in os.environ.items() if k not in settings}
    environ.update(PYTHONPATH=str(ROOT), **env)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


_RESOURCES = (
    "import json, pkgutil, importlib.resources as res, ingest, spacy, thinc.compat\n"
    "files = res.files('spacy')\n"
    "print(json.dumps([files.joinpath('about.py').is_file(),\n"
    "    files.joinpath('default_config.cfg').is_file(),\n"
    "    len(pkgutil.get_data('spacy', 'about.py') or b'') > 0,\n"
    "    type(spacy.__loader__).__name__, spacy.__spec__.loader is spacy.__loader__,\n"
    "    type(thinc.compat.__loader__).__name__,\n"
    "    thinc.compat.__loader__.get_source('thinc.compat') is not None]))\n"
)
_PLAIN = [True, True, True, "SourceFileLoader", True, "SourceFileLoader", True]


def test_spacy_and_thinc_keep_their_own_loader_after_the_wrapped_import():
    assert _fresh(_RESOURCES) == _PLAIN


def test_spacy_resources_read_the_same_with_spacys_own_import():
    assert _fresh(_RESOURCES, POLICYKB_SPACY_CLI="1", POLICYKB_THINC_TORCH="1") == _PLAIN


def test_spacy_asking_for_more_of_its_cli_than_the_stand_in_has_imports_it_plainly():
    # As if a spaCy release imported another module under spacy.cli while it loads: the
    # stand-in has no spacy.cli.info here, so ``from .cli.info import info`` fails on it.
    code = (
        "import json, sys\n"
        "from ingest import spacy_cli\n"
        "whole = spacy_cli._stand_ins\n"
        "spacy_cli._stand_ins = lambda: {'spacy.cli': whole()['spacy.cli']}\n"
        "import spacy\n"
        "words = [t.text for t in spacy.blank('en')('Ports cut fuel use.')]\n"
        "print(json.dumps([words, type(sys.modules['spacy.cli']).__name__,\n"
        "    spacy.info.__module__, type(spacy.__loader__).__name__]))\n"
    )
    words, cli, info, loader = _fresh(code)
    assert words == ["Ports", "cut", "fuel", "use", "."]
    assert (info, loader) == ("spacy.cli.info", "SourceFileLoader")
    assert cli == "module" and spacy_cli._names_cli(ImportError(name="spacy.cli.info"))


def test_an_import_error_naming_something_else_is_not_retried():
    assert spacy_cli._names_cli(ImportError(name="spacy.cli"))
    assert not spacy_cli._names_cli(ImportError(name="spacy.client"))
    assert not spacy_cli._names_cli(ImportError(name="typer"))
    assert not spacy_cli._names_cli(ImportError())


def test_one_helper_wraps_both_spacy_and_thinc():
    code = (
        "import json, sys, ingest\n"
        "print(json.dumps(sorted(getattr(f, 'target', '') for f in sys.meta_path\n"
        "    if type(f).__module__ == 'ingest.import_hook')))\n"
    )
    assert _fresh(code) == ["spacy", "thinc.compat"]


def test_the_one_thread_limit_is_stated_where_the_stand_in_is_made():
    doc = " ".join((spacy_cli.__doc__ or "").split())
    assert "One thread only" in doc and "POLICYKB_SPACY_CLI=1" in doc


# The helper on packages of our own, in this process.


@pytest.fixture
def packages(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    made: list[str] = []

    def make(name: str, files: dict[str, str]) -> None:
        folder = tmp_path / name
        folder.mkdir()
        for file, text in files.items():
            (folder / file).write_text(text)
        made.append(name)

    yield make
    for name in list(sys.modules):
        if name.split(".")[0] in made or name.startswith("hookdemo"):
            del sys.modules[name]
    importlib.invalidate_caches()


@contextmanager
def _with_note(module: ModuleType):  # type: ignore[no-untyped-def]
    sys.modules["hookdemo_note"] = ModuleType("hookdemo_note", "inside the context")
    try:
        yield
    finally:
        del sys.modules["hookdemo_note"]


def test_the_module_runs_inside_the_context_and_keeps_its_resources(packages):
    packages(
        "hookdemo_a",
        {
            "__init__.py": "import hookdemo_note\nNOTE = hookdemo_note.__doc__\n",
            "levels.txt": "2030 55\n",
        },
    )
    import_hook.install("hookdemo_a", _with_note)
    module = importlib.import_module("hookdemo_a")
    assert module.NOTE == "inside the context"
    assert "hookdemo_note" not in sys.modules
    assert type(module.__loader__).__name__ == "SourceFileLoader"
    assert module.__spec__.loader is module.__loader__
    files = importlib.resources.files("hookdemo_a")
    assert files.joinpath("levels.txt").read_text() == "2030 55\n"


def test_a_module_imported_plainly_is_untouched(packages):
    packages("hookdemo_b", {"__init__.py": "VALUE = 7\n"})
    import_hook.install("hookdemo_other", _with_note)
    assert importlib.import_module("hookdemo_b").VALUE == 7
    assert type(sys.modules["hookdemo_b"].__loader__).__name__ == "SourceFileLoader"


@contextmanager
def _empty_helpers(module: ModuleType):  # type: ignore[no-untyped-def]
    stand_in = ModuleType("hookdemo_helpers")
    stand_in.__path__ = []  # type: ignore[attr-defined]
    sys.modules["hookdemo_helpers"] = stand_in
    try:
        yield
    finally:
        del sys.modules["hookdemo_helpers"]


def _helpers_and_user(packages) -> None:  # type: ignore[no-untyped-def]
    packages("hookdemo_helpers", {"__init__.py": "", "rates.py": "RATE = 0.4\n"})
    packages("hookdemo_c", {"__init__.py": "from hookdemo_helpers.rates import RATE\n"})


def test_an_import_error_the_context_caused_runs_the_module_again_plainly(packages):
    _helpers_and_user(packages)
    import_hook.install(
        "hookdemo_c", _empty_helpers, retry=lambda e: e.name == "hookdemo_helpers.rates"
    )
    module = importlib.import_module("hookdemo_c")
    assert module.RATE == 0.4
    assert type(module.__loader__).__name__ == "SourceFileLoader"


def test_an_import_error_not_to_retry_is_raised(packages):
    _helpers_and_user(packages)
    import_hook.install("hookdemo_c", _empty_helpers, retry=lambda e: e.name == "elsewhere")
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("hookdemo_c")
    assert "hookdemo_c" not in sys.modules
