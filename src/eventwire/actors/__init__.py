"""Actors: who the text names, resolved to CAMEO-style codes.

The pipeline stage `run` fills `result.actors` with `ActorMention`s: countries and their
adjectives, capitals and seats of government ("the Kremlin"), organisations, armed groups,
office holders (coded by the office held on the sentence's date), sector words composed with
their country ("Israeli jets" -> ISRMIL), and later mentions (surnames, "the minister", "he").

Other stages use `mentions_in(result, start, end)` to read the actors within a span, and
`resolve(text)` to code a free-text actor description (a quote's speaker, the CLI).

    >>> from eventwire.actors import resolve
    >>> resolve("Russian Defence Minister Sergei Shoigu", date="2019-05-06").code
    'RUSGOV'
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from eventwire.actors.codes import describe
from eventwire.actors.compose import Found, compose
from eventwire.actors.coref import SentenceMentions, resolve_document
from eventwire.actors.evidence import explain
from eventwire.actors.found import UNKNOWN_ORGANISATION
from eventwire.actors.kb import ActorKnowledge
from eventwire.actors.load import load_actor_knowledge
from eventwire.actors.match import find_matches
from eventwire.actors.text import Piece, pieces_of_text, pieces_of_tokens
from eventwire.dates import parse_date
from eventwire.knowledge import Knowledge, default_knowledge
from eventwire.model import Actor, ActorMention, Document, Place, Result, Segment

__all__ = ["ActorKnowledge", "load_actor_knowledge", "mentions_in", "refine_context", "resolve",
           "resolve_explained", "run"]


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.actors` with every actor mention of the document, in text order."""
    kb = load_actor_knowledge(knowledge)
    text = result.text
    sentences = []
    for sentence in result.sentences:
        pieces = (pieces_of_tokens(sentence.tokens) if sentence.tokens
                  else pieces_of_text(text[sentence.start:sentence.end], sentence.start))
        day = _day_of(sentence.start, result.segments, result.date)
        found = compose(pieces, find_matches(pieces, kb), kb, day)
        _place_organisations(pieces, found, knowledge)
        sentences.append(SentenceMentions(sentence.index, pieces, day, found))
    resolve_document(sentences, kb)
    result.actors = [mention
                     for s in sentences for f in sorted(s.found, key=lambda f: f.first)
                     if f.code and f.kind not in {"place", "dateline"}
                     for mention in _mentions(text, s.pieces, f, s.index)]


def mentions_in(result: Result, start: int, end: int) -> list[ActorMention]:
    """The actor mentions of `result` that lie within characters [start, end)."""
    return [m for m in result.actors if m.start >= start and m.end <= end]


def resolve(text: str, date: dt.date | str | None = None,
            knowledge: Knowledge | None = None) -> Actor | None:
    """Code a free-text actor description ("Turkish-backed Syrian National Army").

    Returns the actor the description is about (the widest mention in it; a person first),
    with `text` the description itself, or None when it names no known actor.
    """
    return resolve_explained(text, date, knowledge)[0]


def resolve_explained(text: str, date: dt.date | str | None = None,
                      knowledge: Knowledge | None = None
                      ) -> tuple[Actor | None, dict[str, str | None] | None]:
    """`resolve`, with the fact that gave the code: the data file and entry, and for a
    person the office held on the date (or the last one, for someone out of office)."""
    day = parse_date(date) if isinstance(date, str) else date
    kb = load_actor_knowledge(knowledge or default_knowledge())
    pieces = pieces_of_text(text)
    found = compose(pieces, find_matches(pieces, kb), kb, day)
    _place_organisations(pieces, found, knowledge or default_knowledge())
    sentence = SentenceMentions(0, pieces, day, found)
    resolve_document([sentence], kb)
    candidates = [f for f in sentence.found if f.code]
    if not candidates:
        return None, None
    best = max(candidates, key=lambda f: (f.last - f.first, f.kind == "person", f.first))
    code = (best.code or "").split("/")[0]
    evidence = explain(best, day)
    if code != best.code:
        return Actor(text, code, *describe(code), best.name), evidence
    return Actor(text, best.code, best.country, best.sector, best.name), evidence


