"""Encoder kernels on this CPU: the same clause texts through torch and ONNX graphs.

Each variant encodes the same texts one text per run (as ``kb.onnx_embed`` does)
in this process, one after the other; printed per variant: texts/s (wall), CPU
seconds, and the mean and minimum cosine of its vectors to torch fp32's. The
graphs are built once into ``--graphs`` (a scratch folder outside the repository).

A run is ``VARIANT[@THREADS[xSESSIONS]][/OPT]``: THREADS intra-op threads (default
2) in each of SESSIONS sessions (default 1) that encode contiguous shares of the texts
on threads of their own, OPT
the session's graph optimisation level (``basic``, ``extended``, ``all``; default
``all``). The clause texts come from a policykb store (``SELECT embed_text FROM
clauses``), e.g. the one ``benchmarks/obliqa.py --docs 3 --db DIR`` builds::

  python benchmarks/encoder_kernels.py --store STORE --texts 2000 \\
      --graphs /tmp/graphs --runs int8-s8-pc,int8-u8-pc,int8-s8-pc@1
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: variant -> (fuse the fp32 graph first, quantise options or None for fp32)
VARIANTS: dict[str, tuple[bool, dict[str, Any] | None]] = {
    "onnx-fp32": (False, None),
    "int8-s8-pc": (False, {}),
    "int8-s8-pt": (False, {"per_channel": False}),
    "int8-s8-pc-rr": (False, {"reduce_range": True}),
    "int8-u8-pc": (False, {"unsigned": True}),
    "int8-u8-pt": (False, {"unsigned": True, "per_channel": False}),
    "int8-s8-pc-constb": (False, {"extra_options": {"MatMulConstBOnly": True}}),
    "fused-fp32": (True, None),
    "fused-int8-s8-pc": (True, {}),
    "fused-int8-u8-pc": (True, {"unsigned": True}),
    "fused-int8-s8-pc-rr": (True, {"reduce_range": True}),
}
DEFAULT_RUNS = ",".join(
    [
        "onnx-fp32",
        "int8-s8-pc",
        "int8-s8-pc@1",
        "int8-s8-pc@1x2",
        "int8-s8-pc/basic",
        "int8-s8-pc/extended",
        "int8-s8-pt",
        "int8-s8-pc-rr",
        "int8-u8-pc",
        "int8-u8-pt",
        "int8-s8-pc-constb",
        "fused-fp32",
        "fused-int8-s8-pc",
        "fused-int8-u8-pc",
        "fused-int8-s8-pc-rr",
    ]
)
_FLAGS = re.compile(r"^(avx\w*|fma|f16c|sse4_\d|amx\w*|\w*vnni\w*)$")


def cpu_summary() -> str:
    """The CPU's model name and its vector-instruction flags, from /proc/cpuinfo."""
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return platform.processor() or "unknown"
    model = re.search(r"^model name\s*:\s*(.+)$", info, re.M)
    flags = re.search(r"^flags\s*:\s*(.+)$", info, re.M)
    wanted = sorted(f for f in (flags.group(1).split() if flags else []) if _FLAGS.match(f))
    return f"{model.group(1) if model else 'unknown'}; flags: {' '.join(wanted) or 'none'}"


def clause_texts(store: Path, n: int) -> list[str]:
    """The first ``n`` distinct clause embedding texts of the store at ``store``."""
    db = store / "kb.sqlite3"
    if not db.is_file():
        raise SystemExit(f"{db} not found; build a store (benchmarks/obliqa.py --db DIR)")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute("SELECT embed_text FROM clauses ORDER BY rowid").fetchall()
    return list(dict.fromkeys(r[0] for r in rows))[:n]


def build_graph(name: str, model_dir: Path, graphs: Path) -> Path:
    """The graph of variant ``name`` in ``graphs``, built once."""
    from kb.onnx_embed import export_fp32, quantize_int8

    fuse, quant = VARIANTS[name]
    target = graphs / f"{name}.onnx"
    if target.exists():
        return target
    graphs.mkdir(parents=True, exist_ok=True)
    fp32 = graphs / ("fused-fp32.onnx" if fuse else "onnx-fp32.onnx")
    if not fp32.exists():
        plain = graphs / "onnx-fp32.onnx"
        if not plain.exists():
            export_fp32(model_dir, plain)
        if fuse:
            _fuse(plain, fp32)
    if quant is not None:
        if fuse:  # fused ops are outside shape inference: name the float type
            extra = {**quant.get("extra_options", {}), "DefaultTensorType": 1}
            quant = {**quant, "extra_options": extra}
        quantize_int8(fp32, target, **quant)
    return target


