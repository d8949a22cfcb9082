"""Chinese rules: modal words and policy directives, read from the text without a parse.

There is no Chinese parser offline, and Chinese has no spaces, so the rules work
on characters with the word lists and patterns of the ``[obligations]`` table of
``ingest/lang/zh.toml``. A clause is cut into parts at ；and into pieces at ，
and ：; each piece with a cue yields one record, led by its first cue (the cues
after it in the same piece belong to the same predicate: "各地要严格控制 ...").
``modality`` is:

- ``obligation``: 应当, 应, 必须, 须, 需要, 要, 有义务, 负责, and 严格控制/严控/严格
  限制 (a binding restriction on the addressee); "要求 X + predicate" binds X;
- ``prohibition``: 不得, 禁止, 严禁, 不准, 不允许, 严格禁止, 杜绝; a prohibition
  cue anywhere in the piece makes the whole predicate one ("应当严格禁止 ...");
- ``permission``: 可以, 可, 有权, 允许, 准予;
- ``encouragement``: 鼓励, 支持, 引导, 推动, 推进, 促进, 倡导, 力争, and the
  directive adverbs that open a task of a guiding opinion (积极, 加快, 大力, 稳步,
  有序, 探索: "加快推进老旧数据中心改造升级").

Words that contain a cue but state none are masked before the search:
可再生, 可持续, 可靠 and 可能 are no permissions, 主要, 重要 and 要素 no duties,
应用, 供应, 响应 and 应对 no "should", 负责人 a person, "有关要求" a noun.

Who acts:

- the subject: the words of the piece before the cue, without a leading article
  number (第四条, （一）), deadline, 对于, 所有, 各级/各类/各 or 并, and without a
  trailing 也/均/都 ("各级工业和信息化主管部门应 ..." -> 工业和信息化主管部门);
  a piece with no subject inherits the last subject of its clause
  ("企业应当 ...，不得 ...");
- the object of 鼓励/支持/引导/要求/督促/允许/禁止 when a predicate (a verb, an
  adverb or a preposition of the word lists) follows it: "引导数据中心扩大绿色能源
  利用比例" makes 数据中心 the actor of 扩大绿色能源利用比例;
- nobody (``None``) in an impersonal directive ("严禁以 ... 名义 ...").

The condition is the nearest earlier piece that opens with 如果/若/凡 or ends in
的/情况下/时 ("... 的，可以 ..." is the conditional of Chinese legal text).
Clauses that impose nothing yield nothing: purpose (为 ...，制定本办法),
definitions (本办法所称 ... 是指 ...), scope (本办法适用于 ...), entry into force
(自发布之日起施行), interpretation (由 ... 负责解释), and in a part between ；
consequences of a breach (处 ... 罚款, 依法追究 ... 责任, 责令 ... 改正).
A cue followed by a comparator and a figure ("效率不得高于1.3") sets a property
of a thing, which the target rules read; it yields no obligation.

The deadline is the clause's, found by ``make_record``; when the clause has
several, a record takes the first one among its own pieces.

A modal governs the pieces after it that open with a verb, an adverb or a
preposition ("应当建立 ...，按照 ... 配备 ..."), and those that open with 并/同时.
When the segmenter has cut a sentence into aims, each aim is read with the ones
before it (``lead``): they lend it their subject, their condition and, to an
aim without a cue ("并于2026年6月30日前完成 ..."), their modal. A subject may
also open an earlier piece: "工业企业利用再生水的，可以 ..." (工业企业),
"主管部门及其工作人员对 ...，应当 ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.deadlines import find_deadlines
from ingest.lang import Grammar
from ingest.obligations.chinese_rules import Rules, mask_false_friends, rules_of
from ingest.obligations.record import make_record
from ingest.records import Clause, Obligation

_PART = re.compile(r"[；;。！？!?]")
_PIECE = re.compile(r"[，,：:；;。！？!?]")
_ACTOR_THEN_PREPOSITION = re.compile(r"对|向|就|按照|依照|依据|根据")
_JOINS_ACTORS = re.compile(r"及其|及|和|与|以及|、|或者|或")
_CONTINUES = re.compile(r"^(?:并且|并|且|同时|以及|还)")
_STRIP = " \t\u3000，,；;：:。、"
_MAX_OBJECT_ACTOR = 28  # characters between 鼓励/要求 and its predicate (a list of actors)
_MAX_ACTOR = 30
_MAX_ACTION = 200
_VERB_WITHIN = 12  # the action's verb starts in its first characters or there is none


def _marker_length(text: str, grammar: Grammar) -> int:
    """Length of a leading article or list number (第四条, （一）, 1.)."""
    for rule in grammar.headings:
        found = rule.pattern.match(text)
        if found:
            return found.end()
    return 0


def _spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of ``text`` between the matches of ``pattern``."""
    cuts = [m.start() for m in pattern.finditer(text)]
    bounds = zip([0, *(c + 1 for c in cuts)], [*cuts, len(text)], strict=True)
    return [(s, e) for s, e in bounds if e > s]


