"""Pledge splits and the "pc" per cent, as the review of the unseen18 changes found them:
"pc" is per cent only in lower case and written against the digits; a part reached by the
country's own effort splits a total only when the other part needs outside support (not an
offset bought abroad); the split patterns read every per-cent word of the language; Chinese
splits by own effort and in traditional characters; a split naming no metric belongs to
the total just before it, not to the next sentence's target.

All sentences are made up for these tests; each new reading sits beside the ordinary case
it must keep.
"""

from __future__ import annotations

import pytest

from tests.ingest.test_issue13_unseen18_figures import _targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: capital letters and a space are computers, pieces, no per cent
        ("The agency will deliver 600 PC to village libraries by 2027.", (600.0, None, "", 2027)),
        (
            "Each crate holds 14 pc and the agency will ship 300 crates by 2027.",
            (14.0, None, "", 2027),
        ),
        # ordinary: the glued lower-case "pc" and the spelled-out per cent
        ("Westmark's plan sets a cut in emissions of 28pc by 2031.", (28.0, None, "%", 2031)),
        (
            "Westmark's plan sets a cut in emissions of 28 per cent by 2031.",
            (28.0, None, "%", 2031),
        ),
    ],
)
def test_pc_is_per_cent_only_glued_and_lower_case(text, expected):
    assert expected in _targets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: the other part bought through cooperation abroad is an offset of one pledge
        (
            "Westmark will cut its greenhouse gas emissions by 55 percent by 2031, with 42 "
            "percent from domestic measures and 13 percent through international cooperation "
            "under carbon market deals.",
            (55.0, None, "%", 2031),
        ),
        # new: the own part named "on its own", "domestically", "unilaterally" or by the
        # national budget
        (
            "Westmark will cut its greenhouse gas emissions by 35 percent by 2031: 26 percent "
            "on its own and 9 percent with international support.",
            (26.0, 35.0, "%", 2031),
        ),
        (
            "Westmark will cut its greenhouse gas emissions by 35 percent by 2031, 26 percent "
            "of it domestically and 9 percent with external finance.",
            (26.0, 35.0, "%", 2031),
        ),
        (
            "Westmark will cut its greenhouse gas emissions by 35 percent by 2031, 26 percent "
            "unilaterally and 9 percent conditional on international support.",
            (26.0, 35.0, "%", 2031),
        ),
        (
            "Westmark will cut its greenhouse gas emissions by 35 percent by 2031, 26 percent "
            "paid for from the national budget and 9 percent from donor funding.",
            (26.0, 35.0, "%", 2031),
        ),
        # new: the split written with "pc"
        (
            "Westmark promised a 35pc cut in emissions by 2031, of which 26pc from domestic "
            "efforts and 9pc from international support.",
            (26.0, 35.0, "%", 2031),
        ),
        # ordinary: the split in "percent"
        (
            "Westmark promised a 35 percent cut in emissions by 2031, of which 26 percent from "
            "domestic efforts and 9 percent from international support.",
            (26.0, 35.0, "%", 2031),
        ),
    ],
)
def test_a_split_by_own_effort_needs_outside_support(text, expected):
    found = _targets(text)
    assert expected in found
    if expected[1] is None:  # no split: no part reads the total as its high end
        assert all(high is None for _, high, _, _ in found)


