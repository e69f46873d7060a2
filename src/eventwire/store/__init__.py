"""The store: coded documents and their records in SQLite, with migrations and queries.

    >>> from eventwire.store import Store, EventFilter
    >>> store = Store.open(":memory:")
    >>> store.count_events(EventFilter(cameo="19"))
    0

Schema (migration `0001_initial`; see `migrations.py` for the exact DDL):

- `documents`: `pk`, `id` (the document's own id, unique), `hash` (SHA-256 of the text,
  unique: the key that makes re-ingesting a no-op), `date`, `title`, `url`, `source`, `text`,
  `result` (the contract JSON), `n_events`, `ingested_at`.
- `events`: one row per contract event: `document_pk`, `id`, `day` (event date when it is a
  day, else the document's date; what `since`/`until` filter on), `date`,
  `date_granularity`, `sentence`, `sentence_text`, `text`, `span_start`, `span_end`,
  `source_*`/`target_*` (`text`, `code`, `country`, `sector`, `name`), `cameo`,
  `plover_event`, `plover_mode`, `acled_event_type`, `acled_sub_event_type`, `quad_class`,
  `goldstein`, `modality`, `confidence`, `place_*` (`text`, `name`, `geonameid`, `country`,
  `admin1`, `feature`, `relation`, `precision`), `lat`, `lon`, `record` (the contract event
  JSON). Indexed by day, actor codes/names/countries, place country, CAMEO, PLOVER, ACLED
  type and modality.
- `event_rtree` (R*Tree over event lat/lon, for `near`), `events_fts` (FTS5 over the event's
  sentence and span), `documents_fts` (FTS5 over title and text).
- `actor_mentions`, `places`, `times`, `quotes`, `claims`, `links`: the document's records,
  each with `document_pk`, `span_start`, `span_end`, `text` and its own fields (quotes and
  claims also keep their contract JSON in `record`).
- `_migrations`: the names of applied migrations.
"""

from __future__ import annotations

from eventwire.store.core import DEFAULT_PATH, Store
from eventwire.store.filters import BoundingBox, EventFilter, Near, build_filter, parse_near

__all__ = ["DEFAULT_PATH", "BoundingBox", "EventFilter", "Near", "Store", "build_filter",
           "parse_near"]
