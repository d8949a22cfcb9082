"""Hand-built records from the bundled corpus, for tests that must not depend on ingest.

``extract_plain`` splits a text into paragraph/sentence clauses with a regex and
attaches the hand-labelled targets below (copied from
corpus/china-green-manufacturing-guiding-opinions-2024.txt, paragraphs 1 and 14).
It stands in for ``ingest.pipeline.ingest_file`` until that lands, and gives the
tests a fixed clause set that does not change when the ingest rules do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.records import Clause, Document, Target, content_id

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
ARTICLE = CORPUS / "china-green-manufacturing-guiding-opinions-2024.txt"

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")

# (metric, value, unit, value_text, comparator, year, sentence substring)
TARGETS = [
    (
        "output value of green factories as a share of total manufacturing output value",
        40.0,
        "%",
        "more than 40%",
        ">",
        2030,
        "output value of green factories will account",
    ),
    (
        "recycling volume of major renewable resources",
        510.0,
        "million tons",
        "510 million tons",
        "=",
        2030,
        "recycling volume of major renewable resources",
    ),
    (
        "comprehensive utilization rate of bulk industrial solid waste",
        62.0,
        "%",
        "62%",
        "=",
        2030,
        "recycling volume of major renewable resources",
    ),
    (
        "proportion of renewable energy used in electrolytic aluminum",
        30.0,
        "%",
        "more than 30%",
        ">",
        2030,
        "recycling volume of major renewable resources",
    ),
    (
        "proportion of short-process steelmaking",
        20.0,
        "%",
        "More than 20%",
        ">",
        2030,
        "recycling volume of major renewable resources",
    ),
]


@dataclass(frozen=True)
class Extraction:
    document: Document
    clauses: tuple[Clause, ...]
    records: tuple[Target, ...]


def extract_plain(path: Path, *, text: str | None = None, title: str = "") -> Extraction:
    """Split ``path`` (or ``text``) into sentence clauses; attach known targets."""
    text = path.read_text(encoding="utf-8") if text is None else text
    doc_id = content_id(text)
    document = Document(doc_id=doc_id, path=str(path), text=text, title=title or path.stem)
    clauses, section = [], ()
    for p_index, m in enumerate(re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)):
        block = m.group(0)
        stripped = block.strip()
        if len(stripped) < 120 and not stripped.endswith((".", "”")):
            section = (stripped,)
            continue
        offset = m.start()
        for sent in _SENT.split(block):
            s = block.find(sent)
            start = offset + s
            clauses.append(
                Clause(
                    clause_id=content_id(doc_id, start, sent),
                    doc_id=doc_id,
                    text=sent.strip(),
                    start=start,
                    end=start + len(sent.strip()),
                    section=section,
                    paragraph=p_index,
                )
            )
    records = []
    for metric, value, unit, vtext, comp, year, needle in TARGETS:
        for c in clauses:
            if needle in c.text:
                records.append(
                    Target(
                        metric=metric,
                        value=value,
                        unit=unit,
                        value_text=vtext,
                        comparator=comp,
                        direction="increase",
                        year=year,
                        base_year=None,
                        deadline_text=f"by {year}",
                        sector="manufacturing",
                        doc_id=doc_id,
                        clause_id=c.clause_id,
                        text=c.text,
                        start=c.start,
                        end=c.end,
                    )
                )
    return Extraction(document, tuple(clauses), tuple(records))
