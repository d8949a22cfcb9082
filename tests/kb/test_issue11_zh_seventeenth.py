"""Classes read from zh_first_contact17's misses (issue 11), in sentences of our own:

- everyday English for welfare, social insurance, housing, household registration, health
  care and elderly care reached no Chinese term: "subsistence allowance" (最低生活保障),
  "employer" (用人单位), "a single person" (单身), "public housing" (公共租赁住房),
  "family doctor" (家庭医生), "older people" (老年人), "meal delivery" (送餐);
- a flattened indicator table's row holds a label cell, the figure and a formula cell whose
  ×100% defines the rate: the formula states no share, so the answer reads on from the
  labels to the figure, not to the formula;
- two clauses side by side give one standard for adults and one for minors: a question
  about children quotes the minors' clause, not the adults' one ranked above it;
- a figure asked for one year is not answered by a yearly standard whose document names
  another year, when the clause itself states none ("the 2027 allowance" is not the figure
  of a notice on the 2024 allowances).

Each term is shown reaching its Chinese and, beside it, an ordinary question it leaves as
it was; a keyword search over Chinese clauses shows the term finding its clause.
"""

from __future__ import annotations

import pytest

from kb.answer_choice import quote_first
from kb.excerpt import best_excerpt
from kb.hits import Hit
from kb.lexical import query_tokens, tokenize
from kb.refusal import year_chosen_reason
from kb.understand import carries, glossary_expansions, understand


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How large is the minimum living allowance for a poor family?", "最低生活保障"),
        ("What is the subsistence allowance in the city?", "最低生活保障"),
        ("How much do orphans receive each month?", "孤儿"),
        ("What rate do employers contribute for sickness cover?", "用人单位"),
        ("Do retirees pay into the scheme?", "退休人员"),
        ("What share of home care costs does the fund cover?", "居家护理"),
        ("How much does long-term care insurance cost a worker?", "长期护理保险"),
        ("Can a single person rent a public housing flat?", "单身"),
        ("Can a single person rent a public housing flat?", "公共租赁住房"),
        ("How long can a tenancy last?", "租赁合同"),
        ("How do migrants get household registration in the city?", "户籍"),
        ("What score does the points system require?", "积分"),
        ("How many general practitioners should each district have?", "全科医生"),
        ("What share of residents have signed up with a family doctor?", "家庭医生"),
        ("What share of appointment slots goes to clinics?", "号源"),
        ("What subsidy does meal delivery get for elderly residents?", "送餐"),
        ("What subsidy does meal delivery get for elderly residents?", "老年人"),
        ("Who runs the community canteen?", "社区食堂"),
    ],
)
def test_an_everyday_social_policy_word_reaches_its_chinese(question, term):
    assert term in glossary_expansions(question)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        # percentage points are no points-based registration
        ("By how many percentage points should the share rise?", (), "积分"),
        # delivering power is no meal delivery
        ("How much electricity should the grid be delivering by 2030?", ("电力",), "送餐"),
        # an energy question keeps its own terms and gains no welfare term
        ("How much solar capacity will the city add by 2030?", ("光伏",), "最低生活保障"),
        ("What share of emitters must report?", ("排放单位",), "单位缴费"),
    ],
)
def test_an_ordinary_question_keeps_its_terms(question, expected, absent):
    terms = glossary_expansions(question)
    assert all(t in terms for t in expected)
    assert absent not in terms


def _bm25(texts: list[str]):
    import bm25s

    index = bm25s.BM25()
    index.index([tokenize(t) for t in texts], show_progress=False)
    return index


# Chinese clauses of our own, in the style of a city's social-policy rules.
_CLAUSES = [
    "本市最低生活保障标准调整为每人每月1100元。",
    "用人单位按职工工资总额的0.2%缴纳，单位缴费从基本医疗保险费中划转。",
    "年满28周岁的单身人士可以单独申请公共租赁住房。",
    "对送餐上门的老年人，按每人每次3元给予送餐补贴。",
    "全市风电装机达到500万千瓦。",
    "到2026年，每万名居民拥有全科医生不少于5人。",
]


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("How much is the monthly subsistence allowance per person?", 0),
        ("How much must an employer contribute for its workers?", 1),
        ("From what age can an unmarried person apply for social housing?", 2),
        ("What subsidy is given for delivering a meal to older people?", 3),
        ("How many general practitioners per 10,000 residents by 2026?", 5),
        # the ordinary energy question still finds its own clause
        ("How much wind capacity does the city have?", 4),
    ],
)
def test_keyword_search_finds_the_chinese_clause(question, clause):
    index = _bm25(_CLAUSES)
    tokens = query_tokens(understand(question))
    docs, _scores = index.retrieve([tokens], k=1, show_progress=False)
    assert int(docs[0][0]) == clause


