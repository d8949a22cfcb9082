"""Metric keys: one identity for the same measured quantity, across wording and language."""

from __future__ import annotations

import pytest

from ingest.metric_keys import find_concept, jurisdiction_of, metric_key, metric_words, unit_family
from ingest.records import Target


def _target(
    metric: str, *, text: str = "", unit: str = "%", comparator: str | None = "="
) -> Target:
    return Target(
        metric, 30.0, unit, "30%", comparator, None, 2030, None, "by 2030", "", "d", "c",
        text or metric, 0, len(text or metric),
    )  # fmt: skip


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        ("share of renewable energy used in electrolytic aluminium", "en",
         "proportion of renewable energy in electrolytic aluminum", "en"),
        ("share of renewable energy used in electrolytic aluminium", "en",
         "电解铝使用可再生能源比例", "zh"),
        ("the percentage of renewables in electrolytic aluminum", "en",
         "电解铝使用可再生能源比例", "zh"),
        ("forest coverage rate", "en", "森林覆盖率", "zh"),
        ("greenhouse gas emissions", "en", "GHG emissions", "en"),
        # an implementing text's wording: 单位GDP for 单位国内生产总值, 较 for 比, a verb
        ("单位GDP二氧化碳排放较2020年", "zh", "单位国内生产总值二氧化碳排放比2020年", "zh"),
        ("非化石能源占能源消费总量比重提高到", "zh", "非化石能源占能源消费比重", "zh"),
        ("电炉钢产量占粗钢总产量比例", "zh",
         "share of electric arc furnace steel in crude steel production", "en"),
    ],
)  # fmt: skip
def test_same_quantity_same_words(a, lang_a, b, lang_b):
    assert metric_words(a, lang_a) == metric_words(b, lang_b)


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "share of renewable energy in electrolytic aluminium",
            "energy use per tonne of electrolytic aluminium",
        ),
        ("forest coverage rate", "forest stock volume"),
        ("森林覆盖率", "森林蓄积量"),
    ],
)
def test_different_quantities_differ(a, b):
    assert metric_words(a) != metric_words(b)


@pytest.mark.parametrize(
    "text, concept",
    [
        ("net greenhouse gas emissions", "greenhouse gas emissions"),
        ("单位国内生产总值二氧化碳排放", "carbon intensity"),
        ("carbon dioxide emissions per unit of GDP", "carbon intensity"),
        ("energy consumption per unit of GDP", "energy intensity"),
        ("非化石能源消费比重", "non-fossil energy share"),
        ("share of non-fossil fuels in primary energy", "non-fossil energy share"),
        ("methane emissions from oil and gas", "methane emissions"),
        ("public charging points", None),
        # the renewable share under its other names
        ("renewables' share of final energy consumption", "renewable energy share"),
        ("share of energy from renewable sources in gross final energy consumption",
         "renewable energy share"),
        ("the renewable share", "renewable energy share"),
        ("carbon dioxide emitted per unit of GDP", "carbon intensity"),
        ("energy use per unit of GDP", "energy intensity"),
        ("电解铝使用绿电比例", "renewable energy share"),
        # a province's GDP is its 地区生产总值
        ("单位地区生产总值二氧化碳排放", "carbon intensity"),
        ("单位地区生产总值能耗", "energy intensity"),
        ("share of coal in energy consumption", None),
        # emissions under the words of a head of government's speech
        ("cut carbon pollution from 2005 levels", "greenhouse gas emissions"),
        ("emissions of heat-trapping gases", "greenhouse gas emissions"),
    ],
)  # fmt: skip
def test_concepts(text, concept):
    found = find_concept(text)
    assert (found.name if found else None) == concept


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"jurisdiction": "Scotland", "issuer": "UK Government"}, "Scotland"),
        ({"issuer": "The White House (Biden administration)"}, "US"),
        ({"issuer": "European Commission"}, "EU"),
        ({"issuer": "国务院 (State Council)"}, "CN"),
        ({"issuer": "National Energy Administration (China)"}, "CN"),
        ({"issuer": "Harbourton City Council"}, "Harbourton"),
        # English names of the Chinese authorities, and a province's own issuer
        ({"issuer": "National Development and Reform Commission"}, "CN"),
        ({"issuer": "Ministry of Ecology and Environment"}, "CN"),
        ({"issuer": "State Council"}, "CN"),
        ({"issuer": "广东省人民政府"}, "广东"),
        ({"issuer": "浙江省发展和改革委员会"}, "浙江"),
        ({"issuer": "广西壮族自治区人民政府"}, "广西"),
        ({"issuer": "Zhejiang Provincial Development and Reform Commission"}, "浙江"),
        ({"issuer": "Inner Mongolia Autonomous Region People's Government"}, "内蒙古"),
        ({"issuer": "内蒙古自治区人民政府"}, "内蒙古"),
        ({"issuer": "某某市人民政府"}, "某某"),
        ({"issuer": "国家发展和改革委员会"}, "CN"),
        ({"issuer": "", "title": "Regulation of the European Parliament"}, "EU"),
        ({}, ""),
    ],
)
def test_jurisdiction_from_manifest_then_issuer(fields, expected):
    assert jurisdiction_of(**fields) == expected


