"""Whether a clause reports is decided by the cheapest signal first: an earlier clause of
the same sentence that reports, then a report's word, and the deadline patterns over the
clause and its lead-in only when neither decides. Sentences are our own."""

from __future__ import annotations

import pytest

from ingest import extract
from ingest.dating import Scope
from ingest.lang import load_grammar
from ingest.records import Clause

ZH = load_grammar("zh")
EN = load_grammar("en")


def _clause(text: str, context: str = "", paragraph: int = 3) -> Clause:
    return Clause(clause_id=f"c{len(text)}", doc_id="d", text=text, start=0, end=len(text),
                  context=context, paragraph=paragraph)  # fmt: skip


@pytest.fixture
def joined_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the deadline patterns are run over with a lead-in joined to the clause."""
    seen: list[str] = []
    real = extract.find_deadlines

    def counting(text: str, grammar, **kw):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, grammar, **kw)

    monkeypatch.setattr(extract, "find_deadlines", counting)
    return seen


def test_a_report_word_decides_without_the_deadline_patterns(joined_reads: list[str]) -> None:
    scope = Scope()
    clause = _clause("据初步统计，全省光伏装机达到1200万千瓦，", context="二〇二三年")
    extract._note_report(scope, clause, ZH, 2024)
    assert scope.reporting[3] == (True, True)
    assert f"{clause.context} {clause.text}" not in joined_reads


def test_an_earlier_reporting_clause_decides_without_the_patterns(joined_reads: list[str]) -> None:
    scope = Scope()
    scope.reporting[3] = (True, True)
    clause = _clause("风电装机达到800万千瓦，", context="截至去年底")
    extract._note_report(scope, clause, ZH, 2024)
    assert scope.reporting[3] == (True, True)
    assert joined_reads == []


def test_a_past_year_alone_still_makes_the_sentence_report(joined_reads: list[str]) -> None:
    scope = Scope()
    clause = _clause("wind held a 12% share,", context="In 2019")
    extract._note_report(scope, clause, EN, 2024)
    assert scope.reporting[3] == (True, True)
    assert "In 2019 wind held a 12% share," in joined_reads


def test_an_ordinary_aim_does_not_report() -> None:
    scope = Scope()
    clause = _clause("emissions must fall by 40% by 2030.")
    extract._note_report(scope, clause, EN, 2024)
    assert scope.reporting[3] == (False, False)
