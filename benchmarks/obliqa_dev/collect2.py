"""Pool features for ObliQA dev questions: existing reranker features + passage-unit rank."""

import json
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import obliqa

from kb.retrieve import fuse_rrf
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.understand import understand

db = Path(sys.argv[1])
encoder = sys.argv[2]
docs = int(sys.argv[3])
start, stop = int(sys.argv[4]), int(sys.argv[5])
out = sys.argv[6]
DEPTH = int(os.environ.get("DEPTH", "100"))
data = Path(os.environ.get("OBLIQA", "/tmp/obliqa"))
allp = obliqa.load_passages(data)
passages = every = [p for p in allp if p["Passage"].strip()]
questions = json.loads((data / "ObliQA_dev.json").read_text())
if docs:
    kept = list(dict.fromkeys(p["DocumentID"] for p in allp))[:docs]
    passages = [p for p in passages if p["DocumentID"] in kept]
    inside = {p["ID"] for p in passages}
    full = obliqa.gold_ids(questions, every)
    questions = [q for q, g in zip(questions, full, strict=False) if g and set(g) <= inside]
questions = questions[start:stop]
golds = obliqa.gold_ids(questions, passages)
kb = KnowledgeBase(Settings.from_env(db_dir=db, model=None, chroma_url="", encoder=encoder))
r = kb.retriever
pid = {
    d: p.split("#", 1)[1]
    for d, p in kb.store.conn.execute("SELECT doc_id, path FROM documents")
    if "#" in p
}
r.search("warm up", top_k=5)
rows = []
t = time.time()
for i, (q, gold) in enumerate(zip(questions, golds, strict=False)):
    parsed = understand(q["Question"])
    vec = (getattr(r.embedder, "embed_queries", None) or r.embedder.embed)([parsed.dense_text])[0]
    sparse = r.bm25_search(parsed, k=r.candidates, allowed=None)
    dense = r.dense_search(vec, k=r.candidates, allowed=None)
    units = r.passage_search(parsed, k=r.candidates, allowed=None)
    keys = list(dict.fromkeys(k for k, _ in sparse + dense + units))
    stored = r.store.get_clauses(keys)
    sh = [r._hit(stored[k], bm25=s) for k, s in sparse if k in stored]
    dh = [r._hit(stored[k], dense=s) for k, s in dense if k in stored]
    uh = [r._hit(stored[k]) for k, _ in units if k in stored]
    fused2 = fuse_rrf([dh, sh])
    fused3 = fuse_rrf([dh, sh, uh])
    pool = [r._with_context(h) for h in fused3[:DEPTH]]
    feats = r.rerank_features(parsed, pool, sh, dh)
    urank = {k: j for j, (k, _) in enumerate(units, 1)}
    uscore = dict(units)
    best_u = max(uscore.values(), default=1.0) or 1.0
    # unit rank of the clause's passage (doc), not only representative
    doc_urank = {}
    for j, (k, s) in enumerate(units, 1):
        d = k.split(":", 1)[0]
        doc_urank.setdefault(d, (j, s))
    extra = [
        [
            1.0 / (1 + doc_urank[h.doc_id][0]) if h.doc_id in doc_urank else 0.0,
            doc_urank[h.doc_id][1] / best_u if h.doc_id in doc_urank else 0.0,
        ]
        for h in pool
    ]
    rows.append(
        {
            "q": q["Question"],
            "gold": gold,
            "pids": [pid.get(h.doc_id, "") for h in pool],
            "feats": feats,
            "extra": extra,
            "f2": [pid.get(h.doc_id, "") for h in fused2[:DEPTH]],
            "f3": [pid.get(h.doc_id, "") for h in fused3[:DEPTH]],
        }
    )
    if i % 100 == 0:
        print(i, f"{time.time() - t:.0f}s", flush=True)
pickle.dump(rows, open(out, "wb"))
print("done", len(rows))
