"""Quoting the first of the best candidates that the refusal checks accept
(``kb.answerable.first_answerable``), before a question is refused for the first.

Clauses, documents and questions are our own.
"""

from __future__ import annotations

import pytest

from kb.answerable import QUOTABLE, first_answerable
from kb.hits import Hit
from kb.refusal import refusal_reason
from kb.understand import understand

# doc_id -> the whole document's text (a name check reads the document)
DOCS = {
    "eu": "Union buildings plan\n\nMember States shall renovate 3% of public floor area each year.",
    "dk": "Danish ferry plan\n\nDenmark will run 60% of its domestic ferries on batteries by 2030.",
    "no": "Norwegian ferry plan\n\nNorway will run 70% of its coastal ferries on batteries by 2030.",
    "no35": "Norwegian ferry outlook\n\nNorway expects 90% battery ferries by 2035.",
    "zh": "关于推进绿色建筑的意见\n\n到2030年，中国城镇新建建筑中绿色建筑占比达到百分之七十。",
    "zhlaw": "某省节能条例\n\n本条例自2031年3月1日起施行。",
    "nofine": "Norwegian ferry rules\n\nNorway fines a ferry operator EUR 50,000 for each late vessel.",
    "nojobs": "Norwegian yard plan\n\nNorway's yard plan will create 400 jobs by 2030.",
    "pe": "Peruvian mining code\n\nOperators shall file a closure plan within two years.",
}


def _hit(doc_id: str) -> Hit:
    body = DOCS[doc_id].split("\n\n", 1)[1]
    start = DOCS[doc_id].index(body)
    language = "zh" if doc_id.startswith("zh") else "en"
    return Hit(
        key=doc_id,
        doc_id=doc_id,
        clause_id="1",
        text=body,
        start=start,
        end=start + len(body),
        context=body,
        language=language,
    )


# (question, candidates in ranked order, key quoted, or None when refused)
CASES = [
    # the English document never names China; the Chinese clause ranked second does
    ("What share of new urban buildings in China must be green by 2030?", ["eu", "zh"], "zh"),
    # any name, not one country: the Danish plan never names Norway
    ("What share of Norway's ferries must run on batteries by 2030?", ["dk", "no"], "no"),
    # a third candidate may be quoted too
    ("What share of Norway's ferries must run on batteries by 2030?", ["dk", "eu", "no"], "no"),
    # the one that names Norway states another year: the next one that passes is quoted
    (
        "What share of Norway's ferries must run on batteries by 2030?",
        ["dk", "no35", "no"],
        "no",
    ),
    # the first passes: it stays first, though the second passes as well
    ("What share of Denmark's ferries must run on batteries by 2030?", ["dk", "no"], "dk"),
    # none of the best few names the country: refused
    ("What share of Peru's ferries must run on batteries by 2030?", ["dk", "no"], None),
    # the clause that passes ranks below the few that may be quoted
    (
        "What share of Norway's ferries must run on batteries by 2030?",
        ["dk", "eu", "pe", "no"],
        None,
    ),
    # the first is refused for another reason (no penalty named): nothing makes way
    ("What penalty does Norway set for a late ferry operator?", ["dk", "nofine"], None),
    # the one that names Norway counts jobs, not the ferries asked about: refused
    ("How many battery ferries will Norway run by 2030?", ["dk", "nojobs"], None),
    # a Chinese document that never writes the province (河北) is not quoted
    ("What share of new urban buildings in Hebei must be green by 2030?", ["eu", "zh"], None),
    # a Chinese clause with no share does not answer a share question about China
    ("What share of new urban buildings in China must be green by 2030?", ["eu", "zhlaw"], None),
]


@pytest.mark.parametrize(("question", "ranked", "quoted"), CASES)
def test_the_first_candidate_that_passes_the_checks_is_quoted(question, ranked, quoted):
    q = understand(question)
    hits = [_hit(k) for k in ranked]
    order, reason = first_answerable(q, hits, DOCS.get)
    if quoted is None:
        assert reason == refusal_reason(q, hits, DOCS.get)
        assert reason
        assert [h.key for h in order] == ranked  # refused: the ranking is kept
    else:
        assert reason == ""
        assert order[0].key == quoted
        assert sorted(h.key for h in order) == sorted(ranked)  # nothing lost or doubled
        assert [h.key for h in order if h.key != quoted] == [k for k in ranked if k != quoted]


def test_only_the_best_few_may_be_quoted():
    assert QUOTABLE == 3
    q = understand("What share of Norway's ferries must run on batteries by 2030?")
    hits = [_hit("dk"), _hit("eu"), _hit("pe"), _hit("no")]
    assert first_answerable(q, hits, DOCS.get)[1].startswith("the document found does not speak")
    assert first_answerable(q, hits[1:], DOCS.get)[0][0].key == "no"


UNION_PLAN = """Ferry electrification plan of the Union

Member States shall ensure that a share of at least 60% of domestic passenger ferries run on batteries by 2030.

Ports shall install shore charging for ferries by 2028.
"""
NORWAY_PLAN = """Coastal transport programme of Norway

Norway will convert 70% of the vessels on its coastal routes to electric propulsion by 2030.

The programme is financed by the national transport fund.
"""


def test_a_real_store_quotes_the_clause_that_names_the_country(kb_factory, tmp_path):
    # The Union plan echoes the question's words but never names Norway; it ranks first.
    (tmp_path / "union.txt").write_text(UNION_PLAN, encoding="utf-8")
    (tmp_path / "norway.txt").write_text(NORWAY_PLAN, encoding="utf-8")
    kb = kb_factory()
    added = [r.status for r in kb.ingest([tmp_path / "union.txt", tmp_path / "norway.txt"])]
    assert added == ["added", "added"]
    ans = kb.ask("What share of Norway's ferries must run on batteries by 2030?")
    assert ans.answered, ans.reason
    assert ans.text.startswith("Norway will convert 70%")
    assert "Norway" in ans.sources[0].text
    # the search's best, listed next, is the Union plan's clause the answer passed over
    assert ans.sources[1].text.startswith("Member States shall ensure")
    # no clause speaks of Peru: still refused, with the first candidate's reason
    peru = kb.ask("What share of Peru's ferries must run on batteries by 2030?")
    assert not peru.answered
    assert peru.reason == "the document found does not speak of Peru"
