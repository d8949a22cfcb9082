"""A fourteenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about six published Chinese texts that no other question set uses, of
kinds the earlier sets did not hold (they leaned on evening-news transcripts): four
provincial government work reports of January 2025 (Hebei, Tibet, Guangxi, Jiangsu: a year
in review, then the year's expected aims and its work, with "this year" for the year), kept
in a repository no earlier set used, and two national texts kept on Wikisource and archived in
another such repository: the government work report of 1975 (statistics in Chinese numerals)
and the legislature's resolution of 2025 approving that year's report (no figure).
They are kept in ``../unseen11j/zh`` (the zh_fresh10 texts); give that folder to
``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from the folder
named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC14: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("Tibet", "sugar cane land", "ocean economy"), not a
  translation of the clause.
- ZH_FC14: Chinese questions in everyday wording (少抽多少地下水, 能多开通多长的高速路),
  not the document's terms.
- ZH_UNANSWERABLE_FC14: Chinese near-misses: each names something a document covers but asks
  for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

HEBEI = "cn_hebei_work_report_2025"
XIZANG = "cn_xizang_work_report_2025"
GUANGXI = "cn_guangxi_work_report_2025"
JIANGSU = "cn_jiangsu_work_report_2025"
REPORT_1975 = "cn_state_council_work_report_1975"
RESOLUTION = "cn_npc_resolution_work_report_2025"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11j",)
OUTSIDE_SHARED = frozenset({HEBEI, XIZANG, GUANGXI, JIANGSU, REPORT_1975, RESOLUTION})


def _item(q, doc, evidence, value, kind):
    return {
        "q": q,
        "doc": doc,
        "evidence": evidence,
        "value": value,
        "kind": kind,
        "split": "unseen",
    }


def _near(q, doc, why):
    return {"q": q, "near_doc": doc, "why": why, "split": "unseen"}


EN_OVER_ZH_FC14: list[dict] = [
    _item(
        "How much new wind and solar capacity is Hebei province meant to connect to the grid "
        "in 2025?",
        HEBEI,
        "新增风电光伏并网装机1300万千瓦以上",
        "1300万千瓦",
        "amount",
    ),
    _item(
        "What grain harvest does Hebei's provincial government promise for 2025?",
        HEBEI,
        "确保粮食总产740亿斤以上",
        "740亿斤",
        "amount",
    ),
    _item(
        "How many village toilets will Hebei rebuild this year under its 2025 work report?",
        HEBEI,
        "改造农村户厕20.6万座",
        "20.6万座",
        "count",
    ),
    _item(
        "At the least, how fast does Tibet want its economy to grow in 2025?",
        XIZANG,
        "地区生产总值增长7%以上、力争达到8%",
        "7%",
        "share",
    ),
    _item(
        "What share of this year's university graduates in Tibet should find jobs?",
        XIZANG,
        "确保应届高校毕业生就业率95%以上",
        "95%",
        "share",
    ),
    _item(
        "How many farmers and herders in Tibet are to be moved into paid work in 2025?",
        XIZANG,
        "实现农牧民转移就业63万人以上",
        "63万人",
        "count",
    ),
    _item(
        "How much land does Guangxi want to keep under sugar cane in 2025?",
        GUANGXI,
        "糖料蔗种植面积稳定在1100万亩以上",
        "1100万亩",
        "amount",
    ),
    _item(
        "How much land will Guangxi plant with trees in 2025?",
        GUANGXI,
        "植树造林380万亩以上",
        "380万亩",
        "amount",
    ),
    _item(
        "What share of Guangxi's GDP should the ocean economy make up this year?",
        GUANGXI,
        "力争海洋生产总值占GDP比重9%以上",
        "9%",
        "share",
    ),
    _item(
        "How much money will Jiangsu put into transport projects in 2025?",
        JIANGSU,
        "全年交通、水利、能源、市政领域投资分别达2300亿元、600亿元、1700亿元、1400亿元",
        "2300亿元",
        "amount",
    ),
    _item(
        "How many high-tech companies does Jiangsu hope to count in 2025?",
        JIANGSU,
        "力争高新技术企业超6.1万家",
        "6.1万家",
        "count",
    ),
    _item(
        "What share of Jiangsu's economy should be spent on research and development this year?",
        JIANGSU,
        "全社会研发投入强度达3.35%左右",
        "3.35%",
        "share",
    ),
    _item(
        "How much farmland does Jiangsu want sown with grain in 2025?",
        JIANGSU,
        "确保粮食播种面积稳定在8200万亩以上",
        "8200万亩",
        "amount",
    ),
    _item(
        "By how much did China's farm output grow in the ten years to 1974, according to the "
        "1975 government report?",
        REPORT_1975,
        "一九七四年农业总产值预计比一九六四年增长百分之五十一",
        "百分之五十一",
        "share",
    ),
]

ZH_FC14: list[dict] = [
    _item(
        "河北今年卖技术的合同想签到多少钱？",
        HEBEI,
        "技术合同成交额达到2000亿元",
        "2000亿元",
        "amount",
    ),
    _item(
        "河北今年要少抽多少地下水？",
        HEBEI,
        "压减地下水开采量1.57亿立方米",
        "1.57亿立方米",
        "amount",
    ),
    _item(
        "去年河北一共打了多少粮食？",
        HEBEI,
        "粮食总产781.8亿斤，创历史最高水平",
        "781.8亿斤",
        "amount",
    ),
    _item(
        "西藏今年城里要多出多少人就业？",
        XIZANG,
        "城镇新增就业5万人",
        "5万人",
        "count",
    ),
    _item(
        "西藏今年要种多少亩树？",
        XIZANG,
        "完成营造林100万亩以上",
        "100万亩",
        "amount",
    ),
    _item(
        "西藏今年希望住在城镇的人占到多大比例？",
        XIZANG,
        "常住人口城镇化率达40%以上",
        "40%",
        "share",
    ),
    _item(
        "广西今年能多开通多长的高速路？",
        GUANGXI,
        "新增通车里程400公里以上",
        "400公里",
        "amount",
    ),
    _item(
        "广西今年为老百姓办实事准备拿出多少钱？",
        GUANGXI,
        "筹措资金835亿元以上",
        "835亿元",
        "amount",
    ),
    _item(
        "广西今年想让多大比例的人参加基本医保？",
        GUANGXI,
        "稳定基本医疗保险参保率在97%以上",
        "97%",
        "share",
    ),
    _item(
        "江苏今年打算建几家帮新技术做验证的中心？",
        JIANGSU,
        "布局建设10家概念验证中心",
        "10家",
        "count",
    ),
    _item(
        "江苏城里的生活污水今年要收上来多大比例？",
        JIANGSU,
        "推动城市生活污水集中收集率达80%",
        "80%",
        "share",
    ),
]

ZH_UNANSWERABLE_FC14: list[dict] = [
    _near(
        "河北今年要建成多少公里高铁？",
        HEBEI,
        "the report names high-speed lines to build faster, with no length",
    ),
    _near(
        "西藏今年自治区财政科技投入要达到多少亿元？",
        XIZANG,
        "the report says the spending doubles again, with no amount",
    ),
    _near(
        "平陆运河今年要完成多少亿元投资？",
        GUANGXI,
        "only last year's share of the budget estimate is given, no amount for this year",
    ),
    _near(
        "江苏今年要建成多少家零碳工厂？",
        JIANGSU,
        "the report asks for a batch of zero-carbon factories, with no number",
    ),
    _near(
        "2025年全国国内生产总值增长目标是多少？",
        RESOLUTION,
        "the resolution approves the year's requirements and tasks without any figure",
    ),
    _near(
        "1975年的政府工作报告提出到1980年钢产量要达到多少吨？",
        REPORT_1975,
        "the report gives steel's growth over ten years and a two-step vision with no output aim",
    ),
]
