"""A figure written in Chinese numerals with its unit or measure word states a quantity,
a length or a voltage as the same figure in Arabic digits does (issue 11).

Chinese laws and regulations write their numbers in numerals (三十立方米, 六百公里,
三十五千伏). The refusal checks that ask whether a passage states a quantity or names a
length read such a figure as they read "30立方米" or "600公里"; a clause whose only
numeral is of another kind (a time limit, an article's number, a year) is still refused.
The clauses are written for these tests in the style of a provincial regulation.
"""

from __future__ import annotations

import pytest

from kb.carriers import carries
from kb.counts import counts_in
from kb.refusal import refusal_reason
from kb.refusal_focus import focus_reason, names_attributes
from kb.refusal_measure import quoted_kind_reason
from kb.retrieve import Hit
from kb.understand import understand


def _hit(text: str) -> Hit:
    return Hit(key="k", doc_id="d", clause_id="1", text=text)


@pytest.mark.parametrize(
    "text",
    [
        "居民生活用水每户每月基本用量为十五立方米，超出部分加价收费。",  # numerals, volume
        "居民生活用水每户每月基本用量为15立方米，超出部分加价收费。",  # digits beside it
        "本市新建公共充电桩不少于三十多个。",  # 多 between a numeral and its measure word
        "新建农村户用沼气池二百户以上的村，应当配备服务网点。",  # a measure word
    ],
)
def test_a_figure_in_numerals_with_its_unit_is_a_quantity(text: str) -> None:
    assert carries("quantity", text)
    assert counts_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "第四十三条 供热企业应当在十五日内答复用户。",  # a time limit and an article number
        "本条例自二〇二一年三月一日起施行。",  # a year and a day
        "用户要求暂停供热的，应当一次性提出申请。",  # 一次性: once, no count
    ],
)
def test_a_numeral_of_another_kind_is_no_quantity(text: str) -> None:
    assert not carries("quantity", text)


def test_quoted_clause_with_a_volume_in_numerals_answers_a_quantity() -> None:
    q = understand("每户每月的基本用水量是多少立方米？")
    assert q.kind == "quantity"
    numerals = _hit("居民生活用水每户每月基本用量为十五立方米，超出部分加价收费。")
    digits = _hit("居民生活用水每户每月基本用量为15立方米，超出部分加价收费。")
    assert quoted_kind_reason(q, [numerals]) == ""
    assert quoted_kind_reason(q, [digits]) == ""
    # a clause whose only numeral is a time limit does not state the volume
    other = _hit("供水企业应当在七日内书面答复用户的用水申请。")
    assert quoted_kind_reason(q, [other]) != ""


@pytest.mark.parametrize(
    "text",
    [
        "省际客运班线单程在六百公里以上的，应当配备两名以上驾驶员。",
        "省际客运班线单程在600公里以上的，应当配备两名以上驾驶员。",
        "输电线路跨越河道的，档距不得超过八百米。",
    ],
)
def test_a_length_in_numerals_or_digits_names_length(text: str) -> None:
    assert names_attributes(_hit(text), ["length"], verbs=True)


def test_a_length_asked_in_english_over_a_chinese_clause() -> None:
    q = understand("Above what trip length must a coach on an inter-city line carry two drivers?")
    right = _hit("省际客运班线单程在六百公里以上的，应当配备两名以上驾驶员。")
    assert focus_reason(q, [right]) == ""
    assert refusal_reason(q, [right], lambda _: right.text) == ""
    # a neighbouring clause with a numeral of another kind (hours) names no length
    hours = _hit("长途客车的驾驶人每次连续开车不得多于三个小时。")
    assert focus_reason(q, [hours]) == "no passage speaks of length"


def test_a_voltage_in_numerals_names_voltage() -> None:
    assert names_attributes(_hit("新建三十五千伏及以上线路应当同步建设监测装置。"), ["voltage"])
    assert names_attributes(_hit("新建35千伏及以上线路应当同步建设监测装置。"), ["voltage"])
    # 千伏安 is a transformer's capacity, in numerals as in digits
    assert not names_attributes(_hit("单台容量不超过五百千伏安的变压器。"), ["voltage"])


@pytest.mark.parametrize(
    ("kind", "text", "states"),
    [
        ("share", "固定部分不得超过全部热费的百分之三十。", True),
        ("share", "固定部分不得超过全部热费的30%。", True),
        ("share", "逾期不改的，处三万元以上十万元以下罚款。", False),
        ("amount", "逾期不改的，处三万元以上十万元以下罚款。", True),
        ("amount", "逾期不改的，处3万元以上10万元以下罚款。", True),
        ("amount", "固定部分不得超过全部热费的百分之三十。", False),
        ("date", "停止经营的，应当提前七日向社会公告。", True),
        ("date", "申请人应当在三个月内补齐材料。", True),
        ("date", "逾期不改的，处三万元以上十万元以下罚款。", False),
        ("year", "本条例自二〇二一年三月一日起施行。", True),
        ("year", "本条例自2021年3月1日起施行。", True),
    ],
)
def test_other_kinds_in_numerals_read_as_in_digits(kind: str, text: str, states: bool) -> None:
    """A share, a sum, a time limit and a year in numerals were read before this change;
    kept here beside it, each with a clause of another kind that must not state it."""
    assert carries(kind, text) is states


