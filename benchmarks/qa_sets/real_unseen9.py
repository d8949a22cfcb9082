"""A ninth held-back set: published documents no other question set has used.

Same format as real_unseen8.py. The answerable questions are about eleven English news
pages that are not among ../shared/data/real_policies and that no earlier question set or
target set uses, all re-posted by one financial-news site repository no other set draws
on (front matter with a summary, then the article): China's planning agency scaling back
renewable subsidies, Singapore's 2035 emissions pledge and its marine and offshore energy
industry plan, Britain's offshore wind bonus scheme, Indonesia's next electricity supply
plan, carmakers asking for the federal EV charging programme back, the SEC dropping its
climate disclosure rule, India on unmet climate finance, two Senate bills against the EV
tax credit, India's January EV sales and a cut subsidy, and a state green bank's loan for
EV chargers in New York. They are kept outside the repository, beside it, in
``../unseen10r/en`` (sources in ``../unseen10r/en/sources.toml``), and are indexed together
with the corpus, the 26 real documents, the Net Zero Tracker texts and every earlier set's
documents that are at hand, which act as distractors: ``benchmarks/kb_real.py
--extra-docs ../unseen10r`` on a store that already holds the others. The article
questions ask about facts of the bundled article that no other set's evidence covers.
Written by reading the documents, before any policykb output was seen for them, in a
researcher's words rather than the clause's own; items marked ``noshare`` share no content
word with the clause that answers them. Several evidence spans also occur in a page's
front-matter summary, which repeats its first paragraph. Scored once, at first contact;
only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10r",)

QUESTIONS: list[dict] = [
    # --- cn_renewable_subsidy_rollback_news_2025 ------------------------------
    {
        "q": "How big is China's installed solar fleet according to the renewable energy agency's figures?",
        "doc": "cn_renewable_subsidy_rollback_news_2025",
        "evidence": "China now has almost 887 GW of installed solar power",
        "value": "887 GW",
        "kind": "amount",
    },
    {
        "q": "By how much did China's newly built solar capacity grow in 2024 over the prior year?",
        "doc": "cn_renewable_subsidy_rollback_news_2025",
        "evidence": "installed capacity up 45% from the previous year",
        "value": "45%",
        "kind": "share",
    },
    {
        "q": "How far in advance did Beijing reach its end-of-decade goal?",
        "doc": "cn_renewable_subsidy_rollback_news_2025",
        "evidence": "hit its 2030 target six years ahead of schedule",
        "value": "six years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "From when will newly finished wind and solar projects have to sell their power through market bidding?",
        "doc": "cn_renewable_subsidy_rollback_news_2025",
        "evidence": "any new projects completed after June this year",
        "value": "June",
        "kind": "date",
    },
    # --- sg_ndc_2035_news_2025 ------------------------------------------------
    {
        "q": "What emissions range has Singapore pledged for 2035 in its latest climate pledge?",
        "doc": "sg_ndc_2035_news_2025",
        "evidence": "reduce emissions to between 45-50 million tonnes",
        "value": "45-50 million tonnes",
        "kind": "amount",
    },
    {
        "q": "When does the city-state aim to reach carbon neutrality?",
        "doc": "sg_ndc_2035_news_2025",
        "evidence": "target in 2050, in line with international expectations",
        "value": "2050",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "Who chairs Singapore's inter-ministerial climate committee?",
        "doc": "sg_ndc_2035_news_2025",
        "evidence": "Chairman of the Inter-Ministerial Committee on Climate Change",
        "value": "Teo Chee Hean",
        "kind": "actor",
    },
    # --- sg_offshore_energy_plan_news_2025 ------------------------------------
    {
        "q": "How many gigawatts of offshore renewables worldwide does Singapore's marine industry plan aim to contribute to by 2030?",
        "doc": "sg_offshore_energy_plan_news_2025",
        "evidence": "including contributing to 50GW",
        "value": "50GW",
        "kind": "amount",
    },
    {
        "q": "How much yearly CO2 abatement should the shipyard sector deliver via fresh vessels?",
        "doc": "sg_offshore_energy_plan_news_2025",
        "evidence": "250 kilotons of annual carbon emission reductions",
        "value": "250 kilotons",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What yearly efficiency improvement per employee does the marine scheme aim for?",
        "doc": "sg_offshore_energy_plan_news_2025",
        "evidence": "targeting a 5% annual productivity growth",
        "value": "5%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "Which minister launched the Marine & Offshore Energy plan?",
        "doc": "sg_offshore_energy_plan_news_2025",
        "evidence": "Minister Tan See Leng announced",
        "value": "Tan See Leng",
        "kind": "actor",
    },
    # --- uk_clean_industry_bonus_news_2025 ------------------------------------
    {
        "q": "How much funding per gigawatt does the Clean Industry Bonus initially offer winning bidders?",
        "doc": "uk_clean_industry_bonus_news_2025",
        "evidence": "an initial 27 million pounds ($33.5 million)",
        "value": "27 million pounds",
        "kind": "amount",
    },
    {
        "q": "What offshore wind capacity range does Britain aim for by 2030?",
        "doc": "uk_clean_industry_bonus_news_2025",
        "evidence": "to 43-50 GW by the end of the decade",
        "value": "43-50 GW",
        "kind": "amount",
    },
    {
        "q": "How much offshore wind capacity does the UK have today?",
        "doc": "uk_clean_industry_bonus_news_2025",
        "evidence": "from around 15 GW at present",
        "value": "15 GW",
        "kind": "amount",
    },
    {
        "q": "What fraction of electricity is London counting on producing without fossil fuels?",
        "doc": "uk_clean_industry_bonus_news_2025",
        "evidence": "generate power from 95% clean sources",
        "value": "95%",
        "kind": "share",
        "noshare": True,
    },
    # --- id_electricity_supply_plan_news_2025 ---------------------------------
    {
        "q": "What share of the 71 GW of planned additions in Indonesia's new power plan will be renewable?",
        "doc": "id_electricity_supply_plan_news_2025",
        "evidence": "70% of the planned additional 71 gigawatts",
        "value": "70%",
        "kind": "share",
    },
    {
        "q": "To what level will Indonesia's renewable mix rise by 2034?",
        "doc": "id_electricity_supply_plan_news_2025",
        "evidence": "from around 12% to around 35% in 2034",
        "value": "35%",
        "kind": "share",
    },
    {
        "q": "How much PV, with storage, is Jakarta adding over the decade?",
        "doc": "id_electricity_supply_plan_news_2025",
        "evidence": "Indonesia aims to build 17 GW solar power capacity",
        "value": "17 GW",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How much new coal-fired capacity is still expected to come online in Indonesia by 2034?",
        "doc": "id_electricity_supply_plan_news_2025",
        "evidence": "Around 5 GW of new coal capacity",
        "value": "5 GW",
        "kind": "amount",
    },
    # --- us_ev_charging_restart_news_2025 -------------------------------------
    {
        "q": "How large is the federal EV charging programme the automakers want restarted?",
        "doc": "us_ev_charging_restart_news_2025",
        "evidence": "restart a $5 billion government EV infrastructure program",
        "value": "$5 billion",
        "kind": "amount",
    },
    {
        "q": "What share of new car sales did Biden's 2021 order seek to make electric by 2030?",
        "doc": "us_ev_charging_restart_news_2025",
        "evidence": "half of all new vehicles sold in the U.S. by 2030 were electric",
        "value": "half",
        "kind": "share",
    },
    {
        "q": "What fuel-economy level did NHTSA set for light-duty vehicles by 2031?",
        "doc": "us_ev_charging_restart_news_2025",
        "evidence": "about 50.4 miles per gallon",
        "value": "50.4 miles per gallon",
        "kind": "amount",
    },
    {
        "q": "Which lobby group of carmakers and charger firms pressed for the restart?",
        "doc": "us_ev_charging_restart_news_2025",
        "evidence": "The Electric Drive Transportation Association, whose members",
        "value": "Electric Drive Transportation Association",
        "kind": "actor",
        "noshare": True,
    },
    # --- us_sec_climate_rule_news_2025 ----------------------------------------
    {
        "q": "When was the SEC's climate disclosure rule finalised?",
        "doc": "us_sec_climate_rule_news_2025",
        "evidence": "The SEC rule, finalized in March 2024",
        "value": "March 2024",
        "kind": "date",
    },
    {
        "q": "What was the commission's vote on the climate disclosure rule?",
        "doc": "us_sec_climate_rule_news_2025",
        "evidence": "It passed 3-2 along party lines",
        "value": "3-2",
        "kind": "count",
    },
    {
        "q": "From which financial year would big listed corporations first have had to report greenhouse output?",
        "doc": "us_sec_climate_rule_news_2025",
        "evidence": "starting in fiscal 2026 for large companies",
        "value": "2026",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "Who is the acting SEC chair who called the rule deeply flawed?",
        "doc": "us_sec_climate_rule_news_2025",
        "evidence": "Acting SEC Chairman Mark Uyeda said",
        "value": "Mark Uyeda",
        "kind": "actor",
    },
    # --- in_climate_finance_news_2025 -----------------------------------------
    {
        "q": "How many of the UNFCCC's member countries have filed new NDCs so far?",
        "doc": "in_climate_finance_news_2025",
        "evidence": "only 10 of the 198 member countries",
        "value": "10",
        "kind": "count",
    },
    {
        "q": "How much yearly climate finance was mobilised at COP29 in Baku for 2035?",
        "doc": "in_climate_finance_news_2025",
        "evidence": "mobilised only $300 billion per year by 2035",
        "value": "$300 billion",
        "kind": "amount",
    },
    {
        "q": "What yearly sum do poorer economies say they require by the end of the decade?",
        "doc": "in_climate_finance_news_2025",
        "evidence": "the $1.3 trillion annual demand by developing nations",
        "value": "$1.3 trillion",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What GDP loss could India face by 2070 under a high-emission scenario, according to the Asian Development Bank?",
        "doc": "in_climate_finance_news_2025",
        "evidence": "up to 24.7 per cent under a high-emission scenario",
        "value": "24.7 per cent",
        "kind": "share",
    },
    # --- us_senate_ev_credit_bills_news_2025 ----------------------------------
    {
        "q": "How big is the EV tax credit that the ELITE Vehicles Act would scrap?",
        "doc": "us_senate_ev_credit_bills_news_2025",
        "evidence": "which would rid the nation of a $7,500 electric vehicle tax credit",
        "value": "$7,500",
        "kind": "amount",
    },
    {
        "q": "What one-off levy would the Nebraska senator's bill put on battery cars?",
        "doc": "us_senate_ev_credit_bills_news_2025",
        "evidence": "proposes a one-time fee of $1,000 on all-electric vehicles",
        "value": "$1,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Into which fund would the Fair SHARE Act's fee go?",
        "doc": "us_senate_ev_credit_bills_news_2025",
        "evidence": "contribute to the Highway Trust Fund (HTF)",
        "value": "Highway Trust Fund",
        "kind": "other",
    },
    {
        "q": "How much heavier than petrol autos can plug-ins be, says the Nebraska lawmaker?",
        "doc": "us_senate_ev_credit_bills_news_2025",
        "evidence": "EVs can weigh up to three times as much as gas-powered cars",
        "value": "three times",
        "kind": "other",
        "noshare": True,
    },
    # --- in_ev_sales_subsidy_news_2025 ----------------------------------------
    {
        "q": "How many electric vehicles were sold in India in January?",
        "doc": "in_ev_sales_subsidy_news_2025",
        "evidence": "to 169,931 units in January",
        "value": "169,931",
        "kind": "count",
    },
    {
        "q": "What is the present per-unit support for electric goods rickshaws after the cut?",
        "doc": "in_ev_sales_subsidy_news_2025",
        "evidence": "revised downward to Rs 25,000 from Rs 50,000 per vehicle",
        "value": "Rs 25,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Under which scheme were subsidies for cargo electric three-wheelers reinstated?",
        "doc": "in_ev_sales_subsidy_news_2025",
        "evidence": "under the PM E-DRIVE scheme",
        "value": "PM E-DRIVE",
        "kind": "other",
    },
    {
        "q": "What did the road transport minister forecast for yearly EV sales by 2030?",
        "doc": "in_ev_sales_subsidy_news_2025",
        "evidence": "expected to grow to 10 million units by the turn of the decade",
        "value": "10 million units",
        "kind": "count",
    },
    # --- us_ny_ev_charging_loan_news_2025 -------------------------------------
    {
        "q": "How much did NY Green Bank lend Revel?",
        "doc": "us_ny_ev_charging_loan_news_2025",
        "evidence": "secured Monday a $60 million loan",
        "value": "$60 million",
        "kind": "amount",
    },
    {
        "q": "How many quick-charge bays will the loan ultimately pay for?",
        "doc": "us_ny_ev_charging_loan_news_2025",
        "evidence": "267 new fast-charging stalls by 2027",
        "value": "267",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "By when must all new light-duty vehicles sold or leased in New York be zero-emission?",
        "doc": "us_ny_ev_charging_loan_news_2025",
        "evidence": "zero emissions vehicles by 2035",
        "value": "2035",
        "kind": "year",
    },
    {
        "q": "How many stalls will Revel's Maspeth site have?",
        "doc": "us_ny_ev_charging_loan_news_2025",
        "evidence": "Maspeth, Queens will have 60 stalls",
        "value": "60 stalls",
        "kind": "count",
    },
]

ARTICLE_QUESTIONS: list[dict] = [
    # Facts of the article whose spans no earlier set's evidence covers.
    {
        "q": "What share of the value added of large industrial firms came from equipment makers in 2023?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "account for 15.7% and 33.6% of the",
        "value": "33.6%",
        "kind": "share",
    },
    {
        "q": "How much did the Dezhou filter press upgrade cut energy use?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "has been reduced by 40%",
        "value": "40%",
        "kind": "share",
    },
    {
        "q": "What kind of chain did the Yunnan aluminium group build with dozens of downstream processors?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "forming a “1+N” full industry chain",
        "value": "1+N",
        "kind": "other",
    },
    {
        "q": "Where in the global value chain is China's industry said to be heading?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "generally in the stage of climbing",
        "value": "mid-to-high-end links",
        "kind": "other",
    },
    {
        "q": "Besides policy support, what drivers lie behind the growth of emerging industries?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "driven by various factors such as",
        "value": "capital investment",
        "kind": "list",
    },
    {
        "q": "In which city is the steelworks with solar panels on its roof?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "factory in Jinan, Shandong, the idle space",
        "value": "Jinan",
        "kind": "other",
    },
    {
        "q": "What were the Dezhou workers making for export to Europe?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "workers are rushing to produce a batch of",
        "value": "intelligent filter press products",
        "kind": "other",
    },
    {
        "q": "Which industries' needs did the filter press maker's green upgrades respond to?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "according to the needs of different industries such as",
        "value": "chemical industry",
        "kind": "list",
    },
]

UNANSWERABLE_UNSEEN9: list[dict] = [
    {
        "q": "What pricing formula will China use for renewable projects finished after June?",
        "near_doc": "cn_renewable_subsidy_rollback_news_2025",
        "why": "the agency gave no details of the formula",
    },
    {
        "q": "How much did China spend on renewable energy subsidies in 2024?",
        "near_doc": "cn_renewable_subsidy_rollback_news_2025",
        "why": "the subsidies are scaled back; no sum is given",
    },
    {
        "q": "How many offshore wind farms has Singapore's marine industry built so far?",
        "near_doc": "sg_offshore_energy_plan_news_2025",
        "why": "a 50GW contribution aim is given; no count of farms built",
    },
    {
        "q": "What budget does the government give the Marine & Offshore Energy Industry Plan?",
        "near_doc": "sg_offshore_energy_plan_news_2025",
        "why": "objectives and strategy are given; no budget",
    },
    {
        "q": "How many projects won money in the first Clean Industry Bonus round?",
        "near_doc": "uk_clean_industry_bonus_news_2025",
        "why": "the scheme has just opened; no winners",
    },
    {
        "q": "On what date does Britain's next renewable auction close?",
        "near_doc": "uk_clean_industry_bonus_news_2025",
        "why": "the auction is due later this year; no date",
    },
    {
        "q": "How much gas-fired capacity will Indonesia retire by 2034?",
        "near_doc": "id_electricity_supply_plan_news_2025",
        "why": "15 GW of new gas is planned; no retirements",
    },
    {
        "q": "What will Indonesia's new electricity supply plan cost?",
        "near_doc": "id_electricity_supply_plan_news_2025",
        "why": "capacities and shares are given; no cost",
    },
    {
        "q": "How many chargers had been built with the $5 billion programme's money before it was suspended?",
        "near_doc": "us_ev_charging_restart_news_2025",
        "why": "the programme's size is given; no count of chargers built",
    },
    {
        "q": "What fine would companies have faced for breaking the SEC climate disclosure rule?",
        "near_doc": "us_sec_climate_rule_news_2025",
        "why": "phase-in years are given; no penalty",
    },
    {
        "q": "How much climate finance did India receive from developed countries last year?",
        "near_doc": "in_climate_finance_news_2025",
        "why": "unmet pledges are criticised; no sum received by India",
    },
    {
        "q": "What interest rate does NY Green Bank charge Revel on its loan?",
        "near_doc": "us_ny_ev_charging_loan_news_2025",
        "why": "the loan's size is given; no rate",
    },
    {
        "q": "How many electric three-wheelers can get the PM E-DRIVE subsidy in the next financial year?",
        "near_doc": "in_ev_sales_subsidy_news_2025",
        "why": "the FY25 subsidy and past sales are given; nothing on the next year",
    },
    {
        "q": "When would the ELITE Vehicles Act take effect if passed?",
        "near_doc": "us_senate_ev_credit_bills_news_2025",
        "why": "the bill and its sponsors are given; no start date",
    },
]
