"""Find web boilerplate lines in a document's text.

Pages saved from news sites carry breadcrumbs, bare timestamps, hashtag lists
and comment forms around the article. They are not policy content, but the
text is stored as received so that every clause offset stays true; instead we
report their character spans (``Document.skipped``) and the segmenter skips
them.

Every pattern matches a *whole line*, never part of one, and each is narrow on
purpose: wrongly skipping a real sentence loses a target silently, while
keeping a stray "Print" line costs nothing.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator

# --- breadcrumbs ---------------------------------------------------------

# "Home » Business » …", "Home > News > …", "首页 > 新闻": a trail that starts at
# the site root. "-" is not a separator here, as "Home - based care …" is prose.
BREADCRUMB_FROM_HOME = re.compile(
    r"(?i:home(?:page)?|you are here:?\s*home|首页|主页|(?:当前|您的)位置[:：]?\s*首页)"
    r"\s*(?:»|›|>|&gt;|→|/|\|)\s*\S"
)
# "News » Business » Title": two or more guillemet separators never occur in
# sentences (">" is left out of this one as it appears in comparisons).
BREADCRUMB_CHAIN = re.compile(r"[^»›\n]{1,80}(?:\s[»›]\s[^»›\n]{1,200}){2,}")

# --- dates and timestamps --------------------------------------------------

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# One regex per date form, each with groups y, m, d, as one combined pattern
# cannot reuse group names. Day-first and month-first numeric forms (01/03/2024)
# are left out: they are ambiguous, and a wrong date is worse than none.
DATE_FORMS = (
    re.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})"),
    re.compile(rf"(?P<d>\d{{1,2}})(?i:st|nd|rd|th)?\s+(?P<m>{_MONTH}),?\s+(?P<y>(?:19|20)\d{{2}})"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
)
# An optional weekday before a date ("Friday, March 1, 2024").
_WEEKDAY = re.compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|星期[一二三四五六日天]\s*")
# An optional time after a date: "03:40:51", ", 10:30 am EST", "| 10:30", "T10:30Z".
_TIME = re.compile(
    r"(?:,?\s*(?:(?i:at)\s+|[|·•–—-]\s*)?|T)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"(?:\s*(?i:[ap]\.?m\.?))?(?:\s*(?:UTC|GMT|Z|[A-Z]{3}|[+-]\d{2}:?\d{2}))?"
)
# "Published: …", "Posted on …", "发布时间：…": a label before a date. Verbs need
# "on" or a colon, so "Published in 2024, the plan …" is not caught.
TIMESTAMP_LABEL = re.compile(
    r"(?i:(?:published|posted|updated|last updated|last modified)(?:\s+on\s+|\s*[:：]\s*)"
    r"|date\s*[:：]\s*)|(?:发布时间|发布日期|更新时间|日期|时间)\s*[:：]\s*"
)
# What may follow the date on a labelled line: nothing, or a by-line such as
# "| By Jane Doe"; a full stop means the line is a sentence, so it is kept.
_TIMESTAMP_TAIL = re.compile(r"\s*(?:(?:[|·•,–—-]|(?i:by)\b)[^.。!?！？]{0,60})?\s*")

# A list bullet before a dateline: "* 21 May 2025", "- 2024-03-01".
_LIST_BULLET = re.compile(r"^[*•·\-–]\s+")

# --- hashtags --------------------------------------------------------------

# "#green #carbon #lowcarbon": two or more tags and nothing else. "#" must be
# followed by a letter, so Markdown headings ("## Aims") and "#1" never match.
HASHTAG_LINE = re.compile(r"(?:#[^\W\d_][\w-]*\s*){2,}")

# --- share, related and copyright footers -----------------------------------

# Bare labels of share/print/related widgets: the whole line is the label.
FOOTER_LABEL = re.compile(
    r"(?i:share(?: this(?: (?:article|post|page|story))?)?|share on (?:facebook|twitter|x|"
    r"linkedin|whatsapp|wechat|weibo|email)|print(?: this (?:article|page|post))?|related"
    r"(?: (?:posts|articles|stories|news|content|reading))?|you (?:may|might) also like|"
    r"read more|recommended(?: for you)?|分享到|相关(?:阅读|新闻|文章)|打印)\s*[:：]?"
)
# "Copyright © 2024 …", "© 2024 Example", "版权所有": site notices. A sentence
# about copyright law has no "©".
COPYRIGHT_LINE = re.compile(r"(?i:copyright\s*)?(?:©|\((?i:c)\)\s*\d{4}).{0,200}|版权所有.{0,200}")

# --- comment forms -----------------------------------------------------------

# The first line of a comment form. Everything after it to the end of the text
# is comments or form labels (see ``find_boilerplate`` for when that applies).
COMMENT_FORM_START = re.compile(
    r"(?i:leave a (?:comment|reply)|post a comment|add a comment|cancel reply|"
    r"comments are closed\.?|\d+ (?:comments?|responses?|replies)|"
    r"your email address will not be published.*|"
    r"this site uses akismet to reduce spam.*)|发表评论|网友评论"
)
# How many non-empty lines after a comment-form start to look at for a second
# form marker, when the start is in the first half of the text.
_FORM_CONFIRM_LINES = 5


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank line, trimmed of outer whitespace.

    Lines end at ``\n`` only (newlines are normalised on loading), so a form
    feed from a PDF does not shift the line count.
    """
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            yield start, start + len(stripped)
        pos += len(raw) + 1


