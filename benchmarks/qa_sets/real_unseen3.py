"""A third held-back set: new facts over the English real documents and the bundled article.

Same format as real_dev.py. Written by reading the documents, before any
policykb output was seen for these questions, about facts that no other set
uses (no evidence span is shared with or nested in real_dev, real_dev2,
real_unseen, real_unseen2, article_paraphrase or kb_dev_set). Questions use a
researcher's words (synonyms, other word order) rather than the clause's own.
Meant to be scored once, at first contact: do not tune on it. Documents are
referenced by file stem and read from ../shared/data/real_policies; only short
evidence/value spans are quoted here.
"""

from __future__ import annotations

QUESTIONS: list[dict] = [
    # --- us_offshore_wind_2022 -------------------------------------------------
    {
        "q": "How much R&D and demonstration money did the Energy Department commit to back the deep-water wind turbine goals?",
        "doc": "us_offshore_wind_2022",
        "evidence": "announced nearly $50 million",
        "value": "$50 million",
        "kind": "amount",
    },
    {
        "q": "What does the study of floating turbines living alongside bats on the Pacific coast cost?",
        "doc": "us_offshore_wind_2022",
        "evidence": "DOE and BOEM announced a $1.6 million project",
        "value": "$1.6 million",
        "kind": "amount",
    },
    # --- us_clean_cars_trucks_2021 ---------------------------------------------
    {
        "q": "How much petrol would the proposed mileage and pollution rules save over the programme's lifetime?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "benefits over the life of the program, save",
        "value": "200 billion gallons",
        "kind": "amount",
    },
    {
        "q": "How does America's share of battery-electric car sales compare with China's?",
        "doc": "us_clean_cars_trucks_2021",
        "evidence": "market share of electric vehicle sales is only",
        "value": "one-third",
        "kind": "share",
    },
    # --- us_dpa_clean_energy_manufacturing_2022 --------------------------------
    {
        "q": "By what share have approvals and other permitting work for clean power on public land gone up?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "clean energy permitting activities by 35 percent",
        "value": "35 percent",
        "kind": "share",
    },
    {
        "q": "How many households a year could go solar thanks to the enlarged home-grown panel factory capacity?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "homes to switch to clean solar energy each",
        "value": "3.3 million",
        "kind": "count",
    },
    {
        "q": "What was the starting level of US photovoltaic module production capacity before the new expansions?",
        "doc": "us_dpa_clean_energy_manufacturing_2022",
        "evidence": "capacity of 7.5 gigawatts by an additional",
        "value": "7.5 gigawatts",
        "kind": "amount",
    },
    # --- us_ev_charger_standards_2023 ------------------------------------------
    {
        "q": "How much did DOE hand out for plans for truck charging and hydrogen refuelling corridors?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "The Department of Energy today announced $7.4 million",
        "value": "$7.4 million",
        "kind": "amount",
    },
    {
        "q": "What length of the national highway system will the first NEVI formula money electrify?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "over 75,000 miles of the national highway system",
        "value": "75,000 miles",
        "kind": "amount",
    },
    {
        "q": "How much does the oil major partnering with Hertz intend to spend on American EV charging by the end of the decade?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "to invest $1 billion in EV charging in",
        "value": "$1 billion",
        "kind": "amount",
    },
    {
        "q": "How many DC fast-chargers does the zero-emission trucking firm's commitment cover?",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "$400 million commitment to deploy over 1,000 DC",
        "value": "1,000",
        "kind": "count",
    },
    # --- us_american_jobs_plan_2021 --------------------------------------------
    {
        "q": "How much would the infrastructure proposal put into making streets and roads safer?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "The plan includes $20 billion to improve road",
        "value": "$20 billion",
        "kind": "amount",
    },
    {
        "q": "How old, at the median, are the veterans' hospitals?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "hospital portfolio has a median age of 58",
        "value": "58",
        "kind": "count",
    },
    {
        "q": "What proportion of US manufacturing firms are small or mid-sized?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "Almost all manufacturers (98 percent)",
        "value": "98 percent",
        "kind": "share",
    },
    {
        "q": "How much extra funding is sought for freight waterways, seaports, border crossings and ferry services?",
        "doc": "us_american_jobs_plan_2021",
        "evidence": "to invest an additional $17 billion in inland",
        "value": "$17 billion",
        "kind": "amount",
    },
    # --- us_leaders_summit_climate_2021 ----------------------------------------
    {
        "q": "What fraction of the world's greenhouse output do the 17 Major Economies Forum members produce?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "responsible for approximately 80 percent of global greenhouse",
        "value": "80 percent",
        "kind": "share",
    },
    {
        "q": "How much bilateral technical help has Washington pledged in support of the Energy Resource Governance Initiative?",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "The United States has committed more than $10.5",
        "value": "$10.5",
        "kind": "amount",
    },
    # --- us_sustainable_aviation_fuel_2021 -------------------------------------
    {
        "q": "How many FY21 grants will the aviation regulator give the ASCENT university centre?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "Aviation Administration (FAA) will make 14 grant awards",
        "value": "14",
        "kind": "count",
    },
    {
        "q": "How much are the Energy Department and NASA spending on batteries for electric air taxis?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "working collaboratively with NASA, is investing $115M to",
        "value": "$115M",
        "kind": "amount",
    },
    {
        "q": "What gain in airplane fuel economy should the expanded research demonstrate?",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "achieve at least a 30% improvement in aircraft",
        "value": "30%",
        "kind": "share",
    },
    # --- us_ira_one_year_2023 --------------------------------------------------
    {
        "q": "How many clean-energy jobs have outside groups credited to the climate law's provisions so far?",
        "doc": "us_ira_one_year_2023",
        "evidence": "climate provisions have [created more than 170,000 clean",
        "value": "170,000",
        "kind": "count",
    },
    {
        "q": "How large is the NOAA contest for resilience of coastal and Great Lakes towns?",
        "doc": "us_ira_one_year_2023",
        "evidence": "NOAA also launched an innovative $575 million competition",
        "value": "$575 million",
        "kind": "amount",
    },
    {
        "q": "What portion of the installation price of home solar panels or batteries can a family get back as a tax credit?",
        "doc": "us_ira_one_year_2023",
        "evidence": "can save up to 30 percent of the",
        "value": "30 percent",
        "kind": "share",
    },
    # --- us_power_sector_grid_2024 ---------------------------------------------
    {
        "q": "How much federal money is going to the new union-built Idaho-to-Nevada power line?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "Energy (DOE) is announcing up to $331 million",
        "value": "$331 million",
        "kind": "amount",
    },
    {
        "q": "How much high-assay low-enriched uranium has the Piketon facility produced so far?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "Ohio) produced the first 100 kilograms of civilian",
        "value": "100 kilograms",
        "kind": "amount",
    },
    {
        "q": "What was the total on offer in the second round of the grid resilience grants whose applications just closed?",
        "doc": "us_power_sector_grid_2024",
        "evidence": "closed for up to $2.7 billion in DOE",
        "value": "$2.7 billion",
        "kind": "amount",
    },
    # --- us_super_pollutants_2024 ----------------------------------------------
    {
        "q": "How much did Jeff Bezos's climate fund give to keep the methane-tracking satellite going?",
        "doc": "us_super_pollutants_2024",
        "evidence": "announced $10 million in new funding to support",
        "value": "$10 million",
        "kind": "amount",
    },
    {
        "q": "How much food waste will USAID's work with businesses in Kenya, Nepal and Tanzania avert?",
        "doc": "us_super_pollutants_2024",
        "evidence": "prevent over 85,000 metric tons of food loss",
        "value": "85,000 metric tons",
        "kind": "amount",
    },
    {
        "q": "How deep a cut in hydrofluorocarbon production and imports did EPA's final rule set from 2024?",
        "doc": "us_super_pollutants_2024",
        "evidence": "phasedown of HFCs** starting in 2024",
        "value": "40%",
        "kind": "share",
    },
    # --- us_ndc_2035_target_2024 -----------------------------------------------
    {
        "q": "For how many electric cars a year will the battery factory near Phoenix make packs?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "produce batteries for 350,000 electric vehicles per year",
        "value": "350,000",
        "kind": "count",
    },
    {
        "q": "By what margin did heat pump sales beat gas furnace sales in 2023?",
        "doc": "us_ndc_2035_target_2024",
        "evidence": "heat pumps outsold gas furnaces by",
        "value": "27",
        "kind": "share",
    },
    # --- us_nuclear_industrial_base_2025 ---------------------------------------
    {
        "q": "Which statute does the President invoke to seek voluntary deals with domestic nuclear companies to buy enriched uranium?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "leveraging the Defense Production Act to seek",
        "value": "Defense Production Act",
        "kind": "other",
    },
    {
        "q": "What is excess weapons plutonium to be turned into under the order?",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "dispose of surplus plutonium by processing",
        "value": "advanced reactor fuel fabrication",
        "kind": "other",
    },
    # --- eu_2040_target_proposal_2025 ------------------------------------------
    {
        "q": "How much will the new social fund for the climate transition make available from 2026 to help vulnerable people and micro-firms?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "Social  Climate  Fund  (SCF)  will  make  available",
        "value": "EUR  86.7  billion",
        "kind": "amount",
    },
    {
        "q": "When did Brussels publish its report on how the Climate Law has been working?",
        "doc": "eu_2040_target_proposal_2025",
        "evidence": "the  Commission  published  a  report  on  the  operation",
        "value": "May  2024",
        "kind": "date",
    },
    # --- eu_clean_industrial_deal_2025 -----------------------------------------
    {
        "q": "How much have Europe's exports of low-carbon technology grown since 2017?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "risen  65%  since  2017,",
        "value": "65%",
        "kind": "share",
    },
    {
        "q": "How much state aid had been cleared under the transition parts of the temporary crisis framework by mid-2025?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "approval  of  more  than  EUR  85  billion  in",
        "value": "EUR  85  billion",
        "kind": "amount",
    },
    {
        "q": "How many project bids came in at the June 2025 cut-off for heavy-duty charging funding?",
        "doc": "eu_clean_industrial_deal_2025",
        "evidence": "second  cut-off  date  on  11  June  2025  saw",
        "value": "25",
        "kind": "count",
    },
    # --- eu_2040_target_regulation_2026 ----------------------------------------
    {
        "q": "Which European Council conclusions does the amending regulation cite on competitiveness and the green transition?",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "In its conclusions of 23\u00a0October 2025, the",
        "value": "23\u00a0October 2025",
        "kind": "date",
    },
    # --- eu_2040_news_2025 -----------------------------------------------------
    {
        "q": "Which Commission department put out the news story on the new route to the 2040 goal?",
        "doc": "eu_2040_news_2025",
        "evidence": "Directorate-General for Communication",
        "value": "Directorate-General for Communication",
        "kind": "actor",
    },
    # --- eu_climate_law_amended_proposal_2020 ----------------------------------
    {
        "q": "Which earlier Commission proposal does the 2020 revision change?",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "is amended as follows:",
        "value": "COM(2020) 80",
        "kind": "other",
    },
]


