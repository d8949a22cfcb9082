"""A figure asked for a future year, and the clause quoted reports today's state.

"到2030年要建成多少座加氢站？" (or "how many stations by 2030?") is not answered by a Chinese
clause such as "截至目前，已建成加氢站574座": the clause names no year of its own and reports
what stands now (目前, 已建成, 已核准), so its figure is a statistic, not the aim asked for,
even when the aim's year stands elsewhere in the paragraph. Only a question that looks
ahead is checked: a deadline (到2030年, "by 2030") or a plan period (十五五) with a forward
word (要, 将, 计划); a clause that names a year, or looks ahead itself (将, 力争, 预计), is
never refused here. The words are data (``[present_state]`` of ``kb/data/zh_scope.toml``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from kb.cjk import fold_wide_digits, has_cjk
from kb.retrieve import Hit
from kb.understand import Query
from kb.zh_checks import period_years, written_years

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# 到2030年, 至2030年底, "by 2030", "by the end of 2030"
_DEADLINE = re.compile(
    r"(?:到|至)\s*((?:19|20)\d\d)\s*年|\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_FIGURE_KINDS = frozenset({"amount", "share", "count", "quantity"})


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    data = tomllib.loads(raw)["present_state"]

    def alternation(key: str) -> re.Pattern[str]:
        return re.compile("|".join(map(re.escape, sorted(data[key], key=len, reverse=True))))

    return alternation("present"), alternation("forward_clause"), alternation("forward_question")


def _asked_ahead(question: str) -> list[str]:
    """The years ``question`` asks a figure ahead for: a deadline's year, or a plan
    period's years when it asks with a forward word."""
    years = [a or b for a, b in _DEADLINE.findall(question)]
    if years:
        return years
    _, _, forward = _words()
    period = sorted(period_years(question))
    return [f"{period[0]}-{period[-1]}"] if period and forward.search(question) else []


def present_state_reason(query: Query, candidates: Sequence[Hit]) -> str:
    """Why the quoted clause cannot answer a figure asked ahead ("" when it can).

    Example:
        >>> from kb.understand import understand
        >>> q = understand("到2030年全省要建成多少座换电站？")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="目前全省已建成换电站86座。")
        >>> present_state_reason(q, [hit])
        'the passage found reports the present state, not an aim for 2030'
    """
    if not candidates or query.kind not in _FIGURE_KINDS:
        return ""
    asked = _asked_ahead(query.text)
    if not asked:
        return ""
    hit = candidates[0]
    text = fold_wide_digits(f"{hit.text} {hit.indexed_text or ''}")
    if not has_cjk(text) or _YEAR.search(text) or period_years(text) or written_years(text):
        return ""
    present, forward, _ = _words()
    if not present.search(text) or forward.search(text):
        return ""
    return f"the passage found reports the present state, not an aim for {asked[0]}"


#: The check of this module as ``kb.refusal.refusal_reason`` names it.
PRESENT_CHECKS = {"present_state": present_state_reason}
