"""An int8 ONNX encoder for sentence-transformers BERT models on CPU.

The graph is made on this machine from the packaged weights, once: the model is
exported with ``torch.onnx`` and its weights quantised to int8 with
``onnxruntime.quantization.quantize_dynamic``; the result is kept in the user
cache directory (``POLICYKB_CACHE_DIR``, default the platform cache dir) and
reused by every later process. Nothing is downloaded.

At run time only ``onnxruntime``, ``tokenizers`` and numpy are imported (no torch,
no transformers), so a process that embeds a question starts in well under a
second. Pooling follows the model's sentence-transformers modules: mean over the
attention mask, then unit length, with the model's ``max_seq_length``.

Int8 vectors differ slightly from torch's (mean cosine about 0.99 for MiniLM),
so the store records the encoder with the model name (``NAME@onnx-int8``) and
never mixes the two (``Store.check_model``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ingest.cedict import cache_dir  # the user cache, shared with the dictionary's tables
from kb.errors import ConfigError

#: The suffix naming this encoder in a stored model name.
VARIANT = "onnx-int8"
#: Bumped when the export or quantisation changes, so old cached graphs are rebuilt.
_EXPORT_VERSION = 2
#: Texts up to this many run on the one-thread session (see kb.embed.ONE_THREAD_MAX_TEXTS).
_ONE_THREAD_MAX_TEXTS = 8
_export_lock = threading.Lock()
#: Cores left to other work in this program (``kb.encoders.leave_cores``): while an
#: ingest extracts in a child process, batches run on one thread fewer.
_cores_left = 0
#: One more core is left while any of these answers true (``kb.encoders.leave_cores_while``);
#: asked again every ``_RECHECK`` texts, so a batch takes back the core the moment the
#: extraction it shared the machine with is done.
_leave_while: list[Callable[[], bool]] = []
_RECHECK = 64


def cores_left() -> int:
    """Cores this program's encoders leave to its other work at this moment."""
    return _cores_left + sum(1 for busy in _leave_while if busy())


def _fingerprint(model_dir: Path) -> str:
    """Identifies the weights without hashing 90 MB: file names, sizes and mtimes."""
    h = hashlib.blake2b(digest_size=8)
    h.update(f"v{_EXPORT_VERSION}".encode())
    for path in sorted(model_dir.glob("*")):
        if path.is_file():
            stat = path.stat()
            h.update(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    return h.hexdigest()


def export_int8(model_dir: Path, out_dir: Path) -> Path:
    """Export ``model_dir`` (a sentence-transformers BERT folder) to ``out_dir/model-int8.onnx``.

    Needs torch, transformers and onnx (installed with policykb); runs once per model.

    Raises:
        ConfigError: the export or the quantisation failed (with the reason).
    """
    target = out_dir / "model-int8.onnx"
    if target.exists():
        return target
    with _export_lock:
        if target.exists():
            return target
        out_dir.mkdir(parents=True, exist_ok=True)
        try:
            _export(model_dir, out_dir, target)
        except Exception as e:
            raise ConfigError(
                f"cannot build the int8 ONNX encoder for {model_dir} in {out_dir} "
                f"({type(e).__name__}: {e}). Use --encoder torch"
            ) from e
    return target


def _export(model_dir: Path, out_dir: Path, target: Path) -> None:
    fp32 = out_dir / f"model-fp32.{os.getpid()}.onnx"
    tmp = out_dir / f"model-int8.{os.getpid()}.onnx"
    try:
        export_fp32(model_dir, fp32)
        quantize_int8(fp32, tmp)
        tmp.replace(target)  # atomic: a concurrent reader sees no half-written graph
    finally:
        for path in (fp32, tmp):
            path.unlink(missing_ok=True)


def export_fp32(model_dir: Path, target: Path) -> None:
    """The BERT model of ``model_dir`` as an fp32 ONNX graph (last hidden state) at ``target``."""
    import warnings

    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    hf_logging.disable_progress_bar()
    bert = AutoModel.from_pretrained(str(model_dir)).eval()

    class _Encoder(torch.nn.Module):  # keyword call: forward()'s positional order varies
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    model = _Encoder().eval()
    ids = torch.ones((1, 8), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (ids, ids, torch.zeros_like(ids)),
            str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "token_type_ids": axes,
                "last_hidden_state": axes,
            },
            opset_version=17,
            dynamo=False,
        )


