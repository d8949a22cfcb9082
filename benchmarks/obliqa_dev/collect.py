"""Collect per-question retrieval components on a store for offline experiments (dev questions only)."""

import json
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import obliqa

from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.understand import understand

db = Path(sys.argv[1])
encoder = sys.argv[2]
docs = int(sys.argv[3])
split = sys.argv[4]
start, stop = int(sys.argv[5]), int(sys.argv[6])
out = sys.argv[7]
data = Path(os.environ.get("OBLIQA", "/tmp/obliqa"))
assert split in ("dev", "train")
allp = obliqa.load_passages(data)
passages = every = [p for p in allp if p["Passage"].strip()]
questions = json.loads((data / f"ObliQA_{split}.json").read_text())
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

r.passages = os.environ.get("UNITS", "1") == "1"
print("passages", r.passages)
pid = {
    d: p.split("#", 1)[1]
    for d, p in kb.store.conn.execute("SELECT doc_id, path FROM documents")
    if "#" in p
}
r.search("warm up", top_k=5)
rows = []
t = time.time()
for i, q in enumerate(questions):
    text = q["Question"]
    hits = r.search(text, top_k=50)
    parsed = understand(text)
    vec = (getattr(r.embedder, "embed_queries", None) or r.embedder.embed)([parsed.dense_text])[0]
    sparse = r.bm25_search(parsed, k=300, allowed=None)
    dense = r.dense_search(vec, k=300, allowed=None)
    rows.append(
        {
            "q": text,
            "gold": golds[i],
            "sys": [(h.key, h.doc_id, h.relevance, h.score) for h in hits],
            "bm25": sparse,
            "dense": dense,
        }
    )
    if i % 50 == 0:
        print(i, f"{time.time() - t:.0f}s", flush=True)
pickle.dump({"rows": rows, "pid": pid}, open(out, "wb"))
print("done", len(rows))
