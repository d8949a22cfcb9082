"""First-contact cross-lingual question sets (written before any policykb output
on them was seen; score once, do not tune on them).

- EN_OVER_ZH_FC: English questions answered only by a Chinese document other
  than the 15th-FYP peaking plan (one or two per document).
- EN_OVER_PEAK_FC: English questions on the 15th-FYP peaking action plan.
- ZH_FC: Chinese questions over Chinese documents.
- ZH_UNANSWERABLE_FC: Chinese near-misses no document answers.

None of these facts is asked about in zh_sets.py (the dev sets). Same label
format as the other sets (see README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

PEAK = "cn_peak_action_plan_15fyp_2026"
ETS_REG = "cn_ets_regulation_2024"
ETS_2020 = "cn_ets_measures_2020"
ALLOC = "cn_ets_power_allocation_2023_2024"
NOTICE = "cn_ets_work_notice_2025"
ENERGY_LAW = "cn_energy_law_2024"
CONSERVATION = "cn_energy_conservation_law_2018"


def _item(q, doc, evidence, value, kind):
    return {
        "q": q,
        "doc": doc,
        "evidence": evidence,
        "value": value,
        "kind": kind,
        "split": "unseen",
    }


EN_OVER_ZH_FC: list[dict] = [
    _item(
        "Under China's 2020 trial ETS measures, how long does a key emitter have to ask for a review of the allowances it was allocated?",
        ETS_2020,
        "可以自接到通知之日起七个工作日内",
        "七个工作日",
        "date",
    ),
    _item(
        "Under China's 2024 carbon trading regulation, what fine range applies to a verification firm that issues a false testing report and made less than 20,000 yuan from it?",
        ETS_REG,
        "没有违法所得或者违法所得不足2万元的",
        "2万元以上10万元以下",
        "amount",
    ),
    _item(
        "What penalty does China's Energy Conservation Law set for a building developer that breaches building energy-efficiency standards?",
        CONSERVATION,
        "建设单位违反建筑节能标准的",
        "二十万元以上五十万元以下",
        "amount",
    ),
    _item(
        "In China's Energy Conservation Law, from what yearly energy use can the authorities designate a unit as a key energy consumer, below the automatic ten-thousand-tonne threshold?",
        CONSERVATION,
        "五千吨以上不满一万吨标准煤",
        "五千吨",
        "amount",
    ),
    _item(
        "By when must Chinese provinces publish the 2026 list of covered emitters for power, steel, cement and aluminium?",
        NOTICE,
        "重点排放单位名录应于2025年10月31日前公布",
        "2025年10月31日",
        "date",
    ),
    _item(
        "In China's power-sector allowance plan for 2023 and 2024, how did the generation benchmark for gas-fired units move relative to the balance value?",
        ALLOC,
        "燃气机组发电基准值较平衡值上升约2.0%",
        "2.0%",
        "share",
    ),
    _item(
        "On what date did the NPC Standing Committee adopt China's Energy Law?",
        ENERGY_LAW,
        "2024年11月8日 第十四届全国人民代表大会常务委员会第十二次会议通过",
        "2024年11月8日",
        "date",
    ),
]

EN_OVER_PEAK_FC: list[dict] = [
    _item(
        "How much nuclear generating capacity in operation does China's 15th FYP carbon peaking plan expect by 2030?",
        PEAK,
        "核电运行装机容量达到1.1亿千瓦左右",
        "1.1亿千瓦",
        "amount",
    ),
    _item(
        "What peak regulating capability should virtual power plants across China reach by 2030?",
        PEAK,
        "全国虚拟电厂最大调节能力达到5000万千瓦以上",
        "5000万千瓦",
        "amount",
    ),
    _item(
        "How much energy should retrofits in key industries save during China's 15th five-year plan period?",
        PEAK,
        "实现节能量1.5亿吨标准煤以上",
        "1.5亿吨标准煤",
        "amount",
    ),
    _item(
        "By how much should direct carbon emissions per square metre of floor space fall in 2026-2030 under China's peaking plan?",
        PEAK,
        "单位建筑面积直接碳排放降低3%",
        "3%",
        "share",
    ),
    _item(
        "What reduction in energy use per unit of GDP does China's carbon peaking plan set for 2026-2030?",
        PEAK,
        "单位国内生产总值能耗降低10%左右",
        "10%",
        "share",
    ),
    _item(
        "By how much should CO2 per unit of value added of large industrial firms drop over China's 15th five-year plan?",
        PEAK,
        "规模以上工业单位增加值二氧化碳排放降低17%以上",
        "17%",
        "share",
    ),
]

ZH_FC: list[dict] = [
    _item(
        "到2030年常规水电的装机规模要达到多少？",
        PEAK,
        "常规水电装机容量达到4.1亿千瓦左右",
        "4.1亿千瓦",
        "amount",
    ),
    _item(
        "2030年电力需求响应能力应占最大用电负荷的多大比例？",
        PEAK,
        "电力需求响应能力达到最大用电负荷的5%以上",
        "5%",
        "share",
    ),
    _item(
        "“十五五”期间，碳市场所覆盖行业的单位产品碳排放计划下降多少？",
        PEAK,
        "单位产品碳排放降低3%左右",
        "3%",
        "share",
    ),
    _item(
        "十五五时期，公共机构每平方米建筑面积的能耗要降低多少？",
        PEAK,
        "公共机构单位建筑面积能耗降低5%",
        "5%",
        "share",
    ),
    _item(
        "重点排放单位申请复核配额分配后，省级主管部门要在多长时间内作出复核决定？",
        ETS_2020,
        "应当自接到复核申请之日起十个工作日内",
        "十个工作日",
        "date",
    ),
    _item(
        "生态环境部的碳排放权交易管理办法（试行）从哪一天开始施行？",
        ETS_2020,
        "本办法自2021年2月1日起施行",
        "2021年2月1日",
        "date",
    ),
    _item(
        "按2020年的办法，重点排放单位没有按时足额清缴配额，要被罚款多少？",
        ETS_2020,
        "处二万元以上三万元以下的罚款",
        "二万元以上三万元以下",
        "amount",
    ),
    _item(
        "操纵全国碳排放权交易市场而没有违法所得的，罚款区间是多少？",
        ETS_REG,
        "处50万元以上500万元以下的罚款",
        "50万元以上500万元以下",
        "amount",
    ),
    _item(
        "发电行业2024年度的碳排放配额预分配最迟何时完成？",
        NOTICE,
        "2025年4月20日前，省级生态环境主管部门向发电行业重点排放单位预分配",
        "2025年4月20日",
        "date",
    ),
    _item(
        "钢铁、水泥、铝冶炼企业2024年度排放报告的提交截止日被推迟到哪一天？",
        NOTICE,
        "调整至6月30日",
        "6月30日",
        "date",
    ),
    _item(
        "按照节能法，用能产品应当标注能效标识却没有标注，罚款是多少？",
        CONSERVATION,
        "应当标注能源效率标识而未标注的",
        "三万元以上五万元以下",
        "amount",
    ),
    _item(
        "2023、2024年度发电行业配额方案把发电机组分成几类？", ALLOC, "划分为四个类", "四个", "count"
    ),
]

ZH_UNANSWERABLE_FC: list[dict] = [
    {
        "q": "“十五五”碳达峰行动方案要求2030年绿氢年产量达到多少万吨？",
        "near_doc": PEAK,
        "why": "hydrogen is mentioned, no production figure",
        "split": "unseen",
    },
    {
        "q": "碳排放权交易管理暂行条例规定个人参与碳交易的最低资金门槛是多少？",
        "near_doc": ETS_REG,
        "why": "no capital threshold for individuals",
        "split": "unseen",
    },
    {
        "q": "2025年碳市场工作通知为铝冶炼行业设定的配额价格下限是多少元每吨？",
        "near_doc": NOTICE,
        "why": "no price floor",
        "split": "unseen",
    },
    {
        "q": "能源法规定的国家能源储备基金每年预算是多少亿元？",
        "near_doc": ENERGY_LAW,
        "why": "reserves are mentioned, no fund or budget",
        "split": "unseen",
    },
]