def _hit(text: str, title: str) -> Hit:
    return Hit(key=text[:20], doc_id="d", clause_id=text[:8], text=text, title=title, context=text)


_NOTICE_2024 = "某市民政局关于公布本市2024年城乡低保及特困人员供养标准的通知"
_PLAN = "某市养老服务体系建设实施方案"


@pytest.mark.parametrize(
    ("question", "clause", "title", "refused"),
    [
        # a later year asked of a notice on one year's standards, the clause stating none
        ("该市2026年的低保标准每月多少元？", "城乡低保标准为每人每月1200元。", _NOTICE_2024, True),
        (
            "How much is the city's monthly welfare payment in 2022?",
            "城乡低保标准为每人每月1200元。",
            _NOTICE_2024,
            True,
        ),
        # the year the notice is for is answered
        ("该市2024年的低保标准每月多少元？", "城乡低保标准为每人每月1200元。", _NOTICE_2024, False),
        # no year asked: answered as before
        ("该市低保标准每月多少元？", "城乡低保标准为每人每月1200元。", _NOTICE_2024, False),
        # a title with no year of its own leaves a yearless clause as it was
        ("到2027年养老床位达到多少张？", "全市养老床位达到6万张。", _PLAN, False),
        # a range of years in the title is no single year's standard
        (
            "到2030年养老床位达到多少张？",
            "全市养老床位达到6万张。",
            "某市2021—2025年养老服务规划",
            False,
        ),
    ],
)
def test_a_yearless_clause_takes_the_year_its_document_is_for(question, clause, title, refused):
    assert bool(year_chosen_reason(understand(question), [_hit(clause, title)])) is refused


# A flattened row of an indicator table, written by us: title cell, label cells, the aim
# with its figures, and the formula defining the rate.
_ROW = (
    "| 附表 某市家庭医生服务监测指标（2025年版） | … | 服务质量指标 | 4.重点人群健康管理率 | "
    "逐年提高。2025年达到85%，力争2030年达到92%。 | "
    "重点人群健康管理率=接受家庭医生健康管理的重点人群数/辖区重点人群总数*100%。 |"
)


@pytest.mark.parametrize(
    "question",
    [
        # the formula repeats the question's words: it won over the figure before
        "家庭医生管好重点人群的比例2025年要到多少？",
        # an ordinary English question read the figure before and still does
        "What share of priority groups should family doctors look after by 2025?",
    ],
)
def test_a_table_row_answer_reads_on_to_the_figure(question):
    assert "85%" in best_excerpt(question, _ROW, limit=100)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("覆盖率=签约人数/常住人口数×100%", False),
        ("rate = treated cases / all cases x 100%", False),
        # a stated hundred per cent is a share
        ("到2030年，新建公共建筑屋顶光伏覆盖率达到100%。", True),
        ("All new buses are to be electric, 100% by 2030.", True),
        ("The fund pays 90% of the cost of care at home.", True),
    ],
)
def test_a_formula_multiplying_by_100_percent_states_no_share(text, share):
    assert carries("share", text) is share


_ADULTS = "成年受助人员伙食标准为每人每月700元。"
_MINORS = "未成年受助人员伙食标准为每人每月820元。"
_ORPHANS = "孤儿基本生活费为每人每月2500元。"


def _ranked(*texts: str) -> list[Hit]:
    return [
        Hit(key=t[:20], doc_id="d", clause_id=t[:8], text=t, context=t, relevance=0.9 - 0.1 * i)
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("救助站里的孩子每个月伙食费是多少钱？", _MINORS),
        ("How much is the monthly food allowance for children in a shelter?", _MINORS),
        # the ordinary case: adults asked, the adults' clause first stays first
        ("救助站里的成年人每个月伙食费是多少钱？", _ADULTS),
        # no group asked: the ranking stands
        ("救助站每个月的伙食标准是多少钱？", _ADULTS),
    ],
)
def test_the_asked_group_s_figure_is_quoted(question, quoted):
    ranked = _ranked(_ADULTS, _ORPHANS, _MINORS)
    assert quote_first(understand(question), ranked)[0].text == quoted
