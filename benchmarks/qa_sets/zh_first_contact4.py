"""A fourth first-contact cross-lingual set (written before any policykb output on
it was seen; score once, do not tune on it).

- EN_OVER_ZH_FC4: English questions answered only by a Chinese document (the two
  laws, the carbon-trading regulation and measures, the allocation plan, the 2025
  notice, the 15th-FYP peaking plan, the transport opinions), asked the way a
  reader with no Chinese would ask ("consultancy", "offset credits", "frozen bank
  account", "expressway service areas"), not in the clause's own terms.
- ZH_FC4: Chinese questions over Chinese documents in everyday wording (商场、
  写字楼, 缺能源, 起了争执, 第一条路径) rather than the drafting terms.
- ZH_UNANSWERABLE_FC4: Chinese near-misses: each names something a Chinese
  document does cover but asks for a figure or rule no document states; they must
  be refused.

No fact here is asked about in an earlier Chinese set (check_sets.py asserts that
no evidence span is shared or nested). Same label format as the other sets
(README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

PEAK = "cn_peak_action_plan_15fyp_2026"
ETS_REG = "cn_ets_regulation_2024"
ETS_2020 = "cn_ets_measures_2020"
ALLOC = "cn_ets_power_allocation_2023_2024"
NOTICE = "cn_ets_work_notice_2025"
ENERGY_LAW = "cn_energy_law_2024"
CONSERVATION = "cn_energy_conservation_law_2018"
TRANSPORT = "cn_transport_opinions_2022"


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


EN_OVER_ZH_FC4: list[dict] = [
    _item(
        "Under China's 2024 carbon trading regulation, may one consultancy both write companies' annual emissions reports and carry out the technical review of such reports in the same province?",
        ETS_REG,
        "范围内不得同时从事年度排放报告编制业务",
        "不得同时从事",
        "other",
    ),
    _item(
        "Once China's 2024 carbon trading regulation is in force, can new regional carbon markets still be launched?",
        ETS_REG,
        "不再新建地方碳排放权交易市场",
        "不再新建",
        "other",
    ),
    _item(
        "Who releases energy forecasts and early warnings under China's Energy Law?",
        ENERGY_LAW,
        "预测预警信息由国务院能源主管部门发布",
        "国务院能源主管部门",
        "actor",
    ),
    _item(
        "What fine can a power, gas or heat supplier in China face under the Energy Law if, after being warned, it still does not post its service rules, tariffs and complaint channels?",
        ENERGY_LAW,
        "未公示服务规范、收费标准和投诉渠道等",
        "十万元以上二十万元以下",
        "amount",
    ),
    _item(
        "What fine does China's Energy Conservation Law set for a major energy user that does not file its yearly energy-use report or files a false one?",
        CONSERVATION,
        "重点用能单位未按照本法规定报送能源利用状况报告",
        "一万元以上五万元以下",
        "amount",
    ),
    _item(
        "Which bodies count as public institutions under China's Energy Conservation Law?",
        CONSERVATION,
        "全部或者部分使用财政性资金的国家机关",
        "财政性资金",
        "definition",
    ),
    _item(
        "Under China's 2020 interim carbon trading measures, can offset credits come from projects that are already under allowance management?",
        ETS_2020,
        "不得来自纳入全国碳排放权交易市场配额管理的减排项目",
        "不得来自",
        "other",
    ),
    _item(
        "What inspection approach must Chinese city-level environment bureaus use when checking covered emitters under the 2020 carbon trading measures?",
        ETS_2020,
        "采取“双随机、一公开”的方式",
        "双随机",
        "other",
    ),
    _item(
        "Do indirect emissions from bought-in electricity still count under China's 2023-2024 allowance plan for power generators?",
        ALLOC,
        "因使用购入电力产生的二氧化碳间接排放不再纳入全国",
        "不再纳入",
        "other",
    ),
    _item(
        "In China's 2023-2024 power-sector allocation plan, what minimum rated capacity puts a conventional coal unit into the above-300 MW class?",
        ALLOC,
        "额定功率不低于400MW 的发电机组",
        "400MW",
        "amount",
    ),
    _item(
        "By what date must steel, cement and aluminium plants hand in their 2024 greenhouse gas reports under China's 2025 carbon market notice?",
        NOTICE,
        "完成2024年度温室气体排放报告报送工作",
        "2025年6月30日",
        "date",
    ),
    _item(
        "How often will China compile its national greenhouse gas inventory under the 15th five-year carbon peaking plan?",
        PEAK,
        "逐年编制国家温室气体",
        "逐年",
        "other",
    ),
    _item(
        "How many key energy-saving and carbon-cutting standards does China's 15th five-year peaking plan set out to develop?",
        PEAK,
        "开展百项重点节能降碳标准建设行动",
        "百项",
        "count",
    ),
    _item(
        "What kind of charging network does China's transport decarbonisation opinion want at expressway service areas?",
        TRANSPORT,
        "推进高速公路服务区快充网络建设",
        "快充",
        "other",
    ),
]

ZH_FC4: list[dict] = [
    _item(
        "农村临时缺能源的时候，地方政府要先保证哪些用能？",
        ENERGY_LAW,
        "优先保障农村生活用能和农业生产用能",
        "农村生活用能",
        "list",
    ),
    _item(
        "企业在接入油气管网上起了争执，可以请哪一级能源部门出面协调？",
        ENERGY_LAW,
        "可以由省级以上人民政府能源主管部门进行协调",
        "省级以上人民政府能源主管部门",
        "actor",
    ),
    _item(
        "厂家冒用能效标签做虚假广告，要罚多少钱？",
        CONSERVATION,
        "利用能源效率标识进行虚假宣传的，由市场监督管理部门",
        "五万元以上十万元以下",
        "amount",
    ),
    _item(
        "装了空调的商场、写字楼这类公共建筑，节能法要求执行什么管理制度？",
        CONSERVATION,
        "公共建筑应当实行室内温度控制",
        "室内温度控制",
        "other",
    ),
    _item(
        "碳交易条例里说的温室气体一共包括哪几种？",
        ETS_REG,
        "包括二氧化碳、甲烷、氧化亚氮、氢氟碳化物、全氟化碳、六氟化硫和三氟化氮",
        "三氟化氮",
        "list",
    ),
    _item(
        "扰乱碳市场秩序但没有违法所得的，要罚多少钱？",
        ETS_REG,
        "没有违法所得或者违法所得不足10万元的",
        "10万元以上100万元以下",
        "amount",
    ),
    _item(
        "企业为了公益自愿注销手里的配额以后，国家配额总量会怎么处理？",
        ETS_2020,
        "在国家碳排放配额总量中予以等量核减",
        "等量核减",
        "other",
    ),
    _item(
        "发电企业的银行账户被法院冻结、买不了配额时，怎样完成履约？",
        ALLOC,
        "企业提供配额协助完成履约",
        "提供配额协助",
        "other",
    ),
    _item(
        "钢铁、水泥、铝企业的排放报告核查最晚几月几号前要做完？",
        NOTICE,
        "完成对钢铁、水泥、铝冶炼行业重点排放单位排放报告的核",
        "8月31日",
        "date",
    ),
    _item(
        "钢铁水泥铝这几个新纳入行业2024年的配额会先预发一部分吗？",
        NOTICE,
        "行业2024年度碳排放配额不开展预分配",
        "不开展预分配",
        "other",
    ),
    _item(
        "新上的高耗能高排放工业项目，碳排放上要满足什么条件？",
        PEAK,
        "实施碳排放等量或减量置换要求",
        "等量或减量置换",
        "other",
    ),
    _item(
        "主要用来输送清洁电力的输电工程，电价上打算试行什么办法？",
        PEAK,
        "探索实行两部制电价或单一容量电价",
        "两部制电价",
        "other",
    ),
    _item(
        "交通运输四部门把什么当作减碳的第一条路径？",
        TRANSPORT,
        "将节约能源作为降碳的首要途径",
        "节约能源",
        "other",
    ),
    _item(
        "交通运输部门要把大宗货物从公路改走哪些运输方式？",
        TRANSPORT,
        "持续推进大宗货物和中长途货物运输",
        "公转铁",
        "list",
    ),
]

ZH_UNANSWERABLE_FC4: list[dict] = [
    _near(
        "能源法规定企业社会责任储备至少要保持多少天的用量？",
        ENERGY_LAW,
        "能源法只说按规定的种类、数量落实储备责任，没有天数。",
    ),
    _near(
        "节能法规定公共建筑夏天空调温度不得低于多少度？",
        CONSERVATION,
        "节能法只要求实行室内温度控制制度，具体办法另定，没有度数。",
    ),
    _near(
        "“十五五”碳达峰行动方案要求到2030年建成多少座抽水蓄能电站？",
        PEAK,
        "方案给出的是抽水蓄能装机容量，不是电站座数。",
    ),
    _near(
        "四部门实施意见要求到2025年营运货车单位周转量碳排放下降多少？",
        TRANSPORT,
        "实施意见没有任何量化指标。",
    ),
    _near(
        "2025年碳市场工作通知对逾期不清缴配额的企业罚款多少？",
        NOTICE,
        "通知只安排工作时间表，没有罚则。",
    ),
    _near(
        "碳排放权交易管理办法（试行）规定配额有偿拍卖的底价是多少元每吨？",
        ETS_2020,
        "办法只说可以适时引入有偿分配，没有价格。",
    ),
]
