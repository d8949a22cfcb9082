"""A fifth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

Most questions ask about five published Chinese news texts on five-year plans that are
not in ../shared (the zh_fresh documents of benchmarks/real_targets/zh_fresh/: the
renewable-energy goals, the energy-saving review with full-width figures, the
new-materials plan, the construction-machinery plan, the rooftop solar goals). They are
read from the folder given to ``benchmarks/kb_real.py --extra`` (``DIR/zh/<doc>.html``)
and to ``check_sets.py`` by ``POLICYKB_EXTRA_DOCS``; a few ask about facts of the shared
transport opinions that no other Chinese set uses.

- EN_OVER_ZH_FC5: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("solar water heaters", "home-grown supply").
- ZH_FC5: Chinese questions in everyday wording (搞到多少, 顶替, 最多能排).
- ZH_UNANSWERABLE_FC5: Chinese near-misses: each names something a document covers but
  asks for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

RENEWABLE = "cn_renewable_12fyp_goals_news_2011"
SAVING = "cn_energy_saving_review_outlook_2011"
MATERIALS = "cn_new_materials_plan_news_2011"
MACHINERY = "cn_construction_machinery_plan_news_2011"
ROOFTOP = "cn_rooftop_pv_12fyp_news_2011"
TRANSPORT = "cn_transport_opinions_2022"
# Documents outside ../shared: read from the folder given with --extra.
OUTSIDE_SHARED = frozenset({RENEWABLE, SAVING, MATERIALS, MACHINERY, ROOFTOP})


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


EN_OVER_ZH_FC5: list[dict] = [
    _item(
        "In China's renewable energy goals for 2011-2015, what share of all energy use was commercial renewable energy meant to reach?",
        RENEWABLE,
        "商品化可再生能源占全部能源消费总量的比重要达到9.5%以上",
        "9.5%",
        "share",
    ),
    _item(
        "How much pumped-storage hydro capacity did China plan to have by the end of 2015?",
        RENEWABLE,
        "抽水蓄能利用量要达到3000万千瓦",
        "3000万千瓦",
        "amount",
    ),
    _item(
        "How many square metres of solar water heaters did China want installed by 2015?",
        RENEWABLE,
        "太阳能热水器推广面积要达到4亿平方米",
        "4亿平方米",
        "amount",
    ),
    _item(
        "How much home-grown supply of key new materials did China's plan aim for by 2015?",
        MATERIALS,
        "关键新材料的自给率提高到70%",
        "70%",
        "share",
    ),
    _item(
        "What rooftop solar capacity was China's draft renewable plan aiming for in 2020?",
        ROOFTOP,
        "到2020年则达2500万千瓦",
        "2500万千瓦",
        "amount",
    ),
    _item(
        "What ceiling on national sulphur dioxide emissions did China's energy saving and emission cutting work plan set for 2015?",
        SAVING,
        "全国化学需氧量和二氧化硫排放总量分别控制在",
        "２０８６．４万吨",
        "amount",
    ),
    _item(
        "Against its 2005 level, how far was China's energy use per unit of GDP to fall by 2015?",
        SAVING,
        "吨标准煤下降３２％",
        "３２％",
        "share",
    ),
    _item(
        "What sales revenue did China's construction machinery industry plan expect for 2015?",
        MACHINERY,
        "我国工程机械行业的销售规模将达到9000亿元",
        "9000亿元",
        "amount",
    ),
    _item(
        "Which kind of demonstration projects for city deliveries does China's transport ministry want created to cut carbon?",
        TRANSPORT,
        "推动城市绿色货运配送示范工程创建",
        "城市绿色货运配送示范工程",
        "other",
    ),
    _item(
        "What parcel service does China's transport carbon opinion want to grow strongly on the railways?",
        TRANSPORT,
        "大力发展高铁快递",
        "高铁快递",
        "other",
    ),
]

ZH_FC5: list[dict] = [
    _item(
        "十二五那几年，并网的风电装机要搞到多少？",
        RENEWABLE,
        "并网风电累计装机容量要达到1亿千瓦",
        "1亿千瓦",
        "amount",
    ),
    _item(
        "地热一年要顶替多少吨标煤？",
        RENEWABLE,
        "地热能年利用量要达到1500万吨标煤",
        "1500万吨标煤",
        "amount",
    ),
    _item(
        "烧秸秆、垃圾这类生物质发电，到2015年要装多大？",
        RENEWABLE,
        "生物质发电装机建成规模要达到1300万千瓦",
        "1300万千瓦",
        "amount",
    ),
    _item(
        "房顶上装的光伏电站，2015年打算弄到多大规模？",
        ROOFTOP,
        "屋顶光伏电站规模为300万千瓦",
        "300万千瓦",
        "amount",
    ),
    _item(
        "到2015年全国的氨氮最多能排多少？",
        SAVING,
        "全国氨氮和氮氧化物排放总量分别控制在",
        "２３８．０万吨",
        "amount",
    ),
    _item(
        "十一五那五年，全国每单位GDP的能耗一共降了多少？",
        SAVING,
        "全国单位国内生产总值能耗下降１９．１％",
        "１９．１％",
        "share",
    ),
    _item(
        "工程机械行业2015年能卖到国外多少钱的货？",
        MACHINERY,
        "其中出口260亿美元左右",
        "260亿美元",
        "amount",
    ),
    _item(
        "科技部拿出多少钱来扶持稀土材料的应用研发？",
        MATERIALS,
        "科技部将划拨总额3.5亿元的扶持资金",
        "3.5亿元",
        "amount",
    ),
    _item(
        "城里送货，交通部门鼓励哪些新的配送办法？",
        TRANSPORT,
        "鼓励共同配送、集中配送、夜间配送等运输组织模式发展",
        "夜间配送",
        "list",
    ),
]

ZH_UNANSWERABLE_FC5: list[dict] = [
    _near(
        "十二五期间海上风电的装机目标是多少万千瓦？",
        RENEWABLE,
        "the goals cover grid-connected and distributed wind, not offshore wind",
    ),
    _near(
        "新材料规划给稀土永磁材料定的年产量目标是多少吨？",
        MATERIALS,
        "rare-earth magnets are named as a field to develop, with no output figure",
    ),
    _near(
        "屋顶光伏电站每千瓦能拿到多少元的补贴？",
        ROOFTOP,
        "subsidies are mentioned, no rate per kilowatt is stated",
    ),
    _near(
        "三一重工2015年计划卖出多少台挖掘机？",
        MACHINERY,
        "the company's sales plan is given in yuan, not in machines",
    ),
    _near(
        "十二五节能减排方案给北京定的单位GDP能耗下降目标是多少？",
        SAVING,
        "the regional targets sit in annexes the report does not quote",
    ),
]
