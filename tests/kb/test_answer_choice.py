"""Answer kinds, the clause an answer quotes, the part of it quoted, and refusals that
check what the quoted clause supports (kb.understand, kb.answer_choice, kb.excerpt,
kb.refusal). Sentences are our own, in the style of policy fact sheets."""

from __future__ import annotations

import pytest

from kb.answer_choice import continued, quote_first
from kb.answer_focus import asked_focus, focus_near
from kb.excerpt import best_excerpt
from kb.hits import Hit
from kb.refusal import focus_reason, refusal_reason, sector_reason, year_chosen_reason
from kb.understand import answer_kind, excluded_part, understand


def _hit(text: str, *, relevance: float = 0.9, kind: str = "sentence", context: str = "") -> Hit:
    return Hit(
        key=text[:20],
        doc_id="d",
        clause_id=text[:8],
        text=text,
        relevance=relevance,
        kind=kind,
        context=context or text,
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How long is the new cross-border power line?", "quantity"),
        ("How long will imported modules be spared the duties?", "date"),
        ("How long did callers wait on the tax helpline this spring?", "date"),
        ("What is the estimated budget of the coastal resilience plan?", "amount"),
        ("What did the regional government put the storm damage at?", "amount"),
        ("What minimum lifecycle emissions cut must the fuel deliver?", "quantity"),
        ("When was the ministry's news story on the heat pump scheme put out?", "metadata_date"),
        ("When was the agency's web page on loft insulation posted?", "metadata_date"),
        ("What day was the news item about the tram fleet posted online?", "metadata_date"),
        ("When was the Clean Ports Act signed into law?", "year"),
        ("What greenhouse gas budget results for 2030-2050?", "other"),
        ("Which productivity measure should rise with digital tools?", "other"),
    ],
)
def test_answer_kind(question, kind):
    assert answer_kind(question) == kind


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("How many jobs will the harbour wind goal support?", "job"),
        ("What share of ferries must run on batteries by 2035?", "ferry"),
        ("How much grant money went to replacing leaky gas mains?", "grant"),
    ],
)
def test_asked_focus_starts_with_what_is_asked(question, first):
    assert asked_focus(understand(question))[0] == first


def test_focus_near_finds_the_asked_words_beside_the_figure():
    q = understand("How many jobs will the harbour wind goal support?")
    beside = "The goal would power 2 million homes and support 31,000 jobs in port towns."
    apart = "The harbour wind goal is 12 GW, and it will create jobs."
    assert focus_near(q, beside) > focus_near(q, apart)
    # a question that wants no figure has no focus to look for
    assert focus_near(understand("Which agency runs the scheme?"), beside) == 0.0


@pytest.mark.parametrize(
    ("question", "set_aside"),
    [
        (
            "Besides tidal and wave power, which other source does the plan name?",
            "tidal and wave power",
        ),
        ("Apart from the ports authority, who must sign off the permits?", "the ports authority"),
        ("Grid fees aside, what else does the reform cut?", "Grid fees"),
        ("Which other source does the plan name?", ""),
    ],
)
def test_excluded_part(question, set_aside):
    assert excluded_part(question) == set_aside


LONG = (
    "The harbour wind programme set out by the coastal ministry in its spring statement "
    "aims to install 12 gigawatts of turbines off the northern shore by 2032, enough to "
    "power 2 million homes across the region, support 31,000 jobs in shipyards and port "
    "towns, and draw private investment into cable factories, vessels, training centres "
    "and the upgraded quays that the heavy components will need."
)


@pytest.mark.parametrize(
    ("question", "must_have"),
    [
        ("How many jobs will the harbour wind programme support?", "31,000 jobs"),
        ("How many homes could the harbour wind programme power?", "2 million homes"),
        ("How many gigawatts does the harbour wind programme aim to install?", "12 gigawatts"),
    ],
)
def test_excerpt_quotes_the_piece_with_the_asked_figure(question, must_have):
    excerpt = best_excerpt(question, LONG)
    assert must_have in excerpt
    assert len(excerpt) < len(LONG)


def test_excerpt_skips_the_piece_a_question_sets_aside():
    text = (
        "The cooling plan for the new data hall relies on several measures, among them "
        "free-air cooling drawn from the river valley, liquid cooling loops fitted to the "
        "densest racks, and waste-heat recovery feeding the district heating network of the "
        "town, which together cut the hall's electricity use by about a third each year."
    )
    excerpt = best_excerpt("Besides free-air cooling, which other cooling method is used?", text)
    assert "liquid cooling loops" in excerpt


