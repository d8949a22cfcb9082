"""``KnowledgeBase``: the one facade the CLI and the Gradio app talk to.

It owns a ``Store``, creates the embedder and retriever on first use, repairs
the vector index after a crash (``Store.reconcile``) before answering, and
feeds files through ``ingest.pipeline`` in batches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.records import Document, Extraction, Record
from kb import encode_ahead, ingest_worker, model_choice
from kb.embed import Embedder, SentenceTransformerEmbedder
from kb.identity import identify
from kb.intake import (
    IngestResult,
    PassageResult,
    default_extractor,
    default_processor,
    expand_paths,
    run_one,
    running_ahead,
    shared_extractor,
    supported_suffixes,
)
from kb.passage_batches import store_rows
from kb.qa import Answer, answer
from kb.queries import check_year
from kb.retrieve import Retriever
from kb.settings import Settings
from kb.store import DB_FILE, DocInfo, Filters, Store

if TYPE_CHECKING:
    from ingest.limits import Limits
    from ingest.passages import PassageFile

#: Names offered here since before ``kb.intake`` existed (the CLI and the web app use them).
__all__ = [
    "IngestResult",
    "KnowledgeBase",
    "PassageResult",
    "expand_paths",
    "shared_extractor",
    "supported_suffixes",
]

#: Clauses per embedding call when ingesting many short files: large enough that
#: sentence-transformers' length sorting keeps padding low, small enough to lose
#: little work to a crash (the next ingest redoes only uncommitted files).
INGEST_BATCH_CLAUSES = 2048

#: Clauses per batch while extraction runs ahead: smaller, so the child's next batch
#: overlaps this one's embedding from the start of an ingest, not after 2,048 clauses.
AHEAD_BATCH_CLAUSES = 512

#: From this many files an ingest extracts in a child process (``kb.ingest_worker``);
#: for fewer, starting the child costs more than the overlap saves.
WORKER_FROM_FILES = 4

#: From this many rows a passage ingest writes its vectors from a child process
#: (``Store.vectors_apart``): fewer rows make one or two batches, too few to pay for it.
WRITER_FROM_ROWS = 256


class KnowledgeBase:
    """Ingest, search and answer over one knowledge-base directory.

    Args:
        settings: where the store lives and which model embeds.
        embedder: inject one (tests, benchmarks); default is built from settings lazily.
        create: create the store if missing (ingest does; ask and docs don't).

    Raises:
        IndexNotFoundError: no store and ``create`` is false.

    Example:
        >>> kb = KnowledgeBase(Settings.from_env(db_dir="/tmp/kb"), create=True)
        >>> results = list(kb.ingest(["corpus/"]))
        >>> print(kb.ask("Which targets fall due by 2030?").text)
    """

    def __init__(
        self, settings: Settings, *, embedder: Embedder | None = None, create: bool = False
    ) -> None:
        self.settings = settings
        self.store = Store(settings.db_dir, chroma_url=settings.chroma_url, create=create)
        self._embedder = embedder
        self._retriever: Retriever | None = None
        #: One-line notes and warnings for the user (model choice, unreadable languages).
        self.notes: list[str] = []
        self.unread_chinese = 0  # Chinese documents stored with a model that cannot read them
        #: Whether writes bring the store's second dense space up to date (``kb.dense_second``);
        #: the CLI turns it off to do that itself with a progress bar.
        self.follow_second = True
        if embedder is None and not settings.model_chosen:
            from kb.model_choice import stored_model_spec

            spec = stored_model_spec(self.store)
            if spec:
                self.settings = settings.with_(model=spec)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from kb.multilingual import MultilingualE5Embedder, is_multilingual_model

            if is_multilingual_model(self.settings.model):
                self._embedder = MultilingualE5Embedder(cache_dir=self.settings.db_dir / "cache")
            else:
                from kb.encoders import TORCH, choose_encoder, onnx_embedder

                built = self.store.model
                model, encoder = choose_encoder(
                    self.settings.model,
                    encoder=self.settings.encoder,
                    built_with=built[0] if built else None,
                )
                if encoder == TORCH:
                    self._embedder = SentenceTransformerEmbedder(model)
                else:
                    self._embedder = onnx_embedder(model)
        return self._embedder

    @property
    def retriever(self) -> Retriever:
        """The retriever, after repairing vectors a crashed ingest left out."""
        if self._retriever is None:
            self.store.check_model(self.embedder)
            self.store.reconcile(self.embedder)
            self._retriever = Retriever(self.store, self.embedder)
        return self._retriever

    # -- writing ----------------------------------------------------------------------------

    def add_extraction(self, extraction: Extraction) -> str:
        """Store one ``ingest.records.Extraction``; returns added/replaced/unchanged."""
        self.store.check_model(self.embedder)
        self.store.reconcile(self.embedder)
        status = self.store.add(
            extraction.document, extraction.clauses, extraction.records, embedder=self.embedder
        )
        self._follow_second()
        return status

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        extract: Callable[[Path], Extraction] | None = None,
        limits: Limits | None = None,
    ) -> Iterator[IngestResult]:
        """Read, extract and store files; yields one result per file, failures included.

        Args:
            paths: files or folders (folders are expanded by ``ingest.load.iter_paths``).
            extract: ``path -> Extraction``; default ``ingest.pipeline.ingest_file``
                with one shared spaCy pipeline.
            limits: per-file bounds (``ingest.limits.Limits``) for the default extractor.

        A file that fails to read or extract yields ``status="failed"`` with the
        one-line error and is skipped; the others are still stored.
        """
        self.store.check_model(self.embedder)
        files = list(expand_paths(paths))
        if extract is None and len(files) >= WORKER_FROM_FILES and ingest_worker.enabled():
            # Extraction runs ahead in children; texts are encoded as they come back (int8),
            # by an encoder for the model the store will take (a first file in Chinese).
            model_choice.choose_ahead(self, files, limits)
            encoder = encode_ahead.for_embedder(self.embedder, self.store.db_dir / DB_FILE)
            children, on_texts = ingest_worker.processes(), encoder.want if encoder else None
            ahead = ingest_worker.ExtractionAhead(
                "file", limits=limits, processes=children, on_texts=on_texts
            )
            with encoder or nullcontext(), running_ahead(ahead, self.store):
                if encoder:
                    encoder.warm()  # the session loads while the children load spaCy
                self.store.reconcile(self.embedder)
                pairs = ahead.map(files, wanted=bool)
                yield from self._ingest_files(
                    ((p, ingest_worker.settled(f, f"{p}: ")) for p, f in pairs),
                    flush_at=AHEAD_BATCH_CLAUSES,
                    encoder=encoder,
                )
            self._follow_second()
            return
        self.store.reconcile(self.embedder)  # a re-run after a crash repairs the vectors
        if extract is None:
            extract = default_extractor(limits)
        yield from self._ingest_files((path, run_one(extract, path)) for path in files)
        self._follow_second()

    def _ingest_files(
        self,
        extracted: Iterable[tuple[Path, tuple[Extraction | None, str]]],
        *,
        flush_at: int = INGEST_BATCH_CLAUSES,
        encoder: encode_ahead.EncodeAhead | None = None,
    ) -> Iterator[IngestResult]:
        batch: list[tuple[Path, Extraction]] = []
        size = 0
        for path, (extraction, error) in extracted:
            if error:
                yield IngestResult(str(path), "failed", error=error)
                continue
            batch.append((path, extraction))
            size += len(extraction.clauses)
            if size >= flush_at:
                yield from self._flush(batch, encoder)
                batch, size = [], 0
        yield from self._flush(batch, encoder)

    def _flush(
        self, batch: Sequence[tuple[Path, Extraction]], encoder: Any
    ) -> Iterator[IngestResult]:
        if not batch:
            return
        model_choice.choose_model(self, [e.document for _, e in batch])
        embedder = encode_ahead.still_for(encoder, self.embedder)
        # Absolute paths, so "corpus/a.txt" and "/home/me/corpus/a.txt" are one document;
        # a document is its path and its text, so a twin elsewhere is one of its own.
        items = [
            identify(e, str(Path(e.document.path).resolve()), legacy=self.store.holds_at)
            for _, e in batch
        ]
        statuses = self.store.add_many(items, embedder=embedder or self.embedder)
        for (path, e), (document, *_), status in zip(batch, items, statuses, strict=True):
            yield IngestResult(str(path), status, document.doc_id, len(e.clauses), len(e.records))

    def open_passages(
        self, path: str | Path, *, id_field: str | None = None, text_field: str | None = None
    ) -> PassageFile:
        """Open a passage file (``ingest.passages.read_passages``) to pass to ``ingest_passages``.

        Raises:
            IngestError: unreadable file, or no id/text column (naming its columns).
        """
        from ingest.passages import read_passages

        return read_passages(path, id_field=id_field, text_field=text_field)

    def ingest_passages(
        self, passages: PassageFile, *, process: Callable[[Document], Extraction] | None = None
    ) -> Iterator[PassageResult]:
        """Store every row of an open passage file as its own document; one result per row.

        Rows stream through in batches of about ``INGEST_BATCH_CLAUSES`` clauses, so
        a large file never sits in memory. A row whose ``doc_id`` is already stored
        is unchanged and is not even segmented; a changed row replaces the stored
        row with the same file and id; a bad row yields ``status="failed"`` with
        ``FILE:LINE: what is wrong`` and the others carry on. Each batch is one
        SQLite transaction, so an error leaves the store as the last batch left it.

        Args:
            passages: from ``open_passages``.
            process: ``Document -> Extraction``; default
                ``ingest.pipeline.process_document`` with one shared spaCy pipeline.
        """
        from ingest.passages import BadRow, count_rows

        self.store.check_model(self.embedder)

        def wanted(row: Any) -> bool:  # a stored row is not even segmented
            return not isinstance(row, BadRow) and not self.store.has_document(row.doc_id)

        if process is None and ingest_worker.enabled():
            # Extraction runs ahead in a child process while this one embeds and stores.
            # Texts are encoded on a thread as they come back (``kb.encode_ahead``).
            apart = count_rows(passages.path) >= WRITER_FROM_ROWS
            encoder = encode_ahead.for_embedder(self.embedder, self.store.db_dir / DB_FILE)
            ahead = ingest_worker.ExtractionAhead(
                "document",
                processes=ingest_worker.processes(),
                on_texts=encoder.want if encoder else None,
            )
            # The encoder is entered first, so it is closed whatever fails after it starts.
            with encoder or nullcontext(), running_ahead(ahead, self.store, apart=apart):
                if encoder:
                    encoder.warm()  # the session loads while the child loads spaCy
                self.store.reconcile(self.embedder)  # while the children load spaCy
                yield from store_rows(
                    self.store,
                    (
                        (row, ingest_worker.settled(future) if future else None)
                        for row, future in ahead.map(passages.rows(), wanted=wanted)
                    ),
                    embedder=encoder or self.embedder,
                    flush_at=AHEAD_BATCH_CLAUSES,
                    first_flush=ingest_worker.FIRST_BATCH_CLAUSES,
                )
            self._follow_second()
            return
        self.store.reconcile(self.embedder)
        process = process or default_processor()
        yield from store_rows(
            self.store,
            ((row, run_one(process, row) if wanted(row) else None) for row in passages.rows()),
            embedder=self.embedder,
            flush_at=INGEST_BATCH_CLAUSES,
        )
        self._follow_second()

    def _follow_second(self) -> None:
        """Embed the clauses a write added into the second dense space, if the store has one."""
        if self.follow_second:
            from kb.dense_second import follow_writes

            follow_writes(self.store)

    def use_multilingual(self) -> None:
        """Take the multilingual model (a new store whose first documents are Chinese)."""
        from kb.multilingual import is_multilingual_model

        if not is_multilingual_model(self.settings.model):
            self.settings = self.settings.with_(model="multilingual")
            self._embedder, self._retriever = None, None

    def remove(self, spec: str) -> DocInfo:
        """Delete the document named by a doc_id prefix or its path."""
        info = self.store.remove(spec)
        self._follow_second()
        return info

    def reindex(self) -> int:
        """Re-embed every clause with the configured model; returns the clause count."""
        self._retriever = None
        return self.store.reindex(self.embedder)

    # -- reading ----------------------------------------------------------------------------

    def ask(
        self,
        question: str,
        *,
        top_k: int = 5,
        filters: Filters = Filters(),
        llm: Any = None,
    ) -> Answer:
        """Answer one question with numbered citations (see ``kb.qa.answer``)."""
        return answer(question, retriever=self.retriever, top_k=top_k, filters=filters, llm=llm)

    def filters(
        self,
        *,
        docs: Sequence[str] = (),
        year_from: int | None = None,
        year_to: int | None = None,
        section: str = "",
        record_type: str = "",
        language: str = "",
        where: Sequence[tuple[str, str]] = (),
    ) -> Filters:
        """Build ``Filters``, resolving doc_id prefixes and paths to document ids.

        ``where`` holds ``(column, value)`` pairs matched against passage metadata.

        Raises:
            QuestionError: a year outside ``MIN_YEAR..MAX_YEAR`` (``kb.queries``).
        """
        check_year(year_from, "year_from")
        check_year(year_to, "year_to")
        doc_ids: list[str] = []
        for spec in docs:
            doc_ids += self.store.resolve_docs(spec)
        return Filters(
            doc_ids=tuple(dict.fromkeys(doc_ids)),
            section_prefix=section,
            record_type=record_type,
            year_from=year_from,
            year_to=year_to,
            language=language,
            meta=tuple(sorted(dict.fromkeys((str(k), str(v)) for k, v in where))),
        )

    def docs(self) -> list[DocInfo]:
        return self.store.documents()

    def targets(self, *, year: int | None = None, docs: Sequence[str] = ()) -> list[Record]:
        check_year(year, "year")
        doc_ids: list[str] = []
        for spec in docs:
            doc_ids += self.store.resolve_docs(spec)
        return list(self.store.records(record_type="target", year=year, doc_ids=doc_ids))

    def close(self) -> None:
        self.store.close()
