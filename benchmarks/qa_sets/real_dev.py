"""Development questions over the 18 English real policy documents.

Hand-written before any policykb output was seen. Questions are our own
paraphrases; ``evidence`` is a short verbatim span of the clause that answers
the question (used only to judge a retrieved clause), ``value`` is the fact the
answer must state, verbatim as the document (or, for ``source="manifest"``
items, as ``sources.toml``) spells it. Documents are referenced by file stem
and read from ../shared/data/real_policies; no document text is stored here
beyond those short spans.

Keys: q, doc, evidence, value, kind; optional ``source`` ("manifest" when the
value comes from the manifest's ``issuer``/``date`` field rather than the text).
Unanswerable items: q, near_doc, why.
"""

from __future__ import annotations

QUESTIONS: list[dict] = [
    # --- us_offshore_wind_2022 -------------------------------------------------
    {
        "q": "How much floating offshore wind capacity does the Interior Department want installed by the middle of the next decade?",
        "doc": "us_offshore_wind_2022",
        "evidence": "new goal to deploy 15 GW",
        "value": "15 GW",
        "kind": "amount",
    },
    {
        "q": "When is BOEM expected to hold its first deep-water lease sale off California for floating turbines?",
        "doc": "us_offshore_wind_2022",
        "evidence": "lease auction off the coast of California",
        "value": "the end of 2022",
        "kind": "date",
    },
    # --- us_clean_cars_trucks_2021 ---------------------------------------------
    {
        "q": "What portion of new car and light-truck sales in 2030 should be zero-emission under Biden's 2021 executive order?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "half of all new vehicles sold in 2030",
        "value": "half",
        "kind": "share",
    },
    {
        "q": "Besides consulting cabinet secretaries and gathering stakeholder input, which state does the EV executive order tell agencies to work with by name?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "Engage with California and other states",
        "value": "California",
        "kind": "actor",
    },
    # --- us_sustainable_aviation_fuel_2021 -------------------------------------
    {
        "q": "What annual output of sustainable jet fuel is the US aiming for by the end of this decade?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "3 billion gallons per year by 2030",
        "value": "3 billion gallons",
        "kind": "amount",
    },
    {
        "q": "How large a pot of loan guarantees has the DOE loan office put on the table for commercial SAF plants?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "is offering up to $3 billion",
        "value": "$3 billion",
        "kind": "amount",
    },
    # --- us_dpa_clean_energy_manufacturing_2022 --------------------------------
    {
        "q": "For how many clean-energy technologies may DOE invoke Defense Production Act powers to boost US manufacturing?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "five critical clean energy technologies",
        "value": "five",
        "kind": "count",
    },
    {
        "q": "How long will panels and cells from the four Southeast Asian countries be allowed in without certain tariffs?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "certain duties for 24 months",
        "value": "24 months",
        "kind": "date",
    },
    # --- us_ira_one_year_2023 --------------------------------------------------
    {
        "q": "According to the Energy Department, how far below the 2005 baseline could the IRA plus the infrastructure law push US emissions by 2030?",
        "doc": "us_ira_one_year_2023",
        "evidence": "emissions by up to 41 percent",
        "value": "41 percent",
        "kind": "share",
    },
    {
        "q": "How much money does the Inflation Reduction Act give rural electric co-ops?",
        "doc": "us_ira_one_year_2023",
        "evidence": "nearly $11 billion for rural",
        "value": "$11 billion",
        "kind": "amount",
    },
    # --- us_power_sector_grid_2024 ---------------------------------------------
    {
        "q": "How many miles of existing power lines does the administration hope to upgrade over five years?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "100,000 miles of transmission lines",
        "value": "100,000 miles",
        "kind": "amount",
    },
    {
        "q": "What is a categorical exclusion under NEPA, as the grid fact sheet describes it?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "categorical exclusion, the simplest form of review",
        "value": "the simplest form of review",
        "kind": "definition",
    },
    # --- us_super_pollutants_2024 ----------------------------------------------
    {
        "q": "By 2036, how deep a cut in HFC production and use is EPA implementing under the AIM Act?",
        "doc": "us_super_pollutants_2024",
        "evidence": "85% phasedown by 2036 of hydrofluorocarbons",
        "value": "85%",
        "kind": "share",
    },
    {
        "q": "How many nations have now joined the Global Methane Pledge?",
        "doc": "us_super_pollutants_2024",
        "evidence": "which now has 157 countries committed",
        "value": "157",
        "kind": "count",
    },
    # --- us_ndc_2035_target_2024 -----------------------------------------------
    {
        "q": "What economy-wide net GHG reduction, versus 2005, did the US pledge for 2035 in its new NDC?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "a 61-66 percent reduction in 2035",
        "value": "61-66 percent",
        "kind": "share",
    },
    {
        "q": "How much of a methane cut from 2005 levels does Washington anticipate as part of meeting its 2035 NDC?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "methane reductions of at least 35 percent",
        "value": "35 percent",
        "kind": "share",
    },
    {
        "q": "On what date was the White House fact sheet setting the 2035 US climate target issued?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "President Biden is announcing a new climate",
        "value": "2024-12-19",
        "kind": "date",
        "source": "manifest",
    },
    # --- us_nuclear_industrial_base_2025 ---------------------------------------
    {
        "q": "How many new large nuclear reactors should be under construction by 2030 under the May 2025 order?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "existing nuclear reactors and construction on 10",
        "value": "10",
        "kind": "count",
    },
    {
        "q": "Who is tasked with drawing up a plan to grow domestic uranium conversion and enrichment capacity?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "expand domestic uranium conversion capacity",
        "value": "Secretary of Energy",
        "kind": "actor",
    },
    # --- us_american_jobs_plan_2021 --------------------------------------------
    {
        "q": "How big is the investment the American Jobs Plan proposes to win the electric-car market?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "$174 billion investment to win the EV market",
        "value": "$174 billion",
        "kind": "amount",
    },
    {
        "q": "What fraction of America's yellow school buses would the Clean Buses for Kids programme electrify, at minimum?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "electrify at least 20 percent of our yellow",
        "value": "20 percent",
        "kind": "share",
    },
    {
        "q": "By which year does the Jobs Plan put the country on course for a fully carbon-free power supply?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "100 percent carbon-free electricity by 2035",
        "value": "2035",
        "kind": "year",
    },
    # --- us_leaders_summit_climate_2021 ----------------------------------------
    {
        "q": "By when does the US International Development Finance Corporation aim for a net-zero investment portfolio?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "net zero investment portfolio by 2040",
        "value": "2040",
        "kind": "year",
    },
    {
        "q": "Which two countries founded LeadIT, the industry-transition group the US agreed to join?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "along with co-founders Sweden and India",
        "value": "Sweden and India",
        "kind": "actor",
    },
    # --- us_ev_charger_standards_2023 ------------------------------------------
    {
        "q": "What availability level must federally funded EV charging stations achieve?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "97 percent uptime reliability requirement",
        "value": "97 percent",
        "kind": "share",
    },
    {
        "q": "What is the last day for installing NEVI-funded charging equipment that falls short of the 55% domestic-content rule?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "does not meet that standard must be installed",
        "value": "October 1, 2024",
        "kind": "date",
    },
    # --- eu_2040_target_regulation_2026 ----------------------------------------
    {
        "q": "Under Regulation 2026/667, at most what share of 1990 EU net emissions may high-quality international credits contribute toward the 2040 goal?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "of 1990 Union net emissions, corresponding",
        "value": "5\u00a0%",
        "kind": "share",
    },
    {
        "q": "To which year is the start of ETS2 (carbon trading for buildings and road transport) pushed back?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "shall be postponed until 2028",
        "value": "2028",
        "kind": "year",
    },
    {
        "q": "Which institutions adopted the regulation that writes the 2040 intermediate target into the European Climate Law?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "Regulation (EU) 2026/667 of the European Parliament",
        "value": "European Parliament and Council of the European Union",
        "kind": "actor",
        "source": "manifest",
    },
    # --- eu_2040_target_proposal_2025 ------------------------------------------
    {
        "q": "In the Commission's July 2025 draft, how large a contribution from Article 6 credits (as a share of 1990 net emissions) was foreseen from 2036?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "the Paris Agreement of 3%",
        "value": "3%",
        "kind": "share",
    },
    {
        "q": "What range for the 2040 net cut did the European Scientific Advisory Board on Climate Change advise?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "emissions  in  the  range  of  90-95%",
        "value": "90-95%",
        "kind": "share",
    },
    # --- eu_clean_industrial_deal_2025 -----------------------------------------
    {
        "q": "How much did newly built solar and wind save EU electricity customers between 2021 and 2023?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "EU electricity consumers already saved EUR 100 billion",
        "value": "EUR 100 billion",
        "kind": "amount",
    },
    {
        "q": "Until what year will free EU ETS allowances for CBAM goods be phased out?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "will be phased out from 2026 to",
        "value": "2034",
        "kind": "year",
    },
    {
        "q": "Who issued the communication 'Delivering on the Clean Industrial Deal I'?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "Delivering on the Clean Industrial Deal I",
        "value": "European Commission",
        "kind": "actor",
        "source": "manifest",
    },
    # --- eu_2040_news_2025 -----------------------------------------------------
    {
        "q": "What cut in net GHG emissions versus 1990 did the Commission's news item say it proposed for 2040?",
        "doc": "eu_2040_news_2025",
        "evidence": "reduction in net greenhouse gas emissions",
        "value": "90%",
        "kind": "share",
    },
    {
        "q": "Since when has the EU Climate Law been in force?",
        "doc": "eu_2040_news_2025",
        "evidence": "entered into force in July 2021",
        "value": "July 2021",
        "kind": "date",
    },
    # --- eu_climate_law_amended_proposal_2020 ----------------------------------
    {
        "q": "What binding 2030 net emissions reduction did the Commission's amended 2020 Climate Law proposal set?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "at least 55% compared to 1990 levels",
        "value": "55%",
        "kind": "share",
    },
    {
        "q": "Apart from reshaping the economy, what does the Green Deal also aim to protect, conserve and enhance, according to the 2020 amended proposal?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "enhance the EU's natural capital",
        "value": "natural capital",
        "kind": "other",
    },
    # --- eu_adaptation_progress_swd_2023 ---------------------------------------
    {
        "q": "In which year did Austria adopt the adaptation strategy and action plan it is now revising?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "action plan, adopted in 2017, are currently",
        "value": "2017",
        "kind": "year",
    },
    {
        "q": "Roughly how much EU cohesion money does Croatia plan to spend on climate adaptation over 2021-2027?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "Croatia intends to invest ca 340 million EUR",
        "value": "340 million EUR",
        "kind": "amount",
    },
]

