"""The typed result objects of `code()`: one document, and spans into its text.

Every record is a start/end pair of character offsets into `Document.text` (start inclusive,
end exclusive), so any record can be shown in context. `to_dict()` on each object produces
exactly the JSON that CONTRACT.md describes; fields used only inside the pipeline (tokens,
internal scores) are kept out of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

# The contract's closed vocabularies (CONTRACT.md). Each is a `Literal`, so the type checker
# holds every stage to the listed words; the tuples beside them are the same words at run
# time (for input checks and help texts).

Modality = Literal["asserted", "reported", "claimed", "speculated", "threatened", "intended",
                   "planned", "hypothetical", "negated", "denied"]
"""How the text stands to an event (CONTRACT.md, EVENT `modality`)."""

Feature = Literal["country", "admin1", "admin2", "city", "region", "water", "other"]
"""What kind of place a place is."""

PlaceRole = Literal["event", "mention", "metonym"]
"""Where something happened, a place merely named, or a place standing for its government."""

Precision = Literal[1, 2, 3]
"""ACLED-style geo precision of a place: 1 the town itself, 2 near a town or part of a
region, 3 a region or country."""

QuadClass = Literal[1, 2, 3, 4]
"""CAMEO quad class: verbal and material cooperation, verbal and material conflict."""

QuoteKind = Literal["direct", "partial", "block", "indirect"]
"""How a quote is given: in quotation marks whole, in part, as a block, or reported."""

Assessment = Literal["disputed", "denied", "false", "unverified", "confirmed"]
"""The stance the text or another source takes on a claim."""

NameKind = Literal["person", "place", "organization"]
"""What a proper name names, where our dictionaries, gazetteer or context decide."""

QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
ASSESSMENTS: tuple[Assessment, ...] = get_args(Assessment)


def _contract_dict(obj: Any) -> dict[str, Any]:
    """Serialise a dataclass, skipping fields marked ``internal`` and recursing into records."""
    return {name: _jsonable(getattr(obj, name)) for name in _printed(type(obj))}


_PRINTED: dict[type, tuple[str, ...]] = {}


def _printed(cls: type) -> tuple[str, ...]:
    """The contract fields of a record class, in order, found once per class (a document
    prints thousands of records)."""
    names = _PRINTED.get(cls)
    if names is None:
        names = _PRINTED[cls] = tuple(f.name for f in fields(cls)
                                      if not f.metadata.get("internal"))
    return names


_PLAIN = (str, int, float, type(None))


def _jsonable(value: Any) -> Any:
    if isinstance(value, _PLAIN):
        return value  # most values: checked first, since `hasattr` on them is a failed lookup
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%MZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def internal(default: Any = None, *, factory: Any = None) -> Any:
    """A dataclass field that the pipeline uses but the contract does not print."""
    if factory is not None:
        return field(default_factory=factory, metadata={"internal": True}, repr=False)
    return field(default=default, metadata={"internal": True}, repr=False)


@dataclass
class Record:
    """Base of every contract record: knows how to print itself."""

    def to_dict(self) -> dict[str, Any]:
        return _contract_dict(self)


@dataclass
class LinkHint(Record):
    """A hyperlink found by ingestion (HTML anchors), as a span of the extracted text."""

    text: str
    start: int
    end: int
    url: str | None = None
    title: str | None = None


@dataclass
class UpdateHint(Record):
    """A dated part found by ingestion (schema.org liveBlogUpdate), as a span of the text."""

    start: int
    end: int
    time: dt.datetime
    label: str | None = None
    author: str | None = None


@dataclass
class QuoteHint(Record):
    """A block quote or embedded post found by ingestion (HTML `blockquote`), as a span of
    the text, with the post's author and time where the markup gives them."""

    start: int
    end: int
    author: str | None = None
    time: dt.datetime | None = None
    url: str | None = None


@dataclass
class Document:
    """One news item as ingested: its text plus what the source format told us about it.

    `date` is the publication date used to resolve relative times; hints carry structure that
    ingestion saw in the source (HTML anchors, JSON-LD live-blog updates) as spans of `text`.
    """

    text: str
    id: str | None = None
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.datetime | None = None
    links: list[LinkHint] = field(default_factory=list)
    updates: list[UpdateHint] = field(default_factory=list)
    quotes: list[QuoteHint] = field(default_factory=list)


