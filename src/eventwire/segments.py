"""Dated parts of a document: live-blog updates, or one segment covering it all."""

from __future__ import annotations

import datetime as dt

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Result, Segment


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Fill `result.segments` from ingestion's update hints, else one whole-document segment."""
    text = document.text
    if document.updates:
        result.segments = [
            Segment(u.start, u.end, _utc(u.time), u.label, u.time.date())
            for u in sorted(document.updates, key=lambda u: u.start)
        ]
    else:
        result.segments = [Segment(0, len(text), None, None, document.date)]


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment
