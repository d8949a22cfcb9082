"""Chinese obligations without a parse, driven by the [obligations] table of zh.toml.

Sentences are written in the register of State Council guiding opinions
(指导意见) and ministry measures (管理办法); none is copied from a real document.
"""

from __future__ import annotations

import pytest

from ingest.lang import load_grammar
from ingest.obligations import obligations_of_clauses
from ingest.obligations.chinese import chinese_obligations
from ingest.obligations.chinese_rules import has_cue_zh
from ingest.pipeline import build_nlp, process_document
from ingest.records import Clause, Document, content_id
from ingest.segment import split_clauses

ZH = load_grammar("zh")


def records_of(text: str, *, doc_year: int | None = 2024, kind: str = "sentence"):
    clause = Clause(clause_id="c1", doc_id="d1", text=text, start=0, end=len(text), kind=kind)
    return chinese_obligations(clause, grammar=ZH, doc_year=doc_year)


@pytest.mark.parametrize(
    "text, expected",
    [
        # obligation: modal after a subject; the article number is not part of the actor
        ("第四条 重点用能单位应当按照国家有关规定开展能源审计。",
         [("obligation", "重点用能单位", "按照国家有关规定开展能源审计")]),
        ("各级工业和信息化主管部门应加强对数据中心的监督检查。",
         [("obligation", "工业和信息化主管部门", "加强对数据中心的监督检查")]),
        ("建设单位必须同步配套建设节能设施。",
         [("obligation", "建设单位", "同步配套建设节能设施")]),
        # 负责 is the verb of its predicate and stays in the action
        ("省级主管部门负责本行政区域内数据中心能效的监督管理。",
         [("obligation", "省级主管部门", "负责本行政区域内数据中心能效的监督管理")]),
        # 要 + 严格控制: one predicate, one record; 各地 keeps its 各 (nothing left without it)
        ("各地要严格控制高耗能数据中心新增规模。",
         [("obligation", "各地", "严格控制高耗能数据中心新增规模")]),
        # 要求 X + predicate binds X
        ("要求各地区于2025年底前完成存量数据中心节能诊断。",
         [("obligation", "地区", "于2025年底前完成存量数据中心节能诊断")]),
        # each 、 item loses its 各; a trailing adverb (切实) belongs to the action
        ("各地区、各部门要切实加强组织领导。",
         [("obligation", "地区、部门", "切实加强组织领导")]),
        # prohibition
        ("第十三条 任何单位和个人不得伪造、篡改能耗在线监测数据。",
         [("prohibition", "任何单位和个人", "伪造、篡改能耗在线监测数据")]),
        ("严禁以数据中心名义变相发展高耗能项目。",
         [("prohibition", None, "以数据中心名义变相发展高耗能项目")]),
        ("禁止企业使用国家明令淘汰的用能设备。",
         [("prohibition", "企业", "使用国家明令淘汰的用能设备")]),
        ("不允许数据中心运营单位擅自扩大用电规模。",
         [("prohibition", "数据中心运营单位", "擅自扩大用电规模")]),
        # permission
        ("在确保安全的情况下，运营单位可以采用液冷等先进技术。",
         [("permission", "运营单位", "采用液冷等先进技术")]),
        ("允许符合条件的企业自愿购买绿色电力证书。",
         [("permission", "符合条件的企业", "自愿购买绿色电力证书")]),
        ("节能监察机构有权查阅用能单位的能源计量数据。",
         [("permission", "节能监察机构", "查阅用能单位的能源计量数据")]),
        # encouragement: 鼓励/引导/支持 X + predicate make X the actor
        ("鼓励企业开展数据中心节能改造。",
         [("encouragement", "企业", "开展数据中心节能改造")]),
        ("引导数据中心扩大绿色能源利用比例。",
         [("encouragement", "数据中心", "扩大绿色能源利用比例")]),
        ("鼓励各地因地制宜探索建立数据中心余热回收利用机制。",
         [("encouragement", "各地", "因地制宜探索建立数据中心余热回收利用机制")]),
        # ... unless X is no actor: research is supported, not data centres
        ("国家支持数据中心绿色低碳技术研发。",
         [("encouragement", "国家", "支持数据中心绿色低碳技术研发")]),
        # directive adverbs and verbs of guiding opinions, impersonal
        ("加快推进老旧数据中心改造升级。",
         [("encouragement", None, "加快推进老旧数据中心改造升级")]),
        ("推动可再生能源高质量发展，提高可持续发展能力。",
         [("encouragement", None, "推动可再生能源高质量发展")]),
        # one record per cue-governed piece; a piece without a subject inherits it
        ("企业应当建立健全能源计量体系；不得使用国家明令淘汰的用能设备。",
         [("obligation", "企业", "建立健全能源计量体系"),
          ("prohibition", "企业", "使用国家明令淘汰的用能设备")]),
        ("各级人民政府应加大资金投入，严禁挪用专项资金。",
         [("obligation", "人民政府", "加大资金投入"), ("prohibition", "人民政府", "挪用专项资金")]),
        ("各级主管部门应加强监督检查，要求企业定期公开能效信息。",
         [("obligation", "主管部门", "加强监督检查"),
          ("obligation", "企业", "定期公开能效信息")]),
        ("鼓励企业开展节能改造，支持有条件的地区建设绿色数据中心集群。",
         [("encouragement", "企业", "开展节能改造"),
          ("encouragement", "有条件的地区", "建设绿色数据中心集群")]),
        # "并 ..." continues the same predicate
        ("运营单位应当建立能源管理制度，并于每年3月31日前报送上一年度能源利用情况。",
         [("obligation", "运营单位",
           "建立能源管理制度，并于每年3月31日前报送上一年度能源利用情况")]),
        # 负责人 is a person, not a cue
        ("数据中心运营单位负责人应当组织制定节能方案。",
         [("obligation", "数据中心运营单位负责人", "组织制定节能方案")]),
    ],
)  # fmt: skip
def test_modality_actor_and_action(text, expected):
    assert [(r.modality, r.actor, r.action) for r in records_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # purpose, definitions, scope, entry into force, interpretation
        "第一条 为规范数据中心能源管理，推动绿色低碳发展，制定本办法。",
        "第二条 本办法所称绿色数据中心，是指全生命周期内能源资源利用效率高的数据中心。",
        "算力基础设施是指提供计算、存储和网络服务的设施。",
        "本办法适用于在中华人民共和国境内从事算力基础设施建设运营的单位。",
        "本办法自2024年1月1日起施行。",
        "本意见自发布之日起施行。",
        "本办法由工业和信息化部负责解释。",
        # penalties and other consequences of a breach
        "违反本办法规定，未按要求报送数据的，由主管部门责令限期改正；逾期不改正的，处二万元以下罚款。",
        "有关工作人员滥用职权、玩忽职守的，依法给予处分；构成犯罪的，依法追究刑事责任。",
        "拒不整改的，可以处一万元以上三万元以下罚款。",
        # false friends: 可再生, 可持续, 主要, 重要, 应用, 供应, 相应, 要求 as a noun
        "数据中心可再生能源利用率达到50%以上。",
        "加强可再生能源应用，提升能源供应保障能力。",
        "这对经济社会可持续发展具有重要意义。",
        "主要污染物排放总量持续减少，相应指标符合有关要求。",
        "申报单位请认真阅读项目申报须知。",  # 须知 is a notice, not "must"
        # a figure a thing must not exceed is a target, not somebody's duty
        "新建大型数据中心电能利用效率不得高于1.3。",
        # 支持 as a noun: nothing follows it
        "国家给予政策支持。",
    ],
)
def test_statements_that_impose_nothing(text):
    assert records_of(text) == []