# Paraphrased questions over the bundled article (corpus/), in other words than
# the article's; evidence spans not used by any other set.
ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "Where were the filter presses made at the Shandong workshop headed?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "products that will be sent to Europe",
        "value": "Europe",
        "kind": "other",
    },
    {
        "q": "Where does China's solar panel supply chain stand in the global league table?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "photovoltaic industry chain has ranked",
        "value": "first in the world",
        "kind": "other",
    },
    {
        "q": "Which two kinds of efficiency is the north China AI computing hub trying to raise?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "comprehensively improve the computing efficiency",
        "value": "energy efficiency",
        "kind": "list",
    },
    {
        "q": "Against what are the electricity savings of the Beijing-Tianjin-Hebei computing centre measured?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "Compared with traditional big data centers",
        "value": "traditional big data centers",
        "kind": "other",
    },
    {
        "q": "Beyond saving energy and cutting pollution, what is Chinese manufacturing exploring in its green shift?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "actively explores in-depth integration with other industries",
        "value": "integration with other industries",
        "kind": "other",
    },
    {
        "q": "What place do certified green plants hold in the country's green manufacturing system?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "with green factories as the core basic unit",
        "value": "core basic unit",
        "kind": "definition",
    },
    {
        "q": "What kind of technologies, such as making olefins from syngas in one step, should see large-scale use?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "short-process synthesis technologies",
        "value": "short-process synthesis",
        "kind": "other",
    },
    {
        "q": "What part should digital technology play in greening production, according to the guidance?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "give full play to the enabling role",
        "value": "enabling role",
        "kind": "other",
    },
    {
        "q": "How has the greenness of China's industrial economy changed, per the article?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "the degree of greening of my country",
        "value": "significantly improved",
        "kind": "other",
    },
    {
        "q": "Besides strong vitality, what do the booming new industries show?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "showing strong vitality and huge market potential",
        "value": "huge market potential",
        "kind": "other",
    },
    {
        "q": "Which pairing of IT and low-carbon practice should be rolled out across whole production processes in key industries?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "Expand typical application scenarios",
        "value": "new generation information technology + green and low carbon",
        "kind": "other",
    },
]


