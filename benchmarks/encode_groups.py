"""Texts of one length in one int8 session call, with activation scales per text.

The int8 graph quantises each MatMul's input with one scale over the whole input
tensor (``DynamicQuantizeLinear``), so texts encoded together change each other's
vectors (``benchmarks/encode_lengths.py group``). This rewrites a copy of the graph
so each text of a batch gets its own scale and zero point (the min and max over that
text's tokens and features, as ``DynamicQuantizeLinear`` takes them for a batch of
one); the integer product is then corrected for the text's zero point with the
weights' column sums, which is exact. It reports, on a store's clause texts grouped
by length:

- the cosine of the rewritten graph's one-at-a-time vectors to the packaged graph's
  (must stay at 1: old stores keep their vectors);
- the cosine of grouped vectors to one-at-a-time vectors of the rewritten graph;
- CPU seconds of the packaged graph one at a time, and of the rewritten graph one at
  a time and grouped.

Usage:
    python benchmarks/encode_groups.py --db STORE [--size 8] [--rounds 2] [--per-axis] [--out /tmp/graph.onnx]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from encode_lengths import _run_group, _tokenizer, stored_texts  # noqa: E402


def _const(name: str, value, dtype) -> object:
    import numpy as np
    from onnx import numpy_helper

    return numpy_helper.from_array(np.asarray(value, dtype=dtype), name)


def per_text_scales(source: Path, target: Path, *, per_axis: bool = False) -> int:
    """Write ``source`` with every ``DynamicQuantizeLinear`` scaled per batch row to
    ``target``; returns how many were rewritten. ``per_axis``: quantise with one
    ``QuantizeLinear`` per input (a scale per row along axis 0) instead of its steps
    (divide, round, add the zero point, clip, cast)."""
    import numpy as np
    import onnx

    model = onnx.load(str(source))
    graph = model.graph
    graph.initializer.extend(
        [
            _const("t16_zero", 0.0, np.float32),
            _const("t16_255", 255.0, np.float32),
            _const("t16_one", 1.0, np.float32),
            _const("t16_axes", [1, 2], np.int64),
        ]
    )
    nodes, rewritten = [], 0
    for node in graph.node:
        if node.op_type != "DynamicQuantizeLinear":
            nodes.append(node)
            continue
        rewritten += 1
        nodes += _row_quantisation(node, f"t16_{rewritten}_", per_axis)
    out = _zero_point_corrections(graph, nodes)
    del graph.node[:]
    graph.node.extend(out)
    onnx.save(model, str(target))
    return rewritten


def _row_quantisation(node, p: str, per_axis: bool) -> list:
    """Nodes doing what ``DynamicQuantizeLinear`` does, with a scale and a zero point
    per batch row: min and max over the row (with 0), scale, zero point, quantise."""
    import onnx
    from onnx import helper

    x, (xq, xs, xzp) = node.input[0], node.output
    mk = helper.make_node
    nodes = [
        mk("ReduceMin", [x], [p + "mn"], axes=[1, 2], keepdims=1),
        mk("ReduceMax", [x], [p + "mx"], axes=[1, 2], keepdims=1),
        mk("Min", [p + "mn", "t16_zero"], [p + "mn0"]),
        mk("Max", [p + "mx", "t16_zero"], [p + "mx0"]),
        mk("Sub", [p + "mx0", p + "mn0"], [p + "rng"]),
        mk("Div", [p + "rng", "t16_255"], [p + "s0"]),
        mk("Equal", [p + "s0", "t16_zero"], [p + "flat"]),
        mk("Where", [p + "flat", "t16_one", p + "s0"], [xs]),
        mk("Div", [p + "mn0", xs], [p + "q"]),
        mk("Sub", ["t16_zero", p + "q"], [p + "zq"]),
        mk("Clip", [p + "zq", "t16_zero", "t16_255"], [p + "zc"]),
        mk("Round", [p + "zc"], [p + "zf"]),
        mk("Cast", [p + "zf"], [xzp], to=onnx.TensorProto.INT32),
    ]
    if per_axis:  # one QuantizeLinear with a scale per row (axis 0)
        return nodes + [
            mk("Squeeze", [xs, "t16_axes"], [p + "s1"]),
            mk("Cast", [p + "zf"], [p + "zu"], to=onnx.TensorProto.UINT8),
            mk("Squeeze", [p + "zu", "t16_axes"], [p + "z1"]),
            mk("QuantizeLinear", [x, p + "s1", p + "z1"], [xq], axis=0),
        ]
    return nodes + [
        mk("Div", [x, xs], [p + "xd"]),
        mk("Round", [p + "xd"], [p + "xr"]),
        mk("Add", [p + "xr", p + "zf"], [p + "xa"]),
        mk("Clip", [p + "xa", "t16_zero", "t16_255"], [p + "xc"]),
        mk("Cast", [p + "xc"], [xq], to=onnx.TensorProto.UINT8),
    ]


def _zero_point_corrections(graph, nodes: list) -> list:
    """Each MatMulInteger without the activation zero point, then minus zero point x
    the column sums of its (symmetric, zero point 0) int8 weights: exact in int32."""
    import numpy as np
    from onnx import helper, numpy_helper

    inits = {i.name: i for i in graph.initializer}
    out = []
    for node in nodes:
        if node.op_type != "MatMulInteger":
            out.append(node)
            continue
        a, w, azp, wzp = node.input
        if np.any(numpy_helper.to_array(inits[wzp])):
            raise SystemExit(f"{w} has a nonzero weight zero point; not handled")
        col = numpy_helper.to_array(inits[w]).astype(np.int32).sum(axis=0)
        graph.initializer.append(_const(w + "_t16_colsum", col, np.int32))
        raw, fix = node.output[0] + "_t16_raw", node.output[0] + "_t16_fix"
        out += [
            helper.make_node("MatMulInteger", [a, w, "", wzp], [raw]),
            helper.make_node("Mul", [azp, w + "_t16_colsum"], [fix]),
            helper.make_node("Sub", [raw, fix], [node.output[0]]),
        ]
    return out


def _session(path: Path) -> object:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def main() -> int:
    import numpy as np

    from kb.onnx_embed import _run_one

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--size", type=int, default=8)
    parser.add_argument("--limit", type=int, default=2000, help="texts at most")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--per-axis", action="store_true", help="one QuantizeLinear per row, not its steps"
    )
    parser.add_argument("--out", type=Path, default=Path("/tmp/encode-groups.onnx"))
    args = parser.parse_args()
    if not (args.db / "kb.sqlite3").is_file():
        print(f"{args.db} holds no kb.sqlite3; pass a policykb store with --db", file=sys.stderr)
        return 2
    embedder, tok = _tokenizer(256)
    rewrote = per_text_scales(embedder.graph_path(), args.out, per_axis=args.per_axis)
    print(
        f"rewrote {rewrote} quantisations" + (" (QuantizeLinear per row)" if args.per_axis else "")
    )
    packaged, rewritten = _session(embedder.graph_path()), _session(args.out)
    by_len: dict[int, list] = defaultdict(list)
    for e in tok.encode_batch(stored_texts(args.db)):
        by_len[len(e.ids)].append(e)
    size = args.size
    groups = [g[i : i + size] for g in by_len.values() for i in range(0, len(g) - size + 1, size)]
    groups = groups[: max(1, args.limit // size)]
    encs = [e for g in groups for e in g]
    print(f"{len(groups)} groups of {size} texts of one length ({len(encs)} texts)")
    for s in (packaged, rewritten):
        _run_one(s, encs[0])
    timed: dict[str, object] = {}
    runs = (
        ("packaged, one at a time", lambda: np.stack([_run_one(packaged, e) for e in encs])),
        (
            "per-text scales, one at a time",
            lambda: np.stack([_run_one(rewritten, e) for e in encs]),
        ),
        (
            "per-text scales, grouped",
            lambda: np.concatenate([_run_group(rewritten, g) for g in groups]),
        ),
    )
    for round_ in range(1, args.rounds + 1):  # the three take turns, so load falls on all
        for label, fn in runs:
            start = time.process_time()
            timed[label] = fn()
            print(f"- round {round_}, {label}: {time.process_time() - start:.2f} CPU s")
    vecs = list(timed.values())
    for (a, b), what in (
        ((0, 1), "rewritten alone to packaged alone"),
        ((1, 2), "grouped to alone"),
    ):
        cos = (vecs[a] * vecs[b]).sum(axis=1)
        same = int((vecs[a] == vecs[b]).all(axis=1).sum())
        print(
            f"- cosine {what}: min {cos.min():.7f}, mean {cos.mean():.7f}; bit-identical {same} of {len(cos)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
