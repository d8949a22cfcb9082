"""Whose quantity a metric names is no part of it: owners, counting words, possessives."""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key, metric_words
from ingest.metric_owners import own_names, strip_owners
from ingest.records import Target

_ISLAND = {"jurisdiction": "TQ", "issuer": "Government of the Republic of Tavora",
           "title": "Tavora's climate pledge, second edition"}  # fmt: skip


@pytest.mark.parametrize(
    "a, b, owners",
    [
        # a proper noun owning the subject inside the phrase
        ("heat pumps in Tavora's homes", "the number of heat pumps in homes", ()),
        # the document's own name, read from the issuer and title
        ("Tavora's electric bus fleet", "the electric bus fleet",
         own_names(**_ISLAND)),
        ("Tavora charging points", "the count of charging points", own_names(**_ISLAND)),
        # a curly apostrophe is the same possessive
        ("solar roofs on Tavora\u2019s schools", "solar roofs on schools", ()),
        # 数量 counts as "number of" does; the province's own name goes with its suffix
        ("青川省公共充电桩数量", "public charging points",
         own_names(jurisdiction="CN-QC", issuer="青川省人民政府", title="青川省充电设施规划")),
    ],
)  # fmt: skip
def test_owner_and_counting_words_leave_no_word(a, b, owners):
    assert metric_words(a, "en", owners) == metric_words(b, "en", owners)


@pytest.mark.parametrize(
    "phrase, owners, kept",
    [
        # a capital opening the phrase is a sentence's capital, not an owner
        ("Industry's emissions", (), {"industry", "emission"}),
        # another place's name that owns nothing stays a word of the metric
        ("imports from Tavora", (), {"import", "tavora"}),
        # a short code is matched with its case: "US" never removes "us" or "use"
        ("gas imported by us", ("US",), {"greenhouse", "imported", "us"}),
    ],
)  # fmt: skip
def test_words_that_stay(phrase, owners, kept):
    assert kept <= set(metric_words(phrase, "en", owners))


@pytest.mark.parametrize(
    "fields, expected",
    [
        (_ISLAND, ("TQ", "Tavora")),
        # an analysts' issuer names no place: only the title's possessive owner counts
        ({"issuer": "Institute for Coastal Energy Studies",
          "title": "Marsh Province's energy goals: a briefing"}, ("Marsh Province",)),
        ({"issuer": "青川省人民政府"}, ("青川",)),
        ({}, ()),
    ],
)  # fmt: skip
def test_own_names(fields, expected):
    assert own_names(**fields) == expected


def test_strip_owners_takes_the_possessive_ending():
    assert "'s" not in strip_owners("the fleet's size", ())


def test_keys_of_a_count_stated_two_ways_match():
    def target(metric: str) -> Target:
        text = f"{metric} to reach 150,000 by 2030"
        return Target(
            metric, 150000.0, "", "150,000", "=", None, 2030, None, "by 2030", "", "d", "c",
            text, 0, len(text),
        )  # fmt: skip

    first = metric_key(target("electric vans on Tavora's streets"), **_ISLAND)
    later = metric_key(target("the number of electric vans on the streets"), **_ISLAND)
    assert first.key == later.key
    assert first.words == ("electric", "street", "van")
