"""Where each event happened: a place of its sentence, else its segment's or document's focus.

In a sentence naming several places, the event's place is the nearest one governed by a
locative preposition ("in", "near", "outside"...) or named as the target right after the event
words ("struck Kafr Nabudah"); failing those, the nearest place of the sentence that is not
where someone went or came from ("toward the Malian border"). Metonyms
("Moscow said") and demonyms ("Syrian troops") are never event places. A sentence with no
place takes the focus of its segment (the place its segment names most, the smallest kind
first on ties), else of the document, one precision step coarser. The place used gets
`role="event"`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Event, Place, Precision, Result

_TARGET_GAP = re.compile(r"^\s*(?:(?:the|a|an|town|village|city|area|district|neighbourhood|"
                         r"neighborhood|suburb|camp|of|in|on|at|near)\s+)*$", re.I)
_LOCATIVE = frozenset({"in", "near", "outside", "at", "on", "around", "inside", "across",
                       "into", "along", "over", "off", "within"})
_DIRECTION = re.compile(r"\b(?:toward|towards|to|from|for)\s+(?:the\s+)?$", re.I)
_FEATURE_ORDER = {"city": 0, "admin2": 1, "region": 2, "other": 2, "admin1": 3, "water": 4,
                  "country": 5}
_COARSE = frozenset({"country", "admin1", "region"})
_CONTAINER_GAP = re.compile(r"^\s*,?\s*(?:in\s+|of\s+)?(?:the\s+)?(?:[a-z-]+ern\s+|central\s+)?$",
                            re.I)
"""Between a town and the area that contains it: "Djibo in northern Burkina Faso",
"Bunia, Ituri", "Mirebalais, in central Haiti" (the area must follow at once)."""
_POSSESSIVE = re.compile(r"^\s*['’]s?\s+$")
"""Between an area and a place of it: "Ukraine's Odesa region"."""


def locate_events(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Set `event.place` for every event of `result` that a place can be found for."""
    if not result.events:
        return
    usable = [p for p in result.places if p.role != "metonym" and not p.demonym]
    by_sentence: dict[int, list[Place]] = defaultdict(list)
    for place in usable:
        by_sentence[place.sentence].append(place)
    segment_of = {s.index: s.segment for s in result.sentences}
    by_segment: dict[int, list[Place]] = defaultdict(list)
    for place in usable:
        by_segment[segment_of.get(place.sentence, 0)].append(place)
    document_focus = _focus(usable)
    segment_focus: dict[int, Place | None] = {}  # computed once per segment, not per event
    for event in result.events:
        place = _in_sentence(document.text, event, by_sentence.get(event.sentence, []))
        if place is not None:
            event.place = replace(place, role="event")
            place.role = "event"
            continue
        segment = segment_of.get(event.sentence, 0)
        if segment not in segment_focus:
            segment_focus[segment] = _focus(by_segment.get(segment, []))
        focus = segment_focus[segment] or document_focus
        if focus is not None:
            coarser: Precision = 2 if focus.precision == 1 else 3  # one step coarser
            event.place = replace(focus, role="event", precision=coarser)
            focus.role = "event"


def _in_sentence(text: str, event: Event, places: list[Place]) -> Place | None:
    if not places:
        return None

    def distance(place: Place) -> int:
        if place.end <= event.start:
            return event.start - place.end
        if place.start >= event.end:
            return place.start - event.end
        return 0

    def target(place: Place) -> bool:
        return place.start >= event.end and bool(_TARGET_GAP.match(text[event.end:place.start]))

    attached = [p for p in places if any(start <= p.start and p.end <= end and (
        prep in _LOCATIVE or prep.endswith((" of", " from"))) for prep, start, end in
        event.attached)]
    if attached:  # the parse puts the place on the event's own predicate
        return _finer_within(text, min(attached, key=distance), places)
    preferred = [p for p in places if p.locative or target(p)]
    # where someone went or came from ("fled toward the Malian border", "arrived from
    # Niamey") is no place of the event: with nothing else in the sentence, the segment's
    # place stands
    pool = preferred or [p for p in places if not _DIRECTION.search(text[max(
        0, p.start - 24):p.start])]
    if not pool:
        return None
    chosen = min(pool, key=lambda p: (distance(p), _FEATURE_ORDER.get(p.feature or "", 2)))
    return _finer_within(text, chosen, places)


def _finer_within(text: str, chosen: Place, places: list[Place]) -> Place:
    """The town a sentence names just before the area `chosen` is, when the area contains
    it: "a village near Djibo in northern Burkina Faso" happened near Djibo, whichever of
    the two phrases the parse hangs on the verb. The town must lie in the area's country
    (and province, for a province) by the gazetteer, so "Goma, in Rwanda's ..." keeps its
    own reading."""
    if chosen.feature not in _COARSE or chosen.country is None:
        return chosen
    for place in places:
        if place.country != chosen.country or place.demonym \
                or _FEATURE_ORDER.get(place.feature or "", 2) >= _FEATURE_ORDER[chosen.feature] \
                or (chosen.feature == "admin1" and place.admin1 != chosen.admin1):
            continue
        if place.end <= chosen.start and _CONTAINER_GAP.match(text[place.end:chosen.start]):
            return place
        if place.start >= chosen.end and _POSSESSIVE.match(text[chosen.end:place.start]):
            return place
    return chosen


def _focus(places: list[Place]) -> Place | None:
    """The place a stretch of text names most (first mention; finer kinds win ties)."""
    if not places:
        return None
    counts = Counter(p.name for p in places)
    best = max(places, key=lambda p: (counts[p.name], -_FEATURE_ORDER.get(p.feature or "", 2),
                                      -p.start))
    return next(p for p in places if p.name == best.name)
