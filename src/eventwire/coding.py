"""Coding many documents where one bad document must not sink the others.

`code_each` is the one loop every interface shares: `eventwire code` prints what it yields,
the batch engine writes it to Parquet, and `service.ingest` stores it. A reader's error (a
line that is not JSON) or a document that fails to code becomes a `Failure` naming the
document, and the loop goes on.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventwire.budget import OverBudget, time_budget
from eventwire.errors import EventwireError
from eventwire.knowledge import Knowledge
from eventwire.model import Document, Result
from eventwire.pipeline import code

log = logging.getLogger(__name__)


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


def code_each(items: Iterable[Document | EventwireError], knowledge: Knowledge | None = None,
              *, seconds: float | None = None) -> Iterator[tuple[Document, Result] | Failure]:
    """Code every document; a reader's error or a failed document becomes a `Failure`.

    A coding bug in one document is logged with its traceback (at debug level) and the
    others go on. With `seconds`, a document that takes longer is interrupted and fails
    (`eventwire.budget`), so one pathological document cannot stall the rest; the knowledge
    is loaded first, so that loading it never counts against the first document.
    """
    if seconds:
        code("Warm up: the tokenizer, tagger and dictionaries load here.", knowledge=knowledge)
    for item in items:
        if isinstance(item, EventwireError):
            yield Failure("", str(item), error=item)
            continue
        try:
            with time_budget(seconds) if seconds else contextlib.nullcontext():
                result = code(item, knowledge=knowledge)
        except OverBudget:
            log.warning("%s: over the time budget of %g s; rejected", document_name(item),
                        seconds)
            yield Failure(document_name(item), f"over the time budget of {seconds:g} s per "
                                               "document (EVENTWIRE_DOCUMENT_SECONDS)", item)
        except EventwireError as exc:
            yield Failure(document_name(item), str(exc), item)
        except Exception as exc:  # one document's failure must not sink the batch
            log.debug("coding %s failed", document_name(item), exc_info=True)
            yield Failure(document_name(item), f"coding failed: {type(exc).__name__}: {exc}",
                          item)
        else:
            yield item, result
