"""Answer questions from retrieved clauses, with numbered citations.

The default answerer is extractive: it returns the exact clause (or the part of
it that carries the kind of answer asked for) plus the matching structured target
rendered plainly. When the evidence is weak (dense similarity damped for
fragments, or the reranker's probability, below the thresholds calibrated for the
embedding model) or ``kb.refusal`` finds that the candidates cannot answer, it
says the indexed documents do not answer the question. A LangChain chat model
can write the answer instead (``answer(..., llm=...)``); it is imported lazily.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ingest.records import Obligation, Statistic, Target
from kb.answer_choice import continue_hit, continued, quote_first
from kb.answerable import first_answerable
from kb.candidate_order import rank_candidates as _rank_candidates
from kb.citations import (
    MAX_ANSWER_CHARS,
    MIN_EVIDENCE,
    MIN_RELEVANCE,
    NO_ANSWER,
    NO_ANSWER_ZH,
    Answer,
    Record,
    Source,
    evidence_of,
    s_key,
    sources_of,
    strength_of,
    substance,
)
from kb.cjk import has_cjk
from kb.errors import QuestionError
from kb.excerpt import best_excerpt, overlap, question_tokens
from kb.record_text import render_record
from kb.render import language_of
from kb.rerank import load_model
from kb.retrieve import Hit, Retriever, tokenize
from kb.settings import MAX_QUESTION_CHARS
from kb.store import Filters
from kb.understand import Query, understand
from kb.zh_place import place_first

# The names this module has always offered (``from kb.qa import Answer, render_record``).
__all__ = [
    "MAX_ANSWER_CHARS",
    "MIN_EVIDENCE",
    "MIN_RELEVANCE",
    "NO_ANSWER",
    "NO_ANSWER_ZH",
    "Answer",
    "Source",
    "answer",
    "best_excerpt",
    "check_question",
    "evidence_of",
    "render_record",
    "s_key",
    "strength_of",
    "substance",
]


def check_question(question: str) -> str:
    """Strip and validate a question; control characters (NUL, ...) count as spaces.

    Raises:
        QuestionError: empty, longer than ``MAX_QUESTION_CHARS``, or holding a lone
            surrogate (bytes that were not UTF-8, which no tokenizer can encode).
    """
    question = re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", question)
    if bad := re.search(r"[\ud800-\udfff]", question):
        raise QuestionError(
            f"the question has a character that is not text (U+{ord(bad.group()):04X} at "
            f"character {bad.start() + 1}, from bytes that are not UTF-8); ask it as UTF-8 text"
        )
    q = " ".join(question.split())
    if not q:
        raise QuestionError('the question is empty; ask e.g. "Which targets fall due by 2030?"')
    if len(q) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question has {len(q):,} characters; the limit is {MAX_QUESTION_CHARS:,}. "
            "Ask one short question at a time"
        )
    return q


def _other_terms(query: Query, retriever: Any) -> tuple[str, ...]:
    """An English question's Chinese terms: its glossary terms and the dictionary
    translations keyword search already made (remembered per question and index)."""
    bm25 = getattr(retriever, "_bm25_index", None)
    if has_cjk(query.text) or bm25 is None:
        return ()
    from kb.lexical import translated_terms

    translated = translated_terms(query.text, bm25()[0])
    return query.cross_terms + translated if translated else ()


def _record_match(q_tokens: set[str], record: Record) -> float:
    """How well a record's own words (metric, sector) match the question."""
    fields = ("metric", "action", "object")
    words = " ".join(str(getattr(record, name, "") or "") for name in fields)
    return overlap(q_tokens, words)


def _rank_records(
    query: Query, records: Sequence[tuple[int, Record]], text: str = ""
) -> list[tuple[int, Record]]:
    """Records ordered by fit: metric words, then the question's year, then citation order;
    ``text`` (the quoted clause) decides whether the question's other-language terms count."""
    q_tokens = question_tokens(query, text)

    def score(item: tuple[int, Record]) -> float:
        n, record = item
        s = 2.0 * _record_match(q_tokens, record) + 0.3 * overlap(q_tokens, record.text)
        s -= 0.05 * n
        if query.years:
            s += 0.5 if str(record.year) in query.years else -0.5
        if isinstance(record, Target):
            s += 0.2
        return s

    return sorted(records, key=score, reverse=True)


