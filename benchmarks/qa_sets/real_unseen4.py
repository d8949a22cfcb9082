"""A fourth held-back set: published documents no other set has questioned.

Same format as real_dev.py. The answerable questions are about fourteen English
documents that are not among ../shared/data/real_policies (White House fact
sheets, the European Climate Law, a Commission assessment of national plans, a
press release, energy news items and a chapter of an economic survey). They are
kept outside the repository, beside it, in the folders of the second fresh
target sets (``../unseen9/en`` and ``../unseen9b/en``; sources listed in
benchmarks/real_targets/fresh*/README.md and the TOMLs there), and are indexed
together with the corpus, the 26 real documents and the Net Zero Tracker texts,
which act as distractors: ``benchmarks/kb_real.py --extra-docs ../unseen9
--extra-docs ../unseen9b``. The article questions ask about facts of the
bundled article that no other set uses. Written by reading the documents,
before any policykb output was seen for them, in a researcher's words rather
than the clause's own. Scored once, at first contact; only short evidence and
value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen9", "unseen9b")

QUESTIONS: list[dict] = [
    # --- us_uae_pace_2022 ------------------------------------------------------
    {
        "q": "How much money is the US-Emirati clean energy partnership meant to mobilise?",
        "doc": "us_uae_pace_2022",
        "evidence": "set to catalyze $100 billion in financing",
        "value": "$100 billion",
        "kind": "amount",
    },
    {
        "q": "How much clean generating capacity should the partnership signed in Abu Dhabi put in place worldwide by the mid-2030s?",
        "doc": "us_uae_pace_2022",
        "evidence": "and to deploy globally 100 gigawatts of clean",
        "value": "100 gigawatts",
        "kind": "amount",
    },
    {
        "q": "On how many pillars does the American-UAE clean energy accelerator rest?",
        "doc": "us_uae_pace_2022",
        "evidence": "plan is built upon four pillars",
        "value": "four",
        "kind": "count",
    },
    # --- eu_2040_agreement_press_2025 -------------------------------------------
    {
        "q": "From what year may the EU count purchased overseas carbon credits toward its 2040 goal?",
        "doc": "eu_2040_agreement_press_2025",
        "evidence": "towards the 2040 target, starting in 2036",
        "value": "2036",
        "kind": "year",
    },
    {
        "q": "What cut achieved at home does the provisional 2040 deal imply once foreign credits are counted?",
        "doc": "eu_2040_agreement_press_2025",
        "evidence": "corresponding to a domestic reduction",
        "value": "85%",
        "kind": "share",
    },
    {
        "q": "Until which year was the start of carbon pricing for heating and road fuels pushed back by the December 2025 deal?",
        "doc": "eu_2040_agreement_press_2025",
        "evidence": "(ETS2) by one year, from 2027 to 2028",
        "value": "2028",
        "kind": "year",
    },
    {
        "q": "How often will progress on the interim climate goals be reviewed under the negotiators' agreement?",
        "doc": "eu_2040_agreement_press_2025",
        "evidence": "introduced a biennial assessment",
        "value": "biennial",
        "kind": "other",
    },
    # --- us_ghg_2030_target_2021 -----------------------------------------------
    {
        "q": "Which parts of the economy did the pathway modelling behind the 2030 US pledge look at?",
        "doc": "us_ghg_2030_target_2021",
        "evidence": "buildings, industry, and lands",
        "value": "lands",
        "kind": "list",
    },
    {
        "q": "Which home appliances does the fact sheet on the 50-52 percent pledge name for cleaner buildings?",
        "doc": "us_ghg_2030_target_2021",
        "evidence": "heat pumps and induction stoves",
        "value": "induction stoves",
        "kind": "list",
    },
    # --- us_federal_sustainability_2021 ----------------------------------------
    {
        "q": "By what year must every new light car bought by federal agencies produce no tailpipe emissions?",
        "doc": "us_federal_sustainability_2021",
        "evidence": "including 100 percent zero-emission light-duty vehicle acquisitions",
        "value": "2027",
        "kind": "year",
    },
    {
        "q": "How much does Washington spend each year on goods and services, according to the sustainability executive order?",
        "doc": "us_federal_sustainability_2021",
        "evidence": "annual purchasing power of $650 billion",
        "value": "$650 billion",
        "kind": "amount",
    },
    {
        "q": "How large is the battery storage at the Hawaiian missile test base's microgrid?",
        "doc": "us_federal_sustainability_2021",
        "evidence": "paired with a 70 megawatt-hour (MWh) battery energy",
        "value": "70 megawatt-hour",
        "kind": "amount",
    },
    {
        "q": "How many nations take part in the initiative for greener government operations started with Canada?",
        "doc": "us_federal_sustainability_2021",
        "evidence": "the 39 GGI participating countries",
        "value": "39",
        "kind": "count",
    },
    # --- us_methane_2021 -------------------------------------------------------
    {
        "q": "What capture rate is the voluntary landfill gas outreach programme aiming for nationwide?",
        "doc": "us_methane_2021",
        "evidence": "national goal of 70 percent methane",
        "value": "70 percent",
        "kind": "share",
    },
    {
        "q": "How many jobs could the small modular reactor project in Romania eventually support?",
        "doc": "us_methane_2021",
        "evidence": "create 30,000 U.S. and Romanian jobs as the",
        "value": "30,000",
        "kind": "count",
    },
    {
        "q": "How much should the first phase of the coal-to-clean partnership with South Africa raise?",
        "doc": "us_methane_2021",
        "evidence": "aims to mobilize $8.5 billion for the first",
        "value": "$8.5 billion",
        "kind": "amount",
    },
    {
        "q": "Which countries were the first partners of the Energy Department's net-zero technical assistance initiative launched at the Glasgow summit?",
        "doc": "us_methane_2021",
        "evidence": "partner countries announced at COP 26 are Argentina,",
        "value": "Nigeria",
        "kind": "list",
    },
    # --- eu_climate_law_2021 ---------------------------------------------------
    {
        "q": "Up to what amount may net carbon removals count toward the EU's 2030 emissions goal under the Climate Law?",
        "doc": "eu_climate_law_2021",
        "evidence": "shall be limited to 225 million tonnes",
        "value": "225 million tonnes",
        "kind": "amount",
    },
    {
        "q": "How many scientists sit on the EU's independent climate science advisory panel?",
        "doc": "eu_climate_law_2021",
        "evidence": "shall be composed of 15 senior scientific experts",
        "value": "15",
        "kind": "count",
    },
    {
        "q": "For how long are members of the European climate science panel appointed?",
        "doc": "eu_climate_law_2021",
        "evidence": "for a term of four years",
        "value": "four years",
        "kind": "other",
    },
    {
        "q": "By when did the Commission have to table its proposal for the Union's 2040 climate goal?",
        "doc": "eu_climate_law_2021",
        "evidence": "a Union-wide climate target for 2040 shall be",
        "value": "within six months of the first global stocktake",
        "kind": "date",
    },
    # --- eu_necp_assessment_2023 -----------------------------------------------
    {
        "q": "What renewables share do the draft national energy and climate plans add up to for 2030 EU-wide?",
        "doc": "eu_necp_assessment_2023",
        "evidence": "could reach between 38.6% and 39.3% in 2030",
        "value": "38.6%",
        "kind": "share",
    },
    {
        "q": "How much pipeline and liquefied gas came from Russia in the first ten months of 2023?",
        "doc": "eu_necp_assessment_2023",
        "evidence": "Russia accounted for 15% or 32 bcm",
        "value": "32 bcm",
        "kind": "amount",
    },
    {
        "q": "What is the total installed nuclear capacity of the member states that run reactors?",
        "doc": "eu_necp_assessment_2023",
        "evidence": "Twelve Member States currently use nuclear energy",
        "value": "97GWe",
        "kind": "amount",
    },
    {
        "q": "How much additional investment per year does the Commission reckon the Green Deal and REPowerEU goals need?",
        "doc": "eu_necp_assessment_2023",
        "evidence": "the Commission estimated that EUR",
        "value": "EUR\u00a0620 billion",
        "kind": "amount",
    },
    # --- eu_efficiency_impetus_2025 --------------------------------------------
    {
        "q": "By how much could shifting power use away from peak hours reduce future grid investment?",
        "doc": "eu_efficiency_impetus_2025",
        "evidence": "could lower future electricity grid investment needs",
        "value": "35%",
        "kind": "share",
    },
    {
        "q": "How much will efficiency gains alone trim the EU's bill for imported fossil fuels by 2040?",
        "doc": "eu_efficiency_impetus_2025",
        "evidence": "fossil fuel import bill is projected to drop",
        "value": "€70 billion",
        "kind": "amount",
    },
    {
        "q": "When should the financing coalition's country-level hubs be fully operational?",
        "doc": "eu_efficiency_impetus_2025",
        "evidence": "National hubs are expected to be fully functional",
        "value": "end of 2025",
        "kind": "date",
    },
    # --- eu_efficiency_target_focus_2025 ---------------------------------------
    {
        "q": "How much can a household save on its energy bills each year by buying efficient products?",
        "doc": "eu_efficiency_target_focus_2025",
        "evidence": "citizens can save up to €290 per year",
        "value": "€290",
        "kind": "amount",
    },
    {
        "q": "What portion of energy for heating and cooling came from renewable sources in 2023?",
        "doc": "eu_efficiency_target_focus_2025",
        "evidence": "renewable energy sources provided 26.2%",
        "value": "26.2%",
        "kind": "share",
    },
    {
        "q": "How many fields does the energy commissioner's efficiency roadmap cover?",
        "doc": "eu_efficiency_target_focus_2025",
        "evidence": "It covers 10 concrete areas for energy efficiency",
        "value": "10",
        "kind": "count",
    },
    {
        "q": "What was the first EU energy efficiency goal agreed in 2007?",
        "doc": "eu_efficiency_target_focus_2025",
        "evidence": "set a first target to a 20% improvement",
        "value": "20%",
        "kind": "share",
    },
    # --- eu_red_sectoral_targets_2025 ------------------------------------------
    {
        "q": "What proportion of the hydrogen used by industry must be renewable by the end of the decade?",
        "doc": "eu_red_sectoral_targets_2025",
        "evidence": "binding target of 42% renewable hydrogen by 2030",
        "value": "42%",
        "kind": "share",
    },
    {
        "q": "What renewables share did the EU's energy mix reach in 2023 according to the latest official data?",
        "doc": "eu_red_sectoral_targets_2025",
        "evidence": "the latest official figures show a share of",
        "value": "24.5%",
        "kind": "share",
    },
    {
        "q": "When was the earlier deadline for the rules speeding up renewables permits?",
        "doc": "eu_red_sectoral_targets_2025",
        "evidence": "follow an earlier deadline of 1 July 2024",
        "value": "1 July 2024",
        "kind": "date",
    },
    {
        "q": "Instead of a cut in greenhouse gas intensity, what renewables share in transport may a country choose to aim for?",
        "doc": "eu_red_sectoral_targets_2025",
        "evidence": "or a 29% share of renewable energy",
        "value": "29%",
        "kind": "share",
    },
    # --- eu_renewable_islands_2023 ---------------------------------------------
    {
        "q": "How many inhabited islands are there in the European Union?",
        "doc": "eu_renewable_islands_2023",
        "evidence": "there are some 2,400 inhabited islands",
        "value": "2,400",
        "kind": "count",
    },
    {
        "q": "For how long will the selected islands get tailored help with their energy transition?",
        "doc": "eu_renewable_islands_2023",
        "evidence": "Over the next three years, these islands will",
        "value": "three years",
        "kind": "other",
    },
    {
        "q": "From how many member states do the islands picked for the renewables-by-2030 scheme come?",
        "doc": "eu_renewable_islands_2023",
        "evidence": "Comprising islands from 10 different EU countries",
        "value": "10",
        "kind": "count",
    },
    # --- eu_repowereu_three_years_2025 -----------------------------------------
    {
        "q": "How much Russian gas did the EU still import in 2024?",
        "doc": "eu_repowereu_three_years_2025",
        "evidence": "Imports of Russian gas dropped from 150 billion",
        "value": "52 bcm",
        "kind": "amount",
    },
    {
        "q": "On what date did the Commission publish its plan to end the remaining energy imports from Russia?",
        "doc": "eu_repowereu_three_years_2025",
        "evidence": "on 6 May 2025, announcing measures",
        "value": "6 May 2025",
        "kind": "date",
    },
    # --- eu_wind_focus_2025 ----------------------------------------------------
    {
        "q": "What share of Europe's electricity do wind turbines supply today?",
        "doc": "eu_wind_focus_2025",
        "evidence": "wind provides some 19% of electricity",
        "value": "19%",
        "kind": "share",
    },
    {
        "q": "How much offshore capacity have member states agreed to work toward for 2040?",
        "doc": "eu_wind_focus_2025",
        "evidence": "Last year, EU countries agreed to work towards",
        "value": "259-261 GW",
        "kind": "amount",
    },
    {
        "q": "How many people could the wind sector employ by the end of the decade?",
        "doc": "eu_wind_focus_2025",
        "evidence": "could climb as high as 936 000 by",
        "value": "936 000",
        "kind": "count",
    },
    {
        "q": "How much new wind power did the EU install in 2024?",
        "doc": "eu_wind_focus_2025",
        "evidence": "the EU installed 12.9 GW of new wind",
        "value": "12.9 GW",
        "kind": "amount",
    },
    # --- in_economic_survey_climate_2023 ---------------------------------------
    {
        "q": "What initial budget did New Delhi approve for its green hydrogen mission?",
        "doc": "in_economic_survey_climate_2023",
        "evidence": "with an initial outlay of",
        "value": "₹19,744 crore",
        "kind": "amount",
    },
    {
        "q": "How much was invested in Indian renewables in total between 2014 and 2021?",
        "doc": "in_economic_survey_climate_2023",
        "evidence": "As per the Renewables 2022 Global Status Report",
        "value": "US$  78.1  billion",
        "kind": "amount",
    },
    {
        "q": "How far does India's electricity authority expect the average CO2 emitted per unit of power to fall by 2029-30?",
        "doc": "in_economic_survey_climate_2023",
        "evidence": "emission  rate  will  decline  by",
        "value": "29 per cent",
        "kind": "share",
    },
    {
        "q": "What level of ethanol mixed into petrol does India aim for, and by when?",
        "doc": "in_economic_survey_climate_2023",
        "evidence": "ethanol blending to reach 20 per cent",
        "value": "20 per cent",
        "kind": "share",
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "Besides clean production, how does a factory certified as green deal with its waste?",
        "doc": ARTICLE,
        "evidence": "clean production, waste recycling, and low-carbon energy",
        "value": "waste recycling",
        "kind": "list",
    },
    {
        "q": "Apart from high-end and green, what other quality has China sought for its manufacturing in recent years?",
        "doc": ARTICLE,
        "evidence": "development of high-end, intelligent, and green manufacturing",
        "value": "intelligent",
        "kind": "list",
    },
    {
        "q": "For how long has China led the world in making and selling electric cars?",
        "doc": ARTICLE,
        "evidence": "leading the world for many years in a",
        "value": "many years in a row",
        "kind": "other",
    },
    {
        "q": "Next to the product mix, which other structure of traditional industry should be reshaped?",
        "doc": ARTICLE,
        "evidence": "traditional industrial product structure, energy consumption structure",
        "value": "energy consumption structure",
        "kind": "list",
    },
    {
        "q": "Where do older industries now stand on equipment and resource efficiency after their low-carbon makeover?",
        "doc": ARTICLE,
        "evidence": "other aspects have reached a new level",
        "value": "a new level",
        "kind": "other",
    },
    {
        "q": "What kind of emissions overhaul have the 89 steelmakers carried out across their whole process?",
        "doc": ARTICLE,
        "evidence": "completed full-process ultra-low emission transformation",
        "value": "ultra-low emission",
        "kind": "other",
    },
    {
        "q": "Besides linking up with other sectors, what has the green shift of manufacturing concentrated on?",
        "doc": ARTICLE,
        "evidence": "not only focuses on energy conservation",
        "value": "energy conservation and emission reduction",
        "kind": "other",
    },
    {
        "q": "What kind of change to the way goods are produced does the plan ask digital tools to speed up?",
        "doc": ARTICLE,
        "evidence": "accelerate the digital and green collaborative",
        "value": "digital and green collaborative transformation",
        "kind": "other",
    },
    {
        "q": "What role has the system built around certified green plants come to play for local efforts?",
        "doc": ARTICLE,
        "evidence": "has become an important starting point",
        "value": "important starting point",
        "kind": "other",
    },
    {
        "q": "How does the article describe the place of new industries in China's future growth?",
        "doc": ARTICLE,
        "evidence": "Emerging industries are an important force",
        "value": "important force leading future development",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN4: list[dict] = [
    {
        "q": "What fine does the European Climate Law impose on a member state that misses its share of the 2030 cut?",
        "near_doc": "eu_climate_law_2021",
        "why": "the law sets targets, assessments and recommendations; it names no fine or penalty",
    },
    {
        "q": "How much will the small modular reactor plant in Romania cost to build?",
        "near_doc": "us_methane_2021",
        "why": "the plant's modules and job numbers are given, its cost is not",
    },
    {
        "q": "How many Ford Mustang Mach-E cars has Homeland Security bought for its police fleet?",
        "near_doc": "us_federal_sustainability_2021",
        "why": "field testing of the model and the size of the whole fleet are given, no purchase count",
    },
    {
        "q": "What fine does the General Services Administration charge contractors that do not report the embodied carbon of materials?",
        "near_doc": "us_federal_sustainability_2021",
        "why": "the disclosure requirement is stated, no sanction for failing it",
    },
    {
        "q": "What is the yearly budget of the European Energy Efficiency Financing Coalition?",
        "near_doc": "eu_efficiency_impetus_2025",
        "why": "its members, priorities and work programme are described, no budget figure",
    },
    {
        "q": "How much money will each of the 30 renewable islands receive?",
        "near_doc": "eu_renewable_islands_2023",
        "why": "the islands get assistance for three years; no sum per island is stated",
    },
    {
        "q": "How much ocean energy capacity does Portugal plan to have by 2040?",
        "near_doc": "eu_necp_assessment_2023",
        "why": "Portugal's ocean energy figure is given for the 2030 objective only",
    },
    {
        "q": "What carbon price does the December 2025 agreement set for the new trading system covering buildings and road transport?",
        "near_doc": "eu_2040_agreement_press_2025",
        "why": "the deal postpones that system by a year; no price or cap is given",
    },
    {
        "q": "What share of new car sales in India should be electric by 2030 under its long-term low-emission strategy?",
        "near_doc": "in_economic_survey_climate_2023",
        "why": "the strategy aims to maximise electric vehicle use without a share or year",
    },
    {
        "q": "How many members sit on the US-UAE expert group that tracks the clean energy partnership?",
        "near_doc": "us_uae_pace_2022",
        "why": "the expert group's tasks are described, not its size",
    },
    {
        "q": "What maximum auction price does the EU Wind Power Package set for offshore wind farms?",
        "near_doc": "eu_wind_focus_2025",
        "why": "the package gives guidance on auction design, no price ceiling",
    },
    {
        "q": "When will the ban on contracts with Russian gas suppliers enter into force?",
        "near_doc": "eu_repowereu_three_years_2025",
        "why": "proposals were announced for June 2025; no date of entry into force is given",
    },
]
