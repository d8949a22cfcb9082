"""A sentence is not cut after an abbreviation that a figure follows ("Rs. 19",
"No. 5", "approx. 3 GW"), so the figure stays with the clause that says what it is
(issue 10: a price question was refused because its clause ended on "Rs.")."""

from __future__ import annotations

from ingest.pipeline import build_nlp, process_document
from ingest.records import Document, content_id
from ingest.segment import split_clauses


def _texts(text: str) -> list[str]:
    document = Document(doc_id=content_id(text), path="memo.txt", title="Memo", text=text)
    return [c.text for c in split_clauses(document, build_nlp())]


def test_a_rupee_price_stays_in_its_sentence() -> None:
    texts = _texts(
        "The utility wants to cut the rooftop buy-back rate to Rs. 19 for small systems. "
        "Larger systems would get Rs. 15 per unit.\n"
    )
    assert any("Rs. 19 for small systems" in t for t in texts), texts
    assert any("Rs. 15 per unit" in t for t in texts), texts


def test_a_numbered_reference_stays_in_its_sentence() -> None:
    texts = _texts("The duty is set out in Regulation No. 5 of the ministry. It applies now.\n")
    assert any("No. 5 of the ministry" in t for t in texts), texts


def test_an_ordinary_aim_after_a_full_stop_is_still_its_own_sentence() -> None:
    texts = _texts(
        "Coal use fell sharply last year. 2030 is the year by which sales must reach 40%.\n"
        "Emissions shall be reduced by 55% compared with 1990. Rooftop output must reach 40% by 2030.\n"
    )
    assert any(t.startswith("Rooftop output must reach 40% by 2030") for t in texts), texts
    assert any(t.startswith("Emissions shall be reduced by 55%") for t in texts), texts
    assert not any("fell sharply last year. 2030" in t for t in texts), texts


def test_a_list_ending_in_etc_is_still_cut_before_a_figure() -> None:
    texts = _texts(
        "The plan covers buildings, transport, waste, etc. 40% of new cars sold shall be "
        "electric by 2030.\n"
        "Measures include solar, wind, heat pumps etc. 25 GW of offshore wind shall be "
        "installed by 2030.\n"
        "Our partners include utilities, ports, universities, etc. 2035 is the year by which "
        "emissions shall be cut by 60%.\n"
    )
    assert any(t.startswith("40% of new cars sold shall be electric") for t in texts), texts
    assert any(t.startswith("25 GW of offshore wind") for t in texts), texts
    assert any(t.startswith("2035 is the year by which emissions") for t in texts), texts


def test_a_list_item_number_after_etc_is_not_glued_to_the_sentence_before() -> None:
    texts = _texts("The scope covers forests, farm land, etc. 3. Energy: grids shall be renewed.\n")
    assert not any(t.endswith("etc. 3.") for t in texts), texts


def test_a_spoken_no_ends_its_sentence_before_a_figure() -> None:
    texts = _texts(
        "Asked whether the plant would stay open, the minister said no. 2030 remains the "
        "closure date, and coal power shall be cut by 50% by 2030.\n"
        "The short answer is no. 40% is only an indicative share for 2030.\n"
    )
    assert any(t.startswith("2030 remains the closure date") for t in texts), texts
    assert any(t.startswith("40% is only an indicative share") for t in texts), texts


def test_a_chinese_sentence_after_etc_is_not_joined_to_the_english_one() -> None:
    texts = _texts(
        "Rs. 19 per unit is the tariff, etc. 2030年前碳达峰。\n"
        "Heat pumps, boilers, etc. ２０３０年までに導入する。\n"
    )
    assert not any("etc. 2030年" in t for t in texts), texts
    assert not any("etc. ２０３０年" in t for t in texts), texts


def test_abbreviations_that_stand_before_a_number_still_keep_it() -> None:
    texts = _texts(
        "The buy-back rate falls to Rs. 19 for small systems.\n"
        "The rule is listed as item no. 4 of the schedule.\n"
        "The exemption in Art. 3 of the act ends in 2027.\n"
        "The duty is set out in (No. 12) of the register.\n"
        "The limit follows Regulation (EU) No. 2019/631 on cars.\n"
    )
    assert any("Rs. 19 for small systems" in t for t in texts), texts
    assert any("item no. 4 of the schedule" in t for t in texts), texts
    assert any("Art. 3 of the act" in t for t in texts), texts
    assert any("(No. 12) of the register" in t for t in texts), texts
    assert any("(EU) No. 2019/631 on cars" in t for t in texts), texts


def test_an_aim_after_a_list_ending_in_etc_keeps_its_year() -> None:
    text = (
        "Our partners include utilities, ports, universities, etc. 2035 is the year by which "
        "emissions shall be cut by 60%.\n"
    )
    document = Document(doc_id=content_id(text), path="memo.txt", title="Memo", text=text)
    records = process_document(document, nlp=build_nlp(), types=("target",)).records
    assert any(r.value == 60 and r.year == 2035 for r in records), records
