"""A thirteenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about nine published Chinese texts that no other question set uses: items
of nine days' national evening news (新闻联播, August 2021 to May 2022), archived one HTML file
per day in a repository no earlier set used: a central opinion on biodiversity with 2025 and
2035 aims, a forest and grassland plan, a water-network plan, brief items with three
equipment-industry plans, a feature on the energy transition (statistics only), a year-end
feature on green development, a report on renewable projects under construction, and two runs
of brief items (a pumped-storage plant, a weather plan and an airport's capacity).
They are kept in ``../unseen11i/zh`` (the zh_fresh9 texts and four more); give that folder to
``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from the folder
named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC13: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("timber volume", "piped tap water", "pumped hydro plant"),
  not a translation of the clause.
- ZH_FC13: Chinese questions in everyday wording (花了多少钱, 动工了几项, 每天能送多少电),
  not the document's terms.
- ZH_UNANSWERABLE_FC13: Chinese near-misses: each names something a document covers but asks
  for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

BIODIVERSITY = "cn_biodiversity_opinion_news_2021"
FORESTRY = "cn_forestry_grassland_plan_news_2021"
WATER = "cn_water_network_news_2022"
EQUIPMENT = "cn_equipment_plans_briefs_2021"
ENERGY = "cn_energy_revolution_news_2022"
GREEN = "cn_green_development_news_2021"
RENEWABLES = "cn_renewables_buildout_news_2022"
PUMPED = "cn_briefs_pumped_storage_2022"
WEATHER = "cn_briefs_weather_airport_2021"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11i",)
OUTSIDE_SHARED = frozenset(
    {BIODIVERSITY, FORESTRY, WATER, EQUIPMENT, ENERGY, GREEN, RENEWABLES, PUMPED, WEATHER}
)


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


EN_OVER_ZH_FC13: list[dict] = [
    _item(
        "What share of China's land is meant to sit inside protected areas by 2025 under the "
        "biodiversity guidelines?",
        BIODIVERSITY,
        "以国家公园为主体的自然保护地占陆域国土面积的18%左右",
        "18%",
        "share",
    ),
    _item(
        "How much of the coastline has to stay natural by the middle of the decade?",
        BIODIVERSITY,
        "自然海岸线保有率不低于35%",
        "35%",
        "share",
    ),
    _item(
        "What timber volume should China's forests hold by 2025?",
        FORESTRY,
        "森林蓄积量达到190亿立方米",
        "190亿立方米",
        "amount",
    ),
    _item(
        "How much land is to be planted or greened across the country over the 2021-2025 "
        "five-year plan?",
        FORESTRY,
        "全国规划完成5亿亩国土绿化任务",
        "5亿亩",
        "amount",
    ),
    _item(
        "How much extra water supply capacity is China adding by 2025?",
        WATER,
        "新增供水能力290亿立方米",
        "290亿立方米",
        "amount",
    ),
    _item(
        "What share of villagers should have piped tap water by the end of 2022?",
        WATER,
        "全国农村自来水普及率达到85%",
        "85%",
        "share",
    ),
    _item(
        "How quickly should sales of the robotics industry grow each year over the five-year plan?",
        EQUIPMENT,
        "机器人产业营业收入年均增速超过20%",
        "20%",
        "share",
    ),
    _item(
        "How much gas does the West-East pipeline system now move in a year?",
        EQUIPMENT,
        "西气东输管道系统年输气量今天（12月28日）突破1000亿立方米",
        "1000亿立方米",
        "amount",
    ),
    _item(
        "How big a part of China's energy use did coal make up in 2021?",
        ENERGY,
        "煤炭消费比重从2012年的68.5%下降到2021年的56%",
        "56%",
        "share",
    ),
    _item(
        "How much renewable generating capacity was installed in China by late 2021?",
        GREEN,
        "可再生能源发电累计装机容量突破10亿千瓦大关",
        "10亿千瓦",
        "amount",
    ),
    _item(
        "How much clean power a year will the large wind farm being built in Inner Mongolia "
        "send to the Beijing-Tianjin-Hebei region?",
        RENEWABLES,
        "每年可为京津冀地区提供超过50亿度清洁电能",
        "50亿度",
        "amount",
    ),
    _item(
        "How much electricity will East China's biggest pumped hydro plant generate in a year?",
        PUMPED,
        "全部机组投产后年发电量可达24.35亿千瓦时",
        "24.35亿千瓦时",
        "amount",
    ),
    _item(
        "How accurate should next-day rain forecasts be by 2025 under the weather service plan?",
        WEATHER,
        "24小时晴雨预报准确率提升到90%",
        "90%",
        "share",
    ),
    _item(
        "How many passengers a year should Haikou's airport be able to handle by 2025?",
        WEATHER,
        "可满足年旅客吞吐量3500万人次",
        "3500万人次",
        "count",
    ),
]

ZH_FC13: list[dict] = [
    _item(
        "到2035年草原上的草要盖住多大比例的地面？",
        BIODIVERSITY,
        "草原综合植被盖度达到60%",
        "60%",
        "share",
    ),
    _item(
        "国家重点保护的野生动植物，到2025年要保护住多大比例的物种？",
        BIODIVERSITY,
        "国家重点保护野生动植物物种数保护率达到77%",
        "77%",
        "share",
    ),
    _item(
        "2021年国家在水利建设上一共花了多少钱？",
        WATER,
        "2021年我国共完成水利建设投资7576亿元",
        "7576亿元",
        "amount",
    ),
    _item(
        "国家定的那150项大型水利工程已经动工了几项？",
        WATER,
        "国家确定的150项重大水利工程累计开工62项",
        "62项",
        "count",
    ),
    _item(
        "2021年大学毕业的学生一共有多少人？",
        EQUIPMENT,
        "2021届高校毕业生规模909万人",
        "909万人",
        "count",
    ),
    _item(
        "现在天然气在我国用的能源里占多少？",
        EQUIPMENT,
        "促进天然气在我国一次能源消费结构中的比例由2003年的2.4%提高至8.4%",
        "8.4%",
        "share",
    ),
    _item(
        "酒泉戈壁上的风电每天能往中东部送多少电？",
        ENERGY,
        "每天近9000万度绿色电能源源不断地输送到我国中东部地区",
        "9000万度",
        "amount",
    ),
    _item(
        "目前全国一共有多少个自然保护地？",
        GREEN,
        "1.18万个自然保护地",
        "1.18万个",
        "count",
    ),
    _item(
        "长龙山抽水蓄能电站一共装了几台机组？",
        PUMPED,
        "电站共设计安装6台350兆瓦抽水蓄能机组",
        "6台",
        "count",
    ),
    _item(
        "到2025年暴雨预警要做到多准？",
        WEATHER,
        "暴雨预警信号准确率提升到92%",
        "92%",
        "share",
    ),
    _item(
        "海口美兰机场到2025年一年能运多少货？",
        WEATHER,
        "年货邮吞吐量40万吨",
        "40万吨",
        "amount",
    ),
]

ZH_UNANSWERABLE_FC13: list[dict] = [
    _near(
        "到2025年全国湿地面积要达到多少公顷？",
        FORESTRY,
        "the plan gives a wetland protection rate (55%), not an area",
    ),
    _near(
        "“十四五”期间国家水网建设一共要投资多少钱？",
        WATER,
        "only 2021's water investment is given, with a 2025 supply capacity",
    ),
    _near(
        "到2025年医疗装备产业的营业收入要达到多少？",
        EQUIPMENT,
        "the medical equipment aim has no figure; the revenue growth rate is the robot industry's",
    ),
    _near(
        "到2030年我国可再生能源发电装机要达到多少千瓦？",
        GREEN,
        "the feature gives the capacity at the end of November 2021, no aim for 2030",
    ),
    _near(
        "七大陆上新能源基地到2025年总装机要达到多少千瓦？",
        RENEWABLES,
        "the bases are named with no capacity and no year",
    ),
    _near(
        "长龙山抽水蓄能电站一共投资了多少钱？",
        PUMPED,
        "the item gives units, unit size and yearly output, not a cost",
    ),
]
