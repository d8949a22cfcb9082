"""Review s27e: a Chinese base year is read from 比/较 YEAR年, from 与/同/跟 YEAR年 only
with 相比/比 following, and from 以YEAR年为基准/基期/基数; the base-year check refuses only
when the asked year is nowhere in the clause. Sentences are our own."""

from __future__ import annotations

import pytest

from kb.cjk import zh_base_years
from kb.refusal_measure import base_year_reason
from kb.retrieve import Hit
from kb.understand import understand

ASKED = "单位GDP二氧化碳排放要比2015年下降多少？"


def _reason(question: str, text: str) -> str:
    return base_year_reason(
        understand(question), [Hit(key="k", doc_id="d", clause_id="1", text=text)]
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("以2015年为基准，排放下降18%", ("2015",)),
        ("以2005年为基期，强度下降40%", ("2005",)),
        ("2015年为基数，下降18%", ("2015",)),
        ("与2010年相比下降40%", ("2010",)),
        ("同2010年比下降40%", ("2010",)),
        ("较2010年下降40%", ("2010",)),
        ("下降18%（与2025年规划目标衔接）", ()),
        ("跟2025年的规划一起实施", ()),
    ],
)
def test_base_years_are_read_only_with_a_comparison(text: str, years: tuple) -> None:
    assert zh_base_years(text) == years


def test_a_clause_measured_against_the_asked_year_is_not_refused() -> None:
    text = "以2015年为基准，单位GDP二氧化碳排放下降18%，与2010年相比下降40%以上。"
    assert _reason(ASKED, text) == ""
    text = "到2020年，单位GDP二氧化碳排放下降18%（与2025年规划目标衔接）。"
    assert _reason(ASKED, text) == ""


def test_another_base_year_alone_is_still_refused() -> None:
    text = "单位GDP二氧化碳排放与2010年相比下降40%。"
    assert _reason(ASKED, text) == "the passage found measures against 2010, not 2015"
