"""The report's charts as PNG bytes: a map of the period's real events and a daily timeline.

matplotlib with the Agg backend (no display, no network). A map frames the densest cluster of
events, so that one statement in Moscow does not shrink Idlib to a dot; other regions with a
fair share of the events get a map each (`map_views`), and the first view says which events
fall outside every frame so the caption can name them.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from dataclasses import dataclass, field

from eventwire.geo import distance_km
from eventwire.reports import borders
from eventwire.reports.data import QUAD_NAMES, RealEvent
from eventwire.store import countries

QUAD_COLOURS = {1: "#4c9f70", 2: "#2f6f9f", 3: "#e09a2b", 4: "#c2372f", 0: "#888888"}
CLUSTER_KM = 250.0
MIN_SPAN_DEG = 3.0
MAX_LABELS = 8
MAX_REGIONS = 6
REGION_SHARE = 0.1
"""A further region gets its own map when it holds this share of the first one's reports."""


@dataclass
class MapView:
    """The map's frame (lon/lat bounds), the events inside it, and the located ones outside."""

    west: float
    east: float
    south: float
    north: float
    inside: list[RealEvent]
    outside: Counter = field(default_factory=Counter)
    """Country name -> number of located events outside the frame."""
    unlocated: int = 0
    country_level: int = 0
    """Events placed only in a country: a dot at its centre would be false precision."""


def _km(a: RealEvent, b: RealEvent) -> float:
    return distance_km(a.lat or 0, a.lon or 0, b.lat or 0, b.lon or 0)


def map_view(events: list[RealEvent]) -> MapView | None:
    """Frame the densest cluster of located events (None when no event has coordinates)."""
    views = map_views(events, limit=1)
    return views[0] if views else None


def map_views(events: list[RealEvent], *, limit: int = MAX_REGIONS) -> list[MapView]:
    """One frame per region that holds a fair share of the events, densest first.

    An analyst following Sudan, Myanmar and Haiti in one week gets a map of each; a lone
    statement in Moscow beside hundreds of reports from Idlib is below `REGION_SHARE` of the
    first region and stays a name in the first map's caption (`outside`). Country-level and
    unlocated events are counted on the first view, never drawn.
    """
    with_coordinates = [e for e in events if e.lat is not None and e.lon is not None]
    located = [e for e in with_coordinates if e.feature != "country"]
    views: list[MapView] = []
    remaining = located
    first_weight = 0
    while remaining and len(views) < limit:
        inside = _densest_cluster(remaining)
        weight = sum(e.report_count for e in inside)
        if views and weight < REGION_SHARE * first_weight:
            break
        first_weight = first_weight or weight
        views.append(MapView(*_frame(inside), inside=inside))
        shown = {id(e) for e in inside}
        remaining = [e for e in remaining if id(e) not in shown]
    if views:
        # the further maps in the order the caption counts them: most real events first
        views[1:] = sorted(views[1:], key=lambda v: -len(v.inside))
        views[0].outside = Counter(_country_name(e.country) for e in remaining)
        views[0].unlocated = len(events) - len(with_coordinates)
        views[0].country_level = len(with_coordinates) - len(located)
    return views


def region_name(view: MapView) -> str:
    """The country most of a frame's events lie in."""
    return _country_name(Counter(e.country for e in view.inside).most_common(1)[0][0])


def _densest_cluster(located: list[RealEvent]) -> list[RealEvent]:
    """The events within CLUSTER_KM of the site with the most reports around it."""
    sites = {(round(e.lat or 0.0, 2), round(e.lon or 0.0, 2)): e for e in located}.values()
    centre = max(sites, key=lambda s: (sum(e.report_count for e in located
                                           if _km(s, e) <= CLUSTER_KM), s.report_count))
    return [e for e in located if _km(centre, e) <= CLUSTER_KM]


def _frame(inside: list[RealEvent]) -> tuple[float, float, float, float]:
    """West, east, south, north around located events: padded, at least MIN_SPAN_DEG wide and
    high, and landscape."""
    lons = [e.lon for e in inside if e.lon is not None]  # all of them: `inside` is located
    lats = [e.lat for e in inside if e.lat is not None]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad = max(0.6, 0.15 * max(east - west, north - south))
    west, east, south, north = west - pad, east + pad, south - pad, north + pad
    for lo, hi in ((west, east), (south, north)):
        if hi - lo < MIN_SPAN_DEG:
            grow = (MIN_SPAN_DEG - (hi - lo)) / 2
            if lo == west:
                west, east = west - grow, east + grow
            else:
                south, north = south - grow, north + grow
    # Landscape frames read better beside text: widen a tall frame.
    aspect = 1 / max(math.cos(math.radians((north + south) / 2)), 0.2)
    want = (north - south) * aspect * 1.3
    if east - west < want:
        grow = (want - (east - west)) / 2
        west, east = west - grow, east + grow
    return west, east, south, north


