"""Texts of one length in one int8 call: per-text activation scales keep each vector.

The packaged int8 graph scales a MatMul's input over the whole input tensor, so texts
encoded together in one call change each other's vectors; that is why the encoder runs
one text per call. ``benchmarks/encode_groups.py`` rewrites a copy of the graph so each
row of a batch is scaled by itself. These tests hold the two claims its figures rest
on: alone, the rewritten graph gives the packaged graph's vector bit for bit; grouped,
each vector stays within cosine 0.99999 of its one-at-a-time vector, where the
packaged graph's grouped vectors do not.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")

# Harbour rules written for these tests; several share a word-piece count.
SENTENCES = [
    "Every ferry must log its fuel use each month.",
    "Each berth must be cleared within two days.",
    "Cargo left on the quay is moved at the owner's cost.",
    "Shore power shall serve all berths by 2030.",
    "Idling emissions will fall by a third by 2028.",
    "Tugs must report their engine hours every quarter.",
    "The port authority may fine late operators.",
    "Cranes run on electricity from the harbour grid.",
    "Pilots board ships outside the breakwater.",
    "Ballast water is treated before it is released.",
    "Dredging stops during the spawning season.",
    "Noise at night must stay under 55 decibels.",
]


@pytest.fixture(scope="module", params=[False, True], ids=["steps", "per-axis"])
def graphs(request, tmp_path_factory):
    """The packaged graph and its rewrite, quantising by steps or with one
    ``QuantizeLinear`` per row."""
    from encode_groups import _session, per_text_scales

    from kb.encoders import DEFAULT_MODEL, onnx_embedder

    embedder = onnx_embedder(DEFAULT_MODEL)
    packaged = embedder.graph_path()  # exported into the user cache on first use
    rewritten = tmp_path_factory.mktemp("graphs") / "rows.onnx"
    assert per_text_scales(packaged, rewritten, per_axis=request.param) == 24
    return embedder, _session(packaged), _session(rewritten)


def _largest_same_length_group(embedder):
    by_len = defaultdict(list)
    for enc in embedder._load_tokenizer().encode_batch(SENTENCES):
        by_len[len(enc.ids)].append(enc)
    group = max(by_len.values(), key=len)
    assert len(group) >= 3, "the test sentences need three of one length"
    return group


def test_alone_the_rewritten_graph_gives_the_packaged_vector_bit_for_bit(graphs):
    from kb.onnx_embed import _run_one

    embedder, packaged, rewritten = graphs
    for enc in embedder._load_tokenizer().encode_batch(SENTENCES):
        assert np.array_equal(_run_one(packaged, enc), _run_one(rewritten, enc))


def test_grouped_vectors_stay_their_own_only_with_per_text_scales(graphs):
    from encode_lengths import _run_group

    from kb.onnx_embed import _run_one

    embedder, packaged, rewritten = graphs
    group = _largest_same_length_group(embedder)
    alone = np.stack([_run_one(packaged, enc) for enc in group])
    per_text = (alone * _run_group(rewritten, group)).sum(axis=1)
    shared = (alone * _run_group(packaged, group)).sum(axis=1)
    assert per_text.min() > 0.99999
    assert shared.min() < 0.99999  # one scale for the batch: a neighbour moves a vector