@pytest.mark.parametrize(
    "unit, family",
    [
        ("%", "percent"),
        ("pp", "points"),
        ("USD", "money"),
        ("yuan", "money"),
        ("", "count"),
        ("t", "t"),
    ],
)
def test_unit_family(unit, family):
    assert unit_family(unit) == family


def test_key_of_a_sector_target_keeps_the_sector_and_drops_the_measured_words():
    en = metric_key(
        _target("share of renewable energy used in electrolytic aluminium"), issuer="国家发展改革委"
    )
    zh = metric_key(_target("电解铝使用可再生能源比例"), language="zh", issuer="国家发展改革委")
    economy = metric_key(
        _target("share of renewable energy in final energy consumption"), issuer="国家发展改革委"
    )
    assert en.key == zh.key == "renewable energy share|percent|level|electrolytic aluminium|CN"
    assert economy.sector == "" and economy.key != en.key


def test_vague_metric_takes_the_concept_of_its_clause():
    key = metric_key(
        _target("reduction", text="a reduction of net greenhouse gas emissions of 90% by 2040"),
        issuer="European Commission",
    )
    assert key.concept == "greenhouse gas emissions"
    assert key.accounting == "net"


def test_a_ceiling_is_another_kind_of_target():
    cap = metric_key(_target("waste sent to landfill", comparator="<="), jurisdiction="X")
    level = metric_key(_target("waste sent to landfill"), jurisdiction="X")
    assert cap.polarity == "cap" and level.polarity == "level" and cap.key != level.key


@pytest.mark.parametrize(
    "metric, text, language, sector",
    [
        # a sector named beside the concept's own words
        ("renewable energy as a share of energy used in the transport sector", "", "en",
         "transport"),
        # a sector put in front of the sentence scopes its figures
        ("renewable energy as a share of final energy consumption",
         "In transport, renewable energy is to provide 14% of final energy consumption by 2030.",
         "en", "transport"),
        ("share of scrap-based output",
         "By 2030, in the steel industry, scrap-based output is to reach 20%.", "en", "steel"),
        ("清洁能源比例", "交通运输领域，清洁能源比例达到40%左右。", "zh", "transport"),
        # one sector in both languages: waste sent to landfill, 生活垃圾填埋
        ("share of household waste sent to landfill", "", "en", "waste and recycling"),
        ("生活垃圾填埋比例", "", "zh", "waste and recycling"),
        # no sector: the concept's own words, a year in front, a sector inside a clause
        ("share of renewable energy in final energy consumption",
         "Renewable energy is to provide 42% of final energy consumption by 2030.", "en", ""),
        ("greenhouse gas emissions", "In 2019, greenhouse gas emissions stood 22% below 1990.",
         "en", ""),
        ("greenhouse gas emissions",
         "Through measures in transport and buildings, greenhouse gas emissions will fall 40%.",
         "en", ""),
        ("非化石能源消费比重", "到2030年，非化石能源消费比重达到25%左右。", "zh", ""),
    ],
)  # fmt: skip
def test_sector_of_a_key(metric, text, language, sector):
    key = metric_key(_target(metric, text=text), language=language, jurisdiction="X")
    assert key.sector == sector


