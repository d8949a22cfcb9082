"""Power from carbon-free sources is a share of the electricity supplied, not a cut of
emissions. Read through extraction and keying: a figure beside "carbon-free electricity"
(清洁电力, 清潔電力) is that share, also when an earlier aim of its clause cuts emissions;
an emissions cut or a count named after the words "clean electricity" stays what it is."""

from __future__ import annotations

import pytest

from ingest.metric_keys import metric_key
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id


def _concepts(text: str, language: str) -> list[tuple[float, str]]:
    document = Document(
        doc_id=content_id(text), path="c.md", text=text, date="2024-05-02", language=language
    )
    records = process_document(document, nlp=build_nlp(language=language), types=("target",))
    return [
        (r.value, metric_key(r, language=language, jurisdiction="WX").key.split("|")[0])
        for r in records.records
        if isinstance(r, Target)
    ]


SHARE = "clean electricity share"
GHG = "greenhouse gas emissions"


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # the concept fires beside its figure
        ("Harbour County intends to source 90 percent carbon-free electricity by 2036.", "en",
         [(90.0, SHARE)]),
        ("到2040年，清潔電力占比達到70%。", "zh", [(70.0, SHARE)]),
        # a later aim of a two-aim clause takes the concept beside its own figure
        ("The county will lower its greenhouse gas emissions 40 percent by 2030 and buy 100 "
         "percent clean electricity by 2034.", "en", [(40.0, GHG), (100.0, SHARE)]),
        ("Each utility must reduce emissions by 35% by 2029 and deliver 80% clean electricity "
         "by 2033.", "en", [(35.0, GHG), (80.0, SHARE)]),
        # ordinary aims keep their concept
        ("The goal is to cut carbon pollution 50 percent by 2030.", "en", [(50.0, GHG)]),
        ("Each utility must reduce emissions by 35% by 2029 and by 60% by 2037.", "en",
         [(35.0, GHG), (60.0, GHG)]),
        ("到2030年，清洁电力占比达到60%。", "zh", [(60.0, SHARE)]),
    ],
)  # fmt: skip
def test_clean_electricity_share_beside_its_figure(text, language, expected):
    assert _concepts(text, language) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        # an emissions noun with a cut verb heads the figure: an emissions cut
        ("Its clean electricity standard requires generators to cut emissions 75% below 2005 "
         "levels by 2032.", "en"),
        ("The region's clean electricity standard makes generators reduce emissions 75% by "
         "2032.", "en"),
        ("到2030年，清洁电力基地二氧化碳排放比2020年下降25%。", "zh"),
        # a count of lines is no share
        ("到2028年，新建清洁电力外送通道6条。", "zh"),
    ],
)  # fmt: skip
def test_cuts_and_counts_named_after_clean_electricity_are_no_share(text, language):
    found = _concepts(text, language)
    assert found and all(concept != SHARE for _, concept in found)
