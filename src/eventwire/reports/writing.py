"""Sentences written from the figures: what changed, what drove it, what was said.

Every sentence states a number or a record from `ReportData`; the wording follows the data (a
rise, a fall, no change, nothing before, nothing at all), so the brief reads differently on a
quiet day and on a bad one. Text is plain: the renderers escape it.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.reports.charts import MapView, region_name
from eventwire.reports.data import Change, ReportData

NOT_ASSERTED = {
    "reported": "attributed to a source", "claimed": "claimed", "speculated": "speculated",
    "threatened": "threatened", "planned": "planned", "intended": "intended",
    "hypothetical": "hypothetical", "negated": "negated", "denied": "denied",
}


def number(value: float) -> str:
    """A score as printed: "−10", "3.4" (a true minus sign)."""
    return f"{value:g}".replace("-", "−")


def fragment(text: str) -> str:
    """A quotation that starts mid-sentence gets a leading ellipsis."""
    text = text.strip()
    return f"…{text}" if text[:1].islower() else text


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def percent(now: int, before: int) -> str:
    """"+158%" / "−40%" (None-safe: empty when there is nothing to compare with)."""
    if before == 0:
        return ""
    change = round(100 * (now - before) / before)
    return f"+{change}%" if change > 0 else f"−{abs(change)}%" if change < 0 else "±0%"


def change_phrase(noun: str, now: int, before: int) -> str:
    """"Real events rose from 12 to 31 (+158%)", "…fell…", "…held at 12", "…: 31, none before"."""
    if before == 0 and now == 0:
        return f"There were no {noun} in either period"
    if before == 0:
        return f"{noun.capitalize()} appeared: {now}, against none in the previous period"
    if now == before:
        return f"{noun.capitalize()} held at {now}"
    verb = "rose" if now > before else "fell"
    return f"{noun.capitalize()} {verb} from {before} to {now} ({percent(now, before)})"


def _driver(change: Change) -> str:
    kind, place = change.key.split("\t")
    if change.previous:
        return f"{kind} in {place} ({change.count}, against {change.previous})"
    return f"{kind} in {place} ({change.count}, none before)"


def headline(data: ReportData) -> list[str]:
    """The opening paragraph: volume, change and what drove it, the most reported event."""
    now, before = data.now, data.before
    where = f" in {data.region.label}" if data.region else ""
    if now.events == 0:
        out = [f"No events were coded{where} in this period."]
        if before.events:
            out.append(f"The previous period ({data.previous.label}) had "
                       f"{plural(before.real_events, 'real event')} from "
                       f"{plural(before.documents, 'document')}.")
        return out
    out = [f"eventwire coded {plural(now.events, 'event report')}{where} from "
           f"{plural(now.documents, 'document')}; merged across outlets, they are "
           f"{plural(now.real_events, 'real event')}."]
    sentence = change_phrase("real events", now.real_events, before.real_events)
    sentence += f" against {data.previous.label}"
    rising = now.real_events > before.real_events
    drivers = [c for c in data.drivers
               if (c.count > c.previous if rising else c.count < c.previous)]
    if drivers and now.real_events != before.real_events:
        lead = "driven by" if rising else "mostly"
        sentence += f", {lead} " + " and ".join(_driver(c) for c in drivers[:2])
    out.append(sentence + ".")
    out.extend(s for s in (casualty_sentence(data), control_sentence(data)) if s)
    top = data.most_reported
    if top is not None and top.report_count > 1:
        when = (f"on {top.day}" if not top.day or top.day >= data.period.start.isoformat()
                else f"first reported {top.day}")
        out.append(f"Most reported: {capital(top.summary)}, {when}: "
                   f"{plural(top.report_count, 'report')} in "
                   f"{plural(top.document_count, 'document')}"
                   + (", with the reports disagreeing on what happened." if top.disputed
                      else "."))
    out.append(modality_sentence(data))
    return [s for s in out if s]


def casualty_sentence(data: ReportData) -> str:
    """Casualty totals over the real events that give a count."""
    killed, injured, events = data.casualties
    if not events:
        return ""
    parts = [f"at least {killed} killed" if killed else "",
             f"at least {injured} injured" if injured else ""]
    said = " and ".join(p for p in parts if p) or "no one killed"
    return f"Casualties reported: {said}, in {plural(events, 'real event')} that give a count."


def control_sentence(data: ReportData) -> str:
    """Towns and areas that changed hands."""
    changes = data.changes_of_control
    if not changes:
        return ""
    items = [f"{e.place or e.admin1 or 'an area'}"
             + (f" by {e.actor}" if e.actor else "") + (f" ({e.day})" if e.day else "")
             for e in changes[:5]]
    more = f" and {len(changes) - 5} more" if len(changes) > 5 else ""
    return f"Changes of control: {'; '.join(items)}{more}."


def modality_sentence(data: ReportData) -> str:
    """How much of the period is stated as fact, and what the rest is."""
    total = sum(data.modalities.values())
    if not total:
        return ""
    asserted = data.modalities.get("asserted", 0)
    rest = [(NOT_ASSERTED.get(m, m), n) for m, n in data.modalities.items()
            if m != "asserted" and n]
    if not rest:
        return f"All {total} event reports are stated as fact by their outlets."
    parts = ", ".join(f"{label} ({n})" for label, n in rest[:4])
    if asserted == 0:
        return f"None of the {total} event reports is stated as fact: {parts}."
    share = round(100 * asserted / total)
    return (f"{asserted} of {total} event reports ({share}%) are stated as fact; "
            f"the rest are {parts}" + (" and others." if len(rest) > 4 else "."))


def kinds_sentence(data: ReportData) -> str:
    """The leading event types, with their change."""
    if not data.kinds:
        return ""
    parts = []
    for c in [k for k in data.kinds if k.count][:3]:
        if c.previous:
            parts.append(f"{c.key} {c.count} ({percent(c.count, c.previous)})")
        else:
            parts.append(f"{c.key} {c.count} (new)")
    return "By type of real event: " + ", ".join(parts) + "."


def places_sentence(data: ReportData) -> str:
    if not data.places or not data.places[0].count:
        return ""
    first = data.places[0]
    text = f"{first.key} saw the most real events ({first.count}"
    text += f", against {first.previous} before)" if first.previous else ", none before)"
    others = [f"{c.key} ({c.count})" for c in data.places[1:4] if c.count]
    if others:
        text += ", followed by " + ", ".join(others)
    return text + "."


def map_caption(view: MapView | None, total: int, borders: bool,
                others: Sequence[MapView] = ()) -> str:
    if view is None:
        return f"None of the {plural(total, 'real event')} has coordinates; nothing to map."
    located = len(view.inside) + sum(view.outside.values()) + sum(len(o.inside) for o in others)
    sites = _sites(view)
    text = (f"{region_name(view) + ': ' if others else ''}"
            f"{len(view.inside)} of {plural(located, 'located real event')} shown "
            f"at {plural(sites, 'site')}, sized by number of reports and coloured by quad "
            f"class.")
    if others:
        names = [f"{region_name(o)} ({len(o.inside)})" for o in others]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        text += " The next " + ("map shows " if len(names) == 1 else "maps show ") + listed + "."
    if view.outside:
        text += (" Outside the maps: " if others else " Outside the frame: ") + ", ".join(
            f"{name} ({n})" for name, n in view.outside.most_common(5)) + "."
    if view.country_level:
        text += f" {plural(view.country_level, 'real event')} placed only by country, not drawn."
    if view.unlocated:
        text += f" {plural(view.unlocated, 'real event')} without coordinates."
    if not borders:
        text += " Country borders are not installed, so none are drawn."
    return text


def _sites(view: MapView) -> int:
    return len({(round(e.lat or 0, 3), round(e.lon or 0, 3)) for e in view.inside})


def region_caption(view: MapView) -> str:
    """The caption of a further region's map."""
    sites = _sites(view)
    return (f"{region_name(view)}: {plural(len(view.inside), 'real event')} at "
            f"{plural(sites, 'site')}, sized and coloured as above.")


