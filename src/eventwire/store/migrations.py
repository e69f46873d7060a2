"""Named schema migrations, recorded in the `_migrations` table so reruns are no-ops.

Each migration is a name and a list of SQL statements, applied in order inside one transaction
with its row in `_migrations` (after sqlite-utils' `migrations.py`). A migration, once
released, is frozen: change the schema by appending a new one, and update the Core tables in
`eventwire.store.schema` to match (a test checks that they agree with a migrated database).
Features that keep their own tables (dedupe, watch) register their migrations here
(`register`); `eventwire.features` lists them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, text

from eventwire.errors import StoreError


@dataclass(frozen=True)
class Migration:
    """One named, frozen step of the schema."""

    name: str
    statements: tuple[str, ...]


_INITIAL = (
    """CREATE TABLE documents (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        date TEXT,
        title TEXT,
        url TEXT,
        source TEXT,
        text TEXT NOT NULL,
        result TEXT NOT NULL,
        n_events INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX documents_date ON documents(date, pk)",
    """CREATE TABLE events (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        id TEXT NOT NULL,
        day TEXT,
        date TEXT,
        date_granularity TEXT,
        sentence INTEGER NOT NULL,
        sentence_text TEXT NOT NULL,
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        source_text TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,
        source_name TEXT,
        target_text TEXT, target_code TEXT, target_country TEXT, target_sector TEXT,
        target_name TEXT,
        cameo TEXT,
        plover_event TEXT,
        plover_mode TEXT,
        acled_event_type TEXT,
        acled_sub_event_type TEXT,
        quad_class INTEGER,
        goldstein REAL,
        modality TEXT NOT NULL,
        confidence REAL,
        place_text TEXT, place_name TEXT, place_geonameid INTEGER, place_country TEXT,
        place_admin1 TEXT, place_feature TEXT, place_relation TEXT, place_precision INTEGER,
        lat REAL,
        lon REAL,
        record TEXT NOT NULL,
        UNIQUE (document_pk, id)
    )""",
    "CREATE INDEX events_day ON events(day)",
    "CREATE INDEX events_source_code ON events(source_code)",
    "CREATE INDEX events_target_code ON events(target_code)",
    "CREATE INDEX events_source_name ON events(source_name COLLATE NOCASE)",
    "CREATE INDEX events_target_name ON events(target_name COLLATE NOCASE)",
    "CREATE INDEX events_source_country ON events(source_country)",
    "CREATE INDEX events_target_country ON events(target_country)",
    "CREATE INDEX events_place_country ON events(place_country)",
    "CREATE INDEX events_cameo ON events(cameo)",
    "CREATE INDEX events_plover ON events(plover_event)",
    "CREATE INDEX events_acled ON events(acled_event_type)",
    "CREATE INDEX events_modality ON events(modality, day)",
    "CREATE VIRTUAL TABLE event_rtree USING rtree(pk, min_lat, max_lat, min_lon, max_lon)",
    """CREATE VIRTUAL TABLE events_fts USING fts5(
        sentence_text, text, content='events', content_rowid='pk',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='pk',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TABLE actor_mentions (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT, country TEXT, sector TEXT, name TEXT
    )""",
    "CREATE INDEX actor_mentions_document ON actor_mentions(document_pk)",
    "CREATE INDEX actor_mentions_code ON actor_mentions(code)",
    "CREATE INDEX actor_mentions_name ON actor_mentions(name COLLATE NOCASE)",
    """CREATE TABLE places (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        geonameid INTEGER, name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,
        feature TEXT, role TEXT, relation TEXT
    )""",
    "CREATE INDEX places_document ON places(document_pk)",
    "CREATE INDEX places_name ON places(name)",
    "CREATE INDEX places_geonameid ON places(geonameid)",
    """CREATE TABLE times (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT, granularity TEXT
    )""",
    "CREATE INDEX times_document ON times(document_pk)",
    """CREATE TABLE quotes (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT, cue TEXT, speaker_text TEXT, speaker_code TEXT, speaker_name TEXT,
        record TEXT NOT NULL
    )""",
    "CREATE INDEX quotes_document ON quotes(document_pk)",
    "CREATE INDEX quotes_speaker ON quotes(speaker_code)",
    """CREATE TABLE claims (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        claimant_code TEXT, claimant_name TEXT, assessment TEXT, assessment_text TEXT,
        record TEXT NOT NULL
    )""",
    "CREATE INDEX claims_document ON claims(document_pk)",
    """CREATE TABLE links (
        pk INTEGER PRIMARY KEY,
        document_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        title TEXT, date TEXT, url TEXT
    )""",
    "CREATE INDEX links_document ON links(document_pk)",
)

