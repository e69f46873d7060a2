"""Find time expressions in text: one scan for trigger words, then the rules they start.

Overlapping matches are settled longest first; then neighbours are joined: a clock with its
day ("3 p.m. Tuesday"), two ends of a range ("from 2012 to 2014"), and a leading preposition
is noted ("since 2011"). Nothing here needs a reference date: `resolve` does that.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from eventwire.times.mention import Found, Mention, Text, inside_word, words_before
from eventwire.times.rules import BY_TRIGGER, WORD, number_shape, read_prefix

__all__ = ["Mention", "find_mentions"]


def find_mentions(text: str) -> list[Mention]:
    """All time expressions in `text`, non-overlapping, in text order, neighbours joined.

    One pass over the words: a word that can start an expression (a month, a weekday,
    "last", a number…) tries, at its own position, only the rules it can start. That keeps
    the stage to one regex scan plus anchored matches, instead of a scan per rule.
    """
    found: list[tuple[int, int, Mention]] = []
    text = Text(text)
    get = BY_TRIGGER.get
    for word in WORD.finditer(text):
        token = word.group()
        rules = get(number_shape(token) if token[0].isdigit() else token.lower())
        if not rules:
            continue
        position = word.start()
        for pattern, reader, priority, prefix, _triggers in rules:
            match = pattern.match(text, position)
            if match is None or match.end() == position or inside_word(text, position):
                continue
            before = read_prefix(prefix, text, position) if prefix else None
            mention = reader(Found(match, before), text)
            if mention is not None:
                found.append((mention.end - mention.start, priority, mention))
    return _join(text, _join_clocks(str(text), _longest_first(found)))


def _longest_first(found: list[tuple[int, int, Mention]]) -> list[Mention]:
    """Keep the longest of overlapping matches (then the higher priority), in text order."""
    found.sort(key=lambda item: (-item[0], -item[1], item[2].start))
    starts: list[int] = []
    chosen: list[Mention] = []
    for _length, _priority, mention in found:
        at = bisect_left(starts, mention.start)
        if at < len(chosen) and chosen[at].start < mention.end:
            continue
        if at > 0 and chosen[at - 1].end > mention.start:
            continue
        starts.insert(at, mention.start)
        chosen.insert(at, mention)
    return chosen



_CLOCK_THEN_DAY = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?\Z")
_DAY_THEN_CLOCK = re.compile(r"[ \t]*,?[ \t]*(?:at[ \t]+|around[ \t]+|about[ \t]+|by[ \t]+)?\Z")
"""What may stand between a clock and its day: never a line break (a dateline above a
live-blog entry is not the entry's day)."""
_DAY_KINDS = ("date", "weekday", "deictic")


def _is_day(mention: Mention) -> bool:
    if mention.kind == "date":
        return mention.fields.get("day") is not None and "clock" not in mention.fields
    return mention.kind in ("weekday", "deictic") and not mention.fields.get("part")


def _join_clocks(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a clock and the day it falls on into one minute expression ("3 p.m. Tuesday")."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        current = mentions[i]
        if i + 1 < len(mentions):
            following = mentions[i + 1]
            between = text[current.end:following.start]
            pair = None
            if current.kind == "clock" and _is_day(following) and \
                    _CLOCK_THEN_DAY.match(between):
                pair = (following, current)
            elif following.kind == "clock" and _is_day(current) and \
                    _DAY_THEN_CLOCK.match(between):
                pair = (current, following)
            if pair:
                day, clock = pair
                out.append(Mention(current.start, following.end, "dated_clock",
                                   {"day": day, "clock": clock}))
                i += 2
                continue
        out.append(current)
        i += 1
    return out


_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|to|and|until|till|through|thru)\s*$", re.I)
_RELATIONS = frozenset({"since", "until", "till", "before", "after", "by", "from", "between",
                        "through", "throughout"})


def _relation(before: list[str]) -> str | None:
    """The preposition that relates the text to a time ("since 2011", "until the end of")."""
    words = before[:-1] if before[-1] == "the" else before
    if not words:
        return None
    if words[-1] == "of" and len(words) > 1 and words[-2] == "as":
        return "as of"
    return words[-1] if words[-1] in _RELATIONS else None


def _join(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join the ends of ranges and note a leading relation ("since 2011")."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        current = mentions[i]
        before = words_before(text, current.start, 1)
        if before[-1] in ("the", "of"):
            before = words_before(text, current.start, 3)
        opener = before[-1] if before[-1] in ("from", "between") else None
        if i + 1 < len(mentions) and current.kind in ("date", "year", "weekday") and \
                mentions[i + 1].kind == current.kind:
            following = mentions[i + 1]
            gap = text[current.end:following.start]
            dash = gap.strip() in ("-", "\u2013")
            if _RANGE_GAP.match(gap) and (opener or dash) and "\n" not in gap:
                out.append(Mention(current.start, following.end, "range", {},
                                   [current, following], opener))
                i += 2
                continue
        if current.relation is None:
            current.relation = _relation(before)
        out.append(current)
        i += 1
    return out
