"""One way in for documents: code each one, keep it, fold it into real events, check the rules.

`ingest(store, documents)` is what the CLI (`eventwire ingest`) and the HTTP API
(`POST /api/documents`) do with new documents, so both run the same steps in the same order:

    code(document) -> store.add (which folds new events into canonical events) -> watch rules

It codes through `coding.code_each`, the one loop that keeps a bad document from sinking the
others, which `eventwire code` and the batch engine (they store nothing) use directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire import watch
from eventwire.coding import Failure, code_each
from eventwire.errors import EventwireError
from eventwire.knowledge import Knowledge
from eventwire.model import Document

if TYPE_CHECKING:
    from eventwire.store import Store


@dataclass
class IngestReport:
    """What one `ingest` call did."""

    new: int = 0
    already_stored: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def ingest(store: Store, documents: Iterable[Document | EventwireError],
           knowledge: Knowledge | None = None, *,
           on_failure: Callable[[Failure], None] | None = None,
           notify: tuple[dict[str, Any], ...] | None = None) -> IngestReport:
    """Code and store `documents`, folding their events into real events and checking the
    watch rules after each new one; return what happened.

    Args:
        store: an open `Store`.
        documents: documents, or reader errors standing for items that could not be read.
        knowledge: dictionaries to code with (the shipped ones when None).
        on_failure: called with each failure as it happens (the CLI prints it).
        notify: where alerts go when a rule names no channel (the watch default: stderr).
    """
    report = IngestReport()
    for outcome in code_each(documents, knowledge):
        if isinstance(outcome, Failure):
            report.failures.append(outcome)
            if on_failure is not None:
                on_failure(outcome)
            continue
        document, result = outcome
        if store.add(document, result):
            report.new += 1
            # after dedupe folded the new events in
            watch.check(store) if notify is None else watch.check(store, default_notify=notify)
        else:
            report.already_stored += 1
    return report
