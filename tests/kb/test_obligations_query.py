"""kb.obligations and ``policykb obligations`` on a small real store (hashed embeddings).

The store holds the bundled article through the real ingest pipeline
(corpus/china-green-manufacturing-guiding-opinions-2024.txt: paragraph 12,
"guide data centers to expand the proportion of green energy utilization"),
plus a short hand-built notice whose obligations cover the other modalities,
deadlines, conditions and Markdown punctuation.
"""

from __future__ import annotations

import csv
import io
import json
from types import SimpleNamespace

import click
import pytest
from click.testing import CliRunner
from fixtures import ARTICLE

from ingest.records import Clause, Document, Obligation, content_id
from kb.errors import ConfigError, IndexNotFoundError
from kb.obligations import (
    COLUMNS,
    MODALITIES,
    NO_ACTOR,
    doc_titles,
    list_obligations,
    obligation_rows,
    obligations_markdown,
    parse_modalities,
    provision,
)
from kb.service import KnowledgeBase
from kb.settings import Settings
from kb.testing import HashEmbedder
from ui.cli_obligations import register

pytest.importorskip("ingest.pipeline")

DATA_CENTRES = "expand the proportion of green energy utilization"

# (modality, actor, action, condition, year, sentence)
NOTICE = [
    ("obligation", "Data centres", "report their energy use every year", None, 2030,
     "Data centres shall report their energy use every year by 2030."),
    ("prohibition", "data centres", "run coal-fired backup generators",
     "unless the grid fails", None,
     "Data centres must not run coal-fired backup generators unless the grid fails."),
    ("permission", "Member States", "exempt small installations", None, 2027,
     "Member States may exempt small installations until 2027."),
    ("obligation", None, "publish the [list](javascript:x) <b>now</b>", None, 2035,
     "The [list](javascript:x) <b>now</b> shall be published by 2035."),
]  # fmt: skip


def notice_extraction(tmp_path):
    text = "Data Centre Notice\n" + "\n".join(row[-1] for row in NOTICE) + "\n"
    doc_id = content_id(text)
    document = Document(
        doc_id=doc_id, path=str(tmp_path / "notice.txt"), text=text, title="Data Centre Notice"
    )
    clauses, records = [], []
    for number, (modality, actor, action, condition, year, sentence) in enumerate(NOTICE, 1):
        start = text.index(sentence)
        clause = Clause(
            clause_id=content_id(doc_id, start),
            doc_id=doc_id,
            text=sentence,
            start=start,
            end=start + len(sentence),
            section=("Data Centre Notice",),
        )
        clauses.append(clause)
        records.append(
            Obligation(
                modality=modality,
                actor=actor,
                action=action,
                object="",
                condition=condition,
                year=year,
                deadline_text=f"by {year}" if year else "",
                doc_id=doc_id,
                clause_id=clause.clause_id,
                text=sentence,
                start=clause.start,
                end=clause.end,
                section=f"Data Centre Notice > Article {number}",
            )
        )
    return SimpleNamespace(document=document, clauses=tuple(clauses), records=tuple(records))


@pytest.fixture(scope="module")
def article_extraction():
    from ingest.pipeline import ingest_file

    return ingest_file(ARTICLE)


@pytest.fixture()
def kb(tmp_path, article_extraction):
    kb = KnowledgeBase(Settings(db_dir=tmp_path / "kb"), embedder=HashEmbedder(), create=True)
    kb.add_extraction(article_extraction)
    kb.add_extraction(notice_extraction(tmp_path))
    yield kb
    kb.close()


def test_article_obligations_include_what_data_centres_are_guided_to_do(kb):
    records = list_obligations(kb, docs=[str(ARTICLE)])
    assert records and {r.doc_id for r in records} == {records[0].doc_id}
    guided = [r for r in records if r.actor == "data centers"]
    assert [(r.modality, r.action) for r in guided] == [("encouragement", DATA_CENTRES)]
    assert "guide data centers to " + DATA_CENTRES in guided[0].text


@pytest.mark.parametrize("actor, expected", [
    ("DATA CENT", {"data centers", "Data centres", "data centres"}),
    ("member", {"Member States"}),
    ("  states ", {"Member States"}),
    ("nobody", set()),
])  # fmt: skip
def test_actor_is_a_case_insensitive_substring(kb, actor, expected):
    assert {r.actor for r in list_obligations(kb, actor=actor)} == expected


def test_modality_and_year_filters(kb):
    assert [r.action for r in list_obligations(kb, modality=["prohibition"])] == [
        "run coal-fired backup generators"
    ]
    both = list_obligations(kb, modality=["permission,prohibition"])
    assert {r.modality for r in both} == {"permission", "prohibition"}
    # Year bounds keep dated obligations only; the bounds are inclusive.
    assert [r.year for r in list_obligations(kb, year_from=2027, year_to=2030)] == [2030, 2027]
    assert [r.year for r in list_obligations(kb, year_from=2031)] == [2035]
    assert len(list_obligations(kb)) == len(list_obligations(kb, modality=MODALITIES))