def _place_organisations(pieces: Sequence[Piece], found: Sequence[Found],
                         knowledge: Knowledge) -> None:
    """Give an unknown organisation with no country named in it the country of a place named
    in it ("Darfur Salvation Brigade" -> SDN): the best-known region, country or city of that
    name in the gazetteer."""
    waiting = [f for f in found if f.role == UNKNOWN_ORGANISATION and f.country is None]
    if not waiting:
        return
    from eventwire.places.index import load as load_gazetteer
    from eventwire.places.normalize import name_key

    gazetteer = knowledge.load("places.gazetteer", load_gazetteer)
    alpha3 = knowledge.load("actors.alpha3", alpha3_table)
    words = load_actor_knowledge(knowledge).organisation_words
    for organisation in waiting:
        best = None
        for piece in pieces[organisation.first:organisation.last]:
            if not piece.capitalised or piece.key in words:
                continue
            for candidate in gazetteer.candidates(name_key(piece.text)):
                rank = (candidate.feature in {"admin1", "country", "region"},
                        candidate.population)
                if candidate.country and (best is None or rank > best[0]):
                    best = (rank, candidate.country)
        country = alpha3.get(best[1]) if best else None
        if country:
            organisation.country, organisation.lone, organisation.context = country, False, None
            organisation.code = f"{country}{organisation.sector}"


def _day_of(offset: int, segments: Sequence[Segment], default: dt.date | None
            ) -> dt.date | None:
    for segment in segments:
        if segment.start <= offset < segment.end and segment.date is not None:
            return segment.date
    return default


def _mentions(text: str, pieces: Sequence[Piece], found: Found, index: int
              ) -> list[ActorMention]:
    """One mention per code: a PETRARCH code "FRO/BIL/SAM" names three actors at once."""
    start = pieces[found.first].start
    end = pieces[found.last - 1].end
    codes = (found.code or "").split("/")
    out = []
    for code in codes:
        country, sector = (found.country, found.sector) if len(codes) == 1 else describe(code)
        out.append(ActorMention(text[start:end], code, country, sector, found.name, start, end,
                                index, found.kind, guessed_country=found.guessed_country,
                                alternatives=found.alternatives if len(codes) == 1 else (),
                                rank=found.kind == "agent" and bool(found.role)))
    return out


def refine_context(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Give "the regime", "government forces", "the army" the country where the text puts
    them, once places are known.

    Runs after the places stage. An agent whose country the actors stage could only guess from
    the document ("regime helicopters" in a story that also names Ankara) takes the country of
    the places in its own sentence, else the country most of the document's places lie in:
    "the regime" bombing Khan Shaykhun is the Syrian one. Only places where something happens
    count (see `_where_things_happen`).
    """
    guessed = [m for m in result.actors if m.guessed_country and m.code]
    shared = [m for m in result.actors if m.alternatives and m.code]
    if not (guessed or shared) or not result.places:
        return
    kb = load_actor_knowledge(knowledge)
    alpha3 = knowledge.load("actors.alpha3", alpha3_table)
    by_sentence: dict[int, Counter[str]] = {}
    for place in result.places:
        country = alpha3.get(place.country or "")
        if country and _where_things_happen(place):
            by_sentence.setdefault(place.sentence, Counter())[country] += 1
    by_document = sum(by_sentence.values(), Counter())
    for mention in shared:
        _choose_reading(mention, by_document, kb)
    for mention in guessed:
        votes = by_sentence.get(mention.sentence) or by_document
        if not votes:
            continue
        (country, _), *rest = votes.most_common(2)
        if rest and rest[0][1] == votes[country] or country == mention.country:
            continue  # a tie between countries, or nothing to change
        mention.code = f"{country}{(mention.code or '---')[3:]}"
        mention.country = country
        mention.name = kb.actor_name(country, mention.sector)


def _choose_reading(mention: ActorMention, votes: Counter[str], kb: ActorKnowledge) -> None:
    """A shared name or adjective ("Congo", "Congolese", "Sudanese") means the country of those
    it may mean where the document's places lie: Congolese troops in Goma are the DRC's, in
    Pointe-Noire the Republic of the Congo's. With no place in either, the reading the actors
    stage chose stands; nor do refugees, who are named by the country they fled."""
    if mention.sector == "REF":
        return
    best = max(mention.alternatives, key=lambda c: (votes[c], c == mention.country))
    if votes[best] == 0 or best == mention.country or not mention.code \
            or not mention.code.startswith(mention.country or "---"):
        return
    mention.code = f"{best}{mention.code[3:]}"
    mention.country = best
    mention.name = kb.actor_name(best, mention.sector)


def _where_things_happen(place: Place) -> bool:
    """Whether a place tells where the actors of its sentence are.

    A town or province is where things happen, whatever its grammar ("seized Sake"). A whole
    country is one only with a preposition ("in Rwanda", "from Chad"): named bare it is a party
    ("accused Rwanda of backing the rebels", "Ankara warned"), or an adjective ("Rwandan
    troops"), and the army of the sentence need not be its army.
    """
    if place.role == "metonym":
        return False
    return place.feature != "country" or (place.locative and not place.demonym)


def alpha3_table(_knowledge: Knowledge) -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 for every country; also read by the events stage for country
    adjectives ("Israeli air strikes")."""
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}
