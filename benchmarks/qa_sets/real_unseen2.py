"""A second held-back set: new facts over the English real documents and the bundled article.

Same format as real_dev.py. Written by reading the documents, before any
policykb output was seen for these questions, about facts that no other set
uses (no evidence span is shared with real_dev, real_dev2, real_unseen,
article_paraphrase or kb_dev_set). Meant to be scored once, at first contact:
do not tune on it. Documents are referenced by file stem and read from
../shared/data/real_policies; only short evidence/value spans are quoted here.
"""

from __future__ import annotations

QUESTIONS: list[dict] = [
    # --- us_offshore_wind_2022 -------------------------------------------------
    {
        "q": "How big is the purse of the DOE contest meant to get floating platform designs ready for mass manufacture?",
        "doc": "us_offshore_wind_2022",
        "evidence": "a $6.85 million prize competition",
        "value": "$6.85 million",
        "kind": "amount",
    },
    {
        "q": "How many jobs was the 30-gigawatt offshore wind goal for the end of the decade expected to support?",
        "doc": "us_offshore_wind_2022",
        "evidence": "support 77,000 jobs",
        "value": "77,000",
        "kind": "count",
    },
    # --- us_clean_cars_trucks_2021 ---------------------------------------------
    {
        "q": "By how much would the car announcements cut greenhouse gases from new passenger vehicles sold in 2030, relative to last year's models?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "from new passenger vehicle sales by more than",
        "value": "60 percent",
        "kind": "share",
    },
    {
        "q": "How many electric car models could US buyers choose from last year?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "Electric models available to U.S. consumers",
        "value": "over 40",
        "kind": "count",
    },
    # --- us_nuclear_industrial_base_2025 ---------------------------------------
    {
        "q": "Under which executive order are nuclear engineering careers to be treated as a priority area?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "considered priority areas for actions directed",
        "value": "14278",
        "kind": "other",
    },
    # --- us_dpa_clean_energy_manufacturing_2022 --------------------------------
    {
        "q": "By how much were rents and fees lowered for wind and solar schemes on federal land?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "reduced rents and fees by",
        "value": "more than 50 percent",
        "kind": "share",
    },
    {
        "q": "How many local communities is the administration helping to cut red tape with an online tool for same-day rooftop solar permits?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "helping 17 local communities",
        "value": "17",
        "kind": "count",
    },
    # --- us_sustainable_aviation_fuel_2021 -------------------------------------
    {
        "q": "What minimum life-cycle emissions cut must a fuel achieve to earn the proposed SAF tax credit?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "proposed tax credit requires at least",
        "value": "50%",
        "kind": "share",
    },
    {
        "q": "How many gallons of sustainable jet fuel does American Airlines plan to buy from Prometheus Fuels by mid-decade?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "procure 10 million gallons of SAF",
        "value": "10 million gallons",
        "kind": "amount",
    },
    {
        "q": "What share of SAF has DHL Express pledged to use by the end of this decade?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "DHL Express has pledged to use 30% SAF",
        "value": "30%",
        "kind": "share",
    },
    # --- us_ev_charger_standards_2023 ------------------------------------------
    {
        "q": "How many electric cars are on American roads according to the charger standards fact sheet?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "three million EVs on the road",
        "value": "three million",
        "kind": "count",
    },
    {
        "q": "How many public Level 2 chargers does GM intend to put in local communities with its dealers by 2026?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "install up to 40,000 public",
        "value": "40,000",
        "kind": "count",
    },
    # --- us_ira_one_year_2023 --------------------------------------------------
    {
        "q": "How much are households expected to save on their power bills through 2030 thanks to the IRA?",
        "doc": "us_ira_one_year_2023",
        "evidence": "projected to save $27-38 billion",
        "value": "$27-38 billion",
        "kind": "amount",
    },
    {
        "q": "How long did taxpayers wait on the IRS phone line this filing season?",
        "doc": "us_ira_one_year_2023",
        "evidence": "cutting phone wait times from 28 minutes",
        "value": "3 minutes",
        "kind": "other",
    },
    # --- us_ndc_2035_target_2024 -----------------------------------------------
    {
        "q": "By how much did the price of grid-scale battery storage fall between 2010 and 2023?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "the cost of utility-scale battery storage projects",
        "value": "89%",
        "kind": "share",
    },
    {
        "q": "How many US states have binding economy-wide emission caps written into law, besides Puerto Rico?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "Puerto Rico have binding economy-wide emissions targets",
        "value": "15 states",
        "kind": "count",
    },
    # --- us_leaders_summit_climate_2021 ----------------------------------------
    {
        "q": "How many heads of state and government took part in Biden's April 2021 climate summit?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "held a historic summit with 40",
        "value": "40",
        "kind": "count",
    },
    {
        "q": "What renewable power share are Colombia, Chile and Costa Rica leading the RELAC effort towards for 2030?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "renewable energy capacity to at least 70",
        "value": "70 percent",
        "kind": "share",
    },
    # --- us_power_sector_grid_2024 ---------------------------------------------
    {
        "q": "How long is the new Idaho-to-Nevada line backed by a Transmission Facilitation Program contract?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "support a new 285-mile",
        "value": "285-mile",
        "kind": "amount",
    },
    {
        "q": "How much will Solar for All knock off low-income households' yearly electricity bills?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "cutting annual electricity bills by more than",
        "value": "$350 million",
        "kind": "amount",
    },
    # --- us_super_pollutants_2024 ----------------------------------------------
    {
        "q": "How many ozone monitoring systems will State and NASA install at US embassies and consulates?",
        "doc": "us_super_pollutants_2024",
        "evidence": "committed to deploy 10 state-of-the-art",
        "value": "10",
        "kind": "count",
    },
    {
        "q": "By roughly what proportion will ClimeCo's three new projects cut nitrous oxide at their sites?",
        "doc": "us_super_pollutants_2024",
        "evidence": "emissions at the three facilities by approximately 95%",
        "value": "95%",
        "kind": "share",
    },
    {
        "q": "How much grant money did the pipeline safety agency award in spring 2024 to replace leak-prone gas mains?",
        "doc": "us_super_pollutants_2024",
        "evidence": "announced nearly $400 million in grants",
        "value": "$400 million",
        "kind": "amount",
    },
    # --- us_american_jobs_plan_2021 --------------------------------------------
    {
        "q": "How much does the Jobs Plan set aside specifically for making infrastructure resilient to climate disasters?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "calling for $50 billion in dedicated",
        "value": "$50 billion",
        "kind": "amount",
    },
    {
        "q": "What size of accelerator fund does the plan propose to mobilise private money for distributed energy and building retrofits?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "establish a $27 billion Clean Energy",
        "value": "$27 billion",
        "kind": "amount",
    },
    {
        "q": "What did an Energy Department study put the yearly cost of blackouts to the US economy at?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "power outages cost the U.S. economy up to",
        "value": "$70 billion",
        "kind": "amount",
    },
    # --- eu_2040_news_2025 -----------------------------------------------------
    {
        "q": "What 2030 reduction is the EU said to be on course to meet, per the news item on the 2040 target?",
        "doc": "eu_2040_news_2025",
        "evidence": "next target of a 55% reduction by 2030",
        "value": "55%",
        "kind": "share",
    },
    {
        "q": "When was the Commission's news story on a new way to reach the 2040 climate goals put out?",
        "doc": "eu_2040_news_2025",
        "evidence": "proposed an amendment to the EU Climate Law",
        "value": "2025-07-02",
        "kind": "date",
        "source": "manifest",
    },
    # --- eu_climate_law_amended_proposal_2020 ----------------------------------
    {
        "q": "Before the 2020 amendment, what minimum 2030 cut did the original Climate Law proposal say the Commission would plan for?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "to at least 50% and towards 55%",
        "value": "at least 50%",
        "kind": "share",
    },
    {
        "q": "In which article of the amended proposal is the new 2030 emissions goal placed?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "for 2030 in Article 2a(1)",
        "value": "Article 2a(1)",
        "kind": "other",
    },
    # --- eu_2040_target_proposal_2025 ------------------------------------------
    {
        "q": "How far below their 1990 level were the EU's net GHG emissions in 2023?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "In  2023  total  net  greenhouse  gas",
        "value": "37%",
        "kind": "share",
    },
    {
        "q": "On average, what part of Recovery and Resilience Facility budgets is devoted to green measures?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "with  an average of 42% of the total",
        "value": "42%",
        "kind": "share",
    },
    # --- eu_2040_target_regulation_2026 ----------------------------------------
    {
        "q": "From what year may high-quality international credits count towards the binding 2040 goal under the amended Climate Law?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "from 2036, an adequate contribution",
        "value": "2036",
        "kind": "year",
    },
    {
        "q": "On what date did the Commission publish the communication recommending a 90% cut for 2040?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "in its communication of 6",
        "value": "6\u00a0February 2024",
        "kind": "date",
    },
    # --- eu_clean_industrial_deal_2025 -----------------------------------------
    {
        "q": "What value is world trade in clean technologies expected to reach by the mid-2030s?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "clean technology trade is expected to reach",
        "value": "USD 575 billion",
        "kind": "amount",
    },
    {
        "q": "When does the current EU steel safeguard measure legally lapse?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "legally  expire  on  30  June  2026",
        "value": "30  June  2026",
        "kind": "date",
    },
    {
        "q": "To what amount is the EIB expanding the financing capacity of its wind package?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "the Wind Package from EUR 5 billion",
        "value": "EUR 6.5 billion",
        "kind": "amount",
    },
    # --- eu_adaptation_progress_swd_2023 ---------------------------------------
    {
        "q": "How much EU cohesion money does Czechia plan to spend on adapting to climate change in 2021-2027?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "Czechia intends to invest ca 602 million EUR",
        "value": "602 million EUR",
        "kind": "amount",
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "In which city is the aluminium company whose showroom displays a bauxite-to-processing chain diagram?",
        "doc": ARTICLE,
        "evidence": "exhibition hall of Kunming Yun Aluminum",
        "value": "Kunming",
        "kind": "other",
    },
    {
        "q": "Besides evaporative cooling, what air-conditioning technique does the Beijing-Tianjin-Hebei computing hub use?",
        "doc": ARTICLE,
        "evidence": "inter-row air conditioning",
        "value": "inter-row air conditioning",
        "kind": "list",
    },
    {
        "q": "Next to steel, aluminium smelting and clinker, which other product's energy efficiency keeps improving?",
        "doc": ARTICLE,
        "evidence": "and flat glass continues to improve",
        "value": "flat glass",
        "kind": "list",
    },
    {
        "q": "Apart from 3D printing, which remanufacturing techniques does the policy want innovated for high-end equipment?",
        "doc": ARTICLE,
        "evidence": "flexible molding",
        "value": "flexible molding",
        "kind": "list",
    },
    {
        "q": "What kind of machine was the Shandong environmental-equipment plant rushing to finish for export?",
        "doc": ARTICLE,
        "evidence": "intelligent filter press products",
        "value": "intelligent filter press",
        "kind": "other",
    },
    {
        "q": "Along with product, energy-use and feedstock structure, what else should traditional industries optimise?",
        "doc": ARTICLE,
        "evidence": "and process reengineering to build",
        "value": "process reengineering",
        "kind": "list",
    },
    {
        "q": "Around what kind of aluminium resource does the Yunnan producer extend and strengthen its chain?",
        "doc": ARTICLE,
        "evidence": "high-quality hydropower aluminum resources",
        "value": "hydropower",
        "kind": "other",
    },
    {
        "q": "Which two sectors cooperate across borders at the Jinan steelworks?",
        "doc": ARTICLE,
        "evidence": "Cross-border cooperation between steel and photovoltaics",
        "value": "steel and photovoltaics",
        "kind": "list",
    },
    {
        "q": "Where at the Shandong steel mill were the solar panels put up?",
        "doc": ARTICLE,
        "evidence": "the idle space on the roof",
        "value": "roof",
        "kind": "other",
    },
    {
        "q": "Besides energy and labour, in what area did firms carry out green and smart upgrades to suit sectors like chemicals and food?",
        "doc": ARTICLE,
        "evidence": "green and intelligent upgrades in water saving",
        "value": "water saving",
        "kind": "list",
    },
]

