"""Extractive answers on real questions about the bundled article, and refusals."""

from __future__ import annotations

import pytest

from ingest.records import Target
from kb.errors import QuestionError
from kb.llm import build_prompt
from kb.qa import MAX_ANSWER_CHARS, NO_ANSWER, render_record
from kb.testing import FakeChatModel

# (question, a value the answer must state, a phrase of the cited clause [1])
QUESTIONS = [
    (
        "How much of electrolytic aluminium's energy must be renewable by 2030?",
        "30%",
        "electrolytic aluminum",
    ),
    (
        "What share of manufacturing output should green factories reach by 2030?",
        "40%",
        "green factories",
    ),
    ("What utilisation rate is targeted for bulk industrial solid waste?", "62%", "solid waste"),
    (
        "How many tonnes of renewable resources should be recycled by 2030?",
        "510 million tons",
        "recycling volume",
    ),
    ("What proportion of steel should be made with short-process methods?", "20%", "short-process"),
    ("How many steel firms have finished ultra-low emission retrofits?", "89", "steel companies"),
]

OFF_TOPIC = [
    "What is the capital of France?",
    "Who won the football world cup in 2018?",
    "How do I bake sourdough bread?",
]


@pytest.mark.parametrize("question, value, clause_phrase", QUESTIONS)
def test_extractive_answer_states_the_value_and_cites_the_clause(
    article_kb, question, value, clause_phrase
):
    ans = article_kb.ask(question)
    assert ans.answered
    assert value in ans.text
    assert clause_phrase in ans.sources[0].text
    first_line = ans.text.splitlines()[0]
    assert first_line.endswith("[1]") and len(first_line) <= MAX_ANSWER_CHARS + 90


def test_aluminium_question_shows_the_30_percent_record_first(article_kb):
    ans = article_kb.ask("How much of electrolytic aluminium's energy must be renewable by 2030?")
    assert ans.records and ans.records[0].value == 30.0
    assert "By 2030: proportion of renewable energy used in electrolytic aluminum > 30%" in ans.text


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_questions_are_refused(article_kb, question):
    ans = article_kb.ask(question)
    assert not ans.answered
    assert ans.text == NO_ANSWER and ans.records == ()


@pytest.mark.parametrize(
    "question, match", [("", "empty"), ("   \n ", "empty"), ("x" * 10_000, "10,000 characters")]
)
def test_bad_questions_raise_one_line_errors(article_kb, question, match):
    with pytest.raises(QuestionError, match=match):
        article_kb.ask(question)


def test_answer_json_shape(article_kb):
    data = article_kb.ask("What is a green factory?", top_k=3).to_dict()
    assert set(data) >= {"question", "answer", "sources", "records"}
    assert len(data["sources"]) == 3
    assert set(data["sources"][0]) == {
        "text",
        "doc_id",
        "clause_id",
        "section",
        "language",  # the document's language (issue 11)
        "score",
        "strength",
        "start",
        "end",
    }
    assert data["sources"][0]["strength"] in ("strong", "partial", "weak")


def test_render_record_plainly(article_extraction):
    (target,) = [r for r in article_extraction.records if r.type == "target" and r.value == 40.0]
    assert render_record(target).startswith("By 2030: output value of green factories")
    assert render_record(target).endswith("> 40%")


def test_render_obligation_without_repeating_its_object(article_extraction):
    from ingest.records import Obligation

    ob = Obligation(
        modality="encouragement",
        actor="data centers",
        action="expand the proportion of green energy utilization",
        object="the proportion of green energy utilization",
        condition=None,
        year=None,
        deadline_text="",
        doc_id="d",
        clause_id="c",
        text="",
        start=0,
        end=0,
    )
    assert (
        render_record(ob) == "data centers should expand the proportion of green energy utilization"
    )
    bare = Obligation(
        modality="obligation",
        actor=None,
        action="promote deep integration",
        object="deep integration",
        condition=None,
        year=2030,
        deadline_text="by 2030",
        doc_id="d",
        clause_id="c",
        text="",
        start=0,
        end=0,
    )
    assert render_record(bare) == "By 2030: Obligation: promote deep integration"


def test_llm_answers_are_grounded_in_numbered_sources(article_kb):
    fake = FakeChatModel(["More than 30% of the energy must be renewable [1]."])
    ans = article_kb.ask(
        "How much of electrolytic aluminium's energy must be renewable by 2030?", llm=fake
    )
    assert ans.text == "More than 30% of the energy must be renewable [1]."
    (prompt,) = fake.prompts
    assert prompt == build_prompt(ans.question, ans.sources)
    assert "[1] " in prompt and "electrolytic aluminum" in prompt