@dataclass
class Segment(Record):
    """A dated part of a document: a live-blog update, or the whole document."""

    start: int
    end: int
    time: dt.datetime | None = None
    label: str | None = None
    date: dt.date | None = internal()
    body: int | None = internal()  # where the text after the update marker starts
    author: str | None = None
    """Who wrote the update, where the page's markup says."""


@dataclass(slots=True)
class Token:
    """A token of a sentence with its annotation from our trained language model.

    `tag` is the Penn Treebank tag (our rules and PETRARCH-style patterns speak Penn), `pos`
    the Universal POS, `dep` the Universal Dependencies relation to `head`, the index of the
    head token within the sentence's tokens (the root is its own head). `eventwire.grammar`
    gives the views the stages need (subject, objects, clause, coordination).

    Slotted: a 20 MB document has millions of tokens, and slots halve their memory.
    """

    text: str
    start: int
    end: int
    tag: str = ""
    lower: str = ""
    lemma: str = ""
    pos: str = ""
    dep: str = ""
    head: int = -1


@dataclass
class Sentence(Record):
    index: int
    start: int
    end: int
    tokens: list[Token] = internal(factory=list)
    segment: int = internal(0)


@dataclass
class Actor(Record):
    """An actor: a CAMEO-style code with country, sector and canonical name."""

    text: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    name: str | None = None


@dataclass
class ActorMention(Actor):
    """An actor as named at one place in the text."""

    start: int = 0
    end: int = 0
    sentence: int = internal(-1)
    kind: str | None = internal()  # person | state | group | agent | capital | pronoun
    guessed_country: bool = internal(False)  # "the regime": country from document context
    alternatives: tuple[str, ...] = internal(())  # countries a shared name may mean ("Congo")
    rank: bool = internal(False)  # an agent named by a job or rank ("officers"), not a body

    def as_actor(self) -> Actor:
        return Actor(self.text, self.code, self.country, self.sector, self.name)


@dataclass
class Place(Record):
    text: str
    start: int
    end: int
    geonameid: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: Feature | None = None
    role: PlaceRole = "mention"
    relation: str | None = None
    precision: Precision | None = None
    demonym: bool = False
    sentence: int = internal(-1)
    locative: bool = internal(False)
    score: float = internal(0.0)


@dataclass
class TimeExpression(Record):
    """A time expression and the value the text supports at its own resolution.

    `end_value` is the last value of a range ("from 2012 to 2014"); `relation` says how the
    text relates to the value ("since", "until", "before", "after", "by", "between", "from").
    `timeml` keeps the TimeML-style value where it is finer or other than the contract's
    (part of day "2019-05-05TNI", weekend "2019-W18-WE", quarter "2019-Q2", "PRESENT_REF").
    """

    text: str
    start: int
    end: int
    value: str
    granularity: str | None
    end_value: str | None = None
    relation: str | None = None
    sentence: int = internal(-1)
    timeml: str | None = internal()
    parts: list[TimeExpression] = internal(factory=list)


@dataclass
class Plover(Record):
    event: str
    mode: str | None = None


@dataclass
class Acled(Record):
    event_type: str
    sub_event_type: str


@dataclass
class Count(Record):
    """How many people a text says were killed or injured: ``min`` and ``max`` bound the
    figure ("six": 6-6, "at least 20": 20-None, "dozens": 24-None), with the words it came
    from."""

    min: int
    max: int | None
    text: str
    start: int
    end: int


@dataclass
class Casualties(Record):
    """The dead and injured of one event, and who they were (actors, civilians)."""

    killed: Count | None = None
    injured: Count | None = None
    victims: list[Actor] = field(default_factory=list)


@dataclass
class Event(Record):
    id: str
    sentence: int
    text: str
    start: int
    end: int
    source: Actor | None
    target: Actor | None
    cameo: str
    plover: Plover
    acled: Acled | None
    quad_class: QuadClass
    goldstein: float
    modality: Modality = "asserted"
    date: str | None = None
    date_granularity: str | None = None
    place: Place | None = None
    casualties: Casualties | None = None
    confidence: float = 0.5
    speaker: Actor | None = None
    """Whose words the event is in: the speaker of the quote or the claimant of the claim
    that holds it; None for the reporter's own assertions."""
    source_span: tuple[int, int] | None = internal()  # where the source is named
    target_span: tuple[int, int] | None = internal()
    attached: list[tuple[str, int, int]] = internal(factory=list)
    """(preposition, start, end) of the time and place phrases the parse attaches to the
    event's predicate: they date and place it before the sentence's other ones."""


