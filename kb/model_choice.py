"""Which embedding model a store uses when the user names none.

all-MiniLM-L6-v2 (the default) reads most Chinese characters as [UNK]: a
Chinese document stored with it can only be found by keywords. So:

- a store that already exists keeps its own model (``stored_model_spec``): a
  store built with ``--model multilingual`` answers without repeating the option;
- a new store whose first ingest holds a Chinese document is built with the
  multilingual model (``wants_multilingual``), and says so;
- Chinese documents going into a store built with an English-only model get a
  one-line warning naming ``--model multilingual``.

benchmarks/results/kb_zh.md has the measurements behind this.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kb.multilingual import ALIAS, is_multilingual_model

#: Languages the default model cannot read (its vocabulary maps their script to [UNK]).
UNREAD_BY_DEFAULT = frozenset({"zh", "ja", "ko"})


def stored_model_spec(store: Any) -> str | None:
    """The ``--model`` value that opens ``store`` (None for an empty store)."""
    built = store.model
    if not built:
        return None
    return ALIAS if is_multilingual_model(built[0]) else built[0]


def chinese_documents(documents: Iterable[Any]) -> list[Any]:
    """The documents whose language the default model cannot read."""
    return [d for d in documents if (getattr(d, "language", "") or "") in UNREAD_BY_DEFAULT]


def wants_multilingual(documents: Iterable[Any]) -> bool:
    """Whether a new store's first documents call for the multilingual model."""
    return bool(chinese_documents(documents))


def choice_note(n_docs: int, db_dir: Any) -> str:
    return (
        f"note: {n_docs} Chinese document(s) in a new store: it is built with the multilingual "
        f"model (Chinese and English in one space); pass --model to choose another ({db_dir})"
    )


def warning(n_docs: int, model_name: str, db_dir: Any) -> str:
    """The one-line warning for Chinese documents stored with an English-only model."""
    return (
        f"warning: {n_docs} Chinese document(s) stored with {model_name}, which cannot read "
        f"Chinese (most characters become [UNK]); Chinese questions and English questions "
        f"over them will mostly miss. Use --model multilingual: policykb reindex --db {db_dir} "
        f"--model multilingual"
    )
