"""The report as a list of sections of plain blocks, shared by the HTML and Markdown renderers.

Blocks hold plain text (never markup), so each renderer escapes everything it prints and a
document's words can never become markup in the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.reports import charts, writing
from eventwire.reports.data import RealEvent, ReportData


@dataclass
class Paragraph:
    text: str


@dataclass
class Figure:
    """A chart: `name` is its file stem in Markdown; `png` its bytes."""

    name: str
    png: bytes
    alt: str
    caption: str


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    numeric: tuple[int, ...] = ()
    """Indexes of columns to right-align."""


@dataclass
class Citation:
    """Words from a document, where they come from, and a short note (modality, kind)."""

    text: str
    source: str
    note: str = ""
    url: str | None = None
    """The original article's web address, linked from the source."""


@dataclass
class Entry:
    """A headed item (an event, a speaker) with a line of facts and citations."""

    title: str
    meta: str
    citations: list[Citation] = field(default_factory=list)


Block = Paragraph | Figure | Table | Entry


@dataclass
class Section:
    title: str
    blocks: list[Block]
    anchor: str = ""


@dataclass
class Layout:
    title: str
    subtitle: str
    sections: list[Section]


def _change_cell(now: int, before: int) -> str:
    diff = now - before
    sign = "+" if diff > 0 else "−" if diff < 0 else "±"
    pct = writing.percent(now, before)
    return f"{sign}{abs(diff)}" + (f" ({pct})" if pct else "")


def _figures(data: ReportData) -> Table:
    rows = []
    for label, attr in (("Event reports", "events"), ("Real events (after dedupe)", "real_events"),
                        ("Documents reporting them", "documents"), ("Quotes", "quotes"),
                        ("Claims", "claims")):
        now, before = getattr(data.now, attr), getattr(data.before, attr)
        rows.append([label, str(now), str(before), _change_cell(now, before)])
    return Table(["", data.period.label, data.previous.label, "Change"], rows, (1, 2, 3))


def _events(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Paragraph(writing.severe_intro(data))]
    for e in data.severe:
        score = f"Goldstein {writing.number(e.goldstein)}" if e.goldstein is not None else ""
        day = e.day or "undated"
        if e.day and e.day < data.period.start.isoformat():
            day = f"since {e.day}"
        meta = [day, score, e.modality,
                f"{writing.plural(e.report_count, 'report')} in "
                f"{writing.plural(e.document_count, 'document')}"]
        if e.disputed:
            meta.append("reports disagree")
        blocks.append(Entry(writing.capital(e.summary), " · ".join(m for m in meta if m),
                            _citations(e)))
    return blocks


def _citations(event: RealEvent) -> list[Citation]:
    return [Citation(r.sentence, f"{r.title} ({r.date or 'undated'})", r.modality, r.url)
            for r in event.reports]


def _top_story(data: ReportData) -> list[Block]:
    """The headline event with its sources, linked."""
    top = data.top_story
    if top is None:
        return []
    meta = [top.day or "undated", top.modality,
            f"{writing.plural(top.report_count, 'report')} in "
            f"{writing.plural(top.document_count, 'document')}"]
    if top.killed:
        meta.append(f"at least {top.killed} killed")
    if top.control:
        meta.append("change of control")
    return [Entry(f"Top story: {writing.capital(top.summary)}", " · ".join(meta),
                  _citations(top))]


def _quotes(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Paragraph(writing.quotes_intro(data))]
    for s in data.speakers:
        meta = f"quoted {writing.plural(s.count, 'time')}" + (f" · {s.code}" if s.code else "")
        blocks.append(Entry(s.name, meta, [
            Citation(writing.fragment(q.text), f"{q.title or 'untitled'} ({q.date or 'undated'})",
                     q.kind or "") for q in s.quotes]))
    return blocks


