"""A seventeenth first-contact cross-lingual set (written before any policykb output on it was
seen; score once, do not tune on it).

The questions ask about six published texts of Guangzhou's city government and its bureaus
that no other question set uses, each a government web page saved whole in one repository no
earlier set used: an implementation plan for family-doctor contracts (2023, with aims and an
indicator table), the 2025 social-assistance standards, and measures on long-term care
insurance (2024), public rental housing (2024), meal services for older people (2024) and
points-based household registration (2025). They are kept in ``../unseen11m/zh`` (the
zh_fresh13 texts); give that folder to ``benchmarks/kb_real.py --extra-docs DIR/zh``;
``check_sets.py`` reads them from the folder named in ``DOC_FOLDERS`` beside the checkout.

- EN_OVER_ZH_FC17: English questions answered only by a Chinese document, asked the way a
  reader with no Chinese would ask ("welfare payment", "a single person", "meals for older
  people"), not a translation of the clause.
- ZH_FC17: Chinese questions in everyday wording (上门护理, 低保边缘, 吃一顿饭), not the
  document's terms.
- ZH_UNANSWERABLE_FC17: Chinese near-misses: each names something a text covers but asks for
  a figure no document states; they must be refused.

Same label format as the other sets (README.md); every item has ``split`` "unseen".
"""

from __future__ import annotations

DOCTOR = "cn_gz_family_doctor_plan_2023"
WELFARE = "cn_gz_social_assistance_standards_2025"
CARE = "cn_gz_ltc_insurance_measures_2024"
HOUSING = "cn_gz_public_rental_housing_measures_2024"
MEALS = "cn_gz_elderly_meal_measures_2024"
POINTS = "cn_gz_points_hukou_measures_2025"
# Documents outside ../shared, read from this folder beside the checkout (its zh/).
DOC_FOLDERS = ("unseen11m",)
OUTSIDE_SHARED = frozenset({DOCTOR, WELFARE, CARE, HOUSING, MEALS, POINTS})


def _item(q, doc, evidence, value, kind):
    return {
        "q": q,
        "doc": doc,
        "evidence": evidence,
        "value": value,
        "kind": kind,
        "split": "unseen",
    }


def _near(q, doc, why):
    return {"q": q, "near_doc": doc, "why": why, "split": "unseen"}


EN_OVER_ZH_FC17: list[dict] = [
    _item(
        "What share of older people and other priority groups should have a family doctor "
        "in Guangzhou by 2023?",
        DOCTOR,
        "重点人群签约服务覆盖率达80%以上",
        "80%",
        "share",
    ),
    _item(
        "How many family doctors per 10,000 residents does Guangzhou want by 2025?",
        DOCTOR,
        "到2025年不低于4.66人",
        "4.66",
        "count",
    ),
    _item(
        "What share of all Guangzhou residents should have signed up with a family doctor by 2035?",
        DOCTOR,
        "签约服务覆盖率达到75%以上",
        "75%",
        "share",
    ),
    _item(
        "What share of hospital appointment slots do Guangzhou hospitals hold back for "
        "family doctors' patients?",
        DOCTOR,
        "预留30%的号源",
        "30%",
        "share",
    ),
    _item(
        "How much is Guangzhou's basic welfare payment per person per month in 2025?",
        WELFARE,
        "全市城乡最低生活保障标准为每人每月1309元",
        "1309元",
        "amount",
    ),
    _item(
        "How much does Guangzhou pay each month to bring up an orphan in 2025?",
        WELFARE,
        "每人每月2976元",
        "2976元",
        "amount",
    ),
    _item(
        "What rate do employers in Guangzhou pay into long-term care insurance?",
        CARE,
        "退休人员均为0.15%",
        "0.15%",
        "share",
    ),
    _item(
        "Below what age do Guangzhou workers pay nothing themselves for long-term care cover?",
        CARE,
        "未满35周岁参保人员个人不缴费",
        "35周岁",
        "other",
    ),
    _item(
        "What share of the cost of care at home does Guangzhou's care insurance pay for employees?",
        CARE,
        "按机构护理75%、居家护理90%的比例支付",
        "90%",
        "share",
    ),
    _item(
        "At what age can a single person apply alone for public rental housing in Guangzhou?",
        HOUSING,
        "年满30周岁的单身申请人可独立申请",
        "30周岁",
        "other",
    ),
    _item(
        "How long does a lease on a Guangzhou public rental flat run?",
        HOUSING,
        "公共租赁住房租赁合同期限为5年",
        "5年",
        "other",
    ),
    _item(
        "What part of the price of a meal does Guangzhou pay for older people eating at a "
        "community canteen?",
        MEALS,
        "补贴标准为每人每次就餐费用的四分之一",
        "四分之一",
        "share",
    ),
    _item(
        "What does a Guangzhou canteen get for delivering a meal to the frailest older people?",
        MEALS,
        "3-5级补贴标准为每人每次4元",
        "4元",
        "amount",
    ),
    _item(
        "How many points does a newcomer need to apply for a Guangzhou household registration?",
        POINTS,
        "计算总积分满150分",
        "150分",
        "count",
    ),
]