def clean_actor(words: str, rules: Rules, grammar: Grammar) -> str | None:
    """A subject without its deadline, 对于/各级/所有 lead and 也/均/都 tail; None if none.

    Each item of a 、 list loses its own lead ("各地区、各部门" -> "地区、部门").
    """
    for deadline in reversed(find_deadlines(words, grammar)):
        words = words[: deadline.start] + words[deadline.end :]
    items = []
    for item in words.strip(_STRIP).split("、"):
        while (lead := rules.actor_lead.match(item)) and lead.end() < len(item):
            item = item[lead.end() :].strip(_STRIP)
        items.append(item)
    words = "、".join(items)
    while (tail := rules.actor_tail.search(words)) and tail.start() > 0:
        words = words[: tail.start()].strip(_STRIP)
    # "监督检查人员对知悉的商业秘密 | 负有 ...": the actor ends where a preposition opens.
    for found in _ACTOR_THEN_PREPOSITION.finditer(words, 2):
        if rules.actor_head.search(words[: found.start()]):
            words = words[: found.start()]
            break
    if rules.not_actor.search(words) or not 0 < len(words) <= _MAX_ACTOR:
        return None
    return words


def leading_actor(piece: str, rules: Rules, grammar: Grammar) -> str | None:
    """The actor that opens a piece: the shortest start ending in an actor word
    ("工业企业利用再生水 ... 的" -> 工业企业), unless the piece opens with a preposition."""
    words = piece.strip(_STRIP)
    if (condition := rules.condition_start.match(words)) is not None:
        words = words[condition.end() :]
    if rules.lead_in.match(words) and rules.lead_in.match(words).end() > 0:
        return None  # "在监督检查中发现 ..."
    ends = [
        end
        for end in range(2, min(len(words), _MAX_ACTOR) + 1)
        if rules.actor_head.search(words[:end]) and not rules.actor_head.search(words[: end + 1])
    ]
    if not ends:
        return None
    end = ends[0]
    for later in ends[1:]:  # "主管部门及其工作人员", "企业和个人": coordinated actors
        if not _JOINS_ACTORS.match(words, end) or later - end > _MAX_OBJECT_ACTOR:
            break
        end = later
    return clean_actor(words[:end], rules, grammar)


def object_actor(after: str, rules: Rules) -> int:
    """Length of the actor X in the words after 鼓励/要求 X + predicate (0: no actor there).

    X ends where a verb, an adverb or a preposition begins, and in an actor word.
    """
    for found in rules.predicate.finditer(after, 0, _MAX_OBJECT_ACTOR + 4):
        if 0 < found.start() <= _MAX_OBJECT_ACTOR and rules.actor_head.search(
            after[: found.start()]
        ):
            return found.start()
    return 0


