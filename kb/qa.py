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

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ingest.records import Obligation, Record, Statistic, Target
from kb.cjk import has_cjk, split_pieces_cjk
from kb.errors import QuestionError
from kb.refusal import refusal_reason
from kb.render import language_of, short_section
from kb.render import render_record as render_in
from kb.rerank import load_model
from kb.retrieve import Hit, Retriever, tokenize
from kb.settings import MAX_QUESTION_CHARS
from kb.store import Filters
from kb.understand import Query, carrier_spans, carries, understand

#: Refusal threshold on ``evidence_of`` (dense cosine similarity of all-MiniLM-L6-v2,
#: damped for fragments). Calibrated with benchmarks/kb_quality.py over corpus/ plus
#: 1,526 Net Zero Tracker distractor documents: on-topic dev questions score
#: 0.39-0.89, off-topic ones 0.06-0.42 (results/kb_quality.md). 0.38 answers every
#: on-topic question and refuses 9 of 12 off-topic ones; the three that pass
#: ("boiling point of water" -> "2 degrees Celsius ...") are near misses MiniLM
#: cannot separate from real questions.
MIN_EVIDENCE = 0.38

#: Refusal threshold on the reranker's best probability (``Hit.relevance``). On the
#: dev questions (benchmarks/kb_real.py) answerable ones score 0.52-0.99 and
#: off-topic ones 0.23-0.89; 0.4 leaves a margin below the lowest answerable one.
MIN_RELEVANCE = 0.4

#: Extractive answers aim to stay under this many characters.
MAX_ANSWER_CHARS = 300