@dataclass
class Quote(Record):
    speaker: Actor | None
    speaker_text: str | None
    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: str | None = None
    sentence: int = internal(-1)
    time: dt.datetime | None = None
    """When a quoted post (an embedded tweet or Telegram post) was published, if it says."""
    speaker_span: tuple[int, int] | None = internal()
    cue_span: tuple[int, int] | None = internal()
    carried: bool = internal(False)


@dataclass
class Claim(Record):
    claimant: Actor | None
    text: str
    start: int
    end: int
    about: list[Actor] = field(default_factory=list)
    assessment: Assessment | None = None
    assessment_text: str | None = None
    claimant_text: str | None = None
    claimants: list[Actor] = field(default_factory=list)
    """Every actor the claimant span names ("Iran and the Houthis"); `claimant` is the first."""
    assessed_by: Actor | None = None
    assessed_by_text: str | None = None
    sentence: int = internal(-1)
    cue: str | None = internal()
    claimant_kind: str | None = internal()  # person | state | group | ... from the actors stage


@dataclass
class Link(Record):
    text: str
    start: int
    end: int
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Name:
    """A proper name: a chain of proper nouns from the parse ("Ayman al-Zawahiri"), typed
    person, place or organization by our dictionaries, gazetteer and context (None when
    nothing decides)."""

    text: str
    start: int
    end: int
    kind: NameKind | None
    sentence: int


@dataclass
class Result(Record):
    """Everything `code()` found in one document; `to_dict()` is the contract."""

    id: str | None
    date: dt.date | None
    title: str | None
    text: str
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    url: str | None = internal()
    time_refs: list[TimeExpression] = internal(factory=list)
    """Time expressions outside the contract's granularities (quarters, seasons, decades,
    "now"/"recently"): kept for event dating and evaluation, not printed."""
    names: list[Name] = internal(factory=list)
    """Proper names found from the parse and typed person/place/organization (`names`)."""

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        """The contract; with `tokens`, each sentence also lists its annotated tokens and the
        document its typed names (for debugging rules against the parse, never by default)."""
        out = _contract_dict(self)
        if tokens:
            for sentence, printed in zip(self.sentences, out["sentences"], strict=True):
                printed["tokens"] = [
                    {"text": t.text, "start": t.start, "end": t.end, "tag": t.tag, "pos": t.pos,
                     "lemma": t.lemma, "dep": t.dep, "head": t.head} for t in sentence.tokens]
            out["names"] = [{"text": n.text, "start": n.start, "end": n.end, "kind": n.kind}
                            for n in self.names]
        return out


MODALITIES: tuple[Modality, ...] = get_args(Modality)
"""Every modality an event can have, as CONTRACT.md lists them."""


def contract_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, type) of each field of a record that `to_dict` prints, in order, with the types
    resolved: what the batch tables, flat columns and exports derive their columns from."""
    hints = get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in fields(cls) if not f.metadata.get("internal"))


def contract_names(cls: type) -> tuple[str, ...]:
    """The names of a record's contract fields, in order."""
    return tuple(f.name for f in fields(cls) if not f.metadata.get("internal"))


def value_type(hint: Any) -> Any:
    """The type a field holds when set: `X` for `X | None`, `str` for `Literal["a", "b"]`,
    `int` for `Literal[1, 2]`; other hints as they are."""
    args = [a for a in get_args(hint) if a is not type(None)]
    if getattr(hint, "__origin__", None) is Literal:
        return type(args[0])
    if len(args) == 1 and type(None) in get_args(hint):
        return value_type(args[0])
    return hint


R = TypeVar("R", bound=Record)


def from_dict(cls: type[R], data: dict[str, Any]) -> R:
    """A contract record read back from its JSON form (`to_dict`, a stored record): nested
    records and lists of them typed, a field the JSON lacks None (or its default), keys the
    contract does not know ignored. Values are taken as they are: dates stay ISO text."""
    values: dict[str, Any] = {}
    for name, record, items, required in _readable_fields(cls):
        value = data.get(name)
        if record is not None and isinstance(value, dict):
            value = from_dict(record, value)
        elif items is not None and isinstance(value, list):
            value = [from_dict(items, v) if isinstance(v, dict) else v for v in value]
        if required or name in data:
            values[name] = value
    return cls(**values)


