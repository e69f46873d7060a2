"""Roles, modality scope and attachments read from the dependency tree, where there is one.

The shallow reading (`eventwire.events.clauses`) finds actors by position; when the sentence
carries a parse (`Token.dep`/`Token.head` from our trained model), the tree decides instead:

- the source of a verb is its subject (coordination distributed, control and raising passed
  down, never an apposition or a participial/relative modifier: `eventwire.grammar.subjects`),
  or the passive agent; the target its object, else an oblique whose preposition names a
  target ("on", "against", "at", "into", "with" for joint events, "to" for speech and aid);
- the source of an event noun is its agent ("strikes by Russia", "Russia's strikes"), the
  target its "on/against/of" oblique;
- a subject or object the tree finds but that names no actor ("the war", "the post") means
  no actor: a positional guess from another clause never fills the role;
- modality cues govern an event only from its path to the root (`governors`), so a hedge in
  a neighbouring clause ("cites an alleged buildup") leaves the event alone;
- the time and place phrases attached to the predicate (`attachments`) date and place it
  before the sentence's other ones.

Without a parse every function returns "no opinion" and the shallow reading stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire import grammar
from eventwire.events.clauses import Group, SentenceView
from eventwire.model import Token

TARGET_PREPS = frozenset({"on", "against", "at", "into", "upon", "toward", "towards", "onto"})
NOUN_TARGET_PREPS = TARGET_PREPS | {"in", "near", "over"}
SCOPE_DEPS = frozenset({"aux", "aux:pass", "advmod", "mark", "neg", "det", "amod", "case",
                        "fixed", "compound:prt", "xcomp", "cop"})
"""Dependents of a node on the event's path to the root that can carry its cues ("may",
"not", "if", "reportedly", "plans to")."""
_PRONOUNS = frozenset({"PRP", "PRP$", "WP", "WDT"})
_NO_OPINION = object()


def parsed(tokens: Sequence[Token]) -> bool:
    """Whether the sentence carries a dependency parse."""
    return any(t.dep for t in tokens)


def predicate(tokens: Sequence[Token], start: int, end: int) -> int:
    """The head token of the anchor [start, end): the one whose head lies outside it."""
    for k in range(start, end):
        h = grammar.head(tokens, k)
        if h is None or not start <= h < end:
            return k
    return start


def _group(view: SentenceView, tokens: Sequence[Token], i: int) -> Group | None | object:
    """The actor group a nominal at `i` names: the group holding its head, else one inside
    its phrase; None when it names no actor; no opinion for a pronoun (left to coreference)."""
    if tokens[i].tag in _PRONOUNS:
        return _NO_OPINION
    group = view.token_group[i]
    if group is not None:
        return group
    first, last = grammar.phrase_span(tokens, i)
    for k in range(first, last + 1):
        if view.token_group[k] is not None:
            return view.token_group[k]
    return None


def _groups(view: SentenceView, tokens: Sequence[Token], heads: Sequence[int]
            ) -> Group | None | object:
    """One group for coordinated nominals ("Iran and the Houthis"): their members joined."""
    found: list[Group] = []
    for h in heads:
        g = _group(view, tokens, h)
        if g is _NO_OPINION:
            return _NO_OPINION
        if isinstance(g, Group) and g not in found:
            found.append(g)
    if not heads:
        return _NO_OPINION
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    members = [m for g in found for m in g.members]
    return Group(found[0].start, found[-1].end, members)


def verb_roles(view: SentenceView, tokens: Sequence[Token], head: int, *, speech: bool,
               reciprocal: bool) -> tuple[object, object]:
    """(source, target) of the verb at `head`: a `Group`, None (the tree says no actor), or
    no opinion (see `has_opinion`)."""
    passive = grammar.is_passive(tokens, head)
    subjects = grammar.subjects(tokens, head)
    if passive:
        agents = [n for p, n in grammar.obliques(tokens, head) if p == "by"]
        source = _groups(view, tokens, agents) if agents else _NO_OPINION
        target = _groups(view, tokens, subjects) if subjects else _NO_OPINION
        return source, target
    source = _groups(view, tokens, subjects) if subjects else _NO_OPINION
    objects = grammar.objects(tokens, head)
    target: object = _NO_OPINION
    if objects and not speech:
        target = _groups(view, tokens, objects)
    if not isinstance(target, Group):
        wanted = TARGET_PREPS | {"to"} | ({"with"} if reciprocal else set())
        obl = [n for p, n in grammar.obliques(tokens, head) if p in wanted
               and tokens[n].dep.startswith("obl")]
        found = _groups(view, tokens, obl) if obl else _NO_OPINION
        if isinstance(found, Group):
            target = found
    return source, target


def noun_roles(view: SentenceView, tokens: Sequence[Token], head: int, *, target_of: bool
               ) -> tuple[object, object]:
    """(source, target) of the event noun at `head` from its agent and its obliques."""
    agents = grammar.agents(tokens, head)
    source = _groups(view, tokens, agents) if agents else _NO_OPINION
    if source is None:
        source = _NO_OPINION  # "the army's strikes": a possessor that is no actor says little
    wanted = NOUN_TARGET_PREPS | ({"of"} if target_of else set())
    obl = [n for p, n in grammar.obliques(tokens, head) if p in wanted]
    target = _groups(view, tokens, obl) if obl else _NO_OPINION
    if target is None:
        target = _NO_OPINION
    return source, target


def has_opinion(value: object) -> bool:
    return value is not _NO_OPINION


def governors(tokens: Sequence[Token], head: int) -> set[int]:
    """Tokens that may carry a modality cue for the event at `head`: the path from it to the
    root and the auxiliaries, adverbs, markers and determiners of every node on it."""
    path = [head, *grammar.ancestors(tokens, head)]
    out = set(path)
    for node in path:
        out.update(grammar.children(tokens, node, SCOPE_DEPS))
        for child in grammar.children(tokens, node, ("xcomp",)):
            out.update(grammar.children(tokens, child, ("aux", "mark")))
    return out


def negated(tokens: Sequence[Token], head: int) -> bool:
    """An event noun whose governing verb is negated ("has not seen heavy fighting")."""
    if grammar.is_negated(tokens, head):
        return True
    up = grammar.head(tokens, head)
    return up is not None and tokens[head].dep in ("obj", "nsubj:pass") and \
        grammar.is_negated(tokens, up)


def attachments(tokens: Sequence[Token], head: int) -> list[tuple[str, int, int]]:
    """(preposition, first char, end char) of each time or place phrase attached to the
    predicate at `head`, or to the verb an event noun is the object of."""
    out: list[tuple[str, int, int]] = []
    nodes = [head]
    up = grammar.head(tokens, head)
    if up is not None and tokens[head].dep in ("obj", "nsubj", "nsubj:pass"):
        nodes.append(up)  # "carried out strikes on Tuesday"
    for node in nodes:
        for prep, noun in grammar.obliques(tokens, node):
            if tokens[noun].dep.startswith(("obl", "nmod")):
                first, last = grammar.phrase_span(tokens, noun)
                out.append((prep, tokens[first].start, tokens[last].end))
        for child in grammar.children(tokens, node, ("advmod",)):
            out.append(("", tokens[child].start, tokens[child].end))  # "yesterday"
    return out