def timeline_caption(data: ReportData) -> str:
    days = data.timeline_days
    busiest = max(days, key=lambda d: (sum(data.daily.get(d, {}).values()), d))
    n = sum(data.daily.get(busiest, {}).values())
    text = (f"Real events per day by quad class, {days[0]} to {days[-1]}; "
            f"shaded: this report's period.")
    if n:
        text += f" Busiest day: {busiest} ({n})."
    return text


def severe_intro(data: ReportData) -> str:
    severe = data.severe
    if not severe:
        return ("No hostile event (negative Goldstein score) in this period: "
                f"all {plural(len(data.events), 'real event')} are cooperation or neutral talk.")
    scores = {e.goldstein for e in severe}
    goldstein = severe[0].goldstein
    if len(scores) == 1 and goldstein is not None:
        return (f"The {plural(len(severe), 'event')} below all score "
                f"{number(goldstein)} on "
                f"the Goldstein scale; they are ordered by number of reports.")
    return ("Ordered by Goldstein score (most hostile first), then by number of reports.")


def quotes_intro(data: ReportData) -> str:
    if not data.speakers:
        if data.now.quotes:
            return (f"{plural(data.now.quotes, 'quote')} in this period, none with a named "
                    f"speaker.")
        return "Nobody was quoted in this period's documents."
    top = data.speakers[0]
    text = (f"{plural(data.speaker_total, 'named speaker')} quoted in this period; "
            f"{top.name} most often ({plural(top.count, 'time')})")
    if len(data.speakers) > 1:
        second = data.speakers[1]
        text += f", then {second.name} ({second.count})"
    return text + "."


