"""The times stage of the pipeline (filled in by its own issue)."""

from __future__ import annotations

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Result


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Add this stage's records to `result`; none yet."""


def date_events(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Give each event in `result.events` its date and granularity; not yet."""
