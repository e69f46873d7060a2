"""SQLAlchemy Core tables mirroring the migrated schema, used to build every query.

The DDL itself lives in `eventwire.store.migrations` (frozen, named steps); these objects only
describe the current shape for queries. Virtual tables (FTS5, R*Tree) are queried by name.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


def _pk() -> Column:
    return Column("pk", Integer, primary_key=True)


def _document_pk() -> Column:
    return Column("document_pk", Integer, ForeignKey("documents.pk"), nullable=False)


def _span() -> list[Column]:
    return [Column("span_start", Integer, nullable=False),
            Column("span_end", Integer, nullable=False),
            Column("text", Text, nullable=False)]


def _actor(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_{name}", Text)
            for name in ("text", "code", "country", "sector", "name")]


documents = Table(
    "documents", metadata, _pk(),
    Column("id", Text, nullable=False, unique=True),
    Column("hash", Text, nullable=False, unique=True),
    Column("date", Text), Column("title", Text), Column("url", Text), Column("source", Text),
    Column("text", Text, nullable=False),
    Column("result", Text, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("ingested_at", Text, nullable=False),
)

events = Table(
    "events", metadata, _pk(), _document_pk(),
    Column("id", Text, nullable=False),
    Column("day", Text), Column("date", Text), Column("date_granularity", Text),
    Column("sentence", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    *_actor("source"), *_actor("target"),
    Column("cameo", Text), Column("plover_event", Text), Column("plover_mode", Text),
    Column("acled_event_type", Text), Column("acled_sub_event_type", Text),
    Column("quad_class", Integer), Column("goldstein", Float),
    Column("modality", Text, nullable=False), Column("confidence", Float),
    Column("place_text", Text), Column("place_name", Text), Column("place_geonameid", Integer),
    Column("place_country", Text), Column("place_admin1", Text), Column("place_feature", Text),
    Column("place_relation", Text), Column("place_precision", Integer),
    Column("lat", Float), Column("lon", Float),
    Column("record", Text, nullable=False),
    Column("killed", Integer), Column("injured", Integer),
)

actor_mentions = Table(
    "actor_mentions", metadata, _pk(), _document_pk(), *_span(),
    Column("code", Text), Column("country", Text), Column("sector", Text), Column("name", Text),
)

places = Table(
    "places", metadata, _pk(), _document_pk(), *_span(),
    Column("geonameid", Integer), Column("name", Text), Column("lat", Float),
    Column("lon", Float), Column("country", Text), Column("admin1", Text),
    Column("feature", Text), Column("role", Text), Column("relation", Text),
)

times = Table(
    "times", metadata, _pk(), _document_pk(), *_span(),
    Column("value", Text), Column("granularity", Text),
)

quotes = Table(
    "quotes", metadata, _pk(), _document_pk(), *_span(),
    Column("kind", Text), Column("cue", Text), Column("speaker_text", Text),
    Column("speaker_code", Text), Column("speaker_name", Text),
    Column("record", Text, nullable=False),
)

claims = Table(
    "claims", metadata, _pk(), _document_pk(), *_span(),
    Column("claimant_code", Text), Column("claimant_name", Text),
    Column("assessment", Text), Column("assessment_text", Text),
    Column("record", Text, nullable=False),
)

links = Table(
    "links", metadata, _pk(), _document_pk(), *_span(),
    Column("title", Text), Column("date", Text), Column("url", Text),
)

RECORD_TABLES = (actor_mentions, places, times, quotes, claims, links)
"""Per-document record tables besides `events`, deleted and counted alongside documents."""
