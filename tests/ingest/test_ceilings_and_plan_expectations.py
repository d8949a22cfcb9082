"""Ceilings and a plan's own expectations are targets; a third party's forecast is not.

Texts are our own, in the register of national plans and their briefings. Each row is a
document (a Markdown heading puts a sentence under the plan's aims or elsewhere) and the
(value, unit, year, comparator) of the targets that must come out, or the role its
figure must keep as a statistic.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, ingest_file
from ingest.records import Statistic, Target

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}


def _records(tmp_path, text: str, language: str = "en"):
    suffix = ".md" if text.startswith("#") else ".txt"
    path = tmp_path / f"plan{suffix}"
    path.write_text(text, encoding="utf-8")
    extraction = ingest_file(path, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _targets(records) -> list[tuple]:
    return [(r.value, r.unit, r.year, r.comparator) for r in records if isinstance(r, Target)]


def _roles(records) -> list[str]:
    return [r.role for r in records if isinstance(r, Statistic)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Primary energy use in the country is capped at 30 Mtoe in 2035.\n", "en",
         [(30 * 11_630_000_000.0, "kWh", 2035, "<=")]),
        ("Coal burned in power stations will be capped at 90 million tonnes by 2028.\n", "en",
         [(90_000_000.0, "t", 2028, "<=")]),
        ("The republic sets a cap of 45% on the share of gas in electricity generation by "
         "2032.\n", "en", [(45.0, "%", 2032, "<=")]),
        ("Net water withdrawals in the basin shall not exceed 2,400 million m3 in 2030.\n",
         "en", [(2_400_000_000.0, "m3", 2030, "<=")]),
        ("到2030年，全市煤炭消费总量控制在1800万吨以内。\n", "zh",
         [(18_000_000.0, "t", 2030, "<=")]),
        ("到2027年，全省用水总量上限为230亿立方米。\n", "zh", [(23_000_000_000.0, "m3", 2027, "<=")]),
    ],
)  # fmt: skip
def test_a_ceiling_on_a_quantity_is_a_target(tmp_path, text, language, expected):
    records = _records(tmp_path, text, language)
    targets = _targets(records)
    assert len(targets) == len(expected)
    for (value, unit, year, comparator), want in zip(targets, expected, strict=True):
        assert value == pytest.approx(want[0], rel=1e-3)
        assert (unit, year, comparator) == want[1:]


@pytest.mark.parametrize(
    "text",
    [
        "The rebate is capped at EUR 4,000 per heat pump until 2030.\n",
        "Each household's grant will be capped at $2,500 by 2027.\n",
        "The carbon levy is capped at 3% of a firm's turnover from 2026.\n",
    ],
)
def test_a_capped_payment_or_levy_stays_a_term_of_the_rule(tmp_path, text):
    records = _records(tmp_path, text)
    assert _targets(records) == []
    assert "parameter" in _roles(records) or "funding" in _roles(records)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("# Lowland Energy Plan\n\n## Targets for 2030 and beyond\n\nHeat pumps are expected "
         "to reach about 35% of household heating by 2030.\n", "en", [(35.0, "%", 2030, "~")]),
        ("# Lowland Energy Plan\n\n## Key indicators\n\nIn the cement sector, clinker made "
         "with alternative fuels is expected to account for 40% of output by 2032.\n", "en",
         [(40.0, "%", 2032, "=")]),
        ("# Revised plan\n\n## 2. Revised objectives\n\nCycling is expected to make up a "
         "fifth of urban trips by 2035, around 20% of all journeys.\n", "en",
         [(20.0, "%", 2035, "~")]),
        ("# 某省能源规划\n\n## 二、主要目标\n\n到2025年，全省天然气消费比重预计提高到12%左右。\n",
         "zh", [(12.0, "%", 2025, "~")]),
        ("到2025年，单位地区生产总值能耗下降14%（预期性指标）。\n", "zh",
         [(14.0, "%", 2025, "=")]),
        ("到2025年，城镇新建建筑中绿色建筑面积占比达到70%，为预期性指标。\n", "zh",
         [(70.0, "%", 2025, "=")]),
    ],
)  # fmt: skip
def test_the_plans_own_expectation_among_its_aims_is_a_target(tmp_path, text, language, expected):
    targets = _targets(_records(tmp_path, text, language))
    assert expected[0] in targets


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a third party expects or projects, even under the plan's aims
        ("# Lowland Energy Plan\n\n## Targets for 2030\n\nThe national grid agency expects "
         "heat pumps to reach about 35% of household heating by 2030.\n", "en"),
        ("# Lowland Energy Plan\n\n## Targets for 2030\n\nElectric buses are projected to make "
         "up 60% of new bus sales by 2030.\n", "en"),
        ("# Lowland Energy Plan\n\n## Targets for 2030\n\nAnalysts estimate that rooftop solar "
         "will reach 9 GW by 2030.\n", "en"),
        ("# Lowland Energy Plan\n\n## Targets for 2030\n\nAccording to industry forecasts, "
         "heat pumps are expected to reach 35% of household heating by 2030.\n", "en"),
        # an expectation outside the plan's aims: an outlook or a progress section
        ("# Lowland Energy Plan\n\n## Market outlook\n\nHeat pumps are expected to reach about "
         "35% of household heating by 2030.\n", "en"),
        ("# Annual report\n\n## Progress towards the targets\n\nHeat pumps are expected to "
         "reach about 35% of household heating by 2030.\n", "en"),
        ("# 规划\n\n## 一、发展形势\n\n到2025年，全省天然气消费比重预计提高到12%左右。\n", "zh"),
        ("据行业协会预测，到2030年全国新能源汽车保有量将达到8000万辆。\n", "zh"),
    ],
)  # fmt: skip
def test_a_forecast_stays_a_projection(tmp_path, text, language):
    records = _records(tmp_path, text, language)
    assert _targets(records) == []
    assert "projection" in _roles(records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The operator expects to cut its absolute Scope 1 emissions by 25% by 2031, compared "
         "with 2021.\n", (25.0, "%", 2031, "=")),
        ("By 2028 the city expects to reduce electricity use in its buildings by 12 percent.\n",
         (12.0, "%", 2028, "=")),
    ],
)  # fmt: skip
def test_a_body_that_expects_to_act_states_its_own_aim(tmp_path, text, expected):
    assert expected in _targets(_records(tmp_path, text))
