"""Figures read from unseen17's misses (issue 13): a target year introduced by "come"
("a third less carbon per unit of output come 2033", "come the end of 2033"), read as the year
a target is due, as "by 2033" is; "come" before something that is no year stays no deadline.

Table-driven, in our own words; each new reading sits beside the ordinary case it must keep.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id

NLP = build_nlp(language="en")


def _targets(text: str) -> list[tuple[float | None, str, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [(r.value, r.unit, r.year) for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: "come YEAR" is the year the target is due
        (
            "The premier told the assembly the province would hold to its aim of lowering "
            "the carbon intensity of its industry by 30 per cent come 2033.",
            [(30.0, "%", 2033)],
        ),
        (
            "Norvania will reduce greenhouse gas emissions by 28% come 2035, the plan says.",
            [(28.0, "%", 2035)],
        ),
        # new: "come" before the end of a year or a month, as "by" takes them
        (
            "Norvania will reduce greenhouse gas emissions by 28% come the end of 2035.",
            [(28.0, "%", 2035)],
        ),
        (
            "Norvania will reduce greenhouse gas emissions by 28% come March 2036.",
            [(28.0, "%", 2036)],
        ),
        # ordinary: "by YEAR" as before
        (
            "Norvania will reduce greenhouse gas emissions by 28% by 2035, the plan says.",
            [(28.0, "%", 2035)],
        ),
    ],
)
def test_come_year_is_a_deadline(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Whatever may come, the agency will cut waste sent to landfill by 15% by 2031.",
        # a year after "come" that names a level, not a date
        "The agency will cut waste sent to landfill by 15% by 2031 against come 2020 levels.",
    ],
)
def test_come_before_no_deadline_year_sets_none(text):
    assert _targets(text) == [(15.0, "%", 2031)]


def test_come_before_a_year_that_is_no_deadline_sets_none():
    # "come" as a verb, a year after it that is no date the target is due by: only "come"
    # right before a date is a deadline (a bare "come" would read 2029 here)
    text = "The agency will cut waste sent to landfill by 15%, whatever troubles come the year 2029 brings."
    assert _targets(text) == [(15.0, "%", None)]
    assert _targets("The agency will cut waste sent to landfill by 15% come 2029.") == [
        (15.0, "%", 2029)
    ]


def _ranges(text: str) -> list[tuple[float | None, float | None, int | None]]:
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    extraction = process_document(document, nlp=NLP, types=("target",))
    return [(r.value, r.value_high, r.year) for r in extraction.records if isinstance(r, Target)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a total split by the next sentence into an outright and a conditional part
        (
            "Norvania intends to cut the carbon intensity of its economy by 40 percent by "
            "2032. Of this, 25 percent stands unconditionally while another 15 percent "
            "depends on conditions being met, chiefly outside climate finance.",
            [(25.0, 40.0, 2032)],
        ),
        # new: the split later in the text, in other words
        (
            "The island is committed to lowering its emissions intensity by 40 per cent by "
            "2032.\n\nIts pledge was set at 25 per cent unconditionally and 15 per cent on a "
            "conditional basis.",
            [(25.0, 40.0, 2032)],
        ),
        # new: the split in the target's own sentence
        (
            "The island pledges a 40% cut in emissions intensity by 2032, of which 25% is "
            "promised unconditionally and the remaining 15% is conditional.",
            [(25.0, 40.0, 2032)],
        ),
        # ordinary: a figure its own clause calls outright keeps its value beside the split
        (
            "The island now pledges to cut unconditional emissions intensity by 40% by 2032. "
            "Its first pledge was 25% unconditionally and 15% on a conditional basis.",
            [(40.0, None, 2032)],
        ),
        # ordinary: parts that do not add up to the figure leave it alone
        (
            "Norvania intends to cut the carbon intensity of its economy by 40 percent by "
            "2032. Its older pledge was 20 percent unconditional and a further 10 percent "
            "conditional.",
            [(40.0, None, 2032)],
        ),
        # ordinary: no split at all
        (
            "Norvania intends to cut the carbon intensity of its economy by 40 percent by 2032.",
            [(40.0, None, 2032)],
        ),
    ],
)
def test_a_total_split_into_an_outright_and_a_conditional_part(text, expected):
    assert _ranges(text) == expected


def test_chinese_split_of_a_total():
    from ingest.pledge_parts import split_pledges
    from ingest.records import Target as T

    text = "诺兰德承诺到2032年碳排放强度下降40%，其中无条件减排25%，有条件减排15%。"
    record = T(
        "碳排放强度", 40.0, "%", "40%", "=", "decrease", 2032, None, "到2032年", "", "d",
        "c1", text, 0, len(text),
    )  # fmt: skip
    (got,) = split_pledges([record], text, "zh")
    assert (got.value, got.value_high) == (25.0, 40.0)
    plain = "诺兰德承诺到2032年碳排放强度下降40%。"
    other = T(
        "碳排放强度", 40.0, "%", "40%", "=", "decrease", 2032, None, "到2032年", "", "d",
        "c1", plain, 0, len(plain),
    )  # fmt: skip
    (kept,) = split_pledges([other], plain, "zh")
    assert (kept.value, kept.value_high) == (40.0, None)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # new: the intensity named before the emissions it measures
        (
            "Norvania means to lower the economy-wide intensity of its greenhouse gas (GHG) "
            "emissions by 30 per cent by 2033.",
            "carbon intensity",
        ),
        (
            "Norvania has offered, with no conditions attached, to lower the intensity of "
            "its yearly carbon dioxide emissions by 30% by 2033.",
            "carbon intensity",
        ),
        # new: any few words, a possessive, or none between "intensity of" and emissions
        (
            "Norvania will cut the intensity of the country's greenhouse gas emissions by "
            "30% by 2033.",
            "carbon intensity",
        ),
        (
            "Norvania will cut the intensity of annual greenhouse gas emissions by 30% by 2033.",
            "carbon intensity",
        ),
        ("Norvania will cut the intensity of emissions by 30% by 2033.", "carbon intensity"),
        # ordinary: the intensity after the emissions, and emissions with no intensity
        (
            "Norvania will cut its greenhouse gas emissions intensity of GDP by 40% by 2032.",
            "carbon intensity",
        ),
        (
            "Norvania will cut its greenhouse gas emissions by 40% by 2032.",
            "greenhouse gas emissions",
        ),
        ("Norvania will cut its energy intensity by 15% by 2032.", "energy intensity"),
        # new: "energy intensity of", or two things joined by "and", is no carbon intensity
        (
            "Norvania will reduce the energy intensity of mines and its emissions by 25% by 2034.",
            "energy intensity",
        ),
        (
            "Norvania will reduce the intensity of freight and its emissions by 25% by 2034.",
            "greenhouse gas emissions",
        ),
    ],
)
def test_intensity_of_emissions_is_carbon_intensity(text, concept):
    from ingest.metric_keys import metric_key

    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="en"
    )
    (record,) = [
        r
        for r in process_document(document, nlp=NLP, types=("target",)).records
        if isinstance(r, Target)
    ]
    assert metric_key(record, jurisdiction="NV").concept == concept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a pledge its own sentence calls updated or new keeps its own split
        (
            "Valdoria's revised target is to reduce its greenhouse gas emissions by 44% by "
            "2036: 31% unconditionally and a further 13% conditional on outside funding.",
            [(31.0, 44.0, 2036)],
        ),
        # new: a pledge named by the year it is due for is the current one
        (
            "Valdoria's 2036 pledge is to reduce its greenhouse gas emissions by 44%: 31% "
            "unconditionally and a further 13% conditional on outside funding.",
            [(31.0, 44.0, 2036)],
        ),
        (
            "Valdoria will reduce its greenhouse gas emissions by 44% by 2036. Its 2036 "
            "commitment is 31% unconditionally and a further 13% conditional on outside funding.",
            [(31.0, 44.0, 2036)],
        ),
        # ordinary: a pledge named by a year before the document's is an earlier one
        (
            "Valdoria will reduce its greenhouse gas emissions by 44% by 2036. Its 2016 "
            "commitment was 29% unconditionally and a further 15% conditional on outside funding.",
            [(44.0, None, 2036)],
        ),
        # new: the parts of a pledge a past verb tells of are no targets of their own
        (
            "Valdoria will reduce its greenhouse gas emissions by 44% by 2036. Its 2036 "
            "commitment was 29% unconditionally and a further 15% conditional on outside funding.",
            [(44.0, None, 2036)],
        ),
        # ordinary: a newer pledge is no total of a split in another sentence
        (
            "Valdoria now pledges to reduce its greenhouse gas emissions by 44% by 2036. "
            "Earlier it offered 31% unconditionally and 13% conditional on outside funding.",
            [(44.0, None, 2036)],
        ),
    ],
)
def test_new_and_year_named_pledges_keep_their_split(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # new: the updated or new pledge's own split, in Chinese
        "瓦尔多利亚更新的国家自主贡献提出，到2036年温室气体排放比2012年减少44%，其中无条件减排31%，有条件减排13%。",
        "瓦尔多利亚提出新目标：到2036年温室气体排放比2012年减少44%，其中无条件减排31%，有条件减排13%。",
        # ordinary: no such words
        "瓦尔多利亚提出，到2036年温室气体排放比2012年减少44%，其中无条件减排31%，有条件减排13%。",
    ],
)
def test_chinese_updated_pledge_keeps_its_split(text):
    zh = build_nlp(language="zh")
    document = Document(
        doc_id=content_id(text), path="t.md", text=text, date="2024-03-01", language="zh"
    )
    got = [
        (r.value, r.value_high, r.year)
        for r in process_document(document, nlp=zh, types=("target",)).records
        if isinstance(r, Target)
    ]
    assert got == [(31.0, 44.0, 2036)]
