"""Whether other first-stage lists would bring a question's clause into the candidates.

A question worded apart from its clause reaches the reranker only when the keyword or
the dense list holds the clause among its first ``retriever.candidates`` (50). For every
answerable question of the chosen sets whose document is in a built store, this ranks
the store's clauses with the lists a search makes today (BM25, dense) and with
alternatives that need no new model, and counts in how many questions the clause is in
the first 5 / 20 / 50 / 300 of each list, and in the union of the first 50 of the
keyword list and the list (what fusion is given):

- ``prf``: the dense query moved towards the mean vector of the first ``k`` clauses of
  the fused lists (Rocchio pseudo-relevance feedback, weight ``beta``), as a list that
  would replace the dense one (``union bm25+prf``) or join it (``union bm25+dense+prf``);
- ``rm3``: the keyword query with the ``terms`` most weighted words of its first ``k``
  clauses added at weight ``w`` (RM3);
- ``head``: each clause embedded with its document title and section heading in front
  (index-side); ``window``: each clause embedded with its neighbours in its paragraph;
  ``max(own,X)``: a clause's best cosine over its own and the other vector (the other as
  an extra dense key). These embed every clause again (slow: minutes per 10k clauses).

    PYTHONPATH=. python benchmarks/first_stage_variants.py --db STORE [--index-side] \\
        [--held-out] [--write benchmarks/results/x.md]

``STORE`` is a ``kb-...`` folder of ``benchmarks/kb_real.py``. Questions of
real_unseen8 (the held-out set of this work) are left out unless ``--held-out``, which
reports only them. ``--group NAME`` counts one set's rows apart besides (not with
``--held-out`` or ``--sets``); a set name that matches no question set stops the run.
``--sets a,b`` keeps those sets' questions only and counts each set (and its
no-shared-word questions) apart; ``--distractors N`` then ranks within the clauses of
the documents those sets ask about plus N other documents drawn with a fixed seed
(``first_stage_index_side.index_subset``), so that ``--index-side`` re-embeds a
fraction of the store. ``rrf ...`` lists fuse the first 50 of each list as a search
does (RRF, k = 60): their @1 / @5 / MRR are the first stage's, before the reranker.
"""

from __future__ import annotations

import argparse
import collections
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from first_stage_index_side import index_side_lists, index_subset, rrf  # noqa: E402

HELD_OUT = "real_unseen8"
DEPTHS = (5, 20, 50, 300)
PRF = ((3, 0.3), (3, 0.6), (5, 0.3))
RM3 = ((5, 10, 0.3), (5, 10, 0.6))


def first_rank(keys: list[str], gold: set[str]) -> int | None:
    """1-based rank of the first key in ``gold``, or None."""
    return next((i for i, key in enumerate(keys, start=1) if key in gold), None)


def interleave(*lists: list[str]) -> list[str]:
    """The keys of ``lists`` taken in turn (first of each, then second, ...), once each."""
    out: dict[str, None] = {}
    for i in range(max((len(x) for x in lists), default=0)):
        for x in lists:
            if i < len(x):
                out.setdefault(x[i], None)
    return list(out)


def rocchio(query: np.ndarray, seeds: np.ndarray, beta: float) -> np.ndarray:
    """``query`` moved by ``beta`` times the mean of the ``seeds`` rows, unit length."""
    moved = query + beta * seeds.mean(axis=0) if len(seeds) else query.copy()
    return moved / np.linalg.norm(moved)


def rm3_terms(
    docs: list[list[str]], scores: list[float], skip: set[str], idf, n: int
) -> list[tuple[str, float]]:
    """The ``n`` words most weighted over ``docs`` (tokens of the first keyword hits,
    each weighted by the softmax of its score), times their idf; words in ``skip``,
    short words and numbers are left out. Weights sum to 1."""
    if not docs:
        return []
    norm = [math.exp(s - scores[0]) for s in scores]
    total = sum(norm)
    weight: collections.Counter = collections.Counter()
    for tokens, w in zip(docs, norm, strict=True):
        counts = collections.Counter(tokens)
        for term, c in counts.items():
            if term in skip or len(term) < 3 or term.isdigit():
                continue
            weight[term] += w / total * c / len(tokens) * idf(term)
    best = weight.most_common(n)
    mass = sum(v for _, v in best) or 1.0
    return [(term, v / mass) for term, v in best]


