"""From dictionary matches to actor mentions within one sentence.

Matches that touch (or are joined by a possessive "'s") form a chain, read as a noun phrase
whose last match is the head:

- country/group/person + agent words: "Syrian government forces" -> SYRMIL, "Erdogan's
  spokesman" -> TURGOV, "Hezbollah fighters" -> LBNUAFHEZ; a PETRARCH actor + agent composes
  PETRARCH's way ("Gondor soldiers" -> GONMIL).
- title + person: "Russian Defence Minister Sergei Shoigu" -> the person's code on the day.
- title + an unknown capitalised name: "Egyptian Foreign Minister Sameh Shoukry" -> EGYGOV
  with that name.
- coordinated adjectives share the head: "Russian and Syrian jets" -> RUSMIL, SYRMIL.
- a country backing another actor is not an actor ("Turkish-backed ..."), a country or capital
  after a locative preposition is a place ("in Syria"), and a bare adjective before a common
  noun is no actor ("the Syrian border").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.actors.codes import NON_STATE, describe
from eventwire.actors.kb import ActorKnowledge, Term
from eventwire.actors.match import Match
from eventwire.actors.text import Piece

KIND_PRIORITY = {"person": 0, "group": 1, "igo": 2, "dict": 3, "state": 4, "capital": 5,
                 "agent": 6}
LOCATIVE = frozenset({"in", "inside", "within", "across", "throughout", "near", "around",
                      "outside", "into", "at", "from", "toward", "towards", "via",
                      "through", "of", "over"})
BACKING = frozenset({"backed", "led", "allied", "supported", "sponsored", "aligned", "funded",
                     "affiliated", "linked", "controlled", "held", "run", "made", "built",
                     "based", "born", "trained", "armed", "brokered", "owned"})
COORDINATORS = frozenset({"and", ",", "&"})
NAME_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "bint", "de", "van", "von", "der", "le",
                             "-", "abu", "abdel", "abdul"})
NOT_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "on", "in", "the", "a", "an", "and", "but", "said", "told", "says",
    "i", "we", "he", "she", "they", "it", "this", "that", "as", "at", "for", "with", "who",
})


@dataclass
class Found:
    """A mention found in a sentence (pieces [first, last)), before document-level resolution.

    kind is that of `ActorMention`, or "place" for a country named as a place ("in Syria",
    "the Syrian border"): not an actor, but a hint of which country the story is about.
    """

    first: int
    last: int
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    kind: str
    term: Term | None = None  # the person, group or agent term that heads the mention
    lone: bool = False  # an agent with no country ("the troops")
    definite: bool = False  # preceded by "the"
    role: str | None = None  # the title a person was named with, or a lone title's words
    surname: str | None = None  # key of a captured unknown person's surname
    context: bool = False  # a lone agent meaning "the government in question" ("the regime")


def compose(pieces: Sequence[Piece], matches: Sequence[Match], kb: ActorKnowledge,
            day: dt.date | None) -> list[Found]:
    """Mentions of one sentence, in text order."""
    out: list[Found] = []
    pending: list[Found] = []  # bare adjectives waiting for a coordinated head
    chains = _chains(pieces, matches)
    for position, chain in enumerate(chains):
        terms = [_best(m, day) for m in chain]
        first, last = chain[0].first, chain[-1].last
        if _backs_another(pieces, last):
            pending = []
            continue
        head = terms[-1]
        found: Found | None
        if head.kind == "agent":
            found = _agent_phrase(pieces, chain, terms, kb, day)
            if found is not None and found.kind == "agent" and found.role:
                found = _capture_name(pieces, chain, found, matches, kb) or found
        elif head.kind == "person":
            code = head.code_on(day)
            country, sector = describe(code)
            titles = [t for t in terms[:-1] if t.kind == "agent" and t.role]
            found = Found(first, last, code, country, sector, head.name, "person", head,
                          role=titles[-1].name if titles else head.role_on(day))
        else:
            found = _named(head, first, last, day)
            if head.locative and first > 0 and pieces[first - 1].key in LOCATIVE:
                found.kind = "place"  # kept only as a hint of where the story is
            elif head.kind == "state" and head.form == "adjective" and len(chain) == 1:
                if _coordinated(pieces, chains, position):
                    pending.append(found)
                    found = None
                else:
                    found.kind = "place"  # "the Syrian border": a hint, not an actor
        if found is None:
            continue
        found.definite = first > 0 and pieces[first - 1].key == "the"
        if pending and found.kind == "agent" and found.country and found.sector:
            agent_code = found.code[3:] if found.code else ""
            for waiting in pending:
                waiting.code = f"{waiting.country}{agent_code}"
                waiting.sector = found.sector
                waiting.kind = "agent"
                waiting.name = kb.actor_name(waiting.country, found.sector)
                out.append(waiting)
        pending = []
        out.append(found)
    out.sort(key=lambda f: f.first)
    return out


def _chains(pieces: Sequence[Piece], matches: Sequence[Match]) -> list[list[Match]]:
    chains: list[list[Match]] = []
    for match in matches:
        if chains:
            previous = chains[-1][-1]
            gap = match.first - previous.last
            if gap == 0 or (gap == 1 and pieces[previous.last].key == "'s"):
                chains[-1].append(match)
                continue
        chains.append([match])
    return chains


def _best(match: Match, day: dt.date | None) -> Term:
    """The entry a match most likely means: people before groups before countries before agents;
    among people sharing a name, one in office on the day."""
    terms = sorted((e.term for e in match.entries), key=lambda t: KIND_PRIORITY.get(t.kind, 9))
    if len(terms) > 1 and terms[0].kind == "person" and day is not None:
        for term in terms:
            if term.kind == "person" and any(c.holds_on(day) for c in term.codes):
                return term
    return terms[0]


def _backs_another(pieces: Sequence[Piece], last: int) -> bool:
    """"Turkish-backed", "US-led": the country qualifies the actor that follows."""
    return (last + 1 < len(pieces) and pieces[last].key == "-"
            and pieces[last + 1].key in BACKING)


def _coordinated(pieces: Sequence[Piece], chains: Sequence[Sequence[Match]], position: int
                 ) -> bool:
    """Whether chain `position` is followed by "and"/"," and then the next chain."""
    if position + 1 >= len(chains):
        return False
    between = pieces[chains[position][-1].last:chains[position + 1][0].first]
    return bool(between) and all(p.key in COORDINATORS for p in between)


def _named(term: Term, first: int, last: int, day: dt.date | None) -> Found:
    code = term.code_on(day)
    country, sector = term.describe(code)
    kind = {"dict": "state", "group": "group", "igo": "igo", "capital": "capital"}.get(
        term.kind, term.kind)
    if term.kind == "dict" and code and len(code) > 3:
        kind = "group"
    return Found(first, last, code, country, sector, term.name, kind, term)


def _agent_phrase(pieces: Sequence[Piece], chain: Sequence[Match], terms: Sequence[Term],
                  kb: ActorKnowledge, day: dt.date | None) -> Found | None:
    """Modifier(s) + agent words: the modifier gives the country, the agents the sector."""
    k = len(terms)
    while k > 0 and terms[k - 1].kind == "agent":
        k -= 1
    agents = terms[k:]
    head = agents[-1]
    agent_code = head.code or ""
    if head.weak:
        specific = [a for a in agents[:-1] if not a.weak and (a.code or "")[:3] != "GOV"]
        if specific:
            agent_code = specific[-1].code or agent_code
    sector = agent_code[-3:] if agent_code else None
    first, last = chain[0].first, chain[-1].last
    role = head.name if head.role else None
    if k == 0:
        return Found(first, last, f"---{agent_code}", None, sector, kb.actor_name(None, sector),
                     "agent", head, lone=True, role=role, context=any(a.context for a in agents))
    modifier = terms[k - 1]
    if modifier.kind == "person":
        base = modifier.code_on(day) or "---"
        country = base[:3]
        if country in NON_STATE:
            return Found(first, last, base, *describe(base), modifier.name, "group", head,
                         role=role)
        return Found(first, last, f"{country}{agent_code}", country, sector,
                     kb.actor_name(country, sector), "agent", head, role=role)
    if modifier.kind in {"group", "igo"}:
        code = modifier.code_on(day)
        country, own_sector = modifier.describe(code)
        return Found(first, last, code, country, own_sector or sector, modifier.name,
                     modifier.kind, head, role=role)
    if modifier.kind == "dict":
        base = modifier.code_on(day) or "---"
        if head.prefix:
            code = f"{agent_code}{base}"
        elif base.endswith(agent_code):
            code = base
        else:
            code = f"{base}{agent_code}"
        country, _ = describe(code)
        return Found(first, last, code, country, sector, modifier.name, "agent", head, role=role)
    country = modifier.country or (modifier.code or "---")[:3]
    return Found(first, last, f"{country}{agent_code}", country, sector,
                 kb.actor_name(country, sector), "agent", head, role=role)


def _capture_name(pieces: Sequence[Piece], chain: Sequence[Match], found: Found,
                  matches: Sequence[Match], kb: ActorKnowledge) -> Found | None:
    """A title followed by a capitalised name we do not know: a person of the title's actor."""
    start = chain[-1].last
    taken = {i for m in matches for i in range(m.first, m.last)}
    j = start
    words: list[Piece] = []
    while j < len(pieces) and j not in taken and len(words) < 6:
        piece = pieces[j]
        joins = (piece.key in NAME_CONNECTORS and bool(words) and j + 1 < len(pieces)
                 and pieces[j + 1].capitalised)
        named = piece.capitalised and piece.text[:1].isalpha() and piece.key not in NOT_NAMES
        if not (joins or named):
            break
        words.append(piece)
        j += 1
    while words and words[-1].key in NAME_CONNECTORS:
        words.pop()
    if not words or not any(len(w.text) > 1 for w in words):
        return None
    name = _span_text(words)
    surname = words[-1].key
    return Found(found.first, start + len(words), found.code, found.country, found.sector, name,
                 "person", None, role=found.role, surname=surname)


def _span_text(words: Sequence[Piece]) -> str:
    out = words[0].text
    for previous, piece in zip(words, words[1:], strict=False):
        out += (" " if piece.start > previous.end else "") + piece.text
    return out