_READABLE: dict[type, tuple[tuple[str, Any, Any, bool], ...]] = {}


def _readable_fields(cls: type) -> tuple[tuple[str, Any, Any, bool], ...]:
    """(name, record type or None, record type of list items or None, required) of each
    contract field of `cls`: what `from_dict` needs, worked out once per class."""
    known = _READABLE.get(cls)
    if known is not None:
        return known
    out = []
    hints = get_type_hints(cls)
    for f in fields(cls):
        if f.metadata.get("internal"):
            continue
        kind = value_type(hints[f.name])
        record = kind if isinstance(kind, type) and issubclass(kind, Record) else None
        item = get_args(kind)[0] if get_origin(kind) is list else None
        items = item if isinstance(item, type) and issubclass(item, Record) else None
        required = f.default is MISSING and f.default_factory is MISSING
        out.append((f.name, record, items, required))
    _READABLE[cls] = tuple(out)
    return _READABLE[cls]


ACTOR_COLUMNS = contract_names(Actor)
"""An actor's contract fields: `source_code`, `target_name`... in a flat event row."""

PLACE_COLUMNS = tuple(n for n in contract_names(Place) if n not in ("start", "end", "lat", "lon"))
"""A place's contract fields but its offsets and coordinates: `place_name`... in a flat row
(the coordinates are the row's own `lat` and `lon`)."""


def casualty_min(event: dict[str, Any], kind: str) -> int | None:
    """The lower bound of an event's killed or injured count, or None where the text gives
    none (0 only where it says nobody was)."""
    count = (event.get("casualties") or {}).get(kind) or {}
    value = count.get("min")
    return int(value) if isinstance(value, int) else None


EVENT_OWN_FIELDS = ("id", "sentence", "text", "start", "end")
"""Event fields that a flat row takes from where the event is stored, not from
`event_columns` (the store keys them by document, and a canonical event has its own)."""


def _flat_event_columns() -> dict[str, type]:
    """Flat column -> the type it holds, in the order of `Event`'s fields: scalars as they
    are; an actor as `source_code`, `target_name`…; other records as prefixed columns
    (`plover_event`, `acled_event_type`); the place as `place_name`… with its coordinates as
    `lat` and `lon`; casualties as the lower bounds `killed` and `injured`."""
    columns: dict[str, type] = {}
    for name, hint in contract_fields(Event):
        kind = value_type(hint)
        if name in EVENT_OWN_FIELDS:
            continue
        if kind is Place:
            place = dict(contract_fields(Place))
            columns.update({f"place_{n}": value_type(place[n]) for n in PLACE_COLUMNS})
            columns.update(lat=float, lon=float)
        elif kind is Casualties:
            columns.update({count: int for count in CASUALTY_KINDS})
        elif isinstance(kind, type) and issubclass(kind, Record):
            columns.update({f"{name}_{n}": value_type(t) for n, t in contract_fields(kind)})
        else:
            columns[name] = kind
    return columns


CASUALTY_KINDS = ("killed", "injured")
"""The counts of `Casualties`, flat columns of their lower bounds."""


def event_columns(event: dict[str, Any]) -> dict[str, Any]:
    """A contract event (as `Event.to_dict()` prints it) as the flat columns of
    `EVENT_COLUMNS`, for the store's `events` table, CSV and Parquet."""
    place = event.get("place") or {}
    row: dict[str, Any] = {}
    for column in EVENT_COLUMNS:
        record, _, name = column.partition("_")
        if column in _EVENT_SCALARS:
            row[column] = event.get(column)
        elif column in CASUALTY_KINDS:
            row[column] = casualty_min(event, column)
        elif column in ("lat", "lon"):
            row[column] = place.get(column)
        else:
            row[column] = (event.get(record) or {}).get(name)
    return row


EVENT_COLUMNS = _flat_event_columns()
"""Flat event column -> the Python type it holds, derived from `Event` (see `event_columns`)."""

_EVENT_SCALARS = frozenset(name for name, hint in contract_fields(Event)
                           if not isinstance(value_type(hint), type)
                           or not issubclass(value_type(hint), Record))


def content_hash(text: str) -> str:
    """The key of a document's content: SHA-256 of its text (the store's duplicate check)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
