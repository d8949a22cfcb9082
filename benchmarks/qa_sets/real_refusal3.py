"""A third refusal set: near-misses paired with the answerable question on the same clause.

Each pair shares a subject named in one indexed document (an auction, a plan, a law, a
charge, an order). The answerable question asks for what the clause says; its near-miss
keeps the subject and changes one thing no indexed document states: another attribute (a
fee, a fine, an interest rate, a budget, a revenue, a count where only money is given),
another place (often one the same short page names elsewhere), another quantity kind,
another time status (done instead of planned, or the reverse), another actor or another
edition of a programme. Weighted to attribute and place, the classes real_refusal2 and the
earlier sets left answered most often.

The documents were already indexed for earlier sets and real_refusal2 used none of them:
thirteen texts in ``../unseen10p/en``, ``../unseen10q/en``, ``../unseen10t/en`` and the
real documents in ``../shared/data/real_policies/en``. Absence was checked by searching the
text of every clause in the distractor store (1,726 documents). Written by reading the
documents, before any policykb output was seen for these questions; scored once, at first
contact. ``pair`` ties a near-miss to its answerable question; ``cls`` names what the
near-miss changes.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10p", "unseen10q", "unseen10t")


def _a(pair: int, q: str, doc: str, evidence: str, value: str, kind: str) -> dict:
    return {"q": q, "doc": doc, "evidence": evidence, "value": value, "kind": kind, "pair": pair}


def _n(pair: int, q: str, near_doc: str, cls: str, why: str) -> dict:
    return {"q": q, "near_doc": near_doc, "why": why, "cls": cls, "pair": pair}


EU_H2 = "eu_hydrogen_bank_auction_news_2024"
BALC = "us_balcony_solar_news_2026"
COAL = "us_coal_plant_order_news_2025"
EV_END = "us_ev_tax_credits_end_news_2025"
H2_CHECK = "global_hydrogen_reality_check_news_2025"
WARM = "uk_warm_homes_plan_news_2026"
DV_SUPPLY = "us_dvrpc_clean_energy_supply_page"
DV_GHG = "us_dvrpc_ghg_targets_toolkit_page"
AU_STC = "au_small_scale_technology_shortfall_charge_act_2010"
AU_GEMS = "au_gems_registration_fees_act_2012"
AU_TRUEUP = "au_true_up_shortfall_levy_general_act_2014"
US_NUC = "us_nuclear_industrial_base_2025"
US_CARS = "us_clean_cars_trucks_2021"

QUESTIONS: list[dict] = [
    _a(
        1,
        "How much of the first hydrogen-bank auction went to Spanish and Portuguese projects?",
        EU_H2,
        "€590m went to projects in Spain and Portugal",
        "more than €590m",
        "amount",
    ),
    _a(
        2,
        "How much did the Norwegian and Finnish projects receive from the first hydrogen auction?",
        EU_H2,
        "received the remaining €126m",
        "€126m",
        "amount",
    ),
    _a(
        3,
        "What happens to hydrogen-bank winners that have not started production by late 2029?",
        EU_H2,
        "deemed liable for breaking their contracts",
        "deemed liable for breaking their contracts",
        "other",
    ),
    _a(
        4,
        "How many plug-in solar systems have been put up in Germany?",
        BALC,
        "installed over a million balcony solar systems",
        "over a million",
        "count",
    ),
    _a(
        5,
        "When did the first US state explicitly allow balcony solar?",
        BALC,
        "Utah became the first state",
        "late 2025",
        "date",
    ),
    _a(
        6,
        "Which requirement did Utah's balcony solar law remove for small certified panels?",
        BALC,
        "ditched the interconnection requirement",
        "the interconnection requirement",
        "other",
    ),
    _a(
        7,
        "Who released the UL 3700 test protocol for plug-in solar?",
        BALC,
        "UL Solutions released UL 3700",
        "UL Solutions",
        "actor",
    ),
    _a(
        8,
        "On what date did the Energy Secretary order the Michigan coal plant to stay open?",
        COAL,
        "on May 23, US Energy Secretary Chris Wright",
        "May 23",
        "date",
    ),
    _a(
        9,
        "What share of US power came from coal in 2000?",
        COAL,
        "down from roughly half in 2000",
        "roughly half",
        "share",
    ),
    _a(
        10,
        "What share of new US vehicle sales were EVs in August 2025?",
        EV_END,
        "about 10% of all new vehicle sales",
        "about 10%",
        "share",
    ),
    _a(
        11,
        "When did Germany end support for plug-in hybrid cars?",
        EV_END,
        "Support for plug-in hybrids ended in 2022",
        "2022",
        "year",
    ),
    _a(
        12,
        "How many battery-electric cars does Germany want on its roads by 2030?",
        EV_END,
        "15 million battery-electric vehicles registered",
        "15 million",
        "count",
    ),
    _a(
        13,
        "What share of Germany's new car registrations were battery-electric in 2024?",
        EV_END,
        "made up 13.5% of new registrations in 2024",
        "13.5%",
        "share",
    ),
    _a(
        14,
        "What share of the world's electrolysers does China manufacture?",
        H2_CHECK,
        "manufactures nearly 60% of the world",
        "nearly 60%",
        "share",
    ),
    _a(
        15,
        "How much hydrogen does Southeast Asia consume each year today?",
        H2_CHECK,
        "the region uses about 4 million metric tons",
        "about 4 million metric tons",
        "amount",
    ),
    _a(
        16,
        "What share of global shipping fuel did Singapore's port supply in 2024?",
        H2_CHECK,
        "supplied about one-sixth of all the fuel",
        "about one-sixth",
        "share",
    ),
    _a(
        17,
        "How much does the UK's Warm Homes Plan promise to households?",
        WARM,
        "promises to provide £15bn to households",
        "£15bn",
        "amount",
    ),
    _a(
        18,
        "Through what kind of support will the Warm Homes Plan pay for solar panels, heat "
        "pumps and batteries?",
        WARM,
        "via low-interest loans and grants",
        "low-interest loans and grants",
        "other",
    ),
    _a(
        19,
        "What minimum energy rating must landlords meet from 2030 under the Warm Homes Plan?",
        WARM,
        "minimum energy efficiency score of EPC C",
        "EPC C",
        "other",
    ),
    _a(
        20,
        "How many clean heating jobs does the government expect the Warm Homes Plan to support?",
        WARM,
        "180,000 new jobs in the clean heating sector",
        "180,000",
        "count",
    ),
    _a(
        21,
        "What share of the Delaware Valley region's greenhouse gases comes from energy use?",
        DV_SUPPLY,
        "(88.2 percent) of GHG emissions",
        "88.2 percent",
        "share",
    ),
    _a(
        22,
        "In which state are community-shared solar programmes not yet legal, according to "
        "the DVRPC?",
        DV_SUPPLY,
        "not yet legal in Pennsylvania",
        "Pennsylvania",
        "other",
    ),
    _a(
        23,
        "How many municipalities in the DVRPC region have resolved to run on 100 percent "
        "renewable energy by 2050?",
        DV_GHG,
        "more than 50 municipalities within the region",
        "more than 50",
        "count",
    ),
    _a(
        24,
        "What is the rate of Australia's small-scale technology shortfall charge?",
        AU_STC,
        "is $65 per MWh",
        "$65 per MWh",
        "amount",
    ),
    _a(
        25,
        "What costs may the GEMS Regulator weigh when setting registration fees?",
        AU_GEMS,
        "the cost of processing registration applications",
        "the cost of processing registration applications",
        "list",
    ),
    _a(
        26,
        "Who specifies the fees for registering GEMS product models?",
        AU_GEMS,
        "The GEMS Regulator may, by legislative instrument",
        "The GEMS Regulator",
        "actor",
    ),
    _a(
        27,
        "On what date did the true-up shortfall levy Act receive royal assent?",
        AU_TRUEUP,
        "Assented to 17 July 2014",
        "17 July 2014",
        "date",
    ),
    _a(
        28,
        "How many new large reactors should be under construction by 2030 under the nuclear order?",
        US_NUC,
        "new large reactors by 2030",
        "10",
        "count",
    ),
    _a(
        29,
        "What share of the fuel used in US reactors comes from domestic sources?",
        US_NUC,
        "supplying only about 5% of the",
        "about 5%",
        "share",
    ),
    _a(
        30,
        "How much American Rescue Plan money did Commerce announce for the domestic EV industry?",
        US_CARS,
        "Commerce announced $3 billion in currently available",
        "$3 billion",
        "amount",
    ),
]

UNANSWERABLE_REFUSAL3: list[dict] = [
    _n(
        1,
        "How much will the hydrogen bank's second auction round award to Spanish and "
        "Portuguese projects?",
        EU_H2,
        "programme",
        "only the first auction's results are given; the next round is only said to be due",
    ),
    _n(
        2,
        "How much did Danish projects receive from the EU's first hydrogen auction?",
        EU_H2,
        "place",
        "winners are in Spain, Portugal, Norway and Finland; Denmark is not named",
    ),
    _n(
        3,
        "What fine must a hydrogen-bank winner pay if production has not started by late 2029?",
        EU_H2,
        "attribute",
        "late starters are liable for breaking their contracts; no fine is stated",
    ),
    _n(
        4,
        "How many plug-in solar systems have been put up in Austria?",
        BALC,
        "place",
        "the count is for Germany; Austria is not named",
    ),
    _n(
        5,
        "When did New York's balcony solar law take effect?",
        BALC,
        "time status",
        "New York's bill is only under consideration; Utah is the only state with a law",
    ),
    _n(
        6,
        "What fee do US utilities charge for a balcony solar interconnection agreement?",
        BALC,
        "attribute",
        "fees and permits are mentioned without any amount",
    ),
    _n(
        7,
        "How much does it cost to have a balcony solar kit certified under UL 3700?",
        BALC,
        "attribute",
        "the protocol and its safety aims are described; no certification cost",
    ),
    _n(
        8,
        "On what date was Puerto Rico's only coal-fired plant ordered to stay open?",
        COAL,
        "place",
        "the order is for the Michigan plant; Puerto Rico's plant is named only as a story topic",
    ),
    _n(
        9,
        "How many coal-fired plants were running in the US in 2000?",
        COAL,
        "quantity kind",
        "only coal's share of generation in 2000 is given; no plant count",
    ),
    _n(
        10,
        "How many EVs were sold in the US in August 2025?",
        EV_END,
        "quantity kind",
        "August is given as a share of new vehicle sales; no unit count",
    ),
    _n(
        11,
        "When did France end support for plug-in hybrid cars?",
        EV_END,
        "place",
        "the plug-in hybrid cut-off is Germany's; France is not named",
    ),
    _n(
        12,
        "How much public money has Germany set aside to reach its 2030 electric car goal?",
        EV_END,
        "attribute",
        "the 15 million goal and past grants per car are given; no budget for the goal",
    ),
    _n(
        13,
        "What share of Britain's new car registrations were battery-electric in 2024?",
        EV_END,
        "place",
        "the 13.5% is Germany's; the UK is only said to be Europe's largest EV market",
    ),
    _n(
        14,
        "What share of the world's electrolysers does India manufacture?",
        H2_CHECK,
        "place",
        "the manufacturing share is China's; no document gives India's",
    ),
    _n(
        15,
        "How much hydrogen will Southeast Asia consume each year by 2030?",
        H2_CHECK,
        "time status",
        "only today's use (about 4 million tonnes) is given; no 2030 figure for the region",
    ),
    _n(
        16,
        "What share of global shipping fuel did the port of Rotterdam supply in 2024?",
        H2_CHECK,
        "place",
        "the one-sixth is Singapore's; Rotterdam is not named",
    ),
    _n(
        17,
        "How much of the Warm Homes Plan's money is set aside for Scotland?",
        WARM,
        "place",
        "£15bn is for households across the UK; no split by nation",
    ),
    _n(
        18,
        "What interest rate will the Warm Homes Plan's loans carry?",
        WARM,
        "attribute",
        "the loans are called low-interest; no rate is given",
    ),
    _n(
        19,
        "What fine will a landlord face if a rented home falls short of EPC C?",
        WARM,
        "attribute",
        "the EPC C minimum from 2030 is stated; no penalty",
    ),
    _n(
        20,
        "How many clean heating jobs has the Warm Homes Plan created so far?",
        WARM,
        "time status",
        "180,000 jobs is an expected contribution; nothing achieved is reported",
    ),
    _n(
        21,
        "What share of Chester County's greenhouse gas emissions comes from energy use?",
        DV_SUPPLY,
        "place",
        "88.2 percent is for the whole DVRPC region; Chester County is only a link on the page",
    ),
    _n(
        22,
        "When will community-shared solar become legal in Pennsylvania?",
        DV_SUPPLY,
        "time status",
        "the page says it is not yet legal; no date is given",
    ),
    _n(
        23,
        "By what year does Lancaster aim for 100 percent renewable energy?",
        DV_GHG,
        "place",
        "the 2050 resolutions are for more than 50 municipalities; Lancaster is only a link",
    ),
    _n(
        24,
        "How much revenue does the small-scale technology shortfall charge raise each year?",
        AU_STC,
        "attribute",
        "the Act sets the rate per MWh; no revenue figure",
    ),
    _n(
        25,
        "How much is the registration fee for one model of a GEMS product?",
        AU_GEMS,
        "attribute",
        "fees are left to a legislative instrument; the Act states no amount",
    ),
    _n(
        26,
        "Which minister must approve the GEMS registration fees?",
        AU_GEMS,
        "actor",
        "the GEMS Regulator specifies the fees; no minister's approval is required",
    ),
    _n(
        27,
        "What is the true-up shortfall levy per tonne of emissions?",
        AU_TRUEUP,
        "attribute",
        "the levy is worked out by a formula the text does not show; no rate",
    ),
    _n(
        28,
        "How much federal loan money is set aside for restarting closed nuclear plants?",
        US_NUC,
        "attribute",
        "loans are to be prioritised for restarts; no sum is given",
    ),
    _n(
        29,
        "What share of US reactor fuel should come from domestic sources by 2030?",
        US_NUC,
        "time status",
        "about 5% is today's domestic share; no aim for 2030",
    ),
    _n(
        30,
        "How much of Commerce's American Rescue Plan EV money goes to Michigan?",
        US_CARS,
        "place",
        "the $3 billion is for communities that were the auto industry's backbone; no state split",
    ),
]
