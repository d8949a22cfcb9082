"""Issue 9, sixteenth fresh set: the classes its first contact showed, in texts of our own.

- A list of aims kept as a YAML mapping in a ``.txt`` file (``4-2-title:`` keys, values
  folded over indented lines, no blank line anywhere) is read as its values, each a
  paragraph of its own: the digits of the keys are no figures and the aims stand apart.
- The typographic hyphen U+2010 joins a number to a word as the ASCII one does: a
  "12‐Month Programme" is a name and "under‐5" an age group, no figures.
- An age group written with its bound ("under-5 mortality", "over-65s") is no figure.
- A fraction right after a verb of change and "by" is the change, whatever follows it
  ("lower by one third the deaths from ...").
- A share naming a group by its place in a ranking (the bottom 40 per cent of households,
  最底层40%人口) is no level to reach.
- In Chinese, 每 right before a number makes it a rate's denominator (每10万例活产).
- In Chinese, a fee's figure is a rule's term unless a lowering verb right before it makes
  it the level the fee is to be cut to (将手续费降至3%以下).

Every text is made up for these tests, in the register of an intergovernmental list of aims
or a translation file. Each rule has an ordinary case beside it that keeps its reading.
"""

from __future__ import annotations

import pytest

from ingest.load import load_document
from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, Target, content_id
from ingest.yaml_record import yaml_mapping_as_text

NLP = {"zh": build_nlp(language="zh"), "en": build_nlp(language="en")}


def _keys(records) -> set[tuple]:
    return {
        (r.value, r.unit, r.year) for r in records if isinstance(r, Target) and r.value is not None
    }


def _targets(text: str, language: str = "en") -> set[tuple]:
    document = Document(
        doc_id=content_id(text), path="t.txt", text=text, language=language, date="2016-01-01"
    )
    return _keys(process_document(document, nlp=NLP[language], types=("target",)).records)


def _file_targets(tmp_path, text: str, language: str = "en") -> set[tuple]:
    path = tmp_path / "aims.txt"
    path.write_text(text, "utf-8")
    document = load_document(path, metadata={"language": language, "date": "2016-01-01"})
    return _keys(process_document(document, nlp=NLP[language], types=("target",)).records)


# ---------------------------------------------------------------- a YAML mapping as text

FLAT = (
    "4-1-title: By 2030, make sure every pupil finishes primary school\n"
    "4-2-title: By 2030, cut the share of adults who cannot read by at least 40 per cent\n"
    "  compared with the level of today\n"
    "12-7-title: Promote public buying that favours durable goods\n"
)
NESTED = (
    "'6-1':\n"
    "  title: By 2025, connect 9 in 10 rural homes to a safe water supply\n"
    "'6-2':\n"
    "  title: 'Protect wetlands and river banks'\n"
    "'16-3':\n"
    "  title: Strengthen the courts at all levels\n"
)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (FLAT, ["every pupil", "cannot read", "durable goods"], ["4-1-title", "12-7-title"]),
        (NESTED, ["rural homes", "Protect wetlands", "the courts"], ["'6-1'", "title:", "'16-3'"]),
        ("---\n# aims\na: one aim\nb: two\nc: three\n", ["one aim"], ["---", "# aims"]),
    ],
)
def test_yaml_mapping_is_read_as_its_values(text, kept, gone):
    read = yaml_mapping_as_text(text)
    assert len(read) == len(text)
    for words in kept:
        assert words in read
        assert read.index(words) == text.index(words)  # every value starts where it stood
    for words in gone:
        assert words not in read
    assert read.count("\n\n") >= 2  # each value a paragraph of its own


@pytest.mark.parametrize(
    "text",
    [
        # prose with a colon at the margin: a line of prose at the margin, not a record
        "Note: the plan was revised.\nIt sets three aims for 2030.\nEach has a lead agency.\n",
        # a memo's header lines followed by its body
        "To: all ministries\nFrom: the cabinet office\nSubject: aims\n\nPlease report by May.\n",
        # two keys only: too few to be a record
        "Title: Water plan\nDate: 2024\n",
        # a list, not a mapping
        "- first aim\n- second aim\n- third aim\n",
    ],
)
def test_other_text_is_left_as_it_is(text):
    assert yaml_mapping_as_text(text) == text


