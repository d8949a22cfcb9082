"""A sentence is not cut after an abbreviation that a figure follows ("Rs. 19",
"No. 5", "approx. 3 GW"), so the figure stays with the clause that says what it is
(issue 10: a price question was refused because its clause ended on "Rs.")."""

from __future__ import annotations

from ingest.pipeline import build_nlp
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
