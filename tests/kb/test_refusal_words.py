"""Readings the refusal checks and the answer choice share (kb.refusal_words), and the
answer kinds and money signs they rely on (kb.understand). Clauses, names and questions
are our own, in the style of policy fact sheets and economic surveys."""

from __future__ import annotations

import pytest

from kb.answer_choice import quote_first
from kb.hits import Hit
from kb.lexical import tokenize
from kb.refusal import focus_reason, kind_reason, name_reason, states_kind
from kb.refusal_words import carries_kind, names
from kb.understand import answer_kind, carries, understand


def _hit(text: str, *, relevance: float = 0.9, key: str = "") -> Hit:
    return Hit(
        key=key or text[:20],
        doc_id="d",
        clause_id=text[:8],
        text=text,
        relevance=relevance,
        context=text,
        start=0,
        end=len(text),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port agency approved an outlay of ₹4,210 crore for new berths.", True),
        ("Rs 900 was paid to each fisher household.", True),
        ("The scheme is worth 3 lakh rupees per village.", True),
        ("The berths will handle 4,210 vessels a year.", False),
    ],
)
def test_rupees_crore_and_lakh_are_sums_of_money(text, expected):
    assert carries("amount", text) is expected


@pytest.mark.parametrize(
    "question",
    [
        "How much should the first round of the river clean-up fund raise?",
        "How much can a family save on its heating bills by insulating the loft?",
        "How much could the region mobilise for coastal defences?",
    ],
)
def test_raising_mobilising_and_bills_ask_for_money(question):
    assert answer_kind(question) == "amount"


def test_a_quantity_question_without_money_words_stays_a_quantity():
    assert answer_kind("How much gas did the island import last winter?") == "quantity"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the next three years, the villages will receive hands-on advice.", True),
        ("Board members serve a term of five years, renewable once.", True),
        ("The advice is offered to every village that applies.", False),
    ],
)
def test_how_long_is_answered_by_a_duration_in_words(text, expected):
    query = understand("For how long will the villages get hands-on advice?")
    assert carries_kind(query, text) is expected
    reason = kind_reason(query, [_hit(text)])
    assert (reason == "") is expected


def test_a_duration_does_not_answer_a_when_question():
    query = understand("When will the villages get hands-on advice?")
    text = "Over the next three years, the villages will receive hands-on advice."
    assert not carries_kind(query, text)
    assert kind_reason(query, [_hit(text)])


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Hawaiian", "The base in Hawaii will run on its own microgrid.", True),
        ("Romanian", "Plans to build a reactor in Romania were announced.", True),
        ("Canadian", "Canada and the partners launched the initiative.", True),
        ("Japanese", "Japan joined the pledge in the spring.", True),
        ("Peruvian", "Chile and Bolivia joined the pledge in the spring.", False),
        ("Cuban", "Cuba signed the regional grid accord.", True),
        # a stem cut to a common word is not the place
        ("Spanish", "The bridge has a span of 300 metres.", False),
        ("German", "Hand washing stops a germ from spreading.", False),
    ],
)
def test_a_place_adjective_is_spoken_of_by_its_place(name, text, expected):
    assert names(set(tokenize(text)), name) is expected


def test_a_place_adjective_no_longer_refuses_the_place_s_clause():
    text = "The range base in Hawaii pairs a 12 MW solar field with a 40 MWh battery."
    query = understand("How large is the battery at the Hawaiian range base?")
    assert name_reason(query, [_hit(text)], lambda _doc: text) == ""
    other = understand("How large is the battery at the Peruvian range base?")
    assert "Peruvian" in name_reason(other, [_hit(text)], lambda _doc: text)


def test_a_capital_stands_for_its_country():
    text = "India approved its hydrogen mission with an initial outlay of ₹19,000 crore."
    query = understand("What initial budget did New Delhi approve for the hydrogen mission?")
    assert name_reason(query, [_hit(text)], lambda _doc: text) == ""


def test_an_outlay_states_a_budget():
    query = understand("What initial budget did the ministry approve for the hydrogen mission?")
    outlay = "The ministry approved the hydrogen mission with an initial outlay of ₹19,000 crore."
    assert focus_reason(query, [_hit(outlay)]) == ""
    assert focus_reason(query, [_hit("The ministry approved the hydrogen mission.")])


