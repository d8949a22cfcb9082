"""A sixteenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about four published Chinese national laws on tax that no other question
set uses, kept one article a JSON line in one repository no earlier set used: the VAT law
(2024, in force 2026), the enterprise income tax law (as amended to 2018), the individual
income tax law (as amended in 2018) and the law on tax collection and administration (as
amended to 2015). They are kept in ``../unseen11l/zh`` (the zh_fresh12 texts); give that
folder to ``benchmarks/kb_real.py --extra-docs DIR/zh``; ``check_sets.py`` reads them from
the folder named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC16: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("sales tax", "a small business", "paying late"), not a
  translation of the clause.
- ZH_FC16: Chinese questions in everyday wording (买东西交的税, 公司开张), not the
  document's terms.
- ZH_UNANSWERABLE_FC16: Chinese near-misses: each names something a law covers but asks for
  a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

VAT = "cn_vat_law_2024"
EIT = "cn_enterprise_income_tax_law_2018"
IIT = "cn_individual_income_tax_law_2018"
COLLECT = "cn_tax_collection_law_2015"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11l",)
OUTSIDE_SHARED = frozenset({VAT, EIT, IIT, COLLECT})


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


EN_OVER_ZH_FC16: list[dict] = [
    _item(
        "What is China's standard VAT rate on ordinary goods under the new VAT law?",
        VAT,
        "税率为百分之十三",
        "百分之十三",
        "share",
    ),
    _item(
        "What VAT rate does China charge on transport, construction and property rental?",
        VAT,
        "税率为百分之九",
        "百分之九",
        "share",
    ),
    _item(
        "Below what yearly turnover does a Chinese business count as a small VAT taxpayer?",
        VAT,
        "年应征增值税销售额未超过五百万元",
        "五百万元",
        "amount",
    ),
    _item(
        "When does China's VAT law come into force?",
        VAT,
        "本法自2026年1月1日起施行",
        "2026年1月1日",
        "date",
    ),
    _item(
        "What is the corporate income tax rate for companies in China?",
        EIT,
        "企业所得税的税率为25％",
        "25％",
        "share",
    ),
    _item(
        "At what reduced rate are Chinese high-tech firms taxed on profits?",
        EIT,
        "减按15％的税率征收企业所得税",
        "15％",
        "share",
    ),
    _item(
        "How much of its profit can a Chinese company deduct for charitable giving?",
        EIT,
        "在年度利润总额12％以内的部分",
        "12％",
        "share",
    ),
    _item(
        "For how many years can a Chinese company carry a tax loss forward?",
        EIT,
        "结转年限最长不得超过五年",
        "五年",
        "other",
    ),
    _item(
        "How many days in China in a year make a foreigner tax resident there?",
        IIT,
        "居住累计满一百八十三天的个人，为居民个人",
        "一百八十三天",
        "count",
    ),
    _item(
        "How much income a year is tax-free before China's personal income tax applies?",
        IIT,
        "减除费用六万元",
        "六万元",
        "amount",
    ),
    _item(
        "What is the top rate of Chinese income tax on a sole trader's business profits?",
        IIT,
        "适用百分之五至百分之三十五的超额累进税率",
        "百分之三十五",
        "share",
    ),
    _item(
        "What daily charge does China add when tax is paid late?",
        COLLECT,
        "按日加收滞纳税款万分之五的滞纳金",
        "万分之五",
        "share",
    ),
    _item(
        "If a Chinese tax office's own mistake left tax unpaid, how long can it claim it?",
        COLLECT,
        "税务机关在三年内可以要求纳税人、扣缴义务人补缴税款",
        "三年",
        "other",
    ),
    _item(
        "What is the fine in China for making up the figures tax is worked out from?",
        COLLECT,
        "并处五万元以下的罚款",
        "五万元",
        "amount",
    ),
]

ZH_FC16: list[dict] = [
    _item(
        "平常买东西交的增值税一般是百分之几？",
        VAT,
        "税率为百分之十三",
        "百分之十三",
        "share",
    ),
    _item(
        "东西卖到国外要交多少增值税？",
        VAT,
        "纳税人出口货物，税率为零",
        "零",
        "share",
    ),
    _item(
        "小微企业交所得税按百分之几算？",
        EIT,
        "小型微利企业，减按20％的税率",
        "20％",
        "share",
    ),
    _item(
        "公司替别人扣下的所得税要几天内交上去？",
        EIT,
        "应当自代扣之日起七日内缴入国库",
        "七日",
        "other",
    ),
    _item(
        "工资交个税最高按百分之多少？",
        IIT,
        "适用百分之三至百分之四十五的超额累进税率",
        "百分之四十五",
        "share",
    ),
    _item(
        "个税年度汇算要在什么时候办？",
        IIT,
        "在取得所得的次年三月一日至六月三十日内",
        "三月一日至六月三十日",
        "date",
    ),
    _item(
        "单位帮忙代扣个税能拿多少手续费？",
        IIT,
        "付给百分之二的手续费",
        "百分之二",
        "share",
    ),
    _item(
        "税交多了，几年内还能要回来？",
        COLLECT,
        "自结算缴纳税款之日起三年内发现的",
        "三年",
        "other",
    ),
    _item(
        "没按时报税一般会被罚多少钱？",
        COLLECT,
        "可以处二千元以下的罚款",
        "二千元",
        "amount",
    ),
    _item(
        "公司开张以后多少天内要去办税务登记？",
        COLLECT,
        "自领取营业执照之日起三十日内",
        "三十日",
        "other",
    ),
]

ZH_UNANSWERABLE_FC16: list[dict] = [
    _near(
        "2026年全国增值税收入预计能有多少亿元？",
        VAT,
        "the law sets rates and rules and states no revenue figure",
    ),
    _near(
        "增值税留抵退税能退百分之多少？",
        VAT,
        "excess input tax may be carried forward or refunded under State Council rules, no share",
    ),
    _near(
        "企业研发费用可以加计扣除百分之多少？",
        EIT,
        "the law allows an extra deduction for research costs and leaves its size unstated",
    ),
    _near(
        "个税子女教育专项附加扣除每个月能扣多少钱？",
        IIT,
        "the law names the special deductions and leaves their amounts to the State Council",
    ),
    _near(
        "偷税最多要判几年？",
        COLLECT,
        "the law sets fines and refers crimes to criminal law with no prison term",
    ),
    _near(
        "纳税人欠税超过多少钱就不能出境？",
        COLLECT,
        "the law lets tax offices stop a debtor leaving the country with no amount named",
    ),
]