def test_quote_first_prefers_the_candidate_that_states_the_asked_figure():
    q = understand("How many jobs will the harbour wind programme support?")
    goal = _hit(
        "The harbour wind programme is the region's flagship climate project.", relevance=0.9
    )
    jobs = _hit("The programme will support 31,000 jobs in port towns.", relevance=0.7)
    weak = _hit("Jobs in port towns support 31,000 families.", relevance=0.3)
    assert quote_first(q, [goal, jobs, weak])[0] is jobs
    # a candidate far less relevant than the first is never quoted instead
    assert quote_first(q, [goal, weak])[0] is goal


def test_quote_first_passes_over_a_figure_for_another_year():
    q = understand("What share of ferries must run on batteries in 2035?")
    other = _hit("A quarter of ferries must run on batteries by 2030.", relevance=0.9)
    asked = _hit("In 2035 the share of battery ferries must reach 60%.", relevance=0.8)
    assert quote_first(q, [other, asked])[0] is asked


def test_quote_first_prefers_the_candidate_that_names_the_asked_attribute():
    q = understand("What is the yearly budget of the coastal resilience plan?")
    plan = _hit("The coastal resilience plan covers dunes, dikes and salt marshes.", relevance=0.9)
    budget = _hit("The plan has a yearly budget of EUR 40 million.", relevance=0.6)
    assert quote_first(q, [plan, budget])[0] is budget


def test_quote_first_passes_over_the_list_item_a_question_sets_aside():
    q = understand("Besides consulting the unions, which region must the agencies work with?")
    unions = _hit(
        "Agencies shall: … - Consult the unions and employers.", relevance=0.8, kind="item"
    )
    region = _hit(
        "Agencies shall: … - Work with the Northern Isles on grid links.",
        relevance=0.6,
        kind="item",
    )
    assert quote_first(q, [unions, region])[0] is region


def test_an_answer_runs_on_into_the_next_sentence_that_states_the_figure():
    q = understand("What did the government estimate the flood damage at?")
    para = (
        "The valley was hit by storms and floods in the autumn. The government estimated "
        "the damage at EUR 2 billion. Rebuilding began in the spring."
    )
    hit = _hit("The valley was hit by storms and floods in the autumn.", context=para)
    assert continued(q, hit, hit.text).endswith("the damage at EUR 2 billion.")
    # a clause that states the figure itself is quoted alone
    stated = _hit("The government estimated the damage at EUR 2 billion.", context=para)
    assert continued(q, stated, stated.text) == stated.text


def test_a_chinese_run_in_clause_runs_on_into_its_next_sentence_only():
    # a news item cut from its headline ("headline … body"); the paragraph runs the items
    # together with no space after 。, and the next item follows the figure's sentence
    q = understand("What did the Qingshui reservoir in Guangxi cost in total?")
    body = "今天，广西青水水库工程通过验收，转入正常运行。"
    para = f"上一条消息完。广西青水水库通过验收{body}该工程兼顾防洪和供水，总投资120亿元。另一条消息今天发布。"
    hit = _hit(f"广西青水水库通过验收 来源： … {body}", context=para)
    out = continued(q, hit, hit.text)
    assert out.endswith("该工程兼顾防洪和供水，总投资120亿元。")
    assert "另一条消息" not in out
    # a clause that states the sum itself is quoted alone
    stated = _hit("该工程兼顾防洪和供水，总投资120亿元。", context=para)
    assert continued(q, stated, stated.text) == stated.text


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # a figure for another year than the one asked
        (
            "What share of buses must be electric in 2035?",
            "Half of new buses are to be electric by 2030.",
            True,
        ),
        (
            "What share of buses must be electric in 2030?",
            "Half of new buses are to be electric by 2030.",
            False,
        ),
        # a clause with no year at all may still answer (the year is in the heading)
        (
            "What share of buses must be electric in 2035?",
            "Half of new buses are to be electric.",
            False,
        ),
        # "the mid-2030s" names a decade, not the year 2030
        ("What share of buses must be electric by the mid-2030s?", "Half by 2035.", False),
        # asking for the year itself is another check's business
        (
            "In what year must buses be electric?",
            "Half of new buses are to be electric by 2030.",
            False,
        ),
    ],
)
def test_year_of_the_quoted_clause(question, clause, refused):
    assert bool(year_chosen_reason(understand(question), [_hit(clause)])) is refused


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        (
            "What cut must come from the fisheries sector?",
            "The economy-wide cut is 60% by 2040.",
            True,
        ),
        (
            "What cut must come from the fisheries sector?",
            "Fisheries must cut fuel use by 20%.",
            False,
        ),
        ("What cut must the private sector make?", "The economy-wide cut is 60% by 2040.", False),
        (
            "What cut must come from heavy industries?",
            "The economy-wide cut is 60% by 2040.",
            False,
        ),
        # a verb before "sectors" names no sector; "sectors like ..." lists examples
        ("What upgrades suit sectors like food?", "Firms cut water use by 20%.", False),
    ],
)
def test_sector_of_the_quoted_clause(question, clause, refused):
    assert bool(sector_reason(understand(question), [_hit(clause)])) is refused