UNANSWERABLE_DEV: list[dict] = [
    {
        "q": "What penalty does BOEM impose on a floating offshore wind leaseholder that misses the 15 GW by 2035 goal?",
        "near_doc": "us_offshore_wind_2022",
        "why": "The goal and BOEM's lease auction are described; no penalty or sanction is stated anywhere.",
    },
    {
        "q": "How many staff does DOE assign to run the Floating Offshore Wind Shot?",
        "near_doc": "us_offshore_wind_2022",
        "why": "The Shot, its cost goal and partner agencies are named; no head-count is given.",
    },
    {
        "q": "What fine does an airline face if the industry misses the three-billion-gallon SAF pledge for 2030?",
        "near_doc": "us_sustainable_aviation_fuel_2021",
        "why": "Airlines for America's pledge is voluntary; no penalty is mentioned.",
    },
    {
        "q": "What electric-vehicle sales share does the 2021 executive order set for 2035?",
        "near_doc": "us_clean_cars_trucks_2021",
        "why": "Only the 2030 target (half of new sales) is set; no 2035 sales-share target appears in any document.",
    },
    {
        "q": "What interest rate will DOE charge on loans for restarting closed nuclear power plants?",
        "near_doc": "us_nuclear_industrial_base_2025",
        "why": "Loans and loan guarantees are to be prioritised, but no rate or terms are given.",
    },
    {
        "q": "What is the voltage rating of the Southwest Intertie Project-North transmission line?",
        "near_doc": "us_power_sector_grid_2024",
        "why": "Length (285 miles) and capacity (over 2,000 MW) are stated, not the voltage.",
    },
    {
        "q": "How many EV chargers per year will Tesla's Buffalo factory turn out?",
        "near_doc": "us_ev_charger_standards_2023",
        "why": "Superchargers are said to be made in Buffalo, New York, but no production volume is given.",
    },
    {
        "q": "What penalty applies to a NEVI charger operator that falls below the 97 percent uptime requirement?",
        "near_doc": "us_ev_charger_standards_2023",
        "why": "The uptime requirement is stated; enforcement or penalties are not.",
    },
    {
        "q": "What 2030 emissions target did Japan announce at President Biden's Leaders Summit on Climate?",
        "near_doc": "us_leaders_summit_climate_2021",
        "why": "Japan is not mentioned in the summit fact sheet (or any other document).",
    },
    {
        "q": "How much of the Social Climate Fund is allocated to Poland?",
        "near_doc": "eu_2040_target_regulation_2026",
        "why": "The Social Climate Fund is cited as a support tool, with no national allocations.",
    },
    {
        "q": "What specific 2040 emissions cut does the amended Climate Law require from the agriculture sector?",
        "near_doc": "eu_2040_target_regulation_2026",
        "why": "The 2040 target is economy-wide (90 %); no sector-specific agriculture target is set.",
    },
    {
        "q": "How many employees will the Industrial Decarbonisation Bank have when its pilot auction launches?",
        "near_doc": "eu_clean_industrial_deal_2025",
        "why": "The pilot's budget (EUR 1 billion) and timing are given; staffing is not.",
    },
]
