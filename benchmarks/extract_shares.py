"""Where the ObliQA subset's extraction CPU goes, with counts, in one process.

Reads the passages of the first ``--docs`` ObliQA documents (as ``extract_parity.py
--set obliqa`` does; the dataset is read from its checkout, never stored here) and prints
one JSON line:

- CPU seconds of the extraction as the ingest's child runs it (chunks of 16 passages), and
  of its parts in that same run, each timed where it is called: the clause splitting, the
  statistical parse made ahead for the obligation rules (the run less the splitting and
  the records), NER (run on a clause when a rule first reads an entity label), the
  obligation rules without NER, and the other rules (aims, dates, facts);
- counts: grammars compiled, patterns compiled (by policykb, by spaCy and other libraries,
  by the standard library; policykb's with Han characters in them), word-index asks and
  the distinct texts they were asked of, and the asks and distinct keys of the kept rule
  answers (``has_cue``, deadlines, quantities).

CPU seconds (``getrusage``), so that other work on a shared machine moves them little.
Give the tree to measure first on ``PYTHONPATH``:

  PYTHONPATH=TREE python benchmarks/extract_shares.py --data DATA --docs 3
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import re._compiler as re_compiler  # type: ignore[import-not-found]
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# After PYTHONPATH, so the tree named there is the one measured.
sys.path += [str(ROOT), str(ROOT / "benchmarks")]
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _count_compiles() -> collections.Counter:  # type: ignore[type-arg]
    counts: collections.Counter = collections.Counter()  # type: ignore[type-arg]
    real = re_compiler.compile

    def compile_(pattern, flags=0):  # type: ignore[no-untyped-def]
        frame = sys._getframe(1)
        while frame and frame.f_code.co_filename.endswith(("/re/__init__.py", "functools.py")):
            frame = frame.f_back
        name = frame.f_code.co_filename if frame else ""
        who = "policykb" if "/ingest/" in name or "/kb/" in name else "libraries"
        who = "standard library" if who == "libraries" and "site-packages" not in name else who
        counts[who] += 1
        if who == "policykb" and isinstance(pattern, str) and _HAN.search(pattern):
            counts["policykb, with Han characters"] += 1
        return real(pattern, flags)

    re_compiler.compile = compile_
    return counts


def _timed(spent: collections.Counter, label: str, function):  # type: ignore[no-untyped-def, type-arg]
    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = _cpu()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += _cpu() - started

    return timed


def _wrap(spent, label, module_name, name):  # type: ignore[no-untyped-def]
    """Time ``module_name.name`` wherever it was imported by name."""
    function = getattr(sys.modules[module_name], name)
    timed = _timed(spent, label, function)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("ingest") and (
            getattr(module, name, None) is function
        ):
            setattr(module, name, timed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="ObliQA dataset checkout")
    parser.add_argument("--docs", type=int, default=3, help="the first N documents")
    args = parser.parse_args()
    compiled = _count_compiles()
    import extract_parity

    import ingest.deadlines as deadlines
    import ingest.extract
    import ingest.fact_cues as fact_cues
    import ingest.lang as lang
    import ingest.lang.needs as needs
    import ingest.obligations
    import ingest.obligations.constitutive
    import ingest.obligations.syntax
    import ingest.quantities as quantities
    import ingest.segment
    from ingest.pipeline import build_nlp, load_parser, process_documents

    grammars: list[str] = []
    compile_grammar = lang._compile
    lang._compile = lambda data: grammars.append(data["language"]) or compile_grammar(data)
    asks: collections.Counter = collections.Counter()  # type: ignore[type-arg]
    runnable = needs.WordIndex.runnable

    def counted(index, text):  # type: ignore[no-untyped-def]
        asks[(id(index), text)] += 1
        return runnable(index, text)

    needs.WordIndex.runnable = counted  # type: ignore[method-assign]
    spent: collections.Counter = collections.Counter()  # type: ignore[type-arg]
    labelled = [0]  # clauses given NER (counted as it runs: a Doc's id is reused once freed)
    for label, module, name in (
        ("split", "ingest.segment", "split_clauses"),
        ("records", "ingest.extract", "extract_records"),
        ("obligation rules", "ingest.obligations", "obligations_of_clauses"),
        ("NER", "ingest.obligations.entities", "ent_type"),
    ):
        _wrap(spent, label, module, name)
    # Whether a parse's NER is still to run: the measured tree's own test; a tree older
    # than issue 16 has none, and its key is read as it was then.
    entities = sys.modules["ingest.obligations.entities"]
    pending = getattr(entities, "pending", None) or (lambda d: "pending_entities" in d.user_data)
    # A tree that reads the obligation rules ahead and runs NER in batches (issue 16).
    ahead = sys.modules.get("ingest.obligations.ahead")
    batched: list[int] = []  # clauses given NER in each batch
    if ahead is not None:
        _wrap(spent, "read ahead", "ingest.obligations.ahead", "read_ahead")
        label_all = ahead.label_all

        def label_batch(docs, **kwargs):  # type: ignore[no-untyped-def]
            docs = [d for d in docs if pending(d)]
            batched.append(len(docs))
            labelled[0] += len(docs)
            return label_all(docs, **kwargs)

        ahead.label_all = _timed(spent, "NER batched", label_batch)
    ent_type = ingest.obligations.syntax.ent_type

    def label(token):  # type: ignore[no-untyped-def]
        waiting = pending(token.doc)
        found = ent_type(token)  # raises while the rules are read ahead: no NER run
        if waiting and not pending(token.doc):
            labelled[0] += 1
        return found

    for module in (ingest.obligations.syntax, ingest.obligations.constitutive):
        module.ent_type = label  # type: ignore[attr-defined]
    documents = extract_parity._obliqa_documents(args.data, args.docs)
    nlp, _ = build_nlp(), load_parser()
    started = _cpu()
    for i in range(0, len(documents), extract_parity.CHUNK):
        process_documents(documents[i : i + extract_parity.CHUNK], nlp=nlp)
    whole = _cpu() - started
    ner = spent["NER"] + spent["NER batched"]
    parts = {
        "split": spent["split"],
        "parse ahead (no NER)": whole - spent["split"] - spent["records"] - spent["read ahead"],
        "NER": ner,
        "obligation rules without NER": spent["obligation rules"] + spent["read ahead"] - ner,
        "other rules": spent["records"] - spent["obligation rules"],
    }
    facts = {"code": str(Path(lang.__file__).parents[2]), "passages": len(documents)}
    facts["extraction_cpu_s"] = round(whole, 2)
    facts["parts_cpu_s"] = {k: round(v, 2) for k, v in parts.items()}
    counts = {"grammars compiled": grammars, "patterns compiled": dict(compiled)}
    counts["clauses given NER"] = labelled[0]
    if batched:
        counts["NER batches (clauses in them)"] = [len(batched), sum(batched)]
    counts["word-index asks"] = sum(asks.values())
    counts["word-index texts"] = len({text for _, text in asks})
    for name, cached in (
        ("has_cue", fact_cues.has_cue),
        ("deadlines", deadlines._deadlines),
        ("quantities", quantities._quantities),
    ):
        info = cached.cache_info()  # type: ignore[attr-defined]
        counts[f"{name} asks / distinct"] = [info.hits + info.misses, info.misses]
    print(json.dumps(facts | counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