_DAY_ORDERED_INDEXES = (
    *(f"DROP INDEX {name}" for name in (
        "events_source_code", "events_target_code", "events_source_country",
        "events_target_country", "events_place_country", "events_cameo", "events_plover",
        "events_acled")),
    *(f"CREATE INDEX events_{column}_day ON events({column}, day)" for column in (
        "source_code", "target_code", "source_country", "target_country", "place_country",
        "cameo", "plover_event", "acled_event_type")),
)
"""Filtered pages come out in day order: each filter column's index carries the day, so a
page's keys are picked and sorted from the index alone."""

_CASUALTIES = tuple(
    f"ALTER TABLE {table} ADD COLUMN {column} INTEGER"
    for table in ("events", "canonical_events") for column in ("killed", "injured"))
"""Casualties (issue 16): the lower bound of the killed and injured counts, for filtering and
ACLED's `fatalities`; the whole figures stay in each event's `record`. Released before the
features registered their own migrations, it also adds the columns to dedupe's
`canonical_events` (created by `0002_dedupe`, which sorts before it); a later change to a
feature's table belongs in that feature's own migration."""

_CORE: tuple[Migration, ...] = (
    Migration("0001_initial", _INITIAL),
    Migration("0003_day_ordered_indexes", _DAY_ORDERED_INDEXES),
    Migration("0005_casualties", _CASUALTIES),
)
"""The store's own migrations (documents, events, records); append only."""

_registered: dict[str, Migration] = {m.name: m for m in _CORE}


def register(migration: Migration) -> None:
    """Add a feature's migration (dedupe's `0002_dedupe`, watch's `0003_watch`).

    Migrations run in the order of their names, so a feature names its own after the store
    migration it builds on. Registering the same migration again changes nothing.
    """
    known = _registered.get(migration.name)
    if known is not None and known != migration:
        raise StoreError(f"two different migrations are named {migration.name!r}")
    _registered[migration.name] = migration


def all_migrations() -> list[Migration]:
    """Every registered migration, in the order they apply."""
    return [_registered[name] for name in sorted(_registered)]

_LEDGER = """CREATE TABLE IF NOT EXISTS _migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""


def applied(conn: Connection) -> list[str]:
    """Names of the migrations already applied to the database behind `conn`."""
    conn.execute(text(_LEDGER))
    return [row[0] for row in conn.execute(text("SELECT name FROM _migrations ORDER BY name"))]


def migrate(conn: Connection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now.

    The caller holds one transaction, so a migration is all or nothing. A database that
    records migrations this version does not know was written by a newer eventwire: refuse it
    rather than guess.
    """
    done = set(applied(conn))
    migrations = all_migrations()
    unknown = done - {m.name for m in migrations}
    if unknown:
        raise StoreError(f"database has newer schema ({', '.join(sorted(unknown))}); "
                         "upgrade eventwire")
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    ran = []
    for migration in migrations:
        if migration.name in done:
            continue
        for statement in migration.statements:
            conn.execute(text(statement))
        conn.execute(text("INSERT INTO _migrations (name, applied_at) VALUES (:n, :t)"),
                     {"n": migration.name, "t": now})
        ran.append(migration.name)
    return ran
