"""A LangChain ``BaseRetriever`` over the knowledge base.

Import this module only when LangChain is wanted; nothing else in ``kb``
imports it. Each hit becomes a ``Document`` whose metadata carries the
provenance needed to cite it.

Example:
    >>> retriever = PolicyKBRetriever(kb=KnowledgeBase(Settings.from_env()), k=4)
    >>> docs = retriever.invoke("Which targets fall due by 2030?")
    >>> docs[0].metadata["doc_id"], docs[0].metadata["section"]
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from ingest.records import SECTION_SEP
from kb.store import Filters


class PolicyKBRetriever(BaseRetriever):
    """Hybrid (BM25 + dense, RRF) retrieval of clauses as LangChain documents.

    Attributes:
        kb: an open ``kb.service.KnowledgeBase``.
        k: how many clauses to return.
        filters: metadata filters (``kb.store.Filters``).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    kb: Any
    k: int = 5
    filters: Filters = Filters()

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.kb.retriever.search(query, top_k=self.k, filters=self.filters)
        return [
            Document(
                page_content=hit.text,
                id=hit.key,
                metadata={
                    "doc_id": hit.doc_id,
                    "clause_id": hit.clause_id,
                    "title": hit.title,
                    "section": SECTION_SEP.join(hit.section),
                    "start": hit.start,
                    "end": hit.end,
                    "score": hit.score,
                    "dense": hit.dense,
                    "bm25": hit.bm25,
                    "context": hit.context,
                },
            )
            for hit in hits
        ]
