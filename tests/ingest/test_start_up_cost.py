"""Start-up and per-clause cost cuts that leave every answer as it was (issue 16).

A cold ``policykb extract`` imports spaCy without its command-line package
(ingest/spacy_cli.py) and compiles only the grammar of the language it reads; a clause's
opening deadline is looked for before its quantities (ingest/extract.py); a ``WordIndex``
reads the sets of only the patterns a present word may let run (ingest/lang/needs.py).
Sentences are our own.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest import extract
from ingest.lang import load_grammar
from ingest.lang.needs import WordIndex

ROOT = Path(__file__).resolve().parents[2]
EN = load_grammar("en")


def _fresh(code: str, **env: str) -> list:  # type: ignore[type-arg]
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


_EXTRACT = (
    "import json, sys\n"
    "import ingest.lang as lang\n"
    "seen = []\n"
    "real = lang._compile\n"
    "lang._compile = lambda data: seen.append(data['language']) or real(data)\n"
    "from ingest.pipeline import ingest_file\n"
    "ingest_file(sys.argv[1] if len(sys.argv) > 1 else {path!r})\n"
    "mods = ('spacy.cli', 'typer', 'weasel')\n"
    "print(json.dumps([seen, [m for m in mods if m in sys.modules]]))\n"
)


def test_an_english_file_compiles_english_only_and_no_spacy_cli(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("The port authority shall cut its emissions by 30% by 2030.\n")
    grammars, imported = _fresh(_EXTRACT.format(path=str(path)))
    assert grammars == ["en"]  # the Chinese grammar is never compiled for it
    assert imported == []


def test_a_chinese_file_compiles_chinese_only(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("到2030年，全市煤炭消费量比2020年下降20%。\n", encoding="utf-8")
    grammars, _ = _fresh(_EXTRACT.format(path=str(path)))
    assert grammars == ["zh"]


def test_spacy_cli_still_imports_when_asked_and_the_setting_restores_it():
    code = (
        "import json, sys, ingest.pipeline, spacy\n"
        "before = 'spacy.cli' in sys.modules\n"
        "download = spacy.cli.download.__module__\n"  # read as an attribute: imported then
        "info = sys.modules['spacy.cli.info'].info.__module__\n"
        "print(json.dumps([before, download, info, callable(spacy.info)]))\n"
    )
    assert _fresh(code) == [False, "spacy.cli.download", "spacy.cli.info", True]
    kept = "import json, sys, ingest.pipeline; print(json.dumps('spacy.cli' in sys.modules))"
    assert _fresh(kept, POLICYKB_SPACY_CLI="1") is True


class _Counted:
    def __init__(self, monkeypatch):
        self.calls = 0
        real = extract.find_quantities

        def counted(text, grammar):
            self.calls += 1
            return real(text, grammar)

        monkeypatch.setattr(extract, "find_quantities", counted)


def test_no_quantity_is_looked_for_when_no_deadline_opens_the_text(monkeypatch):
    counted = _Counted(monkeypatch)
    assert extract._opening_deadline("Operators shall report 3 times a year.", EN, None) is None
    assert extract._opening_deadline("The plan was adopted in 2019.", EN, 2024) is None
    assert counted.calls == 0


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("By 2030, the city will plant 5,000 trees.", 2030),  # the deadline before the figure
        ("Plant 5,000 trees across the city by 2030.", None),  # the figure comes first
        ("- By 2035 all buses run on electricity.", 2035),  # after a bullet, no figure
    ],
)
def test_the_opening_deadline_is_the_one_before_the_first_quantity(monkeypatch, text, year):
    _Counted(monkeypatch)
    found = extract._opening_deadline(text, EN, None)
    assert (found.year if found else None) == year


class _Touched(tuple):  # type: ignore[type-arg]
    """A tuple of masks that records which places were read."""

    touched: set[int]

    def __iter__(self):
        self.touched.update(range(len(self)))
        return super().__iter__()

    def __getitem__(self, i):
        self.touched.add(i)
        return super().__getitem__(i)


def _index(needs):
    index = WordIndex(needs)
    masks = _Touched(index._masks)
    masks.touched = set()
    index._masks = masks
    return index, masks


NEEDS = [
    (frozenset({"by", "before"}),),
    (frozenset({"until"}), frozenset({"20"})),
    (),
    (frozenset({"net zero"}), frozenset({"by", "in"})),
    (frozenset({"half"}),),
] + [(frozenset({f"word{n}"}),) for n in range(40)]


def test_word_index_reads_only_the_patterns_a_present_word_lets_run():
    index, masks = _index(NEEDS)
    assert index.runnable("Net zero in 2050 for the port.") == (2, 3)
    assert masks.touched <= {2, 3}


def test_word_index_gives_what_every_pattern_checked_in_turn_gives():
    words = ["by", "before", "until", "20", "net zero", "in", "half", "word7", "word39"]
    for n in range(4):
        for chosen in itertools.combinations(words, n):
            text = " and ".join(chosen) + "."
            lower = text.lower()
            expected = tuple(
                i
                for i, sets in enumerate(NEEDS)
                if all(any(w in lower for w in words_) for words_ in sets)
            )
            assert WordIndex(NEEDS).runnable(text) == expected, text
