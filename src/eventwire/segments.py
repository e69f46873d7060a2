"""Dated parts of a document: live-blog updates, or one segment covering it all.

A live blog is a run of updates, each opened by a marker that gives its time: "UPDATE 1330
GMT:", "Update, 09:15 BST:", "16:40 GMT –", "9.15am Damascus time:". Every marker starts a
segment that runs to the next one; the text before the first marker is a segment without a
time. A marker's clock time is read in its zone (an abbreviation is a fixed offset; "Damascus
time" follows that city's daylight saving; "local time" is the zone of the country the story is
obviously about), put on the document's date, and converted to UTC. Blogs run forwards or
backwards in time; when the clock jumps the wrong way by more than twelve hours the day has
changed, and the earliest update is taken to fall on the document's date.

HTML pages with schema.org `liveBlogUpdate` JSON-LD give their updates to ingestion, which
passes them as `Document.updates`; those are used instead of markers in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from eventwire.knowledge import Knowledge, data_yaml
from eventwire.model import Document, Result, Segment

ZoneLike = dt.tzinfo | None


@dataclass(frozen=True)
class Zones:
    """Time-zone words of update markers, compiled from `data/time_zones.yaml`."""

    abbreviations: dict[str, dt.tzinfo]
    places: dict[str, dt.tzinfo]
    story: tuple[tuple[re.Pattern[str], dt.tzinfo], ...]
    zone: re.Pattern[str]
    marker: re.Pattern[str]


@dataclass(frozen=True)
class Marker:
    """An update marker found in the text, before its time is resolved."""

    start: int
    end: int  # end of the marker's label
    body: int  # where the update's own text starts
    label: str
    minutes: int  # clock time, minutes after midnight
    zone: str | None  # the zone words as written, or None


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.segments` from JSON-LD update hints, else from markers in the text."""
    text = document.text
    zones = knowledge.load("segments.zones", _load_zones)
    markers = find_markers(text, zones)
    if document.updates:
        at = {marker.start: marker for marker in markers}
        segments = []
        for hint in sorted(document.updates, key=lambda u: u.start):
            marker = at.get(hint.start)
            segments.append(Segment(hint.start, hint.end, _utc(hint.time),
                                    marker.label if marker else hint.label, hint.time.date(),
                                    marker.body if marker else None, hint.author))
    else:
        segments = resolve(markers, text, document.date, zones)
    result.segments = _cover(segments, len(text), document.date, text)


def find_markers(text: str, zones: Zones) -> list[Marker]:
    """Every update marker at the start of a line, in text order."""
    markers = []
    for match in zones.marker.finditer(text):
        hour = int(match["hour"])
        minute = int(match["minute"] or 0)
        ampm = (match["ampm"] or "").lower().replace(".", "")
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        if hour > 23 or minute > 59:
            continue
        zone = match["zone"]
        if not match["update"] and not zone and not (match["minute"] and match["colon"]):
            continue  # "1640 -" alone is too weak; "16:40 -" or "1640 GMT -" will do
        label_end = match.end("label")
        markers.append(Marker(match.start("label"), label_end, match.end(),
                              text[match.start("label"):label_end].strip(" \t([*_"),
                              hour * 60 + minute, zone))
    return markers


def resolve(markers: list[Marker], text: str, date: dt.date | None, zones: Zones
            ) -> list[Segment]:
    """Segments for the markers, with UTC times on the document's date (None without one)."""
    if not markers:
        return []
    declared = _declared_zone(text, zones)
    story = _story_zone(text, zones)
    offsets = _day_offsets([m.minutes for m in markers])
    headings = date_headings(text, date)
    starts = [offset for offset, _ in headings]
    segments = []
    current: ZoneLike = declared
    for marker, days in zip(markers, offsets, strict=True):
        if marker.zone:
            current = _zone(marker.zone, zones, story)
        time = local_date = None
        heading = bisect.bisect_right(starts, marker.start) - 1
        if heading >= 0:  # "Tuesday 7 May" above the update: the day is written out
            local_date = headings[heading][1]
        elif date is not None:
            local_date = date + dt.timedelta(days=days)
        if local_date is not None and (current is not None or not marker.zone):
            local = dt.datetime.combine(local_date, dt.time(*divmod(marker.minutes, 60)))
            time = _utc(local.replace(tzinfo=current or dt.UTC))
        segments.append(Segment(marker.start, marker.start, time, marker.label, local_date,
                                marker.body))
    return segments


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_HEADING = re.compile(
    r"^[ \t*_#]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?[ \t]+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?P<m1>" + _MONTH + r")"
    r"|(?P<m2>" + _MONTH + r")[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+(?P<year>\d{4}))?[ \t*_]*$", re.I | re.M)


def date_headings(text: str, date: dt.date | None) -> list[tuple[int, dt.date]]:
    """Lines that are only a date ("Tuesday 7 May"), which put the updates below on that day.

    A heading without a year takes the document's; without a document date it is ignored.
    """
    found = []
    for match in _DATE_HEADING.finditer(text):
        month = _MONTHS.index((match["m1"] or match["m2"])[:3].lower()) + 1
        day = int(match["d1"] or match["d2"])
        year = int(match["year"]) if match["year"] else (date.year if date else None)
        if year is None:
            continue
        try:
            found.append((match.start(), dt.date(year, month, day)))
        except ValueError:
            continue
    return found


