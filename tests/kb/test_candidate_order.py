"""The answer path keeps a search's naming rule after it re-sorts its candidates: a clause
that only names the Act is not quoted for a question about what the Act does, and the
refusal checks judge the clause that does more. The Act is ours."""

from __future__ import annotations

from kb.retrieve import Hit
from kb.understand import understand

ACT = """# Harbour Emissions Levy Act 2031

## Part 1 - Preliminary

1 Short title

This Act may be cited as the Harbour Emissions Levy Act 2031.

2 Levy imposed

A levy of 18 dollars per tonne is imposed on marine diesel burned at berth in a harbour.
"""


def _hit(key: str, text: str, relevance: float) -> Hit:
    title = "Harbour Emissions Levy Act 2031"
    return Hit(key=key, doc_id="act", clause_id=key, text=text, title=title, relevance=relevance)


def test_a_naming_clause_of_higher_relevance_goes_behind_a_clause_that_says_more():
    from kb.candidate_order import rank_candidates

    name = _hit("1", "This Act may be cited as the Harbour Emissions Levy Act 2031.", 0.9)
    levy = _hit("2", "A levy is imposed on each tonne of marine diesel burned at berth.", 0.6)
    query = understand("What does the Harbour Emissions Levy Act 2031 impose a levy on?")
    assert [h.key for h in rank_candidates(query, [name, levy])] == ["2", "1"]
    # asked for its name, the Act's short-title clause stays first
    named = understand("What is the short title of the harbour emissions levy law?")
    assert [h.key for h in rank_candidates(named, [name, levy])] == ["1", "2"]


def test_the_answer_quotes_the_levy_clause_not_the_short_title(kb_factory, tmp_path):
    path = tmp_path / "harbour_levy_act.md"
    path.write_text(ACT, encoding="utf-8")
    kb = kb_factory()
    assert [r.status for r in kb.ingest([path])] == ["added"]
    ans = kb.ask("What does the Harbour Emissions Levy Act 2031 impose a levy on?")
    assert ans.answered, ans.reason
    assert "may be cited as" not in ans.sources[0].text
    rate = kb.ask("What is the levy per tonne under the Harbour Emissions Levy Act 2031?")
    assert rate.answered, rate.reason
    assert "18 dollars per tonne" in rate.text