NO_ANSWER = "The indexed documents do not answer this question."
#: The same, for a question asked in Chinese.
NO_ANSWER_ZH = "已收录的文件没有回答这个问题。"

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Source:
    """A numbered citation: ``[n]`` in the answer text refers to ``sources[n-1]``."""

    n: int
    text: str
    doc_id: str
    clause_id: str
    section: tuple[str, ...]
    title: str
    score: float
    start: int
    end: int
    context: str = ""
    paragraph: int = -1  # the clause's paragraph (block) in its document
    kind: str = "sentence"  # heading | title | sentence | aim | item | row
    relevance: float | None = None  # the reranker's probability, when it ran
    strength: str = ""  # "strong", "partial" or "weak": see ``strength_of``
    language: str = ""  # the document's language ("en", "zh", ...)

    @property
    def heading(self) -> str:
        """The section path, each level shortened to its heading (``kb.render.short_section``)."""
        return " > ".join(short_section(self.section))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "doc_id": self.doc_id,
            "clause_id": self.clause_id,
            "language": self.language,
            "section": self.heading,
            "score": round(self.score, 6),
            "strength": self.strength,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one question; ``answered`` is False for a refusal."""

    question: str
    text: str
    sources: tuple[Source, ...]
    records: tuple[Record, ...]
    answered: bool
    evidence: float = 0.0  # best ``evidence_of`` among the hits
    reason: str = ""  # why it was refused ("" when answered)
    relevance: float | None = None  # the reranker's best probability among the hits

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "answered": self.answered,
            "reason": self.reason,
            "sources": [s.to_dict() for s in self.sources],
            "records": [r.to_dict() for r in self.records],
        }


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


_MODAL_VERBS = {
    "obligation": "must",
    "prohibition": "must not",
    "permission": "may",
    "encouragement": "should",
}


def render_record(record: Record, lang: str = "en") -> str:
    """One plain line, e.g. ``By 2030: renewable energy share in aluminium > 30%``.

    ``lang`` is the question's language: a Chinese record for an English question,
    or any figure for a Chinese one, is rendered by ``kb.render`` (glossary terms,
    Chinese scale words read as numbers).
    """
    if not isinstance(record, Obligation):
        metric = _ARTICLE_LABEL.sub("", record.metric).strip()
        if metric and metric != record.metric:
            record = dataclasses.replace(record, metric=metric)
    if not isinstance(record, Obligation) and (
        lang == "zh" or has_cjk(f"{record.metric}{record.value_text}")
    ):
        return render_in(record, lang)
    if isinstance(record, Obligation) and lang == "zh":
        when = f"{record.year}年前：" if record.year else ""
        return f"{when}{record.actor}{record.action}".strip()
    if isinstance(record, Obligation):
        when = f"By {record.year}: " if record.year else ""
        what = record.action
        if record.object and record.object not in what:
            what = f"{what} {record.object}"
        if record.actor:
            verb = _MODAL_VERBS.get(record.modality, record.modality)
            return f"{when}{record.actor} {verb} {what}".strip()
        return f"{when}{record.modality.capitalize()}: {what}".strip()
    value = _value_phrase(record)
    metric = record.metric
    change = _change_words(record) if isinstance(record, Target) else ""
    base = f" vs {record.base_year}" if getattr(record, "base_year", None) else ""
    prefix = (
        f"By {record.year}: "
        if isinstance(record, Target) and record.year
        else (f"In {record.year}: " if record.year else "")
    )
    return f"{prefix}{metric} {change}{value}{base}".strip()


#: How a target's direction reads before its figure ("reduced by ≥ 55% vs 1990").
_CHANGE_WORDS = {"decrease": "reduced", "increase": "increased"}
_PREPOSITION = re.compile(
    r"\b(by|to)\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|roughly|"
    r"up\s+to|approximately|some)\s+)?$",
    re.IGNORECASE,
)


def _change_words(target: Target) -> str:
    """ "reduced by " / "increased to " before a change target's figure, "" for a level.

    The preposition is read from the clause just before the figure; a percentage
    against a base year without one is a change ("by").
    """
    verb = _CHANGE_WORDS.get(target.direction or "")
    if not verb or target.value is None:
        return ""
    at = target.text.find(target.value_text) if target.value_text else -1
    found = _PREPOSITION.search(target.text[max(0, at - 40) : at]) if at > 0 else None
    if found:
        return f"{verb} {found.group(1).lower()} "
    return f"{verb} by " if target.unit == "%" and target.base_year else ""


#: Comparators as a reader writes them.
_COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "~": "about", ">": ">", "<": "<"}

#: A provision label at the head of a metric ("第九条", "Article 4(1)") says where the
#: figure stands, not what it measures.
_ARTICLE_LABEL = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百千零〇两\d]+[条章节款项]\s*|"
    r"(?:Article|Art\.)\s*\d+[a-z]?(?:\(\w+\))*\s*[:.–-]?\s*)"
)


def _value_phrase(record: Target | Statistic) -> str:
    """The figure as a reader wants it: comparator sign, range and unit ("≥ 50–52%")."""
    comp = _COMPARATOR_SIGNS.get(record.comparator or "", "")
    if record.value is None:
        return record.value_text
    high = getattr(record, "value_high", None)
    num = f"{record.value:,.10g}" if abs(record.value) >= 10000 else f"{record.value:g}"
    if high is not None and high != record.value:
        num += "–" + (f"{high:,.10g}" if abs(high) >= 10000 else f"{high:g}")
    elif record.value_text and not comp:
        return record.value_text  # as the source words it ("510 million tons")
    unit = record.unit or ""
    text = f"{num}{unit}" if unit in ("%", "") else f"{num} {unit}"
    return f"{comp} {text}" if comp else text


_WORDS = re.compile(r"[^\W\d_]{2,}")
_DANGLING = re.compile(r"(?::|\b(?:are|is|of|the|and|to|which|for|in))\s*$")


def substance(text: str) -> float:
    """0..1: how much a clause can stand as evidence on its own.

    MiniLM gives fragments of a few words ("Rome: climate targets", "68 per cent
    by 2030") high cosine similarity to almost anything sharing one word; such
    fragments (fewer than 8 words, or ending mid-sentence) are damped so they
    neither answer nor vouch for a question.
    """
    factor = min(1.0, len(_WORDS.findall(text)) / 8)
    return factor * 0.8 if _DANGLING.search(text) else factor


def evidence_of(hit: Hit) -> float:
    """The hit's dense similarity, damped for fragments (see ``substance``)."""
    return (hit.dense or 0.0) * substance(hit.indexed_text or hit.text)


def _years(text: str) -> set[str]:
    return {m.group(0) for m in _YEAR.finditer(text)}


def _overlap(q_tokens: set[str], text: str) -> float:
    if not q_tokens:
        return 0.0
    return len(q_tokens & set(tokenize(text))) / len(q_tokens)


def _q_tokens(query: Query, text: str = "") -> set[str]:
    """The question's search tokens, its synonyms' included, and its other-language
    glossary terms when ``text`` is in the other language (Chinese or not)."""
    tokens = set(tokenize(query.text))
    cross = query.cross_terms if text and has_cjk(text) != has_cjk(query.text) else ()
    for term in query.matched_terms + query.expansions + cross:
        tokens.update(tokenize(term))
    return tokens


def _piece_score(query: Query, q_tokens: set[str], text: str) -> float:
    score = _overlap(q_tokens, text)
    if query.years and query.years & _years(text):
        score += 0.3
    if query.kind not in ("other", "list", "definition") and carries(query.kind, text):
        score += 0.4 if query.wants_figure or query.kind in ("year", "date") else 0.2
    elif query.wants_figure and _NUMBER.search(re.sub(_YEAR, "", text)):
        score += 0.1
    return score


# Split a clause after , ; : or a full stop followed by a space, but not after an
# abbreviation ("U.S.", "e.g.", "No.", "Art.") or inside a number ("1,000").
_PIECE_BREAK = re.compile(
    r"(?<=[,;:；，：])\s+(?:and\s+)?|(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bNo)(?<!\bArt)(?<!\be\.g)"
    r"(?<!\bi\.e)(?<=\.)\s+(?=[A-Z(“\"])|(?<=[。；])"
)


def _pieces(text: str) -> list[str]:
    if has_cjk(text):
        return split_pieces_cjk(text)
    return [p.strip() for p in _PIECE_BREAK.split(text) if p and p.strip()]


def _joiner(text: str) -> str:
    """Chinese pieces are rejoined without spaces."""
    return "" if has_cjk(text) else " "


def _window(query: Query, q_tokens: set[str], text: str, limit: int) -> str:
    """The best ``limit``-character stretch of one long sentence, cut between words,
    never inside a figure, date or amount."""
    spans = carrier_spans(query.kind, text) if query.kind != "other" else []
    breaks = r"[\s，。；：、,;]+" if has_cjk(text) else r"\s+"
    starts = [0] + [m.end() for m in re.finditer(breaks, text)]
    best, best_score = (0, 0), -1.0
    for lo in starts:
        hi = lo + limit
        if hi >= len(text):
            hi = len(text)
        else:
            cut = max(text.rfind(c, lo, hi) for c in (" ", "，", "、", "；"))
            hi = cut + (text[cut] != " ") if cut > lo else hi
        for a, b in spans:  # never end inside a figure
            if a < hi < b:
                hi = a
        piece = text[lo:hi]
        score = _piece_score(query, q_tokens, piece)
        score += 0.2 * any(lo <= a and b <= hi for a, b in spans)
        if score > best_score + 1e-9:
            best, best_score = (lo, hi), score
        if hi == len(text):
            break
    lo, hi = best
    out = text[lo:hi].strip()
    return ("… " if lo > 0 else "") + out + (" …" if hi < len(text) else "")


def best_excerpt(question: str | Query, text: str, *, limit: int = MAX_ANSWER_CHARS) -> str:
    """The part of ``text`` that best answers ``question``, at most ~``limit`` chars.

    Long sentences listing several aims are cut at commas and semicolons; the
    piece that carries the kind of answer asked for (a share, a sum, a year) and
    the question's words wins, and keeps the sentence's lead-in when that holds
    the deadline, e.g. "… propose that by 2030, … aluminum will reach more than 30%".
    A single long sentence is windowed between words, never inside a figure.
    """
    query = question if isinstance(question, Query) else understand(question)
    if query.kind == "list":
        limit = int(limit * 1.5)  # a list is read whole or not at all
    if len(text) <= limit:
        return text
    q_tokens = _q_tokens(query, text)
    pieces = _pieces(text)
    if len(pieces) == 1:
        return _window(query, q_tokens, text, limit)
    scores = [_piece_score(query, q_tokens, p) for p in pieces]
    best = max(range(len(pieces)), key=lambda i: scores[i])
    if len(pieces[best]) > limit:
        return _window(query, q_tokens, pieces[best], limit)
    excerpt = pieces[best]
    # Grow the window while it fits and adds matching words (or, for a list, items).
    lo, hi = best, best
    while True:
        options = [i for i in (hi + 1, lo - 1) if 0 <= i < len(pieces)]
        grown = False
        for i in options:
            span = pieces[min(lo, i) : max(hi, i) + 1]
            cand = _joiner(text).join(span)
            if len(cand) > limit:
                continue
            gains = _overlap(q_tokens, cand) > _overlap(q_tokens, excerpt)
            if gains or query.kind == "list":
                lo, hi, excerpt, grown = min(lo, i), max(hi, i), cand, True
                break
        if not grown:
            break
    lead = pieces[0]
    if lo > 0 and (_years(lead) or len(lead) < 80) and len(lead) + len(excerpt) + 3 <= limit + 80:
        if lo == 1 and has_cjk(text):  # the lead-in is the piece right before: no gap
            excerpt = f"{lead}{excerpt}"
        else:
            excerpt = f"{lead.rstrip(',;:，；：')} … {excerpt}"
    return excerpt


_POINT = re.compile(r"^\(\d+\)$")


def _is_recital(hit: Hit, store: Any) -> bool:
    """A recital of an act ("Whereas: (12) ...") restates what an article enacts: a
    numbered point before the act's Article 1, or under a "Whereas" heading."""
    section = " ".join(hit.section).lower()
    lead = (hit.indexed_text or hit.text).lstrip().lower()
    if "whereas" in section or "recital" in section or lead.startswith("whereas"):
        return True
    if not hit.section or not _POINT.match(hit.section[-1].strip()):
        return False
    start = store.operative_start(hit.doc_id)
    return start is not None and hit.start < start


def _rank_candidates(query: Query, hits: Sequence[Hit], store: Any = None) -> list[Hit]:
    q_tokens = _q_tokens(query)
    recital = {h.key for h in hits if store is not None and _is_recital(h, store)}
    has_article = any(h.key not in recital for h in hits[:5])

    def score(item: tuple[int, Hit]) -> float:
        rank, hit = item
        text = hit.indexed_text or hit.text
        if hit.relevance is not None:  # the reranker already weighed words, kind and years
            s = hit.relevance
        else:
            s = (
                evidence_of(hit)
                + 1.0 / (rank + 2)  # fused rank still matters: 0.5, 0.33, 0.25, ...
                + 0.5 * _piece_score(query, q_tokens, text)
            )
        if has_article and hit.key in recital:
            s -= 0.15  # the operative article, not the recital that restates it
        return s

    ranked = [hit for _, hit in sorted(enumerate(hits), key=score, reverse=True)]
    # A heading ("What is a green factory?") can echo the question without answering it.
    return sorted(ranked, key=lambda hit: hit.kind in ("heading", "title"))


_FIGURE_KINDS = ("amount", "share", "count", "quantity", "year", "date")


def _carrier_first(query: Query, ranked: list[Hit]) -> list[Hit]:
    """The best candidate cannot state the kind of answer asked for (a date, a sum) and
    one of the next two can, at least half as relevant: that one is quoted instead."""
    if query.kind not in _FIGURE_KINDS or not ranked:
        return ranked
    text = lambda hit: hit.indexed_text or hit.text  # noqa: E731
    if carries(query.kind, text(ranked[0])):
        return ranked
    top = ranked[0].relevance
    for i, hit in enumerate(ranked[1:3], start=1):
        close = top is None or hit.relevance is None or hit.relevance >= 0.5 * top
        if close and carries(query.kind, text(hit)):
            return [hit, *ranked[:i], *ranked[i + 1 :]]
    return ranked


def _record_match(q_tokens: set[str], record: Record) -> float:
    """How well a record's own words (metric, sector) match the question."""
    fields = ("metric", "action", "object")
    words = " ".join(str(getattr(record, name, "") or "") for name in fields)
    return _overlap(q_tokens, words)


def _rank_records(
    query: Query, records: Sequence[tuple[int, Record]], text: str = ""
) -> list[tuple[int, Record]]:
    """Records ordered by fit: metric words, then the question's year, then citation order;
    ``text`` (the quoted clause) decides whether the question's other-language terms count."""
    q_tokens = _q_tokens(query, text)

    def score(item: tuple[int, Record]) -> float:
        n, record = item
        s = 2.0 * _record_match(q_tokens, record) + 0.3 * _overlap(q_tokens, record.text)
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
        score = _overlap(q_tokens, hit.title) - 0.01 * rank
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
    sources = _sources((cited + rest)[:5], retriever.embedder.name)
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
    if query.is_metadata and hits:
        meta = _metadata_answer(query, hits, retriever)
        if meta is not None:
            return meta
    evidence = max((evidence_of(h) for h in hits), default=0.0)
    relevance = max((h.relevance for h in hits if h.relevance is not None), default=None)
    model = load_model(retriever.embedder.name)
    if min_evidence is None:
        min_evidence = model.min_evidence if model.weights else MIN_EVIDENCE
    min_relevance = model.min_relevance if model.weights else MIN_RELEVANCE
    weak = evidence < min_evidence or (relevance is not None and relevance < min_relevance)
    if not hits or weak:
        sources = _sources(hits[:top_k], retriever.embedder.name)
        reason = "no passage is close enough to the question" if hits else "nothing was found"
        return Answer(q, _no_answer(q), sources, (), False, evidence, reason, relevance)

    ranked = _carrier_first(query, _rank_candidates(query, hits, retriever.store))
    ordered = ranked[:1] + [h for h in hits if h.key != ranked[0].key]
    sources = _sources(ordered[:top_k], retriever.embedder.name)
    store = retriever.store
    doc_date = lambda doc_id: store.document_meta(doc_id).get("date", "")  # noqa: E731
    reason = (
        ""
        if llm is not None
        else refusal_reason(query, ranked, store.document_text, doc_date=doc_date)
    )
    if reason:
        return Answer(q, _no_answer(q), sources, (), False, evidence, reason, relevance)
    by_key = retriever.store.records_for([s_key(s) for s in sources])
    numbered = [(s.n, r) for s in sources for r in by_key.get(s_key(s), [])]
    records = [r for _, r in _rank_records(query, numbered)]
    if llm is not None:
        from kb.llm import generate  # lazy: LangChain only when asked for

        text = generate(q, sources, llm)
        answered = text.strip() != NO_ANSWER
        return Answer(q, text, sources, tuple(records[:3]) if answered else (), answered, evidence)

    best = ranked[0]
    # Quote the antecedent of "It ..." too when both fit; otherwise the clause alone.
    quoted = best.indexed_text if len(best.indexed_text) <= MAX_ANSWER_CHARS else best.text
    excerpt = best_excerpt(query, quoted).rstrip(",;: ，；：")
    lines = [f"{excerpt} [1]"]
    lang = language_of(q)
    q_tokens = _q_tokens(query, quoted)
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
    return Answer(q, "\n".join(lines), sources, tuple(shown), True, evidence, "", relevance)


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


def s_key(source: Source) -> str:
    return f"{source.doc_id}:{source.clause_id}"


def strength_of(hit: Hit, model_name: str = "") -> str:
    """How well ``hit`` answers, in words: ``strong``, ``partial`` or ``weak``.

    The same calibration as refusal: below the model's refusal threshold a passage
    is ``weak``; from halfway between that threshold and certainty it is
    ``strong``. The reranker's probability is used when it ran, else the damped
    dense similarity (``evidence_of``), whose strong band starts a third of the
    way up, since cosines of related text rarely pass 0.8.
    """
    model = load_model(model_name)
    if hit.relevance is not None:
        low = model.min_relevance if model.weights else MIN_RELEVANCE
        value, high = hit.relevance, low + (1.0 - low) / 2
    else:
        low = model.min_evidence if model.weights else MIN_EVIDENCE
        value, high = evidence_of(hit), low + (1.0 - low) / 3
    if value < low:
        return "weak"
    return "strong" if value >= high else "partial"


def _sources(hits: Sequence[Hit], model_name: str = "") -> tuple[Source, ...]:
    return tuple(
        Source(
            n=i,
            text=h.text,
            doc_id=h.doc_id,
            clause_id=h.clause_id,
            section=h.section,
            title=h.title,
            score=h.score,
            start=h.start,
            end=h.end,
            context=h.context,
            paragraph=h.paragraph,
            kind=h.kind,
            relevance=h.relevance,
            strength=strength_of(h, model_name),
            language=h.language,
        )
        for i, h in enumerate(hits, start=1)
    )
