"""Word lists and patterns of English deontic language (data for ``ingest.obligations``).

Lemmas are lower case. The lists are grouped by the role they play: cues that
send a clause to the parser, modals and deontic participles with the modality
they carry, predicates that constitute rather than regulate, and the nouns,
pronouns and entity labels that tell an actor from a thing.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------ cues
# Cheap pre-filter on raw text: a clause without one of these is never parsed.
CUE = re.compile(
    r"\b(?:shall|must|should|may|required\s+to|obliged\s+to|obligated\s+to|prohibited|forbidden|"
    r"banned|permitted|allowed\s+to|entitled|empowered|encourag\w*|support(?:s|ed|ing)?|guid(?:e|es|ing)|"
    r"promot(?:e|es|ing)|advocat\w*|strive|strictly|necessary\s+to|need\s+to|have\s+to|has\s+to)\b",
    re.IGNORECASE,
)
# Bare imperatives that open a directive in Chinese policy English ("Accelerate the ...").
IMPERATIVE_OPENER = re.compile(
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
    "expire", "lapse", "cease",  # "shall expire on ...", "shall cease to have effect"
    "mean",  # definitions: "'X' means ..."
    "come", "become",  # "shall come into force on ...", "shall become effective"
    "comprise", "consist", "correspond", "relate",  # composition or reference of a thing
    "exceed",  # limits on quantities: "shall not exceed 0,5 mm"
    "prevail",  # conflict rules: "where laws provide otherwise, such provisions shall prevail"
}  # fmt: skip
# Predicates that constitute in the passive ("shall be deemed"), but bind an agent subject
# in the active ("the Commission shall consider ...", "it shall insert the code ...").
# Passives that state the sanction for a breach: "shall be ordered to make corrections and
# fined ...". Other agentless passives in the same clause are part of the sanction ("the
# allowances allocated to it shall be reduced accordingly").
PENALTY_PASSIVES = {"fine", "punish", "penalise", "penalize", "sanction", "order"}
CONSTITUTIVE_PASSIVES = {
    "deem", "presume", "consider", "construe", "regard", "treat",  # legal fictions
    # amendments
    "replace", "amend", "insert", "delete", "add", "repeal", "supplement", "substitute", "read",
    "base", "govern",  # "shall be based on ...", "shall be governed by ..."
    "confer",  # "the power to adopt delegated acts shall be conferred on the Commission"
    "interpret",  # "These Measures shall be interpreted by the NDRC": who reads the act, no duty
    "cite",  # "These Regulations may be cited as ...": a name, not a permission
    *PENALTY_PASSIVES,  # consequences: "shall be fined ..."
}  # fmt: skip
# "apply" and "take effect" set dates and scope unless an agent applies something.
SCOPE_VERBS = {"apply", "take", "have", "remain", "continue", "begin", "start", "end", "last"}
# "enter into force", "come into effect": a date of effect. "enter their premises", "enter
# into a contract" are actions.
INTO_EFFECT = {"force", "effect", "operation", "application"}
# Objects that make "take" a date or an event ("shall take effect", "shall take place");
# with another object it is an action ("it shall take the corrective measures").
TAKE_EVENT_OBJECTS = {"effect", "place", "precedence", "priority"}
# Words that say a clause is about a breach: "in violation of", "whoever violates".
VIOLATION = re.compile(
    r"\b(?:violat\w*|in\s+breach\s+of|contraven\w*|infring\w*|by\s+fraud|fraudulent\w*"
    r"|false\s+(?:\w+\s+)?(?:materials?|information|reports?|data|statements?|declarations?))\b",
    re.I,
)
# Passives that, in a clause about a breach, state its sanction: "it shall be removed from
# the list", "its licence shall be revoked", "it shall be publicly named".
BREACH_SANCTIONS = {"remove", "revoke", "cancel", "withdraw", "suspend", "name", "expose", "delist"}
# What an order to put a breach right asks for: "order it to make corrections", "to rectify".
CORRECTIVE_VERBS = {"rectify", "correct", "cease", "stop", "desist", "remedy"}
CORRECTIVE_NOUNS = {"correction", "rectification", "remedy"}
# Nouns of a sanction: a predicate about them states a consequence, not a duty ("shall be
# given sanctions in accordance with the law", "criminal liability shall be investigated").
CONSEQUENCE_NOUNS = {
    "sanction", "penalty", "punishment", "liability", "fine", "demerit", "disciplinary",
}  # fmt: skip
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
    # Regulated undertakings and premises that bear duties in building, energy and utility
    # rules: "each covered building must meet ...", "a utility must provide ...".
    "utility", "building", "facility", "installation", "station",
    # Market and public actors that the lists above miss: "trading venues", "central
    # counterparties", "intermediaries", "local people's governments and their organs".
    "venue", "counterparty", "community", "intermediary", "depositary", "signatory", "organ",
    "park",
    "candidate",
}  # fmt: skip
# Nouns of an action that also name the business doing it: "bathing establishments".
BUSINESS_NOUNS = {"establishment", "outlet"}
# Person-forming suffixes ("re-consignor", "originator", "licensee", "pharmacist").
AGENT_SUFFIX = re.compile(r"(?:[a-z]{3}(?:er|or|ant|ist|ee|ian))$")
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
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]*[A-Z](?:s)?$")
# Entity labels that name an actor ("Germany", "the EUSR", "the ECB").
AGENT_ENTS = {"ORG", "GPE", "NORP", "PERSON"}

# Dependency labels.
SUBJECTS = {
    "nsubj",
    "nsubjpass",
    "csubj",
    "expl",
}  # active, passive, clausal subjects and "it"/"there"
OBJECTS = {"dobj", "attr", "oprd", "dative"}  # what the action is done to
CONDITION_MARKS = {
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
# Structure words that open a numbered provision ("Article 7 Local departments shall ...").
STRUCTURE_WORDS = {"article", "art", "paragraph", "section", "clause", "item", "point"}
RELATIVE_PRONOUNS = {"which", "that", "who"}
# Inline structure markers the parser folds into a subject: "Article 5 Key energy-consuming units".
MARKER = re.compile(
    r"^(?:(?:article|art\.|regulation|section|rule)\s+\d+[a-z]?\.?|\d{1,3}\.\s*[—–-]\s*(?:\(\d{1,3}\))?"
    r"|\d{1,2}(?:\.\d{1,2})*[.)]|\([a-z0-9]{1,4}\))\s+",
    re.I,
)
# A line that only labels what follows: "Article 6", "Penalties", "Review" (no verb-like
# punctuation, a few words, no deontic cue); see ``parse_start``.
LABEL_LINE = re.compile(r"[^\n.;:,]{1,60}\n")
DETERMINER = re.compile(r"^(?:the|a|an|all|any|each|every|no)\s+", re.IGNORECASE)
QUANTIFIERS = {
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
NON_AGENT_ENTS = {
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
MAX_PHRASE_CHARS = 200
CLOSING_PUNCT = {")", "]", "’", "”", "'", '"'}
# A lead-in that states a condition: "3. Where a risk is identified, | the operator shall ...".
LEAD_CONDITION = re.compile(
    r"^\W*(?:\(?\d{1,2}[.)]\s*)?(?:where|if|unless|when|provided\s+that|in\s+case)\b", re.IGNORECASE
)
# A lead-in whose modal the list items complete: "Providers of high-risk AI systems shall:".
# The head starts at the text's start or just after a ":"/";" (where a leftmost match
# starts anyway): tried from every position, a long line without a modal took quadratic time.
MODAL_LEAD_IN = re.compile(
    r"(?:^|(?<=[:;]))(?P<head>[^:;]*?)\b(?P<modal>(?:shall|must|should|may)(?:\s+not)?)(?:\s*,[^:;,—–]*)?\s*[:：—–]\s*$",
    re.IGNORECASE,
)
# An aim cut off after "and" with no subject of its own: "..., and shall publish the plan".
ORPHAN_MODAL = re.compile(r"^\W*(?:(?:and|or|but)\s+)?(?=(?:shall|must|should|may)\b)", re.I)
# The words before the first modal of a clause: its subject, with any lead-in.
BEFORE_MODAL = re.compile(
    r"^(?P<head>.*?\w.*?)\s+(?:shall|must|should|may|(?:is|are)\s+(?:not\s+)?"
    r"(?:required|obliged|permitted|allowed|prohibited|entitled)\b)",
    re.I | re.S,
)
CONTEXT_CONDITION = re.compile(
    r"\b(?:where|if|unless|when|provided\s+that|in\s+case)\b.*", re.IGNORECASE | re.DOTALL
)


def has_cue(text: str) -> bool:
    """Whether a clause may state a duty, ban, permission or encouragement (no parse needed)."""
    return bool(CUE.search(text) or IMPERATIVE_OPENER.match(text))


def parse_start(text: str) -> int:
    """Where the words to parse begin: after label lines ("Article 12\\nPenalties\\n") and a
    leading structure marker ("Article 5 ", "15.—(1) ", "(a) "), which the parser would
    otherwise take for the subject."""
    start = 0
    while (line := LABEL_LINE.match(text, start)) and not has_cue(line.group()):
        start = line.end()
    marker = MARKER.match(text[start:])
    return start + (marker.end() if marker else 0)