@pytest.mark.parametrize(
    "metric, text, concept",
    [
        # a phrase without content takes the one concept its clause names
        ("by over", "China will lower its carbon intensity by over 65% from 2005 by 2030.",
         "carbon intensity"),
        # "objective" is as vague as "target"
        ("national objective",
         "The national objective of 42.5% renewables in final energy consumption by 2030 "
         "applies to all sectors.", "renewable energy share"),
        # a clause naming two concepts does not say which is the figure's
        ("by over", "Carbon intensity is to fall by over 65% and the non-fossil share to "
         "reach 25% by 2030.", ""),
    ],
)  # fmt: skip
def test_a_contentless_metric_takes_the_only_concept_of_its_clause(metric, text, concept):
    assert metric_key(_target(metric, text=text), jurisdiction="X").concept == concept


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        ("电能占终端用能比重", "zh", "share of electricity in final energy consumption", "en"),
        ("风电和太阳能发电总装机容量", "zh", "combined installed capacity of wind and solar power",
         "en"),
        ("规模以上工业单位增加值能耗", "zh",
         "energy consumption per unit of industrial value added", "en"),
        ("天然气消费比重", "zh", "share of natural gas in energy consumption", "en"),
        ("再生铝产量", "zh", "recycled aluminium output", "en"),
        ("城市生活垃圾资源化利用率", "zh", "resource utilisation rate of municipal solid waste",
         "en"),
        ("installed solar capacity", "en", "solar PV capacity", "en"),
        ("recycling rate of municipal waste", "en", "share of household waste recycled", "en"),
    ],
)  # fmt: skip
def test_one_quantity_in_other_words_shares_enough_words(a, lang_a, b, lang_b):
    from kb.track_signals import LEXICAL_MIN, jaccard

    assert jaccard(metric_words(a, lang_a), metric_words(b, lang_b)) >= LEXICAL_MIN


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        ("煤炭消费比重", "zh", "share of natural gas in energy consumption", "en"),
        ("天然气消费比重", "zh", "电能占终端用能比重", "zh"),
        ("再生铝产量", "zh", "share of renewable energy used in electrolytic aluminium", "en"),
    ],
)  # fmt: skip
def test_two_quantities_share_too_few_words(a, lang_a, b, lang_b):
    from kb.track_signals import LEXICAL_MIN, jaccard

    assert jaccard(metric_words(a, lang_a), metric_words(b, lang_b)) < LEXICAL_MIN


def _aim(text: str, figure: str, *, direction: str | None, base: int | None = None) -> Target:
    return Target(
        "share of waste sent to landfill", float(figure.split()[0].rstrip("%").replace(",", "")),
        "%", figure, "=",
        direction, 2030, base, "by 2030", "", "d", "c", text, 0, len(text),
    )  # fmt: skip


@pytest.mark.parametrize(
    "text, figure, direction, base, polarity",
    [
        # lowering a quantity *to* a figure sets a ceiling, as "no more than" does
        ("The share of waste sent to landfill will be reduced to 10% by 2030.", "10%",
         "decrease", None, "cap"),
        ("到2030年，生活垃圾填埋比例降至10%。", "10%", None, None, "cap"),
        ("到2030年，煤炭消费比重下降到45%。", "45%", "decrease", None, "cap"),
        # a cut *by* a figure, or to a figure *below* a base, is a level of reduction
        ("Emissions will be cut by 55% by 2030.", "55%", "decrease", None, "level"),
        ("Emissions will be reduced to 50% below 2005 levels by 2030.", "50%", "decrease",
         None, "level"),
        ("到2025年，单位国内生产总值二氧化碳排放比2020年下降18%。", "18%", "decrease", 2020,
         "level"),
        # a revised aim: the verb says how the aim moved, the quantity is still a level
        ("The offshore wind objective for 2030 is lowered to 2,000 MW.", "2,000 MW", "decrease",
         None, "level"),
        # raising to a figure, or reaching it, is a level
        ("The recycling share will rise to 65% by 2030.", "65%", "increase", None, "level"),
        ("到2030年，非化石能源消费比重达到25%。", "25%", None, None, "level"),
    ],
)  # fmt: skip
def test_lowering_to_a_figure_is_a_ceiling(text, figure, direction, base, polarity):
    key = metric_key(_aim(text, figure, direction=direction, base=base), jurisdiction="X")
    assert key.polarity == polarity


def _figure(metric: str, text: str, figure: str, unit: str = "%") -> Target:
    return Target(
        metric, 30.0, unit, figure, "=", None, 2030, None, "by 2030", "", "d", "c", text, 0,
        len(text),
    )  # fmt: skip


