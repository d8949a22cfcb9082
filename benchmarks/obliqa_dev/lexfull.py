import json
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import bm25s
import obliqa

try:  # optional: the stemmed variant (pip install snowballstemmer==3.1.1, outside the venv)
    import snowballstemmer
except ImportError:
    snowballstemmer = None
from obliqa import scores, simple_tokens, top_indices

from kb.retrieve import tokenize

data = Path(os.environ.get("OBLIQA", "/tmp/obliqa"))
ps = [p for p in obliqa.load_passages(data) if p["Passage"].strip()]
qs = json.loads((data / "ObliQA_dev.json").read_text())[:600]
golds = obliqa.gold_ids(qs, ps)
ids = [p["ID"] for p in ps]
texts = [p["Passage"] for p in ps]
st = snowballstemmer.stemmer("english") if snowballstemmer else None


def stemtok(t):
    return st.stemWords(tokenize(t)) or ["_"]


def ev(runs, name):
    R = [scores(r, g) for r, g in zip(runs, golds, strict=False)]
    n = len(R)
    print(
        f"{name:50} R@10 {sum(x[0] for x in R) / n:.3f} MRR {sum(x[1] for x in R) / n:.3f}",
        flush=True,
    )


out = {}
for tname, tok in (
    ("simple", simple_tokens),
    ("kb", lambda t: tokenize(t) or ["_"]),
    *((("kb+stem", stemtok),) if st else ()),
):
    corpus = [tok(t) for t in texts]
    for k1, b in ((1.5, 0.75), (1.2, 0.75), (0.9, 0.4), (1.2, 0.5)):
        idx = bm25s.BM25(k1=k1, b=b)
        idx.index(corpus, show_progress=False)
        runs = [[ids[i] for i in top_indices(idx.get_scores(tok(q["Question"])), 100)] for q in qs]
        ev(runs, f"passage bm25 {tname} k1={k1} b={b}")
        out[(tname, k1, b)] = runs
pickle.dump(
    {"runs": out, "golds": golds}, open(os.environ.get("OUT", "/tmp/obliqa_full_lex.pkl"), "wb")
)