def test_yaml_keys_give_no_figures_and_aims_stay(tmp_path):
    found = _file_targets(tmp_path, FLAT)
    assert (40.0, "%", 2030) in found
    assert not {key for key in found if key[0] in (4.0, 1.0, 2.0, 12.0, 7.0)}


def test_a_plain_text_file_keeps_its_reading(tmp_path):
    text = "The ministry will cut the share of adults who cannot read by 40 per cent by 2030.\n"
    assert (40.0, "%", 2030) in _file_targets(tmp_path, text)


# ---------------------------------------------------------------- hyphens and age groups


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # U+2010 in a programme's name
        ("Launch the 12‐Month Programme on clean cooking by 2027.", 12.0, None),
        # ASCII hyphen beside it: already a name
        ("Launch the 12-Month Programme on clean cooking by 2027.", 12.0, None),
        # an age group, with U+2010 and with an ASCII hyphen
        ("All regions aim to lower under‐5 mortality to 20 per 1,000 births by 2030.", 5.0, 20.0),
        ("All regions aim to lower under-5 mortality to 20 per 1,000 births by 2030.", 5.0, 20.0),
        ("The region aims to double the number of over-65s in work by 2030.", 65.0, None),
        # ordinary: a count that is an aim stays
        ("The region aims to train 65 nurses by 2030.", None, 65.0),
    ],
)
def test_hyphenated_names_and_age_groups(text, absent, present):
    values = {key[0] for key in _targets(text)}
    if absent is not None:
        assert absent not in values
    if present is not None:
        assert present in values


# ---------------------------------------------------------------- a fraction after a change


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("By 2030, lower by one third the deaths from lung disease.", 100 / 3),
        ("By 2030, reduce by a quarter the waste sent to landfill.", 25.0),
        # ordinary: a fraction followed by a preposition was read already
        ("Emissions will be cut by a quarter by 2030.", 25.0),
    ],
)
def test_fraction_after_a_change_verb(text, value):
    found = _targets(text)
    assert any(abs(key[0] - value) < 1e-6 and key[1] == "%" for key in found)


# ---------------------------------------------------------------- groups by rank, denominators


@pytest.mark.parametrize(
    ("text", "language", "absent", "present"),
    [
        ("By 2030, raise the income of the bottom 40 per cent of households faster.", "en",
         40.0, None),
        ("到2030年，使最底层40%人口的收入增长快于全国平均水平。", "zh", 40.0, None),
        # ordinary: a share that is an aim stays
        ("到2030年，可再生能源占比达到40%。", "zh", None, 40.0),
        ("By 2030, renewables will reach 40 per cent of supply.", "en", None, 40.0),
        # 每 before a number: a rate's denominator
        ("到2030年，将每10万例活产的孕产妇死亡降至60例以下。", "zh", 100000.0, 60.0),
        ("到2030年，每1 000名新生儿的死亡数降至10例以下。", "zh", 1000.0, 10.0),
        # ordinary: a count without 每 stays
        ("到2030年，新增充电桩10万个。", "zh", None, 100000.0),
    ],
)  # fmt: skip
def test_groups_by_rank_and_denominators(text, language, absent, present):
    values = {key[0] for key in _targets(text, language)}
    if absent is not None:
        assert absent not in values
    if present is not None:
        assert present in values


# ---------------------------------------------------------------- a fee lowered to a level


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        ("到2030年，将跨境转账手续费降至2%以下。", True),
        ("到2028年，把银行卡手续费率减至0.5%以下。", True),
        # ordinary: a fee's rate set by a rule stays a term of the rule
        ("手续费按交易金额的0.6%收取。", False),
        ("对超标排放的单位，按每吨40元征收排污费。", False),
    ],
)
def test_a_fee_lowered_to_a_level_is_an_aim(text, aim):
    values = {key[0] for key in _targets(text, "zh")}
    figure = {"2%": 2.0, "0.5%": 0.5, "0.6%": 0.6, "40元": 40.0}
    wanted = next(v for k, v in figure.items() if k in text)
    assert (wanted in values) is aim
