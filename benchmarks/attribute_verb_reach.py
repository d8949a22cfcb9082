"""Which questions an attribute verb can reach: those asking for an attribute (``[refusal]
attributes`` of ``kb/data/terms.toml``) that a listed verb states, directly or through a
synonym ("penalty" reaches "fined" through fine), whose document writes that verb.

Over every set of ``benchmarks/kb_real.py`` (English questions; a near-miss counts with
the document it is near). A document is looked up by name beside the repository
(``../shared/data/real_policies``, every ``../unseen*`` and ``../dated/*`` folder) and in
``corpus/``; its raw text is read. A question whose document is not at hand is counted
apart. Prints the counts, then one line per reachable question with the verb forms its
document writes; ``--forms`` counts with those forms only (e.g. the -ed forms alone):

    python benchmarks/attribute_verb_reach.py [--forms priced,fined,tolled] [--questions FILE]

``--questions`` writes every question that asks an attribute a verb can reach (document at
hand or not), the only ones whose focus check or answer choice the verbs can move.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from kb_real import load_sets  # noqa: E402

from kb.cjk import has_cjk  # noqa: E402
from kb.refusal_focus import _attribute_verbs, asked_attributes, stated_by_verb  # noqa: E402
from kb.refusal_words import uses  # noqa: E402
from kb.retrieve import tokenize  # noqa: E402
from kb.understand import understand  # noqa: E402


def _doc_files() -> dict[str, Path]:
    roots = [ROOT / "corpus", ROOT.parent / "shared" / "data" / "real_policies"]
    roots += sorted(ROOT.parent.glob("unseen*")) + sorted(ROOT.parent.glob("dated/*"))
    out: dict[str, Path] = {}
    for root in roots:
        for p in root.rglob("*"):
            if p.is_file() and p.suffix in {".md", ".txt", ".html", ".htm", ".json"}:
                out.setdefault(p.stem, p)
    return out


def reached(attribute: str, nouns: set[str]) -> set[str]:
    """The verb nouns of ``nouns`` (price, fine, ...) that stand for ``attribute``: itself
    or a synonym of it."""
    return {noun for noun in nouns if uses(set(tokenize(noun)), attribute)}


def _written(text: str, forms: set[str]) -> dict[str, set[str]]:
    """The verb forms of ``forms`` that ``text`` writes as stating an attribute, by noun."""
    out: dict[str, set[str]] = {}
    for form, noun in _attribute_verbs():
        if form in forms and noun in stated_by_verb(text):
            if re.search(rf"(?<![\w-]){form}\b", text, re.IGNORECASE):
                out.setdefault(noun, set()).add(form)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--forms", default="", help="comma-separated verb forms (default: all)")
    ap.add_argument("--questions", help="write every reachable question, one a line, here")
    args = ap.parse_args()
    forms = set(args.forms.split(",")) - {""} or {form for form, _ in _attribute_verbs()}
    files = _doc_files()
    verb_nouns = {noun for form, noun in _attribute_verbs() if form in forms}
    seen: dict[str, dict] = {}
    for qset in load_sets():
        for item in qset.questions:
            q = item["q"]
            if has_cjk(q) or q in seen:
                continue
            attrs = asked_attributes(understand(q))
            reach = {a: reached(a, verb_nouns) for a in attrs}
            if not any(reach.values()):
                continue
            doc = item.get("doc") or item.get("near_doc") or ""
            seen[q] = {
                "set": qset.name,
                "near": qset.unanswerable,
                "direct": any(a in verb_nouns for a in attrs),
                "reach": reach,
                "doc": doc,
            }
    if args.questions:  # for ``kb_real.py --questions``: all the change can move
        Path(args.questions).write_text("".join(f"{q}\n" for q in seen), "utf-8")
    rows = []
    missing = 0
    for q, r in seen.items():
        path = files.get(r["doc"])
        if path is None:
            missing += 1
            continue
        text = path.read_text("utf-8", errors="replace")
        written = _written(text, forms)
        tokens = set(tokenize(text))
        for attr, nouns in r["reach"].items():
            hit = sorted(set().union(*(written.get(n, set()) for n in nouns)))
            if hit:
                noun_too = uses(tokens, attr, text)
                kind = "near-miss" if r["near"] else "answerable"
                rows.append((r["set"], kind, attr, noun_too, ",".join(hit), q))
    near = sum(r["near"] for r in seen.values())
    direct = sum(r["direct"] for r in seen.values())
    print(f"questions asking an attribute a verb can reach: {len(seen)} ({near} near-misses)")
    print(f"  of which ask for the verb's own noun ({', '.join(sorted(verb_nouns))}): {direct}")
    print(f"  document not at hand: {missing}")
    print(f"  document writes a verb for the asked attribute: {len(rows)}")
    print(
        f"    of which the document also writes the attribute or a synonym: "
        f"{sum(r[3] for r in rows)}"
    )
    for name, kind, attr, noun_too, hit, q in rows:
        print(f"- {name} ({kind}) {attr} <- {hit}; noun in document too: {noun_too}; {q}")


if __name__ == "__main__":
    main()