def _country_name(code: str | None) -> str:
    found = countries.lookup(code)
    return found[2] if found else (code or "unknown")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    _pyplot().close(fig)
    return buffer.getvalue()


def map_png(view: MapView) -> tuple[bytes, bool]:
    """The map as PNG, and whether country borders could be drawn."""
    plt = _pyplot()
    from matplotlib.patches import Polygon

    span_lon, span_lat = view.east - view.west, view.north - view.south
    mid_lat = math.radians((view.north + view.south) / 2)
    aspect = 1 / max(math.cos(mid_lat), 0.2)
    width = 7.5
    height = min(7.5, max(3.5, width * span_lat * aspect / span_lon))
    fig, ax = plt.subplots(figsize=(width, height))
    ax.set_facecolor("#dfe9f2")
    shapes = borders.outlines()
    if shapes:
        for _key, rings in shapes:
            for ring in rings:
                xs = [x for x, _ in ring]
                ys = [y for _, y in ring]
                if max(xs) < view.west - 5 or min(xs) > view.east + 5 \
                        or max(ys) < view.south - 5 or min(ys) > view.north + 5:
                    continue
                ax.add_patch(Polygon(ring, closed=True, facecolor="#f6f4ee",
                                     edgecolor="#8a8a8a", linewidth=0.7, zorder=1))
    # One marker per site and quad class, sized by all the reports of its events.
    sites: dict[tuple[int, float, float], int] = Counter()
    for e in view.inside:
        if e.lat is not None and e.lon is not None:  # always, in a map view
            sites[(e.quad_class or 0, round(e.lon, 3), round(e.lat, 3))] += e.report_count
    for quad in sorted({q for q, _, _ in sites}, reverse=True):
        items = [(x, y, n) for (q, x, y), n in sites.items() if q == quad]
        ax.scatter([x for x, _, _ in items], [y for _, y, _ in items],
                   s=[16 + 18 * math.sqrt(n) for _, _, n in items],
                   c=QUAD_COLOURS.get(quad, "#888888"), alpha=0.65, edgecolors="white",
                   linewidths=0.6, zorder=3 + quad / 10,
                   label=QUAD_NAMES.get(quad, "unclassified"))
    _label_places(ax, view)
    ax.set_xlim(view.west, view.east)
    ax.set_ylim(view.south, view.north)
    ax.set_aspect(aspect)
    ax.tick_params(labelsize=7)
    ax.legend(loc="lower left", fontsize=7, frameon=True, title="real events",
              title_fontsize=7)
    if not shapes:
        ax.text(0.99, 0.01, "country borders not installed", transform=ax.transAxes,
                ha="right", va="bottom", fontsize=7, color="#555555")
    return _png(fig), bool(shapes)


def _label_places(ax, view: MapView) -> None:
    """Name the most eventful places, skipping any label that would crowd a placed one."""
    counts: Counter = Counter()
    where: dict[str, tuple[float, float]] = {}
    for e in view.inside:
        if e.place and e.feature != "admin1" and e.lat is not None and e.lon is not None:
            counts[e.place] += e.report_count
            where.setdefault(e.place, (e.lon, e.lat))
    min_dx, min_dy = (view.east - view.west) / 9, (view.north - view.south) / 22
    placed: list[tuple[float, float]] = []
    for name, _n in counts.most_common():
        x, y = where[name]
        if any(abs(x - px) < min_dx and abs(y - py) < min_dy for px, py in placed):
            continue
        placed.append((x, y))
        ax.annotate(name, (x, y), xytext=(5, 4), textcoords="offset points", fontsize=7.5,
                    color="#222222", zorder=5)
        if len(placed) >= MAX_LABELS:
            return


def timeline_png(days: list[str], daily: dict[str, dict[int, int]], start: str) -> bytes:
    """Stacked bars of real events per day by quad class; the report's period is shaded."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7.5, 2.8))
    bottom = [0] * len(days)
    positions = list(range(len(days)))
    for quad in (4, 3, 2, 1):
        values = [daily.get(day, {}).get(quad, 0) for day in days]
        ax.bar(positions, values, bottom=bottom, color=QUAD_COLOURS[quad], width=0.75,
               label=QUAD_NAMES[quad])
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    first = days.index(start) if start in days else 0
    ax.axvspan(first - 0.5, len(days) - 0.5, color="#f3e6b3", alpha=0.45, zorder=0)
    step = max(1, len(days) // 10)
    ax.set_xticks(positions[::step])
    ax.set_xticklabels([d[5:] for d in days[::step]], fontsize=7)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", labelsize=7)
    ax.set_ylabel("real events", fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=7, ncol=4, loc="upper left", frameon=False, bbox_to_anchor=(0, 1.15))
    return _png(fig)
