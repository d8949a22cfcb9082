"""Revision wording: a figure a revision sets is the new aim; money raised and another's
forecast are not aims; a year given by reference ("in the same year") dates an aim.

Texts are our own, in the register of plan updates and briefings. Each document is dated
by a ``sources.toml`` beside it (May 2024), so a deadline after 2024 lies ahead of it.
Each row gives the (value, unit, year) of the targets that must come out and the roles
of the figures that must stay statistics.
"""

from __future__ import annotations

import pytest

from ingest.pipeline import build_nlp, ingest_file
from ingest.records import Statistic, Target

NLP = {"en": build_nlp(language="en"), "zh": build_nlp(language="zh")}
HEAD = "# Westmark energy update\n\n*Ministry of Energy of Westmark, May 2024*\n\n"
GOALS = f"{HEAD}## Headline goals\n\n"


def _records(tmp_path, text: str, language: str):
    name = "update.md" if text.startswith("#") else "update.txt"
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        f'[[document]]\nfile = "{name}"\ndate = "2024-05-10"\nlanguage = "{language}"\n',
        encoding="utf-8",
    )
    extraction = ingest_file(tmp_path / name, nlp=NLP[language], types=("target", "statistic"))
    return [r for r in extraction.records if r.value is not None]


def _targets(records) -> list[tuple]:
    return [(r.value, r.unit, r.year) for r in records if isinstance(r, Target)]


def _roles(records) -> list[str]:
    return [r.role for r in records if isinstance(r, Statistic)]


@pytest.mark.parametrize(
    ("text", "language", "targets", "roles"),
    [
        # a revision verb sets the new aim, whatever its tense, when the year lies ahead
        (f"{HEAD}The share of wind power in electricity generation is raised to 65% by 2031.\n",
         "en", [(65.0, "%", 2031)], []),
        (f"{HEAD}The heat pump goal has been lowered to 2 million units by 2030.\n",
         "en", [(2_000_000.0, "", 2030)], []),
        (f"{HEAD}The goal for offshore wind was revised to 12 GW by 2029.\n",
         "en", [(12_000_000.0, "kW", 2029)], []),
        ("西江省发展和改革委员会\n\n建议将2026年风电装机目标调增至1200万千瓦。\n",
         "zh", [(12_000_000.0, "kW", 2026)], []),
        # the earlier value of a change is not an aim of its own
        ("西江省发展和改革委员会\n\n建议将2026年风电装机目标由800万千瓦调增至1200万千瓦。\n",
         "zh", [(12_000_000.0, "kW", 2026)], []),
        ("西江省发展和改革委员会\n\n到2027年，可再生能源消费比重从15%提高到20%。\n",
         "zh", [(20.0, "%", 2027)], []),
        # money raised, and a figure raised in a year gone by, stay statistics
        (f"{HEAD}The programme raised $40 million from private investors in 2023.\n",
         "en", [], ["reported"]),
        (f"{HEAD}Output of the mine was increased to 12 million tonnes in 2022.\n",
         "en", [], ["reported"]),
        (f"{HEAD}The fund was raised to $3 billion in 2023 and will support grids until 2030.\n",
         "en", [], ["reported"]),
    ],
)  # fmt: skip
def test_a_figure_a_revision_sets_is_the_new_aim(tmp_path, text, language, targets, roles):
    records = _records(tmp_path, text, language)
    assert _targets(records) == targets
    assert _roles(records) == roles


@pytest.mark.parametrize(
    ("text", "targets", "roles"),
    [
        (f"{GOALS}The provincial government expects solar power capacity to reach 25 GW by "
         "2028.\n", [(25_000_000.0, "kW", 2028)], []),
        (f"{GOALS}We expect heat pumps in homes to reach 2 million by 2030.\n",
         [(2_000_000.0, "", 2030)], []),
        (f"{GOALS}The national energy agency expects solar power capacity to reach 25 GW by "
         "2028.\n", [], ["projection"]),
        (f"{HEAD}## Market outlook\n\nThe provincial government expects solar power capacity "
         "to reach 25 GW by 2028.\n", [], ["projection"]),
    ],
)  # fmt: skip
def test_the_issuers_own_expectation_is_an_aim_and_a_forecast_by_others_is_not(
    tmp_path, text, targets, roles
):
    records = _records(tmp_path, text, "en")
    assert _targets(records) == targets
    assert _roles(records) == roles


def test_the_own_expectation_drops_its_subject_from_the_metric(tmp_path):
    text = (
        f"{GOALS}The provincial government expects solar power capacity to reach 25 GW by 2028.\n"
    )
    (target,) = [r for r in _records(tmp_path, text, "en") if isinstance(r, Target)]
    assert "government" not in target.metric
    assert "solar power capacity" in target.metric


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (f"{HEAD}Battery storage is to reach 2 GW by 2029. Pumped storage is to reach 1.5 GW "
         "in the same year.\n", [(2_000_000.0, "kW", 2029), (1_500_000.0, "kW", 2029)]),
        # a year stated in another paragraph is not "the same year" of this one
        (f"{HEAD}Battery storage is to reach 2 GW by 2029.\n\nPumped storage is to reach 1.5 GW "
         "in the same year as the grid code.\n", [(2_000_000.0, "kW", 2029),
                                                 (1_500_000.0, "kW", None)]),
    ],
)  # fmt: skip
def test_the_same_year_takes_the_year_of_the_aim_before_it(tmp_path, text, targets):
    assert _targets(_records(tmp_path, text, "en")) == targets


@pytest.mark.parametrize(
    ("text", "targets", "roles"),
    [
        (f"{GOALS}The number of heat pumps expected in homes by 2030 has been revised to "
         "900,000.\n", [(900_000.0, "", 2030)], []),
        # outside the document's own aims, or framed by another's estimate, it stays one
        (f"{HEAD}The number of heat pumps expected in homes by 2030 has been revised to "
         "900,000.\n", [], ["projection"]),
        (f"{GOALS}According to forecasts by the agency, heat pumps expected in homes by 2030 "
         "have been revised to 900,000.\n", [], ["projection"]),
    ],
)  # fmt: skip
def test_a_revised_expectation_is_an_aim_only_under_the_documents_own_goals(
    tmp_path, text, targets, roles
):
    records = _records(tmp_path, text, "en")
    assert _targets(records) == targets
    assert _roles(records) == roles


def test_a_revised_figure_keeps_its_subject_as_the_metric(tmp_path):
    text = f"{GOALS}The number of heat pumps in homes by 2030 has been revised to 900,000.\n"
    (target,) = [r for r in _records(tmp_path, text, "en") if isinstance(r, Target)]
    assert target.metric.startswith("number of heat pumps")
    assert "revised" not in target.metric
