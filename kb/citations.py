"""What an answer is made of: numbered sources, the answer itself, and how strongly a
retrieved clause vouches for a question (the refusal thresholds and ``strength_of``).

Kept apart from ``kb.qa`` so that answer writers (``kb.llm``) and displays can use
these types without importing the answering code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ingest.records import Record
from kb.hits import Hit
from kb.lexical import DANGLING_WORDS
from kb.render import short_section
from kb.rerank import load_model

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


_WORDS = re.compile(r"[^\W\d_]{2,}")
_DANGLING = re.compile(r"(?::|\b(?:" + "|".join(DANGLING_WORDS) + r"))\s*$")


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


def sources_of(hits: Sequence[Hit], model_name: str = "") -> tuple[Source, ...]:
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
