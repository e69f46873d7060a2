"""Event dates: each event takes the time expression of its own clause, else its segment's day.

An event is dated by the nearest time expression in its sentence that is not cut off from its
verb by a clause boundary ("the ministry said on Wednesday that jets struck" does not date the
strike), preferring one after the verb ("struck Idlib on Tuesday") to one before it ("On
Tuesday, jets struck"). Background history keeps its own date ("signed a ceasefire two years
ago"). Without one, the event takes the day of its live-blog update, else the document's date.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Event, Result, TimeExpression

_BOUNDARY = re.compile(
    r"[;:()\u2014\"\u201c\u201d]|\b(?:but|while|whereas|although|though|because|which|who|"
    r"whom|whose|that|when|after|before|until|unless|where|said|says|told|added|according)\b",
    re.I)
_LEADING_RELATION = re.compile(
    r"\b(?:since|until|till|before|after|by|from|between|through|throughout|as\s+of)\s+"
    r"(?:the\s+)?$", re.I)
_WHEN_CLAUSE = re.compile(r"^\s*,?\s*when\b", re.I)
"""A relative clause on a time ("since June, when militants overran a post"): what it tells
happened then, so the "when" opening it is no boundary between the time and its verb."""


def date_events(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Set `date` and `date_granularity` on every event in `result.events`."""
    by_sentence: dict[int, list[TimeExpression]] = {}
    for expression in result.times:
        by_sentence.setdefault(expression.sentence, []).append(expression)
    segment_starts = [s.start for s in result.segments]
    for event in result.events:
        expression = attached_time(result.text, event, by_sentence.get(event.sentence, []))
        if expression is not None:
            event.date, event.date_granularity = expression.value, expression.granularity
            continue
        day = _segment_day(result, segment_starts, event.start) or result.date
        event.date = day.isoformat() if day else None
        event.date_granularity = "day" if day else None


def attached_time(text: str, event: Event, candidates: list[TimeExpression]
                  ) -> TimeExpression | None:
    """The time expression of the event's clause: one the parse attaches to its predicate,
    else the nearest after the verb, else before it."""
    for _prep, start, end in event.attached:
        inside = [x for x in candidates if start <= x.start and x.end <= end]
        if inside:
            return inside[0]
    after: list[tuple[int, TimeExpression]] = []
    before: list[tuple[int, TimeExpression]] = []
    for expression in candidates:
        if expression.start >= event.end:
            gap = text[event.end:expression.start]
            if expression.relation:
                gap = _LEADING_RELATION.sub("", gap)
            if not _BOUNDARY.search(gap):
                after.append((expression.start - event.end, expression))
        elif expression.end <= event.start:
            gap = _WHEN_CLAUSE.sub("", text[expression.end:event.start], count=1)
            if not _BOUNDARY.search(gap):
                before.append((event.start - expression.end, expression))
        else:
            return expression  # the event's own span holds the time
    for side in (after, before):
        if side:
            return min(side, key=lambda item: item[0])[1]
    return None


def _segment_day(result: Result, starts: list[int], offset: int):
    index = bisect_right(starts, offset) - 1
    if index < 0 or offset >= result.segments[index].end:
        return None
    segment = result.segments[index]
    if segment.date is not None:
        return segment.date
    return segment.time.date() if segment.time else None
