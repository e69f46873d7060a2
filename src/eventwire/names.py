"""Proper names from the parse, typed person, place or organization.

A name is a chain of proper nouns (Penn `NNP`/`NNPS` or UPOS `PROPN`) that the tokenizer left
apart: "Vladimir Putin", "Ayman al-Zawahiri" (Arabic particles al-, el-, bin, ibn, abu and the
glued hyphen stay inside the name), "Rapid Support Forces", and "of (the)" joins two chains
when the first ends in an organisation, place or title word the second depends on ("Ministry
of Defence", "Gulf of Aden", "Prince of Wales"). It is typed by what we already know, in this
order:

0. a title alone stands for its holder ("the President") -> person; a name joined by "of"
   takes the type of its head word; a plural demonym ("Ukrainians") -> person, a singular
   one ("Greek") names no one;
1. a place the places stage resolved there -> place; a known actor there -> person for people,
   place for states and capitals (as UD's GUM annotates countries), organization for groups
   and agencies;
2. the name's own last word: an organisation word ("Ministry", "Army", "Front", "Council") ->
   organization;
3. its syntax: a title or an apposition naming a person's role before it ("President X",
   "spokesman X") -> person; a locative preposition governing it ("in X", "near X") -> place;
4. otherwise a chain of two or more capitalised words is taken for a person (most unknown
   multi-word names in news are people's); a single word is typed by the actor dictionary
   when it knows the word on its own ("Putin" inside "Putin's envoy"), else left untyped.

Why here and not a statistical recogniser: a trial NER trained on GUM's entity spans reached
F 0.51 (GUM is small and not news); our dictionaries and gazetteer know the world's actors and
places, and the parse says where a name starts and ends.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TypeVar

from eventwire import grammar
from eventwire.actors.kb import ActorKnowledge
from eventwire.actors.load import load_actor_knowledge
from eventwire.actors.text import pieces_of_text
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

PLACE_WORDS = frozenset(str.split("""
republic kingdom emirate emirates sultanate principality state states province region gulf bay
cape sea strait straits isle isles island islands lake river mount mountains city county
district governorate horn valley
"""))
"""Head words of place names: before "of" ("Republic of the Congo", "Gulf of Aden") or last
("Casamance River", "Rivers State")."""

TITLES_OF = frozenset(str.split("""
earl duke duchess prince princess king queen emir sultan archbishop bishop lord baron
marquess count countess mayor governor
"""))
"""Titles that make "<title> of <place>" one person's name: "Prince of Wales"."""

_OF_HEADS = ORGANISATION_WORDS | PLACE_WORDS | TITLES_OF
"""Head words a name joined by "of" may end in before it."""

LOCATIVE = frozenset({"in", "at", "near", "from", "into", "outside", "across", "around",
                      "inside", "towards", "toward", "through", "throughout", "to", "north",
                      "south", "east", "west", "within"})

R = TypeVar("R", ActorMention, Place)

_ACTOR_KINDS: dict[str, NameKind] = {"person": "person", "state": "place", "capital": "place",
                                     "group": "organization", "igo": "organization",
                                     "agent": "organization"}


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
    actors = load_actor_knowledge(knowledge)
    result.names = find(result, cues.person_names, lambda name: _actor_kind(actors, name))


def _actor_kind(actors: ActorKnowledge, name: str) -> NameKind | None:
    """The name kind the actor dictionary gives a name on its own ("Putin" -> person)."""
    key = tuple(piece.key for piece in pieces_of_text(name))
    kinds = [entry.term.kind for entry in actors.lookup(key)]
    return next((_ACTOR_KINDS[k] for k in kinds if k in _ACTOR_KINDS and k != "agent"), None)


