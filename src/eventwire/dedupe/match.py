"""Whether two reports describe the same real event, with the reason in words.

Two reports match when every dimension is compatible:

- class: the same CAMEO root (195 and 190 are both "fight") or the same PLOVER event;
- realis: both say the event happened (asserted, reported, claimed, denied, ...) or both
  that it has not (threatened, planned, ...); an assertion and a denial do match, so the
  disagreement stays visible on one canonical event;
- time: their day ranges overlap (a report dated "this week" overlaps one dated Monday);
- actors: source with source and target with target are the same, one is unknown, one code
  refines the other (SYR / SYRMIL), or both are state forces of one coalition (RUSMIL / SYRMIL);
- place: within the tolerance of the vaguer place; a report without a place matches only
  within its own document or when both reports name the same known source.

Two events of one sentence match only if they have the very same actors (the coder gave one
strike two codes, "killed in air strikes": 180 and 195); with different actors they are the
coder's one-event-per-actor expansion and stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.dedupe.reports import ActorKey, Report, iso_day
from eventwire.geo import distance_km
from eventwire.knowledge import data_path, yaml_load

SAME_NAME_KM = 25.0
"""Two reports naming the same place agree on place unless geocoded this far apart (then
they are namesakes, such as two villages called Tal Abyad)."""


@dataclass(frozen=True, slots=True)
class Match:
    """Two reports that match: how well (0..1, higher is closer) and why, in words."""

    score: float
    reason: str


@dataclass(frozen=True)
class Coalitions:
    """Countries whose state forces are reported interchangeably (data/coalitions.yaml)."""

    by_country: dict[str, str]
    state_sectors: frozenset[str]


@lru_cache(maxsize=1)
def coalitions() -> Coalitions:
    """The shipped coalition table, read once."""
    data = yaml_load(data_path("coalitions.yaml").read_text(encoding="utf-8"))
    by_country = {country: group["name"] for group in data.get("coalitions", [])
                  for country in group.get("countries", [])}
    return Coalitions(by_country, frozenset(data.get("state_sectors", [])))


def _sector(actor: ActorKey) -> str | None:
    code = actor.code or ""
    if code.startswith("---"):
        return actor.sector or code[3:6] or None
    return actor.sector


def actors_compatible(a: ActorKey, b: ActorKey, table: Coalitions | None = None
                      ) -> str | None:
    """How two actors relate ("same", "unknown", "compatible"), or None if they conflict."""
    if not a.code or not b.code:
        return "unknown"
    if a.code == b.code:
        return "same"
    if a.code.startswith(b.code) or b.code.startswith(a.code):
        return "compatible"
    if a.country and a.country == b.country and (
            not a.sector or not b.sector or a.sector == b.sector):
        return "compatible"
    if a.code.startswith("---") or b.code.startswith("---") or not a.country or not b.country:
        # a country-less actor ("---CVL", "civilians"): the sector decides
        sector_a, sector_b = _sector(a), _sector(b)
        if not sector_a or not sector_b or sector_a == sector_b:
            return "compatible"
        return None
    table = table or coalitions()
    group_a, group_b = table.by_country.get(a.country or ""), table.by_country.get(b.country or "")
    if (group_a and group_a == group_b
            and (not a.sector or a.sector in table.state_sectors)
            and (not b.sector or b.sector in table.state_sectors)):
        return "compatible"
    return None


def _actor_reason(role: str, a: ActorKey, b: ActorKey, how: str) -> str | None:
    if how == "same":
        return f"{role} {a.code} same"
    if how == "compatible":
        return f"{role} {a.code}~{b.code} compatible"
    if a.code or b.code:
        return f"{role} {a.code or b.code} unknown in one report"
    return None


def _class_reason(a: Report, b: Report) -> str | None:
    if a.root and a.root == b.root:
        if a.cameo == b.cameo:
            return f"same CAMEO {a.cameo}"
        return f"CAMEO {a.cameo}~{b.cameo} same root {a.root}"
    if a.plover and a.plover == b.plover:
        return f"same PLOVER {a.plover}"
    return None


def _day_text(report: Report) -> str:
    if report.first == report.last:
        return iso_day(report.first)
    return f"{iso_day(report.first)}..{iso_day(report.last)}"


def score(a: Report, b: Report, table: Coalitions | None = None, *, strict: bool = True
          ) -> float | None:
    """How well `a` and `b` match (0..1), or None if they cannot be one event.

    With `strict=False`, a pair that contradicts nothing but has too little in common to be
    joined on its own (a report without a place and a report from another document naming no
    common source) scores 0.0 instead of None: it may share a cluster with reports it does
    match. Cheap tests come first: this runs for every candidate pair.
    """
    if a.first > b.last or b.first > a.last:
        return None
    same_document = a.document == b.document
    if same_document and a.sentence == b.sentence and (
            a.source.code != b.source.code or a.target.code != b.target.code):
        return None  # "France, Britain and the US announced": one event per actor
    if a.realis != b.realis:
        return None
    if not ((a.root and a.root == b.root) or (a.plover and a.plover == b.plover)):
        return None
    span = max(a.span_days, b.span_days)
    if not same_document and span > 7:
        return None
    if a.has_place and b.has_place:
        limit = max(a.tolerance_km, b.tolerance_km)
        reach = max(limit, SAME_NAME_KM)
        if abs(a.lat - b.lat) * 111.2 > reach:  # type: ignore[operator]
            return None
        km = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km > limit and not (a.place_name and a.place_name == b.place_name
                               and km <= SAME_NAME_KM):
            return None
        place_score = 1.0 - min(km, limit) / (limit + 1.0)
    else:
        if a.place_country and b.place_country and a.place_country != b.place_country:
            return None
        place_score = -1.0
    actor_score = 1.0
    corroborated = False
    table = table or coalitions()
    for x, y, role in ((a.source, b.source, 0), (a.target, b.target, 1)):
        how = actors_compatible(x, y, table)
        if how is None:
            return None
        if how == "unknown":
            actor_score -= 0.25
        elif role == 0:
            corroborated = True
    if place_score < 0:
        if not same_document and not corroborated:
            return None if strict else 0.0
        place_score = 0.3
    time_score = 1.0 if span == 1 and a.first == b.first else 1.0 / span
    return round((place_score + time_score + actor_score) / 3.0, 6)


def explain(a: Report, b: Report, table: Coalitions | None = None) -> str:
    """Why `a` and `b` were joined, in words ("same CAMEO 195, same place ... (0 km), ...")."""
    table = table or coalitions()
    parts = [_class_reason(a, b) or "class differs"]
    if a.has_place and b.has_place:
        km = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        limit = max(a.tolerance_km, b.tolerance_km)
        if a.place_name and a.place_name == b.place_name and km <= SAME_NAME_KM:
            parts.append(f"same place {a.place_name} ({km:.0f} km)")
        else:
            parts.append(f"places {a.place_name or '?'} / {b.place_name or '?'} {km:.0f} km "
                         f"apart (within {limit:.0f} km)")
    else:
        where = ("no place in either report" if not (a.has_place or b.has_place)
                 else "place unknown in one report")
        parts.append(where + (", same document" if a.document == b.document else ""))
    if a.first == a.last == b.first == b.last:
        parts.append(f"same day {iso_day(a.first)}")
    else:
        parts.append(f"dates overlap {_day_text(a)} / {_day_text(b)}")
    for role in ("source", "target"):
        x, y = getattr(a, role), getattr(b, role)
        how = actors_compatible(x, y, table)
        text = _actor_reason(role, x, y, how or "conflict")
        if text:
            parts.append(text)
    return ", ".join(parts)


def compare(a: Report, b: Report, table: Coalitions | None = None, *, strict: bool = True
            ) -> Match | None:
    """A `Match` (score and reason) if `a` and `b` may report the same real event, else None."""
    value = score(a, b, table, strict=strict)
    if value is None:
        return None
    return Match(value, explain(a, b, table))
