"""Second development set: 55 English questions over the 18 English real policy
documents and 15 over the bundled article.

Same label format and rules as real_dev.py. Written by reading the documents
themselves, before any policykb output was seen. Every item asks about a fact
that real_dev.py, real_unseen.py, article_paraphrase.py, zh_sets.py and
benchmarks/kb_dev_set.py do not ask about, and no ``evidence`` span is shared
with any of them. Phrasing is deliberately varied: synonyms and abbreviations
(EV, SAF, GHG, CO2, DOE, EPA, IBEW, CBAM), relative time ("by the end of the
decade", "mid-century", "the mid-2030s"), British and American spellings,
documents named loosely ("the offshore wind fact sheet", "the Commission's
communication"), and questions asking for one element of a clause that lists
several. Values keep the documents' surface form, including the double spaces
of the PDF-derived EU texts.

Keys: q, doc, evidence, value, kind. Unanswerable items: q, near_doc, why.
"""

from __future__ import annotations

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

QUESTIONS: list[dict] = [
    # --- us_offshore_wind_2022 -------------------------------------------------
    {
        "q": "According to the offshore wind fact sheet, how much floating wind capacity had been installed worldwide at the time?",
        "doc": "us_offshore_wind_2022",
        "evidence": "Globally, only 0.1 GW of floating",
        "value": "0.1 GW",
        "kind": "amount",
    },
    {
        "q": "Hitting the 15 GW floating wind goal would avoid roughly how many metric tons of carbon emissions each year?",
        "doc": "us_offshore_wind_2022",
        "evidence": "avoid an estimated 26 million",
        "value": "26 million",
        "kind": "amount",
    },
    {
        "q": "How much does ARPA-E plan to put into the second phase of its ATLANTIS floating-turbine programme?",
        "doc": "us_offshore_wind_2022",
        "evidence": "intends to announce $31 million in funding",
        "value": "$31 million",
        "kind": "amount",
    },
    # --- us_clean_cars_trucks_2021 ---------------------------------------------
    {
        "q": "By how much have EV battery pack prices fallen since 2010, per the White House clean cars fact sheet?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "Battery pack costs dropped by 85 percent",
        "value": "85 percent",
        "kind": "share",
    },
    {
        "q": "How much American Rescue Plan money did the Commerce Department make available to boost the domestic electric-vehicle industry?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "announced $3 billion in currently available",
        "value": "$3 billion",
        "kind": "amount",
    },
    {
        "q": "From which model year does EPA's proposed car emissions rule apply, one year ahead of NHTSA's fuel-economy rule?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "EPA proposed rule taking effect a year sooner",
        "value": "model year 2023",
        "kind": "year",
    },
    # --- us_nuclear_industrial_base_2025 ---------------------------------------
    {
        "q": "Roughly what fraction of the fuel burned in US reactors currently comes from domestic sources?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "domestic fuel sources supplying only about 5%",
        "value": "5%",
        "kind": "share",
    },
    {
        "q": "In what year did Washington adopt the policy barring reprocessing of spent fuel from commercial reactors?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "in 1977 the Federal government",
        "value": "1977",
        "kind": "year",
    },
    {
        "q": "Which agency head works with the Energy Secretary to prioritise funding for firms that could deploy advanced nuclear technology soon?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "Administrator of the Small Business Administration",
        "value": "Small Business Administration",
        "kind": "actor",
    },
    # --- us_sustainable_aviation_fuel_2021 -------------------------------------
    {
        "q": "What percentage of US transport-sector emissions does aviation account for, per the SAF fact sheet?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "represents 11% of United States",
        "value": "11%",
        "kind": "share",
    },
    {
        "q": "How many gallons of the Alder Fuels carbon-negative SAF has United Airlines agreed to buy over the next two decades?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "committed to purchasing 1.5 billion gallons",
        "value": "1.5 billion gallons",
        "kind": "amount",
    },
    {
        "q": "How big is total US jet fuel demand expected to be by mid-century, when SAF is meant to cover all of it?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "projected to be around 35 billion gallons",
        "value": "35 billion gallons",
        "kind": "amount",
    },
    # --- us_dpa_clean_energy_manufacturing_2022 --------------------------------
    {
        "q": "Since Biden took office, how much private capital has been pledged to build EVs and batteries in the US, according to the Defense Production Act fact sheet?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "$100 billion in new private capital",
        "value": "$100 billion",
        "kind": "amount",
    },
    {
        "q": "Over the coming decade, how much domestically made solar module demand could federal government purchasing alone create?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "10 gigawatts over the next decade",
        "value": "10 gigawatts",
        "kind": "amount",
    },
    {
        "q": "What amount of clean power does Interior aim to have permitted on public lands by 2025?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "permitting at least 25 gigawatts by 2025",
        "value": "25 gigawatts",
        "kind": "amount",
    },
    # --- us_ira_one_year_2023 --------------------------------------------------
    {
        "q": "On which date was the Inflation Reduction Act signed into law?",
        "doc": "us_ira_one_year_2023",
        "evidence": "One year ago, on August 16, 2022",
        "value": "August 16, 2022",
        "kind": "date",
    },
    {
        "q": "What clean share of US electricity could be reached by the end of the decade thanks to the IRA and the infrastructure law, per DOE?",
        "doc": "us_ira_one_year_2023",
        "evidence": "potentially reach 80 percent clean electricity",
        "value": "80 percent",
        "kind": "share",
    },
    {
        "q": "What portion of EPA's $27bn Greenhouse Gas Reduction Fund is meant to go to low-income and disadvantaged communities?",
        "doc": "us_ira_one_year_2023",
        "evidence": "two-thirds of EPA\u2019s $27 billion Greenhouse Gas",
        "value": "two-thirds",
        "kind": "share",
    },
    # --- us_power_sector_grid_2024 ---------------------------------------------
    {
        "q": "What share of America's yearly GHG emissions comes from the power sector, according to the 2024 grid and power plant fact sheet?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "responsible for a quarter of annual",
        "value": "a quarter",
        "kind": "share",
    },
    {
        "q": "How many billion metric tons of CO2 will EPA's power plant carbon standards prevent through 2047?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "emission standards will avoid 1.38",
        "value": "1.38",
        "kind": "amount",
    },
    {
        "q": "What standard timeline for federal transmission permits does DOE's CITAP programme set?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "standard two-year timeline",
        "value": "two-year",
        "kind": "date",
    },
    # --- us_super_pollutants_2024 ----------------------------------------------
    {
        "q": "How much of present-day global warming is attributed to super pollutants such as methane, HFCs and N2O?",
        "doc": "us_super_pollutants_2024",
        "evidence": "Half of today\u2019s climate change",
        "value": "Half",
        "kind": "share",
    },
    {
        "q": "What HFC phasedown step did EPA apply for 2022 and 2023, before the larger 2024 cut?",
        "doc": "us_super_pollutants_2024",
        "evidence": "the 10% phasedown that EPA implemented",
        "value": "10%",
        "kind": "share",
    },
    {
        "q": "By about how much will EPA's Clean Air Act methane rules for oil and gas operations lower emissions, relative to having no rule?",
        "doc": "us_super_pollutants_2024",
        "evidence": "by nearly 80% compared to emissions",
        "value": "80%",
        "kind": "share",
    },
    # --- us_ndc_2035_target_2024 -----------------------------------------------
    {
        "q": "What proportion of US coal plants cost more to keep running than to replace with solar, wind and storage, as cited in the 2035 NDC fact sheet?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "99 percent of all U.S. coal plants",
        "value": "99 percent",
        "kind": "share",
    },
    {
        "q": "How much battery storage capacity was added in the US in 2023?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "additions of 22 gigawatt hours (GWh)",
        "value": "22 gigawatt hours",
        "kind": "amount",
    },
    {
        "q": "How many states, plus DC, have adopted a renewable portfolio standard?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "twenty-five states and the District of Columbia",
        "value": "twenty-five",
        "kind": "count",
    },
    # --- us_american_jobs_plan_2021 --------------------------------------------
    {
        "q": "How many diesel public-transit vehicles would the American Jobs Plan swap out?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "will replace 50,000 diesel",
        "value": "50,000",
        "kind": "count",
    },
    {
        "q": "What up-front sum does the Jobs Plan set aside for capping orphaned oil and gas wells and reclaiming abandoned mines?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "$16 billion that will put hundreds of thousands",
        "value": "$16 billion",
        "kind": "amount",
    },
    {
        "q": "What new climate-focused research agency, modelled on ARPA-E, would Biden's infrastructure plan create?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "This includes launching ARPA-C",
        "value": "ARPA-C",
        "kind": "actor",
    },
    # --- us_leaders_summit_climate_2021 ----------------------------------------
    {
        "q": "Over the next five years, what share of the Millennium Challenge Corporation's programme funding is to go to climate-related investments?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "50 percent of its program funding",
        "value": "50 percent",
        "kind": "share",
    },
    {
        "q": "By 2024, what does the US plan to do with its adaptation finance for developing countries?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "triple its adaptation finance by 2024",
        "value": "triple",
        "kind": "other",
    },
    {
        "q": "Besides Canada, Norway and Qatar, which country's energy ministry joined the US in founding the Net-Zero Producers Forum?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "Qatar, and Saudi Arabia",
        "value": "Saudi Arabia",
        "kind": "list",
    },
    # --- us_ev_charger_standards_2023 ------------------------------------------
    {
        "q": "How large is the NEVI formula programme for highway EV charging?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "a $5 billion initiative to create",
        "value": "$5 billion",
        "kind": "amount",
    },
    {
        "q": "How many of its chargers will Tesla open to non-Tesla EVs by the end of 2024?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "making at least 7,500 chargers available",
        "value": "7,500",
        "kind": "count",
    },
    {
        "q": "How many electricians has the IBEW certified through the EV Infrastructure Training Program?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "20,000 electricians through EVITP",
        "value": "20,000",
        "kind": "count",
    },
    # --- eu_2040_news_2025 -----------------------------------------------------
    {
        "q": "According to the Commission's July 2025 news article, what share of Europeans regard climate change as a serious problem?",
        "doc": "eu_2040_news_2025",
        "evidence": "climate change is a serious problem",
        "value": "85%",
        "kind": "share",
    },
    {
        "q": "Under which EU law-making procedure will Parliament and Council consider the proposed 2040 amendment?",
        "doc": "eu_2040_news_2025",
        "evidence": "for discussion and adoption under the ordinary",
        "value": "ordinary legislative procedure",
        "kind": "other",
    },
    {
        "q": "What role will an agreed 2040 target play for EU climate policy after 2030, according to the news item?",
        "doc": "eu_2040_news_2025",
        "evidence": "benchmark for the post-2030 EU policy framework",
        "value": "benchmark",
        "kind": "other",
    },
    # --- eu_climate_law_amended_proposal_2020 ----------------------------------
    {
        "q": "When did the Commission adopt its original European Climate Law proposal, the one later amended in September 2020?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "On 4 March 2020, the Commission adopted",
        "value": "4 March 2020",
        "kind": "date",
    },
    {
        "q": "How many responses did the public consultation on the 2030 Climate Target Plan receive?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "receiving more than 4000 replies",
        "value": "4000",
        "kind": "count",
    },
    {
        "q": "By what deadline must the Commission review EU legislation to deliver the 55% goal for 2030, under the amended Climate Law proposal?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "By 30 June 2021, the Commission shall review",
        "value": "30 June 2021",
        "kind": "date",
    },
    # --- eu_clean_industrial_deal_2025 -----------------------------------------
    {
        "q": "What share of importers would the new 50-tonne CBAM threshold exempt from obligations?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "excludes  approximately  90%  of  importers",
        "value": "90%",
        "kind": "share",
    },
    {
        "q": "Over what period may carmakers now average their CO2 fleet targets for 2025-2027, instead of complying year by year?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "allowing  for  a  three-year  compliance  period",
        "value": "three-year",
        "kind": "other",
    },
    {
        "q": "According to the Commission's communication on delivering the Clean Industrial Deal, what nuclear investment will Member States' plans require until mid-century?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "Delivering Member States' plans regarding nuclear",
        "value": "EUR  241  billion",
        "kind": "amount",
    },
    # --- eu_2040_target_proposal_2025 ------------------------------------------
    {
        "q": "Based on the final national energy and climate plans, what net GHG cut is the EU on course for by 2030?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "around 54% by 2030",
        "value": "54%",
        "kind": "share",
    },
    {
        "q": "What indicative EU greenhouse gas budget for 2030-2050 results from the proposed 90% target?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "is estimated at 16 GtCO2-eq",
        "value": "16 GtCO2-eq",
        "kind": "amount",
    },
    {
        "q": "How much revenue has the EU emissions trading system raised since 2013?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "generated more than EUR 230 billion",
        "value": "EUR 230 billion",
        "kind": "amount",
    },
    # --- eu_2040_target_regulation_2026 ----------------------------------------
    {
        "q": "From what date must the Commission report every two years on progress towards the intermediate climate targets?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "and every two years thereafter",
        "value": "6\u00a0March 2027",
        "kind": "date",
    },
    {
        "q": "In which city was Regulation (EU) 2026/667 signed?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "Done at Strasbourg",
        "value": "Strasbourg",
        "kind": "other",
    },
    {
        "q": "Apart from BioCCS, which permanent-removal technology does the 2040 amendment name for possible inclusion in the EU ETS?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "direct air capture with carbon storage (DACCS)",
        "value": "direct air capture with carbon storage",
        "kind": "list",
    },
    # --- eu_adaptation_progress_swd_2023 ---------------------------------------
    {
        "q": "How many measures does France's second national climate-change adaptation plan (PNACC-2) include?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "PNACC-2 contains 58 measures",
        "value": "58",
        "kind": "count",
    },
    {
        "q": "Roughly how much is available each year through the Dutch Delta Fund for adaptation measures?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "Delta  Fund  is  around",
        "value": "EUR 1.2  billion",
        "kind": "amount",
    },
    {
        "q": "What is the estimated budget of Spain's 2021-2025 national adaptation plan?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "The estimated budget of the 2021-2025 NAP",
        "value": "EUR 1.5 billion",
        "kind": "amount",
    },
    {
        "q": "What did Slovenia's government estimate the damage from the summer 2023 storms and floods to be?",
        "doc": "eu_adaptation_progress_swd_2023",
        "evidence": "Slovenia  was  affected  by  major  windstorms",
        "value": "EUR 10 billion",
        "kind": "amount",
    },
    # --- bundled article ---------------------------------------------------------
    {
        "q": "Looking ahead to the mid-2030s, what should have happened to the internal momentum behind greening Chinese manufacturing?",
        "doc": ARTICLE,
        "evidence": "endogenous driving force for green development",
        "value": "significantly enhanced",
        "kind": "other",
    },
    {
        "q": "What should green development become for new industrialisation by the end of the decade, under the MIIT guidance?",
        "doc": ARTICLE,
        "evidence": "making green development a solid foundation",
        "value": "solid foundation",
        "kind": "other",
    },
    {
        "q": "By 2035, what is expected of China's green, low-carbon competitive edge in global industrial and supply chains?",
        "doc": ARTICLE,
        "evidence": "competitive advantages in global industrial and supply chains",
        "value": "highlighted",
        "kind": "other",
    },
    {
        "q": "The Dezhou filter-press maker tailors its upgrades to chemicals, food and which other industry?",
        "doc": ARTICLE,
        "evidence": "such as chemical industry, food, mining",
        "value": "mining",
        "kind": "list",
    },
    {
        "q": "Where does Yunnan Aluminium's value chain start, as shown in its Kunming exhibition hall?",
        "doc": ARTICLE,
        "evidence": "complete industrial chain from bauxite",
        "value": "bauxite",
        "kind": "other",
    },
    {
        "q": "Besides extending and strengthening its chain, what third kind of chain work does the Yunnan aluminium firm carry out?",
        "doc": ARTICLE,
        "evidence": "chain extension, chain replenishment and chain strengthening",
        "value": "chain replenishment",
        "kind": "list",
    },
    {
        "q": "How do the reuse rates of big steel and petrochemical firms compare internationally, per the CCTV report?",
        "doc": ARTICLE,
        "evidence": "which are at the internationally advanced level",
        "value": "internationally advanced level",
        "kind": "other",
    },
    {
        "q": "What trend has the intensity of major pollutants and CO2 in key industries shown recently?",
        "doc": ARTICLE,
        "evidence": "carbon dioxide emissions in key industries",
        "value": "continued to decline",
        "kind": "other",
    },
    {
        "q": "Alongside evaporative cooling and in-row air conditioning, what AI-based technology does the Beijing-Tianjin-Hebei computing hub use to run more efficiently?",
        "doc": ARTICLE,
        "evidence": "artificial intelligence power control model algorithms",
        "value": "artificial intelligence power control model algorithms",
        "kind": "list",
    },
    {
        "q": "Policy support and capital investment aside, what other factor has driven the momentum of China's emerging industries?",
        "doc": ARTICLE,
        "evidence": "policy support, capital investment, and local layout",
        "value": "local layout",
        "kind": "list",
    },
    {
        "q": "What kind of equipment should remanufacturing focus on in the high-end equipment field, besides high-tech kit?",
        "doc": ARTICLE,
        "evidence": "remanufacturing of high-tech and high value-added equipment",
        "value": "high value-added",
        "kind": "other",
    },
    {
        "q": "Green manufacturing should be deeply integrated with which part of the economy, apart from digitalisation and consumer demand?",
        "doc": ARTICLE,
        "evidence": "green manufacturing and modern service industries",
        "value": "modern service industries",
        "kind": "list",
    },
    {
        "q": "What era has steel-rolling entered thanks to the Jinan steelworks' tie-up with photovoltaics?",
        "doc": ARTICLE,
        "evidence": "brought steel rolling into the",
        "value": "green electricity era",
        "kind": "other",
    },
    {
        "q": "What is the installed capacity of the rooftop PV project at the Shandong steel plant?",
        "doc": ARTICLE,
        "evidence": "a 20-megawatt photovoltaic power generation project",
        "value": "20-megawatt",
        "kind": "amount",
    },
    {
        "q": "Apart from resource efficiency and environmental benefits, what else should digital technology help improve in factories?",
        "doc": ARTICLE,
        "evidence": "environmental benefits, management effectiveness",
        "value": "management effectiveness",
        "kind": "list",
    },
]

