"""Spatial relations and roles read from the words around a place name.

Relations are kept as anchor + relation, never as a new place: "12 km south of Kafr Nabudah"
is Kafr Nabudah with `relation="12 km south of"` and the point moved 12 km south;
"near"/"outside"/"on the outskirts of" keep the anchor's point at precision 2; a direction
word before an area ("southern Idlib", "northwest Hama", "eastern Homs countryside") makes a
derived area: the anchor's point moved half its extent that way, precision 3.

Roles: a country or capital named as the subject of a speech or decision verb ("Ankara warned",
"Moscow has said") or after "sanctions on", "talks with" stands for its government: a metonym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.geo import offset
from eventwire.model import Token
from eventwire.places.cues import Cues
from eventwire.places.gazetteer import Candidate

BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0, "centre": None}
_UNITS = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
          "kilometer": 1.0, "miles": 1.609, "mile": 1.609, "mi": 1.609}
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_NUMBER_UNIT = re.compile(r"^(\d+(?:\.\d+)?)-?(km|kms|mi)$")


@dataclass
class Relation:
    """A spatial relation found before a name: its text form, where it starts, and geometry."""

    text: str
    first: int
    bearing: float | None = None
    distance_km: float | None = None
    direction: str | None = None


def relation_before(tokens: list[Token], first: int, cues: Cues) -> Relation | None:
    """The relation phrase ending right before token `first` ("12 km south of", "near")."""
    words = [t.lower for t in tokens[max(0, first - cues.longest_relation):first]]
    for size in range(min(len(words), cues.longest_relation), 0, -1):
        phrase = tuple(words[-size:])
        relation = cues.relations.get(phrase)
        if relation is None:
            continue
        start = first - size
        direction = relation[:-3] if relation.endswith(" of") else None
        bearing = BEARINGS.get(direction) if direction else None
        found = Relation(relation, start, bearing)
        distance, number_start = _distance_before(tokens, start)
        if distance is not None and (bearing is not None or relation in ("near",)):
            found.distance_km = distance
            found.first = number_start
            label = " ".join(t.text for t in tokens[number_start:start])
            found.text = f"{label} {relation}" if bearing is not None else f"{label} from"
        return found
    return None


def _distance_before(tokens: list[Token], index: int) -> tuple[float | None, int]:
    """"12 km" / "12-km" / "five miles" right before token `index`: km and where it starts."""
    if index >= 1:
        fused = _NUMBER_UNIT.match(tokens[index - 1].lower)
        if fused:
            return float(fused.group(1)) * _UNITS[fused.group(2)], index - 1
    if index >= 2 and tokens[index - 1].lower in _UNITS \
            and _NUMBER.match(tokens[index - 2].text):
        number = float(tokens[index - 2].text.replace(",", "."))
        return number * _UNITS[tokens[index - 1].lower], index - 2
    return None, index


def direction_before(tokens: list[Token], first: int, cues: Cues) -> tuple[str, int] | None:
    """A direction word qualifying the name ("southern Idlib", "north-west Hama")."""
    if first >= 1:
        direction = cues.directions.get(tokens[first - 1].lower)
        if direction:
            return direction, first - 1
    if first >= 3 and tokens[first - 2].text in ("-", "‐") and \
            cues.directions.get(f"{tokens[first - 3].lower}-{tokens[first - 1].lower}"):
        return cues.directions[f"{tokens[first - 3].lower}-{tokens[first - 1].lower}"], first - 3
    return None


def moved(candidate: Candidate, relation: Relation) -> tuple[float, float]:
    """The point a relation names: moved `distance` along its bearing, else the anchor's."""
    if relation.bearing is not None and relation.distance_km:
        return offset(candidate.lat, candidate.lon, relation.bearing, relation.distance_km)
    return candidate.lat, candidate.lon


def sub_region(candidate: Candidate, direction: str) -> tuple[float, float]:
    """Centre of the `direction` part of an area: half its extent from its centre (at most
    120 km: "west Texas" is still Texas)."""
    bearing = BEARINGS.get(direction)
    if bearing is None:
        return candidate.lat, candidate.lon
    return offset(candidate.lat, candidate.lon, bearing,
                  min(max(candidate.extent, 10.0) * 0.5, 120.0))


def is_metonym(tokens: list[Token], first: int, last: int, candidate: Candidate,
               cues: Cues) -> bool:
    """A country or capital standing for its government ("Ankara warned", "talks with Tehran")."""
    if candidate.feature != "country" and not candidate.capital:
        return False
    index = last + 1
    while index < len(tokens) and tokens[index].lower in cues.metonym_skip:
        index += 1
    governed = first >= 1 and tokens[first - 1].lower in cues.locatives
    if not governed and index < len(tokens) and tokens[index].lower in cues.metonym_verbs:
        return True
    return first >= 2 and tokens[first - 1].lower in ("on", "against", "with", "from", "between")\
        and tokens[first - 2].lower in cues.metonym_objects
