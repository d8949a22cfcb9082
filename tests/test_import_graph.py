"""The import graph of ingest/, kb/ and ui/: no circles, and ui reaches ingest only by records.

Every module is parsed with ``ast``; imports inside functions count too (a lazy
import still ties two modules together), except those under ``if TYPE_CHECKING:``,
which never run. Layering (ui -> kb -> ingest, never back) is checked here as well
as in tests/kb/test_layering.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ingest", "kb", "ui")
#: What ui may import from ingest: the record contract. Everything else of ingest
#: (loading, extraction, limits, errors) reaches ui through kb.
UI_MAY_IMPORT_FROM_INGEST = {"ingest.records"}
#: Circles tolerated for a while, each by the one edge that closes it: none today. Any
#: circle not listed here fails the test, and a listed edge that is gone fails it too.
KNOWN_CIRCLE_EDGES: set[tuple[str, str]] = set()


def _modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(name: str, path: Path) -> tuple[set[str], set[str]]:
    """(modules imported at run time, modules imported only for type checking) by one module."""
    runtime: set[str] = set()
    typing_only: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def visit(node: ast.AST, into: set[str]) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.body:
                visit(child, typing_only)
            for child in node.orelse:
                visit(child, into)
            return
        if isinstance(node, ast.Import):
            into.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                into.add(submodule if submodule in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child, into)

    visit(ast.parse(path.read_text(encoding="utf-8")), runtime)
    return runtime, typing_only


IMPORTS = {name: _imported(name, path) for name, path in MODULES.items()}


def _graph() -> dict[str, set[str]]:
    return {
        name: {m for m in runtime if m in MODULES and m != name}
        for name, (runtime, _) in IMPORTS.items()
    }


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_the_graph_sees_function_level_and_relative_imports():
    graph = _graph()
    # process_document imports the segmenter inside the function.
    assert "ingest.segment" in graph["ingest.pipeline"]
    assert "ingest.records" in graph["kb.store"]
    assert len(MODULES) > 60


def test_no_import_circles():
    graph = _graph()
    for src, dst in KNOWN_CIRCLE_EDGES:
        assert dst in graph[src], f"{src} -> {dst} is gone: delete it from KNOWN_CIRCLE_EDGES"
        graph[src].discard(dst)
    assert _circles(graph) == []


def test_the_circle_finder_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.split(".")[0] == "ui"))
def test_ui_reaches_ingest_only_through_records(name):
    runtime, typing_only = IMPORTS[name]
    bad = sorted(
        m
        for m in runtime | typing_only
        if m.split(".")[0] == "ingest" and m not in UI_MAY_IMPORT_FROM_INGEST
    )
    assert bad == [], f"{name} imports {bad}; go through kb (or ingest.records)"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_dependencies_flow_one_way(name):
    runtime, typing_only = IMPORTS[name]
    layer = PACKAGES.index(name.split(".")[0])
    above = {m for m in runtime | typing_only if m.split(".")[0] in PACKAGES[layer + 1 :]}
    assert above == set(), f"{name} imports {sorted(above)} from a layer above it"
