"""A ninth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about five published Chinese texts that no other question set uses:
items of five days' national evening-news transcripts (新闻联播; 2017, 2021, 2021, 2022,
2024), each a report of a national plan or opinion (the carbon-neutrality opinion, the
pollution opinion, the thirteenth five-year energy-saving scheme and energy plan, the
2024-2025 energy-saving action plan) or of water and farm-supply statistics, kept with the
items beside it. They are kept in ``../unseen11e/zh`` (the zh_fresh5 texts and one more);
give that folder to ``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads
them from the folder named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC9: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("bring online", "coming decade", "the IMF").
- ZH_FC9: Chinese questions in everyday wording (树木一共要长到, 寄了多少件快递, 用上了自来水),
  not the document's terms; several ask for one of two figures given side by side.
- ZH_UNANSWERABLE_FC9: Chinese near-misses: each names something a document covers but
  asks for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

NEUTRAL = "cn_carbon_neutrality_opinion_news_2021"
POLLUTION = "cn_pollution_opinion_news_2021"
ENERGY13 = "cn_energy_13fyp_news_2017"
ACTION24 = "cn_energy_saving_action_news_2024"
WATER = "cn_water_security_news_2022"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11e",)
OUTSIDE_SHARED = frozenset({NEUTRAL, POLLUTION, ENERGY13, ACTION24, WATER})


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


EN_OVER_ZH_FC9: list[dict] = [
    _item(
        "By 2025, how much of China's land should be covered by forest under its carbon "
        "peaking and neutrality opinion?",
        NEUTRAL,
        "森林覆盖率达到24.1%",
        "24.1%",
        "share",
    ),
    _item(
        "What share of China's energy should come from non-fossil sources once carbon "
        "neutrality is reached around 2060?",
        NEUTRAL,
        "非化石能源消费比重达到80%以上",
        "80%",
        "share",
    ),
    _item(
        "How much pumped hydro storage does China Southern Grid plan to bring online over "
        "the coming decade?",
        NEUTRAL,
        "计划未来十年投产2100万千瓦抽水蓄能电站",
        "2100万千瓦",
        "amount",
    ),
    _item(
        "What share of days should have good air quality by 2025 under China's opinion on "
        "fighting pollution?",
        POLLUTION,
        "空气质量优良天数比率达到87.5%",
        "87.5%",
        "share",
    ),
    _item(
        "By how much should fine particulate levels in Chinese cities fall by 2025?",
        POLLUTION,
        "细颗粒物（PM2.5）浓度下降10%",
        "10%",
        "share",
    ),
    _item(
        "How large were China's foreign exchange reserves at the end of October 2021?",
        POLLUTION,
        "我国外汇储备规模为32176亿美元",
        "32176亿美元",
        "amount",
    ),
    _item(
        "What ceiling did China's energy-saving scheme for 2016-2020 put on total energy "
        "consumption?",
        ENERGY13,
        "能源消费总量控制在50亿吨标准煤以内",
        "50亿吨标准煤",
        "amount",
    ),
    _item(
        "At most what share of China's energy mix should coal be by the end of the 13th "
        "five-year plan?",
        ENERGY13,
        "煤炭消费比重降低到58%以下",
        "58%",
        "share",
    ),
    _item(
        "How much renewable generating capacity was China to add each year between 2016 and 2020?",
        ENERGY13,
        "可再生能源发电装机总量年均增长4250万千瓦",
        "4250万千瓦",
        "amount",
    ),
    _item(
        "How much energy should retrofits in key sectors save under China's 2024-2025 "
        "energy-saving and carbon-cutting action plan?",
        ACTION24,
        "节能降碳改造形成节能量约5000万吨标准煤",
        "5000万吨标准煤",
        "amount",
    ),
    _item(
        "To what did the IMF raise its forecast for China's economic growth in 2024?",
        ACTION24,
        "上调今年中国经济增长预期至5.0%",
        "5.0%",
        "share",
    ),
    _item(
        "By how much should energy use per unit of output of larger industrial firms fall in 2024?",
        ACTION24,
        "规模以上工业单位增加值能源消耗降低3.5%左右",
        "3.5%",
        "share",
    ),
    _item(
        "How much water had the South-to-North diversion scheme moved in total by March 2022?",
        WATER,
        "累计调水突破514亿立方米",
        "514亿立方米",
        "amount",
    ),
]

ZH_FC9: list[dict] = [
    _item(
        "按碳达峰碳中和的意见，到2025年全国的树木一共要长到多少立方米？",
        NEUTRAL,
        "森林蓄积量达到180亿立方米",
        "180亿立方米",
        "amount",
    ),
    _item(
        "2020年工业互联网创造的增加值占了国内生产总值多大比例？",
        NEUTRAL,
        "占GDP的比重为3.51%",
        "3.51%",
        "share",
    ),
    _item(
        "铁路直接供煤的电厂，10月20日存的煤平均够烧几天？",
        NEUTRAL,
        "平均存煤可耗天数达到16.6天",
        "16.6天",
        "other",
    ),
    _item(
        "到2025年，海边的海水要有多少是干净的？",
        POLLUTION,
        "近岸海域水质优良（一、二类）比例达到79%左右",
        "79%",
        "share",
    ),
    _item(
        "11月初全国统一调度的电厂里一共存着多少煤？",
        POLLUTION,
        "全国统调电厂存煤1.12亿吨",
        "1.12亿吨",
        "amount",
    ),
    _item(
        "“十三五”那几年，全国用的能源总量每年大概要涨多少？",
        ENERGY13,
        "能源消费总量年均增长2.5%左右",
        "2.5%",
        "share",
    ),
    _item(
        "2016年全国一共寄了多少件快递？",
        ENERGY13,
        "我国快递年业务量达到313.5亿件",
        "313.5亿件",
        "count",
    ),
    _item(
        "到2020年，烧天然气在全部能源里要占多少？",
        ENERGY13,
        "天然气消费比重力争达到10%",
        "10%",
        "share",
    ),
    _item(
        "2024年，每单位GDP排放的二氧化碳要降多少？",
        ACTION24,
        "分别降低2.5%左右、3.9%左右",
        "3.9%",
        "share",
    ),
    _item(
        "2024年头四个月全国物流总额有多少？",
        ACTION24,
        "全国社会物流总额111.9万亿元",
        "111.9万亿元",
        "amount",
    ),
    _item(
        "农村现在有多少人家用上了自来水？",
        WATER,
        "自来水普及率分别达到89%和84%",
        "84%",
        "share",
    ),
    _item(
        "国家这次给种粮农民一次性发了多少钱补贴？",
        WATER,
        "中央财政下达200亿元资金",
        "200亿元",
        "amount",
    ),
]

ZH_UNANSWERABLE_FC9: list[dict] = [
    _near(
        "碳达峰碳中和意见要求到2030年单位国内生产总值能耗具体下降百分之多少？",
        NEUTRAL,
        "the 2030 energy-intensity aim is given in words only (大幅下降)",
    ),
    _near(
        "污染防治意见要求到2035年PM2.5浓度降到每立方米多少微克？",
        POLLUTION,
        "the 2035 vision has no figure; the PM2.5 aim is a 2025 cut in percent",
    ),
    _near(
        "“十三五”节能减排方案要求二氧化硫排放总量比2015年下降多少？",
        ENERGY13,
        "only the energy-intensity, total-energy and volatile-organic-compound aims are given",
    ),
    _near(
        "节能降碳行动方案要求2025年单位国内生产总值能耗降低多少？",
        ACTION24,
        "the intensity cuts are for 2024; for 2025 only a share and two tonnages are given",
    ),
    _near(
        "南方电网这批抽水蓄能电站一共要投资多少亿元？",
        NEUTRAL,
        "design output and planned capacity are given, no investment",
    ),
    _near(
        "2022年中央安排的水利投资一共是多少亿元？",
        WATER,
        "more water investment is announced with no sum",
    ),
]