def test_how_long_quotes_the_clause_with_the_duration():
    query = understand("For how long will the chosen villages get hands-on advice?")
    ranked = [
        _hit("The agency has chosen 20 villages that will pioneer clean heat.", relevance=0.9),
        _hit("Over the next three years, these villages will get hands-on advice.", relevance=0.7),
    ]
    assert quote_first(query, ranked)[0].text.startswith("Over the next three years")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "How much climate aid a year will Britain give by 2027?",
            "The UK will provide £4bn a year in climate aid by 2027.",
        ),
        (
            "What is the top list price for the Dutch scrappage bonus?",
            "In the Netherlands the scrappage bonus applies to cars listed below € 38,000.",
        ),
        (
            "How many school buses does the Canadian plan want converted by 2030?",
            "The Government of Canada wants 3,000 school buses converted by 2030.",
        ),
        (
            "How much did the Australian budget set aside for home batteries?",
            "Australia set aside A$2.3 billion for home batteries.",
        ),
        (
            "What share of power must be green under the German law by 2030?",
            "Germany must source 80 percent of its power from renewables by 2030.",
        ),
    ],
)
def test_a_country_asked_by_another_of_its_names_is_not_refused(question, text):
    assert name_reason(understand(question), [_hit(text)], lambda _doc: text) == ""


def test_another_country_s_clause_is_still_refused():
    text = "Ireland will provide €225 million a year in climate aid by 2027."
    query = understand("How much climate aid a year will Britain give by 2027?")
    assert "Britain" in name_reason(query, [_hit(text)], lambda _doc: text)


@pytest.mark.parametrize(
    "question",
    [
        "How soon after signature does the port levy take effect?",
        "Within how many days must the operator report a spill?",
    ],
)
def test_how_soon_is_answered_by_a_length_of_time(question):
    query = understand(question)
    text = "The levy applies three months after signature; a spill is reported inside a week."
    assert carries_kind(query, text)
    assert kind_reason(query, [_hit(text)]) == ""
    bare = "The levy applies once the accord is signed."
    assert kind_reason(query, [_hit(bare)])


def test_a_count_with_a_separator_and_modifiers_still_counts_its_noun():
    query = understand("How many buses will the harbour city buy for its tram-free lines?")
    assert states_kind(query, _hit("The city will buy 1,500 zero-emission battery-electric buses."))
    assert not states_kind(query, _hit("The city buys buses from 12 makers in 2026 and beyond."))


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "How far will Berlin cut its greenhouse gas emissions by 2030?",
            "Germany will cut its greenhouse gas emissions by 65 percent by 2030.",
        ),
        (
            "How many electric ferries will Tokyo order by 2028?",
            "Japan will order 40 electric ferries by 2028.",
        ),
        (
            "How much has Canberra budgeted for its tram line?",
            "Australia has budgeted A$1 billion for its tram lines.",
        ),
        (
            "What heat pump goal has Canada set for 2035?",
            "Ottawa's own heat plan aims for 20,000 heat pumps in homes by 2035.",
        ),
    ],
)
def test_a_capital_city_does_not_stand_for_its_country(question, text):
    assert name_reason(understand(question), [_hit(text)], lambda _doc: text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "How many charging points will the Chinese plan add by 2027?",
            "China will add two million public charging points by 2027.",
        ),
        (
            "What solar and wind capacity has the PRC set for 2030?",
            "China aims for 1,200 GW of solar and wind capacity by 2030.",
        ),
        (
            "What share of new cars sold in the USA must be electric by 2032?",
            "The United States wants two thirds of new cars sold to be electric by 2032.",
        ),
        (
            "How much do American grants give heat pump buyers?",
            "In the United States heat pump buyers get grants of up to $8,000.",
        ),
        (
            "How much of its power must the Netherlands draw from wind by 2030?",
            "Dutch wind farms must supply 40 percent of power by 2030.",
        ),
        (
            "What is the Netherlands’ goal for offshore wind by 2032?",
            "Dutch offshore wind is to reach 21 GW by 2032.",
        ),
        (
            "How many heat pumps will Swiss homes get by 2030?",
            "Switzerland plans 400,000 more heat pumps in homes by 2030.",
        ),
    ],
)
def test_a_country_is_found_under_its_other_names_from_a_general_list(question, text):
    assert name_reason(understand(question), [_hit(text)], lambda _doc: text) == ""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Netherlands", "Dutch ports will run on shore power.", True),
        ("the Netherlands", "Dutch ports will run on shore power.", True),
        ("Netherlands’", "Holland's ports will run on shore power.", True),
        ("Holland", "The Netherlands will fit shore power in ports.", True),
        ("the Netherlands", "Belgian ports will run on shore power.", False),
    ],
)
def test_a_possessive_ending_and_a_leading_the_are_read_as_a_suffix(name, text, expected):
    assert names(set(tokenize(text)), name) is expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        (
            "How many enforcement staff will the agency hire by 2026?",
            "The agency will hire 40 of the planned enforcement staff by 2026.",
            True,
        ),
        (
            "How many hydrogen buses will the city buy by 2027?",
            "The city will buy 300 of the new hydrogen buses by 2027.",
            True,
        ),
        (
            "How many inspectors will the port authority add?",
            "The port authority will add 25 to the number of its inspectors.",
            True,
        ),
        (
            "How many hydrogen buses will the city buy by 2027?",
            "The city will replace all of its diesel buses with cleaner models.",
            False,
        ),
    ],
)
def test_stop_words_do_not_count_toward_the_window_before_a_counted_noun(question, text, expected):
    assert states_kind(understand(question), _hit(text)) is expected


