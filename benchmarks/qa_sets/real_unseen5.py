"""A fifth held-back set: published documents no other question set has used.

Same format as real_dev.py. The answerable questions are about English documents that
are not among ../shared/data/real_policies and that no earlier question set asks about:
country reports on electric vehicles (Canada, the Netherlands, the United States), two
Indian state policy briefs, a tracker's assessment of Morocco, a territory campaign page,
two data-set READMEs on emission targets, a news digest on renewable capacity, a UK
climate leadership page, and EU energy news and think-tank commentary (renewable law
reform in Germany, the list of cross-border projects, flexibility in distribution grids,
the renewable hydrogen rules, the energy union, the second emissions trading system).
They are kept outside the repository, beside it, in ``../unseen9c/en``, ``../unseen9d/en``
and ``../unseen13/en`` (sources in benchmarks/real_targets/fresh3|fresh4/README.md, the
TOMLs there and ``../unseen13/en/sources.toml``), and are indexed together with the
corpus, the 26 real documents and the Net Zero Tracker texts, which act as distractors:
``benchmarks/kb_real.py --extra-docs ../unseen9c --extra-docs ../unseen9d
--extra-docs ../unseen13``. The article questions ask about facts of the bundled article
that no other set uses. Written by reading the documents, before any policykb output was
seen for them, in a researcher's words rather than the clause's own. Scored once, at
first contact; only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen9c", "unseen9d", "unseen13")

QUESTIONS: list[dict] = [
    # --- ca_ev_country_report_2020 ----------------------------------------------
    {
        "q": "What is the most a Canadian buyer can get back when purchasing a light-duty electric car under the federal incentive?",
        "doc": "ca_ev_country_report_2020",
        "evidence": "rebates of up to 3,925 USD",
        "value": "3,925 USD",
        "kind": "amount",
    },
    {
        "q": "How many clean buses for transit and schools does Ottawa intend to help buy?",
        "doc": "ca_ev_country_report_2020",
        "evidence": "procure 5,000 zero-emission public transit buses",
        "value": "5,000",
        "kind": "count",
    },
    {
        "q": "How much extra will Canada spend on recharging and low-carbon fuelling points nationwide?",
        "doc": "ca_ev_country_report_2020",
        "evidence": "additional 117 million USD over three years",
        "value": "117 million USD",
        "kind": "amount",
    },
    {
        "q": "How much is the carmaker putting into its Ontario plant to make it the country's first battery-car factory?",
        "doc": "ca_ev_country_report_2020",
        "evidence": "invest 1.41 billion USD in Oakville",
        "value": "1.41 billion USD",
        "kind": "amount",
    },
    # --- nl_ev_country_report_2020 ----------------------------------------------
    {
        "q": "What is the highest list price a battery car may have to qualify for the Dutch purchase grant?",
        "doc": "nl_ev_country_report_2020",
        "evidence": "between € 12,000 and € 45,000",
        "value": "€ 45,000",
        "kind": "amount",
    },
    {
        "q": "How far must an electric car be able to drive on one charge to be eligible for the grant in the Netherlands?",
        "doc": "nl_ev_country_report_2020",
        "evidence": "range of at least 120 km",
        "value": "120 km",
        "kind": "amount",
    },
    {
        "q": "How many chargers did the data-driven roll-out contract for Brabant and Limburg cover?",
        "doc": "nl_ev_country_report_2020",
        "evidence": "A tender for installing 8,000 charging points",
        "value": "8,000",
        "kind": "count",
    },
    {
        "q": "By when should every Dutch public transport bus run without emissions?",
        "doc": "nl_ev_country_report_2020",
        "evidence": "100% of public transport buses zero-emission by 2030",
        "value": "2030",
        "kind": "year",
    },
    # --- us_ev_country_report_2020 ----------------------------------------------
    {
        "q": "How much less did Americans drive in total in the pandemic year than the year before?",
        "doc": "us_ev_country_report_2020",
        "evidence": "decreased by 13.2% compared to 2019",
        "value": "13.2%",
        "kind": "share",
    },
    {
        "q": "What part of its fleet does the Chicago utility Exelon want electrified by the end of this decade?",
        "doc": "us_ev_country_report_2020",
        "evidence": "increasing to 50% by 2030",
        "value": "50%",
        "kind": "share",
    },
    {
        "q": "What cost cut for a 300-mile car battery does the Energy Department's storage roadmap aim at?",
        "doc": "us_ev_country_report_2020",
        "evidence": "for a 44% reduction in manufactured cost",
        "value": "44%",
        "kind": "share",
    },
    {
        "q": "How many plug-in cars had been sold in America altogether since late 2010?",
        "doc": "us_ev_country_report_2020",
        "evidence": "the cumulative total reached 1.74 million",
        "value": "1.74 million",
        "kind": "count",
    },
    # --- in_gujarat_energy_policies_brief_2025 ----------------------------------
    {
        "q": "How many jobs should Gujarat's green hydrogen plan create by the end of the decade?",
        "doc": "in_gujarat_energy_policies_brief_2025",
        "evidence": "investments and 600,000 jobs by 2030",
        "value": "600,000",
        "kind": "count",
    },
    {
        "q": "How much capital are Gujarat's pumped-hydro storage schemes expected to draw in?",
        "doc": "in_gujarat_energy_policies_brief_2025",
        "evidence": "expected to attract $8.35 billion",
        "value": "$8.35 billion",
        "kind": "amount",
    },
    # --- in_mp_renewable_policy_brief_2025 --------------------------------------
    {
        "q": "What share of its yearly electricity needs does Madhya Pradesh want met by clean sources in 2030?",
        "doc": "in_mp_renewable_policy_brief_2025",
        "evidence": "of its annual power demand through renewable",
        "value": "50 percent",
        "kind": "share",
    },
    # --- ma_climate_tracker_assessment ------------------------------------------
    {
        "q": "What renewable share of its power mix is Morocco aiming for at the end of this decade?",
        "doc": "ma_climate_tracker_assessment",
        "evidence": "aims to increase renewable energy capacity to 52%",
        "value": "52%",
        "kind": "share",
    },
    {
        "q": "How much should energy use by Moroccan transport shrink under the national efficiency strategy?",
        "doc": "ma_climate_tracker_assessment",
        "evidence": "24% energy consumption reduction in the transport",
        "value": "24%",
        "kind": "share",
    },
    {
        "q": "Which neighbour stopped the pipeline gas that used to supply all of Morocco's imports?",
        "doc": "ma_climate_tracker_assessment",
        "evidence": "Algeria recently halted gas supply",
        "value": "Algeria",
        "kind": "actor",
    },
    # --- au_nt_binding_targets_handbook_2020 ------------------------------------
    {
        "q": "What non-binding long-term cut has the Northern Territory government set itself?",
        "doc": "au_nt_binding_targets_handbook_2020",
        "evidence": "emissions reductions target of 50% by 2050",
        "value": "50%",
        "kind": "share",
    },
    {
        "q": "How far below 2010 must worldwide emissions drop this decade to hold warming to 1.5 degrees, according to the Climate Council?",
        "doc": "au_nt_binding_targets_handbook_2020",
        "evidence": "must be down by at least 45%",
        "value": "45%",
        "kind": "share",
    },
    {
        "q": "In what window could human-caused heating pass 1.5°C if pollution keeps its current pace?",
        "doc": "au_nt_binding_targets_handbook_2020",
        "evidence": "exceed 1.5°C between 2030 and 2052",
        "value": "2030 and 2052",
        "kind": "year",
    },
    # --- ca_province_ghg_targets_readme_2022 ------------------------------------
    {
        "q": "How many Canadian provinces have economy-wide climate goals in place?",
        "doc": "ca_province_ghg_targets_readme_2022",
        "evidence": "9 of 10 provinces have implemented",
        "value": "9 of 10",
        "kind": "count",
    },
    {
        "q": "What cut below 2005 did Canada promise under the Paris accord?",
        "doc": "ca_province_ghg_targets_readme_2022",
        "evidence": "emissions 30 percent below 2005 levels",
        "value": "30 percent",
        "kind": "share",
    },
    # --- iea_renewables_record_2023_post ----------------------------------------
    {
        "q": "By how much did the world's green power capacity jump in 2023?",
        "doc": "iea_renewables_record_2023_post",
        "evidence": "surged by 50% to 510 GW",
        "value": "50%",
        "kind": "share",
    },
    {
        "q": "What part of electricity output could renewables supply by 2028 according to the International Energy Agency?",
        "doc": "iea_renewables_record_2023_post",
        "evidence": "cover over 42% by 2028",
        "value": "42%",
        "kind": "share",
    },
    # --- uk_cop26_climate_leadership_2021 ---------------------------------------
    {
        "q": "How much climate money a year will Britain give poorer countries by the middle of the decade?",
        "doc": "uk_cop26_climate_leadership_2021",
        "evidence": "£11.6bn a year by 2025",
        "value": "£11.6bn",
        "kind": "amount",
    },
    {
        "q": "How much land will the UK afforest every year?",
        "doc": "uk_cop26_climate_leadership_2021",
        "evidence": "planting trees on 30,000 hectares of land",
        "value": "30,000 hectares",
        "kind": "amount",
    },
    {
        "q": "Which years does Britain's sixth carbon budget span?",
        "doc": "uk_cop26_climate_leadership_2021",
        "evidence": "5-year period from 2033 to 2037",
        "value": "2033 to 2037",
        "kind": "year",
    },
    {
        "q": "How much did the British economy expand over the three decades in which its emissions fell by 44%?",
        "doc": "uk_cop26_climate_leadership_2021",
        "evidence": "our economy grew by 78%",
        "value": "78%",
        "kind": "share",
    },
    # --- us_state_ghg_targets_readme_2022 ---------------------------------------
    {
        "q": "What joint cut below 2005 have the states of the governors' climate coalition pledged for 2030?",
        "doc": "us_state_ghg_targets_readme_2022",
        "evidence": "50-52 percent by 2030",
        "value": "50-52 percent",
        "kind": "share",
    },
    {
        "q": "By what year at the latest must the US Climate Alliance members be carbon neutral together?",
        "doc": "us_state_ghg_targets_readme_2022",
        "evidence": "practicable, and no later than 2050",
        "value": "2050",
        "kind": "year",
    },
    # --- de_renewables_law_reform_2025 ------------------------------------------
    {
        "q": "How much money a year has to be invested for Germany to hit its 2030 green electricity goal?",
        "doc": "de_renewables_law_reform_2025",
        "evidence": "Annual investments of approximately 15 billion euros",
        "value": "15 billion euros",
        "kind": "amount",
    },
    {
        "q": "By when does European law require two-way contracts for difference or similar tools?",
        "doc": "de_renewables_law_reform_2025",
        "evidence": "or similar instruments by July 2027",
        "value": "July 2027",
        "kind": "date",
    },
    {
        "q": "What part of Germany's power must come from renewables in 2030 under its binding goal?",
        "doc": "de_renewables_law_reform_2025",
        "evidence": "at least 80 percent of its electricity",
        "value": "80 percent",
        "kind": "share",
    },
    # --- eu_cross_border_projects_2024 ------------------------------------------
    {
        "q": "How many of the chosen infrastructure schemes concern hydrogen and electrolysers?",
        "doc": "eu_cross_border_projects_2024",
        "evidence": "65 hydrogen and electrolyser projects",
        "value": "65",
        "kind": "count",
    },
    {
        "q": "How often is the Union list of common-interest energy projects drawn up anew?",
        "doc": "eu_cross_border_projects_2024",
        "evidence": "such lists are adopted every 2 years",
        "value": "every 2 years",
        "kind": "other",
    },
    {
        "q": "How much offshore renewable capacity do EU countries want installed by mid-century?",
        "doc": "eu_cross_border_projects_2024",
        "evidence": "more than 300 GW by 2050",
        "value": "300 GW",
        "kind": "amount",
    },
    {
        "q": "When do applications close in the first call for EU money for the new projects of common and mutual interest?",
        "doc": "eu_cross_border_projects_2024",
        "evidence": "deadline at the end of October 2024",
        "value": "end of October 2024",
        "kind": "date",
    },
    # --- eu_flexibility_event_2024 ----------------------------------------------
    {
        "q": "Which consultancy did the research behind Agora's findings on flexible distribution grids?",
        "doc": "eu_flexibility_event_2024",
        "evidence": "based on research carried out by DNV",
        "value": "DNV",
        "kind": "actor",
    },
    # --- eu_hydrogen_rules_2023 -------------------------------------------------
    {
        "q": "How much green electricity will the EU need to make ten million tonnes of RFNBOs by 2030?",
        "doc": "eu_hydrogen_rules_2023",
        "evidence": "around 500 TWh of renewable electricity",
        "value": "500 TWh",
        "kind": "amount",
    },
    {
        "q": "How soon after they appear in the Official Journal do the renewable hydrogen acts take effect?",
        "doc": "eu_hydrogen_rules_2023",
        "evidence": "enter into force 20 days following their publication",
        "value": "20 days",
        "kind": "other",
    },
    {
        "q": "How much green hydrogen does the EU want to buy from abroad by the end of the decade?",
        "doc": "eu_hydrogen_rules_2023",
        "evidence": "10 million tonnes of imported renewable hydrogen",
        "value": "10 million tonnes",
        "kind": "amount",
    },
    # --- eu_energy_union_focus_2025 ---------------------------------------------
    {
        "q": "On what day was the new group for finishing the energy union set up?",
        "doc": "eu_energy_union_focus_2025",
        "evidence": "was launched on 16 June 2025",
        "value": "16 June 2025",
        "kind": "date",
    },
    {
        "q": "What minimum share of renewables is the bloc aiming for by the end of this decade?",
        "doc": "eu_energy_union_focus_2025",
        "evidence": "share of at least 42.5% of renewable energy",
        "value": "42.5%",
        "kind": "share",
    },
    # --- eu_ets2_early_action_2025 ----------------------------------------------
    {
        "q": "What share of the emissions in the new carbon market for buildings and road fuels comes from the five biggest EU countries?",
        "doc": "eu_ets2_early_action_2025",
        "evidence": "account for about 70 percent of the emissions",
        "value": "70 percent",
        "kind": "share",
    },
    {
        "q": "How much revenue a year could the second emissions trading system bring in between 2027 and 2030?",
        "doc": "eu_ets2_early_action_2025",
        "evidence": "could yield 45 to 80 billion euros annually",
        "value": "45 to 80 billion euros",
        "kind": "amount",
    },
    {
        "q": "By how much will the cap on auctioned permits in ETS 2 shrink every year?",
        "doc": "eu_ets2_early_action_2025",
        "evidence": "linearly each year by more than 5 percent",
        "value": "5 percent",
        "kind": "share",
    },
    {
        "q": "What portion of Europeans live in the countryside?",
        "doc": "eu_ets2_early_action_2025",
        "evidence": "about 23 percent of the EU population",
        "value": "23 percent",
        "kind": "share",
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "What sort of industrial system has China been building faster lately?",
        "doc": ARTICLE,
        "evidence": "accelerated the construction of a modern industrial system",
        "value": "modern industrial system",
        "kind": "other",
    },
    {
        "q": "What numeric label does the aluminium producer in Yunnan give its green growth model?",
        "doc": ARTICLE,
        "evidence": "Yunnan Aluminum Co., Ltd. not only carries out",
        "value": "1+N",
        "kind": "other",
    },
    {
        "q": "How has the pollution load per unit of output in key sectors moved?",
        "doc": ARTICLE,
        "evidence": "The intensity of major pollutants and",
        "value": "continued to decline",
        "kind": "other",
    },
    {
        "q": "How does the piece describe the current state of China's new industries?",
        "doc": ARTICLE,
        "evidence": "and emerging industries are booming",
        "value": "booming",
        "kind": "other",
    },
    {
        "q": "What does the text say the country urgently has to seize in science and technology?",
        "doc": ARTICLE,
        "evidence": "It is urgent to grasp the direction",
        "value": "new round of scientific and technological revolution",
        "kind": "other",
    },
    {
        "q": "Besides relying on new techniques and new drivers of growth, what else should industry widen?",
        "doc": ARTICLE,
        "evidence": "create new driving forces, and expand new space",
        "value": "new space",
        "kind": "list",
    },
    {
        "q": "What has become the key to high-quality growth when the green shift merges sectors?",
        "doc": ARTICLE,
        "evidence": "Cross-border industrial integration has become the key",
        "value": "Cross-border industrial integration",
        "kind": "other",
    },
    {
        "q": "What kind of momentum have newer industries shown lately?",
        "doc": ARTICLE,
        "evidence": "have shown a good development momentum",
        "value": "good development momentum",
        "kind": "other",
    },
    {
        "q": "When was the news item on the green manufacturing guidance posted?",
        "doc": ARTICLE,
        "evidence": "2024-03-01 03:40:51",
        "value": "2024-03-01",
        "kind": "date",
    },
    {
        "q": "For high-end machinery, which kind of technologies should be innovated and put to industrial use?",
        "doc": ARTICLE,
        "evidence": "key remanufacturing technologies such as",
        "value": "remanufacturing",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN5: list[dict] = [
    {
        "q": "How much does the Dutch purchase subsidy for electric vans pay per vehicle?",
        "near_doc": "nl_ev_country_report_2020",
        "why": "a van subsidy is announced for 2021; no amount is given",
    },
    {
        "q": "How many hydrogen refuelling stations does the Hydrogen Strategy for Canada plan to build?",
        "near_doc": "ca_ev_country_report_2020",
        "why": "the strategy's launch and aim are described, no station count",
    },
    {
        "q": "What feed-in tariff per unit will Madhya Pradesh pay for solar power under its 2025 policy?",
        "near_doc": "in_mp_renewable_policy_brief_2025",
        "why": "the brief gives the policy's scope, duration and share target, no tariff",
    },
    {
        "q": "In which year will Morocco stop generating power from coal?",
        "near_doc": "ma_climate_tracker_assessment",
        "why": "Morocco halted new coal plants but has not committed to a phase-out year",
    },
    {
        "q": "What penalty applies to the Northern Territory government if it misses its aspirational target?",
        "near_doc": "au_nt_binding_targets_handbook_2020",
        "why": "the page says the target is non-binding; no penalty is named",
    },
    {
        "q": "How many offshore wind turbines are operating in UK waters?",
        "near_doc": "uk_cop26_climate_leadership_2021",
        "why": "the UK is called the largest offshore wind producer; no turbine count",
    },
    {
        "q": "What carbon price is expected in the second emissions trading system in 2035?",
        "near_doc": "eu_ets2_early_action_2025",
        "why": "price estimates are given up to 2030 only",
    },
    {
        "q": "How much Connecting Europe Facility money is earmarked for the 166 selected cross-border projects?",
        "near_doc": "eu_cross_border_projects_2024",
        "why": "the projects become eligible for that funding; no sum is stated",
    },
    {
        "q": "What maximum strike price does Agora propose for the new German contracts for difference?",
        "near_doc": "de_renewables_law_reform_2025",
        "why": "the reference benchmark is still to be defined; no price is given",
    },
    {
        "q": "What minimum greenhouse gas saving must renewable hydrogen achieve under the EU delegated acts?",
        "near_doc": "eu_hydrogen_rules_2023",
        "why": "the second act gives a calculation method; the threshold is not stated",
    },
    {
        "q": "How many members sit on the Energy Union Task Force?",
        "near_doc": "eu_energy_union_focus_2025",
        "why": "who it brings together is described, not how many",
    },
    {
        "q": "How many chargers along highways would the EV Freedom Act fund?",
        "near_doc": "us_ev_country_report_2020",
        "why": "the bill would build a network within five years; no charger count",
    },
]