UNANSWERABLE_DEV2: list[dict] = [
    {
        "q": "How many winners will share the prize money of DOE's Floating Offshore Wind Readiness Prize?",
        "near_doc": "us_offshore_wind_2022",
        "why": "Only the prize's total ($6.85 million) and purpose are given; the number of winners is not stated.",
    },
    {
        "q": "How much of the Commerce Department's $3 billion in American Rescue Plan EV funds goes to Michigan?",
        "near_doc": "us_clean_cars_trucks_2021",
        "why": "The $3 billion is described in aggregate for communities that were the backbone of the auto industry; no state allocation is named (Michigan appears only in the EV charger fact sheet, about a charger factory).",
    },
    {
        "q": "By what date must the Energy Secretary deliver the report on a national spent nuclear fuel policy?",
        "near_doc": "us_nuclear_industrial_base_2025",
        "why": "The report is tasked, with the agencies to coordinate, but no deadline is given.",
    },
    {
        "q": "What is the per-gallon value of the SAF tax credit Biden proposed in the Build Back Better Agenda?",
        "near_doc": "us_sustainable_aviation_fuel_2021",
        "why": "The credit's 50% lifecycle-emissions requirement is stated; no dollar value per gallon is given.",
    },
    {
        "q": "How much Defense Production Act money has DOE earmarked for heat pump manufacturing?",
        "near_doc": "us_dpa_clean_energy_manufacturing_2022",
        "why": "Heat pumps are one of the five DPA technologies, but no funding amount is attached to them.",
    },
    {
        "q": "How many new IRS employees has the Inflation Reduction Act funding paid for so far?",
        "near_doc": "us_ira_one_year_2023",
        "why": "The law funds the IRS 'to hire more staff'; no head-count is stated.",
    },
    {
        "q": "When is the Southwest Intertie Project-North transmission line due to enter service?",
        "near_doc": "us_power_sector_grid_2024",
        "why": "Route, length (285 miles), capacity and DOE support are given; no completion or in-service date.",
    },
    {
        "q": "On what date will the first Carbon Mapper Coalition satellite be launched?",
        "near_doc": "us_super_pollutants_2024",
        "why": "Only an 'upcoming launch' is announced; no date is given.",
    },
    {
        "q": "What nitrous oxide reduction does the United States anticipate as part of its 2035 NDC?",
        "near_doc": "us_ndc_2035_target_2024",
        "why": "The NDC fact sheet quantifies only the methane cut (at least 35 percent); no N2O figure appears. A near-miss: answering 35 percent is wrong.",
    },
    {
        "q": "What 2030 emissions target did Brazil announce at the April 2021 Leaders Summit on Climate?",
        "near_doc": "us_leaders_summit_climate_2021",
        "why": "The summit fact sheet does not mention Brazil (nor does any other document).",
    },
    {
        "q": "What is the application deadline for the first $700 million round of FHWA's Charging and Fueling Infrastructure grants?",
        "near_doc": "us_ev_charger_standards_2023",
        "why": "The first-round amount is given for a 'soon-to-launch' programme; no deadline is stated.",
    },
    {
        "q": "How many people were interviewed for the Eurobarometer survey cited in the Commission's 2040 news article?",
        "near_doc": "eu_2040_news_2025",
        "why": "The survey's results (85%, 81%) are quoted; sample size is not.",
    },
    {
        "q": "What maximum share of the 2040 target may be met by domestic permanent carbon removals in the EU ETS?",
        "near_doc": "eu_2040_target_regulation_2026",
        "why": "Permanent removals (BioCCS, DACCS) are to be reflected in future proposals; only international credits are capped (5 %), removals are not quantified.",
    },
    {
        "q": "How much EU cohesion policy funding does Malta intend to invest in climate adaptation over 2021-2027?",
        "near_doc": "eu_adaptation_progress_swd_2023",
        "why": "The staff working document gives this figure for many Member States, but Malta's chapter states none.",
    },
    {
        "q": "How much central-government funding does MIIT provide for certifying green factories in 2025?",
        "near_doc": ARTICLE,
        "why": "The article gives the 2030 green-factory output share and defines a green factory; no budget for any year is stated.",
    },
]
