"""A seventh first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about six published Chinese texts that no other Chinese question set
uses: the 2022 national scheme for cutting pollution and carbon together (kept in
``../unseen13b/zh``), a 2021 news report on the national ecology and environment bulletin
for 2020 (``../unseen9e/zh``), and four Shanghai texts: the grain-depot rooftop solar
scheme, the zero-carbon park work plan, the transport solar scheme and a district's
renewables action plan (``../unseen11b/zh``). Give the three folders to
``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from the
folders named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC7: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("recycled aluminium", "grain warehouses").
- ZH_FC7: Chinese questions in everyday wording (庄稼吸收, 每天能处理, 起码多大), not the
  document's terms.
- ZH_UNANSWERABLE_FC7: Chinese near-misses: each names something a document covers but
  asks for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

SYNERGY = "cn_pollution_carbon_synergy_scheme_2022"
BULLETIN = "cn_eco_bulletin_news_2021"
GRAIN = "sh_grain_depot_pv_plan_2025"
PARKS = "sh_zero_carbon_parks_plan_2026"
TRANSPORT = "sh_transport_pv_plan_2023"
HUANGPU = "sh_huangpu_renewables_action_2025"
# Documents outside ../shared, read from these folders beside the checkout (their zh/).
DOC_FOLDERS = ("unseen13b", "unseen9e", "unseen11b")
OUTSIDE_SHARED = frozenset({SYNERGY, BULLETIN, GRAIN, PARKS, TRANSPORT, HUANGPU})


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


EN_OVER_ZH_FC7: list[dict] = [
    _item(
        "By 2030, what share of new car sales in China's key air-pollution regions should be new-energy vehicles?",
        SYNERGY,
        "新能源汽车新车销售量达到汽车新车销售量的50%左右",
        "50%",
        "share",
    ),
    _item(
        "How much recycled aluminium should China produce in 2025 under its plan to cut pollution and carbon together?",
        SYNERGY,
        "2025年再生铝产量达到1150万吨",
        "1150万吨",
        "amount",
    ),
    _item(
        "What share of the power used to smelt primary aluminium in China should be renewable by 2030?",
        SYNERGY,
        "2030年电解铝使用可再生能源比例提高至30%以上",
        "30%",
        "share",
    ),
    _item(
        "What reuse rate for newly generated bulk industrial waste such as fly ash and coal gangue does China want by 2025?",
        SYNERGY,
        "新增大宗固废综合利用率达到60%",
        "60%",
        "share",
    ),
    _item(
        "How much energy did China consume in total in 2020, in tonnes of standard coal, according to the environment bulletin?",
        BULLETIN,
        "2020年全国能源消费总量49.8亿吨标准煤",
        "49.8亿吨",
        "amount",
    ),
    _item(
        "On average, what share of days had good air across China's 337 larger cities in 2020?",
        BULLETIN,
        "全国337个地级及以上城市平均优良天数比例为87.0%",
        "87.0%",
        "share",
    ),
    _item(
        "How much solar capacity on the roofs of grain warehouses does Shanghai want by 2027?",
        GRAIN,
        "市内仓顶光伏装机容量1.5万千瓦以上",
        "1.5万千瓦",
        "amount",
    ),
    _item(
        "How much usable roof area must a Shanghai grain depot have to qualify for a solar project?",
        GRAIN,
        "单个库区可利用屋面总面积1500平方米以上",
        "1500平方米",
        "amount",
    ),
    _item(
        "What is the longest a city-level zero-carbon park in Shanghai should take to build?",
        PARKS,
        "原则上不超过5年",
        "5年",
        "other",
    ),
    _item(
        "What new solar capacity is Shanghai's transport sector sure to add by 2025 at the least?",
        TRANSPORT,
        "新增光伏装机容量确保达到120MW",
        "120MW",
        "amount",
    ),
]

ZH_FC7: list[dict] = [
    _item(
        "到2025年，种粮食用的化肥农药，能被庄稼真正用上的比例要提到多少？",
        SYNERGY,
        "三大粮食作物化肥、农药利用率均提高到43%",
        "43%",
        "share",
    ),
    _item(
        "用电炉子炼的钢，2025年要占全部炼钢的多少？",
        SYNERGY,
        "全国短流程炼钢占比分别提升至15%、20%以上",
        "15%",
        "share",
    ),
    _item(
        "2020年全国城市的生活垃圾每天能安全处理掉多少吨？",
        BULLETIN,
        "全国城市生活垃圾无害化处理能力89.77万吨/日",
        "89.77万吨",
        "amount",
    ),
    _item(
        "2020年全国河湖里水质算好的监测点占了多少？",
        BULLETIN,
        "全国地表水国控断面水质优良（Ⅰ~Ⅲ类）断面比例为83.4%",
        "83.4%",
        "share",
    ),
    _item(
        "跟2015年比，2020年每块钱GDP排的二氧化碳少了多少？",
        BULLETIN,
        "比2015年下降18.8%",
        "18.8%",
        "share",
    ),
    _item(
        "上海新盖的粮仓，屋顶要有多少铺上太阳能板？",
        GRAIN,
        "新建平房仓、楼房仓等屋顶光伏覆盖率达到50%以上",
        "50%",
        "share",
    ),
    _item(
        "在上海想评零碳的工厂园区，一年起码要用掉多少能源？",
        PARKS,
        "零碳工业园区建成期的年综合能耗原则上应不小于5万吨标准煤",
        "5万吨标准煤",
        "amount",
    ),
    _item(
        "搞仓储物流的园区要申请零碳园区，仓库面积起码多大？",
        PARKS,
        "库容面积原则上应不小于2万平方米",
        "2万平方米",
        "amount",
    ),
    _item(
        "上海交通这块到2025年新装的光伏，努把力争取能到多少？",
        TRANSPORT,
        "力争达到180MW",
        "180MW",
        "amount",
    ),
    _item(
        "黄浦区新盖的机关办公楼和学校，屋顶要铺多大比例的太阳能板？",
        HUANGPU,
        "新建机关办公建筑和教育建筑屋顶安装太阳能光伏面积比例不低于50%",
        "50%",
        "share",
    ),
]

ZH_UNANSWERABLE_FC7: list[dict] = [
    _near(
        "减污降碳方案要求2025年城市污水再生利用率达到多少？",
        SYNERGY,
        "wastewater reuse is promoted throughout, with no rate stated",
    ),
    _near(
        "减污降碳方案要求到2025年建成多少个减污降碳协同创新试点城市？",
        SYNERGY,
        "city pilots are to be explored, with no number",
    ),
    _near(
        "2020年全国近岸海域优良水质面积比例是多少？",
        BULLETIN,
        "the report describes the sea only in words, with no share",
    ),
    _near(
        "上海粮仓光伏项目每千瓦能拿到多少元补贴？",
        GRAIN,
        "funding support is named without any amount",
    ),
    _near(
        "上海到2030年要建成多少个零碳园区？",
        PARKS,
        "the plan speaks of a batch of parks, with no count",
    ),
    _near(
        "上海交通领域到2035年光伏装机要达到多少兆瓦？",
        TRANSPORT,
        "the 2035 aim is stated in words only",
    ),
    _near(
        "黄浦区到2025年可再生能源装机容量要达到多少万千瓦？",
        HUANGPU,
        "the district plan sets roof shares and tasks but no capacity",
    ),
]
