"""An eighth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about seven published Chinese texts that no other question set uses:
four State Council texts on power and solar policy (2005-2016: the rural grid upgrade
opinion, the solar industry opinion, the opinion on closing small thermal units and the
notice on clearing up power plant projects, kept in ``../unseen11c/zh``), and three news
reports of plans (2021-2022: the national energy-saving and emission-cutting scheme,
Zhejiang's guidance on attracting investment and the zero-waste cities scheme, kept in
``../unseen11d/zh``). Give both folders to ``benchmarks/kb_real.py --extra-docs DIR/zh``;
``check_sets.py`` reads them from the folders named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC8: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("surcharge on each kilowatt-hour", "Fortune Global
  500").
- ZH_FC8: Chinese questions in everyday wording (不断电, 老机组, 养猪养鸡), not the
  document's terms.
- ZH_UNANSWERABLE_FC8: Chinese near-misses: each names something a document covers but
  asks for a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

RURAL = "cn_rural_grid_upgrade_opinion_2016"
SOLAR = "cn_pv_industry_opinion_2013"
THERMAL = "cn_small_thermal_closure_opinion_2007"
CLEANUP = "cn_power_project_cleanup_notice_2005"
SAVING = "cn_energy_saving_scheme_news_2022"
ZHEJIANG = "cn_zhejiang_investment_guidance_2022"
NO_WASTE = "cn_no_waste_cities_scheme_news_2021"
# Documents outside ../shared, read from these folders beside the checkout (their zh/).
DOC_FOLDERS = ("unseen11c", "unseen11d")
OUTSIDE_SHARED = frozenset({RURAL, SOLAR, THERMAL, CLEANUP, SAVING, ZHEJIANG, NO_WASTE})


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


EN_OVER_ZH_FC8: list[dict] = [
    _item(
        "How reliable should electricity supply on China's rural grids be by 2020?",
        RURAL,
        "农村电网供电可靠率达到99.8%",
        "99.8%",
        "share",
    ),
    _item(
        "How much transformer capacity per rural household did China want at the least by 2020?",
        RURAL,
        "户均配变容量不低于2千伏安",
        "2千伏安",
        "amount",
    ),
    _item(
        "What surcharge on each kilowatt-hour sold pays back the loans for rural grid upgrades in China?",
        RURAL,
        "每千瓦时售电量收取2分钱",
        "2分钱",
        "amount",
    ),
    _item(
        "How much new solar power capacity was China to add in an average year between 2013 and 2015?",
        SOLAR,
        "年均新增光伏发电装机容量1000万千瓦左右",
        "1000万千瓦",
        "amount",
    ),
    _item(
        "What is the lowest conversion efficiency allowed for multicrystalline solar cells from new Chinese factories?",
        SOLAR,
        "多晶硅光伏电池转换效率不低于18%",
        "18%",
        "share",
    ),
    _item(
        "For how long are feed-in tariffs and subsidies for solar power in China normally paid?",
        SOLAR,
        "执行期限原则上为20年",
        "20年",
        "other",
    ),
    _item(
        "Below what unit size did China decide to close ordinary coal-fired units in the 2006-2010 period?",
        THERMAL,
        "单机容量5万千瓦以下的常规火电机组",
        "5万千瓦",
        "amount",
    ),
    _item(
        "Within what distance must no other heat source exist for a small heat-and-power unit to escape closure in China?",
        THERMAL,
        "10公里以内没有其他热源点",
        "10公里",
        "other",
    ),
    _item(
        "What was China's total installed power plant capacity at the end of 2004?",
        CLEANUP,
        "全国电站装机规模达到4.4亿千瓦",
        "4.4亿千瓦",
        "amount",
    ),
    _item(
        "How much new power plant capacity was China allowed to start building in 2005?",
        CLEANUP,
        "2005年开工规模按6500万千瓦安排",
        "6500万千瓦",
        "amount",
    ),
    _item(
        "Under China's energy-saving scheme, what share of capacity in heavy industries and data centres should meet the efficiency benchmark by 2025?",
        SAVING,
        "达到能效标杆水平的产能比例超过30%",
        "30%",
        "share",
    ),
    _item(
        "How many tonnes of steelmaking capacity should China retrofit to ultra-low emissions by 2025?",
        SAVING,
        "完成5.3亿吨钢铁产能超低排放改造",
        "5.3亿吨",
        "amount",
    ),
    _item(
        "How much foreign investment does Zhejiang province aim to use in total over 2021-2025?",
        ZHEJIANG,
        "累计实际利用外资1000亿美元",
        "1000亿美元",
        "amount",
    ),
    _item(
        "How many projects by Fortune Global 500 companies does Zhejiang want to attract in the five-year period?",
        ZHEJIANG,
        "引进世界500强项目100个",
        "100个",
        "count",
    ),
]

ZH_FC8: list[dict] = [
    _item(
        "到2020年，农村家里用电的电压有多大比例要算合格？",
        RURAL,
        "综合电压合格率达到97.9%",
        "97.9%",
        "share",
    ),
    _item(
        "平原上浇地用的机井，什么时候要全都通上电？",
        RURAL,
        "到2017年底，完成中心村电网改造升级",
        "2017年底",
        "date",
    ),
    _item(
        "到2015年，全国装的太阳能发电加起来要有多大？",
        SOLAR,
        "到2015年总装机容量达到3500万千瓦以上",
        "3500万千瓦",
        "amount",
    ),
    _item(
        "国家打算搞多少个用太阳能发电做示范的小镇和村子？",
        SOLAR,
        "1000个光伏发电应用示范小镇及示范村",
        "1000个",
        "count",
    ),
    _item(
        "新上的多晶硅厂，做一公斤硅最多只能用多少度电？",
        SOLAR,
        "多晶硅生产综合电耗不高于100千瓦时/千克",
        "100千瓦时/千克",
        "amount",
    ),
    _item(
        "老的烧煤发电机组用了多少年，单机十万千瓦级以下的就得关？",
        THERMAL,
        "运行满20年、单机10万千瓦级以下",
        "20年",
        "other",
    ),
    _item(
        "企业新建一台60万千瓦的大机组，顶掉的小机组要占自己多大才能直接进国家规划？",
        THERMAL,
        "替代关停机组的容量达到自身容量70%",
        "70%",
        "share",
    ),
    _item(
        "清理时发现没按规矩就开工的电站一共有多大？",
        CLEANUP,
        "违规开工项目总计达1.25亿千瓦",
        "1.25亿千瓦",
        "amount",
    ),
    _item(
        "2004年全国一年总共发了多少度电？",
        CLEANUP,
        "年发电量21870亿千瓦时",
        "21870亿千瓦时",
        "amount",
    ),
    _item(
        "到2025年，农村家里的脏水要有多大比例得到处理？",
        SAVING,
        "农村生活污水治理率达到40%",
        "40%",
        "share",
    ),
    _item(
        "到2025年，养猪养鸡产生的粪便要有多少被用起来？",
        SAVING,
        "畜禽粪污综合利用率达到80%以上",
        "80%",
        "share",
    ),
    _item(
        "浙江这五年想从别的省一共拉来多少内资？",
        ZHEJIANG,
        "累计引进省外内资10000亿元",
        "10000亿元",
        "amount",
    ),
    _item(
        "全国这一轮打算让多少个城市搞“无废”建设？",
        NO_WASTE,
        "推动100个左右地级及以上城市",
        "100个左右",
        "count",
    ),
    _item(
        "头一批无废城市试点前后带动了多少钱的项目投资？",
        NO_WASTE,
        "最终处置工程项目562项、1200亿元",
        "1200亿元",
        "amount",
    ),
]

ZH_UNANSWERABLE_FC8: list[dict] = [
    _near(
        "“十三五”农村电网改造升级工程中央预算内一共安排多少亿元投资？",
        RURAL,
        "central budget investment is named but no sum is given",
    ),
    _near(
        "光伏意见规定分布式光伏发电每千瓦时补贴多少元？",
        SOLAR,
        "a per-kWh subsidy is named without any rate",
    ),
    _near(
        "小火电关停意见要求“十一五”期间一共关停多少万千瓦机组？",
        THERMAL,
        "the closure aim is referred to but no total is stated",
    ),
    _near(
        "2004年全国违规开工的电站项目一共有多少个？",
        CLEANUP,
        "breaches are given as capacity, never as a number of projects",
    ),
    _near(
        "节能减排方案里的十大重点工程总共要投资多少亿元？",
        SAVING,
        "the ten projects are listed with no investment",
    ),
    _near(
        "浙江对引进一个世界500强项目奖励多少万元？",
        ZHEJIANG,
        "rewards are mentioned with no amount",
    ),
    _near(
        "无废城市方案要求到2025年一般工业固体废物综合利用率达到多少？",
        NO_WASTE,
        "the 2025 aims are given in words only",
    ),
]
