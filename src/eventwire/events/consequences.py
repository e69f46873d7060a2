"""One happening, one event: casualty figures join the event that caused them.

"A jet dropped two bombs on the market, killing 9 villagers" is one air strike with nine dead,
not a strike and a killing. Each casualty figure of a sentence finds its host:

- the event its own casualty verb carries, when that verb is the event itself: an active
  finite verb with its subject ("gunmen killed 12"), or a killing the verb patterns already
  made specific ("12 were killed in air strikes" is an air strike);
- otherwise the nearest material-conflict event before it in the sentence (the main clause a
  consequence follows), else the nearest after it ("12 were killed when jets struck"), else
  the generic killing its own verb carries;
- a figure whose sentence has no event of its own ("The death toll rose to 40.", "At least 12
  people were killed, officials said.") joins the last material-conflict event of the
  sentence before, in the same segment.

A generic killing whose figure joined another event is that event's consequence, and is
dropped. Figures of one kind on one event are not summed (a toll restated or updated in one
sentence is one toll): the highest lower bound wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from eventwire import grammar
from eventwire.events.casualties import Figure
from eventwire.events.codes import quad_class
from eventwire.model import Actor, Casualties, Event, Token

_GENERIC_KILLING = frozenset({"18", "180", "1800"})
"""Codes of a bare killing, whose figure is a consequence of a more specific event."""


@dataclass
class Carried:
    """The events made from one finding, with the token span of its anchor."""

    anchor: tuple[int, int]
    code: str
    events: list[Event]
    has_source: bool
    figures: list[Figure] = field(default_factory=list)
    dropped: bool = False


@dataclass
class Pending:
    """What a sentence could not place itself: figures with no event, and the sourceless
    killings that only carry them."""

    figures: list[Figure]
    carriers: list[Carried]
    claimants: list[Actor] = field(default_factory=list)
    """Who claims an attack the story told before ("Al-Shabaab claimed responsibility for
    the attack"): its doer by their own word."""


def attach(carried: list[Carried], figures: Sequence[Figure], tokens: Sequence[Token] = (),
           eventive: Callable[[int], bool] = lambda _i: False) -> Pending:
    """Give each figure of a sentence its host; mark consequences dropped.

    Where the sentence is parsed, the happening the figure's own clause names comes first:
    "12 civilians were killed in the fighting" belongs to the fighting (`eventive` says which
    tokens are event nouns), however close another attack stands."""
    pending = Pending([], [])
    for figure in figures:
        carrier = next((c for c in carried if c.anchor[0] <= figure.cue < c.anchor[1]), None)
        if carrier is not None and (figure.form == "active" or carrier.code not in
                                    _GENERIC_KILLING):
            carrier.figures.append(figure)
            continue
        host = _named(tokens, figure, carried, carrier, eventive) if tokens else None
        host = host or (_governing(tokens, figure, carried, carrier) if tokens else None)
        host = host or _host(carried, figure, carrier)
        if host is None and carrier is not None:
            if not carrier.has_source and figure.form in ("passive", "toll", "none"):
                pending.carriers.append(carrier)
            host = carrier
        if host is None:
            pending.figures.append(figure)
            continue
        if host is not carrier and host not in pending.carriers and tokens and \
                _restated(tokens, host, carried, carrier, figure):
            pending.carriers.append(host)
        host.figures.append(figure)
        if carrier is not None and carrier is not host:
            carrier.dropped = True
    for c in pending.carriers:
        pending.figures.extend(f for f in c.figures if f not in pending.figures)
    return pending


_IN_HAPPENING = frozenset({"in", "during", "by", "after"})
"""Prepositions under which a casualty verb names the happening that caused it ("killed in
an air strike", "wounded by shelling")."""


def _named(tokens: Sequence[Token], figure: Figure, carried: list[Carried],
           carrier: Carried | None, eventive: Callable[[int], bool]) -> Carried | None:
    """The finding of the happening the tree attaches the figure's casualty word to: an event
    noun under "in/during/by" ("killed in the fighting"), or the noun a relative clause
    describes ("a battle in which two were killed"). A noun no finding carries (it restated
    the killing) leaves the killing itself as the host."""
    cue = figure.cue
    if not 0 <= cue < len(tokens) or not tokens[cue].dep:
        return None
    nouns = [n for p, n in grammar.obliques(tokens, cue) if p in _IN_HAPPENING]
    up = grammar.head(tokens, cue)
    if up is not None and tokens[cue].dep == "acl:relcl":
        nouns.append(up)
    for noun in nouns:
        found = next((c for c in carried if c.anchor[0] <= noun < c.anchor[1]
                      and c is not carrier), None)
        if found is not None:
            return found
        if eventive(noun) and carrier is not None:
            # "At least eight were killed in the assault": a definite event noun that no
            # finding carries, in a sentence with no other violent happening, refers back to
            # one already told; the figure waits for the sentence before (`Pending`)
            alone = not any(c is not carrier and quad_class(c.code) == 4 for c in carried)
            return None if alone and _definite(tokens, noun) else carrier
    return None


_LEAVING = frozenset({"leaving", "left", "leave", "leaves"})


def _governing(tokens: Sequence[Token], figure: Figure, carried: list[Carried],
               carrier: Carried | None) -> Carried | None:
    """The violent event of the clause a participle consequence hangs from: "attacked the
    commune, burning 30 houses and killing five" -- "killing" is a conjunct of "burning",
    which modifies "attacked"; the dead are the attack's, not the burning's, however near."""
    verb = figure.cue if figure.form == "participle" else next(
        (k for k in range(figure.start - 1, max(-1, figure.start - 16), -1)
         if tokens[k].lower in _LEAVING), None) if figure.form == "leaving" else None
    if verb is None or not 0 <= verb < len(tokens) or not tokens[verb].dep:
        return None
    seen = {verb}
    while tokens[verb].dep == "conj":
        up = grammar.head(tokens, verb)
        if up is None or up in seen:
            return None
        verb = up
        seen.add(up)
    if tokens[verb].dep not in ("advcl", "parataxis"):
        return None
    governor = grammar.head(tokens, verb)
    if governor is None:
        return None
    return next((c for c in carried if c.anchor[0] <= governor < c.anchor[1]
                 and c is not carrier and quad_class(c.code) == 4
                 and c.code not in _GENERIC_KILLING), None)


def _restated(tokens: Sequence[Token], host: Carried, carried: list[Carried],
              carrier: Carried | None, figure: Figure) -> bool:
    """Whether a figure's host is only a definite event noun pointing back to the happening
    the sentence before told ("Three soldiers died in the fighting", after the attack): the
    noun has no source of its own and the sentence tells no other violent happening, so the
    figure and the noun wait for that sentence (`Pending`) like an untracked noun does."""
    if host.has_source or figure.form not in ("passive", "toll", "none"):
        return False
    noun = grammar.span_head(tokens, host.anchor[0], host.anchor[1] - 1)
    if noun is None or not tokens[noun].tag.startswith("NN") or not _definite(tokens, noun):
        return False
    return not any(c is not carrier and c is not host and quad_class(c.code) == 4
                   for c in carried)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _definite(tokens: Sequence[Token], noun: int) -> bool:
    """Whether a noun phrase points back to something known ("the assault", "this attack")."""
    return any(tokens[d].lower in _DEFINITE for d in grammar.children(tokens, noun, ("det",)))


def _host(carried: list[Carried], figure: Figure, carrier: Carried | None) -> Carried | None:
    hosts = [c for c in carried if c is not carrier and quad_class(c.code) == 4
             and c.code not in _GENERIC_KILLING]
    before = [c for c in hosts if c.anchor[1] <= figure.start]
    if before:
        return max(before, key=lambda c: c.anchor[1])
    after = [c for c in hosts if c.anchor[0] >= figure.end]
    return min(after, key=lambda c: c.anchor[0]) if after else None


def casualties_of(figures: Sequence[Figure]) -> Casualties | None:
    """The `casualties` record of an event from the figures it hosts."""
    if not figures:
        return None
    best: dict[str, Figure] = {}
    victims: list[Actor] = []
    for f in figures:
        if f.kind not in best or f.low > best[f.kind].low:
            best[f.kind] = f
        victims.extend(v for v in f.victims if v not in victims)
    killed, injured = best.get("killed"), best.get("injured")
    return Casualties(killed.counted if killed else None,
                      injured.counted if injured else None, victims)
