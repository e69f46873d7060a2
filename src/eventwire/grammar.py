"""Views of a sentence's dependency tree that the stages need: who is the subject of a verb,
what are its objects and obliques, which clause a word sits in, what is coordinated with it.

Every function takes the sentence's tokens (`Sentence.tokens`, annotated by
`eventwire.language`) and token indices within them. The relations are Universal Dependencies
v2 (`nsubj`, `nsubj:pass`, `obj`, `obl`, `obl:agent`, `acl:relcl`, ...), which is what our
model is trained on; the functions never look at words, only at the tree and the tags, so the
stages above keep their word lists (verbs of saying, claiming ...) to themselves.

Why these rules:
- an apposition, a participial or relative modifier never supplies the subject of the verb it
  sits beside ("Akar, arriving in Moscow, said ..." -> the subject of "said" is Akar, and the
  subject of "arriving" is Akar too, through the modifier's head noun);
- coordination distributes: "Iran and the Houthis claimed" gives two subjects, and in
  "troops shelled the town and stormed the post" the second verb inherits the first's subject;
- control and raising pass subjects down ("the army vowed to retake the town": the subject of
  "retake" is the army), but an object-control verb passes its object ("urged Kyiv to talk").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from eventwire.model import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"})
OBJECT_DEPS = frozenset({"obj", "iobj"})
OBLIQUE_DEPS = frozenset({"obl", "obl:agent", "obl:tmod", "obl:npmod", "obl:unmarked",
                          "nmod", "nmod:poss", "nmod:tmod", "nmod:npmod", "nmod:unmarked"})
CLAUSE_DEPS = frozenset({"ROOT", "root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl",
                         "parataxis", "csubj", "csubj:pass", "advcl:relcl"})
"""Relations whose dependent heads a clause of its own."""

MODIFIER_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "appos"})
"""Relations whose dependent describes a noun: never the main verb's subject."""

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Penn tags of finite verbs: a span with one of these is a clause."""

NEGATORS = frozenset({"not", "n't", "never", "no", "nt"})
PREDICATE_POS = frozenset({"VERB", "AUX"})


def head(tokens: Sequence[Token], i: int) -> int | None:
    """The head of token `i`, or None for the root (or an unparsed token)."""
    h = tokens[i].head
    if h < 0 or h == i or h >= len(tokens):
        return None
    return h


def children(tokens: Sequence[Token], i: int, deps: Iterable[str] | None = None) -> list[int]:
    """Dependents of `i` in text order, optionally only those with a relation in `deps`."""
    wanted = None if deps is None else frozenset(deps)
    return [j for j, t in enumerate(tokens)
            if j != i and t.head == i and (wanted is None or t.dep in wanted)]


def ancestors(tokens: Sequence[Token], i: int) -> list[int]:
    """Heads from `i` up to the root (nearest first); stops on a cycle."""
    out: list[int] = []
    seen = {i}
    current = head(tokens, i)
    while current is not None and current not in seen:
        out.append(current)
        seen.add(current)
        current = head(tokens, current)
    return out


def subtree(tokens: Sequence[Token], i: int, exclude: Iterable[str] = ()) -> list[int]:
    """Indices of `i` and everything below it, leaving out branches whose relation is in
    `exclude` (e.g. relative clauses, to get a bare noun phrase)."""
    skip = frozenset(exclude)
    kids: dict[int, list[int]] = {}
    for j, t in enumerate(tokens):
        if t.head != j and 0 <= t.head < len(tokens):
            kids.setdefault(t.head, []).append(j)
    out: list[int] = []
    stack = [i]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        out.append(node)
        stack.extend(k for k in kids.get(node, ()) if tokens[k].dep not in skip)
    return sorted(out)


def subtree_span(tokens: Sequence[Token], i: int, exclude: Iterable[str] = ()) -> tuple[int, int]:
    """(first, last) token indices, inclusive, of the subtree of `i` (see `subtree`)."""
    nodes = subtree(tokens, i, exclude)
    return nodes[0], nodes[-1]


def span_head(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The head of tokens first..last (inclusive): the token whose own head lies outside
    the span (a name's last word in "Vladimir Putin"), or None when the span is a cycle."""
    for i in range(first, last + 1):
        if not first <= tokens[i].head <= last or tokens[i].head == i:
            return i
    return None


