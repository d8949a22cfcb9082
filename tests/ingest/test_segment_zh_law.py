"""Clause structure of a Chinese law or regulation: 章 > 条 > （一） items.

A law states a penalty once, in the article's lead-in ("有下列行为之一的，……处……罚款："),
and lists the offences as （一）（二） items under it; each item must carry that lead-in
(so a question about one offence finds the fine), and the lead-in must end with its
article. Text files often keep Markdown heading marks ("## 第二章 罚则").
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp
from ingest.records import Document, content_id
from ingest.segment import split_clauses

# A made-up local water regulation, in our own words.
LAW = (
    "# 示范市节约用水管理条例\n\n"
    "## 第一章 总则\n\n"
    "第一条 为了节约用水，保护水资源，制定本条例。\n\n"
    "第二条 本市对重点用水单位实行名录管理。\n\n"
    "下列单位为重点用水单位：\n\n"
    "（一）年用水量十万吨以上的工厂；\n\n"
    "（二）市水务部门指定的其他单位。\n\n"
    "第三条 重点用水单位应当每年报送上年度用水报告。\n\n"
    "## 第二章 罚则\n\n"
    "第四条 违反本条例规定，有下列行为之一的，由市水务部门责令改正；拒不改正的，"
    "处一万元以上五万元以下的罚款：\n\n"
    "（一）未安装计量水表的；\n\n"
    "（二）虚报用水数据的。\n\n"
    "第五条 本条例自2031年1月1日起施行。\n"
)


@pytest.fixture(scope="module")
def clauses():
    document = Document(doc_id=content_id(LAW), path="law.txt", text=LAW, language="zh")
    found = split_clauses(document, build_nlp(language="zh"))
    for clause in found:
        assert LAW[clause.start : clause.end] == clause.text
    return found


def _clause(clauses, opening: str):
    return next(c for c in clauses if c.text.startswith(opening))


@pytest.mark.parametrize(
    ("opening", "chapter", "article", "context"),
    [
        # an article sits under its chapter, an item under its article
        ("第一条", "第一章 总则", "第一条", ""),
        ("（一）年用水量", "第一章 总则", "第二条", "下列单位为重点用水单位："),
        ("（二）市水务部门", "第一章 总则", "第二条", "下列单位为重点用水单位："),
        # the next article is a new provision: the list's lead-in does not reach it
        ("第三条", "第一章 总则", "第三条", ""),
        # an offence listed under a penalty article carries the penalty
        ("（一）未安装", "第二章 罚则", "第四条", "第四条 违反本条例规定"),
        ("（二）虚报", "第二章 罚则", "第四条", "第四条 违反本条例规定"),
        ("第五条", "第二章 罚则", "第五条", ""),
    ],
)
def test_articles_items_and_their_lead_ins(clauses, opening, chapter, article, context):
    clause = _clause(clauses, opening)
    assert clause.section[0] == chapter
    assert any(label.startswith(article) for label in clause.section[1:])
    assert clause.context.startswith(context) if context else clause.context == ""


def test_markdown_heading_marks_in_a_text_file_make_headings_and_the_title(clauses):
    title = _clause(clauses, "# 示范市")
    assert title.kind == "title"
    chapter = _clause(clauses, "## 第二章")
    assert chapter.kind == "heading"
    assert chapter.section == ("第二章 罚则",)


def test_the_fine_reads_with_the_offence(clauses):
    # what a reader of one item sees: the article's lead-in, then the offence
    item = _clause(clauses, "（二）虚报")
    assert "一万元以上五万元以下" in item.display_text
    assert item.display_text.endswith("（二）虚报用水数据的。")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # the items complete the lead-in's condition: a threshold, not an aim
        ("第六条 用水单位符合下列条件的，应当列入重点用水单位名录：\n\n"
         "（一）年用水量达到5万吨以上；\n\n（二）位于缺水地区。\n", 0),
        # the lead-in's duty reaches its items: an aim with a figure
        ("第七条 到2030年，各市应当完成下列任务：\n\n"
         "（一）工业用水重复利用率达到90%；\n\n（二）建成节水型城市。\n", 1),
    ],
)  # fmt: skip
def test_a_figure_in_an_item_is_a_target_only_under_a_lead_in_that_sets_aims(text, targets):
    from ingest.pipeline import process_document

    document = Document(doc_id=content_id(text), path="rules.txt", text=text, language="zh")
    found = process_document(document, nlp=build_nlp(language="zh"), types=("target",))
    quantitative = [r for r in found.records if r.type == "target" and r.value is not None]
    assert len(quantitative) == targets
