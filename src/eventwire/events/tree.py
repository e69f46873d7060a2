"""What the dependency tree corrects in the shallow reading, where a sentence is parsed.

The shallow reading (`eventwire.events.clauses`) finds actors and cues by position; tuned on
many examples, it is right most of the time, and our parser is not yet better than it
everywhere. So the tree is used where it is decisive:

- an actor the positional reading took from a relative clause that does not hold the
  predicate ("The rebels that Turkey backs attacked Damascus": not Turkey) is replaced by
  the tree's own subject or object of the predicate (`verb_roles`: subjects with
  coordination, control and raising from `eventwire.grammar`, passive agents, objects and
  target obliques), or dropped;
- cues inside relative, participial, appositive or adverbial clauses that do not hold the
  predicate do not set the event's modality ("After rebels reportedly shelled
  Hama, Russian jets struck Idlib": the strike is asserted);
- a negated verb governing an event noun negates it ("has not seen heavy fighting");
- the time and place phrases attached to the predicate (`attachments`) date and place it
  before the sentence's other ones.

A "that" clause completing a noun ("allegations that the opposition is staging") is its
content, not a modifier: its actors stay. Without a parse nothing here runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire import grammar
from eventwire.events.clauses import Group, SentenceView
from eventwire.events.patterns import inflections
from eventwire.model import Token

TARGET_PREPS = frozenset({"on", "against", "at", "into", "upon", "toward", "towards", "onto"})
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


NOBODY = object()
"""The tree's word that a role names no actor, overriding what the positional reading found:
a weapon as subject ("a drone struck the convoy") with no owner in its phrase."""


def _group(view: SentenceView, tokens: Sequence[Token], i: int, *, wielder: bool = False,
           agent: bool = False) -> Group | None | object:
    """The actor group a nominal at `i` names: the group holding its head, else one inside
    its phrase, else the state of a country adjective on it ("Egyptian mediators"); None when
    it names no actor; no opinion for a pronoun (left to coreference). A weapon names its
    owner ("shells fired by M23", "Russian drones", "the army's artillery") or nobody when
    it is the one acting (`wielder`: a subject or agent, not the thing shot down). A passive
    `agent` naming no actor names the one it is part of (`_whole`)."""
    if tokens[i].tag in _PRONOUNS:
        return _NO_OPINION
    group = view.token_group[i]
    if wielder and group is None and tokens[i].lower in view.placed:
        return NOBODY  # "Syria's war has killed": the owner is where it happens, no agent
    if group is None:
        group = next((view.token_group[k] for k in grammar.subtree(tokens, i, _NOT_THE_NOUN)
                      if view.token_group[k] is not None), None)
    if group is None and agent:
        group = _whole(view, tokens, i)
    if wielder and group is not None and _stateless(group) and any(
            tokens[k].tag == "PRP$" for k in grammar.children(tokens, i, ("nmod:poss",))):
        # "Russia's defence ministry said its forces had captured": whose forces they are
        owner = _owner(view, tokens, i)
        return owner if owner is not None else group
    if wielder and tokens[i].lower in view.instruments and (group is None or _stateless(group)):
        owner = _owner(view, tokens, i)
        return owner if owner is not None else NOBODY
    return group if group is not None else _demonyms(view, tokens, i)


def _whole(view: SentenceView, tokens: Sequence[Token], i: int) -> Group | None:
    """The actor a passive agent naming none is part of: its "of" phrase ("shot by members
    of a militia", "attacked by elements of the RSF": the militia, the RSF act through them).
    Only for agents: a subject or object so named keeps the positional reading, which takes
    the actor after "of" already (read from the tree there too, it added two dyads on the
    ConfliBERT role file, both wrong)."""
    for noun in grammar.children(tokens, i, ("nmod",)):
        if grammar.preposition(tokens, noun) != "of":
            continue
        found = [g for c in grammar.conjuncts(tokens, noun)
                 if (g := view.token_group[c]) is not None]
        if found:
            return found[0] if len(found) == 1 else Group(
                found[0].start, found[-1].end, [m for g in found for m in g.members])
    return None


def _stateless(group: Group) -> bool:
    """A group of generic agents with no country ("a drone" read as ---MIL)."""
    return all((m.code or "---").startswith("---") for m in group.members)


def _owner(view: SentenceView, tokens: Sequence[Token], i: int) -> Group | None:
    """Who wields the weapon at `i`: the agent of a participle on it ("shells fired by
    M23"), its possessor or "by" phrase, an actor or country adjective modifying it."""
    found = [n for c in grammar.children(tokens, i, ("acl",)) for n in grammar.agents(tokens, c)]
    found += grammar.agents(tokens, i)
    found += [k for k in grammar.subtree(tokens, i, _NOT_THE_NOUN) if k != i]
    for k in found:
        g = view.token_group[k]
        if g is not None and not _stateless(g):
            return g
        if tokens[k].tag == "PRP$" and tokens[k].dep == "nmod:poss":
            # "Ukraine's military said its drones struck": the nearest actor before "its"
            return next((g for g in reversed(view.groups) if g.end <= k), None)
    return _demonyms(view, tokens, i)


def _demonyms(view: SentenceView, tokens: Sequence[Token], i: int) -> Group | None:
    """The states of the country adjectives modifying noun `i`, coordination distributed
    ("Egyptian and Qatari mediators")."""
    found = [k for a in grammar.children(tokens, i, ("amod", "compound"))
             for k in grammar.conjuncts(tokens, a) if k in view.demonyms]
    if not found:
        return None
    return Group(found[0], found[-1] + 1, [view.demonyms[k] for k in found])


_NOT_THE_NOUN = frozenset({"nmod", "acl", "acl:relcl", "appos", "conj", "cc", "punct", "advcl",
                           "parataxis", "dep", "case", "obl"})
"""Dependents that name something else than the noun itself ("a market by Russian jets":
the jets are no part of the market)."""


def _groups(view: SentenceView, tokens: Sequence[Token], heads: Sequence[int], *,
            wielder: bool = False, agent: bool = False) -> Group | None | object:
    """One group for coordinated nominals ("Iran and the Houthis"): their members joined."""
    found: list[Group] = []
    nobody = False
    for h in heads:
        g = _group(view, tokens, h, wielder=wielder, agent=agent)
        if g is _NO_OPINION:
            return _NO_OPINION
        nobody = nobody or g is NOBODY
        if isinstance(g, Group) and g not in found:
            found.append(g)
    if not heads:
        return _NO_OPINION
    if not found:
        return NOBODY if nobody else None
    if len(found) == 1:
        return found[0]
    members = [m for g in found for m in g.members]
    return Group(found[0].start, found[-1].end, members)


def verb_roles(view: SentenceView, tokens: Sequence[Token], head: int, *, speech: bool,
               reciprocal: bool) -> tuple[object, object]:
    """(source, target) of the verb at `head`: a `Group`, None (the tree says no actor), or
    no opinion (a pronoun, or no such relation)."""
    agents = [n for p, n in grammar.obliques(tokens, head)
              if p == "by" or grammar.relation(tokens, n) == "obl:agent"]
    # a "by" agent makes the verb passive even where the tree lost its auxiliary ("shells
    # fired by M23 rebels landed")
    passive = grammar.is_passive(tokens, head) or any(
        grammar.relation(tokens, n) == "obl:agent" for n in agents)
    subjects = grammar.subjects(tokens, head)
    if passive:
        source = _groups(view, tokens, agents, wielder=True, agent=True) if agents \
            else _NO_OPINION
        target = _groups(view, tokens, subjects) if subjects else _NO_OPINION
        return source, target
    source = _groups(view, tokens, subjects, wielder=True) if subjects else _NO_OPINION
    objects = grammar.objects(tokens, head)
    target = _NO_OPINION
    # a weapon as object ("fired artillery at the camp", "launched drones on Kyiv") is what
    # was used, not who was hit: the target, if any, is in the verb's obliques
    weapons = tokens[head].lemma in LAUNCH_VERBS and bool(objects) and all(
        _weapon(view, tokens, o) for o in objects)
    if objects and not speech and not weapons:
        target = _groups(view, tokens, objects)
    if not isinstance(target, Group):
        # "signed an agreement with Russia", "imposed sanctions on Iran": the verb's own
        # target obliques, then those of its object
        wanted = TARGET_PREPS | {"to", "with"}
        obl = [n for p, n in grammar.obliques(tokens, head) if p in wanted
               and grammar.relation(tokens, n).startswith("obl")]
        obl += [n for o in objects for p, n in grammar.obliques(tokens, o) if p in wanted]
        found = _groups(view, tokens, obl) if obl else _NO_OPINION
        if isinstance(found, Group):
            target = found
        elif weapons:
            target = NOBODY  # the weapon is never the target, whatever its position
        elif target is None:
            target = _NO_OPINION  # a thing as object: the clause may still name a target
    return source, target


def object_controlled(tokens: Sequence[Token], head: int) -> bool:
    """Whether the infinitive at `head` (or a verb coordinated with it) takes its subject
    from its governor's object ("urged both sides to protect civilians and return to talks"):
    whoever that object is, the governor's own subject is not the one who acts."""
    node = grammar.first_conjunct(tokens, head)
    governor = grammar.head(tokens, node)
    if governor is None or tokens[node].dep not in ("xcomp", "advcl"):
        return False
    own = grammar.subjects(tokens, node)
    return bool(own) and not set(own) & set(grammar.subjects(tokens, governor))


def purpose_subjects(tokens: Sequence[Token], head: int) -> list[int]:
    """The subject of a "to" purpose clause that has none of its own: its governor's ("The
    US envoy is expected in Port Sudan on Monday to meet Burhan": the envoy meets him, not
    the country inside the place name the positional reading would take)."""
    up = grammar.head(tokens, head)
    if up is None or tokens[head].dep != "advcl" or not grammar.to_infinitive(tokens, head):
        return []
    return grammar.subjects(tokens, up)


LAUNCH_VERBS = frozenset({"fire", "launch", "drop", "lob", "hurl", "rain", "unleash"})
"""Verbs whose object is the weapon used and whose oblique is what it hit; for other verbs a
weapon as object is itself hit or taken ("shot down drones", "seized rifles")."""


def _weapon(view: SentenceView, tokens: Sequence[Token], i: int) -> bool:
    """Whether the nominal at `i` is a weapon or munition with no actor of its own in its
    phrase ("artillery", "two missiles"; not "Russian drones", which name their owner)."""
    if tokens[i].lower not in view.instruments:
        return False
    group = view.token_group[i]
    return group is None or _stateless(group)


_NOUN_UP = frozenset({"obl", "nmod", "advcl", "obj", "conj"})


def party_of_clause(view: SentenceView, tokens: Sequence[Token], noun: int) -> Group | None:
    """The other party of an event noun with a "with" party ("took the village after heavy
    fighting with M23 rebels", "after weeks of talks with Qatar"): the subject of the clause
    the noun hangs from, who fought or talked with them."""
    if not any(grammar.preposition(tokens, n) == "with" for n in grammar.children(
            tokens, noun, ("nmod", "obl"))):
        return None
    node = noun
    for _ in range(4):
        up = grammar.head(tokens, node)
        if up is None or tokens[node].dep not in _NOUN_UP:
            return None
        if grammar.is_predicate(tokens, up) and not tokens[up].tag.startswith("NN"):
            found = _groups(view, tokens, grammar.subjects(tokens, up), wielder=True)
            return found if isinstance(found, Group) else None
        node = up
    return None


_DEFENDING_FORMS = frozenset(
    {form for verb in ("repel", "repulse", "thwart", "foil", "withstand", "survive")
     for form in inflections(verb)} | {"withstood"})
"""Verbs whose subject is the one an attack named as their object was aimed at ("Troops
repelled an attack by al-Shabaab": the troops were attacked), by form: our lemmatizer
gives "repelled" the lemma "repell"."""
_DEFENDING_PHRASES = frozenset({("fend", "off"), ("fight", "off"), ("ward", "off"),
                                ("beat", "back"), ("hold", "off"), ("push", "back")})
"""The same with a particle ("fought off an assault"), by lemma."""


def defender(view: SentenceView, tokens: Sequence[Token], noun: int) -> Group | None:
    """Whom an event noun's attack was aimed at when its noun is the object of a defending
    verb: that verb's subject ("Malian soldiers repelled a jihadist assault on Boni", "the
    convoy survived an ambush")."""
    up = grammar.head(tokens, noun)
    if up is None or tokens[noun].dep != "obj":
        return None
    verb = tokens[up]
    particles = {tokens[c].lower for c in grammar.children(tokens, up, ("compound:prt",))}
    if verb.lower not in _DEFENDING_FORMS and not any(
            (verb.lemma, p) in _DEFENDING_PHRASES for p in particles):
        return None
    found = _groups(view, tokens, grammar.subjects(tokens, up), wielder=True)
    return found if isinstance(found, Group) else None


def sender(view: SentenceView, tokens: Sequence[Token], head: int) -> Group | None:
    """Whose the forces of a purpose clause are ("Chad sent soldiers to fight alongside
    Nigerien forces": Chad's soldiers fight): where the infinitive's doer is its governor's
    object and names no one in particular (generic troops), the governor's subject."""
    up = grammar.head(tokens, head)
    if up is None or tokens[head].dep not in ("advcl", "xcomp") or not any(
            tokens[c].lower == "to" for c in grammar.children(tokens, head, ("mark",))):
        return None
    objects = grammar.objects(tokens, up)
    # the actors inside each object's phrase ("hundreds of soldiers")
    doers = [next((view.token_group[k] for k in grammar.subtree(tokens, o)
                   if view.token_group[k] is not None), None) for o in objects]
    if not doers or not all(g is not None and _stateless(g) for g in doers):
        return None
    found = _groups(view, tokens, grammar.subjects(tokens, up), wielder=True)
    return found if isinstance(found, Group) and not _stateless(found) else None


COMPANY_PREPS = frozenset({"alongside", "along with", "together with", "beside", "besides"})
"""Prepositions of an oblique that names a partner of the subject, never its target ("troops
sent to fight alongside the Congolese army")."""


def companions(tokens: Sequence[Token], head: int) -> set[int]:
    """Tokens of the obliques of `head` that name who acts with its subject."""
    out: set[int] = set()
    for prep, noun in grammar.obliques(tokens, head):
        if prep in COMPANY_PREPS:
            out.update(grammar.subtree(tokens, noun))
    return out


MODIFIER_CLAUSES = frozenset({"acl", "acl:relcl", "appos", "advcl", "parataxis"})
"""Clauses whose cues never govern an event outside them."""
RELATIVE_CLAUSES = frozenset({"acl:relcl"})
"""Clauses whose actors are never the roles of an event outside them. Only relative clauses:
on the PETRARCH records, vetoing actors from appositions, participial and adverbial clauses
as our parser draws them lost more right codings (76.4% -> 72.2% exact) than it fixed."""


def elsewhere(tokens: Sequence[Token], head: int,
              deps: frozenset[str] = MODIFIER_CLAUSES) -> set[int]:
    """Tokens inside modifier clauses, appositions and adverbial clauses that do not hold the
    predicate at `head`: the subject of a relative clause, a hedge in an "after ..." clause.
    Neither its actors nor its cues belong to the event."""
    above = {head, *grammar.ancestors(tokens, head)}
    out: set[int] = set()
    for k, t in enumerate(tokens):
        if t.dep in deps and k not in above and not _content_clause(tokens, k):
            out.update(grammar.subtree(tokens, k))
    return out - above


def sister_verbs(tokens: Sequence[Token], head: int) -> set[int]:
    """The first conjuncts of the verbs on the path from `head` to the root: in "denied the
    report and said soldiers had attacked the post", "said" is a conjunct of "denied", so the
    denial is a sister of the saying and does not govern the attack; "denied that it struck
    the post and killed two" keeps it ("killed" is a sister of "struck", which is no cue).
    Only the sister's own word is returned: a hedge or modal it carries may still be read."""
    out: set[int] = set()
    for node in (head, *grammar.ancestors(tokens, head)):
        up = grammar.head(tokens, node)
        if up is not None and tokens[node].dep == "conj" and tokens[up].tag.startswith("VB"):
            out.add(up)
    return out


def _content_clause(tokens: Sequence[Token], k: int) -> bool:
    """ "allegations that the opposition is staging ...": a "that" clause completing a noun
    says what the noun is about; its actors are the noun's."""
    return tokens[k].dep == "acl" and any(
        tokens[m].lower == "that" for m in grammar.children(tokens, k, ("mark",)))


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


MODAL_MODALITY = {"would": "hypothetical", "'d": "hypothetical", "may": "speculated",
                  "might": "speculated", "could": "speculated", "will": "planned",
                  "'ll": "planned", "shall": "planned", "must": "advocated",
                  "should": "advocated"}
"""What a modal auxiliary of a governing verb makes of the event under it."""


def governor_cues(tokens: Sequence[Token], head: int) -> set[str]:
    """Modality cues on the verbs that control the predicate at `head` ("would keep
    attacking", "did not try to retake"): modals and negation of each `xcomp` governor up the
    tree. The event's own verb group is read by the positional cues."""
    out: set[str] = set()
    node = head
    for _ in range(6):
        up = grammar.head(tokens, node)
        if up is None or tokens[node].dep != "xcomp":
            break
        out.update(MODAL_MODALITY[m] for m in grammar.modals(tokens, up) if m in MODAL_MODALITY)
        if grammar.is_negated(tokens, up):
            out.add("negated")
        node = up
    return out
