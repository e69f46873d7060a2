"""The places stage of the pipeline (filled in by its own issue)."""

from __future__ import annotations

from eventwire.knowledge import Knowledge
from eventwire.model import Document, Result


def run(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Add this stage's records to `result`; none yet."""


def locate_events(document: Document, result: Result, knowledge: Knowledge) -> None:
    """Give each event in `result.events` the place where it happened; not yet."""
