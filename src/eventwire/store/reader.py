"""What a feature built on the store needs of it: a read (or write) transaction.

Threads, trends, watch rules and reports run their own SQL over the store's tables; they take
any object with these methods (a `Store`, or a test's stand-in), not the whole `Store`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy import Connection


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
