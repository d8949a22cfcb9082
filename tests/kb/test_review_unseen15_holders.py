"""Another country's figure in a page (issue 13, review of unseen15): a clause opened by an
-ing noun with its own verb ("..., lending for wind will grow") has its own subject; "after",
"as" and "since" open a clause only with a verb of their own; a country's adjective before
its government counts in any case. A figure named only "a reduction" continues a figure
before it only when that one runs the same way, and a target "previously set" that the
sentence keeps is restated, not left behind. In our own words; Valdoria is invented (VD).
"""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Statistic
from kb import track_prepare, tracking
from kb.track_holders import figure_of_other
from tests.kb.test_track_unseen15 import _relations, _statement


@pytest.mark.parametrize(
    ("sentence", "figure", "other"),
    [
        # new: an -ing noun heading the clause's own subject
        ("Canada bet on hydro, lending for wind will grow 25% by 2031.", "25%", False),
        ("Japan moved first; trucking emissions will drop 35% by 2032.", "35%", False),
        # kept: a participle clause with no subject of its own
        ("Japan set out its plan, pledging a 35% cut by 2032.", "35%", True),
        # kept: a verb of saying or pledging before its own clause is still a participle
        ("Korea revised its roadmap, declaring power emissions must shrink 28% by 2033.",
         "28%", True),
        ("Korea revised its roadmap, vowing that steel output will fall 28% by 2033.",
         "28%", True),
        ("Korea revised its roadmap, noting it would trim methane 28% by 2033.", "28%", True),
        # kept: any -ing word with "that" or a pronoun before the verb opens no subject
        ("Korea revised its roadmap, expecting that methane will fall 28% by 2033.",
         "28%", True),
        # new: "after" as a preposition; kept: "since" opening a clause with its verb
        ("The levy agreed after Canada's proposal will raise recycling by 30% by 2031.",
         "30%", False),
        ("The talks matter since Japan has adopted a 46% cut for 2030.", "46%", True),
        # new: the adjective before a capitalised Government or head
        ("The Canadian Government has fixed a goal of 42% for 2030.", "42%", True),
        ("The Canadian prime minister promised 42% by 2030.", "42%", True),
        # kept: the adjective before people who are not its government
        ("Canadian farmers welcomed the goal of 42% for 2030.", "42%", False),
    ],
)  # fmt: skip
def test_whose_figure(sentence: str, figure: str, other: bool) -> None:
    assert figure_of_other(sentence, "VD", (), figure) is other


def _share_then_reduction(second_metric: str) -> set[tuple[str, str, str]]:
    plan = _statement("Valdoria wants wind and solar to give 42% of its power by 2030.", "42%",
                      "share of renewables in power", doc="plan", date="2020-03-01",
                      value=42.0)  # fmt: skip
    update = _statement("Wind and solar should give 33% of power by 2027.", "33%",
                        "share of renewables in power", row=2, doc="next", date="2024-03-01",
                        value=33.0, year=2027)  # fmt: skip
    tail = _statement(f"Beyond that, a 55 percent {second_metric} is planned for 2030.",
                      "55 percent", second_metric, row=3, doc="next", date="2024-03-01",
                      value=55.0)  # fmt: skip
    return _relations([plan, update, tail])


def test_a_reduction_does_not_continue_a_share() -> None:
    assert not {r for r in _share_then_reduction("reduction") if r[:2] == ("plan", "next")}


def test_an_unnamed_figure_still_continues_a_share() -> None:
    # kept: a figure with no metric words at all still takes the key before it
    assert ("plan", "next", "raised") in _share_then_reduction("")


@pytest.mark.parametrize(
    ("text", "figure", "former"),
    [
        # new: a target set before that the sentence keeps
        ("The council, which previously announced a transport goal of 27% for 2031, said on "
         "Monday it stands by it.", "27%", False),
        # kept: a target set before and left at that
        ("The council previously announced a transport goal of 27% for 2031.", "27%", True),
        ("The council, having previously adopted that goal of 27% for 2031, restated it "
         "in June.", "27%", False),
        # kept: a keep-verb without the earlier aim as its object, or with a new figure after
        ("The council, which previously announced a transport goal of 27% for 2031, "
         "confirmed a fresh goal of 45% in June.", "27%", True),
        ("The council previously announced a transport goal of 27% for 2031 but now wants "
         "45%, its staff confirmed.", "27%", True),
        ("The council previously announced a transport goal of 27% for 2031; its new plan "
         "keeps bus lanes and lifts the aim to 45%.", "27%", True),
    ],
)  # fmt: skip
def test_a_previous_target_kept_is_no_former_value(text: str, figure: str, former: bool) -> None:
    assert track_prepare.former_value(_statement(text, figure)) is former


def test_a_reduction_after_a_reported_figure() -> None:
    # a reported emissions figure (no direction of its own) before "a 30 percent reduction"
    text = "Emissions fell 12% over 2022."
    record = Statistic("greenhouse gas emissions", 12.0, "%", "12%", None, 2022, "", "d", "c1",
                       text, 0, len(text))  # fmt: skip
    reported = tracking.Statement(1, record, metric_key(record, jurisdiction="VD"), "d",
                                  "2024-01-01", "t", "/d/d.md")  # fmt: skip
    tail = _statement("A 30 percent reduction is planned for 2030.", "30 percent", "reduction",
                      row=2)  # fmt: skip
    assert track_prepare._continued(tail, reported).key == reported.key
    share = _statement("Solar gives 20% of power.", "20%", "share of renewables in power")
    assert track_prepare._continued(tail, share).key == tail.key
