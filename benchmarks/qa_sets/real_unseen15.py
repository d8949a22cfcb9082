"""A fifteenth held-back set: published documents no other set has used.

Same format as real_unseen14.py. The answerable questions are about ten documents from ten
public repositories no earlier question, target or tracking set draws on: a news site's
post of a Federal Register notice on the 2025 bus grant selections (YAML front matter, one
long summary line), a 2008 city-news post on New York City's plastic bag recycling bill
(HTML paragraphs with archived links), a community wiki page on Davis's single-use carryout
bag ordinance (plain text, indented lists, the draft ordinance beside the adopted one), a
council news page on the Sunshine Coast's climate emergency resolution (long YAML front
matter), a tax firm's 2019 explainer of Canada's federal carbon tax, a short 2025 finance
blog note on the Canada Carbon Rebate, a 2026 guide to London's ULEZ and other UK clean air
zones, a 2010 blog post on the European low emission zones website, an open-data catalogue
page on Glasgow's low emission zone (the text inside a quoted YAML field), and a 2025
personal post on Victoria's container deposit scheme. They are kept outside the repository,
beside it, in ``../unseen10x/en`` (sources in ``../unseen10x/en/sources.toml``), and are
indexed together with the corpus, the 26 real documents and the Net Zero Tracker texts,
which act as distractors: ``benchmarks/kb_real.py --extra-docs ../unseen10x``. Two carbon
pricing texts (the tax and its rebate), two bag texts (New York, Davis) and three clean-air
texts (the UK guide, the European site, Glasgow) make near neighbours of each other. The
article questions ask about spans of the bundled article that no other set's evidence
contains or is contained in. Written by reading the documents, before any policykb output
was seen for them, in a researcher's words rather than the clause's own; items marked
``noshare`` share no token of ``kb.lexical.tokenize`` with the line of the document that
holds their evidence (checked with that tokenizer before any run). Scored once, at first
contact; only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10x",)

BUS = "us_fta_bus_grant_selections_notice_2026"
NYC = "us_nyc_plastic_bag_recycling_bill_news_2008"
DAVIS = "us_davis_carryout_bag_ordinance_wiki"
SUNSHINE = "au_sunshine_coast_climate_emergency_news"
CATAX = "ca_federal_carbon_tax_explainer_2019"
REBATE = "ca_carbon_rebate_post_2025"
ULEZ = "uk_ulez_compliance_guide_2026"
LEZ_EU = "eu_low_emission_zones_website_post_2010"
GLASGOW = "uk_glasgow_low_emission_zone_dataset_page"
VIC = "au_victoria_container_deposit_post_2025"
ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

QUESTIONS: list[dict] = [
    # --- Federal Register notice: FY 2025 bus grant selections -----------------
    {
        "q": "What was the overall sum handed out across every chosen vehicle scheme?",
        "doc": BUS,
        "evidence": "the award of a total of $2,027,948,082",
        "value": "$2,027,948,082",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How many projects won money from the low- or zero-emission bus grants in the FY 2025 round?",
        "doc": BUS,
        "evidence": "Grants Program for 103 projects",
        "value": "103",
        "kind": "count",
    },
    {
        "q": "How much went to the competitive programme for buses and bus facilities?",
        "doc": BUS,
        "evidence": "$397,665,476 under the FY 2025 Grants",
        "value": "$397,665,476",
        "kind": "amount",
    },
    {
        "q": "On what day was this first printed in the official US gazette?",
        "doc": BUS,
        "evidence": "**Original Published:** January 15, 2026",
        "value": "January 15, 2026",
        "kind": "date",
        "noshare": True,
    },
    # --- New York City plastic bag recycling bill, 2008 -------------------------
    {
        "q": "By what margin did Gotham's legislators approve the carrier-sack take-back measure?",
        "doc": NYC,
        "evidence": "passed a bill, 44 to 2",
        "value": "44 to 2",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Above what size must New York shops offer plastic bag recycling under the council bill?",
        "doc": NYC,
        "evidence": "requiring stores over 5,000 square-feet",
        "value": "5,000 square-feet",
        "kind": "other",
    },
    {
        "q": "What daily penalty do noncompliant retailers face under the NYC bag recycling law?",
        "doc": NYC,
        "evidence": "at risk of getting fined ($300 per day)",
        "value": "$300 per day",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How frequently must the municipal refuse agency assess the take-back effort?",
        "doc": NYC,
        "evidence": "every two years (beginning in 2012)",
        "value": "every two years",
        "kind": "other",
        "noshare": True,
    },
    # --- Davis single-use carryout bag ordinance (community wiki) ---------------
    {
        "q": "From what date have Davis retailers been barred from handing out thin plastic sacks?",
        "doc": DAVIS,
        "evidence": "The ordinance went into effect July 1, 2014.",
        "value": "July 1, 2014",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "What is the least a Davis shop must charge for a paper bag at the till?",
        "doc": DAVIS,
        "evidence": "charges a minimum price of 10 cents per bag",
        "value": "10 cents",
        "kind": "amount",
    },
    {
        "q": "How much post-consumer recycled content must a standard paper carryout bag in Davis contain?",
        "doc": DAVIS,
        "evidence": "Paper carryout bag must be 40 percent postconsumer",
        "value": "40 percent",
        "kind": "share",
    },
    {
        "q": "How many trips must a reusable tote be able to survive under the Davis rules?",
        "doc": DAVIS,
        "evidence": "Has a minimum lifetime of 125 uses",
        "value": "125",
        "kind": "count",
        "noshare": True,
    },
    # --- Sunshine Coast Council: climate emergency resolution -------------------
    {
        "q": "By what year does the Sunshine Coast council aim to run as a zero-net emissions organisation?",
        "doc": SUNSHINE,
        "evidence": "a zero-net emissions organisation by 2041",
        "value": "2041",
        "kind": "year",
    },
    {
        "q": "Which elected member tabled the Queensland local government's climate crisis motion?",
        "doc": SUNSHINE,
        "evidence": "Councillor David Law, who introduced the matter",
        "value": "David Law",
        "kind": "actor",
    },
    {
        "q": "Was there any dissent when the Queensland coastal authority declared the crisis?",
        "doc": SUNSHINE,
        "evidence": "The resolution, adopted unanimously",
        "value": "unanimously",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Which existing council strategy will the Sunshine Coast declaration strengthen?",
        "doc": SUNSHINE,
        "evidence": "comprehensive Environment and Liveability Strategy (ELS)",
        "value": "Environment and Liveability Strategy",
        "kind": "other",
    },
    # --- Canada's federal carbon tax explainer, 2019 ----------------------------
    {
        "q": "When did Ottawa start levying its charge on fossil fuels?",
        "doc": CATAX,
        "evidence": "the carbon tax was imposed in April 2019",
        "value": "April 2019",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "What price per ton of CO2 did British Columbia start its levy at?",
        "doc": CATAX,
        "evidence": "It was priced at $10 per ton",
        "value": "$10",
        "kind": "amount",
    },
    {
        "q": "After the climate-action incentive, what is an Ontario household's net benefit from the carbon tax?",
        "doc": CATAX,
        "evidence": "for a net benefit of $56",
        "value": "$56",
        "kind": "amount",
    },
    {
        "q": "Which provinces had the federal backstop imposed on them because they lacked their own scheme?",
        "doc": CATAX,
        "evidence": "Ontario, Manitoba, Saskatchewan, and New Brunswick",
        "value": "Saskatchewan",
        "kind": "list",
    },
    # --- Canada Carbon Rebate note, 2025 ----------------------------------------
    {
        "q": "Roughly what does a four-person Ontario family get back from the carbon rebate each year in 2025?",
        "doc": REBATE,
        "evidence": "a family of four in Ontario receives approximately $1,120",
        "value": "$1,120",
        "kind": "amount",
    },
    {
        "q": "What extra percentage do countryside residents get on top?",
        "doc": REBATE,
        "evidence": "the 20% rural supplement",
        "value": "20%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "In which months does the CRA send out the Canada Carbon Rebate?",
        "doc": REBATE,
        "evidence": "Payments are issued in April, July, October, and January.",
        "value": "October",
        "kind": "list",
    },
    {
        "q": "Under what name was Canada's carbon rebate known before?",
        "doc": REBATE,
        "evidence": "(formerly Climate Action Incentive)",
        "value": "Climate Action Incentive",
        "kind": "other",
    },
    # --- UK ULEZ and clean air zone guide, 2026 ---------------------------------
    {
        "q": "What does a driver of a non-compliant car pay per day to enter London's ULEZ?",
        "doc": ULEZ,
        "evidence": "The charge is £12.50 per day for cars",
        "value": "£12.50",
        "kind": "amount",
    },
    {
        "q": "Which Euro class must an oil-burning engine reach to escape the capital's charge?",
        "doc": ULEZ,
        "evidence": "**Diesel vehicles** must meet Euro 6 or later",
        "value": "Euro 6",
        "kind": "other",
    },
    {
        "q": "When did London's ultra low emission zone grow to take in every borough?",
        "doc": ULEZ,
        "evidence": "in August 2023 it expanded again to cover all London boroughs",
        "value": "August 2023",
        "kind": "date",
    },
    {
        "q": "What does the London penalty notice fall to if settled within a fortnight?",
        "doc": ULEZ,
        "evidence": "reduced to £90 if paid within 14 days",
        "value": "£90",
        "kind": "amount",
    },
    # --- European low emission zones website, 2010 ------------------------------
    {
        "q": "How many low emission zones operated across Europe when the LEZ website launched?",
        "doc": LEZ_EU,
        "evidence": "There are currently over 160 LEZs in 11 countries",
        "value": "160",
        "kind": "count",
    },
    {
        "q": "How many lives does smog claim annually across the continent?",
        "doc": LEZ_EU,
        "evidence": "Air pollution kills an estimated 310",
        "value": "310",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "What is the estimated yearly health damage bill from air pollution in Europe?",
        "doc": LEZ_EU,
        "evidence": "cost Europe between €427 and €790 billion per year",
        "value": "€427 and €790 billion",
        "kind": "amount",
    },
    {
        "q": "For how long does Brussels co-finance the LEZ information site?",
        "doc": LEZ_EU,
        "evidence": "part-funding for 3 years from the 8th",
        "value": "3 years",
        "kind": "other",
        "noshare": True,
    },
    # --- Glasgow low emission zone (open-data catalogue page) -------------------
    {
        "q": "From when must every car and lorry driving into central Glasgow meet the emission rules?",
        "doc": GLASGOW,
        "evidence": "from 1 June 2023, phase 2 (all vehicles)",
        "value": "1 June 2023",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "Who looks after the Scottish clean-air boundary records?",
        "doc": GLASGOW,
        "evidence": "maintainer: Glasgow City Council",
        "value": "Glasgow City Council",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "How does Glasgow's zone keep dirtier motors out?",
        "doc": GLASGOW,
        "evidence": "LEZs are based on a penalty notice approach",
        "value": "penalty notice",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "When was the Glasgow low emission zone dataset first made?",
        "doc": GLASGOW,
        "evidence": "date_created: '2023-02-03'",
        "value": "2023-02-03",
        "kind": "date",
        "noshare": True,
    },
    # --- Victoria container deposit scheme post, 2025 ---------------------------
    {
        "q": "Since what year has South Australia refunded drink containers?",
        "doc": VIC,
        "evidence": "container deposit scheme (CDS) running since 1977",
        "value": "1977",
        "kind": "year",
    },
    {
        "q": "In which year did Melbourne's state bring in its present bottle-and-can refund system?",
        "doc": VIC,
        "evidence": "state to adopt a CDS in 2023",
        "value": "2023",
        "kind": "year",
    },
    {
        "q": "Into how many zones is Victoria's container deposit scheme divided?",
        "doc": VIC,
        "evidence": "there are three zones, with each zone",
        "value": "three",
        "kind": "count",
    },
    {
        "q": "When did the 1980s deposit refund in the state around Melbourne fold?",
        "doc": VIC,
        "evidence": "but it collapsed in 1989",
        "value": "1989",
        "kind": "year",
    },
]

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "Besides industry, development and finance, how many more departments co-signed the green manufacturing opinions?",
        "doc": ARTICLE,
        "evidence": "seven departments, issued my",
        "value": "seven",
        "kind": "count",
    },
    {
        "q": "By which year should the inner drive for greener manufacturing be markedly stronger?",
        "doc": ARTICLE,
        "evidence": "of the manufacturing industry will be significantly enhanced",
        "value": "2035",
        "kind": "year",
    },
    {
        "q": "What portion of the value added by larger firms came from equipment makers in 2023?",
        "doc": ARTICLE,
        "evidence": "industry will account for 15.7% and 33.6%",
        "value": "33.6%",
        "kind": "share",
    },
    {
        "q": "How many new energy vehicles were made and sold in China in 2023, per the piece?",
        "doc": ARTICLE,
        "evidence": "The production and sales of new energy",
        "value": "9.5 million",
        "kind": "count",
    },
    {
        "q": "How many steelmakers have finished ultra-low emission retrofits across the whole process?",
        "doc": ARTICLE,
        "evidence": "steel companies have completed full-process",
        "value": "89",
        "kind": "count",
    },
    {
        "q": "What minimum share of clean power should aluminium smelters use by the end of the decade?",
        "doc": ARTICLE,
        "evidence": "the proportion of renewable energy used",
        "value": "30%",
        "kind": "share",
    },
    {
        "q": "How much power does the northern intelligent computing hub save against ordinary data centres?",
        "doc": ARTICLE,
        "evidence": "kilowatt hours of electricity",
        "value": "4 million kilowatt hours",
        "kind": "other",
    },
    {
        "q": "Apart from saving energy and cutting emissions, what is Chinese manufacturing exploring in its green shift?",
        "doc": ARTICLE,
        "evidence": "and emission reduction, but also actively",
        "value": "in-depth integration with other industries",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN15: list[dict] = [
    {
        "q": "How many electric buses will the FY 2025 Low-No grant selections pay for?",
        "near_doc": BUS,
        "why": "sums and project counts are given; no number of buses",
    },
    {
        "q": "How many plastic bags do New York City stores hand out each year?",
        "near_doc": NYC,
        "why": "the recycling duty, store count and fine are given; no bag count",
    },
    {
        "q": "What fine does Davis impose on a business that hands out plastic carryout bags?",
        "near_doc": DAVIS,
        "why": "enforcement is on complaint; no fine is stated",
    },
    {
        "q": "How much has the Sunshine Coast council budgeted for its climate emergency response?",
        "near_doc": SUNSHINE,
        "why": "a report and a governance study are resolved; no budget",
    },
    {
        "q": "By what percentage does Sunshine Coast Council plan to cut its emissions by 2030?",
        "near_doc": SUNSHINE,
        "why": "only the zero-net aim for 2041 is given",
    },
    {
        "q": "What was Canada's federal carbon price per tonne in 2022?",
        "near_doc": CATAX,
        "why": "prices for 2019 and 2020 are given; 2022 is named only for emission cuts",
    },
    {
        "q": "How much does a single adult in Alberta receive from the Canada Carbon Rebate in 2025?",
        "near_doc": REBATE,
        "why": "only an Ontario family of four is given",
    },
    {
        "q": "What is the daily charge for a non-compliant car in Bristol's clean air zone?",
        "near_doc": ULEZ,
        "why": "Bristol is named as charging private cars; only Birmingham's and London's amounts are given",
    },
    {
        "q": "How many low emission zones does Italy have?",
        "near_doc": LEZ_EU,
        "why": "a European total and one Italian town are named; no count for Italy",
    },
    {
        "q": "What is the penalty charge for a first offence in Glasgow's low emission zone?",
        "near_doc": GLASGOW,
        "why": "a penalty charge is named; no amount",
    },
    {
        "q": "What refund per container does Victoria's deposit scheme pay?",
        "near_doc": VIC,
        "why": "only South Australia's old 5c is given; Victoria's refund is not stated",
    },
    {
        "q": "How many green factories has China certified so far?",
        "near_doc": ARTICLE,
        "why": "green factories are defined and their output share targeted; no count",
    },
]
