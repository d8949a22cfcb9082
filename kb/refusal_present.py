"""A figure asked for a future year, and the clause quoted reports today's state.

"到2030年要建成多少座加氢站？" (or "how many stations will there be by 2030?") is not answered
by a Chinese clause such as "目前全省已建成加氢站86座": the clause names no year of its own and
reports what stands now (目前, 已建成, 已核准), so its figure is a statistic, not the aim asked
for, even when the aim's year stands elsewhere in the paragraph. Only a question that looks
ahead is checked: a deadline (到2030年, "by 2030") asked with a forward word (要, 将, 计划;
will, should, plan) or later than the document's date, or a plan period (十五五) asked with a
forward word, and never one in past wording (已经, 了; had, has been). A clause is never
refused here when it names a year, looks ahead itself (将, 力争, 预计), or says only
现有/已有 (在现有基础上) while it states an aim (达到, 新增, 确保) or stands under a dated aim
heading. The words are data (``[present_state]`` of ``kb/data/zh_scope.toml``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from importlib import resources

from ingest.aims import review_heading
from ingest.lang import load_grammar
from kb.carriers import is_year
from kb.cjk import fold_wide_digits, has_cjk
from kb.retrieve import Hit
from kb.understand import Query
from kb.zh_checks import period_years, written_years

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIGURE_KINDS = frozenset({"amount", "share", "count", "quantity"})


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for ``words``, longest first; a Latin word matches whole words only."""
    parts = [
        re.escape(w) if has_cjk(w) else rf"\b{re.escape(w)}\b"
        for w in sorted(words, key=len, reverse=True)
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


@functools.cache
def _words() -> dict[str, re.Pattern[str]]:
    raw = resources.files("kb").joinpath("data/zh_scope.toml").read_text("utf-8")
    data = tomllib.loads(raw)["present_state"]
    words = {key: _alternation(data[key]) for key in data if not key.startswith("deadline")}
    zh = "|".join(map(re.escape, data["deadline_zh"]))
    en = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data["deadline_en"])
    # 到2030年, 至2030年底, "by 2030", "by the end of 2030"
    words["deadline"] = re.compile(
        rf"(?:{zh})\s*((?:19|20)\d\d)\s*年|\b(?:{en})\s+((?:19|20)\d\d)\b", re.IGNORECASE
    )
    return words


def _asked_ahead(question: str, written: str = "") -> list[str]:
    """The years ``question`` asks a figure ahead for, never in past wording: a deadline's
    year asked with a forward word or after ``written`` (the year the quoted document was
    written, "" when unknown), or a plan period's years asked with a forward word."""
    words = _words()
    if words["past_question"].search(question):
        return []
    forward = bool(words["forward_question"].search(question))
    years = [a or b for a, b in words["deadline"].findall(question)]
    if years:
        return years if forward else [y for y in years if written and y > written]
    period = sorted(period_years(question))
    return [f"{period[0]}-{period[-1]}"] if period and forward else []


def asks_ahead(question: str) -> bool:
    """Whether ``question`` asks for an aim with no past word: a forward word (要, will), this
    year (今年, "this year") or aim wording (希望, "meant to"); never 已, 了, 去年, "was"."""
    words = _words()
    if words["past_question"].search(question) or words["past_cue_question"].search(question):
        return False
    return bool(
        words["forward_question"].search(question) or words["ahead_question"].search(question)
    )


def under_review(hit: Hit) -> bool:
    """Whether a heading above ``hit`` reviews a past period ("一、2024年工作回顾"; the
    ``[figures] review_heading`` of the Chinese extraction rules, read by ingest)."""
    return review_heading(hit.section, load_grammar("zh")) is not None


def asks_reviewed_year(years: Iterable[str], hit: Hit) -> bool:
    """Whether a year asked (``Query.years``) is at or before the year the review heading
    above ``hit`` names: "the 2024 target" is what "一、2024年工作回顾" reports on."""
    heading = review_heading(hit.section, load_grammar("zh")) or ""
    reviewed = [int(y) for y in re.findall(r"(?:19|20)\d{2}", fold_wide_digits(heading))]
    asked = [int(y) for y in years if y.isdigit()]
    return bool(reviewed and asked) and min(asked) <= max(reviewed)


def _names_year(text: str) -> bool:
    """Whether ``text`` names a year: a year-shaped figure read as a year (2030年, not
    2000座), a plan period or a year in Chinese numerals."""
    years = any(is_year(text, m) for m in _YEAR.finditer(text))
    return years or bool(period_years(text)) or bool(written_years(text))


def _under_aim_heading(hit: Hit) -> bool:
    """Whether a heading above ``hit`` names a year and an aim (到2030年…目标如下)."""
    words = _words()
    return any(
        _names_year(head)
        and (words["forward_clause"].search(head) or words["deadline"].search(head))
        for head in hit.section
    )


def _reports_today(text: str, hit: Hit) -> bool:
    """Whether the clause ``text`` reports today's state: a present word, or only
    现有/已有 in a clause that states no aim and stands under no dated aim heading."""
    words = _words()
    if words["present"].search(text):
        return True
    if not words["present_weak"].search(text):
        return False
    return not words["aim_verbs"].search(text) and not _under_aim_heading(hit)


def present_state_reason(
    query: Query, candidates: Sequence[Hit], doc_date: Callable[[str], str] = lambda _: ""
) -> str:
    """Why the quoted clause cannot answer a figure asked ahead ("" when it can);
    ``doc_date`` gives a document's date, from which a deadline later than it looks ahead.

    Example:
        >>> from kb.understand import understand
        >>> q = understand("到2030年全省要建成多少座换电站？")
        >>> hit = Hit(key="k", doc_id="d", clause_id="1", text="目前全省已建成换电站86座。")
        >>> present_state_reason(q, [hit])
        'the passage found reports the present state, not an aim for 2030'
    """
    if not candidates or query.kind not in _FIGURE_KINDS:
        return ""
    hit = candidates[0]
    written = _YEAR.search(fold_wide_digits(doc_date(hit.doc_id) or ""))
    asked = _asked_ahead(query.text, written.group() if written else "")
    if not asked:
        return ""
    text = fold_wide_digits(f"{hit.text} {hit.indexed_text or ''}")
    if not has_cjk(text) or _names_year(text) or _words()["forward_clause"].search(text):
        return ""
    if not _reports_today(text, hit):
        return ""
    return f"the passage found reports the present state, not an aim for {asked[0]}"


#: The check of this module as ``kb.refusal.refusal_reason`` names it.
PRESENT_CHECKS = {"present_state": present_state_reason}
