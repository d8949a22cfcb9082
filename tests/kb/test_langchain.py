"""The LangChain retriever adapter."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from kb.langchain import PolicyKBRetriever
from kb.store import Filters


def test_retriever_returns_cited_documents(article_kb):
    retriever = PolicyKBRetriever(kb=article_kb, k=3)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke(
        "How much of electrolytic aluminium's energy must be renewable by 2030?"
    )
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    assert any("electrolytic aluminum" in d.page_content for d in docs)
    meta = docs[0].metadata
    assert meta["doc_id"] and meta["clause_id"] and meta["end"] > meta["start"]


def test_retriever_applies_filters(article_kb):
    retriever = PolicyKBRetriever(kb=article_kb, k=5, filters=Filters(year_from=2035, year_to=2035))
    docs = retriever.invoke("What will happen to carbon emissions?")
    assert docs and all("2035" in d.page_content for d in docs)
