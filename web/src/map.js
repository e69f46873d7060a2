// The event map: country borders from world-atlas (no tiles, no network), one marker per
// canonical event, coloured by quad class, sized by report count, clustered when dense.
import L from "leaflet";
import "leaflet.markercluster";
import { feature } from "topojson-client";

const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation",
                     3: "verbal conflict", 4: "material conflict" };

// The bounds of the middle 80% of events by latitude and longitude: one stray report from
// Washington or Moscow should not zoom the map out to the whole world.
function coreBounds(events) {
  const quantile = (values, q) => values[Math.min(values.length - 1,
                                                  Math.floor(q * values.length))];
  const lats = events.map((e) => e.place.lat).sort((a, b) => a - b);
  const lons = events.map((e) => e.place.lon).sort((a, b) => a - b);
  return L.latLngBounds([quantile(lats, 0.1), quantile(lons, 0.1)],
                        [quantile(lats, 0.9), quantile(lons, 0.9)]);
}

export class EventMap {
  constructor(element, onSelect) {
    this.onSelect = onSelect;
    this.map = L.map(element, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 13 })
      .setView([35.5, 37.5], 6);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
    this.clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    this.map.addLayer(this.clusters);
    this.markers = new Map();
  }

  async loadBorders(url) {
    const topology = await (await fetch(url)).json();
    const countries = feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      style: { color: "#7a8794", weight: 0.8, fillColor: "#eef1f4", fillOpacity: 1 },
      interactive: false,
    }).addTo(this.map).bringToBack();
  }

  show(events, { fit = false } = {}) {
    this.clusters.clearLayers();
    this.markers.clear();
    const placed = events.filter((e) => e.place && e.place.lat != null && e.place.lon != null);
    for (const event of placed) {
      const size = Math.min(34, 12 + 4 * Math.log2(1 + (event.report_count || 1)));
      const icon = L.divIcon({
        className: `event-marker quad-${event.quad_class}`,
        html: "",
        iconSize: [size, size],
      });
      const marker = L.marker([event.place.lat, event.place.lon], {
        icon, title: `${event.plover?.event || event.cameo} — ${event.place.name || ""}`,
        keyboard: true,
      });
      marker.on("click", () => this.onSelect(event.id));
      marker.on("add", () => {
        const node = marker.getElement();
        if (node) {
          node.dataset.eventId = event.id;
          node.setAttribute("aria-label", `${QUAD_NAMES[event.quad_class] || "event"}: ${
            event.plover?.event || event.cameo} at ${event.place.name || "unknown place"}`);
        }
      });
      this.clusters.addLayer(marker);
      this.markers.set(event.id, marker);
    }
    if (fit && placed.length) {
      this.map.fitBounds(coreBounds(placed).pad(0.3), { maxZoom: 9 });
    }
    return placed.length;
  }

  focus(eventId) {
    const marker = this.markers.get(eventId);
    if (marker) this.clusters.zoomToShowLayer(marker, () => marker.openTooltip?.());
  }
}