def claims_intro(data: ReportData) -> str:
    total = data.now.claims
    if not total:
        return "No claims were recorded in this period."
    parts = [f"{n} {name}" for name, n in sorted(data.claim_assessments.items(),
                                                   key=lambda kv: (-kv[1], kv[0]))]
    text = f"{plural(total, 'claim')} in play: " + ", ".join(parts) + "."
    if data.before.claims != total:
        text += f" The previous period had {data.before.claims}."
    return text


def newcomers_intro(data: ReportData) -> str:
    if not data.earlier_documents:
        return (f"The store holds no document before {data.period.start}, so every actor and "
                f"place is new; the lists show the most mentioned.")
    if not data.new_actors and not data.new_places:
        return "No actor or place appeared for the first time in this period."
    return (f"First mentioned in this period and in no earlier document: "
            f"{plural(len(data.new_actors), 'actor')} and {plural(len(data.new_places), 'place')}"
            f" (most mentioned first).")


def threads_intro(data: ReportData) -> str:
    if data.threads is None:
        return "Story threads are not available in this build of eventwire."
    if not data.threads:
        return "No story threads in this period."
    top = data.threads[0]
    return (f"The largest storyline holds {plural(top.events, 'real event')} in "
            f"{plural(top.documents, 'document')}, from {top.first_day} to {top.last_day}.")


def alerts_intro(data: ReportData) -> str:
    if data.alerts is None:
        return "Watch rules are not available in this build of eventwire."
    if not data.rules:
        return ("No watch rules are stored, so no alerts could fire; add some with "
                "'eventwire watch add'.")
    if not data.alerts and data.rules == 1:
        return "The one stored watch rule did not fire in this period."
    if not data.alerts:
        return f"None of the {data.rules} stored watch rules fired in this period."
    rules = {a.rule for a in data.alerts}
    text = f"{plural(len(data.alerts), 'alert')} fired, from {plural(len(rules), 'rule')}."
    if data.region:
        text += " Alerts are listed for all regions: a rule draws its own lines."
    return text
