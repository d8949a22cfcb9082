import pickle
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from obliqa import scores

from kb.rerank import FEATURES, load_model

if len(sys.argv) != 2:
    sys.exit("usage: fitpool.py POOL.pkl (a pool written by benchmarks/obliqa_dev/collect2.py)")
rows = pickle.load(open(sys.argv[1], "rb"))
if rows and len(rows[0]["feats"][0]) != len(FEATURES):
    sys.exit(
        f"{sys.argv[1]}: its rows have {len(rows[0]['feats'][0])} feature columns, "
        f"kb.rerank.FEATURES has {len(FEATURES)}: re-collect the pool with "
        "benchmarks/obliqa_dev/collect2.py"
    )


def R(runs, sub):
    s = [scores(list(dict.fromkeys(r)), row["gold"]) for r, row in zip(runs, sub, strict=False)]
    return sum(x[0] for x in s) / len(s), sum(x[1] for x in s) / len(s)


print("n", len(rows))
print("fused2 R@10 {:.3f} MRR {:.3f}".format(*R([r["f2"] for r in rows], rows)))
print("fused3 R@10 {:.3f} MRR {:.3f}".format(*R([r["f3"] for r in rows], rows)))
m = load_model("")
w0 = np.array([dict(m.weights).get(f, 0.0) for f in FEATURES])
b0 = m.bias


def rank(row, b, w, use_extra, depth=100):
    X = np.array(row["feats"][:depth], float)
    if use_extra:
        X = np.hstack([X, np.array(row["extra"][:depth], float)])
    s = X @ w + b
    order = sorted(range(len(s)), key=lambda i: -s[i])
    return [row["pids"][i] for i in order]


print(
    "current reranker on fused3 pool: R@10 {:.3f} MRR {:.3f}".format(
        *R([rank(r, b0, w0, False) for r in rows], rows)
    )
)
print(
    "current reranker on fused3 pool depth30: R@10 {:.3f} MRR {:.3f}".format(
        *R([rank(r, b0, w0, False, 30) + r["pids"][30:] for r in rows], rows)
    )
)


def fit(data, use_extra, L2=0.01, steps=600, rate=0.5, depth=100):
    X = []
    y = []
    for row in data:
        for i, f in enumerate(row["feats"][:depth]):
            X.append(f + (row["extra"][i] if use_extra else []))
            y.append(int(row["pids"][i] in set(row["gold"])))
    X = np.array(X, float)
    y = np.array(y, float)
    w = np.zeros(X.shape[1])
    b = 0.0
    pos = max(1, y.sum())
    wt = np.where(y == 1, (len(y) - pos) / pos, 1.0)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        g = (p - y) * wt
        w -= rate * (X.T @ g / len(y) + L2 * w)
        b -= rate * g.mean()
    return b, w


random.Random(0).shuffle(rows)
for use_extra in (False, True):
    runs = [None] * len(rows)
    folds = 2
    for k in range(folds):
        test_idx = list(range(k, len(rows), folds))
        tr = [rows[i] for i in range(len(rows)) if i % folds != k]
        b, w = fit(tr, use_extra)
        for i in test_idx:
            runs[i] = rank(rows[i], b, w, use_extra)
    print(f"refit 5-fold extra={use_extra}: R@10 %.3f MRR %.3f" % R(runs, rows))
    b, w = fit(rows, use_extra)
    names = list(FEATURES) + (["unit_rr", "unit_rel"] if use_extra else [])
    print("  ", " ".join(f"{n}={v:+.2f}" for n, v in zip(names, w, strict=False)), f"bias={b:+.2f}")
