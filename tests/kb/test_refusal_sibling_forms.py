"""The sibling check's readings: which written forms name a member, when a clause covers
every member of a set, which candidates may keep the first one, and that no text makes
the member patterns work for long. The texts are our own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kb.refusal import refusal_reason
from kb.refusal_siblings import MAX_CHARS, _data, covers_all, members, sibling_reason
from kb.retrieve import Hit
from kb.understand import understand


def _hit(text: str, doc_id: str = "d", clause_id: str = "1") -> Hit:
    return Hit(key=f"{doc_id}:{clause_id}", doc_id=doc_id, clause_id=clause_id, text=text)


def _reason(question: str, *texts: str) -> str:
    hits = [_hit(t, clause_id=str(i)) for i, t in enumerate(texts)]
    return sibling_reason(understand(question), hits)


# 1. the member patterns do little work on any text


def test_a_long_hyphen_run_after_a_size_word_is_read_at_once() -> None:
    # Before, a size word followed by a run of hyphens and no firm noun made the firm-size
    # pattern try every way of splitting the run (about N**5 steps). The run is read in a
    # child process under a generous guard: the guard is not a timing, it stops a hang.
    code = (
        "from kb.refusal_siblings import members;"
        "print(members('large\\n' + '-' * 3000 + ' x'),"
        " members('Mid-sized 2029 / Large\\n' + '-' * 3000))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "{} {}"


def test_only_the_start_of_a_long_text_is_read() -> None:
    filler = "The scheme runs for five years. " * (MAX_CHARS // 32 + 1)
    assert members(filler + "Buses get a grant.") == {}
    assert members("Buses get a grant. " + filler) == {"vehicle": {"bus"}}


# 2. a clause that covers every member through the set's general word


@pytest.mark.parametrize(
    "question, clause",
    [
        (
            "When must large companies report their emissions?",
            "All companies, including SMEs, must report their emissions from 2027.",
        ),
        (
            "Does the purchase grant apply to electric cars?",
            "The purchase grant applies to all categories of electric vehicles, including"
            " two-wheelers and three-wheelers, at 4,000 rupees per kWh.",
        ),
        (
            "What does the bonus pay for onshore farms?",
            "The bonus applies to any wind project, including offshore farms, at 2 pounds.",
        ),
    ],
)
def test_a_clause_covering_every_member_is_no_evidence_of_others(
    question: str, clause: str
) -> None:
    assert _reason(question, clause) == ""


def test_a_clause_naming_only_other_members_is_still_refused() -> None:
    reason = _reason(
        "Does the purchase grant apply to electric cars?",
        "The purchase grant applies to two-wheelers and three-wheelers at 4,000 rupees per kWh.",
    )
    assert reason == "the passages found speak of three wheeler, two wheeler, not car"


def test_all_before_a_member_is_not_a_cover() -> None:
    assert not covers_all("sea_or_land", "All offshore wind farms get 2 pounds.")
    assert covers_all("vehicle", "every electric vehicle sold")


# 3. SMEs name both small and medium firms


@pytest.mark.parametrize(
    "text", ["SMEs get a grant.", "MSMEs get a grant.", "Small and medium enterprises report."]
)
def test_smes_name_small_and_medium(text: str) -> None:
    assert members(text) == {"firm_size": {"small", "medium"}}


def test_a_medium_question_over_an_sme_clause_is_answered() -> None:
    assert _reason("What audit grant do medium-sized firms get?", "SMEs get an audit grant.") == ""


def test_a_medium_question_over_a_small_firm_clause_is_refused() -> None:
    reason = _reason("What audit grant do medium-sized firms get?", "Small firms get a grant.")
    assert reason == "the passages found speak of small, not medium"


# 4. the words between a size and its firm noun


@pytest.mark.parametrize(
    "text",
    [
        "What is the biggest tax credit for manufacturers?",
        "What is the largest grant available to companies for a new fleet?",
        "Which is the largest sum paid to businesses?",
    ],
)
def test_a_size_of_another_noun_sizes_no_firm(text: str) -> None:
    assert members(text) == {}


@pytest.mark.parametrize(
    "text",
    ["medium voltage cable manufacturers", "over the medium term for companies"],
)
def test_a_bare_medium_sizes_only_the_firm_noun_after_it(text: str) -> None:
    assert members(text) == {}
    assert members("medium enterprises") == {"firm_size": {"medium"}}


@pytest.mark.parametrize(
    "text",
    ["the biggest manufacturers", "large steel and petrochemical enterprises", "big tech firms"],
)
def test_a_size_before_its_firms_still_counts(text: str) -> None:
    assert members(text) == {"firm_size": {"large"}}


# 5. "as" before a member sets aside a size only


def test_such_as_and_as_well_as_keep_their_member() -> None:
    assert members("vehicles such as two-wheelers and cars") == {"vehicle": {"two_wheeler", "car"}}
    assert members("cars as well as buses") == {"vehicle": {"car", "bus"}}
    assert (
        _reason(
            "What subsidy do electric two-wheelers get?",
            "Electric vehicles such as two-wheelers, three-wheelers and cars get 9,000 rupees each.",
        )
        == ""
    )


@pytest.mark.parametrize(
    "text, found",
    [
        ("grants for firms such as small firms", {"small"}),
        ("large firms as well as small firms", {"large", "small"}),
        ("grants for such as SMEs", {"small", "medium"}),
    ],
)
def test_a_listed_size_is_named(text: str, found: set[str]) -> None:
    assert members(text) == {"firm_size": found}


def test_as_before_a_size_still_sets_it_aside() -> None:
    assert members("grants as big firms get them are not set") == {}
    assert members("grants that big firms get are not set") == {"firm_size": {"large"}}


# 6. written forms


@pytest.mark.parametrize(
    "text, group",
    [
        ("support for 2 million two wheelers", "two_wheeler"),
        ("sales of two and three-wheelers", "two_wheeler"),
        ("two-, three- and four-wheelers", "two_wheeler"),
        ("cargo three wheelers", "three_wheeler"),
        ("cargo e3Ws", "three_wheeler"),
        ("a subsidy per E2W", "two_wheeler"),
        ("new e-autos", "three_wheeler"),
        ("four wheelers", "car"),
    ],
)
def test_vehicle_forms(text: str, group: str) -> None:
    assert group in members(text)["vehicle"]


@pytest.mark.parametrize(
    "text", ["sea-based wind farms", "floating wind", "marine wind parks", "floating turbines"]
)
def test_offshore_forms(text: str) -> None:
    assert members(text) == {"sea_or_land": {"offshore"}}


def test_forms_that_stay_outside() -> None:
    assert members("wheelers and dealers, a floating rate, the two of them") == {}


def test_a_member_written_with_a_space_is_answered() -> None:
    clause = "The scheme will support 900,000 electric two wheelers, 4 lakh three wheelers and 6,000 buses."
    assert _reason("How many electric two-wheelers will the scheme support?", clause) == ""
    assert _reason("How many electric trucks will the scheme support?", clause).startswith(
        "the passages found speak of"
    )


def test_sea_based_answers_offshore() -> None:
    clause = "Sea-based wind farms get 15 million pounds per gigawatt; onshore farms get none."
    assert _reason("What bonus does offshore wind get per gigawatt?", clause) == ""


# 7. only a candidate of the first one's document keeps it


def test_another_documents_member_does_not_keep_the_first() -> None:
    first = _hit("The bonus pays 15 million pounds per gigawatt of offshore wind.", "uk")
    other = _hit("Onshore farms get no such bonus there.", "de")
    q = understand("What does the bonus pay per gigawatt of onshore wind?")
    assert sibling_reason(q, [first, other]) == "the passages found speak of offshore, not onshore"


def test_the_same_documents_member_keeps_the_first() -> None:
    first = _hit("The bonus pays 15 million pounds per gigawatt of offshore wind.", "uk")
    other = _hit("Onshore farms get 5 million pounds per gigawatt.", "uk", "2")
    q = understand("What does the bonus pay per gigawatt of onshore wind?")
    assert sibling_reason(q, [first, other]) == ""


# 10. language data in the data file


def test_the_vehicle_prefix_is_data() -> None:
    assert "prefix" in _data()["vehicle"]
    assert members("electric buses") == members("e-buses") == {"vehicle": {"bus"}}


def test_the_full_chain_answers_a_covered_member() -> None:
    clause = "All companies, including SMEs, must report their emissions from 2027."
    reason = refusal_reason(
        understand("When must large companies report their emissions?"),
        [_hit(clause)],
        lambda _doc: clause,
    )
    assert reason == ""
