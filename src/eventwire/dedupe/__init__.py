"""Deduplication: many reports of one real event become one canonical event.

    >>> from eventwire.dedupe.views import CanonicalStore
    >>> from eventwire.store import Store
    >>> store = Store.open(":memory:")
    >>> CanonicalStore(store).events()
    []

Events from different documents (or different sentences of one document) that describe the
same real event are joined: compatible class, actors, place and time (see `match`). Each
canonical event keeps every report with the reason it was joined; the store keeps the
clusters current on every `Store.add` (`tables.resolve_pending`, registered with the store)
and `CanonicalStore.rebuild()` recomputes them all.
"""

from __future__ import annotations

from eventwire.dedupe.cluster import Cluster, cluster_reports
from eventwire.dedupe.match import Match, compare
from eventwire.dedupe.reports import Report, report_from_row

__all__ = ["Cluster", "Match", "Report", "cluster_reports", "compare", "report_from_row"]
