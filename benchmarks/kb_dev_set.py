"""Hand-written dev set for the knowledge base (questions in our own words).

Each question is a paraphrase of something the bundled article
(corpus/china-green-manufacturing-guiding-opinions-2024.txt) states. ``evidence``
is a short substring of the clause that answers it (so a hit can be judged
whatever the chunking) and ``value`` the fact the answer must state.
``OFF_TOPIC`` questions are not answered by any indexed document; they calibrate
the refusal threshold (kb.qa.MIN_EVIDENCE).
"""

from __future__ import annotations

# (question, evidence substring, expected value)
DEV_SET: list[tuple[str, str, str]] = [
    (
        "By 2030, what fraction of total manufacturing output value should come from green factories?",
        "output value of green factories",
        "40%",
    ),
    (
        "What is the 2030 goal for the share of renewable power used by electrolytic aluminium smelters?",
        "renewable energy used in electrolytic aluminum",
        "30%",
    ),
    (
        "How large should the recycled volume of key renewable resources be at the end of the decade?",
        "recycling volume of major renewable resources",
        "510 million tons",
    ),
    (
        "What rate of comprehensive use of bulk industrial solid waste is targeted?",
        "bulk industrial solid waste",
        "62%",
    ),
    (
        "What share of steel output should come from short-process steelmaking by 2030?",
        "short-process steelmaking",
        "20%",
    ),
    (
        "What do the guidelines expect to have happened to carbon emissions by 2035?",
        "Carbon emissions have stabilized",
        "peaking",
    ),
    (
        "In 2023, what share of industrial added value did high-tech manufacturing account for?",
        "high-tech manufacturing industry",
        "15.7%",
    ),
    (
        "What was equipment manufacturing's share of value added among larger industrial firms in 2023?",
        "equipment manufacturing industry",
        "33.6%",
    ),
    (
        "How many new energy vehicles were produced and sold?",
        "new energy vehicles exceed",
        "9.5 million",
    ),
    (
        "What portion of the world's power batteries does the country make?",
        "Power battery production",
        "60%",
    ),
    ("How is a green factory defined?", "A green factory refers to", "clean production"),
    ("What reuse rates do large steel and petrochemical enterprises reach?", "reuse rates", "97%"),
    (
        "How many steelmakers have finished the full-process ultra-low emission overhaul?",
        "89 steel companies",
        "89",
    ),
    (
        "How much crude steel capacity has gone through ultra-low emission transformation?",
        "crude steel production capacity",
        "426 million tons",
    ),
    (
        "By how much did energy use drop for the new filter press?",
        "energy consumption has been reduced",
        "40%",
    ),
    (
        "How much electricity does the Beijing-Tianjin-Hebei computing centre save versus conventional data centres?",
        "4 million kilowatt hours",
        "4 million kilowatt hours",
    ),
    (
        "How much green power will the 20 MW rooftop solar project supply over its life?",
        "510 million kilowatt hours",
        "510 million kilowatt hours",
    ),
    (
        "How much carbon dioxide will the steel plant's solar project avoid?",
        "480,000 tons",
        "480,000 tons",
    ),
    (
        "Which ministry led the release of the guidance, and on which day?",
        "Ministry of Industry and Information Technology",
        "March 1",
    ),
    (
        "How many other departments joined in issuing the guiding opinions?",
        "other seven departments",
        "seven",
    ),
    (
        "What should data centres do about green energy under the new guidance?",
        "guide data centers to expand the proportion of green energy",
        "green energy",
    ),
    (
        "Which remanufacturing techniques are to be promoted for high-end equipment?",
        "additive manufacturing",
        "additive manufacturing",
    ),
    (
        "Which kinds of deep integration does the policy call for?",
        "deep integration of digitalization and greening",
        "digitalization",
    ),
    (
        "What cooling technologies does the intelligent computing centre rely on?",
        "evaporative refrigeration",
        "evaporative refrigeration",
    ),
    (
        "Which steel works has covered its roof with solar panels?",
        "Taishan Iron and Steel",
        "Taishan",
    ),
    (
        "Over what lifetime is the rooftop solar project's output estimated?",
        "25-year life cycle",
        "25-year",
    ),
    ("What happened to the production capacity of the new filter press?", "has doubled", "doubled"),
    (
        "What role do green factories play in green manufacturing?",
        "core implementation unit",
        "core implementation unit",
    ),
    (
        "Which industrial products are said to keep improving in energy efficiency?",
        "cement clinker",
        "cement clinker",
    ),
    (
        "Which synthesis technologies should be applied at scale by 2030?",
        "olefins and ethanol",
        "olefins",
    ),
    (
        "Where does the photovoltaic industry rank globally?",
        "ranked first in the world",
        "first in the world",
    ),
    (
        "Which structures of traditional industry does the policy want to optimise?",
        "raw material structure",
        "raw material structure",
    ),
    (
        "What industry chain model did Yunnan Aluminum build around hydropower aluminium?",
        "full industry chain from aluminum water",
        "1+N",
    ),
    (
        "What should digital technology improve in manufacturing according to the opinions?",
        "improving resource efficiency",
        "resource efficiency",
    ),
]

OFF_TOPIC: list[str] = [
    "What is the capital of France?",
    "How do I bake sourdough bread at home?",
    "Who won the football world cup in 2018?",
    "How do I sort a list in Python?",
    "How tall is Mount Everest?",
    "Who wrote the play Hamlet?",
    "What is the euro to dollar exchange rate today?",
    "How do vaccines train the immune system?",
    "Which running shoes are best for a marathon?",
    "When did the Western Roman Empire fall?",
    "What is the boiling point of water at sea level?",
    "How many players are on a basketball team?",
]