def _metadata_answer(query: Query, hits: Sequence[Hit], retriever: Retriever) -> Answer | None:
    """Who issued a document, or when: read from its manifest, citing its title.

    The document is the one whose title shares most words with the question,
    among those the retrieval found (ties: the better-ranked one).
    """
    store = retriever.store
    q_tokens = set(tokenize(query.text))
    best_doc, best_score = "", 0.0
    for rank, hit in enumerate(hits):
        if hit.doc_id == best_doc:
            continue
        score = overlap(q_tokens, hit.title) - 0.01 * rank
        if score > best_score:
            best_doc, best_score = hit.doc_id, score
    if not best_doc:
        best_doc = hits[0].doc_id if hits else ""
    meta = store.document_meta(best_doc) if best_doc else {}
    field_name = "issuer" if query.kind == "metadata_issuer" else "date"
    if not meta or not meta.get(field_name):
        return None
    title = meta["title"] or meta["path"]
    if field_name == "issuer":
        text = f"{title} was issued by {meta['issuer']}"
        text += f" on {meta['date']}." if meta.get("date") else "."
    else:
        text = f"{title} is dated {meta['date']}"
        text += f" (issued by {meta['issuer']})." if meta.get("issuer") else "."
    first_key = meta["first_key"]
    first = store.get_clauses([first_key]).get(first_key) if first_key else None
    cited = [retriever._with_context(retriever._hit(first))] if first is not None else []
    rest = [h for h in hits if not cited or h.key != cited[0].key]
    sources = sources_of((cited + rest)[:5], retriever.embedder.name)
    return Answer(query.text, f"{text} [1]", sources, (), True, 1.0)


def answer(
    question: str,
    *,
    retriever: Retriever,
    top_k: int = 5,
    filters: Filters = Filters(),
    llm: Any = None,
    min_evidence: float | None = None,
) -> Answer:
    """Answer ``question`` from the knowledge base, citing clauses as ``[n]``.

    The question is read first (``kb.understand``): the kind of answer it wants
    decides which part of the best clause is quoted. A question is refused, with
    the nearest passages still listed and ``Answer.reason`` saying why, when no
    candidate carries the kind asked for, or the year, attribute or particular
    thing it names appears in none of them (``kb.refusal``). "Who issued …" and "When was
    … published" are answered from the document's manifest fields.

    Args:
        question: a natural-language question.
        retriever: hybrid retriever over the store.
        top_k: how many sources to return.
        filters: metadata filters applied before ranking.
        llm: optional LangChain chat model (or anything with ``invoke(prompt)``);
            when given, it writes the answer from the numbered sources.
        min_evidence: refusal threshold on the best ``evidence_of`` among the hits;
            None takes the one calibrated for the embedding model (``kb.rerank``).

    Returns:
        An ``Answer``; ``answered`` is False when the evidence is too weak.

    Raises:
        QuestionError: the question is empty or too long.

    Example:
        >>> answer("What share of aluminium's energy must be renewable by 2030?",
        ...        retriever=retriever).text
        'The “Guiding Opinions” propose that by 2030 … aluminum will reach more than 30% [1] ...'
    """
    q = check_question(question)
    from kb.track_answers import change_answer  # "how has the target changed?": its series

    if (tracked := change_answer(q, retriever.store)) is not None:
        return tracked
    query = understand(q)
    hits = retriever.search(q, top_k=max(top_k, 10), filters=filters)
    evidence, relevance, weak, floor = _weak_evidence(hits, retriever.embedder.name, min_evidence)
    # a question naming a Chinese place: its own relevant clauses first, relevance kept
    hits, placed = place_first(
        q, hits, retriever, top_k=max(top_k, 10), floor=floor, filters=filters
    )
    if query.is_metadata and hits:
        meta = _metadata_answer(query, hits, retriever)
        if meta is not None:
            return meta
    if not hits or weak:
        sources = sources_of(hits[:top_k], retriever.embedder.name)
        reason = "no passage is close enough to the question" if hits else "nothing was found"
        return Answer(q, _no_answer(q), sources, (), False, evidence, reason, relevance)

    ranked = _rank_candidates(query, hits, retriever.store, placed)
    ranked = _quote_first(query, ranked, _other_terms(query, retriever), placed)
    store = retriever.store
    doc_date = lambda doc_id: store.document_meta(doc_id).get("date", "")  # noqa: E731
    reason = ""
    if llm is None:  # quote the first of the best few that the refusal checks accept
        ranked, reason = first_answerable(query, ranked, store.document_text, doc_date=doc_date)
    ordered = ranked[:1] + [h for h in hits if h.key != ranked[0].key]
    sources = sources_of(ordered[:top_k], retriever.embedder.name)
    if reason:
        return Answer(q, _no_answer(q), sources, (), False, evidence, reason, relevance)
    by_key = retriever.store.records_for([s_key(s) for s in sources])
    numbered = _numbered(sources, by_key, placed)
    if llm is not None:
        return _generated(query, sources, numbered, llm, evidence)

    text, shown = _extractive(query, ranked[0], numbered, _other_terms(query, retriever))
    return Answer(q, text, sources, tuple(shown), True, evidence, "", relevance)