@pytest.mark.parametrize(
    "text",
    [
        "区人民政府应当指定一所中学作为避险场所。",  # 一 as "a" before a measure word
        "燃气企业推行一户一阀、按户结算。",  # a stock phrase of 一 ... 一
        "社区对困难家庭实行一户一策的帮扶。",
        "街道应当为每一户老人安装报警装置。",  # 每 before 一
        "表格第三列填写联系人。",  # an ordinal after 第
        "第二户以后的申请按顺序办理。",
        "打通城乡物流配送的“最后一公里”。",  # an idiom: "the last mile"
        "鼓励建设千米级储能示范项目。",  # 千米 with no numeral before it
        "每千米管线应当设置一处警示标识。",
        "工业品出厂价格呈现五升二降的态势。",  # 升 as "rise" before another numeral
        "服务进入千家万户。",
    ],
)
def test_a_numeral_that_is_an_article_an_ordinal_or_an_idiom_is_no_quantity(text: str) -> None:
    assert not carries("quantity", text)
    assert not names_attributes(_hit(text), ["length"], verbs=True)


def test_an_idiom_in_an_english_clause_is_no_quantity() -> None:
    # "mile" itself is an English word of length; the numeral of the idiom is no figure
    assert not carries("quantity", "Towns shall finish the last mile (最后一公里) of rural roads.")
    assert carries("quantity", "Towns shall build 最后十公里 of rural roads.")


@pytest.mark.parametrize(
    "text",
    [
        "新建农村户用燃气表三百户以上的村，应当设立维修点。",  # a count of households
        "区人民政府应当新建中学五所。",
        "每处避险场所面积不得少于二十个车位。",  # a count after a measure word
        "城际货运线路单程在三千米以上的，应当配备押运员。",  # a length in numerals
        "林区防火隔离带宽度不得小于一百二十米。",
        "每人每日供应饮用水不少于五升。",  # 升 as litres
    ],
)
def test_neighbours_of_those_numerals_still_state_a_quantity(text: str) -> None:
    assert carries("quantity", text)


def test_an_area_in_square_kilometres_is_a_quantity_but_no_length() -> None:
    text = "全县湿地面积达到八十平方千米。"
    assert carries("quantity", text)
    assert not names_attributes(_hit(text), ["length"], verbs=True)
    assert names_attributes(_hit("隔离带长度为八十千米。"), ["length"], verbs=True)


def test_a_household_volume_is_not_answered_by_a_clause_with_only_articles() -> None:
    q = understand("每户每月的基本用水量是多少立方米？")
    for text in ("燃气企业推行一户一阀、按户结算。", "区人民政府应当指定一所机构负责检定。"):
        assert quoted_kind_reason(q, [_hit(text)]) != ""
    assert quoted_kind_reason(q, [_hit("每户每月基本用量为十二立方米。")]) == ""


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("排水管道的埋设深度不得小于七十厘米。", True),  # centimetres, in numerals
        ("排水管道的埋设深度不得小于70厘米。", True),  # and in digits
        ("渔船作业区距离岸线不得少于十二海里。", True),
        ("每台货车运载易燃物品不得超过四百公斤。", False),  # a mass, no length
        ("每台货车运载易燃物品不得超过400公斤。", False),
    ],
)
def test_lengths_in_small_units_and_masses_in_kilograms_are_figures(
    text: str, length: bool
) -> None:
    assert carries("quantity", text)
    assert names_attributes(_hit(text), ["length"], verbs=True) is length


def test_a_length_question_over_a_clause_with_only_a_bare_magnitude_is_refused() -> None:
    q = understand("How many metres long must a water tunnel be built?")
    bare = _hit("支持建设千米级输水隧洞示范工程。")
    assert refusal_reason(q, [bare], lambda _: bare.text) != ""
    stated = _hit("输水隧洞单段长度不得超过三千米。")
    assert refusal_reason(q, [stated], lambda _: stated.text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "每个社区至少配备一名专职网格员，负责日常巡查。",  # a bound before 一名: "one"
        "每座加油站配备一名消防安全管理人。",  # a verb of providing before 一名
        "每个街道应当建设一所标准化托育机构。",
        "县级人民政府各设立一家应急物资储备库。",
        "这四项制度应当同步实行。",  # 这 before a count other than 一: "these four"
    ],
)
def test_a_lone_one_after_a_bound_or_a_verb_of_providing_is_a_count(text: str) -> None:
    assert carries("quantity", text)


@pytest.mark.parametrize(
    "text",
    [
        "市人民政府应当确定一所医院承担救治任务。",  # 一 as "a" after another verb
        "供水企业推行一户一表、抄表到户。",  # an idiom after no bound
        "配备一户一档的管理台账。",  # an idiom right after a verb of providing
        "这一户的申请已经办结。",  # 这 before 一: "this"
    ],
)
def test_a_lone_one_elsewhere_is_still_no_count(text: str) -> None:
    assert not carries("quantity", text)


def test_a_question_of_how_many_is_answered_by_one_after_a_verb_of_providing() -> None:
    q = understand("每个社区应当配备多少名专职网格员？")
    assert quoted_kind_reason(q, [_hit("每个社区至少配备一名专职网格员。")]) == ""
    assert quoted_kind_reason(q, [_hit("社区应当确定一名负责人统筹网格工作。")]) != ""
