import json
import math
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from collections import Counter
from pathlib import Path

import bm25s
import numpy as np
import obliqa
from obliqa import scores, top_indices

from kb.retrieve import tokenize

data = Path(os.environ.get("OBLIQA", "/tmp/obliqa"))
ps = [p for p in obliqa.load_passages(data) if p["Passage"].strip()]
qs = json.loads((data / "ObliQA_dev.json").read_text())[:600]
golds = obliqa.gold_ids(qs, ps)
ids = [p["ID"] for p in ps]
corpus = [tokenize(p["Passage"]) or ["_"] for p in ps]
N = len(corpus)
df = Counter(t for doc in corpus for t in set(doc))
idx = bm25s.BM25(k1=1.2, b=0.75)
idx.index(corpus, show_progress=False)


def ev(runs, name):
    R = [scores(r, g) for r, g in zip(runs, golds, strict=False)]
    n = len(R)
    print(
        f"{name:50} R@10 {sum(x[0] for x in R) / n:.3f} MRR {sum(x[1] for x in R) / n:.3f}",
        flush=True,
    )


base = []
qsc = []
for q in qs:
    s = idx.get_scores(tokenize(q["Question"]))
    qsc.append(s)
    base.append([ids[i] for i in top_indices(s, 100)])
ev(base, "base")
for m, nterms, alpha in ((3, 10, 0.3), (5, 10, 0.3), (5, 20, 0.5), (10, 10, 0.2), (3, 5, 0.5)):
    runs = []
    for q, s in zip(qs, qsc, strict=False):
        top = top_indices(s, m)
        w = Counter()
        qt = set(tokenize(q["Question"]))
        for _rank, i in enumerate(top):
            doc = corpus[i]
            c = Counter(doc)
            L = len(doc)
            for t, f in c.items():
                if t in qt:
                    continue
                w[t] += (f / L) * math.log(N / df[t])
        exp = [t for t, _ in w.most_common(nterms)]
        e = np.zeros(N)
        tot = sum(w[t] for t in exp) or 1
        for t in exp:
            e += (w[t] / tot) * idx.get_scores([t])
        final = s + alpha * nterms * e / max(1, 1)
        runs.append([ids[i] for i in top_indices(final, 100)])
    ev(runs, f"rm3 m={m} n={nterms} a={alpha}")
