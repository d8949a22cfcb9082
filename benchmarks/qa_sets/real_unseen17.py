"""A seventeenth held-back set: published documents no other set has used.

Same format as real_unseen16.py. The answerable questions are about ten documents from eight
public repositories no earlier question, target or tracking set draws on: a Hong Kong
Legislative Council background brief on the 2025 ride-hailing bill, two City of Ottawa
by-laws (the Municipal Accommodation Tax and the election contribution rebate), a 2025 news
summary on Manchester's proposed visitor charge, two 2026 news summaries on Stockport's
town-centre parking charges, a 2023 post on New York City's zero-emission rule for
ride-hailing fleets, a school district's site for its 2024 tax referendum (Thomasboro,
Illinois), the August 2013 minutes of Northwold parish council and a 2008 post on Los
Angeles's plastic bag ban. They are kept outside the repository, beside it, in
``../unseen10z/en`` (sources in ``../unseen10z/en/sources.toml``), and are indexed together
with the corpus, the 26 real documents and the Net Zero Tracker texts, which act as
distractors: ``benchmarks/kb_real.py --extra-docs ../unseen10z``. The two Stockport stories,
the two Ottawa by-laws, the two ride-hailing texts (Hong Kong, New York) and the two
overnight-stay taxes (Ottawa, Manchester) make near neighbours of each other. The article
questions ask about spans of the bundled article that no other set's evidence contains or
is contained in. Written by reading the documents, before any policykb output was seen for
them, in a researcher's words rather than the clause's own; items marked ``noshare`` share
no token of ``kb.lexical.tokenize`` with the line of the document that holds their evidence
(checked with that tokenizer before any run). Scored once, at first contact; only short
evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10z",)

HKRIDE = "hk_ride_hailing_bill_background_brief_2025"
OTTMAT = "ca_ottawa_municipal_accommodation_tax_bylaw"
OTTREB = "ca_ottawa_contribution_rebate_bylaw"
MANVISIT = "uk_manchester_visitor_charge_news_2025"
STKPLAN = "uk_stockport_parking_charges_plan_news_2026"
STKTRADE = "uk_stockport_parking_traders_news_2026"
NYCEV = "us_nyc_rideshare_electric_2030_news_2023"
THOMAS = "us_thomasboro_school_tax_referendum_site"
NORTHWOLD = "uk_northwold_parish_council_minutes_2013"
LABAG = "us_los_angeles_plastic_bag_ban_post_2008"
ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

QUESTIONS: list[dict] = [
    # --- Hong Kong ride-hailing bill, Legislative Council background brief (2025) ---
    {
        "q": "For at least how long would a court take away the licence of a driver convicted of carrying paying passengers illegally?",
        "doc": HKRIDE,
        "evidence": "not less than 12 months and not more",
        "value": "12 months",
        "kind": "other",
    },
    {
        "q": "At least how many ride-hailing vehicle permits did some Legislative Council members want issued?",
        "doc": HKRIDE,
        "evidence": "at least 10000 ride-hailing vehicle permits",
        "value": "10000",
        "kind": "count",
    },
    {
        "q": "What portion of the territory's everyday journeys rely on mass transit?",
        "doc": HKRIDE,
        "evidence": "nearly 90% of daily trips",
        "value": "90%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "Which office-holder picks when the new car-booking app statute begins?",
        "doc": HKRIDE,
        "evidence": "appointed by the Secretary for Transport and Logistics",
        "value": "Secretary for Transport and Logistics",
        "kind": "actor",
        "noshare": True,
    },
    # --- Ottawa Municipal Accommodation Tax by-law -----------------------------------
    {
        "q": "What rate of accommodation tax must purchasers pay in Ottawa from 2024?",
        "doc": OTTMAT,
        "evidence": "in the amount of five per cent",
        "value": "five per cent",
        "kind": "share",
    },
    {
        "q": "Which hotel body collects Ottawa's accommodation tax as the city's agent?",
        "doc": OTTMAT,
        "evidence": "collected by the Ottawa Gatineau Hotel Association",
        "value": "Ottawa Gatineau Hotel Association",
        "kind": "actor",
    },
    {
        "q": "What is the steepest sanction for every twenty-four hours a breach of the visitor levy rules persists?",
        "doc": OTTMAT,
        "evidence": "a maximum fine of $10,000.00",
        "value": "$10,000.00",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How far back can the finance officials go when re-examining what an innkeeper owes?",
        "doc": OTTMAT,
        "evidence": "within three years from the day",
        "value": "three years",
        "kind": "other",
        "noshare": True,
    },
    # --- Ottawa contribution rebate by-law --------------------------------------------
    {
        "q": "What is the smallest contribution to a candidate that qualifies for a rebate in Ottawa?",
        "doc": OTTREB,
        "evidence": "a minimum contribution of $25.01 is required",
        "value": "$25.01",
        "kind": "amount",
    },
    {
        "q": "If a candidate withdraws their nomination, up to what sum can a contributor's rebate reach?",
        "doc": OTTREB,
        "evidence": "75% up to a maximum of $900.00",
        "value": "$900.00",
        "kind": "amount",
    },
    {
        "q": "By what hour must people running for a seat enrol in the refund scheme?",
        "doc": OTTREB,
        "evidence": "by 2 pm on nomination day",
        "value": "2 pm",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Contributions to which other kind of candidate are not eligible for a rebate?",
        "doc": OTTREB,
        "evidence": "Contributions to candidates for school board Trustee",
        "value": "school board Trustee",
        "kind": "actor",
    },
    # --- Manchester visitor charge (news summary, 2025) -------------------------------
    {
        "q": "How much is the visitor charge that Manchester's accommodation business district already administers?",
        "doc": MANVISIT,
        "evidence": "administers a £1-per-night visitor charge",
        "value": "£1-per-night",
        "kind": "amount",
    },
    {
        "q": "How long will the public consultation on the overnight tourist tax powers last?",
        "doc": MANVISIT,
        "evidence": "will undergo a 12-week public consultation",
        "value": "12-week",
        "kind": "other",
    },
    {
        "q": "Who leads the national trade lobby for pubs and restaurants that warned against it?",
        "doc": MANVISIT,
        "evidence": "UKHospitality chair, Kate Nicholls",
        "value": "Kate Nicholls",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "Which Manchester council leader supports giving the mayor the tourist tax power?",
        "doc": MANVISIT,
        "evidence": "Council leader Bev Craig",
        "value": "Bev Craig",
        "kind": "actor",
    },
    # --- Stockport parking charges plan (news summary, January 2026) -----------------
    {
        "q": "How much does Stockport council hope to save from its annual budget with higher town-centre parking charges?",
        "doc": STKPLAN,
        "evidence": "help save £500,000 from its annual budget",
        "value": "£500,000",
        "kind": "amount",
    },
    {
        "q": "What would the two-hour parking rate rise to in Stockport town centre?",
        "doc": STKPLAN,
        "evidence": "two-hour rates from £2.20 to £3.00",
        "value": "£3.00",
        "kind": "amount",
    },
    {
        "q": "What hole in its finances does the borough expect in the coming half-decade?",
        "doc": STKPLAN,
        "evidence": "funding gap of around £75 million",
        "value": "£75 million",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "On what date is the council's budget plan to be finalised in a vote?",
        "doc": STKPLAN,
        "evidence": "finalised at a vote on February 26",
        "value": "February 26",
        "kind": "date",
    },
    # --- Stockport parking charges and market traders (news summary, February 2026) ---
    {
        "q": "By roughly what percentage would the hourly parking rate rise, according to the market traders' story?",
        "doc": STKTRADE,
        "evidence": "hourly parking rate by nearly 40%",
        "value": "40%",
        "kind": "share",
    },
    {
        "q": "Which business group criticised the parking plan for making the town centre harder to reach?",
        "doc": STKTRADE,
        "evidence": "criticism from the Federation of Small Businesses",
        "value": "Federation of Small Businesses",
        "kind": "actor",
    },
    {
        "q": "Where do the stallholders who fear lost trade work?",
        "doc": STKTRADE,
        "evidence": "Traders at Stockport Indoor Market",
        "value": "Stockport Indoor Market",
        "kind": "other",
        "noshare": True,
    },
    # --- New York City ride-hailing zero-emission rule (post, 2023) -------------------
    {
        "q": "By what year must Uber and Lyft in New York City use only zero-emission vehicles?",
        "doc": NYCEV,
        "evidence": "only zero-emission vehicles by 2030",
        "value": "2030",
        "kind": "year",
    },
    {
        "q": "In which speech did the mayor announce the electric requirement for Uber and Lyft?",
        "doc": NYCEV,
        "evidence": "during his recent State of the City",
        "value": "State of the City",
        "kind": "other",
    },
    {
        "q": "Who is the municipal leader behind the clean-car mandate for app-booked taxis?",
        "doc": NYCEV,
        "evidence": "New York City Mayor Eric Adams announced",
        "value": "Eric Adams",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "By how much could Tesla's price cuts raise total annual savings for a ridesharing fleet?",
        "doc": NYCEV,
        "evidence": "a 38% increase in total annual savings",
        "value": "38%",
        "kind": "share",
    },
    # --- Thomasboro school district tax referendum site (2024) -----------------------
    {
        "q": "By how much above the current limiting rate would the Thomasboro school tax rise?",
        "doc": THOMAS,
        "evidence": "additional 1.0000% above the current limiting rate",
        "value": "1.0000%",
        "kind": "share",
    },
    {
        "q": "How much did the district's 2015 bonds generate for the education fund?",
        "doc": THOMAS,
        "evidence": "Generated $775,000 to support the education fund",
        "value": "$775,000",
        "kind": "amount",
    },
    {
        "q": "How much do local land levies bring the district?",
        "doc": THOMAS,
        "evidence": "$864,129.44",
        "value": "$864,129.44",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How many decades had passed without the district lifting its levy?",
        "doc": THOMAS,
        "evidence": "since the last tax rate increase 40 years ago",
        "value": "40 years",
        "kind": "other",
        "noshare": True,
    },
    # --- Northwold parish council minutes, August 2013 --------------------------------
    {
        "q": "How many LED street lights did the grant awarded to Northwold parish council cover?",
        "doc": NORTHWOLD,
        "evidence": "grant towards the cost of 30 LED lights",
        "value": "30",
        "kind": "count",
    },
    {
        "q": "What fee per match did the parish council stipulate for hiring the football pitch?",
        "doc": NORTHWOLD,
        "evidence": "it would be £20 per match",
        "value": "£20",
        "kind": "amount",
    },
    {
        "q": "How much was the energy firm's goodwill sum for the village worth at most?",
        "doc": NORTHWOLD,
        "evidence": "community benefit payment up to £18,000",
        "value": "£18,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Who was proposed as the parish council's interim vice chair?",
        "doc": NORTHWOLD,
        "evidence": "Mr Eglington proposed Mr Collins",
        "value": "Mr Collins",
        "kind": "actor",
    },
    # --- Los Angeles plastic bag ban (blog post, 2008) --------------------------------
    {
        "q": "From what date did Los Angeles vote to ban plastic shopping bags from stores?",
        "doc": LABAG,
        "evidence": "stores, beginning July 1, 2010",
        "value": "July 1, 2010",
        "kind": "date",
    },
    {
        "q": "How much would Los Angeles shoppers pay for a paper or biodegradable bag?",
        "doc": LABAG,
        "evidence": "pay 25 cents for a paper",
        "value": "25 cents",
        "kind": "amount",
    },
    {
        "q": "Which councilman proposed the Los Angeles bag ban?",
        "doc": LABAG,
        "evidence": "said Councilman Ed Reyes, who proposed",
        "value": "Ed Reyes",
        "kind": "actor",
    },
    {
        "q": "What fraction of sacks made of polymer film gets reprocessed across the state?",
        "doc": LABAG,
        "evidence": "About 5 percent of plastic bags",
        "value": "5 percent",
        "kind": "share",
        "noshare": True,
    },
]

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "Which ministry led the group of departments that issued the green manufacturing guidance?",
        "doc": ARTICLE,
        "evidence": "Industry and Information Technology, together with",
        "value": "Industry and Information Technology",
        "kind": "actor",
    },
    {
        "q": "Is this guidance the country's first or a revision of earlier opinions on greening manufacturing?",
        "doc": ARTICLE,
        "evidence": "first “Guiding Opinions on Accelerating",
        "value": "first",
        "kind": "other",
    },
    {
        "q": "Besides intensive land use, what kind of inputs does a green factory use?",
        "doc": ARTICLE,
        "evidence": "harmless raw materials, clean production",
        "value": "harmless raw materials",
        "kind": "list",
    },
    {
        "q": "Which two efficiencies of its network infrastructure does the Beijing-Tianjin-Hebei centre set out to raise?",
        "doc": ARTICLE,
        "evidence": "computing efficiency and energy efficiency",
        "value": "computing efficiency",
        "kind": "list",
    },
    {
        "q": "What does the northern intelligent computing hub bring in to lift its performance?",
        "doc": ARTICLE,
        "evidence": "energy-saving technologies to comprehensively improve",
        "value": "energy-saving technologies",
        "kind": "other",
    },
    {
        "q": "Besides future development, what kind of development are emerging industries said to lead?",
        "doc": ARTICLE,
        "evidence": "leading future development and high-quality development",
        "value": "high-quality development",
        "kind": "other",
    },
    {
        "q": "Whose enabling role should be given full play in raising resource efficiency and environmental benefits?",
        "doc": ARTICLE,
        "evidence": "enabling role of digital technology",
        "value": "digital technology",
        "kind": "other",
    },
    {
        "q": "Besides building a modern industrial system, what else has the country promoted in recent years?",
        "doc": ARTICLE,
        "evidence": "promoted new industrialization, and promoted",
        "value": "new industrialization",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN17: list[dict] = [
    {
        "q": "What licence fee will a ride-hailing platform pay in Hong Kong?",
        "near_doc": HKRIDE,
        "why": "fee levels are left to later subsidiary legislation; no figure",
    },
    {
        "q": "How many ride-hailing vehicle permits will the Hong Kong government issue?",
        "near_doc": HKRIDE,
        "why": "the cap is left to subsidiary legislation; only members' suggestions are given",
    },
    {
        "q": "How much revenue did Ottawa's Municipal Accommodation Tax raise in 2023?",
        "near_doc": OTTMAT,
        "why": "rates, exemptions and fines are given; no revenue",
    },
    {
        "q": "How many contributors claimed a rebate after Ottawa's 2022 municipal election?",
        "near_doc": OTTREB,
        "why": "eligibility and amounts are given; no count of claims",
    },
    {
        "q": "How much per night would Andy Burnham's proposed tourist tax charge visitors?",
        "near_doc": MANVISIT,
        "why": "only the existing business district charge is priced; the tax has no rate",
    },
    {
        "q": "How much does a Stockport town-centre parking permit cost?",
        "near_doc": STKPLAN,
        "why": "permits at reduced rates are mentioned; no price",
    },
    {
        "q": "How many stalls does Stockport Indoor Market have?",
        "near_doc": STKTRADE,
        "why": "the market's traders are quoted; no stall count",
    },
    {
        "q": "How many Uber and Lyft vehicles operate in New York City?",
        "near_doc": NYCEV,
        "why": "the 2030 rule is given; no fleet size",
    },
    {
        "q": "How many students are enrolled in the Thomasboro school district?",
        "near_doc": THOMAS,
        "why": "revenues, salaries and the tax rate are given; no enrolment",
    },
    {
        "q": "How much did the tree safety work in Northwold's cemetery cost?",
        "near_doc": NORTHWOLD,
        "why": "the survey's findings and two days of work are given; no cost",
    },
    {
        "q": "What fine will Los Angeles stores face for handing out plastic bags after the ban?",
        "near_doc": LABAG,
        "why": "the ban date and paper bag charge are given; no penalty",
    },
    {
        "q": "What share of China's steel is made by short-process steelmaking today?",
        "near_doc": ARTICLE,
        "why": "only the 2030 target share is given; no current figure",
    },
]
