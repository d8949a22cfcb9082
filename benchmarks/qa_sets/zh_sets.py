"""Cross-lingual question sets over the Chinese (zh/*.txt) and English documents.

- ZH_QUESTIONS: questions in Chinese, answered by a Chinese document.
- EN_OVER_ZH: questions in English whose answer is only in a Chinese document
  (evidence and value are Chinese spans of that document).
- ZH_OVER_EN: questions in Chinese whose answer is in an English real document
  or in the bundled English article (evidence/value are English spans).
- ZH_UNANSWERABLE: Chinese near-miss questions no document answers.

Every item carries ``split`` ("dev" or "unseen"); the halves are balanced.
Same label format as real_dev.py. Written before any policykb output was seen;
the "unseen" halves are for one-off scoring. Documents are referenced by file
stem only; evidence/value are short spans checked by check_sets.py.
"""

from __future__ import annotations

PEAK = "cn_peak_action_plan_15fyp_2026"
ETS_REG = "cn_ets_regulation_2024"
ETS_2020 = "cn_ets_measures_2020"
ALLOC = "cn_ets_power_allocation_2023_2024"
NOTICE = "cn_ets_work_notice_2025"
ENERGY_LAW = "cn_energy_law_2024"
CONSERVATION = "cn_energy_conservation_law_2018"
TRANSPORT = "cn_transport_opinions_2022"
ARTICLE = "china-green-manufacturing-guiding-opinions-2024"

