"""A total split into an outright and a conditional part (``ingest/pledge_parts.py``) splits
only a target of its own metric, and only a pledge standing now: a split told as an older
pledge, or beside a figure called a newer pledge, leaves the total alone.

In our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _ranges(text: str) -> list[tuple[float | None, float | None, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [(r.value, r.value_high, r.year) for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: the split's sentence names another metric than the target beside it
        (
            "Osterland will lift the share of renewables in its grid to 50% by 2035. On "
            "emissions, its offer is 38% unconditionally and a further 12% conditional on "
            "outside funding.",
            [(50.0, None, 2035)],
        ),
        # new: a split naming no metric, two sentences away from a target of another metric
        (
            "Osterland will lift the share of renewables in its grid to 50% by 2035. Coal "
            "plants will shut in stages. It offers 38% unconditionally and a further 12% "
            "conditional on outside funding.",
            [(50.0, None, 2035)],
        ),
        # ordinary: the split just after its own target
        (
            "Osterland will bring down its carbon intensity by 50% by 2035. Of that cut, 38% "
            "is unconditional and a further 12% conditional on outside funding.",
            [(38.0, 50.0, 2035)],
        ),
        # ordinary: a split further on that names the target's own metric
        (
            "Osterland will bring down its greenhouse gas emissions by 50% by 2035. Coal "
            "plants will shut in stages.\n\nIts greenhouse gas emissions goal stands at 38% "
            "unconditionally and a further 12% conditional on outside funding.",
            [(38.0, 50.0, 2035)],
        ),
    ],
)
def test_a_split_splits_only_a_target_of_its_own_metric(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a newer pledge beside the split of an older one
        (
            "Osterland now pledges to bring down its carbon intensity by 50% by 2035. Its "
            "2016 pledge was 38% unconditionally and a further 12% conditional on support.",
            [(50.0, None, 2035)],
        ),
        (
            "Osterland will bring down its carbon intensity by 50% by 2035. That is raised "
            "from 38% unconditionally and a further 12% conditional on support.",
            [(50.0, None, 2035)],
        ),
        (
            "Osterland will bring down its carbon intensity by 50% by 2035. In its first "
            "round it had promised 38% unconditionally and a further 12% conditional on "
            "support.",
            [(50.0, None, 2035)],
        ),
        # new: the older split in the total's own sentence; its parts are no targets either
        (
            "Osterland will bring down its carbon intensity by 50% by 2035, up from the "
            "earlier offer of 38% unconditionally and a further 12% conditionally.",
            [(50.0, None, 2035)],
        ),
        # ordinary: the standing pledge told in the past tense still splits
        (
            "Osterland will bring down its carbon intensity by 50% by 2035. The figure was "
            "fixed at 38% unconditionally and a further 12% conditional on support.",
            [(38.0, 50.0, 2035)],
        ),
        # ordinary: the split in the total's own sentence, present tense
        (
            "Osterland will bring down its carbon intensity by 50% by 2035, with 38% "
            "promised unconditionally and the other 12% conditional on support.",
            [(38.0, 50.0, 2035)],
        ),
    ],
)
def test_a_split_of_an_older_pledge_leaves_a_newer_total(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: the conditional part named by the words of a conditional figure
        # (ingest/data/conditional.toml), not by the word "condition"
        (
            "Osterland will bring down its carbon intensity by 50% by 2035: 38 per cent "
            "unconditional, plus 12 per cent with outside support.",
            [(38.0, 50.0, 2035)],
        ),
        (
            "Osterland will bring down its carbon intensity by 50% by 2035. Of this, 38% is "
            "unconditional and 12% more subject to foreign aid.",
            [(38.0, 50.0, 2035)],
        ),
        # ordinary: a second part that names no condition is no split
        (
            "Osterland will bring down its carbon intensity by 50% by 2035. Of this, 38% is "
            "unconditional and 12% more comes from its forests.",
            [(50.0, None, 2035)],
        ),
    ],
)
def test_the_conditional_part_is_named_by_the_condition_words(text, expected):
    assert _ranges(text) == expected


def test_a_chinese_split_through_the_whole_pipeline():
    def ranges(text: str) -> list[tuple[float | None, float | None, int | None]]:
        document = Document(
            doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="zh"
        )
        extraction = process_document(document, nlp=build_nlp(language="zh"), types=("target",))
        return [
            (r.value, r.value_high, r.year) for r in extraction.records if isinstance(r, Target)
        ]

    # new reading end to end: the total split into an outright and a conditional part
    assert ranges(
        "奥斯特兰承诺到2035年碳排放强度比2005年下降50%，其中无条件下降38%，有条件下降12%。"
    ) == [(38.0, 50.0, 2035)]
    # ordinary: no split
    assert ranges("奥斯特兰承诺到2035年碳排放强度比2005年下降50%。") == [(50.0, None, 2035)]