def _fuse(plain: Path, target: Path) -> None:
    """onnxruntime's BERT fusions (attention, layer norm, gelu) applied offline."""
    from onnxruntime.transformers.optimizer import optimize_model

    model = optimize_model(str(plain), model_type="bert", num_heads=0, hidden_size=0)
    model.save_model_to_file(str(target))


def session(graph: Path, threads: int, opt: str) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    levels = {
        "basic": ort.GraphOptimizationLevel.ORT_ENABLE_BASIC,
        "extended": ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
        "all": ort.GraphOptimizationLevel.ORT_ENABLE_ALL,
    }
    options.graph_optimization_level = levels[opt]
    return ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])


def encode(sess: Any, encodings: list[Any]) -> Any:
    import numpy as np

    from kb.onnx_embed import _run_one

    out = np.zeros((len(encodings), 384), dtype=np.float32)
    for i, enc in enumerate(encodings):
        row = _run_one(sess, enc)
        if out.shape[1] != row.shape[0]:
            out = np.zeros((len(encodings), row.shape[0]), dtype=np.float32)
        out[i] = row
    return out


def encode_parallel(sessions: list[Any], encodings: list[Any]) -> Any:
    """Contiguous shares of the texts, one per session, each on a thread of its own."""
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    if len(sessions) == 1:
        return encode(sessions[0], encodings)
    step = -(-len(encodings) // len(sessions))
    shares = [encodings[i : i + step] for i in range(0, len(encodings), step)]
    with ThreadPoolExecutor(len(sessions)) as pool:
        parts = list(pool.map(encode, sessions, shares))
    return np.concatenate(parts)


def parse_run(text: str) -> tuple[str, int, int, str]:
    """``"int8-u8-pc@1x2/basic"`` -> ``("int8-u8-pc", 1, 2, "basic")``."""
    m = re.fullmatch(r"([\w-]+?)(?:@(\d+)(?:x(\d+))?)?(?:/(basic|extended|all))?", text)
    if not m or m.group(1) not in VARIANTS:
        raise SystemExit(
            f"run {text!r}: write VARIANT[@THREADS[xSESSIONS]][/OPT]; variants: {list(VARIANTS)}"
        )
    return m.group(1), int(m.group(2) or 2), int(m.group(3) or 1), m.group(4) or "all"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="a policykb store folder")
    parser.add_argument("--texts", type=int, default=2000, help="how many clause texts")
    parser.add_argument("--graphs", type=Path, required=True, help="scratch folder for graphs")
    parser.add_argument("--runs", default=DEFAULT_RUNS, help="runs, comma-separated, in order")
    args = parser.parse_args()
    runs = [parse_run(r) for r in args.runs.split(",")]
    import numpy as np
    import onnxruntime as ort

    from kb.embed import SentenceTransformerEmbedder, _default_model_path
    from kb.onnx_embed import OnnxInt8Embedder
    from kb.settings import DEFAULT_MODEL

    texts = clause_texts(args.store, args.texts)
    model_dir = _default_model_path()
    tokenizer = OnnxInt8Embedder(model_dir, name=DEFAULT_MODEL)._load_tokenizer()
    encodings = tokenizer.encode_batch(texts)
    print(f"- CPU: {cpu_summary()}; {os.cpu_count()} cores")
    print(f"- onnxruntime {ort.__version__}; {len(texts):,} clause texts of {args.store}")
    print(f"- load at start: {'/'.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    torch_enc = SentenceTransformerEmbedder(DEFAULT_MODEL)
    torch_enc.embed(["warm up"])
    wall, cpu = time.perf_counter(), time.process_time()
    ref = np.asarray(torch_enc.embed(texts), dtype=np.float32)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        "| run | threads x sessions | graph opt | texts/s | wall s | CPU s | mean cos | min cos | load |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    row = f"| torch-fp32 (batches of {torch_enc.batch_size}) | 2 | - | {len(texts) / wall:.0f} "
    print(f"{row}| {wall:.1f} | {cpu:.1f} | 1 | 1 | {load} |", flush=True)
    for name, threads, workers, opt in runs:
        graph = build_graph(name, model_dir, args.graphs)
        sessions = [session(graph, threads, opt) for _ in range(workers)]
        encode_parallel(sessions, encodings[: 4 * workers])  # warm up
        wall, cpu = time.perf_counter(), time.process_time()
        vecs = encode_parallel(sessions, encodings)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        cos = (vecs * ref).sum(axis=1)
        load = "/".join(f"{x:.1f}" for x in os.getloadavg())
        print(
            f"| {name} | {threads} x {workers} | {opt} | {len(texts) / wall:.0f} | {wall:.1f} | {cpu:.1f} "
            f"| {cos.mean():.4f} | {cos.min():.4f} | {load} |",
            flush=True,
        )
        del sessions
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
