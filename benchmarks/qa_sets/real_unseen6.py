"""A sixth held-back set: published documents no other question set has used.

Same format as real_unseen5.py. The answerable questions are about English documents that
are not among ../shared/data/real_policies and that no earlier question set asks about:
two market reports of an energy agency (coal, electricity), a workshop note on battery
storage in Indonesia, energy news on carbon capture costs, hydrogen finance, a leaked
climate programme draft and a renewables monitor, a national list of policies and
measures reported to a European agency, two state bills (vehicle miles, charging plans),
two country pages of a clean-energy index (South Africa, Brazil), a weekly energy
newsletter from Japan, a party press release on an emissions plan, and a city's emissions
data page. They are kept outside the repository, beside it, in ``../unseen9e/en`` and
``../unseen13b/en`` (sources in benchmarks/real_targets/fresh5/README.md, the TOMLs there
and ``../unseen13b/en/sources.toml``), and are indexed together with the corpus, the 26
real documents, the Net Zero Tracker texts and every earlier set's documents, which act
as distractors: ``benchmarks/kb_real.py --extra-docs ../unseen9e --extra-docs
../unseen13b`` on a store that already holds the others. The article questions ask
about facts of the bundled article whose value no other set asks for. Written by reading
the documents, before any policykb output was seen for them, in a researcher's words
rather than the clause's own; items marked ``noshare`` share no content word with the
clause that answers them. Scored once, at first contact; only short evidence and value
spans are quoted here.
"""

from __future__ import annotations

# Folders (relative to the repository's parent) holding the documents of QUESTIONS.
DOC_FOLDERS = ("unseen9e", "unseen13b")

