"""A held-back refusal set: near-misses paired with the answerable question on the same clause.

Each pair shares a subject named in one indexed document (a scheme, a plan, a rule, a
charge). The answerable question asks for what the clause says; its near-miss keeps the
subject and changes one thing the documents never state: another year, another actor,
another sector or place, another attribute (a budget, a penalty, an interest rate, a count
where only money or spacing is given) or another time status (achieved instead of aimed).
Absence was checked by searching every document in the distractor store (the corpus, the
26 real documents, the Net Zero Tracker texts and every earlier set's folders beside the
repository). The documents are eleven short texts in ``../unseen10r/en`` and
``../unseen10s/en`` that real_unseen9 and real_unseen10 also ask about; these pairs use
other clauses or other wording, so the set measures refusal, not retrieval of new text.
Written by reading the documents, before any policykb output was seen for these
questions; scored once, at first contact. ``pair`` ties a near-miss to its answerable
question; ``cls`` names what the near-miss changes.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10r", "unseen10s")


def _a(pair: int, q: str, doc: str, evidence: str, value: str, kind: str) -> dict:
    return {"q": q, "doc": doc, "evidence": evidence, "value": value, "kind": kind, "pair": pair}


def _n(pair: int, q: str, near_doc: str, cls: str, why: str) -> dict:
    return {"q": q, "near_doc": near_doc, "why": why, "cls": cls, "pair": pair}


SG_NDC = "sg_ndc_2035_news_2025"
UK_CIB = "uk_clean_industry_bonus_news_2025"
SG_MOE = "sg_offshore_energy_plan_news_2025"
ID_PLN = "id_electricity_supply_plan_news_2025"
US_SEC = "us_sec_climate_rule_news_2025"
CN_SUB = "cn_renewable_subsidy_rollback_news_2025"
IN_FAME = "in_fame2_approval_news_2019"
IN_DEL = "in_delhi_ev_policy_draft_news_2018"
US_CH4 = "us_methane_charge_statute_42usc7436e"
UK_BUS = "uk_boiler_upgrade_scheme_explainer_2025"
NY_GB = "us_ny_ev_charging_loan_news_2025"

QUESTIONS: list[dict] = [
    _a(
        1,
        "What level of emissions has Singapore pledged for 2035 in its latest NDC?",
        SG_NDC,
        "between 45-50 million tonnes of carbon dioxide equivalent",
        "45-50 million tonnes",
        "amount",
    ),
    _a(
        2,
        "Who chairs Singapore's inter-ministerial climate change committee?",
        SG_NDC,
        "Chairman of the Inter-Ministerial Committee on Climate Change",
        "Teo Chee Hean",
        "actor",
    ),
    _a(
        3,
        "How much does Britain's Clean Industry Bonus pay for each gigawatt of offshore wind?",
        UK_CIB,
        "in funding for every gigawatt (GW) of capacity",
        "27 million pounds",
        "amount",
    ),
    _a(
        4,
        "What offshore wind capacity is Britain hoping for by the end of this decade?",
        UK_CIB,
        "to 43-50 GW by the end of the decade",
        "43-50 GW",
        "amount",
    ),
    _a(
        5,
        "How will the Clean Industry Bonus money reach the winning developers?",
        UK_CIB,
        "delivered through the contracts awarded in that auction",
        "contracts awarded in that auction",
        "other",
    ),
    _a(
        6,
        "How many jobs should Singapore's marine and offshore energy plan create or redesign?",
        SG_MOE,
        "creating and redesigning 1,000 jobs",
        "1,000 jobs",
        "count",
    ),
    _a(
        7,
        "What yearly productivity growth does Singapore's M&OE industry plan aim for?",
        SG_MOE,
        "targeting a 5% annual productivity growth",
        "5%",
        "share",
    ),
    _a(
        8,
        "How much yearly carbon abatement is the M&OE plan aiming at for 2030?",
        SG_MOE,
        "250 kilotons of annual carbon emission reductions",
        "250 kilotons",
        "amount",
    ),
    _a(
        9,
        "How much solar capacity is Indonesia's next power supply plan meant to add?",
        ID_PLN,
        "Indonesia aims to build 17 GW solar power capacity",
        "17 GW",
        "amount",
    ),
    _a(
        10,
        "What renewable share of electricity does Indonesia expect to reach in 2034?",
        ID_PLN,
        "from around 12% to around 35% in 2034",
        "around 35%",
        "share",
    ),
    _a(
        11,
        "How much gas-fired generating capacity does Indonesia plan to build up to 2034?",
        ID_PLN,
        "Around 15 GW gas power capacity is planned",
        "15 GW",
        "amount",
    ),
    _a(
        12,
        "In which year did Indonesia stop new coal power plant development?",
        ID_PLN,
        "banned development of new coal power plant in 2022",
        "2022",
        "year",
    ),
    _a(
        13,
        "From when would big companies have had to disclose emissions under the SEC climate rule?",
        US_SEC,
        "kicked in starting in fiscal 2026 for large companies",
        "fiscal 2026",
        "date",
    ),
    _a(
        14,
        "By what margin did the SEC commissioners pass the climate disclosure rule?",
        US_SEC,
        "It passed 3-2 along party lines",
        "3-2",
        "other",
    ),
    _a(
        15,
        "In which month and year did the SEC adopt its final climate disclosure rule?",
        US_SEC,
        "The SEC rule, finalized in March 2024",
        "March 2024",
        "date",
    ),
    _a(
        16,
        "How much solar power capacity does China now have installed?",
        CN_SUB,
        "almost 887 GW of installed solar power",
        "887 GW",
        "amount",
    ),
    _a(
        17,
        "Which new Chinese renewable projects will be paid through market-based bidding?",
        CN_SUB,
        "any new projects completed after June this year",
        "completed after June this year",
        "date",
    ),
    _a(
        18,
        "By how much did China's solar installations grow in 2024?",
        CN_SUB,
        "installed capacity up 45% from the previous year",
        "45%",
        "share",
    ),
    _a(
        19,
        "How many electric buses is India's FAME II scheme meant to support?",
        IN_FAME,
        "55,000 4-wheelers and 7000 Buses",
        "7000",
        "count",
    ),
    _a(
        20,
        "What was the total outlay of the first phase of FAME India?",
        IN_FAME,
        "with total outlay of Rs. 895 crores",
        "Rs. 895 crores",
        "amount",
    ),
    _a(
        21,
        "At what spacing should FAME II chargers sit along highways?",
        IN_FAME,
        "at an interval of about 25 km each",
        "about 25 km",
        "other",
    ),
    _a(
        22,
        "What purchase subsidy does Delhi's 2018 draft EV policy offer on electric scooters and motorbikes?",
        IN_DEL,
        "subsidy of up to Rs 22,000 on the purchase of e-two-wheelers",
        "Rs 22,000",
        "amount",
    ),
    _a(
        23,
        "What per-trip cashback do e-auto and e-cab passengers get under Delhi's draft EV policy?",
        IN_DEL,
        "cashback of up to Rs 10 per trip",
        "Rs 10",
        "amount",
    ),
    _a(
        24,
        "What is the US methane charge per tonne for emissions reported for 2025?",
        US_CH4,
        "$1,200 for emissions reported for calendar year 2025",
        "$1,200",
        "amount",
    ),
    _a(
        25,
        "How large is the Boiler Upgrade Scheme grant towards a heat pump?",
        UK_BUS,
        "**£7,500 grant** for air-source or ground-source heat pumps",
        "£7,500",
        "amount",
    ),
    _a(
        26,
        "Until when has the current phase of the Boiler Upgrade Scheme been extended?",
        UK_BUS,
        "Current phase extended to: **March 2028**",
        "March 2028",
        "date",
    ),
    _a(
        27,
        "How big a loan did NY Green Bank give Revel for fast chargers?",
        NY_GB,
        "secured Monday a $60 million loan",
        "$60 million",
        "amount",
    ),
    _a(
        28,
        "How many fast-charging stalls will Revel's nine New York sites add by 2027?",
        NY_GB,
        "267 new fast-charging stalls by 2027",
        "267",
        "count",
    ),
]

UNANSWERABLE_REFUSAL2: list[dict] = [
    _n(
        1,
        "What level of emissions has Singapore pledged for 2040?",
        SG_NDC,
        "year",
        "the pledge is for 2035 (and net zero in 2050); no 2040 level is given",
    ),
    _n(
        2,
        "How many ministries sit on Singapore's inter-ministerial climate change committee?",
        SG_NDC,
        "quantity kind",
        "only the committee's chairman is named; no membership count",
    ),
    _n(
        3,
        "How much does Britain's Clean Industry Bonus pay for each gigawatt of onshore wind?",
        UK_CIB,
        "sector",
        "the bonus is for offshore wind projects; onshore wind is not covered",
    ),
    _n(
        4,
        "What offshore wind capacity is Britain hoping for by 2035?",
        UK_CIB,
        "year",
        "the capacity aim is 43-50 GW by 2030; nothing for 2035",
    ),
    _n(
        5,
        "What penalty does a developer face if it breaks its Clean Industry Bonus supply-chain commitment?",
        UK_CIB,
        "attribute",
        "developers are rewarded for commitments; no penalty is stated",
    ),
    _n(
        6,
        "What share of the M&OE plan's 1,000 jobs must go to Singapore citizens?",
        SG_MOE,
        "attribute",
        "the jobs count is given; no citizens' share",
    ),
    _n(
        7,
        "What yearly export growth does Singapore's M&OE industry plan aim for?",
        SG_MOE,
        "attribute",
        "the yearly growth aim is for productivity; no export growth figure",
    ),
    _n(
        8,
        "How much yearly carbon abatement had Singapore's marine and offshore sector achieved by 2024?",
        SG_MOE,
        "time status",
        "250 kilotons is a 2030 aim; nothing achieved is reported",
    ),
    _n(
        9,
        "How much offshore wind capacity is Indonesia's next power supply plan meant to add?",
        ID_PLN,
        "sector",
        "solar, hydro, geothermal, coal and gas are quantified; wind is only named",
    ),
    _n(
        10,
        "What renewable share of electricity does Indonesia expect to reach in 2045?",
        ID_PLN,
        "year",
        "the share is given for 2034 only",
    ),
    _n(
        11,
        "How much gas-fired generating capacity does Indonesia plan to build on Sumatra up to 2034?",
        ID_PLN,
        "place",
        "the 15 GW of gas is said to support Java; Sumatra is not named",
    ),
    _n(
        12,
        "What fine does Indonesia impose on anyone building a coal plant despite its ban?",
        ID_PLN,
        "attribute",
        "the 2022 ban and its exceptions are stated; no fine",
    ),
    _n(
        13,
        "From when would small companies have had to disclose emissions under the SEC climate rule?",
        US_SEC,
        "actor",
        "start years are given for large (2026) and midsized (2028) firms only",
    ),
    _n(
        14,
        "By what margin did the Senate Banking Committee vote on the SEC's climate disclosure rule?",
        US_SEC,
        "actor",
        "the 3-2 vote was the SEC's; a committee member only tweeted",
    ),
    _n(
        15,
        "How many listed companies would the SEC climate disclosure rule have covered?",
        US_SEC,
        "quantity kind",
        "no count of covered companies is given",
    ),
    _n(
        16,
        "How much solar power capacity does China have installed in Xinjiang?",
        CN_SUB,
        "place",
        "the 887 GW is national; no province is named",
    ),
    _n(
        17,
        "Which Chinese provinces will try market-based bidding for new renewable projects first?",
        CN_SUB,
        "place",
        "the agency will work with local governments; no province is named",
    ),
    _n(
        18,
        "How many Chinese solar manufacturers went bankrupt after installations grew in 2024?",
        CN_SUB,
        "time status",
        "bankruptcy of smaller producers is a threat; no count is given",
    ),
    _n(
        19,
        "How many electric trucks is India's FAME II scheme meant to support?",
        IN_FAME,
        "sector",
        "two-, three- and four-wheelers and buses are counted; no trucks",
    ),
    _n(
        20,
        "How many electric vehicles did the first phase of FAME India support?",
        IN_FAME,
        "quantity kind",
        "phase I's outlay and dates are given; no vehicle count",
    ),
    _n(
        21,
        "How many charging stations will FAME II build along highways?",
        IN_FAME,
        "quantity kind",
        "2700 stations are for cities; on highways only the spacing is given",
    ),
    _n(
        22,
        "What purchase subsidy does Kerala's EV policy offer on electric scooters and motorbikes?",
        IN_DEL,
        "place",
        "Kerala is only named among states with EV policies; Rs 22,000 is Delhi's",
    ),
    _n(
        23,
        "What per-trip cashback do electric bus passengers get under Delhi's draft EV policy?",
        IN_DEL,
        "actor",
        "the cashback is for e-auto and e-cab passengers",
    ),
    _n(
        24,
        "What is the charge per tonne of carbon dioxide reported for 2025 under the US methane fee?",
        US_CH4,
        "quantity kind",
        "the charge is per metric ton of methane; no charge on carbon dioxide",
    ),
    _n(
        25,
        "How large is the Boiler Upgrade Scheme grant towards a heat pump in Scotland?",
        UK_BUS,
        "place",
        "the scheme covers England and Wales",
    ),
    _n(
        26,
        "How many heat pumps have been installed under the Boiler Upgrade Scheme so far?",
        UK_BUS,
        "time status",
        "grant, conditions and dates are given; no installation count",
    ),
    _n(
        27,
        "How long does Revel have to repay NY Green Bank's loan?",
        NY_GB,
        "attribute",
        "the loan's size is given; no term",
    ),
    _n(
        28,
        "How many fast-charging stalls will Revel open in California by 2027?",
        NY_GB,
        "place",
        "267 stalls are for New York City; California is only named as a fundraising aim",
    ),
]
