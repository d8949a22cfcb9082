"""An eighth held-back set: published documents no other question set has used.

Same format as real_unseen7.py. The answerable questions are about ten English documents
that are not among ../shared/data/real_policies and that no earlier question set asks
about, all re-posted in one news-archive repository no other set draws on: a monthly
climate-policy briefing of an economics research unit (a national carbon price, carbon
market guidance, a renewables directive), an economics news item on the first auction of
an EU hydrogen fund, three technology-magazine newsletters (the end of a national EV tax
credit, plug-in balcony solar laws, an emergency order keeping a coal plant open) and a
fourth on an energy agency's hydrogen report, and four opinion columns from a South Asian
business daily (a proposed climate change fund, priorities for a climate summit,
net-metering prices for rooftop solar, tax relief for solar). They are kept outside the
repository, beside it, in ``../unseen10q/en`` (sources in ``../unseen10q/en/sources.toml``),
and are indexed together with the corpus, the 26 real documents, the Net Zero Tracker texts
and every earlier set's documents that are at hand, which act as distractors: ``benchmarks/kb_real.py --extra-docs ../unseen10q``
on a store that already holds the others. The article questions ask about facts of the
bundled article that no other set asks for. Written by reading the documents, before any
policykb output was seen for them, in a researcher's words rather than the clause's own;
items marked ``noshare`` share no content word with the clause that answers them. Two
questions are an exception, marked ``near_verbatim``: every content word of each is in
its clause (the EV sales drop without the credits, the first state to allow balcony
solar). They were scored at first contact as written and are kept unchanged; the results
note gives the word-sharing figures with and without them. Scored once, at first
contact; only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10q",)

QUESTIONS: list[dict] = [
    # --- global_climate_monthly_update_2024 --------------------------------------
    {
        "q": "What level did Chinese carbon allowance prices rise above in April and May 2024?",
        "doc": "global_climate_monthly_update_2024",
        "evidence": "rising above Rmb100/tonne (US$13.8/tonne)",
        "value": "Rmb100/tonne",
        "kind": "amount",
    },
    {
        "q": "Which lone branch of the economy falls under China's allowance market today?",
        "doc": "global_climate_monthly_update_2024",
        "evidence": "The scheme currently covers only the power sector",
        "value": "power sector",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "When does the EU's carbon border levy come into effect, according to the update?",
        "doc": "global_climate_monthly_update_2024",
        "evidence": "a carbon tariff system on EU imports) comes into effect in 2026",
        "value": "2026",
        "kind": "year",
    },
    {
        "q": "What clean share of power does Brussels' newest rulebook demand by the decade's close?",
        "doc": "global_climate_monthly_update_2024",
        "evidence": "which requires 42.5% of all electricity",
        "value": "42.5%",
        "kind": "share",
        "noshare": True,
    },
    # --- us_ev_tax_credits_end_news_2025 -----------------------------------------
    {
        "q": "How much was the US federal tax credit toward a new electric car worth?",
        "doc": "us_ev_tax_credits_end_news_2025",
        "evidence": "gave drivers up to $7,500 in credits",
        "value": "$7,500",
        "kind": "amount",
    },
    {
        "q": "How much cash did Berlin hand motorists who switched to zero-tailpipe cars?",
        "doc": "us_ev_tax_credits_end_news_2025",
        "evidence": "drivers could get grants of up to about €6,000",
        "value": "€6,000",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How much lower could US battery-electric sales be in 2030 without the credits, according to Princeton's Zero Lab?",
        "doc": "us_ev_tax_credits_end_news_2025",
        "evidence": "could be about 40% lower in 2030 without the credits",
        "value": "40%",
        "kind": "share",
        "near_verbatim": True,
    },
    {
        "q": "What fraction of America's heat-trapping output comes from vehicles of every kind on land, sea and air?",
        "doc": "us_ev_tax_credits_end_news_2025",
        "evidence": "making up roughly 30% of total greenhouse-gas emissions",
        "value": "30%",
        "kind": "share",
        "noshare": True,
    },
    # --- us_balcony_solar_news_2026 ----------------------------------------------
    {
        "q": "Which US state was the first to explicitly allow balcony solar?",
        "doc": "us_balcony_solar_news_2026",
        "evidence": "Utah became the first state to explicitly allow",
        "value": "Utah",
        "kind": "actor",
        "near_verbatim": True,
    },
    {
        "q": "How many plug-and-play panel kits sit on flats across the Federal Republic?",
        "doc": "us_balcony_solar_news_2026",
        "evidence": "have installed over a million balcony solar systems",
        "value": "over a million",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "What output can a typical balcony solar system reach?",
        "doc": "us_balcony_solar_news_2026",
        "evidence": "can generate up to 800 watts",
        "value": "800 watts",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What is the UL testing protocol for certifying balcony solar systems called?",
        "doc": "us_balcony_solar_news_2026",
        "evidence": "released UL 3700, a testing protocol",
        "value": "UL 3700",
        "kind": "other",
    },
    # --- lk_climate_change_fund_2024 ---------------------------------------------
    {
        "q": "By how much does Sri Lanka aim to reduce its greenhouse gas emissions by 2030?",
        "doc": "lk_climate_change_fund_2024",
        "evidence": "aims to reduce greenhouse gas emissions by 14.5%",
        "value": "14.5%",
        "kind": "share",
    },
    {
        "q": "What clean-power portion is Colombo chasing by the end of the decade?",
        "doc": "lk_climate_change_fund_2024",
        "evidence": "achieve 70% of its electricity from renewable sources",
        "value": "70%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "Where does Sri Lanka rank on the climate vulnerability index?",
        "doc": "lk_climate_change_fund_2024",
        "evidence": "Ranked 116th out of 182 countries",
        "value": "116th",
        "kind": "other",
    },
    {
        "q": "What yearly bill does the Manila-based lender foresee for the subcontinent's coping with a hotter world until mid-century?",
        "doc": "lk_climate_change_fund_2024",
        "evidence": "will collectively need to spend $73 billion per year",
        "value": "$73 billion",
        "kind": "amount",
        "noshare": True,
    },
    # --- cop29_priorities_column_2024 --------------------------------------------
    {
        "q": "On what date does the Baku climate summit begin?",
        "doc": "cop29_priorities_column_2024",
        "evidence": "On 11 November 2024, less than four months away",
        "value": "11 November 2024",
        "kind": "date",
    },
    {
        "q": "What sum did wealthy economies promise poorer ones annually from the turn of the decade, back at the Paris talks?",
        "doc": "cop29_priorities_column_2024",
        "evidence": "a collective amount of $ 100 billion per year",
        "value": "$ 100 billion",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How many global adaptation targets does the UAE Framework for Global Climate Resilience set?",
        "doc": "cop29_priorities_column_2024",
        "evidence": "there are eleven global targets for adaptation",
        "value": "eleven",
        "kind": "count",
    },
    {
        "q": "Which Asian archipelago will house the new compensation facility for climate harm?",
        "doc": "cop29_priorities_column_2024",
        "evidence": "With the host country now chosen as Philippines",
        "value": "Philippines",
        "kind": "actor",
        "noshare": True,
    },
    # --- global_hydrogen_reality_check_news_2025 ---------------------------------
    {
        "q": "How much low-emissions hydrogen does the IEA now expect to be produced each year by 2030?",
        "doc": "global_hydrogen_reality_check_news_2025",
        "evidence": "shrunk to 37 million metric tons annually by 2030",
        "value": "37 million metric tons",
        "kind": "amount",
    },
    {
        "q": "What share of the world's installed or nearly installed electrolyser capacity is in China?",
        "doc": "global_hydrogen_reality_check_news_2025",
        "evidence": "accounted for 65% of the installed",
        "value": "65%",
        "kind": "share",
    },
    {
        "q": "How much clean H2 does the world turn out at present?",
        "doc": "global_hydrogen_reality_check_news_2025",
        "evidence": "about a million metric tons of low-emissions hydrogen",
        "value": "a million metric tons",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How many schemes are in the pipeline across ASEAN countries?",
        "doc": "global_hydrogen_reality_check_news_2025",
        "evidence": "There are 25 projects under development",
        "value": "25",
        "kind": "count",
        "noshare": True,
    },
    # --- us_coal_plant_order_news_2025 -------------------------------------------
    {
        "q": "What share of US electricity generation came from coal in 2024?",
        "doc": "us_coal_plant_order_news_2025",
        "evidence": "It accounted for about 20% of the electricity generated in 2024",
        "value": "20%",
        "kind": "share",
    },
    {
        "q": "How many more days of operation does the Energy Secretary's emergency order require?",
        "doc": "us_coal_plant_order_news_2025",
        "evidence": "order mandates 90 more days of operation",
        "value": "90",
        "kind": "count",
    },
    {
        "q": "By how much did America's stock of grid-scale power banks expand over the twelve months to last spring?",
        "doc": "us_coal_plant_order_news_2025",
        "evidence": "storage capacity increased by about 40%",
        "value": "40%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "Which cabinet member forced the Michigan station to keep burning past its retirement date?",
        "doc": "us_coal_plant_order_news_2025",
        "evidence": "US Energy Secretary Chris Wright released an emergency order",
        "value": "Chris Wright",
        "kind": "actor",
        "noshare": True,
    },
    # --- eu_hydrogen_bank_auction_news_2024 --------------------------------------
    {
        "q": "How much did the European Commission award in its first renewable hydrogen subsidy auction?",
        "doc": "eu_hydrogen_bank_auction_news_2024",
        "evidence": "awarding a total of €720m, of which",
        "value": "€720m",
        "kind": "amount",
    },
    {
        "q": "What was the ceiling on offers in the pilot round?",
        "doc": "eu_hydrogen_bank_auction_news_2024",
        "evidence": "the cap of €4.5 per kg placed on bids",
        "value": "€4.5 per kg",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How many bidders from the bloc's largest economy came away empty-handed?",
        "doc": "eu_hydrogen_bank_auction_news_2024",
        "evidence": "A total of 21 German projects applied",
        "value": "21",
        "kind": "count",
    },
    {
        "q": "By when must the winning plants be turning out gas, or be held in default?",
        "doc": "eu_hydrogen_bank_auction_news_2024",
        "evidence": "must start production by late 2029",
        "value": "late 2029",
        "kind": "date",
        "noshare": True,
    },
    # --- lk_solar_cabinet_debate_2025 --------------------------------------------
    {
        "q": "What rate per unit did the Ceylon Electricity Board pay under the Net Plus Plus scheme after 1 July 2024?",
        "doc": "lk_solar_cabinet_debate_2025",
        "evidence": "the unit price was reduced to Rs. 27",
        "value": "Rs. 27",
        "kind": "amount",
    },
    {
        "q": "What unit price does the CEB propose for Net Plus solar systems under 20 kW?",
        "doc": "lk_solar_cabinet_debate_2025",
        "evidence": "reduce the unit price even further to Rs. 19",
        "value": "Rs. 19",
        "kind": "amount",
    },
    {
        "q": "Roughly how much does it set a household back to fit a five-kilowatt rooftop array?",
        "doc": "lk_solar_cabinet_debate_2025",
        "evidence": "solar panel is now around Rs. 1.0 million",
        "value": "Rs. 1.0 million",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How much renewable capacity is installed in Sri Lanka according to the authors?",
        "doc": "lk_solar_cabinet_debate_2025",
        "evidence": "~1500 MW of renewables installed",
        "value": "1500 MW",
        "kind": "amount",
    },
    # --- lk_solar_tax_policy_2025 ------------------------------------------------
    {
        "q": "How large is the income-tax relief for solar panels for resident individuals in Sri Lanka?",
        "doc": "lk_solar_tax_policy_2025",
        "evidence": "solar-panel relief of up to Rs.600,000 per year of assessment",
        "value": "Rs.600,000",
        "kind": "amount",
    },
    {
        "q": "Since when has the rooftop-PV write-off for residents existed?",
        "doc": "lk_solar_tax_policy_2025",
        "evidence": "This relief was introduced with effect from 1 April 2021",
        "value": "1 April 2021",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "How large is the personal relief that applies from the 2025/26 year of assessment?",
        "doc": "lk_solar_tax_policy_2025",
        "evidence": "The Rs.1.8 million personal relief is a later change",
        "value": "Rs.1.8 million",
        "kind": "amount",
    },
    {
        "q": "What yardstick does the accountant propose for judging whether a tax break pays off?",
        "doc": "lk_solar_tax_policy_2025",
        "evidence": "Return on Tax Incentives",
        "value": "ROTI",
        "kind": "definition",
    },
]

ARTICLE_QUESTIONS: list[dict] = [
    # The article's figures are all asked by earlier sets; these ask for the remaining facts.
    {
        "q": "What is the later, longer-range milestone year in Beijing's green manufacturing guidance?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "propose that by 2035, the endogenous",
        "value": "2035",
        "kind": "year",
    },
    {
        "q": "What is the first trait a plant needs to qualify as a green factory?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "achieves intensive land use",
        "value": "intensive land use",
        "kind": "definition",
    },
    {
        "q": "Which facility is named as the biggest green data centre around the capital?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "The Beijing-Tianjin-Hebei Intelligent Computing Center",
        "value": "Beijing-Tianjin-Hebei Intelligent Computing Center",
        "kind": "actor",
    },
    {
        "q": "What should greener manufacturing lay the groundwork for, according to the 2030 aim?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "solid foundation for promoting new industrialization",
        "value": "new industrialization",
        "kind": "other",
    },
    {
        "q": "What is merging industries across sector lines said to be the key to?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "key to promoting high-quality development",
        "value": "high-quality development",
        "kind": "other",
    },
    {
        "q": "What do the cooling methods and AI power control at the computing hub aim to raise?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "model algorithms to improve operational efficiency",
        "value": "operational efficiency",
        "kind": "other",
    },
    {
        "q": "Besides equipment levels, what has reached a new level in upgraded traditional industries?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "resource and energy utilization efficiency",
        "value": "resource and energy utilization efficiency",
        "kind": "other",
    },
    {
        "q": "What does the display in the aluminium firm's showroom depict?",
        "doc": "china-green-manufacturing-guiding-opinions-2024",
        "evidence": "a full industry chain diagram shows",
        "value": "full industry chain diagram",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN8: list[dict] = [
    {
        "q": "What fine does China impose on firms that miss their emission allowance under the May 2024 rules?",
        "near_doc": "global_climate_monthly_update_2024",
        "why": "fines are said to be much heavier; no amount is given",
    },
    {
        "q": "What price did EU carbon allowances reach in May 2024?",
        "near_doc": "global_climate_monthly_update_2024",
        "why": "only the Chinese allowance price is given",
    },
    {
        "q": "How much money did the Biden administration set aside to oversee voluntary carbon markets?",
        "near_doc": "global_climate_monthly_update_2024",
        "why": "guidelines were issued; no money is named",
    },
    {
        "q": "How much was the US federal tax credit for a used electric vehicle?",
        "near_doc": "us_ev_tax_credits_end_news_2025",
        "why": "only the credit for a new vehicle is given",
    },
    {
        "q": "How many electric vehicles were sold in the US in September 2025?",
        "near_doc": "us_ev_tax_credits_end_news_2025",
        "why": "September is expected to be a record month; no number is given",
    },
    {
        "q": "What maximum wattage does Utah's law allow for a balcony solar system?",
        "near_doc": "us_balcony_solar_news_2026",
        "why": "the law has a low power cap; its figure is not given (800 watts is what such systems can generate)",
    },
    {
        "q": "How large a budget is proposed for Sri Lanka's Climate Change Fund?",
        "near_doc": "lk_climate_change_fund_2024",
        "why": "the fund is proposed; no size is stated",
    },
    {
        "q": "How much climate finance a year did developed countries agree to at COP29 under the new goal?",
        "near_doc": "cop29_priorities_column_2024",
        "why": "written before the conference; the new goal's sum is not given",
    },
    {
        "q": "What subsidy per kilogram does China pay for green hydrogen?",
        "near_doc": "global_hydrogen_reality_check_news_2025",
        "why": "China's costs are compared; no subsidy is named",
    },
    {
        "q": "How much will it cost to keep the J.H. Campbell coal plant open for the ordered 90 days?",
        "near_doc": "us_coal_plant_order_news_2025",
        "why": "the order and its length are given; no cost",
    },
    {
        "q": "How many tonnes of hydrogen a year will the Finnish renewable methane project produce?",
        "near_doc": "eu_hydrogen_bank_auction_news_2024",
        "why": "its subsidy bid per kg is given; not its output",
    },
    {
        "q": "On what date does the second EU hydrogen bank auction close?",
        "near_doc": "eu_hydrogen_bank_auction_news_2024",
        "why": "another round is due later this year; no date is given",
    },
    {
        "q": "What is the largest solar system that qualifies for Sri Lanka's Rs.600,000 tax relief?",
        "near_doc": "lk_solar_tax_policy_2025",
        "why": "the relief is capped in rupees; no system size limit is stated",
    },
    {
        "q": "How many jobs does Sri Lanka's solar industry employ today?",
        "near_doc": "lk_solar_cabinet_debate_2025",
        "why": "the number of companies is given and future employment is hoped for; no job count",
    },
]
