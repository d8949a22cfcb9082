"""A twelfth held-back set: published documents no other question set has used.

Same format as real_unseen11.py. The answerable questions are about eleven documents from
three public repositories no earlier question, target or tracking set draws on: three parts
of the energy title of the Build Back Better Act (H.R. 5376 as passed by the House in
November 2021; bill text, indented as in the Government Publishing Office print: the clean
electricity performance program, building efficiency, electric transmission), two rules of
the Implementing Rules and Regulations of the Philippine Electric Power Industry Reform Act
(benefits to host communities; the universal charge) as re-posted on a personal site, and
six PDF-to-text conversions from an agricultural advisory corpus: Kenya's National Climate
Change Action Plan 2018-2022, Kenya's Climate Smart Agriculture Implementation Framework
2018-2027, Tanzania's Climate Smart Agriculture Programme 2015-2025 (two long plans and a
programme whose headings are plain lines, not Markdown), a 2017 policy brief on climate
smart agriculture in Kenya, a 2024 farmers' federation workshop report and the Kilifi
County climate risk profile. They are kept outside the repository, beside it, in
``../unseen10u/en`` (sources in ``../unseen10u/en/sources.toml``), and are indexed
together with the corpus, the 26 real documents, the Net Zero Tracker texts and every
earlier set's documents at hand, which act as distractors: ``benchmarks/kb_real.py
--extra-docs ../unseen10u`` on a store that already holds the others. The bill text
repeats its appropriation boilerplate in every section (the same "remain available until
September 30, 2031" clause, two $100,000,000 sums), the two rules share definitions, and
the plans restate their figures in an executive summary and again in the body. The
article questions ask about spans of the bundled article that no other set's evidence
contains or is contained in; most of these facts were asked before in other words.
Written by reading the documents, before any policykb output was seen for them, in a
researcher's words rather than the clause's own; items marked ``noshare`` share no token
of ``kb.lexical.tokenize`` with the line of the document that holds their evidence
(checked with that tokenizer before any run). Scored once, at first contact; only short
evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10u",)

CEPP = "us_bbb_clean_electricity_performance_2021"
BLDG = "us_bbb_building_efficiency_2021"
TRAN = "us_bbb_electric_transmission_2021"
HOST = "ph_epira_irr_host_communities"
UCHG = "ph_epira_irr_universal_charge"
NCCAP = "ke_nccap_2018_2022"
CSAF = "ke_csa_implementation_framework_2018_2027"
TZCSA = "tz_csa_programme_2015_2025"
BRIEF = "ke_csa_policy_brief_2017"
EAFF = "eaff_post_cop28_workshop_report_2024"
KILIFI = "ke_kilifi_climate_risk_profile"

QUESTIONS: list[dict] = [
    # --- Build Back Better: clean electricity performance program ------------
    {
        "q": "How much would a utility be paid per MWh of zero-carbon power above its threshold under the clean electricity performance program?",
        "doc": CEPP,
        "evidence": "an amount equal to $150 for each megawatt-hour",
        "value": "$150",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How fast must a power retailer raise its clean share each year to escape the charge?",
        "doc": CEPP,
        "evidence": "increased by at least 4 percentage points above the greater",
        "value": "4 percentage points",
        "kind": "share",
    },
    {
        "q": "Above what level of zero-carbon supply is a utility spared the payment altogether?",
        "doc": CEPP,
        "evidence": "performance year that is 85 percent or greater, subject to the",
        "value": "85 percent",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How much money did the bill set aside for the Department of Energy to run the clean electricity performance program?",
        "doc": CEPP,
        "evidence": "otherwise appropriated, $250,000,000, to remain available until",
        "value": "$250,000,000",
        "kind": "amount",
        "noshare": True,
    },
    # --- Build Back Better: building efficiency and resilience -----------------
    {
        "q": "How much extra funding does the Build Back Better bill give the Weatherization Assistance Program?",
        "doc": BLDG,
        "evidence": "any money in the Treasury not otherwise appropriated, $3,500,000,000,",
        "value": "$3,500,000,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What is the new ceiling on average spending per house insulated for poor families?",
        "doc": BLDG,
        "evidence": "``$12,000''; and",
        "value": "$12,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What share of the critical facility modernization money may a state spend on technical assistance?",
        "doc": BLDG,
        "evidence": "funds under this section may not use more than 10 percent of",
        "value": "10 percent",
        "kind": "share",
    },
    {
        "q": "How much is earmarked to help states adopt zero energy building codes?",
        "doc": BLDG,
        "evidence": "(2) $200,000,000, shall be for grants to assist States, and",
        "value": "$200,000,000",
        "kind": "amount",
    },
    # --- Build Back Better: electric transmission -----------------------------
    {
        "q": "What minimum voltage must an interstate line reach to count for the siting grants?",
        "doc": TRAN,
        "evidence": "operate at a minimum of 275 kilovolts of either",
        "value": "275 kilovolts",
        "kind": "other",
    },
    {
        "q": "Within what period must a state body that takes the money rule on the pylons it is asked to approve?",
        "doc": TRAN,
        "evidence": "transmission project not later than 2 years after the date on",
        "value": "2 years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "What is the most Washington will cover of a siting authority's costs of joining rate proceedings?",
        "doc": TRAN,
        "evidence": "(b)(1) shall not exceed 50 percent.",
        "value": "50 percent",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How much of the $8 billion for transmission lines and interties can be used for direct loans?",
        "doc": TRAN,
        "evidence": "(2) Limit.--Not more than $1,000,000,000 of the amount",
        "value": "$1,000,000,000",
        "kind": "amount",
        "noshare": True,
    },
    # --- EPIRA rules: benefits to host communities -----------------------------
    {
        "q": "How much per kilowatt-hour sold must a Philippine power plant set aside for the communities hosting it?",
        "doc": HOST,
        "evidence": "aside one centavo per kilowatt-hour (P 0.01/kWh) of the total",
        "value": "P 0.01/kWh",
        "kind": "amount",
    },
    {
        "q": "How much of that levy goes into the fund for connecting villages to the grid?",
        "doc": HOST,
        "evidence": "(1) 50% of 1 centavo per kilowatt-hour (P 0.005/kWh)",
        "value": "P 0.005/kWh",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What cut of the royalties and fees from exploiting natural resources may the host local government claim?",
        "doc": HOST,
        "evidence": "(b) Forty percent (40%) of the national wealth taxes, royalties, fees or",
        "value": "40%",
        "kind": "share",
    },
    {
        "q": "By what day each year must generators send the energy department the spending plans for these community funds?",
        "doc": HOST,
        "evidence": "DOE not later than March 15 of every year.",
        "value": "March 15",
        "kind": "date",
    },
    # --- EPIRA rules: universal charge ---------------------------------------
    {
        "q": "What environmental levy per kWh pays for looking after watersheds?",
        "doc": UCHG,
        "evidence": "Environmental Charge of P0.0025 per kilowatt-hour",
        "value": "P0.0025",
        "kind": "amount",
    },
    {
        "q": "For how long are factories that make their own electricity exempted from the universal charge?",
        "doc": UCHG,
        "evidence": "four (4) years from its imposition: Provided, That, such Self-Generation",
        "value": "four (4) years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How long is the discounted tariff for poor households shielded when cross subsidies are removed?",
        "doc": UCHG,
        "evidence": "under the Act for a period of ten (10) years, unless extended by law.",
        "value": "ten (10) years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "By which day of the next month must collected universal charge money be remitted to PSALM?",
        "doc": UCHG,
        "evidence": "but fails to remit the same to PSALM on or before the fifteenth (15th)",
        "value": "fifteenth (15th)",
        "kind": "date",
    },
    # --- Kenya National Climate Change Action Plan 2018-2022 ------------------
    {
        "q": "What did the drought of 2008 to 2011 cost Kenya's economy?",
        "doc": NCCAP,
        "evidence": "The 2008-2011 drought was estimated to have cost the Kenyan economy KES 968.6 billion:",
        "value": "KES 968.6 billion",
        "kind": "amount",
    },
    {
        "q": "How much of Kenya's power comes from geothermal plants?",
        "doc": NCCAP,
        "evidence": "with geothermal accounting for 44% of the electricity  generation mix, hydro 33%, thermal 21%",
        "value": "44%",
        "kind": "share",
    },
    {
        "q": "What share of container freight is the new railway expected to take off the roads?",
        "doc": NCCAP,
        "evidence": "Embakasi is expected to move 40% of container freight from trucks to the SGR.",
        "value": "40%",
        "kind": "share",
    },
    {
        "q": "How large an area of degraded land did Kenya promise to restore in 2016?",
        "doc": NCCAP,
        "evidence": "climate change. In 2016, Kenya committed to restore 5.1 million hectares of land.",
        "value": "5.1 million hectares",
        "kind": "other",
    },
    # --- Kenya Climate Smart Agriculture Implementation Framework -------------
    {
        "q": "What is the estimated price tag of Kenya's climate-smart farming framework?",
        "doc": CSAF,
        "evidence": "The total budget needed to implement the programme is estimated at KSh. 167.31 Billion. These",
        "value": "KSh. 167.31 Billion",
        "kind": "amount",
    },
    {
        "q": "What losses have weather disasters caused to Kenyan herders?",
        "doc": CSAF,
        "evidence": "climatic hazard in Kenya became more and more frequent and has caused losses of KSh. 699.3 billion",
        "value": "KSh. 699.3 billion",
        "kind": "amount",
    },
    {
        "q": "What proportion of Kenyan agriculture depends on rainfall rather than irrigation?",
        "doc": CSAF,
        "evidence": "earnings. About 98% of Kenya’s agricultural activities are rain-fed and highly susceptible to",
        "value": "98%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How many head of cattle did Kenya have in 2016?",
        "doc": CSAF,
        "evidence": "million camels, 31.8 million poultry, and 1.8 million donkeys while in 2016 the cattle were 20.5 million,",
        "value": "20.5 million",
        "kind": "count",
    },
    # --- Tanzania Climate Smart Agriculture Programme 2015-2025 ---------------
    {
        "q": "What is the indicative ten-year cost of Tanzania's climate smart agriculture programme?",
        "doc": TZCSA,
        "evidence": "Table 7 shows cost estimates of US $32.158 Million projected over ten years in",
        "value": "US $32.158 Million",
        "kind": "amount",
    },
    {
        "q": "How much new irrigated land does Tanzania plan by 2025?",
        "doc": TZCSA,
        "evidence": "4.1.2.2 Output 2: 1.5 million ha of irrigation developed by 2025 to",
        "value": "1.5 million ha",
        "kind": "other",
    },
    {
        "q": "How much of the land that could be watered artificially is actually being watered?",
        "doc": TZCSA,
        "evidence": "1.5 % (440,000 ha) so far utilized.",
        "value": "440,000 ha",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "By how much should yields of staples such as cassava and beans grow by 2025?",
        "doc": TZCSA,
        "evidence": "cassava, potatoes and beans) increased by 50 percent by 2025.",
        "value": "50 percent",
        "kind": "share",
    },
    # --- Kenya CSA policy brief 2017 -------------------------------------------
    {
        "q": "What fraction of the world's greenhouse gases does Kenya emit?",
        "doc": BRIEF,
        "evidence": "Kenya’s greenhouse gas emissions contribute 0.13% of global emissions",
        "value": "0.13%",
        "kind": "share",
    },
    {
        "q": "How much of Kenya's greenhouse gas output comes from farming?",
        "doc": BRIEF,
        "evidence": "Agriculture contributes 24% of the nation’s",
        "value": "24%",
        "kind": "share",
    },
    {
        "q": "How much hotter is Kenya projected to get by the 2060s?",
        "doc": BRIEF,
        "evidence": "1.6°C to 2.7°C by the 2060s. In the absence",
        "value": "1.6°C to 2.7°C",
        "kind": "other",
    },
    # --- EAFF post-COP28 workshop report ---------------------------------------
    {
        "q": "On what date did the East African farmers' federation meet to discuss the outcome of the Dubai climate summit?",
        "doc": EAFF,
        "evidence": "on 5 March 2024 for its member",
        "value": "5 March 2024",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "Who heads the Eastern Africa Farmers Federation?",
        "doc": EAFF,
        "evidence": "Elizabeth Nsimadala, President of",
        "value": "Elizabeth Nsimadala",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "Which food and agriculture initiative came out of the Egyptian presidency of COP27?",
        "doc": EAFF,
        "evidence": "Transformation (FAST) initiative, under",
        "value": "FAST",
        "kind": "other",
    },
    # --- Kilifi County climate risk profile ------------------------------------
    {
        "q": "How widespread is poverty in Kilifi County?",
        "doc": KILIFI,
        "evidence": "Kilifi County is characterized by high poverty estimated at 71.7% and widespread food insecurity affecting approximately",
        "value": "71.7%",
        "kind": "share",
    },
    {
        "q": "What share of households on the Kenyan coast county of Kilifi cook with wood?",
        "doc": KILIFI,
        "evidence": "(11.7%); dependence on firewood for cooking (71%)",
        "value": "71%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How few Kilifi farmers irrigate their crops?",
        "doc": KILIFI,
        "evidence": "farming and only 2% of the farmers in Kilifi County use",
        "value": "2%",
        "kind": "share",
    },
    {
        "q": "How big is the yearly fish catch in Kilifi?",
        "doc": KILIFI,
        "evidence": "families with an annual catch of about 443,689 tonnes",
        "value": "443,689 tonnes",
        "kind": "amount",
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "How many electric and other new energy cars did China make and sell in 2023?",
        "doc": ARTICLE,
        "evidence": "exceed 9.5 million, leading",
        "value": "9.5 million",
        "kind": "count",
    },
    {
        "q": "What slice of global traction battery output comes from China?",
        "doc": ARTICLE,
        "evidence": "accounts for about 60% of the world",
        "value": "60%",
        "kind": "share",
    },
    {
        "q": "How many steelmakers have cleaned up their whole production process to ultra-low emission levels?",
        "doc": ARTICLE,
        "evidence": "So far, a total of 89",
        "value": "89",
        "kind": "count",
    },
    {
        "q": "What reuse rate is targeted for bulk industrial solid waste by 2030?",
        "doc": ARTICLE,
        "evidence": "comprehensive utilization rate of bulk",
        "value": "62%",
        "kind": "share",
    },
    {
        "q": "How much of the power used in aluminium smelting should be renewable by 2030?",
        "doc": ARTICLE,
        "evidence": "aluminum will reach more than 30%",
        "value": "more than 30%",
        "kind": "share",
    },
    {
        "q": "What share of steel should come from short-process furnaces by the end of the decade?",
        "doc": ARTICLE,
        "evidence": "steelmaking will reach More than 20%",
        "value": "More than 20%",
        "kind": "share",
    },
    {
        "q": "How much recycled material from major secondary resources should China collect by 2030?",
        "doc": ARTICLE,
        "evidence": "by 2030, the recycling volume",
        "value": "510 million tons",
        "kind": "amount",
    },
    {
        "q": "By how much did the Dezhou filter press maker cut the energy its product uses?",
        "doc": ARTICLE,
        "evidence": "doubled, the energy consumption has been",
        "value": "40%",
        "kind": "share",
    },
]

UNANSWERABLE_UNSEEN12: list[dict] = [
    {
        "q": "What penalty applies to a utility that files a false clean electricity performance certification?",
        "near_doc": CEPP,
        "why": "certification is described, audit left to the Secretary; no penalty for falsehood",
    },
    {
        "q": "How many homes is the Build Back Better weatherization money expected to retrofit?",
        "near_doc": BLDG,
        "why": "amounts and per-dwelling averages only; no count of homes",
    },
    {
        "q": "What interest rate is charged on the federal direct loans for transmission lines?",
        "near_doc": TRAN,
        "why": "the Secretary sets the rate from Treasury yields; no figure",
    },
    {
        "q": "What fine does a generation company pay if it fails to pay its host-community benefits?",
        "near_doc": HOST,
        "why": "the rule sets the benefits and their use; no fine",
    },
    {
        "q": "What is the universal charge per kilowatt-hour for missionary electrification?",
        "near_doc": UCHG,
        "why": "the ERC determines the charge; only the environmental share has a rate",
    },
    {
        "q": "In what year does Kenya's climate action plan aim to reach net zero emissions?",
        "near_doc": NCCAP,
        "why": "the plan's goal is a 30% cut below business as usual by 2030; no net-zero year",
    },
    {
        "q": "How much of the climate smart agriculture framework's budget will development partners provide?",
        "near_doc": CSAF,
        "why": "partners are named as sources; no share or amount per source",
    },
    {
        "q": "By what percentage is Tanzania's programme to cut the emissions intensity of farming by 2025?",
        "near_doc": TZCSA,
        "why": "the indicator is named in the results table; no target figure",
    },
    {
        "q": "How much did the World Bank lend Kenya for its climate smart agriculture strategy?",
        "near_doc": BRIEF,
        "why": "the World Bank is named as a supporter; no amount",
    },
    {
        "q": "How many farmer organisations took part in the EAFF post-COP28 workshop?",
        "near_doc": EAFF,
        "why": "member organisations and participants are mentioned; no count",
    },
    {
        "q": "How many hectares of farmland in Kilifi County are irrigated?",
        "near_doc": KILIFI,
        "why": "the share of farmers who irrigate is given; no irrigated area",
    },
    {
        "q": "By how much must carbon emissions per unit of industrial value added fall by 2030 under China's green manufacturing guidance?",
        "near_doc": ARTICLE,
        "why": "the 2030 aims are recycling, solid waste, renewable power and short-process shares; no intensity cut",
    },
]
