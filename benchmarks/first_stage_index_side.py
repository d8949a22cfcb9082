"""Index-side vectors for ``first_stage_variants.py``: every clause embedded again with its
document title and section heading in front (``head``) or inside its paragraph window
(``window``), searched alone, as the better of both cosines, and fused as a search fuses
its lists; and the smaller index of the documents some sets ask about plus a drawn sample
of the others (re-embedding a whole store takes too long on a loaded machine)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

DEPTH = 300  # how far each list is ranked


def rrf(*lists: list[str], depth: int = 50, k: int = 60) -> list[str]:
    """The first ``depth`` of each list fused as a search fuses them (RRF, k = 60)."""
    scores: dict[str, float] = {}
    for x in lists:
        for rank, key in enumerate(x[:depth], start=1):
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda key: -scores[key])


def index_side(lists, variants=("head", "window")) -> dict[str, np.ndarray]:
    """Every clause embedded again: title + section + the clause's indexed text, and the
    clause with its neighbours in its paragraph. Says on stderr how long each took."""
    import time

    kb = lists.kb
    stored = kb.store.get_clauses(lists.vkeys)
    order = sorted(stored, key=lambda k: (stored[k].clause.doc_id, stored[k].clause.start))
    head, window = {}, {}
    for i, key in enumerate(order):
        c = stored[key].clause
        section = " ".join(c.section)[-200:]
        own = stored[key].indexed_text or c.display_text  # the text its stored vector is of
        head[key] = ". ".join(x for x in (stored[key].title, section, own) if x)
        near = [
            stored[order[j]].clause
            for j in (i - 1, i + 1)
            if 0 <= j < len(order)
            and stored[order[j]].clause.doc_id == c.doc_id
            and stored[order[j]].clause.paragraph == c.paragraph
        ]
        before = [o.display_text for o in near if o.start < c.start]
        after = [o.display_text for o in near if o.start > c.start]
        window[key] = " ".join([*before, c.display_text, *after])
    embed = kb.retriever.embedder.embed
    out = {}
    for name, texts in (("head", head), ("window", window)):
        if name not in variants:
            continue
        rows = lists.vectors.copy()
        todo = [k for k in lists.vkeys if k in texts]
        began = time.perf_counter()
        rows[[lists.vpos[k] for k in todo]] = np.asarray(embed([texts[k] for k in todo]))
        took = time.perf_counter() - began
        print(f"{name}: {len(todo)} clauses embedded in {took:.0f} s", file=sys.stderr)
        out[name] = rows
    return out


def index_side_lists(lists, rows: list[dict], variants=("head", "window")) -> dict[str, list]:
    """Per index-side vector: its own list, the best of both cosines, and the fusions a
    search would make with it (in place of the dense list, or as a third list)."""
    named: dict[str, list] = {"dense (exact)": [lists.dense(r["vec"]) for r in rows]}
    for name, matrix in index_side(lists, variants).items():
        own = [lists.dense(r["vec"], matrix) for r in rows]
        best = [
            [
                lists.vkeys[i]
                for i in np.argsort(-np.maximum(lists.vectors @ r["vec"], matrix @ r["vec"]))[
                    :DEPTH
                ]
            ]
            for r in rows
        ]
        named[name] = own
        named[f"max(own,{name})"] = best
        named[f"union bm25+max(own,{name})"] = [
            (r["bm25"], b) for r, b in zip(rows, best, strict=True)
        ]
        named[f"rrf bm25+max(own,{name})"] = [
            rrf(r["bm25"], b) for r, b in zip(rows, best, strict=True)
        ]
        named[f"rrf bm25+dense+{name}"] = [
            rrf(r["bm25"], r["dense"], o) for r, o in zip(rows, own, strict=True)
        ]
    return named


def index_subset(kb, sets: tuple[str, ...], distractors: int, seed: int = 0):
    """The clause keys of the documents ``sets`` ask about plus ``distractors`` other
    documents drawn at random (fixed seed), with a line saying what they hold."""
    import random

    from kb_real import load_sets

    from kb.queries import Filters

    asked = {
        item.get("doc", "")
        for qset in load_sets()
        if qset.name.split(".")[0] in sets
        for item in qset.questions
    }
    docs = sorted(kb.docs(), key=lambda d: d.doc_id)
    mine = [d.doc_id for d in docs if Path(d.path).stem in asked]
    others = [d.doc_id for d in docs if Path(d.path).stem not in asked]
    drawn = random.Random(seed).sample(others, min(distractors, len(others)))
    keys = kb.store.filter_keys(Filters(doc_ids=tuple(mine + drawn))) or set()
    note = (
        f"index: {len(mine)} documents the sets ask about + {len(drawn)} drawn of "
        f"{len(others)} others (seed {seed}), {len(keys)} clauses"
    )
    return keys, note
