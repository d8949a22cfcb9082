"""An eighteenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about five published Chinese texts on electricity that no other question
set uses, each the text of a government web page stored in one repository no earlier set
used: a national notice on signing 2021 power contracts (with aims for the share of power
use under contract), Tianjin's rules for paying firms to use more power at night over the
2021 Spring Festival, a national notice on grid planning and investment, a national notice
setting regional transmission prices for 2020-2022, and the North China regulator's report
on two trial days of a market that pays coal plants to turn down (statistics only). They are
kept in ``../unseen11n/zh`` (the zh_fresh14 texts); give that folder to
``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from the folder
named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC18: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("locked in under yearly supply contracts", "soak up spare
  night-time power", "turn down at night"), not a translation of the clause.
- ZH_FC18: Chinese questions in everyday wording (过年那几天晚上, 用电少的小企业, 乱建没用上),
  not the document's terms.
- ZH_UNANSWERABLE_FC18: Chinese near-misses: each names something a text covers but asks for
  a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

CONTRACTS = "cn_ndrc_power_contracts_notice_2020"
NIGHT = "cn_tj_demand_response_rules_2021"
GRID = "cn_ndrc_grid_planning_notice_2020"
PRICES = "cn_ndrc_regional_transmission_prices_2020"
TRIAL = "cn_ncer_peak_regulation_trial_report_2018"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11n",)
OUTSIDE_SHARED = frozenset({CONTRACTS, NIGHT, GRID, PRICES, TRIAL})


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


EN_OVER_ZH_FC18: list[dict] = [
    _item(
        "How much of its power use should a Chinese province lock in under yearly supply "
        "contracts for 2021?",
        CONTRACTS,
        "力争签约电量不低于前三年用电量平均值的80%",
        "80%",
        "share",
    ),
    _item(
        "Once monthly deals are added, what share of past power use should China's 2021 "
        "long-term electricity contracts cover?",
        CONTRACTS,
        "保障中长期合同签约电量不低于前三年用电量平均值90%—95%",
        "90%—95%",
        "share",
    ),
    _item(
        "Above what yearly electricity purchase are Chinese buyers urged to sign contracts "
        "priced by time of day?",
        CONTRACTS,
        "年购电量500万千瓦时以上的电力用户及售电公司",
        "500万千瓦时",
        "amount",
    ),
    _item(
        "By when were China's yearly power supply contracts for 2021 supposed to be signed?",
        CONTRACTS,
        "努力在2020年12月底前完成年度中长期合同签订工作",
        "2020年12月底",
        "date",
    ),
    _item(
        "How much does Tianjin pay a firm per kilowatt-hour for using more power at night "
        "over the 2021 Chinese New Year?",
        NIGHT,
        "年春节期间需求响应固定补贴价格模式的补贴价格为",
        "1.2",
        "amount",
    ),
    _item(
        "What is the most a Tianjin firm may bid for taking extra night-time power during "
        "the 2021 holiday?",
        NIGHT,
        "千瓦时，竞价模式的补贴价格上限为",
        "2.0",
        "amount",
    ),
    _item(
        "How big was Tianjin's 2021 holiday scheme to soak up spare night-time power meant to be?",
        NIGHT,
        "，预计填谷响应总规模为",
        "50",
        "amount",
    ),
    _item(
        "At what voltage must China's grid plans list every building project one by one?",
        GRID,
        "对于110千伏（66千伏）及以上的输变电工程基建项目，规划应明确项目建设安排",
        "110千伏",
        "other",
    ),
    _item(
        "How long does China's 2020 rule on planning and paying for the power grid stay in force?",
        GRID,
        "自印发之日起施行，有效期5年",
        "5年",
        "other",
    ),
    _item(
        "How soon after a Chinese power plan is published may it be revised halfway through?",
        GRID,
        "电力规划发布两至三年后",
        "两至三年",
        "other",
    ),
    _item(
        "Until when do the regional grid transmission prices China set in 2020 apply?",
        PRICES,
        "第二监管周期（2020年1月1日～2022年12月31日）",
        "2022年12月31日",
        "date",
    ),
    _item(
        "How high did North China's power demand peak in the cold snap of December 2018?",
        TRIAL,
        "最大负荷分别达到22153、5853万千瓦",
        "22153",
        "amount",
    ),
    _item(
        "What price cap did North China's regulator propose for paying coal plants to turn "
        "down at night?",
        TRIAL,
        "为在保护购买方权益的基础上激励火电机组提供调峰资源，拟调整限价为300元/MW",
        "300元/MW",
        "amount",
    ),
    _item(
        "How much did the Beijing-Tianjin-Tangshan grid's turn-down market cost in all on "
        "the trial day of 7 December 2018?",
        TRIAL,
        "整体调峰市场费用529.3万元",
        "529.3万元",
        "amount",
    ),
]

ZH_FC18: list[dict] = [
    _item(
        "用电少的小企业也必须按峰谷分时段签购电合同吗？",
        CONTRACTS,
        "年购电量500万千瓦时以下的电力用户及售电公司，可自主选择是否签订分时段电力中长期合同",
        "500万千瓦时",
        "amount",
    ),
    _item(
        "签购电合同时，一天的时段最多能分成几段？",
        CONTRACTS,
        "也可以分成六段到十段",
        "十段",
        "count",
    ),
    _item(
        "天津过年那几天，晚上几点到几点鼓励企业多用电？",
        NIGHT,
        "0:00-06:00",
        "0:00-06:00",
        "other",
    ),
    _item(
        "天津春节多用电的企业，实际用的比报的多出太多，多出来的部分怎么补？",
        NIGHT,
        "的部分按照补贴价格的",
        "10%",
        "share",
    ),
    _item(
        "以前参加过天津春节填谷的企业，完成率至少要到多少才能竞价？",
        NIGHT,
        "）对于连续参与过天津市历年春节期间需求响应的用户，历年农历正月初二的实际响应量与申报响应量的比值均不低于",
        "70%",
        "share",
    ),
    _item(
        "全国的电力规划要管到省里多高电压的电网项目？",
        GRID,
        "全国电力规划应重点提出跨省跨区电网项目和省内500千伏及以上电网项目建设安排",
        "500千伏",
        "other",
    ),
    _item(
        "省里的电力规划要写清楚多少千伏以上的电网项目？",
        GRID,
        "省级电力规划应重点明确所属地区的110千伏（66千伏）及以上电网项目",
        "110千伏",
        "other",
    ),
    _item(
        "这次定的区域电网输电价，一共管几个片区？",
        PRICES,
        "现就华北等五个区域电网输电价格有关事项通知如下",
        "五个",
        "count",
    ),
    _item(
        "2018年12月那次寒潮，山西用电最高到了多少？",
        TRIAL,
        "山西负荷三日突破3000万千瓦，最大负荷达到3159万千瓦",
        "3159万千瓦",
        "amount",
    ),
    _item(
        "华北调峰市场12月9日那天，火电机组平均开到几成？",
        TRIAL,
        "省网市场开展时段平均发电负荷率66%",
        "66%",
        "share",
    ),
    _item(
        "12月7日华北几个省之间买卖调峰，一共花了多少钱？",
        TRIAL,
        "产生调峰费用508.8万元",
        "508.8万元",
        "amount",
    ),
]

ZH_UNANSWERABLE_FC18: list[dict] = [
    _near(
        "2021年全国电力中长期合同一共签了多少亿千瓦时？",
        CONTRACTS,
        "the notice sets shares to aim for and gives no total volume signed",
    ),
    _near(
        "2021年峰谷电价差最少要拉大到每千瓦时多少钱？",
        CONTRACTS,
        "the notice only says a guide gap must not be below the existing one; no figure",
    ),
    _near(
        "天津2021年春节需求响应一共发了多少补贴？",
        NIGHT,
        "the rules set prices and caps; the total paid out is not stated",
    ),
    _near(
        "国家规定电网公司每年投资最多不能超过多少亿元？",
        GRID,
        "the notice sets how plans and investment are reviewed, with no cap on the amount",
    ),
    _near(
        "华北区域电网的电量电价是每千瓦时几分钱？",
        PRICES,
        "the price table is an annex that the page does not hold",
    ),
    _near(
        "华北调峰辅助服务市场2019年全年一共产生了多少调峰费用？",
        TRIAL,
        "the report covers two trial days in December 2018 only",
    ),
]
