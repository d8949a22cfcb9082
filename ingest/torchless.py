"""Import spaCy without torch.

spaCy imports thinc, and ``thinc.compat`` imports torch whenever it is installed,
for GPU and PyTorch-wrapped layers that policykb's pipelines never use. On two
cores that import costs about 0.8 s and 300 MB, half of a cold ``policykb
extract``. ``install()`` puts a finder on ``sys.meta_path`` that makes torch look
absent while ``thinc.compat`` runs, and only then: thinc records ``has_torch =
False``, and any later ``import torch`` (sentence-transformers, for embedding)
finds the real package as usual.

Nothing happens if torch is already imported (thinc then sees it as before) or
if ``POLICYKB_THINC_TORCH=1`` asks for thinc's torch support.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from types import ModuleType
from typing import Any

_TARGET = "thinc.compat"


class _HideTorchLoader(importlib.abc.Loader):
    """Runs the real loader of ``thinc.compat`` with ``torch`` marked absent."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        hidden = [name for name in ("torch", "torch.utils.dlpack") if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
        try:
            self._loader.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name, 0) is None:
                    del sys.modules[name]


class _HideTorchFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != _TARGET or "torch" in sys.modules:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _HideTorchLoader(spec.loader)
                return spec
        return None


def install() -> None:
    """Hide torch from thinc when it is next imported (idempotent, cheap)."""
    if os.environ.get("POLICYKB_THINC_TORCH") == "1" or _TARGET in sys.modules:
        return
    if not any(isinstance(f, _HideTorchFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _HideTorchFinder())
