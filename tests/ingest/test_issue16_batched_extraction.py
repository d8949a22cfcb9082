"""Issue 16: passages extracted together (one parse batch) give the records of one at a time.

Real spaCy pipelines; passages written for these tests, English (dated and
undated, so the tense tagger runs through the shared parser too), Chinese, and a
passage with nothing to parse.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from ingest.passages import read_passages  # noqa: E402
from ingest.pipeline import build_nlp, load_parser, process_document, process_documents  # noqa: E402

PASSAGES = [
    "A ferry operator shall report each oil spill to the port office within two hours.",
    "The port office may grant an exemption where shore power is not yet available.",
    "Terminal 4 reduced its emissions by 12% in 2021. Operators must not idle engines at berth.",
    "Definitions: 'berth' means a place where a vessel is moored.",
    "Accelerate the electrification of harbour cranes, and support the use of hydrogen tugs.",
    "The yard had 40 cranes.",
    "A ferry operator shall report each oil spill to the port office within two hours.",
    "港口企业应当在2027年底前完成岸电设施改造。",
    "Where a shipowner finds an error in its report, it shall correct the report by 1 June 2026.",
]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list:
    path: Path = tmp_path_factory.mktemp("batched") / "passages.jsonl"
    rows = [
        {"id": f"p{i}", "text": t, **({"language": "zh"} if i == 7 else {})}
        for i, t in enumerate(PASSAGES)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return [d for d in read_passages(path).rows() if hasattr(d, "metadata")]


def test_extracted_together_equals_one_at_a_time(documents: list) -> None:
    nlp, parser = build_nlp(), load_parser()
    alone = [process_document(d, nlp=nlp, parser=parser) for d in documents]
    together = process_documents(documents, nlp=nlp, parser=parser)
    assert len(documents) == len(PASSAGES)
    assert [e.clauses for e in together] == [e.clauses for e in alone]
    assert [e.records for e in together] == [e.records for e in alone]
    kinds = {r.type for e in alone for r in e.records}
    assert {"obligation", "statistic"} <= kinds  # the comparison covers real records
    assert sum(r.type == "obligation" for e in alone for r in e.records) >= 5


def test_record_types_without_obligations_skip_the_batch(documents: list) -> None:
    nlp = build_nlp()
    types = ("target", "statistic")
    alone = [process_document(d, nlp=nlp, types=types) for d in documents]
    assert [e.records for e in process_documents(documents, nlp=nlp, types=types)] == [
        e.records for e in alone
    ]
