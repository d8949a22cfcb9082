"""Heavily paraphrased questions over the bundled article
corpus/china-green-manufacturing-guiding-opinions-2024.txt.

Written after reading benchmarks/kb_dev_set.py: most items ask about facts that
set does not cover (co-issuers, the petrochemical reuse rate, the 2035 outlook,
named places and firms, the remaining "deep integrations"); the few that share
a fact with it use different wording and a different evidence span. Synonyms
are deliberate ("smelters" for electrolytic aluminium, "EVs" for new energy
vehicles, "end of this decade" for 2030, "mid-2030s" for 2035). Same label
format as real_dev.py; ``doc`` is the article's file stem. Written before any
policykb output was seen; UNSEEN is for one-off scoring.
"""

from __future__ import annotations

DOC = "china-green-manufacturing-guiding-opinions-2024"

DEV: list[dict] = [
    {
        "q": "Apart from the industry ministry, which national planning agency co-signed the guidance on greening manufacturing?",
        "doc": DOC,
        "evidence": "together with the National Development and Reform Commission",
        "value": "National Development and Reform Commission",
        "kind": "actor",
    },
    {
        "q": "At the end of this decade, what slice of total factory output is supposed to come from certified green plants?",
        "doc": DOC,
        "evidence": "will account for more than 40%",
        "value": "40%",
        "kind": "share",
    },
    {
        "q": "How much of the power used by aluminium smelters should come from renewables by 2030?",
        "doc": DOC,
        "evidence": "renewable energy used in electrolytic aluminum will reach",
        "value": "30%",
        "kind": "share",
    },
    {
        "q": "How many EVs did China build and sell last year, according to the piece?",
        "doc": DOC,
        "evidence": "sales of new energy vehicles exceed 9.5 million",
        "value": "9.5 million",
        "kind": "amount",
    },
    {
        "q": "What recycling/reuse rate do larger petrochemical companies achieve?",
        "doc": DOC,
        "evidence": "exceed 97% and 95% respectively",
        "value": "95%",
        "kind": "share",
    },
    {
        "q": "What is expected to have happened to the sector's capacity for carbon neutrality by the mid-2030s?",
        "doc": DOC,
        "evidence": "carbon neutrality capabilities have steadily improved",
        "value": "steadily improved",
        "kind": "other",
    },
    {
        "q": "What sort of energy-use mix do the opinions want legacy heavy industries to move to?",
        "doc": DOC,
        "evidence": "low-carbon industrial energy consumption structure",
        "value": "clean, efficient and low-carbon",
        "kind": "other",
    },
    {
        "q": "In which city is the workshop turning out smart filter presses for export to Europe?",
        "doc": DOC,
        "evidence": "production workshop in Dezhou, Shandong Province",
        "value": "Dezhou",
        "kind": "other",
    },
    {
        "q": "For the IT sector, which kind of semiconductor do the guidelines want used more widely?",
        "doc": DOC,
        "evidence": "promote the application of low-power chips",
        "value": "low-power chips",
        "kind": "other",
    },
    {
        "q": "How does the article rank the Beijing-Tianjin-Hebei Intelligent Computing Center among green data centres in its region?",
        "doc": DOC,
        "evidence": "largest green computing center in the Beijing-Tianjin-Hebei region",
        "value": "largest green computing center",
        "kind": "other",
    },
    {
        "q": "In which city does the steelworks with solar panels on its rooftops operate?",
        "doc": DOC,
        "evidence": "Taishan Iron and Steel factory in Jinan",
        "value": "Jinan",
        "kind": "other",
    },
    {
        "q": "Which broadcaster's report is the article on the manufacturing guidance based on?",
        "doc": DOC,
        "evidence": "CCTV news:On March 1",
        "value": "CCTV",
        "kind": "actor",
    },
]

UNSEEN: list[dict] = [
    {
        "q": "Which finance ministry was among the co-issuers of the green manufacturing opinions?",
        "doc": DOC,
        "evidence": "the Ministry of Finance and other seven departments",
        "value": "Ministry of Finance",
        "kind": "actor",
    },
    {
        "q": "Is this the country's first guiding document of its kind on green manufacturing development, or a revision?",
        "doc": DOC,
        "evidence": "issued my country’s first",
        "value": "first",
        "kind": "other",
    },
    {
        "q": "What tonnage of key secondary raw materials should be recovered annually by the end of this decade?",
        "doc": DOC,
        "evidence": "major renewable resources will reach 510 million tons",
        "value": "510 million tons",
        "kind": "amount",
    },
    {
        "q": "By 2030, what share of steel should come from the short (scrap-based) process route?",
        "doc": DOC,
        "evidence": "the proportion of short-process steelmaking will reach",
        "value": "20%",
        "kind": "share",
    },
    {
        "q": "Roughly what portion of global EV battery output is made in China?",
        "doc": DOC,
        "evidence": "Power battery production accounts for about 60%",
        "value": "60%",
        "kind": "share",
    },
    {
        "q": "What status should green development have within new industrialisation by the mid-2030s?",
        "doc": DOC,
        "evidence": "green development has become a common form",
        "value": "common form of new industrialization",
        "kind": "other",
    },
    {
        "q": "In the definition of a green factory, what is required of the inputs it uses?",
        "doc": DOC,
        "evidence": "intensive land use, harmless raw materials",
        "value": "harmless raw materials",
        "kind": "definition",
    },
    {
        "q": "How many downstream aluminium fabricators has the Yunnan aluminium group drawn into its cluster?",
        "doc": DOC,
        "evidence": "gathers dozens of downstream aluminum processing enterprises",
        "value": "dozens",
        "kind": "count",
    },
    {
        "q": "Besides 3D printing and flexible forming, which inspection-related remanufacturing technology is to be developed for high-end equipment?",
        "doc": DOC,
        "evidence": "non-destructive testing and disassembly",
        "value": "non-destructive testing",
        "kind": "list",
    },
    {
        "q": "What kind of green, low-carbon compute application system should be explored under the opinions?",
        "doc": DOC,
        "evidence": "market-oriented green and low-carbon computing power",
        "value": "market-oriented",
        "kind": "other",
    },
    {
        "q": "Among the three integrations the guidance calls for, what should green consumer demand be integrated with?",
        "doc": DOC,
        "evidence": "green consumer demand and green product supply",
        "value": "green product supply",
        "kind": "list",
    },
    {
        "q": "Which productivity metric should rise by spreading 'next-gen IT + green and low-carbon' use cases across key industries?",
        "doc": DOC,
        "evidence": "improve total factor productivity",
        "value": "total factor productivity",
        "kind": "other",
    },
    {
        "q": "Where does the article place Chinese industry on the global value chain at present?",
        "doc": DOC,
        "evidence": "from the low-end links to the mid-to-high-end links",
        "value": "mid-to-high-end",
        "kind": "other",
    },
]
