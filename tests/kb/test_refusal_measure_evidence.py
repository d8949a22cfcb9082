"""The measure checks refuse only on a figure of another kind: a clause that states the
asked figure in a unit, a currency or a spelling the lists did not know, or that states
no unit at all, is not refused; one that states a figure of another dimension, gas or
power source, and none of the asked one, is."""

from __future__ import annotations

from pathlib import Path

import pytest

import kb.refusal
from kb.hits import Hit
from kb.refusal import CHECKS, refusal_reason
from kb.refusal_measure import MEASURE_CHECKS, asked_dimension
from kb.understand import understand


def _hit(text: str, key: str = "a") -> Hit:
    return Hit(key=key, doc_id=key, clause_id="1", text=text)


def _measure_reasons(question: str, *clauses: str) -> dict[str, str]:
    query = understand(question)
    hits = [_hit(c, key=str(i)) for i, c in enumerate(clauses)]
    reasons = {name: check(query, hits) for name, check in MEASURE_CHECKS.items()}
    return {name: r for name, r in reasons.items() if r}


# Right answers: the quoted clause (first) states the asked figure; a second clause is a
# neighbour that states money where the quoted one's currency was not read before.
RIGHT_ANSWERS = [
    # 1: an English question over a Chinese clause, units written after the number
    ("How many kilometres of new rail track will be built?", "新建铁路1200公里。"),
    ("How many gigawatts of solar will be added?", "新增光伏装机1000万千瓦。"),
    ("How many tonnes of coal will be cut?", "压减煤炭消费500万吨。"),
    ("How many tonnes of steelmaking capacity will be retrofitted?", "完成5.3亿吨钢铁产能改造。"),
    ("How many hectares of forest will be planted?", "新增造林面积300万亩。"),
    ("How much gas in cubic metres can be stored?", "储气能力达到60亿立方米。"),
    # 2: sums of money in other currencies, or a bare figure after "budget"
    (
        "How much will the government spend on home upgrades?",
        "The government will spend 13.2 billion pounds on home upgrades this decade.",
        "Households can claim grants of £7,500 for a heat pump.",
    ),
    (
        "How much will Japan spend on hydrogen?",
        "Japan sets aside 15 trillion yen for hydrogen supply chains.",
        "The US fund offers $8 billion for hydrogen hubs.",
    ),
    ("How much will the country invest in the grid?", "Grid investment reaches GBP 60bn by 2035."),
    (
        "How much will the programme cost?",
        "The programme is budgeted at 3.5 billion over five years.",
    ),
    ("How much will the railway cost?", "The new railway will cost CHF 12 billion."),
    # 3: the alternative check reads figure questions, and what stands beside the figure
    (
        "What will replace coal power?",
        "Wind and solar farms will replace the retiring plants by 2030.",
    ),
    (
        "What will the old coal plant site become?",
        "A 200 MW solar park will be built on the site of the former power station.",
    ),
    (
        "How many wind turbines will be built?",
        "The plan adds 300 turbines offshore and 20 solar parks by 2030.",
    ),
    (
        "How much will the wind farm cost?",
        "The offshore project will cost EUR 3 billion and bring clean energy from the sun and sea.",
    ),
    (
        "How many tonnes of carbon dioxide equivalent will farming emit in 2030?",
        "Farm emissions, mostly methane and nitrous oxide, are capped at 20 Mt CO2e in 2030.",
    ),
    (
        "How much will carbon dioxide emissions fall?",
        "Greenhouse gas emissions, including methane, fall 40% by 2030.",
    ),
    # 4: units of two words, symbols, compatible dimensions, a clause with no unit
    (
        "How many megawatt hours of battery storage will be built?",
        "The scheme funds 500 MWh of battery storage by 2027.",
    ),
    (
        "How much electricity will the plant generate in TWh?",
        "It will generate 5 terawatt hours a year.",
    ),
    (
        "How much power will each roof make in kWh?",
        "Each roof panel yields 4,000 kilowatt hours a year.",
    ),
    (
        "How many tonnes of waste will be recycled?",
        "The city will recycle 40,000 t of waste a year.",
    ),
    ("How many tonnes of CO2 will be stored?", "The wells will store 2 million t of CO2 a year."),
    ("How much did the country emit in 2022 in tonnes?", "It emitted 410 million tCO2-eq in 2022."),
    ("How many metres will sea walls be raised?", "Sea walls will be raised by 1.5 m by 2040."),
    ("How many hectares of forest will be planted?", "Forest will be planted on 500 km² of land."),
    (
        "How many hectares of peatland will be restored?",
        "Some 250 square kilometres will be restored.",
    ),
    ("How much gas will be saved in bcm?", "Gas demand falls by 15 billion cubic metres by 2027."),
    (
        "How many gigawatts of heat pumps will be installed?",
        "Heat pumps of 5 GWth will be installed.",
    ),
    (
        "How many barrels of oil a day will the field produce?",
        "The field will produce 200,000 bpd.",
    ),
    (
        "How many tonnes of oil equivalent will the country use in 2030?",
        "Final energy use is capped at 120 Mtoe in 2030.",
    ),
    ("How many kilowatts will each home battery store?", "Each home battery stores 13.5 kWh."),
    (
        "How many megawatts will the landfill engines produce?",
        "Landfill methane falls by 40% by 2030.",
    ),
    # 7: Chinese spellings of the same gas or source
    ("到2030年甲烷排放要下降多少？", "到2030年，甲烷排放比2020年下降30%。"),
    ("风电装机要达到多少万千瓦？", "到2025年，风电装机达到3000万千瓦，光伏装机达到2000万千瓦。"),
]