class Lists:
    """The store's clause vectors and keyword index, for ranking every clause."""

    def __init__(self, kb, allowed: set[str] | None = None) -> None:
        from kb.lexical import tokenize

        self.kb = kb
        self.allowed = allowed  # the index is these clauses only (None: the whole store)
        self.index, self.keys = kb.retriever._bm25_index()
        got = kb.store.vectors.collection.get(include=["embeddings"])
        keep = [i for i, k in enumerate(got["ids"]) if allowed is None or k in allowed]
        self.vkeys = [got["ids"][i] for i in keep]
        self.vectors = np.asarray(got["embeddings"], dtype=np.float32)[keep]
        self.vpos = {k: i for i, k in enumerate(self.vkeys)}
        texts, words = dict(kb.store.clause_texts()), kb.store.clause_keywords()
        self.tokens = {k: tokenize(f"{texts.get(k, '')} {words.get(k, '')}") for k in self.keys}
        df: collections.Counter = collections.Counter()
        for toks in self.tokens.values():
            df.update(set(toks))
        n = len(self.keys)
        self.idf = lambda term: math.log(n / (1 + df[term]))

    def dense(self, query: np.ndarray, matrix: np.ndarray | None = None) -> list[str]:
        scores = (self.vectors if matrix is None else matrix) @ query
        return [self.vkeys[i] for i in np.argsort(-scores)[: DEPTHS[-1]]]

    def prf(self, row: dict, k: int, beta: float) -> list[str]:
        seeds = interleave(row["dense"], row["bm25"])[:k]
        rows = self.vectors[[self.vpos[s] for s in seeds if s in self.vpos]]
        return self.dense(rocchio(row["vec"], rows, beta))

    def rm3(self, row: dict, k: int, n: int, w: float) -> list[str]:
        from kb.lexical import STOPWORDS

        top = row["bm25_scored"][:k]
        docs = [self.tokens.get(key) or ["_"] for key, _ in top]
        skip = set(row["tokens"]) | set(STOPWORDS)
        terms = rm3_terms(docs, [s for _, s in top], skip, self.idf, n)
        scores = self.index.get_scores(row["tokens"]).astype(np.float64)
        for term, v in terms:
            scores += w * len(row["tokens"]) * v * self.index.get_scores([term])
        if self.allowed is not None:
            scores[[i for i, key in enumerate(self.keys) if key not in self.allowed]] = 0.0
        order = np.argsort(-scores)[: DEPTHS[-1]]
        return [self.keys[i] for i in order if scores[i] > 0]


def question_rows(
    kb, held_out: bool, sets: tuple[str, ...] = (), allowed: set[str] | None = None
) -> list[dict]:
    """Gold keys, query vector and first lists of each answerable question (of ``sets``
    only when given; lists within the ``allowed`` clauses when given)."""
    from kb_real import evidence_span, load_sets
    from stage_ranks import gold_keys

    from kb.lexical import query_tokens
    from kb.understand import understand

    r = kb.retriever
    embed = getattr(r.embedder, "embed_queries", None) or r.embedder.embed
    by_stem = {Path(d.path).stem: d for d in kb.docs()}
    rows = []
    for qset in load_sets():
        if qset.unanswerable or (HELD_OUT in qset.name) != held_out and not sets:
            continue
        if sets and qset.name.split(".")[0] not in sets:
            continue
        for item in qset.questions:
            info = by_stem.get(item.get("doc", ""))
            if info is None:
                continue
            span = evidence_span(kb.store.document_text(info.doc_id), item["evidence"])
            gold = gold_keys(kb, info.doc_id, span) if span else set()
            if not gold:
                continue
            parsed = understand(item["q"])
            vec = np.asarray(embed([parsed.dense_text])[0], dtype=np.float32)
            scored = r.bm25_search(parsed, k=DEPTHS[-1], allowed=allowed)
            dense = r.dense_search(vec.tolist(), k=DEPTHS[-1], allowed=allowed)
            rows.append(
                {
                    "set": qset.name,
                    "q": item["q"],
                    "split": qset.split,
                    "noshare": bool(item.get("noshare")),
                    "gold": gold,
                    "vec": vec,
                    "tokens": query_tokens(parsed, index=r._bm25_index()[0]),
                    "bm25_scored": scored,
                    "bm25": [k for k, _ in scored],
                    "dense": [k for k, _ in dense],
                }
            )
    return rows


