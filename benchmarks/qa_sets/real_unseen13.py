"""A thirteenth held-back set: published documents no other set has used.

Same format as real_unseen12.py. The answerable questions are about eleven documents from
seven public repositories no earlier question, target or tracking set draws on: the
highlights of Delhi's 2020 electric vehicle policy (Markdown with every bullet written as a
heading), two pages of the Scottish Government's economic action plan site (a
climate-neutral economy, ultra-low emission vehicles), the solar energy chapter of the
Chagrin Falls (Ohio) planning and zoning code (hard-wrapped lines, lettered subsections),
three 2018 submissions to the Australian Senate Select Committee on Electric Vehicles
converted from PDF (the South Australian Government, the federal Department of Industry,
Innovation and Science, Transport for NSW; page numbers and footnotes left as headings), a
student's notes quoting Ireland's Climate Action Plan 2021, an advocacy group's page on a
Massachusetts climate superfund bill (almost all of it YAML front matter: summary bullets,
sponsor lists, a dated history), and two 2008 news items from a Shantou city news site (a
limit on free plastic bags, polluters penalised). They are kept outside the repository,
beside it, in ``../unseen10v/en`` (sources in ``../unseen10v/en/sources.toml``), and are
indexed together with the corpus, the 26 real documents, the Net Zero Tracker texts and
whatever earlier folders are at hand, which act as distractors: ``benchmarks/kb_real.py
--extra-docs ../unseen10v``. The three Senate submissions speak of the same inquiry, the
same charging standards and the same market forecasts, and the two Scottish pages repeat
their funds in a key-points list and again in the body. The article questions ask about
spans of the bundled article that no other set's evidence contains or is contained in.
Written by reading the documents, before any policykb output was seen for them, in a
researcher's words rather than the clause's own; items marked ``noshare`` share no token of
``kb.lexical.tokenize`` with the line of the document that holds their evidence (checked
with that tokenizer before any run). Scored once, at first contact; only short evidence
and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10v",)

DELHI = "in_delhi_ev_policy_highlights_2020"
SCOT = "scot_carbon_neutral_economy_page"
ULEV = "scot_ultra_low_emission_page"
CHAGRIN = "us_chagrin_falls_solar_ordinance_2019"
SA = "au_sa_government_ev_submission_2018"
DIIS = "au_industry_department_ev_submission_2018"
TFNSW = "au_transport_nsw_ev_submission_2018"
IRL = "ie_climate_action_plan_notes_2021"
MASS = "us_ma_climate_superfund_bill_page"
BAGS = "cn_shantou_plastic_bag_limits_news_2008"
POLLUTERS = "cn_shantou_polluters_penalised_news_2008"

QUESTIONS: list[dict] = [
    # --- Delhi electric vehicle policy highlights ------------------------------
    {
        "q": "What is the most Delhi will hand out toward a single electric automobile?",
        "doc": DELHI,
        "evidence": "subject to a cap of Rs 1,50,000 per vehicle",
        "value": "Rs 1,50,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "By when must two-wheelers used for food and parcel deliveries be fully electric?",
        "doc": DELHI,
        "evidence": "100% of their fleet by March 2025",
        "value": "March 2025",
        "kind": "date",
    },
    {
        "q": "How near to every resident does the capital want a plug-in point?",
        "doc": DELHI,
        "evidence": "within 3 km travel from anywhere in Delhi",
        "value": "3 km",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How much will the Delhi government pay per charger installed at homes and workplaces?",
        "doc": DELHI,
        "evidence": "up to Rs 6,000 per charging point",
        "value": "Rs 6,000",
        "kind": "amount",
    },
    # --- Scotland: climate-neutral economy page --------------------------------
    {
        "q": "How large is Scotland's fund for low-carbon innovation?",
        "doc": SCOT,
        "evidence": "A £60 million Low Carbon Innovation Fund",
        "value": "£60 million",
        "kind": "amount",
    },
    {
        "q": "What share of the country's heat, transport and power needs should renewables meet by 2030 in Scotland?",
        "doc": SCOT,
        "evidence": "the equivalent of 50% of the energy for Scotland’s heat",
        "value": "50%",
        "kind": "share",
    },
    {
        "q": "When will Scottish house builders have to stop fitting fossil boilers?",
        "doc": SCOT,
        "evidence": "new homes consented from 2024 are required to use renewable or low carbon heat",
        "value": "2024",
        "kind": "year",
        "noshare": True,
    },
    {
        "q": "What is the total value of the green investment portfolio Scotland will bring to market?",
        "doc": SCOT,
        "evidence": "Green Investment Portfolio of £3 billion of investable projects",
        "value": "£3 billion",
        "kind": "amount",
    },
    # --- Scotland: ultra-low emission vehicles page ----------------------------
    {
        "q": "By what year should Scottish public bodies no longer need any new petrol or diesel vehicles at all?",
        "doc": ULEV,
        "evidence": "phase out the need for all new petrol and diesel vehicles in Scotland’s public sector fleet by 2030",
        "value": "2030",
        "kind": "year",
    },
    {
        "q": "How large is the government-run motor pool north of the border?",
        "doc": ULEV,
        "evidence": "owns or operates over 30,000 vehicles",
        "value": "30,000",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "What tonnage of rubbish comes from disposable coffee containers annually?",
        "doc": ULEV,
        "evidence": "4,000 tonnes of waste that beverage cups create",
        "value": "4,000 tonnes",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Which bus company is a partner in the driverless bus pilot between Fife and Edinburgh?",
        "doc": ULEV,
        "evidence": "(Fusion Processing, Stagecoach, Bristol Robotics Laboratory",
        "value": "Stagecoach",
        "kind": "list",
    },
    # --- Chagrin Falls solar energy systems chapter ----------------------------
    {
        "q": "How soon must an owner take down a disused solar installation in Chagrin Falls?",
        "doc": CHAGRIN,
        "evidence": "within sixty (60) days from the date of abandonment",
        "value": "sixty (60) days",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How high above a sloping roof may panels sit in Chagrin Falls?",
        "doc": CHAGRIN,
        "evidence": "be ten (10) inches or less above the surface of the roof when measured to",
        "value": "ten (10) inches",
        "kind": "other",
    },
    {
        "q": "Which village body checks solar applications against the design standards?",
        "doc": CHAGRIN,
        "evidence": "The Architectural Board of Review shall review solar energy systems",
        "value": "Architectural Board of Review",
        "kind": "actor",
    },
    {
        "q": "Where must a solar easement deed be filed?",
        "doc": CHAGRIN,
        "evidence": "the Cuyahoga County Recorder's Office.",
        "value": "Cuyahoga County Recorder's Office",
        "kind": "actor",
        "noshare": True,
    },
    # --- South Australian Government submission --------------------------------
    {
        "q": "How many houses will get batteries under South Australia's home storage scheme?",
        "doc": SA,
        "evidence": "installation of battery storage systems in 40,000 homes",
        "value": "40,000",
        "kind": "count",
    },
    {
        "q": "What share of low-emission cars is the South Australian government fleet aiming for by 2019?",
        "doc": SA,
        "evidence": "a target of 30% Low Emission Vehicles in its fleet by 2019",
        "value": "30%",
        "kind": "share",
    },
    {
        "q": "How much did Adelaide's government set aside to back experiments with robot cars?",
        "doc": SA,
        "evidence": "establishing a $10 million Future Mobility Lab Fund",
        "value": "$10 million",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "In which month did South Australia lodge its submission to the Senate inquiry on electric vehicles?",
        "doc": SA,
        "evidence": "September 2018",
        "value": "September 2018",
        "kind": "date",
        "noshare": True,
    },
    # --- Department of Industry, Innovation and Science submission -------------
    {
        "q": "How much did the Commonwealth put into the Growth Fund set up after the Holden and Toyota closures?",
        "doc": DIIS,
        "evidence": "The Government contributed $101 million to the Growth Fund",
        "value": "$101 million",
        "kind": "amount",
    },
    {
        "q": "How much lithium hydroxide will Albemarle's Kemerton plant produce per year?",
        "doc": DIIS,
        "evidence": "expected to produce 100,000 tonnes per annum of lithium hydroxide",
        "value": "100,000 tonnes",
        "kind": "amount",
    },
    {
        "q": "What share of the car makers' laid-off staff have landed other employment, gone back to study or retired?",
        "doc": DIIS,
        "evidence": "over 80 per cent of their workers have successfully transitioned",
        "value": "80 per cent",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How many people does the battery maker Century Yuasa employ in Australia?",
        "doc": DIIS,
        "evidence": "In Australia, it employs 650 people",
        "value": "650",
        "kind": "count",
    },
    # --- Transport for NSW submission -------------------------------------------
    {
        "q": "What share of new vehicle sales does the market operator's neutral scenario give electric cars in 2030?",
        "doc": TFNSW,
        "evidence": "17.3% in 2030",
        "value": "17.3%",
        "kind": "share",
    },
    {
        "q": "What is the upfront price premium of a plug-in car over a petrol one?",
        "doc": TFNSW,
        "evidence": "EVs can currently cost $15,000 more than comparable internal combustion engine vehicles",
        "value": "$15,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "By how much do energy bills for driving fall when switching from gasoline to battery cars?",
        "doc": TFNSW,
        "evidence": "Fuel costs of EVs are 66-75% lower than for petrol vehicles",
        "value": "66-75%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "Which operator will run the electric bus trial in Sydney Bus Region 6?",
        "doc": TFNSW,
        "evidence": "The trial will be undertaken by the new operator, Transit Systems",
        "value": "Transit Systems",
        "kind": "actor",
    },
    # --- Notes on Ireland's Climate Action Plan 2021 ---------------------------
    {
        "q": "How many heat pumps does Ireland want fitted in existing homes by the end of 2030?",
        "doc": IRL,
        "evidence": "the installation of 400,000 heat pumps in existing",
        "value": "400,000",
        "kind": "count",
    },
    {
        "q": "What were Ireland's provisional greenhouse gas emissions in 2021?",
        "doc": IRL,
        "evidence": "61.53 million tonnes carbon dioxide equivalent",
        "value": "61.53 million tonnes",
        "kind": "amount",
    },
    {
        "q": "By how much does Ireland hope to cut emissions from electricity against 2018?",
        "doc": IRL,
        "evidence": "Hopes to reduce electricity emissions by 62-81% relative to 2018 levels",
        "value": "62-81%",
        "kind": "share",
    },
    {
        "q": "What fraction of the country's climate pollution is put down to Irish power stations?",
        "doc": IRL,
        "evidence": "Electricity accounts for 16.2% of the GHG emissions for Ireland in 2018",
        "value": "16.2%",
        "kind": "share",
        "noshare": True,
    },
    # --- Massachusetts climate superfund bill page -----------------------------
    {
        "q": "What revenue is the Massachusetts climate damages fund projected to collect from big emitters?",
        "doc": MASS,
        "evidence": "The bill will generate $75 billion over 25 years from the profits of the",
        "value": "$75 billion",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What share of the Massachusetts superfund's money must go to environmental justice communities?",
        "doc": MASS,
        "evidence": "with 40% of the funding directly benefiting environmental justice",
        "value": "40%",
        "kind": "share",
    },
    {
        "q": "Which state senator sponsors the Massachusetts polluters pay bill?",
        "doc": MASS,
        "evidence": "Polluters Pay is a new bill in the MA legislature sponsored by Sen Eldridge",
        "value": "Eldridge",
        "kind": "actor",
    },
    {
        "q": "When was the climate superfund bill first filed in Massachusetts?",
        "doc": MASS,
        "evidence": "date: 2023-01-04",
        "value": "2023-01-04",
        "kind": "date",
        "noshare": True,
    },
    # --- Shantou news: limits on free plastic bags (2008) ----------------------
    {
        "q": "From what day were Shantou shops barred from handing out free plastic bags?",
        "doc": BAGS,
        "evidence": "which took effect on June 1",
        "value": "June 1",
        "kind": "date",
    },
    {
        "q": "What price do fabric totes fetch at the Pufeng store?",
        "doc": BAGS,
        "evidence": "cloth shopping bags cost 2.9 Yuan each",
        "value": "2.9 Yuan",
        "kind": "amount",
        "noshare": True,
    },
    # --- Shantou news: polluters penalised (2008) -------------------------------
    {
        "q": "How many firms did Shantou punish for pollution in 2008?",
        "doc": POLLUTERS,
        "evidence": "The government punished 223 of the 5,000 local enterprises",
        "value": "223",
        "kind": "count",
    },
    {
        "q": "What cap on SO2 output did the central plan for the late 2000s impose on the city?",
        "doc": POLLUTERS,
        "evidence": "reduce sulphur-dioxide emission to less than 10,000 tons",
        "value": "10,000 tons",
        "kind": "amount",
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "Besides steel, aluminium smelting and cement clinker, which product's energy efficiency is said to keep improving?",
        "doc": ARTICLE,
        "evidence": "The energy efficiency level of my country’s key industrial products such as steel, electrolytic aluminum,",
        "value": "flat glass",
        "kind": "list",
    },
    {
        "q": "Over how many years is the rooftop solar project at the Jinan steel mill expected to run?",
        "doc": ARTICLE,
        "evidence": "According to statistics, within a",
        "value": "25-year",
        "kind": "other",
    },
    {
        "q": "Where on the Taishan steelworks were the photovoltaic panels mounted?",
        "doc": ARTICLE,
        "evidence": "of the factory is covered with photovoltaic power generation panels.",
        "value": "roof",
        "kind": "other",
    },
    {
        "q": "Where does Chinese industry stand in the global value chain today, according to the article?",
        "doc": ARTICLE,
        "evidence": "At present, my country’s industry is",
        "value": "mid-to-high-end",
        "kind": "other",
    },
    {
        "q": "Besides the main pollutants, what else has kept falling in intensity in key industries?",
        "doc": ARTICLE,
        "evidence": "and fields has continued to decline.",
        "value": "carbon dioxide emissions",
        "kind": "other",
    },
    {
        "q": "What kind of computing power application system does the guidance want explored?",
        "doc": ARTICLE,
        "evidence": "and other technology products, and explore the construction of a",
        "value": "market-oriented green and low-carbon computing power",
        "kind": "other",
    },
    {
        "q": "Which pairing with digital technology is the first of the deep integrations the guidance calls for?",
        "doc": ARTICLE,
        "evidence": "The “Guiding Opinions” propose that it is necessary to promote the",
        "value": "digitalization and greening",
        "kind": "list",
    },
    {
        "q": "What happened to the output capacity of the Dezhou firm's upgraded filter press?",
        "doc": ARTICLE,
        "evidence": "and so on. While the production",
        "value": "doubled",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN13: list[dict] = [
    {
        "q": "What purchase subsidy per electric bus does the Delhi policy offer?",
        "near_doc": DELHI,
        "why": "bus subsidy left to the government from time to time; only a fleet share is given",
    },
    {
        "q": "How much capital does the Scottish National Investment Bank hold?",
        "near_doc": SCOT,
        "why": "the bank is named as a partner; no capital",
    },
    {
        "q": "How many public charging points does Charge Place Scotland have?",
        "near_doc": ULEV,
        "why": "money for the network is given; no count of charge points",
    },
    {
        "q": "What fine does Chagrin Falls impose for not removing an abandoned solar array?",
        "near_doc": CHAGRIN,
        "why": "the chapter sets a removal period; no penalty",
    },
    {
        "q": "What percentage of South Australia's electricity will come from hydrogen by 2030?",
        "near_doc": SA,
        "why": "hydrogen production is planned and wind and solar shares given; no hydrogen share",
    },
    {
        "q": "How many people does the fast-charger maker Tritium employ?",
        "near_doc": DIIS,
        "why": "Tritium's charger size, speed and orders are described; no head-count",
    },
    {
        "q": "What motor vehicle tax rate does NSW charge on electric cars?",
        "near_doc": TFNSW,
        "why": "a lower rate is mentioned; no figure",
    },
    {
        "q": "How much will Ireland's National Residential Retrofit Plan cost?",
        "near_doc": IRL,
        "why": "homes and heat pump targets are given; no cost",
    },
    {
        "q": "What fee per tonne of past emissions would the Massachusetts climate superfund charge?",
        "near_doc": MASS,
        "why": "the fee follows each company's share of historic emissions; no rate per tonne",
    },
    {
        "q": "What fine does a Shantou supermarket face for giving away free plastic bags?",
        "near_doc": BAGS,
        "why": "the ban and bag prices are reported; no fine",
    },
    {
        "q": "How much in fines did Shantou collect from the polluters it punished?",
        "near_doc": POLLUTERS,
        "why": "the count of firms punished is given; no sum of fines",
    },
    {
        "q": "How many green factories had China certified by the end of 2023?",
        "near_doc": ARTICLE,
        "why": "green factories are defined and a 2030 output share given; no count",
    },
]
