"""Queries over who said what: quotes and claims, filtered like events where that applies.

Statements have no event day, so `since`/`until` bound their document's date; `actor` matches
the speaker's (claimant's) code prefix or canonical name; `text` is a substring of the quote or
claim. Other event filters (place, CAMEO, modality) do not apply to statements and are ignored.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Table, func, select

from eventwire.conditions import actor_match, day_between
from eventwire.store import schema
from eventwire.store.filters import EventFilter

D = schema.documents


def page(conn: Connection, table: Table, filters: EventFilter | None, *, limit: int,
         offset: int) -> tuple[list[dict[str, Any]], int]:
    """One page of quote or claim records (contract form plus `document`), and the total."""
    who = "speaker" if table is schema.quotes else "claimant"
    conditions = _conditions(table, who, filters or EventFilter())
    joined = table.join(D, table.c.document_pk == D.c.pk)
    total = conn.execute(select(func.count()).select_from(joined).where(*conditions)
                         ).scalar_one()
    query = (select(table.c.record, D.c.id, D.c.date, D.c.title, D.c.url)
             .select_from(joined).where(*conditions)
             .order_by(D.c.date.desc(), table.c.pk).limit(limit).offset(offset))
    items = []
    for row in conn.execute(query):
        record = json.loads(row.record)
        record["document"] = {"id": row.id, "date": row.date, "title": row.title,
                              "url": row.url}
        items.append(record)
    return items, total


def _conditions(table: Table, who: str, f: EventFilter) -> list[Any]:
    conditions: list[Any] = day_between(D.c.date, f.since, f.until)
    if f.actor:
        conditions.append(actor_match(f.actor, (table.c[f"{who}_code"],),
                                      (table.c[f"{who}_name"],)))
    if f.text:
        conditions.append(table.c.text.contains(f.text.strip(), autoescape=True))
    if f.document_id:
        conditions.append(D.c.id == f.document_id)
    return conditions