def groups(held_out: bool, also: str = "", sets: tuple[str, ...] = ()) -> dict:
    if sets:  # each set's rows, and its no-shared-word rows apart
        out = {"no-shared-word (all sets)": lambda r: r["noshare"]}
        for name in sets:
            out[f"{name} all"] = lambda r, n=name: r["set"].split(".")[0] == n
            out[f"{name} no-shared-word"] = lambda r, n=name: (
                r["set"].split(".")[0] == n and r["noshare"]
            )
        return out
    if held_out:
        return {"held-out no-shared-word": lambda r: r["noshare"], "held-out all": lambda r: True}
    out = {
        "no-shared-word": lambda r: r["noshare"],
        "dev": lambda r: r["split"] == "dev",
        "unseen": lambda r: r["split"] != "dev",
    }
    if also:  # one set's own rows besides (its name: "real_unseen10")
        mine = lambda r: r["set"].split(".")[0] == also  # noqa: E731
        out[f"{also} no-shared-word"] = lambda r: mine(r) and r["noshare"]
        out[f"{also} all"] = mine
    return out


def rank_cells(ranks: list[int | None]) -> list[str]:
    """Questions whose clause is first, within each depth, and the mean reciprocal rank
    (0 for a clause outside the list)."""
    within = [str(sum(1 for rk in ranks if rk is not None and rk <= d)) for d in (1, *DEPTHS)]
    mrr = sum(1.0 / rk for rk in ranks if rk) / len(ranks) if ranks else 0.0
    return [*within, f"{mrr:.3f}"]


def table(
    named: dict[str, list], rows: list[dict], held_out: bool, also: str = "", sets=()
) -> list[str]:
    """Markdown: per list, per group, questions whose clause is first / within each
    depth, and MRR; a ``union`` entry is a tuple of lists, counted in the last column
    when the clause is in the first 50 of any of them."""
    depths = ["@1", *(f"@{d}" for d in DEPTHS), "MRR"]
    out = ["| list | group | n | " + " | ".join(depths) + " | union of first 50s |"]
    out.append("|---|---|---|" + "---|" * (len(depths) + 1))
    for name, lists in named.items():
        for g, keep in groups(held_out, also, sets).items():
            picked = [(x, row) for x, row in zip(lists, rows, strict=True) if keep(row)]
            if not picked and sets:  # a set without no-shared-word questions
                continue
            if name.startswith("union"):
                inside = sum(
                    1 for x, row in picked if any(first_rank(y[:50], row["gold"]) for y in x)
                )
                cells = ["-"] * len(depths) + [str(inside)]
            else:
                cells = [*rank_cells([first_rank(x, row["gold"]) for x, row in picked]), "-"]
            out.append(f"| {name} | {g} | {len(picked)} | " + " | ".join(cells) + " |")
    return out


