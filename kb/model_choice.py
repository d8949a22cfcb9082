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


#: File types read in the parent to see a new store's first language before the encoder
#: is built: cheap to decode. A PDF or DOCX is only read by the extraction children.
PEEKED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})


def first_file_chinese(paths: list[Any], limits: Any = None) -> bool:
    """Whether the first of ``paths`` reads as Chinese (a text or web page only; an
    unreadable one is not, its extraction reports it), so a new store's model can be
    chosen before an encoder for another model is built and loaded."""
    from ingest.errors import IngestError
    from ingest.load import load_document

    if not paths or paths[0].suffix.lower() not in PEEKED_SUFFIXES:
        return False
    try:
        document = load_document(paths[0], limits=limits)
    except (IngestError, OSError, ValueError):
        return False
    return bool(chinese_documents([document]))


def choose_ahead(kb: Any, paths: list[Any], limits: Any = None) -> None:
    """Pick the multilingual model for ``kb``'s new store before its files are extracted
    when the first file reads as Chinese (``first_file_chinese``), so no encoder for the
    default model is built and loaded only to be dropped at the first batch."""
    if not kb.store.model and not kb.settings.model_chosen and first_file_chinese(paths, limits):
        _use_multilingual(kb, 1)


def _use_multilingual(kb: Any, n_docs: int) -> None:
    """Switch ``kb`` to the multilingual model, with one note saying so (the latest count)."""
    kb.use_multilingual()
    kb.notes = [n for n in kb.notes if not (n.startswith("note: ") and "new store" in n)]
    kb.notes.append(choice_note(n_docs, kb.settings.db_dir))


def choose_model(kb: Any, documents: Iterable[Any]) -> None:
    """Pick the multilingual model for ``kb``'s new store whose first ``documents`` are
    Chinese, or warn when Chinese goes into a store whose model cannot read it."""
    chinese = chinese_documents(documents)
    if not chinese:
        return
    if not kb.store.model and not kb.settings.model_chosen:
        _use_multilingual(kb, len(chinese))
    elif not is_multilingual_model(kb.embedder.name):
        kb.unread_chinese += len(chinese)
        kb.notes = [n for n in kb.notes if not n.startswith("warning: ")]
        kb.notes.append(warning(kb.unread_chinese, kb.embedder.name, kb.settings.db_dir))
