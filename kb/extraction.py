"""What the interfaces use of ingest besides the records: reading files, extracting
records without a knowledge base, and the limits every file is read under.

``ui`` imports ``ingest.records`` and this module, never other ingest modules, so
ingest's internals can move without touching the interfaces. Names are imported
from ingest on first use, so importing this module (as every CLI start does) reads
no more than ``ingest.limits``, and the spaCy pipeline only loads with
``build_nlp`` or ``ingest_file``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ingest.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from ingest.batch import FileResult, extract_paths
    from ingest.load import iter_paths
    from ingest.passages import count_rows, is_passage_file
    from ingest.pipeline import build_nlp, ingest_file

__all__ = [
    "DEFAULT_LIMITS", "FileResult", "Limits", "build_nlp", "count_rows", "extract_paths",
    "ingest_file", "is_passage_file", "iter_paths",
]  # fmt: skip

# name -> the ingest module that defines it
_LAZY = {
    "FileResult": "ingest.batch",
    "extract_paths": "ingest.batch",
    "iter_paths": "ingest.load",
    "count_rows": "ingest.passages",
    "is_passage_file": "ingest.passages",
    "build_nlp": "ingest.pipeline",
    "ingest_file": "ingest.pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
