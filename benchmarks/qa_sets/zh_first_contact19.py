"""A nineteenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about six published Chinese local regulations that no other question set
uses, each the Markdown file of one repository of Chinese laws and regulations no earlier set
used: Shandong's regulation on district heating, Shanghai's 2024 regulation on green
buildings, Beijing's regulation on road transport, Beijing's 2022 regulation on how its
legislature reviews the yearly and five-year development plans, Shandong's 2021 regulation on
saving water and Shandong's regulation on renewable energy in the countryside. Every number
in them is written in Chinese numerals (十八摄氏度, 百分之三十, 四百公里). They are kept in
``../unseen11o/zh`` (the zh_fresh15 texts); give that folder to ``benchmarks/kb_real.py
--extra-docs DIR/zh``; ``check_sets.py`` reads them from the folder named in ``DOC_FOLDERS``
beside the checkout.

- EN_OVER_ZH_FC19: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("keep a family's living room", "sign off a building",
  "coach routes"), not a translation of the clause.
- ZH_FC19: Chinese questions in everyday wording (暖气不热, 开黑车, 多贷一点), not the
  document's terms.
- ZH_UNANSWERABLE_FC19: Chinese near-misses: each names something a text covers but asks for
  a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

HEAT = "cn_sd_heating_regulation_2021"
GREEN = "cn_sh_green_building_regulation_2024"
ROAD = "cn_bj_road_transport_regulation_2021"
PLAN = "cn_bj_plan_review_regulation_2022"
WATER = "cn_sd_water_saving_regulation_2021"
RURAL = "cn_sd_rural_renewable_energy_regulation_2020"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11o",)
OUTSIDE_SHARED = frozenset({HEAT, GREEN, ROAD, PLAN, WATER, RURAL})


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


EN_OVER_ZH_FC19: list[dict] = [
    _item(
        "How warm must a heating company in Shandong keep a family's bedroom and living room "
        "in winter?",
        HEAT,
        "卧室、起居室的温度不低于十八摄氏度",
        "十八摄氏度",
        "other",
    ),
    _item(
        "How quickly must a Shandong heating firm come and measure the temperature when a "
        "household says the flat is too cold?",
        HEAT,
        "供热企业应当在二十四小时内进行检测",
        "二十四小时",
        "other",
    ),
    _item(
        "In Shandong, how is a site billed for water when it uses water for different purposes "
        "but has only one meter?",
        WATER,
        "按照用水类别中最高水价或者水资源税标准缴纳水费",
        "最高水价",
        "other",
    ),
    _item(
        "When Shandong homes pay for heat by the meter, how large may the fixed part of the "
        "bill be at most?",
        HEAT,
        "不得超过全部按照供热面积核算热价的百分之三十",
        "百分之三十",
        "share",
    ),
    _item(
        "How far ahead must a Shandong household ask to have its heating switched off for "
        "the winter?",
        HEAT,
        "当年采暖供热期开始三十日前向供热企业提出",
        "三十日",
        "other",
    ),
    _item(
        "What green rating must every new home or office building in Shanghai at least reach?",
        GREEN,
        "新建民用建筑应当按照绿色民用建筑一星级以上标准建设",
        "一星级",
        "other",
    ),
    _item(
        "Which green rating must new government offices and big public buildings in Shanghai "
        "be built to?",
        GREEN,
        "应当按照绿色民用建筑三星级标准建设",
        "三星级",
        "other",
    ),
    _item(
        "By when each year must Shanghai's gas, power, heat and water companies hand in last "
        "year's figures on buildings' use?",
        GREEN,
        "应当于每年第一季度将上一年度相关数据报送",
        "第一季度",
        "date",
    ),
    _item(
        "What fine does a Shanghai developer face for signing off a building that failed its "
        "green-design check?",
        GREEN,
        "处工程合同价款百分之二以上百分之四以下的罚款",
        "百分之二以上百分之四以下",
        "share",
    ),
    _item(
        "How many years of past consumption does Shandong look at when setting how much water "
        "a user may take?",
        WATER,
        "近三年实际用水情况",
        "三年",
        "other",
    ),
    _item(
        "On Beijing coach routes, above what trip length must two drivers be on board?",
        ROAD,
        "运营里程在四百公里以上的，配备两名或者两名以上驾驶员",
        "四百公里",
        "other",
    ),
    _item(
        "How long may a Beijing coach driver drive without a break?",
        ROAD,
        "防止驾驶员连续驾驶时间超过四个小时",
        "四个小时",
        "other",
    ),
    _item(
        "How long before Beijing's people's congress meets must its finance committee look "
        "over the draft yearly plan?",
        PLAN,
        "市人民代表大会会议举行三十日前，财政经济委员会召开会议",
        "三十日",
        "other",
    ),
    _item(
        "By the end of which month must Beijing's legislature hear how the yearly plan went "
        "in the first half?",
        PLAN,
        "应当在每年七月底前听取和审议市人民政府关于年度计划上半年执行情况的报告",
        "七月底",
        "date",
    ),
]

ZH_FC19: list[dict] = [
    _item(
        "暖气公司要停暖一天以上，得提前几天告诉住户？",
        HEAT,
        "供热企业应当提前二日通知用户",
        "二日",
        "other",
    ),
    _item(
        "山东的工厂把冷却用过的水直接排掉，拖着不改要罚多少？",
        WATER,
        "工业间接冷却水、冷凝水未按照规定循环使用或者回收利用的",
        "十万元以上五十万元以下",
        "amount",
    ),
    _item(
        "烧暖气的公司不想干了，最晚提前多久要向主管部门申请？",
        HEAT,
        "当年采暖供热期开始六个月前向供热主管部门提出申请",
        "六个月",
        "other",
    ),
    _item(
        "北京的修车店坑顾客情节严重的，要停业整顿几天？",
        ROAD,
        "处五日以上十五日以下的停业整顿",
        "五日以上十五日以下",
        "other",
    ),
    _item(
        "上海临港、崇明这些地方新盖的房子，节能得达到什么水平？",
        GREEN,
        "应当按照不低于超低能耗建筑标准建设",
        "超低能耗建筑",
        "other",
    ),
    _item(
        "山东农村搞沼气、太阳能这些事，归政府哪个部门管？",
        RURAL,
        "县级以上人民政府农业农村主管部门负责本行政区域内农村可再生能源开发利用的管理工作",
        "农业农村主管部门",
        "other",
    ),
    _item(
        "上海的大楼业主不按要求报用电用能数据，拖着不改要罚多少？",
        GREEN,
        "未按照要求报送相关数据的",
        "一万元以上五万元以下",
        "amount",
    ),
    _item(
        "在北京没办证开黑车，没挣到什么钱的话罚多少？",
        ROAD,
        "违法所得不足二万元的，处三万元以上十万元以下的罚款",
        "三万元以上十万元以下",
        "amount",
    ),
    _item(
        "北京的长途班车要停线，得提前几天在车站贴告示？",
        ROAD,
        "于暂停或者终止班线经营之日前七日在班线线路各站发布公告",
        "七日",
        "other",
    ),
    _item(
        "北京的五年规划要改的话，最晚什么时候得提出来？",
        PLAN,
        "规划纲要调整方案的提出，一般不迟于规划纲要实施的第四年第二季度末",
        "第四年第二季度末",
        "date",
    ),
    _item(
        "北京政府投资的项目做完评估后，多久要把结果交给人大？",
        PLAN,
        "在后评价报告完成后的三个月内",
        "三个月",
        "other",
    ),
]

ZH_UNANSWERABLE_FC19: list[dict] = [
    _near(
        "山东的暖气费每平方米多少钱？",
        HEAT,
        "the regulation sets how heat prices are made and capped in shape, with no price",
    ),
    _near(
        "上海到2030年绿色建筑要占新建建筑的百分之多少？",
        GREEN,
        "the regulation sets star levels for each new building and no share by a year",
    ),
    _near(
        "北京出租车的起步价是多少钱？",
        ROAD,
        "the regulation licenses and fines transport operators and states no fare",
    ),
    _near(
        "北京2022年的地区生产总值增长目标是多少？",
        PLAN,
        "the regulation sets how plans are reviewed and states no plan figure",
    ),
    _near(
        "山东城市居民每人每天的生活用水定额是多少升？",
        WATER,
        "the regulation says quotas are set by the province's departments and states none",
    ),
    _near(
        "山东农村建一个沼气池政府补贴多少钱？",
        RURAL,
        "the regulation grants subsidies under other rules and states no amount",
    ),
]
