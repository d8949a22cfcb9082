import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from fitpool import R, fit, rows, scores  # noqa: E402  (runs fitpool's own report first)

random.Random(0).shuffle(rows)
ceil = [scores(list(dict.fromkeys(r["pids"])), r["gold"]) for r in rows]
print(
    "pool recall ceiling (all 100):",
    sum(len(set(r["pids"]) & set(r["gold"])) / len(r["gold"]) for r in rows) / len(rows),
)
for use_extra in (False, True):
    S = [None] * len(rows)
    for k in range(2):
        tr = [rows[i] for i in range(len(rows)) if i % 2 != k]
        b, w = fit(tr, use_extra)
        for i in range(k, len(rows), 2):
            r = rows[i]
            X = np.array(r["feats"], float)
            if use_extra:
                X = np.hstack([X, np.array(r["extra"], float)])
            S[i] = 1 / (1 + np.exp(-(X @ w + b)))
    for lam in (0, 0.1, 0.25, 0.5):
        runs = []
        for r, s in zip(rows, S, strict=False):
            best = {}
            tot = {}
            for p, v in zip(r["pids"], s, strict=False):
                best[p] = max(best.get(p, 0), v)
                tot[p] = tot.get(p, 0) + v
            sc = {p: best[p] + lam * (tot[p] - best[p]) for p in best}
            runs.append(sorted(sc, key=lambda p: -sc[p]))
        print(f"extra={use_extra} lam={lam}: R@10 %.3f MRR %.3f" % R(runs, rows))
