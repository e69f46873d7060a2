"""Speakers as actors the event coder knows.

The actors stage has already found the actor mentions of the document (with pronouns and
later mentions resolved), so a speaker is first the mention its span covers. Where no mention
covers it, the actors stage's public resolver (`eventwire.actors.resolve`) is asked about the
span as written, if that resolver exists in this build.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence

from eventwire import actors as actors_stage
from eventwire.knowledge import Knowledge
from eventwire.model import Actor, ActorMention

Resolver = Callable[..., Actor | None]


def mention_for(span: tuple[int, int], mentions: Sequence[ActorMention]
                ) -> ActorMention | None:
    """The coded actor mention that best covers `span`: a named actor before a description,
    then most overlap, then the later head.

    A speaker span can hold a name and its apposition ("The Arakan Army, one of the
    strongest ethnic armed groups, said"): the description says what the speaker is, the
    name says who, however many more characters the description has. `mentions` must be in
    text order (as the actors stage gives them).
    """
    start, end = span
    best: ActorMention | None = None
    best_key = (False, 0, 0)
    k = bisect.bisect_left(mentions, end, key=lambda m: m.start) - 1
    while k >= 0 and mentions[k].start > start - _LONGEST_MENTION:
        mention = mentions[k]
        k -= 1
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0 or mention.code is None and mention.name is None:
            continue
        key = (mention.kind != "agent", overlap, mention.end)
        if key > best_key:
            best, best_key = mention, key
    return best


_LONGEST_MENTION = 200
"""No actor mention is longer than this many characters."""


def speaker_actor(span: tuple[int, int] | None, text: str, mentions: Sequence[ActorMention],
                  date: dt.date | None, knowledge: Knowledge) -> Actor | None:
    """The actor who speaks at `span`, or None if the coder knows no actor there."""
    if span is None:
        return None
    mention = mention_for(span, mentions)
    if mention is not None:
        return _with_country(mention, span, text, mentions)
    resolve = _resolver()
    if resolve is None:
        return None
    actor = resolve(text[span[0]:span[1]], date=date, knowledge=knowledge)
    if actor is None or (actor.code is None and actor.name is None):
        return None
    return actor


def _resolver() -> Resolver | None:
    """`eventwire.actors.resolve` once the actors stage provides it."""
    return getattr(actors_stage, "resolve", None)


def _with_country(mention: ActorMention, span: tuple[int, int], text: str,
                  mentions: Sequence[ActorMention]) -> Actor:
    """A speaker whose own mention has no country takes it from an actor named before it in
    the same span: "the US special envoy Tom Perriello" is American, "the military
    government's spokesman Zaw Min Tun" speaks for that government."""
    actor = mention.as_actor()
    if actor.country or not (actor.code or "").startswith("---"):
        return actor
    words = text[span[0]:span[1]]
    possessor = words[:max(words.find("'s"), words.find("’s"), 0)].lower()
    lo = bisect.bisect_left(mentions, span[0], key=lambda m: m.start)
    hi = bisect.bisect_left(mentions, span[1], key=lambda m: m.start)
    for other in mentions if possessor else mentions[lo:hi]:
        if not other.country or len(other.country) != 3 or other is mention:
            continue
        before = span[0] <= other.start and other.end <= mention.start
        # "the military government's spokesman": the government named elsewhere in the text
        named = len(other.text) > 3 and other.text.lower() in possessor
        if before or named:
            code = other.country + (actor.code or "---")[3:]
            return Actor(actor.text, code, other.country, actor.sector, actor.name)
    return actor
