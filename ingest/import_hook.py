"""Run one module's import inside a context, then leave the module as if imported plainly.

``install(target, around)`` puts a finder on ``sys.meta_path`` that wraps the loader
of ``target`` the next time it is imported (and only while it is not yet imported and
``when()`` holds): the real loader runs the module inside ``around(module)``. Used by
``ingest/torchless.py`` (thinc without torch) and ``ingest/spacy_cli.py`` (spaCy without
its command-line package).

Once the module has run, its ``__spec__.loader`` and ``__loader__`` are the real loader
again, so package resources (``importlib.resources.files``, ``pkgutil.get_data``) and
reloads see the package as its own loader describes it; while it runs, the wrapper
forwards every other loader attribute to the real one.

``retry(error)`` (optional) says which ``ImportError`` raised inside ``around`` is the
context's fault: the module then runs once more with the real loader alone, as a plain
import would. Modules that finished loading during the failed run stay in
``sys.modules``; the ones that failed were already dropped by the import system.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from types import ModuleType
from typing import Any

Around = Callable[[ModuleType], AbstractContextManager[Any]]


class _Loader(importlib.abc.Loader):
    """The real loader of one module, run inside ``around``; forwards everything else."""

    def __init__(
        self, loader: Any, around: Around, retry: Callable[[ImportError], bool] | None
    ) -> None:
        self._loader = loader
        self._around = around
        self._retry = retry

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # the fields above, and dunders copy/pickle ask for
            raise AttributeError(name)
        return getattr(self._loader, name)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        try:
            try:
                with self._around(module):
                    self._loader.exec_module(module)
            except ImportError as error:
                if self._retry is None or not self._retry(error):
                    raise
                self._loader.exec_module(module)  # as a plain import: no context
        finally:
            spec = getattr(module, "__spec__", None)
            if spec is not None and spec.loader is self:
                spec.loader = self._loader
            if getattr(module, "__loader__", None) is self:
                module.__loader__ = self._loader


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(
        self,
        target: str,
        around: Around,
        when: Callable[[], bool],
        retry: Callable[[ImportError], bool] | None,
    ) -> None:
        self.target = target
        self._around = around
        self._when = when
        self._retry = retry

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.target or fullname in sys.modules or not self._when():
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _Loader(spec.loader, self._around, self._retry)
                return spec
        return None


def install(
    target: str,
    around: Around,
    *,
    when: Callable[[], bool] = lambda: True,
    retry: Callable[[ImportError], bool] | None = None,
) -> None:
    """Wrap ``target``'s next import in ``around`` (idempotent, cheap)."""
    if target in sys.modules:
        return
    if not any(isinstance(f, _Finder) and f.target == target for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder(target, around, when, retry))