def object_of(action: str, rules: Rules, grammar: Grammar) -> str:
    """What the action's verb acts on: "建立健全能源计量体系" -> "能源计量体系".

    The verb opens the action, or follows adverbs ("定期公开"), a prepositional
    phrase ("按照 ... 开展") or at most two characters; else there is no object.
    """
    for verb in rules.verb.finditer(action, 0, _VERB_WITHIN + 4):
        before = action[: verb.start()]
        if len(before) <= 2 or rules.lead_in.search(before):
            break
    else:
        return ""
    end = verb.end()
    while (more := rules.verb.match(action, end)) is not None:
        end = more.end()  # "加快推进 | 老旧数据中心改造升级"
    words = _PIECE.split(action[end:], maxsplit=1)[0].strip(_STRIP)
    return "" if _is_deadline(words, grammar) else words


def _is_deadline(words: str, grammar: Grammar) -> bool:
    """Whether ``words`` are only a deadline ("到2025年")."""
    words = words.strip(_STRIP)
    return any(d.start == 0 and d.end == len(words) for d in find_deadlines(words, grammar))


def _lead(
    cues: list[re.Match[str]], text: str, rules: Rules, grammar: Grammar
) -> tuple[re.Match[str], str | None, int] | None:
    """The cue that governs a piece, the actor after it (鼓励 X ...) and where its action starts.

    ``text`` ends with the piece. A 要求 with no actor and predicate after it is a noun.
    """
    for cue in cues:
        word = cue.group()
        at = object_actor(text[cue.end() :], rules) if word in rules.object_actor else 0
        if at:
            return (
                cue,
                clean_actor(text[cue.end() : cue.end() + at], rules, grammar),
                cue.end() + at,
            )
        if word not in rules.needs_object:
            return cue, None, cue.start() if word in rules.cue_in_action else cue.end()
    return None


@dataclass(frozen=True, slots=True)
class _Lead:
    """What the earlier aims of a split sentence say: its subject, condition and modality."""

    subject: str | None = None
    condition: str | None = None
    modality: str | None = None
    sanction: bool = False


def _is_condition(piece: str, rules: Rules) -> bool:
    """A piece that states a condition: "如果 ...", "凡 ...", "... 的", "在 ... 情况下"."""
    return bool(rules.condition_start.match(piece) or rules.condition_end.search(piece))


def _read_lead(lead: str, rules: Rules, grammar: Grammar) -> _Lead:
    """``lead``: the aims cut off before a clause ("重点用水企业未达到 ... 的，| 应当 ...")."""
    lead = lead[_marker_length(lead, grammar) :].strip(_STRIP)
    if not lead:
        return _Lead()
    masked = mask_false_friends(lead, rules)
    pieces = [lead[s:e].strip(_STRIP) for s, e in _spans(lead, _PIECE)]
    cues = list(rules.cue.finditer(masked))
    subject = clean_actor(lead[: cues[0].start()], rules, grammar) if cues else None
    conditions = [p for p in pieces if _is_condition(p, rules)]
    binding = [
        rules.modality[c.group()] for c in cues if rules.modality[c.group()] != "encouragement"
    ]
    return _Lead(
        subject=subject
        or next((a for p in pieces if (a := leading_actor(p, rules, grammar))), None),
        condition=conditions[-1] if conditions else None,
        modality=binding[-1] if binding else None,
        sanction=bool(rules.consequence.search(lead)),
    )


def _continued(
    clause: Clause,
    body: str,
    before: _Lead,
    rules: Rules,
    *,
    grammar: Grammar,
    doc_year: int | None,
) -> list[Obligation]:
    """ "..., 应当建立 ...，| 并于2026年6月30日前完成 ...": the modal of the aim before."""
    action = _CONTINUES.sub("", body.strip(_STRIP), count=1).strip(_STRIP)
    if not (_CONTINUES.match(body) or rules.predicate.match(action)):
        return []
    return [
        make_record(
            clause,
            modality=before.modality or "",
            actor=before.subject,
            action=action[:_MAX_ACTION],
            obj=object_of(action, rules, grammar),
            condition=before.condition,
            grammar=grammar,
            doc_year=doc_year,
            verb=None,
        )
    ]


