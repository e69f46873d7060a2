"""The features that keep their own tables in the store, loaded when a store is opened.

Each module named here owns its tables: on import it registers its migrations with
`eventwire.store.migrations.register`, and what must run in the transaction that adds a
document with `eventwire.store.core.after_add` (dedupe folds the new events into canonical
events there). The store itself imports none of them; it loads this list before migrating, as
datasette loads its default plugins.
"""

from __future__ import annotations

import importlib

STORE_FEATURES = ("eventwire.dedupe.tables", "eventwire.watch.tables")
"""Modules that register tables with the store, in the order their migrations were written."""


def load() -> None:
    """Import every feature module so its migrations and hooks are registered (once)."""
    for name in STORE_FEATURES:
        importlib.import_module(name)
