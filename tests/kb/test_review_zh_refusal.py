"""Review of the Chinese refusal checks, in sentences of our own:

- 现有/已有 open ordinary aims (在现有基础上, 现有建筑): they report today's state only in a
  clause that states no aim (达到, 新增, 确保, 完成) and stands under no dated aim heading;
- a deadline in the question looks ahead only with a forward word (要, 将; will, should) and
  not in past wording (已经, 了; had, has been);
- a year-shaped count (2000座) is a figure, not a year the clause names;
- a sum of money is the clause's figure of money, not its only figure: a clause with another
  figure in a unit the table lacks is not refused for "no figure of area", and ha, kilotonnes
  and megalitres are units of the table.

Each rule is shown firing and, beside it, an ordinary case it keeps.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from kb.carriers import carries
from kb.refusal import refusal_reason
from kb.refusal_measure import asked_dimension, stated_dimensions
from kb.refusal_present import present_state_reason
from kb.retrieve import Hit
from kb.understand import understand


def _hit(text: str, section: tuple[str, ...] = ()) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text, section=section)


def _present(question: str, clause: str, section: tuple[str, ...] = ()) -> bool:
    return bool(present_state_reason(understand(question), [_hit(clause, section)]))


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("到2030年要完成多少平方米公共建筑节能改造？", "完成现有公共建筑节能改造面积600万平方米。"),
        ("到2030年要新增多少万千瓦分布式光伏？", "在现有基础上新增分布式光伏装机150万千瓦。"),
        ("到2030年可再生能源装机要达到多少？", "在已有基础上，可再生能源装机达到8000万千瓦以上。"),
        (
            "到2027年全省要有多少个充电桩？",
            "确保现有小区充电桩覆盖率达到100%，全省充电桩达到30万个。",
        ),
    ],
)
def test_an_aim_that_says_xianyou_is_kept(question, clause):
    assert not _present(question, clause)


def test_xianyou_under_a_dated_aim_heading_is_kept_and_alone_is_refused():
    question = "到2030年全市要有多少个公共停车位？"
    clause = "现有公共停车位约9万个，其中智能停车位1万个。"
    assert not _present(question, clause, ("到2030年，主要目标如下",))
    assert _present(question, clause, ("停车设施概况",))
    assert _present(question, clause)


def test_a_present_word_still_fires():
    assert _present("到2030年全市要建成多少座充电站？", "目前全市已建成充电站1200座。")


@pytest.mark.parametrize(
    ("question", "ahead"),
    [
        # past wording: what was done by then, not an aim
        ("到2025年底，全市已经建成了多少个公共充电桩？", False),
        ("How many public charging points had the city built by the end of 2025?", False),
        # no forward word: a deadline alone does not look ahead
        ("到2025年底全市建成多少个公共充电桩？", False),
        # forward words: asked ahead
        ("到2030年全市要建成多少个公共充电桩？", True),
        ("到2030年全市将建成多少个公共充电桩？", True),
        ("How many public charging points will the city have by the end of 2030?", True),
        ("How many public charging points should the city have by 2030?", True),
    ],
)
def test_a_deadline_looks_ahead_only_with_a_forward_word(question, ahead):
    assert _present(question, "截至目前，全市已建成公共充电桩3.5万个。") is ahead


@pytest.mark.parametrize("figure", ["2000", "1900", "1200"])
def test_a_year_shaped_count_is_not_a_year_of_the_clause(figure):
    assert _present("到2030年全省要建成多少座加氢站？", f"目前全省已建成加氢站{figure}座。")


def test_a_clause_with_its_own_year_is_kept():
    assert not _present("到2030年全省要建成多少座加氢站？", "2030年全省加氢站达到2000座。")


def _refused(question: str, clause: str) -> bool:
    hit = _hit(clause)
    return bool(refusal_reason(understand(question), [hit], lambda _doc: clause))


_PEAT = (
    "The programme will restore {} of upland peatland with a budget of $50 million over five years."
)


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # a figure in ha beside a sum: ha is a unit of area
        (
            "How many hectares of peatland will the programme restore?",
            _PEAT.format("35,000 ha"),
            False,
        ),
        ("这个项目要恢复多少公顷泥炭地？", _PEAT.format("35,000 ha"), False),
        # a figure in a unit the table lacks beside a sum: not refused
        (
            "How many hectares of peatland will the programme restore?",
            _PEAT.format("35,000 dunams"),
            False,
        ),
        ("今年全省打算种多少亩树？", "全省投入3亿元，种植苗木1200株。", False),
        # the sum is the clause's only figure: still refused
        ("How many hectares of peatland will the programme restore?", _PEAT.format("land"), True),
        ("今年全省打算种多少亩树？", "全省投入3亿元用于造林绿化。", True),
        # the asked unit beside a sum: kept
        ("今年全省打算种多少亩树？", "全省投入3亿元，完成造林50万亩。", False),
    ],
)
def test_a_sum_is_not_the_only_figure_of_a_clause(question, clause, refused):
    assert _refused(question, clause) is refused


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("The plant will treat 40 kilotonnes of waste a year.", "mass"),
        ("Emissions fall by 12 megatonnes.", "mass"),
        ("The dam holds 300 GL of water.", "volume"),
        ("Recycled water reaches 25 megalitres a day.", "volume"),
        ("The reserve covers 5,000 ha.", "area"),
    ],
)
def test_short_and_long_units_are_in_the_table(text, dimension):
    assert dimension in stated_dimensions(text)[1]


def test_a_question_in_ha_asks_an_area_and_one_in_jobs_asks_none():
    assert asked_dimension("How many ha will be restored?") == "area"
    assert asked_dimension("How many jobs will the plant create?") == ""


def test_the_deadline_and_calendar_words_are_data():
    base = resources.files("kb").joinpath("data")
    scope = tomllib.loads(base.joinpath("zh_scope.toml").read_text("utf-8"))["present_state"]
    measures = tomllib.loads(base.joinpath("measures.toml").read_text("utf-8"))
    assert "到" in scope["deadline_zh"] and "by the end of" in scope["deadline_en"]
    assert "月" in measures["calendar_day"]["zh"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # 一 ends a word before 成, or 成 starts a word: no share
        ("这一成果已在全省推广。", False),
        ("各地数据统一成一种格式上报。", False),
        ("该站是区内唯一成规模的储能站。", False),
        ("管理方式并非一成不变。", False),
        # kept: 一成 and other tenths after a numeral
        ("约一成的企业完成了改造。", True),
        ("超过一成的车辆为新能源车。", True),
        ("七成以上的县完成达标。", True),
    ],
)
def test_cheng_after_yi_is_a_share_only_outside_words(text, share):
    assert carries("share", text) is share


@pytest.mark.parametrize(
    ("written", "refused"),
    [
        ("2024-05-10", True),  # a deadline after the document's date looks ahead
        ("2031-01-15", False),  # one before it does not
        ("", False),  # no date known: a forward word is needed
    ],
)
def test_a_deadline_after_the_documents_date_looks_ahead(written, refused):
    clause = "目前全市已建成充电站1200座。"
    hit = _hit(clause)
    reason = refusal_reason(
        understand("到2030年全市建成多少座充电站？"),
        [hit],
        lambda _doc: clause,
        doc_date=lambda _doc: written,
        checks=["present_state"],
    )
    assert bool(reason) is refused


def test_past_wording_is_not_ahead_even_after_the_documents_date():
    clause = "目前全市已建成充电站1200座。"
    reason = refusal_reason(
        understand("到2030年全市已经建成了多少座充电站？"),
        [_hit(clause)],
        lambda _doc: clause,
        doc_date=lambda _doc: "2024-05-10",
        checks=["present_state"],
    )
    assert reason == ""


@pytest.mark.parametrize(
    ("clause", "refused"),
    [
        # a span of time beside a sum is no figure of another unit: still refused
        ("未来3年，省里将安排专项资金2.4亿元支持该材料研发。", True),
        ("Over the next 4 years the agency will grant $20 million to research on the alloy.", True),
        # kept: a figure in a unit the table lacks beside the sum
        ("未来3年，省里将安排专项资金2.4亿元，建设示范线12条。", False),
    ],
)
def test_a_span_of_time_beside_a_sum_is_no_other_figure(clause, refused):
    assert _refused("这种材料规划的年产量目标是多少吨？", clause) is refused
