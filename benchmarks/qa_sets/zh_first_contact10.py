"""A tenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about seven published Chinese texts that no other question set uses:
items of seven days' national evening news (新闻联播, late 2025), archived one JSON file
per item in a repository no earlier set used: a guiding opinion on absorbing new energy
beside vehicle statistics, a guide for digital industrial parks beside brief items, green-mine
aims and statistics, a combined medical and elderly care action beside brief items and parcel
statistics, storage statistics (no aim), water-efficiency statistics with a forecast, and an
opinion on state forest farms. They are kept in ``../unseen11f/zh`` (the zh_fresh6 texts and
two more); give that folder to ``benchmarks/kb_real.py --extra-docs DIR/zh``;
``check_sets.py`` reads them from the folder named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC10: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("take on", "frail", "timber stock", "recycled
  wastewater"), not a translation of the clause.
- ZH_FC10: Chinese questions in everyday wording (卖到国外, 至少要运动多久, 失去自理能力),
  not the document's terms.
- ZH_UNANSWERABLE_FC10: Chinese near-misses: each names something a document covers but
  asks for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

ABSORB = "cn_new_energy_absorption_news_2025"
PARKS = "cn_digital_parks_news_2025"
MINES = "cn_green_mines_news_2025"
ELDER = "cn_elderly_care_action_news_2025"
STORAGE = "cn_energy_storage_stats_news_2025"
WATER = "cn_water_efficiency_news_2025"
FOREST = "cn_state_forest_farms_news_2025"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11f",)
OUTSIDE_SHARED = frozenset({ABSORB, PARKS, MINES, ELDER, STORAGE, WATER, FOREST})


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


EN_OVER_ZH_FC10: list[dict] = [
    _item(
        "How much new wind and solar capacity a year should China's grid be able to take on "
        "by 2030 under the new guidance on renewable integration?",
        ABSORB,
        "满足全国每年新增2亿千瓦以上新能源合理消纳需求",
        "2亿千瓦",
        "amount",
    ),
    _item(
        "What share of new cars sold in China in October 2025 were electric or plug-in hybrids?",
        ABSORB,
        "达到51.6%",
        "51.6%",
        "share",
    ),
    _item(
        "How many top-tier digital industrial parks does the industry ministry want built "
        "across China by 2027?",
        PARKS,
        "全国建成200个左右高标准数字园区",
        "200个",
        "count",
    ),
    _item(
        "How many EV charging points did China have at the end of October 2025?",
        PARKS,
        "充电基础设施总数达到1864.5万个",
        "1864.5万个",
        "count",
    ),
    _item(
        "By the end of 2028, what share of China's large operating mines must meet the "
        "green-mine standard?",
        MINES,
        "在产的90%大型矿山",
        "90%",
        "share",
    ),
    _item(
        "How much electricity did China consume in October 2025?",
        MINES,
        "全社会用电量8572亿千瓦时",
        "8572亿千瓦时",
        "amount",
    ),
    _item(
        "What family-doctor coverage must China reach by the end of 2027 for frail and "
        "disabled elderly people?",
        ELDER,
        "家庭医生签约覆盖率不低于80%",
        "80%",
        "share",
    ),
    _item(
        "How much water has the middle route of the South-North water transfer project "
        "delivered to Beijing, Tianjin, Hebei and Henan so far?",
        ELDER,
        "已向京津冀豫四省市供水730亿立方米",
        "730亿立方米",
        "amount",
    ),
    _item(
        "What share of the world's installed new-type energy storage is in China?",
        STORAGE,
        "装机规模占全球总装机比例超过40%",
        "40%",
        "share",
    ),
    _item(
        "How large was the sovereign dollar bond the Finance Ministry sold in Hong Kong in "
        "November 2025?",
        STORAGE,
        "财政部在香港发行40亿美元主权债券",
        "40亿美元",
        "amount",
    ),
    _item(
        "How much recycled wastewater was China reusing by the end of 2024?",
        WATER,
        "我国再生水利用量达到212亿立方米",
        "212亿立方米",
        "amount",
    ),
    _item(
        "What irrigation water efficiency coefficient had China reached by the end of the "
        "14th five-year plan?",
        WATER,
        "灌溉水有效利用系数从0.565提高到0.580",
        "0.580",
        "other",
    ),
    _item(
        "By how much should timber stock per hectare on state-owned forest farms rise by 2030?",
        FOREST,
        "单位面积森林蓄积量提高约5%",
        "5%",
        "share",
    ),
]

ZH_FC10: list[dict] = [
    _item(
        "今年1到10月，卖到国外的新能源车有多少辆？",
        ABSORB,
        "新能源汽车出口201.4万辆",
        "201.4万辆",
        "count",
    ),
    _item(
        "甘肃武威那段750千伏的线路一共要立多少座铁塔？",
        ABSORB,
        "新建铁塔504座",
        "504座",
        "count",
    ),
    _item(
        "按新出的意见，中小学生每天至少要运动多久？",
        PARKS,
        "中小学每天体育活动不少于2小时",
        "2小时",
        "other",
    ),
    _item(
        "今年前10个月我们跟东盟之间买卖吃的东西一共多少钱？",
        PARKS,
        "农食产品贸易额达到513亿美元",
        "513亿美元",
        "amount",
    ),
    _item(
        "现在全国一共有多少座国家级的绿色矿山？",
        MINES,
        "全国已建成1054家国家级绿色矿山",
        "1054家",
        "count",
    ),
    _item(
        "海南那个核电站给工厂送蒸汽，一小时最多能送多少？",
        MINES,
        "最大供汽能力达每小时50吨",
        "50吨",
        "amount",
    ),
    _item(
        "全国失去自理能力的老人大概有多少？",
        ELDER,
        "我国4500万失能老人",
        "4500万",
        "count",
    ),
    _item(
        "安吉那个烧天然气的电厂一年最多能发多少电？",
        ELDER,
        "最高可实现全年发电量约70亿度",
        "70亿度",
        "amount",
    ),
    _item(
        "西北地区的新型储能装机占全国的多少？",
        STORAGE,
        "占到全国的26.1%",
        "26.1%",
        "share",
    ),
    _item(
        "今年1到10月国家一共收了多少财政收入？",
        WATER,
        "全国财政收入18.65万亿元",
        "18.65万亿元",
        "amount",
    ),
    _item(
        "西安到延安的高铁正线有多长？",
        WATER,
        "西延高铁正线全长299.8公里",
        "299.8公里",
        "other",
    ),
    _item(
        "山东招远那个核电站全部建好以后，能管多少人一年的用电？",
        FOREST,
        "满足500万人口的生产生活年度用电需求",
        "500万",
        "count",
    ),
]

ZH_UNANSWERABLE_FC10: list[dict] = [
    _near(
        "促进新能源消纳的指导意见要求到2030年新型储能装机达到多少千瓦？",
        ABSORB,
        "the opinion gives only a yearly absorption amount; storage figures elsewhere are statistics",
    ),
    _near(
        "高标准数字园区建设指南给每个园区补助多少资金？",
        PARKS,
        "the guide's aims are a park count and two coverage shares; no money is named",
    ),
    _near(
        "到2028年底，小型矿山要有多大比例达到绿色矿山标准？",
        MINES,
        "the 2028 aims cover large and medium mines only",
    ),
    _near(
        "医养结合促进行动要求到2027年新培养多少名养老护理员？",
        ELDER,
        "50万 is the present number of certified carers; no training figure is set",
    ),
    _near(
        "“十四五”期间农业节水一共省下了多少立方米水？",
        WATER,
        "only the irrigation coefficient, the industry market size and reuse volumes are given",
    ),
    _near(
        "现代化国有林场的意见要求到2030年森林覆盖率达到多少？",
        FOREST,
        "the opinion's one figure is a per-area stock rise of about 5%",
    ),
]