ZH_QUESTIONS: list[dict] = [
    # ---- dev ------------------------------------------------------------------
    {
        "q": "到本个五年规划期末，单位GDP的二氧化碳排放要比“十四五”末下降多少？",
        "doc": PEAK,
        "evidence": "单位国内生产总值二氧化碳排放比2025年降低17%",
        "value": "17%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "2030年风电加光伏的总装机规模目标是多少？",
        "doc": PEAK,
        "evidence": "风电和太阳能发电总装机容量达到28亿千瓦以上",
        "value": "28亿千瓦",
        "kind": "amount",
        "split": "dev",
    },
    {
        "q": "“十五五”时期打算建成大约多少个国家级零碳园区？",
        "doc": PEAK,
        "evidence": "建设100个左右国家级零碳园区",
        "value": "100个左右",
        "kind": "count",
        "split": "dev",
    },
    {
        "q": "到本十年末，新能源车在全国汽车保有量中的比重争取达到多少？",
        "doc": PEAK,
        "evidence": "新能源汽车保有量占比力争达到30%",
        "value": "30%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "哪个部门负责统筹协调、跟踪调度“十五五”碳达峰行动方案的落实？",
        "doc": PEAK,
        "evidence": "国家发展改革委要加强统筹协调",
        "value": "国家发展改革委",
        "kind": "actor",
        "split": "dev",
    },
    {
        "q": "按照2024年的国务院条例，控排企业排放报告的原始数据和台账至少要留存几年？",
        "doc": ETS_REG,
        "evidence": "管理台账应当至少保存5年",
        "value": "5年",
        "kind": "date",
        "split": "dev",
    },
    {
        "q": "国务院碳交易暂行条例从哪一天起生效？",
        "doc": ETS_REG,
        "evidence": "本条例自2024年5月1日起施行",
        "value": "2024年5月1日",
        "kind": "date",
        "split": "dev",
    },
    {
        "q": "生态环境部2020年的碳交易办法规定，年排放量达到多少的企业应纳入重点排放单位名录？",
        "doc": ETS_2020,
        "evidence": "年度温室气体排放量达到2.6万吨二氧化碳当量",
        "value": "2.6万吨",
        "kind": "amount",
        "split": "dev",
    },
    {
        "q": "发电企业2023、2024年度的预发配额按其上年核查排放量的几成发放？",
        "doc": ALLOC,
        "evidence": "年度各机组预分配配额量均为该机组上一年度经核查排放量的70%",
        "value": "70%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "省级部门最晚在什么时候之前要公布钢铁、水泥、铝冶炼行业2024和2025年度控排企业名单？",
        "doc": NOTICE,
        "evidence": "2025年5月10日前，省级生态环境主管部门将2024和2025年度钢铁",
        "value": "2025年5月10日",
        "kind": "date",
        "split": "dev",
    },
    # ---- unseen ---------------------------------------------------------------
    {
        "q": "到2030年，新型储能装机力争达到多大规模？",
        "doc": PEAK,
        "evidence": "新型储能装机容量力争达到3亿千瓦",
        "value": "3亿千瓦",
        "kind": "amount",
        "split": "unseen",
    },
    {
        "q": "2030年全国森林蓄积量要达到多少？",
        "doc": PEAK,
        "evidence": "全国森林蓄积量达到224亿立方米",
        "value": "224亿立方米",
        "kind": "amount",
        "split": "unseen",
    },
    {
        "q": "“十五五”期间，机关事业单位等公共机构每平方米建筑面积的碳排放要降多少？",
        "doc": PEAK,
        "evidence": "公共机构单位建筑面积能耗降低5%、碳排放降低8.5%",
        "value": "8.5%",
        "kind": "share",
        "split": "unseen",
    },
    {
        "q": "行动方案要求全部淘汰哪种规模以下的燃煤锅炉？",
        "doc": PEAK,
        "evidence": "全面淘汰10蒸吨/小时及以下燃煤锅炉",
        "value": "10蒸吨/小时",
        "kind": "other",
        "split": "unseen",
    },
    {
        "q": "省级生态环境部门核查完年度排放报告后，要在几个工作日内把结论告诉企业？",
        "doc": ETS_REG,
        "evidence": "并自核查完成之日起7个工作日内向重点排放单位反馈核查结果",
        "value": "7个工作日",
        "kind": "date",
        "split": "unseen",
    },
    {
        "q": "一个单位的碳配额折合多少二氧化碳当量？",
        "doc": ETS_REG,
        "evidence": "1个单位碳排放配额相当于向大气排放1吨的二氧化碳当量",
        "value": "1吨",
        "kind": "definition",
        "split": "unseen",
    },
    {
        "q": "2020年碳交易办法允许用CCER抵销配额清缴，比例上限是多少？",
        "doc": ETS_2020,
        "evidence": "抵销比例不得超过应清缴碳排放配额的5%",
        "value": "5%",
        "kind": "share",
        "split": "unseen",
    },
    {
        "q": "新出台的《能源法》自何时起施行？",
        "doc": ENERGY_LAW,
        "evidence": "本法自2025年1月1日起施行",
        "value": "2025年1月1日",
        "kind": "date",
        "split": "unseen",
    },
    {
        "q": "按节能法，年综合能耗达到多少的单位直接算作重点用能单位？",
        "doc": CONSERVATION,
        "evidence": "年综合能源消费总量一万吨标准煤以上的用能单位",
        "value": "一万吨标准煤",
        "kind": "amount",
        "split": "unseen",
    },
    {
        "q": "交通运输部等四部门每年最晚什么时候要对年度任务落实情况做总结？",
        "doc": TRANSPORT,
        "evidence": "每年12月底前",
        "value": "12月底",
        "kind": "date",
        "split": "unseen",
    },
]

