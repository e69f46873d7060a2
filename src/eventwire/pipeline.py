"""`code(document) -> Result`: the one pure function every interface calls.

The stages run in a fixed order, each a module with one job that reads what earlier stages put
on the `Result` and adds its own records. No stage does I/O; knowledge is read-only and shared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from eventwire import (
    actors,
    attributed,
    claims,
    events,
    links,
    names,
    places,
    quotes,
    segments,
    sentences,
    times,
)
from eventwire.dates import parse_date
from eventwire.knowledge import Knowledge, default_knowledge
from eventwire.model import Document, Result

Stage = Callable[[Document, Result, Knowledge], None]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("segments", segments.run),
    ("sentences", sentences.run),
    ("times", times.run),
    ("links", links.run),
    ("actors", actors.run),
    ("places", places.run),
    ("actor_context", actors.refine_context),
    ("names", names.run),
    ("quotes", quotes.run),
    ("claims", claims.run),
    ("events", events.run),
    ("attributed", attributed.run),
    ("event_dates", times.date_events),
    ("event_places", places.locate_events),
)
"""Stage order: each stage may read the records of the stages before it."""


def code(
    document: Document | str,
    *,
    date: dt.date | str | None = None,
    id: str | None = None,
    knowledge: Knowledge | None = None,
) -> Result:
    """Code one document: segments, sentences, actors, places, times, events, quotes, claims.

    Args:
        document: a `Document`, or plain text.
        date: publication date for plain text (overrides nothing on a `Document` that has one).
        id: identifier for plain text.
        knowledge: dictionaries to use; the package's own by default.

    Returns:
        A `Result` whose `to_dict()` is the output contract.
    """
    if isinstance(document, str):
        document = Document(text=document, id=id, date=parse_date(date))
    elif document.date is None and date is not None:
        document.date = parse_date(date)
    knowledge = knowledge or default_knowledge()
    result = Result(id=document.id, date=document.date, title=document.title,
                    text=document.text, url=document.url)
    for _name, stage in STAGES:
        stage(document, result, knowledge)
    return result


def begin(document: Document, knowledge: Knowledge) -> Result:
    """The stages before the language model, and the sentences it will annotate: the first
    half of `code` for a caller that annotates several documents' sentences in one call
    (`language.annotate`) and then `finish`es each."""
    result = Result(id=document.id, date=document.date, title=document.title,
                    text=document.text, url=document.url)
    for name, stage in STAGES:
        if name == MODEL_STAGE:
            sentences.find(document, result, knowledge)
            break
        stage(document, result, knowledge)
    return result


def finish(document: Document, result: Result, knowledge: Knowledge) -> Result:
    """The stages after the language model (see `begin`)."""
    names = [name for name, _stage in STAGES]
    for _name, stage in STAGES[names.index(MODEL_STAGE) + 1:]:
        stage(document, result, knowledge)
    return result


MODEL_STAGE = "sentences"
"""The stage that runs the language model (`sentences.run` = `sentences.find` + annotate).

The model gives each sentence the same annotation whatever other sentences share its call, and
each call has a fixed cost (about 1.5 ms, a tenth of the model's time on news-length
documents), so a loop over many documents annotates them together: same output, less time."""


def code_many(documents: Iterable[Document], *, knowledge: Knowledge | None = None
              ) -> Iterator[Result]:
    """Code documents in order, one at a time (the batch engine maps this over partitions)."""
    for document in documents:
        yield code(document, knowledge=knowledge)
