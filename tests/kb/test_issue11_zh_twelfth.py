"""Classes read from zh_first_contact12's misses (issue 11), in sentences of our own:

- a year-shaped figure before a magnitude, measure word or unit is a quantity, not a year
  ("年发电量约2000亿度", "2000 MW"), so a clause stating it can answer "how much";
- a Chinese travel time (1个半小时, 40分钟) answers a "多久" question;
- 成 is a tenth only after a numeral: "取得明显成效" states no share;
- a day of the calendar ("5月8日") is no sum of money;
- a figure asked ahead (到2030年, 十五五…要) is not answered by a Chinese clause that reports
  today's state (目前, 已建成) and names no year;
- a sum of money is a figure of money: a clause that states only one does not answer a
  question asked in another unit (多少亩, "how many hectares").

Each rule is shown firing and, beside it, an ordinary reading it leaves alone.
"""

from __future__ import annotations

import pytest

from kb.carriers import carries
from kb.refusal import refusal_reason
from kb.refusal_measure import quoted_kind_reason
from kb.refusal_present import present_state_reason
from kb.retrieve import Hit
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a year-shaped figure followed by a magnitude, measure word or unit
        ("电站年发电量约2000亿度。", "quantity", True),
        ("新建输水管网2000公里。", "quantity", True),
        ("全市培育2000家创新型企业。", "count", True),
        ("The park will add about 2000 MW of wind capacity.", "quantity", True),
        # ordinary years stay years
        ("到2030年实现碳达峰。", "quantity", False),
        ("2025至2030年间持续推进。", "quantity", False),
        ("Reach net zero by 2050.", "quantity", False),
        ("The 2030 targets were confirmed.", "quantity", False),
        # a Chinese travel time is a duration
        ("乘车只需3个半小时。", "date", True),
        ("两地往返只需40分钟。", "date", True),
        ("推动交通绿色发展。", "date", False),
        # 成 as a share only after a numeral
        ("整治工作取得明显成效。", "share", False),
        ("超过八成的企业完成改造。", "share", True),
        ("清洁能源比重达到35%。", "share", True),
        ("企业生产成本下降。", "share", False),
    ],
)
def test_what_a_clause_carries(text, kind, expected):
    assert carries(kind, text) is expected


@pytest.mark.parametrize(
    ("clause", "refused"),
    [
        ("今天（5月8日），新港区在沿海开工建设。", True),
        ("港区一期工程总投资约120亿元。", False),
        ("项目总投资约120亿。", False),
    ],
)
def test_a_day_of_the_calendar_is_no_sum(clause, refused):
    reason = quoted_kind_reason(understand("新港区总投资是多少钱？"), [_hit(clause)])
    assert bool(reason) is refused


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # fires: asked ahead, the clause reports what stands now
        ("到2030年全市要建成多少座充电站？", "目前全市已建成充电站1200座。", True),
        ("“十五五”期间要新增多少台风电机组？", "国家已核准风电机组300台，在建120台。", True),
        (
            "How many charging stations should the city have by 2030?",
            "目前全市已建成充电站1200座。",
            True,
        ),
        # kept: the clause looks ahead or names its year, or the question does not look ahead
        ("到2030年全市要建成多少座充电站？", "到2030年，全市充电站将达到5000座。", False),
        ("到2030年全市要建成多少座充电站？", "目前已建成1200座，计划再建设3000座。", False),
        ("到2030年全市要建成多少座充电站？", "全市充电站达到5000座。", False),
        ("全市现在有多少座充电站？", "目前全市已建成充电站1200座。", False),
        ("“十四五”期间建成了多少座充电站？", "全市已建成充电站1200座。", False),
        ("截至2025年底全市有多少座充电站？", "截至2025年底，全市已建成充电站1200座。", False),
    ],
)
def test_a_figure_asked_ahead_is_not_todays_state(question, clause, refused):
    assert bool(present_state_reason(understand(question), [_hit(clause)])) is refused


def test_an_output_in_yi_du_answers_how_much_power():
    question = understand("那个电站投产以后一年能发多少电？")
    clause = _hit("电站满负荷运行时，年发电量约2040亿度。")
    assert refusal_reason(question, [clause], lambda _doc: clause.text) == ""


def test_a_travel_time_answers_how_long():
    question = understand("新线开通后从甲市坐车到乙市要多久？")
    clause = _hit("新线开通以后，甲乙两市间乘车只需2个半小时。")
    assert refusal_reason(question, [clause], lambda _doc: clause.text) == ""


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # a unit of measure asked, the clause states only a sum of money
        ("今年全省打算种多少亩树？", True),
        ("How many hectares of forest will be planted this year?", True),
        # kept: a sum asked, or no unit asked
        ("How much will the plan invest in water systems?", False),
        ("这项计划一共要投入多少亿元？", False),
    ],
)
def test_a_sum_of_money_is_no_figure_of_another_unit(question, refused):
    clause = _hit("The plan invests $111 billion to repair water systems in many towns.")
    reason = refusal_reason(understand(question), [clause], lambda _doc: clause.text)
    assert bool(reason) is refused


def test_a_clause_with_the_asked_unit_and_a_sum_is_kept():
    clause = _hit("全省投入12亿元，完成植树造林50万亩。")
    assert (
        refusal_reason(understand("今年全省种了多少亩树？"), [clause], lambda _d: clause.text) == ""
    )
