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

import bisect
import heapq
from collections.abc import Iterator, Sequence

from eventwire.events.modality import PRECEDENCE
from eventwire.knowledge import Knowledge
from eventwire.lines import reference_spans
from eventwire.model import Actor, Claim, Document, Event, Quote, Result

__all__ = ["run"]

_WEAKER_THAN_CLAIMED = frozenset(PRECEDENCE[PRECEDENCE.index("claimed") + 1:])
"""Modalities a claim overrides: what a claimant says happened is claimed, whatever its
own cues ("rumours that the police are killing")."""
_VISITS = ("042", "043")
"""CAMEO codes of travel and hosting: a participle that visits is a real event."""


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Drop events that are none, and give the rest their speaker and modality."""
    text = result.text
    references = sorted(reference_spans(result))
    gaps = sorted((q.speaker_span[1], q.cue_span[0], index)
                  for index, q in enumerate(result.quotes)
                  if q.speaker_span is not None and q.cue_span is not None
                  and q.speaker_span[1] < q.cue_span[0])
    cues = {q.cue_span[0]: q for q in result.quotes
            if q.cue_span is not None and q.speaker is not None}
    events = [e for e in result.events
              if not _within(e, references) and not _circumstance(e, text, gaps, result.quotes)]
    for event in events:
        quote = cues.get(event.start)
        if quote is not None and quote.speaker is not None and (
                event.source is None or (not event.source.country and quote.speaker.country)):
            # "X, speaking in Y, said": X says; "the US envoy Tom Perriello" is American
            event.source = quote.speaker
    holders: list[Quote | Claim] = [*result.quotes, *result.claims]
    for event, holder in _innermost(events, holders):
        _attribute(event, holder)
    result.events = events


def _within(event: Event, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the event lies inside one of the sorted, disjoint `spans`."""
    index = bisect.bisect_right(spans, (event.start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= event.start and event.end <= spans[index][1]


def _circumstance(event: Event, text: str, gaps: Sequence[tuple[int, int, int]],
                  quotes: Sequence[Quote]) -> bool:
    """Whether the event is a participle between a speaker and the cue ("X, speaking in Y,
    said"); a visit stays, with the speaker as its actor. `gaps` are (speaker end, cue
    start, quote index), sorted."""
    index = bisect.bisect_right(gaps, (event.start, float("inf"), 0)) - 1
    if index < 0:
        return False
    after_speaker, cue, quote_index = gaps[index]
    words = event.text.split()
    if not (event.end <= cue and "," in text[after_speaker:event.start]
            and words and words[0].lower().endswith("ing")):
        return False
    if event.cameo.startswith(_VISITS):
        if event.source is None:
            event.source = quotes[quote_index].speaker
        return False
    return True


def _innermost(events: Sequence[Event], spans: Sequence[Quote | Claim]
               ) -> Iterator[tuple[Event, Quote | Claim]]:
    """Each event held by a quote or claim, with the innermost one that holds it (a sweep
    over both in text order, so a long document stays linear)."""
    ordered = sorted(spans, key=lambda s: s.start)
    active: list[tuple[int, int, Quote | Claim]] = []  # heap by end
    k = 0
    for event in sorted(events, key=lambda e: e.start):
        while k < len(ordered) and ordered[k].start <= event.start:
            heapq.heappush(active, (ordered[k].end, k, ordered[k]))
            k += 1
        while active and active[0][0] <= event.start:
            heapq.heappop(active)
        holding = [span for end, _k, span in active if event.end <= end]
        if holding:
            yield event, min(holding, key=lambda span: span.end - span.start)


def _attribute(event: Event, holder: Quote | Claim) -> None:
    """Set the event's speaker and weaken its modality by the span that holds it."""
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
