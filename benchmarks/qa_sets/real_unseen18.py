"""An eighteenth held-back set: published documents no other set has used.

Same format as real_unseen17.py. The answerable questions are about ten documents from five
public repositories no earlier question, target or tracking set draws on: two posts of a
Waterloo Region transit advocacy group on Grand River Transit fares (a 2011 post on the
2011-2014 business plan's fare rises and a 2016 post on ten years of fare changes), an
analysis of Scotland's proposed council tax bands for homes worth over one million pounds
(2026) and a post on the UK high value council tax surcharge announced in the November 2025
budget, an Edinburgh co-operative's 2021 note on its Community Climate Asset Fund grant, two
Indian welfare scheme pages (Himachal Pradesh's house subsidy and Puducherry's accident
assistance for construction workers) and three Services Australia pages (the extension of
the disaster recovery payment for the January 2026 Victoria bushfires, the opening of the
Income Apportionment Resolution Scheme in 2026 and an employer page on Parental Leave Pay).
They are kept outside the repository, beside it, in ``../unseen10za/en`` (sources in
``../unseen10za/en/sources.toml``), and are indexed together with the corpus, the 26 real
documents and the Net Zero Tracker texts, which act as distractors: ``benchmarks/kb_real.py
--extra-docs ../unseen10za``. The two fare posts, the two council tax texts, the two Indian
scheme pages and the three Australian pages make near neighbours of each other. The article
questions ask about spans of the bundled article that no other set's evidence contains or
is contained in. Written by reading the documents, before any policykb output was seen for
them, in a researcher's words rather than the clause's own; items marked ``noshare`` share
no token of ``kb.lexical.tokenize`` with the line of the document that holds their evidence
(checked with that tokenizer before any run). Scored once, at first contact; only short
evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10za",)

GRT16 = "ca_grt_fare_history_post_2016"
GRT11 = "ca_grt_fare_increase_plan_post_2011"
SCOTMT = "uk_scotland_mansion_tax_analysis_2026"
UKSUR = "uk_high_value_council_tax_surcharge_post_2025"
CCAF = "uk_edinburgh_climate_asset_fund_grant_2021"
HPHOUSE = "in_himachal_house_subsidy_scheme"
PYACC = "in_puducherry_construction_accident_assistance"
AUVIC = "au_victoria_bushfires_recovery_payment_2026"
AUIAR = "au_income_apportionment_resolution_scheme_2026"
AUPPL = "au_paid_parental_leave_scheme_page"
ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

QUESTIONS: list[dict] = [
    # --- Grand River Transit fares, ten-year review (post, 2016) ----------------------
    {
        "q": "What did a cash fare on Grand River Transit go up to in July 2016?",
        "doc": GRT16,
        "evidence": "the increase to $3.25 has made it",
        "value": "$3.25",
        "kind": "amount",
    },
    {
        "q": "What average fare rise was the Waterloo Region bus operator aiming for in 2016?",
        "doc": GRT16,
        "evidence": "GRT was aiming for a 5% fare increase",
        "value": "5%",
        "kind": "share",
    },
    {
        "q": "Nowadays, how many journeys must a commuter take before a season card beats buying singles?",
        "doc": GRT16,
        "evidence": "dropped from 37 rides in 2006 to 31 rides in 2016",
        "value": "31",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "By how much have reduced-fare tickets for seniors and children risen over the past decade?",
        "doc": GRT16,
        "evidence": "Reduced (Senior/Child) Tickets have risen 51%",
        "value": "51%",
        "kind": "share",
    },
    # --- Grand River Transit 2011-2014 business plan fare rises (post, 2011) ---------
    {
        "q": "What share of its operating costs did GRT want fares to recover under the 2011-2014 business plan?",
        "doc": GRT11,
        "evidence": "To reach 50% cost recovery from fares",
        "value": "50%",
        "kind": "share",
    },
    {
        "q": "What was GRT's cost recovery from fares before the planned rises of 2011?",
        "doc": GRT11,
        "evidence": "from the current 37%",
        "value": "37%",
        "kind": "share",
    },
    {
        "q": "How much did a passenger paying with coins hand over per ride at that point?",
        "doc": GRT11,
        "evidence": "the $2.50 current one-way cash fare",
        "value": "$2.50",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What share of the urban population does GRT's service standard want within 450 metres of a bus stop?",
        "doc": GRT11,
        "evidence": "95% of the urban population within 450 metres",
        "value": "95%",
        "kind": "share",
    },
    # --- Scotland's council tax bands for homes over one million pounds (2026) -------
    {
        "q": "From what date would Scotland's new council tax bands for homes over one million pounds apply?",
        "doc": SCOTMT,
        "evidence": "1 April 2028",
        "value": "1 April 2028",
        "kind": "date",
    },
    {
        "q": "How much did the Finance Secretary say Scotland's mansion tax would raise?",
        "doc": SCOTMT,
        "evidence": "Finance Secretary verbally estimated [£16m]",
        "value": "£16m",
        "kind": "amount",
    },
    {
        "q": "How many dwellings north of the border carry a seven-figure valuation?",
        "doc": SCOTMT,
        "evidence": "property stock | [11,481]",
        "value": "11,481",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "What yearly revenue does the analysis estimate from the Scottish bands at UK benchmark rates?",
        "doc": SCOTMT,
        "evidence": "**Estimated revenue** | **£18.5m/year**",
        "value": "£18.5m",
        "kind": "amount",
    },
    # --- UK high value council tax surcharge (post, 2025) ----------------------------
    {
        "q": "How much does the OBR expect the high value council tax surcharge to raise in 2029-30?",
        "doc": UKSUR,
        "evidence": "this measure will raise £400 million in 2029-30",
        "value": "£400 million",
        "kind": "amount",
    },
    {
        "q": "What is the annual surcharge on a property worth more than £5 million?",
        "doc": UKSUR,
        "evidence": "| £5m+ | £7,500 |",
        "value": "£7,500",
        "kind": "amount",
    },
    {
        "q": "Which parliamentary seat tops the list for the levy on pricey dwellings?",
        "doc": UKSUR,
        "evidence": "Cities of London and Westminster | 767",
        "value": "Cities of London and Westminster",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "When does the surcharge on homes worth over £2 million begin?",
        "doc": UKSUR,
        "evidence": "From April 2028, owners of properties valued over £2 million",
        "value": "April 2028",
        "kind": "date",
    },
    # --- Edinburgh co-operative's Community Climate Asset Fund grant (2021) ----------
    {
        "q": "How much did SHRUB Coop receive from the Community Climate Asset Fund?",
        "doc": CCAF,
        "evidence": "awarded a grant of £7,703.00",
        "value": "£7,703.00",
        "kind": "amount",
    },
    {
        "q": "Which organisation runs the Scottish Government's Community Climate Asset Fund?",
        "doc": CCAF,
        "evidence": "administered by Keep Scotland Beautiful",
        "value": "Keep Scotland Beautiful",
        "kind": "actor",
    },
    {
        "q": "How many local groups got money from that pot in total?",
        "doc": CCAF,
        "evidence": "279 community-based organisations",
        "value": "279",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "How much has the Community Climate Asset Fund awarded altogether?",
        "doc": CCAF,
        "evidence": "more than £3.2 million of funding",
        "value": "£3.2 million",
        "kind": "amount",
    },
    # --- Himachal Pradesh house subsidy scheme (scheme page) -------------------------
    {
        "q": "How much is the subsidy under Himachal Pradesh's house construction scheme?",
        "doc": HPHOUSE,
        "evidence": "The scheme provides a subsidy of Rs. 1,30,000/-",
        "value": "Rs. 1,30,000/-",
        "kind": "amount",
    },
    {
        "q": "What is the annual income ceiling for applicants to the Himachal house subsidy?",
        "doc": HPHOUSE,
        "evidence": "annual income should be less than Rs. 3.00 lakhs",
        "value": "Rs. 3.00 lakhs",
        "kind": "amount",
    },
    {
        "q": "Which village body has to endorse a request?",
        "doc": HPHOUSE,
        "evidence": "recommendation from the concerned Gram Panchayat",
        "value": "Gram Panchayat",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "Who launched the housing subsidy scheme for marginalised groups in Himachal?",
        "doc": HPHOUSE,
        "evidence": "launched by the Government of Himachal Pradesh",
        "value": "Government of Himachal Pradesh",
        "kind": "actor",
    },
    # --- Puducherry accident assistance for construction workers (scheme page) -------
    {
        "q": "How much per month does Puducherry's accident assistance pay injured construction workers?",
        "doc": PYACC,
        "evidence": "Financial Assistance of ₹1,500/- per month",
        "value": "₹1,500/-",
        "kind": "amount",
    },
    {
        "q": "How quickly does the cash reach an injured labourer?",
        "doc": PYACC,
        "evidence": "credited within 15 days",
        "value": "15 days",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "What recurring twelve-monthly charge falls on a signed-up labourer?",
        "doc": PYACC,
        "evidence": "₹100/- per year as an annual subscription",
        "value": "₹100/-",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How often does the Puducherry construction workers board collect its renewal fee?",
        "doc": PYACC,
        "evidence": "renewal fee once in three years",
        "value": "once in three years",
        "kind": "other",
    },
    # --- Victoria bushfires recovery payment extended (Services Australia, 2026) -----
    {
        "q": "Which Colac Otway localities were added to the recovery payment for the January 2026 Victoria bushfires?",
        "doc": AUVIC,
        "evidence": "Carlisle River in Colac Otway",
        "value": "Carlisle River",
        "kind": "list",
    },
    {
        "q": "When was the extension of the bushfire recovery payment in Victoria published?",
        "doc": AUVIC,
        "evidence": "Published: 4 February 2026",
        "value": "4 February 2026",
        "kind": "date",
    },
    {
        "q": "What support replaces pay that fire victims forfeited?",
        "doc": AUVIC,
        "evidence": "Disaster Recovery Allowance is also available",
        "value": "Disaster Recovery Allowance",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Which federal agency put out this notice?",
        "doc": AUVIC,
        "evidence": "January 2026 - Services Australia",
        "value": "Services Australia",
        "kind": "actor",
        "noshare": True,
    },
    # --- Income Apportionment Resolution Scheme opens (Services Australia, 2026) -----
    {
        "q": "When do applications for the Income Apportionment Resolution Scheme close?",
        "doc": AUIAR,
        "evidence": "close on 29 January 2027",
        "value": "29 January 2027",
        "kind": "date",
    },
    {
        "q": "Until when was income apportionment commonly used to work out what people should have been paid?",
        "doc": AUIAR,
        "evidence": "Before December 2020",
        "value": "December 2020",
        "kind": "date",
    },
    {
        "q": "What decides how much compensation someone gets for a wrongly calculated overpayment?",
        "doc": AUIAR,
        "evidence": "depends on the value of your debt",
        "value": "the value of your debt",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "On what date was the opening of the Income Apportionment Resolution Scheme announced?",
        "doc": AUIAR,
        "evidence": "Published: 30 January 2026",
        "value": "30 January 2026",
        "kind": "date",
        "noshare": True,
    },
    # --- Parental Leave Pay, page for employers (Services Australia) -----------------
    {
        "q": "What is the weekly rate of Parental Leave Pay from 1 July 2025?",
        "doc": AUPPL,
        "evidence": "the rate of Parental Leave Pay is $948.10 per week",
        "value": "$948.10",
        "kind": "amount",
    },
    {
        "q": "How many Parental Leave Pay days can a family get for a child born from 1 July 2026?",
        "doc": AUPPL,
        "evidence": "130 days, or 26 weeks",
        "value": "130 days",
        "kind": "count",
    },
    {
        "q": "Which agency deposits the retirement-savings top-up for new mums and dads?",
        "doc": AUPPL,
        "evidence": "the Australian Taxation Office (ATO) will pay them",
        "value": "Australian Taxation Office",
        "kind": "actor",
        "noshare": True,
    },
    {
        "q": "With the boss's consent, how long may a mum or dad stay away from the job?",
        "doc": AUPPL,
        "evidence": "up to 24 months if you",
        "value": "24 months",
        "kind": "other",
        "noshare": True,
    },
]

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "In which city are workers hurrying to finish filter presses for export?",
        "doc": ARTICLE,
        "evidence": "in Dezhou, Shandong Province, workers",
        "value": "Dezhou",
        "kind": "other",
    },
    {
        "q": "To which market is the Shandong batch of intelligent filter presses headed?",
        "doc": ARTICLE,
        "evidence": "sent to Europe. In recent",
        "value": "Europe",
        "kind": "other",
    },
    {
        "q": "What does the Kunming aluminium company display in its exhibition hall?",
        "doc": ARTICLE,
        "evidence": "Co., Ltd., a full industry chain diagram",
        "value": "a full industry chain diagram",
        "kind": "other",
    },
    {
        "q": "How much green power should the steel plant's rooftop solar project supply over its life?",
        "doc": ARTICLE,
        "evidence": "to provide 510 million kilowatt",
        "value": "510 million kilowatt",
        "kind": "amount",
    },
    {
        "q": "What kind of chips should data centres adopt under the guidance?",
        "doc": ARTICLE,
        "evidence": "low-power chips and other",
        "value": "low-power chips",
        "kind": "other",
    },
    {
        "q": "How much crude steel capacity sits with the firms that finished ultra-low emission retrofits?",
        "doc": ARTICLE,
        "evidence": "capacity of 426 million tons",
        "value": "426 million tons",
        "kind": "amount",
    },
    {
        "q": "What rate of reuse of bulk industrial solid waste does the guidance target for 2030?",
        "doc": ARTICLE,
        "evidence": "62%, the proportion",
        "value": "62%",
        "kind": "share",
    },
    {
        "q": "How much did energy use fall at the Shandong filter press maker after its upgrades?",
        "doc": ARTICLE,
        "evidence": "reduced by 40%. %.",
        "value": "40%",
        "kind": "share",
    },
]

UNANSWERABLE_UNSEEN18: list[dict] = [
    {
        "q": "What was the price of a GRT adult monthly pass in 2006?",
        "near_doc": GRT16,
        "why": "only the 2016 prices and the percentage rises since 2006 are given",
    },
    {
        "q": "How much was the GRT U-Pass fee in 2011?",
        "near_doc": GRT11,
        "why": "higher U-Pass fees are planned; no amount (the 2016 post gives only the 2016 fee)",
    },
    {
        "q": "How many passengers does Grand River Transit carry each year?",
        "near_doc": GRT11,
        "why": "ridership is discussed; no count",
    },
    {
        "q": "What annual rate will Scotland charge on Band I homes?",
        "near_doc": SCOTMT,
        "why": "rates are not yet announced; only UK benchmark rates are assumed",
    },
    {
        "q": "How many homes in England and Wales are valued above £2 million?",
        "near_doc": UKSUR,
        "why": "only 2024 sales above the threshold are counted; no stock figure",
    },
    {
        "q": "How much did the electric cargo bike bought with the climate fund grant cost?",
        "near_doc": CCAF,
        "why": "the bike is one of three items under one grant; no price",
    },
    {
        "q": "How many houses has the Himachal Pradesh house subsidy scheme funded so far?",
        "near_doc": HPHOUSE,
        "why": "the subsidy and eligibility are given; no count of houses",
    },
    {
        "q": "How many construction workers are registered with the Puducherry welfare board?",
        "near_doc": PYACC,
        "why": "registration steps and fees are given; no count",
    },
    {
        "q": "How much is the disaster recovery payment per adult for the Victoria bushfires?",
        "near_doc": AUVIC,
        "why": "the payment is called a lump sum; no amount",
    },
    {
        "q": "How many people are eligible for the Income Apportionment Resolution Scheme?",
        "near_doc": AUIAR,
        "why": "eligibility depends on debts; no count",
    },
    {
        "q": "What was the weekly rate of Parental Leave Pay before July 2025?",
        "near_doc": AUPPL,
        "why": "only the rate from 1 July 2025 is given",
    },
    {
        "q": "How many workers are employed at the Dezhou filter press workshop?",
        "near_doc": ARTICLE,
        "why": "the workshop's output and energy saving are given; no staff count",
    },
]