def _cover(segments: list[Segment], length: int, date: dt.date | None, text: str
           ) -> list[Segment]:
    """Make segments tile the text: a lead segment before the first, each to the next."""
    if not segments:
        return [Segment(0, length, None, None, date)]
    out = []
    if text[:segments[0].start].strip():
        out.append(Segment(0, segments[0].start, None, None, date))
    elif segments[0].start > 0:
        segments[0].start = 0
    for segment, following in zip(segments, [*segments[1:], None], strict=True):
        segment.end = following.start if following is not None else length
        out.append(segment)
    return out


def _day_offsets(minutes: list[int]) -> list[int]:
    """Day of each update relative to the earliest, from the order of clock times."""
    steps = [b - a for a, b in zip(minutes, minutes[1:], strict=False)]
    forwards = sum(1 for s in steps if 0 < s <= 720) >= sum(1 for s in steps if -720 <= s < 0)
    day, days = 0, [0]
    for step in steps:
        if forwards and step < -720:
            day += 1
        elif not forwards and step > 720:
            day -= 1
        days.append(day)
    lowest = min(days)
    return [d - lowest for d in days]


def _zone(words: str, zones: Zones, story: ZoneLike) -> ZoneLike:
    """The tzinfo that marker zone words name; None when it cannot be known."""
    key = " ".join(words.split())
    if key.upper() in zones.abbreviations:
        return zones.abbreviations[key.upper()]
    offset = re.fullmatch(r"(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?(\d\d))?", key, re.I)
    if offset:
        sign = -1 if offset[1] in "-−" else 1
        delta = dt.timedelta(hours=int(offset[2]), minutes=int(offset[3] or 0))
        return dt.timezone(sign * delta)
    place = re.sub(r"\s*time$", "", key, flags=re.I).lower()
    if place == "local":
        return story
    return zones.places.get(place)


def _declared_zone(text: str, zones: Zones) -> ZoneLike:
    """The zone of an "All times GMT" / "All times are local" note, if the blog has one."""
    match = re.search(r"\ball times\s+(?:are\s+|in\s+)*\(?([^\n.;,)]{1,40})", text[:5000],
                      re.I)
    if not match:
        return None
    zone = zones.zone.search(match[1])
    if zone is None or zone.start() > 0:
        return None
    return _zone(zone[0], zones, _story_zone(text, zones))


def _story_zone(text: str, zones: Zones) -> ZoneLike:
    """The zone of the country the story is obviously about: twice the mentions of any other."""
    counts = []
    sample = text[:200_000]
    for pattern, zone in zones.story:
        counts.append((sum(1 for _ in pattern.finditer(sample)), zone))
    counts.sort(key=lambda pair: pair[0], reverse=True)
    if not counts or counts[0][0] < 2:
        return None
    if len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
        return None
    return counts[0][1]


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


@cache
def _iana(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _load_zones(_knowledge: Knowledge) -> Zones:
    data = data_yaml("time_zones.yaml")
    abbreviations: dict[str, dt.tzinfo] = {}
    for name, value in data["abbreviations"].items():
        if isinstance(value, int | float):
            abbreviations[name.upper()] = dt.timezone(dt.timedelta(hours=value))
        else:
            abbreviations[name.upper()] = _iana(value)
    places = {name.lower(): _iana(zone) for name, zone in data["places"].items()}
    story = tuple(
        (re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"), _iana(zone))
        for zone, words in data["story"].items())
    zone = _zone_pattern(abbreviations, places)
    return Zones(abbreviations, places, story, re.compile(zone, re.I),
                 _marker_pattern(zone))


def _zone_pattern(abbreviations: dict[str, dt.tzinfo], places: dict[str, dt.tzinfo]) -> str:
    """Zone words: "GMT+3", "Damascus time", "local time" or an abbreviation in capitals."""
    names = sorted(abbreviations, key=len, reverse=True)
    place_names = sorted(places, key=len, reverse=True)
    return (r"(?:(?:GMT|UTC)\s*[+\u2212-]\s*\d{1,2}(?::?\d\d)?"
            r"|(?:" + "|".join(re.escape(p) for p in place_names) + r"|local)\s+time"
            r"|(?-i:(?:" + "|".join(names) + r")\b))")


def _marker_pattern(zone: str) -> re.Pattern[str]:
    return re.compile(
        r"^[ \t>*_\u2022-]*(?P<label>"
        r"(?:(?P<update>updated?|update\s+\d{1,2})\b[ \t]*[,:.\u2013\u2014-]?[ \t]*"
        r"(?:at[ \t]+)?\(?)?"
        r"(?P<hour>\d{1,2})(?:(?P<colon>[:.h])?(?P<minute>\d\d))?"
        r"[ \t]*(?P<ampm>[ap]\.?m\b\.?)?"
        r"(?:[ \t]*\(?[ \t]*(?P<zone>" + zone + r")\)?)?"
        r")[ \t\r*_]*(?:[:\u2013\u2014|-]+[ \t]*|\r?\n|$)",
        re.I | re.M)