def test_a_split_naming_no_metric_is_the_total_before_it():
    text = (
        "Westmark will cut its greenhouse gas emissions by 35 percent by 2031. Of this, 26 "
        "percent comes from domestic efforts and 9 percent from international support. The "
        "ministry also aims to raise forest cover to 35 percent by 2036."
    )
    found = _targets(text)
    # new: the forest cover after the split keeps its own figure
    assert (35.0, None, "%", 2036) in found
    # ordinary: the cut before it is split
    assert (26.0, 35.0, "%", 2031) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new: a Chinese split by own effort and outside support
        (
            "到2031年，全国温室气体排放量比基准情景减少36%，其中28%依靠自身努力实现，8%依靠国际资金支持实现。",
            (28.0, 36.0, "%", 2031),
        ),
        # new: an outright / conditional split in traditional characters
        (
            "到2031年，全國溫室氣體排放量比基準情景減少36%，其中無條件減排28%，有條件減排8%。",
            (28.0, 36.0, "%", 2031),
        ),
        # ordinary: the same in simplified characters
        (
            "到2031年，全国温室气体排放量比基准情景减少36%，其中无条件减排28%，有条件减排8%。",
            (28.0, 36.0, "%", 2031),
        ),
        # ordinary: an own effort with cooperation, no support, is no split
        (
            "到2031年，全国温室气体排放量比基准情景减少36%，其中28%依靠自身努力实现，8%通过国际合作实现。",
            (36.0, None, "%", 2031),
        ),
    ],
)
def test_chinese_splits(text, expected):
    assert expected in _targets(text, "zh")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # new: cooperation after a condition's lead word is a condition, so the pledge splits
        (
            "Eastvale will lower its net emissions by 48 percent by 2032, of which 37 percent "
            "from national efforts and 11 percent contingent upon international cooperation.",
            (37.0, 48.0, "%", 2032),
            (48.0, None, "%", 2032),
        ),
        (
            "Eastvale will lower its net emissions by 48 percent by 2032: 37 percent from "
            "domestic measures and 11 percent subject to foreign cooperation and training.",
            (37.0, 48.0, "%", 2032),
            (48.0, None, "%", 2032),
        ),
        # ordinary: cooperation with no lead word stays an offset of one outright pledge, and
        # so does cooperation on carbon markets after "with"
        (
            "Eastvale will lower its net emissions by 48 percent by 2032, 37 percent from "
            "domestic measures and 11 percent with international cooperation on carbon markets.",
            (48.0, None, "%", 2032),
            (37.0, 48.0, "%", 2032),
        ),
        (
            "Eastvale will lower its net emissions by 48 percent by 2032, 37 percent from "
            "domestic measures and 11 percent through international cooperation on credits.",
            (48.0, None, "%", 2032),
            (37.0, 48.0, "%", 2032),
        ),
    ],
)
def test_cooperation_after_a_condition_word_is_a_condition(text, expected, absent):
    found = _targets(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # new: where the money comes from is no outright part: the whole aim stays whole
        (
            "到2027年，农村污水集中处理率达到100%，建设资金中，70%来自本国财政资金，30%争取国际金融组织资金。",
            (100.0, None, "%", 2027),
            (70.0, 100.0, "%", 2027),
        ),
        (
            "到2027年，农村污水集中处理率达到100%，其中70%依靠国内投入，30%利用国际援助。",
            (100.0, None, "%", 2027),
            (70.0, 100.0, "%", 2027),
        ),
        # ordinary: an own effort against outside support still splits
        (
            "到2027年，全省碳排放比基准情景减少45%，其中33%依靠本国自身努力，12%需要国际资金支持。",
            (33.0, 45.0, "%", 2027),
            (45.0, None, "%", 2027),
        ),
        # new: the country's own money beside support that is plainly needed splits the aim
        (
            "到2032年，单位产值二氧化碳排放比2010年下降58%，其中47%依靠国内资金投入，11%需要国际资金支持。",
            (47.0, 58.0, "%", 2032),
            (11.0, None, "%", 2032),
        ),
        (
            "到2032年，单位产值二氧化碳排放比2010年下降58%，其中47%来自本国资金，11%在国际援助下实现。",
            (47.0, 58.0, "%", 2032),
            (11.0, None, "%", 2032),
        ),
    ],
)
def test_chinese_funding_shares_do_not_split_an_aim(text, expected, absent):
    found = _targets(text, "zh")
    assert expected in found
    assert absent not in found
