"""`code(document) -> Result`: the one pure function every interface calls.

The stages run in a fixed order, each a module with one job that reads what earlier stages put
on the `Result` and adds its own records. No stage does I/O; knowledge is read-only and shared.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventwire import (
    actors,
    attributed,
    claims,
    events,
    links,
    places,
    quotes,
    segments,
    sentences,
    times,
)
from eventwire.dates import parse_date
from eventwire.errors import EventwireError
from eventwire.knowledge import Knowledge, default_knowledge
from eventwire.model import Document, Result

log = logging.getLogger(__name__)

Stage = Callable[[Document, Result, Knowledge], None]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("segments", segments.run),
    ("sentences", sentences.run),
    ("times", times.run),
    ("links", links.run),
    ("actors", actors.run),
    ("places", places.run),
    ("actor_context", actors.refine_context),
    ("quotes", quotes.run),
    ("claims", claims.run),
    ("events", events.run),
    ("attributed", attributed.run),
    ("event_dates", times.date_events),
    ("event_places", places.locate_events),
)
"""Stage order: each stage may read the records of the stages before it."""


def code(
    document: Document | str,
    *,
    date: dt.date | str | None = None,
    id: str | None = None,
    knowledge: Knowledge | None = None,
) -> Result:
    """Code one document: segments, sentences, actors, places, times, events, quotes, claims.

    Args:
        document: a `Document`, or plain text.
        date: publication date for plain text (overrides nothing on a `Document` that has one).
        id: identifier for plain text.
        knowledge: dictionaries to use; the package's own by default.

    Returns:
        A `Result` whose `to_dict()` is the output contract.
    """
    if isinstance(document, str):
        document = Document(text=document, id=id, date=parse_date(date))
    elif document.date is None and date is not None:
        document.date = parse_date(date)
    knowledge = knowledge or default_knowledge()
    result = Result(id=document.id, date=document.date, title=document.title,
                    text=document.text, url=document.url)
    for _name, stage in STAGES:
        stage(document, result, knowledge)
    return result


@dataclass(frozen=True)
class Failure:
    """A document (or a source) that could not be read or coded, and why."""

    name: str
    """The document's source or id; empty when the error names its source itself."""
    reason: str
    document: Document | None = None
    error: EventwireError | None = None
    """The reader's error, when the item never became a document."""

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}" if self.name else self.reason


def document_name(document: Document) -> str:
    """How messages name a document: its source (file, URL) or its id."""
    return document.source or document.id or "document"


def code_each(items: Iterable[Document | EventwireError], knowledge: Knowledge | None = None
              ) -> Iterator[tuple[Document, Result] | Failure]:
    """Code every document; a reader's error or a failed document becomes a `Failure`.

    A coding bug in one document is logged with its traceback (at debug level) and the
    others go on.
    """
    for item in items:
        if isinstance(item, EventwireError):
            yield Failure("", str(item), error=item)
            continue
        try:
            result = code(item, knowledge=knowledge)
        except EventwireError as exc:
            yield Failure(document_name(item), str(exc), item)
        except Exception as exc:  # one document's failure must not sink the batch
            log.debug("coding %s failed", document_name(item), exc_info=True)
            yield Failure(document_name(item), f"coding failed: {type(exc).__name__}: {exc}",
                          item)
        else:
            yield item, result
