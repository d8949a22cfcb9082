"""The real search's top 5 with a third, feedback-moved dense list fused in.

The list is put through the retriever's second-list hook (``Retriever.second``): for
each question the dense query is moved towards the mean vector of the first 3 clauses
of the dense and keyword lists taken in turn (Rocchio, beta 0.3;
``first_stage_variants.rocchio``) and searched again; its hits are fused with weight
``WEIGHT`` and reranked as a second dense space's would be. Without ``WEIGHT`` it also
runs the search as it is, for the comparison.

    PYTHONPATH=. python benchmarks/feedback_list_search.py STORE noshare|dev [WEIGHT]

``noshare``: the no-shared-word questions of the tuning sets; ``dev``: the dev sets
(real_unseen8 is never asked).
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dense_pair_ranks import open_kb  # noqa: E402
from first_stage_variants import first_rank, interleave, question_rows, rocchio  # noqa: E402

from kb.understand import understand  # noqa: E402


class Feedback:
    """A stand-in second space whose list is the feedback-moved dense search."""

    def __init__(self, kb) -> None:
        self.kb, self.q = kb, ""

    def in_sync(self) -> bool:
        return True

    def embed_query(self, text: str) -> list[float]:
        r = self.kb.retriever
        v = np.asarray(r.embedder.embed([text])[0], dtype=np.float32)
        d = [k for k, _ in r.dense_search(v.tolist(), k=50, allowed=None)]
        b = [k for k, _ in r.bm25_search(understand(self.q), k=50, allowed=None)]
        seeds = interleave(d, b)[:3]
        got = self.kb.store.vectors.embeddings(seeds)
        m = np.asarray([got[s] for s in seeds if s in got], dtype=np.float32)
        return rocchio(v, m, 0.3).tolist()

    def query(self, vec, k, allowed):
        return self.kb.retriever.dense_search(vec, k=k, allowed=allowed)


def main() -> None:
    if len(sys.argv) < 3 or sys.argv[2] not in ("noshare", "dev") or not Path(sys.argv[1]).exists():
        sys.exit(
            "usage: feedback_list_search.py STORE noshare|dev [WEIGHT] (STORE: a kb-... folder)"
        )
    kb = open_kb(Path(sys.argv[1]), "")
    which = sys.argv[2]
    r, fb = kb.retriever, Feedback(kb)
    r.second_weight = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    rows = [
        x
        for x in question_rows(kb, False)
        if (x["noshare"] if which == "noshare" else x["split"] == "dev")
    ]
    for mode in ("on",) if len(sys.argv) > 3 else ("off", "on"):
        r.second = fb if mode == "on" else None
        n1 = n5 = 0
        for row in rows:
            fb.q = row["q"]
            rank = first_rank([h.key for h in r.search(row["q"], top_k=5)], row["gold"])
            n1 += rank == 1
            n5 += rank is not None
        print(
            f"{which} feedback list {mode} (weight {r.second_weight}): n={len(rows)} "
            f"top-1 {n1} top-5 {n5}",
            flush=True,
        )
    kb.close()


if __name__ == "__main__":
    main()