def test_an_asked_attribute_must_be_named_by_the_quoted_clause():
    q = understand("What is the yearly budget of the coastal resilience plan?")
    plan = _hit("The coastal resilience plan covers dunes, dikes and salt marshes.")
    other = _hit("The national flood fund has a yearly budget of EUR 90 million.")
    assert focus_reason(q, [plan, other]) == "no passage speaks of budget"
    assert refusal_reason(q, [plan, other], lambda _: "").startswith("no passage speaks of")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How much does the utility intend to spend on new substations this decade?", "amount"),
        ("How much would the transport bill put into safer crossings for cyclists?", "amount"),
        ("What does the survey of seabirds near the wind farm cost?", "amount"),
        ("How large is the city's contest for cool-roof designs?", "amount"),
        ("How much diesel would the idling rules save each year?", "quantity"),
        ("How much have heat pump exports grown since 2019?", "quantity"),
    ],
)
def test_a_money_word_late_in_a_how_much_question_asks_for_money(question, kind):
    assert answer_kind(question) == kind


def test_quote_first_takes_the_sum_when_spending_is_asked_late_in_the_question():
    q = understand("How much does the ferry operator plan to spend on shore power by 2030?")
    miles = _hit("The operator will electrify 1,200 miles of coastal routes.", relevance=0.9)
    money = _hit("The operator aims to invest $2 billion in shore power by 2030.", relevance=0.8)
    assert quote_first(q, [miles, money])[0] is money


def test_quote_first_prefers_the_clause_that_names_the_asked_year_itself():
    q = understand("How deep a cut in refrigerant imports applies from 2027?")
    # both sit in one paragraph that names 2027; only the second clause says it
    paragraph = "An earlier 10% cut applied in 2024 and 2025. A 45% cut applies from 2027."
    earlier = _hit("An earlier 10% cut applied in 2024 and 2025.", context=paragraph)
    asked = _hit("A 45% cut applies from 2027.", relevance=0.85, context=paragraph)
    assert quote_first(q, [earlier, asked])[0] is asked


@pytest.mark.parametrize(
    ("question", "clause", "refused"),
    [
        # "cost" states a price, "miles" a length: synonyms from terms.toml
        (
            "What share of the installation price can a family reclaim?",
            "Families can reclaim up to 25 percent of the cost of the heat pump.",
            False,
        ),
        (
            "What length of coastline will the new ferry network serve?",
            "The network will serve over 900 miles of coastline.",
            False,
        ),
        (
            "What price does the ferry network charge per trip?",
            "The network will serve over 900 miles of coastline.",
            True,
        ),
    ],
)
def test_an_asked_attribute_may_be_named_by_its_synonym(question, clause, refused):
    assert bool(focus_reason(understand(question), [_hit(clause)])) is refused


def test_a_person_is_known_by_the_surname_but_an_institution_by_every_word():
    from kb.refusal import name_reason

    doc = "The Okafor Foundation gave $3 million to the tidal energy lab in Cork."
    hit = _hit(doc)
    text = lambda _: doc  # noqa: E731
    asked = understand("How much did Amara Okafor give to the tidal energy lab?")
    assert name_reason(asked, [hit], text) == ""
    other = understand("How much did the Harbour Defense Fund give to the lab?")
    assert (
        name_reason(other, [hit], text) == "the document found does not speak of Harbour, Defense"
    )
    assert name_reason(understand("What did Wexford give to the lab?"), [hit], text)


