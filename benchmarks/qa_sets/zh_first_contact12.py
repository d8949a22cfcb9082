"""A twelfth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about seven published Chinese texts that no other question set uses: items
of seven days' national evening news (新闻联播, January to April 2026), archived one JSON file
per day in a repository no earlier set used (MIT licence): a province's energy plan for 2030,
a national feature on the energy system ending in two 2030 shares, a State Council action plan
for solid waste, brief items with a grid company's pumped-storage plan, brief items of
statistics only, a feature on tree planting with 2030 forest aims, and a report on hydrogen.
They are kept in ``../unseen11h/zh`` (the zh_fresh8 texts and two more); give that folder to
``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from the folder
named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC12: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("battery and other storage", "scrap metal, paper",
  "standing timber"), not a translation of the clause.
- ZH_FC12: Chinese questions in everyday wording (电动车充电, 种多少亩树, 一年能发多少电),
  not the document's terms.
- ZH_UNANSWERABLE_FC12: Chinese near-misses: each names something a document covers but asks
  for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

SHANDONG = "cn_shandong_energy_news_2026"
SYSTEM = "cn_energy_system_news_2026"
WASTE = "cn_solid_waste_news_2026"
PUMPED = "cn_pumped_storage_news_2026"
STATS = "cn_power_capacity_stats_news_2026"
FOREST = "cn_forest_greening_news_2026"
HYDROGEN = "cn_hydrogen_news_2026"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11h",)
OUTSIDE_SHARED = frozenset({SHANDONG, SYSTEM, WASTE, PUMPED, STATS, FOREST, HYDROGEN})


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


EN_OVER_ZH_FC12: list[dict] = [
    _item(
        "How much clean, non-fossil generating capacity does Shandong plan to have installed "
        "by 2030?",
        SHANDONG,
        "山东非化石能源发电装机达到2亿千瓦",
        "2亿千瓦",
        "amount",
    ),
    _item(
        "How much battery and other storage does Shandong want in place by the end of the decade?",
        SHANDONG,
        "储能设施规模达到4000万千瓦左右",
        "4000万千瓦",
        "amount",
    ),
    _item(
        "How much electricity should Shandong be bringing in from other provinces by 2030?",
        SHANDONG,
        "接纳省外电量2000亿千瓦时以上",
        "2000亿千瓦时",
        "amount",
    ),
    _item(
        "How many kinds of minerals does Guizhou have reserves of that rank near the top in China?",
        SHANDONG,
        "煤、磷、铝等67种矿产储量位居全国前列",
        "67种",
        "count",
    ),
    _item(
        "What share of China's energy use should come from non-fossil sources by 2030 under "
        "the new five-year plan?",
        SYSTEM,
        "非化石能源占能源消费总量比重达到25%",
        "25%",
        "share",
    ),
    _item(
        "How much new wind and solar capacity is China going to add each year over the next "
        "five years?",
        SYSTEM,
        "风光新能源发电装机年均新增2亿千瓦",
        "2亿千瓦",
        "amount",
    ),
    _item(
        "How much money is expected to go into China's power grid over 2026-2030?",
        SYSTEM,
        "电网投资预计超过5万亿元",
        "5万亿元",
        "amount",
    ),
    _item(
        "How much industrial and other bulk solid waste should China be reusing every year "
        "by 2030?",
        WASTE,
        "大宗固体废弃物年综合利用量达到45亿吨",
        "45亿吨",
        "amount",
    ),
    _item(
        "What yearly recycling volume for scrap metal, paper and other secondary materials "
        "is China aiming at for 2030?",
        WASTE,
        "主要再生资源年循环利用量达到5.1亿吨",
        "5.1亿吨",
        "amount",
    ),
    _item(
        "How much pumped hydro storage will State Grid have running or being built by 2030?",
        PUMPED,
        "在运在建抽水蓄能装机容量将超过1.2亿千瓦",
        "1.2亿千瓦",
        "amount",
    ),
    _item(
        "How many passengers a year is Guangzhou's new airport designed to handle?",
        PUMPED,
        "年旅客吞吐量可达3000万人次",
        "3000万人次",
        "count",
    ),
    _item(
        "How much power generating capacity did China have in total at the end of 2025?",
        STATS,
        "全国累计发电装机容量38.9亿千瓦",
        "38.9亿千瓦",
        "amount",
    ),
    _item(
        "How much standing timber should China's forests hold by 2030?",
        FOREST,
        "我国森林蓄积量达到224亿立方米",
        "224亿立方米",
        "amount",
    ),
    _item(
        "How many hydrogen fuel-cell vehicles does China hope to have on the road by 2030?",
        HYDROGEN,
        "力争达到10万辆",
        "10万辆",
        "count",
    ),
]

ZH_FC12: list[dict] = [
    _item(
        "清明放假头两天，电动车充电比去年多了多少？",
        SYSTEM,
        "新能源汽车充电量分别比去年同期增长30%左右",
        "30%",
        "share",
    ),
    _item(
        "雅砻江那个水风光基地全建好以后一年能发多少电？",
        SYSTEM,
        "每年可提供2000亿度清洁电能",
        "2000亿度",
        "amount",
    ),
    _item(
        "今年头三个月电网一共投了多少钱？",
        SYSTEM,
        "前三个月投资总额已超1600亿元",
        "1600亿元",
        "amount",
    ),
    _item(
        "国家电网这五年要新开工多少抽水蓄能？",
        PUMPED,
        "规划新开工抽水蓄能装机容量超3000万千瓦",
        "3000万千瓦",
        "amount",
    ),
    _item(
        "去年新评上的绿色工厂有多少家？",
        PUMPED,
        "2025年，我国新培育绿色工厂2038家",
        "2038家",
        "count",
    ),
    _item(
        "成都坐高铁到万州以后要多久？",
        PUMPED,
        "压缩至1个半小时左右",
        "1个半小时",
        "other",
    ),
    _item(
        "去年冷链物流一共运了多少货？",
        STATS,
        "我国冷链物流需求总量为3.814亿吨",
        "3.814亿吨",
        "amount",
    ),
    _item(
        "去年中国和英国之间买卖货物一共多少钱？",
        STATS,
        "中国与英国双边货物贸易额达1037亿美元",
        "1037亿美元",
        "amount",
    ),
    _item(
        "今年全国打算种多少亩树？",
        FOREST,
        "今年，我国计划完成国土绿化任务1亿亩",
        "1亿亩",
        "amount",
    ),
    _item(
        "三北地区到2030年树和草要盖住多大比例的地？",
        FOREST,
        "“三北”工程区林草覆盖率达到40.9%",
        "40.9%",
        "share",
    ),
    _item(
        "现在全国一共有多少个加氢站？",
        HYDROGEN,
        "我国已建成加氢站574座",
        "574座",
        "count",
    ),
]

ZH_UNANSWERABLE_FC12: list[dict] = [
    _near(
        "到2030年山东的海上风电装机要达到多少千瓦？",
        SHANDONG,
        "Shandong's 2030 figures are all non-fossil capacity, storage and power received",
    ),
    _near(
        "固体废物综合治理行动计划要求到2030年建筑垃圾资源化利用率达到多少？",
        WASTE,
        "the plan's figures are bulk waste used and resources recycled, in tonnes",
    ),
    _near(
        "广州新机场总投资是多少钱？",
        PUMPED,
        "the item gives the terminal's area, runways, stands and capacity, not a cost",
    ),
    _near(
        "到2030年全国要建成多少座加氢站？",
        HYDROGEN,
        "574 stations are built now; the 2030 aim is a fleet of fuel-cell vehicles",
    ),
    _near(
        "“十五五”期间要新建多少台核电机组？",
        SYSTEM,
        "the feature speaks of nuclear power with no count of units",
    ),
    _near(
        "2025年底全国风电装机容量是多少千瓦？",
        STATS,
        "only the growth of wind capacity (22.9%) and the total of all capacity are given",
    ),
]
