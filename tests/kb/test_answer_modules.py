"""kb.qa and kb.retrieve split by concern: old import paths, no import circle with
kb.llm, stop words and spellings read from kb/data/en_stop.toml."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

KB = Path(__file__).resolve().parents[2] / "kb"
SPLIT = ("qa", "retrieve", "citations", "excerpt", "record_text", "hits", "lexical")


def test_old_import_paths_still_work():
    from kb.qa import (  # noqa: F401
        MAX_ANSWER_CHARS,
        NO_ANSWER,
        NO_ANSWER_ZH,
        Answer,
        Source,
        answer,
        best_excerpt,
        check_question,
        evidence_of,
        render_record,
        strength_of,
    )
    from kb.retrieve import (  # noqa: F401
        Hit,
        Retriever,
        fuse_rrf,
        one_per_paragraph,
        paragraph_around,
        query_tokens,
        tokenize,
    )


def test_llm_answers_without_importing_the_answering_module():
    code = "import sys, kb.llm; print('kb.qa' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("name", SPLIT)
def test_split_modules_stay_small(name):
    path = KB / f"{name}.py"
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") < 400
    long = [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 80
    ]
    assert long == []


def test_stop_words_and_spellings_are_data():
    from kb.lexical import tokenize

    data = tomllib.loads((KB / "data" / "en_stop.toml").read_text(encoding="utf-8"))
    stop = data["search"]["stopwords"].split()
    assert "the" in stop and "which" in stop
    assert tokenize(" ".join(stop)) == []
    for word, joined in data["search"]["spellings"].items():
        assert tokenize(f"recycled {word}") == ["recycled", joined]


def test_a_fragment_ending_on_a_listed_word_weighs_less():
    from kb.citations import substance

    whole = "Member states must cut their yearly emissions from buildings by half"
    assert substance(whole) == 1.0
    assert substance("Member states must cut their yearly emissions from buildings of") < 1.0