def all_lists(
    lists: Lists, rows: list[dict], with_index_side: bool, feedback: bool = True, variants=()
) -> dict[str, list]:
    named: dict[str, list] = {
        "bm25": [r["bm25"] for r in rows],
        "dense": [r["dense"] for r in rows],
        "rrf bm25+dense": [rrf(r["bm25"], r["dense"]) for r in rows],
    }
    for k, beta in PRF if feedback else ():
        prf = [lists.prf(r, k, beta) for r in rows]
        named[f"prf k={k} beta={beta}"] = prf
        named[f"union bm25+prf k={k} beta={beta}"] = [
            (r["bm25"], p) for r, p in zip(rows, prf, strict=True)
        ]
        named[f"union bm25+dense+prf k={k} beta={beta}"] = [
            (r["bm25"], r["dense"], p) for r, p in zip(rows, prf, strict=True)
        ]
    for k, n, w in RM3 if feedback else ():
        named[f"rm3 k={k} terms={n} w={w}"] = [lists.rm3(r, k, n, w) for r in rows]
    named["union bm25+dense"] = [(r["bm25"], r["dense"]) for r in rows]
    if with_index_side:
        named.update(index_side_lists(lists, rows, variants or ("head", "window")))
    return named


def set_names() -> set[str]:
    """The names ``--group`` and ``--sets`` take: the module of a set with answerable
    questions ("real_unseen10")."""
    from kb_real import load_sets

    return {qset.name.split(".")[0] for qset in load_sets() if not qset.unanswerable}


def argument_error(args: argparse.Namespace, names: set[str]) -> str | None:
    """A one-line error for options that would be ignored or count nothing, else None."""
    sets = [x.strip() for x in args.sets.split(",") if x.strip()]
    if args.group and args.held_out:
        return f"error: --group is ignored with --held-out (only {HELD_OUT}'s rows); drop one"
    if args.group and sets:
        return "error: --group is ignored with --sets (each set is counted apart); drop --group"
    if args.distractors >= 0 and not sets:
        return "error: --distractors needs --sets (the sets whose documents to keep)"
    unknown = [x for x in [args.group, *sets] if x and x not in names]
    if unknown:
        return (
            f"error: no question set named {', '.join(unknown)} (its rows would be 0);"
            f" known: {', '.join(sorted(names))}"
        )
    return None


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", type=Path, required=True, help="the store (a kb-... folder)")
    p.add_argument("--model", default="", help="embedding model the store was built with")
    p.add_argument("--index-side", action="store_true", help="also embed every clause again")
    p.add_argument("--held-out", action="store_true", help=f"only {HELD_OUT}'s questions")
    p.add_argument("--write", type=Path, help="also write the table here (Markdown)")
    p.add_argument("--group", default="", help="also count one set's rows apart (a set's name)")
    p.add_argument("--sets", default="", help="only these sets' questions (names, commas)")
    p.add_argument(
        "--distractors",
        type=int,
        default=-1,
        help="with --sets: index only their documents plus this many others",
    )
    p.add_argument("--no-feedback", action="store_true", help="leave out the prf/rm3 lists")
    p.add_argument("--variants", default="head,window", help="index-side vectors to make")
    p.add_argument(
        "--threads", type=int, default=0, help="torch threads (1 is faster on a loaded machine)"
    )
    args = p.parse_args()
    if not args.db.exists():
        sys.exit(f"error: no store at {args.db}; build one with benchmarks/kb_real.py first")
    error = argument_error(args, set_names())
    if error:
        sys.exit(error)
    sets = tuple(x.strip() for x in args.sets.split(",") if x.strip())
    from dense_pair_ranks import open_kb

    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    from kb.errors import PolicyKBError

    try:
        kb = open_kb(args.db, args.model)
    except PolicyKBError as exc:
        sys.exit(f"error: --db {args.db}: {exc}")
    head: list[str] = []
    try:
        allowed = None
        if args.distractors >= 0:
            allowed, note = index_subset(kb, sets, args.distractors)
            head = [note, ""]
            print(note, flush=True)
        lists = Lists(kb, allowed)
        rows = question_rows(kb, args.held_out, sets, allowed)
        variants = tuple(v for v in args.variants.split(",") if v)
        named = all_lists(lists, rows, args.index_side, not args.no_feedback, variants)
        lines = head + table(named, rows, args.held_out, args.group, sets)
    finally:
        kb.close()
    print("\n".join(lines))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
