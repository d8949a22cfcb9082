"""A seventh held-back set: published documents no other question set has used.

Same format as real_unseen6.py. The answerable questions are about English documents that
are not among ../shared/data/real_policies and that no earlier question set asks about: a
city's climate-neutrality action plan (front part), an analyst's note on a national
renewables share, a utility's goals page, an explainer on a parliament's climate acts,
three tabloid news posts (an election pledge on renewables, a company's wind turbines, a
report on a fall in emissions), trade news on a territory reaching fully renewable
electricity, news on a national home-heating plan, a factsheet summarising a national
hydrogen strategy, and two pages of a regional planning commission's municipal toolkit.
They are kept outside the repository, beside it, in ``../unseen9f/en`` (sources in
benchmarks/real_targets/fresh6/) and ``../unseen10p/en`` (sources in
``../unseen10p/en/sources.toml``), and are indexed together with the corpus, the 26 real
documents, the Net Zero Tracker texts and every earlier set's documents, which act as
distractors: ``benchmarks/kb_real.py --extra-docs ../unseen9f --extra-docs ../unseen10p``
on a store that already holds the others. The article questions ask about facts of the
bundled article that no other set asks for. Written by reading the documents, before any
policykb output was seen for them, in a researcher's words rather than the clause's own;
items marked ``noshare`` share no content word with the clause that answers them. Scored
once, at first contact; only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen9f", "unseen10p")

QUESTIONS: list[dict] = [
    # --- de_leipzig_ccc_action_plan_2024 -----------------------------------------
    {
        "q": "What per-head level of greenhouse gases should the Saxon city reach by the end of this decade on its way to neutrality?",
        "doc": "de_leipzig_ccc_action_plan_2024",
        "evidence": "1.90 tons of CO2 equivalents per capita by 2030",
        "value": "1.90 tons",
        "kind": "amount",
    },
    {
        "q": "How much warming gas may Leipzig still release in total, counting from 2020 onward?",
        "doc": "de_leipzig_ccc_action_plan_2024",
        "evidence": "final residual budget of 29.0 million tonnes",
        "value": "29.0 million tonnes",
        "kind": "amount",
    },
    {
        "q": "By when should the German trade-fair city's space and water warming stop adding to global warming?",
        "doc": "de_leipzig_ccc_action_plan_2024",
        "evidence": "climate-neutral heat supply by 2038",
        "value": "2038",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "What yearly spending does the municipal energy and climate protection programme commit?",
        "doc": "de_leipzig_ccc_action_plan_2024",
        "evidence": "investments of over 300 million euros annually",
        "value": "300 million euros",
        "kind": "amount",
    },
    # --- au_nem_road_to_80_analysis_2025 -----------------------------------------
    {
        "q": "What proportion of Australia's power is the federal goal meant to draw from clean sources by the decade's close?",
        "doc": "au_nem_road_to_80_analysis_2025",
        "evidence": "80% renewable energy by 2030 is a national target",
        "value": "80%",
        "kind": "share",
    },
    {
        "q": "What grid consumption does the analyst pencil in for the eastern market at the end of the decade?",
        "doc": "au_nem_road_to_80_analysis_2025",
        "evidence": "We set demand in 2030 at 225 TWh",
        "value": "225 TWh",
        "kind": "amount",
    },
    {
        "q": "What slice of output came from wind, sun and water lately, by the writer's reckoning?",
        "doc": "au_nem_road_to_80_analysis_2025",
        "evidence": "renewables share at 42% of total supply",
        "value": "42%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How many gigawatts of turbines does the author believe could win a final go-ahead by 2027?",
        "doc": "au_nem_road_to_80_analysis_2025",
        "evidence": "10-11 GW of wind getting to FID by 2027",
        "value": "10-11 GW",
        "kind": "amount",
    },
    # --- us_utility_carbon_goals_page_2020 ---------------------------------------
    {
        "q": "By how much does the power company intend to shrink its CO2 output across the firm by 2030 against 2005?",
        "doc": "us_utility_carbon_goals_page_2020",
        "evidence": "reduce carbon emissions 80% by 2030 company-wide from 2005 levels",
        "value": "80%",
        "kind": "share",
    },
    {
        "q": "How far had the electricity supplier's pollution fallen since its mid-2000s baseline as of its record one-year drop?",
        "doc": "us_utility_carbon_goals_page_2020",
        "evidence": "reducing carbon emissions 44% since 2005",
        "value": "44%",
        "kind": "share",
    },
    # --- uk_parliament_climate_acts_list_2020 ------------------------------------
    {
        "q": "What cut in carbon dioxide against 1990 did Britain's 2008 statute commit it to?",
        "doc": "uk_parliament_climate_acts_list_2020",
        "evidence": "reduce CO2 emissions by 80% compared to 1990 levels",
        "value": "80%",
        "kind": "share",
    },
    {
        "q": "Which watchdog did that law set up to set five-yearly limits and hold ministers to account?",
        "doc": "uk_parliament_climate_acts_list_2020",
        "evidence": "creates the Committee of Climate Change",
        "value": "Committee of Climate Change",
        "kind": "actor",
    },
    {
        "q": "By what day in autumn would British generators stop burning the black fuel, at the outside?",
        "doc": "uk_parliament_climate_acts_list_2020",
        "evidence": "by 1st October at latest",
        "value": "1st October",
        "kind": "date",
        "noshare": True,
    },
    # --- nz_labour_renewables_pledge_news_2020 -----------------------------------
    {
        "q": "By when did Ardern promise to end generation from fossil sources if she won a second term?",
        "doc": "nz_labour_renewables_pledge_news_2020",
        "evidence": "by the end of the decade",
        "value": "end of the decade",
        "kind": "year",
    },
    {
        "q": "What deadline for a fully green grid did the party have before this pledge?",
        "doc": "nz_labour_renewables_pledge_news_2020",
        "evidence": "100 per cent renewable energy generation by the end of 2035",
        "value": "2035",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "What share of New Zealand's electricity production already comes from renewable sources?",
        "doc": "nz_labour_renewables_pledge_news_2020",
        "evidence": "84 per cent of NZ's electricity production comes from renewable sources",
        "value": "84 per cent",
        "kind": "share",
    },
    {
        "q": "What extra sum did the premier promise for the big water-battery scheme in the southern isle?",
        "doc": "nz_labour_renewables_pledge_news_2020",
        "evidence": "an additional $70million",
        "value": "$70million",
        "kind": "amount",
        "noshare": True,
    },
    # --- us_apple_wind_carbon_neutral_news_2020 ----------------------------------
    {
        "q": "How much power a year should the pair of giant Danish turbines near Esbjerg produce?",
        "doc": "us_apple_wind_carbon_neutral_news_2020",
        "evidence": "expected to produce 62 gigawatt hours each year",
        "value": "62 gigawatt hours",
        "kind": "amount",
    },
    {
        "q": "How many of the tech giant's vendors have signed up to run their output on green electricity?",
        "doc": "us_apple_wind_carbon_neutral_news_2020",
        "evidence": "72 manufacturing partners in 17 different countries",
        "value": "72",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "How much CO2-equivalent a year will the supplier clean-energy projects avoid once they are all finished?",
        "doc": "us_apple_wind_carbon_neutral_news_2020",
        "evidence": "avoid over 14.3 million metric tons of CO2e annually",
        "value": "14.3 million metric tons",
        "kind": "amount",
    },
    {
        "q": "In which year does the online retailer Amazon mean to be carbon neutral?",
        "doc": "us_apple_wind_carbon_neutral_news_2020",
        "evidence": "Amazon has a target of 2040",
        "value": "2040",
        "kind": "year",
    },
    # --- global_co2_fall_estimate_news_2020 --------------------------------------
    {
        "q": "By what range were global CO2 emissions projected to drop in 2020 owing to the lockdowns?",
        "doc": "global_co2_fall_estimate_news_2020",
        "evidence": "between four and seven per cent lower this year",
        "value": "four and seven per cent",
        "kind": "share",
    },
    {
        "q": "What sustained annual decline in pollution is needed through the coming ten years to hold warming under the agreed ceiling?",
        "doc": "global_co2_fall_estimate_news_2020",
        "evidence": "at least seven per cent each year over the next decade",
        "value": "seven per cent",
        "kind": "share",
    },
    {
        "q": "What are the odds that at least one year between 2020 and 2024 passes the 1.5-degree threshold?",
        "doc": "global_co2_fall_estimate_news_2020",
        "evidence": "there is a 24 per cent chance",
        "value": "24 per cent",
        "kind": "share",
    },
    {
        "q": "How far did the discharge fall in the single worst month of the pandemic shutdown?",
        "doc": "global_co2_fall_estimate_news_2020",
        "evidence": "In April alone, levels dropped by 17 per cent",
        "value": "17 per cent",
        "kind": "share",
        "noshare": True,
    },
    # --- au_act_100pct_renewable_news_2019 ---------------------------------------
    {
        "q": "Roughly how much has Canberra's move to clean power cut its greenhouse output?",
        "doc": "au_act_100pct_renewable_news_2019",
        "evidence": "reduced its greenhouse gas emissions by around 40 per cent",
        "value": "40 per cent",
        "kind": "share",
    },
    {
        "q": "What is the rated size of the South Australian turbine park whose supply took the territory past its goal?",
        "doc": "au_act_100pct_renewable_news_2019",
        "evidence": "The supply from the 109MW wind farm",
        "value": "109MW",
        "kind": "amount",
    },
    {
        "q": "By which year should the home of the national parliament stop adding to warming on balance?",
        "doc": "au_act_100pct_renewable_news_2019",
        "evidence": "goal of reaching zero net emissions by 2045",
        "value": "2045",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "What did residents pocket on power bills during the opening quarter thanks to the fixed-price deals?",
        "doc": "au_act_100pct_renewable_news_2019",
        "evidence": "These savings amounted to $4.3 million",
        "value": "$4.3 million",
        "kind": "amount",
        "noshare": True,
    },
    # --- uk_warm_homes_plan_news_2026 --------------------------------------------
    {
        "q": "How much money does the Warm Homes Plan promise households over the next five years?",
        "doc": "uk_warm_homes_plan_news_2026",
        "evidence": "promises to provide £15bn to households",
        "value": "£15bn",
        "kind": "amount",
    },
    {
        "q": "How many positions in low-carbon home warming could the programme help create?",
        "doc": "uk_warm_homes_plan_news_2026",
        "evidence": "contribute to 180,000 new jobs in the clean heating sector",
        "value": "180,000",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "What grade must let homes achieve from the turn of the decade?",
        "doc": "uk_warm_homes_plan_news_2026",
        "evidence": "minimum energy efficiency score of EPC C",
        "value": "EPC C",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "What fraction of Britain's planet-warming emissions comes from keeping houses warm?",
        "doc": "uk_warm_homes_plan_news_2026",
        "evidence": "around 18% come from home heating",
        "value": "18%",
        "kind": "share",
    },
    # --- de_hydrogen_strategy_factsheet_2020 -------------------------------------
    {
        "q": "How much electrolyser capacity is Germany to build at home by 2030 under its hydrogen strategy?",
        "doc": "de_hydrogen_strategy_factsheet_2020",
        "evidence": "a total capacity of up to 5 GW",
        "value": "5 GW",
        "kind": "amount",
    },
    {
        "q": "What volume of H2 does Berlin expect to consume by the decade's end?",
        "doc": "de_hydrogen_strategy_factsheet_2020",
        "evidence": "hydrogen demand of about 90 to 110 TWh until 2030",
        "value": "90 to 110 TWh",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How much additional pandemic-relief cash is earmarked to kick-start take-up of home-grown H2 kit?",
        "doc": "de_hydrogen_strategy_factsheet_2020",
        "evidence": "provides for a further 7 billion euros",
        "value": "7 billion euros",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How many seats does the new advisory panel of firms, researchers and campaigners have?",
        "doc": "de_hydrogen_strategy_factsheet_2020",
        "evidence": "made up of 25 representatives",
        "value": "25",
        "kind": "count",
        "noshare": True,
    },
    # --- us_dvrpc_ghg_targets_toolkit_page ---------------------------------------
    {
        "q": "How many towns around Philadelphia have resolved to get all their energy from renewables by mid-century?",
        "doc": "us_dvrpc_ghg_targets_toolkit_page",
        "evidence": "more than 50 municipalities within the region",
        "value": "50",
        "kind": "count",
    },
    # --- us_dvrpc_clean_energy_supply_page ---------------------------------------
    {
        "q": "What fraction of the Delaware Valley's climate pollution is tied to fuel and power consumption?",
        "doc": "us_dvrpc_clean_energy_supply_page",
        "evidence": "(88.2 percent)",
        "value": "88.2 percent",
        "kind": "share",
        "noshare": True,
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "Where has the factory-centred system for clean manufacturing become a key launch pad?",
        "doc": ARTICLE,
        "evidence": "promoting green manufacturing in various places",
        "value": "various places",
        "kind": "other",
    },
    {
        "q": "Alongside steel, which heavy sector's big firms reuse more than 95 percent?",
        "doc": ARTICLE,
        "evidence": "steel and petrochemical industries",
        "value": "petrochemical",
        "kind": "other",
    },
    {
        "q": "Over what span of activity should digital-plus-low-carbon use cases be widened for key sectors?",
        "doc": ARTICLE,
        "evidence": "in the entire production and manufacturing process",
        "value": "entire production and manufacturing process",
        "kind": "other",
    },
    {
        "q": "Which part of the northern computing hub gains better efficiency from its new energy-saving techniques?",
        "doc": ARTICLE,
        "evidence": "the computing network infrastructure",
        "value": "computing network infrastructure",
        "kind": "other",
    },
    {
        "q": "What does the capital-region data hub bring in to lift the efficiency of its servers and network?",
        "doc": ARTICLE,
        "evidence": "introduces new energy-saving technologies",
        "value": "new energy-saving technologies",
        "kind": "other",
    },
    {
        "q": "Against what group of firms are the 2023 shares of high-tech and equipment makers' value added measured?",
        "doc": ARTICLE,
        "evidence": "added value of industries above designated size",
        "value": "industries above designated size",
        "kind": "other",
    },
    {
        "q": "By what sort of shift have legacy sectors been modernised of late?",
        "doc": ARTICLE,
        "evidence": "upgraded through green and low-carbon transformation",
        "value": "green and low-carbon transformation",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "What kind of equipment does the Shandong workshop that ships filter presses abroad make?",
        "doc": ARTICLE,
        "evidence": "an environmental protection equipment production workshop",
        "value": "environmental protection equipment",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN7: list[dict] = [
    {
        "q": "What fine will landlords pay if their rented homes miss the EPC C standard in 2030?",
        "near_doc": "uk_warm_homes_plan_news_2026",
        "why": "the rating is required from 2030; no fine is named",
    },
    {
        "q": "What interest rate will the Warm Homes Plan's low-interest loans charge?",
        "near_doc": "uk_warm_homes_plan_news_2026",
        "why": "loans are called low-interest; no rate is given",
    },
    {
        "q": "What budget has Germany set aside for hydrogen refuelling stations for lorries?",
        "near_doc": "de_hydrogen_strategy_factsheet_2020",
        "why": "refuelling infrastructure is planned; no sum is tied to it",
    },
    {
        "q": "How much electrolyser capacity does Germany plan to have installed by 2050?",
        "near_doc": "de_hydrogen_strategy_factsheet_2020",
        "why": "capacity is given for 2030 and 2035-2040 only; 2050 is named for fuel demand",
    },
    {
        "q": "How much money did Apple invest in the two Esbjerg wind turbines?",
        "near_doc": "us_apple_wind_carbon_neutral_news_2020",
        "why": "the company did not say how much it invested",
    },
    {
        "q": "What share of New Zealand's electricity was renewable in 2010?",
        "near_doc": "nz_labour_renewables_pledge_news_2020",
        "why": "only the present share is given",
    },
    {
        "q": "By how much must Leipzig cut agriculture and land-use emissions by 2030?",
        "near_doc": "de_leipzig_ccc_action_plan_2024",
        "why": "the plan has no accounting or target for that sector",
    },
    {
        "q": "How many jobs have the Australian Capital Territory's renewable energy auctions created?",
        "near_doc": "au_act_100pct_renewable_news_2019",
        "why": "jobs are mentioned without a number",
    },
    {
        "q": "What price per tonne of carbon does the ACT pay under its wind and solar contracts?",
        "near_doc": "au_act_100pct_renewable_news_2019",
        "why": "savings and investment are given; no carbon price",
    },
    {
        "q": "What penalty does the UK Climate Change Act impose when a five-year carbon budget is missed?",
        "near_doc": "uk_parliament_climate_acts_list_2020",
        "why": "the budgets are named; no penalty",
    },
    {
        "q": "What share of the US utility's electricity came from wind power in 2019?",
        "near_doc": "us_utility_carbon_goals_page_2020",
        "why": "only the cut in emissions since 2005 is given",
    },
    {
        "q": "How many dollars has the federal Capacity Investment Scheme awarded to NEM wind farms?",
        "near_doc": "au_nem_road_to_80_analysis_2025",
        "why": "the scheme is given in gigawatts of tenders; no dollar sum",
    },
    {
        "q": "How much did global methane emissions fall in 2020 according to the WMO report?",
        "near_doc": "global_co2_fall_estimate_news_2020",
        "why": "the report as told gives CO2 only; methane is not mentioned",
    },
    {
        "q": "What grant does the DVRPC give each municipality to write a climate action plan?",
        "near_doc": "us_dvrpc_ghg_targets_toolkit_page",
        "why": "the page names plans and resolutions; no grant",
    },
]
