"""`Store`: coded documents and their records in one SQLite file, queried through Core.

Opening a path creates the database on first use and applies pending migrations. Every
`add()` writes one document with all its records in one transaction, so a crash never leaves
half a document and loses nothing already committed. SQLite runs in WAL mode, so readers (the
CLI, the API) never block the writer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    column,
    create_engine,
    event,
    func,
    insert,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import StaticPool

from eventwire import features
from eventwire.conditions import actor_match, day_between, starts_with
from eventwire.errors import InputError, StoreError
from eventwire.model import Document, Result, content_hash
from eventwire.store import countries, migrations, schema, search, statements
from eventwire.store.filters import EventFilter, Near, fts_query, haversine_km
from eventwire.store.rows import record_rows, unique_event_ids

log = logging.getLogger(__name__)

DEFAULT_PATH = "eventwire.db"
"""Where the CLI keeps its store unless `--db` or `EVENTWIRE_DB` says otherwise."""

_rtree = table("event_rtree", column("pk"), column("min_lat"), column("max_lat"),
               column("min_lon"), column("max_lon"))
_events_fts = table("events_fts", column("rowid"))
_documents_fts = table("documents_fts", column("rowid"))

D, E = schema.documents, schema.events

AfterAdd = Callable[[Connection], object]
_after_add: list[AfterAdd] = []


def after_add(hook: AfterAdd) -> AfterAdd:
    """Run `hook(conn)` in the transaction that adds each document, after its rows are in.

    Dedupe registers its folding of new events into canonical events here, so a document and
    its canonical events commit together. Registering the same hook twice runs it once.
    """
    if hook not in _after_add:
        _after_add.append(hook)
    return hook


class Store:
    """A store of coded documents. Use `Store.open(path)`; close it (or use `with`)."""

    def __init__(self, engine: Engine, path: str) -> None:
        self._engine = engine
        self.path = path

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path = DEFAULT_PATH, *, create: bool = True,
             timeout: float = 30.0) -> Store:
        """Open (and with `create`, make) the store at `path`, migrating it to this version.

        `":memory:"` gives a private in-memory store (tests, one-off runs). `timeout` is how
        long to wait for another process's write to finish before giving up.

        Raises:
            StoreError: the file is missing (and `create` is false), is not a database, or was
                written by a newer eventwire.
        """
        name = str(path)
        memory = name == ":memory:"
        if not memory:
            file = Path(name)
            if not file.exists():
                if not create:
                    raise StoreError(f"{name}: no such database; fill one with "
                                     f"'eventwire ingest --db {name} SOURCE...'")
                file.parent.mkdir(parents=True, exist_ok=True)
            elif file.is_dir():
                raise StoreError(f"{name}: is a directory, not a database file")
        features.load()  # their migrations and hooks, before the store is migrated
        engine = _engine(name, timeout)
        store = cls(engine, name)
        try:
            store._migrate()
        except DatabaseError as exc:
            engine.dispose()
            raise StoreError(f"{name}: cannot open database ({_reason(exc)})") from None
        except StoreError:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        """Release the database file."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        with self._engine.connect() as conn:
            try:
                done = {row[0] for row in conn.exec_driver_sql("SELECT name FROM _migrations")}
            except OperationalError:
                done = set()
            conn.rollback()
        if done == {m.name for m in migrations.all_migrations()}:
            return
        with self._write() as conn:
            ran = migrations.migrate(conn)
        if ran:
            log.info("%s: applied migrations %s", self.path, ", ".join(ran))

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A connection in one IMMEDIATE transaction: committed on success, else rolled back."""
        with self._engine.connect() as conn:
            conn.info["begin"] = "BEGIN IMMEDIATE"
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn, conn.begin():
            yield conn

    def reading(self) -> contextlib.AbstractContextManager[Connection]:
        """A read transaction for modules built on the store (trends, threads, watch)."""
        return self._read()

    def writing(self) -> contextlib.AbstractContextManager[Connection]:
        """A write transaction (IMMEDIATE) for modules built on the store (watch)."""
        return self._write()

    # -- writing ---------------------------------------------------------------------------

    def add(self, document: Document, result: Result) -> bool:
        """Store a coded document with all its records; False if its text is already stored.

        Documents are keyed by the SHA-256 of their text, so adding the same document again
        changes nothing. The document keeps its own id (a JSONL `id`, a file name); if another
        text already holds that id, the new one gets the id plus a short hash suffix.
        """
        data = result.to_dict()
        unique_event_ids(data)
        digest = content_hash(result.text)
        try:
            return self._add(document, result, data, digest)
        except DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot store document "
                             f"{data.get('id') or document.id or digest[:16]!r} "
                             f"({_reason(exc)})") from None

    def _add(self, document: Document, result: Result, data: dict[str, Any], digest: str
             ) -> bool:
        with self._write() as conn:
            if conn.execute(select(D.c.pk).where(D.c.hash == digest)).first() is not None:
                return False
            doc_id = _free_id(conn, data.get("id") or document.id or digest[:16], digest)
            data["id"] = doc_id
            pk = conn.execute(insert(D).values(
                id=doc_id, hash=digest, date=data.get("date"), title=data.get("title"),
                url=document.url or result.url, source=document.source, text=result.text,
                result=json.dumps(data, ensure_ascii=False), n_events=len(data["events"]),
                ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ).returning(D.c.pk)).scalar_one()
            conn.execute(text("INSERT INTO documents_fts (rowid, title, text) "
                              "VALUES (:pk, :title, :text)"),
                         {"pk": pk, "title": data.get("title") or "", "text": result.text})
            for tbl, rows in record_rows(pk, data).items():
                if rows:
                    conn.execute(insert(tbl), rows)
            conn.execute(text("INSERT INTO events_fts (rowid, sentence_text, text) "
                              "SELECT pk, sentence_text, text FROM events WHERE document_pk = :pk"),
                         {"pk": pk})
            conn.execute(text("INSERT INTO event_rtree (pk, min_lat, max_lat, min_lon, max_lon) "
                              "SELECT pk, lat, lat, lon, lon FROM events "
                              "WHERE document_pk = :pk AND lat IS NOT NULL AND lon IS NOT NULL"),
                         {"pk": pk})
            for hook in _after_add:  # features: dedupe folds the new events in
                hook(conn)
        return True

    def has(self, text_: str) -> bool:
        """True if a document with exactly this text is stored."""
        with self._read() as conn:
            row = conn.execute(select(D.c.pk).where(D.c.hash == content_hash(text_))).first()
        return row is not None

    # -- events ----------------------------------------------------------------------------

    def events(self, filters: EventFilter | None = None, *, limit: int | None = 100,
               offset: int = 0, newest_first: bool = False) -> list[dict[str, Any]]:
        """One page of events matching `filters`, in order of day then storage order.

        Each event is its contract record plus `sentence_text` (the whole sentence it came
        from), `day` (the date used for filtering) and `document` (id, date, title, url,
        source, ingested_at).
        """
        # Pick the page's keys from the indexes first, then fetch the wide rows of just those:
        # sorting (day, pk) pairs is far cheaper than sorting whole events.
        order = (E.c.day.desc(), E.c.pk.desc()) if newest_first else (E.c.day, E.c.pk)
        keys = _matching(filters).add_columns(E.c.day).order_by(*order).offset(offset)
        if limit is not None:
            keys = keys.limit(limit)
        page = keys.subquery()
        query = (_event_select(E.join(page, page.c.pk == E.c.pk))
                 .order_by(*((page.c.day.desc(), page.c.pk.desc()) if newest_first
                             else (page.c.day, page.c.pk))))
        with self._read() as conn:
            return [_event_dict(row) for row in conn.execute(query)]

    def iter_events(self, filters: EventFilter | None = None, *, batch_size: int = 1000
                    ) -> Iterator[dict[str, Any]]:
        """Every event matching `filters`, in storage order, fetched a page at a time."""
        last = 0
        while True:
            keys = (_matching(filters).where(E.c.pk > last).order_by(E.c.pk).limit(batch_size)
                    .subquery())
            query = _event_select(E.join(keys, keys.c.pk == E.c.pk)).order_by(E.c.pk)
            with self._read() as conn:
                rows = list(conn.execute(query))
            for row in rows:
                yield _event_dict(row)
            if len(rows) < batch_size:
                return
            last = rows[-1].pk

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many events match `filters`."""
        query = select(func.count()).select_from(_matching(filters).subquery())
        with self._read() as conn:
            return conn.execute(query).scalar_one()

    # -- statements, places and facets (the HTTP API's views) -------------------------------

    def quotes(self, filters: EventFilter | None = None, *, limit: int = 100, offset: int = 0
               ) -> tuple[list[dict[str, Any]], int]:
        """One page of quotes (contract records with their `document`) and the total."""
        with self._read() as conn:
            return statements.page(conn, schema.quotes, filters, limit=limit, offset=offset)

    def claims(self, filters: EventFilter | None = None, *, limit: int = 100, offset: int = 0
               ) -> tuple[list[dict[str, Any]], int]:
        """One page of claims (contract records with their `document`) and the total."""
        with self._read() as conn:
            return statements.page(conn, schema.claims, filters, limit=limit, offset=offset)

    def event_places(self, filters: EventFilter | None = None, *, limit: int = 200
                     ) -> list[dict[str, Any]]:
        """Places of events matching `filters`, most events first, with their counts."""
        matching = matching_pks(filters)
        places = (select(E.c.place_name.label("name"), E.c.place_country.label("country"),
                         E.c.place_admin1.label("admin1"), func.avg(E.c.lat).label("lat"),
                         func.avg(E.c.lon).label("lon"), func.count().label("events"),
                         func.min(E.c.day).label("first"), func.max(E.c.day).label("last"))
                  .where(E.c.place_name.is_not(None)))
        if matching is not None:
            places = places.where(E.c.pk.in_(matching))
        places = (places.group_by(E.c.place_name, E.c.place_country, E.c.place_admin1)
                  .order_by(func.count().desc(), E.c.place_name).limit(limit))
        with self._read() as conn:
            return [dict(row._mapping) for row in conn.execute(places)]

    def distinct_event_values(self, column_name: str) -> list[str]:
        """The distinct non-null values of one events column (for filter choices)."""
        column_ = E.c[column_name]
        with self._read() as conn:
            return [value for (value,) in conn.execute(
                select(column_).where(column_.is_not(None)).distinct().order_by(column_))]

    def document_for_text(self, text_: str) -> dict[str, Any] | None:
        """The stored document with exactly this text (its id may differ from the one given)."""
        with self._read() as conn:
            row = conn.execute(select(D.c.id).where(D.c.hash == content_hash(text_))).first()
        return self.document(row.id) if row else None

    # -- documents -------------------------------------------------------------------------

    def documents(self, *, since: dt.date | None = None, until: dt.date | None = None,
                  text: str | None = None, limit: int | None = 100, offset: int = 0
                  ) -> list[dict[str, Any]]:
        """One page of document summaries (no text), by date then storage order."""
        query = select(D.c.id, D.c.date, D.c.title, D.c.url, D.c.source, D.c.n_events,
                       D.c.ingested_at, func.length(D.c.text).label("chars"))
        if since:
            query = query.where(D.c.date >= since.isoformat())
        if until:
            query = query.where(D.c.date <= until.isoformat())
        if text:
            query = query.where(D.c.pk.in_(_fts_match(_documents_fts, "documents_fts", text)))
        query = query.order_by(D.c.date, D.c.pk).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def search_documents(self, *, words: str | None = None, since: dt.date | None = None,
                         until: dt.date | None = None, limit: int = 20, offset: int = 0
                         ) -> tuple[list[dict[str, Any]], int]:
        """A page of documents whose text has all `words` (FTS5), with snippets, and the total."""
        with self._read() as conn:
            return search.documents(conn, words=words, since=since, until=until, limit=limit,
                                    offset=offset)

    def actor_counts(self, filters: EventFilter | None = None, *, limit: int = 50
                     ) -> list[dict[str, Any]]:
        """Actors of events matching `filters` (as source or target), most events first."""
        matching = _matching(filters).subquery()
        counts: dict[str, dict[str, Any]] = {}
        with self._read() as conn:
            for role in ("source", "target"):
                code, name = E.c[f"{role}_code"], E.c[f"{role}_name"]
                rows = conn.execute(
                    select(code, func.max(name), func.count())
                    .where(E.c.pk.in_(select(matching.c.pk)), code.is_not(None))
                    .group_by(code))
                for found, label, n in rows:
                    entry = counts.setdefault(found, {"code": found, "name": label,
                                                      "as_source": 0, "as_target": 0})
                    entry[f"as_{role}"] += n
                    entry["name"] = entry["name"] or label
        ranked = sorted(counts.values(), key=lambda e: (-(e["as_source"] + e["as_target"]),
                                                        e["code"]))
        return [{**e, "events": e["as_source"] + e["as_target"]} for e in ranked[:limit]]

    def document(self, id: str) -> dict[str, Any] | None:
        """A stored document: its metadata and `result` (the contract); None if unknown."""
        query = select(D.c.id, D.c.hash, D.c.date, D.c.title, D.c.url, D.c.source,
                       D.c.n_events, D.c.ingested_at, D.c.result).where(D.c.id == id)
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out["result"] = json.loads(out["result"])
        return out

    def iter_results(self, *, batch_size: int = 200) -> Iterator[dict[str, Any]]:
        """Every stored document's contract result, in storage order."""
        last = 0
        while True:
            query = (select(D.c.pk, D.c.result).where(D.c.pk > last).order_by(D.c.pk)
                     .limit(batch_size))
            with self._read() as conn:
                rows = list(conn.execute(query))
            for row in rows:
                yield json.loads(row.result)
            if len(rows) < batch_size:
                return
            last = rows[-1].pk

    def iter_document_rows(self, *, batch_size: int = 200) -> Iterator[dict[str, Any]]:
        """Every stored document's row (id, hash, date, title, url, source, n_events,
        ingested_at, text), without its result, in storage order."""
        columns = (D.c.id, D.c.hash, D.c.date, D.c.title, D.c.url, D.c.source, D.c.n_events,
                   D.c.ingested_at, D.c.text)
        last = 0
        while True:
            query = select(D.c.pk, *columns).where(D.c.pk > last).order_by(D.c.pk).limit(batch_size)
            with self._read() as conn:
                rows = list(conn.execute(query))
            for row in rows:
                out = dict(row._mapping)
                del out["pk"]
                yield out
            if len(rows) < batch_size:
                return
            last = rows[-1].pk

    # -- summaries -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Number of rows in each table: documents, events, actor_mentions, places, …"""
        with self._read() as conn:
            return _counts(conn)

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        """What the store holds: counts, date range, events by type, top actors and places."""
        def grouped(conn: Connection, key: Any, tbl: Any, *extra: Any,
                    where: Any = None) -> list[dict[str, Any]]:
            query = select(key.label("key"), *extra, func.count().label("count")).select_from(tbl)
            query = query.where(key.is_not(None))
            if where is not None:
                query = query.where(where)
            query = query.group_by(key).order_by(func.count().desc(), key).limit(top)
            return [dict(row._mapping) for row in conn.execute(query)]

        P = schema.places
        with self._read() as conn:
            first, last = conn.execute(select(func.min(E.c.day), func.max(E.c.day))).one()
            dfirst, dlast = conn.execute(select(func.min(D.c.date), func.max(D.c.date))).one()
            return {
                "counts": _counts(conn),
                "documents_dates": [dfirst, dlast],
                "events_dates": [first, last],
                "events_by_plover": grouped(conn, E.c.plover_event, E),
                "events_by_acled": grouped(conn, E.c.acled_event_type, E),
                "events_by_cameo_root": grouped(conn, func.substr(E.c.cameo, 1, 2), E),
                "events_by_modality": grouped(conn, E.c.modality, E),
                "top_actors": _top_actors(conn, top),
                "top_places": grouped(conn, P.c.name, P, func.max(P.c.country).label("country"),
                                      func.max(P.c.lat).label("lat"),
                                      func.max(P.c.lon).label("lon")),
            }

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check, the FTS indexes and per-document counts.

        An empty list means the file is sound and every document has all its events.
        """
        problems: list[str] = []
        with self._engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.extend(rows)
            for fts in ("events_fts", "documents_fts"):
                try:
                    conn.exec_driver_sql(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
                except DatabaseError as exc:
                    problems.append(f"{fts}: {_reason(exc)}")
            short = conn.execute(text(
                "SELECT d.id, d.n_events, count(e.pk) FROM documents d "
                "LEFT JOIN events e ON e.document_pk = d.pk GROUP BY d.pk "
                "HAVING count(e.pk) != d.n_events")).all()
            problems.extend(f"document {r[0]}: {r[2]} of {r[1]} events stored" for r in short)
            conn.rollback()
        return problems


# -- helpers -------------------------------------------------------------------------------


def _engine(name: str, timeout: float) -> Engine:
    memory = name == ":memory:"
    if memory:
        engine = create_engine("sqlite+pysqlite://", poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
    else:
        engine = create_engine(f"sqlite+pysqlite:///{name}", connect_args={"timeout": timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi: sqlite3.Connection, _record: Any) -> None:
        dbapi.isolation_level = None  # we issue BEGIN ourselves (below)
        dbapi.create_function("haversine_km", 4, haversine_km, deterministic=True)
        cursor = dbapi.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.info.pop("begin", "BEGIN"))

    return engine


def _top_actors(conn: Connection, top: int) -> list[dict[str, Any]]:
    """The most mentioned actor codes, each with the name it is most often given."""
    A = schema.actor_mentions
    rows = conn.execute(select(A.c.code, A.c.name, func.count().label("n"))
                        .where(A.c.code.is_not(None)).group_by(A.c.code, A.c.name)).all()
    totals: dict[str, int] = {}
    names: dict[str, tuple[int, str]] = {}
    for code, name, n in rows:
        totals[code] = totals.get(code, 0) + n
        if name and n > names.get(code, (0, ""))[0]:
            names[code] = (n, name)
    ranked = sorted(totals, key=lambda code: (-totals[code], code))[:top]
    return [{"key": code, "name": names.get(code, (0, None))[1], "count": totals[code]}
            for code in ranked]


def _counts(conn: Connection) -> dict[str, int]:
    return {tbl.name: conn.execute(select(func.count()).select_from(tbl)).scalar_one()
            for tbl in (D, E, *schema.RECORD_TABLES)}


def _reason(exc: DatabaseError) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0]


def _free_id(conn: Connection, wanted: str, digest: str) -> str:
    """`wanted`, or `wanted-<hash prefix>` when a different text already holds that id."""
    candidate = str(wanted)
    for width in (8, 12, 16, 64):
        if conn.execute(select(D.c.pk).where(D.c.id == candidate)).first() is None:
            return candidate
        candidate = f"{wanted}-{digest[:width]}"
    raise StoreError(f"cannot find a free id for document {wanted!r}")


def _fts_match(fts: Any, name: str, words: str) -> Any:
    return select(fts.c.rowid).where(literal_column(name).op("MATCH")(fts_query(words)))


def _country_codes(value: str) -> tuple[str, str]:
    """(alpha-2, alpha-3) for a country code or name; a non-country code matches as given."""
    found = countries.resolve(value)
    if found is not None:
        return found
    if value.upper() in countries.non_state_codes():
        return value.upper(), value.upper()
    raise InputError(f"unknown country {value!r}; use an ISO 3166 code or English name "
                     f"(SY, SYR, Syria) or one of the organisation codes "
                     f"{', '.join(countries.non_state_codes())}", parameter="country")


def _near_condition(near: Near) -> Any:
    min_lat, max_lat, min_lon, max_lon = near.bounding_box()
    boxes = [(min_lon, max_lon)]
    if min_lon < -180:
        boxes = [(-180.0, max_lon), (min_lon + 360, 180.0)]
    elif max_lon > 180:
        boxes = [(min_lon, 180.0), (-180.0, max_lon - 360)]
    in_box = select(_rtree.c.pk).where(
        _rtree.c.min_lat <= max_lat, _rtree.c.max_lat >= min_lat,
        or_(*(and_(_rtree.c.min_lon <= hi, _rtree.c.max_lon >= lo) for lo, hi in boxes)))
    return and_(E.c.pk.in_(in_box),
                func.haversine_km(E.c.lat, E.c.lon, near.lat, near.lon) <= near.km)


def _event_conditions(f: EventFilter) -> list[Any]:
    conds: list[Any] = day_between(E.c.day, f.since, f.until)
    if f.actor:
        conds.append(actor_match(f.actor, (E.c.source_code, E.c.target_code),
                                 (E.c.source_name, E.c.target_name)))
    if f.country:
        alpha2, alpha3 = _country_codes(f.country)
        conds.append(or_(E.c.source_country == alpha3, E.c.target_country == alpha3,
                         E.c.place_country == alpha2))
    if f.cameo:
        conds.append(starts_with(E.c.cameo, f.cameo))
    if f.plover:
        conds.append(E.c.plover_event == f.plover)
    if f.modality:
        conds.append(E.c.modality.in_(f.modality))
    if f.near:
        conds.append(_near_condition(f.near))
    if f.text:
        conds.append(E.c.pk.in_(_fts_match(_events_fts, "events_fts", f.text)))
    if f.document_id:
        conds.append(E.c.document_pk == select(D.c.pk).where(D.c.id == f.document_id)
                     .scalar_subquery())
    if f.bbox:
        box = f.bbox
        conds.append(and_(E.c.lat.between(box.min_lat, box.max_lat),
                          E.c.lon.between(box.min_lon, box.max_lon)
                          if box.min_lon <= box.max_lon else
                          or_(E.c.lon >= box.min_lon, E.c.lon <= box.max_lon)))
    return conds


def _matching(filters: EventFilter | None) -> Any:
    """The keys (pk) of the events matching `filters`, from the events table alone."""
    query = select(E.c.pk)
    if filters is not None:
        query = query.where(*_event_conditions(filters))
    return query


def _event_select(events: Any) -> Any:
    """Full event rows with their document's fields, from `events` (a join on `E`)."""
    return (select(E.c.pk, E.c.record, E.c.sentence_text, E.c.day,
                   D.c.id.label("document_id"), D.c.date.label("document_date"),
                   D.c.title, D.c.url, D.c.source, D.c.ingested_at)
            .select_from(events.join(D, E.c.document_pk == D.c.pk)))


def matching_pks(filters: EventFilter | None) -> Any:
    """A select of the pks of raw events matching `filters`; None when there are none.

    Features that keep views over events (dedupe's canonical events) filter them with it.
    """
    if filters is None or filters == EventFilter():
        return None
    return _matching(filters)


def _event_dict(row: Any) -> dict[str, Any]:
    out = json.loads(row.record)
    out["sentence_text"] = row.sentence_text
    out["day"] = row.day
    out["document"] = {"id": row.document_id, "date": row.document_date, "title": row.title,
                       "url": row.url, "source": row.source, "ingested_at": row.ingested_at}
    return out