ZH_FC17: list[dict] = [
    _item(
        "签了家庭医生以后，医生多久会主动联系我一次？",
        DOCTOR,
        "每季度至少主动联系1次签约居民",
        "1次",
        "count",
    ),
    _item(
        "有高血压的老人在社区医院一次最多能开几个月的药？",
        DOCTOR,
        "处方用药量最长放宽至3个月",
        "3个月",
        "other",
    ),
    _item(
        "广州低保边缘户的收入线是每个月多少钱？",
        WELFARE,
        "为每人每月1963.5元",
        "1963.5元",
        "amount",
    ),
    _item(
        "流浪的小孩被救助站收留后，每个月伙食费按多少算？",
        WELFARE,
        "未成年人受助人员基本饮食标准为每人每月916.3元",
        "916.3元",
        "amount",
    ),
    _item(
        "老人失能了要做评估，一次评估费多少钱？",
        CARE,
        "纳入支付范围的费用标准为每人每次200元",
        "200元",
        "amount",
    ),
    _item(
        "四十多岁上班的人，长护险自己要交百分之几？",
        CARE,
        "满45周岁至退休前参保人员、退休延缴人员为0.08%",
        "0.08%",
        "share",
    ),
    _item(
        "家里住得多挤才能申请公租房？",
        HOUSING,
        "人均建筑面积低于15平方米",
        "15平方米",
        "other",
    ),
    _item(
        "公租房审核通过后要公示几天？",
        HOUSING,
        "公示时间为20日",
        "20日",
        "other",
    ),
    _item(
        "老人在长者饭堂吃一顿饭，政府最多补几块钱？",
        MEALS,
        "最高不超过3元",
        "3元",
        "amount",
    ),
    _item(
        "多大年纪的老人可以去长者饭堂吃饭？",
        MEALS,
        "60周岁及以上居家老年人",
        "60周岁",
        "other",
    ),
    _item(
        "外地人想积分落户广州，年纪有什么要求？",
        POINTS,
        "年龄在45周岁以下",
        "45周岁",
        "other",
    ),
]

ZH_UNANSWERABLE_FC17: list[dict] = [
    _near(
        "广州签家庭医生一年要交多少钱服务费？",
        DOCTOR,
        "the plan says how contract fees are shared and spent, not how much they are",
    ),
    _near(
        "广州2026年的低保标准是每月多少钱？",
        WELFARE,
        "the notice sets the 2025 standards for one year and states none for 2026",
    ),
    _near(
        "广州长护险每年能帮到多少个失能老人？",
        CARE,
        "the measures set rates, caps and shares and give no number of people covered",
    ),
    _near(
        "广州公租房每平方米租金是多少钱？",
        HOUSING,
        "rents are set by the bureaus from market rents; the measures state no figure",
    ),
    _near(
        "广州现在一共开了多少家长者饭堂？",
        MEALS,
        "the measures say how canteens are sited and paid, not how many there are",
    ),
    _near(
        "广州每年积分入户的名额有多少个？",
        POINTS,
        "the yearly quota is set each year within the migration plan; no number is given",
    ),
]
