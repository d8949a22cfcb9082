"""A sixth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about four published Chinese texts that are not in ../shared and that no
other Chinese question set uses: the State Council's 2018 opinion on farm mechanisation and
farm machinery, the 2018 work plan for "zero-waste city" pilots (both of fresh3 in
benchmarks/real_targets/, kept in ``../unseen9c/zh``), and two 2011 provincial news texts
on Guangdong's energy supply and Shandong's new-energy industry (fresh4, kept in
``../unseen9d/zh``). Give both folders to ``benchmarks/kb_real.py --extra-docs DIR/zh``;
``check_sets.py`` reads them from the folders named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC6: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("cotton picking", "plastic mulch film").
- ZH_FC6: Chinese questions in everyday wording (种地收庄稼, 新上了, 关掉的).
- ZH_UNANSWERABLE_FC6: Chinese near-misses: each names something a document covers but
  asks for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

FARM = "cn_farm_machinery_opinion_2018"
WASTE = "cn_zero_waste_city_pilot_2018"
GUANGDONG = "cn_guangdong_energy_supply_news_2011"
SHANDONG = "cn_shandong_new_energy_news_2011"
# Documents outside ../shared, read from these folders beside the checkout (their zh/).
DOC_FOLDERS = ("unseen9c", "unseen9d")
OUTSIDE_SHARED = frozenset({FARM, WASTE, GUANGDONG, SHANDONG})


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


EN_OVER_ZH_FC6: list[dict] = [
    _item(
        "What total power of farm machinery did China's State Council want the country to pass by 2020?",
        FARM,
        "全国农机总动力超过10亿千瓦",
        "10亿千瓦",
        "amount",
    ),
    _item(
        "By 2025, what share of ploughing, sowing and harvesting across China was meant to be done by machine?",
        FARM,
        "全国农作物耕种收综合机械化率达到75%",
        "75%",
        "share",
    ),
    _item(
        "What mechanisation rate for cotton picking does China's 2018 farm machinery opinion aim for in 2025?",
        FARM,
        "棉花收获机械化率达到60%",
        "60%",
        "share",
    ),
    _item(
        "In China's zero-waste city pilots, what share of crop straw was to be put to use by 2020?",
        WASTE,
        "秸秆综合利用率达到85%以上",
        "85%",
        "share",
    ),
    _item(
        "Below what thickness is plastic mulch film banned under the zero-waste city pilot plan?",
        WASTE,
        "禁止生产和使用厚度低于0.01毫米的地膜",
        "0.01毫米",
        "amount",
    ),
    _item(
        "Roughly how many cities were to be picked for China's zero-waste city trials?",
        WASTE,
        "选择10个左右有条件",
        "10个",
        "count",
    ),
    _item(
        "By when must the zero-waste pilot cities send in their review of how the trial went?",
        WASTE,
        "2021年3月底前",
        "2021年3月",
        "date",
    ),
    _item(
        "How much did Guangdong cut its energy use per unit of GDP over the 2006-2010 plan period?",
        GUANGDONG,
        "广东单位GDP能耗累计下降16.4%",
        "16.4%",
        "share",
    ),
    _item(
        "What yearly oil refining capacity had Guangdong province reached by 2010?",
        GUANGDONG,
        "广东炼油能力达4550万吨/年",
        "4550万吨",
        "amount",
    ),
    _item(
        "How much wind power capacity was installed in Shandong by the middle of 2011?",
        SHANDONG,
        "其中风电238万千瓦",
        "238万千瓦",
        "amount",
    ),
]

ZH_FC6: list[dict] = [
    _item(
        "到2020年，全国种地、收庄稼用机器干的比例要到多少？",
        FARM,
        "全国农作物耕种收综合机械化率达到70%",
        "70%",
        "share",
    ),
    _item(
        "山区丘陵那些县，2025年种地收庄稼靠机器的比例要到多少？",
        FARM,
        "丘陵山区县（市、区）农作物耕种收综合机械化率达到55%",
        "55%",
        "share",
    ),
    _item(
        "浇地排水用的机器，2020年总共要有多大动力？",
        FARM,
        "其中灌排机械动力达到1.2亿千瓦",
        "1.2亿千瓦",
        "amount",
    ),
    _item(
        "到2020年，大养殖场处理粪便的设备要配齐到什么程度？",
        WASTE,
        "规模养殖场粪污处理设施装备配套率达到95%以上",
        "95%",
        "share",
    ),
    _item(
        "农田里铺过的塑料薄膜，2020年要收回来多少？",
        WASTE,
        "重点用膜区当季地膜回收率达到80%以上",
        "80%",
        "share",
    ),
    _item(
        "广东这五年一共新上了多少发电机组？",
        GUANGDONG,
        "广东新增发电装机容量3100万千瓦",
        "3100万千瓦",
        "amount",
    ),
    _item(
        "广东关掉的小火电一共有多大？",
        GUANGDONG,
        "关停小火电1209万千瓦",
        "1209万千瓦",
        "amount",
    ),
    _item(
        "山东用太阳能烧热水取暖的房子一共有多大面积？",
        SHANDONG,
        "太阳能光热建筑应用面积达到1.52亿平方米",
        "1.52亿平方米",
        "amount",
    ),
    _item(
        "山东的新能源发电在全省发电装机里占多大份额？",
        SHANDONG,
        "占全省电力总装机比重达到6.1%",
        "6.1%",
        "share",
    ),
]

ZH_UNANSWERABLE_FC6: list[dict] = [
    _near(
        "农机指导意见定的2025年全国拖拉机保有量目标是多少台？",
        FARM,
        "the opinion sets power, rates and shares, never a count of tractors",
    ),
    _near(
        "无废城市试点要求建筑垃圾资源化利用率到2020年达到多少？",
        WASTE,
        "construction waste is to be reused more, with no rate stated",
    ),
    _near(
        "无废城市试点给每个试点城市的中央财政补助是多少亿元？",
        WASTE,
        "funding is mentioned only in general; no amount per city is given",
    ),
    _near(
        "十二五期间广东单位GDP能耗要下降多少？",
        GUANGDONG,
        "the review gives the fall over the previous plan period, not the next target",
    ),
    _near(
        "山东到2015年的风电装机目标是多少万千瓦？",
        SHANDONG,
        "the interview reports installed wind capacity in 2011, with no goal for 2015",
    ),
    _near(
        "农机指导意见要求2025年植保无人机保有量达到多少架？",
        FARM,
        "plant-protection drones are to be promoted, with no number",
    ),
]
