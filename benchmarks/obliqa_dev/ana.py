import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from obliqa import scores

d = pickle.load(open(sys.argv[1], "rb"))
rows, pid = d["rows"], d["pid"]


def P(key):
    return pid.get(key.split(":", 1)[0], "")


def ev(rank_fn, name):
    R = [scores(rank_fn(r), r["gold"]) for r in rows]
    n = len(R)
    print(f"{name:50} R@10 {sum(x[0] for x in R) / n:.3f} MRR {sum(x[1] for x in R) / n:.3f}")


ev(lambda r: list(dict.fromkeys(pid.get(h[1], "") for h in r["sys"][:10])), "sys top10 hits")
ev(lambda r: list(dict.fromkeys(pid.get(h[1], "") for h in r["sys"])), "sys first10 of 50")
ev(lambda r: list(dict.fromkeys(P(k) for k, _ in r["bm25"])), "bm25 clauses")
ev(lambda r: list(dict.fromkeys(P(k) for k, _ in r["dense"])), "dense clauses")


def agg(pairs, share, norm=None):
    best, tot = {}, {}
    for k, s in pairs:
        p = P(k)
        best[p] = max(best.get(p, -1e9), s)
        tot[p] = tot.get(p, 0) + s
    sc = {p: best[p] + share * (tot[p] - best[p]) for p in best}
    return sc


def rank(sc):
    return sorted(sc, key=lambda p: -sc[p])


for share in (0, 0.1, 0.3, 0.5):
    ev(lambda r: rank(agg(r["bm25"], share)), f"bm25 agg max+{share}*rest")  # noqa: B023


def rrf_passages(r, kk=60, wb=1.0, wd=1.0, share=0.0, depth=300):
    sc = {}
    for w, lst in ((wb, r["bm25"][:depth]), (wd, r["dense"][:depth])):
        seen = {}
        for k, _ in lst:
            p = P(k)
            if p in seen:
                continue
            seen[p] = len(seen) + 1
        for p, rk in seen.items():
            sc[p] = sc.get(p, 0) + w / (kk + rk)
    return sc


for kk in (10, 30, 60):
    for wb in (1.0, 1.5, 2.0):
        ev(lambda r: rank(rrf_passages(r, kk, wb)), f"passage RRF k={kk} wb={wb}")  # noqa: B023