@pytest.mark.parametrize(
    "question, why",
    [
        # The article sets the 2030 green-factory share but no sanction for missing it.
        (
            "What penalty applies to a factory that misses the 2030 green-factory share?",
            "sum of money",
        ),
        # It never gives the steel share for 2040.
        ("What share of steel should come from short-process steelmaking by 2040?", "2040"),
    ],
)
def test_near_miss_questions_are_refused_with_the_reason(article_kb, question, why):
    ans = article_kb.ask(question)
    assert not ans.answered and ans.text == NO_ANSWER
    assert why in ans.reason
    assert ans.sources  # the nearest passages stay listed
    assert ans.to_dict()["reason"] == ans.reason


def test_who_issued_is_answered_from_the_manifest(article_kb):
    ans = article_kb.ask("Who issued the guiding opinions on green manufacturing?")
    meta = article_kb.store.document_meta(ans.sources[0].doc_id)
    assert ans.answered and meta["issuer"] and meta["issuer"] in ans.text
    assert ans.text.endswith("[1]")


@pytest.mark.parametrize(
    ("metric", "value", "quote", "restates"),
    [
        # A qualitative aim whose words are all quoted adds nothing: one line, not two.
        (
            "Geothermal heating will supply the north",
            None,
            "Geothermal heating will supply the north from 2027.",
            True,
        ),
        # A figure read into fields is a finding of its own, even from the same sentence.
        ("share of heat pumps", 40.0, "The share of heat pumps shall reach 40% by 2030.", False),
        # An aim the quote does not contain is shown.
        (
            "coal boilers phased out",
            None,
            "The share of heat pumps shall reach 40% by 2030.",
            False,
        ),
    ],
)
def test_a_record_line_is_left_out_when_it_only_repeats_the_quote(metric, value, quote, restates):
    from kb.qa import _restates

    record = Target(
        metric=metric, value=value, unit="%" if value else "", value_text="", comparator=None,
        direction=None, year=2030, base_year=None, deadline_text="by 2030", sector="",
        doc_id="d", clause_id="c", text=quote, start=0, end=len(quote),
    )  # fmt: skip
    assert _restates(record, quote) is restates


def _aim(metric, value, *, unit="%", comparator=None, direction=None, base_year=None,
         high=None, value_text="", text="", year=2030):  # fmt: skip
    return Target(
        metric=metric, value=value, unit=unit, value_text=value_text, comparator=comparator,
        direction=direction, year=year, base_year=base_year, deadline_text=f"by {year}",
        sector="", doc_id="d", clause_id="c", text=text, start=0, end=len(text), value_high=high,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # direction, comparator and base year all read: "reduced by ≥ 55% vs 1990"
        (
            _aim(
                "net greenhouse gas emissions",
                55,
                comparator=">=",
                direction="decrease",
                base_year=1990,
                value_text="55%",
                text="Net emissions shall be reduced by at least 55% compared with 1990 by 2030.",
            ),
            "By 2030: net greenhouse gas emissions reduced by ≥ 55% vs 1990",
        ),
        # a range stays a range, with its base year
        (
            _aim(
                "net emissions",
                50,
                high=52,
                direction="decrease",
                base_year=2005,
                value_text="50-52 percent",
                text="cut net emissions 50-52 percent below 2005",
            ),
            "By 2030: net emissions reduced by 50–52% vs 2005",
        ),
        # a level reached ("increase to") is not a change "by"
        (
            _aim(
                "share of heat pumps in new heating",
                30,
                comparator=">",
                direction="increase",
                value_text="30%",
                text="The share of heat pumps will increase to more than 30% by 2030.",
            ),
            "By 2030: share of heat pumps in new heating increased to > 30%",
        ),
        # a provision label is where the figure stands, not what it measures
        (
            _aim("Article 4 renewable share of final energy", 42.5, value_text="42.5%"),
            "By 2030: renewable share of final energy 42.5%",
        ),
        # a count keeps the words the document used
        (
            _aim("public chargers", 500000, unit="", value_text="500,000"),
            "By 2030: public chargers 500,000",
        ),
    ],
)
def test_a_target_reads_as_a_sentence(record, expected):
    assert render_record(record) == expected


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_chinese_provision_label_is_left_out_of_the_metric(lang):
    line = render_record(_aim("第九条 非化石能源消费比重", 25, value_text="25%"), lang)
    assert "第九条" not in line and "25%" in line
