"""An eleventh first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about eight published Chinese texts that no other question set uses: items
of eight days' national evening news (新闻联播, June 2026), archived one JSON file per day in a
repository no earlier set used: a heavy-truck scheme and rail-tourism measures beside bay
statistics, an energy-saving campaign for nine industries beside harvest and port figures,
a provincial non-fossil floor and a logistics report beside trade statistics, a
platform-economy action plan beside rail-freight and power-use statistics, aims for public
institutions beside crossing statistics, relief funds and free-trade-port statistics (no
aim), an intermodal-freight action plan, and air-quality statistics beside a public-action
plan. They are kept in ``../unseen11g/zh`` (the zh_fresh7 texts and two more); give that
folder to ``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from the
folder named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC11: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("electric lorries", "government buildings", "boxes",
  "change trains within an hour"), not a translation of the clause.
- ZH_FC11: Chinese questions in everyday wording (在路上跑, 卖到, 一年能发多少电), not the
  document's terms.
- ZH_UNANSWERABLE_FC11: Chinese near-misses: each names something a document covers but asks
  for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

TRUCKS = "cn_new_energy_trucks_news_2026"
SAVING = "cn_industry_energy_saving_news_2026"
YUNNAN = "cn_yunnan_green_power_news_2026"
PLATFORM = "cn_platform_economy_news_2026"
PUBLIC = "cn_public_institutions_carbon_news_2026"
FUNDS = "cn_disaster_funds_stats_news_2026"
FREIGHT = "cn_multimodal_transport_news_2026"
AIR = "cn_air_quality_news_2026"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11g",)
OUTSIDE_SHARED = frozenset({TRUCKS, SAVING, YUNNAN, PLATFORM, PUBLIC, FUNDS, FREIGHT, AIR})


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


EN_OVER_ZH_FC11: list[dict] = [
    _item(
        "What market share are electric and other zero-emission heavy lorries expected to "
        "reach in China by 2030?",
        TRUCKS,
        "新能源重卡渗透率将达到40%",
        "40%",
        "share",
    ),
    _item(
        "How many dedicated tourist train sets does China want running by the end of the decade?",
        TRUCKS,
        "打造160列以上铁路旅游列车专用车组",
        "160列",
        "count",
    ),
    _item(
        "How many Chinese bays now have clean water across their entire area?",
        TRUCKS,
        "117个海湾实现全域优良水质",
        "117个",
        "count",
    ),
    _item(
        "How much energy are steel, aluminium, cement, coal power and the other heavy sectors "
        "meant to save by the end of 2028 under China's retrofit drive?",
        SAVING,
        "九大重点行业累计节能量超1亿吨标准煤",
        "1亿吨标准煤",
        "amount",
    ),
    _item(
        "How many foreign-trade boxes did Shenzhen port handle from January to May 2026?",
        SAVING,
        "深圳港外贸集装箱吞吐量达1432.3万标箱",
        "1432.3万标箱",
        "amount",
    ),
    _item(
        "What minimum share of its energy does Yunnan aim to get from non-fossil sources by 2030?",
        YUNNAN,
        "非化石能源占能源消费总量比重不低于46%",
        "46%",
        "share",
    ),
    _item(
        "How much could China's freight and logistics bill shrink by 2027 as the new "
        "logistics network is built?",
        YUNNAN,
        "全社会物流总费用预计将节省近千亿元",
        "近千亿元",
        "amount",
    ),
    _item(
        "How many pilot schemes for opening up online platforms' resources to manufacturers "
        "does the 2026-2028 plan call for?",
        PLATFORM,
        "遴选不少于100个平台资源开放场景试点项目",
        "100个",
        "count",
    ),
    _item(
        "What was China's total power consumption in May 2026?",
        PLATFORM,
        "全社会用电量8671亿千瓦时",
        "8671亿千瓦时",
        "amount",
    ),
    _item(
        "By how much should government buildings cut their carbon emissions per square metre "
        "by 2030?",
        PUBLIC,
        "全国公共机构单位建筑面积碳排放将力争下降8.5%",
        "8.5%",
        "share",
    ),
    _item(
        "What did the Datengxia dam and hydro complex in Guangxi cost in total?",
        FUNDS,
        "工程总投资357.36亿元",
        "357.36亿元",
        "amount",
    ),
    _item(
        "What share of freight should be able to change transport mode within an hour at "
        "China's main cargo hubs by 2030?",
        FREIGHT,
        "1小时换装率超过90%",
        "90%",
        "share",
    ),
    _item(
        "What share of days had good air in Chinese cities in May 2026?",
        AIR,
        "平均空气质量优良天数比例达91.1%",
        "91.1%",
        "share",
    ),
]

ZH_FC11: list[dict] = [
    _item(
        "到2030年路上跑的新能源重卡要有多少辆？",
        TRUCKS,
        "保有量突破160万辆",
        "160万辆",
        "count",
    ),
    _item(
        "河南今年一共收了多少亩冬小麦？",
        SAVING,
        "8500多万亩冬小麦已全部收获完成",
        "8500",
        "amount",
    ),
    _item(
        "金沙江上那个拉哇水电站建好以后一年大概能发多少电？",
        SAVING,
        "年均发电量约90亿度",
        "90亿度",
        "amount",
    ),
    _item(
        "云南姚安那个光伏项目打算建多大的电站？",
        YUNNAN,
        "规划建设60兆瓦光伏电站",
        "60兆瓦",
        "amount",
    ),
    _item(
        "中欧班列现在能开到欧洲多少个城市？",
        PLATFORM,
        "通达欧洲26个国家236个城市",
        "236个",
        "count",
    ),
    _item(
        "大渡河金川水电站一共能装多大的机组？",
        PLATFORM,
        "电站总装机容量86万千瓦",
        "86万千瓦",
        "amount",
    ),
    _item(
        "今年端午三天进出国境的一共有多少人次？",
        PUBLIC,
        "共计666.7万人次中外人员出入境",
        "666.7万人次",
        "count",
    ),
    _item(
        "广州到肇庆那条高速扩建的路有多长？",
        PUBLIC,
        "广州至肇庆高速改扩建项目全长51.1公里",
        "51.1公里",
        "other",
    ),
    _item(
        "海南封关以后按零关税进来的货值多少钱？",
        FUNDS,
        "政策进口货物26.45亿元",
        "26.45亿元",
        "amount",
    ),
    _item(
        "长江上的主要港口要做到火车能直接开进港的比例是多少？",
        FREIGHT,
        "长江干线主要港口实现铁路进港率100%",
        "100%",
        "share",
    ),
    _item(
        "今年5月全国城市的PM2.5平均是多少？",
        AIR,
        "PM2.5平均浓度19.1微克/立方米",
        "19.1",
        "other",
    ),
]

ZH_UNANSWERABLE_FC11: list[dict] = [
    _near(
        "新能源重卡规模化应用实施方案要求到2030年建成多少座充换电站？",
        TRUCKS,
        "the scheme's figures are a penetration share, a fleet size and a fleet share",
    ),
    _near(
        "重点行业节能降碳改造攻坚行动给每家企业补贴多少钱？",
        SAVING,
        "the campaign gives energy saved and CO2 cut; no money is named",
    ),
    _near(
        "到2030年云南的风电装机要达到多少千瓦？",
        YUNNAN,
        "Yunnan's one figure is a non-fossil share; 60兆瓦 is one solar project's size",
    ),
    _near(
        "平台经济行动方案要求到2028年培育多少家制造业单项冠军企业？",
        PLATFORM,
        "the plan says 一批 champions; its only figure is the pilot-project count",
    ),
    _near(
        "到2030年全国公共机构人均综合能耗要下降多少？",
        PUBLIC,
        "the 2030 aims are per unit of floor area only, not per person",
    ),
    _near(
        "美丽中国建设全民行动促进计划要求到2030年公众生态文明素养达标率达到多少？",
        AIR,
        "the plan gives a count of measures and aims with no figure",
    ),
]
