"""Proper names from the parse, typed person, place or organization.

A name is a chain of proper nouns (Penn `NNP`/`NNPS` or UPOS `PROPN`) that the tokenizer left
apart: "Vladimir Putin", "Ayman al-Zawahiri" (Arabic particles al-, el-, bin, ibn, abu and the
glued hyphen stay inside the name), "Rapid Support Forces". It is typed by what we already
know, in this order:

1. a place the places stage resolved there -> place; a known actor there -> person for people,
   place for states and capitals (as UD's GUM annotates countries), organization for groups
   and agencies;
2. the name's own last word: an organisation word ("Ministry", "Army", "Front", "Council") ->
   organization;
3. its syntax: a title or an apposition naming a person's role before it ("President X",
   "spokesman X") -> person; a locative preposition governing it ("in X", "near X") -> place;
4. otherwise a chain of two or more capitalised words is taken for a person (most unknown
   multi-word names in news are people's); a single unknown word stays untyped.

Why here and not a statistical recogniser: a trial NER trained on GUM's entity spans reached
F 0.51 (GUM is small and not news); our dictionaries and gazetteer know the world's actors and
places, and the parse says where a name starts and ends.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TypeVar

from eventwire import grammar
from eventwire.knowledge import Knowledge
from eventwire.model import ActorMention, Document, Name, NameKind, Place, Result, Sentence, Token
from eventwire.places import cues as place_cues

PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "bint", "ben", "abd", "ould", "ag",
                       "ad", "as", "ash", "at", "az", "ul", "ur"})
"""Arabic and Berber name particles that join two name parts ("al-Baghdadi", "bin Laden")."""

ORGANISATION_WORDS = frozenset(str.split("""
ministry army forces force front council party movement brigade brigades battalion regiment
division corps militia group committee commission union league alliance coalition agency
organization organisation office bank court parliament assembly congress senate police guard
guards command authority company corporation corp inc ltd university institute association
federation foundation network service services times post news press tv radio agency
government administration department bureau mission fund programme program
"""))
"""Last words that make a name an organisation's ("Rapid Support Forces", "Wagner Group")."""

PERSON_TITLES = frozenset(str.split("""
mr mrs ms dr president minister prime premier general gen lt col colonel major maj captain capt
commander spokesman spokeswoman spokesperson leader chief king queen prince princess sheikh
emir pope cardinal bishop imam senator sen governor gov ambassador envoy secretary chairman
chairwoman director mayor judge justice sergeant sgt admiral adm brigadier marshal officer
journalist reporter activist lawyer doctor professor prof rev father
"""))
"""Words before a name that make it a person's ("President Vladimir Putin")."""

LOCATIVE = frozenset({"in", "at", "near", "from", "into", "outside", "across", "around",
                      "inside", "towards", "toward", "through", "throughout", "to", "north",
                      "south", "east", "west", "within"})

R = TypeVar("R", ActorMention, Place)

_ACTOR_KINDS: dict[str, NameKind] = {"person": "person", "state": "place", "capital": "place",
                                     "group": "organization", "agent": "organization"}


