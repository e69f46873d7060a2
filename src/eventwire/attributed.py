"""The attributed-events stage: whose words each event is in, and events that are none.

Runs after the events stage and reads quotes, claims and links:

- an event inside what someone said (a block quote, an embedded post, reported speech) is
  not the reporter's assertion: it is at most `reported`, and names the quote's speaker;
- an event inside a claim's content is `claimed` (unless the text denies or doubts it more
  strongly) and names the claimant;
- a cross-reference line ("See Yemen Brief, March 3: Houthis Vow More Attacks") holds another
  report's headline: its words code no event here;
- a participle set off around a speaker ("X, speaking in Riyadh, said") is circumstance, not
  an event, unless it carries a real one (a visit); the speech verb after it keeps X as its
  source.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.events.modality import PRECEDENCE
from eventwire.knowledge import Knowledge
from eventwire.lines import in_spans, reference_spans
from eventwire.model import Actor, Claim, Document, Event, Quote, Result

__all__ = ["run"]

_WEAKER_THAN_CLAIMED = frozenset(PRECEDENCE[PRECEDENCE.index("claimed") + 1:])
"""Modalities a claim overrides: what a claimant says happened is claimed, whatever its
own cues ("rumours that the police are killing")."""
_VISITS = ("042", "043")
"""CAMEO codes of travel and hosting: a participle that visits is a real event."""


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Drop events that are none, and give the rest their speaker and modality."""
    references = reference_spans(result)
    events = [e for e in result.events if not in_spans(e.start, e.end, references)]
    events = [e for e in events if not _circumstance(e, result.text, result.quotes)]
    for event in events:
        _attribute(event, result.quotes, result.claims)
    result.events = events


def _circumstance(event: Event, text: str, quotes: Sequence[Quote]) -> bool:
    """Whether the event is a participle between a speaker and the cue ("X, speaking in Y,
    said"); a visit stays, with the speaker as its actor."""
    for quote in quotes:
        if quote.speaker_span is None or quote.cue_span is None:
            continue
        after_speaker, cue = quote.speaker_span[1], quote.cue_span[0]
        if not (after_speaker <= event.start and event.end <= cue):
            continue
        between = text[after_speaker:event.start]
        first = event.text.split()[0].lower() if event.text.split() else ""
        if "," not in between or not first.endswith("ing"):
            continue
        if event.cameo.startswith(_VISITS):
            if event.source is None:
                event.source = quote.speaker
            return False
        return True
    return False


def _attribute(event: Event, quotes: Sequence[Quote], claims: Sequence[Claim]) -> None:
    """Set the event's speaker and weaken its modality by the innermost span holding it."""
    holders: list[tuple[int, Quote | Claim]] = [
        (q.end - q.start, q) for q in quotes if q.start <= event.start and event.end <= q.end]
    holders += [(c.end - c.start, c) for c in claims
                if c.start <= event.start and event.end <= c.end]
    if event.source is None:
        for quote in quotes:
            # "X, speaking in Y, said": X says, whatever stands between X and the verb.
            if quote.cue_span is not None and quote.speaker is not None \
                    and quote.cue_span[0] <= event.start < quote.cue_span[1]:
                event.source = quote.speaker
                break
    if not holders:
        return
    _size, holder = min(holders, key=lambda h: h[0])
    if isinstance(holder, Claim):
        if holder.assessment != "denied" and event.modality in _WEAKER_THAN_CLAIMED:
            event.modality = "claimed"
        event.speaker = _plain(holder.claimant)
    else:
        if event.modality == "asserted":
            event.modality = "reported"
        event.speaker = _plain(holder.speaker)


def _plain(actor: Actor | None) -> Actor | None:
    """The actor without the mention's offsets (an `ActorMention` is an `Actor` too)."""
    if actor is None:
        return None
    return Actor(actor.text, actor.code, actor.country, actor.sector, actor.name)
