"""A tenth held-back set: published documents no other question set has used.

Same format as real_unseen9.py. The answerable questions are about ten English texts that
are not among ../shared/data/real_policies and that no earlier question, target or
tracking set uses, from six public repositories no other set draws on: four news posts
of an Indian technology news site (Delhi's draft electric vehicle policy, the cabinet's
approval of the second phase of the national EV adoption scheme, the national mission on
transformative mobility and battery storage, the first assembly of the International
Solar Alliance), two guides of an Indian EV blog (the draft battery swapping policy, the
government's EV policies and tax benefits, as HTML lists inside Markdown), a student's
Jekyll post collecting news on coal phase-outs (Canada, France, Finland, Britain; it ends
in Chinese), an economics blog's commentary on Australia's hydrogen production subsidy,
an energy data site's page on Britain's heat-pump grant, and one section of the US Code
(the per-tonne methane charge). They are kept outside the repository, beside it, in
``../unseen10s/en`` (sources in ``../unseen10s/en/sources.toml``), and are indexed
together with the corpus, the 26 real documents, the Net Zero Tracker texts and every
earlier set's documents at hand, which act as distractors: ``benchmarks/kb_real.py
--extra-docs ../unseen10s`` on a store that already holds the others. Several documents
speak of the same scheme (the national EV scheme's outlay, charger spacing and tax rates
recur across the EV news and the two guides), so another document's clause is often a
near neighbour. The article questions ask about spans of the bundled article that no
other set's evidence overlaps. Written by reading the documents, before any policykb
output was seen for them, in a researcher's words rather than the clause's own; items
marked ``noshare`` share no content word with the clause that answers them. Scored once,
at first contact; only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10s",)

QUESTIONS: list[dict] = [
    # --- in_delhi_ev_policy_draft_news_2018 -----------------------------------
    {
        "q": "What share of new registrations in the capital should be electric under Delhi's 2018 draft, and by when?",
        "doc": "in_delhi_ev_policy_draft_news_2018",
        "evidence": "e-vehicles among new vehicle registrations by 2023",
        "value": "25 per cent",
        "kind": "share",
    },
    {
        "q": "How much would the city hand someone buying a battery-powered scooter?",
        "doc": "in_delhi_ev_policy_draft_news_2018",
        "evidence": "a subsidy of up to Rs 22,000",
        "value": "Rs 22,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Within what distance of any spot in Delhi should a charging or swapping point be available?",
        "doc": "in_delhi_ev_policy_draft_news_2018",
        "evidence": "provide access within a 3-kilometre range",
        "value": "3-kilometre",
        "kind": "other",
    },
    {
        "q": "What cut in the fare do riders of electric three-wheelers and app taxis receive?",
        "doc": "in_delhi_ev_policy_draft_news_2018",
        "evidence": "a cashback of up to Rs 10 per trip",
        "value": "Rs 10 per trip",
        "kind": "amount",
        "noshare": True,
    },
    # --- in_fame2_approval_news_2019 ------------------------------------------
    {
        "q": "How much money did the Union cabinet set aside for the second phase of the EV adoption scheme?",
        "doc": "in_fame2_approval_news_2019",
        "evidence": "total outlay of Rs 10000 Crores over the period of three years",
        "value": "Rs 10000 Crores",
        "kind": "amount",
    },
    {
        "q": "What was the budget of the first phase of the scheme launched in 2015?",
        "doc": "in_fame2_approval_news_2019",
        "evidence": "with total outlay of Rs. 895 crores",
        "value": "Rs. 895 crores",
        "kind": "amount",
    },
    {
        "q": "How many electric buses does the second phase of FAME plan to support?",
        "doc": "in_fame2_approval_news_2019",
        "evidence": "55,000 4-wheelers and 7000 Buses",
        "value": "7000",
        "kind": "count",
    },
    {
        "q": "On intercity motorways, what spacing is planned between plug-in points?",
        "doc": "in_fame2_approval_news_2019",
        "evidence": "at an interval of about 25 km each",
        "value": "25 km",
        "kind": "other",
        "noshare": True,
    },
    # --- in_mobility_battery_mission_news_2019 --------------------------------
    {
        "q": "Who chairs the steering committee of India's mission on transformative mobility and battery storage?",
        "doc": "in_mobility_battery_mission_news_2019",
        "evidence": "will be chaired by CEO NITI Aayog",
        "value": "CEO NITI Aayog",
        "kind": "actor",
    },
    {
        "q": "Until what year do the phased manufacturing programmes for batteries and EV parts run?",
        "doc": "in_mobility_battery_mission_news_2019",
        "evidence": "(PMP) valid for 5 years till 2024",
        "value": "2024",
        "kind": "year",
    },
    {
        "q": "When is integrated cell manufacturing planned to follow the module and pack assembly stage?",
        "doc": "in_mobility_battery_mission_news_2019",
        "evidence": "followed by integrated cell manufacturing by 2021",
        "value": "2021–22",
        "kind": "year",
    },
    {
        "q": "How many guiding letters did the head of government use to describe tomorrow's transport?",
        "doc": "in_mobility_battery_mission_news_2019",
        "evidence": "based on 7 C’s",
        "value": "7 C’s",
        "kind": "count",
        "noshare": True,
    },
    # --- isa_first_assembly_news_2018 -----------------------------------------
    {
        "q": "How much has the Indian government committed to setting up the International Solar Alliance?",
        "doc": "isa_first_assembly_news_2018",
        "evidence": "committed Rs.175 crore for setting up of ISA",
        "value": "Rs.175 crore",
        "kind": "amount",
    },
    {
        "q": "How many countries had ratified the ISA framework agreement before its first assembly?",
        "doc": "isa_first_assembly_news_2018",
        "evidence": "44 countries have deposited the instrument of ratification",
        "value": "44",
        "kind": "count",
    },
    {
        "q": "What sum of capital does the group hope to attract by the end of this decade?",
        "doc": "isa_first_assembly_news_2018",
        "evidence": "mobilise more than 1000 Billion US Dollars of investments by 2030",
        "value": "1000 Billion US Dollars",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Which heads of government kicked off the sun-energy coalition?",
        "doc": "isa_first_assembly_news_2018",
        "evidence": "launched jointly by Narendra Modi",
        "value": "François Hollande",
        "kind": "actor",
        "noshare": True,
    },
    # --- in_battery_swapping_policy_guide_2025 --------------------------------
    {
        "q": "When did NITI Aayog publish its draft battery swapping policy for comment?",
        "doc": "in_battery_swapping_policy_guide_2025",
        "evidence": "NITI Aayog released a draft policy",
        "value": "April 2022",
        "kind": "date",
    },
    {
        "q": "To what rate would the draft lower GST on leased batteries?",
        "doc": "in_battery_swapping_policy_guide_2025",
        "evidence": "from 18% to 5% (to match EVs)",
        "value": "5%",
        "kind": "share",
    },
    {
        "q": "How long does exchanging a drained pack take?",
        "doc": "in_battery_swapping_policy_guide_2025",
        "evidence": "A swap takes 2–5 minutes",
        "value": "2–5 minutes",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How big is the network of the swapping company that targets e-rickshaws?",
        "doc": "in_battery_swapping_policy_guide_2025",
        "evidence": "Operates 700+ stations across north India",
        "value": "700+",
        "kind": "count",
        "noshare": True,
    },
    # --- in_ev_government_policy_guide_2025 -----------------------------------
    {
        "q": "What is the outlay of the production-linked incentive for advanced chemistry cell batteries?",
        "doc": "in_ev_government_policy_guide_2025",
        "evidence": "Outlay: ₹18,100 crore",
        "value": "₹18,100 crore",
        "kind": "amount",
    },
    {
        "q": "What GST rate do electric vehicles pay compared with petrol and diesel cars?",
        "doc": "in_ev_government_policy_guide_2025",
        "evidence": "EVs reduced to 5%",
        "value": "5%",
        "kind": "share",
    },
    {
        "q": "How fast must grid companies energise a new charger in cities?",
        "doc": "in_ev_government_policy_guide_2025",
        "evidence": "DISCOMs must provide connections in 7 days",
        "value": "7 days",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "How much interest on an EV loan can an individual deduct from taxable income?",
        "doc": "in_ev_government_policy_guide_2025",
        "evidence": "Income tax deduction up to ₹1.5 lakh",
        "value": "₹1.5 lakh",
        "kind": "amount",
    },
    # --- coal_phaseout_news_digest_2016 ---------------------------------------
    {
        "q": "When is Canada to stop burning coal for electricity?",
        "doc": "coal_phaseout_news_digest_2016",
        "evidence": "Canada will close its coal-fired power plants by 2030",
        "value": "2030",
        "kind": "year",
    },
    {
        "q": "How expensive was the prairie utility's trial plant that buries its CO2?",
        "doc": "coal_phaseout_news_digest_2016",
        "evidence": "Can$1.4 billion for the SaskPower Boundary Dam pilot project",
        "value": "Can$1.4 billion",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What share of Finland's energy use are renewables projected to reach by 2030 under its strategy?",
        "doc": "coal_phaseout_news_digest_2016",
        "evidence": "is estimated to reach 47 per cent by 2030",
        "value": "47 per cent",
        "kind": "share",
    },
    {
        "q": "What fleet of battery autos is the Nordic country aiming for?",
        "doc": "coal_phaseout_news_digest_2016",
        "evidence": "from 1,000 to 250,000 by 2030",
        "value": "250,000",
        "kind": "count",
        "noshare": True,
    },
    # --- au_hydrogen_headstart_commentary_2023 --------------------------------
    {
        "q": "How much funding did the federal Budget give the Hydrogen Headstart program?",
        "doc": "au_hydrogen_headstart_commentary_2023",
        "evidence": "included $2 billion worth of funding",
        "value": "$2 billion",
        "kind": "amount",
    },
    {
        "q": "How large is Australia's National Reconstruction Fund?",
        "doc": "au_hydrogen_headstart_commentary_2023",
        "evidence": "the $15 billion National Reconstruction Fund",
        "value": "$15 billion",
        "kind": "amount",
    },
    {
        "q": "What mark-up on construction budgets does the Washington think-tank fellow expect from America's green subsidy law?",
        "doc": "au_hydrogen_headstart_commentary_2023",
        "evidence": "will add 10 per cent to project costs",
        "value": "10 per cent",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "What stake does Andrew Forrest hold in the parent of Fortescue Future Industries?",
        "doc": "au_hydrogen_headstart_commentary_2023",
        "evidence": "Forrest has a 36.5% stake in FFI's parent",
        "value": "36.5%",
        "kind": "share",
    },
    # --- uk_boiler_upgrade_scheme_explainer_2025 ------------------------------
    {
        "q": "How much is the Boiler Upgrade Scheme grant for an air-source heat pump?",
        "doc": "uk_boiler_upgrade_scheme_explainer_2025",
        "evidence": "for air-source or ground-source heat pumps",
        "value": "£7,500",
        "kind": "amount",
    },
    {
        "q": "How long has the home heat-pump grant been prolonged?",
        "doc": "uk_boiler_upgrade_scheme_explainer_2025",
        "evidence": "Current phase extended to",
        "value": "March 2028",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "Who files the paperwork for the subsidy?",
        "doc": "uk_boiler_upgrade_scheme_explainer_2025",
        "evidence": "The installer will apply on your behalf",
        "value": "installer",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "When did the Boiler Upgrade Scheme open?",
        "doc": "uk_boiler_upgrade_scheme_explainer_2025",
        "evidence": "Scheme launched:",
        "value": "May 2022",
        "kind": "date",
    },
    # --- us_methane_charge_statute_42usc7436e ---------------------------------
    {
        "q": "What is the charge per metric ton of methane for emissions reported for calendar year 2024?",
        "doc": "us_methane_charge_statute_42usc7436e",
        "evidence": "$900 for emissions reported for calendar year 2024",
        "value": "$900",
        "kind": "amount",
    },
    {
        "q": "How much per tonne must an oil and gas facility pay on excess methane for its 2025 emissions?",
        "doc": "us_methane_charge_statute_42usc7436e",
        "evidence": "$1,200 for emissions reported for calendar year 2025",
        "value": "$1,200",
        "kind": "amount",
    },
    {
        "q": "What is the long-run per-tonne levy on excess CH4, once fully phased in?",
        "doc": "us_methane_charge_statute_42usc7436e",
        "evidence": "$1,500 for emissions reported for calendar year 2026",
        "value": "$1,500",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Under which subpart of the federal greenhouse gas reporting rules are the charged methane emissions reported?",
        "doc": "us_methane_charge_statute_42usc7436e",
        "evidence": "reported pursuant to subpart W of part 98",
        "value": "subpart W",
        "kind": "other",
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "What stretch of the aluminium value chain does the Yunnan producer's exhibition hall depict?",
        "doc": ARTICLE,
        "evidence": "from bauxite to aluminum processing",
        "value": "bauxite",
        "kind": "other",
    },
    {
        "q": "Where on the global value chain does the article place the country's industry today?",
        "doc": ARTICLE,
        "evidence": "climbing from the low-end links",
        "value": "mid-to-high-end links",
        "kind": "other",
    },
    {
        "q": "How has output of the main solar module supply-chain stages ranked internationally?",
        "doc": ARTICLE,
        "evidence": "first in the world for many years",
        "value": "first in the world",
        "kind": "other",
    },
    {
        "q": "Which facility is described as the biggest green data hub in the capital region?",
        "doc": ARTICLE,
        "evidence": "It is the largest green computing center",
        "value": "Beijing-Tianjin-Hebei Intelligent Computing Center",
        "kind": "actor",
    },
    {
        "q": "What wave of change does the article say industry must grasp to move up?",
        "doc": ARTICLE,
        "evidence": "a new round of scientific and technological revolution",
        "value": "scientific and technological revolution",
        "kind": "other",
    },
    {
        "q": "In which areas did companies make their green and smart upgrades for clients in chemicals, food and mining?",
        "doc": ARTICLE,
        "evidence": "water saving, energy saving, labor",
        "value": "water saving",
        "kind": "list",
    },
    {
        "q": "By the mid-2030s, what should green development have become for the new industrialisation?",
        "doc": ARTICLE,
        "evidence": "a common form of new industrialization",
        "value": "common form",
        "kind": "other",
    },
    {
        "q": "Besides resource and energy efficiency, what has reached a new level after the green upgrading of traditional industries?",
        "doc": ARTICLE,
        "evidence": "technological equipment levels",
        "value": "technological equipment levels",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN10: list[dict] = [
    {
        "q": "What penalty does Delhi's draft impose on owners who keep old petrol two-wheelers?",
        "near_doc": "in_delhi_ev_policy_draft_news_2018",
        "why": "a scrapping incentive and fees on non-electric vehicles are given; no penalty on owners",
    },
    {
        "q": "What purchase subsidy does Delhi's draft offer for electric cars?",
        "near_doc": "in_delhi_ev_policy_draft_news_2018",
        "why": "subsidies for two-wheelers, autos and e-rickshaws are given; none for cars",
    },
    {
        "q": "How many charging stations had FAME II actually built by the end of 2021?",
        "near_doc": "in_fame2_approval_news_2019",
        "why": "about 2700 stations are planned; no count built",
    },
    {
        "q": "How many electric buses will FAME II fund for Delhi?",
        "near_doc": "in_fame2_approval_news_2019",
        "why": "7000 buses nationally and Delhi's own 1,000 e-buses are given; no FAME II allocation to Delhi",
    },
    {
        "q": "What budget did the Union Cabinet give the National Mission on Transformative Mobility and Battery Storage?",
        "near_doc": "in_mobility_battery_mission_news_2019",
        "why": "the mission's chair, members and programmes are given; no budget",
    },
    {
        "q": "How many countries attended the second assembly of the International Solar Alliance?",
        "near_doc": "isa_first_assembly_news_2018",
        "why": "only the first assembly and its 18 confirmed delegations are given",
    },
    {
        "q": "What fee per swap does NITI Aayog's draft policy fix for battery swapping stations?",
        "near_doc": "in_battery_swapping_policy_guide_2025",
        "why": "per-swap business models are described; no fee is fixed",
    },
    {
        "q": "What is the total outlay of the FAME III scheme?",
        "near_doc": "in_ev_government_policy_guide_2025",
        "why": "FAME III is only expected; the outlays given are FAME II's and the PLI schemes'",
    },
    {
        "q": "By what year will Finland stop burning peat?",
        "near_doc": "coal_phaseout_news_digest_2016",
        "why": "Finland's coal exit by 2030 is given; peat will go on being burned, with no end year",
    },
    {
        "q": "How much hydrogen a year must projects funded by Hydrogen Headstart produce?",
        "near_doc": "au_hydrogen_headstart_commentary_2023",
        "why": "the $2 billion and 'big projects' are given; no production volume",
    },
    {
        "q": "What grant does the Boiler Upgrade Scheme pay for a biomass boiler?",
        "near_doc": "uk_boiler_upgrade_scheme_explainer_2025",
        "why": "only the heat-pump grant is given",
    },
    {
        "q": "What is the methane charge per tonne for emissions reported for calendar year 2023?",
        "near_doc": "us_methane_charge_statute_42usc7436e",
        "why": "rates start with calendar year 2024",
    },
]
