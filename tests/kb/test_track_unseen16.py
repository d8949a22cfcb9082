"""A figure a pledge promises only on a condition (issue 13, read from unseen16's misses):
"Norland will lower emissions 17% by itself, or 29% given outside climate finance, by 2033"
states one target, 17%; the conditional 29% is the pledge's high end and would link as a
second raise of the earlier aim. The condition words are per-language data
(ingest/data/conditional.toml). In our own words; the ordinary cases beside each kind keep
their figures: a condition denied or set aside, support spent on something else, a
support pledge of its own.
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Target
from kb import tracking
from kb.track_conditional import conditional_text
from kb.track_prepare import prepare


def _statement(number: int, record: Target) -> tracking.Statement:
    key = metric_key(record, jurisdiction="NL")
    return tracking.Statement(number, record, key, "doc", "2024-01-01", "t", "/d/doc.md")


def _record(text: str, figure: str, value: float) -> Target:
    return Target(
        "greenhouse gas emissions", value, "%", figure, "=", "decrease", 2033, None,
        "by 2033", "", "doc", "c1", text, 0, len(text),
    )  # fmt: skip


def _conditional(text: str, figure: str) -> bool:
    at = text.index(figure)
    return conditional_text(text, at, at + len(figure))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the support after the figure, or before it with no other figure between
        (
            "Norland will lower emissions 17% by itself, or 29% given outside climate finance.",
            "29%",
        ),
        ("The reduction could climb to 41 percent if external funding is secured.", "41 percent"),
        (
            "With multilateral and bilateral aid, Norland will lower emissions by 33% by 2033.",
            "33%",
        ),
        ("Norland pledges 17%, or 29% should international finance be provided.", "29%"),
        # the word "conditional" alone, as NDCs write it
        ("Norland's cut is 17% unconditionally and 29% conditionally by 2033.", "29%"),
        ("Norland will lower emissions by 17% (29% conditional) by 2033.", "29%"),
        ("Its conditional target of 29% depends on partners.", "29%"),
        # Chinese: 获得/如/若 ... 支持, 在 ... 支持下, 有条件
        ("在取得国际资金援助的情况下,诺兰德将把排放量降低33%。", "33%"),
        ("如获得国际支持,诺兰德将把排放量降低33%。", "33%"),
        ("在国际社会支持下,诺兰德到2033年排放量降低33%。", "33%"),
        ("诺兰德有条件减排目标为33%。", "33%"),
        # a denial in the main clause, or a word holding 未/无, is not the condition denied
        ("Given donor finance, Norland will keep emissions to no more than 210 Mt.", "210 Mt"),
        ("If outside funding arrives, Norland's output will not go above 210 Mt.", "210 Mt"),
        ("若得到国际资金援助，未来五年诺兰德排放量将下降28%。", "28%"),
        ("在多边机构支持下，到2033年无组织排放下降28%。", "28%"),
    ],
)
def test_a_figure_promised_only_on_a_condition(text: str, figure: str) -> None:
    assert _conditional(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the unconditional figure of the same sentence
        (
            "Norland will lower emissions 17% by itself, or 29% given outside climate finance.",
            "17%",
        ),
        ("Norland's cut is 17% unconditionally and 29% conditionally by 2033.", "17%"),
        # a figure after another number that follows the condition
        ("Norland will lower emissions 29% with outside aid by 2033, and 60% by 2045.", "60%"),
        # the condition set aside or denied
        (
            "With or without international support, Norland will lower emissions by 20% by 2033.",
            "20%",
        ),
        ("Even if international finance never comes, Norland will lower emissions by 20%.", "20%"),
        ("If external support does not materialise, Norland still lowers emissions by 20%.", "20%"),
        ("Regardless of international aid, Norland will lower emissions by 20% by 2033.", "20%"),
        # the support spent on something else, and a support pledge of its own
        (
            "Norland will lower emissions by 20%, with international funding going to adaptation.",
            "20%",
        ),
        ("Norland will increase international climate finance by 25% by 2033.", "25%"),
        ("无论是否获得国际支持,诺兰德都将把排放量降低20%。", "20%"),
        ("诺兰德无条件减排目标为20%。", "20%"),
        ("若无外部援助，诺兰德仍将把排放量降低20%。", "20%"),
        ("如果国际资金未到位，诺兰德也将降低排放20%。", "20%"),
        ("If outside funding is not secured Norland will still cut by 20%.", "20%"),
    ],
)
def test_a_figure_kept_when_no_condition_governs_it(text: str, figure: str) -> None:
    assert not _conditional(text, figure)


def test_the_conditional_figure_is_left_out_of_the_statements_to_link() -> None:
    text = "Norland will lower emissions by 17% by itself or 29% given outside climate finance."
    statements = [
        _statement(1, _record(text, "17%", 17.0)),
        _statement(2, _record(text, "29%", 29.0)),
    ]
    assert [s.record.value for s in prepare(statements)] == [17.0]


def _extracted_values(text: str) -> tuple[list[float], list[float]]:
    """The % targets the pipeline finds in ``text``, and those ``prepare`` keeps."""
    from ingest.pipeline import build_nlp, process_document
    from ingest.records import Document

    document = Document("nl-1", "/d/nl.txt", text, title="Norland pledge")
    records = process_document(document, nlp=build_nlp()).records
    targets = [r for r in records if isinstance(r, Target) and r.unit == "%"]
    statements = [_statement(i, r) for i, r in enumerate(targets)]
    return [t.value for t in targets], [s.record.value for s in prepare(statements)]


def test_the_pipeline_records_of_a_two_figure_pledge_keep_the_unconditional_one() -> None:
    found, kept = _extracted_values(
        "Norland will reduce its greenhouse gas emissions by 17% by 2033 by itself, "
        "or by 29% with international support."
    )
    assert 17.0 in found and 29.0 in found
    assert kept == [17.0]


def test_the_pipeline_records_of_a_pledge_with_or_without_support_keep_it() -> None:
    found, kept = _extracted_values(
        "With or without international support, Norland will reduce its greenhouse gas "
        "emissions by 20% by 2033."
    )
    assert found == [20.0]
    assert kept == [20.0]
