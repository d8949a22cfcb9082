"""What a cold ``policykb extract`` of one small file compiles, imports and spends CPU on.

Runs, in a fresh interpreter per run, ``policykb extract FILE -o /dev/null`` with
``re``'s compiler counted (patterns compiled by policykb's modules, by spaCy and the
libraries under it, by the standard library, with the CPU seconds of each), the grammars
compiled (``ingest.lang._compile``), whether spaCy's command-line package and typer were
imported, and the CPU seconds of the process (``getrusage`` of the child: they move far
less than wall time with other work on a shared machine). Then, in one more fresh
interpreter, the CPU seconds of each start-up step in turn. Give the tree to measure on
``PYTHONPATH`` (the default is this checkout):

  PYTHONPATH=TREE python benchmarks/start_cost.py [--file FILE] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL_TEXT = "The ministry shall cut coal use in power plants by 30% by 2030.\n"

_COUNTED = r"""
import json, sys, time
import re._compiler as rc
file = sys.argv[1]
sys.argv = ["policykb", "extract", file, "-o", "/dev/null"]
real, owners = rc.compile, {}
def counted(p, flags=0):
    t = time.process_time(); out = real(p, flags); dt = time.process_time() - t
    f = sys._getframe(1)
    while f and f.f_code.co_filename.endswith(("re/__init__.py", "functools.py")):
        f = f.f_back
    name = f.f_code.co_filename if f else ""
    own = any(f"/{p}/" in name for p in ("ingest", "kb", "ui")) and "site-packages" not in name
    who = "policykb" if own else "libraries" if "site-packages" in name else "stdlib"
    slot = owners.setdefault(who, [0, 0.0]); slot[0] += 1; slot[1] += dt
    return out
rc.compile = counted
import ingest.lang as lang
grammars, compile_grammar = [], lang._compile
lang._compile = lambda data: grammars.append(data["language"]) or compile_grammar(data)
from ui.cli import main
try:
    main()
except SystemExit:
    pass
mods = [m for m in ("spacy.cli", "typer", "weasel", "torch") if m in sys.modules]
print(json.dumps({"compiled": owners, "grammars": grammars, "imported": mods}))
"""

_STEPS = r"""
import json, sys, time
from pathlib import Path
steps, t = [], time.process_time()
def step(name):
    global t
    now = time.process_time(); steps.append([name, round(now - t, 3)]); t = now
import ui.cli; step("import ui.cli")
import spacy; step("import spacy")
import ingest.obligations; step("import ingest.obligations")
import ingest.extract; step("import ingest.extract")
from ingest.lang import load_grammar
load_grammar("en"); step("compile the English grammar (if not yet)")
from ingest.pipeline import build_nlp, ingest_file, load_parser
load_parser(); step("load the parser")
nlp = build_nlp(); step("build the rule pipeline")
ingest_file(Path(sys.argv[1]), nlp=nlp); step("first extraction")
ingest_file(Path(sys.argv[1]), nlp=nlp); step("second extraction")
print(json.dumps(steps))
"""


def _tree() -> Path:
    """The tree measured: the first entry of ``PYTHONPATH``, else this checkout."""
    first = os.environ.get("PYTHONPATH", "").split(os.pathsep)[0]
    return Path(first).resolve() if first else ROOT


def _child(code: str, file: Path) -> tuple[dict | list, float]:  # type: ignore[type-arg]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "PYTHONPATH": str(_tree())}
    # Run in the tree: ``-c`` puts the working folder ahead of PYTHONPATH.
    out = subprocess.run(
        [sys.executable, "-c", code, str(file)], capture_output=True, text=True, env=env,
        cwd=_tree(),
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return json.loads(out.stdout.strip().splitlines()[-1]), cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="the file to extract (default: one sentence)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        file = args.file
        if file is None:
            file = Path(tmp) / "one-sentence.txt"
            file.write_text(SMALL_TEXT, encoding="utf-8")
        cpus, seen = [], {}
        for _ in range(max(1, args.runs)):
            seen, cpu = _child(_COUNTED, file)
            cpus.append(cpu)
        steps, _ = _child(_STEPS, file)
    print(json.dumps({
        "tree": _tree().name, "file": file.name, "runs": len(cpus),
        "cpu_s_median": round(statistics.median(cpus), 3), "cpu_s_best": round(min(cpus), 3),
        "load": round(os.getloadavg()[0], 1), **seen, "steps": steps,
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
