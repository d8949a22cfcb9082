"""A second dev set of English questions whose answers are only in Chinese documents.

Written (questions, documents, short evidence anchors and values) before any
policykb output on them was seen, for work on cross-lingual retrieval: the
documents least covered by zh_sets.py and zh_first_contact.py (the 2024 Energy
Law, the 2025 carbon-market work notice, the 2022 transport opinions). The
questions are ours; the evidence anchors are the few characters that locate
the answer in the original. Same label format as the other sets (README.md).
"""

from __future__ import annotations

ENERGY_LAW = "cn_energy_law_2024"
NOTICE = "cn_ets_work_notice_2025"
TRANSPORT = "cn_transport_opinions_2022"


def _item(q, doc, evidence, value, kind):
    return {"q": q, "doc": doc, "evidence": evidence, "value": value, "kind": kind, "split": "dev"}


EN_OVER_ZH_DEV2: list[dict] = [
    _item(
        "When does China's Energy Law adopted in 2024 come into force?",
        ENERGY_LAW,
        "本法自2025年1月1日起施行",
        "2025年1月1日",
        "date",
    ),
    _item(
        "Under China's Energy Law, what fine can a pipeline network operator face if it keeps "
        "refusing to give other market players fair, non-discriminatory access?",
        ENERGY_LAW,
        "公平、无歧视开放",
        "二倍以下",
        "amount",
    ),
    _item(
        "By what date in 2025 must provincial environment departments submit the lists of "
        "covered steel, cement and aluminium smelting companies for 2024 and 2025?",
        NOTICE,
        "2025年5月10日前",
        "5月10日",
        "date",
    ),
    _item(
        "From July 2025, within how many days after each month must steel, cement and "
        "aluminium emitters report their monthly emissions accounting data?",
        NOTICE,
        "每月结束后的40个自然日内",
        "40个自然日",
        "count",
    ),
    _item(
        "Above what yearly direct emissions must a stand-alone electric-arc-furnace steelmaker "
        "have its emissions verified under China's 2025 carbon market notice?",
        NOTICE,
        "2.6万吨二氧化碳当量",
        "2.6万吨",
        "amount",
    ),
    _item(
        "Which four government bodies jointly issued China's 2022 implementation opinions on "
        "carbon peaking and neutrality in transport?",
        TRANSPORT,
        "国家铁路局",
        "国家铁路局",
        "actor",
    ),
]