def _match_date_at_start(line: str) -> tuple[re.Match[str], int] | None:
    """The date that opens ``line`` (after an optional weekday) and where it ends."""
    offset = 0
    weekday = _WEEKDAY.match(line)
    if weekday:
        offset = weekday.end()
    for form in DATE_FORMS:
        match = form.match(line, offset)
        if match:
            end = match.end()
            time = _TIME.match(line, end)
            return match, time.end() if time else end
    return None


def _timestamp_date(line: str) -> re.Match[str] | None:
    """The date match when ``line`` is a bare or labelled timestamp, else None.

    A dateline saved as a list item ("* 21 May 2025" above a Commission news item) is one.
    """
    line = _LIST_BULLET.sub("", line, count=1)
    label = TIMESTAMP_LABEL.match(line)
    rest = line[label.end() :] if label else line
    found = _match_date_at_start(rest)
    if found is None:
        return None
    match, end = found
    tail = rest[end:]
    if not tail.strip() or (label and _TIMESTAMP_TAIL.fullmatch(tail)):
        return match
    return None


def _is_breadcrumb(line: str) -> bool:
    return bool(BREADCRUMB_FROM_HOME.match(line) or BREADCRUMB_CHAIN.fullmatch(line))


def _is_single_line_boilerplate(line: str) -> bool:
    return bool(
        _is_breadcrumb(line)
        or _timestamp_date(line)
        or HASHTAG_LINE.fullmatch(line)
        or FOOTER_LABEL.fullmatch(line)
        or COPYRIGHT_LINE.fullmatch(line)
    )


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Character spans of web boilerplate lines in ``text``.

    Each span covers one line, trimmed of surrounding whitespace, so
    ``text[start:end]`` is exactly the boilerplate line. The text itself is not
    changed: the spans are skipped by the segmenter but offsets stay true.

    A comment-form start ("Leave a Comment", "Leave a Reply", the Akismet
    notice, ...) makes every later line boilerplate too, provided it sits in
    the second half of the text or another form marker follows within a few
    lines; a lone "Leave a comment" link under a headline does not swallow
    the article.

    Args:
        text: the document text, newlines already normalised.

    Returns:
        Sorted, non-overlapping ``(start, end)`` spans.
    """
    lines = list(iter_lines(text))
    spans: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if COMMENT_FORM_START.fullmatch(line):
            if start >= len(text) / 2 or any(
                COMMENT_FORM_START.fullmatch(text[s:e])
                for s, e in lines[index + 1 : index + 1 + _FORM_CONFIRM_LINES]
            ):
                spans.extend(lines[index:])
                break
            spans.append((start, end))
        elif _is_single_line_boilerplate(line):
            spans.append((start, end))
    return spans


def _iso(match: re.Match[str]) -> str | None:
    month_text = match.group("m").rstrip(".").lower()
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
    if month is None:
        return None
    try:
        return _dt.date(int(match.group("y")), month, int(match.group("d"))).isoformat()
    except ValueError:  # 2024-02-31 and the like: not a date, so no date
        return None


def find_page_date(text: str, spans: Iterable[tuple[int, int]] | None = None) -> str | None:
    """The page's date from its first timestamp boilerplate line, if any.

    Used when the manifest gives no date: a saved news page usually carries
    its publication time on a line of its own ("2024-03-01 03:40:51").

    Args:
        text: the document text.
        spans: boilerplate spans from ``find_boilerplate(text)``; computed when
            None.

    Returns:
        The date as ``YYYY-MM-DD``, or None when no timestamp line holds a
        valid date.
    """
    for start, end in find_boilerplate(text) if spans is None else spans:
        match = _timestamp_date(text[start:end].strip())
        if match:
            iso = _iso(match)
            if iso:
                return iso
    return None


def find_labelled_date(text: str) -> str | None:
    """The first date that follows a publication label anywhere on a line, as ``YYYY-MM-DD``.

    A content system's info line holds several labelled fields ("来源： 作者： 发布时间：
    2024年03月11日 点击数："), so the label need not open the line; the date must follow the
    label at once.
    """
    for label in TIMESTAMP_LABEL.finditer(text):
        found = _match_date_at_start(text[label.end() : label.end() + 40])
        if found is not None:
            iso = _iso(found[0])
            if iso:
                return iso
    return None


# "The Government submitted its updated NDC on August 26, 2022": a past event on a day.
_EVENT_BEFORE = re.compile(
    r"\b(?:\w{3,}ed|was|were|signed|held|began|took|met|won|set|made|gave|led)\b[^.;!?\n]{0,80}"
    r"\bon\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?$"
)
_NOT_PAST = re.compile(r"\b(?:will|shall|would|must|should|to\s+be|is\s+to|are\s+to|from|until)\b")


def find_event_date(text: str) -> str | None:
    """The latest day on which an undated document says something happened, if any.

    A report states past events on their days ("approved the Mission on January 4, 2023");
    it was written on or after the latest of them, which then dates it well enough to tell
    a figure of 2022 from an aim. A day in the future tense ("will apply on ...") is not one.
    """
    latest = None
    for form in DATE_FORMS[1:3]:
        for match in form.finditer(text):
            before = text[max(0, match.start() - 120) : match.start()]
            before = re.split(r"[.;!?\n]\s", before)[-1]
            if not _EVENT_BEFORE.search(before) or _NOT_PAST.search(before):
                continue
            iso = _iso(match)
            if iso and (latest is None or iso > latest):
                latest = iso
    return latest


# A title that ends with the day it reports on: "# Evening bulletin 2024-03-01",
# "晚间新闻 2024年3月1日". Markdown heading marks and a trailing bracket are allowed; the title
# must be short and hold no sentence mark, so a sentence that ends on a date is not one.
_TITLE_DATE = re.compile(
    r"^\s*#*\s*(?P<title>[^\s，。；,;！？!?][^\n，。；,;！？!?]{0,60}?)[\s(（:：·|-]*"
    r"(?P<date>(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))\s*[)）]?\s*$"
)

# A date that ends a range ("2021年1月1日至2025年12月31日", "2021-01-01 - 2025-12-31") or a
# deadline ("征求意见截止时间 2025年12月31日", "comments close 2025-03-31") is no day of report.
_TITLE_RANGE_END = re.compile(r"(?:至|到|—|–|～|~|(?:\d|日)\s*-)\s*$")
_TITLE_DEADLINE = re.compile(
    r"截止|截至|期限|有效期|届满|\b(?:deadline|clos(?:e|es|ed|ing)|until|till|due|expir\w*)\b", re.I
)


def find_title_date(text: str) -> str | None:
    """The day an undated digest, bulletin or transcript reports on, from a date that ends
    its title line (the first line with text), if any.

    A day's news saved as "# 晚间新闻 2024-03-01" and then its items is of that day, so a
    figure of the year before is a statistic. A date anywhere else on the line, the end of
    a range or a deadline ("实施期限：…至2025年12月31日"), or a title of more than a short line,
    dates nothing.
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    match = _TITLE_DATE.match(first)
    if match is None or not re.search(r"[^\W\d_]", match.group("title")):
        return None
    before = first[: match.start("date")]
    if _TITLE_RANGE_END.search(before) or _TITLE_DEADLINE.search(before):
        return None  # the end of a period or a deadline, not the day reported on
    for form in (DATE_FORMS[0], DATE_FORMS[3]):
        found = form.fullmatch(match.group("date"))
        if found:
            return _iso(found)
    return None