def find(result: Result, person_names: frozenset[str] = frozenset(),
         dictionary: Callable[[str], NameKind | None] = lambda _name: None) -> list[Name]:
    """Typed proper names of every sentence, in text order; `person_names` (lower-case given
    names and common surnames) type a lone unknown name as a person's; `dictionary` gives
    the kind the actor dictionary knows a name by on its own, for a name that only sits
    inside a wider actor mention ("Putin" in "Putin's envoy")."""
    out: list[Name] = []
    actors_of = _by_sentence(result.actors, result.sentences)
    places_of = _by_sentence(result.places, result.sentences)
    for sentence in result.sentences:
        tokens = sentence.tokens
        actors = actors_of.get(sentence.index, [])
        places = places_of.get(sentence.index, [])
        for first, last in chains(tokens):
            start, end = tokens[first].start, tokens[last].end
            kind = _kind(tokens, first, last, actors, places) or dictionary(
                result.text[start:end])
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
        last = _joined_by_of(tokens, i, last)
        out.append((i, last))
        i = last + 1
    return out


def _joined_by_of(tokens: Sequence[Token], first: int, last: int) -> int:
    """Extend a chain over "of (the) <proper chain>" when the chain's last word heads an
    organisation, a place or a title ("Ministry of Defence", "Gulf of Aden", "Earl of
    Clare") and the parse attaches the proper noun after "of" to it. Without such a head
    word "of" separates two names ("Abdullah of Jordan", "a reporter of Reuters")."""
    if tokens[last].lower not in _OF_HEADS:
        return last
    j = last + 1
    if j >= len(tokens) or tokens[j].lower != "of":
        return last
    j += 1
    if j < len(tokens) and tokens[j].lower == "the":
        j += 1
    if j >= len(tokens) or not _proper(tokens[j]):
        return last
    end = j
    while end + 1 < len(tokens) and _proper(tokens[end + 1]) and not _apart(tokens, end + 1):
        end += 1
    head = grammar.span_head(tokens, j, end)
    if head is None or tokens[head].head != last or not tokens[head].dep.startswith("nmod"):
        return last
    return end


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
    if all(t.lower.rstrip(".") in PERSON_TITLES for t in tokens[first:last + 1]):
        return "person"  # a title standing for its holder: "the President", "Mr. President"
    word = _of_head(tokens, first, last)
    if word in TITLES_OF:
        return "person"
    if word in PLACE_WORDS:
        return "place"
    if word in ORGANISATION_WORDS:
        return "organization"
    demonyms = [p for p in places if p.demonym and _covers(p, start, end)]
    if demonyms and first == last:
        # "Americans" are people of a nation; "Greek" in "Greek officials" names no one
        return "person" if tokens[last].tag == "NNPS" or tokens[last].lower.endswith("s") \
            else None
    # an agent mention wider than the name ("Putin's envoy", "Burhan's troops") says what
    # the phrase's head is, not what the name modifying it is
    known = [a for a in actors if a.kind in _ACTOR_KINDS and _covers(a, start, end)
             and not (a.kind == "agent" and (a.start < start or a.end > end))]
    if any(a.kind == "person" for a in known):
        return "person"  # a person's name is never a place, whatever the gazetteer says
    if any(_covers(p, start, end) and not p.demonym for p in places):
        return "place"
    if known:
        return _ACTOR_KINDS[known[0].kind or ""]  # every known one's kind is a key
    if tokens[last].lower in ORGANISATION_WORDS:
        return "organization"
    if last > first and tokens[last].lower in PLACE_WORDS:
        return "place"  # "Casamance River", "Rivers State", "Central African Republic"
    if first and tokens[first - 1].lower.rstrip(".") in PERSON_TITLES:
        return "person"
    head = grammar.span_head(tokens, first, last)
    if head is not None and grammar.preposition(tokens, head) in LOCATIVE:
        return "place"
    if last > first:
        return "person"
    return None


def _of_head(tokens: Sequence[Token], first: int, last: int) -> str:
    """The head word before "of" in a name joined by it ("Ministry" of "Ministry of
    Defence"), or "" for a name without "of"."""
    for i in range(first + 1, last):
        if tokens[i].lower == "of":
            return tokens[i - 1].lower
    return ""


def _covers(record: ActorMention | Place, start: int, end: int) -> bool:
    """Whether a record spans the whole name (a first name alone found as a town does not)."""
    if record.start <= start and end <= record.end:
        return True
    inside = start <= record.start and record.end <= end
    return inside and (record.end - record.start) * 2 > end - start
