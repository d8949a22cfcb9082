"""Held-back questions over the 18 English real policy documents.

Same format as real_dev.py, but different facts (no shared evidence span).
Written before any policykb output was seen and meant to be scored once, at
first contact: do not tune on it. Documents are referenced by file stem and
read from ../shared/data/real_policies; only short evidence/value spans are
quoted here.
"""

from __future__ import annotations

QUESTIONS: list[dict] = [
    # --- us_offshore_wind_2022 -------------------------------------------------
    {
        "q": "What cost per MWh is the floating offshore wind Earthshot aiming to reach by the mid-2030s?",
        "doc": "us_offshore_wind_2022",
        "evidence": "costs of floating technologies by more than 70%",
        "value": "$45 per megawatt-hour",
        "kind": "amount",
    },
    {
        "q": "What fraction of America's offshore wind resource lies in deep water that needs floating foundations?",
        "doc": "us_offshore_wind_2022",
        "evidence": "two-thirds of America’s offshore wind energy potential",
        "value": "two-thirds",
        "kind": "share",
    },
    # --- us_clean_cars_trucks_2021 ---------------------------------------------
    {
        "q": "How much could a typical motorist save on fuel over a car's lifetime under the proposed efficiency and emissions rules?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "net savings of up to $900",
        "value": "$900",
        "kind": "amount",
    },
    {
        "q": "Around what electric share of 2030 sales have Ford, GM and Stellantis lined up behind?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "reaching 40 to 50 percent electric vehicle sales",
        "value": "40 to 50 percent",
        "kind": "share",
    },
    # --- us_sustainable_aviation_fuel_2021 -------------------------------------
    {
        "q": "What proportion of its current jet fuel has Delta committed to swap for sustainable fuel by the end of the decade?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "committed to replace 10% of current jet fuel",
        "value": "10%",
        "kind": "share",
    },
    {
        "q": "Roughly how many gallons of SAF does the US produce domestically per year today?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "domestic SAF production are approximately 4.5 million",
        "value": "4.5 million",
        "kind": "amount",
    },
    # --- us_dpa_clean_energy_manufacturing_2022 --------------------------------
    {
        "q": "What total US solar module manufacturing capacity is expected by the close of Biden's first term?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "total 22.5 gigawatts by the end",
        "value": "22.5 gigawatts",
        "kind": "amount",
    },
    {
        "q": "Which piece of grid equipment is named as an example among the technologies covered by the Defense Production Act authorisation?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "Critical power grid infrastructure like transformers",
        "value": "transformers",
        "kind": "list",
    },
    # --- us_ira_one_year_2023 --------------------------------------------------
    {
        "q": "What is the maximum IRA tax credit for buying a new clean car?",
        "doc": "us_ira_one_year_2023",
        "evidence": "up to $7,500 for a new vehicle",
        "value": "$7,500",
        "kind": "amount",
    },
    # --- us_power_sector_grid_2024 ---------------------------------------------
    {
        "q": "How much is EPA putting into solar for low-income households through Solar for All?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "$7 billion to deploy solar energy",
        "value": "$7 billion",
        "kind": "amount",
    },
    {
        "q": "Under Justice40, what proportion of the benefits of certain federal climate and clean-energy investments should reach disadvantaged communities?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "sets a goal that 40% of the overall",
        "value": "40%",
        "kind": "share",
    },
    # --- us_super_pollutants_2024 ----------------------------------------------
    {
        "q": "By early 2025, how much are US industrial N2O emissions expected to drop compared with 2020, thanks to company action?",
        "doc": "us_super_pollutants_2024",
        "evidence": "industrial emissions of nitrous oxide by",
        "value": "over 50%",
        "kind": "share",
    },
    {
        "q": "How many country-led programmes are in the World Bank's first methane batch backed by US money?",
        "doc": "us_super_pollutants_2024",
        "evidence": "a first batch of 15 country-led",
        "value": "15",
        "kind": "count",
    },
    # --- us_ndc_2035_target_2024 -----------------------------------------------
    {
        "q": "What cut, relative to 2005, did the NDC the US submitted in 2021 promise for 2030?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "50-52 percent from the 2005 baseline",
        "value": "50-52 percent",
        "kind": "share",
    },
    # --- us_nuclear_industrial_base_2025 ---------------------------------------
    {
        "q": "Which administration issued the fact sheet on reinvigorating America's nuclear industrial base?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "Trump signed an Executive Order to expedite",
        "value": "The White House (Trump administration)",
        "kind": "actor",
        "source": "manifest",
    },
    {
        "q": "What share of nuclear-sector workers fall in the 30-to-60 age bracket?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "60% of the nuclear workforce",
        "value": "60%",
        "kind": "share",
    },
    # --- us_american_jobs_plan_2021 --------------------------------------------
    {
        "q": "How much does the Jobs Plan ask Congress to put into EPA's drinking-water revolving fund and WIIN grants to get rid of lead service lines?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "calling on Congress to invest $45 billion",
        "value": "$45 billion",
        "kind": "amount",
    },
    {
        "q": "What corporate income tax rate does the plan propose?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "increasing the corporate tax rate to 28 percent",
        "value": "28 percent",
        "kind": "share",
    },
    # --- us_leaders_summit_climate_2021 ----------------------------------------
    {
        "q": "What does the US intend to do with its yearly public climate finance for developing countries by 2024, compared with the FY2013-16 average?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "intends to double by 2024",
        "value": "double",
        "kind": "other",
    },
    {
        "q": "How much renewable capacity does India aim to reach by 2030, as supported by the US-India clean energy partnership?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "reaching 450 GW of renewable energy by 2030",
        "value": "450 GW",
        "kind": "amount",
    },
    # --- us_ev_charger_standards_2023 ------------------------------------------
    {
        "q": "From mid-2024, what minimum share of the cost of charger components has to be made in America?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "at least 55 percent of the cost",
        "value": "55 percent",
        "kind": "share",
    },
    {
        "q": "Over five years, how much will FHWA's Charging and Fueling Infrastructure grant programme hand out?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "more than $2.5 billion over five years",
        "value": "$2.5 billion",
        "kind": "amount",
    },
    # --- eu_2040_target_regulation_2026 ----------------------------------------
    {
        "q": "During which years could a pilot phase for a high-integrity international carbon credit market be run under the 2040 amendment?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "pilot period from 2031 to 2035",
        "value": "2031 to 2035",
        "kind": "date",
    },
    {
        "q": "In the amended Climate Law, what is meant by net greenhouse gas emissions?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "(emissions after deduction of removals) by 90",
        "value": "emissions after deduction of removals",
        "kind": "definition",
    },
    # --- eu_2040_target_proposal_2025 ------------------------------------------
    {
        "q": "What yearly value is the global net-zero technology market projected to reach by 2030, according to the 2040 proposal?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "around EUR 600 billion globally by 2030",
        "value": "EUR 600 billion",
        "kind": "amount",
    },
    {
        "q": "When did the Commission's public consultation ahead of the 2040 target communication open?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "from 31 March 2023 to 23 June",
        "value": "31 March 2023",
        "kind": "date",
    },
    # --- eu_clean_industrial_deal_2025 -----------------------------------------
    {
        "q": "How much new renewable power capacity did the EU install in 2024?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "with around 78 GW added in 2024 alone",
        "value": "78 GW",
        "kind": "amount",
    },
    # --- eu_2040_news_2025 -----------------------------------------------------
    {
        "q": "What percentage of Europeans back the goal of a climate-neutral EU by mid-century, according to the survey in the Commission news item?",
        "doc": "eu_2040_news_2025",
        "evidence": "81% support the EU's goal",
        "value": "81%",
        "kind": "share",
    },
    # --- eu_climate_law_amended_proposal_2020 ----------------------------------
    {
        "q": "On which Treaty provision does the 2020 amended Climate Law proposal rest legally?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "legal basis for the proposal is Article 192(1)",
        "value": "Article 192(1) TFEU",
        "kind": "other",
    },
    # --- eu_adaptation_progress_swd_2023 ---------------------------------------
    {
        "q": "How often is Croatia's national climate adaptation strategy supposed to be reviewed and refreshed?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "should be evaluated and updated every 5 years",
        "value": "every 5 years",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN: list[dict] = [
    {
        "q": "What is the yearly operating budget of the Sustainable Aviation Fuel Grand Challenge?",
        "near_doc": "us_sustainable_aviation_fuel_2021",
        "why": "Funding opportunities 'totaling up to $4.3 billion' are listed in aggregate; no annual budget for the Grand Challenge itself.",
    },
    {
        "q": "How many jobs will Tesla create by opening its Supercharger network to other EVs?",
        "near_doc": "us_ev_charger_standards_2023",
        "why": "Tesla's charger numbers are given; no job figure is attached to Tesla.",
    },
    {
        "q": "By what year must Puerto Rico reach its 100% renewable electricity target, according to the solar manufacturing fact sheet?",
        "near_doc": "us_dpa_clean_energy_manufacturing_2022",
        "why": "The target is mentioned without a year.",
    },
    {
        "q": "What is the annual budget of the U.S.-India Climate and Clean Energy Agenda 2030 Partnership?",
        "near_doc": "us_leaders_summit_climate_2021",
        "why": "The partnership's aims are described; no funding amount is stated.",
    },
    {
        "q": "How many people work at the Piketon, Ohio enrichment plant that produced the first civilian HALEU?",
        "near_doc": "us_power_sector_grid_2024",
        "why": "Output (100 kg, plans for 900 kg) is given; staffing is not.",
    },
    {
        "q": "When will the NOAA-United Airlines aircraft greenhouse gas monitoring flights begin?",
        "near_doc": "us_super_pollutants_2024",
        "why": "The agreement is announced without a start date.",
    },
    {
        "q": "What fine does EPA levy on oil and gas operators who fail to repair a leak flagged by the Super Emitter Program?",
        "near_doc": "us_super_pollutants_2024",
        "why": "The duty to investigate, report and repair is described; no fine is stated.",
    },
    {
        "q": "What share of the 2040 target is each Member State's agriculture sector required to deliver under the Commission's 2025 proposal?",
        "near_doc": "eu_2040_target_proposal_2025",
        "why": "The proposal sets an EU-wide 90% target; no sectoral or national agriculture share is given.",
    },
    {
        "q": "What is the carbon price floor for the EU ETS2 once it starts operating in 2028?",
        "near_doc": "eu_2040_target_regulation_2026",
        "why": "Only the postponement of ETS2 to 2028 is stated; no price floor appears.",
    },
    {
        "q": "How large is Latvia's national budget for climate adaptation in 2024?",
        "near_doc": "eu_adaptation_progress_swd_2023",
        "why": "Latvia's chapter gives only an EU cohesion-policy figure for 2021-2027 (ca 155 million EUR) and lists funding sources; no national 2024 adaptation budget. A hard near-miss: answering 155 million EUR is wrong.",
    },
]
