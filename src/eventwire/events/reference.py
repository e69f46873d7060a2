"""Findings that add no new happening to the story, read from the parse.

A news report names many events it does not report as new:

- a reaction names the event it reacts to: "the ministry condemned the attack", "called for
  an inquiry into the killings", "claimed responsibility for the bombing". A definite event
  noun with no actor of its own whose governing verb is no violent event refers back to a
  happening the story tells elsewhere; the reaction (a statement, a condemnation) is the
  event, the noun is not a second attack;
- background: a relative, participial or adverbial clause dated well before the story ("the
  junta, which seized power in 2022, ..."; "since generals ousted the president in July
  2023") recalls an old fact;
- silence: a comment not made ("did not comment", "did not respond to requests for
  comment") is no interaction between actors;
- description: an adjective participle ("armed men") or a participle describing a noun ("a
  school sheltering displaced families") says what a thing is, not what happened; a violent
  participle ("a strike targeting a convoy") or one with an agent still names a happening.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Sequence

from eventwire import grammar
from eventwire.events import tree
from eventwire.events.codes import quad_class
from eventwire.events.consequences import Carried
from eventwire.events.extract import Finding
from eventwire.model import Event, TimeExpression, Token

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NOUN_PATH = frozenset({"obj", "iobj", "obl", "nmod", "nmod:poss", "compound", "conj",
                        "appos"})
"""Relations through which an event noun hangs from the verb that governs it."""


VIOLENT_ROOTS = ("17", "18", "19", "20")
"""Coercion, assault, fight, mass violence: the happenings a reaction names (a military
posture is named by what it is: "welcomed the deployment")."""
REACTING = frozenset({"comment", "respond", "react", "confirm", "condemn", "denounce",
                      "deplore", "decry", "criticise", "criticize", "investigate", "probe",
                      "mourn", "welcome", "report", "deny", "claim", "blame", "describe"})
"""Verbs of reporting and reacting: their object is an event told, not one done. (Verbs the
patterns code, "condemned", count through their finding as well.)"""


def refers_back(findings: list[Finding], tokens: Sequence[Token],
                told: Container[str] = ()) -> list[Finding]:
    """Drop definite event nouns without actors governed by a verb of reporting or reacting
    (or by another non-violent finding): the object of a condemnation, a claim of
    responsibility, a call for an inquiry. A material verb on the noun ("forces ended the
    siege") keeps it. A noun naming its victim ("condemned the strikes on civilians") is
    dropped only under a reaction coded as an event of its own, which carries it; under a
    verb that codes nothing ("witnesses described the alleged attack on the village") it is
    the report of the attack. A noun with no victim is dropped as well where the sentence
    only describes it, once the story has told an event of its kind (`told`: CAMEO roots):
    "The attack was the latest in a feud", "The strike came two days after talks collapsed"."""
    coded = {tree.predicate(tokens, *f.anchor) for f in findings
             if not f.nominal and quad_class(f.code) != 4}
    reacting = coded | {k for k, t in enumerate(tokens) if t.lemma in REACTING}

    def named_again(f: Finding) -> bool:
        noun = tree.predicate(tokens, *f.anchor)
        if any(f.targets):
            return _recalled(tokens, noun, coded)
        return _recalled(tokens, noun, reacting) or (
            f.code[:2] in told and _described(tokens, noun))

    return [f for f in findings if not (
        f.nominal and f.code[:2] in VIOLENT_ROOTS and not any(f.sources) and named_again(f))]


def claims_of_told(findings: list[Finding], tokens: Sequence[Token],
                   told: Container[str]) -> list[Finding]:
    """Claims of an attack the story has told already: a definite violent noun a claim
    governs ("Al-Shabaab claimed responsibility for the attack", "JNIM claimed the ambush")
    once an event of a violent kind is coded. The noun is that event again; its claimant
    is who did it, by their own word."""
    if not any(root in told for root in VIOLENT_ROOTS):
        return []
    return [f for f in findings if f.nominal and f.extra.get("claimed")
            and f.code[:2] in VIOLENT_ROOTS
            and _definite(tokens, tree.predicate(tokens, *f.anchor))]


DESCRIBING = frozenset({"come", "follow", "mark", "happen", "occur", "coincide"})
"""Verbs that place a known happening among others rather than report it ("The attack came
days after ...", "The bombing marks the deadliest ..."); a copula does the same."""


def _described(tokens: Sequence[Token], noun: int) -> bool:
    """A definite event noun that is the subject of a copula or of a verb of `DESCRIBING`."""
    up = grammar.head(tokens, noun)
    return up is not None and tokens[noun].dep == "nsubj" and _definite(tokens, noun) and (
        tokens[up].lemma in DESCRIBING or bool(grammar.children(tokens, up, ("cop",))))


def _recalled(tokens: Sequence[Token], noun: int, reacting: set[int]) -> bool:
    """A definite event noun hanging from a verb of reporting or reacting."""
    return _definite(tokens, noun) and _governor(tokens, noun) in reacting


def _definite(tokens: Sequence[Token], noun: int) -> bool:
    return any(tokens[c].lower in _DEFINITE for c in grammar.children(tokens, noun, ("det",)))


def _governor(tokens: Sequence[Token], noun: int) -> int | None:
    """The verb the noun hangs from as object or oblique, through other nouns ("claimed
    responsibility for the bombing": claimed)."""
    node = noun
    for _ in range(6):
        if tokens[node].dep not in _NOUN_PATH:
            return None
        up = grammar.head(tokens, node)
        if up is None:
            return None
        if grammar.is_predicate(tokens, up) and not tokens[up].tag.startswith("NN"):
            return up
        node = up
    return None


_SINCE = frozenset({"since", "until", "till", "from", "between", "by", "through"})
_SUBORDINATE = frozenset({"acl", "acl:relcl", "advcl", "appos"})
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
RECENT_DAYS = 7
"""How far before the story a clause's own date may lie and still be news ("on Tuesday",
"last week"); older ones ("in 2022", "in January" of a March story) are background."""


def drop_background(carried: list[Carried], tokens: Sequence[Token],
                    times: Sequence[TimeExpression], today: dt.date | None) -> None:
    """Mark dropped the events of a subordinate clause (relative, participial, adverbial)
    whose own time phrase ends more than `RECENT_DAYS` before the story's date."""
    if today is None or not times or not tree.parsed(tokens):
        return
    for c in carried:
        head = tree.predicate(tokens, *c.anchor)
        clauses = [head, *grammar.ancestors(tokens, head)]
        if not any(tokens[k].dep in _SUBORDINATE for k in clauses[:-1]):
            continue
        if c.events and all(_old(e, times, today) for e in c.events):
            c.dropped = True


def _old(event: Event, times: Sequence[TimeExpression], today: dt.date) -> bool:
    for _prep, start, end in event.attached:
        for x in times:
            if start <= x.start and x.end <= end:
                last = _last_day(x)
                return last is not None and (today - last).days > RECENT_DAYS
    return False


def _last_day(x: TimeExpression) -> dt.date | None:
    """The last day of a plain time expression's period; None for ranges and relations
    ("since 2019" still holds)."""
    if x.relation in _SINCE or x.end_value:
        return None
    m = _VALUE.match(x.value or "")
    if not m:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    if day:
        return dt.date(year, int(month), int(day))
    if month:
        following = dt.date(year + int(month) // 12, int(month) % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(year, 12, 31)


ASKING_ROOTS = ("02", "10")
"""Appeals and demands: CAMEO codes what is asked in the request itself ("urged the army to
release the students": 0253, an appeal for the release of persons)."""


def asked_for(findings: list[Finding], tokens: Sequence[Token]) -> set[int]:
    """Ids of the findings an appeal or demand of the same sentence asks for ("urged Israel
    to allow aid in", "called on both sides to return to talks"): the act asked for is the
    request's content, not a happening of its own."""
    if not tree.parsed(tokens):
        return set()
    asking = {tree.predicate(tokens, *f.anchor) for f in findings
              if f.code[:2] in ASKING_ROOTS and not f.nominal}
    out: set[int] = set()
    for f in findings:
        node = grammar.first_conjunct(tokens, tree.predicate(tokens, *f.anchor))
        governor = grammar.head(tokens, node)
        if governor is not None and tokens[node].dep == "acl" and \
                tokens[governor].dep in ("obj", "iobj", "obl"):
            governor = grammar.head(tokens, governor)  # "called on both sides to return"
        if governor in asking and tokens[node].dep in ("xcomp", "advcl", "ccomp", "acl"):
            out.add(id(f))
    return out


COMMENTING = frozenset({"comment", "respond", "reply", "answer", "react", "confirm", "say",
                        "speak", "elaborate"})
"""Verbs of commenting: not doing so ("did not respond to requests for comment") is silence.
A negated verbal act of another kind ("did not rule out talks") stays negated. (A refusal,
"declined to comment", stays CAMEO 011: the CAMEO-coded ConfliBERT sentences count it as
an event, and dropping it cost their macro F1 0.005.)"""


def silent(event: Event, lemma: str = "") -> bool:
    """A comment not made: no event."""
    return event.modality == "negated" and lemma in COMMENTING and event.target is None


def descriptive(findings: list[Finding], tokens: Sequence[Token]) -> list[Finding]:
    """Drop verb findings that only describe a noun: an adjective participle naming no
    actor but its noun ("armed men"), or a non-violent participle right after its noun with
    no actor of its own ("a school sheltering families"). A participle with an agent
    ("Russian-backed separatists", "rebels believed to be backed by Rwanda") is a relation
    between actors and stays."""
    out = []
    for f in findings:
        if not f.nominal:
            head = tree.predicate(tokens, *f.anchor)
            while tokens[head].dep == "xcomp" and (up := grammar.head(tokens, head)) is not None:
                head = up  # "believed to be backed by Rwanda"
            if (_adjectival(tokens, head) and not _own(tokens, head, f.sources)
                    and _only_the_noun(tokens, head, f.targets)) or (
                    tokens[head].dep == "acl" and tokens[head].tag in ("VBG", "VBN")
                    and quad_class(f.code) != 4 and not any(f.sources)
                    and not grammar.children(tokens, head, grammar.SUBJECT_DEPS)
                    and _right_after_noun(tokens, head)):
                continue
        out.append(f)
    return out


def about_oneself(findings: list[Finding], tokens: Sequence[Token]) -> list[Finding]:
    """Drop requests in a relative clause that ask nobody for anything but how the asker be
    treated: a request verb with no addressee whose content is a passive infinitive its own
    subject controls ("a resident who asked not to be named", "an officer, who requested to
    be identified only by his rank"). The clause describes the source, how it wants to be
    quoted; no one is asked to act. (In a main clause, "Ukraine asked to be admitted", the
    request is news.)"""
    return [f for f in findings if not (
        not f.nominal and f.code[:2] == "02" and not any(f.targets)
        and _passive_content(tokens, tree.predicate(tokens, *f.anchor)))]


def _passive_content(tokens: Sequence[Token], head: int) -> bool:
    """A relative clause's verb without object whose controlled infinitive is passive
    ("who asked not to be named")."""
    return grammar.relation(tokens, head) == "acl:relcl" and not grammar.objects(
        tokens, head) and any(
        grammar.is_passive(tokens, c) for c in grammar.children(tokens, head, ("xcomp",)))


def _adjectival(tokens: Sequence[Token], k: int) -> bool:
    """A participle in adjective position: modifying a noun after it, at the start of its
    phrase ("Armed men", "the armed groups"), alone or coordinated with another adjective
    ("Masked and armed protesters"). A participle after a noun the parse took as a
    modifier ("coalition jets bombed Houthi positions") or before a name ("and accused
    Moscow of lying") is a verb."""
    first = grammar.first_conjunct(tokens, k)
    up = grammar.head(tokens, first)
    return tokens[first].dep == "amod" and (first == 0 or not tokens[first - 1].tag.startswith(
        ("NN", "PRP"))) and (up is None or tokens[up].tag not in ("NNP", "NNPS")) and (
        first == k or tokens[first].tag in ("JJ", "VBN"))



def _right_after_noun(tokens: Sequence[Token], k: int) -> bool:
    """A participle that follows its noun directly ("a school sheltering families"); one set
    off by a comma ("suspended the broadcasts, accusing them of ...") is often an adverbial
    clause the parse hung on the nearest noun."""
    up = grammar.head(tokens, k)
    return up is not None and up < k and not any(tokens[m].text == "," for m in range(up, k))


def _only_the_noun(tokens: Sequence[Token], k: int, actors: Sequence) -> bool:
    """Whether the only actors are the noun the participle describes ("Armed gangs": the
    gangs), or none."""
    up = grammar.head(tokens, grammar.first_conjunct(tokens, k))
    at = tokens[up].start if up is not None else -1
    return all(a is None or getattr(a, "start", -1) <= at < getattr(a, "end", -1)
               for a in actors)


def _own(tokens: Sequence[Token], k: int, actors: Sequence) -> bool:
    """Whether an actor stands in the participle's own phrase ("Iran-backed", "allied with
    the RSF"): an adjective takes no actor from elsewhere in the sentence ("M23 rebels ...
    the army and allied militias")."""
    phrase = {tokens[m].start for m in grammar.subtree(tokens, k)}
    return any(a is not None and any(a.start <= c < a.end for c in phrase) for a in actors
               if hasattr(a, "start"))


def civilians_acting(tokens: Sequence[Token], at: int, mentions: Sequence) -> bool:
    """Whether the subject of the verb at `at` is civilians ("Hundreds of residents fled to
    Djibo"): what civilians do on their own (flee, return, gather) is what happens to them,
    not an event between actors, and an event the classifier adds there has no actor to
    carry it."""
    if not tree.parsed(tokens) or grammar.is_passive(tokens, at):
        return False
    spans = [(m.start, m.end) for m in mentions if (m.code or "").endswith("CVL")]
    subjects = [k for s in grammar.subjects(tokens, at) for k in grammar.subtree(tokens, s)]
    return bool(subjects) and any(
        a <= tokens[k].start < b for k in subjects for a, b in spans)



HABITUAL_ADVERBS = frozenset({"routinely", "often", "frequently", "regularly", "usually",
                              "typically", "habitually", "traditionally", "historically",
                              "customarily", "commonly", "generally", "previously",
                              "formerly", "sometimes", "occasionally", "seldom", "rarely"})
"""Adverbs that make a clause say what an actor does as a rule or has done before ("the ELN
often attacks pipelines", "the RSF has previously said it targets only soldiers"):
background or commentary, not a happening the story reports. ("Repeatedly" is left out:
"shelled the town repeatedly on Tuesday" is news.)"""

LONG_SPANS = frozenset({"years", "decades", "generations", "centuries", "ages"})
"""Nouns of a duration ("for years") that spreads a perfect clause over a long past."""

HABIT_NOUNS = frozenset({"history", "record", "pattern", "habit", "tradition", "practice",
                         "legacy", "track"})
"""Nouns whose "of" phrase names a habit ("a long history of arresting journalists")."""

GENERIC_ADJECTIVES = frozenset({"common", "routine", "rare", "frequent", "widespread",
                                "commonplace", "endemic", "rife", "rampant", "regular",
                                "normal", "typical", "unusual", "uncommon"})
"""Predicates that say how often a kind of event happens ("Kidnappings are common on the
road to Kaduna"), not that one happened."""

_UP_CLAUSES = frozenset({"ccomp", "xcomp", "csubj"})
"""Relations through which a clause is the content of the verb above it: what a habitual
verb says ("has long said it targets only soldiers") is as habitual as the saying."""


def habitual(findings: list[Finding], tokens: Sequence[Token]) -> list[Finding]:
    """Drop findings whose clause, or a clause it is the content of, tells a habit or a
    period rather than a happening (`habitual_clause`), and event nouns named as a habit
    ("a long history of arresting journalists") or as a kind ("Arrests of activists are
    routine"). Our corpus labels such background and commentary no event."""
    if not tree.parsed(tokens):
        return findings
    return [f for f in findings if not _habit(tokens, tree.predicate(tokens, *f.anchor))]


def _habit(tokens: Sequence[Token], head: int) -> bool:
    """Whether the main-clause chain from `head` up (through content clauses and what an
    accusation alleges) has a habitual clause. A relative or adverbial clause is left to
    `drop_background`, which dates it against the story ("The RSF, which has besieged the
    area since May, denied ...": the reader may still want the siege)."""
    chain = _main_chain(tokens, head)
    if not chain:
        return False
    for node in chain:
        if habitual_clause(tokens, node) or _generic_kind(tokens, node):
            return True
        up = grammar.head(tokens, node)
        if up is not None and tokens[up].lemma in HABIT_NOUNS and \
                tokens[node].dep in ("acl", "nmod", "acl:relcl"):
            return True
    return False


def _main_chain(tokens: Sequence[Token], head: int) -> list[int]:
    """The predicates from `head` up to the sentence's root through content clauses
    ("said it targets"), what an accusation alleges ("accused Moscow of deporting") and a
    habit noun's "of" phrase; empty when the way up leaves the main clause's content."""
    chain: list[int] = []
    node: int | None = head
    for _ in range(10):
        if node is None:
            return []
        chain.append(node)
        up = grammar.head(tokens, node)
        if up is None or tokens[node].dep in ("ROOT", "root"):
            return chain
        if tokens[node].dep in _UP_CLAUSES or tokens[node].dep == "nsubj" or (
                tokens[up].lemma in HABIT_NOUNS and tokens[node].dep in ("acl", "nmod")):
            node = up
        elif _charge(tokens, node):
            node = grammar.head(tokens, up) if tokens[up].dep in grammar.OBJECT_DEPS else up
        elif tokens[node].dep in ("obj", "nmod", "nsubj:pass"):
            node = up  # an event noun: its clause is its verb's
        else:
            return []
    return []


def _charge(tokens: Sequence[Token], k: int) -> bool:
    """A clause with "of" or "for" that says what someone is accused or blamed of ("has
    long accused Moscow of deporting children"): as habitual as the accusing."""
    return tokens[k].dep in ("acl", "advcl") and grammar.marker(tokens, k) in ("of", "for")


def habitual_clause(tokens: Sequence[Token], k: int) -> bool:
    """Whether predicate `k` says what happens as a rule or happened over a long past: a
    habitual adverb ("often attacks", "has previously said"), "long" on a perfect ("has
    long accused"), or a perfect over years ("have blockaded the terminal for years", "has
    in the past detained reporters").

    A perfect "since" a date is left alone: "has fought the government since 2006" is
    background in our corpus, but the CAMEO-coded ConfliBERT sentences count such clauses as
    events (dropping them cost its actor roles 0.002-0.003 F1 and gained nothing on our
    test split)."""
    mods = grammar.children(tokens, k, ("advmod",))
    if any(tokens[m].lower in HABITUAL_ADVERBS for m in mods):
        return True
    if not _perfect(tokens, k):
        return False
    return any(tokens[m].lower == "long" for m in mods) or any(
        _past_period(tokens, o) for o in grammar.children(tokens, k, ("obl",)))


def _perfect(tokens: Sequence[Token], k: int) -> bool:
    return any(tokens[a].lemma == "have" for a in grammar.children(tokens, k, ("aux",)))


def _past_period(tokens: Sequence[Token], noun: int) -> bool:
    """An oblique that spreads a perfect clause over a long past: "for years", "over the
    past three years", "in the past"."""
    case = grammar.preposition(tokens, noun)
    if case == "in" and tokens[noun].lower == "past":
        return True
    return case in ("for", "over", "throughout") and tokens[noun].lower in LONG_SPANS


def _generic_kind(tokens: Sequence[Token], noun: int) -> bool:
    """An event noun that is the subject of a frequency predicate ("Kidnappings are common",
    "attacks have become routine")."""
    up = grammar.head(tokens, noun)
    return up is not None and tokens[noun].dep == "nsubj" and \
        tokens[up].lemma in GENERIC_ADJECTIVES