# Near-misses: each names something the documents mention and asks what none of
# them states. Absence was checked by searching all 26 documents and the article.
UNANSWERABLE_UNSEEN3: list[dict] = [
    {
        "q": "How many jobs will the Hertz and bp fast-charging network create?",
        "near_doc": "us_ev_charger_standards_2023",
        "why": "the partnership, its cities and bp's spending are given; no job figure",
    },
    {
        "q": "In what year will the third phase of the FAA's CLEEN aircraft programme end?",
        "near_doc": "us_sustainable_aviation_fuel_2021",
        "why": "the third phase's launch and award size are given; not its end",
    },
    {
        "q": "How many homes will the Southwest Intertie Project-North line supply with power?",
        "near_doc": "us_power_sector_grid_2024",
        "why": "the line's length, capacity in megawatts and jobs are given; no home count",
    },
    {
        "q": "What interest rate applies to loans from the Social Climate Fund?",
        "near_doc": "eu_2040_target_proposal_2025",
        "why": "the fund's size and start are given; it is not described as lending at a rate",
    },
    {
        "q": "How much did the Bezos Earth Fund give to the Global Methane Hub?",
        "near_doc": "us_super_pollutants_2024",
        "why": "the Bezos fund gave to MethaneSAT; the Hub's money came from other philanthropies",
    },
    {
        "q": "How many EV chargers has Siemens installed in Texas?",
        "near_doc": "us_ev_charger_standards_2023",
        "why": "Siemens' investment in its Texas and California plants is given; no installed chargers",
    },
    {
        "q": "What share of Georgia's electricity comes from solar power?",
        "near_doc": "us_ndc_2035_target_2024",
        "why": "Georgia's new jobs and private investment are given; not its solar share",
    },
    {
        "q": "What yearly budget would the new NSF technology directorate receive?",
        "near_doc": "us_american_jobs_plan_2021",
        "why": "the plan gives a total for the National Science Foundation, not a yearly budget for the directorate",
    },
    {
        "q": "How many members sit on the European Scientific Advisory Board on Climate Change?",
        "near_doc": "eu_2040_target_proposal_2025",
        "why": "the advisory board's analyses are cited; its size is never given",
    },
    {
        "q": "On what date will the EU's first Clean Trade and Investment Partnership with South Africa be signed?",
        "near_doc": "eu_clean_industrial_deal_2025",
        "why": "negotiations were launched at a summit; no signing date is given",
    },
    {
        "q": "How many green factories has the industry ministry certified in Shandong province?",
        "near_doc": "china-green-manufacturing-guiding-opinions-2024",
        "why": "two Shandong plants are described; no count of certified green factories",
    },
]