def test_false_friends_are_masked_but_the_real_cue_is_kept():
    assert not has_cue_zh("提高可再生能源和可持续交通的可靠性", ZH)
    assert has_cue_zh("企业可以申请可再生能源补贴", ZH)
    (record,) = records_of("企业可以申请可再生能源补贴。")
    assert (record.modality, record.actor, record.action) == (
        "permission",
        "企业",
        "申请可再生能源补贴",
    )


@pytest.mark.parametrize(
    "text, condition",
    [
        ("第七条 数据中心使用可再生能源电力的，可以按照有关规定申请优先并网。",
         "数据中心使用可再生能源电力的"),
        ("在确保安全的情况下，运营单位可以采用液冷等先进技术。", "在确保安全的情况下"),
        ("如果企业未按期完成改造，主管部门应当督促整改。", "如果企业未按期完成改造"),
        ("企业应当建立能源管理制度。", None),
    ],
)  # fmt: skip
def test_condition_is_the_earlier_piece(text, condition):
    (record,) = records_of(text)
    assert record.condition == condition


@pytest.mark.parametrize(
    "text, obj",
    [
        ("企业应当建立健全能源计量体系。", "能源计量体系"),
        ("要求企业定期公开能效信息。", "能效信息"),
        ("重点用能单位应当按照国家有关规定开展能源审计。", "能源审计"),
        ("加快推进老旧数据中心改造升级。", "老旧数据中心改造升级"),
        # no verb of the list opens the action: no guess
        ("任何单位和个人不得伪造、篡改能耗在线监测数据。", ""),
    ],
)
def test_object_follows_the_actions_verb(text, obj):
    (record,) = records_of(text)
    assert record.object == obj