def test_bad_modality_lists_the_valid_ones(kb):
    with pytest.raises(
        ConfigError, match="must.*invalid.*obligation, prohibition, permission, encouragement"
    ):
        list_obligations(kb, modality=["obligation,must"])
    assert parse_modalities([" Obligation ", "obligation,permission", ""]) == (
        "obligation",
        "permission",
    )


def test_unknown_document_says_how_to_list_them(kb):
    with pytest.raises(IndexNotFoundError, match="policykb docs"):
        list_obligations(kb, docs=["ffffffffff"])


def test_markdown_checklist_groups_by_actor_with_provenance(kb):
    records = list_obligations(kb)
    text = obligations_markdown(records, doc_titles(kb))
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    # One section per actor, whatever its case; named actors sorted, the unnamed last.
    assert headings == ["## Data centers", "## Data centres", "## Member States", f"## {NO_ACTOR}"]
    centres = text.split("## Data centres")[1].split("## ")[0]
    assert (
        "- [ ] **obligation** — report their energy use every year (by 2030) — "
        "*Data Centre Notice*, Article 1, clause " in centres
    )
    assert (
        "- [ ] **prohibition** — run coal-fired backup generators — unless the grid fails"
        in centres
    )
    assert f"- [ ] **encouragement** — {DATA_CENTRES} — *China Issues" in text
    # Document words cannot become a link or HTML in the checklist.
    assert r"publish the \[list\](javascript:x) \<b\>now\</b\> (by 2035)" in text
    assert obligations_markdown([], {}) == "_No obligations match._\n"


def test_rows_carry_the_document_title_and_every_column(kb):
    rows = obligation_rows(list_obligations(kb, modality=["permission"]), doc_titles(kb))
    assert [tuple(r) for r in rows] == [COLUMNS]
    assert rows[0]["document"] == "Data Centre Notice" and rows[0]["year"] == 2027


# -- policykb obligations ----------------------------------------------------------------------


@click.group()
def cli() -> None:
    """Stand-in for ui.cli.main."""


register(cli)


def run(kb, *args):
    return CliRunner().invoke(cli, ["obligations", "--db", str(kb.settings.db_dir), *args])


def test_cli_markdown_checklist(kb):
    result = run(kb, "--format", "md")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("## Data centers\n")
    assert f"**encouragement** — {DATA_CENTRES}" in result.output


def test_cli_csv_and_jsonl(kb):
    result = run(kb, "--format", "csv", "--actor", "data cent", "--modality", "encouragement")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["action"] for r in rows] == [DATA_CENTRES] and tuple(rows[0]) == COLUMNS
    result = run(kb, "--format", "jsonl", "--doc", "notice", "--year-from", "2030")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(d["year"], d["document"]) for d in lines] == [
        (2030, "Data Centre Notice"),
        (2035, "Data Centre Notice"),
    ]


def test_cli_bad_modality_is_one_line_listing_valid_values(kb):
    result = run(kb, "--modality", "obligation,must")
    assert result.exit_code == 1
    message = result.output.strip()
    assert "\n" not in message and "Traceback" not in message
    assert message == (
        'Error: modality "must" is invalid; choose one or more of: '
        "obligation, prohibition, permission, encouragement"
    )


def test_cli_help_has_an_example():
    result = CliRunner().invoke(cli, ["obligations", "--help"])
    assert "policykb obligations --actor" in result.output


@pytest.mark.parametrize(
    "section, cited",
    [
        ("Chapter II Supervision > Article 7", "Article 7"),
        ("CHAPTER III > Article 11 Assessment of countries > 1 > (a)", "Article 11(1)(a)"),
        ("第二章 用水管理 > 第六条", "第六条"),
        ("PART 3 Enforcement > 6.—(1) A food business operator must designate > (2)", "6(2)"),
        (
            "PART 4 > 15.—(1) The Secretary of State must, before 1st October 2031— > (a)",
            "15(1)(a)",
        ),
        ("Accelerate the green transformation", "Accelerate the green transformation"),
        ("", ""),
    ],
)
def test_provision_is_cited_as_a_lawyer_would(section, cited):
    assert provision(section) == cited


def test_checklist_groups_singular_and_plural_actors():
    def duty(actor: str, action: str) -> Obligation:
        return Obligation(
            modality="obligation", actor=actor, action=action, object="", condition=None,
            year=None, deadline_text="", doc_id="d", clause_id="c", text=action, start=0, end=1,
        )  # fmt: skip

    text = obligations_markdown(
        [duty("Member States", "notify"), duty("Member State", "report")], {}
    )
    assert [line for line in text.splitlines() if line.startswith("## ")] == ["## Member States"]
