"""A third first-contact cross-lingual set (written before any policykb output on
it was seen; score once, do not tune on it).

- EN_OVER_ZH_FC3: English questions answered only by a Chinese document (the laws,
  the regulations, the carbon-market notice and allocation plan, the transport
  opinions and the 15th-FYP peaking plan), phrased as a researcher who reads no
  Chinese would ask: "energy-audit firm", "energy emergency", "data centres",
  "marine fuels", not the clause's own words.
- ZH_FC3: Chinese questions over Chinese documents, in everyday wording (房地产企业,
  数据中心, 电解铝) rather than the drafting terms of the clause.

No fact here is asked about in zh_sets.py, zh_first_contact.py or zh_en_dev2.py
(check_sets.py asserts that no evidence span is shared or nested). Same label
format as the other sets (README.md); every item has ``split`` "unseen".
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


EN_OVER_ZH_FC3: list[dict] = [
    _item(
        "Under China's Energy Conservation Law, what fine does an energy-audit or consulting firm face for supplying false information?",
        CONSERVATION,
        "审计、认证等服务的机构提供虚假信息的",
        "五万元以上十万元以下",
        "amount",
    ),
    _item(
        "What professional rank must the energy manager hired by a large energy-consuming company hold under China's Energy Conservation Law?",
        CONSERVATION,
        "实际经验以及中级以上技术职称的人员中聘任能源管理负责人",
        "中级以上技术职称",
        "other",
    ),
    _item(
        "Under China's 2024 Energy Law, what fine can a company face for ignoring the government's instructions during an energy emergency?",
        ENERGY_LAW,
        "在能源应急状态时不服从有关人民政府的统一指挥",
        "十万元以上五十万元以下",
        "amount",
    ),
    _item(
        "Which authority sets China's minimum share of renewables in energy consumption under the Energy Law?",
        ENERGY_LAW,
        "制定并组织实施可再生能源在能源消费中的最低比重目标",
        "国务院能源主管部门",
        "actor",
    ),
    _item(
        "What fine does China's carbon trading regulation set for obstructing an inspection by environmental regulators?",
        ETS_REG,
        "拒绝、阻碍生态环境主管部门或者其他负有监督管理职责的部门",
        "2万元以上20万元以下",
        "amount",
    ),
    _item(
        "For how long are the managers of a verification firm punished for fake emissions reports barred from that line of work in China?",
        ETS_REG,
        "5年内禁止从事温室气体排放相关检验检测",
        "5年内",
        "other",
    ),
    _item(
        "Under China's 2020 interim rules for emissions trading, what fine applies to a company that misreports or conceals its greenhouse gas report?",
        ETS_2020,
        "重点排放单位虚报、瞒报温室气体排放报告",
        "一万元以上三万元以下",
        "amount",
    ),
    _item(
        "By what date must newly covered companies have opened their accounts on China's national carbon market platform in 2025?",
        NOTICE,
        "组织新纳入的重点排放单位开立管理平台账户",
        "2025年5月15日",
        "date",
    ),
    _item(
        "How many tonnes of allowances can every covered power company bank as a base amount under China's 2023-2024 allocation plan?",
        ALLOC,
        "重点排放单位基础可结转量为10000tCO2",
        "10000tCO2",
        "amount",
    ),
    _item(
        "What new national fund does China's 15th five-year carbon peaking plan set up?",
        PEAK,
        "设立国家低碳转型基金",
        "国家低碳转型基金",
        "other",
    ),
    _item(
        "Which alternative marine fuels does China's transport decarbonisation opinion want trialled in ships?",
        TRANSPORT,
        "探索甲醇、氢、氨等新型动力船舶的应用",
        "甲醇",
        "list",
    ),
]

ZH_FC3: list[dict] = [
    _item(
        "房地产企业卖房时没有告诉购房人房子的节能措施，会被罚多少钱？",
        CONSERVATION,
        "在销售房屋时未向购买人明示所售房屋的节能措施",
        "三万元以上五万元以下",
        "amount",
    ),
    _item(
        "重点用能单位拒不整改的，节能法规定罚款多少？",
        CONSERVATION,
        "无正当理由拒不落实本法第五十四条规定的整改要求",
        "十万元以上三十万元以下",
        "amount",
    ),
    _item(
        "能源法规定国家能源储备由哪两类储备结合而成？",
        ENERGY_LAW,
        "能源储备实行政府储备和企业储备相结合",
        "企业储备",
        "list",
    ),
    _item(
        "排放数据造假又拒不改正的企业，第二年的碳配额最多会被扣掉多少？",
        ETS_REG,
        "的比例核减其下一年度碳排放配额",
        "50%以上100%以下",
        "share",
    ),
    _item(
        "企业排放量连续几年低于门槛就会被移出重点排放单位名录？",
        ETS_2020,
        "连续二年温室气体排放未达到",
        "二年",
        "count",
    ),
    _item(
        "钢铁、水泥和电解铝企业2024年度的碳配额要在什么时候之前发放完毕？",
        NOTICE,
        "碳排放配额发放工作于10月20日前完成",
        "10月20日",
        "date",
    ),
    _item(
        "30万千瓦以上常规煤电机组的发电基准值比2023年平衡值低多少？",
        ALLOC,
        "基准值较2023 年平衡值下降约0.4%",
        "0.4%",
        "share",
    ),
    _item(
        "新建的数据中心主要应当使用什么电力？",
        PEAK,
        "推动新建算力设施主要使用非化石能源电力",
        "非化石能源电力",
        "other",
    ),
    _item(
        "交通运输部等四部门的实施意见要求船舶靠港时用什么电？",
        TRANSPORT,
        "推进船舶靠港使用岸电",
        "岸电",
        "other",
    ),
]
