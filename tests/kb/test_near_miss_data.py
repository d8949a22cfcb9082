"""The English words of the near-miss checks live in ``kb/data/near_miss.toml``."""

from __future__ import annotations

import ast
import inspect

import kb.refusal_action as module


def _code_strings() -> list[str]:
    """The string constants of the module's code, docstrings aside."""
    tree = ast.parse(inspect.getsource(module))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_the_module_holds_no_english_word_lists():
    for text in _code_strings():
        for word in ("thousand", "million", "decades", "percent", "could", "under"):
            assert word not in text, (word, text)


def test_the_figure_words_are_read_from_the_data_file():
    data = module._data()["figures"]
    assert "million" in data["multipliers"]
    assert "years" in data["durations"]
    assert "twelve" in data["number_words"]
    assert "could" in data["how_many_ends"]
