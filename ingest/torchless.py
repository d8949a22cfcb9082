"""Import spaCy without torch.

spaCy imports thinc, and ``thinc.compat`` imports torch whenever it is installed,
for GPU and PyTorch-wrapped layers that policykb's pipelines never use. On two
cores that import costs about 0.8 s and 300 MB, half of a cold ``policykb
extract``. ``install()`` wraps the import of ``thinc.compat`` (ingest/import_hook.py)
so that torch looks absent while it runs, and only then: thinc records ``has_torch =
False``, and any later ``import torch`` (sentence-transformers, for embedding)
finds the real package as usual.

Nothing happens if torch is already imported (thinc then sees it as before) or
if ``POLICYKB_THINC_TORCH=1`` asks for thinc's torch support.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from ingest import import_hook

_TARGET = "thinc.compat"


@contextmanager
def _torch_hidden(module: ModuleType) -> Iterator[None]:
    hidden = [name for name in ("torch", "torch.utils.dlpack") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def install() -> None:
    """Hide torch from thinc when it is next imported (idempotent, cheap)."""
    if os.environ.get("POLICYKB_THINC_TORCH") == "1":
        return
    import_hook.install(_TARGET, _torch_hidden, when=lambda: "torch" not in sys.modules)