def _claims(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Paragraph(writing.claims_intro(data))]
    if data.claims:
        claimants = any(c.claimant for c in data.claims)
        rows = []
        for c in data.claims:
            source = f"{c.title or 'untitled'} ({c.date or 'undated'})"
            if c.documents > 1:
                source += f" and {writing.plural(c.documents - 1, 'other document')}"
            row = [c.text, (c.assessment or "not assessed")
                   + (f" by {c.assessed_by}" if c.assessed_by else ""), source]
            if claimants:
                row.insert(1, c.claimant or "—")
            rows.append(row)
        headers = ["Claim", "Assessment", "First source"]
        if claimants:
            headers.insert(1, "Claimant")
        blocks.append(Table(headers, rows))
    return blocks


def _newcomers(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Paragraph(writing.newcomers_intro(data))]
    if data.new_actors:
        blocks.append(Table(["Actor", "Code", "Mentions"],
                            [[a.name, a.detail or "", str(a.mentions)] for a in data.new_actors],
                            (2,)))
    if data.new_places:
        blocks.append(Table(["Place", "Where", "Mentions"],
                            [[p.name, p.detail or "", str(p.mentions)] for p in data.new_places],
                            (2,)))
    return blocks


def _threads(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Paragraph(writing.threads_intro(data))]
    if data.threads:
        blocks.append(Table(["Thread", "Days", "Real events", "Documents", "Quotes", "Claims"], [
            [t.title, f"{t.first_day} to {t.last_day}" if t.first_day != t.last_day
             else str(t.first_day), str(t.events), str(t.documents), str(t.quotes),
             str(t.claims)] for t in data.threads], (2, 3, 4, 5)))
    return blocks


def _alerts(data: ReportData) -> list[Block]:
    blocks: list[Block] = [Paragraph(writing.alerts_intro(data))]
    if data.alerts:
        blocks.append(Table(["Day", "Rule", "Kind", "What"],
                            [[a.day or "", a.rule, a.kind, a.summary] for a in data.alerts]))
    return blocks


def build(data: ReportData, *, with_charts: bool = True) -> Layout:
    """Lay out the report; without `with_charts`, figures become a one-line note."""
    where = f" — {data.region.label}" if data.region else ""
    overview: list[Block] = [Paragraph(" ".join(writing.headline(data))), *_top_story(data),
                             _figures(data)]
    for sentence in (writing.kinds_sentence(data), writing.places_sentence(data)):
        if sentence:
            overview.append(Paragraph(sentence))
    sections = [Section("What changed", overview, "overview")]
    if data.now.events:
        views = charts.map_views(data.events)
        pictures: list[Block] = []
        if with_charts:
            if views:
                png, has_borders = charts.map_png(views[0])
                caption = writing.map_caption(views[0], len(data.events), has_borders,
                                              others=views[1:])
                pictures.append(Figure("map", png, "Map of the period's real events", caption))
                for number, view in enumerate(views[1:], start=2):
                    png, _ = charts.map_png(view)
                    pictures.append(Figure(f"map-{number}", png,
                                           f"Map of the real events in {charts.region_name(view)}",
                                           writing.region_caption(view)))
            else:
                pictures.append(Paragraph(writing.map_caption(None, len(data.events), False)))
            pictures.append(Figure("timeline", charts.timeline_png(
                data.timeline_days, data.daily, data.period.start.isoformat()),
                "Real events per day by quad class", writing.timeline_caption(data)))
        else:
            pictures.append(Paragraph("Charts are left out when the report goes to standard "
                                      "output; write it to a file with --out to get them."))
        sections.append(Section("Where", pictures, "where"))
        sections.append(Section("Most severe events", _events(data), "severe"))
    sections += [
        Section("Who said what", _quotes(data), "quotes"),
        Section("Claims in play", _claims(data), "claims"),
        Section("New actors and places", _newcomers(data), "new"),
        Section("Story threads", _threads(data), "threads"),
        Section("Alerts", _alerts(data), "alerts"),
    ]
    subtitle = (f"{writing.plural(data.period.days, 'day')} ending {data.period.end}, "
                f"compared with {data.previous.label}. Generated {data.generated}.")
    return Layout(f"Situation report: {data.period.label}{where}", subtitle, sections)
