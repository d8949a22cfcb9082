"""A fourteenth held-back set: published documents no other set has used.

Same format as real_unseen13.py. The answerable questions are about ten documents from six
public repositories no earlier question, target or tracking set draws on: two bills of the
Barbados Parliament converted from PDF (the Control of Disposable Plastics Bill of 2019 and
the Storm Water Management Bill of 2024; section numbers, marginal notes and page numbers
broken across lines, schedules run together on one line), two knowledge pages summarising
California's rules for urban water use (efficiency standards, enforcement steps and
penalties; Markdown tables), three pages of Ireland's Citizens Information service
converted from HTML (the solar electricity grant, the Warmer Homes Scheme, the carbon tax;
hard-wrapped lines, link fragments and share buttons kept), a 2018 tree cutting ordinance of
Rivergrove, Oregon (long lines, lettered sections, a signature block), and two posts of a
maritime news blog (New Jersey opening bids for offshore wind in 2018, the IMO ban on heavy
fuel oil in Arctic waters in 2024; YAML front matter repeating the first lines). They are
kept outside the repository, beside it, in ``../unseen10w/en`` (sources in
``../unseen10w/en/sources.toml``), and are indexed together with the corpus, the 26 real
documents and the Net Zero Tracker texts, which act as distractors: ``benchmarks/kb_real.py
--extra-docs ../unseen10w``. The two Barbados bills repeat the same fine and prison clauses
section after section; the two California pages share their dates and their units; the
three Irish pages share one agency and one page furniture. The article questions ask about
spans of the bundled article that no other set's evidence contains or is contained in.
Written by reading the documents, before any policykb output was seen for them, in a
researcher's words rather than the clause's own; items marked ``noshare`` share no token of
``kb.lexical.tokenize`` with the line of the document that holds their evidence (checked
with that tokenizer before any run). Scored once, at first contact; only short evidence
and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10w",)

PLASTICS = "bb_disposable_plastics_bill_2019"
STORM = "bb_storm_water_management_bill_2024"
CA_STD = "us_ca_water_use_standards_page"
CA_ENF = "us_ca_water_conservation_enforcement_page"
SOLAR = "ie_solar_panel_grants_page"
WARM = "ie_warmer_homes_scheme_page"
CARBON = "ie_carbon_tax_page"
TREES = "us_rivergrove_tree_cutting_ordinance_2018"
NJ = "us_nj_offshore_wind_bids_news_2018"
HFO = "imo_arctic_heavy_fuel_ban_news_2024"

QUESTIONS: list[dict] = [
    # --- Barbados: Control of Disposable Plastics Bill 2019 --------------------
    {
        "q": "When did selling disposable cups and forks become illegal on the island of Barbados?",
        "doc": PLASTICS,
        "evidence": "With effect from the 1st day of July, 2019",
        "value": "1st day of July, 2019",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "From what date may nobody bring petroleum-based carrier bags into Barbados?",
        "doc": PLASTICS,
        "evidence": "with effect from the 1st day of January, 2020 no",
        "value": "1st day of January, 2020",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "What fee does Barbados charge for a licence to import plastic tableware marketed as eco-friendly?",
        "doc": PLASTICS,
        "evidence": "Fee for the import licence $25.00",
        "value": "$25.00",
        "kind": "amount",
    },
    {
        "q": "At most how many members can the Barbados plastic pollution committee have?",
        "doc": PLASTICS,
        "evidence": "The Committee shall consist of no more than 8 members appointed",
        "value": "8",
        "kind": "count",
    },
    # --- Barbados: Storm Water Management Bill 2024 -----------------------------
    {
        "q": "How often must soakaway wells be cleared out under the Barbados storm water bill?",
        "doc": STORM,
        "evidence": "once a year, clean or cause the suck wells",
        "value": "once a year",
        "kind": "other",
    },
    {
        "q": "How much notice must land owners get before the Chief Technical Officer starts planned flood works?",
        "doc": STORM,
        "evidence": "no less than 14 days before the commencement",
        "value": "14 days",
        "kind": "other",
    },
    {
        "q": "How long could someone be locked up for putting up a house in a declared flood zone without ministerial consent?",
        "doc": STORM,
        "evidence": "000 or to a term of imprisonment for 3 years",
        "value": "3 years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How long will salvageable material taken away to clear drains be kept at a depot in Barbados?",
        "doc": STORM,
        "evidence": "a depot for no more than 28 days after the removal",
        "value": "28 days",
        "kind": "other",
    },
    # --- California: water use efficiency standards page ------------------------
    {
        "q": "What indoor residential water allowance per person per day applies in California from 2030?",
        "doc": CA_STD,
        "evidence": "| January 1, 2030 | 42 |",
        "value": "42",
        "kind": "other",
    },
    {
        "q": "Until mid-2035, what landscape efficiency factor do California's regular residential yards get?",
        "doc": CA_STD,
        "evidence": "| Through June 30, 2035 | 0.80 |",
        "value": "0.80",
        "kind": "other",
    },
    {
        "q": "What year are the bulk of the state's retailers due to have brought pipe leakage under the cap?",
        "doc": CA_STD,
        "evidence": "| 2028 | Compliance deadline for most suppliers |",
        "value": "2028",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "What volume drains away from the Golden State's mains every twelve months?",
        "doc": CA_STD,
        "evidence": "Total statewide annual losses: ~316,000 acre-feet",
        "value": "316,000 acre-feet",
        "kind": "amount",
        "noshare": True,
    },
    # --- California: conservation enforcement page ------------------------------
    {
        "q": "From when can California's water board fine urban suppliers that miss their objectives?",
        "doc": CA_ENF,
        "evidence": "| November 1, 2027 | May impose civil liability fines |",
        "value": "November 1, 2027",
        "kind": "date",
    },
    {
        "q": "What is the maximum daily fine for violating a curtailment order in California?",
        "doc": CA_ENF,
        "evidence": "- Maximum: $10,000 per day for each day of violation",
        "value": "$10,000 per day",
        "kind": "amount",
    },
    {
        "q": "How much is added for every acre-foot taken in breach of a curtailment order?",
        "doc": CA_ENF,
        "evidence": "- Plus: $2,500 per acre-foot of water diverted",
        "value": "$2,500",
        "kind": "amount",
    },
    {
        "q": "From what date will the sanctions be indexed to consumer prices every twelve months?",
        "doc": CA_ENF,
        "evidence": "Beginning January 1, 2026, State Water Board must adjust",
        "value": "January 1, 2026",
        "kind": "date",
        "noshare": True,
    },
    # --- Ireland: solar electricity grant page -----------------------------------
    {
        "q": "What is the most an Irish household can get from the solar electricity grant in 2024?",
        "doc": SOLAR,
        "evidence": "In 2024, the grant is capped at €2,100.",
        "value": "€2,100",
        "kind": "amount",
    },
    {
        "q": "When is Ireland's support for rooftop PV on houses set to finish?",
        "doc": SOLAR,
        "evidence": "It is intended that the grant will end in 2029.",
        "value": "2029",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "How long do applicants have to finish the installation once SEAI approves their solar grant?",
        "doc": SOLAR,
        "evidence": "you have 8 months to complete the works",
        "value": "8 months",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How many panels does a typical Irish house need?",
        "doc": SOLAR,
        "evidence": "Most homes need six or seven solar panels",
        "value": "six or seven",
        "kind": "count",
    },
    # --- Ireland: Warmer Homes Scheme page ---------------------------------------
    {
        "q": "Before what year must a home have been built to qualify for Ireland's free energy upgrades?",
        "doc": WARM,
        "evidence": "Your home must have been built and occupied before 2006",
        "value": "2006",
        "kind": "year",
    },
    {
        "q": "What is the usual wait, end to end, for the state-funded insulation works?",
        "doc": WARM,
        "evidence": "and 26 months, though this may vary.",
        "value": "26 months",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How much advance written notice must a Warmer Homes recipient give SEAI before selling the house?",
        "doc": WARM,
        "evidence": "at least 30 days before your property is",
        "value": "30 days",
        "kind": "other",
    },
    {
        "q": "Which agency runs Ireland's free home energy upgrades for people on welfare payments?",
        "doc": WARM,
        "evidence": "The Sustainable Energy Authority of Ireland (SEAI) provides free home energy",
        "value": "Sustainable Energy Authority of Ireland",
        "kind": "actor",
    },
    # --- Ireland: carbon tax page -------------------------------------------------
    {
        "q": "What is the current Irish carbon tax rate per tonne of CO2?",
        "doc": CARBON,
        "evidence": "The current rate of carbon tax is €56 per tonne",
        "value": "€56",
        "kind": "amount",
    },
    {
        "q": "Who hands the levy over to the Irish exchequer, the buyer or the seller?",
        "doc": CARBON,
        "evidence": "Carbon tax is paid by the supplier of the fuel.",
        "value": "supplier",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "Which solid fuels fall under Ireland's Solid Fuel Carbon Tax?",
        "doc": CARBON,
        "evidence": "applies to coal and peat.",
        "value": "coal and peat",
        "kind": "list",
    },
    {
        "q": "Which tax applies instead when natural gas is used to fuel vehicles in Ireland?",
        "doc": CARBON,
        "evidence": "instead liable to **Mineral Oil Tax**",
        "value": "Mineral Oil Tax",
        "kind": "other",
    },
    # --- Rivergrove (Oregon) tree cutting ordinance 2018 --------------------------
    {
        "q": "What is the maximum fine per tree for illegal cutting in Rivergrove?",
        "doc": TREES,
        "evidence": "punishable by fine not to exceed $5,000.00 per tree",
        "value": "$5,000.00",
        "kind": "amount",
    },
    {
        "q": "How thick must a trunk be, measured at chest height, to count as a regulated tree in Rivergrove?",
        "doc": TREES,
        "evidence": 'having a main stem or trunk a minimum of 12" DBH',
        "value": '12" DBH',
        "kind": "other",
    },
    {
        "q": "What girth of leftover base at soil level is taken as proof that a removal broke the rules?",
        "doc": TREES,
        "evidence": 'A stump measured at the ground that is 44" or more',
        "value": '44"',
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "On what date did the council of that small Oregon town vote the arboreal rules into law?",
        "doc": TREES,
        "evidence": "**Adopted by Rivergrove City Council:** **December 10, 2018**",
        "value": "December 10, 2018",
        "kind": "date",
    },
    # --- New Jersey offshore wind bids (2018 news) --------------------------------
    {
        "q": "How big is the first offshore wind project New Jersey put out to bid?",
        "doc": NJ,
        "evidence": "opened the bidding on a [1,100 megawatt",
        "value": "1,100 megawatt",
        "kind": "other",
    },
    {
        "q": "How much offshore wind capacity does New Jersey want by 2030?",
        "doc": NJ,
        "evidence": "goal to deploy 3,500 megawatts of offshore wind by 2030",
        "value": "3,500 megawatts",
        "kind": "other",
    },
    {
        "q": "What must each bidder pay just to apply for New Jersey's offshore wind contract?",
        "doc": NJ,
        "evidence": "pay a $150,000 application fee",
        "value": "$150,000",
        "kind": "amount",
    },
    {
        "q": "Which official at the New Jersey utilities board explained how the wind bids would be judged?",
        "doc": NJ,
        "evidence": "said Ken Sheehan, director of the Clean Energy Division",
        "value": "Ken Sheehan",
        "kind": "actor",
    },
    # --- IMO ban on heavy fuel oil in the Arctic (2024 news) ----------------------
    {
        "q": "Until what year can most Arctic ships keep burning heavy fuel oil thanks to waivers?",
        "doc": HFO,
        "evidence": "These waiver exemptions will last until 2029",
        "value": "2029",
        "kind": "year",
    },
    {
        "q": "What share of HFO-using vessels will be able to carry on under the loopholes, per the ICCT?",
        "doc": HFO,
        "evidence": "about 74% of ships that use HFO will be able",
        "value": "74%",
        "kind": "share",
    },
    {
        "q": "When was the dirtiest marine fuel outlawed in the seas around the South Pole?",
        "doc": HFO,
        "evidence": "HFO was banned from use or transport in the Antarctic in 2011.",
        "value": "2011",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "How many vessels does Moscow have plying the far north?",
        "doc": HFO,
        "evidence": "which has over 800 ships operating in northern waters",
        "value": "800",
        "kind": "count",
        "noshare": True,
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "What share of industrial value added did high-tech manufacturing reach in 2023?",
        "doc": ARTICLE,
        "evidence": "In 2023, the added value of my country’s",
        "value": "15.7%",
        "kind": "share",
    },
    {
        "q": "How has China's solar supply chain ranked globally in output over the years?",
        "doc": ARTICLE,
        "evidence": "The output of major links in the",
        "value": "first in the world",
        "kind": "other",
    },
    {
        "q": "What is the core basic unit of China's green manufacturing system?",
        "doc": ARTICLE,
        "evidence": "my country’s green manufacturing system",
        "value": "green factories",
        "kind": "other",
    },
    {
        "q": "In which areas have firms made green and smart upgrades, according to the piece?",
        "doc": ARTICLE,
        "evidence": "In recent years, enterprises have carried out",
        "value": "water saving",
        "kind": "list",
    },
    {
        "q": "What reuse rate have the larger steel firms reached?",
        "doc": ARTICLE,
        "evidence": "of industrial enterprises above designated size in the",
        "value": "97%",
        "kind": "share",
    },
    {
        "q": "What factors have driven the momentum of China's emerging industries?",
        "doc": ARTICLE,
        "evidence": "In recent years, my country’s emerging industries",
        "value": "policy support",
        "kind": "list",
    },
    {
        "q": "Which remanufacturing technologies does the guidance want pushed in high-end equipment?",
        "doc": ARTICLE,
        "evidence": "In the field of high-end equipment, accelerate the innovation",
        "value": "additive manufacturing",
        "kind": "list",
    },
    {
        "q": "Besides cutting emissions, what does manufacturing focus on during its green shift?",
        "doc": ARTICLE,
        "evidence": "In the process of green transformation, my country’s manufacturing industry",
        "value": "energy conservation",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN14: list[dict] = [
    {
        "q": "How many tonnes of plastic waste does Barbados generate each year?",
        "near_doc": PLASTICS,
        "why": "the bill bans and licenses plastics; no waste tonnage",
    },
    {
        "q": "How much money does the Barbados storm water bill set aside for flood works?",
        "near_doc": STORM,
        "why": "flood works, plans and compensation are provided for; no budget",
    },
    {
        "q": "How many flood areas has the Barbados minister declared so far?",
        "near_doc": STORM,
        "why": "the power to declare flood areas is set out; no count of areas declared",
    },
    {
        "q": "What indoor water standard per person applies in California from 2035?",
        "near_doc": CA_STD,
        "why": "the indoor standard stops at 2030; only outdoor factors are given for 2035",
    },
    {
        "q": "How many urban water suppliers has California fined under the conservation regulation?",
        "near_doc": CA_ENF,
        "why": "the steps and maximum penalties are given; no count of fines",
    },
    {
        "q": "How much does the Irish solar electricity grant pay per kWp above 4 kWp?",
        "near_doc": SOLAR,
        "why": "rates stop at 4 kWp; nothing beyond",
    },
    {
        "q": "How many homes were upgraded under the Warmer Homes Scheme in 2023?",
        "near_doc": WARM,
        "why": "eligibility and process are described; no count of homes",
    },
    {
        "q": "What will Ireland's carbon tax rate be in 2030?",
        "near_doc": CARBON,
        "why": "only the current rate is given",
    },
    {
        "q": "How much does a tree cutting permit cost in Rivergrove?",
        "near_doc": TREES,
        "why": "permits and fines are set out; no permit fee",
    },
    {
        "q": "What price per megawatt-hour did New Jersey's offshore wind bids come in at?",
        "near_doc": NJ,
        "why": "the bidding is opened and criteria listed; no price",
    },
    {
        "q": "How many tonnes of black carbon do ships in the Arctic emit each year?",
        "near_doc": HFO,
        "why": "black carbon is named as a harm; no quantity",
    },
    {
        "q": "How many enterprises did China name as green supply chain leaders in 2023?",
        "near_doc": ARTICLE,
        "why": "green factories and supply chains are described; no count of named enterprises",
    },
]
