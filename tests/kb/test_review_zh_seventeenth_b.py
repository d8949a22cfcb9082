"""Second review of zh_first_contact17's classes, in sentences of our own:

- a revision year is written 修订, 修正 or 修改 and dates the text, not its figures; an
  opinion paper sets a course; 标准 binds a title's year only right after it, never
  标准化 (standardisation);
- a work report's forward section states aims for the years after its own: only an
  earlier year than the two it is for, or one decades later, is refused;
- 少年 alone is no group of minors (至少年满, 减少年…); a single minor is one;
- an [en_zh] pair with a broad sense in climate and energy text (a country's contribution,
  a retired plant, signing up to a scheme) is left to the dictionary, and a
  plural matches its singular's pair (not the other way round).
"""

from __future__ import annotations

import pytest

from kb.answer_choice import group_named
from kb.hits import Hit
from kb.refusal import year_chosen_reason
from kb.understand import glossary_expansions, understand


def _hit(text: str, title: str, section: tuple[str, ...] = ()) -> Hit:
    return Hit(
        key=text[:20],
        doc_id="d",
        clause_id=text[:8],
        text=text,
        title=title,
        context=text,
        section=section,
    )


@pytest.mark.parametrize(
    ("question", "clause", "title", "refused"),
    [
        # amended rules dated by their revision year
        (
            "2026年最低月工资标准是多少元？",
            "一类地区月最低工资标准为2100元。",
            "某县最低工资标准规定（2023年修正）",
            False,
        ),
        (
            "2027年停车服务收费标准每小时多少元？",
            "路内停车每小时收费4元。",
            "某县停车服务收费标准管理办法（2022年修改）",
            False,
        ),
        # standardisation work of a year is no year's standard
        (
            "到2026年公共体育场馆开放率达到多少？",
            "公共体育场馆开放率达到90%。",
            "某县2023年体育场馆标准化建设工作要求",
            False,
        ),
        # an opinion paper written in a year
        (
            "到2028年农村公路优良率达到多少？",
            "农村公路优良率达到70%。",
            "某县2023年调整农村公路养护体制的实施意见",
            False,
        ),
        # the ordinary cases beside them: one year's published standard, its name long
        (
            "2026年特困人员照料护理补贴每月多少元？",
            "照料护理补贴每人每月320元。",
            "关于印发我县2023年城乡特困人员基本生活及照料护理补贴标准的通知",
            True,
        ),
        (
            "2026年城乡居民医保个人缴费标准是多少元？",
            "个人缴费每人每年380元。",
            "关于公布2023年城乡居民医保筹资标准的通知",
            True,
        ),
        (
            "How many yuan does each resident pay in 2026?",
            "个人缴费每人每年380元。",
            "关于公布2023年城乡居民医保筹资标准的通知",
            True,
        ),
    ],
)
def test_a_revision_year_or_standardisation_binds_no_year(question, clause, title, refused):
    assert bool(year_chosen_reason(understand(question), [_hit(clause, title)])) is refused


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # the forward section's aims for later years
        ("到2029年清洁能源装机占比达到多少？", False),
        ("What share of installed capacity should be clean energy by 2029?", False),
        # the year it reviews, and a year far before both
        ("2022年清洁能源装机占比达到多少？", False),
        ("2018年清洁能源装机占比达到多少？", True),
        # nor decades after it: no work report looks that far ahead
        ("到2050年清洁能源装机占比达到多少？", True),
    ],
)
def test_a_work_report_keeps_its_later_aims(question, refused):
    hit = _hit("清洁能源装机占比达到55%。", "某县2023年政府工作报告", ("今后五年主要目标",))
    assert bool(year_chosen_reason(understand(question), [hit])) is refused


@pytest.mark.parametrize(
    ("question", "text", "named"),
    [
        ("申请人至少年满多少周岁？", "成年单身人士年满28周岁可以申请。", 0),
        ("到2030年减少年用煤量多少万吨？", "成年人每人每年补贴150元。", 0),
        ("Can a minor rent a public flat alone?", "Adults aged 28 or over may rent alone.", -1),
        ("Who pays for minor repairs to a rented flat?", "Adults must sign the lease.", 0),
        # the ordinary cases beside them
        ("少年儿童每月伙食补贴多少元？", "成年人伙食补贴每月500元。", -1),
        ("青少年宫每年补贴多少？", "成年人补贴为每人80元。", -1),
    ],
)
def test_bare_shaonian_names_no_minors_a_single_minor_does(question, text, named):
    assert group_named(question, text) == named


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("What does the country's nationally determined contribution promise?", "缴费"),
        ("How much does solar make as a contribution to the cuts?", "缴费"),
        ("How many gas units were retired last year?", "退休人员"),
        ("Can small firms sign up to the carbon market?", "签约"),
    ],
)
def test_a_broad_climate_sense_is_left_to_the_dictionary(question, absent):
    assert absent not in glossary_expansions(question)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Must school canteens post their menus?", "食堂"),
        ("How many nursing homes does the county run?", "养老机构"),
        ("Who may hold residence permits?", "居住证"),
        # the ordinary cases beside them: the singular, and the pairs kept
        ("Must a school canteen post its menu?", "食堂"),
        ("What is the pension contribution rate?", "缴费费率"),
        ("How are social insurance contributions paid?", "缴费"),
        ("How much do retirees receive?", "退休人员"),
    ],
)
def test_a_plural_reaches_its_singulars_pair(question, term):
    assert term in glossary_expansions(question)


def test_a_singular_does_not_reach_a_plural_pair():
    assert "节能量" not in glossary_expansions("Which energy-saving standards are planned?")
    assert "节能量" in glossary_expansions("How large are the energy savings?")