def test_jobs_and_members_are_head_counts_a_clause_must_name():
    from kb.refusal import asked_attributes

    q = understand("How many jobs will the ferry electrification programme create?")
    ferries = _hit("The ferry electrification programme will convert 40 vessels by 2030.")
    assert focus_reason(q, [ferries]) == "no passage speaks of jobs"
    jobs = _hit("The ferry electrification programme will create 2,500 jobs in shipyards.")
    assert focus_reason(q, [jobs]) == ""
    board = understand("How many members sit on the regional climate advisory board?")
    assert asked_attributes(board) == ["members"]
    # a capitalised attribute word is part of a name, not the thing asked for
    plan = understand("How much does the Green Jobs Plan put into rail freight?")
    assert asked_attributes(plan) == []


def test_names_must_stand_near_the_quoted_clause_in_a_long_list_of_actors():
    from kb.refusal import NAME_REACH, name_reason

    filler = "Other firms announced further plans across the country. " * 60
    first = "Nordvolt will open a cable plant in Ghent, creating 300 jobs."
    second = "Kestrel Charging plans to install 5,000 chargers by 2030."
    doc = f"Clean industry announcements\n\n{filler}\n\n{first}\n\n{filler}\n\n{second}"
    assert doc.index(first) > NAME_REACH and doc.index(second) - doc.index(first) > NAME_REACH
    start = doc.index(second)
    end = start + len(second)
    quoted = Hit(
        key="k", doc_id="d", clause_id="c", text=second, start=start, end=end, context=second
    )
    text = lambda _: doc  # noqa: E731
    # Nordvolt and Ghent are named in the document, but far from the quoted clause
    far = understand("How many chargers has Nordvolt installed in Ghent?")
    assert name_reason(far, [quoted], text).startswith("the passage found does not speak of")
    # the company the quoted clause is about
    near = understand("How many chargers does Kestrel Charging plan to install?")
    assert name_reason(near, [quoted], text) == ""
    # one name of two far away is not enough to refuse
    mixed = understand("How many chargers do Kestrel and Nordvolt plan?")
    assert name_reason(mixed, [quoted], text) == ""


def test_a_year_must_be_stated_by_the_quoted_clause_itself():
    from kb.refusal import kind_reason

    q = understand("In what year will the second phase of the marine survey end?")
    launch = _hit("The agency is launching the second phase of the marine survey.")
    other = _hit("A separate coastal mapping effort ran from 2019 to 2022.")
    assert kind_reason(q, [launch, other]) == "the passage found states no year"
    dated = _hit("The second phase of the marine survey will end in 2029.")
    assert kind_reason(q, [dated, launch]) == ""


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What portion of the purchase price can a farmer get back as a rebate?", "share"),
        ("What minimum share of the cost of a bus must be built at home?", "share"),
        ("What cost per tonne does the port aim to reach?", "amount"),
    ],
)
def test_a_share_asked_up_front_is_a_share_even_beside_money_words(question, kind):
    assert answer_kind(question) == kind


def test_fractions_in_words_state_a_share():
    from kb.understand import carries

    assert carries("share", "About two-thirds of the grants go to rural towns.")
    assert carries("share", "Three quarters of the fleet is already electric.")
    assert not carries("share", "The fleet has 300 electric buses.")


def test_the_asked_year_counts_in_the_clause_not_in_the_sentence_quoted_before_it():
    q = understand("How deep a cut in refrigerant imports applies from 2027?")
    # "This builds on ..." is indexed with its antecedent, which names 2027
    follow = Hit(
        key="a",
        doc_id="d",
        clause_id="a",
        text="This builds on an earlier 10% cut for 2024 and 2025.",
        indexed_text="A 45% cut applies from 2027. This builds on an earlier 10% cut for 2024 and 2025.",
        relevance=0.9,
        context="A 45% cut applies from 2027. This builds on an earlier 10% cut for 2024 and 2025.",
    )
    own = _hit("A 45% cut applies from 2027.", relevance=0.85)
    assert quote_first(q, [follow, own])[0] is own


def test_a_month_alone_states_when_something_recurs():
    from kb.refusal import kind_reason

    q = understand("When must the port authority publish its shore power report?")
    monthly = _hit("The port authority shall publish a shore power progress report every March.")
    older = _hit("The first shore power berths opened in 2021.")
    assert kind_reason(q, [monthly, older]) == ""
    # without the month, the quoted clause states no time of its own
    plain = _hit("The port authority shall publish a shore power progress report.")
    assert kind_reason(q, [plain, older]) == "the passage found states no year"
