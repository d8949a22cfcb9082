"""The rule path does each piece of work once: a folder's manifest is parsed once, a text's
language words counted once, a piece of text split into sentences once, a clause's tense
cues searched once, and a clause with no lead-in reads its own deadlines for its report
note. Each test counts the work and checks the result beside it. Sentences are our own."""

from __future__ import annotations

import dataclasses
import re

import pytest

from ingest import aims, enumeration, extract, figures, language, segment, sources
from ingest.dating import Scope, is_future
from ingest.deadlines import find_deadlines
from ingest.lang import load_grammar
from ingest.load import load_document
from ingest.pipeline import build_nlp
from ingest.records import Clause, Document

EN = load_grammar("en")
ZH = load_grammar("zh")


def _clause(text: str, context: str = "", paragraph: int = 3, kind: str = "sentence") -> Clause:
    return Clause(clause_id=f"c{len(text)}", doc_id="d", text=text, start=0, end=len(text),
                  context=context, paragraph=paragraph, kind=kind)  # fmt: skip


# ------------------------------------------------------------------ the folder's manifest


def test_a_folders_manifest_is_parsed_once_for_all_its_documents(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["a.txt", "b.txt", "c.txt"]
    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"Plan {number}: emissions fall by 40% by 2030.\n")
    entries = [
        f'[[document]]\nfile = "{n}"\ndate = 2024-0{i + 1}-15\n' for i, n in enumerate(names)
    ]
    (tmp_path / "sources.toml").write_text("\n".join(entries), encoding="utf-8")
    parses: list[str] = []
    real = sources.tomllib.loads
    monkeypatch.setattr(sources.tomllib, "loads", lambda text: parses.append(text) or real(text))
    dates = [load_document(tmp_path / name).date for name in names]
    assert dates == ["2024-01-15", "2024-02-15", "2024-03-15"]
    assert len(parses) == 1