def _generated(
    query: Query,
    sources: tuple[Source, ...],
    numbered: Sequence[tuple[int, Record]],
    llm: Any,
    evidence: float,
) -> Answer:
    """The answer a chat model writes from the numbered sources (``kb.llm.generate``)."""
    from kb.llm import generate  # lazy: LangChain only when asked for

    records = [r for _, r in _rank_records(query, numbered)]
    text = generate(query.text, sources, llm)
    answered = text.strip() != NO_ANSWER
    return Answer(
        query.text, text, sources, tuple(records[:3]) if answered else (), answered, evidence
    )


def _weak_evidence(
    hits: Sequence[Hit], model_name: str, min_evidence: float | None
) -> tuple[float, float | None, bool, float]:
    """``(evidence, relevance, weak, min_relevance)``: the best damped dense similarity and
    reranker probability among ``hits``, whether either is below the model's threshold,
    and the reranker threshold."""
    evidence = max((evidence_of(h) for h in hits), default=0.0)
    relevance = max((h.relevance for h in hits if h.relevance is not None), default=None)
    model = load_model(model_name)
    if min_evidence is None:
        min_evidence = model.min_evidence if model.weights else MIN_EVIDENCE
    min_relevance = model.min_relevance if model.weights else MIN_RELEVANCE
    weak = evidence < min_evidence or (relevance is not None and relevance < min_relevance)
    return evidence, relevance, weak, min_relevance


def _extractive(
    query: Query,
    best: Hit,
    numbered: Sequence[tuple[int, Record]],
    other_terms: Sequence[str] = (),
) -> tuple[str, list[Record]]:
    """The extractive answer's text (the best clause's excerpt, then up to two fitting
    records, one line each) and the records shown."""
    lang = language_of(query.text)
    # Quote the antecedent of "It ..." too when both fit; otherwise the clause alone.
    quoted = best.indexed_text if len(best.indexed_text) <= MAX_ANSWER_CHARS else best.text
    quoted = continued(query, best, quoted)
    excerpt = best_excerpt(query, quoted, other_terms=other_terms).rstrip(",;: ，；：")
    lines = [f"{excerpt} [1]"]
    q_tokens = question_tokens(query, quoted)
    shown: list[Record] = []
    for n, record in _rank_records(query, numbered, quoted):
        # Show a record only if it fits: same year when one is asked about, and
        # its metric words match the question (or it sits in the quoted clause).
        if query.years and str(record.year) not in query.years:
            continue
        if isinstance(record, Obligation) and has_cjk(record.action) != (lang == "zh"):
            continue  # a duty is quoted in the clause; its fields are not translated
        match = _record_match(q_tokens, record)
        figure = getattr(record, "value_text", "")
        quoted_figure = n == 1 and bool(figure) and figure in lines[0]
        if match < 0.25 and not (n == 1 and match > 0) and not quoted_figure:
            continue
        if shown and (not isinstance(record, Target) or match < _record_match(q_tokens, shown[0])):
            break
        shown.append(record)
        if not _restates(record, excerpt):
            lines.append(f"{render_record(record, lang)} [{n}]")
        if len(shown) == 2:
            break
    return "\n".join(lines), shown


def _quote_first(
    query: Query, ranked: list[Hit], other_terms: Sequence[str], placed: set[str]
) -> list[Hit]:
    """``ranked`` with the clause to quote first (``quote_first``); when the question's
    place put clauses first (``kb.zh_place``), it is chosen among those alone."""
    ranked = [continue_hit(query, h) for h in ranked]
    n = next((i for i, h in enumerate(ranked) if h.key not in placed), len(ranked))
    n = n if placed and n else len(ranked)
    return [*quote_first(query, ranked[:n], other_terms), *ranked[n:]]


def _numbered(
    sources: Sequence[Source], by_key: dict[str, list[Record]], placed: set[str]
) -> list[tuple[int, Record]]:
    """The sources' records with their numbers; when a question's place put clauses first
    (``kb.zh_place``), only the quoted clause's and theirs: another text's figure is not
    the place's."""
    return [
        (s.n, r)
        for s in sources
        if not placed or s.n == 1 or s_key(s) in placed
        for r in by_key.get(s_key(s), [])
    ]


def _no_answer(question: str) -> str:
    return NO_ANSWER_ZH if language_of(question) == "zh" else NO_ANSWER


def _restates(record: Record, quote: str) -> bool:
    """True when ``record`` adds nothing to the quoted text: a qualitative aim or a duty
    whose words are all in the quote (one line per finding, not the sentence twice)."""
    if isinstance(record, Target) and record.value is not None or isinstance(record, Statistic):
        return False
    words = record.action if isinstance(record, Obligation) else record.metric
    norm = lambda text: " ".join(re.findall(r"\w+", text.lower()))  # noqa: E731
    return bool(norm(words)) and norm(words) in norm(quote)