def phrase_span(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    """The noun phrase headed by `i` without its clauses, appositions, conjuncts and edges of
    punctuation: "the army of Sudan" out of "the army of Sudan, which denied it, and ..."."""
    nodes = subtree(tokens, i, exclude=("acl", "acl:relcl", "appos", "conj", "cc", "parataxis",
                                        "punct", "advcl", "dep"))
    nodes = [n for n in nodes if n == i or not _crosses(tokens, i, n)]
    first, last = min(nodes), max(nodes)
    return first, last


def _crosses(tokens: Sequence[Token], i: int, n: int) -> bool:
    """Whether a punctuation token lies between `i` and `n` (a branch across a comma)."""
    a, b = sorted((i, n))
    return any(tokens[k].dep == "punct" and tokens[k].text in {",", ";", "(", ")", "\u2014"}
               for k in range(a + 1, b))


def first_conjunct(tokens: Sequence[Token], i: int) -> int:
    """The first of the words coordinated with `i` (`i` itself when none), which holds their
    shared relation: "Iran" for "the Houthis" in "Iran and the Houthis attacked"."""
    first = i
    while tokens[first].dep == "conj" and head(tokens, first) is not None:
        first = tokens[first].head
    return first


def conjuncts(tokens: Sequence[Token], i: int) -> list[int]:
    """Tokens coordinated with `i` ("Iran and the Houthis"), `i` included, in text order."""
    first = first_conjunct(tokens, i)
    found = {first}
    frontier = [first]
    while frontier:
        node = frontier.pop()
        for child in children(tokens, node, ("conj",)):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return sorted(found)


def is_predicate(tokens: Sequence[Token], i: int) -> bool:
    """A verb (or a copula's clause head) that can carry a subject."""
    token = tokens[i]
    return token.pos in PREDICATE_POS or token.tag.startswith("VB") or bool(
        children(tokens, i, SUBJECT_DEPS))


def clause_head(tokens: Sequence[Token], i: int) -> int:
    """The head of the clause that contains `i` (the predicate of its smallest clause)."""
    current = i
    while tokens[current].dep not in CLAUSE_DEPS:
        up = head(tokens, current)
        if up is None:
            return current
        if tokens[current].dep == "conj" and is_predicate(tokens, current):
            return current
        current = up
    return current


def governing_verb(tokens: Sequence[Token], i: int) -> int | None:
    """The predicate of the clause above the clause of `i` ("said" for "attacked" in
    "they said the army attacked"), or None at the main clause."""
    clause = clause_head(tokens, i)
    while tokens[clause].dep == "conj":
        up = head(tokens, clause)
        if up is None:
            return None
        clause = clause_head(tokens, up)
    up = head(tokens, clause)
    if up is None:
        return None
    return clause_head(tokens, up)


def possessive(tokens: Sequence[Token], i: int) -> bool:
    """Whether the noun at `i` carries a possessive marker ("Myanmar's"): an owner, never
    the subject of a clause, whatever relation the parse gives it beside another subject."""
    return any(tokens[c].tag == "POS" for c in children(tokens, i, ("case",)))


def subjects(tokens: Sequence[Token], i: int) -> list[int]:
    """Subjects of predicate `i`, coordination distributed, inherited where the tree elides
    them: a verb coordinated with another takes its subject, a controlled infinitive or
    participle the controller, a modifier clause the noun it describes."""
    return _subjects(tokens, i, depth=0)


def _subjects(tokens: Sequence[Token], i: int, depth: int) -> list[int]:
    if depth > 8:
        return []
    token = tokens[i]
    up = head(tokens, i)
    own = [c for c in children(tokens, i, SUBJECT_DEPS) if not possessive(tokens, c)] \
        or children(tokens, i, SUBJECT_DEPS)
    if own:
        found = [c for s in own for c in conjuncts(tokens, s)]
        if token.dep == "acl:relcl" and up is not None:  # "the troops who attacked"
            found = [up if _relative(tokens[s]) else s for s in found]
        return found
    if up is None:
        return []
    if token.dep == "conj":
        return _subjects(tokens, up, depth + 1)
    if token.dep == "xcomp":
        # "urged Israel to allow": the parse may call the controller an indirect object
        controllers = children(tokens, up, ("obj", "iobj")) or _on_controllers(tokens, up, i)
        if controllers and tokens[up].lemma not in _SUBJECT_CONTROL:
            return [c for s in controllers for c in conjuncts(tokens, s)]
        return _subjects(tokens, up, depth + 1)
    if token.dep == "advcl" and tokens[up].lemma in _ON_CONTROL_VERBS and to_infinitive(
            tokens, i) and (controllers := _on_controllers(tokens, up, i)):
        # "called on both sides to protect civilians", parsed as a purpose clause
        return [c for s in controllers for c in conjuncts(tokens, s)]
    if token.dep in {"acl", "acl:relcl"}:
        return [up]
    if token.dep == "advcl" and token.tag in {"VBG", "VBN"} and not children(tokens, i, ("mark",)):
        return _subjects(tokens, up, depth + 1)
    return []


def _on_controllers(tokens: Sequence[Token], governor: int, i: int) -> list[int]:
    """Obliques of `governor` before `i` with a controlling preposition ("called on X to")."""
    return [c for c in children(tokens, governor, ("obl",))
            if c < i and preposition(tokens, c) in _CONTROLLING_PREPOSITIONS]


def to_infinitive(tokens: Sequence[Token], i: int) -> bool:
    """Whether `i` is a bare verb marked by "to" ("to meet", "to protect")."""
    return tokens[i].tag == "VB" and any(
        tokens[c].lower == "to" for c in children(tokens, i, ("mark",)))


def _relative(token: Token) -> bool:
    return token.tag in {"WDT", "WP"} or token.lower in {"who", "which", "that", "whom"}


_SUBJECT_CONTROL = frozenset({"promise", "vow", "threaten", "pledge", "offer", "agree",
                              "refuse", "try", "attempt", "plan", "want", "decide", "seek",
                              "intend", "hope", "fail", "continue", "begin", "start"})
"""Verbs whose object does not control an infinitive ("promised Kyiv to send": the promiser
sends); for the others an object is the controller ("urged Kyiv to negotiate")."""


_ON_CONTROL_VERBS = frozenset({"call", "rely", "prevail", "depend", "count", "press",
                               "lean"})
"""Verbs whose "on" oblique controls a "to" infinitive even where the parse reads it as a
purpose clause ("called on both sides to protect civilians": the sides protect); with other
verbs such a clause is the subject's purpose ("spent millions on drones to protect the
border": the spender protects)."""


_CONTROLLING_PREPOSITIONS = frozenset({"on", "upon"})
"""An oblique with these controls an infinitive as an object would: "called on the military
to stop", "relied on allies to supply", "prevailed upon Kyiv to accept" (the military stops,
the allies supply, Kyiv accepts). Other prepositions name places, times and companions ("went
to Moscow to negotiate": Moscow negotiates nothing)."""


def objects(tokens: Sequence[Token], i: int) -> list[int]:
    """Direct and indirect objects of `i`, coordination distributed."""
    return [c for o in children(tokens, i, OBJECT_DEPS) for c in conjuncts(tokens, o)]


def obliques(tokens: Sequence[Token], i: int) -> list[tuple[str, int]]:
    """(preposition, noun) pairs attached to `i`: ("by", 7) for a passive agent, ("in", 12)
    for a place, ("", 5) for a bare temporal noun ("Tuesday")."""
    out: list[tuple[str, int]] = []
    for child in children(tokens, i, OBLIQUE_DEPS):
        shared = preposition(tokens, child)
        for noun in conjuncts(tokens, child):
            # "fighting with RSF fighters and allied militias": a conjunct without a
            # preposition of its own shares the first one's
            out.append((preposition(tokens, noun) or shared, noun))
    return out


def relation(tokens: Sequence[Token], i: int) -> str:
    """The relation of `i` to the word it depends on, read through coordination: a conjunct
    ("militias" in "with the RSF and militias") holds the relation of the first conjunct."""
    first = i
    while tokens[first].dep == "conj" and head(tokens, first) is not None:
        first = tokens[first].head
    return tokens[first].dep


def preposition(tokens: Sequence[Token], i: int) -> str:
    """The (possibly multi-word) preposition of a nominal: "near", "because of", or ""."""
    marks = children(tokens, i, ("case",))
    if not marks:
        return ""
    words: list[str] = []
    for m in marks:
        if tokens[m].tag == "POS":
            continue
        words.append(tokens[m].lower)
        words.extend(tokens[f].lower for f in children(tokens, m, ("fixed",)))
    return " ".join(words)


def agents(tokens: Sequence[Token], i: int) -> list[int]:
    """The agent of a passive verb or of an eventive noun: "by Russia", "Russia's strikes"."""
    found = [n for p, n in obliques(tokens, i) if p == "by" or relation(tokens, n) == "obl:agent"]
    if tokens[i].pos in {"NOUN", "PROPN"}:
        found += [c for s in children(tokens, i, ("nmod:poss",)) for c in conjuncts(tokens, s)]
    return sorted(set(found))


def is_passive(tokens: Sequence[Token], i: int) -> bool:
    """Whether predicate `i` is passive (a passive subject or auxiliary)."""
    return bool(children(tokens, i, ("nsubj:pass", "aux:pass", "csubj:pass")))


def is_negated(tokens: Sequence[Token], i: int) -> bool:
    """Whether `i` carries a negation ("did not attack", "no strikes", "never shelled")."""
    return any(tokens[c].lower in NEGATORS for c in children(tokens, i, ("advmod", "det", "neg")))


def modals(tokens: Sequence[Token], i: int) -> list[str]:
    """Modal auxiliaries of `i`, lower case ("could", "may", "would")."""
    return [tokens[c].lower for c in children(tokens, i, ("aux",)) if tokens[c].tag == "MD"]


def marker(tokens: Sequence[Token], i: int) -> str:
    """The subordinating word of a clause ("if", "unless", "after", "that"), or ""."""
    marks = children(tokens, clause_head(tokens, i), ("mark",))
    return tokens[marks[0]].lower if marks else ""


def appositions(tokens: Sequence[Token], i: int) -> list[int]:
    """Appositions of noun `i` ("X, a commander of the Y militia")."""
    return children(tokens, i, ("appos",))