QUESTIONS: list[dict] = [
    # --- world_coal_demand_plateau_2025 ------------------------------------------
    {
        "q": "What tonnage of coal was the world expected to burn in 2025, according to the agency's annual market report?",
        "doc": "world_coal_demand_plateau_2025",
        "evidence": "reaching a record 8.85 billion tonnes",
        "value": "8.85 billion tonnes",
        "kind": "amount",
    },
    {
        "q": "What portion of the black fuel consumed worldwide goes into producing power?",
        "doc": "world_coal_demand_plateau_2025",
        "evidence": "accounts for two-thirds of total coal consumption today",
        "value": "two-thirds",
        "kind": "share",
    },
    {
        "q": "At what yearly pace should the subcontinent's burning of the solid fuel climb until the decade ends?",
        "doc": "world_coal_demand_plateau_2025",
        "evidence": "demand is set to rise by 3% per year on average",
        "value": "3%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "Which part of the world is forecast to see the quickest rise in coal use to 2030?",
        "doc": "world_coal_demand_plateau_2025",
        "evidence": "fastest growth is forecast to happen in Southeast Asia",
        "value": "Southeast Asia",
        "kind": "other",
    },
    # --- world_electricity_demand_2026 -------------------------------------------
    {
        "q": "What average annual growth in global power consumption does the agency foresee for the rest of this decade?",
        "doc": "world_electricity_demand_2026",
        "evidence": "grow by more than 3.5% per year on average",
        "value": "3.5%",
        "kind": "share",
    },
    {
        "q": "What fraction of world output will low-carbon sources combined, wind, sun and reactors, supply at the close of the decade?",
        "doc": "world_electricity_demand_2026",
        "evidence": "together set to generate 50% of global electricity",
        "value": "50%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How much yearly spending on transmission networks must climb before the decade is out?",
        "doc": "world_electricity_demand_2026",
        "evidence": "annual investment in grids to rise by 50% by 2030",
        "value": "50%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How many gigawatts of waiting projects could grid-enhancing technologies and regulatory reforms let onto the network soon?",
        "doc": "world_electricity_demand_2026",
        "evidence": "integration of up to 1 600 gigawatts",
        "value": "1 600 gigawatts",
        "kind": "amount",
    },
    # --- eu_ccs_costs_analysis_2026 -----------------------------------------------
    {
        "q": "What does catching, shipping and storing a tonne of CO2 cost according to Agora Industry and Oeko-Institut?",
        "doc": "eu_ccs_costs_analysis_2026",
        "evidence": "costs between 150 and 300 euros per tonne",
        "value": "150 and 300 euros",
        "kind": "amount",
    },
    {
        "q": "How many years pass before an offshore site for injecting captured carbon dioxide can be ready?",
        "doc": "eu_ccs_costs_analysis_2026",
        "evidence": "long project development times of 6 to 13 years",
        "value": "6 to 13 years",
        "kind": "other",
        "noshare": True,
    },
    {
        "q": "By how much do real sequestration schemes overshoot earlier price estimates?",
        "doc": "eu_ccs_costs_analysis_2026",
        "evidence": "at least 50 percent higher than previous forecasts",
        "value": "50 percent",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "What yearly CO2 storage goal has the EU set for 2030?",
        "doc": "eu_ccs_costs_analysis_2026",
        "evidence": "the EU's target of 50 million tonnes by 2030",
        "value": "50 million tonnes",
        "kind": "amount",
    },
    # --- eu_hydrogen_financing_report_2026 ----------------------------------------
    {
        "q": "How much electrolyser capacity had the previous German government wanted in place by 2030?",
        "doc": "eu_hydrogen_financing_report_2026",
        "evidence": "aimed to have 10 gigawatts (GW) of hydrogen electrolysers",
        "value": "10 gigawatts",
        "kind": "amount",
    },
    {
        "q": "How much German water-splitting plant is actually running at present?",
        "doc": "eu_hydrogen_financing_report_2026",
        "evidence": "only 181 megawatts of capacity in operation",
        "value": "181 megawatts",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "Which trade body's study blamed regulatory, economic and infrastructure risks for Europe's stalled hydrogen market?",
        "doc": "eu_hydrogen_financing_report_2026",
        "evidence": "energy industry association BDEW",
        "value": "BDEW",
        "kind": "actor",
    },
    {
        "q": "What tools to lift demand from buyers of products like green steel did the hydrogen study recommend?",
        "doc": "eu_hydrogen_financing_report_2026",
        "evidence": "including quotas and public procurement",
        "value": "quotas and public procurement",
        "kind": "list",
    },
    # --- id_battery_storage_workshop_2025 -----------------------------------------
    {
        "q": "How much standalone grid-scale battery storage does Indonesia plan to deploy by 2035?",
        "doc": "id_battery_storage_workshop_2025",
        "evidence": "up to 6 GW of standalone utility-scale BESS",
        "value": "6 GW",
        "kind": "amount",
    },
    {
        "q": "How many outfits sent people to the two-day meeting in the Indonesian capital?",
        "doc": "id_battery_storage_workshop_2025",
        "evidence": "representatives from around 50 organisations",
        "value": "50",
        "kind": "count",
        "noshare": True,
    },
    {
        "q": "Besides India, which country's experience was shared as a case study at the Jakarta storage event?",
        "doc": "id_battery_storage_workshop_2025",
        "evidence": "Case studies from India and Malawi",
        "value": "Malawi",
        "kind": "other",
    },
    # --- de_climate_programme_draft_2026 ------------------------------------------
    {
        "q": "By what date is the German government legally bound to adopt its climate action programme?",
        "doc": "de_climate_programme_draft_2026",
        "evidence": "adopt a comprehensive programme by 25 March",
        "value": "25 March",
        "kind": "date",
    },
    {
        "q": "How deep a cut would Berlin reach by the decade's end if every present measure were completely put into practice?",
        "doc": "de_climate_programme_draft_2026",
        "evidence": "by around 63 percent by 2030",
        "value": "63 percent",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "What reduction against 1990 does Germany's 2030 climate target require?",
        "doc": "de_climate_programme_draft_2026",
        "evidence": "a 65% greenhouse gas emissions reduction compared to 1990 levels",
        "value": "65%",
        "kind": "share",
    },
    # --- de_renewables_monitor_report_2026 ----------------------------------------
    {
        "q": "How much solar capacity had Germany installed by the end of 2025 according to the DIW monitor?",
        "doc": "de_renewables_monitor_report_2026",
        "evidence": "Germany reached 117 gigawatts (GW) of PV installations",
        "value": "117 gigawatts",
        "kind": "amount",
    },
    {
        "q": "What is the federal photovoltaic build-out goal at the decade's close?",
        "doc": "de_renewables_monitor_report_2026",
        "evidence": "just over half of the 215 GW target for 2030",
        "value": "215 GW",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "How many gigawatts of land-based wind turbines were running against the 2030 requirement?",
        "doc": "de_renewables_monitor_report_2026",
        "evidence": "(68.2 out of 115 GW)",
        "value": "68.2",
        "kind": "amount",
    },
    {
        "q": "Which economic research institute assessed the pace of Germany's energy transition in early 2026?",
        "doc": "de_renewables_monitor_report_2026",
        "evidence": "German Institute for Economic Research (DIW)",
        "value": "DIW",
        "kind": "actor",
    },
    # --- de_eea_policies_measures_2021 --------------------------------------------
    {
        "q": "By what year should every coal-fired power plant in Germany be closed under the coal exit law?",
        "doc": "de_eea_policies_measures_2021",
        "evidence": "Gradual shut-down of all coal-fired power plants until 2038",
        "value": "2038",
        "kind": "year",
    },
    {
        "q": "How much net output should German cogeneration units deliver in 2025?",
        "doc": "de_eea_policies_measures_2021",
        "evidence": "plants to 120 TWh in 2025",
        "value": "120 TWh",
        "kind": "amount",
        "noshare": True,
    },
    {
        "q": "From what year does the German building code forbid fitting new boilers that burn only oil?",
        "doc": "de_eea_policies_measures_2021",
        "evidence": "prohibition to install new monovalent oil boilers as of 2026",
        "value": "2026",
        "kind": "year",
    },
    {
        "q": "What share of farmland does Germany want cultivated organically?",
        "doc": "de_eea_policies_measures_2021",
        "evidence": "Increase of organic farming to 20% of total agricultural utilised land",
        "value": "20%",
        "kind": "share",
    },
    # --- us_ny_vmt_bill_2023 ------------------------------------------------------
    {
        "q": "How much should New Yorkers' yearly driving distance shrink under the Assembly measure, and by when?",
        "doc": "us_ny_vmt_bill_2023",
        "evidence": "WITHIN THE STATE BY 20% BY 2050",
        "value": "20%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "How long does the vehicle miles traveled working group have to deliver its findings?",
        "doc": "us_ny_vmt_bill_2023",
        "evidence": "the speaker of the assembly no later than",
        "value": "twelve",
        "kind": "other",
    },
    {
        "q": "What share of New York's electricity should come from renewables under the state energy plan's 2030 goals?",
        "doc": "us_ny_vmt_bill_2023",
        "evidence": "producing 70% of electricity from",
        "value": "70%",
        "kind": "share",
    },
    # --- za_climatescope_country_2017 ---------------------------------------------
    {
        "q": "How much new wind capacity does South Africa's draft resource plan foresee over 2021-50?",
        "doc": "za_climatescope_country_2017",
        "evidence": "add 37GW of wind plants",
        "value": "37GW",
        "kind": "amount",
    },
    {
        "q": "What slice of the nation's supply comes from the government-run monopoly in Pretoria's power sector?",
        "doc": "za_climatescope_country_2017",
        "evidence": "generates about 95% of South Africa",
        "value": "95%",
        "kind": "share",
        "noshare": True,
    },
    {
        "q": "What range of emissions including land use did South Africa pledge for 2025-30 in its INDC?",
        "doc": "za_climatescope_country_2017",
        "evidence": "in the range of 398 -614 MTCO2e including LULUCF",
        "value": "398 -614",
        "kind": "amount",
    },
    # --- br_climatescope_country_2017 ---------------------------------------------
    {
        "q": "How much has Brazil's national development bank lent to renewables other than large hydro from 2006 to 2016?",
        "doc": "br_climatescope_country_2017",
        "evidence": "having disbursed $29 billion for renewable energy",
        "value": "$29 billion",
        "kind": "amount",
    },
    {
        "q": "What fraction of their takings must Brazilian power retailers spend on helping consumers waste less power?",
        "doc": "br_climatescope_country_2017",
        "evidence": "allocate 0.5% of their net operating revenue",
        "value": "0.5%",
        "kind": "share",
        "noshare": True,
    },
    # --- jp_nrg_weekly_2021_04 ----------------------------------------------------
    {
        "q": "What efficiency must a Japanese coal plant reach to be allowed to keep running after 2030?",
        "doc": "jp_nrg_weekly_2021_04",
        "evidence": "energy efficiency ratio of 43% or higher",
        "value": "43%",
        "kind": "share",
    },
    {
        "q": "What renewables share is Okinawa aiming for by 2030?",
        "doc": "jp_nrg_weekly_2021_04",
        "evidence": "raise its renewables component to 16% by 2030",
        "value": "16%",
        "kind": "share",
    },
    # --- nz_act_erp_press_2022 ----------------------------------------------------
    {
        "q": "By how much does New Zealand's emissions plan want to cut the kilometres driven in cars and vans?",
        "doc": "nz_act_erp_press_2022",
        "evidence": "Reducing the distance travelled by light vehicles by 20 per cent",
        "value": "20 per cent",
        "kind": "share",
    },
    {
        "q": "Which ACT spokesperson attacked the government's Emissions Reduction Plan?",
        "doc": "nz_act_erp_press_2022",
        "evidence": "ACT Climate Change spokesperson Simon Court",
        "value": "Simon Court",
        "kind": "actor",
    },
    # --- us_tempe_carbon_dataset_2020 ---------------------------------------------
    {
        "q": "Which year's data did the Arizona city's first community emissions inventory rely on?",
        "doc": "us_tempe_carbon_dataset_2020",
        "evidence": "based on 2015 calendar year data",
        "value": "2015",
        "kind": "year",
    },
    {
        "q": "How often is Tempe's community carbon neutrality data refreshed?",
        "doc": "us_tempe_carbon_dataset_2020",
        "evidence": "Every 5 years",
        "value": "Every 5 years",
        "kind": "other",
    },
]

ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ARTICLE_QUESTIONS: list[dict] = [
    {
        "q": "What has the push for high-end, smart and clean industry yielded so far, per the article?",
        "doc": ARTICLE,
        "evidence": "and achieved positive results",
        "value": "positive results",
        "kind": "other",
    },
    {
        "q": "Under which section of the news site is the piece on the manufacturing guidance filed?",
        "doc": ARTICLE,
        "evidence": "Home » Business",
        "value": "Business",
        "kind": "other",
    },
    {
        "q": "From what feedstock should one-step processes make olefins at scale by 2030?",
        "doc": ARTICLE,
        "evidence": "ethanol from synthesis gas",
        "value": "synthesis gas",
        "kind": "other",
    },
    {
        "q": "Besides olefins, which alcohol should come out of one-step syngas routes?",
        "doc": ARTICLE,
        "evidence": "one-step production of olefins",
        "value": "ethanol",
        "kind": "other",
    },
    {
        "q": "Up to what point does the Yunnan smelter's industry chain reach, starting from molten metal?",
        "doc": ARTICLE,
        "evidence": "from aluminum water to end products",
        "value": "end products",
        "kind": "other",
    },
    {
        "q": "Which era has rolling mill work entered thanks to panels on the Shandong plant's roof?",
        "doc": ARTICLE,
        "evidence": "green electricity era",
        "value": "green electricity era",
        "kind": "other",
    },
    {
        "q": "Apart from water and power, in which other area did firms upgrade their plants to suit sector needs?",
        "doc": ARTICLE,
        "evidence": "energy saving, labor and other aspects",
        "value": "labor",
        "kind": "other",
    },
    {
        "q": "Along with the new round of scientific and technological revolution, what change must China grasp the direction of?",
        "doc": ARTICLE,
        "evidence": "revolution and industrial transformation",
        "value": "industrial transformation",
        "kind": "other",
    },
    {
        "q": "What kind of starting point should new industries develop from, per the article's heading?",
        "doc": ARTICLE,
        "evidence": "Green, low-carbon, high starting point",
        "value": "high starting point",
        "kind": "other",
    },
]

