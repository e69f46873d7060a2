"""What a feature built on the store needs of it: a read (or write) transaction.

Threads, trends, watch rules and reports run their own SQL over the store's tables; they take
any object with these methods (a `Store`, or a test's stand-in), not the whole `Store`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol

from sqlalchemy import Connection

from eventwire.store.filters import EventFilter


class StoreReader(Protocol):
    """A store that can be read in one transaction."""

    def reading(self) -> AbstractContextManager[Connection]:
        """A read transaction."""
        ...


class StoreWriter(StoreReader, Protocol):
    """A store that can also be written in one (IMMEDIATE) transaction."""

    def writing(self) -> AbstractContextManager[Connection]:
        """A write transaction, committed on success and rolled back on error."""
        ...


class EventSource(StoreReader, Protocol):
    """What the exporters read: a `Store` gives its raw events (one per report), a
    `CanonicalStore` one per real event; both give the stored results and document rows."""

    def iter_events(self, filters: EventFilter | None = None, *, batch_size: int = 1000
                    ) -> Iterator[dict[str, Any]]:
        """Every event matching `filters`, a page at a time."""
        ...

    def iter_results(self, *, batch_size: int = 200) -> Iterator[dict[str, Any]]:
        """Every stored document's contract result."""
        ...

    def iter_document_rows(self, *, batch_size: int = 200) -> Iterator[dict[str, Any]]:
        """Every stored document's row, without its result."""
        ...