@pytest.mark.parametrize(
    "text, years",
    [
        ("到2025年，各省级主管部门要建立数据中心能效监测平台。", [2025]),
        ("各类市场主体2025年底前应完成能效对标。", [2025]),
        ("力争到2030年，全国数据中心平均电能利用效率降至1.3以下。", [2030]),
        # two duties, each with the deadline of its own words
        ("到2025年底前，各地要建立能效监测平台；2027年前要实现重点数据中心全覆盖。", [2025, 2027]),
        ("严格控制新建数据中心能耗强度，2030年前全面淘汰高耗能设备。", [2030]),
        ("企业应当建立能源管理制度。", [None]),
    ],
)
def test_deadline_normalised_to_a_year(text, years):
    records = records_of(text)
    assert [r.year for r in records] == years
    assert all(r.year is None or str(r.year) in r.deadline_text for r in records)


def test_actor_of_a_deadline_lead_is_stripped_and_the_action_runs_on():
    (record,) = records_of("力争到2030年，全国数据中心平均电能利用效率降至1.3以下。")
    assert record.actor is None
    assert record.action == "力争到2030年，全国数据中心平均电能利用效率降至1.3以下"


def test_record_keeps_the_clause_provenance():
    text = "第六条 鼓励企业开展数据中心节能改造。"
    clause = Clause(clause_id="c9", doc_id="d9", text=text, start=120, end=120 + len(text))
    (record,) = chinese_obligations(clause, grammar=ZH, doc_year=2024)
    assert (record.doc_id, record.clause_id, record.start, record.end, record.text) == (
        "d9", "c9", 120, 120 + len(text), text,
    )  # fmt: skip


DOCUMENT = """数据中心绿色低碳发展管理办法

第一章 总则

第一条 为规范数据中心能源管理，推动绿色低碳发展，制定本办法。

第二条 本办法所称数据中心，是指为集中存放和运行计算设备提供场所和配套设施的建筑。

第三条 数据中心运营单位应当建立能源管理制度，并于每年3月31日前报送上一年度能源利用情况。

第四条 运营单位不得虚报、瞒报能源数据。

第五条 数据中心使用可再生能源电力的，可以按照有关规定申请优先并网。

第六条 违反本办法第四条规定的，由主管部门责令限期改正，处一万元以上三万元以下罚款。

第七条 本办法自发布之日起施行。

二、重点任务

（一）引导数据中心扩大绿色能源利用比例，到2025年新建数据中心可再生能源利用率达到50%。

（二）鼓励企业开展数据中心节能改造，2030年前全面淘汰落后设备。
"""

