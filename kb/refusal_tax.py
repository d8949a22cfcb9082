"""Refusal check for a question about one tax answered by a clause on another.

"What is China's carbon tax rate?" is not answered by the rate of the enterprise income
tax, nor "What is the income tax rate?" by the value-added tax's. A question names a
particular tax in Chinese (a word ending in 税 that is no verb's object, terms.toml
``[taxes] zh_name``; 个税 reaches 所得税 through its synonym group), through a synonym group
holding such a word ("VAT", "income tax", "property tax"), or in English by a word of
``[taxes] en_kinds`` before "tax" ("inheritance tax"). The quoted clause is refused only on
positive evidence: it names a particular tax and none of the asked ones. A clause naming no
tax (its law's title names it) and a question naming none ("What tax applies to vessels?",
"How many days make a foreigner tax resident?") are never refused here.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import has_cjk
from kb.retrieve import Hit
from kb.understand import Query, expansions

_QUALIFIED = re.compile(r"\b([a-z][a-z-]*)\s+tax(?:es|ation)?\b", re.IGNORECASE)


@functools.cache
def _data() -> dict:
    raw = resources.files("kb").joinpath("data/terms.toml").read_text("utf-8")
    return tomllib.loads(raw).get("taxes", {})


@functools.cache
def _zh_name() -> re.Pattern[str]:
    return re.compile(_data()["zh_name"])


@functools.cache
def _en_kinds() -> frozenset[str]:
    return frozenset(_data().get("en_kinds", "").split())


def named_taxes(text: str) -> set[str]:
    """The particular taxes ``text`` names in Chinese, each as the character before 税
    and 税 (企业所得税 -> 得税); the generic words (纳税, 税率, 的税率) name none.

    Example:
        >>> sorted(named_taxes("企业所得税和车船税的税率，纳税人按月申报纳税"))
        ['得税', '船税']
    """
    return set(_zh_name().findall(text))


def asked_taxes(question: str) -> tuple[bool, set[str]]:
    """Whether ``question`` names a particular tax, and the Chinese names (as
    ``named_taxes``) it or its synonyms give it: an English tax with no Chinese synonym
    ("inheritance tax") names one with no Chinese name.

    Example:
        >>> asked_taxes("What is the inheritance tax rate?")
        (True, set())
        >>> asked_taxes("What tax must a firm pay on its vessels?")
        (False, set())
    """
    matched, extra = expansions(question)
    names = set().union(*(named_taxes(t) for t in (question, *matched, *extra) if has_cjk(t)))
    if has_cjk(question):
        return bool(named_taxes(question)), names
    qualified = any(m.group(1).lower() in _en_kinds() for m in _QUALIFIED.finditer(question))
    return bool(names) or qualified, names


def other_tax_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """The question names a particular tax and the quoted clause names only others.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("What is China's carbon tax rate?")
        >>> text = "第四条　企业所得税的税率为百分之二十五。"
        >>> other_tax_reason(q, [Hit(key="k", doc_id="d", clause_id="1", text=text)])
        'the passage found is about another tax than the one asked'
    """
    if not candidates:
        return ""
    particular, asked = asked_taxes(query.text)
    if not particular:
        return ""
    clause = named_taxes(candidates[0].text)
    if not clause or clause & asked:
        return ""
    return "the passage found is about another tax than the one asked"


#: The check of this module as ``kb.refusal.refusal_reason`` names it.
TAX_CHECKS = {"other_tax": other_tax_reason}