def test_a_changed_manifest_is_read_again_and_callers_get_their_own_copy(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Emissions fall by 40% by 2030.\n")
    manifest = tmp_path / "sources.toml"
    manifest.write_text('[[document]]\nfile = "a.txt"\ndate = 2023-05-01\n', encoding="utf-8")
    first = sources.read_manifest(tmp_path)
    first["a.txt"]["date"] = "changed by the caller"
    assert sources.read_manifest(tmp_path)["a.txt"]["date"] == "2023-05-01"
    manifest.write_text('[[document]]\nfile = "a.txt"\ndate = 2024-06-30\n', encoding="utf-8")
    assert load_document(tmp_path / "a.txt").date == "2024-06-30"


def test_a_broken_manifest_still_fails_with_its_one_line_each_time(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Emissions fall by 40% by 2030.\n")
    (tmp_path / "sources.toml").write_text("[[document]\nfile = 'a.txt'\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(sources.IngestError, match="is not valid TOML"):
            sources.read_manifest(tmp_path)


# ------------------------------------------------------------------ the text's language


class _CountingWords(frozenset):
    looked_up = 0

    def __contains__(self, word: object) -> bool:
        type(self).looked_up += 1
        return frozenset.__contains__(self, word)


def test_the_language_words_are_counted_once_not_looked_up_per_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = {lang: _CountingWords(words) for lang, words in language._FUNCTION_WORDS.items()}
    monkeypatch.setattr(language, "_FUNCTION_WORDS", counting)
    _CountingWords.looked_up = 0
    text = "The council will cut the emissions of its buildings by half in the next decade. " * 40
    words = len(language._WORD.findall(text))
    assert language.detect_language(text) == "en"
    assert _CountingWords.looked_up < words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La ville réduit de moitié les émissions des bâtiments pour les années qui viennent.", "fr"),
        ("Die Stadt soll die Emissionen der Gebäude bis zum Ende des Jahrzehnts halbieren.", "de"),
        ("Il comune dimezza le emissioni degli edifici entro il decennio per gli anni a venire.", "it"),
        ("The town halves the emissions of its buildings within the decade.", "en"),
        ("到2030年，全市建筑碳排放比2020年下降一半。", "zh"),
    ],
)  # fmt: skip
def test_the_language_is_still_told_by_its_commonest_words(text: str, expected: str) -> None:
    assert language.detect_language(text) == expected


# ------------------------------------------------------------------ sentences of a piece


def test_a_piece_of_text_is_split_into_sentences_once(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = build_nlp()
    piped: list[str] = []
    real = nlp.pipe

    def counting(texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        piped.extend(texts)
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", counting)
    text = (
        "Harbour plan\n\nThe port will cut its emissions by 30% by 2030. Ferries run on "
        "electricity by 2035.\n\nThe plan is reviewed every five years.\n"
    )
    first = segment.split_clauses(Document(doc_id="one", path="one.txt", text=text), nlp)
    calls = len(piped)
    second = segment.split_clauses(Document(doc_id="two", path="two.txt", text=text), nlp)
    assert calls > 0 and len(piped) == calls  # the copy asks the pipeline for nothing
    assert [(c.text, c.start, c.end, c.kind) for c in first] == [
        (c.text, c.start, c.end, c.kind) for c in second
    ]
    assert any("Ferries run on electricity by 2035." == c.text for c in second)


def test_the_split_sentences_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "_SPLIT_KEPT_CHARS", 60)
    nlp = build_nlp()
    texts = [
        f"Depot {n} runs 40 electric buses by 2030. It is paid for by the city.\n" for n in range(3)
    ]
    for number, text in enumerate(texts):
        clauses = segment.split_clauses(Document(doc_id=str(number), path="d.txt", text=text), nlp)
        assert [c.text for c in clauses][0] == f"Depot {number} runs 40 electric buses by 2030."
        assert sum(map(len, segment._SPLIT[nlp])) <= len(text)


def test_a_kept_piece_that_returns_as_the_limit_is_crossed_is_still_split(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a folder's notices share a closing paragraph; the notice that brings the kept pieces
    # over the limit holds that closing again, and it must still come back split
    monkeypatch.setattr(segment, "_SPLIT_KEPT_CHARS", 120)
    nlp = build_nlp()
    closing = "Questions go to the harbour office. It answers within a week.\n"
    first = "Ferries run on electricity by 2035.\n\n" + closing
    second = (
        "The quay adds twelve charging points for ferries and tugs by 2031 at the latest.\n\n"
        + closing
    )
    for number, text in enumerate((first, second)):
        clauses = segment.split_clauses(Document(doc_id=str(number), path="d.txt", text=text), nlp)
        assert [c.text for c in clauses][-2:] == [
            "Questions go to the harbour office.",
            "It answers within a week.",
        ]


def test_split_sentences_follow_a_new_pipeline() -> None:
    text = "Wind doubles by 2030. Solar triples by 2035.\n"
    doc = Document(doc_id="one", path="one.txt", text=text)
    for nlp in (build_nlp(), build_nlp()):
        clauses = segment.split_clauses(doc, nlp)
        assert [c.text for c in clauses] == ["Wind doubles by 2030.", "Solar triples by 2035."]


# ------------------------------------------------------------------ a clause's tense cues


class _CountingPattern:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, text: str, *args):  # type: ignore[no-untyped-def]
        self.searched += 1
        return self.pattern.search(text, *args)


def test_a_clauses_tense_cues_are_searched_once() -> None:
    cues = {name: _CountingPattern(getattr(EN, name))
            for name in ("future", "normative", "historical", "projection")}  # fmt: skip
    grammar = dataclasses.replace(EN, **cues)  # type: ignore[arg-type]
    clause = _clause("The city will cut its emissions by 40% by 2030.")
    first = list(aims.extract_from_clause(clause, grammar, doc_year=2024))
    searched = sum(c.searched for c in cues.values())
    second = list(aims.extract_from_clause(clause, grammar, doc_year=2024))
    assert searched > 0 and sum(c.searched for c in cues.values()) == searched
    assert first == second and [r.value for r in first] == [40.0]


def test_a_reported_figure_stays_a_statistic_with_the_cues_kept() -> None:
    clause = _clause("Emissions fell by 12% between 2015 and 2020.")
    for _ in range(2):
        (record,) = aims.extract_from_clause(clause, EN, doc_year=2024)
        assert type(record).__name__ == "Statistic"


# ------------------------------------------------------------------ the report note


@pytest.fixture
def deadline_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = extract.find_deadlines

    def counting(text: str, grammar, **kw):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, grammar, **kw)

    monkeypatch.setattr(extract, "find_deadlines", counting)
    return seen


def test_a_clause_with_no_lead_in_reads_its_own_deadlines(deadline_reads: list[str]) -> None:
    scope = Scope()
    clause = _clause("In 2019 wind held a 12% share.")
    extract._note_report(scope, clause, EN, 2024)
    assert scope.reporting[3] == (True, True)  # a past year: the sentence reports
    assert deadline_reads == [clause.text]


def test_a_clause_opening_with_marks_still_reads_the_joined_text(
    deadline_reads: list[str],
) -> None:
    scope = Scope()
    clause = _clause("(a) 2019: wind held a 12% share.")
    extract._note_report(scope, clause, EN, 2024)
    assert deadline_reads == [f" {clause.text}"]


def test_an_ordinary_aim_with_no_lead_in_still_does_not_report() -> None:
    scope = Scope()
    extract._note_report(scope, _clause("Emissions must fall by 40% by 2030."), EN, 2024)
    assert scope.reporting[3] == (False, False)


@pytest.mark.parametrize(
    "text, grammar",
    [
        ("2030: emissions 40% below 2005", EN),
        ("FY 2019: 12 Mt of waste", EN),
        ("By 2030 the fleet is electric, as it was not in 2021.", EN),
        ("Phase 2 2025 (2 GW) and 2028 (5 GW)", EN),
        ("this year the share reached 30%, next year it rises to 35%", EN),
        ("十四五期间，全省新增光伏装机1000万千瓦，2020年已完成500万千瓦。", ZH),
        ("到2025年底前，单位产值能耗比2020年下降13.5%。", ZH),
        ("今后5年内，建成100个示范项目。", ZH),
    ],
)  # fmt: skip
def test_the_clause_alone_and_behind_a_space_give_the_same_years_and_kinds(text, grammar) -> None:
    for doc_year in (None, 2019, 2024):
        alone = find_deadlines(text, grammar, doc_year=doc_year)
        joined = find_deadlines(f" {text}", grammar, doc_year=doc_year)
        assert [(d.year, d.kind, d.text) for d in alone] == [
            (d.year, d.kind, d.text) for d in joined
        ]
        assert [is_future(d, doc_year) for d in alone] == [is_future(d, doc_year) for d in joined]


# ------------------------------------------------------------------ aims of a sentence


def test_a_sentence_is_split_into_aims_once(monkeypatch: pytest.MonkeyPatch) -> None:
    leads: list[str] = []
    real = enumeration.find_lead_in
    monkeypatch.setattr(enumeration, "find_lead_in",
                        lambda text, grammar: leads.append(text) or real(text, grammar))  # fmt: skip
    sentence = (
        "By 2030, the depot will run 40 electric buses, and the port will cut its fuel use by 25%."
    )
    first = enumeration.split_aims(sentence, EN)
    first[1].append((0, 1))  # a caller's change stays its own
    second = enumeration.split_aims(sentence, EN)
    assert leads == [sentence]
    lead, spans = second
    assert sentence[:lead] == "By 2030,"
    assert [sentence[s:e] for s, e in spans] == [
        "the depot will run 40 electric buses",
        "the port will cut its fuel use by 25%",
    ]


# ------------------------------------------------------------------ a figure's role


def test_a_figures_role_is_read_once() -> None:
    counting = _CountingPattern(EN.figures.parameter)
    grammar = dataclasses.replace(EN, figures=dataclasses.replace(EN.figures, parameter=counting))  # type: ignore[arg-type]
    text = "Emissions will fall to 84 Mt by 2030, down from 107 Mt."
    start = text.index("84")
    roles = [figures.figure_role(text, start, start + 5, "t", grammar) for _ in range(2)]
    assert roles == ["target", "target"] and counting.searched == 1
    before = text.index("107")
    assert figures.figure_role(text, before, before + 6, "t", grammar) == "reported"


def test_a_long_text_is_answered_but_not_kept() -> None:
    from ingest.text_cache import KEY_CHARS, text_cache

    calls: list[int] = []

    @text_cache(maxsize=4)
    def words(text: str) -> int:
        calls.append(1)
        return len(text.split())

    short, long = "Ferries run on electricity.", "word " * (KEY_CHARS // 5 + 1)
    assert words(short) == words(short) == 4 and len(calls) == 1  # kept
    assert words(long) == words(long) == KEY_CHARS // 5 + 1 and len(calls) == 3  # not kept
    assert words.cache_info().currsize == 1