UNANSWERABLE_UNSEEN6: list[dict] = [
    {
        "q": "What carbon price per tonne will Germany charge on heating and motor fuels in 2027?",
        "near_doc": "de_climate_programme_draft_2026",
        "why": "the draft leaves the 2027 price open; no figure is given",
    },
    {
        "q": "How many battery storage tenders has PLN already awarded in Indonesia?",
        "near_doc": "id_battery_storage_workshop_2025",
        "why": "the note gives planned capacities and the workshop, no awarded tenders",
    },
    {
        "q": "What is the current price of an EU emissions allowance per tonne?",
        "near_doc": "eu_ccs_costs_analysis_2026",
        "why": "allowances are said to cost much less than CCS; no price is stated",
    },
    {
        "q": "How many kilometres long will Germany's hydrogen core network be?",
        "near_doc": "eu_hydrogen_financing_report_2026",
        "why": "the network is named as needed; no length is given",
    },
    {
        "q": "How many heat pumps had Germany installed by the end of 2025?",
        "near_doc": "de_renewables_monitor_report_2026",
        "why": "heat pumps are said to lag the targets; no count is given",
    },
    {
        "q": "How much coal did China import in 2025 in tonnes?",
        "near_doc": "world_coal_demand_plateau_2025",
        "why": "China is said to have cut imports; no tonnage is given",
    },
    {
        "q": "How much electricity do data centres consume worldwide today?",
        "near_doc": "world_electricity_demand_2026",
        "why": "data centres are named as a driver of demand; no consumption is given",
    },
    {
        "q": "What fine does the New York vehicle miles bill impose on highway projects that add traffic?",
        "near_doc": "us_ny_vmt_bill_2023",
        "why": "the bill asks for assessments and mitigation; it names no fine",
    },
    {
        "q": "What parking fee will New York City charge at its public electric vehicle chargers?",
        "near_doc": "us_ny_zev_county_plans_bill_2023",
        "why": "the plans must state a fee; the bill sets none",
    },
    {
        "q": "What carbon tax rate per tonne of CO2 will South Africa apply?",
        "near_doc": "za_climatescope_country_2017",
        "why": "the tax is expected to come into force; no rate is given",
    },
    {
        "q": "How much solar PV capacity had Brazil installed in 2016?",
        "near_doc": "br_climatescope_country_2017",
        "why": "total and wind capacity are given; no solar figure",
    },
    {
        "q": "In what year does Tempe aim to reach community carbon neutrality?",
        "near_doc": "us_tempe_carbon_dataset_2020",
        "why": "the page names the performance measure and goals; no year is given",
    },
]