def _action_end(
    body: str,
    masked: str,
    following: list[tuple[int, int]],
    end: int,
    governing: re.Match[str],
    rules: Rules,
    grammar: Grammar,
) -> int:
    """Where a duty's action ends: its own piece, and the pieces after it that continue it."""
    action_end = end
    bare = _is_deadline(body[governing.end() : end], grammar)  # "力争到2025年，..."
    for more_start, more_end in following:
        more = body[more_start:more_end]
        serial = (  # "应当建立 ...，按照 ... 配备 ...": the modal governs both
            rules.modality[governing.group()] != "encouragement"
            and rules.predicate.match(more.strip(_STRIP)) is not None
        )
        if rules.cue.search(masked, more_start, more_end) or not (
            bare or serial or _CONTINUES.match(more)
        ):
            break  # "应当建立 ...，按照 ... 配备 ...，并于 ... 完成 ...": one duty
        action_end, bare = more_end, False  # "应当建立 ...，并于 ... 报送 ..."
    return action_end


def chinese_obligations(
    clause: Clause, *, grammar: Grammar, doc_year: int | None = None, lead: str = ""
) -> list[Obligation]:
    """Records of one Chinese clause (see the module docstring for the rules).

    ``lead`` is the text of the aims the segmenter cut off before this one in the
    same sentence; they lend it their subject, condition and modal.
    """
    rules = rules_of(grammar)
    offset = _marker_length(clause.text, grammar)
    offset += len(clause.text[offset:]) - len(clause.text[offset:].lstrip(_STRIP))
    body = clause.text[offset:]
    before = _read_lead(lead, rules, grammar)
    if before.sanction or any(p.search(lead + body) for p in rules.non_obligation):
        return []
    masked = mask_false_friends(body, rules)
    deadlines = find_deadlines(clause.text, grammar, doc_year=doc_year)
    if before.modality and not rules.cue.search(masked):
        return _continued(clause, body, before, rules, grammar=grammar, doc_year=doc_year)
    records: list[Obligation] = []
    subject: str | None = before.subject  # the last subject, for pieces without one
    after_last = 0  # where the words of the next record may start
    for part_start, part_end in _spans(body, _PART):
        if rules.consequence.search(body[part_start:part_end]):
            after_last = part_end
            continue
        pieces = [
            (part_start + s, part_start + e) for s, e in _spans(body[part_start:part_end], _PIECE)
        ]
        for n, (start, end) in enumerate(pieces):
            cues = list(rules.cue.finditer(masked, start, end))
            found = _lead(cues, body[:end], rules, grammar)
            if found is None:
                continue
            governing, actor, action_start = found
            if any(rules.limit.match(body[c.end() : end]) for c in cues):
                continue  # "效率不得高于1.3": a property of a thing
            if actor is None:
                actor = clean_actor(body[start : governing.start()], rules, grammar) or subject
                if actor is None:
                    # "工业企业利用再生水的，可以 ...", "主管部门及其工作人员对 ...，应当 ...":
                    # the subject opens an earlier piece of the part.
                    earlier = [body[s:e] for s, e in pieces[:n] if s >= after_last]
                    actor = next(
                        (a for p in reversed(earlier) if (a := leading_actor(p, rules, grammar))),
                        None,
                    )
                subject = actor
            action_end = _action_end(body, masked, pieces[n + 1 :], end, governing, rules, grammar)
            action = body[action_start:action_end].strip(_STRIP)[:_MAX_ACTION]
            if not action:
                continue  # "给予政策支持": a noun, no predicate
            modality = rules.modality[governing.group()]
            if any(rules.modality[c.group()] == "prohibition" for c in cues):
                modality = "prohibition"
            earlier = [body[s:e].strip(_STRIP) for s, e in pieces[:n] if s >= after_last]
            conditions = [b for b in earlier if _is_condition(b, rules)]
            record = make_record(
                clause,
                modality=modality,
                actor=actor,
                action=action,
                obj=object_of(action, rules, grammar),
                condition=conditions[-1] if conditions else before.condition,
                grammar=grammar,
                doc_year=doc_year,
                verb=None,
            )
            own = [d for d in deadlines if offset + after_last <= d.start < offset + action_end]
            if own and len(deadlines) > 1:
                record = replace(record, year=own[0].year, deadline_text=own[0].text)
            records.append(record)
            after_last = action_end
    return records