CALENDAR = frozenset(str.split("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday
"""))
"""Month and day names: proper nouns to a tagger, times to us (the times stage has them)."""


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.names` from the annotated sentences, actors and places."""
    del document
    cues = knowledge.load("places.cues", place_cues.load)
    result.names = find(result, cues.person_names)


def find(result: Result, person_names: frozenset[str] = frozenset()) -> list[Name]:
    """Typed proper names of every sentence, in text order; `person_names` (lower-case given
    names and common surnames) type a lone unknown name as a person's."""
    out: list[Name] = []
    actors_of = _by_sentence(result.actors, result.sentences)
    places_of = _by_sentence(result.places, result.sentences)
    for sentence in result.sentences:
        tokens = sentence.tokens
        actors = actors_of.get(sentence.index, [])
        places = places_of.get(sentence.index, [])
        for first, last in chains(tokens):
            start, end = tokens[first].start, tokens[last].end
            kind = _kind(tokens, first, last, actors, places)
            if kind is None and first == last and tokens[first].lower in person_names:
                kind = "person"
            out.append(Name(result.text[start:end], start, end, kind, sentence.index))
    return out


def _by_sentence(records: Sequence[R], sentences: Sequence[Sentence]) -> dict[int, list[R]]:
    """Records grouped by the sentence they sit in, in one pass (a long document has
    thousands of sentences and mentions)."""
    starts = [s.start for s in sentences]
    grouped: dict[int, list[R]] = {}
    for record in records:
        index = record.sentence
        if index < 0:
            index = sentences[max(0, bisect.bisect_right(starts, record.start) - 1)].index \
                if sentences else -1
        grouped.setdefault(index, []).append(record)
    return grouped


def chains(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) inclusive token indices of proper-noun chains, particles inside."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not _proper(tokens[i]) and not (tokens[i].lower in PARTICLES and _joins(tokens, i)):
            i += 1
            continue
        last = i
        j = i + 1
        while j < n:
            if _proper(tokens[j]) and not _apart(tokens, j):
                last = j
                j += 1
            elif _joins(tokens, j):
                j += 1
            else:
                break
        out.append((i, last))
        i = last + 1
    return out


def _proper(token: Token) -> bool:
    return (token.tag in {"NNP", "NNPS"} or token.pos == "PROPN") and token.text[:1].isupper() \
        and token.lower.rstrip(".") not in CALENDAR


def _apart(tokens: Sequence[Token], j: int) -> bool:
    """Two adjacent proper nouns that the parse puts in different phrases: an apposition
    ("Kenya's president William Ruto") or a bare date before a name ("Monday Putin")."""
    return tokens[j].dep == "appos" or tokens[j - 1].dep in {"obl:tmod", "nmod:tmod"}


def _joins(tokens: Sequence[Token], j: int) -> bool:
    """A particle or glued hyphen between name parts: "al - Zawahiri", "bin Laden"."""
    token = tokens[j]
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is None:
        return False
    if token.lower in PARTICLES:
        return _proper(following) or following.text == "-"
    if token.text == "-":
        glued = tokens[j - 1].end == token.start and token.end == following.start
        return glued and (tokens[j - 1].lower in PARTICLES or _proper(tokens[j - 1])
                          or _hyphenated(tokens, j - 1)) and (
            _proper(following) or _hyphenated(tokens, j + 1))
    return _hyphenated(tokens, j) and _proper(tokens[j - 2]) if j >= 2 else False


def _hyphenated(tokens: Sequence[Token], j: int) -> bool:
    """A short lower-case word glued by hyphens on both sides inside a name: the "au" of
    "Port-au-Prince", the "sur" of "Boulogne-sur-Mer"."""
    if not 0 < j < len(tokens) - 1 or not tokens[j].text.isalpha() or len(tokens[j].text) > 3:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return before.text == "-" and after.text == "-" and before.end == tokens[j].start and (
        tokens[j].end == after.start)


def _kind(tokens: Sequence[Token], first: int, last: int, actors: Sequence[ActorMention],
          places: Sequence[Place]) -> NameKind | None:
    start, end = tokens[first].start, tokens[last].end
    known = [a for a in actors if a.kind in _ACTOR_KINDS and _covers(a, start, end)]
    if any(a.kind == "person" for a in known):
        return "person"  # a person's name is never a place, whatever the gazetteer says
    if any(_covers(p, start, end) and not p.demonym for p in places):
        return "place"
    if known:
        return _ACTOR_KINDS[known[0].kind or ""]  # every known one's kind is a key
    if tokens[last].lower in ORGANISATION_WORDS:
        return "organization"
    if first and tokens[first - 1].lower.rstrip(".") in PERSON_TITLES:
        return "person"
    head = grammar.span_head(tokens, first, last)
    if head is not None and grammar.preposition(tokens, head) in LOCATIVE:
        return "place"
    if last > first:
        return "person"
    return None


def _covers(record: ActorMention | Place, start: int, end: int) -> bool:
    """Whether a record spans the whole name (a first name alone found as a town does not)."""
    if record.start <= start and end <= record.end:
        return True
    inside = start <= record.start and record.end <= end
    return inside and (record.end - record.start) * 2 > end - start
