"""Small grammars that extend English with another language's deadline and base-year forms."""

from __future__ import annotations

import pytest

from ingest.load import detect_language
from ingest.pipeline import process_document
from ingest.records import Document, content_id


@pytest.mark.parametrize(
    "text, language, year, value, base_year",
    [
        ("Reducir las emisiones de gases de efecto invernadero de Andalucía un 39 % en el año 2030 "
         "con respecto al año 2005.", "es", 2030, 39.0, 2005),
        ("La ville s'engage à réduire de 40 % ses émissions d'ici 2030 par rapport à 1990.",
         "fr", 2030, 40.0, 1990),
        ("Il Comune si impegna a ridurre del 68,9 % le emissioni entro il 2030 rispetto al 2005.",
         "it", 2030, 68.9, 2005),
        ("Die Treibhausgasemissionen sollen bis zum Jahr 2030 um mindestens 55 % gesenkt werden, "
         "bezogen auf den Durchschnitt des Jahres 1990.", "de", 2030, 55.0, 1990),
        ("O estado vai reduzir as emissões em 43% até 2030 em relação aos níveis de 2005.",
         "pt", 2030, 43.0, 2005),
    ],
)  # fmt: skip
def test_european_targets(text, language, year, value, base_year):
    assert detect_language(text) == language
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language=language)
    (target,) = process_document(document, types=("target",)).records
    assert (target.year, target.value, target.unit, target.base_year) == (
        year,
        value,
        "%",
        base_year,
    )


def test_pledges_without_figures():
    text = "Spätestens bis zum Jahr 2050 soll Bayern klimaneutral sein."
    document = Document(doc_id=content_id(text), path="t.txt", text=text, language="de")
    (target,) = process_document(document, types=("target",)).records
    assert (target.year, target.value) == (2050, None)