@pytest.mark.parametrize("case", RIGHT_ANSWERS, ids=[c[0] for c in RIGHT_ANSWERS])
def test_a_right_answer_is_not_refused(case):
    question, *clauses = case
    assert _measure_reasons(question, *clauses) == {}


# Near-misses: the quoted clause states a figure of another kind, and none of the asked one.
NEAR_MISSES = [
    ("How many kilometres of grid lines will be built?", "新增光伏装机1000万千瓦。", "unit"),
    ("How many tonnes of coal will be cut?", "The coal plant closes its 600 MW units.", "unit"),
    (
        "How many hectares of wetland will be restored?",
        "Wetland water use falls by 20 bcm.",
        "unit",
    ),
    (
        "How much does the grant pay per delivery van?",
        "A purchase grant for electric delivery vans opens in 2026.",
        "quoted_kind",
    ),
    ("How much will the 40 MW plant cost?", "The 40 MW plant opens in 2027.", "quoted_kind"),
    (
        "How much EU money is set aside for the 120 listed grid links?",
        "The 120 grid links on the list can apply for EU financing.",
        "quoted_kind",
    ),
    (
        "What does an emission permit cost per tonne today?",
        "CO2 permits per tonne cost too little today for carbon capture to pay.",
        "quoted_kind",
    ),
    (
        "How many megawatts will the first floating wind lease sale offer?",
        "The lease sale should avoid some 26 million metric tons of CO2 a year.",
        "unit",
    ),
    (
        "What nitrous oxide cut does the farm plan expect by 2035?",
        "The farm plan expects methane from manure to fall 30% by 2035.",
        "alternative",
    ),
    (
        "How many gigawatts of wind power will be installed?",
        "The plan adds 20 GW of solar parks by 2030.",
        "alternative",
    ),
    ("到2030年甲烷排放要下降多少？", "到2030年，二氧化碳排放比2020年下降20%。", "alternative"),
    ("风电装机要达到多少万千瓦？", "到2025年，光伏装机达到2000万千瓦。", "alternative"),
    (
        "How much will methane emissions fall by 2030?",
        "到2030年，二氧化碳排放下降20%。",
        "alternative",
    ),
]


@pytest.mark.parametrize(("question", "clause", "check"), NEAR_MISSES)
def test_a_figure_of_another_kind_is_refused(question, clause, check):
    assert check in _measure_reasons(question, clause)


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        ("How many megawatt hours of storage will be built?", "energy"),
        ("How much gas in cubic metres will be saved?", "volume"),
        ("How many square kilometres of forest will be planted?", "area"),
        ("How many kilowatt-hours will each panel yield?", "energy"),
    ],
)
def test_a_unit_of_two_words_is_read_as_one(question, dimension):
    assert asked_dimension(question) == dimension


def test_every_check_is_run_by_its_name_from_one_table():
    query = understand("How many kilometres of pipeline will the hydrogen grid have?")
    hit = _hit("The hydrogen grid carries 20 TWh of hydrogen a year by 2032.")
    for check in CHECKS:
        refusal_reason(query, [hit], lambda _: hit.text, checks=[check])
    with pytest.raises(ValueError, match="unknown refusal check"):
        refusal_reason(query, [hit], lambda _: hit.text, checks=["no_such_check"])
    # the sector check lives in a module of its own, so kb/refusal.py has room to grow
    from kb.refusal_sector import sector_reason

    assert kb.refusal.sector_reason is sector_reason
    assert len(Path(kb.refusal.__file__).read_text("utf-8").splitlines()) <= 390
