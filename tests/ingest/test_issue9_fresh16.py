"""Issue 9, sixteenth fresh set: the classes its first contact showed, in texts of our own.

- A list of aims kept as a YAML mapping in a ``.txt`` file (``4-2-title:`` keys, values
  folded over indented lines, no blank line anywhere) is read as its values, each a
  paragraph of its own: the digits of the keys are no figures and the aims stand apart.
- The typographic hyphen U+2010 joins a number to a word as the ASCII one does: a
  "12‐Month Programme" is a name and "under‐5" an age group, no figures.
- An age group written with its bound ("under-5 mortality", "over-65s") is no figure.
- A fraction right after a verb of change and "by" is the change, whatever follows it
  ("cut by one third the hours lost to ..."), unless a unit noun makes it a measure of its
  own ("cut by a quarter point").
- A share naming a group by its place in a ranking (the lowest-earning 30 per cent of homes,
  the top 15% of earners, 收入最低的30%家庭) is no level to reach.
- In Chinese, 每 right before a number makes it a rate's denominator (每10万人口).
- In Chinese, a fee's figure is a rule's term unless a lowering verb right before it makes
  it the level the fee is to be cut to (将收单手续费降至0.4%以下), however far the fee word
  stands before it.
- A key of a YAML record is a key only where the mapping has one: a line folded under a value
  is text whatever it reads, and a key that is a year keeps its words.

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
    "aim-a3: By 2031, see that every town has a lending library\n"
    "aim-b7: By 2031, lower the share of homes without heating by at least 35 per cent\n"
    "  against the level measured at the start\n"
    "aim-c2: Favour repairable goods in public tenders\n"
)
NESTED = (
    "'q-8':\n"
    "  title: By 2027, link 4 in 5 mountain villages to a bus line\n"
    "'q-9':\n"
    "  title: 'Restore salt marshes along the coast'\n"
    "'q-14':\n"
    "  title: Train every district judge in mediation\n"
)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (FLAT, ["every town", "without heating", "repairable goods"], ["aim-a3", "aim-c2"]),
        (
            NESTED,
            ["mountain villages", "Restore salt", "district judge"],
            ["'q-8'", "title:", "'q-14'"],
        ),
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
    assert (35.0, "%", 2031) in found
    assert not {key for key in found if key[0] in (3.0, 7.0, 2.0)}


def test_a_plain_text_file_keeps_its_reading(tmp_path):
    text = "The ministry will cut the share of homes without heating by 35 per cent by 2031.\n"
    assert (35.0, "%", 2031) in _file_targets(tmp_path, text)


# ---------------------------------------------------------------- hyphens and age groups


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # U+2010 in a programme's name
        ("Launch the 12‐Month Programme on clean cooking by 2027.", 12.0, None),
        # ASCII hyphen beside it: already a name
        ("Launch the 12-Month Programme on clean cooking by 2027.", 12.0, None),
        # an age group, with U+2010 and with an ASCII hyphen
        (
            "Each province aims to bring under‐5 stunting down to 12 per 100 children by 2029.",
            5.0,
            12.0,
        ),
        (
            "Each province aims to bring under-5 stunting down to 12 per 100 children by 2029.",
            5.0,
            12.0,
        ),
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
        ("By 2029, cut by one third the hours lost to traffic jams.", 100 / 3),
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
        ("到2029年，让收入最低的30%家庭每月可支配收入多增加一成。", "zh", 30.0, None),
        # ordinary: a share that is an aim stays
        ("到2030年，可再生能源占比达到40%。", "zh", None, 40.0),
        ("By 2030, renewables will reach 40 per cent of supply.", "en", None, 40.0),
        # 每 before a number: a rate's denominator
        ("到2029年，每10万人口的交通事故死亡人数降至3人以下。", "zh", 100000.0, 3.0),
        ("到2029年，每1 000名职工的工伤人数降至2人以下。", "zh", 1000.0, 2.0),
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
        ("到2029年，将小微商户收单手续费降至0.4%以下。", True),
        ("到2028年，把银行卡手续费率减至0.5%以下。", True),
        # ordinary: a fee's rate set by a rule stays a term of the rule
        ("手续费按交易金额的0.6%收取。", False),
        ("对超标排放的单位，按每吨40元征收排污费。", False),
    ],
)
def test_a_fee_lowered_to_a_level_is_an_aim(text, aim):
    values = {key[0] for key in _targets(text, "zh")}
    figure = {"0.4%": 0.4, "0.5%": 0.5, "0.6%": 0.6, "40元": 40.0}
    wanted = next(v for k, v in figure.items() if k in text)
    assert (wanted in values) is aim


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        # the fee's earlier level between the fee word and the lowering verb
        ("到2029年，把跨行转账手续费由1.2%压减到0.3%以内。", True),
        # several words between the fee word and the verb
        ("到2029年，刷卡手续费的平均水平逐步降低到0.3%。", True),
        # 收费 rather than 费
        ("到2029年，将电子支付收费降到0.3%以下。", True),
        # ordinary: a fee set by a rule, with words between, stays a term of the rule
        ("商户手续费统一按结算金额的0.3%计收。", False),
    ],
)
def test_a_fee_lowered_at_any_distance(text, aim):
    values = {key[0] for key in _targets(text, "zh")}
    assert (0.3 in values) is aim


# ---------------------------------------------------------------- review of the first fixes


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a folded value whose next line starts with "word:" is still text
        (
            "w-1: By 2029, fit every clinic with a backup generator, and\n"
            "  notably: maternity wards and theatres, at 85 per cent of sites\n"
            "w-2: Keep spare parts in each district\n"
            "w-3: Train two technicians per clinic\n",
            "notably: maternity wards",
        ),
        # a block value (|) keeps its lines too
        (
            "w-1: |\n  aim: planted banks on every stream\n  more text\n"
            "w-2: two words\nw-3: three words\n",
            "aim: planted banks",
        ),
    ],
)
def test_a_line_folded_under_a_value_is_text(text, words):
    read = yaml_mapping_as_text(text)
    assert len(read) == len(text)
    assert words in read


def test_folded_value_keeps_its_figure_and_deadline(tmp_path):
    text = (
        "w-1: By 2029, fit every clinic with a backup generator, and\n"
        "  notably: maternity wards and theatres, at 85 per cent of sites\n"
        "w-2: Keep spare parts in each district\n"
        "w-3: Train two technicians per clinic\n"
    )
    assert (85.0, "%", 2029) in _file_targets(tmp_path, text)


def test_keys_that_are_years_keep_their_year(tmp_path):
    text = (
        "sector: Lower the output of cement kilns\n"
        "milestones:\n"
        "  2028: by 30 per cent below 2010\n"
        "  2045: to zero\n"
        "lead: industry department\n"
    )
    read = yaml_mapping_as_text(text)
    assert "2028:" in read and "milestones" not in read and "sector" not in read
    assert (30.0, "%", 2028) in _file_targets(tmp_path, text)


def test_year_keys_of_yearly_data_give_no_targets(tmp_path):
    # a series of measured values by year: the years stay keys, the figures no aims
    text = (
        "sector: cement kilns\n"
        "output_kt:\n"
        "  2017: 640 kt clinker\n"
        "  2018: 615 kt clinker\n"
        "  2019: 598 kt clinker\n"
        "source: industry register\n"
    )
    read = yaml_mapping_as_text(text)
    assert "2018:" not in read and "615 kt clinker" in read
    assert not {key for key in _file_targets(tmp_path, text) if key[2] in (2017, 2018, 2019)}


def test_nested_keys_are_still_blanked():
    # ordinary: a key with no value, its children indented under it
    text = "x-1:\n  name: Dune fencing\n  note: along the north beach\nx-2: two words\nx-3: three\n"
    read = yaml_mapping_as_text(text)
    assert "name" not in read and "note" not in read
    assert "Dune fencing" in read and "along the north beach" in read


def test_closing_quote_of_a_folded_value_is_blanked():
    text = 'k-1: "Halve landfill waste\n  before the decade ends"\nk-2: two words\nk-3: three\n'
    read = yaml_mapping_as_text(text)
    assert '"' not in read and "decade ends" in read


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a unit noun after the fraction: a measure of its own, no share
        ("Lending rates will be lowered by a quarter point by 2027.", None),
        ("The board will raise by a half point its deposit rate by 2027.", None),
        ("The city will increase by a half-day the opening hours of pools.", None),
        ("Travel times will be cut by one third hour on the new line.", None),
        # ordinary: the fraction followed by the thing changed stays a share
        ("By 2029, raise by one fifth the number of trained midwives.", 20.0),
    ],
)
def test_a_fraction_before_a_unit_noun_is_no_share(text, value):
    shares = {round(key[0], 6) for key in _targets(text) if key[1] == "%"}
    if value is None:
        assert not shares & {25.0, 50.0, round(100 / 3, 6)}
    else:
        assert value in shares


@pytest.mark.parametrize(
    ("text", "language", "absent", "present"),
    [
        ("By 2029, keep pay rises for the top 15% of earners below the median.", "en", 15.0,
         None),
        ("By 2029, lift the incomes of the 30 per cent poorest families faster.", "en", 30.0,
         None),
        ("By 2029, lift the pay of the bottom 30% of wage-earners ahead of prices.", "en", 30.0,
         None),
        ("到2029年，使30%最贫困家庭的医疗支出负担明显减轻。", "zh", 30.0, None),
        ("到2029年，让底层30%群体的住房条件得到改善。", "zh", 30.0, None),
        # ordinary: a share of households that is the aim stays
        ("By 2029, raise to 30 per cent the share of households on district heating.", "en", None,
         30.0),
        ("到2029年，使30%的家庭接入集中供暖。", "zh", None, 30.0),
    ],
)  # fmt: skip
def test_groups_by_rank_in_other_orders(text, language, absent, present):
    values = {key[0] for key in _targets(text, language)}
    if absent is not None:
        assert absent not in values
    if present is not None:
        assert present in values


def test_a_list_of_mappings_has_its_keys_blanked():
    text = (
        "plan: Coastal works\n"
        "items:\n"
        "  - name: Dune fencing\n"
        "    note: along the north beach\n"
        "  - name: Sea wall repair\n"
        "    note: finished by 2028\n"
        "lead: ports office\n"
    )
    read = yaml_mapping_as_text(text)
    assert len(read) == len(text)
    assert "name" not in read and "note" not in read and "- " not in read
    assert "Dune fencing" in read and "finished by 2028" in read
