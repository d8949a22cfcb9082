"""An eleventh held-back set: published documents no other question set has used.

Same format as real_unseen10.py. The answerable questions are about eleven Australian
federal Acts as compiled in 2015, converted from the official Word files to Markdown by a
public repository no earlier question, target or tracking set draws on: the Climate Change
Authority Act 2011, the Clean Energy Finance Corporation Act 2012, the Australian Renewable
Energy Agency Act 2011, the Clean Energy Regulator Act 2011, the Low Aromatic Fuel Act 2013,
the Aviation Fuel Revenues (Special Appropriation) Act 1988, the two Renewable Energy
(Electricity) shortfall charge Acts (large-scale generation, 2000; small-scale technology,
2010), the True-up Shortfall Levy (General) (Carbon Tax Repeal) Act 2014, the Greenhouse
and Energy Minimum Standards (Registration Fees) Act 2012 and the Ozone Protection and
Synthetic Greenhouse Gas (Import Levy) Act 1995. They are kept outside the repository,
beside it, in ``../unseen10t/en`` (sources in ``../unseen10t/en/sources.toml``), and are
indexed together with the corpus, the 26 real documents, the Net Zero Tracker texts and
every earlier set's documents at hand, which act as distractors: ``benchmarks/kb_real.py
--extra-docs ../unseen10t`` on a store that already holds the others. Statute text is new
to these sets: numbered sections, boilerplate shared by every Act (binding the Crown,
extension to territories, quorum, term of office), the same figure in two Acts (both
shortfall charges are $65 per MWh; two bodies meet at least six times a year), and
formulas the conversion dropped. The article questions ask about spans of the bundled
article that no other set's evidence overlaps; every sentence of the article now holds some
earlier set's evidence, so most of these facts were asked before in other words and are
marked here by spans that cut around the earlier ones. Written by reading the documents, before
any policykb output was seen for them, in a researcher's words rather than the clause's
own; items marked ``noshare`` share no token of ``kb.lexical.tokenize`` with the line of
the document that holds their evidence (checked with that tokenizer before any run; four
items written as ordinary questions turned out to share none and are marked too).
Scored once, at first contact; only short evidence and value spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen10t",)

CCA = "au_climate_change_authority_act_2011"
CEFC = "au_clean_energy_finance_corporation_act_2012"
ARENA = "au_renewable_energy_agency_act_2011"
CER = "au_clean_energy_regulator_act_2011"
LAF = "au_low_aromatic_fuel_act_2013"
AVI = "au_aviation_fuel_revenues_act_1988"
LGC = "au_large_scale_generation_shortfall_charge_act_2000"
STC = "au_small_scale_technology_shortfall_charge_act_2010"
TUP = "au_true_up_shortfall_levy_general_act_2014"
GEMS = "au_gems_registration_fees_act_2012"
OZONE = "au_ozone_sgg_import_levy_act_1995"

QUESTIONS: list[dict] = [
    # --- Climate Change Authority Act 2011 -----------------------------------
    {
        "q": "Apart from its Chair and the Chief Scientist, how many members sit on the Climate Change Authority?",
        "doc": CCA,
        "evidence": "(c) 7 other members.",
        "value": "7",
        "kind": "count",
    },
    {
        "q": "How many members must be present for the climate authority to hold a valid meeting?",
        "doc": CCA,
        "evidence": "5 Authority members constitute a quorum",
        "value": "5",
        "kind": "count",
    },
    {
        "q": "What is the longest single stint a commissioner of Australia's climate watchdog can be given?",
        "doc": CCA,
        "evidence": "The period must not exceed 5 years.",
        "value": "5 years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "Within how long must the minister table the government's response to a special review by the Climate Change Authority?",
        "doc": CCA,
        "evidence": "within 6 months after receiving the report",
        "value": "6 months",
        "kind": "other",
    },
    # --- Clean Energy Finance Corporation Act 2012 ---------------------------
    {
        "q": "How much does Canberra put into the clean-energy lender's fund in each annual instalment?",
        "doc": CEFC,
        "evidence": "$2 billion, to be credited on 1 July 2013",
        "value": "$2 billion",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "From mid-2018, what share of the CEFC's invested funds has to be in renewable energy technologies?",
        "doc": CEFC,
        "evidence": "at least half of the funds invested",
        "value": "at least half",
        "kind": "share",
    },
    {
        "q": "Which kinds of projects may the green lender never put money into?",
        "doc": CEFC,
        "evidence": "technology for carbon capture and storage",
        "value": "carbon capture and storage",
        "kind": "list",
        "noshare": True,
    },
    {
        "q": "How many board meetings a year must the Clean Energy Finance Corporation hold at a minimum?",
        "doc": CEFC,
        "evidence": "must convene at least 6 meetings each calendar year",
        "value": "6",
        "kind": "count",
    },
    # --- Australian Renewable Energy Agency Act 2011 -------------------------
    {
        "q": "Above what total in grants for one project does the renewables agency need the minister's written sign-off?",
        "doc": ARENA,
        "evidence": "make grants totalling more than $50 million",
        "value": "$50 million",
        "kind": "amount",
    },
    {
        "q": "How long may an appointed ARENA board member serve in a single appointment?",
        "doc": ARENA,
        "evidence": "The period must not exceed 2 years.",
        "value": "2 years",
        "kind": "other",
    },
    {
        "q": "What are the principal aims of the body set up to fund green power research?",
        "doc": ARENA,
        "evidence": "improve the competitiveness of renewable energy technologies",
        "value": "competitiveness",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "When did the law creating the green-tech funding body come into force?",
        "doc": ARENA,
        "evidence": "This Act commences on 1 July 2012.",
        "value": "1 July 2012",
        "kind": "date",
        "noshare": True,
    },
    # --- Clean Energy Regulator Act 2011 --------------------------------------
    {
        "q": "Besides the Chair, how many members can the Clean Energy Regulator have?",
        "doc": CER,
        "evidence": "at least 2, and not more than 4, other members",
        "value": "at least 2, and not more than 4",
        "kind": "count",
    },
    {
        "q": "How many members form a quorum at a meeting of the Clean Energy Regulator?",
        "doc": CER,
        "evidence": "2 members of the Regulator constitute a quorum",
        "value": "2",
        "kind": "count",
    },
    {
        "q": "What punishment faces an official who leaks protected information held by the carbon market agency?",
        "doc": CER,
        "evidence": "Imprisonment for 2 years or 120 penalty units",
        "value": "2 years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "After how many missed meetings in a row can a member of the Clean Energy Regulator be dismissed?",
        "doc": CER,
        "evidence": "from 3 consecutive meetings of the Regulator",
        "value": "3 consecutive meetings",
        "kind": "count",
    },
    # --- Low Aromatic Fuel Act 2013 -------------------------------------------
    {
        "q": "What is the maximum fine for a company selling ordinary petrol where only the anti-sniffing kind is allowed?",
        "doc": LAF,
        "evidence": "Penalty: 300 penalty units.",
        "value": "300 penalty units",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Below what level of aromatic compounds must low aromatic fuel stay?",
        "doc": LAF,
        "evidence": "aromatic compounds of less than 5%",
        "value": "less than 5%",
        "kind": "share",
    },
    {
        "q": "How often must the operation of the Low Aromatic Fuel Act be reviewed?",
        "doc": LAF,
        "evidence": "each fifth anniversary after the day",
        "value": "fifth anniversary",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "What penalty applies to a corporation that breaks the minister's record-keeping and information requirements for low aromatic fuel?",
        "doc": LAF,
        "evidence": "Penalty: 100 penalty units.",
        "value": "100 penalty units",
        "kind": "amount",
    },
    # --- Aviation Fuel Revenues (Special Appropriation) Act 1988 --------------
    {
        "q": "Which two bodies receive a share of the excise paid on aviation fuel?",
        "doc": AVI,
        "evidence": "AA and CASA are each entitled to be paid a share",
        "value": "CASA",
        "kind": "actor",
    },
    {
        "q": "From what date does jet fuel count toward the payments to the air safety regulator?",
        "doc": AVI,
        "evidence": "aviation kerosene entered for home consumption on or after 12 May 1999",
        "value": "12 May 1999",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "Who decides how the aviation fuel payment is divided between Airservices and the Civil Aviation Safety Authority?",
        "doc": AVI,
        "evidence": "are to be determined by the Minister",
        "value": "Minister",
        "kind": "actor",
    },
    # --- Renewable Energy (Electricity) (Large-scale Generation Shortfall Charge) Act 2000
    {
        "q": "What is the rate of the large-scale generation shortfall charge?",
        "doc": LGC,
        "evidence": "is $65 per MWh",
        "value": "$65 per MWh",
        "kind": "amount",
    },
    {
        "q": "Up to what year-end does the 2009 change to the big-renewables charge apply to retailers' deficits?",
        "doc": LGC,
        "evidence": "(b) ending on 31 December 2030.",
        "value": "31 December 2030",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "Does the large-scale generation shortfall charge Act bind the Commonwealth itself?",
        "doc": LGC,
        "evidence": "it does not bind the Crown in right of the Commonwealth",
        "value": "does not bind",
        "kind": "other",
    },
    # --- Renewable Energy (Electricity) (Small-scale Technology Shortfall Charge) Act 2010
    {
        "q": "What does a liable party pay for each megawatt-hour it falls short on rooftop-solar certificates?",
        "doc": STC,
        "evidence": "is $65 per MWh",
        "value": "$65 per MWh",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "On what date did the sections imposing the small-scale technology shortfall charge start?",
        "doc": STC,
        "evidence": "1 January 2011",
        "value": "1 January 2011",
        "kind": "date",
        "noshare": True,
    },
    {
        "q": "When did the small-scale technology shortfall charge Act receive Royal Assent?",
        "doc": STC,
        "evidence": "[Assented to 28 June 2010]",
        "value": "28 June 2010",
        "kind": "date",
        "noshare": True,
    },
    # --- True-up Shortfall Levy (General) (Carbon Tax Repeal) Act 2014 ---------
    {
        "q": "When was the true-up shortfall levy Act assented to?",
        "doc": TUP,
        "evidence": "[Assented to 17 July 2014]",
        "value": "17 July 2014",
        "kind": "date",
    },
    {
        "q": "Which sea areas off the coast does the post-carbon-tax catch-up charge reach?",
        "doc": TUP,
        "evidence": "extends to Australia's exclusive economic zone",
        "value": "exclusive economic zone",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "On what is the true-up shortfall levy imposed?",
        "doc": TUP,
        "evidence": "levy is imposed on the trueup shortfall",
        "value": "trueup shortfall",
        "kind": "other",
    },
    # --- Greenhouse and Energy Minimum Standards (Registration Fees) Act 2012 --
    {
        "q": "Who sets the registration fees for appliances under the energy minimum standards scheme?",
        "doc": GEMS,
        "evidence": "The GEMS Regulator may, by legislative instrument, specify fees",
        "value": "GEMS Regulator",
        "kind": "actor",
    },
    {
        "q": "What expenses may be recovered when pricing the charge for listing a product model?",
        "doc": GEMS,
        "evidence": "the cost of processing registration applications",
        "value": "processing registration applications",
        "kind": "list",
        "noshare": True,
    },
    {
        "q": "Can more than one registration fee be specified for a single GEMS registration application?",
        "doc": GEMS,
        "evidence": "Two or more registration fees may be specified",
        "value": "Two or more",
        "kind": "count",
    },
    # --- Ozone Protection and Synthetic Greenhouse Gas (Import Levy) Act 1995 --
    {
        "q": "What is the prescribed rate of levy on imports of synthetic greenhouse gases?",
        "doc": OZONE,
        "evidence": "(a) $165; or",
        "value": "$165",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "What is the highest rate of levy the regulations may set on imported HCFCs?",
        "doc": OZONE,
        "evidence": "for HCFCs--$3,000 per ODP tonne",
        "value": "$3,000 per ODP tonne",
        "kind": "amount",
    },
    {
        "q": "What ceiling applies to the charge on importing the fumigant used to kill pests in soil?",
        "doc": OZONE,
        "evidence": "for methyl bromide--$135 per tonne",
        "value": "$135 per tonne",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "From what day did the charge on bringing in ozone-depleting chemicals start?",
        "doc": OZONE,
        "evidence": "This Act commences on 1 January 1996.",
        "value": "1 January 1996",
        "kind": "date",
        "noshare": True,
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "How much power does the big northern computing hub save compared with conventional server facilities?",
        "doc": ARTICLE,
        "evidence": "it saves more than 4 million",
        "value": "4 million kilowatt hours",
        "kind": "amount",
    },
    {
        "q": "Over its quarter-century life, how much CO2 would the 20 MW solar array at a steelworks avoid?",
        "doc": ARTICLE,
        "evidence": "reduce carbon dioxide emissions by 480,000",
        "value": "480,000 tons",
        "kind": "amount",
    },
    {
        "q": "How much clean electricity is the rooftop solar plant on the Jinan steel mill expected to generate over its lifetime?",
        "doc": ARTICLE,
        "evidence": "is expected to provide 510 million",
        "value": "510 million kilowatt hours",
        "kind": "amount",
    },
    {
        "q": "What crude steel capacity do the mills that finished ultra-low emission retrofits represent?",
        "doc": ARTICLE,
        "evidence": "production capacity of 426 million",
        "value": "426 million tons",
        "kind": "amount",
    },
    {
        "q": "What happened to the output of the new filter press in Dezhou?",
        "doc": ARTICLE,
        "evidence": "capacity of the new filter press product",
        "value": "doubled",
        "kind": "other",
    },
    {
        "q": "By 2035, what should have happened to carbon emissions after they top out?",
        "doc": ARTICLE,
        "evidence": "stabilized and declined after peaking",
        "value": "stabilized and declined",
        "kind": "other",
    },
    {
        "q": "What are server farms asked to do about the share of clean power they use?",
        "doc": ARTICLE,
        "evidence": "proportion of green energy utilization",
        "value": "expand the proportion of green energy utilization",
        "kind": "other",
    },
    {
        "q": "Which cooling technique besides in-row air conditioning does the Beijing-Tianjin-Hebei computing centre use?",
        "doc": ARTICLE,
        "evidence": "It uses new technologies such as evaporative",
        "value": "evaporative refrigeration",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN11: list[dict] = [
    {
        "q": "What annual salary is paid to the Chair of the Climate Change Authority?",
        "near_doc": CCA,
        "why": "remuneration is left to the Remuneration Tribunal or the regulations; no amount",
    },
    {
        "q": "How many associate members has the Climate Change Authority appointed so far?",
        "near_doc": CCA,
        "why": "the Minister may appoint as many as he or she thinks fit, one per review; no count",
    },
    {
        "q": "What rate of return must the Clean Energy Finance Corporation earn on its investments?",
        "near_doc": CEFC,
        "why": "returns are left to the Investment Mandate; the Act states no rate",
    },
    {
        "q": "How much money will ARENA receive from the Commonwealth in the 2015-16 financial year?",
        "near_doc": ARENA,
        "why": "the table of yearly amounts is not in the text; only the carry-over rule is",
    },
    {
        "q": "What fine applies to a member of the Clean Energy Regulator who fails to disclose an interest?",
        "near_doc": CER,
        "why": "penalties are given for disclosing protected information; none for not disclosing interests",
    },
    {
        "q": "Which communities has the Minister designated as low aromatic fuel areas?",
        "near_doc": LAF,
        "why": "the Act lets the Minister designate areas; it names none",
    },
    {
        "q": "What is the excise rate per litre on aviation gasoline?",
        "near_doc": AVI,
        "why": "the statutory rate refers to the Excise Tariff Act or a determination; no figure",
    },
    {
        "q": "How much revenue did the large-scale generation shortfall charge raise in 2012?",
        "near_doc": LGC,
        "why": "only the rate of charge is given; no revenue",
    },
    {
        "q": "What is the maximum import levy per tonne on halons?",
        "near_doc": OZONE,
        "why": "caps are given for HCFCs and methyl bromide only",
    },
    {
        "q": "What registration fee is charged for registering a refrigerator model under the GEMS scheme?",
        "near_doc": GEMS,
        "why": "the Regulator sets fees by instrument; no amount is given",
    },
    {
        "q": "What charge per tonne is used to work out the true-up shortfall levy?",
        "near_doc": TUP,
        "why": "the levy's formula is not in the text; no rate",
    },
    {
        "q": "How many staff does the Clean Energy Regulator employ?",
        "near_doc": CER,
        "why": "staff are described by whose services they are; no head-count",
    },
]
