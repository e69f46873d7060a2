"""Coding many documents where one bad document must not sink the others.

`code_each` is the one loop every interface shares: `eventwire code` prints what it yields,
the batch engine writes it to Parquet, and `service.ingest` stores it. A reader's error (a
line that is not JSON) or a document that fails to code becomes a `Failure` naming the
document, and the loop goes on.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from eventwire.budget import OverBudget, time_budget
from eventwire.errors import EventwireError
from eventwire.knowledge import Knowledge, default_knowledge
from eventwire.language import annotate
from eventwire.model import Document, Result
from eventwire.pipeline import begin, code, finish

T = TypeVar("T")

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


BATCH_CHARACTERS = 50_000
"""Text coded per call of the language model: documents are gathered until this much (or
`BATCH_DOCUMENTS`) and their sentences annotated together (`pipeline.MODEL_STAGE`). Big
enough to amortise the model's per-call cost, small enough that a batch's memory and the
delay before its first result stay small."""

BATCH_DOCUMENTS = 64


def code_each(items: Iterable[Document | EventwireError], knowledge: Knowledge | None = None,
              *, seconds: float | None = None) -> Iterator[tuple[Document, Result] | Failure]:
    """Code every document, in input order; a reader's error or a failed document becomes a
    `Failure`.

    A coding bug in one document is logged with its traceback (at debug level) and the
    others go on. With `seconds`, a document that takes longer is interrupted and fails
    (`eventwire.budget`), so one pathological document cannot stall the rest; the knowledge
    is loaded first, so that loading it never counts against the first document.

    Consecutive documents are coded in small batches that share one call of the language
    model (the same results as `code` one at a time, faster); a document's budget then covers
    its own stages, and the batch's model call has the budgets of all its documents (if it
    fails, each document is annotated alone under its own).
    """
    knowledge = knowledge or default_knowledge()
    if seconds:
        code("Warm up: the tokenizer, tagger and dictionaries load here.", knowledge=knowledge)
    batch: list[Document | EventwireError] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.text or "") if isinstance(item, Document) else 0
        if size >= BATCH_CHARACTERS or len(batch) >= BATCH_DOCUMENTS:
            yield from _code_batch(batch, knowledge, seconds)
            batch, size = [], 0
    yield from _code_batch(batch, knowledge, seconds)


def _code_batch(items: list[Document | EventwireError], knowledge: Knowledge,
                seconds: float | None) -> Iterator[tuple[Document, Result] | Failure]:
    outcomes: list[tuple[Document, Result] | Failure] = []
    begun: list[tuple[int, Document, Result]] = []
    for item in items:
        if isinstance(item, EventwireError):
            outcomes.append(Failure("", str(item), error=item))
            continue
        outcome = _guarded(item, seconds, partial(begin, item, knowledge))
        if isinstance(outcome, Failure):
            outcomes.append(outcome)
        else:
            begun.append((len(outcomes), item, outcome))
            outcomes.append((item, outcome))
    together = len(begun) > 1 and _annotate_together([r for _at, _d, r in begun], knowledge,
                                                     seconds and seconds * len(begun))
    for at, document, result in begun:
        if not together:
            alone = _guarded(document, seconds, partial(annotate, result.sentences, knowledge))
            if isinstance(alone, Failure):
                outcomes[at] = alone
                continue
        outcome = _guarded(document, seconds, partial(finish, document, result, knowledge))
        outcomes[at] = outcome if isinstance(outcome, Failure) else (document, outcome)
    yield from outcomes


def _annotate_together(results: list[Result], knowledge: Knowledge, seconds: float | None
                       ) -> bool:
    """Annotate the sentences of several documents in one call of the model; False if that
    failed or ran over the documents' joint budget (each is then annotated alone)."""
    try:
        with time_budget(seconds) if seconds else contextlib.nullcontext():
            annotate([s for result in results for s in result.sentences], knowledge)
    except (OverBudget, Exception):
        log.debug("annotating %d documents together failed", len(results), exc_info=True)
        return False
    return True


def _guarded(document: Document, seconds: float | None, work: Callable[[], T]) -> T | Failure:
    """`work()` for `document`, or the `Failure` its error or its time budget makes."""
    try:
        with time_budget(seconds) if seconds else contextlib.nullcontext():
            return work()
    except OverBudget:
        log.warning("%s: over the time budget of %g s; rejected", document_name(document),
                    seconds)
        return Failure(document_name(document), f"over the time budget of {seconds:g} s per "
                                                "document (EVENTWIRE_DOCUMENT_SECONDS)", document)
    except EventwireError as exc:
        return Failure(document_name(document), str(exc), document)
    except Exception as exc:  # one document's failure must not sink the batch
        log.debug("coding %s failed", document_name(document), exc_info=True)
        return Failure(document_name(document), f"coding failed: {type(exc).__name__}: {exc}",
                       document)