def quantize_int8(
    fp32: Path,
    target: Path,
    *,
    unsigned: bool = False,
    per_channel: bool = True,
    reduce_range: bool = False,
    extra_options: dict[str, Any] | None = None,
) -> None:
    """Quantise the weights of the fp32 graph ``fp32`` to 8 bits (dynamic) into ``target``.

    The defaults are the graph policykb uses: signed weights with per-channel scales
    (mean cosine to torch 0.993 on MiniLM, against 0.954 per tensor).
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level  # the quantiser logs a pre-processing hint on the root logger
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            str(fp32),
            str(target),
            weight_type=QuantType.QUInt8 if unsigned else QuantType.QInt8,
            per_channel=per_channel,
            reduce_range=reduce_range,
            extra_options=extra_options,
        )
    finally:
        root.setLevel(level)


class OnnxInt8Embedder:
    """A sentence-transformers BERT model as an int8 ONNX graph on CPU.

    Args:
        model_dir: the sentence-transformers model folder (``config.json``,
            ``tokenizer.json``, weights).
        name: the model's name; the embedder is named ``NAME@onnx-int8``.

    Example:
        >>> embedder = OnnxInt8Embedder(model_dir, name="sentence-transformers/all-MiniLM-L6-v2")
        >>> len(embedder.embed(["Green factories by 2030"])[0])
        384
    """

    #: Each text's vector depends on that text alone (one text per run, see ``embed_array``),
    #: so texts may be encoded in any grouping or order (``kb.encode_ahead``).
    one_text_per_run = True

    def __init__(self, model_dir: Path, *, name: str) -> None:
        self.model_dir = Path(model_dir)
        self._name = f"{name}@{VARIANT}"
        self._tokenizer: Any = None
        self._sessions: dict[int, Any] = {}
        self._dimension: int | None = None
        # Sessions and the tokenizer are built once, though two threads may encode at
        # once (``kb.encode_ahead``): a second build costs the load time and memory twice.
        self._building = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            config = json.loads((self.model_dir / "config.json").read_text(encoding="utf-8"))
            self._dimension = int(config["hidden_size"])
        return self._dimension

    def graph_path(self) -> Path:
        """The int8 graph, exported on first use."""
        out = cache_dir() / "onnx" / f"{self.model_dir.name}-{_fingerprint(self.model_dir)}"
        return export_int8(self.model_dir, out)

    def _session(self, threads: int) -> Any:
        if threads in self._sessions:
            return self._sessions[threads]
        with self._building:
            if threads not in self._sessions:
                self._sessions[threads] = self._new_session(threads)
        return self._sessions[threads]

    def _new_session(self, threads: int) -> Any:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Idle worker threads sleep instead of spinning: on the shared 2-core machine
        # (load 7) 1,500 clauses on two threads took 7.7-8.4 s and 3.7-3.9 CPU s
        # without spinning against 11.9-15.6 s and 6.7-7.5 CPU s with it.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(
            str(self.graph_path()), options, providers=["CPUExecutionProvider"]
        )

    def _load_tokenizer(self) -> Any:
        if self._tokenizer is not None:
            return self._tokenizer
        with self._building:
            if self._tokenizer is None:
                self._tokenizer = self._new_tokenizer()
        return self._tokenizer

    def _new_tokenizer(self) -> Any:
        from tokenizers import Tokenizer

        path = self.model_dir / "tokenizer.json"
        if not path.is_file():
            raise ConfigError(f"{self.model_dir} has no tokenizer.json; use --encoder torch")
        tokenizer = Tokenizer.from_file(str(path))
        tokenizer.enable_truncation(max_length=_max_seq_length(self.model_dir))
        tokenizer.no_padding()
        return tokenizer

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        return self.embed_array(texts).tolist()

    def embed_array(self, texts: Sequence[str]) -> Any:
        """Unit vectors as a float32 numpy array, one row per text."""
        import numpy as np

        tokenizer = self._load_tokenizer()
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # One text per run: dynamic quantisation scales activations by the range of the
        # whole input tensor, so in a padded batch a text's vector would depend on its
        # neighbours (cosine 0.990 to itself alone). Alone, it is a function of the text,
        # which the embedding cache and query/passage symmetry rely on; and with no
        # padding it is as fast as batches of 32 here.
        for i, enc in enumerate(tokenizer.encode_batch(list(texts))):
            if i % _RECHECK == 0:
                session = self._session(_threads_for(len(texts)))
            out[i] = _run_one(session, enc)
        return out

    def warm_up(self, texts: int) -> None:
        """Load the tokenizer and the session a call with ``texts`` texts would use now,
        and run it once, so that call does not wait for them."""
        encoding = self._load_tokenizer().encode("warm up")
        _run_one(self._session(_threads_for(texts)), encoding)


def _threads_for(texts: int) -> int:
    """One thread for a question (see kb.embed.ONE_THREAD_MAX_TEXTS); for a batch,
    every core the rest of the program is not using now."""
    if texts <= _ONE_THREAD_MAX_TEXTS:
        return 1
    return max(1, (os.cpu_count() or 1) - cores_left())


def _run_one(session: Any, enc: Any) -> Any:
    """The unit vector of one tokenized text."""
    import numpy as np

    ids = np.asarray([enc.ids], dtype=np.int64)
    mask = np.asarray([enc.attention_mask], dtype=np.int64)
    types = np.asarray([enc.type_ids], dtype=np.int64)
    (hidden,) = session.run(
        None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
    )
    pooled = hidden[0].mean(axis=0)  # no padding: every token counts
    return pooled / max(float(np.linalg.norm(pooled)), 1e-12)


def _max_seq_length(model_dir: Path) -> int:
    try:
        config = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return int(config.get("max_seq_length", 256))
    except (OSError, ValueError):
        return 256