EXPECTED = [
    ("obligation", "数据中心运营单位", None),
    ("prohibition", "运营单位", None),
    ("permission", "数据中心", None),  # "数据中心使用可再生能源电力的，可以 ...": its subject
    ("encouragement", "数据中心", 2025),
    ("encouragement", "企业", 2030),
]


def _document() -> Document:
    return Document(doc_id=content_id(DOCUMENT), path="zh.txt", text=DOCUMENT, language="zh",
                    date="2024-05-01")  # fmt: skip


def test_segmented_document_through_the_driver():
    document = _document()
    clauses = split_clauses(document, build_nlp(language="zh"))
    records = obligations_of_clauses(clauses, nlp=None, grammar=ZH, doc_year=document.year)
    assert [(r.modality, r.actor, r.year) for r in records] == EXPECTED
    for record in records:
        assert DOCUMENT[record.start : record.end] == record.text


def test_end_to_end_through_process_document():
    extraction = process_document(_document(), nlp=build_nlp(language="zh"), types=("obligation",))
    records = [r for r in extraction.records if r.type == "obligation"]
    assert [(r.modality, r.actor, r.year) for r in records] == EXPECTED


MEASURES = """工业节水管理办法

第一条　为了加强工业用水管理，提高工业用水效率，推动工业绿色发展和水资源可持续利用，根据有关法律、行政法规，制定本办法。

第二条　重点用水企业应当建立用水计量制度，按照国家标准配备计量器具，并于2026年6月30日前完成主要用水设备的分级计量。

第三条　重点用水企业未达到用水定额的，应当自收到整改通知之日起三十日内制定整改方案。

第四条　工业企业利用再生水的，可以按照规定申请节水专项资金支持。已通过平台在线报送的，无需另行提交纸质材料。

第五条　主管部门及其工作人员对在监督检查中知悉的商业秘密，应当依法予以保密。
"""


def test_split_sentences_keep_their_subject_condition_and_modal():
    document = Document(
        doc_id=content_id(MEASURES), path="m.txt", text=MEASURES, language="zh", date="2025-01-01"
    )
    clauses = split_clauses(document, build_nlp(language="zh"))
    records = obligations_of_clauses(clauses, nlp=None, grammar=ZH, doc_year=document.year)
    assert [(r.modality, r.actor, r.year) for r in records] == [
        # 第一条: a purpose statement, even with 推动 in it, is no directive
        ("obligation", "重点用水企业", None),  # 建立 ... and, serially, 配备 ...
        ("obligation", "重点用水企业", 2026),  # "并于2026年6月30日前完成 ...": the same modal
        ("obligation", "重点用水企业", None),  # its subject opens the 的-condition
        ("permission", "工业企业", None),
        ("permission", None, None),  # 无需: released from a duty
        ("obligation", "主管部门及其工作人员", None),  # the subject before 对 ...
    ]
    assert records[0].action.endswith("按照国家标准配备计量器具")
    assert records[2].condition == "重点用水企业未达到用水定额的"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of actors after 鼓励
        (
            "国家鼓励汽车生产企业、电池生产企业与综合利用企业开展合作。",
            ("encouragement", "汽车生产企业、电池生产企业与综合利用企业"),
        ),
        # a duty held: 负有 ... 义务
        ("监督检查人员对知悉的商业秘密负有保密义务。", ("obligation", "监督检查人员")),
    ],
)
def test_actor_lists_and_duties_held(text, expected):
    assert [(r.modality, r.actor) for r in records_of(text)] == [expected]
