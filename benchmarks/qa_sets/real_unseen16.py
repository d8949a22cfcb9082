"""A sixteenth held-back set: published documents no other set has used.

Same format as real_unseen15.py. The answerable questions are about ten documents from nine
public repositories no earlier question, target or tracking set draws on: a 2025 link post
on New York City's congestion pricing deadlines (the quoted news in YAML front matter), a
generated summary of a Saint Paul city council meeting in October 2025, a 2016 repost of a
news story on San Francisco's short-term rental crackdown (HTML paragraphs after long front
matter), a research group's 2019 fact sheet page on Los Angeles's home-sharing rules (the
text only in a YAML ``abstract``), a 2025 news feed copy of a story on Los Angeles's lower
rent caps, a 2023 post on New York City's short-term rental registration law (questions and
a folded summary), a section of Springboro, Ohio's code on water emergencies (an ordinance
with numbered penalties), two 2025 local news posts from Monmouthshire (a list of new speed
limits by place and date, and the Staunton Road decision) and an Austin neighbourhood
association's climate resolution (an HTML page). They are kept outside the repository,
beside it, in ``../unseen10y/en`` (sources in ``../unseen10y/en/sources.toml``), and are
indexed together with the corpus, the 26 real documents and the Net Zero Tracker texts,
which act as distractors: ``benchmarks/kb_real.py --extra-docs ../unseen10y``. Three
short-term rental texts (San Francisco, Los Angeles, New York), two Los Angeles texts, two
New York City texts and the two Monmouthshire posts make near neighbours of each other. The
article questions ask about spans of the bundled article that no other set's evidence
contains or is contained in. Written by reading the documents, before any policykb output
was seen for them, in a researcher's words rather than the clause's own; items marked
``noshare`` share no token of ``kb.lexical.tokenize`` with the line of the document that
holds their evidence (checked with that tokenizer before any run). Scored once, at first
contact; only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10y",)

TOLL = "us_nyc_congestion_pricing_stays_link_post_2025"
STPAUL = "us_saint_paul_council_meeting_summary_2025"
SFSTR = "us_san_francisco_airbnb_crackdown_news_2016"
LASTR = "us_los_angeles_str_enforcement_fact_sheet_2019"
LARENT = "us_los_angeles_rent_cap_vote_news_2025"
NYSTR = "us_nyc_short_term_rental_rules_post_2023"
WATER = "us_springboro_water_emergency_ordinance"
MONLIST = "uk_monmouthshire_new_speed_limits_news_2025"
STAUNTON = "uk_monmouthshire_staunton_road_40mph_news_2025"
NLOOP = "us_austin_north_loop_climate_resolution"
ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

QUESTIONS: list[dict] = [
    # --- New York City congestion pricing deadlines (link post, 2025) -----------
    {
        "q": "What first cut-off did the federal government set for the transit authority to turn the toll cameras off?",
        "doc": TOLL,
        "evidence": "insisted on a March 21 deadline",
        "value": "March 21",
        "kind": "date",
    },
    {
        "q": "How much extra time did Washington's first ultimatum over the Manhattan road charge receive?",
        "doc": TOLL,
        "evidence": "eventually pushed back 30 days",
        "value": "30 days",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Until when have the MTA and the administration agreed to hold off the April 20 deadline?",
        "doc": TOLL,
        "evidence": "April 20 deadline until at least October",
        "value": "October",
        "kind": "date",
    },
    {
        "q": "Who will have the final say on the future of New York's congestion tolling?",
        "doc": TOLL,
        "evidence": "who will then have the final say",
        "value": "the judge",
        "kind": "actor",
    },
    # --- Saint Paul city council meeting summary, October 2025 -------------------
    {
        "q": "Which ordinance was the subject of the Saint Paul council's public hearing on 1 October 2025?",
        "doc": STPAUL,
        "evidence": "public hearing on Ordinance 25-55",
        "value": "Ordinance 25-55",
        "kind": "other",
    },
    {
        "q": "What was the tally when the Minnesota capital's legislators deferred the pay rules?",
        "doc": STPAUL,
        "evidence": "The council voted 7-0 to lay over",
        "value": "7-0",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "By how much a year did the council raise the parks department's grant fund?",
        "doc": STPAUL,
        "evidence": "grant fund by $675,000 per year",
        "value": "$675,000",
        "kind": "amount",
    },
    {
        "q": "For how long may small employers pay teenage staff below the city minimum wage under the youth provision?",
        "doc": STPAUL,
        "evidence": "during their first 90 days of employment",
        "value": "90 days",
        "kind": "other",
    },
    # --- San Francisco short-term rental crackdown (news repost, 2016) -----------
    {
        "q": "By what vote did San Francisco's Board of Supervisors toughen the short-term rental laws?",
        "doc": SFSTR,
        "evidence": "10-0 to toughen short-term rental laws",
        "value": "10-0",
        "kind": "other",
    },
    {
        "q": "What daily fine per listing can rental sites face in San Francisco if they do not comply?",
        "doc": SFSTR,
        "evidence": "fines of up to $1,000 daily",
        "value": "$1,000",
        "kind": "amount",
    },
    {
        "q": "How quickly must booking websites pull an unlicensed advert once flagged?",
        "doc": SFSTR,
        "evidence": "Platforms have one business day",
        "value": "one business day",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How many short-term rental certificates had the city's office issued?",
        "doc": SFSTR,
        "evidence": "it has issued 1,324 short-term rental certificates",
        "value": "1,324",
        "kind": "count",
    },
    # --- Los Angeles home-sharing enforcement fact sheet, 2019 -------------------
    {
        "q": "From what date did Los Angeles start enforcing its short-term rental regulations?",
        "doc": LASTR,
        "evidence": "On November 1, 2019, the City",
        "value": "November 1, 2019",
        "kind": "date",
    },
    {
        "q": "How many nights of reservation per year may a Los Angeles listing have without a special option?",
        "doc": LASTR,
        "evidence": "limit listings to 120 nights",
        "value": "120",
        "kind": "count",
    },
    {
        "q": "Which kind of homes may not be rented out short-term at all under the Los Angeles rules?",
        "doc": LASTR,
        "evidence": "forbid rentals of rent-stabilized units",
        "value": "rent-stabilized units",
        "kind": "other",
    },
    {
        "q": "What waiver lets a letting go past the yearly ceiling in the biggest municipality of southern California?",
        "doc": LASTR,
        "evidence": "special “extended home-sharing option”",
        "value": "extended home-sharing option",
        "kind": "other",
        "noshare": True,
    },
    # --- Los Angeles rent cap vote (news feed copy, 2025) -------------------------
    {
        "q": "What is the new maximum allowable yearly rent increase for Los Angeles's rent-stabilized units?",
        "doc": LARENT,
        "evidence": "maximum allowable rent increase of 4 percent",
        "value": "4 percent",
        "kind": "share",
    },
    {
        "q": "What share of consumer price inflation may Los Angeles landlords pass on under the new formula?",
        "doc": LARENT,
        "evidence": "raise rents by 90 percent of the",
        "value": "90 percent",
        "kind": "share",
    },
    {
        "q": "How many dwellings does the Angeleno price-control regime cover?",
        "doc": LARENT,
        "evidence": "Lower Rent Caps on 650,000 Rent-Stabilized",
        "value": "650,000",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "Rental properties dating from prior to what month and year are subject to that southern Californian metropolis's price-control rules?",
        "doc": LARENT,
        "evidence": "before October 1978",
        "value": "October 1978",
        "kind": "date",
        "noshare": True,
    },
    # --- New York City short-term rental registration law (post, 2023) ----------
    {
        "q": "What is the name of New York City's short-term rental registration law?",
        "doc": NYSTR,
        "evidence": "Local Law 18, also known as",
        "value": "Local Law 18",
        "kind": "other",
    },
    {
        "q": "How many guests at most may stay in a registered New York short-term rental?",
        "doc": NYSTR,
        "evidence": "Guests are limited to two people",
        "value": "two",
        "kind": "count",
    },
    {
        "q": "How many listings does Airbnb expect the New York rules to remove from its platform?",
        "doc": NYSTR,
        "evidence": "remove over 10,000 listings from the platform",
        "value": "10,000",
        "kind": "count",
    },
    {
        "q": "Whom does the Big Apple allow to offer brief lets?",
        "doc": NYSTR,
        "evidence": "Only hosts who live in the place",
        "value": "hosts who live in the place",
        "kind": "actor",
        "noshare": True,
    },
    # --- Springboro, Ohio: water emergency section of the city code -------------
    {
        "q": "Who may declare a water availability emergency in Springboro?",
        "doc": WATER,
        "evidence": "The City Manager is hereby authorized to declare",
        "value": "City Manager",
        "kind": "actor",
    },
    {
        "q": "What penalty applies for a third violation of Springboro's emergency water rules?",
        "doc": WATER,
        "evidence": "two hundred dollars ($200.00) penalty",
        "value": "$200.00",
        "kind": "amount",
    },
    {
        "q": "How steeply is a repeat offender's tariff raised after the opening warning in the Ohio suburb?",
        "doc": WATER,
        "evidence": "water rate of two hundred percent (200%)",
        "value": "200%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "Which trades can be spared by the top administrator when supplies run short?",
        "doc": WATER,
        "evidence": "commercial car wash, sod farms",
        "value": "sod farms",
        "kind": "list",
        "noshare": True,
    },
    # --- Monmouthshire: new speed limits by place and date (2025) ---------------
    {
        "q": "From what date does Redbrook Road in Monmouth get its new 30mph limit?",
        "doc": MONLIST,
        "evidence": "Redbrook Road (A466) from 10 September 2025",
        "value": "10 September 2025",
        "kind": "date",
    },
    {
        "q": "Which speed limit is being revoked at Llandogo?",
        "doc": MONLIST,
        "evidence": "existing 20mph limit on the A466",
        "value": "20mph",
        "kind": "other",
    },
    {
        "q": "How long is the window for a legal appeal against the Welsh county's traffic changes?",
        "doc": MONLIST,
        "evidence": "have six weeks from 9 September 2025",
        "value": "six weeks",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Under which amendment order number do the Monmouthshire speed limit changes fall?",
        "doc": MONLIST,
        "evidence": "(Amendment Order No. 17) 2025",
        "value": "No. 17",
        "kind": "other",
    },
    # --- Monmouthshire: Staunton Road 40mph decision (2025) ---------------------
    {
        "q": "How many collisions were recorded on Staunton Road between 2020 and 2023?",
        "doc": STAUNTON,
        "evidence": "five recorded collisions between 2020 and 2023",
        "value": "five",
        "kind": "count",
    },
    {
        "q": "On what day was the 40mph limit on Staunton Road approved?",
        "doc": STAUNTON,
        "evidence": "Wednesday, 20th August 2025 at 5:00 pm",
        "value": "20th August 2025",
        "kind": "date",
    },
    {
        "q": "Which civic body endorsed slowing cars on the route to Gloucestershire?",
        "doc": STAUNTON,
        "evidence": "Monmouth Town Council has expressed support",
        "value": "Monmouth Town Council",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "How many lives were lost in the string of smashes toward the Forest of Dean?",
        "doc": STAUNTON,
        "evidence": "including one fatality",
        "value": "one fatality",
        "kind": "count",
        "noshare": True,
    },
    # --- Austin: North Loop Neighborhood Association climate resolution ---------
    {
        "q": "Which neighbourhood association adopted this climate and sustainability resolution?",
        "doc": NLOOP,
        "evidence": "Be it resolved by the North Loop",
        "value": "North Loop Neighborhood Association",
        "kind": "actor",
    },
    {
        "q": "Which state legislature does the resolution urge to curb methane flaring and venting?",
        "doc": NLOOP,
        "evidence": "urges the Texas Legislature to pass",
        "value": "Texas Legislature",
        "kind": "actor",
    },
    {
        "q": "How frequently will the neighbours' club draw up fresh to-do lists on warming?",
        "doc": NLOOP,
        "evidence": "adopt, and monitor bi-annual action plans",
        "value": "bi-annual",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Which Austin neighbourhoods does the neighborhood plan contact team's plan include?",
        "doc": NLOOP,
        "evidence": "North Loop, Ridgetop, and the adjacent",
        "value": "Ridgetop",
        "kind": "list",
    },
]

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "Which economic planning agency co-issued the green manufacturing opinions with the industry ministry?",
        "doc": ARTICLE,
        "evidence": "Technology, together with the National",
        "value": "National Development and Reform Commission",
        "kind": "actor",
    },
    {
        "q": "In which city is the workshop whose smart filter presses are shipped to Europe?",
        "doc": ARTICLE,
        "evidence": "Dezhou, Shandong Province, workers are",
        "value": "Dezhou",
        "kind": "other",
    },
    {
        "q": "The needs of which sectors guided the filter press maker's water- and energy-saving upgrades?",
        "doc": ARTICLE,
        "evidence": "industries such as chemical industry,",
        "value": "chemical industry",
        "kind": "list",
    },
    {
        "q": "Whose showroom displays a chain running from ore to finished aluminium goods?",
        "doc": ARTICLE,
        "evidence": "of Kunming Yun Aluminum Co.,",
        "value": "Kunming Yun Aluminum",
        "kind": "actor",
    },
    {
        "q": "From which links of the global value chain is Chinese industry said to be climbing?",
        "doc": ARTICLE,
        "evidence": "of climbing from the low-end",
        "value": "low-end links",
        "kind": "other",
    },
    {
        "q": "Besides policy support, what drives the momentum of the country's emerging industries?",
        "doc": ARTICLE,
        "evidence": "as policy support, capital investment,",
        "value": "capital investment",
        "kind": "list",
    },
    {
        "q": "In which city is the steel mill whose idle roof carries solar panels?",
        "doc": ARTICLE,
        "evidence": "Steel factory in Jinan, Shandong,",
        "value": "Jinan",
        "kind": "other",
    },
    {
        "q": "What kind of equipment should remanufacturing target in the high-end equipment field?",
        "doc": ARTICLE,
        "evidence": "high-tech and high value-added equipment.",
        "value": "high value-added equipment",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN16: list[dict] = [
    {
        "q": "What toll does a car pay to enter Manhattan's congestion relief zone?",
        "near_doc": TOLL,
        "why": "deadlines and the court's role are given; no toll amount",
    },
    {
        "q": "What is Saint Paul's minimum wage per hour?",
        "near_doc": STPAUL,
        "why": "the youth wage provision is discussed; no wage figure",
    },
    {
        "q": "How much does San Francisco charge a host to register a short-term rental?",
        "near_doc": SFSTR,
        "why": "registration and fines on platforms are given; no registration fee",
    },
    {
        "q": "How many short-term rental listings were active in Los Angeles in November 2019?",
        "near_doc": LASTR,
        "why": "the fact sheet page gives only its abstract; no listing count",
    },
    {
        "q": "What fine does a Los Angeles host face for exceeding the 120-night limit?",
        "near_doc": LASTR,
        "why": "the night cap is given; no fine",
    },
    {
        "q": "On what date will Los Angeles's new 4 percent rent cap take effect?",
        "near_doc": LARENT,
        "why": "the city attorney is to draft an ordinance and the council to vote again; no date",
    },
    {
        "q": "What fine does a New York host pay for an unregistered short-term rental?",
        "near_doc": NYSTR,
        "why": "registration, host presence and the guest limit are given; no fine",
    },
    {
        "q": "How many days a week may Springboro residents water their lawns during a water emergency?",
        "near_doc": WATER,
        "why": "the manager sets the rules; no watering schedule is stated",
    },
    {
        "q": "How much has Monmouthshire budgeted for the new speed limit signs?",
        "near_doc": MONLIST,
        "why": "places, limits and dates are listed; no cost",
    },
    {
        "q": "How many vehicles use Staunton Road each day?",
        "near_doc": STAUNTON,
        "why": "heavy goods traffic is named; no traffic count",
    },
    {
        "q": "By what year does the North Loop Neighborhood Association aim to reach net-zero emissions?",
        "near_doc": NLOOP,
        "why": "Austin's net-zero aim is named without a year; the association sets none",
    },
    {
        "q": "How many new energy vehicles did China export in 2023?",
        "near_doc": ARTICLE,
        "why": "production and sales are given; no export figure",
    },
]