EN_OVER_ZH: list[dict] = [
    # ---- dev ------------------------------------------------------------------
    {
        "q": "By the end of this decade, what share of China's energy consumption should come from non-fossil sources under the 15th FYP peaking plan?",
        "doc": PEAK,
        "evidence": "非化石能源消费占比达到25%",
        "value": "25%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "How much pumped-storage hydro capacity does China's State Council want in place by 2030?",
        "doc": PEAK,
        "evidence": "抽水蓄能装机容量达到1.6亿千瓦左右",
        "value": "1.6亿千瓦",
        "kind": "amount",
        "split": "dev",
    },
    {
        "q": "How many zero-carbon factories is China aiming to build in the 2026-2030 period?",
        "doc": PEAK,
        "evidence": "500个左右零碳工厂",
        "value": "500个左右",
        "kind": "count",
        "split": "dev",
    },
    {
        "q": "What share of China's commercial (operating) transport fleet should run on new energy by 2030?",
        "doc": PEAK,
        "evidence": "新能源营运交通工具保有量占比达到25%",
        "value": "25%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "Under China's 2024 ETS regulation, what fine can a covered emitter get for not disclosing its annual emissions report data?",
        "doc": ETS_REG,
        "evidence": "责令改正，处5万元以上50万元以下的罚款；拒不改正的",
        "value": "5万元以上50万元以下",
        "kind": "amount",
        "split": "dev",
    },
    {
        "q": "Under the 2020 MEE trading rules, by what date each year must key emitters file the previous year's GHG report?",
        "doc": ETS_2020,
        "evidence": "并于每年3月31日前报生产经营场所所在地的省级生态环境主管部门",
        "value": "3月31日",
        "kind": "date",
        "split": "dev",
    },
    {
        "q": "For China's power-sector ETS allocation for 2023-2024, what is the cap on a company's compliance shortfall after the exemption?",
        "doc": ALLOC,
        "evidence": "使其配额履约缺口率不超过20%",
        "value": "20%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "From July 2025, how soon after each month ends must steel, cement and aluminium emitters deposit their monthly carbon data?",
        "doc": NOTICE,
        "evidence": "每月结束后的40个自然日内",
        "value": "40个自然日",
        "kind": "date",
        "split": "dev",
    },
    # ---- unseen ---------------------------------------------------------------
    {
        "q": "How much new west-to-east power transmission capacity does China plan to add in the 15th FYP period?",
        "doc": PEAK,
        "evidence": "新增西电东送能力8000万千瓦以上",
        "value": "8000万千瓦",
        "kind": "amount",
        "split": "unseen",
    },
    {
        "q": "During 2026-2030, by how much should energy use per unit of value added fall for China's larger industrial firms?",
        "doc": PEAK,
        "evidence": "规模以上工业单位增加值能耗降低10%以上",
        "value": "10%",
        "kind": "share",
        "split": "unseen",
    },
    {
        "q": "Name one sector that China's national carbon market is to be gradually extended to under the peaking action plan.",
        "doc": PEAK,
        "evidence": "逐步覆盖石化、化工等行业",
        "value": "石化",
        "kind": "list",
        "split": "unseen",
    },
    {
        "q": "What is the minimum number of inspectors who must take part in an on-site carbon-market inspection in China?",
        "doc": ETS_REG,
        "evidence": "检查人员不得少于2人",
        "value": "2人",
        "kind": "count",
        "split": "unseen",
    },
    {
        "q": "Since when has China's Energy Conservation Law (in its revised form) been in effect?",
        "doc": CONSERVATION,
        "evidence": "本法自2008年4月1日起施行",
        "value": "2008年4月1日",
        "kind": "date",
        "split": "unseen",
    },
    {
        "q": "Which office of the environment ministry issued the 2025 notice on national carbon market work?",
        "doc": NOTICE,
        "evidence": "生态环境部办公厅",
        "value": "生态环境部办公厅",
        "kind": "actor",
        "split": "unseen",
    },
    {
        "q": "Besides the transport ministry, which civil aviation regulator co-issued the 2022 transport carbon peaking implementation opinions?",
        "doc": TRANSPORT,
        "evidence": "交通运输部、国家铁路局、中国民用航空局、国家邮政局",
        "value": "中国民用航空局",
        "kind": "actor",
        "split": "unseen",
    },
]