UNANSWERABLE_UNSEEN2: list[dict] = [
    {
        "q": "What interest rate does DOE's Loan Programs Office charge on its loan guarantees for sustainable aviation fuel projects?",
        "near_doc": "us_sustainable_aviation_fuel_2021",
        "why": "the fact sheet gives the size of the loan guarantee offer, never an interest rate",
    },
    {
        "q": "In what year was ClimeCo, the nitrous oxide abatement developer, founded?",
        "near_doc": "us_super_pollutants_2024",
        "why": "ClimeCo and its three projects are described; its founding year is not",
    },
    {
        "q": "How many workers will Qcells hire for its expanded solar factories in Dalton and Cartersville?",
        "near_doc": "us_ndc_2035_target_2024",
        "why": "the investment amount is given, not a head-count",
    },
    {
        "q": "What penalty does the amended Climate Law impose on a Member State that misses its share of the 2040 target?",
        "near_doc": "eu_2040_target_regulation_2026",
        "why": "the regulation sets a Union-wide target and review duties; no penalty is stated",
    },
    {
        "q": "How many servers does the Beijing-Tianjin-Hebei Intelligent Computing Center house?",
        "near_doc": "china-green-manufacturing-guiding-opinions-2024",
        "why": "the article gives its electricity saving and cooling methods, not a server count",
    },
    {
        "q": "How many employees work at Kunming Yun Aluminum?",
        "near_doc": "china-green-manufacturing-guiding-opinions-2024",
        "why": "the article describes the firm's industry chain, never its staff",
    },
    {
        "q": "What is the annual budget of the SolarAPP+ permitting tool?",
        "near_doc": "us_dpa_clean_energy_manufacturing_2022",
        "why": "the tool and the number of communities using it are named; no budget",
    },
    {
        "q": "What fine does NHTSA levy on carmakers that miss the proposed fuel efficiency standards?",
        "near_doc": "us_clean_cars_trucks_2021",
        "why": "the standards and their benefits are described; no fine or penalty",
    },
    {
        "q": "What tariff rate will the EU's long-term steel measure apply to imported steel after June 2026?",
        "near_doc": "eu_clean_industrial_deal_2025",
        "why": "the communication says a long-term measure will be proposed; no rate is given",
    },
    {
        "q": "How many megawatts of capacity will be offered in BOEM's first floating wind lease auction off California?",
        "near_doc": "us_offshore_wind_2022",
        "why": "the auction is announced for the end of 2022 without a capacity figure",
    },
]
