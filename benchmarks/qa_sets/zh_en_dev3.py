"""A third dev set of English questions whose answers are only in Chinese documents.

Written with the documents open, before any policykb output on these questions
was seen, to tune the dictionary query translation (kb/translate_terms.py) on
more than the 14 English-over-Chinese dev questions of zh_sets.py and
zh_en_dev2.py. It is a dev set: tune on it. No fact here is asked about by
another Chinese set (check_sets.py asserts it). Same label format as the other
sets (README.md); every item has ``split`` "dev".
"""

from __future__ import annotations

PEAK = "cn_peak_action_plan_15fyp_2026"
ETS_REG = "cn_ets_regulation_2024"
ALLOC = "cn_ets_power_allocation_2023_2024"
NOTICE = "cn_ets_work_notice_2025"
ENERGY_LAW = "cn_energy_law_2024"
CONSERVATION = "cn_energy_conservation_law_2018"
TRANSPORT = "cn_transport_opinions_2022"


def _item(q, doc, evidence, value, kind):
    return {"q": q, "doc": doc, "evidence": evidence, "value": value, "kind": kind, "split": "dev"}


EN_OVER_ZH_DEV3: list[dict] = [
    _item(
        "Relative to its illegal income, how big a fine can a maker of appliances that miss China's mandatory efficiency standards face?",
        CONSERVATION,
        "生产、进口、销售不符合强制性能源效率标准的用能产品",
        "一倍以上五倍以下",
        "amount",
    ),
    _item(
        "What fine applies under China's Energy Conservation Law to a unit that does not fit the required energy meters and fails to fix it in time?",
        CONSERVATION,
        "用能单位未按照规定配备、使用能源计量器具的",
        "一万元以上五万元以下",
        "amount",
    ),
    _item(
        "What is the fine in China for an employer that gives its staff free energy or charges them a flat rate for it?",
        CONSERVATION,
        "无偿向本单位职工提供能源",
        "五万元以上二十万元以下",
        "amount",
    ),
    _item(
        "What fine can a design or construction contractor face for ignoring building energy-efficiency standards in China?",
        CONSERVATION,
        "设计单位、施工单位、监理单位违反建筑节能标准的",
        "十万元以上五十万元以下",
        "amount",
    ),
    _item(
        "What stance does China's 2024 Energy Law take on nuclear power?",
        ENERGY_LAW,
        "国家积极安全有序发展核电",
        "积极安全有序",
        "other",
    ),
    _item(
        "What does China's Energy Law say about building small hydropower plants?",
        ENERGY_LAW,
        "严格控制开发建设小型水电站",
        "严格控制",
        "other",
    ),
    _item(
        "Under China's 2024 carbon market regulation, how large a fine can regulators' own staff get for trading allowances?",
        ETS_REG,
        "交易机构以及本条例规定的技术服务机构的工作人员参与碳排放权交易的",
        "价款等值以下",
        "amount",
    ),
    _item(
        "How is the fine set for a company that fails to surrender enough allowances under China's carbon trading regulation?",
        ETS_REG,
        "重点排放单位未按照规定清缴其碳排放配额的",
        "5倍以上10倍以下",
        "amount",
    ),
    _item(
        "By when must provincial authorities finish assessing the verification agencies that checked 2024 emissions reports?",
        NOTICE,
        "对2024年度核查技术服务机构的工作质量",
        "2025年12月31日",
        "date",
    ),
    _item(
        "Within how many working days does the registry hand out 2025 allowances for banked ones it has taken back?",
        ALLOC,
        "于五个工作日内通过全国碳排放权注册登记系统向重点排放单位发放",
        "五个工作日",
        "date",
    ),
    _item(
        "Which transport mode should form the backbone of China's integrated transport network under the transport ministry's carbon opinions?",
        TRANSPORT,
        "构建以铁路为主干",
        "铁路",
        "other",
    ),
    _item(
        "Which existing law does China's 15th five-year peaking plan want amended?",
        PEAK,
        "推动修订节约能源法",
        "节约能源法",
        "list",
    ),
]