ZH_OVER_EN: list[dict] = [
    # ---- dev ------------------------------------------------------------------
    {
        "q": "拜登政府提出的美国海上风电2030年装机目标是多少？",
        "doc": "us_offshore_wind_2022",
        "evidence": "deploying 30 gigawatts (GW) of offshore wind",
        "value": "30 gigawatts",
        "kind": "amount",
        "split": "dev",
    },
    {
        "q": "欧盟2026年通过的气候法修正案规定，2040年净温室气体排放要比1990年减少多少？",
        "doc": "eu_2040_target_regulation_2026",
        "evidence": "the binding Union 2040 climate target shall be",
        "value": "90\u00a0%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "《全球甲烷承诺》要求到2030年全球甲烷排放削减多少？",
        "doc": "us_super_pollutants_2024",
        "evidence": "emissions 30 percent by 2030",
        "value": "30 percent",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "按照《指导意见》，到2030年大宗工业固体废物综合利用率要达到多少？",
        "doc": ARTICLE,
        "evidence": "bulk industrial solid waste will reach 62%",
        "value": "62%",
        "kind": "share",
        "split": "dev",
    },
    {
        "q": "特朗普2025年的核能行政令要求美国能源部到2030年推动现有核电机组增容多少？",
        "doc": "us_nuclear_industrial_base_2025",
        "evidence": "prioritize the facilitation of 5 GW of",
        "value": "5 GW",
        "kind": "amount",
        "split": "dev",
    },
    # ---- unseen ---------------------------------------------------------------
    {
        "q": "到本世纪中叶，美国可持续航空燃料要满足多大比例的航空燃油需求？",
        "doc": "us_sustainable_aviation_fuel_2021",
        "evidence": "meet 100% of aviation fuel demand",
        "value": "100%",
        "kind": "share",
        "split": "unseen",
    },
    {
        "q": "拜登政府承诺到2030年建成的全国电动汽车充电网络有多少个充电桩？",
        "doc": "us_ev_charger_standards_2023",
        "evidence": "national network of 500,000 EV",
        "value": "500,000",
        "kind": "count",
        "split": "unseen",
    },
    {
        "q": "欧盟委员会2020年的修订提案把2030年减排目标提高到多少（相对1990年）？",
        "doc": "eu_climate_law_amended_proposal_2020",
        "evidence": "increased to at least 55%",
        "value": "55%",
        "kind": "share",
        "split": "unseen",
    },
    {
        "q": "据那篇关于制造业绿色发展的报道，已经完成全流程超低排放改造的钢企有多少家？",
        "doc": ARTICLE,
        "evidence": "a total of 89 steel companies",
        "value": "89",
        "kind": "count",
        "split": "unseen",
    },
    {
        "q": "美国国际开发金融公司要求至少三分之一新投资具有气候关联，从哪个财年开始？",
        "doc": "us_leaders_summit_climate_2021",
        "evidence": "have a climate nexus beginning in FY 2023",
        "value": "FY 2023",
        "kind": "year",
        "split": "unseen",
    },
]

ZH_UNANSWERABLE: list[dict] = [
    {
        "q": "拟设立的国家低碳转型基金规模有多大？",
        "near_doc": PEAK,
        "why": "方案只提出设立该基金，未给出规模。",
        "split": "dev",
    },
    {
        "q": "全国碳市场计划哪一年开始纳入石化行业？",
        "near_doc": PEAK,
        "why": "只说逐步覆盖石化、化工等行业，没有年份。",
        "split": "dev",
    },
    {
        "q": "交通运输部等四部门的实施意见对未完成任务的单位规定了多少罚款？",
        "near_doc": TRANSPORT,
        "why": "实施意见没有任何罚则或罚款金额。",
        "split": "dev",
    },
    {
        "q": "《能源法》对未履行可再生能源电力消纳责任的售电企业处以多少罚款？",
        "near_doc": ENERGY_LAW,
        "why": "能源法规定了消纳责任，但法律责任一章没有针对消纳责任的罚款。",
        "split": "unseen",
    },
    {
        "q": "2025年钢铁行业碳排放配额分配的基准值是多少？",
        "near_doc": NOTICE,
        "why": "通知只规定钢铁等行业的时间节点，没有基准值；发电行业基准值见另一方案，但不涉及钢铁。",
        "split": "unseen",
    },
    {
        "q": "节能法要求重点用能单位的能源管理负责人至少有几年相关工作经验？",
        "near_doc": CONSERVATION,
        "why": "只要求具备节能专业知识、实际经验和中级以上技术职称，未规定年限。",
        "split": "unseen",
    },
]