@pytest.mark.parametrize(
    "metric, text, language, sector",
    [
        # a share is a share of something: electricity, heat, transport, or energy overall
        ("renewable share", "The aim of a 30% renewable share of the electricity mix in 2030 "
         "still holds.", "en", "power"),
        ("green electricity", "Green electricity is to make up 30% of the power mix by 2030.",
         "en", "power"),
        ("renewables as a share of heating and cooling needs",
         "Renewables are to cover 30% of heating and cooling needs by 2030.", "en",
         "heating and cooling"),
        ("可再生能源比重", "供暖领域可再生能源比重达到30%。", "zh", "heating and cooling"),
        # the base is read in the figure's own part of the clause, not a neighbour's
        ("renewables' share", "Renewables' share of final energy consumption is to reach 30% "
         "by 2030; of electricity, 60%.", "en", ""),
        ("非化石能源消费比重", "到2030年，非化石能源消费比重达到30%左右，非化石能源发电量比重达到"
         "50%左右。", "zh", ""),
        # heat pumps are not heat supply
        ("renewable energy", "Renewable energy is to supply 30% of what heat pumps use by 2030.",
         "en", ""),
    ],
)  # fmt: skip
def test_the_base_of_a_share_is_its_sector(metric, text, language, sector):
    key = metric_key(_figure(metric, text, "30%"), language=language, jurisdiction="X")
    assert key.sector == sector


@pytest.mark.parametrize(
    "metric, text, scope",
    [
        ("emissions from buildings owned by public authorities",
         "Emissions from buildings owned by public authorities are to fall 30% by 2030.",
         "public bodies"),
        ("公共机构单位建筑面积碳排放", "公共机构单位建筑面积碳排放下降30%。", "public bodies"),
        # a rule for what is newly installed is not the national share, though the metric
        # phrase leaves the new installations to the clause
        ("renewable energy", "Each heating system installed in a new building is to run on 30% "
         "renewable energy.", "new installations"),
        # only a share reads its scope in the clause: an emissions cut met through new
        # buildings is still the whole economy's
        ("greenhouse gas emissions", "Greenhouse gas emissions, helped by new buildings, are to "
         "fall by 30% by 2030.", ""),
        ("emissions from buildings", "Emissions from buildings are to fall by 30% by 2030.", ""),
    ],
)  # fmt: skip
def test_scope_public_bodies_and_new_installations(metric, text, scope):
    key = metric_key(_figure(metric, text, "30%"), jurisdiction="X")
    assert key.scope == scope


@pytest.mark.parametrize(
    "metric, text, concept, accounting",
    [
        ("Primary energy consumption", "Primary energy consumption is to stay below 30 Mtoe "
         "in 2030.", "energy consumption", "primary"),
        # the phrase says nothing; the convention nearest the figure is the figure's
        ("is not", "The ceiling on primary energy consumption gives way to one on final energy "
         "consumption, which is not to exceed 30 Mtoe in 2030.", "energy consumption", "final"),
        ("终端能源消费量", "2030年终端能源消费量控制在30 Mtoe以内。", "energy consumption", "final"),
        # energy consumption as the base of a share is neither the concept nor a convention
        ("share of natural gas in final energy consumption", "Natural gas is to be 30 Mtoe of "
         "final energy consumption.", "", ""),
        ("天然气占能源消费总量比重", "天然气占能源消费总量比重达到30 Mtoe。", "", ""),
        ("renewables' share of final energy consumption", "Renewables' share of final energy "
         "consumption is to reach 30 Mtoe.", "renewable energy share", ""),
    ],
)  # fmt: skip
def test_energy_consumption_counted_as_primary_or_final(metric, text, concept, accounting):
    language = "zh" if any("\u4e00" <= c <= "\u9fff" for c in metric) else "en"
    key = metric_key(_figure(metric, text, "30 Mtoe", "Mtoe"), language=language,
                     jurisdiction="X")  # fmt: skip
    assert (key.concept, key.accounting) == (concept, accounting)


@pytest.mark.parametrize(
    "metric, text, language",
    [
        ("new-type energy storage capacity", "New-type energy storage is to reach 30 GW.", "en"),
        ("新型储能装机规模", "新型储能装机规模达到30 GW。", "zh"),
        # a phrase cut short by brackets takes the concept its clause names
        ("and", "Battery storage (and other storage) is to reach 30 GW in 2027.", "en"),
    ],
)  # fmt: skip
def test_storage_capacity_in_either_language(metric, text, language):
    key = metric_key(_figure(metric, text, "30 GW", "kW"), language=language, jurisdiction="X")
    assert key.concept == "energy storage capacity"
