"""Search over stored documents' text (FTS5): a page of matches with a snippet and a total.

The analyst's text filter means the same words in every panel: the events list matches the
events' sentences, this matches whole documents (title and text), ranked by FTS5's bm25 and
each with the words found shown in context.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, text

from eventwire.store.filters import fts_query

SNIPPET_WORDS = 24
"""Words of context in a snippet."""


def documents(conn: Connection, *, words: str | None = None, since: dt.date | None = None,
              until: dt.date | None = None, limit: int = 20, offset: int = 0
              ) -> tuple[list[dict[str, Any]], int]:
    """Documents matching all `words` (any, when None) within the dates, best match first.

    Each item has id, date, title, url, source, n_events, chars and, with `words`, a
    `snippet` whose matched words are wrapped in `[` `]`.
    """
    conditions: list[str] = []
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if since:
        conditions.append("d.date >= :since")
        params["since"] = since.isoformat()
    if until:
        conditions.append("d.date <= :until")
        params["until"] = until.isoformat()
    columns = ("d.id, d.date, d.title, d.url, d.source, d.n_events, "
               "length(d.text) AS chars")
    if words:
        params["match"] = fts_query(words)
        source = ("documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
                  "WHERE documents_fts MATCH :match")
        columns += (f", snippet(documents_fts, 1, '[', ']', ' … ', {SNIPPET_WORDS}) "
                    f"AS snippet")
        order = "bm25(documents_fts), d.pk"
    else:
        source = "documents d WHERE 1"
        order = "d.date DESC, d.pk"
    where = "".join(f" AND {c}" for c in conditions)
    total = conn.execute(text(f"SELECT count(*) FROM {source}{where}"), params).scalar_one()
    rows = conn.execute(text(f"SELECT {columns} FROM {source}{where} ORDER BY {order} "
                             f"LIMIT :limit OFFSET :offset"), params)
    return [dict(row._mapping) for row in rows], total
