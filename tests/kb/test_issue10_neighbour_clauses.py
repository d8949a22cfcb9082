"""Among clauses of one document, the answer quotes the one that states the asked thing,
not a neighbour of the same table, article or list (``kb.answer_choice.distinct_cover``,
``CHOICE_WORDS``): the words of the question that only some of the neighbours state weigh
more than the words they all share. Sentences are our own, in the style of a tax analysis
page and a welfare board's page."""

from __future__ import annotations

from kb.answer_choice import distinct_cover, quote_first
from kb.hits import Hit
from kb.understand import understand


def _hit(key: str, text: str, relevance: float, doc: str = "d") -> Hit:
    return Hit(key=key, doc_id=doc, clause_id=key, text=text, relevance=relevance, context=text)


def test_the_clause_naming_the_asked_speaker_goes_before_a_table_row():
    q = understand("How much did the Transport Minister say the harbour levy would raise?")
    ranked = [
        _hit("row", "| | levy | harbour levy | … | Threshold | £3m+ | £1m+ |", 0.86),
        _hit(
            "said",
            "Rates are not set yet, so the port benchmark is used: … the Transport Minister "
            "put the yield at £12m a year",
            0.80,
        ),
        _hit("rev", "| | levy | harbour levy | … | Yield | £300m | £14.5m |", 0.70),
    ]
    assert quote_first(q, ranked)[0].key == "said"


def test_the_start_date_of_the_asked_band_stays_before_a_later_sales_figure():
    q = understand("When do owners of boats worth over £2 million begin to pay the yearly levy?")
    ranked = [
        _hit(
            "start",
            "From June 2031, owners of boats valued over £2 million (at 2029 prices) will "
            "pay, on top of their harbour dues, a yearly levy.",
            0.97,
        ),
        _hit("news", "In the spring budget the government announced a levy on costly boats.", 0.88),
        _hit(
            "sales",
            "Of the 812 sales in 2029 that would owe the levy in 2031: … boats valued over "
            "£4.1 million make up a fifth of sales but bring two fifths of the yield",
            0.77,
        ),
    ]
    assert quote_first(q, ranked)[0].key == "start"


def test_an_ordinary_first_clause_that_states_the_asked_fee_stays_first():
    q = understand("How much is the renewal fee the welfare board charges?")
    ranked = [
        _hit("renew", "The welfare board charges a renewal fee of £30 every three years.", 0.95),
        _hit("entry", "The welfare board charges an entry fee of £10 when a worker joins.", 0.80),
    ]
    assert quote_first(q, ranked)[0].key == "renew"


def test_another_documents_clause_is_not_weighed_by_the_words():
    q = understand("How much is the renewal fee the welfare board charges?")
    ranked = [
        _hit("other", "The welfare board of another state charges £25 a year.", 0.95, doc="e"),
        _hit("renew", "A renewal fee applies.", 0.90),
    ]
    assert quote_first(q, ranked)[0].key == "other"


def test_words_every_neighbour_shares_weigh_little():
    cover = distinct_cover(
        "What fee does the board charge for a renewal?",
        ["The board charges a renewal fee of $30.", "The board charges an entry fee of $10."],
    )
    assert cover[0] == 1.0
    assert cover[1] < 0.5


def test_chinese_clauses_keep_their_order():
    q = understand("某省2030年改造农村户厕的目标是多少？")
    ranked = [
        _hit("rev", "开展村庄清洁行动，完成农村户厕改造26.7万座。", 0.9),
        _hit("aim", "完善农村污水治理机制，改造农村户厕18.2万座。", 0.8),
    ]
    assert quote_first(q, ranked)[0].key == "rev"


def test_a_first_pick_stating_half_the_asked_words_keeps_its_place():
    q = understand("What share of new car sales in the country were electric in May?")
    ranked = [
        _hit(
            "asked", "In the country electric sales rose in May, to 9% of all new car sales.", 0.93
        ),
        _hit("other", "A neighbour was far ahead, with electric cars 18% of new car sales.", 0.92),
    ]
    assert quote_first(q, ranked)[0].key == "asked"
