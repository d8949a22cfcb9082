"""A fifteenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about six published Chinese texts that no other question set uses, of
kinds the earlier sets held least: a prefecture-level city's statistical bulletin for 2012
and three of its statistics bureau's analyses (the rural economy of 2014, the first half of
2016, the first quarter of 2017), kept in one repository no earlier set used, and two
Guangdong texts with obligations and no target, kept in another: a provincial government's
rules on carbon emissions and allowances (2014, amended 2020) and a city's regulation on dust
(2021). They are kept in ``../unseen11k/zh`` (the zh_fresh11 texts); give that folder to
``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from the folder
named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC15: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("cooperatives", "factory-gate prices", "hoarding"),
  not a translation of the clause.
- ZH_FC15: Chinese questions in everyday wording (打了多少粮食, 买东西花了多少钱), not
  the document's terms.
- ZH_UNANSWERABLE_FC15: Chinese near-misses: each names something a document covers but asks
  for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

BULLETIN = "cn_daqing_statistical_bulletin_2012"
RURAL = "cn_daqing_rural_economy_review_2014"
HALF_YEAR = "cn_daqing_economy_h1_2016"
QUARTER = "cn_daqing_economy_q1_2017"
CARBON = "cn_guangdong_carbon_measures_2014"
DUST = "cn_jiangmen_dust_regulation_2021"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11k",)
OUTSIDE_SHARED = frozenset({BULLETIN, RURAL, HALF_YEAR, QUARTER, CARBON, DUST})


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


EN_OVER_ZH_FC15: list[dict] = [
    _item(
        "How big was Daqing's economy in 2012, by its statistical bulletin?",
        BULLETIN,
        "全年实现地区生产总值4000.5亿元",
        "4000.5亿元",
        "amount",
    ),
    _item(
        "How much energy did Daqing burn for every 10,000 yuan of GDP in 2012?",
        BULLETIN,
        "万元地区生产总值能耗为1.1578吨标准煤",
        "1.1578吨标准煤",
        "amount",
    ),
    _item(
        "What did a rural household member in Daqing have to spend on average in 2014?",
        RURAL,
        "全市农村居民人均可支配收入为12443元",
        "12443元",
        "amount",
    ),
    _item(
        "How many farmers' cooperatives were there in Daqing by 2014?",
        RURAL,
        "发展到目前的1735个",
        "1735个",
        "count",
    ),
    _item(
        "How much raw milk did Daqing's dairy farms produce in 2014?",
        RURAL,
        "生奶产量165.6万吨",
        "165.6万吨",
        "amount",
    ),
    _item(
        "How fast did Daqing's economy grow in the first half of the year, in the statistics "
        "bureau's mid-year review?",
        HALF_YEAR,
        "上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%",
        "1.5%",
        "share",
    ),
    _item(
        "By how much did factory-gate prices in Daqing fall in that first half-year?",
        HALF_YEAR,
        "工业生产者出厂价格指数为79.8，同比下降20.2%",
        "20.2%",
        "share",
    ),
    _item(
        "How much less land will Daqing's farmers put under corn in 2017?",
        QUARTER,
        "调减玉米种植面积77万亩",
        "77万亩",
        "amount",
    ),
    _item(
        "How much did the Daqing government's own revenue rise in the first quarter of 2017?",
        QUARTER,
        "全市地方财政收入完成43.7亿元，同比增长19.8%",
        "19.8%",
        "share",
    ),
    _item(
        "How much energy did the whole of Daqing use in the first three months of 2017?",
        QUARTER,
        "全社会能源消费总量达到729.2万吨标准煤",
        "729.2万吨标准煤",
        "amount",
    ),
    _item(
        "How much CO2 must an industrial firm in Guangdong emit a year before it falls under "
        "the province's emission caps?",
        CARBON,
        "年排放二氧化碳1万吨及以上的工业行业企业",
        "1万吨",
        "amount",
    ),
    _item(
        "By what day each year must Guangdong's capped companies hand in their allowances?",
        CARBON,
        "每年6月20日前",
        "6月20日",
        "date",
    ),
    _item(
        "How tall must the hoarding be around a building site on a main road in Jiangmen?",
        DUST,
        "设置高度二百五十厘米以上的围挡",
        "二百五十厘米",
        "amount",
    ),
    _item(
        "What fine does a Jiangmen builder face for not keeping a record of its dust measures?",
        DUST,
        "处五千元以上二万元以下的罚款",
        "五千元",
        "amount",
    ),
]

ZH_FC15: list[dict] = [
    _item(
        "2012年大庆一共打了多少粮食？",
        BULLETIN,
        "全市粮食总产量达650万吨",
        "650万吨",
        "amount",
    ),
    _item(
        "2012年大庆城里新找到工作的有多少人？",
        BULLETIN,
        "全市城镇新增就业4.46万人",
        "4.46万人",
        "count",
    ),
    _item(
        "大庆2014年种粮食的地有多少亩？",
        RURAL,
        "粮食种植面积1038万亩",
        "1038万亩",
        "amount",
    ),
    _item(
        "2014年大庆城里人的收入是农村人的几倍？",
        RURAL,
        "缩小到2.6：1",
        "2.6：1",
        "other",
    ),
    _item(
        "大庆上半年老百姓买东西一共花了多少钱？",
        HALF_YEAR,
        "全市实现社会消费品零售总额527亿元",
        "527亿元",
        "amount",
    ),
    _item(
        "上半年大庆城里人平均每人能花的收入有多少？",
        HALF_YEAR,
        "城镇居民人均可支配收入16525元",
        "16525元",
        "amount",
    ),
    _item(
        "大庆2017年头三个月投了多少钱搞建设？",
        QUARTER,
        "一季度全市完成固定资产投资63.8亿元",
        "63.8亿元",
        "amount",
    ),
    _item(
        "大庆2017年打算种多少亩水田？",
        QUARTER,
        "水田168万亩",
        "168万亩",
        "amount",
    ),
    _item(
        "广东的企业最多能拿自愿减排量抵掉多少排放？",
        CARBON,
        "不得超过本企业上年度实际碳排放量的10%",
        "10%",
        "share",
    ),
    _item(
        "在广东谎报碳排放，最多罚多少钱？",
        CARBON,
        "处1万元以上3万元以下罚款",
        "3万元",
        "amount",
    ),
    _item(
        "江门的工地盖多大面积就得装颗粒物在线监测？",
        DUST,
        "建筑面积在一千平方米以上的",
        "一千平方米",
        "amount",
    ),
]

ZH_UNANSWERABLE_FC15: list[dict] = [
    _near(
        "2012年大庆的新房平均每平方米卖多少钱？",
        BULLETIN,
        "the bulletin gives the floor area and the value of homes sold, no price per square metre",
    ),
    _near(
        "大庆2015年粮食总产要达到多少亿斤？",
        RURAL,
        "the closing paragraph names the year's aims for farming with no figure",
    ),
    _near(
        "大庆今年全年地区生产总值的增长目标是多少？",
        HALF_YEAR,
        "the mid-year review compares growth with last year and the first quarter, no annual aim",
    ),
    _near(
        "大庆2017年一季度城镇新增就业多少人？",
        QUARTER,
        "the quarter's review gives output, investment, prices and energy, no jobs figure",
    ),
    _near(
        "广东碳排放配额现在每吨卖多少钱？",
        CARBON,
        "the rules leave the price to the market and state none",
    ),
    _near(
        "江门每平方公里每月的降尘量不能超过多少吨？",
        DUST,
        "the regulation asks for dust-fall monitoring points with no limit",
    ),
]