@pytest.mark.parametrize(
    ("question", "text", "expected"),
    [
        (
            "How soon will the town reach net zero?",
            "The town has worked on its climate action for many years.",
            False,
        ),
        (
            "How soon will the ban on new diesel vans apply?",
            "The consultation on the diesel van ban ran for twelve weeks.",
            False,
        ),
        (
            "How soon will the levy be collected?",
            "The levy has been debated for a year and several weeks.",
            False,
        ),
        (
            "How quickly will emissions fall under the plan?",
            "Emissions fell by 12% over two years.",
            False,
        ),
        (
            "How soon must the operator report a leak?",
            "Leaks are reported within three days.",
            True,
        ),
        ("How soon after approval do works begin?", "Works begin 18 months after approval.", True),
        (
            "How soon will the levy apply?",
            "The levy applies within 6 months of the law entering into force.",
            True,
        ),
    ],
)
def test_how_soon_wants_a_counted_time_tied_to_a_start(question, text, expected):
    assert carries_kind(understand(question), text) is expected
    assert (kind_reason(understand(question), [_hit(text)]) == "") is expected


def _titled(text: str, title: str) -> Hit:
    return Hit(
        key=text[:20],
        doc_id="d",
        clause_id=text[:8],
        text=text,
        relevance=0.9,
        context=text,
        start=0,
        end=len(text),
        title=title,
    )


@pytest.mark.parametrize(
    ("question", "title", "text", "refused"),
    [
        # a capital stands for the country the document's title is about
        (
            "How many electric ferries will Oslo order before 2029?",
            "Norway's electric ferry programme",
            "The programme will order 30 electric ferries before 2029.",
            False,
        ),
        # a state or province asks for its own figure, not its country's
        (
            "How much can a Manitoba household reclaim on a heat pump?",
            "Canada: clean heat country report",
            "A household can reclaim up to $5,000 on a heat pump.",
            True,
        ),
        (
            "How many buses will the Chicago transit agency electrify?",
            "United States clean transit plan",
            "The transit agency will electrify 800 buses by 2030.",
            True,
        ),
        # another country's capital is not let through by the title
        (
            "How many electric ferries will Lisbon order before 2029?",
            "Norway's electric ferry programme",
            "The programme will order 30 electric ferries before 2029.",
            True,
        ),
        # the country merely mentioned in the text, not the document's subject
        (
            "How many electric ferries will Oslo order before 2029?",
            "Coastal shipping notes",
            "Norway will order 30 electric ferries before 2029.",
            True,
        ),
        # never the other way round: a city's document does not speak for its country
        (
            "How many electric ferries will Norway order before 2029?",
            "Oslo harbour plan",
            "The harbour will order 30 electric ferries before 2029.",
            True,
        ),
    ],
)
def test_a_capital_stands_for_the_country_the_title_names(question, title, text, refused):
    reason = name_reason(understand(question), [_titled(text, title)], lambda _doc: text)
    assert bool(reason) is refused
